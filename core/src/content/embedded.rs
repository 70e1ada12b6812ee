//! The default pack's catalog, parsed when the library is built.
//!
//! `build.rs` parses every TOML file of `content/` (the manifest, modules, videos,
//! contacts, pathways) and stores them as one compact JSON document, deflated, so
//! starting the app never parses TOML: it inflates and reads this document into the same
//! serde types an installed pack's TOML is read into. Installed packs still go through
//! [`super::parse`] and every check. The Fluent sources stay text and are parsed per
//! locale when first used. Why JSON: `serde_json` is linked in anyway (events, bundles),
//! the form is self-describing (the model's `skip_serializing_if` and defaults need
//! that), and a model change needs nothing here. See
//! docs/decisions/0018-embedded-catalog.md for the measurements.

use std::io::Read;
use std::sync::{Arc, OnceLock};

use super::Parsed;
use super::built::{BuiltCatalog, FORMAT};
use crate::error::{Error, Result};
use crate::l10n::LocaleSources;

/// The pre-parsed catalog written by `build.rs`.
static CATALOG: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default-catalog.json.deflate"));

// `LOCALES`: each locale's Fluent sources as a deflated tar, listed by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// The Fluent sources of a built-in locale (`locales/<tag>/...`), inflated the first
/// time they are asked for and shared after that; none for a tag the pack lacks.
pub(super) fn locale_files(tag: &str) -> Vec<(String, Arc<[u8]>)> {
    type Files = Vec<(String, Arc<[u8]>)>;
    static CACHE: OnceLock<Vec<OnceLock<Files>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| LOCALES.iter().map(|_| OnceLock::new()).collect());
    let Some(i) = LOCALES.iter().position(|(t, _)| *t == tag) else {
        return Vec::new();
    };
    cache[i]
        .get_or_init(|| {
            super::files::inflate_tar(LOCALES[i].1).unwrap_or_else(|e| {
                // Only a damaged library gets here; the locale then reports missing texts.
                log::error!("the built-in texts of {tag} cannot be read: {e}");
                Vec::new()
            })
        })
        .clone()
}

/// The Fluent sources of every built-in locale.
pub(super) fn all_locale_files() -> impl Iterator<Item = (String, Arc<[u8]>)> {
    LOCALES.iter().flat_map(|(tag, _)| locale_files(tag))
}

/// The default pack as [`super::parse`] would give it from the TOML files, read from the
/// form made at build time. Each locale's Fluent sources are inflated and parsed when the
/// locale is first used (not scanned: they were checked when the library was built).
pub(super) fn parsed() -> Result<Parsed> {
    let damaged = |e: String| {
        // Only a damaged library gets here.
        Error::ContentInvalid(format!("the built-in content cannot be read: {e}"))
    };
    let mut json = Vec::with_capacity(CATALOG.len() * 4);
    flate2::read::DeflateDecoder::new(CATALOG)
        .read_to_end(&mut json)
        .map_err(|e| damaged(e.to_string()))?;
    let embedded: BuiltCatalog =
        serde_json::from_slice(&json).map_err(|e| damaged(e.to_string()))?;
    if embedded.format != FORMAT {
        return Err(damaged(format!("format {}", embedded.format)));
    }
    let resources = super::resources(&embedded.manifest, |tag| {
        let tag = tag.to_string();
        Ok(LocaleSources::deferred(move || locale_files(&tag)))
    })?;
    Ok(embedded.into_parsed(resources))
}

#[cfg(all(test, feature = "authoring"))]
mod tests {
    use super::*;

    /// The form made at build time holds exactly what parsing the TOML files gives.
    #[test]
    fn the_built_catalog_equals_the_parsed_toml() {
        let files = super::super::PackFiles::embedded();
        let built = parsed().unwrap();
        let toml = super::super::parse(&files).unwrap();
        assert!(toml.toml_errors.is_empty());
        assert_eq!(
            format!("{:?}", built.manifest),
            format!("{:?}", toml.manifest)
        );
        assert_eq!(built.modules.len(), toml.modules.len());
        assert!(!built.modules.is_empty());
        assert_eq!(
            format!("{:?}", built.modules),
            format!("{:?}", toml.modules)
        );
        assert_eq!(format!("{:?}", built.videos), format!("{:?}", toml.videos));
        assert!(!built.contacts.is_empty());
        assert_eq!(
            format!("{:?}", built.contacts),
            format!("{:?}", toml.contacts)
        );
        assert!(!built.pathways.is_empty());
        assert_eq!(
            format!("{:?}", built.pathways),
            format!("{:?}", toml.pathways)
        );
        assert!(!built.screens.screen.is_empty());
        assert_eq!(
            format!("{:?}", built.screens),
            format!("{:?}", toml.screens)
        );
        assert_eq!(
            format!("{:?}", built.characters),
            format!("{:?}", toml.characters)
        );
        let locales = |p: &Parsed| {
            let mut v: Vec<String> = p
                .resources
                .by_locale
                .keys()
                .map(|l| l.to_string())
                .collect();
            v.sort();
            v
        };
        assert_eq!(locales(&built), locales(&toml));
        assert_eq!(
            built.resources.default_locale,
            toml.resources.default_locale
        );
        // Every locale's texts, read when first used, are the files' texts.
        for (locale, sources) in &toml.resources.by_locale {
            let ours = &built.resources.by_locale[locale];
            assert!(!sources.resources().is_empty());
            assert_eq!(ours.resources().len(), sources.resources().len());
            for (a, b) in ours.resources().iter().zip(sources.resources()) {
                assert_eq!(a.source(), b.source());
            }
            assert_eq!(ours.units(), sources.units());
            assert!(ours.errors().is_empty());
        }
    }
}
