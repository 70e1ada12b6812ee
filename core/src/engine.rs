//! [`Engine`]: the one object front ends hold. `Send + Sync`, every method takes `&self`.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use ed25519_dalek::VerifyingKey;

use crate::content::installed::PackDir;
use crate::content::signing::{parse_public_key, read_pack_file, verify};
use crate::content::{Catalog, LessonDef, ModuleDef, StepDef, StepKind, ids};
use crate::error::{Error, Result};
use crate::l10n::{Localizer, Text, direction_of, parse_locale};
use crate::quiz;
use crate::store::{Event, EventKind, Learner, Store};
use crate::views::*;

/// Milliseconds since the Unix epoch; replaceable in tests.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

fn system_clock() -> Clock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    })
}

/// The longest nickname, in characters.
pub const MAX_NICKNAME_CHARS: usize = 24;

/// SafeSteps: content, localisation and the learner store behind one object.
pub struct Engine {
    catalog: RwLock<Arc<Catalog>>,
    pack_state: RwLock<(PackSource, Option<String>)>,
    pack_dir: Option<PackDir>,
    trusted: Vec<VerifyingKey>,
    install_lock: Mutex<()>,
    sign_language: RwLock<Option<String>>,
    localizer: RwLock<Arc<Localizer>>,
    preferred: RwLock<Vec<LanguageIdentifier>>,
    country: RwLock<Option<String>>,
    store: Mutex<Store>,
    clock: Clock,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

fn read<T: ?Sized>(l: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    // A panic while holding a lock leaves data that is still whole (writes are transactions), so go on.
    l.read().unwrap_or_else(|e| e.into_inner())
}
fn write<T: ?Sized>(l: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    l.write().unwrap_or_else(|e| e.into_inner())
}

impl Engine {
    /// Open the database at `db_path` (created if missing). Content is the embedded
    /// default pack, or an installed pack that verifies against the trusted keys and is
    /// newer than the embedded one.
    pub fn open(db_path: &Path, options: OpenOptions) -> Result<Self> {
        let pack_dir = match &options.pack_dir {
            Some(d) => std::path::PathBuf::from(d),
            None => {
                let mut p = db_path.as_os_str().to_owned();
                p.push("-packs");
                p.into()
            }
        };
        Self::open_with(
            Store::open(db_path)?,
            Catalog::embedded()?,
            options,
            Some(PackDir::new(pack_dir)),
            system_clock(),
        )
    }

    /// Open with an explicit store, embedded catalog, pack folder and clock (tests, tools).
    pub fn open_with(
        store: Store,
        embedded: Catalog,
        options: OpenOptions,
        pack_dir: Option<PackDir>,
        clock: Clock,
    ) -> Result<Self> {
        let preferred = parse_locales(&options.preferred_locales)?;
        let country = options.country.map(|c| normalize_country(&c)).transpose()?;
        let sign_language = options
            .sign_language
            .map(|s| normalize_sign_language(&s))
            .transpose()?;
        let trusted = options
            .trusted_publisher_keys
            .iter()
            .map(|k| parse_public_key(k))
            .collect::<Result<Vec<_>>>()?;
        let (catalog, source, problem) = choose_pack(embedded, pack_dir.as_ref(), &trusted);
        let localizer = Localizer::new(&catalog.resources, &preferred)?;
        Ok(Engine {
            catalog: RwLock::new(Arc::new(catalog)),
            pack_state: RwLock::new((source, problem)),
            pack_dir,
            trusted,
            install_lock: Mutex::new(()),
            sign_language: RwLock::new(sign_language),
            localizer: RwLock::new(Arc::new(localizer)),
            preferred: RwLock::new(preferred),
            country: RwLock::new(country),
            store: Mutex::new(store),
            clock,
        })
    }

    /// Install a signed pack file. It must verify against the trusted publisher keys,
    /// pass validation, suit this core version, and be newer than the pack in use (same
    /// id) unless `allow_downgrade`. On any failure the current pack stays in use.
    pub fn install_pack(&self, path: &Path, allow_downgrade: bool) -> Result<PackInfo> {
        let _one_at_a_time = self.install_lock.lock().unwrap_or_else(|e| e.into_inner());
        let dir = self
            .pack_dir
            .as_ref()
            .ok_or_else(|| Error::PackRejected("this app has no folder for packs".into()))?;
        let bytes = std::fs::read(path).map_err(|e| {
            Error::InvalidInput(format!("cannot read the pack file {}: {e}", path.display()))
        })?;
        let new = load_installed(&bytes, &self.trusted)?;
        let current = self.catalog();
        if new.manifest.id == current.manifest.id
            && new.manifest.version <= current.manifest.version
            && !allow_downgrade
        {
            return Err(Error::PackRejected(format!(
                "version {} is not newer than the version in use ({}); installing it must be asked for as a downgrade",
                new.manifest.version, current.manifest.version
            )));
        }
        let staged = dir.stage(&bytes)?;
        dir.commit(staged)?;
        let localizer = Localizer::new(&new.resources, &read(&self.preferred))?;
        *write(&self.catalog) = Arc::new(new);
        *write(&self.localizer) = Arc::new(localizer);
        *write(&self.pack_state) = (PackSource::Installed, None);
        Ok(self.pack_info())
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn catalog(&self) -> Arc<Catalog> {
        Arc::clone(&read(&self.catalog))
    }

    fn l10n(&self) -> Arc<Localizer> {
        Arc::clone(&read(&self.localizer))
    }

    /// Change the preferred text locales (most preferred first).
    pub fn set_preferred_locales(&self, locales: &[String]) -> Result<()> {
        let preferred = parse_locales(locales)?;
        let localizer = Localizer::new(&self.catalog().resources, &preferred)?;
        *write(&self.localizer) = Arc::new(localizer);
        *write(&self.preferred) = preferred;
        Ok(())
    }

    /// The country used for help contacts.
    pub fn country(&self) -> Option<String> {
        read(&self.country).clone()
    }

    /// Set the country (ISO 3166-1 alpha-2).
    pub fn set_country(&self, country: Option<String>) -> Result<()> {
        *write(&self.country) = country.map(|c| normalize_country(&c)).transpose()?;
        Ok(())
    }

    /// The preferred sign language (ISO 639-3), if any.
    pub fn sign_language(&self) -> Option<String> {
        read(&self.sign_language).clone()
    }

    /// Set or clear the preferred sign language.
    pub fn set_sign_language(&self, sign_language: Option<String>) -> Result<()> {
        *write(&self.sign_language) = sign_language
            .map(|s| normalize_sign_language(&s))
            .transpose()?;
        Ok(())
    }

    /// This device's random id.
    pub fn device_id(&self) -> String {
        self.store().device_id().to_string()
    }

    /// The pack in use and the active locale.
    pub fn pack_info(&self) -> PackInfo {
        let cat = self.catalog();
        let l10n = self.l10n();
        let m = &cat.manifest;
        PackInfo {
            id: m.id.clone(),
            version: m.version.to_string(),
            publisher: m.publisher.clone(),
            default_locale: m.default_locale.clone(),
            locales: m
                .locales
                .iter()
                .map(|l| LocaleInfo {
                    tag: l.tag.clone(),
                    status: l.status,
                    direction: parse_locale(&l.tag)
                        .map(|id| direction_of(&id))
                        .unwrap_or(TextDirection::Ltr),
                })
                .collect(),
            sign_languages: m.sign_languages.clone(),
            active_locale: l10n.primary().to_string(),
            active_direction: direction_of(l10n.primary()),
            source: read(&self.pack_state).0,
            installed_pack_problem: read(&self.pack_state).1.clone(),
        }
    }

    /// Bytes of a pack file (pictures). Unknown paths are `NotFound`.
    pub fn media(&self, path: &str) -> Result<Vec<u8>> {
        self.catalog()
            .files
            .get(path)
            .filter(|_| path.starts_with("media/"))
            .map(|b| b.to_vec())
            .ok_or_else(|| Error::not_found("media file", path))
    }

    // ---- learners -----------------------------------------------------------

    /// Create a learner with a nickname and an avatar id from [`Engine::avatars`].
    ///
    /// Nicknames are checked so they cannot carry contact details: no `@`, no
    /// run of 5 or more digits, at most [`MAX_NICKNAME_CHARS`] characters.
    pub fn create_learner(&self, nickname: &str, avatar: &str) -> Result<LearnerView> {
        let nickname = nickname.trim();
        validate_nickname(nickname)?;
        if !self.avatars().iter().any(|a| a.path == avatar_path(avatar)) {
            return Err(Error::InvalidInput(format!(
                "'{avatar}' is not an avatar of this app"
            )));
        }
        let learner = Learner {
            id: uuid::Uuid::new_v4().to_string(),
            nickname: nickname.to_string(),
            avatar: avatar.to_string(),
            created_at_ms: (self.clock)(),
        };
        self.store().insert_learner(&learner)?;
        Ok(learner_view(learner))
    }

    /// All learners on this device.
    pub fn learners(&self) -> Result<Vec<LearnerView>> {
        Ok(self
            .store()
            .learners()?
            .into_iter()
            .map(learner_view)
            .collect())
    }

    /// A greeting for the learner's home screen, with their nickname and the number of
    /// lessons they finished (Fluent plurals in the learner's locale).
    pub fn welcome(&self, learner_id: &str) -> Result<String> {
        let cat = self.catalog();
        let l10n = self.l10n();
        let store = self.store();
        let learner = store.learner(learner_id)?;
        let mut done = 0;
        for lesson in cat.modules.iter().flat_map(|m| &m.lessons) {
            if progress(&store, learner_id, lesson)?.completed {
                done += 1;
            }
        }
        let mut args = FluentArgs::new();
        args.set("nickname", learner.nickname);
        args.set("lessons", done);
        Ok(l10n
            .format("home-welcome", None, Some(&args))
            .map(|t| t.value)
            .unwrap_or_default())
    }

    /// The avatars a learner can pick, with alt text.
    pub fn avatars(&self) -> Vec<Picture> {
        let cat = self.catalog();
        let l10n = self.l10n();
        cat.files
            .paths("media/avatars/", ".svg")
            .map(|path| {
                let id = path
                    .trim_start_matches("media/avatars/")
                    .trim_end_matches(".svg");
                Picture {
                    path: path.to_string(),
                    alt: l10n
                        .text(&format!("avatar-{id}"))
                        .map(|t| t.value)
                        .unwrap_or_else(|| id.replace('-', " ")),
                }
            })
            .collect()
    }

    // ---- content views ----------------------------------------------------

    /// Modules in order, with the learner's completed lesson count when a learner is given.
    pub fn modules(&self, learner_id: Option<&str>) -> Result<Vec<ModuleSummary>> {
        let cat = self.catalog();
        let l10n = self.l10n();
        let store = self.store();
        if let Some(id) = learner_id {
            store.learner(id)?;
        }
        cat.modules
            .iter()
            .map(|m| {
                let mut completed = 0;
                if let Some(id) = learner_id {
                    for lesson in &m.lessons {
                        if progress(&store, id, lesson)?.completed {
                            completed += 1;
                        }
                    }
                }
                Ok(ModuleSummary {
                    id: m.id.clone(),
                    title: text(&l10n, &ids::module_title(m)).value,
                    summary: text(&l10n, &ids::module_summary(m)).value,
                    audience: m.audience,
                    ages: m.ages.clone(),
                    lesson_ids: m.lessons.iter().map(|l| l.id.clone()).collect(),
                    lessons_completed: completed,
                    picture: m
                        .picture
                        .as_ref()
                        .map(|p| picture(&l10n, p, &ids::module_title(m))),
                })
            })
            .collect()
    }

    /// A lesson ready to play. With a learner, `resume_index` is where they left off.
    pub fn lesson(&self, lesson_id: &str, learner_id: Option<&str>) -> Result<LessonView> {
        let cat = self.catalog();
        let l10n = self.l10n();
        let (module, lesson) = cat.lesson(lesson_id)?;
        let mut resume_index = 0;
        if let Some(learner) = learner_id {
            let store = self.store();
            store.learner(learner)?;
            let p = progress(&store, learner, lesson)?;
            if let Some(step) = p.resume_step_id {
                resume_index = lesson.steps.iter().position(|s| s.id == step).unwrap_or(0) as u32;
            }
        }
        let title = text(&l10n, &ids::lesson_title(lesson));
        Ok(LessonView {
            id: lesson.id.clone(),
            module_id: module.id.clone(),
            locale: title.locale.to_string(),
            direction: direction_of(&title.locale),
            title: title.value,
            steps: {
                let sign = self.sign_language();
                lesson
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let mut v = step_view(&l10n, s, i, lesson.steps.len());
                        v.videos = sign_videos(&cat, &l10n, &s.id, sign.as_deref());
                        v
                    })
                    .collect()
            },
            resume_index,
        })
    }

    // ---- learning -----------------------------------------------------------

    /// Record that a learner saw a step (drives resume and completion).
    pub fn mark_step_seen(&self, learner_id: &str, step_id: &str) -> Result<LessonProgress> {
        let cat = self.catalog();
        let step = cat.step(step_id)?;
        let mut store = self.store();
        store.learner(learner_id)?;
        let event = self.event(
            &store,
            learner_id,
            EventKind::StepSeen {
                lesson_id: step.lesson.id.clone(),
                step_id: step_id.to_string(),
            },
        );
        store.append(&event)?;
        progress(&store, learner_id, step.lesson)
    }

    /// Grade an answer, store the attempt, and return feedback.
    pub fn answer(
        &self,
        learner_id: &str,
        question_id: &str,
        selected: &[String],
        time_taken_ms: Option<i64>,
    ) -> Result<AnswerResult> {
        let cat = self.catalog();
        let l10n = self.l10n();
        let step = cat.step(question_id)?;
        let question = step.step.question.as_ref().ok_or_else(|| {
            Error::InvalidInput(format!("step '{question_id}' is not a question"))
        })?;
        let grade = quiz::grade(question_id, question, selected)?;
        let mut store = self.store();
        store.learner(learner_id)?;
        let event = self.event(
            &store,
            learner_id,
            EventKind::Answered {
                lesson_id: step.lesson.id.clone(),
                question_id: question_id.to_string(),
                selected: selected.to_vec(),
                score: grade.score,
                correct: grade.correct,
                time_taken_ms,
                hints_used: 0,
            },
        );
        store.append(&event)?;
        let attempt_number = store
            .attempts_in_lesson(learner_id, &step.lesson.id)?
            .iter()
            .filter(|a| a.question_id == question_id)
            .count() as u32;
        let options = question
            .options
            .iter()
            .map(|o| {
                let msg = ids::option_text(step.step, o);
                OptionFeedback {
                    option_id: o.id.clone(),
                    chosen: selected.contains(&o.id),
                    correct: o.correct,
                    feedback: l10n.attr(&msg, "feedback").map(|t| t.value),
                }
            })
            .collect();
        let mut args = FluentArgs::new();
        args.set("score", (grade.score * 100.0).round());
        let key = if grade.correct {
            "quiz-correct"
        } else if grade.score > 0.0 {
            "quiz-partly"
        } else {
            "quiz-not-yet"
        };
        let message = l10n
            .format(key, None, Some(&args))
            .map(|t| t.value)
            .unwrap_or_default();
        Ok(AnswerResult {
            question_id: question_id.to_string(),
            correct: grade.correct,
            score: grade.score,
            message,
            options,
            attempt_number,
            progress: progress(&store, learner_id, step.lesson)?,
        })
    }

    /// A learner's progress in a lesson.
    pub fn lesson_progress(&self, learner_id: &str, lesson_id: &str) -> Result<LessonProgress> {
        let cat = self.catalog();
        let (_, lesson) = cat.lesson(lesson_id)?;
        let store = self.store();
        store.learner(learner_id)?;
        progress(&store, learner_id, lesson)
    }

    fn event(&self, store: &Store, learner_id: &str, kind: EventKind) -> Event {
        Event {
            id: uuid::Uuid::new_v4().to_string(),
            learner_id: learner_id.to_string(),
            device_id: store.device_id().to_string(),
            at_ms: (self.clock)(),
            kind,
        }
    }

    /// The module a lesson belongs to (for front ends that only kept a lesson id).
    pub fn module_of_lesson(&self, lesson_id: &str) -> Result<String> {
        Ok(self.catalog().lesson(lesson_id)?.0.id.clone())
    }

    /// Run `f` with the catalog (CLI tools, tests).
    pub fn with_catalog<T>(&self, f: impl FnOnce(&Catalog) -> T) -> T {
        f(&self.catalog())
    }
}

/// Verify and load an installed pack file.
fn load_installed(bytes: &[u8], trusted: &[VerifyingKey]) -> Result<Catalog> {
    if trusted.is_empty() {
        return Err(Error::PackRejected(
            "no publisher keys are configured, so no pack can be installed".into(),
        ));
    }
    let files = read_pack_file(bytes)?;
    verify(&files, trusted)?;
    let catalog = Catalog::load(files)?;
    let core = semver::Version::parse(crate::CORE_VERSION).expect("crate version is semver");
    if catalog.manifest.min_core_version > core {
        return Err(Error::PackRejected(format!(
            "the pack needs SafeSteps {} or newer; this is {core}",
            catalog.manifest.min_core_version
        )));
    }
    Ok(catalog)
}

/// The pack to start with: an installed one that verifies and is newer than the embedded
/// one (or has another id), else the embedded one, with the reason an installed one was not used.
fn choose_pack(
    embedded: Catalog,
    dir: Option<&PackDir>,
    trusted: &[VerifyingKey],
) -> (Catalog, PackSource, Option<String>) {
    let Some(dir) = dir else {
        return (embedded, PackSource::Embedded, None);
    };
    let bytes = match dir.read_current() {
        Ok(Some(b)) => b,
        Ok(None) => return (embedded, PackSource::Embedded, None),
        Err(e) => return (embedded, PackSource::Embedded, Some(e.to_string())),
    };
    match load_installed(&bytes, trusted) {
        Ok(installed)
            if installed.manifest.id != embedded.manifest.id
                || installed.manifest.version > embedded.manifest.version =>
        {
            (installed, PackSource::Installed, None)
        }
        Ok(installed) => (
            embedded,
            PackSource::Embedded,
            Some(format!(
                "the installed pack (version {}) is not newer than the built-in content",
                installed.manifest.version
            )),
        ),
        Err(e) => (embedded, PackSource::Embedded, Some(e.to_string())),
    }
}

fn normalize_sign_language(s: &str) -> Result<String> {
    let s = s.trim().to_ascii_lowercase();
    if s.len() == 3 && s.chars().all(|c| c.is_ascii_lowercase()) {
        Ok(s)
    } else {
        Err(Error::InvalidInput(format!(
            "'{s}' is not a sign language code (ISO 639-3, such as pks or sfs)"
        )))
    }
}

fn parse_locales(tags: &[String]) -> Result<Vec<LanguageIdentifier>> {
    tags.iter().map(|t| parse_locale(t)).collect()
}

fn normalize_country(c: &str) -> Result<String> {
    let c = c.trim().to_ascii_uppercase();
    if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(Error::InvalidInput(format!(
            "'{c}' is not a two-letter country code (such as PK or ZA)"
        )))
    }
}

fn validate_nickname(nickname: &str) -> Result<()> {
    if nickname.is_empty() {
        return Err(Error::InvalidInput("a nickname is needed".into()));
    }
    if nickname.chars().count() > MAX_NICKNAME_CHARS {
        return Err(Error::InvalidInput(format!(
            "a nickname can have at most {MAX_NICKNAME_CHARS} letters"
        )));
    }
    let mut digits = 0;
    for ch in nickname.chars() {
        digits = if ch.is_ascii_digit() { digits + 1 } else { 0 };
        if digits >= 5 || ch == '@' {
            return Err(Error::InvalidInput(
                "a nickname cannot hold a phone number or an email address".into(),
            ));
        }
        if ch.is_control() {
            return Err(Error::InvalidInput(
                "a nickname cannot hold control characters".into(),
            ));
        }
    }
    Ok(())
}

fn avatar_path(id: &str) -> String {
    format!("media/avatars/{id}.svg")
}

fn learner_view(l: Learner) -> LearnerView {
    LearnerView {
        id: l.id,
        nickname: l.nickname,
        avatar: l.avatar,
    }
}

/// A message that validation guaranteed exists in the default locale.
fn text(l10n: &Localizer, id: &str) -> Text {
    l10n.text(id).unwrap_or_else(|| Text {
        // Unreachable for a validated pack; an empty string is still better than an id.
        value: String::new(),
        locale: l10n.primary().clone(),
    })
}

fn picture(l10n: &Localizer, path: &str, message: &str) -> Picture {
    Picture {
        path: path.to_string(),
        alt: l10n
            .attr(message, "alt")
            .map(|t| t.value)
            .unwrap_or_default(),
    }
}

fn step_view(l10n: &Localizer, s: &StepDef, index: usize, total: usize) -> StepView {
    let msg = ids::step_text(s);
    let main = text(l10n, &msg);
    StepView {
        id: s.id.clone(),
        kind: s.kind,
        number: index as u32 + 1,
        total: total as u32,
        easy_text: l10n.attr(&msg, "easy").map(|t| t.value),
        direction: direction_of(&main.locale),
        locale: main.locale.to_string(),
        text: main.value,
        picture: s.picture.as_ref().map(|p| picture(l10n, p, &msg)),
        videos: Vec::new(),
        audio: s.audio.clone(),
        pathway: s.pathway.clone(),
        question: s.question.as_ref().map(|q| QuestionView {
            id: s.id.clone(),
            kind: q.kind,
            hint: l10n.attr(&msg, "hint").map(|t| t.value),
            options: q
                .options
                .iter()
                .map(|o| {
                    let om = ids::option_text(s, o);
                    OptionView {
                        id: o.id.clone(),
                        text: text(l10n, &om).value,
                        picture: o.picture.as_ref().map(|p| picture(l10n, p, &om)),
                    }
                })
                .collect(),
        }),
    }
}

/// A step's sign-language videos, the preferred sign language first, with captions in
/// the first of the learner's locales that has them.
fn sign_videos(
    cat: &Catalog,
    l10n: &Localizer,
    step: &str,
    preferred: Option<&str>,
) -> Vec<SignVideo> {
    let locales: Vec<String> = l10n.locales().iter().map(|l| l.to_string()).collect();
    let mut out: Vec<SignVideo> = cat
        .videos_of(step)
        .map(|v| {
            let captions = locales
                .iter()
                .find_map(|l| v.captions.get(l).map(|p| (p.clone(), l.clone())));
            SignVideo {
                sign_language: v.sign_language.clone(),
                status: v.status,
                path: v.file.clone(),
                bytes: v.bytes,
                sha256: v.sha256.clone(),
                captions_locale: captions.as_ref().map(|c| c.1.clone()),
                captions: captions.map(|c| c.0),
            }
        })
        .collect();
    if let Some(p) = preferred {
        out.sort_by_key(|v| v.sign_language != p);
    }
    out
}

/// Progress derived from the store and the lesson's definition.
fn progress(store: &Store, learner_id: &str, lesson: &LessonDef) -> Result<LessonProgress> {
    let seen = store.steps_seen(learner_id, &lesson.id)?;
    let attempts = store.attempts_in_lesson(learner_id, &lesson.id)?;
    let questions: Vec<&StepDef> = lesson
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Quiz)
        .collect();
    let passed = questions
        .iter()
        .filter(|q| attempts.iter().any(|a| a.question_id == q.id && a.correct))
        .count();
    let steps_seen = lesson.steps.iter().filter(|s| seen.contains(&s.id)).count();
    Ok(LessonProgress {
        lesson_id: lesson.id.clone(),
        steps_seen: steps_seen as u32,
        steps_total: lesson.steps.len() as u32,
        questions_passed: passed as u32,
        questions_total: questions.len() as u32,
        completed: steps_seen == lesson.steps.len() && passed == questions.len(),
        resume_step_id: store.last_step(learner_id, &lesson.id)?,
    })
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Engine>();
    let _ = |m: &ModuleDef| m.id.len();
}
