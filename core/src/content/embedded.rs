//! The default pack's catalog, parsed when the library is built.
//!
//! `build.rs` parses every TOML file of `content/` (the manifest, modules, videos,
//! contacts, pathways) into the model and stores it as the built catalog every built pack
//! carries (`model::BuiltCatalog`, postcard), deflated, so starting the app never parses
//! TOML: it inflates and reads this document as an installed pack's `catalog.bin` is
//! read (`built::read_catalog`). Installed packs go through every check; this one was
//! checked when the library was built. The Fluent sources stay text, each file deflated
//! on its own, and a file is inflated and parsed when a message of it is first asked for
//! (decision 0019). See docs/decisions/0018-embedded-catalog.md for the measurements.

use std::sync::{Arc, OnceLock};

use super::Parsed;
use crate::error::{Error, Result};
use crate::l10n::LocaleSources;

/// The pre-parsed catalog written by `build.rs`.
static CATALOG: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default-catalog.bin.deflate"));

/// A built-in Fluent file: its path in the pack, and its text deflated after its length.
type BuiltInFile = (&'static str, &'static [u8]);

// `LOCALES`: each locale's Fluent sources, a file at a time, listed by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// File `n` of built-in locale number `locale` in `LOCALES` (`(path, text)`), inflated
/// the first time it is asked for and shared after that: the parser
/// ([`LocaleSources::built_in`]) and the default pack's files read the same copy.
fn locale_file(locale: usize, n: usize) -> (String, Arc<[u8]>) {
    /// Per locale, per file: its text once inflated.
    type Inflated = Vec<Vec<OnceLock<Arc<[u8]>>>>;
    static INFLATED: OnceLock<Inflated> = OnceLock::new();
    let inflated = INFLATED.get_or_init(|| {
        LOCALES
            .iter()
            .map(|(_, _, files)| files.iter().map(|_| OnceLock::new()).collect())
            .collect()
    });
    let (path, blob) = LOCALES[locale].2[n];
    let text = inflated[locale][n].get_or_init(|| {
        Arc::from(super::files::inflate_sized(blob).unwrap_or_else(|e| {
            // Only a damaged library gets here; the locale then reports missing texts.
            log::error!("the built-in texts in {path} cannot be read: {e}");
            Vec::new()
        }))
    });
    (path.to_string(), Arc::clone(text))
}

/// Every message id of a built-in locale, with the number of its file (see `LOCALES`).
fn locale_ids(blob: &[u8]) -> Vec<(String, usize)> {
    let text = super::files::inflate_sized(blob).unwrap_or_else(|e| {
        log::error!("the built-in message ids cannot be read: {e}");
        Vec::new()
    });
    String::from_utf8_lossy(&text)
        .lines()
        .filter_map(|line| {
            let (n, id) = line.split_once(' ')?;
            Some((id.to_string(), n.parse().ok()?))
        })
        .collect()
}

/// The Fluent sources of every built-in locale (`locales/<tag>/...`), as the default
/// pack's files.
pub(super) fn all_locale_files() -> impl Iterator<Item = (String, Arc<[u8]>)> {
    LOCALES
        .iter()
        .enumerate()
        .flat_map(|(locale, (_, _, files))| (0..files.len()).map(move |n| locale_file(locale, n)))
}

/// A built-in locale's sources, read a file at a time (none for a tag the pack lacks).
fn locale_sources(tag: &str) -> LocaleSources {
    match LOCALES.iter().position(|(t, _, _)| *t == tag) {
        Some(locale) => LocaleSources::built_in(
            LOCALES[locale].2.len(),
            move |n| locale_file(locale, n),
            move || locale_ids(LOCALES[locale].1),
        ),
        None => LocaleSources::new(Vec::new()),
    }
}

/// The default pack as [`super::parse`] would give it from the TOML files, read from the
/// form made at build time. Each locale's Fluent sources are inflated and parsed when the
/// locale is first used (not scanned: they were checked when the library was built).
pub(super) fn parsed() -> Result<Parsed> {
    let damaged = |e: String| {
        // Only a damaged library gets here.
        Error::ContentInvalid(format!("the built-in content cannot be read: {e}"))
    };
    let bytes = super::files::inflate_sized(CATALOG).map_err(|e| damaged(e.to_string()))?;
    let embedded = super::built::read_catalog(&bytes).map_err(|e| damaged(e.to_string()))?;
    let resources = super::resources(&embedded.manifest, |tag| Ok(locale_sources(tag)))?;
    embedded.into_parsed(resources)
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

    /// build.rs lists every message id of each built-in locale with the file that defines
    /// it, as the Fluent parser reads the files; and every message and attribute formats
    /// the same whether its file is read on demand or the whole locale is parsed at once.
    #[test]
    fn built_in_locales_read_a_file_at_a_time_give_the_same_texts() {
        use crate::l10n::{Localizer, Resources};
        let toml = super::super::parse(&super::super::PackFiles::embedded()).unwrap();
        assert_eq!(toml.resources.by_locale.len(), LOCALES.len());
        for &(tag, ids, files) in LOCALES {
            let locale: unic_langid::LanguageIdentifier = tag.parse().unwrap();
            let eager = &toml.resources.by_locale[&locale];
            let mut expected = Vec::new();
            let mut attributes = Vec::new();
            for (n, res) in eager.resources().iter().enumerate() {
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        expected.push((m.id.name.to_string(), n));
                        for a in &m.attributes {
                            attributes.push((m.id.name.to_string(), a.id.name.to_string()));
                        }
                    }
                }
            }
            let mut listed = locale_ids(ids);
            listed.sort();
            expected.sort();
            assert_eq!(listed, expected, "message ids of {tag}");
            assert_eq!(files.len(), eager.resources().len());
            let one = |sources| {
                Localizer::new(
                    &Resources {
                        by_locale: [(locale.clone(), sources)].into_iter().collect(),
                        default_locale: Some(locale.clone()),
                    },
                    &[],
                )
                .unwrap()
            };
            let (lazy, whole) = (one(locale_sources(tag)), one(eager.clone()));
            for (id, _) in &expected {
                assert_eq!(lazy.text(id), whole.text(id), "{tag}: {id}");
            }
            for (id, attr) in &attributes {
                assert_eq!(
                    lazy.attr(id, attr),
                    whole.attr(id, attr),
                    "{tag}: {id}.{attr}"
                );
            }
        }
    }
}
