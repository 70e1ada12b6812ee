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
            return Err(Error::InvalidInput(
                "this piece does not belong with the pieces already received".into(),
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

    /// Forget a bundle's pieces.
    pub fn drop_chunks(&self, bundle_id: &str) -> Result<()> {
        self.execute(
            "DELETE FROM incoming_chunks WHERE bundle_id = ?1",
            [bundle_id],
        )?;
        Ok(())
    }
}
