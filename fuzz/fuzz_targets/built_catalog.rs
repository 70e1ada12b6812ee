//! Built catalog: the default pack's built files with `catalog.bin` replaced by its magic,
//! its format and the input, read as an installed pack is: `BuiltCatalog::decode` (postcard
//! within its memory budget), then, when that gives a catalog, `Catalog::load` (every
//! rule). Any bytes must give a catalog or a typed error: no panic, no hang, and memory
//! bounded by the budget (libFuzzer's RSS limit stops a run that takes more).
#![no_main]

use libfuzzer_sys::fuzz_target;
use safesteps_core::content::Catalog;
use safesteps_core::content::model::{BuiltCatalog, CATALOG_FILE};
use safesteps_fuzz::{built_files, catalog_bytes};

fuzz_target!(|data: &[u8]| {
    let bytes = catalog_bytes(data);
    if BuiltCatalog::decode(&bytes).is_ok() {
        let mut files = built_files().clone();
        files.insert(CATALOG_FILE, bytes);
        let _ = Catalog::load(files);
    }
});
