//! Locales and messages: coverage, syntax, duplicates, translation safety.

use rustc_hash::FxHashMap as HashMap;

use super::structure::escape;
use super::*;

/// Duplicate message ids (in any locale) and empty texts (empty alt text included).
pub(super) fn check_messages(c: &mut Checker) {
    let mut found = Vec::new();
    for lt in &c.texts {
        let draft = if lt.draft {
            format!(" [draft translation: {}]", lt.tag)
        } else {
            String::new()
        };
        for (i, m) in lt.all.iter().enumerate() {
            let first = lt.by_id[m.id];
            if first != i {
                found.push((
                    "E036",
                    m.file,
                    m.id_span.clone(),
                    format!(
                        "message '{}' is defined twice in locale '{}' (first in {}){draft}",
                        m.id, lt.tag, lt.all[first].file
                    ),
                    Some(
                        "a duplicate id makes the whole locale fail to load: remove or rename one"
                            .to_string(),
                    ),
                ));
            }
            for (attr, _) in m.parts() {
                if m.tokens(attr).is_empty() {
                    let what = match attr {
                        Some("alt") => "alt text".to_string(),
                        Some(a) => format!("'.{a}'"),
                        None => "text".to_string(),
                    };
                    found.push((
                        "E037",
                        m.file,
                        m.span_of(attr),
                        format!("empty {what} in message '{}'{draft}", m.id),
                        Some(if attr == Some("alt") {
                            "describe the picture for someone who cannot see it".to_string()
                        } else {
                            "write the text, or remove the attribute".to_string()
                        }),
                    ));
                }
            }
        }
    }
    for (code, file, span, message, help) in found {
        c.push(
            Severity::Error,
            code,
            file,
            Locator::Span(span),
            message,
            help,
        );
    }
}

/// Numbers (folded to ASCII digits) and URLs of a text, sorted.
fn numbers_and_urls(m: &texts::Msg<'_>, attr: Option<&str>) -> (Vec<String>, Vec<String>) {
    let mut numbers: Vec<String> = m
        .tokens(attr)
        .iter()
        .filter(|t| t.word.chars().all(|ch| ch.is_ascii_digit()))
        .map(|t| t.word.to_string())
        .collect();
    numbers.sort();
    let linked = m
        .tokens(attr)
        .iter()
        .any(|t| matches!(&*t.word, "http" | "https" | "www"));
    if !linked {
        return (numbers, Vec::new());
    }
    let plain = m.plain(attr);
    let mut urls: Vec<String> = plain
        .split(|ch: char| ch.is_whitespace())
        .filter(|w| w.contains("://") || w.starts_with("www."))
        .map(|w| {
            let start = w.find("http").or_else(|| w.find("www.")).unwrap_or(0);
            w[start..]
                .trim_end_matches(|ch: char| !ch.is_alphanumeric() && ch != '/')
                .to_string()
        })
        .collect();
    urls.sort();
    (numbers, urls)
}

/// Translation safety: true/false labels, option messages, numbers, URLs and negation
/// compared with the default locale.
pub(super) fn check_translations(c: &mut Checker) {
    let Some(d) = c.default else { return };
    // What each default-locale text says, computed once for every translation:
    // numbers, URLs and how many sentences negate a warning.
    type Facts = (Vec<String>, Vec<String>, usize);
    let mut facts: HashMap<(&str, Option<&str>), Facts> = HashMap::default();
    let default_rules = c.rules(d);
    for m in &c.texts[d].all {
        // Only texts some translation has are compared (a pack of one locale keeps none).
        let translated = c
            .texts
            .iter()
            .enumerate()
            .any(|(li, lt)| li != d && lt.by_id.contains_key(m.id));
        if !translated {
            continue;
        }
        for (attr, _) in m.parts() {
            if attr.is_some_and(|a| texts::HIDDEN_ATTRIBUTES.contains(&a)) {
                continue;
            }
            let (n, u) = numbers_and_urls(m, attr);
            let toks = m.tokens(attr);
            let mut sentences: Vec<u32> = m
                .hits(attr, &default_rules)
                .into_iter()
                .filter(|h| h.negated)
                .map(|h| toks[h.tokens.start].sentence)
                .collect();
            sentences.dedup();
            facts.insert((m.id, attr), (n, u, sentences.len()));
        }
    }
    let mut found: Vec<(&'static str, &str, std::ops::Range<usize>, String)> = Vec::new();
    for (li, lt) in c.texts.iter().enumerate() {
        let draft = if lt.draft {
            format!(" [draft translation: {}]", lt.tag)
        } else {
            String::new()
        };
        // The same true and false labels on every true/false question of a locale.
        let mut labels: [Option<(String, &str)>; 2] = [None, None];
        for (_, t, f) in &c.true_false {
            for (k, id) in [t, f].into_iter().enumerate() {
                let Some(m) = lt.get(id) else { continue };
                let words: Vec<String> =
                    m.tokens(None).iter().map(|t| t.word.to_string()).collect();
                let label = words.join(" ");
                match &labels[k] {
                    None => labels[k] = Some((label, m.id)),
                    Some((first, first_id)) if *first != label => found.push((
                        "E047",
                        m.file,
                        m.span_of(None),
                        format!(
                            "true/false label \"{}\" of '{}' differs from \"{}\" of '{first_id}'{draft}",
                            escape(&m.plain(None)),
                            m.id,
                            escape(first)
                        ),
                    )),
                    _ => {}
                }
            }
        }
        if let [Some((t, tid)), Some((f, _))] = &labels
            && t == f
            && let Some(m) = lt.get(tid)
        {
            found.push((
                "E047",
                m.file,
                m.span_of(None),
                format!(
                    "the true and false labels are the same (\"{}\"){draft}",
                    escape(t)
                ),
            ));
        }
        if li == d {
            continue;
        }
        // A question's options are translated together, or not at all.
        for (q, options) in &c.questions {
            let have: Vec<&String> = options.iter().filter(|o| lt.get(o).is_some()).collect();
            if !have.is_empty() && have.len() < options.len() {
                let missing: Vec<&str> = options
                    .iter()
                    .filter(|o| lt.get(o).is_none())
                    .map(String::as_str)
                    .collect();
                if let Some(m) = lt.get(have[0]) {
                    found.push((
                        "E050",
                        m.file,
                        m.id_span.clone(),
                        format!(
                            "question '{q}' has {} of {} options translated; missing: {}{draft}",
                            have.len(),
                            options.len(),
                            missing.join(", ")
                        ),
                    ));
                }
            }
        }
        // Compiled when first needed (see `Checker::rules`).
        let mut rules: Option<std::sync::Arc<crate::content::safety::Rules>> = None;
        for m in &lt.all {
            for (attr, _) in m.parts() {
                let Some((n1, u1, negated)) = facts.get(&(m.id, attr)) else {
                    continue;
                };
                let (n2, u2) = numbers_and_urls(m, attr);
                let shown = format!(
                    "{}{}",
                    m.id,
                    attr.map(|a| format!(".{a}")).unwrap_or_default()
                );
                if *n1 != n2 {
                    found.push((
                        "E048",
                        m.file,
                        m.span_of(attr),
                        format!(
                            "'{shown}' has the numbers [{}] but the default locale has [{}]{draft}",
                            n2.join(", "),
                            n1.join(", ")
                        ),
                    ));
                }
                if *u1 != u2 {
                    found.push((
                        "E048",
                        m.file,
                        m.span_of(attr),
                        format!(
                            "'{shown}' links to [{}] but the default locale links to [{}]{draft}",
                            u2.iter().map(|u| escape(u)).collect::<Vec<_>>().join(", "),
                            u1.iter().map(|u| escape(u)).collect::<Vec<_>>().join(", ")
                        ),
                    ));
                }
                // "Do not pay" must stay negated: as many negations as the default's
                // negated warnings, where the locale defines its markers.
                if *negated > 0 && rules.get_or_insert_with(|| c.rules(li)).has_markers() {
                    let rules = rules.get_or_insert_with(|| c.rules(li));
                    let have = rules.negations_in(&m.tokens(attr));
                    if have < *negated {
                        found.push((
                            "E049",
                            m.file,
                            m.span_of(attr),
                            format!(
                                "'{shown}' has {have} negation(s) but the default locale negates {negated} warning(s) (\"do not ...\"){draft}"
                            ),
                        ));
                    }
                }
            }
        }
    }
    for (code, file, span, message) in found {
        c.push(
            Severity::Error,
            code,
            file,
            Locator::Span(span),
            message,
            None,
        );
    }
}

/// Coverage of translations and of sign-language videos, as warnings.
pub(super) fn check_coverage(c: &mut Checker, parsed: &Parsed) {
    let default = &parsed.manifest.default_locale;
    let total = c.default_msgs.parts.len();
    let mut short = Vec::new();
    for entry in &parsed.manifest.locales {
        if &entry.tag == default || total == 0 {
            continue;
        }
        let Some(lt) = c.texts.iter().find(|t| t.tag == entry.tag) else {
            continue;
        };
        let have = message_index(lt);
        let present = c
            .default_msgs
            .parts
            .iter()
            .filter(|p| have.parts.contains(*p))
            .count();
        if present < total {
            short.push((entry.tag.clone(), present));
        }
    }
    for (tag, present) in short {
        c.push(
            Severity::Warning,
            "W001",
            MANIFEST,
            Locator::Toml(p(&[&"locales"])),
            format!(
                "locale '{tag}' has {present} of {total} texts ({}%); the rest falls back to '{default}'",
                present * 100 / total
            ),
            None,
        );
    }
    // Sign-language video coverage (W002, W012): validate/slots.rs.
}
