//! Content packs: the format, loading, validation and the immutable [`Catalog`].

mod budget;
pub mod built;
#[cfg(feature = "authoring")]
pub mod catalog_doc;
mod embedded;
mod files;
pub mod installed;
#[cfg(feature = "authoring")]
mod locate;
pub mod model;
pub mod readability;
pub mod safety;
pub mod scan;
pub mod signing;
pub mod slots;
mod validate;
pub mod validate_contacts;

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

pub use files::PackFiles;
#[cfg(feature = "authoring")]
pub use locate::locate;
pub use model::*;
pub use validate::{
    Coverage, Diagnostic, EASY_6_9_LIMITS, EASY_6_9_SENTENCE_WORDS, LEXICON_DIR, Locator,
    Readability, Severity, coverage, module_messages, pack_lexicon, readability, validate,
};

use crate::error::{Error, Result};
use crate::l10n::{Resources, parse_locale};

/// Path of the manifest inside a pack.
pub const MANIFEST: &str = "pack.toml";
/// Path of the sign-language video manifest inside a pack.
pub const VIDEOS: &str = "media/videos.toml";
/// Path of the key screens' instructions and the contact kinds' explanations.
pub const SCREENS: &str = "screens.toml";
/// Path of the character bible.
pub const CHARACTERS: &str = "characters.toml";

/// A loaded, validated pack, indexed by id. Read-only after loading. A copy is a handle
/// to the same data (an `Arc`): copying costs nothing, so the built-in pack, made once per
/// process, is shared by every engine opened in it (decision 0019). Its fields are read
/// through [`CatalogData`]; changing one (tests) copies the data first.
#[derive(Debug, Clone)]
pub struct Catalog(std::sync::Arc<CatalogData>);

impl std::ops::Deref for Catalog {
    type Target = CatalogData;
    fn deref(&self) -> &CatalogData {
        &self.0
    }
}

impl std::ops::DerefMut for Catalog {
    fn deref_mut(&mut self) -> &mut CatalogData {
        let data = std::sync::Arc::make_mut(&mut self.0);
        // What is derived from the modules is made again after a change.
        data.shapes = OnceLock::new();
        data
    }
}

/// What a [`Catalog`] holds.
#[derive(Debug, Clone)]
pub struct CatalogData {
    /// The manifest.
    pub manifest: Manifest,
    /// Modules in display order (file-name order unless the manifest orders them).
    pub modules: Vec<ModuleDef>,
    /// Fluent resources per locale.
    pub resources: Resources,
    /// The pack's files (pictures are served from here).
    pub files: PackFiles,
    /// Sign-language videos.
    pub videos: VideoManifest,
    videos_by_step: FxHashMap<String, Vec<usize>>,
    /// Help contacts in pack order.
    pub contacts: Vec<ContactDef>,
    /// Reporting pathways in file order.
    pub pathways: Vec<PathwayDef>,
    /// Key screens' instructions and contact kinds' explanations.
    pub screens: ScreensFile,
    /// The character bible.
    pub characters: Vec<CharacterDef>,
    // The indexes hash with Fx, not SipHash: they are built at every start (about 1,900
    // ids for the default pack) and their keys are the pack's own, checked ids.
    module_index: FxHashMap<String, usize>,
    lesson_index: FxHashMap<String, (usize, usize)>,
    step_index: FxHashMap<String, (usize, usize, usize)>,
    /// Each module's shape (`progression::module_shape`), computed when first asked for.
    shapes: OnceLock<FxHashMap<String, i64>>,
}

/// Where a step sits in the catalog.
#[derive(Debug, Clone, Copy)]
pub struct StepRef<'a> {
    /// Its module.
    pub module: &'a ModuleDef,
    /// Its lesson.
    pub lesson: &'a LessonDef,
    /// The step.
    pub step: &'a StepDef,
    /// Index of the step in its lesson.
    pub index: usize,
}

/// The manifest and modules parsed from a pack's files, before validation.
#[derive(Debug)]
pub struct Parsed {
    /// The manifest.
    pub manifest: Manifest,
    /// Module files that could not be parsed: `(file, byte range, message)`.
    pub toml_errors: Vec<(String, Option<std::ops::Range<usize>>, String)>,
    /// `(file path, module)` in file-name order.
    pub modules: Vec<(String, ModuleDef)>,
    /// Fluent resources per locale.
    pub resources: Resources,
    /// Sign-language videos.
    pub videos: VideoManifest,
    /// Help contacts: `(file, contact)` in file order.
    pub contacts: Vec<(String, ContactDef)>,
    /// Reporting pathways: `(file, pathway)`.
    pub pathways: Vec<(String, PathwayDef)>,
    /// Key screens' instructions and contact kinds' explanations (`screens.toml`).
    pub screens: ScreensFile,
    /// The character bible (`characters.toml`).
    pub characters: CharactersFile,
}

/// Where a TOML file went wrong (byte range, if known) and what.
#[cfg(feature = "authoring")]
type TomlError = (Option<std::ops::Range<usize>>, String);

/// A TOML file of a pack: checked for size and nesting before it is parsed.
#[cfg(feature = "authoring")]
fn toml_file<T: serde::de::DeserializeOwned>(
    files: &PackFiles,
    path: &str,
) -> Result<std::result::Result<T, TomlError>> {
    let text = files.text(path)?;
    if text.len() > scan::MAX_TEXT_FILE_BYTES {
        return Ok(Err((
            None,
            format!(
                "the file is larger than {} KiB",
                scan::MAX_TEXT_FILE_BYTES / 1024
            ),
        )));
    }
    if let Err(e) = scan::toml(text) {
        return Ok(Err((Some(e.offset..e.offset + 1), e.message)));
    }
    Ok(toml::from_str::<T>(text).map_err(|e| (e.span(), e.message().to_string())))
}

/// An optional TOML file of a pack: its default when absent; a syntax error is recorded.
#[cfg(feature = "authoring")]
fn optional_toml<T: serde::de::DeserializeOwned + Default>(
    files: &PackFiles,
    path: &str,
    toml_errors: &mut Vec<(String, Option<std::ops::Range<usize>>, String)>,
) -> Result<T> {
    if !files.contains(path) {
        return Ok(T::default());
    }
    Ok(match toml_file::<T>(files, path)? {
        Ok(v) => v,
        Err((span, msg)) => {
            toml_errors.push((path.to_string(), span, msg));
            T::default()
        }
    })
}

/// The Fluent sources of every locale the manifest lists (parsed when first used), each
/// made by `sources` from the locale's tag.
fn resources(
    manifest: &Manifest,
    mut sources: impl FnMut(&str) -> Result<crate::l10n::LocaleSources>,
) -> Result<Resources> {
    let mut resources = Resources {
        default_locale: Some(parse_locale(&manifest.default_locale).map_err(|_| {
            Error::ContentInvalid(format!(
                "{MANIFEST}: default_locale '{}' is not a valid language tag",
                manifest.default_locale
            ))
        })?),
        ..Default::default()
    };
    for entry in &manifest.locales {
        let locale = parse_locale(&entry.tag).map_err(|_| {
            Error::ContentInvalid(format!(
                "{MANIFEST}: locale '{}' is not a valid language tag",
                entry.tag
            ))
        })?;
        resources.by_locale.insert(locale, sources(&entry.tag)?);
    }
    Ok(resources)
}

/// The Fluent sources of one locale of a pack's files (`locales/<tag>/*.ftl`), each
/// checked to be UTF-8; parsed when first used.
fn locale_sources(files: &PackFiles, tag: &str) -> Result<crate::l10n::LocaleSources> {
    let prefix = format!("locales/{tag}/");
    let sources = files
        .paths(&prefix, ".ftl")
        .map(|path| {
            files.text(path)?; // UTF-8, or the pack fails here
            let bytes = files.get(path).expect("listed").clone();
            Ok((path.to_string(), bytes))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(crate::l10n::LocaleSources::new(sources))
}

/// The Fluent text of all locales together may hold at most [`scan::MAX_FLUENT_UNITS`].
fn check_units(resources: &Resources) -> Result<()> {
    let units: usize = resources.by_locale.values().map(|s| s.units()).sum();
    if units > scan::MAX_FLUENT_UNITS {
        return Err(Error::ContentInvalid(format!(
            "the pack's Fluent texts are too large ({units} lines, placeables and variants; at most {})",
            scan::MAX_FLUENT_UNITS
        )));
    }
    Ok(())
}

/// Parse a pack: a built one ([`built::parse`]) or, with the `authoring` feature, its
/// TOML sources ([`parse`]).
fn parse_any(files: &PackFiles) -> Result<Parsed> {
    if built::is_built(files) {
        return built::parse(files);
    }
    parse_sources(files)
}

#[cfg(feature = "authoring")]
fn parse_sources(files: &PackFiles) -> Result<Parsed> {
    parse(files)
}

#[cfg(not(feature = "authoring"))]
fn parse_sources(_files: &PackFiles) -> Result<Parsed> {
    Err(built::old_format(
        "the pack has no catalog.bin: it holds TOML sources or was built by an older SafeSteps; build it with `safesteps pack build` and install it again",
    ))
}

/// Refuse a pack whose text files (those ending in one of `extensions`) are together
/// larger than [`scan::MAX_TEXT_BYTES`], before any of them is parsed (a pack's sources
/// or its built form).
fn text_within_limit(files: &PackFiles, extensions: &[&str]) -> Result<()> {
    let text: usize = files
        .iter()
        .filter(|(p, _)| extensions.iter().any(|e| p.ends_with(e)))
        .map(|(_, b)| b.len())
        .sum();
    if text > scan::MAX_TEXT_BYTES {
        return Err(Error::ContentInvalid(format!(
            "the pack's text files are too large ({text} bytes; at most {})",
            scan::MAX_TEXT_BYTES
        )));
    }
    Ok(())
}

/// Parse the TOML and Fluent files of a pack. Syntax errors in TOML fail here;
/// Fluent syntax errors are collected (the valid messages of a file still load).
/// Every text file is checked for size and nesting before it is parsed, and the Fluent
/// text of all locales together may hold at most [`scan::MAX_FLUENT_UNITS`] units.
#[cfg(feature = "authoring")]
pub fn parse(files: &PackFiles) -> Result<Parsed> {
    text_within_limit(files, &[".toml", ".ftl"])?;
    let manifest: Manifest = toml_file(files, MANIFEST)?
        .map_err(|(_, msg)| Error::ContentInvalid(format!("{MANIFEST}: {msg}")))?;
    let mut modules = Vec::new();
    let mut toml_errors = Vec::new();
    for path in files.paths("modules/", ".toml") {
        match toml_file::<ModuleDef>(files, path)? {
            Ok(module) => modules.push((path.to_string(), module)),
            Err((span, msg)) => toml_errors.push((path.to_string(), span, msg)),
        }
    }
    let videos = if files.contains(VIDEOS) {
        match toml_file::<VideoManifest>(files, VIDEOS)? {
            Ok(v) => v,
            Err((span, msg)) => {
                toml_errors.push((VIDEOS.to_string(), span, msg));
                VideoManifest::default()
            }
        }
    } else {
        VideoManifest::default()
    };
    let screens = optional_toml::<ScreensFile>(files, SCREENS, &mut toml_errors)?;
    let characters = optional_toml::<CharactersFile>(files, CHARACTERS, &mut toml_errors)?;
    let mut contacts = Vec::new();
    for path in files.paths("contacts/", ".toml") {
        match toml_file::<ContactsFile>(files, path)? {
            Ok(f) => contacts.extend(f.contact.into_iter().map(|c| (path.to_string(), c))),
            Err((span, msg)) => toml_errors.push((path.to_string(), span, msg)),
        }
    }
    // Each channel's week, as a built pack carries them (`weeks` of `catalog.bin`).
    let hours = contacts.iter().flat_map(|(_, c)| &c.channel);
    let weeks = catalog_doc::weeks_of(hours.filter_map(|ch| ch.hours.as_deref()));
    built::set_weeks(contacts.iter_mut().flat_map(|(_, c)| &mut c.channel), weeks)?;
    let mut pathways = Vec::new();
    for path in files.paths("pathways/", ".toml") {
        match toml_file::<PathwayDef>(files, path)? {
            Ok(p) => pathways.push((path.to_string(), p)),
            Err((span, msg)) => toml_errors.push((path.to_string(), span, msg)),
        }
    }
    let resources = resources(&manifest, |tag| locale_sources(files, tag))?;
    check_units(&resources)?;
    // Every locale is parsed when first used (the default one too): loading a pack
    // validates it first, and the validator's own syntax trees are gone by then, so the
    // two never take memory at once.
    Ok(Parsed {
        manifest,
        toml_errors,
        videos,
        contacts,
        pathways,
        screens,
        characters,
        modules,
        resources,
    })
}

/// Every diagnostic for a pack: parse problems and validation rules. Fails only when the
/// manifest itself cannot be read (then nothing else can be checked).
///
/// Besides the validation rules, every locale is checked as installing a pack checks it
/// (see [`crate::l10n::check_all_locales`]): a locale whose texts cannot all be formatted
/// (a translation referring to a message or term no file defines, a cycle, an unknown
/// function) is an `L001` error at the locale's entry in the manifest, unless a rule
/// already reported an error in that locale's files.
#[cfg(feature = "authoring")]
pub fn check(files: &PackFiles) -> Result<Vec<Diagnostic>> {
    let parsed = parse(files)?;
    let mut diagnostics = validate(files, &parsed);
    let mut extra = Vec::new();
    for problem in crate::l10n::check_all_locales(&parsed.resources, &[]) {
        let Some(index) =
            parsed.manifest.locales.iter().position(|l| {
                parse_locale(&l.tag).is_ok_and(|id| id.to_string() == problem.locale)
            })
        else {
            continue;
        };
        let prefix = format!("locales/{}/", parsed.manifest.locales[index].tag);
        if diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error && d.file.starts_with(&prefix))
        {
            continue;
        }
        extra.push(Diagnostic {
            severity: Severity::Error,
            code: "L001",
            file: MANIFEST.to_string(),
            locator: Locator::Toml(vec!["locales".into(), index.to_string(), "tag".into()]),
            message: format!(
                "locale '{}' cannot be used: {}",
                parsed.manifest.locales[index].tag, problem.problem
            ),
            help: Some("an app refuses to install a pack with a locale it cannot use".into()),
        });
    }
    // Errors first, as `validate` orders them.
    let at = diagnostics
        .iter()
        .position(|d| d.severity != Severity::Error)
        .unwrap_or(diagnostics.len());
    diagnostics.splice(at..at, extra);
    Ok(diagnostics)
}

/// The video manifest completed with a `needs_recording` entry for every video slot
/// ([`slots::slots_of`]: lesson steps, pathway steps, knowledge-check questions, contact
/// kinds, key screens) and sign language that has no recorded video; recorded entries are
/// kept. Ordered by slot, per sign language.
pub fn plan_videos(parsed: &Parsed) -> VideoManifest {
    let kept: Vec<VideoEntry> = parsed
        .videos
        .video
        .iter()
        .filter(|v| v.status == VideoStatus::Recorded)
        .cloned()
        .collect();
    let recorded: std::collections::HashSet<(String, String)> = kept
        .iter()
        .map(|v| (v.step.clone(), v.sign_language.clone()))
        .collect();
    let slots = parsed_slots(parsed);
    let mut needs_recording: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for sl in &parsed.manifest.sign_languages {
        let list: Vec<String> = slots
            .iter()
            .filter(|s| !recorded.contains(&(s.id.clone(), sl.clone())))
            .map(|s| s.id.clone())
            .collect();
        if !list.is_empty() {
            needs_recording.insert(sl.clone(), list);
        }
    }
    VideoManifest {
        needs_recording,
        video: kept,
    }
}

/// Every video slot of a parsed pack (see [`slots::video_slots`]).
pub fn parsed_slots(parsed: &Parsed) -> Vec<slots::VideoSlot> {
    slots::slots_of(
        parsed.modules.iter().map(|(_, m)| m),
        parsed.pathways.iter().map(|(_, p)| p),
        &parsed.screens,
    )
}

/// Every message the pack's modules, pathways and the app itself show: `(id, attribute)`.
pub fn needed_messages(parsed: &Parsed) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = validate::APP_MESSAGES
        .iter()
        .map(|id| (id.to_string(), None))
        .collect();
    let alt = |out: &mut Vec<(String, Option<String>)>, id: &str, picture: &Option<String>| {
        if picture.is_some() {
            out.push((id.to_string(), Some("alt".into())));
        }
    };
    for (_, m) in &parsed.modules {
        out.push((ids::module_title(m), None));
        out.push((ids::module_summary(m), None));
        alt(&mut out, &ids::module_title(m), &m.picture);
        for l in &m.lessons {
            out.push((ids::lesson_title(l), None));
            for s in &l.steps {
                out.push((ids::step_text(s), None));
                alt(&mut out, &ids::step_text(s), &s.picture);
                for o in s.question.iter().flat_map(|q| &q.options) {
                    out.push((ids::option_text(s, o), None));
                    alt(&mut out, &ids::option_text(s, o), &o.picture);
                }
            }
        }
    }
    for (_, p) in &parsed.pathways {
        out.push((ids::pathway_title(p), None));
        for s in &p.steps {
            out.push((ids::pathway_step(p, s), None));
            alt(&mut out, &ids::pathway_step(p, s), &s.picture);
        }
    }
    for (_, m) in &parsed.modules {
        for q in m
            .knowledge_check
            .iter()
            .flat_map(|k| k.pre.iter().chain(&k.post))
        {
            out.push((ids::step_text(q), None));
            alt(&mut out, &ids::step_text(q), &q.picture);
        }
    }
    for k in &parsed.screens.contact_kind {
        out.push((slots::contact_kind_message(k), None));
        alt(&mut out, &slots::contact_kind_message(k), &k.picture);
    }
    for sc in &parsed.screens.screen {
        out.push((slots::screen_message(sc), None));
        alt(&mut out, &slots::screen_message(sc), &sc.picture);
    }
    out.sort();
    out.dedup();
    out
}

/// A pack file read, verified and loaded completely, not yet in use.
#[derive(Debug)]
pub struct LoadedPack {
    /// The catalog, ready to put in use.
    pub catalog: Catalog,
    /// SHA-256 of the file exactly as verified (to check a copy against).
    pub sha256: [u8; 32],
    /// The file's length.
    pub bytes: u64,
    /// Hex public key that signed it.
    pub signer: String,
}

/// Read a pack file with bounded memory, verify its container, signature and every
/// file's hash against the pinned keys, then load it completely ([`Catalog::load`]:
/// validation, every locale's bundles built, every message resolved in every locale)
/// and check it suits this core version. Nothing is changed anywhere: what to do with
/// the result (commit it with [`installed::PackDir::install`]) is the caller's choice.
pub fn load_pack_file(
    path: &std::path::Path,
    trusted: &[ed25519_dalek::VerifyingKey],
    limits: &signing::Limits,
) -> Result<LoadedPack> {
    if trusted.is_empty() {
        return Err(Error::PackRejected(
            "no publisher keys are configured, so no pack can be installed".into(),
        ));
    }
    let read = signing::read_verified(path, trusted, limits)?;
    let catalog = Catalog::load(read.files)?;
    let core = semver::Version::parse(crate::CORE_VERSION).expect("crate version is semver");
    if catalog.manifest.min_core_version > core {
        return Err(Error::PackRejected(format!(
            "the pack needs SafeSteps {} or newer; this is {core}",
            catalog.manifest.min_core_version
        )));
    }
    Ok(LoadedPack {
        catalog,
        sha256: read.sha256,
        bytes: read.bytes,
        signer: read.signer.unwrap_or_default(),
    })
}

impl Catalog {
    /// The embedded default pack. It is validated when it is built, not each time an app
    /// starts: the test suite (`the_default_pack_passes_the_checker`) and
    /// `safesteps check content/` in CI refuse a build whose pack has any error. At
    /// start-up it is only parsed and indexed, and translations are parsed on first use.
    ///
    /// Its TOML files are parsed when the library is built (`build.rs`); at start-up the
    /// pre-parsed form is read (see `content::embedded`), and the pack's files (pictures)
    /// are inflated only when one is first read.
    ///
    /// Made once per process and copied after that (an app that opens its database again
    /// pays neither the reading nor the translations' parsing twice).
    pub fn embedded() -> Result<Self> {
        static EMBEDDED: OnceLock<Catalog> = OnceLock::new();
        if let Some(catalog) = EMBEDDED.get() {
            return Ok(catalog.clone());
        }
        let catalog = Self::index(embedded::parsed()?, PackFiles::embedded());
        Ok(EMBEDDED.get_or_init(|| catalog).clone())
    }

    /// Parse and index a pack without validating it (built-in content, which is checked
    /// when it is built; tests that need a broken pack in use). TOML errors still fail.
    pub fn unchecked(files: PackFiles) -> Result<Self> {
        let parsed = parse_any(&files)?;
        if let Some((file, _, msg)) = parsed.toml_errors.first() {
            return Err(Error::ContentInvalid(format!("{file}: {msg}")));
        }
        Ok(Self::index(parsed, files))
    }

    /// Parse, validate and index a pack, and check every locale completely (see
    /// [`crate::l10n::check_all_locales`]): any error-level diagnostic or any broken
    /// locale refuses the pack. This is what a pack must pass before it is put in use.
    ///
    /// `files` are a built pack (`catalog.bin`, what an app installs: the same rules
    /// run on it, diagnostics name the source file and the item) or, with the `authoring`
    /// feature, a pack's TOML sources.
    pub fn load(files: PackFiles) -> Result<Self> {
        let parsed = parse_any(&files)?;
        let diagnostics = validate(&files, &parsed);
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        if let Some(first) = errors.first() {
            return Err(Error::ContentInvalid(format!(
                "{} problem(s); first: {}: {}",
                errors.len(),
                first.file,
                first.message
            )));
        }
        let problems = crate::l10n::check_all_locales(&parsed.resources, &needed_messages(&parsed));
        if let Some(first) = problems.first() {
            return Err(Error::ContentInvalid(format!(
                "{} locale(s) cannot be used; {}: {}",
                problems.len(),
                first.locale,
                first.problem
            )));
        }
        Ok(Self::index(parsed, files))
    }

    fn index(parsed: Parsed, files: PackFiles) -> Self {
        let modules: Vec<ModuleDef> = parsed.modules.into_iter().map(|(_, m)| m).collect();
        let lessons: usize = modules.iter().map(|m| m.lessons.len()).sum();
        let steps: usize = modules
            .iter()
            .flat_map(|m| &m.lessons)
            .map(|l| l.steps.len())
            .sum();
        let mut module_index =
            FxHashMap::with_capacity_and_hasher(modules.len(), Default::default());
        let mut lesson_index = FxHashMap::with_capacity_and_hasher(lessons, Default::default());
        let mut step_index = FxHashMap::with_capacity_and_hasher(steps, Default::default());
        for (mi, m) in modules.iter().enumerate() {
            module_index.insert(m.id.clone(), mi);
            for (li, l) in m.lessons.iter().enumerate() {
                lesson_index.insert(l.id.clone(), (mi, li));
                for (si, s) in l.steps.iter().enumerate() {
                    step_index.insert(s.id.clone(), (mi, li, si));
                }
            }
        }
        let expanded = VideoManifest {
            needs_recording: Default::default(),
            video: parsed.videos.expanded(),
        };
        let mut videos_by_step: FxHashMap<String, Vec<usize>> =
            FxHashMap::with_capacity_and_hasher(steps, Default::default());
        for (i, v) in expanded.video.iter().enumerate() {
            match videos_by_step.get_mut(&v.step) {
                Some(list) => list.push(i),
                None => {
                    videos_by_step.insert(v.step.clone(), vec![i]);
                }
            }
        }
        Catalog(std::sync::Arc::new(CatalogData {
            contacts: parsed.contacts.into_iter().map(|(_, c)| c).collect(),
            pathways: parsed.pathways.into_iter().map(|(_, p)| p).collect(),
            screens: parsed.screens,
            characters: parsed.characters.character,
            videos: expanded,
            videos_by_step,
            manifest: parsed.manifest,
            modules,
            resources: parsed.resources,
            files,
            module_index,
            lesson_index,
            step_index,
            shapes: OnceLock::new(),
        }))
    }

    /// The shape of module `m` of this catalog (what completing it takes, see
    /// `progression::module_shape`): computed once per catalog, not at every answer.
    pub(crate) fn module_shape(&self, m: &ModuleDef) -> i64 {
        let max = self.manifest.quiz.max_attempts;
        let shapes = self.shapes.get_or_init(|| {
            self.modules
                .iter()
                .map(|m| (m.id.clone(), crate::progression::module_shape(m, max)))
                .collect()
        });
        match shapes.get(&m.id) {
            Some(&shape) => shape,
            None => crate::progression::module_shape(m, max),
        }
    }

    /// A module by id.
    pub fn module(&self, id: &str) -> Result<&ModuleDef> {
        self.module_index
            .get(id)
            .map(|&i| &self.modules[i])
            .ok_or_else(|| Error::not_found("module", id))
    }

    /// A lesson and its module by lesson id.
    pub fn lesson(&self, id: &str) -> Result<(&ModuleDef, &LessonDef)> {
        self.lesson_index
            .get(id)
            .map(|&(m, l)| (&self.modules[m], &self.modules[m].lessons[l]))
            .ok_or_else(|| Error::not_found("lesson", id))
    }

    /// A step by id.
    pub fn step(&self, id: &str) -> Result<StepRef<'_>> {
        self.step_index
            .get(id)
            .map(|&(m, l, s)| {
                let module = &self.modules[m];
                let lesson = &module.lessons[l];
                StepRef {
                    module,
                    lesson,
                    step: &lesson.steps[s],
                    index: s,
                }
            })
            .ok_or_else(|| Error::not_found("step", id))
    }

    /// Sign-language videos of a video slot (a lesson step's id, or another slot's id,
    /// see [`slots`]), in manifest order.
    pub fn videos_of(&self, step_id: &str) -> impl Iterator<Item = &VideoEntry> {
        self.videos_by_step
            .get(step_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.videos.video[i])
    }

    /// A pathway by situation id.
    pub fn pathway(&self, id: &str) -> Result<&PathwayDef> {
        self.pathways
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| Error::not_found("pathway", id))
    }
}

/// Message-id conventions: where an author leaves a text id out, it is derived.
pub mod ids {
    use super::*;

    /// Title message of a module.
    pub fn module_title(m: &ModuleDef) -> String {
        m.title.clone().unwrap_or_else(|| format!("{}-title", m.id))
    }
    /// Summary message of a module.
    pub fn module_summary(m: &ModuleDef) -> String {
        m.summary
            .clone()
            .unwrap_or_else(|| format!("{}-summary", m.id))
    }
    /// Title message of a lesson.
    pub fn lesson_title(l: &LessonDef) -> String {
        l.title.clone().unwrap_or_else(|| format!("{}-title", l.id))
    }
    /// Text message of a step.
    pub fn step_text(s: &StepDef) -> String {
        s.text.clone().unwrap_or_else(|| s.id.clone())
    }
    /// Title message of a pathway.
    pub fn pathway_title(p: &PathwayDef) -> String {
        p.title
            .clone()
            .unwrap_or_else(|| format!("pathway-{}-title", p.id))
    }
    /// Text message of a pathway step.
    pub fn pathway_step(p: &PathwayDef, s: &PathwayStepDef) -> String {
        s.text
            .clone()
            .unwrap_or_else(|| format!("pathway-{}-{}", p.id, s.id))
    }
    /// Text message of an option.
    pub fn option_text(s: &StepDef, o: &OptionDef) -> String {
        o.text
            .clone()
            .unwrap_or_else(|| format!("{}-{}", s.id, o.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module's shape is computed once per catalog, and again after the catalog changes.
    #[test]
    fn module_shapes_follow_changes_to_the_catalog() {
        let mut cat = Catalog::embedded().unwrap();
        let max = cat.manifest.quiz.max_attempts;
        let first = cat.modules[0].clone();
        let shape = cat.module_shape(&first);
        assert_eq!(shape, crate::progression::module_shape(&first, max));
        let steps = cat.modules[0].lessons[0].steps.len();
        assert!(steps > 1);
        cat.modules[0].lessons[0].steps.pop();
        let changed = cat.modules[0].clone();
        assert_ne!(cat.module_shape(&changed), shape);
        assert_eq!(
            cat.module_shape(&changed),
            crate::progression::module_shape(&changed, max)
        );
    }
}
