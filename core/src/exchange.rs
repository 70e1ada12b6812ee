//! Device-to-device exchange without internet: signed, compressed bundles that can be
//! split into pieces small enough for a QR code sequence or a file share.
//!
//! A bundle is `SSBNDL`, a format version, the deflate-compressed JSON payload, and an
//! ed25519 signature by the sending device's key over all of that. Importing checks the
//! format, the signature, and that a device seen before still uses the same key (the key
//! is pinned on first contact), then applies everything in one transaction. Events have
//! unique ids and the state derived from them does not depend on order, so importing the
//! same bundle twice, or bundles in any order, gives the same result.

use std::io::{Read, Write};

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::engine::{Cx, Engine, WriteCx};
use crate::error::{Error, Result};
use crate::store::{AssignmentRow, ClassRow, Event, GroupRow, Learner};
use crate::views::{BundleKind, ChunkProgress, ImportSummary};

const MAGIC: &[u8; 6] = b"SSBNDL";
const CHUNK_MAGIC: &[u8; 4] = b"SSCK";
/// Bundle format version written by this build.
pub const BUNDLE_FORMAT: u16 = 2;
/// Default piece size: fits one QR code that a cheap phone camera reads reliably.
pub const DEFAULT_CHUNK_BYTES: usize = 1_000;
/// Largest bundle accepted (compressed).
pub const MAX_BUNDLE_BYTES: usize = 64 * 1024 * 1024;
const META_KEY: &str = "device_signing_key";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Payload {
    kind: BundleKind,
    device_id: String,
    public_key: String,
    created_ms: i64,
    #[serde(default)]
    learners: Vec<Learner>,
    #[serde(default)]
    classes: Vec<ClassRow>,
    #[serde(default)]
    groups: Vec<GroupRow>,
    #[serde(default)]
    class_members: Vec<(String, String)>,
    #[serde(default)]
    group_members: Vec<(String, String)>,
    #[serde(default)]
    assignments: Vec<AssignmentRow>,
    #[serde(default)]
    events: Vec<Event>,
}

fn refused(why: impl Into<String>) -> Error {
    Error::InvalidInput(format!("the bundle was refused: {}", why.into()))
}

fn bundle_id(bytes: &[u8]) -> [u8; 16] {
    let digest = Sha256::digest(bytes);
    let mut id = [0u8; 16];
    id.copy_from_slice(&digest[..16]);
    id
}

/// This device's signing key, made on first use.
fn device_key(engine: &Engine) -> Result<SigningKey> {
    if let Some(hex_key) = engine.read(|cx| cx.db.meta(META_KEY))? {
        return crate::content::signing::parse_secret_key(&hex_key);
    }
    let (secret, _) = crate::content::signing::generate_key()?;
    let stored = engine.write(|cx| cx.db.put_meta_if_absent(META_KEY, &secret))?;
    crate::content::signing::parse_secret_key(&stored)
}

fn seal(engine: &Engine, mut payload: Payload) -> Result<Vec<u8>> {
    let key = device_key(engine)?;
    payload.public_key = hex::encode(key.verifying_key().to_bytes());
    let json = serde_json::to_vec(&payload)?;
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(&json)?;
    let compressed = z.finish()?;
    let mut out = Vec::with_capacity(compressed.len() + 80);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&BUNDLE_FORMAT.to_be_bytes());
    out.extend_from_slice(&(compressed.len() as u32).to_be_bytes());
    out.extend_from_slice(&compressed);
    let signature = key.sign(&out);
    out.extend_from_slice(&signature.to_bytes());
    Ok(out)
}

fn empty_payload(cx: &Cx<'_>, kind: BundleKind) -> Payload {
    Payload {
        kind,
        device_id: cx.db.device_id().to_string(),
        public_key: String::new(),
        created_ms: cx.now,
        learners: vec![],
        classes: vec![],
        groups: vec![],
        class_members: vec![],
        group_members: vec![],
        assignments: vec![],
        events: vec![],
    }
}

/// The payload of a progress bundle: the learners' nicknames, avatars and age bands
/// (nothing else about them), their class memberships, and every learning event.
fn progress_payload(cx: &Cx<'_>, learner_ids: &[String]) -> Result<Payload> {
    let mut p = empty_payload(cx, BundleKind::Progress);
    let learners = if learner_ids.is_empty() {
        cx.db.learners()?
    } else {
        learner_ids
            .iter()
            .map(|id| cx.db.learner(id))
            .collect::<Result<_>>()?
    };
    let mut classes = std::collections::BTreeSet::new();
    let mut groups = std::collections::BTreeSet::new();
    for l in &learners {
        for c in cx.db.classes_of(&l.id)? {
            p.class_members.push((c.clone(), l.id.clone()));
            classes.insert(c);
        }
        for g in cx.db.groups_of(&l.id)? {
            p.group_members.push((g.clone(), l.id.clone()));
            groups.insert(g);
        }
        p.events.extend(cx.db.events(&l.id)?);
    }
    p.learners = learners;
    for c in classes {
        p.classes.push(cx.db.class(&c)?);
    }
    for g in groups {
        p.groups.push(cx.db.group(&g)?);
    }
    Ok(p)
}

/// The payload of an assignments bundle: classes, groups, memberships and every
/// assignment (withdrawn ones too, so withdrawals travel).
fn assignments_payload(cx: &Cx<'_>) -> Result<Payload> {
    let mut p = empty_payload(cx, BundleKind::Assignments);
    for c in cx.db.classes()? {
        for l in cx.db.class_members(&c.id)? {
            p.class_members.push((c.id.clone(), l));
        }
        p.classes.push(c);
    }
    for g in cx.db.groups(None)? {
        for l in cx.db.group_members(&g.id)? {
            p.group_members.push((g.id.clone(), l));
        }
        p.groups.push(g);
    }
    p.assignments = cx.db.assignments()?;
    Ok(p)
}

/// An assignments bundle (the teacher session checked the PIN).
pub(crate) fn export_assignments_bundle(engine: &Engine) -> Result<Vec<u8>> {
    let payload = engine.read(assignments_payload)?;
    seal(engine, payload)
}

/// Apply a verified payload in the caller's transaction.
fn apply(cx: &WriteCx<'_>, payload: &Payload) -> Result<ImportSummary> {
    if let Some(pinned) = cx.db.known_device_key(&payload.device_id)?
        && pinned != payload.public_key
    {
        return Err(refused(
            "it claims to come from a device this app knows, but is signed with another key",
        ));
    }
    if payload.device_id != cx.db.device_id() {
        cx.db
            .pin_device_key(&payload.device_id, &payload.public_key, cx.now)?;
    }
    let mut s = ImportSummary {
        kind: payload.kind,
        from_device: payload.device_id.clone(),
        learners_added: 0,
        events_added: 0,
        events_already_here: 0,
        assignments_changed: 0,
        classes_changed: 0,
    };
    for l in &payload.learners {
        s.learners_added += u32::from(cx.db.merge_bundle_learner(l, &payload.device_id)?);
    }
    for c in &payload.classes {
        s.classes_changed += u32::from(cx.db.upsert_class(c)?);
    }
    for g in &payload.groups {
        s.classes_changed += u32::from(cx.db.upsert_group(g)?);
    }
    for (c, l) in &payload.class_members {
        cx.db.add_class_member(c, l)?;
    }
    for (g, l) in &payload.group_members {
        cx.db.add_group_member(g, l)?;
    }
    for a in &payload.assignments {
        s.assignments_changed += u32::from(cx.db.upsert_assignment(a)?);
    }
    for e in &payload.events {
        if !cx.db.has_learner(&e.learner_id)? {
            return Err(refused(format!(
                "an event belongs to a learner the bundle does not include ({})",
                crate::error::excerpt(&e.id)
            )));
        }
        if cx.db.append(e)? {
            s.events_added += 1;
        } else {
            s.events_already_here += 1;
        }
    }
    Ok(s)
}

/// One line per import: counts only, never a nickname.
fn log_import(s: &ImportSummary) {
    log::info!(
        "{:?} bundle imported: {} learner(s) added, {} event(s) added, {} already here, {} assignment(s) and {} class change(s)",
        s.kind,
        s.learners_added,
        s.events_added,
        s.events_already_here,
        s.assignments_changed,
        s.classes_changed
    );
}

impl Engine {
    /// A progress bundle for the teacher: the learners' nicknames, avatars and age bands
    /// (nothing else about them), their class memberships, and every learning event.
    /// With no learner ids, every learner on this device.
    pub fn export_progress_bundle(&self, learner_ids: &[String]) -> Result<Vec<u8>> {
        let payload = self.read(|cx| progress_payload(cx, learner_ids))?;
        seal(self, payload)
    }

    /// Verify a whole bundle and apply it in one transaction. A bundle that is not whole,
    /// was altered, or comes from a known device with a different key is refused, and
    /// nothing is applied.
    pub fn import_bundle(&self, bytes: &[u8]) -> Result<ImportSummary> {
        let payload = open(bytes).inspect_err(|e| log::warn!("{e}"))?;
        let summary = self
            .write(|cx| apply(cx, &payload))
            .inspect_err(|e| log::warn!("{e}"))?;
        log_import(&summary);
        Ok(summary)
    }

    /// Split a bundle into numbered pieces of at most `max_bytes` of bundle data each
    /// (plus a 28-byte header), for a QR code sequence or several small files.
    pub fn bundle_chunks(&self, bundle: &[u8], max_bytes: u32) -> Result<Vec<Vec<u8>>> {
        let size = (max_bytes as usize).clamp(64, u16::MAX as usize);
        let id = bundle_id(bundle);
        let total = bundle.len().div_ceil(size);
        if total > u16::MAX as usize {
            return Err(Error::InvalidInput(
                "the bundle needs too many pieces; use larger pieces".into(),
            ));
        }
        Ok(bundle
            .chunks(size)
            .enumerate()
            .map(|(i, part)| {
                let mut c = Vec::with_capacity(part.len() + 28);
                c.extend_from_slice(CHUNK_MAGIC);
                c.extend_from_slice(&1u16.to_be_bytes());
                c.extend_from_slice(&id);
                c.extend_from_slice(&(i as u16).to_be_bytes());
                c.extend_from_slice(&(total as u16).to_be_bytes());
                c.extend_from_slice(&(part.len() as u16).to_be_bytes());
                c.extend_from_slice(part);
                c
            })
            .collect())
    }

    /// Take one piece of a chunked bundle. Pieces are kept in the database, so a transfer
    /// interrupted at any point (even by closing the app) resumes with the pieces still
    /// missing. When the last piece arrives the bundle is checked whole and imported, in
    /// the same transaction that drops its pieces; nothing is applied before that.
    pub fn receive_chunk(&self, piece: &[u8]) -> Result<ChunkProgress> {
        if piece.len() < 28 || &piece[..4] != CHUNK_MAGIC {
            return Err(Error::InvalidInput(
                "this is not a piece of a SafeSteps bundle".into(),
            ));
        }
        let id = hex::encode(&piece[6..22]);
        let idx = u32::from(u16::from_be_bytes([piece[22], piece[23]]));
        let total = u32::from(u16::from_be_bytes([piece[24], piece[25]]));
        let len = u16::from_be_bytes([piece[26], piece[27]]) as usize;
        if total == 0 || idx >= total || piece.len() != 28 + len {
            return Err(Error::InvalidInput("this piece is damaged".into()));
        }
        let (received, have) = self.write(|cx| {
            let received = cx.db.put_chunk(&id, idx, total, &piece[28..], cx.now)?;
            Ok((received, cx.db.chunk_indexes(&id)?))
        })?;
        let missing: Vec<u32> = (0..total).filter(|i| !have.contains(i)).collect();
        let mut progress = ChunkProgress {
            bundle_id: id.clone(),
            received,
            total,
            missing,
            imported: None,
        };
        if received == total {
            let whole: Vec<u8> = self.read(|cx| cx.db.chunks(&id))?.concat();
            let payload = if hex::encode(bundle_id(&whole)) != id {
                Err(refused(
                    "the pieces do not make up the bundle they belong to",
                ))
            } else {
                open(&whole)
            };
            // Imported in the transaction that drops its pieces; when refused, the
            // refused pieces are dropped on their own and nothing else changes.
            let result = payload.and_then(|p| {
                self.write(|cx| {
                    cx.db.drop_chunks(&id)?;
                    apply(cx, &p)
                })
            });
            if result.is_err() {
                self.write(|cx| cx.db.drop_chunks(&id))?;
            }
            let imported = result.inspect_err(|e| log::warn!("{e}"))?;
            log_import(&imported);
            progress.imported = Some(imported);
        }
        Ok(progress)
    }
}

/// Check a bundle's format and signature and read its payload.
fn open(bytes: &[u8]) -> Result<Payload> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(refused("it is too large"));
    }
    if bytes.len() < 12 + 64 || &bytes[..6] != MAGIC {
        return Err(refused("it is not a SafeSteps bundle"));
    }
    let version = u16::from_be_bytes([bytes[6], bytes[7]]);
    if version != BUNDLE_FORMAT {
        return Err(refused(format!(
            "it was made by another version of SafeSteps (format {version}, this app reads {BUNDLE_FORMAT}); update both devices"
        )));
    }
    let len = u32::from_be_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize;
    if bytes.len() != 12 + len + 64 {
        return Err(refused(
            "it is incomplete or has extra data (was the transfer cut short?)",
        ));
    }
    let (signed, signature) = bytes.split_at(12 + len);
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(&signed[12..])
        .take(256 * 1024 * 1024)
        .read_to_end(&mut json)
        .map_err(|_| refused("it is damaged"))?;
    let payload: Payload = serde_json::from_slice(&json).map_err(|_| refused("it is damaged"))?;
    let key_bytes: [u8; 32] = hex::decode(&payload.public_key)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| refused("its signing key is malformed"))?;
    let key = VerifyingKey::from_bytes(&key_bytes)
        .map_err(|_| refused("its signing key is malformed"))?;
    let signature: [u8; 64] = signature
        .try_into()
        .map_err(|_| refused("its signature is malformed"))?;
    let sig = Signature::from_bytes(&signature);
    key.verify(signed, &sig)
        .map_err(|_| refused("it was changed after it was made"))?;
    Ok(payload)
}
