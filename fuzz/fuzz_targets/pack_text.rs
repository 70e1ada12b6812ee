//! Pack text: one TOML or FTL file of the default pack (the input's first byte picks
//! which) replaced by the rest of the input, then run through the checker
//! (`safesteps check`) and the loader (`install_pack`). Any text must give diagnostics or
//! a typed error: no panic, no stack overflow (deep Fluent or TOML nesting), no hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use safesteps_core::content::{Catalog, Severity, check};
use safesteps_fuzz::{embedded_files, text_paths};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let paths = text_paths();
    let path = &paths[pick as usize % paths.len()];
    let mut files = embedded_files().clone();
    files.insert(path.clone(), text.to_vec());
    // The loader validates as the checker does; it runs when the checker finds no error
    // (the rest of the time it would repeat the same work and refuse).
    let clean = check(&files).is_ok_and(|d| !d.iter().any(|d| d.severity == Severity::Error));
    if clean {
        let _ = Catalog::load(files);
    }
});
