//! Bundle import with validly signed input from paired devices: the fuzz input is taken
//! as the bundle's JSON payload and sealed by the `fuzzing` hook (core/src/exchange_fuzz.rs)
//! with the key of a learner's or the teacher's device that the engine is paired with, so
//! it reaches the payload parser and the authority rules behind the signature check. Every input must be imported or refused with
//! a typed error, and the database must stay whole.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use safesteps_core::Engine;
use safesteps_core::exchange_fuzz::{pair_for_fuzzing, seal_for_fuzzing};
use safesteps_fuzz::fresh_engine;

/// Two signers: a learner's device (progress bundles) and the teacher's (assignments).
const SEEDS: [[u8; 32]; 2] = [[0; 32], [1; 32]];

/// A fresh engine paired with both fuzzing signers.
fn paired_engine() -> Engine {
    let engine = fresh_engine();
    for seed in SEEDS {
        pair_for_fuzzing(&engine, seed).expect("pair");
    }
    engine
}

thread_local! {
    /// One engine for many inputs (making one loads the content), replaced now and then
    /// so imported data does not pile up.
    static ENGINE: RefCell<(Engine, u32)> = RefCell::new((paired_engine(), 0));
}

fuzz_target!(|data: &[u8]| {
    ENGINE.with(|cell| {
        let mut cell = cell.borrow_mut();
        cell.1 += 1;
        if cell.1 % 2_000 == 0 {
            cell.0 = paired_engine();
        }
        // Progress from the paired learner device, or assignments from the paired teacher.
        let seed = SEEDS[data.len() & 1];
        let bundle = seal_for_fuzzing(data, seed);
        let _ = cell.0.import_bundle(&bundle);
        // The raw input as a bundle too (framing and signature checks).
        let _ = cell.0.import_bundle(data);
    });
});
