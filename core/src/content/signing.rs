//! Signed pack files: one `.sspack` file (a gzip-compressed tar) that holds a pack's
//! files plus `SIGNATURE.toml`: the SHA-256 of every file and an ed25519 signature over
//! that list (the manifest is one of the files, so it is covered too).
//!
//! Verification recomputes every hash, refuses files that are missing from the list or
//! listed but absent, and checks the signature against publisher keys pinned in the app.

use std::collections::BTreeMap;
use std::io::Read;

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::PackFiles;
use crate::error::{Error, Result};

/// Name of the signature file inside a pack file.
pub const SIGNATURE_FILE: &str = "SIGNATURE.toml";
/// Domain separation for the signed message; bump when the format changes.
const SIGNED_PREFIX: &str = "safesteps-pack-signature-v1\n";
/// Largest pack file accepted (compressed), to refuse bombs before reading them.
pub const MAX_PACK_BYTES: u64 = 256 * 1024 * 1024;
/// Largest total size of a pack's files once unpacked.
pub const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;
/// Most files a pack may hold.
pub const MAX_FILES: usize = 50_000;

/// The contents of `SIGNATURE.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignatureDoc {
    /// Format version of this file.
    format: u32,
    /// Always "ed25519".
    algorithm: String,
    /// Signer's public key (hex), to pick the pinned key; trust comes from the pin, not from this field.
    public_key: String,
    /// Signature (hex) over the file list.
    signature: String,
    /// SHA-256 (hex) of every file, by path.
    files: BTreeMap<String, String>,
}

fn rejected(reason: impl Into<String>) -> Error {
    Error::PackRejected(reason.into())
}

/// SHA-256 of bytes, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn signed_message(digests: &BTreeMap<String, String>) -> Vec<u8> {
    let mut msg = String::from(SIGNED_PREFIX);
    for (path, digest) in digests {
        msg.push_str(digest);
        msg.push_str("  ");
        msg.push_str(path);
        msg.push('\n');
    }
    msg.into_bytes()
}

/// A new signing key; returns `(secret key hex, public key hex)`.
pub fn generate_key() -> Result<(String, String)> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed)
        .map_err(|e| Error::InvalidInput(format!("no randomness for a key: {e}")))?;
    let key = SigningKey::from_bytes(&seed);
    Ok((
        hex::encode(key.to_bytes()),
        hex::encode(key.verifying_key().to_bytes()),
    ))
}

fn parse_key_bytes(text: &str, what: &str) -> Result<[u8; 32]> {
    let text = text.trim();
    let bytes = hex::decode(text)
        .map_err(|_| Error::InvalidInput(format!("the {what} is not hexadecimal")))?;
    bytes
        .try_into()
        .map_err(|_| Error::InvalidInput(format!("the {what} must be 32 bytes (64 hex digits)")))
}

/// Parse a secret signing key (64 hex digits).
pub fn parse_secret_key(text: &str) -> Result<SigningKey> {
    Ok(SigningKey::from_bytes(&parse_key_bytes(
        text,
        "secret key",
    )?))
}

/// Parse a publisher's public key (64 hex digits).
pub fn parse_public_key(text: &str) -> Result<VerifyingKey> {
    VerifyingKey::from_bytes(&parse_key_bytes(text, "public key")?)
        .map_err(|_| Error::InvalidInput("the public key is not a valid ed25519 key".into()))
}

/// Sign `files` and pack them into one compressed, deterministic pack file.
pub fn build_pack_file(files: &PackFiles, key: &SigningKey) -> Result<Vec<u8>> {
    let digests: BTreeMap<String, String> = files
        .iter()
        .filter(|(p, _)| *p != SIGNATURE_FILE)
        .map(|(p, b)| (p.to_string(), sha256_hex(b)))
        .collect();
    let signature = key.sign(&signed_message(&digests));
    let doc = SignatureDoc {
        format: 1,
        algorithm: "ed25519".into(),
        public_key: hex::encode(key.verifying_key().to_bytes()),
        signature: hex::encode(signature.to_bytes()),
        files: digests,
    };
    let doc = toml::to_string(&doc)
        .map_err(|e| Error::InvalidInput(format!("could not write the signature: {e}")))?;

    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let mut tar = tar::Builder::new(gz);
    let mut add = |path: &str, bytes: &[u8]| -> Result<()> {
        let mut header = tar::Header::new_ustar();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut header, path, bytes)?;
        Ok(())
    };
    add(SIGNATURE_FILE, doc.as_bytes())?;
    for (path, bytes) in files.iter().filter(|(p, _)| *p != SIGNATURE_FILE) {
        add(path, bytes)?;
    }
    Ok(tar.into_inner()?.finish()?)
}

fn safe_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && path
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != "..")
}

/// Unpack a pack file into memory. Refuses anything that is not a plain relative file,
/// and packs over the size limits. Does not verify (see [`verify`]).
pub fn read_pack_file(bytes: &[u8]) -> Result<PackFiles> {
    if bytes.len() as u64 > MAX_PACK_BYTES {
        return Err(rejected("the pack file is too large"));
    }
    let gz = flate2::read::GzDecoder::new(bytes);
    let mut archive = tar::Archive::new(gz.take(MAX_UNPACKED_BYTES + 1));
    let mut out = BTreeMap::new();
    let entries = archive
        .entries()
        .map_err(|_| rejected("the file is not a SafeSteps pack"))?;
    let mut total = 0u64;
    for entry in entries {
        let mut entry = entry.map_err(|_| rejected("the pack file is damaged or incomplete"))?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(rejected(
                "the pack holds something that is not a plain file",
            ));
        }
        let path = entry
            .path()
            .map_err(|_| rejected("the pack holds a file with an unreadable name"))?
            .to_string_lossy()
            .into_owned();
        if !safe_path(&path) {
            return Err(rejected(format!("the pack holds an unsafe path: {path}")));
        }
        let mut data = Vec::with_capacity(entry.size().min(16 << 20) as usize);
        entry
            .read_to_end(&mut data)
            .map_err(|_| rejected("the pack file is damaged or incomplete"))?;
        total += data.len() as u64;
        if total > MAX_UNPACKED_BYTES || out.len() >= MAX_FILES {
            return Err(rejected("the pack is larger than a pack may be"));
        }
        if out.insert(path.clone(), data).is_some() {
            return Err(rejected(format!("the pack holds {path} twice")));
        }
    }
    if out.is_empty() {
        return Err(rejected("the file is not a SafeSteps pack"));
    }
    Ok(PackFiles::from_map(out))
}

/// Check a pack's signature and every file's hash against the pinned publisher keys.
/// Returns the hex public key that signed it.
pub fn verify(files: &PackFiles, trusted: &[VerifyingKey]) -> Result<String> {
    let doc = files
        .text(SIGNATURE_FILE)
        .map_err(|_| rejected("the pack is not signed"))?;
    let doc: SignatureDoc =
        toml::from_str(doc).map_err(|_| rejected("the pack's signature file is malformed"))?;
    if doc.format != 1 || doc.algorithm != "ed25519" {
        return Err(rejected(
            "the pack is signed in a format this app does not know",
        ));
    }
    let key = parse_public_key(&doc.public_key)
        .map_err(|_| rejected("the pack's signing key is malformed"))?;
    if !trusted.contains(&key) {
        return Err(rejected(
            "the pack is signed by a publisher this app does not trust",
        ));
    }
    let sig_bytes: [u8; 64] = hex::decode(&doc.signature)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| rejected("the pack's signature is malformed"))?;
    key.verify(
        &signed_message(&doc.files),
        &Signature::from_bytes(&sig_bytes),
    )
    .map_err(|_| rejected("the pack's signature does not match its contents"))?;
    for (path, bytes) in files.iter().filter(|(p, _)| *p != SIGNATURE_FILE) {
        match doc.files.get(path) {
            None => return Err(rejected(format!("{path} is in the pack but not signed"))),
            Some(d) if *d != sha256_hex(bytes) => {
                return Err(rejected(format!(
                    "{path} was changed after the pack was signed"
                )));
            }
            Some(_) => {}
        }
    }
    if let Some(missing) = doc.files.keys().find(|p| !files.contains(p)) {
        return Err(rejected(format!(
            "{missing} is signed but missing from the pack"
        )));
    }
    Ok(doc.public_key)
}
