//! Pack text: one TOML or FTL file of the default pack (the input's first byte picks
//! which) replaced by the rest of the input, then run through the checker
//! (`safesteps check`) and the loader (`install_pack`). Any text must give diagnostics or
//! a typed error: no panic, no stack overflow (deep Fluent or TOML nesting), no hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use safesteps_core::content::{Catalog, check};
use safesteps_fuzz::{embedded_files, text_paths};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let paths = text_paths();
    let path = &paths[pick as usize % paths.len()];
    let mut files = embedded_files().clone();
    files.insert(path.clone(), text.to_vec());
    let _ = check(&files);
    let _ = Catalog::load(files);
});
