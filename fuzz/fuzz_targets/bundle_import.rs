//! Bundle import with validly signed input: anyone can make a device key, so the fuzz
//! input is taken as the bundle's JSON payload and sealed with a fresh device key by the
//! `fuzzing` hook (core/src/exchange_fuzz.rs), which reaches the payload parser and the
//! import rules behind the signature check. Every input must be imported or refused with
//! a typed error, and the database must stay whole.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use safesteps_core::Engine;
use safesteps_core::exchange_fuzz::seal_for_fuzzing;
use safesteps_fuzz::fresh_engine;

thread_local! {
    /// One engine for many inputs (making one loads the content), replaced now and then
    /// so imported data does not pile up.
    static ENGINE: RefCell<(Engine, u32)> = RefCell::new((fresh_engine(), 0));
}

fuzz_target!(|data: &[u8]| {
    ENGINE.with(|cell| {
        let mut cell = cell.borrow_mut();
        cell.1 += 1;
        if cell.1 % 2_000 == 0 {
            cell.0 = fresh_engine();
        }
        // Two signers: a device seen for the first time, and one seen before.
        let seed = [data.len() as u8 & 1; 32];
        let bundle = seal_for_fuzzing(data, seed);
        let _ = cell.0.import_bundle(&bundle);
        // The raw input as a bundle too (framing and signature checks).
        let _ = cell.0.import_bundle(data);
    });
});
