//! How easy a text is to read, per locale: words per sentence and letters per word for
//! every language, and syllables per word where a rule for counting them exists
//! (English). See `docs/decisions/0020-slots-characters-readability.md`.
//!
//! Urdu is written in a script that leaves most short vowels out, so the syllables of a
//! written word cannot be counted from its letters (a dictionary would be needed);
//! isiZulu syllables are regular (nearly every syllable ends in a vowel), but a count
//! from vowels alone would only restate letters per word for its long, agglutinated
//! words, where the word itself carries what English says in several. For both, words
//! per sentence and letters per word are reported.

/// Figures for a body of text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Measure {
    /// Texts measured.
    pub texts: usize,
    /// Sentences.
    pub sentences: usize,
    /// Words.
    pub words: usize,
    /// Letters (marks and digits not counted).
    pub letters: usize,
    /// Syllables, where the language has a counting rule.
    pub syllables: Option<usize>,
}

impl Measure {
    /// Mean words per sentence.
    pub fn words_per_sentence(&self) -> f64 {
        ratio(self.words, self.sentences)
    }
    /// Mean letters per word.
    pub fn letters_per_word(&self) -> f64 {
        ratio(self.letters, self.words)
    }
    /// Mean syllables per word, where counted.
    pub fn syllables_per_word(&self) -> Option<f64> {
        self.syllables.map(|s| ratio(s, self.words))
    }
    /// Add another text's figures.
    pub fn add(&mut self, other: &Measure) {
        self.texts += other.texts;
        self.sentences += other.sentences;
        self.words += other.words;
        self.letters += other.letters;
        self.syllables = match (self.syllables, other.syllables) {
            (Some(a), Some(b)) => Some(a + b),
            (None, Some(b)) if self.words == other.words => Some(b),
            (a, _) => a,
        };
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Whether syllables are counted for a locale (its language subtag).
pub fn counts_syllables(locale: &str) -> bool {
    language(locale) == "en"
}

/// Why a locale has no syllable figure (for reports), or `None` when it has one.
pub fn no_syllables_reason(locale: &str) -> Option<&'static str> {
    match language(locale).as_str() {
        "en" => None,
        "ur" => Some(
            "Urdu script leaves most short vowels unwritten, so syllables cannot be counted from letters",
        ),
        "zu" => Some(
            "isiZulu syllables are regular (consonant + vowel), so a vowel count only restates letters per word",
        ),
        _ => Some("no syllable rule for this language"),
    }
}

fn language(locale: &str) -> String {
    locale
        .split(['-', '_'])
        .next()
        .unwrap_or(locale)
        .to_ascii_lowercase()
}

/// Measure one text in a locale.
pub fn measure(text: &str, locale: &str) -> Measure {
    let english = counts_syllables(locale);
    let mut m = Measure {
        texts: 1,
        syllables: english.then_some(0),
        ..Default::default()
    };
    let mut in_sentence = false;
    for word in split_words(text) {
        match word {
            Piece::Word(w) => {
                let letters = w.chars().filter(|c| c.is_alphabetic()).count();
                if letters == 0 {
                    continue;
                }
                in_sentence = true;
                m.words += 1;
                m.letters += letters;
                if let Some(s) = m.syllables.as_mut() {
                    *s += english_syllables(w);
                }
            }
            Piece::End => {
                if in_sentence {
                    m.sentences += 1;
                    in_sentence = false;
                }
            }
        }
    }
    if in_sentence {
        m.sentences += 1;
    }
    m
}

enum Piece<'a> {
    Word(&'a str),
    End,
}

/// Words (letters, digits, inner apostrophes and hyphens) and sentence ends (`.`, `!`,
/// `?`, the Urdu full stop `۔` and question mark `؟`, a line break).
fn split_words(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, ch)) in chars.iter().enumerate() {
        let next_is_word = chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        let wordy = ch.is_alphanumeric()
            || is_mark(ch)
            || (matches!(ch, '\'' | '\u{2019}' | '-') && start.is_some() && next_is_word);
        if wordy {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Piece::Word(&text[s..i]));
        }
        if matches!(ch, '.' | '!' | '?' | '\u{06D4}' | '\u{061F}' | '\n') {
            out.push(Piece::End);
        }
    }
    if let Some(s) = start {
        out.push(Piece::Word(&text[s..]));
    }
    out
}

/// Combining marks (Arabic-script vowel signs and the like) belong to their word.
fn is_mark(ch: char) -> bool {
    matches!(ch as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// Syllables of an English word by the usual written-vowel rule: groups of vowels
/// (`y` after a consonant counts), less a silent final `e` (not `-le`), less `-es`/`-ed`
/// endings that add no syllable; at least one. Digits count as one word of one syllable
/// per digit group ("10" is "ten").
pub fn english_syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if w.is_empty() {
        return 1;
    }
    if w.len() <= 3 {
        return 1;
    }
    let vowel = |i: usize| -> bool {
        match w[i] {
            'a' | 'e' | 'i' | 'o' | 'u' => true,
            'y' => i > 0 && !matches!(w[i - 1], 'a' | 'e' | 'i' | 'o' | 'u'),
            _ => false,
        }
    };
    let mut groups = 0;
    let mut prev = false;
    for i in 0..w.len() {
        let v = vowel(i);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    let n = w.len();
    let ends = |s: &str| w.iter().rev().take(s.len()).rev().copied().eq(s.chars());
    // Silent final e: "make", "phone" (but "be", "people" keep theirs: "-le" after a
    // consonant is a syllable).
    if w[n - 1] == 'e'
        && !vowel(n - 2)
        && !(w[n - 2] == 'l' && n >= 3 && !vowel(n - 3))
        && groups > 1
    {
        groups -= 1;
    }
    // "-es" / "-ed" that add no syllable: "makes", "liked" (not "wishes", "wanted").
    if (ends("es") || ends("ed")) && n >= 4 && groups > 1 {
        let before = w[n - 3];
        let keeps = if ends("ed") {
            matches!(before, 't' | 'd')
        } else {
            matches!(before, 's' | 'x' | 'z' | 'c' | 'g' | 'h')
        };
        if !keeps && !vowel(n - 3) {
            groups -= 1;
        }
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_syllables_by_rule() {
        for (w, n) in [
            ("tell", 1),
            ("phone", 1),
            ("safe", 1),
            ("picture", 2),
            ("trusted", 2),
            ("asks", 1),
            ("wanted", 2),
            ("little", 2),
            ("people", 2),
            ("family", 3),
            ("information", 4),
            ("grown-up", 2),
            ("happy", 2),
            ("wishes", 2),
        ] {
            assert_eq!(english_syllables(w), n, "{w}");
        }
    }

    #[test]
    fn sentences_words_and_letters() {
        let m = measure("Stop. Tell a grown-up you trust! Is it OK?", "en");
        assert_eq!((m.sentences, m.words), (3, 9));
        assert_eq!(m.letters, 4 + 4 + 1 + 7 + 3 + 5 + 2 + 2 + 2);
        assert!(m.syllables.is_some());
        let ur = measure("رک جاؤ۔ کسی بڑے کو بتاؤ؟", "ur");
        assert_eq!((ur.sentences, ur.words, ur.syllables), (2, 6, None));
        assert!(no_syllables_reason("ur").is_some() && no_syllables_reason("en").is_none());
    }
}
