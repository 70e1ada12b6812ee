//! Test hook for the bundle-import fuzz target (cargo feature `fuzzing` only; never in an
//! app build).
//!
//! Anyone can make a device key, so a validly signed bundle is attacker input. A fuzzer
//! cannot forge signatures, so without this hook it would never get past the signature
//! check to the payload parser and the import rules. [`seal_for_fuzzing`] seals arbitrary
//! payload bytes the way a device seals a bundle (same framing, compression and
//! signature), with a key made from a seed; [`payload_of`] takes the payload back out of a
//! real bundle, for seed inputs.
//!
//! It writes the bundle format of `exchange.rs` (format [`BUNDLE_FORMAT`]) itself; when
//! that format changes, change this file with it (the fuzz target's seeds would stop
//! reaching the parser otherwise).

use std::io::{Read, Write};

use ed25519_dalek::{Signer, SigningKey};

use crate::exchange::BUNDLE_FORMAT;

/// Seal `payload` (the JSON a bundle carries) as a bundle signed by the key made from
/// `seed`. When the payload is a JSON object, its `public_key` is set to that key, as a
/// device's would be, so the signature check passes and the payload reaches the import
/// rules; anything else is sealed as it is (and reaches the JSON parser).
pub fn seal_for_fuzzing(payload: &[u8], seed: [u8; 32]) -> Vec<u8> {
    let key = SigningKey::from_bytes(&seed);
    let public = hex::encode(key.verifying_key().to_bytes());
    let json = match serde_json::from_slice::<serde_json::Value>(payload) {
        Ok(serde_json::Value::Object(mut map)) => {
            map.insert("public_key".into(), serde_json::Value::String(public));
            serde_json::to_vec(&map).unwrap_or_else(|_| payload.to_vec())
        }
        _ => payload.to_vec(),
    };
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing to a Vec cannot fail.
    let _ = z.write_all(&json);
    let compressed = z.finish().unwrap_or_default();
    let mut out = Vec::with_capacity(compressed.len() + 76);
    out.extend_from_slice(b"SSBNDL");
    out.extend_from_slice(&BUNDLE_FORMAT.to_be_bytes());
    out.extend_from_slice(&(compressed.len() as u32).to_be_bytes());
    out.extend_from_slice(&compressed);
    let signature = key.sign(&out);
    out.extend_from_slice(&signature.to_bytes());
    out
}

/// The JSON payload of a bundle made by [`crate::Engine`] (for seed inputs), or `None`
/// when the bytes are not a bundle of this format.
pub fn payload_of(bundle: &[u8]) -> Option<Vec<u8>> {
    if bundle.len() < 12 + 64 || &bundle[..6] != b"SSBNDL" {
        return None;
    }
    let len = u32::from_be_bytes([bundle[8], bundle[9], bundle[10], bundle[11]]) as usize;
    let compressed = bundle.get(12..12 + len)?;
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(compressed)
        .take(64 << 20)
        .read_to_end(&mut json)
        .ok()?;
    Some(json)
}
