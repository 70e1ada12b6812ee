//! The safety gate: every text a person can see is scanned with the locale's lexicon;
//! easy-read texts keep the safety sentences; texts fit the age band.

use rustc_hash::FxHashSet as HashSet;

use super::super::safety::{Category, Hit, LexiconFile, Piece, Rules, Token, base, fold, tokens};
use super::structure::{age_band, escape};
use super::texts::HIDDEN_ATTRIBUTES;
use super::*;

/// Largest window, in words, a pack's lexicon may use (patterns stay local, checks fast).
pub const MAX_WINDOW: usize = 12;

/// Folder of a pack's own lexicon files (`lexicon/<locale>.toml` in its sources,
/// `lexicon/<locale>.json` in a built pack).
pub const LEXICON_DIR: &str = "lexicon/";

/// A lexicon file of a pack's sources (TOML), nesting bounded before it is parsed.
#[cfg(feature = "authoring")]
fn toml_lexicon(text: &str) -> std::result::Result<LexiconFile, (Locator, String)> {
    // Nesting is bounded before parsing, so a deep file is an error, never a crash.
    if let Err(deep) = crate::content::scan::toml(text) {
        return Err((Locator::Span(deep.offset..deep.offset + 1), deep.message));
    }
    toml::from_str(text).map_err(|e| {
        (
            e.span().map(Locator::Span).unwrap_or(Locator::File),
            format!("lexicon TOML error: {}", e.message().trim_end()),
        )
    })
}

/// Without the `authoring` feature the library reads built packs only, whose lexicons
/// are JSON.
#[cfg(not(feature = "authoring"))]
fn toml_lexicon(_text: &str) -> std::result::Result<LexiconFile, (Locator, String)> {
    Err((
        Locator::File,
        "a built pack carries its lexicon as lexicon/<locale>.json; rebuild it with `safesteps pack build`"
            .into(),
    ))
}

/// A pack's lexicon additions, and the problems found reading them. A pack may add
/// entries; it can never remove, replace or relax a built-in one.
pub fn pack_lexicon(files: &PackFiles) -> (Vec<LexiconFile>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let base_ids: HashSet<&str> = base()
        .iter()
        .flat_map(|f| f.entry.iter().map(|e| e.id.as_str()))
        .collect();
    let mut bad = |file: &str, locator: Locator, message: String| {
        problems.push(Diagnostic {
            severity: Severity::Error,
            code: "E035",
            file: file.to_string(),
            locator,
            message,
            help: Some("see docs/content-format.md, \"Safety lexicon\"".into()),
        });
    };
    for path in files.paths(LEXICON_DIR, "").collect::<Vec<_>>() {
        let name = path.strip_prefix(LEXICON_DIR).unwrap_or(path);
        let (tag, json) = match (name.strip_suffix(".toml"), name.strip_suffix(".json")) {
            (Some(tag), _) if !tag.contains('/') => (tag, false),
            (_, Some(tag)) if !tag.contains('/') => (tag, true),
            _ => {
                bad(
                    path,
                    Locator::File,
                    "a lexicon file is named lexicon/<locale>.toml (lexicon/<locale>.json in a built pack)"
                        .into(),
                );
                continue;
            }
        };
        let text = match files.text(path) {
            Ok(t) => t,
            Err(e) => {
                bad(path, Locator::File, e.to_string());
                continue;
            }
        };
        let file = if json {
            match crate::content::built::json_file::<LexiconFile>(text) {
                Ok(f) => f,
                Err(message) => {
                    bad(path, Locator::File, message);
                    continue;
                }
            }
        } else {
            match toml_lexicon(text) {
                Ok(f) => f,
                Err((locator, message)) => {
                    bad(path, locator, message);
                    continue;
                }
            }
        };
        if !file.speaker.is_empty() {
            bad(
                path,
                Locator::Toml(p(&[&"speaker"])),
                "a pack cannot add speaker words: they would excuse quoted advice".into(),
            );
        }
        if file.negation.is_some() {
            // New negation markers would make built-in findings "negated": refused.
            bad(
                path,
                Locator::Toml(p(&[&"negation"])),
                "a pack cannot change the negation markers: they would relax built-in entries"
                    .into(),
            );
        }
        if file.locale != tag {
            bad(
                path,
                Locator::Toml(p(&[&"locale"])),
                format!(
                    "locale '{}' does not match the file name ({tag})",
                    escape(&file.locale)
                ),
            );
        }
        let mut ok = Vec::new();
        let mut ids = HashSet::default();
        for (i, e) in file.entry.iter().enumerate() {
            if base_ids.contains(e.id.as_str()) {
                bad(
                    path,
                    Locator::Toml(p(&[&"entry", &i, &"id"])),
                    format!(
                        "entry '{}' is built in; a pack can add entries but never replace or remove one",
                        escape(&e.id)
                    ),
                );
                continue;
            }
            if !ids.insert(e.id.as_str()) {
                bad(
                    path,
                    Locator::Toml(p(&[&"entry", &i, &"id"])),
                    format!("duplicate lexicon entry '{}'", escape(&e.id)),
                );
                continue;
            }
            let empty_pattern = e
                .phrases
                .iter()
                .chain(e.all.iter().flatten())
                .any(|w| fold(&w.replace('*', "")).is_empty());
            if (e.phrases.is_empty() && e.all.is_empty()) || empty_pattern || e.all.len() == 1 {
                bad(
                    path,
                    Locator::Toml(p(&[&"entry", &i])),
                    format!(
                        "entry '{}' needs phrases, or two or more word sets in `all`, none of them empty",
                        escape(&e.id)
                    ),
                );
                continue;
            }
            if e.window > MAX_WINDOW {
                bad(
                    path,
                    Locator::Toml(p(&[&"entry", &i, &"window"])),
                    format!("window {} is more than {MAX_WINDOW} words", e.window),
                );
                continue;
            }
            if e.negatable == Some(true) && e.category == Category::Term {
                bad(
                    path,
                    Locator::Toml(p(&[&"entry", &i, &"negatable"])),
                    "a discouraged term is never allowed, even negated".into(),
                );
                continue;
            }
            ok.push(e.clone());
        }
        out.push(LexiconFile {
            entry: ok,
            negation: None,
            speaker: Vec::new(),
            ..file
        });
    }
    (out, problems)
}

/// Code of a finding.
fn code_of(hit: &Hit<'_>) -> (&'static str, Severity) {
    match (hit.entry.category, hit.entry.warning) {
        (Category::Term, false) => ("E014", Severity::Error),
        (Category::Term, true) => ("W006", Severity::Warning),
        (Category::UnsafeAdvice, _) => ("E030", Severity::Error),
        (Category::VictimBlaming, _) => ("E031", Severity::Error),
        (Category::Plain, _) => ("W008", Severity::Warning),
        (Category::Keep, _) => ("", Severity::Warning),
    }
}

type Finding = (
    std::ops::Range<usize>,
    &'static str,
    Severity,
    String,
    Option<String>,
);

/// The findings of a text. `voice` says how the text is used; `part` which part of a
/// message it is (`None`: the value).
fn findings(
    rules: &Rules,
    hits: Vec<Hit<'_>>,
    toks: &[Token],
    source: &str,
    voice: Option<Voice>,
    part: Option<&str>,
    draft: Option<&str>,
) -> Vec<Finding> {
    hits.into_iter()
        .filter(|h| h.entry.category != Category::Keep && !h.negated)
        .filter(|h| h.entry.category != Category::Plain || part == Some("easy"))
        .scan(Vec::<(Category, std::ops::Range<usize>)>::new(), |seen, h| {
            // One finding per place: the English and the locale's entry for the same words
            // are reported once.
            let dup = seen
                .iter()
                .any(|(cat, r)| *cat == h.entry.category && r.start < h.tokens.end && h.tokens.start < r.end);
            seen.push((h.entry.category, h.tokens.clone()));
            Some((!dup).then_some(h))
        })
        .flatten()
        .filter(|h| {
            let voiced = matches!(h.entry.category, Category::UnsafeAdvice | Category::VictimBlaming)
                && match voice {
                    Some(Voice::WrongOption) => matches!(part, None | Some("easy")),
                    Some(Voice::FalseStatement) => matches!(part, None | Some("easy") | Some("hint")),
                    Some(Voice::Story) => {
                        h.quoted
                            && matches!(part, None | Some("easy"))
                            && rules.speaker_in_quote(toks, h.tokens.clone())
                    }
                    None => false,
                };
            !voiced
        })
        .map(|h| {
            let (code, severity) = code_of(&h);
            let span = toks[h.tokens.start].source_range().start..toks[h.tokens.end - 1].source_range().end;
            let excerpt = source.get(span.clone()).unwrap_or("");
            let mut message = format!(
                "{}: \"{}\" ({})",
                h.entry.category.label(),
                escape(excerpt),
                h.entry.id
            );
            if let Some(why) = h.entry.why.as_ref().or(h.entry.meaning.as_ref()) {
                message.push_str(&format!(": {why}"));
            }
            if let Some(tag) = draft {
                message.push_str(&format!(" [draft translation: {tag}]"));
            }
            let help = match (&h.entry.preferred, h.entry.category) {
                (Some(p), Category::Plain) => Some(format!("easy-read uses {p}")),
                (Some(p), _) => Some(format!("say \"{p}\"")),
                (None, Category::UnsafeAdvice) => Some(
                    "say what to do instead (tell a trusted adult, report, block); a negated form such as \"do not ...\" is allowed"
                        .into(),
                ),
                (None, Category::VictimBlaming) => Some("say it is never the child's fault".into()),
                _ => None,
            };
            (span, code, severity, message, help)
        })
        .collect()
}

/// Scan every message of every locale (values and attributes; never the hidden author
/// marks), and every text of the help data that people see.
pub(super) fn check_texts(c: &mut Checker) {
    let mut out: Vec<(&str, Finding)> = Vec::new();
    for (li, lt) in c.texts.iter().enumerate() {
        let draft = lt.draft.then_some(lt.tag.as_str());
        let rules = c.rules(li);
        for m in &lt.all {
            let voice = match c.voices.get(m.id) {
                // A wrong option may voice an unsafe idea only next to its correction.
                // and that correction says no ("No.", "نہیں۔", "Cha.").
                Some(Voice::WrongOption)
                    if m.tokens(Some("feedback")).is_empty()
                        || rules.negations_in(&m.tokens(Some("feedback"))) == 0 =>
                {
                    None
                }
                v => v.copied(),
            };
            for (attr, _) in m.parts() {
                if attr.is_some_and(|a| HIDDEN_ATTRIBUTES.contains(&a)) {
                    continue;
                }
                let hits = m.hits(attr, &rules);
                let found = findings(&rules, hits, &m.tokens(attr), m.source, voice, attr, draft);
                out.extend(found.into_iter().map(|f| (m.file, f)));
                // Words assembled from referenced messages: findings the message's own
                // words and the referenced words make together.
                if let Some(toks) = lt.resolved_tokens(m, attr) {
                    let hits: Vec<Hit<'_>> = rules
                        .scan(&toks)
                        .into_iter()
                        .filter(|h| {
                            // Inside one referenced message: reported where it is written.
                            let part = &toks[h.tokens.clone()];
                            let first = &part[0].span;
                            let inside_one =
                                part.iter().all(|t| t.span.is_empty() && t.span == *first);
                            part.iter().any(|t| t.span.is_empty()) && !inside_one
                        })
                        .collect();
                    let found = findings(&rules, hits, &toks, m.source, voice, attr, draft);
                    out.extend(found.into_iter().map(|f| (m.file, f)));
                }
            }
        }
    }
    let out: Vec<(String, Finding)> = out.into_iter().map(|(f, x)| (f.to_string(), x)).collect();
    for (file, (span, code, severity, message, help)) in out {
        c.push(severity, code, &file, Locator::Span(span), message, help);
    }
}

/// Scan a list of `(field, text, TOML path)` of one data file (contact organisations,
/// notes shown to people) with the rules of every locale.
pub(super) fn check_fields(
    c: &mut Checker,
    file: &str,
    fields: &[(&str, Option<&str>, Vec<String>)],
) {
    for (_, text, path) in fields {
        let Some(text) = text else { continue };
        let toks = tokens(&[Piece::Text(0, text)]);
        let out = findings(
            &c.any_rules,
            c.any_rules.scan(&toks),
            &toks,
            text,
            None,
            None,
            None,
        );
        for (_, code, severity, message, help) in out {
            c.push(
                severity,
                code,
                file,
                Locator::Toml(path.clone()),
                message,
                help,
            );
        }
    }
}

/// Safety sentences: the lines (or sentences) of a message's `.safety` attribute.
fn safety_sentences(m: &texts::Msg<'_>) -> Vec<(String, Vec<String>)> {
    let plain = m.plain(Some("safety"));
    let mut out = Vec::new();
    for line in plain.lines() {
        let toks = tokens(&[Piece::Text(0, line)]);
        let mut start = 0;
        while start < toks.len() {
            let s = toks[start].sentence;
            let end = toks[start..]
                .iter()
                .position(|t| t.sentence != s)
                .map_or(toks.len(), |k| start + k);
            let words: Vec<String> = toks[start..end]
                .iter()
                .map(|t| t.word.to_string())
                .collect();
            let shown = line
                .get(toks[start].source_range().start..toks[end - 1].source_range().end)
                .unwrap_or("")
                .to_string();
            out.push((shown, words));
            start = end;
        }
    }
    out
}

fn contains_words(toks: &[Token], words: &[String]) -> bool {
    !words.is_empty()
        && toks
            .windows(words.len())
            .any(|w| w.iter().zip(words).all(|(t, x)| *t.word == **x))
}

fn keep_ids(hits: Vec<Hit<'_>>) -> Vec<(String, Option<String>)> {
    let mut ids: Vec<(String, Option<String>)> = hits
        .into_iter()
        .filter(|h| h.entry.category == Category::Keep)
        .map(|h| (h.entry.id.clone(), h.entry.meaning.clone()))
        .collect();
    ids.dedup();
    ids
}

/// Easy-read keeps every safety sentence: those an author marks in `.safety`, and the
/// safety messages of the lexicon that the full text has. Easy-read should also use
/// simpler words, not only fewer.
pub(super) fn check_easy_read(c: &mut Checker) {
    let default_marks: HashMap<String, usize> = c
        .default
        .map(|d| {
            c.texts[d]
                .all
                .iter()
                .filter(|m| m.part(Some("safety")).is_some())
                .map(|m| (m.id.to_string(), safety_sentences(m).len()))
                .collect()
        })
        .unwrap_or_default();
    let mut found = Vec::new();
    for (li, lt) in c.texts.iter().enumerate() {
        let draft = if lt.draft {
            format!(" [draft translation: {}]", lt.tag)
        } else {
            String::new()
        };
        let rules = c.rules(li);
        for m in &lt.all {
            let easy = m.part(Some("easy")).map(|_| m.tokens(Some("easy")));
            let full = m.tokens(None);
            let marks = safety_sentences(m);
            let is_default = Some(li) == c.default;
            if m.part(Some("safety")).is_some() {
                if marks.is_empty() {
                    found.push((
                        "E033",
                        Severity::Error,
                        m.file,
                        m.span_of(Some("safety")),
                        format!("'{}.safety' marks no sentence{draft}", m.id),
                    ));
                }
                for (shown, words) in &marks {
                    if !contains_words(&full, words) {
                        found.push((
                            "E033",
                            Severity::Error,
                            m.file,
                            m.span_of(Some("safety")),
                            format!(
                                "safety sentence \"{}\" is not in the text of '{}'{draft}",
                                escape(shown),
                                m.id
                            ),
                        ));
                    }
                    if let Some(e) = &easy
                        && !contains_words(e, words)
                    {
                        found.push((
                            "E032",
                            Severity::Error,
                            m.file,
                            m.span_of(Some("easy")),
                            format!(
                                "easy-read text of '{}' drops the safety sentence \"{}\"{draft}",
                                m.id,
                                escape(shown)
                            ),
                        ));
                    }
                }
            }
            if !is_default
                && easy.is_some()
                && let Some(&n) = default_marks.get(m.id)
                && marks.len() != n
            {
                found.push((
                    "E051",
                    Severity::Error,
                    m.file,
                    m.id_span.clone(),
                    format!(
                        "'{}' marks {} safety sentence(s) in the default locale and {} here; mark the same sentences in '.safety'{draft}",
                        m.id,
                        n,
                        marks.len()
                    ),
                ));
            }
            let Some(easy) = easy else { continue };
            let in_full = keep_ids(m.hits(None, &rules));
            let in_easy = keep_ids(m.hits(Some("easy"), &rules));
            for (id, meaning) in in_full {
                if !in_easy.iter().any(|(e, _)| *e == id) {
                    found.push((
                        "E034",
                        Severity::Error,
                        m.file,
                        m.span_of(Some("easy")),
                        format!(
                            "easy-read text of '{}' drops a safety message the full text has: \"{}\" ({id}){draft}",
                            m.id,
                            meaning.as_deref().unwrap_or("")
                        ),
                    ));
                }
            }
            if lt.tag == "en" && !easy.is_empty() && !full.is_empty() {
                // Easy-read is shorter and brings in no long word the full text does not have.
                let new_long = easy.iter().any(|w| {
                    w.word.chars().count() >= 10 && !full.iter().any(|f| f.word == w.word)
                });
                if easy.len() > full.len() || new_long {
                    found.push((
                        "W007",
                        Severity::Warning,
                        m.file,
                        m.span_of(Some("easy")),
                        format!("easy-read text of '{}' is not simpler than the full text: use fewer, shorter, common words", m.id),
                    ));
                }
            }
        }
    }
    for (code, severity, file, span, message) in found {
        let help = match code {
            "E032" | "E034" => Some(
                "easy-read is shorter, never less safe: keep the sentence, in simple words".into(),
            ),
            "E033" => Some("each line of '.safety' is a sentence copied from the text".into()),
            _ => None,
        };
        c.push(severity, code, file, Locator::Span(span), message, help);
    }
}

/// Longest texts, in words, by age band: `(oldest age, full text, easy-read)`.
pub const LENGTH_LIMITS: &[(u8, usize, usize)] = &[(9, 80, 45), (14, 110, 60), (17, 140, 80)];
/// Longest texts for caregivers and teachers.
pub const ADULT_LIMIT: (usize, usize) = (200, 100);

/// Text length limits per age band (default locale; translations get half as many words
/// again, since languages differ in word length).
pub(super) fn check_lengths(c: &mut Checker, parsed: &Parsed) {
    let mut found = Vec::new();
    for (_, module) in &parsed.modules {
        let (full_max, easy_max, band) = match module.ages.as_deref().and_then(age_band) {
            Some((_, to)) if module.audience == Audience::Child => {
                let (_, f, e) = LENGTH_LIMITS
                    .iter()
                    .find(|(max, _, _)| to <= *max)
                    .copied()
                    .unwrap_or(LENGTH_LIMITS[LENGTH_LIMITS.len() - 1]);
                (
                    f,
                    e,
                    format!("ages {}", module.ages.as_deref().unwrap_or("")),
                )
            }
            _ => (ADULT_LIMIT.0, ADULT_LIMIT.1, "adults".to_string()),
        };
        let steps = module.lessons.iter().flat_map(|l| &l.steps).chain(
            module
                .knowledge_check
                .iter()
                .flat_map(|k| k.pre.iter().chain(&k.post)),
        );
        for step in steps {
            let id = ids::step_text(step);
            for (li, lt) in c.texts.iter().enumerate() {
                let Some(m) = lt.get(&id) else { continue };
                let factor = if Some(li) == c.default { 1.0 } else { 1.5 };
                for (attr, max) in [(None, full_max), (Some("easy"), easy_max)] {
                    let n = m.tokens(attr).len();
                    let max = (max as f64 * factor) as usize;
                    if m.part(attr).is_some() && n > max {
                        found.push((
                            m.file,
                            m.span_of(attr),
                            format!(
                                "{}'{}{}' has {n} words; texts for {band} have at most {max}{}",
                                if attr.is_some() {
                                    "easy-read text of "
                                } else {
                                    ""
                                },
                                m.id,
                                attr.map(|a| format!(".{a}")).unwrap_or_default(),
                                if lt.draft {
                                    format!(" [draft translation: {}]", lt.tag)
                                } else {
                                    String::new()
                                }
                            ),
                        ));
                    }
                }
            }
        }
    }
    for (file, span, message) in found {
        c.push(
            Severity::Error,
            "E044",
            file,
            Locator::Span(span),
            message,
            Some("split the step, or say it in fewer words".into()),
        );
    }
}
