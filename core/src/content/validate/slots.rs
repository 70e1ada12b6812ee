//! Video slots and pictures wherever a child must understand something, the key screens'
//! instructions, the character bible, and easy-read readability.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::super::readability::{self, Measure};
use super::super::slots::{self, KEY_SCREENS, SlotKind};
use super::super::{CHARACTERS, SCREENS, VIDEOS};
use super::structure::{SIGN_LANGUAGES, age_band, escape};
use super::texts::HIDDEN_ATTRIBUTES;
use super::*;

/// Easy-read limits for ages 6-9 in English, over a module's easy-read texts (see
/// decision 0020): words per sentence, letters per word, syllables per word.
pub const EASY_6_9_LIMITS: (f64, f64, f64) = (6.0, 4.0, 1.22);
/// Fewest easy-read words a module needs before its averages are held to the limits
/// (over a few words an average says little: "A story." is 1.5 syllables a word).
pub const EASY_MIN_WORDS: usize = 40;
/// Longest easy-read sentence for ages 6-9, in words (warning beyond).
pub const EASY_6_9_SENTENCE_WORDS: usize = 10;

fn missing_picture(c: &mut Checker, file: &str, at: Vec<String>, what: String) {
    c.push(
        Severity::Error,
        "E052",
        file,
        Locator::Toml(at),
        format!("{what} has no picture"),
        Some(
            "every step, question and screen a child must understand needs a picture (with `.alt` text)"
                .into(),
        ),
    );
}

/// Pictures of child-facing steps, questions, pathway steps, screens and contact kinds;
/// `screens.toml` itself.
pub(super) fn check_pictures(c: &mut Checker, parsed: &Parsed) {
    for (file, m) in &parsed.modules {
        if m.audience != Audience::Child {
            continue;
        }
        for (li, l) in m.lessons.iter().enumerate() {
            for (si, s) in l.steps.iter().enumerate() {
                if s.picture.is_none() {
                    missing_picture(
                        c,
                        file,
                        p(&[&"lessons", &li, &"steps", &si, &"id"]),
                        format!("lesson step '{}'", escape(&s.id)),
                    );
                }
            }
        }
        if let Some(kc) = &m.knowledge_check {
            for (phase, list) in [("pre", &kc.pre), ("post", &kc.post)] {
                for (qi, q) in list.iter().enumerate() {
                    let at = |k: &str| p(&[&"knowledge_check", &phase, &qi, &k]);
                    match &q.picture {
                        Some(pic) => {
                            c.need_picture(file, at("picture"), pic);
                            c.need_message(file, at("picture"), &ids::step_text(q), Some("alt"));
                        }
                        None => missing_picture(
                            c,
                            file,
                            at("id"),
                            format!("knowledge-check question '{}'", escape(&q.id)),
                        ),
                    }
                }
            }
        }
    }
    for (file, pw) in &parsed.pathways {
        for (si, s) in pw.steps.iter().enumerate() {
            match &s.picture {
                Some(_) => c.need_message(
                    file,
                    p(&[&"steps", &si, &"picture"]),
                    &ids::pathway_step(pw, s),
                    Some("alt"),
                ),
                None if pw.audience == Audience::Child => missing_picture(
                    c,
                    file,
                    p(&[&"steps", &si, &"id"]),
                    format!("step '{}' of pathway '{}'", escape(&s.id), escape(&pw.id)),
                ),
                None => {}
            }
        }
    }
    check_screens(c, parsed);
}

fn check_screens(c: &mut Checker, parsed: &Parsed) {
    let sc = &parsed.screens;
    let mut names = HashSet::default();
    for (i, s) in sc.screen.iter().enumerate() {
        let at = |k: &str| p(&[&"screen", &i, &k]);
        if !names.insert(s.name.as_str()) {
            c.push(
                Severity::Error,
                "E001",
                SCREENS,
                Locator::Toml(at("name")),
                format!("duplicate screen '{}'", escape(&s.name)),
                None,
            );
        }
        if s.name.is_empty()
            || !s
                .name
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
        {
            c.push(
                Severity::Error,
                "E056",
                SCREENS,
                Locator::Toml(at("name")),
                format!(
                    "screen name '{}' may hold only a-z, 0-9 and '-'",
                    escape(&s.name)
                ),
                None,
            );
        }
        let msg = slots::screen_message(s);
        c.need_message(SCREENS, at("name"), &msg, None);
        match &s.picture {
            Some(pic) => {
                c.need_picture(SCREENS, at("picture"), pic);
                c.need_message(SCREENS, at("picture"), &msg, Some("alt"));
            }
            None => missing_picture(
                c,
                SCREENS,
                at("name"),
                format!("screen '{}'", escape(&s.name)),
            ),
        }
    }
    let has_screens = parsed.videos.video.len()
        + parsed.videos.needs_recording.len()
        + sc.screen.len()
        + sc.contact_kind.len()
        > 0;
    if has_screens {
        let missing: Vec<&str> = KEY_SCREENS
            .iter()
            .copied()
            .filter(|n| !names.contains(n))
            .collect();
        if !missing.is_empty() {
            c.push(
                Severity::Warning,
                "W010",
                SCREENS,
                Locator::File,
                format!(
                    "key screens without short instructions: {}",
                    missing.join(", ")
                ),
                Some("add [[screen]] name = \"...\" with a picture and message `screen-<name>-instructions`".into()),
            );
        }
    }
    let mut kinds = HashSet::default();
    for (i, k) in sc.contact_kind.iter().enumerate() {
        let at = |key: &str| p(&[&"contact_kind", &i, &key]);
        if !kinds.insert(k.kind) {
            c.push(
                Severity::Error,
                "E001",
                SCREENS,
                Locator::Toml(at("kind")),
                format!(
                    "contact kind '{}' is explained twice",
                    slots::kind_name(k.kind)
                ),
                None,
            );
        }
        let msg = slots::contact_kind_message(k);
        c.need_message(SCREENS, at("kind"), &msg, None);
        match &k.picture {
            Some(pic) => {
                c.need_picture(SCREENS, at("picture"), pic);
                c.need_message(SCREENS, at("picture"), &msg, Some("alt"));
            }
            None => missing_picture(
                c,
                SCREENS,
                at("kind"),
                format!(
                    "the explanation of contact kind '{}'",
                    slots::kind_name(k.kind)
                ),
            ),
        }
    }
    // Every kind a child can be shown needs its explanation.
    let mut shown: Vec<ContactKind> = Vec::new();
    for (_, pw) in &parsed.pathways {
        for s in &pw.steps {
            for k in &s.contacts {
                if !shown.contains(k) {
                    shown.push(*k);
                }
            }
        }
    }
    for (_, ct) in &parsed.contacts {
        if !shown.contains(&ct.kind) {
            shown.push(ct.kind);
        }
    }
    let unexplained: Vec<String> = ContactKind::ALL
        .iter()
        .filter(|k| shown.contains(k) && !kinds.contains(k))
        .map(|k| slots::kind_name(*k))
        .collect();
    if !unexplained.is_empty() {
        c.push(
            Severity::Warning,
            "W010",
            SCREENS,
            Locator::File,
            format!(
                "contact kinds the pack shows but never explains: {}",
                unexplained.join(", ")
            ),
            Some("add [[contact_kind]] kind = \"...\" with a picture and message `contact-about-<kind>`".into()),
        );
    }
}

/// Sign-language video coverage of one slot kind in one sign language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// ISO 639-3 sign language.
    pub sign_language: String,
    /// The slot kind.
    pub kind: SlotKind,
    /// Slots of this kind in the pack.
    pub total: usize,
    /// Slots listed in `media/videos.toml` for this sign language (recorded or to record).
    pub listed: usize,
    /// Slots with a recorded video.
    pub recorded: usize,
}

/// Coverage per sign language (manifest order) and slot kind.
pub fn coverage(parsed: &Parsed) -> Vec<Coverage> {
    let slots = super::super::parsed_slots(parsed);
    let entries = parsed.videos.expanded();
    let mut out = Vec::new();
    for sl in &parsed.manifest.sign_languages {
        let listed: HashSet<&str> = entries
            .iter()
            .filter(|v| &v.sign_language == sl)
            .map(|v| v.step.as_str())
            .collect();
        let recorded: HashSet<&str> = entries
            .iter()
            .filter(|v| &v.sign_language == sl && v.status == VideoStatus::Recorded)
            .map(|v| v.step.as_str())
            .collect();
        for kind in SlotKind::ALL {
            let of: Vec<&str> = slots
                .iter()
                .filter(|s| s.kind == kind)
                .map(|s| s.id.as_str())
                .collect();
            out.push(Coverage {
                sign_language: sl.clone(),
                kind,
                total: of.len(),
                listed: of.iter().filter(|id| listed.contains(*id)).count(),
                recorded: of.iter().filter(|id| recorded.contains(*id)).count(),
            });
        }
    }
    out
}

/// W002 (videos still to record) and W012 (slots not in the video manifest), per sign
/// language with figures per slot kind.
pub(super) fn check_coverage(c: &mut Checker, parsed: &Parsed) {
    let table = coverage(parsed);
    for sl in &parsed.manifest.sign_languages {
        let rows: Vec<&Coverage> = table.iter().filter(|r| &r.sign_language == sl).collect();
        let total: usize = rows.iter().map(|r| r.total).sum();
        let listed: usize = rows.iter().map(|r| r.listed).sum();
        let recorded: usize = rows.iter().map(|r| r.recorded).sum();
        let figures = |f: &dyn Fn(&Coverage) -> usize| {
            rows.iter()
                .filter(|r| r.total > 0)
                .map(|r| format!("{} {}/{}", r.kind.name(), f(r), r.total))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if recorded < total {
            c.push(
                Severity::Warning,
                "W002",
                MANIFEST,
                Locator::Toml(p(&[&"sign_languages"])),
                format!(
                    "sign language '{sl}': {recorded} of {total} video slots recorded ({})",
                    figures(&|r| r.recorded)
                ),
                None,
            );
        }
        if listed < total {
            c.push(
                Severity::Warning,
                "W012",
                VIDEOS,
                Locator::Toml(p(&[&"needs_recording", sl])),
                format!(
                    "sign language '{sl}': {} of {total} video slots are not in {VIDEOS} ({})",
                    total - listed,
                    figures(&|r| r.total - r.listed)
                ),
                Some("run `safesteps pack plan-videos DIR` to list them as needs_recording".into()),
            );
        }
    }
}

/// The character bible and modules' use of it (E053, E054, W009).
pub(super) fn check_characters(c: &mut Checker, parsed: &Parsed) {
    let bible = &parsed.characters.character;
    let mut by_id: HashMap<&str, &CharacterDef> = HashMap::default();
    for (i, ch) in bible.iter().enumerate() {
        let at = |k: &str| p(&[&"character", &i, &k]);
        if by_id.insert(ch.id.as_str(), ch).is_some() {
            c.push(
                Severity::Error,
                "E001",
                CHARACTERS,
                Locator::Toml(at("id")),
                format!("duplicate character id '{}'", escape(&ch.id)),
                None,
            );
        }
        if let Some(sl) = &ch.sign_language
            && !SIGN_LANGUAGES.contains(&sl.as_str())
        {
            c.push(
                Severity::Error,
                "E053",
                CHARACTERS,
                Locator::Toml(at("sign_language")),
                format!(
                    "character '{}' signs '{}', which is not an ISO 639-3 sign language",
                    escape(&ch.id),
                    escape(sl)
                ),
                None,
            );
        }
        if ch.name.trim().is_empty() || ch.age == 0 || ch.age > 110 {
            c.push(
                Severity::Error,
                "E053",
                CHARACTERS,
                Locator::Toml(at("id")),
                format!("character '{}' needs a name and an age", escape(&ch.id)),
                None,
            );
        }
    }
    let Some(d) = c.default else { return };
    // Each character by the last word of their name ("Ms Grace": "Grace").
    let by_name: HashMap<&str, &CharacterDef> = bible
        .iter()
        .map(|ch| (ch.name.split_whitespace().last().unwrap_or(&ch.name), ch))
        .collect();
    // Stated ages and names in each module's texts (default locale).
    for (file, m) in &parsed.modules {
        let band = m.ages.as_deref().and_then(age_band);
        let mut listed: Vec<&CharacterDef> = Vec::new();
        for (i, id) in m.characters.iter().enumerate() {
            let at = p(&[&"characters", &i]);
            let Some(ch) = by_id.get(id.as_str()) else {
                c.push(
                    Severity::Error,
                    "E053",
                    file,
                    Locator::Toml(at),
                    format!("unknown character '{}': add it to {CHARACTERS}", escape(id)),
                    None,
                );
                continue;
            };
            listed.push(ch);
            if let (Some((lo, hi)), true) = (band, ch.is_child())
                && !(lo..=hi).contains(&ch.age)
            {
                c.push(
                    Severity::Error,
                    "E053",
                    file,
                    Locator::Toml(at),
                    format!(
                        "{} is {} in {CHARACTERS}, outside this module's age band {lo}-{hi}",
                        ch.name, ch.age
                    ),
                    Some("choose a character of the learners' age, or add one to the bible".into()),
                );
            }
        }
        let messages = module_messages(m);
        let mut unlisted: Vec<(&str, &str)> = Vec::new();
        let mut found = Vec::new();
        {
            let texts = &c.texts[d];
            for id in &messages {
                let Some(msg) = texts.get(id) else { continue };
                for (attr, _) in msg.parts() {
                    if attr.is_some_and(|a| HIDDEN_ATTRIBUTES.contains(&a)) {
                        continue;
                    }
                    let plain = msg.plain(attr);
                    let words: Vec<&str> = plain
                        .split(|ch: char| !(ch.is_alphanumeric() || ch == '\''))
                        .filter(|w| !w.is_empty())
                        .map(|w| w.trim_end_matches("'s"))
                        .collect();
                    for (k, w) in words.iter().enumerate() {
                        let Some(ch) = by_name.get(w) else { continue };
                        if !listed.iter().any(|l| l.id == ch.id)
                            && !unlisted.iter().any(|(n, _)| *n == ch.id)
                        {
                            unlisted.push((ch.id.as_str(), msg.id));
                        }
                        // "Sami is 8", "Sami is 8 years old".
                        if words.get(k + 1) == Some(&"is")
                            && let Some(age) = words.get(k + 2).and_then(|w| w.parse::<u8>().ok())
                            && age != ch.age
                        {
                            found.push((
                                msg.file,
                                msg.span_of(attr),
                                format!(
                                    "'{}' says {} is {age}; the character bible says {}",
                                    msg.id, ch.name, ch.age
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
                "E054",
                file,
                Locator::Span(span),
                message,
                Some(format!("follow {CHARACTERS} (content/characters.md)")),
            );
        }
        if !bible.is_empty() {
            for (id, msg) in unlisted {
                c.push(
                    Severity::Warning,
                    "W009",
                    file,
                    Locator::Toml(p(&[&"characters"])),
                    format!(
                        "'{msg}' names {} from {CHARACTERS}, who is not in this module's `characters`",
                        by_id.get(id).map_or(id, |ch| ch.name.as_str())
                    ),
                    Some("list the character, or use the name of a character the module lists".into()),
                );
            }
        }
    }
}

/// Every message a module shows (titles, steps, options, knowledge checks, badge).
pub fn module_messages(m: &ModuleDef) -> Vec<String> {
    let mut out = vec![ids::module_title(m), ids::module_summary(m)];
    let steps = m.lessons.iter().flat_map(|l| &l.steps).chain(
        m.knowledge_check
            .iter()
            .flat_map(|k| k.pre.iter().chain(&k.post)),
    );
    for l in &m.lessons {
        out.push(ids::lesson_title(l));
    }
    for s in steps {
        out.push(ids::step_text(s));
        for o in s.question.iter().flat_map(|q| &q.options) {
            out.push(ids::option_text(s, o));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Readability of easy-read text against the full text, per locale.
#[derive(Debug, Clone, PartialEq)]
pub struct Readability {
    /// Locale tag.
    pub locale: String,
    /// Which texts: `all` (every message with `.easy`) or an age band such as `6-9`.
    pub scope: String,
    /// The messages' full texts (values).
    pub full: Measure,
    /// Their easy-read texts.
    pub easy: Measure,
}

/// Easy-read readability per locale, for every message with `.easy` and for each age
/// band's child modules.
pub(super) fn readability_of(texts: &[LocaleTexts<'_>], parsed: &Parsed) -> Vec<Readability> {
    let mut bands: Vec<(String, HashSet<String>)> = Vec::new();
    for (_, m) in &parsed.modules {
        if m.audience != Audience::Child {
            continue;
        }
        let Some(band) = m.ages.clone() else { continue };
        let msgs = module_messages(m);
        match bands.iter_mut().find(|(b, _)| *b == band) {
            Some((_, set)) => set.extend(msgs),
            None => bands.push((band, msgs.into_iter().collect())),
        }
    }
    bands.sort_by_key(|(b, _)| age_band(b).map(|(lo, _)| lo).unwrap_or(0));
    let mut out = Vec::new();
    for lt in texts {
        let mut scopes: Vec<(String, Option<&HashSet<String>>)> = vec![("all".into(), None)];
        scopes.extend(bands.iter().map(|(b, s)| (b.clone(), Some(s))));
        for (scope, set) in scopes {
            let mut full = Measure::default();
            let mut easy = Measure::default();
            for m in &lt.all {
                if m.part(Some("easy")).is_none() || m.value.is_none() {
                    continue;
                }
                if set.is_some_and(|s| !s.contains(m.id)) {
                    continue;
                }
                full.add(&readability::measure(&m.plain(None), &lt.tag));
                easy.add(&readability::measure(&m.plain(Some("easy")), &lt.tag));
            }
            if easy.texts > 0 {
                out.push(Readability {
                    locale: lt.tag.clone(),
                    scope,
                    full,
                    easy,
                });
            }
        }
    }
    out
}

/// Easy-read for ages 6-9 held to the limits (E055 for a module over them; W011 for a
/// long sentence), in the default locale when it is English.
pub(super) fn check_readability(c: &mut Checker, parsed: &Parsed) {
    let Some(d) = c.default else { return };
    if !readability::counts_syllables(&c.texts[d].tag) {
        return;
    }
    let (wps, lpw, spw) = EASY_6_9_LIMITS;
    let mut found = Vec::new();
    for (file, m) in &parsed.modules {
        let young = m.audience == Audience::Child
            && m.ages
                .as_deref()
                .and_then(age_band)
                .is_some_and(|(_, hi)| hi <= 9);
        if !young {
            continue;
        }
        let texts = &c.texts[d];
        let mut total = Measure::default();
        for id in module_messages(m) {
            let Some(msg) = texts.get(&id) else { continue };
            if msg.part(Some("easy")).is_none() {
                continue;
            }
            let easy = msg.plain(Some("easy"));
            total.add(&readability::measure(&easy, &texts.tag));
            for sentence in easy.split(['.', '!', '?']) {
                let n = readability::measure(sentence, &texts.tag).words;
                if n > EASY_6_9_SENTENCE_WORDS {
                    found.push((
                        Severity::Warning,
                        "W011",
                        msg.file.to_string(),
                        Locator::Span(msg.span_of(Some("easy"))),
                        format!(
                            "easy-read sentence of '{}' has {n} words (ages 6-9: at most {EASY_6_9_SENTENCE_WORDS}): \"{}\"",
                            msg.id,
                            escape(sentence.trim())
                        ),
                    ));
                }
            }
        }
        if total.words < EASY_MIN_WORDS {
            continue;
        }
        let s = total.syllables_per_word().unwrap_or(0.0);
        if total.words_per_sentence() > wps || total.letters_per_word() > lpw || s > spw {
            found.push((
                Severity::Error,
                "E055",
                file.clone(),
                Locator::Toml(p(&[&"ages"])),
                format!(
                    "easy-read of module '{}' (ages 6-9) is not easy enough: {:.2} words per sentence (limit {wps}), {:.2} letters per word (limit {lpw}), {:.2} syllables per word (limit {spw})",
                    escape(&m.id),
                    total.words_per_sentence(),
                    total.letters_per_word(),
                    s
                ),
            ));
        }
    }
    for (sev, code, file, loc, msg) in found {
        let help = (code == "E055").then(|| {
            "short, common words; one idea per sentence; keep every safety sentence".into()
        });
        c.push(sev, code, &file, loc, msg, help);
    }
}
