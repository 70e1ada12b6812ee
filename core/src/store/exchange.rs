//! SQL for device-to-device exchange: this device's settings in `meta`, the pinned keys
//! of other devices, pieces of bundles still arriving, and profiles that came in bundles.

use rusqlite::params;

use super::{Db, DbMut};
use crate::error::{Error, Result};

impl Db<'_> {
    /// A value from the meta table.
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        self.query_opt("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
    }

    /// The pinned public key of another device, if it was seen before.
    pub fn known_device_key(&self, device_id: &str) -> Result<Option<String>> {
        self.query_opt(
            "SELECT public_key FROM known_devices WHERE device_id = ?1",
            [device_id],
            |r| r.get(0),
        )
    }

    /// Indexes of the pieces of a bundle received so far.
    pub fn chunk_indexes(&self, bundle_id: &str) -> Result<Vec<u32>> {
        self.query_vec(
            "SELECT idx FROM incoming_chunks WHERE bundle_id = ?1 ORDER BY idx",
            [bundle_id],
            |r| r.get(0),
        )
    }

    /// All pieces of a bundle in order.
    pub fn chunks(&self, bundle_id: &str) -> Result<Vec<Vec<u8>>> {
        self.query_vec(
            "SELECT data FROM incoming_chunks WHERE bundle_id = ?1 ORDER BY idx",
            [bundle_id],
            |r| r.get(0),
        )
    }
}

impl DbMut<'_> {
    /// Set a meta value unless one is there; returns the value stored.
    pub fn put_meta_if_absent(&self, key: &str, value: &str) -> Result<String> {
        self.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES (?1, ?2)",
            [key, value],
        )?;
        Ok(self.meta(key)?.unwrap_or_else(|| value.to_string()))
    }

    /// Pin another device's public key on first contact (a pinned key is kept).
    pub fn pin_device_key(&self, device_id: &str, public_key: &str, at_ms: i64) -> Result<()> {
        self.execute(
            "INSERT OR IGNORE INTO known_devices (device_id, public_key, first_seen_ms) VALUES (?1, ?2, ?3)",
            params![device_id, public_key, at_ms],
        )?;
        Ok(())
    }

    /// A learner profile that came in a bundle from `device`: added when new; when it
    /// came from that device before, its nickname, avatar and age band follow the
    /// sender. Profiles made here are never changed. Returns whether it was added.
    pub fn merge_bundle_learner(&self, l: &super::Learner, device: &str) -> Result<bool> {
        if !self.has_learner(&l.id)? {
            self.execute(
                "INSERT INTO learners (id, nickname, avatar, created_at_ms, age_band, settings, origin_device)
                 VALUES (?1, ?2, ?3, ?4, ?5, '{}', ?6)",
                params![l.id, l.nickname, l.avatar, l.created_at_ms, l.age_band, device],
            )?;
            return Ok(true);
        }
        self.execute(
            "UPDATE learners SET nickname = ?2, avatar = ?3, age_band = ?4
             WHERE id = ?1 AND origin_device = ?5",
            params![l.id, l.nickname, l.avatar, l.age_band, device],
        )?;
        Ok(false)
    }

    /// Store a received piece (idempotent). Returns how many pieces of the bundle are here.
    pub fn put_chunk(
        &self,
        bundle_id: &str,
        idx: u32,
        total: u32,
        data: &[u8],
        at_ms: i64,
    ) -> Result<u32> {
        let other_total: Option<u32> = self.query_opt(
            "SELECT total FROM incoming_chunks WHERE bundle_id = ?1 LIMIT 1",
            [bundle_id],
            |r| r.get(0),
        )?;
        if other_total.is_some_and(|t| t != total) {
            return Err(Error::bundle(
                None,
                "this piece does not belong with the pieces already received",
            ));
        }
        self.execute(
            "INSERT OR IGNORE INTO incoming_chunks (bundle_id, idx, total, data, received_ms)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![bundle_id, idx, total, data, at_ms],
        )?;
        self.query_one(
            "SELECT count(*) FROM incoming_chunks WHERE bundle_id = ?1",
            [bundle_id],
            |r| r.get(0),
        )
    }

    /// Drop the pieces of the transfer (other than `keep`) whose newest piece is oldest.
    /// Returns whether there was one.
    pub fn drop_stalest_transfer(&self, keep: &str) -> Result<bool> {
        let stalest: Option<String> = self.query_opt(
            "SELECT bundle_id FROM incoming_chunks WHERE bundle_id != ?1
             GROUP BY bundle_id ORDER BY max(received_ms), bundle_id LIMIT 1",
            [keep],
            |r| r.get(0),
        )?;
        match stalest {
            Some(id) => {
                self.drop_chunks(&id)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Forget a bundle's pieces.
    pub fn drop_chunks(&self, bundle_id: &str) -> Result<()> {
        self.execute(
            "DELETE FROM incoming_chunks WHERE bundle_id = ?1",
            [bundle_id],
        )?;
        Ok(())
    }
}

/// What is kept of an erased learner: the SHA-256 of their id, so that no bundle can
/// bring them back while the file holds nothing that names them.
pub fn tombstone(learner_id: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(
        format!("safesteps-erased\0{learner_id}").as_bytes(),
    ))
}

/// A paired device as stored: its key and what it may send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerRow {
    /// Device id.
    pub device_id: String,
    /// Its ed25519 public key (hex).
    pub public_key: String,
    /// What it may send; `None` for a key seen before pairing existed (no authority).
    pub role: Option<crate::views::PeerRole>,
    /// When it was paired.
    pub paired_ms: Option<i64>,
}

impl PeerRow {
    /// From `device_id, public_key, role, paired_ms`.
    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(PeerRow {
            device_id: r.get(0)?,
            public_key: r.get(1)?,
            role: r.get(2)?,
            paired_ms: r.get(3)?,
        })
    }
}

/// Limits on pieces of bundles still arriving.
#[derive(Debug, Clone, Copy)]
pub struct PieceUse {
    /// Bytes held for this transfer.
    pub transfer_bytes: i64,
    /// Bytes held for all transfers.
    pub total_bytes: i64,
    /// Transfers in progress (other than this one).
    pub other_transfers: i64,
}

impl Db<'_> {
    /// A device this one knows (paired, or pinned before pairing existed).
    pub fn peer(&self, device_id: &str) -> Result<Option<PeerRow>> {
        self.query_opt(
            "SELECT device_id, public_key, role, paired_ms FROM known_devices WHERE device_id = ?1",
            [device_id],
            PeerRow::from_row,
        )
    }

    /// Paired devices, oldest pairing first.
    pub fn paired_peers(&self) -> Result<Vec<PeerRow>> {
        self.query_vec(
            "SELECT device_id, public_key, role, paired_ms FROM known_devices
             WHERE role IS NOT NULL ORDER BY paired_ms, device_id",
            [],
            PeerRow::from_row,
        )
    }

    /// Whether a learner was erased here (or an erasure reached this device).
    pub fn is_erased(&self, learner_id: &str) -> Result<bool> {
        Ok(self
            .query_opt(
                "SELECT 1 FROM erased_learners WHERE learner_id = ?1",
                [tombstone(learner_id)],
                |_| Ok(()),
            )?
            .is_some())
    }

    /// The learner here that a tombstone stands for, if any.
    pub fn learner_by_tombstone(&self, tomb: &str) -> Result<Option<super::Learner>> {
        let ids: Vec<String> = self.query_vec("SELECT id FROM learners", [], |r| r.get(0))?;
        match ids.into_iter().find(|id| tombstone(id) == tomb) {
            Some(id) => Ok(Some(self.learner(&id)?)),
            None => Ok(None),
        }
    }

    /// Tombstones of learners erased by `device` (this device: erased here): they travel
    /// in its bundles.
    pub fn erasures_by(&self, device: &str) -> Result<Vec<String>> {
        self.query_vec(
            "SELECT learner_id FROM erased_learners WHERE by_device = ?1 ORDER BY learner_id",
            [device],
            |r| r.get(0),
        )
    }

    /// How much piece storage is in use, for one transfer and in all.
    pub fn piece_use(&self, bundle_id: &str) -> Result<PieceUse> {
        self.query_one(
            "SELECT coalesce(sum(CASE WHEN bundle_id = ?1 THEN length(data) END), 0),
                    coalesce(sum(length(data)), 0),
                    count(DISTINCT CASE WHEN bundle_id != ?1 THEN bundle_id END)
             FROM incoming_chunks",
            [bundle_id],
            |r| {
                Ok(PieceUse {
                    transfer_bytes: r.get(0)?,
                    total_bytes: r.get(1)?,
                    other_transfers: r.get(2)?,
                })
            },
        )
    }
}

impl DbMut<'_> {
    /// Pair a device: pin its key and what it may send (a new pairing replaces the old).
    pub fn pair_peer(
        &self,
        device_id: &str,
        public_key: &str,
        role: crate::views::PeerRole,
        at_ms: i64,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO known_devices (device_id, public_key, first_seen_ms, role, paired_ms)
             VALUES (?1, ?2, ?3, ?4, ?3)
             ON CONFLICT (device_id) DO UPDATE SET public_key = excluded.public_key,
                role = excluded.role, paired_ms = excluded.paired_ms",
            params![device_id, public_key, at_ms, role],
        )?;
        Ok(())
    }

    /// Forget a paired device: its bundles are refused until it pairs again.
    pub fn unpair_peer(&self, device_id: &str) -> Result<bool> {
        Ok(self.execute(
            "DELETE FROM known_devices WHERE device_id = ?1",
            [device_id],
        )? > 0)
    }

    /// Record a tombstone (see [`tombstone`]; kept for good, so no bundle brings the
    /// learner back).
    pub fn record_tombstone(&self, tombstone: &str, at_ms: i64, by_device: &str) -> Result<()> {
        self.execute(
            "INSERT OR IGNORE INTO erased_learners (learner_id, erased_ms, by_device) VALUES (?1, ?2, ?3)",
            params![tombstone, at_ms, by_device],
        )?;
        Ok(())
    }

    /// Erase the learner a tombstone stands for, if they are here (an erasure that
    /// arrived in a bundle). Returns whether a profile was here.
    pub fn erase_by_tombstone(&self, tomb: &str, at_ms: i64, by_device: &str) -> Result<bool> {
        self.record_tombstone(tomb, at_ms, by_device)?;
        match self.learner_by_tombstone(tomb)? {
            Some(l) => self.erase_learner(&l.id, at_ms, by_device),
            None => Ok(false),
        }
    }

    /// Erase a learner everywhere in this database: the profile and every row of theirs,
    /// assignments made to them alone, and pieces of transfers still arriving (they may
    /// hold the learner's data). A tombstone stays. Returns whether a profile was here.
    pub fn erase_learner(&self, learner_id: &str, at_ms: i64, by_device: &str) -> Result<bool> {
        self.record_tombstone(&tombstone(learner_id), at_ms, by_device)?;
        self.execute(
            "DELETE FROM secret_failures WHERE subject = ?1",
            [format!("learner:{learner_id}")],
        )?;
        self.execute(
            "DELETE FROM assignments WHERE target_kind = 'learner' AND target_id = ?1",
            [learner_id],
        )?;
        self.execute("DELETE FROM incoming_chunks", [])?;
        Ok(self.execute("DELETE FROM learners WHERE id = ?1", [learner_id])? > 0)
    }

    /// Drop pieces older than `before_ms` or dated after `after_ms` (a clock set back).
    pub fn expire_chunks(&self, before_ms: i64, after_ms: i64) -> Result<usize> {
        self.execute(
            "DELETE FROM incoming_chunks WHERE received_ms < ?1 OR received_ms > ?2",
            params![before_ms, after_ms],
        )
    }
}
