//! Shared pieces of the fuzz targets: a fresh engine on an in-memory database, the
//! embedded pack's files, and the record framing used for piece sequences.

use std::sync::{Arc, OnceLock};

use safesteps_core::content::installed::PackDir;
use safesteps_core::content::{Catalog, PackFiles};
use safesteps_core::store::Store;
use safesteps_core::{Engine, OpenOptions};

/// The embedded default pack's files (parsed once).
pub fn embedded_files() -> &'static PackFiles {
    static FILES: OnceLock<PackFiles> = OnceLock::new();
    FILES.get_or_init(PackFiles::embedded)
}

/// A new engine: the embedded content, an in-memory database, a fixed clock.
pub fn fresh_engine() -> Engine {
    open(
        Store::open_in_memory().expect("in-memory store"),
        OpenOptions::default(),
        None,
    )
    .expect("engine")
}

/// An engine on `store` as an app opens it: packs installed into the folder `packs`,
/// signed by the publisher whose public key is `publisher`; the embedded content until
/// one is installed, a fixed clock.
pub fn app_engine(
    store: Store,
    packs: &std::path::Path,
    publisher: &str,
) -> safesteps_core::Result<Engine> {
    let options = OpenOptions {
        trusted_publisher_keys: vec![publisher.to_string()],
        ..OpenOptions::default()
    };
    open(store, options, Some(PackDir::new(packs)))
}

/// An engine on `store` with the embedded content and a fixed clock.
fn open(
    store: Store,
    options: OpenOptions,
    packs: Option<PackDir>,
) -> safesteps_core::Result<Engine> {
    Engine::open_with(
        store,
        Catalog::embedded()?,
        options,
        packs,
        Arc::new(|| 1_764_000_000_000),
    )
}

/// Split fuzz input into records: a 2-byte big-endian length, then that many bytes (the
/// last record takes what is left).
pub fn records(mut data: &[u8]) -> Vec<&[u8]> {
    let mut out = vec![];
    while data.len() >= 2 && out.len() < 512 {
        let len = u16::from_be_bytes([data[0], data[1]]) as usize;
        let rest = &data[2..];
        let take = len.min(rest.len());
        out.push(&rest[..take]);
        data = &rest[take..];
    }
    out
}

/// Frame records as [`records`] reads them (for seeds).
pub fn frame(records: &[Vec<u8>]) -> Vec<u8> {
    let mut out = vec![];
    for r in records {
        out.extend_from_slice(&(r.len() as u16).to_be_bytes());
        out.extend_from_slice(r);
    }
    out
}

/// The text files of a pack a `pack_text` input can replace: every TOML and FTL file of
/// the embedded pack, in name order; the input's first byte picks one.
pub fn text_paths() -> &'static [String] {
    static PATHS: OnceLock<Vec<String>> = OnceLock::new();
    PATHS.get_or_init(|| {
        embedded_files()
            .iter()
            .map(|(p, _)| p.to_string())
            .filter(|p| p.ends_with(".toml") || p.ends_with(".ftl"))
            .collect()
    })
}

/// The embedded default pack, built as `safesteps pack build` builds it (made once).
pub fn built_files() -> &'static PackFiles {
    static FILES: OnceLock<PackFiles> = OnceLock::new();
    FILES.get_or_init(|| {
        safesteps_core::content::signing::built_files(embedded_files()).expect("built")
    })
}

/// A `catalog.bin` whose body (what follows its magic and format) is `body`.
pub fn catalog_bytes(body: &[u8]) -> Vec<u8> {
    use safesteps_core::content::model::{CATALOG_FORMAT, CATALOG_MAGIC};
    let mut out = CATALOG_MAGIC.to_vec();
    out.push(u8::try_from(CATALOG_FORMAT).expect("a one-byte varint"));
    out.extend_from_slice(body);
    out
}

/// The body of the default pack's built catalog (see [`catalog_bytes`]), for seeds.
pub fn default_catalog_body() -> Vec<u8> {
    let bytes = built_files()
        .get(safesteps_core::content::model::CATALOG_FILE)
        .expect("a built catalog");
    bytes[safesteps_core::content::model::CATALOG_MAGIC.len() + 1..].to_vec()
}
