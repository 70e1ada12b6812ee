//! Text folding for the safety lexicon: compatibility normalisation, case folding,
//! marks and invisible characters removed, letter variants unified, words cut out with
//! their byte range in the source so a finding points at the exact place.

use smol_str::SmolStr;
use std::ops::Range;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// One word of a text, folded, with where it came from. Kept small (48 bytes, and the
/// word's own bytes past 23): the checker holds the words of every message of a pack at
/// once, within `validate::texts::WORD_CACHE_BYTES`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded word (NFKD without marks, lower case, letter variants unified). Kept in
    /// place up to 23 bytes (most words), so cutting a text into words allocates once
    /// for the list, not once a word.
    pub word: SmolStr,
    /// Byte range of the word in the source the text came from (sources are far below
    /// 4 GiB: a pack's files are limited to a few MB each).
    pub span: Range<u32>,
    /// Index of the sentence the word is in (increases at `.`, `!`, `?`, `۔`, `؟`, `;`).
    pub sentence: u32,
    /// Index of the clause the word is in (increases at sentence ends and at `,`, `،`,
    /// `:`, dashes): a negation reaches only words of its own clause.
    pub clause: u32,
    /// Inside quotation marks (speech a character says in a story).
    pub quoted: bool,
}

impl Token {
    /// Byte range of the word in its source, to slice the source with.
    pub fn source_range(&self) -> Range<usize> {
        self.span.start as usize..self.span.end as usize
    }
}

/// A piece of text and the byte offset of its first character in the source.
#[derive(Debug, Clone, Copy)]
pub enum Piece<'a> {
    /// Literal text at a source offset.
    Text(usize, &'a str),
    /// A placeable (variable or message reference): a neutral word that matches nothing.
    Neutral(usize),
    /// Text of another message that a placeable references, read in place; its words
    /// point at the placeable (an empty span at this offset).
    Inline(usize, &'a str),
    /// A break between two texts that are never read as one sentence.
    Break,
}

/// Characters removed before matching: zero-width and other invisible format characters.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// Apostrophes are dropped inside a word, so "don't" and "don’t" are both `dont`.
fn apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

fn sentence_end(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | '\u{06D4}' | '\u{061F}' | '\u{061B}' | '\u{2026}' | '\u{3002}'
    )
}

fn clause_end(c: char) -> bool {
    matches!(
        c,
        ',' | ':' | '\u{060C}' | '\u{2013}' | '\u{2014}' | '(' | ')' | '\u{3001}' | '\u{FF0C}'
    )
}

fn quote_open(c: char) -> bool {
    matches!(c, '\u{201C}' | '\u{00AB}' | '\u{201E}' | '\u{2039}')
}

fn quote_close(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{00BB}' | '\u{203A}')
}

/// Letter variants that spell the same word: Arabic and Urdu forms of yeh, kaf and heh
/// (Urdu's yeh barree stays a letter of its own), decimal digits of every script folded to ASCII, final sigma, sharp s.
fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{064A}' | '\u{0649}' | '\u{0643}' | '\u{0647}' | '\u{06D5}' | '\u{0629}' => {
            out.push(arabic_variant(c))
        }
        'ß' => out.push_str("ss"),
        'ς' => out.push('σ'),
        c if c.is_numeric() => match c.to_digit(10).or_else(|| digit_value(c)) {
            Some(d) => out.push(char::from(b'0' + d as u8)),
            None => out.push(c),
        },
        c => out.extend(c.to_lowercase()),
    }
}

/// The Arabic and Urdu forms of yeh, kaf and heh as one letter (`fold_char` of an
/// Arabic-script letter: they are neither digits nor cased).
fn arabic_variant(c: char) -> char {
    match c {
        '\u{064A}' | '\u{0649}' => '\u{06CC}',
        '\u{0643}' => '\u{06A9}',
        '\u{0647}' | '\u{06D5}' => '\u{06C1}',
        '\u{0629}' => '\u{06C3}',
        c => c,
    }
}

/// Decimal value of digits outside ASCII (Arabic-Indic, Extended Arabic-Indic, Devanagari).
fn digit_value(c: char) -> Option<u32> {
    let n = c as u32;
    for base in [0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10] {
        if (base..base + 10).contains(&n) {
            return Some(n - base);
        }
    }
    None
}

#[derive(PartialEq, Eq)]
enum Arabic {
    Letter,
    Mark,
}

/// Arabic-script letters that have no compatibility decomposition, and the harakat.
fn arabic(c: char) -> Option<Arabic> {
    match c as u32 {
        0x0627..=0x063A
        | 0x0641..=0x064A
        | 0x066E..=0x066F
        | 0x0671..=0x0674
        | 0x0679..=0x06BF
        | 0x06C1
        | 0x06C3..=0x06D2
        | 0x06D5
        | 0x06EE..=0x06EF
        | 0x06FA..=0x06FC => Some(Arabic::Letter),
        0x064B..=0x065F
        | 0x0670
        | 0x06D6..=0x06DC
        | 0x06DF..=0x06E4
        | 0x06E7..=0x06E8
        | 0x06EA..=0x06ED => Some(Arabic::Mark),
        _ => None,
    }
}

/// What a character between words does: end a sentence or a clause, open or close a quote.
fn punctuation(f: char, sentence: &mut u32, clause: &mut u32, quoted: &mut bool) {
    if sentence_end(f) {
        *sentence += 1;
        *clause += 1;
    } else if clause_end(f) {
        *clause += 1;
    }
    if f == '"' {
        *quoted = !*quoted;
    } else if quote_open(f) {
        *quoted = true;
    } else if quote_close(f) {
        *quoted = false;
    }
}

/// Fold one word or phrase of a lexicon the same way texts are folded (no offsets).
pub fn fold(text: &str) -> String {
    tokens(&[Piece::Text(0, text)])
        .iter()
        .map(|t| &*t.word)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cut folded words out of pieces of text. Whitespace of every kind (no-break spaces,
/// line breaks of Fluent continuation lines, tabs) separates words; placeables are a
/// neutral word; punctuation separates words and `.`, `!`, `?`, `۔`, `؟`, `;` end sentences.
pub fn tokens(pieces: &[Piece<'_>]) -> Vec<Token> {
    cut::<true>(pieces)
}

/// [`tokens`], with its shortcuts (`FAST`: ASCII runs, spaces, ASCII punctuation, Arabic
/// letters) or without them, every character then decomposed and folded: the tests
/// require both to give the same tokens.
fn cut<const FAST: bool>(pieces: &[Piece<'_>]) -> Vec<Token> {
    let mut out = Vec::with_capacity(
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(_, t) | Piece::Inline(_, t) => t.len() / 6,
                _ => 1,
            })
            .sum(),
    );
    let mut sentence = 0u32;
    let mut clause = 0u32;
    let mut quoted = false;
    let mut word = String::new();
    let mut span: Option<Range<usize>> = None;
    let flush = |word: &mut String,
                 span: &mut Option<Range<usize>>,
                 out: &mut Vec<Token>,
                 (sentence, clause): (u32, u32),
                 quoted: bool| {
        if let Some(s) = span.take()
            && !word.is_empty()
        {
            out.push(Token {
                // A copy of the word; the buffer keeps its capacity.
                word: SmolStr::new(word.as_str()),
                span: offset(s.start)..offset(s.end),
                sentence,
                clause,
                quoted,
            });
        }
        word.clear();
    };
    let mut folded = String::new();
    for piece in pieces {
        match *piece {
            Piece::Break => {
                flush(&mut word, &mut span, &mut out, (sentence, clause), quoted);
                sentence += 1;
                clause += 1;
                quoted = false;
            }
            Piece::Neutral(at) => {
                flush(&mut word, &mut span, &mut out, (sentence, clause), quoted);
                out.push(Token {
                    word: SmolStr::new_static("\u{25C7}"),
                    span: offset(at)..offset(at),
                    sentence,
                    clause,
                    quoted,
                });
            }
            Piece::Text(base, text) | Piece::Inline(base, text) => {
                let inline = matches!(piece, Piece::Inline(..));
                let bytes = text.as_bytes();
                let mut next = 0;
                while let Some(&b) = bytes.get(next) {
                    let i = next;
                    // `next` is always at a character's first byte.
                    let c = match b {
                        0..0x80 if FAST => char::from(b),
                        _ => match text.get(i..).and_then(|rest| rest.chars().next()) {
                            Some(c) => c,
                            None => break,
                        },
                    };
                    if FAST && c.is_ascii_alphanumeric() {
                        // Fast path: a run of ASCII letters and digits folds to itself,
                        // lower-cased, copied at once.
                        let run = bytes[i..]
                            .iter()
                            .position(|b| !b.is_ascii_alphanumeric())
                            .map_or(text.len(), |n| i + n);
                        let from = word.len();
                        word.push_str(&text[i..run]);
                        if let Some(added) = word.get_mut(from..) {
                            added.make_ascii_lowercase();
                        }
                        let (at, end) = if inline {
                            (base, base)
                        } else {
                            (base + i, base + run)
                        };
                        match &mut span {
                            Some(s) => s.end = end,
                            None => span = Some(at..end),
                        }
                        next = run;
                        continue;
                    }
                    next = i + c.len_utf8();
                    if FAST && c == ' ' {
                        // Fast path: a space ends the word and nothing else.
                        flush(&mut word, &mut span, &mut out, (sentence, clause), quoted);
                        continue;
                    }
                    if FAST && c.is_ascii() {
                        // ASCII punctuation: no decomposition to look up, never invisible
                        // or Arabic; an apostrophe inside a word is dropped ("don't").
                        if !(apostrophe(c) && span.is_some()) {
                            flush(&mut word, &mut span, &mut out, (sentence, clause), quoted);
                            punctuation(c, &mut sentence, &mut clause, &mut quoted);
                        }
                        continue;
                    }
                    let (at, end) = if inline {
                        (base, base)
                    } else {
                        (base + i, next + base)
                    };
                    if let Some(kind) = arabic(c).filter(|_| FAST) {
                        // Fast path for Arabic-script letters without a decomposition, and
                        // for the diacritics, which are dropped but stay in the word's span.
                        if kind == Arabic::Letter {
                            word.push(arabic_variant(c));
                        }
                        match &mut span {
                            Some(s) => s.end = end,
                            None if kind == Arabic::Letter => span = Some(at..end),
                            None => {}
                        }
                        continue;
                    }
                    if invisible(c) || apostrophe(c) && span.is_some() {
                        continue;
                    }
                    folded.clear();
                    decompose_compatible(c, |d| {
                        if !is_combining_mark(d) && !invisible(d) {
                            fold_char(d, &mut folded);
                        }
                    });
                    if folded.is_empty() {
                        // A mark alone (a diacritic): part of the word it follows.
                        if let Some(s) = &mut span {
                            s.end = end;
                        }
                        continue;
                    }
                    for f in folded.chars() {
                        if f.is_alphanumeric() {
                            word.push(f);
                            match &mut span {
                                Some(s) => s.end = end,
                                None => span = Some(at..end),
                            }
                        } else {
                            flush(&mut word, &mut span, &mut out, (sentence, clause), quoted);
                            punctuation(f, &mut sentence, &mut clause, &mut quoted);
                        }
                    }
                }
            }
        }
    }
    flush(&mut word, &mut span, &mut out, (sentence, clause), quoted);
    // The estimate above is rough: give back what was not used (the tokens are kept).
    out.shrink_to_fit();
    out
}

/// A source offset as a token keeps it (saturating: no pack file comes near 4 GiB).
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcuts of `tokens` must give what decomposing and folding every character
    /// gives (`cut::<false>`): words, spans, sentences, clauses and quotes.
    #[test]
    fn the_fast_paths_cut_every_text_as_the_plain_fold_does() {
        let files = crate::content::PackFiles::embedded();
        let mut texts: Vec<String> = files
            .iter()
            .filter(|(p, _)| p.ends_with(".ftl") || p.ends_with(".toml"))
            .filter_map(|(_, b)| std::str::from_utf8(b).ok().map(str::to_string))
            .collect();
        assert!(texts.len() > 20, "{} texts", texts.len());
        texts.extend(
            [
                "Don't SAVE it: \"it's   never\" your fault!",
                "\u{0622}\u{067E} \u{0627}\u{0633}\u{06D2} \u{0645}\u{062D}\u{0641}\u{0648}\u{0638} \u{0631}\u{06A9}\u{06BE}\u{06CC}\u{06BA}\u{06D4} \u{064A}\u{0643}\u{0647}",
                "\u{064E}\u{0628}\u{064F}\u{0627} \u{0660}\u{0661}\u{06F2} x\u{0301}y caf\u{00E9} \u{FB01}le",
                "sc\u{200B}reen\u{00AD}shot ng\u{2019}ukuthi \u{2018}q\u{2019} ABC123def ",
                "one,two;three: four\u{2014}five. \u{00AB}six\u{00BB} \u{201C}se'ven\u{201D}'",
                "",
                "   ",
                "it`s a`b `c d\u{00B4}e \u{02BC}f g\u{02BC}",
                "Ça\tva\n  bien\u{00A0}? STRASSE stra\u{00DF}e \u{03A3}\u{039F}\u{03A3}",
            ]
            .map(str::to_string),
        );
        let mut words = 0;
        for text in &texts {
            let fast = tokens(&[Piece::Text(0, text)]);
            let plain = cut::<false>(&[Piece::Text(0, text)]);
            assert_eq!(fast.len(), plain.len(), "{:?}", text.get(..80));
            for (f, p) in fast.iter().zip(&plain) {
                assert_eq!(f, p, "{:?}", text.get(..80));
            }
            words += fast.len();
        }
        assert!(words > 10_000, "{words} words compared");
    }

    #[test]
    fn arabic_letters_fold_as_fold_char_folds_them() {
        // The tokenizer's fast path for Arabic-script letters pushes `arabic_variant`:
        // it must give what the general fold gives, for every letter it takes.
        let mut letters = 0;
        for c in ('\u{0600}'..='\u{06FF}').filter(|&c| arabic(c) == Some(Arabic::Letter)) {
            let mut folded = String::new();
            fold_char(c, &mut folded);
            assert_eq!(folded, arabic_variant(c).to_string(), "U+{:04X}", c as u32);
            letters += 1;
        }
        assert!(letters > 100, "{letters} letters checked");
        assert_eq!(arabic_variant('\u{064A}'), '\u{06CC}');
        assert_eq!(arabic_variant('\u{0628}'), '\u{0628}');
    }

    fn words(s: &str) -> Vec<String> {
        tokens(&[Piece::Text(0, s)])
            .into_iter()
            .map(|t| t.word.into())
            .collect()
    }

    #[test]
    fn folds_width_case_spaces_and_invisible_characters() {
        assert_eq!(
            words("Ｓａｖｅ\u{00A0}the\u{200B} PICTURE"),
            ["save", "the", "picture"]
        );
        assert_eq!(words("don’t  save\n    it"), ["dont", "save", "it"]);
        assert_eq!(words("s\u{200D}a\u{00AD}ve"), ["save"]);
        assert_eq!(words("ＳＣＲＥＥＮＳＨＯＴ"), ["screenshot"]);
    }

    #[test]
    fn urdu_with_and_without_diacritics_and_arabic_letter_forms() {
        assert_eq!(fold("تَصْوِیر"), fold("تصویر"));
        assert_eq!(fold("تصوير"), fold("تصویر"), "Arabic yeh is Urdu yeh");
        assert_eq!(fold("۱۲۳"), "123");
    }

    #[test]
    fn the_arabic_fast_path_folds_like_the_general_path() {
        for n in 0x0600u32..=0x06FF {
            let Some(c) = char::from_u32(n) else { continue };
            let Some(kind) = arabic(c) else { continue };
            let mut slow = String::new();
            decompose_compatible(c, |d| {
                if !is_combining_mark(d) && !invisible(d) {
                    fold_char(d, &mut slow);
                }
            });
            match kind {
                Arabic::Letter => {
                    let mut fast = String::new();
                    fold_char(c, &mut fast);
                    assert_eq!(fast, slow, "U+{n:04X}");
                    assert!(c.is_alphabetic(), "U+{n:04X}");
                }
                Arabic::Mark => assert!(slow.is_empty(), "U+{n:04X}"),
            }
        }
    }

    #[test]
    fn spans_point_into_the_source_and_sentences_split() {
        let src = "Do not pay. “Send me more”";
        let t = tokens(&[Piece::Text(0, src)]);
        assert_eq!(&src[t[2].source_range()], "pay");
        assert_eq!(t[2].sentence, 0);
        assert_eq!(t[3].sentence, 1);
        assert!(t[3].quoted && !t[2].quoted);
    }
}
