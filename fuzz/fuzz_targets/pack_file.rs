//! A pack file as it arrives to be installed: unpacked (gzip + tar, with size limits),
//! verified against a publisher key, and loaded (parsed and validated). Any input must
//! give a result or a typed error: no panic, no hang, bounded memory.
#![no_main]

use std::sync::OnceLock;

use ed25519_dalek::VerifyingKey;
use libfuzzer_sys::fuzz_target;
use safesteps_core::content::Catalog;
use safesteps_core::content::signing::{generate_key, parse_public_key, read_pack_file, verify};

fuzz_target!(|data: &[u8]| {
    static KEY: OnceLock<VerifyingKey> = OnceLock::new();
    let key = KEY.get_or_init(|| parse_public_key(&generate_key().unwrap().1).unwrap());
    if let Ok(files) = read_pack_file(data) {
        let _ = verify(&files, std::slice::from_ref(key));
        // Loaded even when not signed by this key: the loader must be safe on any text a
        // publisher's build could contain.
        let _ = Catalog::load(files);
    }
});
