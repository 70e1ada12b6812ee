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
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::store::classroom::{
    AssignmentRow, ClassRow, GroupRow, add_class_member, add_group_member, upsert_assignment,
    upsert_class, upsert_group,
};
use crate::store::db::append_in;
use crate::store::{Event, EventKind};
use crate::views::{BundleKind, ChunkProgress, ImportSummary};

const MAGIC: &[u8; 6] = b"SSBNDL";
const CHUNK_MAGIC: &[u8; 4] = b"SSCK";
/// Bundle format version written by this build.
pub const BUNDLE_FORMAT: u16 = 1;
/// Default piece size: fits one QR code that a cheap phone camera reads reliably.
pub const DEFAULT_CHUNK_BYTES: usize = 1_000;
/// Largest bundle accepted (compressed).
pub const MAX_BUNDLE_BYTES: usize = 64 * 1024 * 1024;
const META_KEY: &str = "device_signing_key";

#[derive(Debug, Serialize, Deserialize)]
struct WireLearner {
    id: String,
    nickname: String,
    avatar: String,
    age_band: Option<String>,
    created_at_ms: i64,
}

#[derive(Debug, Serialize, Deserialize)]
struct WireEvent {
    id: String,
    learner_id: String,
    device_id: String,
    at_ms: i64,
    event: EventKind,
}

#[derive(Debug, Serialize, Deserialize)]
struct WireClass {
    id: String,
    name: String,
    updated_ms: i64,
}

#[derive(Debug, Serialize, Deserialize)]
struct WireGroup {
    id: String,
    class_id: String,
    name: String,
    updated_ms: i64,
}

#[derive(Debug, Serialize, Deserialize)]
struct WireAssignment {
    id: String,
    modules: Vec<String>,
    target_kind: String,
    target_id: String,
    start_ms: Option<i64>,
    due_ms: Option<i64>,
    withdrawn: bool,
    updated_ms: i64,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Payload {
    kind: BundleKind,
    device_id: String,
    public_key: String,
    created_ms: i64,
    #[serde(default)]
    learners: Vec<WireLearner>,
    #[serde(default)]
    classes: Vec<WireClass>,
    #[serde(default)]
    groups: Vec<WireGroup>,
    #[serde(default)]
    class_members: Vec<(String, String)>,
    #[serde(default)]
    group_members: Vec<(String, String)>,
    #[serde(default)]
    assignments: Vec<WireAssignment>,
    #[serde(default)]
    events: Vec<WireEvent>,
}

fn refused(why: impl Into<String>) -> Error {
    Error::InvalidInput(format!("the bundle was refused: {}", why.into()))
}

fn bundle_id(bytes: &[u8]) -> [u8; 16] {
    Sha256::digest(bytes)[..16].try_into().expect("16 bytes")
}

impl Engine {
    /// This device's signing key, made on first use.
    fn device_key(&self) -> Result<SigningKey> {
        let mut store = self.store();
        if let Some(hex_key) = store.meta(META_KEY)? {
            return crate::content::signing::parse_secret_key(&hex_key);
        }
        let (secret, _) = crate::content::signing::generate_key()?;
        store.write(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES (?1, ?2)",
                params![META_KEY, secret],
            )?;
            Ok(())
        })?;
        let stored = store.meta(META_KEY)?.unwrap_or(secret);
        crate::content::signing::parse_secret_key(&stored)
    }

    fn seal(&self, mut payload: Payload) -> Result<Vec<u8>> {
        let key = self.device_key()?;
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

    fn empty_payload(&self, kind: BundleKind) -> Payload {
        Payload {
            kind,
            device_id: self.device_id(),
            public_key: String::new(),
            created_ms: self.wall_clock(),
            learners: vec![],
            classes: vec![],
            groups: vec![],
            class_members: vec![],
            group_members: vec![],
            assignments: vec![],
            events: vec![],
        }
    }

    /// A progress bundle for the teacher: the learners' nicknames, avatars and age bands
    /// (nothing else about them), their class memberships, and every learning event.
    /// With no learner ids, every learner on this device.
    pub fn export_progress_bundle(&self, learner_ids: &[String]) -> Result<Vec<u8>> {
        let mut p = self.empty_payload(BundleKind::Progress);
        {
            let store = self.store();
            let learners = if learner_ids.is_empty() {
                store.learners()?
            } else {
                learner_ids
                    .iter()
                    .map(|id| store.learner(id))
                    .collect::<Result<_>>()?
            };
            let mut classes = std::collections::BTreeSet::new();
            let mut groups = std::collections::BTreeSet::new();
            for l in &learners {
                for c in store.classes_of(&l.id)? {
                    p.class_members.push((c.clone(), l.id.clone()));
                    classes.insert(c);
                }
                for g in store.groups_of(&l.id)? {
                    p.group_members.push((g.clone(), l.id.clone()));
                    groups.insert(g);
                }
                for e in store.events(&l.id)? {
                    p.events.push(WireEvent {
                        id: e.id,
                        learner_id: e.learner_id,
                        device_id: e.device_id,
                        at_ms: e.at_ms,
                        event: e.kind,
                    });
                }
                p.learners.push(WireLearner {
                    id: l.id.clone(),
                    nickname: l.nickname.clone(),
                    avatar: l.avatar.clone(),
                    age_band: l.age_band.clone(),
                    created_at_ms: l.created_at_ms,
                });
            }
            for c in classes {
                let c = store.class(&c)?;
                p.classes.push(WireClass {
                    id: c.id,
                    name: c.name,
                    updated_ms: c.updated_ms,
                });
            }
            for g in groups {
                let g = store.group(&g)?;
                p.groups.push(WireGroup {
                    id: g.id,
                    class_id: g.class_id,
                    name: g.name,
                    updated_ms: g.updated_ms,
                });
            }
        }
        self.seal(p)
    }

    /// An assignments bundle for learners' devices: classes, groups, memberships and
    /// every assignment (withdrawn ones too, so withdrawals travel).
    pub fn export_assignments_bundle(&self, token: &str) -> Result<Vec<u8>> {
        self.require_session(token)?;
        let mut p = self.empty_payload(BundleKind::Assignments);
        {
            let store = self.store();
            for c in store.classes()? {
                for l in store.class_members(&c.id)? {
                    p.class_members.push((c.id.clone(), l));
                }
                p.classes.push(WireClass {
                    id: c.id,
                    name: c.name,
                    updated_ms: c.updated_ms,
                });
            }
            for g in store.groups(None)? {
                for l in store.group_members(&g.id)? {
                    p.group_members.push((g.id.clone(), l));
                }
                p.groups.push(WireGroup {
                    id: g.id,
                    class_id: g.class_id,
                    name: g.name,
                    updated_ms: g.updated_ms,
                });
            }
            for a in store.assignments()? {
                p.assignments.push(WireAssignment {
                    id: a.id,
                    modules: a.modules,
                    target_kind: a.target_kind,
                    target_id: a.target_id,
                    start_ms: a.start_ms,
                    due_ms: a.due_ms,
                    withdrawn: a.withdrawn,
                    updated_ms: a.updated_ms,
                });
            }
        }
        self.seal(p)
    }

    /// Verify a whole bundle and apply it in one transaction. A bundle that is not whole,
    /// was altered, or comes from a known device with a different key is refused, and
    /// nothing is applied.
    pub fn import_bundle(&self, bytes: &[u8]) -> Result<ImportSummary> {
        let payload = open(bytes)?;
        let mut store = self.store();
        if let Some(pinned) = store.known_device_key(&payload.device_id)?
            && pinned != payload.public_key
        {
            return Err(refused(
                "it claims to come from a device this app knows, but is signed with another key",
            ));
        }
        let own = store.device_id().to_string();
        let now = self.wall_clock();
        store.write(|tx| {
            if payload.device_id != own {
                tx.execute(
                    "INSERT OR IGNORE INTO known_devices (device_id, public_key, first_seen_ms) VALUES (?1, ?2, ?3)",
                    params![payload.device_id, payload.public_key, now],
                )?;
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
                let exists: Option<String> = tx
                    .query_row("SELECT id FROM learners WHERE id = ?1", [&l.id], |r| r.get(0))
                    .optional()?;
                if exists.is_none() {
                    tx.execute(
                        "INSERT INTO learners (id, nickname, avatar, created_at_ms, age_band, settings, origin_device)
                         VALUES (?1, ?2, ?3, ?4, ?5, '{}', ?6)",
                        params![l.id, l.nickname, l.avatar, l.created_at_ms, l.age_band, payload.device_id],
                    )?;
                    s.learners_added += 1;
                } else {
                    // Keep profiles made here; follow nickname changes of profiles from that device.
                    tx.execute(
                        "UPDATE learners SET nickname = ?2, avatar = ?3, age_band = ?4
                         WHERE id = ?1 AND origin_device = ?5",
                        params![l.id, l.nickname, l.avatar, l.age_band, payload.device_id],
                    )?;
                }
            }
            for c in &payload.classes {
                if upsert_class(tx, &ClassRow { id: c.id.clone(), name: c.name.clone(), updated_ms: c.updated_ms })? {
                    s.classes_changed += 1;
                }
            }
            for g in &payload.groups {
                let changed = upsert_group(tx, &GroupRow {
                    id: g.id.clone(),
                    class_id: g.class_id.clone(),
                    name: g.name.clone(),
                    updated_ms: g.updated_ms,
                })?;
                s.classes_changed += u32::from(changed);
            }
            for (c, l) in &payload.class_members {
                add_class_member(tx, c, l)?;
            }
            for (g, l) in &payload.group_members {
                add_group_member(tx, g, l)?;
            }
            for a in &payload.assignments {
                let changed = upsert_assignment(tx, &AssignmentRow {
                    id: a.id.clone(),
                    modules: a.modules.clone(),
                    target_kind: a.target_kind.clone(),
                    target_id: a.target_id.clone(),
                    start_ms: a.start_ms,
                    due_ms: a.due_ms,
                    withdrawn: a.withdrawn,
                    updated_ms: a.updated_ms,
                })?;
                s.assignments_changed += u32::from(changed);
            }
            for e in &payload.events {
                let known: Option<String> = tx
                    .query_row("SELECT id FROM learners WHERE id = ?1", [&e.learner_id], |r| r.get(0))
                    .optional()?;
                if known.is_none() {
                    return Err(refused(format!("an event belongs to a learner the bundle does not include ({})", e.id)));
                }
                let event = Event {
                    id: e.id.clone(),
                    learner_id: e.learner_id.clone(),
                    device_id: e.device_id.clone(),
                    at_ms: e.at_ms,
                    kind: e.event.clone(),
                };
                if append_in(tx, &event)? {
                    s.events_added += 1;
                } else {
                    s.events_already_here += 1;
                }
            }
            Ok(s)
        })
    }

    /// Split a bundle into numbered pieces of at most `max_bytes` of bundle data each
    /// (plus a 28-byte header), for a QR code sequence or several small files.
    pub fn bundle_chunks(&self, bundle: &[u8], max_bytes: u32) -> Result<Vec<Vec<u8>>> {
        let size = (max_bytes as usize).max(64);
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
    /// missing. When the last piece arrives the bundle is checked whole and imported;
    /// nothing is applied before that.
    pub fn receive_chunk(&self, piece: &[u8]) -> Result<ChunkProgress> {
        if piece.len() < 28 || &piece[..4] != CHUNK_MAGIC {
            return Err(Error::InvalidInput(
                "this is not a piece of a SafeSteps bundle".into(),
            ));
        }
        let id = hex::encode(&piece[6..22]);
        let idx = u16::from_be_bytes([piece[22], piece[23]]) as u32;
        let total = u16::from_be_bytes([piece[24], piece[25]]) as u32;
        let len = u16::from_be_bytes([piece[26], piece[27]]) as usize;
        if total == 0 || idx >= total || piece.len() != 28 + len {
            return Err(Error::InvalidInput("this piece is damaged".into()));
        }
        let received = self
            .store()
            .put_chunk(&id, idx, total, &piece[28..], self.wall_clock())?;
        let have = self.store().chunk_indexes(&id)?;
        let missing: Vec<u32> = (0..total).filter(|i| !have.contains(i)).collect();
        let mut progress = ChunkProgress {
            bundle_id: id.clone(),
            received,
            total,
            missing,
            imported: None,
        };
        if received == total {
            let whole: Vec<u8> = self.store().chunks(&id)?.concat();
            let result = if hex::encode(bundle_id(&whole)) != id {
                Err(refused(
                    "the pieces do not make up the bundle they belong to",
                ))
            } else {
                self.import_bundle(&whole)
            };
            self.store().drop_chunks(&id)?;
            progress.imported = Some(result?);
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
            "it was made by a newer SafeSteps (format {version}); update the app"
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
    let sig = Signature::from_bytes(&signature.try_into().expect("64 bytes"));
    key.verify(signed, &sig)
        .map_err(|_| refused("it was changed after it was made"))?;
    Ok(payload)
}
