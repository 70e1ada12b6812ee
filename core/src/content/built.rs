//! Built packs: what the app library reads.
//!
//! `safesteps pack build` parses a pack's TOML sources (and runs every check), then
//! writes the pack's catalog as one JSON document, `catalog.json` (the same document
//! `build.rs` makes for the embedded pack: `catalog_doc.rs`), its lexicons as
//! `lexicon/<locale>.json`, and signs it with `SIGNATURE.json`. The library reads only
//! that form: the catalog is size-capped and its nesting bounded before it is parsed,
//! then every check that loading a pack runs (the same `validate` on the model) runs
//! again on the device. See docs/decisions/0030-built-packs-no-toml-in-the-library.md.

use serde::Deserialize;

use super::model::{
    ChannelDef, CharactersFile, ContactsFile, Manifest, ModuleDef, PathwayDef, ScreensFile,
    VideoManifest,
};
use super::{PackFiles, Parsed, scan};
use crate::error::{Error, ErrorKind, Result};
use crate::help::week::Week;

/// Format of built packs (`catalog.json`); version 1 packs carried TOML sources, version
/// 2 had no `weeks`.
pub const FORMAT: u64 = 3;
/// Path of the built catalog inside a built pack.
pub const CATALOG_FILE: &str = "catalog.json";

/// The built catalog: each source file's data, with its path where `Parsed` keeps one.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BuiltCatalog {
    pub(super) format: u64,
    pub(super) manifest: Manifest,
    pub(super) modules: Vec<(String, ModuleDef)>,
    pub(super) videos: Option<VideoManifest>,
    /// Each hours expression's week (`catalog_doc::week_of`), set on the channels.
    pub(super) weeks: std::collections::BTreeMap<String, Vec<[u16; 2]>>,
    pub(super) contacts: Vec<(String, ContactsFile)>,
    pub(super) pathways: Vec<(String, PathwayDef)>,
    pub(super) screens: Option<ScreensFile>,
    pub(super) characters: Option<CharactersFile>,
}

impl BuiltCatalog {
    /// The parts of a parsed pack, with `resources` still to add.
    pub(super) fn into_parsed(mut self, resources: crate::l10n::Resources) -> Result<Parsed> {
        let channels = self.contacts.iter_mut().flat_map(|(_, f)| &mut f.contact);
        set_weeks(
            channels.flat_map(|c| &mut c.channel),
            std::mem::take(&mut self.weeks),
        )?;
        Ok(Parsed {
            manifest: self.manifest,
            toml_errors: Vec::new(),
            modules: self.modules,
            resources,
            videos: self.videos.unwrap_or_default(),
            contacts: self
                .contacts
                .into_iter()
                .flat_map(|(path, file)| file.contact.into_iter().map(move |c| (path.clone(), c)))
                .collect(),
            pathways: self.pathways,
            screens: self.screens.unwrap_or_default(),
            characters: self.characters.unwrap_or_default(),
        })
    }
}

/// Put on each channel the week of its hours from `weeks` (a built catalog's, or those
/// `catalog_doc::weeks_of` makes from a pack's sources), each checked for its form.
pub(super) fn set_weeks<'a>(
    channels: impl Iterator<Item = &'a mut ChannelDef>,
    weeks: std::collections::BTreeMap<String, Vec<[u16; 2]>>,
) -> Result<()> {
    let mut checked = std::collections::BTreeMap::new();
    for (hours, week) in weeks {
        let week = Week::new(week).map_err(|e| {
            Error::ContentInvalid(format!(
                "{CATALOG_FILE}: the week of hours '{}': {e}",
                crate::error::excerpt(&hours)
            ))
        })?;
        checked.insert(hours, week);
    }
    for ch in channels {
        ch.week = ch.hours.as_ref().and_then(|h| checked.get(h)).cloned();
    }
    Ok(())
}

/// A JSON file of a built pack: nesting bounded before it is parsed; the error says
/// what is wrong in a few words (serde's message, which quotes at most a short excerpt).
pub(crate) fn json_file<T: serde::de::DeserializeOwned>(
    text: &str,
) -> std::result::Result<T, String> {
    scan::json(text).map_err(|e| e.message)?;
    serde_json::from_str(text).map_err(|e| {
        let mut m = e.to_string();
        if m.len() > 200 {
            let mut cut = 200;
            while !m.is_char_boundary(cut) {
                cut -= 1;
            }
            m.truncate(cut);
            m.push('…');
        }
        m
    })
}

/// A pack of TOML sources, or signed in the first format, where a built pack is needed.
pub fn old_format(detail: impl Into<String>) -> Error {
    Error::refused(ErrorKind::ContentInvalid, Some("old-pack-format"), detail)
}

/// Whether `files` are a built pack (they carry `catalog.json`).
pub fn is_built(files: &PackFiles) -> bool {
    files.contains(CATALOG_FILE)
}

/// Read a built pack's catalog and Fluent sources (the locales are parsed when first
/// used). The catalog and every text file are size-capped before they are parsed. No
/// rule is checked here: [`super::Catalog::load`] validates what this gives.
pub fn parse(files: &PackFiles) -> Result<Parsed> {
    super::text_within_limit(files, &[".json", ".ftl"])?;
    let Some(bytes) = files.get(CATALOG_FILE) else {
        return Err(old_format(
            "the pack has no catalog.json: it is not a built pack; build it with `safesteps pack build`",
        ));
    };
    let text = std::str::from_utf8(bytes)
        .map_err(|_| Error::ContentInvalid(format!("{CATALOG_FILE} is not UTF-8")))?;
    // Peek at the format first, so an unknown one is named as such.
    #[derive(Deserialize)]
    struct Format {
        format: Option<u64>,
    }
    let format = json_file::<Format>(text)
        .map_err(|e| Error::ContentInvalid(format!("{CATALOG_FILE}: {e}")))?
        .format;
    if let Some(newer) = format.filter(|f| *f > FORMAT) {
        return Err(Error::refused(
            ErrorKind::ContentInvalid,
            Some("newer-pack-format"),
            format!(
                "{CATALOG_FILE} is in pack format {newer}, made by a newer SafeSteps; this app reads format {FORMAT}: update the app"
            ),
        ));
    }
    if format != Some(FORMAT) {
        return Err(old_format(format!(
            "{CATALOG_FILE} is in pack format {}, this app reads format {FORMAT}; build the pack again with this version of `safesteps pack build`",
            format.map_or_else(|| "?".to_string(), |f| f.to_string())
        )));
    }
    let catalog: BuiltCatalog =
        json_file(text).map_err(|e| Error::ContentInvalid(format!("{CATALOG_FILE}: {e}")))?;
    let resources = super::resources(&catalog.manifest, |tag| super::locale_sources(files, tag))?;
    super::check_units(&resources)?;
    catalog.into_parsed(resources)
}

#[cfg(all(test, feature = "authoring"))]
mod tests {
    /// The shared writer (also included by build.rs) and this reader agree.
    #[test]
    fn the_writer_and_the_reader_name_the_same_format() {
        assert_eq!(super::FORMAT, super::super::catalog_doc::FORMAT);
        assert_eq!(super::CATALOG_FILE, super::super::catalog_doc::CATALOG_FILE);
    }
}
