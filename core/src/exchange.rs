//! Device-to-device exchange without internet: devices pair once, then exchange signed,
//! compressed bundles that can be split into pieces small enough for a QR code sequence.
//!
//! **Pairing.** A device shows a [`PairingOffer`]: a QR payload with its id and public key,
//! and a six-digit code derived from both. The other device reads the offer and the person
//! types the code they see on the first screen; only when it matches is the key pinned,
//! with what that device may send ([`PeerRole`]). A swapped QR code gives another code.
//!
//! **Authority.** A progress bundle comes from a paired learner device and carries only
//! profiles and events of learners that originate on that device (and their erasures);
//! classes, groups, memberships and assignments come only in assignment bundles from the
//! paired teacher device. A bundle from an unpaired device, from this device's own id, or
//! signed with another key than the one paired is refused, and nothing is applied.
//!
//! **Format** (version 2): `SSBNDL`, version (u16), kind (u8), sender id (u8 length +
//! bytes), sender key (32 bytes), payload length (u32), the deflate-compressed JSON
//! payload, and an ed25519 signature over everything before it. The signature and the
//! sender's authority are checked before a byte is inflated; inflation is capped.

use std::io::{Read, Write};

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::engine::{Change, Cx, Engine, WriteCx};
use crate::error::{Error, Result, excerpt};
use crate::store::exchange::PeerRow;
use crate::store::{AssignmentRow, ClassRow, Event, GroupRow, Learner};
use crate::teacher::TeacherSession;
use crate::views::int;
use crate::views::{
    BundleKind, ChunkProgress, ImportSummary, PairedDevice, PairingOffer, PeerRole,
};

const MAGIC: &[u8; 6] = b"SSBNDL";
const CHUNK_MAGIC: &[u8; 4] = b"SSCK";
const PAIR_PREFIX: &str = "safesteps-pair:1:";
/// Bundle format version written and read by this build.
pub const BUNDLE_FORMAT: u16 = 2;
/// Piece format version written and read by this build.
pub const PIECE_FORMAT: u16 = 2;
/// Bytes of a piece's header: magic, version, bundle id, index, count, length, checksum.
pub const PIECE_HEADER_BYTES: usize = 4 + 2 + 16 + 2 + 2 + 2 + 4;
/// Smallest piece payload [`Engine::bundle_chunks`] makes.
pub const MIN_CHUNK_BYTES: u32 = 64;
/// Default piece size: fits one QR code that a cheap phone camera reads reliably.
pub const DEFAULT_CHUNK_BYTES: usize = 1_000;
/// Largest bundle accepted (compressed, as sent).
pub const MAX_BUNDLE_BYTES: usize = 16 * 1024 * 1024;
/// Largest payload a bundle may inflate to.
pub const MAX_PAYLOAD_BYTES: u64 = 16 * 1024 * 1024;
/// Piece storage for all transfers still arriving.
pub const MAX_PIECE_STORE_BYTES: i64 = 32 * 1024 * 1024;
/// Transfers that may be arriving at once.
pub const MAX_TRANSFERS: i64 = 8;
/// A transfer with no new piece for this long is dropped.
pub const PIECE_TTL_MS: i64 = 7 * 24 * 60 * 60 * 1000;
const META_KEY: &str = "device_signing_key";

/// What a bundle carries, as JSON.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Payload {
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
    /// Tombstones (`store::exchange::tombstone`) of learners erased on the sending device.
    #[serde(default)]
    erased: Vec<String>,
}

/// A bundle whose signature checked out, not yet inflated.
struct Sealed<'a> {
    kind: BundleKind,
    sender: String,
    key_hex: String,
    compressed: &'a [u8],
}

fn refused(why: impl Into<String>) -> Error {
    Error::bundle(None, format!("the bundle was refused: {}", why.into()))
}

fn bundle_id(bytes: &[u8]) -> [u8; 16] {
    let digest = Sha256::digest(bytes);
    let mut id = [0u8; 16];
    id.copy_from_slice(&digest[..16]);
    id
}

fn piece_checksum(data: &[u8]) -> [u8; 4] {
    let digest = Sha256::digest(data);
    [digest[0], digest[1], digest[2], digest[3]]
}

/// Six digits from a device id and key, shown on both screens when pairing.
fn pairing_code(device_id: &str, key_hex: &str) -> String {
    let digest = Sha256::digest(format!("safesteps-pairing\0{device_id}\0{key_hex}").as_bytes());
    let n = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]) % 1_000_000;
    format!("{n:06}")
}

fn kind_byte(kind: BundleKind) -> u8 {
    match kind {
        BundleKind::Progress => 1,
        BundleKind::Assignments => 2,
    }
}

/// The role a bundle kind needs its sender to have.
fn role_for(kind: BundleKind) -> PeerRole {
    match kind {
        BundleKind::Progress => PeerRole::Learner,
        BundleKind::Assignments => PeerRole::Teacher,
    }
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

fn seal(engine: &Engine, kind: BundleKind, payload: &Payload) -> Result<Vec<u8>> {
    let key = device_key(engine)?;
    let json = serde_json::to_vec(payload)?;
    // Level 6 (zlib's default). Measured on a class of 40 learners (2.8 MB of JSON):
    // level 9 took 1.4-1.5x as long for the same size (326,917 vs 326,919 bytes); level 1
    // was 5-10x faster but 15% larger, and pieces are what a slow QR transfer pays for.
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&json)?;
    let compressed = z.finish()?;
    let device_id = engine.device_id();
    let mut out = Vec::with_capacity(compressed.len() + 160);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&BUNDLE_FORMAT.to_be_bytes());
    out.push(kind_byte(kind));
    out.push(
        u8::try_from(device_id.len()).map_err(|_| Error::Internal("device id too long".into()))?,
    );
    out.extend_from_slice(device_id.as_bytes());
    out.extend_from_slice(&key.verifying_key().to_bytes());
    let len = u32::try_from(compressed.len())
        .map_err(|_| Error::InvalidInput("the bundle is too large".into()))?;
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&compressed);
    if out.len() + 64 > MAX_BUNDLE_BYTES {
        return Err(Error::InvalidInput(
            "the bundle would be too large; export fewer learners at a time".into(),
        ));
    }
    let signature = key.sign(&out);
    out.extend_from_slice(&signature.to_bytes());
    Ok(out)
}

/// Check a bundle's size, format and signature, reading only its header: nothing is
/// inflated before the signature holds.
fn open(bytes: &[u8]) -> Result<Sealed<'_>> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(refused("it is too large"));
    }
    let mut rest = bytes;
    let mut take = |n: usize| -> Result<&[u8]> {
        if rest.len() < n {
            return Err(refused(
                "it is incomplete (was the transfer cut short?) or is not a SafeSteps bundle",
            ));
        }
        let (head, tail) = rest.split_at(n);
        rest = tail;
        Ok(head)
    };
    if take(6)? != MAGIC {
        return Err(refused("it is not a SafeSteps bundle"));
    }
    let version = u16::from_be_bytes([take(1)?[0], take(1)?[0]]);
    if version != BUNDLE_FORMAT {
        return Err(refused(format!(
            "it was made by another version of SafeSteps (format {version}, this app reads {BUNDLE_FORMAT}); update both devices"
        )));
    }
    let kind = match take(1)?[0] {
        1 => BundleKind::Progress,
        2 => BundleKind::Assignments,
        other => return Err(refused(format!("it is of an unknown kind ({other})"))),
    };
    let id_len = take(1)?[0] as usize;
    let sender = std::str::from_utf8(take(id_len)?)
        .map_err(|_| refused("its sender id is malformed"))?
        .to_string();
    let key_bytes: [u8; 32] = take(32)?
        .try_into()
        .map_err(|_| refused("its signing key is malformed"))?;
    let len = take(4)?;
    let len = u32::from_be_bytes([len[0], len[1], len[2], len[3]]) as usize;
    let compressed = take(len)?;
    let signature: [u8; 64] = take(64)?
        .try_into()
        .map_err(|_| refused("its signature is malformed"))?;
    if !rest.is_empty() {
        return Err(refused("it has extra data after its signature"));
    }
    let key = VerifyingKey::from_bytes(&key_bytes)
        .map_err(|_| refused("its signing key is malformed"))?;
    key.verify(
        &bytes[..bytes.len() - 64],
        &Signature::from_bytes(&signature),
    )
    .map_err(|_| refused("it was changed after it was made"))?;
    Ok(Sealed {
        kind,
        sender,
        key_hex: hex::encode(key_bytes),
        compressed,
    })
}

/// The sender must be a device paired here, with the key it paired with and the role
/// this kind of bundle needs; never this device itself.
fn check_sender(cx: &Cx<'_>, sealed: &Sealed<'_>) -> Result<PeerRow> {
    if sealed.sender == cx.db.device_id() {
        return Err(refused(
            "it claims to come from this very device; bundles come from other devices",
        ));
    }
    let Some(peer) = cx.db.peer(&sealed.sender)? else {
        return Err(refused(
            "it comes from a device that is not paired with this one; pair the devices first",
        ));
    };
    if peer.public_key != sealed.key_hex {
        return Err(refused(
            "it claims to come from a paired device, but is signed with another key; pair the devices again if that device was reset",
        ));
    }
    let needed = role_for(sealed.kind);
    match peer.role {
        Some(role) if role == needed => Ok(peer),
        Some(_) => Err(refused(match sealed.kind {
            BundleKind::Progress => {
                "it carries learners' progress, but that device is paired as the teacher's device"
            }
            BundleKind::Assignments => {
                "it carries classes and assignments, but only the paired teacher's device may send those"
            }
        })),
        None => Err(refused(
            "that device was seen before pairing existed; pair the devices to exchange bundles",
        )),
    }
}

/// Inflate into a buffer that never grows past [`MAX_PAYLOAD_BYTES`] (grown by doubling,
/// so at most 1.5x that is held while it grows), then parse it from memory. Only a
/// bundle whose signature and sender were checked gets here. Parsing from a slice costs
/// about a third of parsing from a stream (serde_json reads a stream byte by byte),
/// which was 40% of an import (decision 0016).
fn inflate(sealed: &Sealed<'_>) -> Result<Payload> {
    let max = MAX_PAYLOAD_BYTES as usize;
    let mut inflater = flate2::read::DeflateDecoder::new(sealed.compressed);
    let mut text: Vec<u8> = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = inflater
            .read(&mut chunk)
            .map_err(|_| refused("it is damaged"))?;
        if n == 0 {
            break;
        }
        if text.len() + n > max {
            return Err(refused(
                "its content is too large; export fewer learners at a time",
            ));
        }
        if text.capacity() - text.len() < n {
            let want = (text.capacity() * 2)
                .clamp(64 * 1024, max)
                .max(text.len() + n);
            text.reserve_exact(want - text.len());
        }
        text.extend_from_slice(&chunk[..n]);
    }
    drop(chunk);
    // Nothing but white space may follow the payload (serde_json checks).
    // As text: the library's one JSON reader is serde_json's `StrRead` (a second reader
    // would instantiate every deserialiser it reaches again).
    let text = std::str::from_utf8(&text).map_err(|_| refused("it is damaged"))?;
    serde_json::from_str(text).map_err(|_| refused("it is damaged"))
}

/// A progress bundle carries only what its sender owns.
fn check_progress(cx: &Cx<'_>, sender: &str, p: &Payload) -> Result<()> {
    if !(p.classes.is_empty()
        && p.groups.is_empty()
        && p.class_members.is_empty()
        && p.group_members.is_empty()
        && p.assignments.is_empty())
    {
        return Err(refused(
            "a learner's device may not change classes, groups or assignments",
        ));
    }
    let mut own = std::collections::HashSet::new();
    for l in &p.learners {
        if let Ok(here) = cx.db.learner(&l.id)
            && here.origin_device.as_deref() != Some(sender)
        {
            return Err(refused(format!(
                "it changes a learner ({}) that does not come from the sending device",
                excerpt(&l.id)
            )));
        }
        own.insert(l.id.as_str());
    }
    for e in &p.events {
        if e.device_id != sender || !own.contains(e.learner_id.as_str()) {
            return Err(refused(format!(
                "an event ({}) was not recorded on the sending device for one of its learners",
                excerpt(&e.id)
            )));
        }
    }
    for tomb in &p.erased {
        if let Some(here) = cx.db.learner_by_tombstone(tomb)?
            && here.origin_device.as_deref() != Some(sender)
        {
            return Err(refused(
                "it erases a learner that does not come from the sending device",
            ));
        }
    }
    Ok(())
}

/// An assignments bundle carries no learner's data.
fn check_assignments(p: &Payload) -> Result<()> {
    if !p.learners.is_empty() || !p.events.is_empty() {
        return Err(refused(
            "an assignments bundle may not carry learners' profiles or progress",
        ));
    }
    Ok(())
}

/// Apply a checked payload in the caller's transaction.
fn apply(cx: &WriteCx<'_>, sealed: &Sealed<'_>, payload: &Payload) -> Result<ImportSummary> {
    // Checked again inside the write: a pairing may have changed since the read.
    check_sender(cx, sealed)?;
    let sender = sealed.sender.as_str();
    match sealed.kind {
        BundleKind::Progress => check_progress(cx, sender, payload)?,
        BundleKind::Assignments => check_assignments(payload)?,
    }
    let mut s = ImportSummary {
        kind: sealed.kind,
        from_device: sender.to_string(),
        learners_added: 0,
        events_added: 0,
        events_already_here: 0,
        assignments_changed: 0,
        classes_changed: 0,
        learners_erased: 0,
    };
    let now = cx.now;
    for tomb in &payload.erased {
        if tomb.len() != 64 || !tomb.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(refused("it holds a malformed erasure"));
        }
        let was_here = cx.db.erase_by_tombstone(tomb, now, sender)?;
        s.learners_erased += i32::from(was_here);
        if was_here {
            cx.checkpoint_after_commit();
        }
    }
    for l in &payload.learners {
        if cx.db.is_erased(&l.id)? {
            continue;
        }
        s.learners_added += i32::from(cx.db.merge_bundle_learner(l, sender)?);
    }
    for c in &payload.classes {
        s.classes_changed += i32::from(cx.db.upsert_class(c)?);
    }
    for g in &payload.groups {
        s.classes_changed += i32::from(cx.db.upsert_group(g)?);
    }
    for (c, l) in &payload.class_members {
        cx.db.add_class_member(c, l)?;
    }
    for (g, l) in &payload.group_members {
        cx.db.add_group_member(g, l)?;
    }
    for a in &payload.assignments {
        if let crate::views::AssignmentTarget::Learner(id) = &a.target
            && cx.db.is_erased(id)?
        {
            continue;
        }
        s.assignments_changed += i32::from(cx.db.upsert_assignment(a)?);
    }
    // Erasures are looked up once per learner; the events go in as one batch (one read
    // per learner finds those already here, summaries written once per row).
    let mut erased: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
    let mut events = Vec::with_capacity(payload.events.len());
    for e in &payload.events {
        let gone = match erased.get(e.learner_id.as_str()) {
            Some(&gone) => gone,
            None => {
                let gone = cx.db.is_erased(&e.learner_id)?;
                erased.insert(e.learner_id.as_str(), gone);
                gone
            }
        };
        if !gone {
            events.push(e);
        }
    }
    let (added, already) = cx.db.append_all(&events)?;
    s.events_added = s.events_added.saturating_add(crate::views::int(added));
    s.events_already_here = s
        .events_already_here
        .saturating_add(crate::views::int(already));
    Ok(s)
}

/// One line per import: counts only, never a nickname.
fn log_import(s: &ImportSummary) {
    log::info!(
        "{:?} bundle imported: {} learner(s) added, {} event(s) added, {} already here, {} assignment(s) and {} class change(s), {} erased",
        s.kind,
        s.learners_added,
        s.events_added,
        s.events_already_here,
        s.assignments_changed,
        s.classes_changed,
        s.learners_erased
    );
}

/// The payload of a progress bundle: this device's own learners' nicknames, avatars and
/// age bands (nothing else about them), their events recorded here, and erasures.
fn progress_payload(cx: &Cx<'_>, learner_ids: &[String]) -> Result<Payload> {
    let learners: Vec<Learner> = if learner_ids.is_empty() {
        cx.db
            .learners()?
            .into_iter()
            .filter(|l| l.origin_device.is_none())
            .collect()
    } else {
        learner_ids
            .iter()
            .map(|id| {
                let l = cx.db.learner(id)?;
                if l.origin_device.is_some() {
                    return Err(Error::InvalidInput(format!(
                        "learner '{}' came from another device; only that device sends their progress",
                        excerpt(id)
                    )));
                }
                Ok(l)
            })
            .collect::<Result<_>>()?
    };
    let mut events = Vec::new();
    for l in &learners {
        events.extend(
            cx.db
                .events(&l.id)?
                .into_iter()
                .filter(|e| e.device_id == cx.db.device_id()),
        );
    }
    Ok(Payload {
        created_ms: cx.now,
        learners,
        events,
        erased: own_erasures(cx)?,
        ..Payload::default()
    })
}

/// Erasures this device made (others' erasures travel from their own devices).
fn own_erasures(cx: &Cx<'_>) -> Result<Vec<String>> {
    cx.db.erasures_by(cx.db.device_id())
}

/// The payload of an assignments bundle: classes, groups, memberships, every assignment
/// (withdrawn ones too, so withdrawals travel) and the learners erased here.
fn assignments_payload(cx: &Cx<'_>) -> Result<Payload> {
    let mut p = Payload {
        created_ms: cx.now,
        ..Payload::default()
    };
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
    p.erased = own_erasures(cx)?;
    Ok(p)
}

/// An assignments bundle (the teacher session checked the PIN).
pub(crate) fn export_assignments_bundle(engine: &Engine) -> Result<Vec<u8>> {
    let payload = engine.read(assignments_payload)?;
    seal(engine, BundleKind::Assignments, &payload)
}

/// Parse a pairing offer (`safesteps-pair:1:<device id>:<key hex>`).
fn parse_offer(offer: &str) -> Result<(String, String)> {
    let bad = || {
        Error::bundle(
            Some("pairing"),
            format!(
                "'{}' is not a SafeSteps pairing code from another device",
                excerpt(offer)
            ),
        )
    };
    let rest = offer.trim().strip_prefix(PAIR_PREFIX).ok_or_else(bad)?;
    let (device_id, key_hex) = rest.split_once(':').ok_or_else(bad)?;
    let key: [u8; 32] = hex::decode(key_hex)
        .ok()
        .and_then(|k| k.try_into().ok())
        .ok_or_else(bad)?;
    VerifyingKey::from_bytes(&key).map_err(|_| bad())?;
    if device_id.is_empty() || device_id.len() > 64 || !device_id.is_ascii() {
        return Err(bad());
    }
    Ok((device_id.to_string(), hex::encode(key)))
}

/// Pair with the device whose offer was read, once the person confirmed the code.
fn pair(
    engine: &Engine,
    offer: &str,
    code_on_other_screen: &str,
    role: PeerRole,
) -> Result<PairedDevice> {
    let (device_id, key_hex) = parse_offer(offer)?;
    if device_id == engine.device_id() {
        return Err(Error::bundle(
            Some("pairing"),
            "that is this device's own pairing code; read the code on the other device",
        ));
    }
    let code = pairing_code(&device_id, &key_hex);
    let typed: String = code_on_other_screen
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if typed != code {
        return Err(Error::bundle(
            Some("pairing"),
            "the code does not match the code on the other device's screen; read its pairing QR code again",
        ));
    }
    let paired_ms = engine.write(|cx| {
        cx.db.pair_peer(&device_id, &key_hex, role, cx.now)?;
        cx.changed(Change::PairingChanged);
        Ok(cx.now)
    })?;
    log::info!("paired with a {role:?} device");
    Ok(PairedDevice {
        device_id,
        role,
        code,
        paired_ms,
    })
}

fn paired_view(p: PeerRow) -> Option<PairedDevice> {
    Some(PairedDevice {
        code: pairing_code(&p.device_id, &p.public_key),
        role: p.role?,
        paired_ms: p.paired_ms.unwrap_or(0),
        device_id: p.device_id,
    })
}

impl Engine {
    /// What this device shows so another can pair with it: a QR payload and a six-digit
    /// code for the other screen to confirm.
    pub fn pairing_offer(&self) -> Result<PairingOffer> {
        let key = hex::encode(device_key(self)?.verifying_key().to_bytes());
        let device_id = self.device_id();
        Ok(PairingOffer {
            offer: format!("{PAIR_PREFIX}{device_id}:{key}"),
            code: pairing_code(&device_id, &key),
            device_id,
        })
    }

    /// On a learner's device: pair with the teacher's device, whose pairing QR code was
    /// read (`offer`) and whose screen shows `code`. Its assignment bundles are then
    /// accepted here.
    pub fn pair_teacher_device(&self, offer: &str, code: &str) -> Result<PairedDevice> {
        pair(self, offer, code, PeerRole::Teacher)
    }

    /// Devices paired with this one.
    pub fn paired_devices(&self) -> Result<Vec<PairedDevice>> {
        self.read(|cx| {
            Ok(cx
                .db
                .paired_peers()?
                .into_iter()
                .filter_map(paired_view)
                .collect())
        })
    }

    /// A progress bundle for the teacher: this device's learners' nicknames, avatars and
    /// age bands (nothing else about them), every learning event recorded here, and the
    /// learners erased here. With no learner ids, every learner made on this device.
    pub fn export_progress_bundle(&self, learner_ids: &[String]) -> Result<Vec<u8>> {
        let payload = self.read(|cx| progress_payload(cx, learner_ids))?;
        seal(self, BundleKind::Progress, &payload)
    }

    /// Check a whole bundle (signature, then the sender's pairing and authority, then its
    /// content) and apply it in one transaction. Anything refused applies nothing.
    pub fn import_bundle(&self, bytes: &[u8]) -> Result<ImportSummary> {
        let summary = self.import(bytes).inspect_err(|e| log::warn!("{e}"))?;
        log_import(&summary);
        Ok(summary)
    }

    fn import(&self, bytes: &[u8]) -> Result<ImportSummary> {
        let sealed = open(bytes)?;
        self.read(|cx| check_sender(cx, &sealed))?;
        let payload = inflate(&sealed)?;
        self.write(|cx| imported(cx, apply(cx, &sealed, &payload)))
    }

    /// Split a bundle into numbered pieces of at most `max_bytes` of bundle data each
    /// (plus a [`PIECE_HEADER_BYTES`]-byte header), for a QR code sequence or several
    /// small files. `max_bytes` is from [`MIN_CHUNK_BYTES`] to 65,535.
    pub fn bundle_chunks(&self, bundle: &[u8], max_bytes: u32) -> Result<Vec<Vec<u8>>> {
        if !(MIN_CHUNK_BYTES..=u32::from(u16::MAX)).contains(&max_bytes) {
            return Err(Error::InvalidInput(format!(
                "a piece holds {MIN_CHUNK_BYTES} to {} bytes of the bundle",
                u16::MAX
            )));
        }
        let size = max_bytes as usize;
        let id = bundle_id(bundle);
        let total = bundle.len().div_ceil(size);
        if total > usize::from(u16::MAX) {
            return Err(Error::InvalidInput(
                "the bundle needs too many pieces; use larger pieces".into(),
            ));
        }
        Ok(bundle
            .chunks(size)
            .enumerate()
            .map(|(i, part)| {
                let mut c = Vec::with_capacity(part.len() + PIECE_HEADER_BYTES);
                c.extend_from_slice(CHUNK_MAGIC);
                c.extend_from_slice(&PIECE_FORMAT.to_be_bytes());
                c.extend_from_slice(&id);
                c.extend_from_slice(&(i as u16).to_be_bytes());
                c.extend_from_slice(&(total as u16).to_be_bytes());
                c.extend_from_slice(&(part.len() as u16).to_be_bytes());
                c.extend_from_slice(&piece_checksum(part));
                c.extend_from_slice(part);
                c
            })
            .collect())
    }

    /// Take one piece of a chunked bundle. Pieces are kept in the database, so a transfer
    /// interrupted at any point (even by closing the app) resumes with the pieces still
    /// missing. A damaged piece is refused alone; the transfer goes on. Storage for pieces
    /// is capped per transfer, in all and in transfers at once (the stalest transfer gives
    /// way to a new one), and a transfer idle for a week is dropped. When
    /// the last piece arrives the bundle is checked whole and imported, in the transaction
    /// that drops its pieces; nothing is applied before that.
    pub fn receive_chunk(&self, piece: &[u8]) -> Result<ChunkProgress> {
        if piece.len() < PIECE_HEADER_BYTES || &piece[..4] != CHUNK_MAGIC {
            return Err(Error::bundle(
                None,
                "this is not a piece of a SafeSteps bundle",
            ));
        }
        let version = u16::from_be_bytes([piece[4], piece[5]]);
        if version != PIECE_FORMAT {
            return Err(Error::bundle(
                None,
                format!(
                    "this piece was made by another version of SafeSteps (format {version}, this app reads {PIECE_FORMAT}); update both devices"
                ),
            ));
        }
        let id = hex::encode(&piece[6..22]);
        let idx = u32::from(u16::from_be_bytes([piece[22], piece[23]]));
        let total = u32::from(u16::from_be_bytes([piece[24], piece[25]]));
        let len = usize::from(u16::from_be_bytes([piece[26], piece[27]]));
        let data = &piece[PIECE_HEADER_BYTES..];
        if total == 0 || idx >= total || data.len() != len || piece_checksum(data) != piece[28..32]
        {
            return Err(Error::bundle(None, "this piece is damaged; show it again"));
        }
        let (received, have) = self.write(|cx| {
            cx.db
                .expire_chunks(cx.now - PIECE_TTL_MS, cx.now + PIECE_TTL_MS)?;
            let mut used = cx.db.piece_use(&id)?;
            if used.transfer_bytes + len as i64 > MAX_BUNDLE_BYTES as i64 {
                return Err(Error::bundle(
                    None,
                    "the bundle these pieces belong to is too large",
                ));
            }
            // Room for a new transfer, or for more pieces: the transfer that has waited
            // longest for its next piece gives way (it can be sent again), so storage
            // stays bounded and new transfers are never blocked by abandoned ones.
            while (used.transfer_bytes == 0 && used.other_transfers >= MAX_TRANSFERS)
                || used.total_bytes + len as i64 > MAX_PIECE_STORE_BYTES
            {
                if !cx.db.drop_stalest_transfer(&id)? {
                    break;
                }
                log::info!("an unfinished transfer gave way to a new one");
                used = cx.db.piece_use(&id)?;
            }
            let received = cx.db.put_chunk(&id, idx, total, data, cx.now)?;
            Ok((received, cx.db.chunk_indexes(&id)?))
        })?;
        let missing: Vec<u32> = (0..total).filter(|i| !have.contains(i)).collect();
        let mut progress = ChunkProgress {
            bundle_id: id.clone(),
            received: int(received),
            total: int(total),
            missing: missing.into_iter().map(int).collect(),
            imported: None,
        };
        if received == total {
            let whole: Vec<u8> = self.read(|cx| cx.db.chunks(&id))?.concat();
            let result = if hex::encode(bundle_id(&whole)) != id {
                Err(refused(
                    "the pieces do not make up the bundle they belong to",
                ))
            } else {
                self.import_whole(&whole, &id)
            };
            if result.is_err() {
                self.write(|cx| cx.db.drop_chunks(&id))?;
            }
            let imported = result.inspect_err(|e| log::warn!("{e}"))?;
            log_import(&imported);
            progress.imported = Some(imported);
        }
        Ok(progress)
    }

    /// Import a reassembled bundle in the transaction that drops its pieces.
    fn import_whole(&self, whole: &[u8], id: &str) -> Result<ImportSummary> {
        let sealed = open(whole)?;
        self.read(|cx| check_sender(cx, &sealed))?;
        let payload = inflate(&sealed)?;
        self.write(|cx| {
            cx.db.drop_chunks(id)?;
            imported(cx, apply(cx, &sealed, &payload))
        })
    }
}

/// An imported bundle, told to change listeners when it is applied.
fn imported(cx: &WriteCx<'_>, result: Result<ImportSummary>) -> Result<ImportSummary> {
    if let Ok(summary) = &result {
        cx.changed(Change::BundleImported { kind: summary.kind });
    }
    result
}

impl TeacherSession {
    /// On the teacher's device: pair with a learner's device, whose pairing QR code was
    /// read (`offer`) and whose screen shows `code`. Its progress bundles are then
    /// accepted here.
    pub fn pair_learner_device(&self, offer: &str, code: &str) -> Result<PairedDevice> {
        pair(self.engine()?, offer, code, PeerRole::Learner)
    }

    /// Forget a paired device: its bundles are refused until it pairs again.
    pub fn unpair_device(&self, device_id: &str) -> Result<()> {
        let unpaired = self.engine()?.write(|cx| {
            let found = cx.db.unpair_peer(device_id)?;
            if found {
                cx.changed(Change::PairingChanged);
            }
            Ok(found)
        })?;
        if !unpaired {
            return Err(Error::not_found("paired device", device_id));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{EventKind, Store};

    fn engine() -> Engine {
        Engine::open_with(
            Store::open_in_memory().unwrap(),
            crate::content::Catalog::embedded().unwrap(),
            crate::views::OpenOptions::default(),
            None,
            std::sync::Arc::new(|| 1_800_000_000_000),
        )
        .unwrap()
    }

    fn event(id: &str, learner: &str, device: &str) -> Event {
        Event {
            id: id.into(),
            learner_id: learner.into(),
            device_id: device.into(),
            at_ms: 1,
            kind: EventKind::HintShown {
                question_id: "q".into(),
            },
        }
    }

    #[test]
    fn a_progress_payload_may_carry_only_the_senders_own_learners() {
        let app = engine();
        let here = app.create_learner("Here", "kite", None).unwrap();
        let mine = Learner {
            id: "mine".into(),
            nickname: "Mine".into(),
            avatar: "kite".into(),
            created_at_ms: 1,
            age_band: None,
            settings: Default::default(),
            picture_password: None,
            origin_device: None,
        };
        let check = |p: &Payload| app.read(|cx| check_progress(cx, "phone", p));
        let ok = Payload {
            learners: vec![mine.clone()],
            events: vec![event("e1", "mine", "phone")],
            ..Payload::default()
        };
        check(&ok).unwrap();
        let cases = [
            // a learner made on the receiving device
            Payload {
                learners: vec![Learner {
                    id: here.id.clone(),
                    ..mine.clone()
                }],
                ..Payload::default()
            },
            // an event for a learner the bundle does not carry
            Payload {
                learners: vec![mine.clone()],
                events: vec![event("e2", &here.id, "phone")],
                ..Payload::default()
            },
            // an event recorded on another device
            Payload {
                learners: vec![mine.clone()],
                events: vec![event("e3", "mine", "tablet")],
                ..Payload::default()
            },
            // classes, memberships or assignments
            Payload {
                classes: vec![ClassRow {
                    id: "c".into(),
                    name: "Renamed".into(),
                    updated_ms: i64::MAX,
                }],
                ..Payload::default()
            },
            Payload {
                class_members: vec![("c".into(), "mine".into())],
                ..Payload::default()
            },
            // erasing a learner of another device
            Payload {
                erased: vec![crate::store::exchange::tombstone(&here.id)],
                ..Payload::default()
            },
        ];
        for (i, p) in cases.iter().enumerate() {
            let e = check(p).unwrap_err();
            assert_eq!(e.kind(), crate::ErrorKind::BundleRefused, "case {i}: {e}");
        }
        assert!(
            check_assignments(&ok).is_err(),
            "no learners in assignments"
        );
    }

    #[test]
    fn pairing_codes_are_six_digits_and_change_with_the_key() {
        let a = pairing_code("dev", "00");
        assert_eq!(a.len(), 6);
        assert!(a.chars().all(|c| c.is_ascii_digit()));
        assert_ne!(a, pairing_code("dev", "01"));
        assert_ne!(a, pairing_code("dev2", "00"));
    }

    #[test]
    fn offers_parse_only_in_their_own_form() {
        let key = hex::encode(
            SigningKey::from_bytes(&[7u8; 32])
                .verifying_key()
                .to_bytes(),
        );
        let offer = format!("{PAIR_PREFIX}abc:{key}");
        assert_eq!(
            parse_offer(&offer).unwrap(),
            ("abc".to_string(), key.clone())
        );
        for bad in [
            "".to_string(),
            format!("{PAIR_PREFIX}abc"),
            format!("{PAIR_PREFIX}:{key}"),
            format!("{PAIR_PREFIX}abc:zz"),
            format!("safesteps-pair:9:abc:{key}"),
        ] {
            assert!(parse_offer(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_header_is_read_only_as_far_as_it_goes() {
        assert!(open(b"").is_err());
        assert!(open(b"SSBNDL").is_err());
        let mut v1 = b"SSBNDL".to_vec();
        v1.extend_from_slice(&1u16.to_be_bytes());
        v1.extend_from_slice(&[0; 120]);
        let e = open(&v1).err().unwrap().to_string();
        assert!(e.contains("format 1"), "{e}");
    }
}
