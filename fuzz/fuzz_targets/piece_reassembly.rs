//! Piece reassembly: the input is a sequence of pieces (2-byte length, then the piece),
//! received in order by one device, as a QR code sequence or shared files arrive. Every
//! piece must be stored, dropped, or refused with a typed error; a completed transfer is
//! verified before anything in it is applied.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use safesteps_core::Engine;
use safesteps_fuzz::{fresh_engine, records};

thread_local! {
    static ENGINE: RefCell<(Engine, u32)> = RefCell::new((fresh_engine(), 0));
}

fuzz_target!(|data: &[u8]| {
    ENGINE.with(|cell| {
        let mut cell = cell.borrow_mut();
        cell.1 += 1;
        // A fresh database every few hundred inputs, so stored pieces do not pile up.
        if cell.1 % 500 == 0 {
            cell.0 = fresh_engine();
        }
        for piece in records(data) {
            let _ = cell.0.receive_chunk(piece);
        }
    });
});
