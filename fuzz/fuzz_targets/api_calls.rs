//! The engine's API as an app calls it: the input is a sequence of calls (learners,
//! settings, lessons, answers, knowledge checks, help, the teacher's classes and
//! assignments, bundles and pieces, media as files, installing packs, closing), each
//! with ids that exist, ids slightly changed, or any text (empty, very long, control and
//! bidirectional characters, fullwidth digits...). Every input starts from a new
//! database, in a folder of its own: in memory, or (when its first byte is odd) a file,
//! which a call can close and open again. The engine is opened as an app opens it: with
//! a folder for installed packs and one trusted publisher, whose signed pack (the
//! default pack as version 99.0.0) a call can install, whole or changed.
//!
//! What must hold after every call:
//! - no panic (libFuzzer reports one as a crash);
//! - an error is one the call can give for what the app passed: never `Internal`, never
//!   a storage kind (the database is in memory and whole), `Closed` only once closed;
//! - its message, and the text the app would show for it, quote at most a short, escaped
//!   excerpt of the input: a bounded length and no control character;
//! - the learners the engine lists are exactly those the calls created and did not
//!   delete, also after the file is opened again; after the sequence the database passes
//!   SQLite's integrity check;
//! - a media file is written only into the folder given, whole, and only when that is a
//!   folder; a file handed to an install is never changed; the publisher's pack installs
//!   whenever it is newer than the one in use (or a downgrade is asked for), and nothing
//!   else ever installs (no media pack here is signed).
#![no_main]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::arbitrary::{Result as Arb, Unstructured};
use libfuzzer_sys::fuzz_target;
use safesteps_core::content::PackFiles;
use safesteps_core::content::model::{ChannelType, CheckPhase, ContactKind};
use safesteps_core::content::signing::{build_pack_file, generate_key, parse_secret_key};
use safesteps_core::content::slots::KEY_SCREENS;
use safesteps_core::store::Store;
use safesteps_core::teacher::session_for_fuzzing;
use safesteps_core::ui_text::UiArg;
use safesteps_core::{
    AgeBand, AssignmentTarget, ContactQuery, Engine, Error, ErrorKind, LearnerSettings,
    NewAssignment, TeacherSession,
};
use safesteps_fuzz::{app_engine, fresh_engine};

/// Longest message an error may carry: its fixed words plus a few 40-character excerpts
/// (escaped, so up to 10 bytes a character in the worst case is still far below this).
const MAX_MESSAGE_CHARS: usize = 600;

/// Ids of the embedded pack, for calls that name something that exists.
struct Ids {
    modules: Vec<String>,
    lessons: Vec<String>,
    steps: Vec<String>,
    questions: Vec<String>,
    options: Vec<String>,
    check_questions: Vec<String>,
    pathways: Vec<String>,
    avatars: Vec<String>,
    pictures: Vec<String>,
    media: Vec<String>,
    screens: Vec<String>,
    ui_keys: Vec<String>,
}

fn ids() -> &'static Ids {
    static IDS: OnceLock<Ids> = OnceLock::new();
    IDS.get_or_init(|| {
        let engine = fresh_engine();
        engine.with_catalog(|cat| {
            let mut ids = Ids {
                modules: vec![],
                lessons: vec![],
                steps: vec![],
                questions: vec![],
                options: vec![],
                check_questions: vec![],
                pathways: cat.pathways.iter().map(|p| p.id.clone()).collect(),
                avatars: engine.avatars().into_iter().map(|p| p.id).collect(),
                pictures: engine
                    .picture_password_grid()
                    .into_iter()
                    .map(|p| p.id)
                    .collect(),
                media: cat
                    .files
                    .paths("media/", "")
                    .take(8)
                    .map(str::to_string)
                    .collect(),
                screens: KEY_SCREENS.iter().map(|s| s.to_string()).collect(),
                ui_keys: vec![
                    "step-n-of-m".into(),
                    "tries-left".into(),
                    "welcome".into(),
                    "no-such-key".into(),
                ],
            };
            for m in &cat.modules {
                ids.modules.push(m.id.clone());
                for l in &m.lessons {
                    ids.lessons.push(l.id.clone());
                    for s in &l.steps {
                        ids.steps.push(s.id.clone());
                        if let Some(q) = &s.question {
                            ids.questions.push(s.id.clone());
                            ids.options.extend(q.options.iter().map(|o| o.id.clone()));
                        }
                    }
                }
                if let Some(check) = &m.knowledge_check {
                    for s in check.pre.iter().chain(&check.post) {
                        ids.check_questions.push(s.id.clone());
                        if let Some(q) = &s.question {
                            ids.options.extend(q.options.iter().map(|o| o.id.clone()));
                        }
                    }
                }
            }
            ids.options.sort();
            ids.options.dedup();
            ids
        })
    })
}

/// The trusted publisher's public key, and its signed pack: the default pack as version
/// 99.0.0 (built once: building and checking a pack takes a while).
fn publisher() -> &'static (String, Vec<u8>) {
    static PUBLISHER: OnceLock<(String, Vec<u8>)> = OnceLock::new();
    PUBLISHER.get_or_init(|| {
        let (secret, public) = generate_key().expect("a key");
        let mut files = PackFiles::embedded();
        let manifest: Vec<&str> = files
            .text("pack.toml")
            .expect("pack.toml")
            .lines()
            .map(|l| {
                if l.starts_with("version = ") {
                    "version = \"99.0.0\""
                } else {
                    l
                }
            })
            .collect();
        files.insert("pack.toml", manifest.join("\n"));
        let key = parse_secret_key(&secret).expect("the key");
        (
            public,
            build_pack_file(&files, &key).expect("the signed pack"),
        )
    })
}

/// Texts that have broken parsers and checks elsewhere.
const AWKWARD: &[&str] = &[
    "",
    " ",
    "\0",
    "\u{202e}evil\u{202c}",
    "\u{200b}",
    "a\nb\tc\r",
    "😀👍🏽",
    "{ $name }",
    "%s%n",
    "../../etc/passwd",
    "'; DROP TABLE learners;--",
    "１２３４５６７８９０",
    "call 0800 055 555",
    "kid@example.org",
    "en",
    "ur-PK",
    "ar",
    "zu-ZA",
    "x-klingon",
    "en-US-u-nu-arab",
    "PK",
    "ZA",
    "ZM",
    "GB",
    "US",
    "zz",
    "pks",
    "sfs",
    "zsl",
    "bfi",
    "ase",
];

/// A text for a call: an existing id, one slightly changed, an awkward text, any text,
/// or a very long one.
fn text(u: &mut Unstructured<'_>, pool: &[String]) -> Arb<String> {
    Ok(match u.int_in_range(0u8..=9)? {
        0..=4 if !pool.is_empty() => u.choose(pool)?.clone(),
        5 if !pool.is_empty() => {
            let mut s = u.choose(pool)?.clone();
            match u.int_in_range(0u8..=3)? {
                0 => s.push_str(u.arbitrary::<&str>()?),
                1 => s = s.to_uppercase(),
                2 => {
                    let cut = s.len() / 2;
                    s = s.chars().take(cut).collect();
                }
                _ => s.insert(0, '\u{feff}'),
            }
            s
        }
        6 => {
            let piece = u.choose(AWKWARD)?;
            let times = u.int_in_range(1usize..=3_000)?;
            piece.repeat(times.min(100_000 / piece.len().max(1)))
        }
        7 | 8 => u.choose(AWKWARD)?.to_string(),
        _ => u.arbitrary::<&str>()?.to_string(),
    })
}

fn texts(u: &mut Unstructured<'_>, pool: &[String]) -> Arb<Vec<String>> {
    let n = u.int_in_range(0usize..=4)?;
    (0..n).map(|_| text(u, pool)).collect()
}

fn maybe(u: &mut Unstructured<'_>, pool: &[String]) -> Arb<Option<String>> {
    Ok(if u.arbitrary()? {
        Some(text(u, pool)?)
    } else {
        None
    })
}

fn age(u: &mut Unstructured<'_>) -> Arb<Option<AgeBand>> {
    Ok(match u.int_in_range(0u8..=3)? {
        0 => None,
        1 => Some(AgeBand::Ages6To9),
        2 => Some(AgeBand::Ages10To14),
        _ => Some(AgeBand::Ages15To17),
    })
}

fn phase(u: &mut Unstructured<'_>) -> Arb<CheckPhase> {
    Ok(if u.arbitrary()? {
        CheckPhase::Pre
    } else {
        CheckPhase::Post
    })
}

fn time(u: &mut Unstructured<'_>) -> Arb<Option<i64>> {
    Ok(match u.int_in_range(0u8..=3)? {
        0 => None,
        1 => Some(1_764_000_000_000),
        2 => Some(u.arbitrary()?),
        _ => Some(*u.choose(&[i64::MIN, i64::MAX, -1, 0])?),
    })
}

/// One input's world: the engine, an open teacher session, and what the calls made.
struct World {
    engine: Engine,
    session: TeacherSession,
    learners: Vec<String>,
    classes: Vec<String>,
    groups: Vec<String>,
    assignments: Vec<String>,
    bundles: Vec<Vec<u8>>,
    /// The input's own folder: the database file (when the input runs on one), the
    /// installed packs, the app's cache folder and the file handed to an install.
    folder: PathBuf,
    /// The database file, when the input runs on one.
    file: Option<PathBuf>,
    closed: bool,
    /// A bundle or piece was imported: learners may have come with it.
    imported: bool,
    /// The publisher's pack was installed (so it is the one in use).
    installed: bool,
}

/// The engine on the input's folder, as an app opens it (see the module's comment).
fn open_engine(folder: &Path, file: Option<&Path>) -> Engine {
    let store = match file {
        Some(f) => Store::open(f).expect("the database file opens"),
        None => Store::open_in_memory().expect("an in-memory database"),
    };
    app_engine(store, &folder.join("packs"), &publisher().0).expect("the engine opens")
}

impl World {
    /// The call's result, after checking what an error may be.
    fn check<T>(&self, result: Result<T, Error>) -> Option<T> {
        let e = match result {
            Ok(v) => return Some(v),
            Err(e) => e,
        };
        let kind = e.kind();
        assert!(
            !matches!(
                kind,
                ErrorKind::Internal
                    | ErrorKind::Storage
                    | ErrorKind::StorageFull
                    | ErrorKind::DatabaseCorrupt
                    | ErrorKind::ForeignDatabase
                    | ErrorKind::DatabaseReadOnly
                    | ErrorKind::DatabaseTooNew
            ),
            "a call with app input gave {kind:?}: {e}"
        );
        assert!(
            kind != ErrorKind::Closed || self.closed,
            "Closed before close: {e}"
        );
        for message in [e.to_string(), self.engine.error_text(&e)] {
            assert!(
                message.chars().count() <= MAX_MESSAGE_CHARS,
                "{kind:?} message of {} characters: {}",
                message.chars().count(),
                message.chars().take(200).collect::<String>()
            );
            assert!(
                !message.chars().any(char::is_control),
                "{kind:?} message with a control character: {message:?}"
            );
        }
        None
    }

    fn learner(&self, u: &mut Unstructured<'_>) -> Arb<String> {
        text(u, &self.learners)
    }

    fn opt_learner(&self, u: &mut Unstructured<'_>) -> Arb<Option<String>> {
        maybe(u, &self.learners)
    }

    fn selected(&self, u: &mut Unstructured<'_>) -> Arb<Vec<String>> {
        texts(u, &ids().options)
    }

    fn settings(&self, u: &mut Unstructured<'_>) -> Arb<LearnerSettings> {
        Ok(LearnerSettings {
            locales: texts(u, &[])?,
            sign_language: maybe(u, &[])?,
            sign_video_first: u.arbitrary()?,
            captions: u.arbitrary()?,
            easy_read: u.arbitrary()?,
            larger_text: u.arbitrary()?,
            reduced_motion: u.arbitrary()?,
            no_audio: u.arbitrary()?,
        })
    }

    fn assignment(&self, u: &mut Unstructured<'_>) -> Arb<NewAssignment> {
        let target = match u.int_in_range(0u8..=2)? {
            0 => AssignmentTarget::Class(text(u, &self.classes)?),
            1 => AssignmentTarget::Group(text(u, &self.groups)?),
            _ => AssignmentTarget::Learner(self.learner(u)?),
        };
        Ok(NewAssignment {
            module_ids: texts(u, &ids().modules)?,
            target,
            start_ms: time(u)?,
            due_ms: time(u)?,
        })
    }

    fn query(&self, u: &mut Unstructured<'_>) -> Arb<ContactQuery> {
        let mut q = ContactQuery {
            country: maybe(u, &[])?,
            region: maybe(u, &[])?,
            language: maybe(u, &[])?,
            deaf_accessible: u.arbitrary()?,
            free_only: u.arbitrary()?,
            open_now: u.arbitrary()?,
            emergency_first: u.arbitrary()?,
            for_child: u.arbitrary()?,
            ..ContactQuery::default()
        };
        for _ in 0..u.int_in_range(0u8..=2)? {
            q.kinds.push(*u.choose(&ContactKind::ALL)?);
        }
        for _ in 0..u.int_in_range(0u8..=2)? {
            q.channel_types.push(*u.choose(&ChannelType::ALL)?);
        }
        Ok(q)
    }

    /// Run one call chosen by the input.
    fn call(&mut self, u: &mut Unstructured<'_>) -> Arb<()> {
        let ids = ids();
        let e = self.engine.clone();
        let s = &self.session;
        match u.int_in_range(0u8..=47)? {
            0 | 1 => {
                let (nick, avatar) = (text(u, &[])?, text(u, &ids.avatars)?);
                if let Some(l) = self.check(e.create_learner(&nick, &avatar, age(u)?)) {
                    self.learners.push(l.id);
                }
            }
            2 => {
                let (l, nick, avatar) = (self.learner(u)?, text(u, &[])?, text(u, &ids.avatars)?);
                self.check(e.update_learner(&l, &nick, &avatar, age(u)?));
            }
            3 => {
                let (l, settings) = (self.learner(u)?, self.settings(u)?);
                self.check(e.update_learner_settings(&l, settings));
            }
            4 => {
                let l = self.learner(u)?;
                if self.check(e.delete_learner(&l)).is_some() {
                    self.learners.retain(|x| *x != l);
                }
            }
            5 => {
                self.check(e.modules(self.opt_learner(u)?.as_deref()));
            }
            6 => {
                let (lesson, l) = (text(u, &ids.lessons)?, self.opt_learner(u)?);
                self.check(e.lesson(&lesson, l.as_deref()));
            }
            7 => {
                let (q, l) = (text(u, &ids.questions)?, self.opt_learner(u)?);
                self.check(e.question(&q, l.as_deref()));
            }
            8 | 9 => {
                let (l, step) = (self.learner(u)?, text(u, &ids.steps)?);
                self.check(e.mark_step_seen(&l, &step));
            }
            10 => {
                let (l, lesson) = (self.learner(u)?, text(u, &ids.lessons)?);
                self.check(e.restart_lesson(&l, &lesson));
            }
            11 => {
                let (l, q) = (self.learner(u)?, text(u, &ids.questions)?);
                self.check(e.hint(&l, &q));
            }
            12..=14 => {
                let (l, q, sel) = (
                    self.learner(u)?,
                    text(u, &ids.questions)?,
                    self.selected(u)?,
                );
                self.check(e.answer(&l, &q, &sel, time(u)?));
            }
            15 => {
                let (q, sel) = (text(u, &ids.questions)?, self.selected(u)?);
                self.check(e.check_answer(&q, &sel, u.arbitrary()?));
            }
            16 => {
                let (l, lesson) = (self.learner(u)?, text(u, &ids.lessons)?);
                self.check(e.lesson_progress(&l, &lesson));
            }
            17 => {
                let (m, p, l) = (text(u, &ids.modules)?, phase(u)?, self.opt_learner(u)?);
                self.check(e.knowledge_check(&m, p, l.as_deref()));
            }
            18 => {
                let (l, m, p) = (self.learner(u)?, text(u, &ids.modules)?, phase(u)?);
                let (q, sel) = (text(u, &ids.check_questions)?, self.selected(u)?);
                self.check(e.answer_check(&l, &m, p, &q, &sel));
            }
            19 => {
                let (m, ls) = (text(u, &ids.modules)?, texts(u, &self.learners)?);
                self.check(e.learning_gain(&m, &ls));
            }
            20 => {
                self.check(e.welcome(&self.learner(u)?));
            }
            21 => {
                self.check(e.set_preferred_locales(&texts(u, &[])?));
            }
            22 => {
                self.check(e.set_country(maybe(u, &[])?));
            }
            23 => {
                self.check(e.set_sign_language(maybe(u, &[])?));
            }
            24 => {
                self.check(e.ui_text(&texts(u, &[])?));
            }
            25 => {
                let key = text(u, &ids.ui_keys)?;
                let mut args = HashMap::new();
                for _ in 0..u.int_in_range(0u8..=3)? {
                    let name = text(u, &["number".into(), "total".into(), "name".into()])?;
                    let value = if u.arbitrary()? {
                        UiArg::Number {
                            value: u.arbitrary()?,
                        }
                    } else {
                        UiArg::Text {
                            value: text(u, &[])?,
                        }
                    };
                    args.insert(name, value);
                }
                self.check(e.ui_format(&key, &args, &texts(u, &[])?));
            }
            26 => {
                let q = self.query(u)?;
                self.check(e.contacts(&q, time(u)?));
            }
            27 => {
                let (p, c, r) = (text(u, &ids.pathways)?, maybe(u, &[])?, maybe(u, &[])?);
                self.check(e.pathway(&p, c.as_deref(), r.as_deref(), time(u)?));
            }
            28 => {
                let (name, l) = (text(u, &ids.screens)?, self.opt_learner(u)?);
                self.check(e.screen_instructions(&name, l.as_deref()));
            }
            29 => {
                self.check(e.contact_kinds(self.opt_learner(u)?.as_deref()));
            }
            30 => {
                self.check(e.media(&text(u, &ids.media)?));
            }
            31 => {
                // Hashing a valid sequence takes tens of milliseconds: mostly refused ones.
                let l = self.learner(u)?;
                let seq = if u.arbitrary()? {
                    Some(texts(u, &ids.pictures)?)
                } else {
                    None
                };
                self.check(e.set_picture_password(&l, seq.as_deref()));
            }
            32 => {
                let l = self.learner(u)?;
                let seq = maybe(u, &ids.pictures)?.map(|p| vec![p]);
                self.check(e.sign_in(&l, seq.as_deref()));
            }
            33 => {
                if let Some(c) = self.check(s.create_class(&text(u, &[])?)) {
                    self.classes.push(c.id);
                }
            }
            34 => {
                let (c, name) = (text(u, &self.classes)?, text(u, &[])?);
                self.check(s.rename_class(&c, &name));
            }
            35 => {
                let (c, l) = (text(u, &self.classes)?, self.learner(u)?);
                if u.arbitrary()? {
                    self.check(s.add_to_class(&c, &l));
                } else {
                    self.check(s.remove_from_class(&c, &l));
                }
            }
            36 => {
                let (c, name) = (text(u, &self.classes)?, text(u, &[])?);
                if let Some(g) = self.check(s.create_group(&c, &name)) {
                    self.groups.push(g.id);
                }
            }
            37 => {
                let (g, l) = (text(u, &self.groups)?, self.learner(u)?);
                self.check(s.add_to_group(&g, &l));
            }
            38 => {
                let a = self.assignment(u)?;
                if u.arbitrary()? || self.assignments.is_empty() {
                    if let Some(v) = self.check(s.assign(&a)) {
                        self.assignments.push(v.id);
                    }
                } else {
                    let id = text(u, &self.assignments)?;
                    self.check(s.update_assignment(&id, &a));
                }
            }
            39 => {
                let id = text(u, &self.assignments)?;
                if u.arbitrary()? {
                    self.check(s.withdraw_assignment(&id));
                } else {
                    self.check(s.assignments());
                }
            }
            40 => {
                let c = text(u, &self.classes)?;
                match u.int_in_range(0u8..=2)? {
                    0 => {
                        self.check(s.class_report(&c));
                    }
                    1 => {
                        self.check(s.export_learners_csv(&c));
                    }
                    _ => {
                        self.check(s.export_aggregate_csv(u.arbitrary()?));
                    }
                }
            }
            41 => {
                let l = self.learner(u)?;
                self.check(s.reset_picture_password(&l));
            }
            42 => {
                // Bundles this device made, cut into pieces; its own bundles and pieces
                // come back (it is not paired with itself), with changed bytes too.
                let made = if u.arbitrary()? {
                    self.check(e.export_progress_bundle(&texts(u, &self.learners)?))
                } else {
                    self.check(s.export_assignments_bundle())
                };
                if let Some(b) = made {
                    if let Some(pieces) = self.check(e.bundle_chunks(&b, u.arbitrary()?)) {
                        self.bundles.extend(pieces);
                    }
                    self.bundles.push(b);
                }
            }
            43 => {
                let mut bytes = if self.bundles.is_empty() || u.arbitrary()? {
                    u.arbitrary::<&[u8]>()?.to_vec()
                } else {
                    u.choose(&self.bundles)?.clone()
                };
                if !bytes.is_empty() && u.arbitrary()? {
                    let at = u.choose_index(bytes.len())?;
                    bytes[at] ^= u.arbitrary::<u8>()? | 1;
                }
                let imported = if u.arbitrary()? {
                    self.check(e.import_bundle(&bytes)).is_some()
                } else {
                    self.check(e.receive_chunk(&bytes)).is_some()
                };
                self.imported |= imported;
            }
            45 => self.media_file(u)?,
            46 => self.install(u)?,
            _ => {
                if u.ratio(1u8, 8)? {
                    e.close();
                    self.closed = true;
                } else if let Some(file) = self
                    .file
                    .clone()
                    .filter(|_| u.ratio(1u8, 2).unwrap_or(false))
                {
                    // Close and open the file again: every acknowledged write is there.
                    e.close();
                    self.engine = open_engine(&self.folder, Some(&file));
                    self.session = session_for_fuzzing(&self.engine);
                    self.closed = false;
                } else {
                    self.check(e.learners());
                }
            }
        }
        Ok(())
    }

    /// A media file into the app's cache folder, or into a path that is not a folder.
    fn media_file(&mut self, u: &mut Unstructured<'_>) -> Arb<()> {
        let cache = self.folder.join("cache");
        std::fs::create_dir_all(&cache).expect("the cache folder");
        let (folder, is_folder) = match u.int_in_range(0u8..=3)? {
            0 | 1 => (cache.clone(), true),
            2 => (cache.join("missing"), false),
            _ => {
                let file = self.folder.join("not-a-folder");
                std::fs::write(&file, b"a file").expect("a file");
                (file, false)
            }
        };
        let id = text(u, &ids().media)?;
        let written = self.check(self.engine.media_file(&id, &folder));
        if let Some(path) = &written {
            assert!(is_folder, "media written into {folder:?}, not a folder");
            let path = Path::new(path);
            assert_eq!(path.parent(), Some(cache.as_path()), "written elsewhere");
            let bytes = self.engine.media(&id).expect("the media it wrote");
            assert_eq!(std::fs::read(path).expect("the file"), bytes, "not whole");
        }
        // Only finished files stay: no temporary file is left behind.
        for entry in std::fs::read_dir(&cache).expect("the cache folder") {
            let name = entry.expect("an entry").file_name();
            let name = name.to_string_lossy();
            assert!(name.starts_with("safesteps-"), "left in the cache: {name}");
        }
        Ok(())
    }

    /// Hand a file to an install: the publisher's pack, changed bytes of it, or any
    /// bytes, as a content pack or a media pack.
    fn install(&mut self, u: &mut Unstructured<'_>) -> Arb<()> {
        let pack = &publisher().1;
        let bytes = match u.int_in_range(0u8..=2)? {
            0 => pack.clone(),
            1 => u.arbitrary::<&[u8]>()?.to_vec(),
            _ => {
                let mut b = pack.clone();
                let at = u.choose_index(b.len())?;
                if u.arbitrary()? {
                    b.truncate(at);
                } else {
                    b[at] ^= u.arbitrary::<u8>()? | 1;
                }
                b
            }
        };
        let path = self.folder.join("incoming.sspack");
        std::fs::write(&path, &bytes).expect("the file to install");
        if u.arbitrary()? {
            let downgrade = u.arbitrary()?;
            let result = self.check(self.engine.install_pack(&path, downgrade));
            let must = bytes == *pack && !self.closed && (downgrade || !self.installed);
            match result {
                Some(info) => {
                    assert!(bytes == *pack, "changed or foreign bytes installed");
                    assert_eq!(info.version, "99.0.0");
                    self.installed = true;
                }
                None => assert!(!must, "the publisher's pack was refused"),
            }
        } else {
            let result = self.check(self.engine.install_media_pack(&path));
            assert!(result.is_none(), "an unsigned media pack installed");
        }
        assert_eq!(
            std::fs::read(&path).expect("the file handed over"),
            bytes,
            "a file handed to an install was changed"
        );
        Ok(())
    }

    /// The learners listed are those made and not deleted (unless a bundle brought some).
    fn check_learners(&self) {
        if self.closed || self.imported {
            return;
        }
        let mut listed: Vec<String> = self
            .check(self.engine.learners())
            .expect("learners")
            .into_iter()
            .map(|l| l.id)
            .collect();
        let mut made = self.learners.clone();
        listed.sort();
        made.sort();
        assert_eq!(listed, made, "the learners listed are not those made");
    }
}

/// The input's own new folder, in one of this process's (removed again when the input is
/// done).
fn input_folder() -> PathBuf {
    let base = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let dir = base.join(format!("safesteps-api-calls-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder for the input");
    dir
}

fuzz_target!(|data: &[u8]| {
    let folder = input_folder();
    let file = (data.first().is_some_and(|b| b & 1 == 1)).then(|| folder.join("fuzz.sqlite"));
    let engine = open_engine(&folder, file.as_deref());
    let session = session_for_fuzzing(&engine);
    let mut world = World {
        engine,
        session,
        learners: vec![],
        classes: vec![],
        groups: vec![],
        assignments: vec![],
        bundles: vec![],
        folder,
        file,
        closed: false,
        imported: false,
        installed: false,
    };
    let mut u = Unstructured::new(data);
    for _ in 0..64 {
        if u.is_empty() || world.call(&mut u).is_err() {
            break;
        }
        world.check_learners();
    }
    if !world.closed {
        let report = world.engine.integrity_check().expect("integrity check");
        assert_eq!(report, "ok", "integrity check: {report}");
    }
    let folder = std::mem::take(&mut world.folder);
    drop(world);
    let _ = std::fs::remove_dir_all(folder);
});
