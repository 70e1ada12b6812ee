//! Signed pack files: one `.sspack` file (a gzip-compressed tar) that holds a pack's
//! built files plus `SIGNATURE.json`: the SHA-256 of every file and an ed25519 signature
//! over that list (the catalog is one of the files, so it is covered too). Format 2:
//! packs of format 1 carried their TOML sources and `SIGNATURE.toml`; they are refused
//! with the reason `old-pack-format` (docs/decisions/0030-built-packs-no-toml-in-the-library.md).
//!
//! Verification recomputes every hash, refuses files that are missing from the list or
//! listed but absent, and checks the signature against publisher keys pinned in the app.
//!
//! Reading ([`read_stream`], [`read_verified`]) streams the file with bounded memory:
//! the file's size is checked before it is read, each entry's size from its header before
//! its data, `SIGNATURE.json` comes first and is checked before any other file is read,
//! and the container is checked whole (one gzip member with a matching CRC and length,
//! nothing after it, only zero padding after the tar archive). [`Limits`] holds the bounds.

use std::collections::BTreeMap;
use std::io::Read;

#[cfg(feature = "authoring")]
use ed25519_dalek::Signer;
use ed25519_dalek::{Signature, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::PackFiles;
use crate::error::{Error, Result};

/// Name of the signature file inside a pack file.
pub const SIGNATURE_FILE: &str = "SIGNATURE.json";
/// Name of the signature file of packs of format 1 (TOML sources), recognised only to
/// say that such a pack must be built again.
pub const OLD_SIGNATURE_FILE: &str = "SIGNATURE.toml";
/// Domain separation for the signed message; bump when the format changes (v2: built
/// packs, `SIGNATURE.json`).
const SIGNED_PREFIX: &str = "safesteps-pack-signature-v2\n";
/// Format of `SIGNATURE.json`.
const SIGNATURE_FORMAT: u32 = 2;
/// Largest pack file accepted (compressed), checked before it is read.
pub const MAX_PACK_BYTES: u64 = 16 * 1024 * 1024;
/// Largest total size of a pack's files once unpacked. The files stay in memory while
/// the pack is in use, so this bounds the memory a pack can take.
pub const MAX_UNPACKED_BYTES: u64 = 16 * 1024 * 1024;
/// Most files a pack may hold.
pub const MAX_FILES: usize = 2_000;

/// The contents of `SIGNATURE.json`.
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

/// Build a pack from its sources (`files`: TOML and Fluent, as `safesteps check` reads
/// them), sign it and pack it into one compressed, deterministic pack file.
///
/// The built pack holds `catalog.bin` (the TOML sources parsed into the model the
/// library reads, see `catalog_doc`), the pack's lexicons as `lexicon/<locale>.json`,
/// and every other file as it is (Fluent sources, pictures, captions); the TOML sources
/// themselves are left out. A TOML file that does not parse fails here; the rules are
/// not checked here (`safesteps pack build` runs the checker first, and an app checks
/// them all again when it installs the pack). The result is read back as an app would
/// read it, so a pack that an app would refuse for its container (too large, too many
/// files, a path it does not accept) is never written.
#[cfg(feature = "authoring")]
pub fn build_pack_file(files: &PackFiles, key: &SigningKey) -> Result<Vec<u8>> {
    sign_built_files(&built_files(files)?, key)
}

/// The built form of a pack's sources (see [`build_pack_file`]); a pack that is built
/// already is returned as it is.
#[cfg(feature = "authoring")]
pub fn built_files(files: &PackFiles) -> Result<PackFiles> {
    use super::catalog_doc;
    if super::built::is_built(files) {
        return Ok(files.clone());
    }
    let parsed = super::parse(files)?;
    if let Some((file, _, msg)) = parsed.toml_errors.first() {
        return Err(Error::ContentInvalid(format!("{file}: {msg}")));
    }
    let sources: Vec<(&str, &[u8])> = files
        .iter()
        .filter(|(p, _)| *p != SIGNATURE_FILE && *p != OLD_SIGNATURE_FILE)
        .collect();
    let catalog = catalog_doc::catalog_bytes(&sources).map_err(Error::ContentInvalid)?;
    let mut out: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    out.insert(catalog_doc::CATALOG_FILE.to_string(), catalog);
    for (path, bytes) in sources {
        if catalog_doc::is_catalog_source(path) {
            continue;
        }
        let lexicon = path
            .strip_prefix(super::LEXICON_DIR)
            .and_then(|n| n.strip_suffix(".toml"));
        match lexicon {
            Some(tag) => {
                let json = catalog_doc::toml_as_json(path, bytes).map_err(Error::ContentInvalid)?;
                out.insert(
                    format!("{}{tag}.json", super::LEXICON_DIR),
                    serde_json::to_vec(&json)?,
                );
            }
            None => {
                out.insert(path.to_string(), bytes.to_vec());
            }
        }
    }
    Ok(PackFiles::from_map(out))
}

/// Sign built pack files as they are and pack them (tools and tests: a pack whose
/// `catalog.bin` was edited, correctly signed). See [`build_pack_file`].
#[cfg(feature = "authoring")]
pub fn sign_built_files(files: &PackFiles, key: &SigningKey) -> Result<Vec<u8>> {
    let bytes = pack_signed(files, key)?;
    read_stream(&bytes[..], Some(&[key.verifying_key()]), &Limits::default())?;
    Ok(bytes)
}

/// `SIGNATURE.json` for files with these SHA-256 digests (hex, by path), signed by `key`.
#[cfg(feature = "authoring")]
pub fn signature_file(digests: &BTreeMap<String, String>, key: &SigningKey) -> Result<String> {
    if let Some(bad) = digests
        .keys()
        .find(|p| !safe_path(p) || *p == SIGNATURE_FILE)
    {
        return Err(Error::InvalidInput(format!(
            "cannot sign an unsafe path: {}",
            excerpt(bad)
        )));
    }
    let signature = key.sign(&signed_message(digests));
    let doc = SignatureDoc {
        format: SIGNATURE_FORMAT,
        algorithm: "ed25519".into(),
        public_key: hex::encode(key.verifying_key().to_bytes()),
        signature: hex::encode(signature.to_bytes()),
        files: digests.clone(),
    };
    serde_json::to_string_pretty(&doc)
        .map_err(|e| Error::InvalidInput(format!("could not write the signature: {e}")))
}

/// What a checked `SIGNATURE.json` says: who signed, and the digest of every file.
#[derive(Debug, Clone)]
pub struct SignedList {
    /// The signer's public key (hex), one of the trusted keys.
    pub signer: String,
    /// SHA-256 (hex) of every signed file, by path.
    pub files: BTreeMap<String, String>,
}

/// Check a `SIGNATURE.json` against the trusted keys (see [`read_stream`]).
pub fn check_signature_file(
    bytes: &[u8],
    trusted: &[VerifyingKey],
    limits: &Limits,
) -> Result<SignedList> {
    let (doc, signer) = check_signature_doc(bytes, trusted, limits)?;
    Ok(SignedList {
        signer,
        files: doc.files,
    })
}

#[cfg(feature = "authoring")]
fn pack_signed(files: &PackFiles, key: &SigningKey) -> Result<Vec<u8>> {
    let digests: BTreeMap<String, String> = files
        .iter()
        .filter(|(p, _)| *p != SIGNATURE_FILE)
        .map(|(p, b)| (p.to_string(), sha256_hex(b)))
        .collect();
    let doc = signature_file(&digests, key)?;

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
        && path.len() <= MAX_PATH_BYTES
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
        && path
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != "..")
}

/// Longest path accepted inside a pack.
const MAX_PATH_BYTES: usize = 255;
/// Most bytes of zeros allowed after the end of the archive (tar pads to its record size).
const MAX_TRAILING_ZEROS: u64 = 64 * 1024;

/// Upper bounds on what reading a pack file may take. The defaults keep verifying and
/// loading any input, signed or not, under 64 MB of memory (see `core/tests/pack_memory.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest pack file (compressed), checked before anything is read.
    pub max_file_bytes: u64,
    /// Largest single file inside a pack, checked from its header before it is read.
    pub max_entry_bytes: u64,
    /// Largest total of the files inside a pack, once unpacked.
    pub max_unpacked_bytes: u64,
    /// Most files a pack may hold.
    pub max_entries: usize,
    /// Largest `SIGNATURE.json` (read before anything is trusted).
    pub max_signature_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: MAX_PACK_BYTES,
            max_entry_bytes: 16 * 1024 * 1024,
            max_unpacked_bytes: MAX_UNPACKED_BYTES,
            max_entries: MAX_FILES,
            max_signature_bytes: 256 * 1024,
        }
    }
}

/// A byte source that counts and hashes what is read from it and refuses to go past a limit.
struct Metered<R> {
    inner: R,
    hasher: Option<Sha256>,
    read: u64,
    limit: u64,
    what: &'static str,
}

impl<R: Read> Metered<R> {
    fn new(inner: R, limit: u64, hash: bool, what: &'static str) -> Self {
        Metered {
            inner,
            hasher: hash.then(Sha256::new),
            read: 0,
            limit,
            what,
        }
    }
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // Never ask for more than one byte past the limit, so going over is noticed
        // without reading (or inflating) anything beyond it.
        let room = (self.limit + 1).saturating_sub(self.read);
        let want = buf.len().min(usize::try_from(room).unwrap_or(usize::MAX));
        if want == 0 {
            return Err(std::io::Error::other(Oversize(self.what)));
        }
        let n = self.inner.read(&mut buf[..want])?;
        self.read += n as u64;
        if self.read > self.limit {
            return Err(std::io::Error::other(Oversize(self.what)));
        }
        if let Some(h) = &mut self.hasher {
            h.update(&buf[..n]);
        }
        Ok(n)
    }
}

/// The error a [`Metered`] reader gives when its limit is passed.
#[derive(Debug)]
struct Oversize(&'static str);
impl std::fmt::Display for Oversize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} is larger than a pack may be", self.0)
    }
}
impl std::error::Error for Oversize {}

/// A read error as a refusal: an over-limit read says so, anything else is damage.
fn damaged(e: std::io::Error) -> Error {
    if let Some(o) = e.get_ref().and_then(|i| i.downcast_ref::<Oversize>()) {
        return rejected(o.to_string());
    }
    rejected("the pack file is damaged or incomplete")
}

/// What [`read_stream`] found: the files, and the SHA-256 and length of the bytes read.
#[derive(Debug)]
pub struct PackRead {
    /// Every file, `SIGNATURE.json` included.
    pub files: PackFiles,
    /// SHA-256 of the pack file exactly as read.
    pub sha256: [u8; 32],
    /// Length of the pack file.
    pub bytes: u64,
    /// Hex public key that signed it (when read with trusted keys).
    pub signer: Option<String>,
}

/// A short, printable excerpt of a name from outside, for error messages.
pub(crate) fn excerpt(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(60)
        .flat_map(char::escape_default)
        .collect();
    if text.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// Where [`stream_entries`] puts each file of a pack as it streams in.
pub trait EntrySink {
    /// Take the data of `path` (`size` bytes; read it all, or fail). Called after the
    /// path, size and (when verifying) its place in the signed list were checked, before
    /// its hash is known: keep what is written provisional until [`EntrySink::verified`].
    fn entry(&mut self, path: &str, size: u64, data: &mut dyn Read) -> Result<()>;
    /// The file just taken matched its signed hash (called only when verifying).
    fn verified(&mut self, _path: &str) -> Result<()> {
        Ok(())
    }
    /// `SIGNATURE.json` was checked (called only when verifying), before any other file.
    fn signed(&mut self, _list: &SignedList) -> Result<()> {
        Ok(())
    }
}

/// Keeps every file in memory (small packs).
struct MemorySink(BTreeMap<String, Vec<u8>>);

impl EntrySink for MemorySink {
    fn entry(&mut self, path: &str, size: u64, data: &mut dyn Read) -> Result<()> {
        let mut buf = Vec::with_capacity(size as usize);
        data.read_to_end(&mut buf).map_err(damaged)?;
        self.0.insert(path.to_string(), buf);
        Ok(())
    }
}

/// A reader that hashes what passes through it.
struct HashingRead<'a, R> {
    inner: &'a mut R,
    hasher: Sha256,
    read: u64,
}

impl<R: Read> Read for HashingRead<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}

/// Read a pack file from a stream with bounded memory, checking the container whole: a
/// single gzip member whose CRC and length match, a tar of plain files with safe paths,
/// nothing but zero padding after the archive and nothing after the gzip member. Sizes
/// are checked from each header before the data is read.
///
/// With `trusted` keys, `SIGNATURE.json` must come first; its signature is checked
/// before any other file is read, every other file must be listed in it (an unlisted
/// file is refused before its data is read), each file's hash is checked as it streams
/// in, and every listed file must be present. Without keys, nothing is verified (tools
/// and tests; see [`verify`]).
pub fn read_stream(
    reader: impl Read,
    trusted: Option<&[VerifyingKey]>,
    limits: &Limits,
) -> Result<PackRead> {
    let mut sink = MemorySink(BTreeMap::new());
    let streamed = stream_entries(reader, trusted, limits, &mut sink)?;
    Ok(PackRead {
        files: PackFiles::from_map(sink.0),
        sha256: streamed.sha256,
        bytes: streamed.bytes,
        signer: streamed.signer,
    })
}

/// What [`stream_entries`] checked.
#[derive(Debug)]
pub struct Streamed {
    /// SHA-256 of the pack file exactly as read.
    pub sha256: [u8; 32],
    /// Length of the pack file.
    pub bytes: u64,
    /// Hex public key that signed it (when read with trusted keys).
    pub signer: Option<String>,
    /// Every file's path and size, in archive order (`SIGNATURE.json` included).
    pub files: Vec<(String, u64)>,
}

/// [`read_stream`] with the files handed to `sink` as they stream in, so a pack of any
/// size is checked with bounded memory (media packs go straight to disk). The same
/// checks, in the same order: `SIGNATURE.json` is read into memory (at most
/// `max_signature_bytes`) and checked before any other file is taken.
pub fn stream_entries(
    reader: impl Read,
    trusted: Option<&[VerifyingKey]>,
    limits: &Limits,
    sink: &mut dyn EntrySink,
) -> Result<Streamed> {
    let raw = Metered::new(reader, limits.max_file_bytes, true, "the pack file");
    let gz = flate2::bufread::GzDecoder::new(std::io::BufReader::with_capacity(64 * 1024, raw));
    // Headers and padding come on top of the files themselves.
    let stream_cap = limits
        .max_unpacked_bytes
        .saturating_add((limits.max_entries as u64 + 2).saturating_mul(1024))
        .saturating_add(MAX_TRAILING_ZEROS);
    let mut archive = tar::Archive::new(Metered::new(gz, stream_cap, false, "the unpacked pack"));
    let mut seen: Vec<(String, u64)> = Vec::new();
    let mut names: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut signed: Option<(SignatureDoc, String)> = None;
    let mut total = 0u64;
    {
        let entries = archive
            .entries()
            .map_err(|_| rejected("the file is not a SafeSteps pack"))?
            // Raw: GNU long names and PAX headers come through as entries of their own
            // (and are refused below) instead of being read into memory by `tar`.
            .raw(true);
        for entry in entries {
            let mut entry = entry.map_err(damaged)?;
            if seen.len() >= limits.max_entries {
                return Err(rejected(format!(
                    "the pack holds more than {} files",
                    limits.max_entries
                )));
            }
            if entry.header().entry_type() != tar::EntryType::Regular {
                return Err(rejected(
                    "the pack holds something that is not a plain file",
                ));
            }
            let path = std::str::from_utf8(&entry.path_bytes())
                .map_err(|_| rejected("the pack holds a file with an unreadable name"))?
                .to_string();
            if !safe_path(&path) {
                return Err(rejected(format!(
                    "the pack holds an unsafe path: {}",
                    excerpt(&path)
                )));
            }
            if !names.insert(path.clone()) {
                return Err(rejected(format!("the pack holds {} twice", excerpt(&path))));
            }
            let size = entry
                .header()
                .size()
                .map_err(|_| rejected("the pack file is damaged or incomplete"))?;
            if size > limits.max_entry_bytes {
                return Err(rejected(format!(
                    "{} is larger than a file in a pack may be ({size} bytes)",
                    excerpt(&path)
                )));
            }
            total = total.saturating_add(size);
            if total > limits.max_unpacked_bytes {
                return Err(rejected("the pack is larger than a pack may be"));
            }
            let expected = match (trusted, &signed) {
                (Some(_), None) if path == OLD_SIGNATURE_FILE => {
                    return Err(super::built::old_format(
                        "the pack was built by an older SafeSteps (pack format 1, SIGNATURE.toml); build it again with `safesteps pack build` and install it again",
                    ));
                }
                (Some(_), None) if path != SIGNATURE_FILE => {
                    return Err(rejected(
                        "the pack is not signed (SIGNATURE.json must come first)",
                    ));
                }
                (Some(_), None) if size > limits.max_signature_bytes => {
                    return Err(rejected("the pack's signature file is too large"));
                }
                (Some(_), Some((doc, _))) => match doc.files.get(&path) {
                    Some(digest) => Some(digest.clone()),
                    None => {
                        return Err(rejected(format!(
                            "{} is in the pack but not signed",
                            excerpt(&path)
                        )));
                    }
                },
                _ => None,
            };
            if let (Some(keys), None) = (trusted, &signed) {
                // SIGNATURE.json: read (bounded above) and checked before anything else.
                let mut data = Vec::with_capacity(size as usize);
                (&mut entry)
                    .take(size)
                    .read_to_end(&mut data)
                    .map_err(damaged)?;
                if data.len() as u64 != size {
                    return Err(rejected("the pack file is damaged or incomplete"));
                }
                let (doc, key) = check_signature_doc(&data, keys, limits)?;
                sink.signed(&SignedList {
                    signer: key.clone(),
                    files: doc.files.clone(),
                })?;
                signed = Some((doc, key));
                sink.entry(&path, size, &mut data.as_slice())?;
                seen.push((path, size));
                continue;
            }
            let mut limited = (&mut entry).take(size);
            let mut hashing = HashingRead {
                inner: &mut limited,
                hasher: Sha256::new(),
                read: 0,
            };
            sink.entry(&path, size, &mut hashing)?;
            // Whatever the sink left unread is read (and hashed) here.
            std::io::copy(&mut hashing, &mut std::io::sink()).map_err(damaged)?;
            if hashing.read != size {
                return Err(rejected("the pack file is damaged or incomplete"));
            }
            let digest = hex::encode(hashing.hasher.finalize());
            if let Some(expected) = expected {
                if expected != digest {
                    return Err(rejected(format!(
                        "{} was changed after the pack was signed",
                        excerpt(&path)
                    )));
                }
                sink.verified(&path)?;
            }
            seen.push((path, size));
        }
    }
    // After the archive: only zero padding, then the end of the gzip member (which checks
    // its CRC and length), then the end of the file.
    let mut rest = archive.into_inner();
    let mut buf = [0u8; 8192];
    let mut padding = 0u64;
    loop {
        let n = rest.read(&mut buf).map_err(damaged)?;
        if n == 0 {
            break;
        }
        padding += n as u64;
        if padding > MAX_TRAILING_ZEROS || buf[..n].iter().any(|&b| b != 0) {
            return Err(rejected("the pack file has data after its end"));
        }
    }
    let mut after = rest.inner.into_inner();
    if !std::io::BufRead::fill_buf(&mut after)
        .map_err(damaged)?
        .is_empty()
    {
        return Err(rejected("the pack file has data after its end"));
    }
    let raw = after.into_inner();
    if seen.is_empty() {
        return Err(rejected("the file is not a SafeSteps pack"));
    }
    let signer = match signed {
        Some((doc, key)) => {
            if let Some(missing) = doc.files.keys().find(|p| !names.contains(*p)) {
                return Err(rejected(format!(
                    "{} is signed but missing from the pack",
                    excerpt(missing)
                )));
            }
            Some(key)
        }
        None => None,
    };
    Ok(Streamed {
        sha256: raw.hasher.expect("hashing reader").finalize().into(),
        bytes: raw.read,
        signer,
        files: seen,
    })
}

/// Parse `SIGNATURE.json` (at most `max_signature_bytes`, nesting bounded) and check it against the pinned keys: returns the document and
/// the signer's hex key.
fn check_signature_doc(
    bytes: &[u8],
    trusted: &[VerifyingKey],
    limits: &Limits,
) -> Result<(SignatureDoc, String)> {
    if bytes.len() as u64 > limits.max_signature_bytes {
        return Err(rejected("the pack's signature file is too large"));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| rejected("the pack's signature file is malformed"))?;
    let doc: SignatureDoc = super::built::json_file(text)
        .map_err(|_| rejected("the pack's signature file is malformed"))?;
    if doc.format != SIGNATURE_FORMAT || doc.algorithm != "ed25519" {
        return Err(rejected(
            "the pack is signed in a format this app does not know",
        ));
    }
    if doc.files.len() >= limits.max_entries {
        return Err(rejected(format!(
            "the pack holds more than {} files",
            limits.max_entries
        )));
    }
    if let Some(bad) = doc
        .files
        .keys()
        .find(|p| !safe_path(p) || *p == SIGNATURE_FILE)
    {
        return Err(rejected(format!(
            "the pack's signature lists an unsafe path: {}",
            excerpt(bad)
        )));
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
    let signer = doc.public_key.clone();
    Ok((doc, signer))
}

/// Open a pack file, refusing one over the size limit before reading it.
pub fn open_pack_file(path: &std::path::Path, limits: &Limits) -> Result<std::fs::File> {
    let file = std::fs::File::open(path).map_err(|e| {
        Error::InvalidInput(format!("cannot read the pack file {}: {e}", path.display()))
    })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(Error::InvalidInput(format!(
            "{} is not a file",
            path.display()
        )));
    }
    if meta.len() > limits.max_file_bytes {
        return Err(rejected(format!(
            "the pack file is too large ({} bytes; at most {})",
            meta.len(),
            limits.max_file_bytes
        )));
    }
    Ok(file)
}

/// Read and verify a pack file against the pinned keys (see [`read_stream`]).
pub fn read_verified(
    path: &std::path::Path,
    trusted: &[VerifyingKey],
    limits: &Limits,
) -> Result<PackRead> {
    let file = open_pack_file(path, limits)?;
    read_stream(file, Some(trusted), limits)
}

/// Unpack a pack file held in memory, with the same container checks and limits as
/// [`read_stream`]. Does not verify (see [`verify`]).
pub fn read_pack_file(bytes: &[u8]) -> Result<PackFiles> {
    let limits = Limits::default();
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(rejected("the pack file is too large"));
    }
    Ok(read_stream(bytes, None, &limits)?.files)
}

/// Check a pack's signature and every file's hash against the pinned publisher keys.
/// Returns the hex public key that signed it.
pub fn verify(files: &PackFiles, trusted: &[VerifyingKey]) -> Result<String> {
    if files.contains(OLD_SIGNATURE_FILE) && !files.contains(SIGNATURE_FILE) {
        return Err(super::built::old_format(
            "the pack was built by an older SafeSteps (pack format 1, SIGNATURE.toml); build it again with `safesteps pack build`",
        ));
    }
    let doc = files
        .get(SIGNATURE_FILE)
        .ok_or_else(|| rejected("the pack is not signed"))?;
    let (doc, signer) = check_signature_doc(doc, trusted, &Limits::default())?;
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
    Ok(signer)
}
