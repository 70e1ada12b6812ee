//! Every Fluent text of every locale, parsed once with exact source positions, so each
//! rule can point at the byte where a problem is.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_syntax::ast;

use super::super::safety::{Hit, Matches, Piece, Rules, Token, tokens};
use super::super::{PackFiles, Parsed};

/// Most bytes the folded words (and their word matches) of all messages may keep
/// between checks. Beyond it a part's words are made again each time they are read: a
/// pack of one-letter words at the text limit would otherwise keep some 50 bytes for
/// every two bytes of text. The default pack keeps about 3 MB.
pub const WORD_CACHE_BYTES: usize = 12 * 1000 * 1000;

/// Attributes that are never shown to a person (author marks).
pub const HIDDEN_ATTRIBUTES: &[&str] = &["safety"];

/// One message or term (`-id`) of one file.
#[derive(Debug)]
pub struct Msg<'a> {
    /// File it is in.
    pub file: &'a str,
    /// Source text of that file.
    pub source: &'a str,
    /// Id (terms with their leading `-`).
    pub id: &'a str,
    /// Byte range of the id in the file.
    pub id_span: Range<usize>,
    /// Value pattern.
    pub value: Option<&'a ast::Pattern<&'a str>>,
    /// Attributes by name.
    pub attributes: Vec<(&'a str, &'a ast::Pattern<&'a str>)>,
    /// Folded words of the value and of each attribute, and their word matches.
    cache: Box<[PartCache]>,
    /// Bytes the caches of every message may still take (shared by all locales).
    budget: &'a AtomicUsize,
}

/// What is kept of one part of a message once it was first read.
#[derive(Debug, Default)]
struct PartCache {
    /// Folded words, made once when first asked for.
    tokens: std::sync::OnceLock<Box<[Token]>>,
    /// The lexicon's word matches of those words, with the rules of the message's locale.
    matched: std::sync::OnceLock<Matches>,
}

impl<'a> Msg<'a> {
    /// A part of the message: `None` for the value, `Some(name)` for an attribute.
    pub fn part(&self, attr: Option<&str>) -> Option<&'a ast::Pattern<&'a str>> {
        match attr {
            None => self.value,
            Some(a) => self
                .attributes
                .iter()
                .find(|(n, _)| *n == a)
                .map(|(_, p)| *p),
        }
    }

    /// Every part: `(None, value)` then `(Some(attr), pattern)`.
    pub fn parts(&self) -> impl Iterator<Item = (Option<&'a str>, &'a ast::Pattern<&'a str>)> + '_ {
        self.value
            .map(|v| (None, v))
            .into_iter()
            .chain(self.attributes.iter().map(|(n, p)| (Some(*n), *p)))
    }

    /// Lexicon findings in a part. `rules` are always those of the message's locale
    /// (the word matches are kept for the next scan).
    pub fn hits<'r>(&self, attr: Option<&str>, rules: &'r Rules) -> Vec<Hit<'r>> {
        let Some(slot) = self.slot(attr) else {
            return Vec::new();
        };
        match self.tokens(attr) {
            // Words kept: keep their matches too (they are charged with the words).
            Cow::Borrowed(toks) => {
                let matched = self.cache[slot].matched.get_or_init(|| rules.matches(toks));
                rules.scan_matched(toks, matched)
            }
            Cow::Owned(toks) => rules.scan(&toks),
        }
    }

    fn slot(&self, attr: Option<&str>) -> Option<usize> {
        match attr {
            None if self.value.is_some() => Some(0),
            Some(a) => self
                .attributes
                .iter()
                .position(|(n, _)| *n == a)
                .map(|i| i + 1),
            None => None,
        }
    }

    /// Folded words of a part (empty when the message has no such part): kept after the
    /// first time while [`WORD_CACHE_BYTES`] allows, else made again.
    pub fn tokens(&self, attr: Option<&str>) -> Cow<'_, [Token]> {
        let Some(slot) = self.slot(attr) else {
            return Cow::Borrowed(&[]);
        };
        if let Some(toks) = self.cache[slot].tokens.get() {
            return Cow::Borrowed(toks);
        }
        let toks = self
            .part(attr)
            .map(|p| tokens(&pieces(p, self.source)))
            .unwrap_or_default();
        // Each word: the token, its letters, and its entry in the word matches.
        let cost: usize = toks
            .iter()
            .map(|t| std::mem::size_of::<Token>() + t.word.len() + 8)
            .sum();
        let reserved = self
            .budget
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
                left.checked_sub(cost)
            })
            .is_ok();
        if reserved {
            Cow::Borrowed(
                self.cache[slot]
                    .tokens
                    .get_or_init(|| toks.into_boxed_slice()),
            )
        } else {
            Cow::Owned(toks)
        }
    }

    /// The plain text of a part (placeables as `{}`), for messages.
    pub fn plain(&self, attr: Option<&str>) -> String {
        let Some(p) = self.part(attr) else {
            return String::new();
        };
        let mut out = String::new();
        for piece in pieces(p, self.source) {
            match piece {
                Piece::Text(_, t) | Piece::Inline(_, t) => out.push_str(t),
                Piece::Neutral(_) => out.push_str("{}"),
                Piece::Break => out.push(' '),
            }
        }
        out
    }

    /// Byte range of a part in its file (from its first to its last text), or the id.
    pub fn span_of(&self, attr: Option<&str>) -> Range<usize> {
        let Some(p) = self.part(attr) else {
            return self.id_span.clone();
        };
        let mut lo = usize::MAX;
        let mut hi = 0;
        for piece in pieces(p, self.source) {
            match piece {
                Piece::Text(at, t) => {
                    let t = t.trim_end();
                    if !t.is_empty() {
                        lo = lo.min(at);
                        hi = hi.max(at + t.len());
                    }
                }
                Piece::Neutral(at) => {
                    lo = lo.min(at);
                    hi = hi.max(at);
                }
                Piece::Break | Piece::Inline(..) => {}
            }
        }
        if lo == usize::MAX {
            self.id_span.clone()
        } else {
            lo..hi.max(lo)
        }
    }
}

/// Byte offset of a slice inside its source, if it is one.
pub fn offset_in(source: &str, part: &str) -> Option<usize> {
    let base = source.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= base && at + part.len() <= base + source.len()).then(|| at - base)
}

/// The pieces of a pattern: texts at their offsets, placeables as neutral words, each
/// variant of a select expression as its own text.
pub fn pieces<'a>(pattern: &'a ast::Pattern<&'a str>, source: &'a str) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    push_pattern(pattern, source, &mut out, 0);
    out
}

fn push_pattern<'a>(
    pattern: &'a ast::Pattern<&'a str>,
    source: &'a str,
    out: &mut Vec<Piece<'a>>,
    depth: usize,
) {
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                if let Some(at) = offset_in(source, value) {
                    out.push(Piece::Text(at, value));
                }
            }
            ast::PatternElement::Placeable { expression } => {
                push_expression(expression, source, out, depth + 1)
            }
        }
    }
}

fn push_expression<'a>(
    e: &'a ast::Expression<&'a str>,
    source: &'a str,
    out: &mut Vec<Piece<'a>>,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    match e {
        ast::Expression::Inline(inline) => push_inline(inline, source, out, depth),
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                out.push(Piece::Break);
                push_pattern(&v.value, source, out, depth + 1);
                out.push(Piece::Break);
            }
        }
    }
}

fn push_inline<'a>(
    e: &'a ast::InlineExpression<&'a str>,
    source: &'a str,
    out: &mut Vec<Piece<'a>>,
    depth: usize,
) {
    match e {
        ast::InlineExpression::StringLiteral { value }
        | ast::InlineExpression::NumberLiteral { value } => {
            if let Some(at) = offset_in(source, value) {
                out.push(Piece::Text(at, value));
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            push_expression(expression, source, out, depth + 1)
        }
        ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. }
        | ast::InlineExpression::FunctionReference { id, .. } => {
            out.push(Piece::Neutral(offset_in(source, id.name).unwrap_or(0)))
        }
        ast::InlineExpression::VariableReference { id } => {
            out.push(Piece::Neutral(offset_in(source, id.name).unwrap_or(0)))
        }
    }
}

/// Whether a pattern references another message or term.
fn references(pattern: &ast::Pattern<&str>) -> bool {
    fn expr(e: &ast::Expression<&str>) -> bool {
        match e {
            ast::Expression::Inline(i) => inline(i),
            ast::Expression::Select { variants, .. } => {
                variants.iter().any(|v| references(&v.value))
            }
        }
    }
    fn inline(i: &ast::InlineExpression<&str>) -> bool {
        match i {
            ast::InlineExpression::MessageReference { .. }
            | ast::InlineExpression::TermReference { .. } => true,
            ast::InlineExpression::Placeable { expression } => expr(expression),
            _ => false,
        }
    }
    pattern.elements.iter().any(|el| match el {
        ast::PatternElement::Placeable { expression } => expr(expression),
        _ => false,
    })
}

/// The parsed `.ftl` files of one locale.
#[derive(Debug)]
pub struct LocaleTexts<'a> {
    /// Locale tag as the manifest writes it.
    pub tag: String,
    /// Whether it is a draft translation.
    pub draft: bool,
    /// Every message and term in file order, duplicates included.
    pub all: Vec<Msg<'a>>,
    /// First occurrence of each id: index into `all`.
    pub by_id: HashMap<&'a str, usize>,
}

impl<'a> LocaleTexts<'a> {
    /// A message by id (its first definition).
    pub fn get(&self, id: &str) -> Option<&Msg<'a>> {
        self.by_id.get(id).map(|&i| &self.all[i])
    }

    /// Folded words of a part with the messages and terms it references read in place
    /// (their words point at the reference), so words split across messages are seen
    /// together. `None` when the part references nothing.
    pub fn resolved_tokens(&self, m: &Msg<'a>, attr: Option<&str>) -> Option<Vec<Token>> {
        let pattern = m.part(attr)?;
        if !references(pattern) {
            return None;
        }
        let mut out = Vec::new();
        self.push_resolved(pattern, m.source, None, &mut out, 0);
        Some(tokens(&out))
    }

    fn push_resolved(
        &self,
        pattern: &'a ast::Pattern<&'a str>,
        source: &'a str,
        at: Option<usize>,
        out: &mut Vec<Piece<'a>>,
        depth: usize,
    ) {
        if depth > 8 {
            return;
        }
        for piece in pieces(pattern, source) {
            match (piece, at) {
                (Piece::Text(_, t), Some(at)) => out.push(Piece::Inline(at, t)),
                (Piece::Neutral(p), _) => {
                    // A reference's id sits at `p`: read the message or term it names.
                    let target = source.get(p..).and_then(|rest| {
                        let id: String = rest
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                            .collect();
                        let is_term = p > 0 && source.as_bytes().get(p - 1) == Some(&b'-');
                        let key = if is_term { format!("-{id}") } else { id };
                        self.get(&key).filter(|_| !key.is_empty())
                    });
                    match target.and_then(|t| t.value.map(|v| (t, v))) {
                        Some((t, v)) => {
                            self.push_resolved(v, t.source, Some(at.unwrap_or(p)), out, depth + 1)
                        }
                        None => out.push(Piece::Neutral(at.unwrap_or(p))),
                    }
                }
                (other, _) => out.push(other),
            }
        }
    }
}

/// Parsed resources of every locale of the manifest: `(path, resource)`.
pub struct Sources<'a> {
    /// What is left of [`WORD_CACHE_BYTES`] for the messages indexed from these sources.
    budget: AtomicUsize,
    resources: Vec<(&'a str, String, &'a str, ast::Resource<&'a str>)>,
    errors: Vec<(&'a str, Range<usize>, String)>,
}

impl<'a> Sources<'a> {
    /// Parse every `.ftl` file of every listed locale.
    pub fn parse(files: &'a PackFiles, parsed: &Parsed) -> Sources<'a> {
        let mut resources = Vec::new();
        let mut errors = Vec::new();
        for entry in &parsed.manifest.locales {
            let prefix = format!("locales/{}/", entry.tag);
            let paths = files
                .iter()
                .map(|(path, _)| path)
                .filter(|path| path.starts_with(&prefix) && path.ends_with(".ftl"));
            for path in paths {
                let Ok(text) = files.text(path) else { continue };
                // Too deep to parse safely: never parsed, reported at the place (E008).
                if let Err(e) = crate::content::scan::fluent(text) {
                    let at = e.offset.min(text.len());
                    errors.push((path, at..(at + 1).min(text.len()), e.message));
                    continue;
                }
                let res = match fluent_syntax::parser::parse(text) {
                    Ok(r) => r,
                    Err((r, errs)) => {
                        errors.extend(errs.into_iter().map(|e| (path, e.pos, e.kind.to_string())));
                        r
                    }
                };
                resources.push((path, entry.tag.clone(), text, res));
            }
        }
        Sources {
            budget: AtomicUsize::new(WORD_CACHE_BYTES),
            resources,
            errors,
        }
    }

    /// Fluent syntax errors: `(file, byte range, message)`.
    pub fn errors(&self) -> Vec<(&'a str, Range<usize>, String)> {
        self.errors.clone()
    }

    /// Index the messages of each locale, in manifest order.
    pub fn index(&'a self, parsed: &Parsed) -> Vec<LocaleTexts<'a>> {
        let mut out = Vec::new();
        for e in &parsed.manifest.locales {
            let mut lt = LocaleTexts {
                tag: e.tag.clone(),
                draft: e.status == super::ReviewStatus::Draft,
                all: Vec::new(),
                by_id: HashMap::default(),
            };
            for (path, tag, source, res) in &self.resources {
                if *tag != e.tag {
                    continue;
                }
                for entry in &res.body {
                    let (id, value, attributes, term) = match entry {
                        ast::Entry::Message(m) => (&m.id, m.value.as_ref(), &m.attributes, false),
                        ast::Entry::Term(t) => (&t.id, Some(&t.value), &t.attributes, true),
                        _ => continue,
                    };
                    let at = offset_in(source, id.name).unwrap_or(0);
                    // Term ids keep their dash so they never clash with message ids.
                    let full: &str = if term && at > 0 {
                        &source[at - 1..at + id.name.len()]
                    } else {
                        id.name
                    };
                    let i = lt.all.len();
                    lt.by_id.entry(full).or_insert(i);
                    lt.all.push(Msg {
                        file: path,
                        source,
                        id: full,
                        id_span: at..at + id.name.len(),
                        value,
                        attributes: attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
                        cache: (0..=attributes.len()).map(|_| Default::default()).collect(),
                        budget: &self.budget,
                    });
                }
            }
            // Grown by doubling: give back the room not used, kept while the pack is checked.
            lt.all.shrink_to_fit();
            lt.by_id.shrink_to_fit();
            out.push(lt);
        }
        out
    }
}
