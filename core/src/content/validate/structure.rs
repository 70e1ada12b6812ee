//! Modules, lessons, steps, questions and prerequisites.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::*;

/// Ids claimed so far: id -> (what, first file).
pub(super) type Seen = HashMap<String, (&'static str, String)>;

/// Sign languages (ISO 639-3 codes whose language is a sign language) a pack may name.
/// Closed list; extend it here with the code's SIL registration when a pack needs one.
pub const SIGN_LANGUAGES: &[&str] = &[
    "aed", "aen", "afg", "ase", "asf", "asp", "asq", "asw", "bfi", "bfk", "bog", "bqn", "bqy",
    "bvl", "bzs", "cds", "csc", "csd", "cse", "csf", "csg", "csl", "csn", "csq", "csr", "doq",
    "dse", "dsl", "ecs", "esl", "esn", "eso", "eth", "fcs", "fse", "fsl", "fss", "gds", "gse",
    "gsg", "gsm", "gss", "gus", "hab", "haf", "hds", "hks", "hos", "hps", "hsh", "hsl", "icl",
    "iks", "ils", "inl", "ins", "ise", "isg", "isr", "jcs", "jhs", "jls", "jos", "jsl", "jus",
    "kgi", "kvk", "lbs", "lls", "lsl", "lso", "lsp", "lst", "lsy", "ltg", "mdl", "mfs", "mre",
    "msd", "msr", "mzc", "mzg", "mzy", "nbs", "ncs", "nsi", "nsl", "nsp", "nsr", "nzs", "okl",
    "pgz", "pks", "prl", "prz", "psc", "psd", "psg", "psl", "pso", "psp", "psr", "pys", "rms",
    "rsl", "rsm", "sdl", "sfb", "sfs", "sgg", "sgx", "slf", "sls", "sqk", "sqs", "ssp", "ssr",
    "svk", "swl", "syy", "tse", "tsm", "tsq", "tss", "tsy", "tza", "ugn", "ugy", "ukl", "uks",
    "vgt", "vsi", "vsl", "vsv", "xki", "xml", "xms", "ygs", "yhs", "ysl", "zib", "zsl",
];

/// Age range SafeSteps teaches (child modules must fit inside it).
pub const AGES: std::ops::RangeInclusive<u8> = 6..=17;

/// Parse an age band `"6-9"`.
pub fn age_band(s: &str) -> Option<(u8, u8)> {
    let (a, b) = s.trim().split_once('-')?;
    let a: u8 = a.trim().parse().ok()?;
    let b: u8 = b.trim().parse().ok()?;
    (AGES.contains(&a) && AGES.contains(&b) && a <= b).then_some((a, b))
}

fn mastery_ok(t: f64) -> bool {
    t > 0.0 && t <= 1.0
}

/// The manifest: locale tags, sign-language codes, mastery threshold.
pub(super) fn check_manifest(c: &mut Checker, parsed: &Parsed) {
    let m = &parsed.manifest;
    if !mastery_ok(m.mastery_threshold) {
        c.push(
            Severity::Error,
            "E043",
            MANIFEST,
            Locator::Toml(p(&[&"mastery_threshold"])),
            format!("mastery_threshold {} is not in (0, 1]", m.mastery_threshold),
            Some("a share of the quiz score, e.g. 0.8".into()),
        );
    }
    for (i, sl) in m.sign_languages.iter().enumerate() {
        if !SIGN_LANGUAGES.contains(&sl.as_str()) {
            c.push(
                Severity::Error,
                "E040",
                MANIFEST,
                Locator::Toml(p(&[&"sign_languages", &i])),
                format!("'{}' is not an ISO 639-3 sign-language code", escape(sl)),
                Some("e.g. pks (Pakistan), sfs (South Africa), zsl (Zambia), bfi (British), ase (American)".into()),
            );
        }
    }
    let mut tags = HashSet::default();
    for (i, l) in m.locales.iter().enumerate() {
        let canonical = crate::l10n::parse_locale(&l.tag)
            .map(|id| id.to_string())
            .ok();
        if canonical.as_deref() != Some(l.tag.as_str()) {
            c.push(
                Severity::Error,
                "E041",
                MANIFEST,
                Locator::Toml(p(&[&"locales", &i, &"tag"])),
                match canonical {
                    Some(t) => format!(
                        "locale tag '{}' is not in canonical form; write '{t}'",
                        escape(&l.tag)
                    ),
                    None => format!("'{}' is not a BCP 47 language tag", escape(&l.tag)),
                },
                None,
            );
        }
        if !tags.insert(l.tag.as_str()) {
            c.push(
                Severity::Error,
                "E041",
                MANIFEST,
                Locator::Toml(p(&[&"locales", &i, &"tag"])),
                format!("locale '{}' is listed twice", escape(&l.tag)),
                None,
            );
        }
    }
    let folders: HashSet<&str> = c
        .files
        .paths("locales/", ".ftl")
        .filter_map(|f| f.strip_prefix("locales/")?.split('/').next())
        .collect();
    let mut folders: Vec<&str> = folders.into_iter().collect();
    folders.sort();
    for f in folders {
        if !tags.contains(f) {
            c.push(
                Severity::Error,
                "E041",
                MANIFEST,
                Locator::Toml(p(&[&"locales"])),
                format!("locales/{}/ has texts but '{}' is not listed in [[locales]], so they are never checked", escape(f), escape(f)),
                Some("list the locale with its review status, or remove the folder".into()),
            );
        }
    }
}

/// Escape and shorten a piece of input quoted in a message.
pub(super) fn escape(s: &str) -> String {
    let short: String = s.chars().take(60).collect();
    let mut out = short.escape_debug().to_string();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// Modules, lessons, steps, questions, knowledge checks and badges. Returns the ids seen.
pub(super) fn check_modules(c: &mut Checker, parsed: &Parsed) -> Seen {
    let mut seen: Seen = HashMap::default();
    let claim = |seen: &mut Seen,
                 c: &mut Checker,
                 what: &'static str,
                 id: &str,
                 file: &str,
                 path: Vec<String>| {
        if let Some((_, first)) = seen.get(id) {
            c.push(
                Severity::Error,
                "E001",
                file,
                Locator::Toml(path),
                format!(
                    "duplicate {what} id '{}' (first used in {first})",
                    escape(id)
                ),
                None,
            );
        } else {
            seen.insert(id.to_string(), (what, file.to_string()));
        }
    };
    let module_ids: HashSet<&str> = parsed.modules.iter().map(|(_, m)| m.id.as_str()).collect();
    let pathway_ids: HashSet<&str> = parsed.pathways.iter().map(|(_, p)| p.id.as_str()).collect();
    for (file, module) in &parsed.modules {
        claim(&mut seen, c, "module", &module.id, file, p(&[&"id"]));
        for (pi, pre) in module.prerequisites.iter().enumerate() {
            if !module_ids.contains(pre.as_str()) {
                c.push(
                    Severity::Error,
                    "E002",
                    file,
                    Locator::Toml(p(&[&"prerequisites", &pi])),
                    format!("unknown prerequisite module '{}'", escape(pre)),
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
        match (&module.ages, module.audience) {
            (None, Audience::Child) => c.push(
                Severity::Error,
                "E011",
                file,
                Locator::Toml(p(&[&"audience"])),
                "a child module needs an age band (ages = \"6-9\")".into(),
                None,
            ),
            (Some(a), _) if age_band(a).is_none() => c.push(
                Severity::Error,
                "E039",
                file,
                Locator::Toml(p(&[&"ages"])),
                format!(
                    "age band '{}' is not 'FROM-TO' with {} <= FROM <= TO <= {}",
                    escape(a),
                    AGES.start(),
                    AGES.end()
                ),
                Some("e.g. ages = \"10-14\"".into()),
            ),
            _ => {}
        }
        if let Some(t) = module.mastery_threshold
            && !mastery_ok(t)
        {
            c.push(
                Severity::Error,
                "E043",
                file,
                Locator::Toml(p(&[&"mastery_threshold"])),
                format!("mastery_threshold {t} is not in (0, 1]"),
                None,
            );
        }
        if let Some(badge) = &module.badge {
            let name = format!("{}-badge", module.id);
            c.need_picture(file, p(&[&"badge"]), badge);
            c.need_message(file, p(&[&"badge"]), &name, None);
            c.need_message(file, p(&[&"badge"]), &name, Some("alt"));
        }
        if module.lessons.is_empty() {
            c.push(
                Severity::Error,
                "E042",
                file,
                Locator::Toml(p(&[&"id"])),
                format!("module '{}' has no lessons", escape(&module.id)),
                None,
            );
        }
        if let Some(kc) = &module.knowledge_check {
            if kc.pre.is_empty() {
                c.push(
                    Severity::Error,
                    "E045",
                    file,
                    Locator::Toml(p(&[&"knowledge_check"])),
                    "a knowledge check needs at least one question in `pre`".into(),
                    None,
                );
            }
            if !kc.post.is_empty() && kc.post.len() != kc.pre.len() {
                c.push(
                    Severity::Error,
                    "E045",
                    file,
                    Locator::Toml(p(&[&"knowledge_check", &"post"])),
                    format!(
                        "the knowledge check has {} questions before and {} after; learning gain needs the same number",
                        kc.pre.len(),
                        kc.post.len()
                    ),
                    None,
                );
            }
            for (phase, list) in [("pre", &kc.pre), ("post", &kc.post)] {
                for (qi, step) in list.iter().enumerate() {
                    let base = p(&[&"knowledge_check", &phase, &qi]);
                    let at = |k: &str| {
                        let mut v = base.clone();
                        v.push(k.to_string());
                        v
                    };
                    claim(&mut seen, c, "question", &step.id, file, at("id"));
                    c.need_message(file, at("id"), &ids::step_text(step), None);
                    if step.kind != StepKind::Quiz || step.question.is_none() {
                        c.push(
                            Severity::Error,
                            "E045",
                            file,
                            Locator::Toml(at("kind")),
                            format!(
                                "knowledge-check question '{}' must be a quiz step with a [question]",
                                escape(&step.id)
                            ),
                            None,
                        );
                    }
                    check_question_at(c, file, step, base.clone(), false);
                }
            }
        }
        for (li, lesson) in module.lessons.iter().enumerate() {
            claim(
                &mut seen,
                c,
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
            if lesson.steps.is_empty() {
                c.push(
                    Severity::Error,
                    "E042",
                    file,
                    Locator::Toml(p(&[&"lessons", &li, &"id"])),
                    format!("lesson '{}' has no steps", escape(&lesson.id)),
                    None,
                );
            }
            for (si, step) in lesson.steps.iter().enumerate() {
                let at = |k: &str| p(&[&"lessons", &li, &"steps", &si, &k]);
                claim(&mut seen, c, "step", &step.id, file, at("id"));
                let text = ids::step_text(step);
                c.need_message(file, at("id"), &text, None);
                if matches!(step.kind, StepKind::Story | StepKind::Scenario) {
                    c.voices.insert(text.clone(), Voice::Story);
                }
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
                        format!("audio '{}' is not in the pack", escape(audio)),
                        None,
                    );
                }
                if step.kind == StepKind::Pathway && step.pathway.is_none() {
                    c.push(
                        Severity::Error,
                        "E009",
                        file,
                        Locator::Toml(at("kind")),
                        format!("pathway step '{}' names no pathway", escape(&step.id)),
                        Some("add pathway = \"<pathway id>\"".into()),
                    );
                }
                if let Some(pw) = &step.pathway
                    && !pathway_ids.contains(pw.as_str())
                {
                    c.push(
                        Severity::Error,
                        "E028",
                        file,
                        Locator::Toml(at("pathway")),
                        format!("unknown pathway '{}'", escape(pw)),
                        None,
                    );
                }
                check_question(c, file, step, li, si);
            }
        }
    }
    seen
}

pub(super) fn check_question(c: &mut Checker, file: &str, step: &StepDef, li: usize, si: usize) {
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
    check_question_at(c, file, step, p(&[&"lessons", &li, &"steps", &si]), true);
}

/// Rules for a question's options, wherever the question is (`base` is its TOML path).
fn check_question_at(
    c: &mut Checker,
    file: &str,
    step: &StepDef,
    base: Vec<String>,
    in_lesson: bool,
) {
    let at = |k: &[&dyn ToString]| {
        let mut v = base.clone();
        v.extend(p(k));
        v
    };
    let Some(q) = &step.question else { return };
    let mut opt_ids = HashSet::default();
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
        if in_lesson {
            // Knowledge checks give no feedback; lesson questions give it for every option.
            if !c.default_msgs.has(&text, "feedback") {
                c.push(
                    Severity::Error,
                    "E038",
                    file,
                    Locator::Toml(at(&[&"question", &"options", &oi, &"id"])),
                    format!("option '{}' of question '{}' has no feedback: add '.feedback' to message '{text}'", escape(&o.id), escape(&step.id)),
                    Some("say why the answer is right or wrong".into()),
                );
            }
            if !o.correct && q.kind != QuestionKind::Ordering && q.kind != QuestionKind::TrueFalse {
                c.voices.insert(text.clone(), Voice::WrongOption);
            }
        }
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
    let stem = ids::step_text(step);
    c.questions.push((
        stem.clone(),
        q.options
            .iter()
            .map(|o| ids::option_text(step, o))
            .collect(),
    ));
    if q.kind == QuestionKind::TrueFalse {
        let t = q.options.iter().find(|o| o.id == "true");
        let f = q.options.iter().find(|o| o.id == "false");
        match (t, f) {
            (Some(t), Some(f)) if q.options.len() == 2 => {
                c.true_false.push((
                    stem.clone(),
                    ids::option_text(step, t),
                    ids::option_text(step, f),
                ));
                if f.correct && !t.correct {
                    c.voices.insert(stem.clone(), Voice::FalseStatement);
                }
            }
            _ => c.push(
                Severity::Error,
                "E047",
                file,
                Locator::Toml(at(&[&"question", &"options"])),
                format!(
                    "true/false question '{}' needs exactly two options with ids \"true\" and \"false\"",
                    escape(&step.id)
                ),
                Some("the ids keep the labels the same in every locale".into()),
            ),
        }
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

pub(super) fn check_cycles(c: &mut Checker, parsed: &Parsed) {
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
    let mut marks: HashMap<&str, Mark> = HashMap::default();
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
