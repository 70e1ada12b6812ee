//! The safety lexicon: discouraged terms, unsafe advice, victim-blaming phrasing and the
//! sentences easy-read must keep, per locale, matched on folded words.
//!
//! A built-in base (`core/lexicon/<locale>.toml`) is compiled in; a pack may add entries
//! in `lexicon/<locale>.toml` but never remove or relax one: pack entries are appended,
//! and an entry id already in the base is refused by the checker.

pub mod normalize;

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

pub use normalize::{Piece, Token, fold, tokens};

/// What a lexicon entry catches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// A term the Terminology Guidelines (2nd ed.) ask authors to avoid; never allowed,
    /// even negated.
    Term,
    /// Advice that could harm a child: keeping or passing on sexual images, confronting
    /// or messaging the person who harms, paying or sending more.
    UnsafeAdvice,
    /// Words that blame a child for what was done to them.
    VictimBlaming,
    /// A safety message (not your fault, not in trouble, do not save, get help now): when
    /// the full text has it, the easy-read text must have it too.
    Keep,
    /// A word easy-read should say in a simpler, common way (a warning on `.easy`).
    Plain,
}

impl Category {
    /// Name used in messages and docs.
    pub fn label(self) -> &'static str {
        match self {
            Category::Term => "discouraged term",
            Category::UnsafeAdvice => "unsafe advice",
            Category::VictimBlaming => "victim blaming",
            Category::Keep => "safety message",
            Category::Plain => "hard word for easy-read",
        }
    }
}

/// One lexicon file (`core/lexicon/<locale>.toml` or a pack's `lexicon/<locale>.toml`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// Locale the entries are written in.
    pub locale: String,
    /// Whether a native speaker reviewed the entries (`reviewed` or `draft`).
    #[serde(default)]
    pub status: Option<String>,
    /// Negation markers of the locale.
    #[serde(default)]
    pub negation: Option<Negation>,
    /// Words a speaker uses for themself ("me", "مجھے", isiZulu `ngi*`): speech quoted
    /// in a story depicts the person who harms only when the speaker says them.
    #[serde(default)]
    pub speaker: Vec<String>,
    /// The entries.
    #[serde(default)]
    pub entry: Vec<Entry>,
}

/// How a locale says "not": words (with `*` wildcards, e.g. isiZulu `unga*i`) and how far
/// before and after a finding they count.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Negation {
    /// Marker words or phrases.
    pub markers: Vec<String>,
    /// Words before a finding where a marker negates it.
    #[serde(default = "default_before")]
    pub before: usize,
    /// Words after a finding where a marker negates it (verb-final languages).
    #[serde(default)]
    pub after: usize,
    /// Words that end a negation's reach ("do not worry, *just* save it").
    #[serde(default)]
    pub breakers: Vec<String>,
}

fn default_before() -> usize {
    4
}

fn default_window() -> usize {
    5
}

/// One entry. It matches where one of `phrases` occurs, or where a word of every set in
/// `all` occurs within `window` words of the first, in one sentence.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id, e.g. `en.advice.keep-images`.
    pub id: String,
    /// What it catches.
    pub category: Category,
    /// Phrases: words separated by spaces, `*` matches any letters (`screenshot*`).
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Sets of words or phrases that must all occur near each other, in any order.
    #[serde(default)]
    pub all: Vec<Vec<String>>,
    /// Largest distance in words between the first set's word and the others.
    #[serde(default = "default_window")]
    pub window: usize,
    /// Words that, near a finding, show it is something else (e.g. "private" after "keep").
    #[serde(default)]
    pub unless: Vec<String>,
    /// Words that never count as a match of any pattern of this entry.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// What to say instead (terms).
    #[serde(default)]
    pub preferred: Option<String>,
    /// Why it is refused, in a few words.
    #[serde(default)]
    pub why: Option<String>,
    /// A warning rather than an error.
    #[serde(default)]
    pub warning: bool,
    /// Whether a negation marker nearby makes it safe (default: yes, except for terms).
    #[serde(default)]
    pub negatable: Option<bool>,
    /// English meaning, for reviewers of ur and zu entries.
    #[serde(default)]
    pub meaning: Option<String>,
}

impl Entry {
    /// Whether a negation nearby makes this entry safe.
    pub fn is_negatable(&self) -> bool {
        self.negatable.unwrap_or(!matches!(
            self.category,
            Category::Term | Category::Keep | Category::Plain
        ))
    }
}

/// Built-in lexicons: `(locale, JSON)`, the JSON deflated after its length (as the
/// embedded pack's blobs, `content::files::inflate_sized`; 20 KB of JSON, 6 KB stored).
/// The sources are `core/lexicon/<locale>.toml`; `build.rs` parses them into JSON when
/// the library is built, so the library reads no TOML
/// (docs/decisions/0030-built-packs-no-toml-in-the-library.md).
pub const BASE: &[(&str, &[u8])] = &[
    (
        "en",
        include_bytes!(concat!(env!("OUT_DIR"), "/lexicon-en.json.deflate")),
    ),
    (
        "ur",
        include_bytes!(concat!(env!("OUT_DIR"), "/lexicon-ur.json.deflate")),
    ),
    (
        "zu",
        include_bytes!(concat!(env!("OUT_DIR"), "/lexicon-zu.json.deflate")),
    ),
];

/// The built-in lexicon files, parsed once.
pub fn base() -> &'static [LexiconFile] {
    static BASE_FILES: OnceLock<Vec<LexiconFile>> = OnceLock::new();
    BASE_FILES.get_or_init(|| {
        BASE.iter()
            .map(|(tag, blob)| {
                // Read as text (`from_str`), as installed lexicons are: one deserializer.
                let json = crate::content::files::inflate_sized(blob)
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or_else(|| panic!("built-in lexicon {tag} cannot be read"));
                serde_json::from_str::<LexiconFile>(&json)
                    .unwrap_or_else(|e| panic!("built-in lexicon {tag} is invalid: {e}"))
            })
            .collect()
    })
}

/// The bytes of `s`, each as bit `byte % 64`: if a word's set lacks a bit of a pattern's
/// set, the word lacks a byte the pattern needs (the converse need not hold).
fn byte_set(s: &str) -> u64 {
    s.bytes().fold(0, |set, b| set | 1 << (b % 64))
}

/// A word pattern: literal, or with `*` wildcards.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Word {
    Exact(String),
    Glob(Vec<String>, bool, bool),
}

impl Word {
    fn new(w: &str) -> Word {
        if !w.contains('*') {
            return Word::Exact(fold(w));
        }
        let parts: Vec<String> = w.split('*').map(fold).collect();
        Word::Glob(
            parts.into_iter().filter(|p| !p.is_empty()).collect(),
            w.starts_with('*'),
            w.ends_with('*'),
        )
    }

    fn matches(&self, word: &str) -> bool {
        match self {
            Word::Exact(e) => e == word,
            Word::Glob(parts, open_start, open_end) => {
                let mut rest = word;
                for (i, part) in parts.iter().enumerate() {
                    let first = i == 0;
                    let last = i + 1 == parts.len();
                    if first && !open_start {
                        let Some(r) = rest.strip_prefix(part.as_str()) else {
                            return false;
                        };
                        rest = r;
                        if last && !open_end {
                            return rest.is_empty();
                        }
                        continue;
                    }
                    if last && !open_end {
                        return rest.len() >= part.len() && rest.ends_with(part.as_str());
                    }
                    match rest.find(part.as_str()) {
                        Some(p) => rest = &rest[p + part.len()..],
                        None => return false,
                    }
                }
                true
            }
        }
    }
}

/// A phrase: word patterns in a row.
type Phrase = Vec<usize>;

/// A language's negation: (language, markers, words before, words after, breakers).
type NegationRules = (String, Vec<Phrase>, usize, usize, Vec<Phrase>);

/// How an entry's finding can start at a word.
#[derive(Debug, Clone, Copy)]
enum Start {
    /// Its phrase number `k`.
    Phrase(usize),
    /// Phrase number `k` of its first word set.
    Set(usize),
}

/// A compiled entry: patterns as ids into the rule set's word table.
#[derive(Debug)]
struct Compiled {
    entry: Entry,
    /// Locale of the entry (its negation markers apply).
    locale: usize,
    phrases: Vec<Phrase>,
    sets: Vec<Vec<Phrase>>,
    unless: Vec<Phrase>,
    ignore: Vec<String>,
}

/// A finding of the lexicon in a text.
#[derive(Debug, Clone)]
pub struct Hit<'r> {
    /// The entry that matched.
    pub entry: &'r Entry,
    /// First and one-past-last token of the match.
    pub tokens: std::ops::Range<usize>,
    /// A negation marker is near (only set for negatable entries).
    pub negated: bool,
    /// Every word of the match is inside quotation marks.
    pub quoted: bool,
}

/// The rules for texts of one locale: the locale's entries, the English entries (English
/// words are common in every locale's texts) and the pack's additions.
#[derive(Debug)]
pub struct Rules {
    words: Vec<Word>,
    word_ids: HashMap<Word, usize>,
    exact: HashMap<String, Vec<usize>>,
    /// Word patterns with wildcards, each with the bytes its literal parts need
    /// ([`byte_set`]): a word lacking one of them cannot match, without a search.
    globs: Vec<(usize, u64)>,
    entries: Vec<Compiled>,
    /// Where a finding can start: first word pattern -> (entry, phrase or first set).
    starts: HashMap<usize, Vec<(usize, Start)>>,
    /// Per lexicon language.
    negations: Vec<NegationRules>,
    /// First-person words of the locale and of English.
    speakers: Vec<Phrase>,
    lang: String,
    /// Word pattern ids each folded word seen so far matches (most match none: an
    /// empty slice, which takes no heap).
    cache: std::sync::Mutex<HashMap<Box<str>, Box<[u32]>>>,
}

/// The word patterns each word of a text matches, in one flat list: word `i` matches
/// `ids[ends[i - 1]..ends[i]]` (sorted). Eight bytes a word and four a match, where a
/// slice per word took sixteen and a shared allocation.
#[derive(Debug, Clone, Default)]
pub struct Matches {
    ends: Vec<u32>,
    ids: Vec<u32>,
}

impl Matches {
    /// Pattern ids word `i` matches.
    fn of(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.ids[start..self.ends[i] as usize]
    }

    /// Whether word `i` matches pattern `w`.
    fn has(&self, i: usize, w: usize) -> bool {
        u32::try_from(w).is_ok_and(|w| self.of(i).binary_search(&w).is_ok())
    }
}

impl Rules {
    /// Rules for `locale` from lexicon files (base first, then the pack's); `"*"` takes
    /// the entries of every locale (for texts shown in any language, like contact names).
    pub fn new<'a>(locale: &str, files: impl IntoIterator<Item = &'a LexiconFile>) -> Rules {
        let mut rules = Rules {
            words: Vec::new(),
            word_ids: HashMap::default(),
            exact: HashMap::default(),
            globs: Vec::new(),
            entries: Vec::new(),
            starts: HashMap::default(),
            negations: Vec::new(),
            speakers: Vec::new(),
            lang: String::new(),
            cache: Default::default(),
        };
        let lang = locale.split(['-', '_']).next().unwrap_or(locale);
        rules.lang = lang.to_string();
        let mut by_locale: HashMap<String, usize> = HashMap::default();
        for f in files {
            let flang = f.locale.split(['-', '_']).next().unwrap_or(&f.locale);
            if lang != "*" && flang != lang && flang != "en" {
                continue;
            }
            let li = match by_locale.get(flang) {
                Some(&i) => i,
                None => {
                    rules
                        .negations
                        .push((flang.to_string(), Vec::new(), 0, 0, Vec::new()));
                    by_locale.insert(flang.to_string(), rules.negations.len() - 1);
                    rules.negations.len() - 1
                }
            };
            if let Some(n) = &f.negation {
                let markers: Vec<Phrase> = n.markers.iter().map(|m| rules.phrase(m)).collect();
                let breakers: Vec<Phrase> = n.breakers.iter().map(|m| rules.phrase(m)).collect();
                let slot = &mut rules.negations[li];
                slot.1.extend(markers);
                slot.4.extend(breakers);
                slot.2 = slot.2.max(n.before);
                slot.3 = slot.3.max(n.after);
            }
            let speakers: Vec<Phrase> = f.speaker.iter().map(|w| rules.phrase(w)).collect();
            rules
                .speakers
                .extend(speakers.into_iter().filter(|p| !p.is_empty()));
            for e in &f.entry {
                // A pattern that folds to no word can never match (and is refused in packs).
                let phrases = e
                    .phrases
                    .iter()
                    .map(|p| rules.phrase(p))
                    .filter(|p| !p.is_empty())
                    .collect();
                let sets = e
                    .all
                    .iter()
                    .map(|s| {
                        s.iter()
                            .map(|p| rules.phrase(p))
                            .filter(|p| !p.is_empty())
                            .collect()
                    })
                    .collect();
                let unless = e.unless.iter().map(|p| rules.phrase(p)).collect();
                rules.entries.push(Compiled {
                    entry: e.clone(),
                    locale: li,
                    phrases,
                    sets,
                    unless,
                    ignore: e.ignore.iter().map(|w| fold(w)).collect(),
                });
            }
        }
        for (ei, c) in rules.entries.iter().enumerate() {
            for (k, ph) in c.phrases.iter().enumerate() {
                if let Some(&w) = ph.first() {
                    rules
                        .starts
                        .entry(w)
                        .or_default()
                        .push((ei, Start::Phrase(k)));
                }
            }
            if let Some(first) = c.sets.first() {
                for (k, ph) in first.iter().enumerate() {
                    if let Some(&w) = ph.first() {
                        rules.starts.entry(w).or_default().push((ei, Start::Set(k)));
                    }
                }
            }
        }
        rules
    }

    fn phrase(&mut self, text: &str) -> Phrase {
        text.split_whitespace()
            .flat_map(|w| {
                // A pattern word may fold into several words ("i-akhawunti"); keep `*`.
                if w.contains('*') {
                    vec![w.to_string()]
                } else {
                    fold(w).split(' ').map(String::from).collect()
                }
            })
            .filter(|w| !w.is_empty())
            .map(|w| {
                let word = Word::new(&w);
                if let Some(&id) = self.word_ids.get(&word) {
                    return id;
                }
                let id = self.words.len();
                match &word {
                    Word::Exact(e) => self.exact.entry(e.clone()).or_default().push(id),
                    Word::Glob(parts, ..) => self
                        .globs
                        .push((id, parts.iter().fold(0, |need, p| need | byte_set(p)))),
                }
                self.word_ids.insert(word.clone(), id);
                self.words.push(word);
                id
            })
            .collect()
    }

    /// Ids of the word patterns a folded word matches.
    fn compute_matches(&self, word: &str) -> Box<[u32]> {
        let mut ids: Vec<u32> = self
            .exact
            .get(word)
            .map(|v| v.iter().map(|&i| i as u32).collect())
            .unwrap_or_default();
        let have = byte_set(word);
        ids.extend(
            self.globs
                .iter()
                .filter(|&&(g, need)| need & !have == 0 && self.words[g].matches(word))
                .map(|&(g, _)| g as u32),
        );
        ids.sort_unstable();
        ids.into_boxed_slice()
    }

    /// Ids of the word patterns one folded word matches (cached per word).
    fn word_matches(&self, word: &str) -> Box<[u32]> {
        if let Some(m) = self.cache.lock().ok().and_then(|c| c.get(word).cloned()) {
            return m;
        }
        let ids = self.compute_matches(word);
        if let Ok(mut c) = self.cache.lock() {
            c.insert(word.into(), ids.clone());
        }
        ids
    }

    /// The word patterns each word of a text matches (give it to [`Rules::scan_matched`]
    /// to scan one text several times).
    pub fn matches(&self, toks: &[Token]) -> Matches {
        let mut out = Matches {
            ends: Vec::with_capacity(toks.len()),
            ids: Vec::new(),
        };
        let mut cache = self.cache.lock().ok();
        for t in toks {
            match cache.as_mut() {
                Some(c) => {
                    if let Some(m) = c.get(&*t.word) {
                        out.ids.extend_from_slice(m);
                    } else {
                        let m = self.compute_matches(&t.word);
                        out.ids.extend_from_slice(&m);
                        c.insert(Box::from(&*t.word), m);
                    }
                }
                None => out.ids.extend_from_slice(&self.compute_matches(&t.word)),
            }
            out.ends
                .push(u32::try_from(out.ids.len()).unwrap_or(u32::MAX));
        }
        out.ids.shrink_to_fit();
        out
    }

    /// Every finding in a text, in text order.
    pub fn scan(&self, toks: &[Token]) -> Vec<Hit<'_>> {
        self.scan_matched(toks, &self.matches(toks))
    }

    /// [`Rules::scan`] with the word matches already made by [`Rules::matches`].
    pub fn scan_matched(&self, toks: &[Token], matched: &Matches) -> Vec<Hit<'_>> {
        let has = |j: usize, w: usize| matched.has(j, w);
        // Candidate findings per entry, from the index of first words.
        let mut found: HashMap<usize, Vec<std::ops::Range<usize>>> = HashMap::default();
        for i in 0..toks.len() {
            for &w in matched.of(i) {
                let Some(list) = self.starts.get(&(w as usize)) else {
                    continue;
                };
                for &(ei, start) in list {
                    let c = &self.entries[ei];
                    let ignored = |j: usize| c.ignore.iter().any(|w| **w == *toks[j].word);
                    let phrase_at = |i: usize, ph: &Phrase| -> Option<usize> {
                        if i + ph.len() > toks.len() {
                            return None;
                        }
                        for (k, w) in ph.iter().enumerate() {
                            let j = i + k;
                            if toks[j].sentence != toks[i].sentence || ignored(j) || !has(j, *w) {
                                return None;
                            }
                        }
                        Some(i + ph.len())
                    };
                    match start {
                        Start::Phrase(k) => {
                            if let Some(end) = phrase_at(i, &c.phrases[k]) {
                                found.entry(ei).or_default().push(i..end);
                            }
                        }
                        Start::Set(k) => {
                            let Some(end0) = phrase_at(i, &c.sets[0][k]) else {
                                continue;
                            };
                            let lo = i.saturating_sub(c.entry.window);
                            let hi = end0.saturating_add(c.entry.window).min(toks.len());
                            let (mut start, mut end) = (i, end0);
                            let all = c.sets[1..].iter().all(|set| {
                                (lo..hi)
                                    .filter(|&j| {
                                        toks[j].sentence == toks[i].sentence && (j < i || j >= end0)
                                    })
                                    .find_map(|j| {
                                        set.iter().find_map(|ph| phrase_at(j, ph).map(|e| (j, e)))
                                    })
                                    .map(|(j, e)| {
                                        start = start.min(j);
                                        end = end.max(e);
                                    })
                                    .is_some()
                            });
                            if all {
                                found.entry(ei).or_default().push(start..end);
                            }
                        }
                    }
                }
            }
        }
        let is = |j: usize, list: &[Phrase]| {
            list.iter().any(|ph| {
                j + ph.len() <= toks.len() && ph.iter().enumerate().all(|(k, w)| has(j + k, *w))
            })
        };
        let mut hits = Vec::new();
        let mut entries: Vec<usize> = found.keys().copied().collect();
        entries.sort_unstable();
        for ei in entries {
            let c = &self.entries[ei];
            let mut list = found.remove(&ei).unwrap_or_default();
            list.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
            let mut last_end = 0;
            for r in list {
                // Overlapping matches of one entry are one finding.
                if r.start < last_end {
                    continue;
                }
                last_end = r.end;
                let sentence = toks[r.start].sentence;
                let near = |before: usize, after: usize| {
                    r.start.saturating_sub(before)..r.end.saturating_add(after).min(toks.len())
                };
                if !c.unless.is_empty() {
                    let w = near(c.entry.window, c.entry.window);
                    if w.clone()
                        .any(|j| toks[j].sentence == sentence && is(j, &c.unless))
                    {
                        continue;
                    }
                }
                let negated = c.entry.is_negatable() && {
                    let (_, markers, before, after, breakers) = &self.negations[c.locale];
                    near(*before, *after).any(|j| {
                        let between = if j < r.start {
                            j + 1..r.start
                        } else {
                            r.end..j
                        };
                        (toks[j].clause == toks[r.start].clause
                            || toks[j].clause == toks[r.end - 1].clause)
                            && is(j, markers)
                            && !between.clone().any(|k| is(k, breakers))
                            && between.clone().all(|k| toks[k].clause == toks[j].clause)
                    })
                };
                let quoted = toks[r.clone()].iter().all(|t| t.quoted);
                hits.push(Hit {
                    entry: &c.entry,
                    tokens: r,
                    negated,
                    quoted,
                });
            }
        }
        // Longest first where findings start together, so the report quotes the whole phrase.
        hits.sort_by_key(|h| (h.tokens.start, std::cmp::Reverse(h.tokens.end)));
        hits
    }

    /// Whether the quotation around `range` (the quoted words next to it) has a word
    /// the speaker uses for themself: "Send *me* more pictures" is the person who harms
    /// speaking; "Mum says: \"Save the picture\"" is advice, and is not excused.
    pub fn speaker_in_quote(&self, toks: &[Token], range: std::ops::Range<usize>) -> bool {
        if range.is_empty() || !toks[range.start].quoted {
            return false;
        }
        let mut lo = range.start;
        while lo > 0 && toks[lo - 1].quoted {
            lo -= 1;
        }
        let mut hi = range.end;
        while hi < toks.len() && toks[hi].quoted {
            hi += 1;
        }
        (lo..hi).any(|j| {
            let m = self.word_matches(&toks[j].word);
            self.speakers
                .iter()
                .any(|ph| ph.len() == 1 && m.binary_search(&(ph[0] as u32)).is_ok())
        })
    }

    /// Number of the locale's own negation markers in a text.
    pub fn negations_in(&self, toks: &[Token]) -> usize {
        let Some((_, markers, ..)) = self.negations.iter().find(|n| n.0 == self.lang) else {
            return 0;
        };
        let matched = self.matches(toks);
        (0..toks.len())
            .filter(|&i| {
                markers.iter().any(|ph| {
                    i + ph.len() <= toks.len()
                        && ph.iter().enumerate().all(|(k, w)| matched.has(i + k, *w))
                })
            })
            .count()
    }

    /// Whether the locale defines negation markers of its own.
    pub fn has_markers(&self) -> bool {
        self.negations
            .iter()
            .any(|n| n.0 == self.lang && !n.1.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_prefixes_suffixes_and_infixes() {
        assert!(Word::new("screenshot*").matches("screenshots"));
        assert!(Word::new("*thumel*").matches("ungayithumeli"));
        assert!(Word::new("unga*i").matches("ungathumeli"));
        assert!(!Word::new("unga*i").matches("ungathumela"));
        assert!(!Word::new("save").matches("saves"));
        assert!(Word::new("*fault").matches("fault"));
    }

    #[test]
    fn the_byte_prefilter_keeps_every_word_a_glob_matches() {
        // Words made from each built-in glob, its wildcards filled in several ways
        // (nothing, ASCII, Arabic script, a mark): every one must still be found, so the
        // byte sets skip only globs a word cannot match.
        let rules = Rules::new("*", base());
        let mut checked = 0;
        for &(g, need) in &rules.globs {
            let Word::Glob(parts, open_start, open_end) = &rules.words[g] else {
                panic!("a glob that is not a Word::Glob");
            };
            for fill in ["", "x", "\u{0628}\u{06CC}", "e\u{0301}"] {
                let word = format!(
                    "{}{}{}",
                    if *open_start { fill } else { "" },
                    parts.join(fill),
                    if *open_end { fill } else { "" }
                );
                assert!(rules.words[g].matches(&word), "{word:?}");
                assert_eq!(need & !byte_set(&word), 0, "{word:?}");
                let found = rules.compute_matches(&word);
                assert!(found.contains(&(g as u32)), "{word:?} lost glob {g}");
                checked += 1;
            }
        }
        assert!(checked > 400, "{checked} words checked");
        // And the filter does skip: a word without the letters of "screenshot*".
        let need = byte_set("screenshot");
        assert_ne!(need & !byte_set("kitten"), 0);
    }

    #[test]
    fn the_built_in_lexicon_parses() {
        assert_eq!(base().len(), BASE.len());
        for f in base() {
            assert!(!f.entry.is_empty(), "{}", f.locale);
        }
    }
}
