//! Pack validation rules. Shared by the loader (any error refuses a pack) and the
//! authoring checker (`safesteps check`), which turns locators into line and column.

mod help;
mod l10n;
mod media;
mod safety;
mod slots;
mod structure;
mod texts;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::Arc;

use super::safety::{LexiconFile, Rules};
use super::{MANIFEST, PackFiles, Parsed, ids, model::*};
use texts::{LocaleTexts, Sources};

pub use safety::{LEXICON_DIR, pack_lexicon};
pub use slots::{
    Coverage, EASY_6_9_LIMITS, EASY_6_9_SENTENCE_WORDS, Readability, coverage, module_messages,
};

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The pack cannot be used.
    Error,
    /// Usable, but something should be done (coverage, style).
    Warning,
}

/// Where in a file a diagnostic points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Locator {
    /// The whole file.
    File,
    /// A TOML key path, e.g. `["lessons", "0", "steps", "2", "picture"]`.
    Toml(Vec<String>),
    /// A Fluent message (and attribute) by id.
    Message(String),
    /// A byte range.
    Span(Range<usize>),
}

/// One finding about a pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code, e.g. `E004`, for docs and tools.
    pub code: &'static str,
    /// File inside the pack.
    pub file: String,
    /// Where in the file.
    pub locator: Locator,
    /// What is wrong.
    pub message: String,
    /// How to fix it, when there is a clear fix.
    pub help: Option<String>,
}

/// Messages the app itself shows (quiz feedback, the home greeting); every pack needs them.
pub const APP_MESSAGES: &[&str] = &[
    "quiz-correct",
    "quiz-partly",
    "quiz-not-yet",
    "quiz-reveal",
    "home-welcome",
];

/// Picture folders whose files each need a name (alt text) message: `(folder, message prefix)`.
pub const NAMED_PICTURES: &[(&str, &str)] = &[
    ("media/avatars/", "avatar-"),
    ("media/picture-password/", "picture-"),
];

/// Message ids (with their attributes) of one locale, borrowed from its parsed texts
/// (a set of pairs: no string or set of its own per message).
#[derive(Debug, Default)]
struct MessageIndex<'a> {
    /// Every id (a message with neither value nor attribute too).
    ids: HashSet<&'a str>,
    /// `(id, attribute)`, `""` for the value.
    parts: HashSet<(&'a str, &'a str)>,
}

impl MessageIndex<'_> {
    /// Whether the locale defines the message or term.
    fn contains_key(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Whether it has the part (`""`: the value).
    fn has(&self, id: &str, attr: &str) -> bool {
        self.parts.contains(&(id, attr))
    }
}

fn message_index<'a>(texts: &LocaleTexts<'a>) -> MessageIndex<'a> {
    let mut idx = MessageIndex::default();
    for m in &texts.all {
        idx.ids.insert(m.id);
        for (attr, _) in m.parts() {
            idx.parts.insert((m.id, attr.unwrap_or("")));
        }
    }
    idx
}

/// How a message is used, where that changes what its words may say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    /// A wrong option of a lesson question: it may voice an unsafe idea when the option's
    /// own feedback (which is scanned like every text) exists and corrects it.
    WrongOption,
    /// The statement of a true/false question whose right answer is "false": it may voice
    /// an unsafe idea, which the question marks as false.
    FalseStatement,
    /// The text of a story or scenario step: speech in quotation marks depicts what a
    /// character (often the person who harms) says.
    Story,
}

struct Checker<'a> {
    files: &'a PackFiles,
    out: Vec<Diagnostic>,
    default_msgs: MessageIndex<'a>,
    /// Texts of every manifest locale, in manifest order.
    texts: Vec<LocaleTexts<'a>>,
    /// Index of the default locale in `texts`.
    default: Option<usize>,
    /// Safety rules per locale, parallel to `texts` (shared by locales of one language;
    /// `None`: compiled when used).
    rules: Vec<Option<Arc<Rules>>>,
    /// The pack's own lexicon files.
    extra: Vec<LexiconFile>,
    /// Rules of every locale, for texts shown in any language (contacts).
    any_rules: Rules,
    /// How messages are used (message id -> voice).
    voices: HashMap<String, Voice>,
    /// Ids of true/false questions: (question message, option message of "true", of "false").
    true_false: Vec<(String, String, String)>,
    /// Questions: (question message, option messages), for the translation checks.
    questions: Vec<(String, Vec<String>)>,
}

impl<'a> Checker<'a> {
    /// The safety rules of locale `li` (kept, or compiled now).
    fn rules(&self, li: usize) -> Arc<Rules> {
        self.rules[li].clone().unwrap_or_else(|| {
            Arc::new(Rules::new(
                &self.texts[li].tag,
                super::safety::base().iter().chain(self.extra.iter()),
            ))
        })
    }

    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        file: &str,
        locator: Locator,
        message: String,
        help: Option<String>,
    ) {
        self.out.push(Diagnostic {
            severity,
            code,
            file: file.to_string(),
            locator,
            message,
            help,
        });
    }

    fn need_message(&mut self, file: &str, path: Vec<String>, id: &str, attr: Option<&str>) {
        let has = self.default_msgs.has(id, attr.unwrap_or(""));
        if has {
            return;
        }
        if attr == Some("alt") {
            self.push(
                Severity::Error,
                "E006",
                file,
                Locator::Toml(path),
                format!("picture has no alt text: add '.alt' to message '{id}'"),
                Some("describe the picture for someone who cannot see it".into()),
            );
        } else {
            let shown = match attr {
                Some(a) => format!("{id}.{a}"),
                None => id.to_string(),
            };
            self.push(
                Severity::Error,
                "E004",
                file,
                Locator::Toml(path),
                format!("message '{shown}' is missing in the default locale"),
                Some("add it to a .ftl file under locales/<default locale>/".into()),
            );
        }
    }

    fn need_picture(&mut self, file: &str, path: Vec<String>, picture: &str) {
        if !self.files.contains(picture) {
            self.push(
                Severity::Error,
                "E005",
                file,
                Locator::Toml(path),
                format!("picture '{picture}' is not in the pack"),
                None,
            );
        }
    }
}

fn p(parts: &[&dyn ToString]) -> Vec<String> {
    parts.iter().map(|s| s.to_string()).collect()
}

/// Most rule sets kept while a pack is checked; the rules of other languages are
/// compiled again where they are used (each takes some 170 KB: a pack with a lexicon and
/// a locale for each of a thousand languages would otherwise keep 170 MB).
const KEPT_RULES: usize = 8;

/// Safety rules for each locale, one per language that has a lexicon of its own (and
/// one for every other language, which only has the English entries): rules depend on
/// the language alone, and a manifest may list thousands of locales. The default
/// locale's are kept first; `None`: made when used ([`Checker::rules`]).
fn shared_rules(
    texts: &[LocaleTexts<'_>],
    default: Option<usize>,
    extra: &[LexiconFile],
) -> Vec<Option<Arc<Rules>>> {
    let lang = |tag: &str| tag.split(['-', '_']).next().unwrap_or(tag).to_string();
    let has_lexicon = |l: &str| {
        super::safety::base()
            .iter()
            .chain(extra.iter())
            .any(|f| lang(&f.locale) == l)
    };
    let mut made: HashMap<Option<String>, Arc<Rules>> = HashMap::default();
    let mut out: Vec<Option<Arc<Rules>>> = vec![None; texts.len()];
    let order = default
        .into_iter()
        .chain((0..texts.len()).filter(|&i| Some(i) != default));
    for i in order {
        let l = lang(&texts[i].tag);
        let key = has_lexicon(&l).then_some(l);
        if let Some(r) = made.get(&key) {
            out[i] = Some(r.clone());
        } else if made.len() < KEPT_RULES {
            let r = Arc::new(Rules::new(
                &texts[i].tag,
                super::safety::base().iter().chain(extra.iter()),
            ));
            made.insert(key, r.clone());
            out[i] = Some(r);
        }
    }
    out
}

/// Easy-read readability per locale: every message with `.easy`, and the child modules
/// of each age band (full text against easy-read).
pub fn readability(files: &PackFiles, parsed: &Parsed) -> Vec<Readability> {
    let sources = Sources::parse(files, parsed);
    let texts = sources.index(parsed);
    slots::readability_of(&texts, parsed)
}

/// Check a parsed pack and return every finding, errors first. One problem never hides
/// another: every rule runs on every part it can read.
pub fn validate(files: &PackFiles, parsed: &Parsed) -> Vec<Diagnostic> {
    let sources = Sources::parse(files, parsed);
    let texts = sources.index(parsed);
    let default = parsed
        .manifest
        .locales
        .iter()
        .position(|l| l.tag == parsed.manifest.default_locale);
    let default_msgs = default
        .map(|d| message_index(&texts[d]))
        .unwrap_or_default();
    let (extra, lexicon_problems) = pack_lexicon(files);
    let rules = shared_rules(&texts, default, &extra);
    let any_rules = Rules::new("*", super::safety::base().iter().chain(extra.iter()));
    let mut c = Checker {
        files,
        out: lexicon_problems,
        default_msgs,
        texts,
        default,
        rules,
        any_rules,
        extra,
        voices: HashMap::default(),
        true_false: Vec::new(),
        questions: Vec::new(),
    };
    let m = &parsed.manifest;

    if default.is_none() {
        c.push(
            Severity::Error,
            "E010",
            MANIFEST,
            Locator::Toml(p(&[&"default_locale"])),
            format!(
                "default locale '{}' is not listed in [[locales]]",
                m.default_locale
            ),
            None,
        );
    }
    structure::check_manifest(&mut c, parsed);

    for id in APP_MESSAGES {
        if !c.default_msgs.contains_key(id) {
            c.push(
                Severity::Error,
                "E004",
                MANIFEST,
                Locator::File,
                format!("message '{id}', which the app shows, is missing in the default locale"),
                Some("add it to locales/<default locale>/common.ftl".into()),
            );
        }
    }

    for (folder, prefix) in NAMED_PICTURES {
        let names: Vec<String> = files
            .paths(folder, ".svg")
            .map(|p| {
                p.trim_start_matches(folder)
                    .trim_end_matches(".svg")
                    .to_string()
            })
            .collect();
        for name in names {
            let id = format!("{prefix}{name}");
            if !c.default_msgs.contains_key(&id) {
                c.push(
                    Severity::Error,
                    "E006",
                    &format!("{folder}{name}.svg"),
                    Locator::File,
                    format!("picture has no alt text: add message '{id}'"),
                    None,
                );
            }
        }
    }

    for (file, range, msg) in &parsed.toml_errors {
        c.push(
            Severity::Error,
            "E015",
            file,
            range.clone().map(Locator::Span).unwrap_or(Locator::File),
            format!("TOML error: {}", msg.trim_end()),
            None,
        );
    }
    for (file, range, msg) in sources.errors() {
        // The parser may point one past the end of a file; keep the span inside it.
        let len = files.text(file).map_or(0, str::len);
        let start = range.start.min(len);
        let range = start..range.end.clamp(start, len);
        c.push(
            Severity::Error,
            "E008",
            file,
            Locator::Span(range),
            format!("Fluent syntax error: {msg}"),
            None,
        );
    }

    let seen = structure::check_modules(&mut c, parsed);
    help::check_help(&mut c, parsed);
    // Contact channel values by type, verification and stand-ins: validate_contacts.rs.
    let with_value: HashSet<&str> = default
        .map(|d| {
            c.texts[d]
                .all
                .iter()
                .filter(|m| m.value.is_some() && !m.id.starts_with('-'))
                .map(|m| m.id)
                .collect()
        })
        .unwrap_or_default();
    c.out
        .extend(super::validate_contacts::check_with(parsed, &with_value));
    drop(with_value);
    drop(seen);
    let slot_ids: HashSet<String> = super::parsed_slots(parsed)
        .into_iter()
        .map(|s| s.id)
        .collect();
    media::check_videos(&mut c, parsed, &slot_ids);
    media::check_video_lists(&mut c, parsed, &slot_ids);
    media::check_picture_words(&mut c);
    slots::check_pictures(&mut c, parsed);
    slots::check_coverage(&mut c, parsed);
    slots::check_characters(&mut c, parsed);
    slots::check_readability(&mut c, parsed);
    structure::check_cycles(&mut c, parsed);
    l10n::check_messages(&mut c);
    l10n::check_coverage(&mut c, parsed);
    l10n::check_translations(&mut c);
    safety::check_texts(&mut c);
    safety::check_easy_read(&mut c);
    safety::check_lengths(&mut c, parsed);
    c.out.sort_by_key(|d| d.severity);
    c.out
}
