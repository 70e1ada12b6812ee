//! Localisation with Fluent: locale negotiation, one concurrent bundle per
//! locale in fallback order, text direction.
//!
//! A [`Localizer`] is built for one list of preferred locales. It looks a
//! message up in each negotiated locale in turn and finally in the pack's
//! default locale, so a child never sees a message id.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::CharacterDirection;
use unic_langid::LanguageIdentifier;

use crate::content::scan::{self, FluentScan, TooDeep as ScanError};
use crate::error::{Error, Result};

/// Reading direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextDirection {
    /// Left to right (English, isiZulu).
    Ltr,
    /// Right to left (Urdu, Arabic).
    Rtl,
}

/// Direction of a locale, from its script.
///
/// A tag without a script (`ha`, `pa-PK`) takes its language's usual script. `unic-langid`
/// knows which languages can be written right to left; which script they usually use
/// comes from CLDR's likely-subtags tables, which weigh 0.37 MB in the library. Only a
/// few languages on that list are usually written left to right, so they are listed
/// here instead (CLDR 44, the tables unic-langid 0.9 ships; see
/// docs/decisions/0015-library-size.md).
pub fn direction_of(locale: &LanguageIdentifier) -> TextDirection {
    if locale.script.is_none() && usually_left_to_right(locale) {
        return TextDirection::Ltr;
    }
    match locale.character_direction() {
        CharacterDirection::RTL => TextDirection::Rtl,
        _ => TextDirection::Ltr,
    }
}

/// Direction of a text a person typed (a nickname, a class name): that of its first
/// letter with a strong direction (Arabic, Hebrew, Syriac, Thaana, N'Ko... scripts are
/// right to left), left to right when it has none.
pub fn direction_of_text(text: &str) -> TextDirection {
    for c in text.chars() {
        let rtl = matches!(c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
        if rtl {
            return TextDirection::Rtl;
        }
        if c.is_alphabetic() {
            return TextDirection::Ltr;
        }
    }
    TextDirection::Ltr
}

/// A language that unic-langid lists as possibly right-to-left, in a region where CLDR's
/// likely script for it is left-to-right (Latin, Gurmukhi, Devanagari, Cyrillic).
fn usually_left_to_right(locale: &LanguageIdentifier) -> bool {
    let region = locale.region.as_ref().map(|r| r.as_str());
    match (locale.language.as_str(), region) {
        // Written in Arabic script there (CLDR's language-region likely subtags).
        ("ha", Some("SD" | "CM"))
        | ("pa", Some("PK"))
        | ("ms", Some("CC"))
        | ("az", Some("IQ" | "IR"))
        | ("uz", Some("AF")) => false,
        // Devanagari or Cyrillic there.
        ("sd", Some("IN"))
        | ("ug", Some("MN" | "KZ"))
        | ("az", Some("RU"))
        | ("uz", Some("CN")) => true,
        // Latin or Gurmukhi by default.
        ("ha" | "ff" | "bm" | "ms" | "az" | "uz" | "pa", _) => true,
        _ => false,
    }
}

/// Parse a BCP 47 tag.
pub fn parse_locale(tag: &str) -> Result<LanguageIdentifier> {
    tag.parse::<LanguageIdentifier>().map_err(|_| {
        Error::unknown_locale(format!(
            "'{}' is not a valid language tag",
            crate::error::excerpt(tag)
        ))
    })
}

/// A Fluent syntax error: `(file, byte range, message)`.
pub type FluentError = (String, std::ops::Range<usize>, String);

/// The `.ftl` sources of one locale, parsed the first time they are needed, so a pack
/// with many translations loads as fast as one with a single locale. Each file is scanned
/// before it is parsed (see [`crate::content::scan`]); a file that is too large or
/// nested too deep is never parsed and counts as a syntax error. Sources made with
/// [`LocaleSources::new`] are scanned at once (an installed pack's size is bounded
/// before it is used). Those made with [`LocaleSources::built_in`] (the built-in pack)
/// are read a file at a time, when a message of the file is first asked for (see
/// [`Localizer`]), and parsed without the scan: they are compiled into the library and
/// were checked when it was built (decision 0007), so the scan, which guards against what
/// arrives from outside, would only cost start-up time ([`LocaleSources::units`] still
/// scans when asked). A copy shares the sources and what was scanned and parsed of them,
/// whichever copy did it.
#[derive(Debug, Clone, Default)]
pub struct LocaleSources(Arc<SourcesInner>);

#[derive(Debug, Default)]
struct SourcesInner {
    built_in: Option<BuiltIn>,
    files: OnceLock<Vec<(String, Arc<[u8]>)>>,
    scans: OnceLock<Vec<std::result::Result<FluentScan, ScanError>>>,
    parsed: OnceLock<(Vec<Arc<FluentResource>>, Vec<FluentError>)>,
}

/// Reads file `n` of built-in sources: `(path, UTF-8 text)`.
type ReadFile = dyn Fn(usize) -> (String, Arc<[u8]>) + Send + Sync;

/// Sources compiled into the library, read a file at a time.
struct BuiltIn {
    /// Reads file `n` (in file-name order): `(path, UTF-8 text)`.
    read: Box<ReadFile>,
    /// Each file, parsed when first needed.
    parsed: Vec<OnceLock<Arc<FluentResource>>>,
    /// Reads the message ids and the number of the file that defines each.
    read_ids: Box<dyn Fn() -> Vec<(String, usize)> + Send + Sync>,
    ids: OnceLock<rustc_hash::FxHashMap<String, usize>>,
}

impl std::fmt::Debug for BuiltIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BuiltIn")
            .field("files", &self.parsed.len())
            .finish()
    }
}

impl BuiltIn {
    /// File `n` parsed (errors are not expected: the built-in sources were checked when
    /// the library was built; a message that failed to parse is simply absent).
    fn resource(&self, n: usize) -> &Arc<FluentResource> {
        self.parsed[n].get_or_init(|| {
            let (_, text) = (self.read)(n);
            Arc::new(match FluentResource::try_new(utf8(&text)) {
                Ok(r) | Err((r, _)) => r,
            })
        })
    }

    /// The file that defines message `id`.
    fn file_of(&self, id: &str) -> Option<usize> {
        self.ids
            .get_or_init(|| (self.read_ids)().into_iter().collect())
            .get(id)
            .copied()
    }
}

/// A source's text as a `String`: checked with `from_utf8` (its ASCII fast path: about 1
/// instruction a byte, against 7 for the lossy form's chunks), lossily only if that fails
/// (a scanned file is UTF-8, and so is a built-in one).
fn utf8(text: &[u8]) -> String {
    match std::str::from_utf8(text) {
        Ok(t) => t.to_owned(),
        Err(_) => String::from_utf8_lossy(text).into_owned(),
    }
}

impl LocaleSources {
    /// Sources as `(path, UTF-8 text)` in file-name order, shared with the pack's files
    /// (the text is copied once, into the parsed resource).
    pub fn new(files: Vec<(String, Arc<[u8]>)>) -> Self {
        let sources = LocaleSources(Arc::new(SourcesInner {
            files: OnceLock::from(files),
            ..Default::default()
        }));
        sources.scans();
        sources
    }

    /// Sources compiled into the library (the built-in pack): `count` files, `read(n)`
    /// giving file `n` as `(path, UTF-8 text)` in file-name order, and `read_ids` the id
    /// of every message with the number of the file that defines it. Each file is read
    /// and parsed when a message of it is first asked for, without the scan (see the
    /// type's comment), so never use this for sources that arrive from outside.
    pub fn built_in(
        count: usize,
        read: impl Fn(usize) -> (String, Arc<[u8]>) + Send + Sync + 'static,
        read_ids: impl Fn() -> Vec<(String, usize)> + Send + Sync + 'static,
    ) -> Self {
        LocaleSources(Arc::new(SourcesInner {
            built_in: Some(BuiltIn {
                read: Box::new(read),
                parsed: (0..count).map(|_| OnceLock::new()).collect(),
                read_ids: Box::new(read_ids),
                ids: OnceLock::new(),
            }),
            ..Default::default()
        }))
    }

    fn files(&self) -> &[(String, Arc<[u8]>)] {
        let inner = &self.0;
        inner.files.get_or_init(|| match &inner.built_in {
            Some(b) => (0..b.parsed.len()).map(|n| (b.read)(n)).collect(),
            None => Vec::new(),
        })
    }

    fn scans(&self) -> &[std::result::Result<FluentScan, ScanError>] {
        self.0.scans.get_or_init(|| {
            self.files()
                .iter()
                .map(|(_, bytes)| {
                    let text = std::str::from_utf8(bytes).map_err(|e| ScanError {
                        offset: e.valid_up_to(),
                        message: "the file is not UTF-8 text".into(),
                    })?;
                    if text.len() > scan::MAX_TEXT_FILE_BYTES {
                        Err(ScanError {
                            offset: 0,
                            message: format!(
                                "the file is larger than {} KiB",
                                scan::MAX_TEXT_FILE_BYTES / 1024
                            ),
                        })
                    } else {
                        scan::fluent(text)
                    }
                })
                .collect()
        })
    }

    /// Fluent syntax units of the files that will be parsed (bounds their memory).
    pub fn units(&self) -> usize {
        self.scans()
            .iter()
            .filter_map(|s| s.as_ref().ok())
            .map(|s| s.units)
            .sum()
    }

    fn parsed(&self) -> &(Vec<Arc<FluentResource>>, Vec<FluentError>) {
        self.0.parsed.get_or_init(|| {
            let mut errors = Vec::new();
            let files = self.files();
            // Built-in sources are not scanned: see the type's comment.
            let scans = self.0.built_in.is_none().then(|| self.scans());
            let mut list = Vec::with_capacity(files.len());
            for (i, (path, text)) in files.iter().enumerate() {
                if let Some(Err(e)) = scans.map(|s| &s[i]) {
                    errors.push((path.clone(), e.offset..e.offset + 1, e.message.clone()));
                    continue;
                }
                if let Some(b) = &self.0.built_in
                    && b.parsed[i].get().is_some()
                {
                    // Parsed already, a file at a time (`BuiltIn::resource`).
                    list.push(Arc::clone(b.resource(i)));
                    continue;
                }
                let resource = Arc::new(match FluentResource::try_new(utf8(text)) {
                    Ok(r) => r,
                    Err((r, errs)) => {
                        for e in errs {
                            errors.push((path.clone(), e.pos.clone(), e.kind.to_string()));
                        }
                        r
                    }
                });
                list.push(match &self.0.built_in {
                    // Kept for the messages asked for later (`BuiltIn::resource`).
                    Some(b) => Arc::clone(b.parsed[i].get_or_init(|| resource)),
                    None => resource,
                });
            }
            (list, errors)
        })
    }

    /// How many files of built-in sources have been parsed so far (tests).
    #[cfg(test)]
    pub(crate) fn files_parsed(&self) -> usize {
        self.0
            .built_in
            .as_ref()
            .map_or(0, |b| b.parsed.iter().filter(|p| p.get().is_some()).count())
    }

    /// The parsed resources (valid messages of a file load even if others have errors).
    pub fn resources(&self) -> &[Arc<FluentResource>] {
        &self.parsed().0
    }

    /// Syntax errors found while parsing (and files refused before parsing).
    pub fn errors(&self) -> &[FluentError] {
        &self.parsed().1
    }
}

/// The Fluent resources of a pack, per locale (a copy shares the parsed resources).
#[derive(Debug, Clone, Default)]
pub struct Resources {
    /// Sources of each locale.
    pub by_locale: HashMap<LanguageIdentifier, LocaleSources>,
    /// The pack's default locale.
    pub default_locale: Option<LanguageIdentifier>,
}

impl Resources {
    /// Parsed resources of a locale (parsing it now if needed); empty if the pack lacks it.
    pub fn get(&self, locale: &LanguageIdentifier) -> &[Arc<FluentResource>] {
        self.by_locale
            .get(locale)
            .map(LocaleSources::resources)
            .unwrap_or(&[])
    }
}

/// Formatted text and the locale it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// The formatted string.
    pub value: String,
    /// The locale the message was found in (differs from the first preference on fallback).
    pub locale: LanguageIdentifier,
}

struct Bundle {
    locale: LanguageIdentifier,
    /// The bundle, and for built-in sources which of their files it holds.
    bundle: RwLock<(FluentBundle<Arc<FluentResource>>, Vec<bool>)>,
    /// Built-in sources ([`LocaleSources::built_in`]), added to the bundle a file at a
    /// time: a lesson's view parses that lesson's texts, not the whole locale's (a cold
    /// start parsed all of English, 150 KB, for its first text: decision 0019).
    built_in: Option<LocaleSources>,
}

impl Bundle {
    fn new(locale: LanguageIdentifier, bundle: FluentBundle<Arc<FluentResource>>) -> Self {
        Bundle {
            locale,
            bundle: RwLock::new((bundle, Vec::new())),
            built_in: None,
        }
    }

    /// A bundle of built-in sources, empty until messages are asked for.
    fn built_in(locale: LanguageIdentifier, sources: &LocaleSources) -> Self {
        let files = sources.0.built_in.as_ref().map_or(0, |b| b.parsed.len());
        let (bundle, _) = make_bundle(&locale, &[]);
        Bundle {
            locale,
            bundle: RwLock::new((bundle, vec![false; files])),
            built_in: Some(sources.clone()),
        }
    }

    /// Add the built-in files `files` to the bundle (those not in it yet).
    fn load(&self, files: impl Iterator<Item = usize> + Clone) {
        let Some(built_in) = self.built_in.as_ref().and_then(|s| s.0.built_in.as_ref()) else {
            return;
        };
        {
            let read = self.bundle.read().unwrap_or_else(|e| e.into_inner());
            if files
                .clone()
                .all(|n| read.1.get(n).copied().unwrap_or(true))
            {
                return;
            }
        }
        let mut write = self.bundle.write().unwrap_or_else(|e| e.into_inner());
        let (bundle, loaded) = &mut *write;
        for n in files {
            if loaded.get(n) == Some(&false) {
                loaded[n] = true;
                // Ids used twice were refused when the pack was checked.
                let _ = bundle.add_resource(Arc::clone(built_in.resource(n)));
            }
        }
    }

    /// Format message `id` (or its attribute) if this locale has it, without errors.
    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
        if let Some(sources) = &self.built_in {
            let n = sources.0.built_in.as_ref()?.file_of(id)?;
            self.load(std::iter::once(n));
        }
        let errors = match self.format_loaded(id, attr, args)? {
            Ok(value) => return Some(value),
            Err(errors) => errors,
        };
        // A built-in message may use a message or term of another file: with every file
        // of the locale in the bundle, once more.
        if self.built_in.is_some() && refers_elsewhere(&errors) {
            let files = self
                .bundle
                .read()
                .unwrap_or_else(|e| e.into_inner())
                .1
                .len();
            self.load(0..files);
            return self.format_loaded(id, attr, args)?.ok();
        }
        None
    }

    /// Format with the files in the bundle: `None` if it lacks the message (or the
    /// attribute), the errors if formatting had any.
    fn format_loaded(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<std::result::Result<String, Vec<fluent_bundle::FluentError>>> {
        let read = self.bundle.read().unwrap_or_else(|e| e.into_inner());
        let bundle = &read.0;
        let msg = bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|at| at.value()),
            None => msg.value(),
        }?;
        let mut errors = vec![];
        let value = bundle.format_pattern(pattern, args, &mut errors);
        Some(if errors.is_empty() {
            Ok(value.into_owned())
        } else {
            Err(errors)
        })
    }
}

/// Whether formatting failed on a message or term the bundle does not have.
fn refers_elsewhere(errors: &[fluent_bundle::FluentError]) -> bool {
    use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};
    errors.iter().any(|e| {
        matches!(
            e,
            fluent_bundle::FluentError::ResolverError(ResolverError::Reference(
                ReferenceKind::Message { .. } | ReferenceKind::Term { .. }
            ))
        )
    })
}

/// A locale that cannot be used as it is, and why. Its text falls back to the default locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleProblem {
    /// The locale's tag.
    pub locale: String,
    /// What is wrong, for people.
    pub problem: String,
}

/// A bundle of one locale's resources, made the one way the app makes them. Returns the
/// ids that more than one message or term uses.
fn make_bundle(
    locale: &LanguageIdentifier,
    resources: &[Arc<FluentResource>],
) -> (FluentBundle<Arc<FluentResource>>, Vec<String>) {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
    // Unicode isolation marks keep a nickname from reordering right-to-left text;
    // in left-to-right locales they only add invisible noise.
    bundle.set_use_isolating(direction_of(locale) == TextDirection::Rtl);
    let mut duplicates = Vec::new();
    for res in resources {
        if let Err(errs) = bundle.add_resource(Arc::clone(res)) {
            for e in errs {
                if let fluent_bundle::FluentError::Overriding { id, .. } = e {
                    duplicates.push(ex(&id));
                }
            }
        }
    }
    (bundle, duplicates)
}

/// Short, escaped excerpt of text from a pack, for problem messages.
fn ex(text: &str) -> String {
    crate::content::signing::excerpt(text)
}

/// A short list for a problem message: at most five items (already escaped).
fn id_list(ids: &[String]) -> String {
    let mut out: Vec<String> = ids.iter().take(5).cloned().collect();
    if ids.len() > 5 {
        out.push(format!("and {} more", ids.len() - 5));
    }
    out.join(", ")
}

/// Why a locale's sources cannot be used as they are: syntax errors (or files refused
/// before parsing) and ids used twice. Builds the locale's bundle on the way.
fn source_problems(
    resources: &Resources,
    locale: &LanguageIdentifier,
) -> (FluentBundle<Arc<FluentResource>>, Option<String>) {
    let sources = resources.by_locale.get(locale);
    let (bundle, duplicates) = make_bundle(locale, resources.get(locale));
    let mut problems = Vec::new();
    if let Some((file, _, msg)) = sources.and_then(|s| s.errors().first()) {
        problems.push(format!(
            "{} Fluent syntax error(s), the first in {}: {}",
            sources.map_or(0, |s| s.errors().len()),
            ex(file),
            ex(msg)
        ));
    }
    if !duplicates.is_empty() {
        problems.push(format!(
            "{} message id(s) defined more than once: {}",
            duplicates.len(),
            id_list(&duplicates)
        ));
    }
    let problem = (!problems.is_empty()).then(|| problems.join("; "));
    (bundle, problem)
}

/// Whether a formatting error is only a variable the app did not pass (the app passes
/// them when it shows the text; the check formats without them).
fn only_missing_variables(errors: &[fluent_bundle::FluentError]) -> bool {
    use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};
    errors.iter().all(|e| {
        matches!(
            e,
            fluent_bundle::FluentError::ResolverError(ResolverError::Reference(
                ReferenceKind::Variable { .. }
            ))
        )
    })
}

/// Check every locale of a pack completely, as installing a pack needs: each locale's
/// files parse, no id is used twice, every message and attribute formats (only variables
/// the app passes may be missing), and every message in `needed` (`(id, attribute)`)
/// resolves in every locale, falling back to the default locale as the app does.
/// Returns one problem per broken locale; an empty list means every locale is usable.
pub fn check_all_locales(
    resources: &Resources,
    needed: &[(String, Option<String>)],
) -> Vec<LocaleProblem> {
    let mut problems = Vec::new();
    let Some(default) = resources.default_locale.clone() else {
        problems.push(LocaleProblem {
            locale: String::new(),
            problem: "the pack has no default locale".into(),
        });
        return problems;
    };
    let mut locales: Vec<&LanguageIdentifier> = resources.by_locale.keys().collect();
    locales.sort_by_key(|l| (**l != default, l.to_string()));
    if !resources.by_locale.contains_key(&default) {
        problems.push(LocaleProblem {
            locale: default.to_string(),
            problem: "the default locale has no texts".into(),
        });
        return problems;
    }
    let (default_bundle, default_problem) = source_problems(resources, &default);
    for locale in locales {
        let other;
        let (bundle, problem) = if *locale == default {
            (&default_bundle, default_problem.clone())
        } else {
            other = source_problems(resources, locale);
            (&other.0, other.1.clone())
        };
        if let Some(problem) = problem {
            problems.push(LocaleProblem {
                locale: locale.to_string(),
                problem,
            });
            continue;
        }
        // Every message and attribute of the locale formats.
        let mut broken = Vec::new();
        for res in resources.get(locale) {
            for entry in res.entries() {
                let fluent_syntax::ast::Entry::Message(m) = entry else {
                    continue;
                };
                let patterns = m
                    .value
                    .iter()
                    .map(|v| (None, v))
                    .chain(m.attributes.iter().map(|a| (Some(a.id.name), &a.value)));
                for (attr, pattern) in patterns {
                    let mut errors = vec![];
                    let _ = bundle.format_pattern(pattern, None, &mut errors);
                    if !only_missing_variables(&errors) {
                        let name = match attr {
                            Some(a) => format!("{}.{a}", m.id.name),
                            None => m.id.name.to_string(),
                        };
                        broken.push(format!("{} ({})", ex(&name), ex(&errors[0].to_string())));
                    }
                }
            }
        }
        // Every needed message resolves: in this locale, or else in the default one.
        let mut missing = Vec::new();
        for (id, attr) in needed {
            let resolves = [bundle, &default_bundle].iter().any(|b| {
                let Some(msg) = b.get_message(id) else {
                    return false;
                };
                let pattern = match attr {
                    Some(a) => msg.get_attribute(a).map(|at| at.value()),
                    None => msg.value(),
                };
                pattern.is_some_and(|p| {
                    let mut errors = vec![];
                    let _ = b.format_pattern(p, None, &mut errors);
                    only_missing_variables(&errors)
                })
            });
            if !resolves {
                missing.push(ex(&match attr {
                    Some(a) => format!("{id}.{a}"),
                    None => id.clone(),
                }));
            }
        }
        let mut parts = Vec::new();
        if !broken.is_empty() {
            parts.push(format!(
                "{} text(s) cannot be formatted: {}",
                broken.len(),
                id_list(&broken)
            ));
        }
        if !missing.is_empty() {
            parts.push(format!(
                "{} text(s) the pack uses cannot be shown: {}",
                missing.len(),
                id_list(&missing)
            ));
        }
        if !parts.is_empty() {
            problems.push(LocaleProblem {
                locale: locale.to_string(),
                problem: parts.join("; "),
            });
        }
    }
    problems
}

/// Messages for one list of preferred locales.
pub struct Localizer {
    bundles: Vec<Bundle>,
    problems: Vec<LocaleProblem>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.locales())
            .field("problems", &self.problems)
            .finish()
    }
}

impl Localizer {
    /// Negotiate `requested` (most preferred first) against the pack's locales,
    /// with the pack default last, and build a bundle for each.
    ///
    /// A broken locale (syntax errors, files refused before parsing, ids used twice) is
    /// left out, so its text comes from the next locale and finally the default one, and
    /// the reason is kept in [`Localizer::problems`]. A broken default locale is still
    /// used for whatever loads. Fails only when the pack has no default locale.
    pub fn new(resources: &Resources, requested: &[LanguageIdentifier]) -> Result<Self> {
        let available: Vec<LanguageIdentifier> = {
            let mut v: Vec<_> = resources.by_locale.keys().cloned().collect();
            v.sort_by_key(|l| l.to_string());
            v
        };
        let default = resources
            .default_locale
            .clone()
            .ok_or_else(|| Error::ContentInvalid("the pack has no default locale".into()))?;
        let negotiated = negotiate_languages(
            requested,
            &available,
            Some(&default),
            NegotiationStrategy::Filtering,
        );
        let mut order: Vec<LanguageIdentifier> = Vec::new();
        for l in negotiated {
            if *l != default && !order.contains(l) {
                order.push(l.clone());
            }
        }
        order.push(default.clone());

        let mut bundles = Vec::with_capacity(order.len());
        let mut problems = Vec::new();
        for locale in order {
            if let Some(sources) = resources.by_locale.get(&locale)
                && sources.0.built_in.is_some()
            {
                // Checked when the library was built (0007): read as messages are asked for.
                bundles.push(Bundle::built_in(locale, sources));
                continue;
            }
            let (bundle, problem) = source_problems(resources, &locale);
            if let Some(problem) = problem {
                let fallback = locale != default;
                problems.push(LocaleProblem {
                    locale: locale.to_string(),
                    problem: if fallback {
                        format!("{problem}; its texts are shown in {default} instead")
                    } else {
                        problem
                    },
                });
                if fallback {
                    continue;
                }
            }
            bundles.push(Bundle::new(locale, bundle));
        }
        Ok(Localizer { bundles, problems })
    }

    /// Locales that could not be used, and why (empty when all is well).
    pub fn problems(&self) -> &[LocaleProblem] {
        &self.problems
    }

    /// Locales in lookup order; the first is the learner's text locale.
    pub fn locales(&self) -> Vec<&LanguageIdentifier> {
        self.bundles.iter().map(|b| &b.locale).collect()
    }

    /// The primary (first) locale.
    pub fn primary(&self) -> &LanguageIdentifier {
        &self.bundles[0].locale
    }

    /// Format message `id` (or its attribute `attr`) in the first locale that has it.
    pub fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> Option<Text> {
        // A broken translation (say a variable misspelt) falls through to the next locale.
        self.bundles.iter().find_map(|b| {
            b.format(id, attr, args).map(|value| Text {
                value,
                locale: b.locale.clone(),
            })
        })
    }

    /// Format a message value; `None` only when no locale, not even the default, has it.
    pub fn text(&self, id: &str) -> Option<Text> {
        self.format(id, None, None)
    }

    /// Format a message attribute (`.easy`, `.alt`, `.feedback`, `.hint`).
    pub fn attr(&self, id: &str, attr: &str) -> Option<Text> {
        self.format(id, Some(attr), None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in(
        files: &'static [&'static str],
        ids: &'static [(&'static str, usize)],
    ) -> LocaleSources {
        LocaleSources::built_in(
            files.len(),
            move |n| (format!("f{n}.ftl"), Arc::from(files[n].as_bytes())),
            move || ids.iter().map(|(id, n)| (id.to_string(), *n)).collect(),
        )
    }

    fn localizer(sources: LocaleSources) -> Localizer {
        let en: LanguageIdentifier = "en".parse().unwrap();
        let resources = Resources {
            by_locale: [(en.clone(), sources)].into_iter().collect(),
            default_locale: Some(en),
        };
        Localizer::new(&resources, &[]).unwrap()
    }

    /// Built-in sources are parsed a file at a time, as their messages are asked for.
    #[test]
    fn built_in_sources_parse_only_the_files_asked_for() {
        let sources = built_in(
            &["a = Apple\n", "b = Bee\n    .easy = A bee\n", "c = Cat\n"],
            &[("a", 0), ("b", 1), ("c", 2)],
        );
        let l10n = localizer(sources.clone());
        assert_eq!(sources.files_parsed(), 0, "opening parses nothing");
        assert_eq!(l10n.attr("b", "easy").unwrap().value, "A bee");
        assert_eq!(sources.files_parsed(), 1);
        assert_eq!(l10n.text("b").unwrap().value, "Bee");
        assert_eq!(l10n.text("missing"), None);
        assert_eq!(sources.files_parsed(), 1, "an unknown id reads no file");
        assert_eq!(l10n.text("c").unwrap().value, "Cat");
        assert_eq!(sources.files_parsed(), 2);
        // The whole locale, asked for at once (the checker), reuses what was parsed.
        assert_eq!(sources.resources().len(), 3);
        assert_eq!(sources.files_parsed(), 3);
    }

    /// A built-in message may use a term or message of another file: the rest of the
    /// locale is read, and it formats as it would with every file parsed.
    #[test]
    fn a_built_in_message_using_another_files_term_still_formats() {
        let sources = built_in(
            &[
                "-brand = SafeSteps\nbye = Bye\n",
                "hello = Hello from { -brand }\nboth = { hello }, { bye }\n",
            ],
            &[("bye", 0), ("hello", 1), ("both", 1)],
        );
        let l10n = localizer(sources.clone());
        assert_eq!(l10n.text("hello").unwrap().value, "Hello from SafeSteps");
        assert_eq!(sources.files_parsed(), 2);
        assert_eq!(
            l10n.text("both").unwrap().value,
            "Hello from SafeSteps, Bye"
        );
    }
}
