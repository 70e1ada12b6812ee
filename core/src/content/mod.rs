//! Content packs: the format, loading, validation and the immutable [`Catalog`].

mod files;
pub mod installed;
mod locate;
pub mod model;
pub mod safety;
pub mod signing;
mod validate;

use std::collections::HashMap;

pub use files::PackFiles;
pub use locate::locate;
pub use model::*;
pub use validate::{Diagnostic, LEXICON_DIR, Locator, Severity, pack_lexicon, validate};

use crate::error::{Error, Result};
use crate::l10n::{Resources, parse_locale};

/// Path of the manifest inside a pack.
pub const MANIFEST: &str = "pack.toml";
/// Path of the sign-language video manifest inside a pack.
pub const VIDEOS: &str = "media/videos.toml";

/// A loaded, validated pack, indexed by id. Read-only after loading; shared behind an `Arc`.
#[derive(Debug)]
pub struct Catalog {
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
    videos_by_step: HashMap<String, Vec<usize>>,
    /// Help contacts in pack order.
    pub contacts: Vec<ContactDef>,
    /// Reporting pathways in file order.
    pub pathways: Vec<PathwayDef>,
    module_index: HashMap<String, usize>,
    lesson_index: HashMap<String, (usize, usize)>,
    step_index: HashMap<String, (usize, usize, usize)>,
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
}

/// Parse the TOML and Fluent files of a pack. Syntax errors in TOML fail here;
/// Fluent syntax errors are collected (the valid messages of a file still load).
pub fn parse(files: &PackFiles) -> Result<Parsed> {
    let manifest: Manifest = toml::from_str(files.text(MANIFEST)?)
        .map_err(|e| Error::ContentInvalid(format!("{MANIFEST}: {}", e.message())))?;
    let mut modules = Vec::new();
    let mut toml_errors = Vec::new();
    for path in files.paths("modules/", ".toml") {
        match toml::from_str::<ModuleDef>(files.text(path)?) {
            Ok(module) => modules.push((path.to_string(), module)),
            Err(e) => toml_errors.push((path.to_string(), e.span(), e.message().to_string())),
        }
    }
    let videos = if files.contains(VIDEOS) {
        match toml::from_str::<VideoManifest>(files.text(VIDEOS)?) {
            Ok(v) => v,
            Err(e) => {
                toml_errors.push((VIDEOS.to_string(), e.span(), e.message().to_string()));
                VideoManifest::default()
            }
        }
    } else {
        VideoManifest::default()
    };
    let mut contacts = Vec::new();
    for path in files.paths("contacts/", ".toml") {
        match toml::from_str::<ContactsFile>(files.text(path)?) {
            Ok(f) => contacts.extend(f.contact.into_iter().map(|c| (path.to_string(), c))),
            Err(e) => toml_errors.push((path.to_string(), e.span(), e.message().to_string())),
        }
    }
    let mut pathways = Vec::new();
    for path in files.paths("pathways/", ".toml") {
        match toml::from_str::<PathwayDef>(files.text(path)?) {
            Ok(p) => pathways.push((path.to_string(), p)),
            Err(e) => toml_errors.push((path.to_string(), e.span(), e.message().to_string())),
        }
    }
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
        let prefix = format!("locales/{}/", entry.tag);
        let sources = files
            .paths(&prefix, ".ftl")
            .map(|path| Ok((path.to_string(), files.text(path)?.to_string())))
            .collect::<Result<Vec<_>>>()?;
        resources
            .by_locale
            .insert(locale, crate::l10n::LocaleSources::new(sources));
    }
    // The default locale is always needed; other locales are parsed when first used.
    if let Some(default) = &resources.default_locale {
        resources.get(default);
    }
    Ok(Parsed {
        manifest,
        toml_errors,
        videos,
        contacts,
        pathways,
        modules,
        resources,
    })
}

/// Every diagnostic for a pack: parse problems and validation rules. Fails only when the
/// manifest itself cannot be read (then nothing else can be checked).
pub fn check(files: &PackFiles) -> Result<Vec<Diagnostic>> {
    let parsed = parse(files)?;
    Ok(validate(files, &parsed))
}

/// The video manifest completed with a `needs_recording` entry for every step and sign
/// language that has none; existing entries are kept. Ordered by step, then by the
/// manifest's sign-language order.
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
    let mut needs_recording: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for sl in &parsed.manifest.sign_languages {
        let list: Vec<String> = parsed
            .modules
            .iter()
            .flat_map(|(_, m)| m.lessons.iter().flat_map(|l| &l.steps))
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

impl Catalog {
    /// The embedded default pack. It is validated when it is built, not each time an app
    /// starts: the test suite (`the_default_pack_passes_the_checker`) and
    /// `safesteps check content/` in CI refuse a build whose pack has any error. At
    /// start-up it is only parsed and indexed, and translations are parsed on first use.
    pub fn embedded() -> Result<Self> {
        let files = PackFiles::embedded();
        let parsed = parse(&files)?;
        if let Some((file, _, msg)) = parsed.toml_errors.first() {
            return Err(Error::ContentInvalid(format!("{file}: {msg}")));
        }
        Ok(Self::index(parsed, files))
    }

    /// Parse, validate and index a pack. Any error-level diagnostic refuses the pack.
    pub fn load(files: PackFiles) -> Result<Self> {
        let parsed = parse(&files)?;
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
        Ok(Self::index(parsed, files))
    }

    fn index(parsed: Parsed, files: PackFiles) -> Self {
        let modules: Vec<ModuleDef> = parsed.modules.into_iter().map(|(_, m)| m).collect();
        let mut module_index = HashMap::new();
        let mut lesson_index = HashMap::new();
        let mut step_index = HashMap::new();
        for (mi, m) in modules.iter().enumerate() {
            module_index.insert(m.id.clone(), mi);
            for (li, l) in m.lessons.iter().enumerate() {
                lesson_index.insert(l.id.clone(), (mi, li));
                for (si, s) in l.steps.iter().enumerate() {
                    step_index.insert(s.id.clone(), (mi, li, si));
                }
            }
        }
        let mut videos_by_step: HashMap<String, Vec<usize>> = HashMap::new();
        let expanded = VideoManifest {
            needs_recording: Default::default(),
            video: parsed.videos.expanded(),
        };
        for (i, v) in expanded.video.iter().enumerate() {
            videos_by_step.entry(v.step.clone()).or_default().push(i);
        }
        Catalog {
            contacts: parsed.contacts.into_iter().map(|(_, c)| c).collect(),
            pathways: parsed.pathways.into_iter().map(|(_, p)| p).collect(),
            videos: expanded,
            videos_by_step,
            manifest: parsed.manifest,
            modules,
            resources: parsed.resources,
            files,
            module_index,
            lesson_index,
            step_index,
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

    /// Sign-language videos of a step, in manifest order.
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
