//! Pack validation rules. Shared by the loader (any error refuses a pack) and the
//! authoring checker (`safesteps check`), which turns locators into line and column.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use fluent_syntax::ast;

use super::{MANIFEST, PackFiles, Parsed, ids, model::*};

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

/// Terms the Terminology Guidelines (2nd ed., 2025) ask authors to avoid, with the preferred term.
pub const AVOID_TERMS: &[(&str, &str)] = &[
    ("child pornography", "child sexual abuse material"),
    ("child porn", "child sexual abuse material"),
    ("kiddie porn", "child sexual abuse material"),
    ("child prostitute", "child subjected to sexual exploitation"),
    ("child prostitution", "sexual exploitation of children"),
    ("child sex worker", "child subjected to sexual exploitation"),
    ("revenge porn", "non-consensual sharing of intimate images"),
];

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

/// Message ids (with their attributes) of one locale.
type MessageIndex = HashMap<String, HashSet<String>>;

fn message_index(parsed: &Parsed, tag: &str) -> MessageIndex {
    let mut idx = MessageIndex::new();
    let Ok(locale) = tag.parse() else { return idx };
    for res in parsed.resources.get(&locale) {
        for entry in res.entries() {
            if let ast::Entry::Message(m) = entry {
                let attrs = idx.entry(m.id.name.to_string()).or_default();
                if m.value.is_some() {
                    attrs.insert(String::new());
                }
                for a in &m.attributes {
                    attrs.insert(a.id.name.to_string());
                }
            }
        }
    }
    idx
}

struct Checker<'a> {
    files: &'a PackFiles,
    out: Vec<Diagnostic>,
    default_msgs: MessageIndex,
}

impl Checker<'_> {
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
        let has = self
            .default_msgs
            .get(id)
            .is_some_and(|a| a.contains(attr.unwrap_or("")));
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

/// Check a parsed pack and return every finding, errors first.
pub fn validate(files: &PackFiles, parsed: &Parsed) -> Vec<Diagnostic> {
    let mut c = Checker {
        files,
        out: Vec::new(),
        default_msgs: message_index(parsed, &parsed.manifest.default_locale),
    };
    let m = &parsed.manifest;

    if !m.locales.iter().any(|l| l.tag == m.default_locale) {
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

    for id in APP_MESSAGES {
        if !c.default_msgs.contains_key(*id) {
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

    let mut tags: Vec<_> = parsed.resources.by_locale.iter().collect();
    tags.sort_by_key(|(l, _)| l.to_string());
    let fluent_errors: Vec<_> = tags.iter().flat_map(|(_, s)| s.errors()).collect();
    for (file, range, msg) in fluent_errors {
        c.push(
            Severity::Error,
            "E008",
            file,
            Locator::Span(range.clone()),
            format!("Fluent syntax error: {msg}"),
            None,
        );
    }

    // Unique ids across the pack: id -> (what, first file).
    let mut seen: HashMap<String, (&'static str, String)> = HashMap::new();
    let mut claim =
        |c: &mut Checker, what: &'static str, id: &str, file: &str, path: Vec<String>| {
            if let Some((_, first)) = seen.get(id) {
                c.push(
                    Severity::Error,
                    "E001",
                    file,
                    Locator::Toml(path),
                    format!("duplicate {what} id '{id}' (first used in {first})"),
                    None,
                );
            } else {
                seen.insert(id.to_string(), (what, file.to_string()));
            }
        };

    let module_ids: HashSet<&str> = parsed.modules.iter().map(|(_, m)| m.id.as_str()).collect();
    for (file, module) in &parsed.modules {
        claim(&mut c, "module", &module.id, file, p(&[&"id"]));
        for (pi, pre) in module.prerequisites.iter().enumerate() {
            if !module_ids.contains(pre.as_str()) {
                c.push(
                    Severity::Error,
                    "E002",
                    file,
                    Locator::Toml(p(&[&"prerequisites", &pi])),
                    format!("unknown prerequisite module '{pre}'"),
                    None,
                );
            }
        }
        c.need_message(file, p(&[&"id"]), &ids::module_title(module), None);
        c.need_message(file, p(&[&"id"]), &ids::module_summary(module), None);
        if let Some(pic) = &module.picture {
            c.need_picture(file, p(&[&"picture"]), pic);
            c.need_message(
                file,
                p(&[&"picture"]),
                &ids::module_title(module),
                Some("alt"),
            );
        }
        if module.audience == Audience::Child && module.ages.is_none() {
            c.push(
                Severity::Error,
                "E011",
                file,
                Locator::Toml(p(&[&"audience"])),
                "a child module needs an age band (ages = \"6-9\")".into(),
                None,
            );
        }
        for (li, lesson) in module.lessons.iter().enumerate() {
            claim(
                &mut c,
                "lesson",
                &lesson.id,
                file,
                p(&[&"lessons", &li, &"id"]),
            );
            c.need_message(
                file,
                p(&[&"lessons", &li, &"id"]),
                &ids::lesson_title(lesson),
                None,
            );
            for (si, step) in lesson.steps.iter().enumerate() {
                let at = |k: &str| p(&[&"lessons", &li, &"steps", &si, &k]);
                claim(&mut c, "step", &step.id, file, at("id"));
                let text = ids::step_text(step);
                c.need_message(file, at("id"), &text, None);
                if let Some(pic) = &step.picture {
                    c.need_picture(file, at("picture"), pic);
                    c.need_message(file, at("picture"), &text, Some("alt"));
                }
                if let Some(audio) = &step.audio
                    && !c.files.contains(audio)
                {
                    c.push(
                        Severity::Error,
                        "E005",
                        file,
                        Locator::Toml(at("audio")),
                        format!("audio '{audio}' is not in the pack"),
                        None,
                    );
                }
                if step.kind == StepKind::Pathway && step.pathway.is_none() {
                    c.push(
                        Severity::Error,
                        "E009",
                        file,
                        Locator::Toml(at("kind")),
                        format!("pathway step '{}' names no pathway", step.id),
                        Some("add pathway = \"<pathway id>\"".into()),
                    );
                }
                check_question(&mut c, file, step, li, si);
            }
        }
    }
    check_help(&mut c, parsed);
    c.out.extend(super::validate_contacts::check(parsed));
    let pathway_ids: HashSet<&str> = parsed.pathways.iter().map(|(_, p)| p.id.as_str()).collect();
    for (file, module) in &parsed.modules {
        for (li, lesson) in module.lessons.iter().enumerate() {
            for (si, step) in lesson.steps.iter().enumerate() {
                if let Some(pw) = &step.pathway
                    && !pathway_ids.contains(pw.as_str())
                {
                    c.push(
                        Severity::Error,
                        "E028",
                        file,
                        Locator::Toml(p(&[&"lessons", &li, &"steps", &si, &"pathway"])),
                        format!("unknown pathway '{pw}'"),
                        None,
                    );
                }
            }
        }
    }
    check_videos(&mut c, parsed, &seen);
    check_video_lists(&mut c, parsed, &seen);
    check_cycles(&mut c, parsed);
    check_coverage(&mut c, parsed);
    check_terms(&mut c, files, parsed);
    c.out.sort_by_key(|d| d.severity);
    c.out
}

fn check_question(c: &mut Checker, file: &str, step: &StepDef, li: usize, si: usize) {
    let at = |k: &[&dyn ToString]| {
        let mut v = p(&[&"lessons", &li, &"steps", &si]);
        v.extend(p(k));
        v
    };
    match (step.kind, &step.question) {
        (StepKind::Quiz, Some(_)) => {}
        (StepKind::Quiz, None) => c.push(
            Severity::Error,
            "E009",
            file,
            Locator::Toml(at(&[&"kind"])),
            format!("quiz step '{}' has no [question]", step.id),
            None,
        ),
        (k, Some(_)) if k != StepKind::Quiz => c.push(
            Severity::Error,
            "E009",
            file,
            Locator::Toml(at(&[&"question"])),
            format!("step '{}' has a question but is not a quiz step", step.id),
            None,
        ),
        _ => {}
    }
    check_question_at(c, file, step, p(&[&"lessons", &li, &"steps", &si]));
}

/// Rules for a question's options, wherever the question is (`base` is its TOML path).
fn check_question_at(c: &mut Checker, file: &str, step: &StepDef, base: Vec<String>) {
    let at = |k: &[&dyn ToString]| {
        let mut v = base.clone();
        v.extend(p(k));
        v
    };
    let Some(q) = &step.question else { return };
    let mut opt_ids = HashSet::new();
    for (oi, o) in q.options.iter().enumerate() {
        if !opt_ids.insert(o.id.as_str()) {
            c.push(
                Severity::Error,
                "E001",
                file,
                Locator::Toml(at(&[&"question", &"options", &oi, &"id"])),
                format!("duplicate option id '{}' in question '{}'", o.id, step.id),
                None,
            );
        }
        let text = ids::option_text(step, o);
        c.need_message(
            file,
            at(&[&"question", &"options", &oi, &"id"]),
            &text,
            None,
        );
        if let Some(pic) = &o.picture {
            let path = at(&[&"question", &"options", &oi, &"picture"]);
            c.need_picture(file, path.clone(), pic);
            c.need_message(file, path, &text, Some("alt"));
        } else if q.kind == QuestionKind::PictureChoice {
            c.push(
                Severity::Error,
                "E012",
                file,
                Locator::Toml(at(&[&"question", &"options", &oi])),
                format!(
                    "option '{}' of a picture-choice question has no picture",
                    o.id
                ),
                None,
            );
        }
    }
    if q.options.len() < 2 {
        c.push(
            Severity::Error,
            "E013",
            file,
            Locator::Toml(at(&[&"question"])),
            format!("question '{}' needs at least 2 options", step.id),
            None,
        );
    }
    if q.kind == QuestionKind::TrueFalse && q.options.len() != 2 {
        c.push(
            Severity::Error,
            "E013",
            file,
            Locator::Toml(at(&[&"question"])),
            format!("true/false question '{}' needs exactly 2 options", step.id),
            None,
        );
    }
    if q.kind != QuestionKind::Ordering && !q.options.iter().any(|o| o.correct) {
        c.push(
            Severity::Error,
            "E007",
            file,
            Locator::Toml(at(&[&"question"])),
            format!("question '{}' has no correct answer", step.id),
            Some("mark at least one option with correct = true".into()),
        );
    }
    if matches!(q.kind, QuestionKind::TrueFalse | QuestionKind::SingleChoice)
        && q.options.iter().filter(|o| o.correct).count() > 1
    {
        c.push(
            Severity::Warning,
            "W003",
            file,
            Locator::Toml(at(&[&"question"])),
            format!(
                "question '{}' has several correct options but a child can choose only one",
                step.id
            ),
            None,
        );
    }
}

fn check_cycles(c: &mut Checker, parsed: &Parsed) {
    let graph: HashMap<&str, (&str, Vec<&str>)> = parsed
        .modules
        .iter()
        .map(|(f, m)| {
            (
                m.id.as_str(),
                (
                    f.as_str(),
                    m.prerequisites.iter().map(String::as_str).collect(),
                ),
            )
        })
        .collect();
    // Colour-marking depth-first search; report each cycle once, at its first module.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    let mut marks: HashMap<&str, Mark> = HashMap::new();
    let mut ordered: Vec<&str> = graph.keys().copied().collect();
    ordered.sort();
    for start in ordered {
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        let mut path: Vec<&str> = vec![];
        if marks.contains_key(start) {
            continue;
        }
        marks.insert(start, Mark::Visiting);
        path.push(start);
        while let Some((node, i)) = stack.pop() {
            let deps = graph.get(node).map(|(_, d)| d.as_slice()).unwrap_or(&[]);
            if i < deps.len() {
                stack.push((node, i + 1));
                let next = deps[i];
                match marks.get(next) {
                    Some(Mark::Visiting) => {
                        let from = path.iter().position(|n| *n == next).unwrap_or(0);
                        let mut cycle: Vec<&str> = path[from..].to_vec();
                        cycle.push(next);
                        let file = graph.get(next).map(|(f, _)| *f).unwrap_or(MANIFEST);
                        c.push(
                            Severity::Error,
                            "E003",
                            file,
                            Locator::Toml(p(&[&"prerequisites"])),
                            format!("prerequisite cycle: {}", cycle.join(" -> ")),
                            None,
                        );
                    }
                    Some(Mark::Done) => {}
                    None if graph.contains_key(next) => {
                        marks.insert(next, Mark::Visiting);
                        path.push(next);
                        stack.push((next, 0));
                    }
                    None => {}
                }
            } else {
                marks.insert(node, Mark::Done);
                path.pop();
            }
        }
    }
}

fn check_terms(c: &mut Checker, files: &PackFiles, parsed: &Parsed) {
    for entry in &parsed.manifest.locales {
        let prefix = format!("locales/{}/", entry.tag);
        let paths: Vec<String> = files.paths(&prefix, ".ftl").map(String::from).collect();
        for path in paths {
            let Ok(text) = files.text(&path) else {
                continue;
            };
            let lower = text.to_lowercase();
            let mut flagged: Vec<Range<usize>> = Vec::new();
            for (term, preferred) in AVOID_TERMS {
                let mut from = 0;
                while let Some(pos) = lower[from..].find(term) {
                    let start = from + pos;
                    // Lower-casing can change byte lengths outside ASCII; only trust exact ASCII matches.
                    if text.is_char_boundary(start)
                        && text.is_char_boundary(start + term.len())
                        && text[start..start + term.len()].eq_ignore_ascii_case(term)
                        && !flagged.iter().any(|r| r.contains(&start))
                    {
                        flagged.push(start..start + term.len());
                        c.push(
                            Severity::Error,
                            "E014",
                            &path,
                            Locator::Span(start..start + term.len()),
                            format!("avoid the term \"{term}\" (Terminology Guidelines, 2025)"),
                            Some(format!("say \"{preferred}\"")),
                        );
                    }
                    from = start + term.len();
                }
            }
        }
    }
}

fn check_videos(c: &mut Checker, parsed: &Parsed, seen: &HashMap<String, (&'static str, String)>) {
    let sign_languages: HashSet<&str> = parsed
        .manifest
        .sign_languages
        .iter()
        .map(String::as_str)
        .collect();
    let default = parsed.manifest.default_locale.as_str();
    let mut pairs = HashSet::new();
    for (i, v) in parsed.videos.video.iter().enumerate() {
        let at = |k: &str| p(&[&"video", &i, &k]);
        if !matches!(seen.get(&v.step), Some(("step", _))) {
            c.push(
                Severity::Error,
                "E016",
                super::VIDEOS,
                Locator::Toml(at("step")),
                format!("video for unknown step '{}'", v.step),
                None,
            );
        }
        if !sign_languages.contains(v.sign_language.as_str()) {
            c.push(
                Severity::Error,
                "E017",
                super::VIDEOS,
                Locator::Toml(at("sign_language")),
                format!(
                    "sign language '{}' is not listed in pack.toml sign_languages",
                    v.sign_language
                ),
                None,
            );
        }
        if !pairs.insert((v.step.as_str(), v.sign_language.as_str())) {
            c.push(
                Severity::Error,
                "E001",
                super::VIDEOS,
                Locator::Toml(at("step")),
                format!("two videos for step '{}' in '{}'", v.step, v.sign_language),
                None,
            );
        }
        for (locale, path) in &v.captions {
            match c.files.text(path) {
                Ok(t) if t.trim_start_matches('\u{feff}').starts_with("WEBVTT") => {}
                Ok(_) => c.push(
                    Severity::Error,
                    "E019",
                    super::VIDEOS,
                    Locator::Toml(at("captions")),
                    format!("captions '{path}' ({locale}) are not a WebVTT file"),
                    None,
                ),
                Err(_) => c.push(
                    Severity::Error,
                    "E005",
                    super::VIDEOS,
                    Locator::Toml(at("captions")),
                    format!("captions '{path}' ({locale}) are not in the pack"),
                    None,
                ),
            }
        }
        if v.status != VideoStatus::Recorded {
            continue;
        }
        if !v.captions.contains_key(default) {
            c.push(
                Severity::Error,
                "E018",
                super::VIDEOS,
                Locator::Toml(at("step")),
                format!(
                    "video of '{}' in '{}' has no captions in the default locale ({default})",
                    v.step, v.sign_language
                ),
                Some("every video needs WebVTT captions".into()),
            );
        }
        let (Some(file), Some(bytes), Some(sha)) = (&v.file, v.bytes, &v.sha256) else {
            c.push(
                Severity::Error,
                "E020",
                super::VIDEOS,
                Locator::Toml(at("status")),
                "a recorded video needs file, bytes and sha256".into(),
                None,
            );
            continue;
        };
        if sha.len() != 64 || !sha.chars().all(|ch| ch.is_ascii_hexdigit()) {
            c.push(
                Severity::Error,
                "E020",
                super::VIDEOS,
                Locator::Toml(at("sha256")),
                "sha256 must be 64 hex digits".into(),
                None,
            );
        } else if let Some(data) = c.files.get(file)
            && (data.len() as u64 != bytes
                || super::signing::sha256_hex(data) != sha.to_ascii_lowercase())
        {
            c.push(
                Severity::Error,
                "E021",
                super::VIDEOS,
                Locator::Toml(at("sha256")),
                format!("video '{file}' does not match its size or hash"),
                None,
            );
        }
    }
}

/// Coverage of translations and of sign-language videos, as warnings.
fn check_coverage(c: &mut Checker, parsed: &Parsed) {
    let default = &parsed.manifest.default_locale;
    let wanted: Vec<(String, HashSet<String>)> = c
        .default_msgs
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let total: usize = wanted.iter().map(|(_, a)| a.len()).sum();
    for entry in &parsed.manifest.locales {
        if &entry.tag == default || total == 0 {
            continue;
        }
        let have = message_index(parsed, &entry.tag);
        let present: usize = wanted
            .iter()
            .map(|(id, attrs)| have.get(id).map_or(0, |h| attrs.intersection(h).count()))
            .sum();
        if present < total {
            c.push(
                Severity::Warning,
                "W001",
                MANIFEST,
                Locator::Toml(p(&[&"locales"])),
                format!(
                    "locale '{}' has {present} of {total} texts ({}%); the rest falls back to '{default}'",
                    entry.tag,
                    present * 100 / total
                ),
                None,
            );
        }
    }
    let steps: usize = parsed
        .modules
        .iter()
        .flat_map(|(_, m)| &m.lessons)
        .map(|l| l.steps.len())
        .sum();
    for sl in &parsed.manifest.sign_languages {
        let recorded = parsed
            .videos
            .video
            .iter()
            .filter(|v| &v.sign_language == sl && v.status == VideoStatus::Recorded)
            .count();
        if recorded < steps {
            c.push(
                Severity::Warning,
                "W002",
                MANIFEST,
                Locator::Toml(p(&[&"sign_languages"])),
                format!("sign language '{sl}': {recorded} of {steps} step videos recorded"),
                None,
            );
        }
    }
}

/// Contacts: ids, sources, country codes, hours and time zones. Pathways: steps and texts.
/// Labels the help screens show for every contact kind and channel type.
pub const HELP_LABELS: &[&str] = &[
    "help-quick-exit",
    "help-verify",
    "help-fallback",
    "help-no-contact",
    "help-open-now",
    "help-closed-now",
    "help-hours-unknown",
    "help-opens-at",
    "help-closes-at",
    "help-always-open",
    "contact-kind-child_helpline",
    "contact-kind-csam_hotline",
    "contact-kind-police_cyber",
    "contact-kind-emergency",
    "contact-kind-online_harm_helpline",
    "contact-kind-deaf_support",
    "contact-kind-global_tool",
    "channel-phone",
    "channel-sms",
    "channel-whatsapp",
    "channel-chat",
    "channel-web",
    "channel-email",
    "channel-app",
    "channel-ussd",
    "channel-in_person",
];

fn check_help(c: &mut Checker, parsed: &Parsed) {
    if !parsed.contacts.is_empty() || !parsed.pathways.is_empty() {
        for id in HELP_LABELS {
            if !c.default_msgs.contains_key(*id) {
                c.push(
                    Severity::Error,
                    "E004",
                    MANIFEST,
                    Locator::File,
                    format!("message '{id}', which the help screens show, is missing in the default locale"),
                    None,
                );
            }
        }
    }
    let mut ids: HashMap<&str, &str> = HashMap::new();
    let mut index_in_file: HashMap<&str, usize> = HashMap::new();
    for (file, contact) in &parsed.contacts {
        let i = {
            let n = index_in_file.entry(file.as_str()).or_default();
            *n += 1;
            *n - 1
        };
        let at = |k: &str| p(&[&"contact", &i, &k]);
        if let Some(first) = ids.insert(contact.id.as_str(), file.as_str()) {
            c.push(
                Severity::Error,
                "E001",
                file,
                Locator::Toml(at("id")),
                format!(
                    "duplicate contact id '{}' (first used in {first})",
                    contact.id
                ),
                None,
            );
        }
        let cc = contact.country.as_str();
        if cc.len() != 2 || !cc.chars().all(|ch| ch.is_ascii_uppercase()) {
            c.push(
                Severity::Error,
                "E026",
                file,
                Locator::Toml(at("country")),
                format!("'{cc}' is not a two-letter country code (or EU, ZZ)"),
                None,
            );
        }
        if !(contact.source_url.starts_with("https://")
            || contact.source_url.starts_with("http://"))
            || contact.source_seen.trim().is_empty()
        {
            c.push(
                Severity::Error,
                "E025",
                file,
                Locator::Toml(at("source_url")),
                format!(
                    "contact '{}' needs a source URL and the date it was seen",
                    contact.id
                ),
                Some("never add a contact without its source".into()),
            );
        }
        if contact.channel.is_empty() {
            c.push(
                Severity::Warning,
                "W005",
                file,
                Locator::Toml(at("id")),
                format!(
                    "contact '{}' has no way to reach it; worldwide services are offered instead",
                    contact.id
                ),
                None,
            );
        }
        for text in [&contact.notes, &contact.accessibility]
            .into_iter()
            .flatten()
        {
            let lower = text.to_lowercase();
            let mut found: Vec<&str> = Vec::new();
            for (term, preferred) in AVOID_TERMS {
                // A shorter term inside one already reported ("child porn" in "child pornography") is not repeated.
                if lower.contains(term) && !found.iter().any(|f| f.contains(term)) {
                    found.push(term);
                    c.push(
                        Severity::Warning,
                        "W004",
                        file,
                        Locator::Toml(at("notes")),
                        format!("research notes use the term \"{term}\"; it is not shown to children, but prefer \"{preferred}\""),
                        None,
                    );
                }
            }
        }
        for (ci, ch) in contact.channel.iter().enumerate() {
            let at = |k: &str| p(&[&"contact", &i, &"channel", &ci, &k]);
            if let Some(hours) = &ch.hours {
                if let Err(e) = hours.parse::<opening_hours::OpeningHours>() {
                    c.push(
                        Severity::Error,
                        "E024",
                        file,
                        Locator::Toml(at("hours")),
                        format!("'{hours}' is not valid opening_hours syntax: {e}"),
                        None,
                    );
                }
                match &ch.timezone {
                    None => c.push(
                        Severity::Error,
                        "E024",
                        file,
                        Locator::Toml(at("hours")),
                        "hours need a time zone (IANA, e.g. Africa/Lusaka)".into(),
                        None,
                    ),
                    Some(tz) if tz.parse::<chrono_tz::Tz>().is_err() => c.push(
                        Severity::Error,
                        "E024",
                        file,
                        Locator::Toml(at("timezone")),
                        format!("'{tz}' is not an IANA time zone"),
                        None,
                    ),
                    Some(_) => {}
                }
            }
        }
    }
    let mut pathway_ids = HashSet::new();
    for (file, pw) in &parsed.pathways {
        if !pathway_ids.insert(pw.id.as_str()) {
            c.push(
                Severity::Error,
                "E001",
                file,
                Locator::Toml(p(&[&"id"])),
                format!("duplicate pathway id '{}'", pw.id),
                None,
            );
        }
        c.need_message(file, p(&[&"id"]), &ids::pathway_title(pw), None);
        let mut step_ids = HashSet::new();
        for (si, step) in pw.steps.iter().enumerate() {
            if !step_ids.insert(step.id.as_str()) {
                c.push(
                    Severity::Error,
                    "E001",
                    file,
                    Locator::Toml(p(&[&"steps", &si, &"id"])),
                    format!("duplicate step id '{}' in pathway '{}'", step.id, pw.id),
                    None,
                );
            }
            c.need_message(
                file,
                p(&[&"steps", &si, &"id"]),
                &ids::pathway_step(pw, step),
                None,
            );
            if let Some(pic) = &step.picture {
                c.need_picture(file, p(&[&"steps", &si, &"picture"]), pic);
            }
        }
    }
}

/// The compact `needs_recording` lists: known steps and sign languages, no duplicates.
fn check_video_lists(
    c: &mut Checker,
    parsed: &Parsed,
    seen: &HashMap<String, (&'static str, String)>,
) {
    let explicit: HashSet<(&str, &str)> = parsed
        .videos
        .video
        .iter()
        .map(|v| (v.step.as_str(), v.sign_language.as_str()))
        .collect();
    for (sl, steps) in &parsed.videos.needs_recording {
        if !parsed.manifest.sign_languages.contains(sl) {
            c.push(
                Severity::Error,
                "E017",
                super::VIDEOS,
                Locator::Toml(p(&[&"needs_recording", sl])),
                format!("sign language '{sl}' is not listed in pack.toml sign_languages"),
                None,
            );
        }
        let mut listed = HashSet::new();
        for (i, step) in steps.iter().enumerate() {
            let at = Locator::Toml(p(&[&"needs_recording", sl, &i]));
            if !matches!(seen.get(step), Some(("step", _))) {
                c.push(
                    Severity::Error,
                    "E016",
                    super::VIDEOS,
                    at,
                    format!("video for unknown step '{step}'"),
                    None,
                );
            } else if !listed.insert(step.as_str())
                || explicit.contains(&(step.as_str(), sl.as_str()))
            {
                c.push(
                    Severity::Error,
                    "E001",
                    super::VIDEOS,
                    at,
                    format!("two videos for step '{step}' in '{sl}'"),
                    None,
                );
            }
        }
    }
}
