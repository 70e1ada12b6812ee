//! Test hook for the bundle-import fuzz target (cargo feature `fuzzing` only; never in an
//! app build).
//!
//! Anyone can make a device key, and a paired device can send anything its key signs, so
//! a validly signed bundle from a paired device is attacker input. A fuzzer cannot forge
//! signatures, so without this hook it would never get past the signature and pairing
//! checks to the payload parser and the import rules. [`seal_for_fuzzing`] seals arbitrary
//! payload bytes the way a device seals a bundle (same framing, compression and
//! signature) with a key made from a seed, as a progress or an assignments bundle;
//! [`pair_for_fuzzing`] pairs an engine with that key in the matching role; [`payload_of`]
//! takes the payload back out of a real bundle, for seed inputs.
//!
//! It writes the bundle format of `exchange.rs` (format [`BUNDLE_FORMAT`]) itself; when
//! that format changes, change this file with it (the fuzz target's seeds would stop
//! reaching the parser otherwise).

use std::io::{Read, Write};

use ed25519_dalek::{Signer, SigningKey};

use crate::Engine;
use crate::error::Result;
use crate::exchange::BUNDLE_FORMAT;
use crate::views::PeerRole;

/// The device id of the fuzzing signer made from `seed`.
pub fn fuzz_device(seed: [u8; 32]) -> String {
    format!("fuzz-device-{}", hex::encode(&seed[..4]))
}

/// Progress bundles for even seeds, assignments bundles for odd ones.
fn role_of(seed: [u8; 32]) -> PeerRole {
    if seed[0] & 1 == 0 {
        PeerRole::Learner
    } else {
        PeerRole::Teacher
    }
}

/// Pair `engine` with the fuzzing signer made from `seed`, in the role its bundles need.
pub fn pair_for_fuzzing(engine: &Engine, seed: [u8; 32]) -> Result<()> {
    let key = hex::encode(SigningKey::from_bytes(&seed).verifying_key().to_bytes());
    let device = fuzz_device(seed);
    engine.write(|cx| cx.db.pair_peer(&device, &key, role_of(seed), 0))
}

/// Seal `payload` (the JSON a bundle carries) as a bundle signed by the key made from
/// `seed`: a progress bundle for even seeds, an assignments bundle for odd ones.
pub fn seal_for_fuzzing(payload: &[u8], seed: [u8; 32]) -> Vec<u8> {
    let key = SigningKey::from_bytes(&seed);
    let device = fuzz_device(seed);
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing to a Vec cannot fail.
    let _ = z.write_all(payload);
    let compressed = z.finish().unwrap_or_default();
    let mut out = Vec::with_capacity(compressed.len() + 160);
    out.extend_from_slice(b"SSBNDL");
    out.extend_from_slice(&BUNDLE_FORMAT.to_be_bytes());
    out.push(match role_of(seed) {
        PeerRole::Learner => 1,
        PeerRole::Teacher => 2,
    });
    out.push(device.len() as u8);
    out.extend_from_slice(device.as_bytes());
    out.extend_from_slice(&key.verifying_key().to_bytes());
    out.extend_from_slice(&(compressed.len() as u32).to_be_bytes());
    out.extend_from_slice(&compressed);
    let signature = key.sign(&out);
    out.extend_from_slice(&signature.to_bytes());
    out
}

/// The JSON payload of a bundle made by [`crate::Engine`] (for seed inputs), or `None`
/// when the bytes are not a bundle of this format.
pub fn payload_of(bundle: &[u8]) -> Option<Vec<u8>> {
    if bundle.len() < 10 + 64 || &bundle[..6] != b"SSBNDL" {
        return None;
    }
    let id_len = *bundle.get(9)? as usize;
    let at = 10 + id_len + 32;
    let len = u32::from_be_bytes(bundle.get(at..at + 4)?.try_into().ok()?) as usize;
    let compressed = bundle.get(at + 4..at + 4 + len)?;
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(compressed)
        .take(64 << 20)
        .read_to_end(&mut json)
        .ok()?;
    Some(json)
}
