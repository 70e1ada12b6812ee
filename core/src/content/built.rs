//! Built packs: what the app library reads.
//!
//! `safesteps pack build` parses a pack's TOML sources (and runs every check), then
//! writes the pack's catalog as one postcard document, `catalog.bin` (the same writer
//! `build.rs` uses for the embedded pack: `catalog_doc.rs`), its lexicons as
//! `lexicon/<locale>.json`, and signs it with `SIGNATURE.json`. The library reads only
//! that form: the catalog is size-capped before it is read, then every check that
//! loading a pack runs (the same `validate` on the model) runs again on the device. See
//! docs/decisions/0030-built-packs-no-toml-in-the-library.md.

use super::model::{BuiltCatalog, CATALOG_MAGIC, ChannelDef};
pub use super::model::{CATALOG_FILE, CATALOG_FORMAT as FORMAT};
use super::{PackFiles, Parsed, scan};
use crate::error::{Error, ErrorKind, Result};
use crate::help::week::Week;

/// Path of the built catalog in packs of formats 2 and 3 (JSON), which are refused
/// with `old-pack-format`.
const OLD_CATALOG_FILE: &str = "catalog.json";

/// How much a built catalog may take once read, as [`super::budget`] charges it (the
/// sizes of its values and the lengths of its texts): 48 times what the default pack's
/// takes (350 KB); 8 MiB of modules of zero bytes took half a gigabyte without it.
pub const CATALOG_BUDGET: usize = 16 << 20;

/// Why a built catalog cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogReadError {
    /// It does not start with [`CATALOG_MAGIC`].
    NotACatalog,
    /// It is in another format than [`FORMAT`] (the number it says).
    Format(u64),
    /// It is damaged, or would take more than [`CATALOG_BUDGET`]: why.
    Damaged(String),
}

impl BuiltCatalog {
    /// Read a catalog written by [`BuiltCatalog::encode`], in bounded memory: postcard
    /// borrows or copies what it reads, a length that claims more than is there fails
    /// when the bytes run out (serde preallocates at most 1 MiB), and what the values
    /// take is charged to [`CATALOG_BUDGET`] as they are made. There is no nesting to
    /// bound: the model's types are not recursive.
    pub fn decode(bytes: &[u8]) -> std::result::Result<Self, CatalogReadError> {
        Self::decode_charged(bytes).map(|(catalog, _)| catalog)
    }

    /// [`BuiltCatalog::decode`], with what reading it charged to [`CATALOG_BUDGET`] (the
    /// tests measure it).
    fn decode_charged(bytes: &[u8]) -> std::result::Result<(Self, usize), CatalogReadError> {
        let rest = bytes
            .strip_prefix(CATALOG_MAGIC.as_slice())
            .ok_or(CatalogReadError::NotACatalog)?;
        let damaged = |e: postcard::Error| CatalogReadError::Damaged(e.to_string());
        let (format, _) = postcard::take_from_bytes::<u64>(rest).map_err(damaged)?;
        if format != FORMAT {
            return Err(CatalogReadError::Format(format));
        }
        let mut de = postcard::Deserializer::from_bytes(rest);
        let read = super::budget::read(&mut de, CATALOG_BUDGET).map_err(|e| match e {
            super::budget::Refused::Spent => CatalogReadError::Damaged(format!(
                "it would take more memory than a catalog may ({} MiB)",
                CATALOG_BUDGET >> 20
            )),
            super::budget::Refused::Format(e) => damaged(e),
        })?;
        let after = de.finalize().map_err(damaged)?;
        if !after.is_empty() {
            let n = after.len();
            return Err(CatalogReadError::Damaged(format!(
                "{n} byte{} after the catalog's end",
                if n == 1 { "" } else { "s" }
            )));
        }
        Ok(read)
    }
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

/// Whether `files` are a built pack (they carry a catalog, of this format or an older one).
pub fn is_built(files: &PackFiles) -> bool {
    files.contains(CATALOG_FILE) || files.contains(OLD_CATALOG_FILE)
}

/// Read a built pack's catalog and Fluent sources (the locales are parsed when first
/// used). The catalog and every text file are size-capped before they are read. No
/// rule is checked here: [`super::Catalog::load`] validates what this gives.
pub fn parse(files: &PackFiles) -> Result<Parsed> {
    super::text_within_limit(files, &[".json", ".ftl", ".bin"])?;
    let Some(bytes) = files.get(CATALOG_FILE) else {
        if files.contains(OLD_CATALOG_FILE) {
            return Err(old_format(format!(
                "the pack carries {OLD_CATALOG_FILE}: it was built by an older SafeSteps (pack format 3 or older), this app reads format {FORMAT}; build the pack again with this version of `safesteps pack build`"
            )));
        }
        return Err(old_format(format!(
            "the pack has no {CATALOG_FILE}: it is not a built pack; build it with `safesteps pack build`"
        )));
    };
    let catalog = read_catalog(bytes)?;
    let resources = super::resources(&catalog.manifest, |tag| super::locale_sources(files, tag))?;
    super::check_units(&resources)?;
    catalog.into_parsed(resources)
}

/// A built catalog's bytes as the model, or why not: an unknown format is named as such
/// (a newer one asks for a newer app, an older one for the pack to be built again).
pub(super) fn read_catalog(bytes: &[u8]) -> Result<BuiltCatalog> {
    BuiltCatalog::decode(bytes).map_err(|e| match e {
        CatalogReadError::NotACatalog => Error::ContentInvalid(format!(
            "{CATALOG_FILE} is not a SafeSteps catalog (it does not start as one)"
        )),
        CatalogReadError::Format(newer) if newer > FORMAT => Error::refused(
            ErrorKind::ContentInvalid,
            Some("newer-pack-format"),
            format!(
                "{CATALOG_FILE} is in pack format {newer}, made by a newer SafeSteps; this app reads format {FORMAT}: update the app"
            ),
        ),
        CatalogReadError::Format(older) => old_format(format!(
            "{CATALOG_FILE} is in pack format {older}, made by an older SafeSteps; this app reads format {FORMAT}: build the pack again with this version of `safesteps pack build`"
        )),
        // Our words or postcard's, which quote none of the bytes.
        CatalogReadError::Damaged(why) => {
            Error::ContentInvalid(format!("{CATALOG_FILE} is damaged: {why}"))
        }
    })
}

#[cfg(all(test, feature = "authoring"))]
mod tests {
    use super::*;

    /// The default pack's catalog reads within a quarter of the budget (room for packs
    /// four times its size), and the charge is near what it holds.
    #[test]
    fn the_default_catalog_takes_a_small_part_of_the_budget() {
        let files = super::super::signing::built_files(&PackFiles::embedded()).unwrap();
        let bytes = files.get(CATALOG_FILE).unwrap();
        let (catalog, charged) = BuiltCatalog::decode_charged(bytes).unwrap();
        println!(
            "default catalog: {} bytes, charged {charged} bytes ({:.1}% of the budget)",
            bytes.len(),
            100.0 * charged as f64 / CATALOG_BUDGET as f64
        );
        assert!(charged < CATALOG_BUDGET / 4, "{charged}");
        // At least the texts it holds, and the catalog itself.
        assert!(
            charged > bytes.len() / 2 + size_of::<BuiltCatalog>(),
            "{charged}"
        );
        assert!(!catalog.modules.is_empty());
    }

    /// Every field goes through the format, optional ones set or not: a field the writer
    /// left out (`skip_serializing_if`, which a format without names cannot have) would
    /// shift every field after it.
    #[test]
    fn every_field_survives_encoding_set_or_empty() {
        use super::super::model::{
            ReviewDecision, Verification, VerificationMethod, VideoEntry, VideoManifest,
            VideoReview, VideoStatus,
        };
        let files = super::super::signing::built_files(&PackFiles::embedded()).unwrap();
        let mut c = BuiltCatalog::decode(files.get(CATALOG_FILE).unwrap()).unwrap();
        let full = VideoEntry {
            step: "s".into(),
            sign_language: "sfs".into(),
            status: VideoStatus::Recorded,
            file: Some("media/v.mp4".into()),
            bytes: Some(1234),
            sha256: Some("ab".repeat(32)),
            captions: [("en".to_string(), "media/c.vtt".to_string())].into(),
            duration_ms: Some(4000),
            width: Some(640),
            height: Some(480),
            signer: Some("T.M.".into()),
            recorded_at: Some("2026-11-29T10:00:00Z".into()),
            caption_sha256: [("en".to_string(), "cd".repeat(32))].into(),
            review: Some(VideoReview {
                reviewer: "N.K.".into(),
                decision: ReviewDecision::Rejected,
                at: "2026-11-29T11:00:00Z".into(),
                reason: Some("too fast".into()),
            }),
        };
        let mut bare = full.clone();
        (bare.file, bare.bytes, bare.sha256, bare.duration_ms) = (None, None, None, None);
        (bare.width, bare.height, bare.signer, bare.recorded_at) = (None, None, None, None);
        (bare.captions, bare.caption_sha256, bare.review) = Default::default();
        c.videos = Some(VideoManifest {
            needs_recording: [("pks".to_string(), vec!["a".to_string()])].into(),
            video: vec![bare, full],
        });
        let verified = Verification {
            date: "2026-11-01".into(),
            by: "partner".into(),
            method: VerificationMethod::Visit,
            evidence: Some("leaflet".into()),
        };
        c.contacts[0].1.contact[0].verification = Some(verified.clone());
        c.contacts[1].1.contact[0].verification = Some(Verification {
            evidence: None,
            ..verified
        });
        let again = BuiltCatalog::decode(&c.encode().unwrap()).unwrap();
        assert_eq!(format!("{again:?}"), format!("{c:?}"));
        // And with every optional part of the catalog empty.
        (c.videos, c.screens, c.characters) = (None, None, None);
        c.contacts[0].1.contact[0].verification = None;
        let again = BuiltCatalog::decode(&c.encode().unwrap()).unwrap();
        assert_eq!(format!("{again:?}"), format!("{c:?}"));
    }

    /// Damaged catalogs (bytes changed, removed, inserted, repeated, cut) give a catalog
    /// or a typed error, never a panic, within the budget. The fuzz target
    /// `built_catalog` explores further where nightly is installed; this runs everywhere.
    #[test]
    fn damaged_catalogs_are_read_or_refused_never_a_panic() {
        let files = super::super::signing::built_files(&PackFiles::embedded()).unwrap();
        let good = files.get(CATALOG_FILE).unwrap().to_vec();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |below: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below.max(1) as u64) as usize
        };
        let (mut read, mut refused) = (0, 0);
        for _ in 0..300 {
            let mut bytes = good.clone();
            for _ in 0..1 + next(3) {
                let at = CATALOG_MAGIC.len() + 1 + next(bytes.len() - CATALOG_MAGIC.len() - 1);
                let len = 1 + next(16).min(bytes.len() - at - 1);
                match next(5) {
                    0 => bytes[at] = next(256) as u8,
                    1 => drop(bytes.drain(at..at + len)),
                    2 => bytes
                        .splice(at..at, (0..len).map(|_| next(256) as u8))
                        .for_each(drop),
                    3 => {
                        let copy = bytes[at..at + len].to_vec();
                        bytes.splice(at..at, copy).for_each(drop);
                    }
                    _ => bytes.truncate(at),
                }
            }
            match BuiltCatalog::decode_charged(&bytes) {
                Ok((_, charged)) => {
                    assert!(charged <= CATALOG_BUDGET);
                    read += 1;
                }
                Err(CatalogReadError::Damaged(_)) => refused += 1,
                Err(e) => panic!("the magic and format were left alone: {e:?}"),
            }
        }
        println!("300 damaged catalogs: {read} read, {refused} refused");
        assert!(refused > 100, "{refused}");
    }
}
