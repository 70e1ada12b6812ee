//! SQL for learner profiles, failed attempts at secrets, and the teacher PIN.

use rusqlite::{Row, params};

use super::{Db, DbMut, json_column};
use crate::error::{Error, Result};
use crate::views::{AgeBand, LearnerSettings};

/// A learner profile: a nickname and an avatar, never a real name. In a bundle only the
/// id, nickname, avatar, age band and creation time travel.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Learner {
    /// Random id.
    pub id: String,
    /// Nickname the child chose.
    pub nickname: String,
    /// Avatar id (a picture in the pack).
    pub avatar: String,
    /// Creation time, ms since the Unix epoch.
    pub created_at_ms: i64,
    /// Age band, if given.
    pub age_band: Option<AgeBand>,
    /// Settings (stored as JSON).
    #[serde(skip)]
    pub settings: LearnerSettings,
    /// Argon2 hash (PHC string) of the picture password, if the learner set one.
    #[serde(skip)]
    pub picture_password: Option<String>,
    /// The device that created the profile, when it came in a bundle (None: created here).
    #[serde(skip)]
    pub origin_device: Option<String>,
}

impl Learner {
    /// From the columns of `select_learners!`, in its order (by position: looking a
    /// column up by name compares it with every column's name).
    pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Learner {
            id: row.get(0)?,
            nickname: row.get(1)?,
            avatar: row.get(2)?,
            created_at_ms: row.get(3)?,
            age_band: row.get(4)?,
            settings: json_column(row.get_ref(5)?.as_str()?)?,
            picture_password: row.get(6)?,
            origin_device: row.get(7)?,
        })
    }
}

/// Failed attempts at a secret (a picture password or the teacher PIN).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Failures {
    /// Failures since the last success.
    pub count: u32,
    /// When the last one happened.
    pub last_ms: i64,
}

/// A select of the columns [`Learner::from_row`] reads, followed by `$rest`.
macro_rules! select_learners {
    ($rest:literal) => {
        concat!(
            "SELECT id, nickname, avatar, created_at_ms, age_band, settings, picture_password, origin_device FROM learners ",
            $rest
        )
    };
}

/// What a screen for a learner needs of their profile: nickname, age band and settings
/// (not their picture password's hash, avatar or origin).
pub type LearnerForView = (String, Option<AgeBand>, LearnerSettings);

impl Db<'_> {
    /// A learner by id.
    pub fn learner(&self, id: &str) -> Result<Learner> {
        self.query_opt(select_learners!("WHERE id = ?1"), [id], Learner::from_row)?
            .ok_or_else(|| Error::not_found("learner", id))
    }

    /// What a screen for a learner needs of their profile: nickname, age band and
    /// settings (not their picture password's hash, avatar or origin).
    pub fn learner_for_view(&self, id: &str) -> Result<LearnerForView> {
        self.query_opt(
            "SELECT nickname, age_band, settings FROM learners WHERE id = ?1",
            [id],
            |r| self.learner_for_view_from(r),
        )?
        .ok_or_else(|| Error::not_found("learner", id))
    }

    /// A learner's profile for a view from a row whose first three columns are
    /// `nickname, age_band, settings` (an answer reads them with its lesson's counts).
    pub(super) fn learner_for_view_from(&self, r: &Row<'_>) -> rusqlite::Result<LearnerForView> {
        let settings = self.parsed_settings(r.get_ref(2)?.as_str()?)?;
        Ok((r.get(0)?, r.get(1)?, settings))
    }

    /// Settings from their stored text, parsed once for the same text in a row (every
    /// view and answer reads the learner's settings: 2% of an answer's instructions).
    fn parsed_settings(&self, text: &str) -> rusqlite::Result<LearnerSettings> {
        if let Some((kept, settings)) = &*self.settings.borrow()
            && kept == text
        {
            return Ok(settings.clone());
        }
        let settings: LearnerSettings = json_column(text)?;
        *self.settings.borrow_mut() = Some((text.to_string(), settings.clone()));
        Ok(settings)
    }

    /// Whether a learner exists.
    pub fn has_learner(&self, id: &str) -> Result<bool> {
        Ok(self
            .query_opt("SELECT 1 FROM learners WHERE id = ?1", [id], |_| Ok(()))?
            .is_some())
    }

    /// All learners, oldest first.
    pub fn learners(&self) -> Result<Vec<Learner>> {
        self.query_vec(
            select_learners!("ORDER BY created_at_ms, id"),
            [],
            Learner::from_row,
        )
    }

    /// Failed attempts at a secret (`learner:<id>` or `teacher`).
    pub fn failures(&self, subject: &str) -> Result<Failures> {
        Ok(self
            .query_opt(
                "SELECT failures, last_failure_ms FROM secret_failures WHERE subject = ?1",
                [subject],
                |r| {
                    Ok(Failures {
                        count: r.get(0)?,
                        last_ms: r.get(1)?,
                    })
                },
            )?
            .unwrap_or_default())
    }

    /// The teacher PIN hash, if a PIN was set.
    pub fn teacher_pin_hash(&self) -> Result<Option<String>> {
        self.query_opt("SELECT pin_hash FROM teacher WHERE id = 1", [], |r| {
            r.get(0)
        })
    }

    /// The teacher recovery-code hash, if a PIN was set.
    pub fn teacher_recovery_hash(&self) -> Result<Option<String>> {
        Ok(self
            .query_opt("SELECT recovery_hash FROM teacher WHERE id = 1", [], |r| {
                r.get::<_, Option<String>>(0)
            })?
            .flatten())
    }
}

impl DbMut<'_> {
    /// Add a learner.
    pub fn insert_learner(&self, learner: &Learner) -> Result<()> {
        self.execute(
            "INSERT INTO learners (id, nickname, avatar, created_at_ms, age_band, settings, picture_password, origin_device)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                learner.id,
                learner.nickname,
                learner.avatar,
                learner.created_at_ms,
                learner.age_band,
                serde_json::to_string(&learner.settings)?,
                learner.picture_password,
                learner.origin_device
            ],
        )?;
        Ok(())
    }

    /// Change a learner's profile fields (nickname, avatar, age band, settings).
    pub fn update_learner(&self, learner: &Learner) -> Result<()> {
        let n = self.execute(
            "UPDATE learners SET nickname = ?2, avatar = ?3, age_band = ?4, settings = ?5 WHERE id = ?1",
            params![
                learner.id,
                learner.nickname,
                learner.avatar,
                learner.age_band,
                serde_json::to_string(&learner.settings)?
            ],
        )?;
        if n == 0 {
            return Err(Error::not_found("learner", &learner.id));
        }
        Ok(())
    }

    /// Set or clear a learner's picture-password hash, and forget past failures.
    pub fn set_picture_password(&self, learner_id: &str, hash: Option<&str>) -> Result<()> {
        self.execute(
            "DELETE FROM secret_failures WHERE subject = ?1",
            [format!("learner:{learner_id}")],
        )?;
        let n = self.execute(
            "UPDATE learners SET picture_password = ?2 WHERE id = ?1",
            params![learner_id, hash],
        )?;
        if n == 0 {
            return Err(Error::not_found("learner", learner_id));
        }
        Ok(())
    }

    /// Record a failure (committed before the answer is given, so a restart cannot skip the wait).
    pub fn record_failure(&self, subject: &str, at_ms: i64) -> Result<Failures> {
        self.execute(
            "INSERT INTO secret_failures (subject, failures, last_failure_ms) VALUES (?1, 1, ?2)
             ON CONFLICT (subject) DO UPDATE SET failures = failures + 1, last_failure_ms = ?2",
            params![subject, at_ms],
        )?;
        self.failures(subject)
    }

    /// Date a subject's last failure `at_ms` (the clock went back before it).
    pub fn rebase_failures(&self, subject: &str, at_ms: i64) -> Result<()> {
        self.execute(
            "UPDATE secret_failures SET last_failure_ms = ?2 WHERE subject = ?1",
            params![subject, at_ms],
        )?;
        Ok(())
    }

    /// Forget failures after a success.
    pub fn clear_failures(&self, subject: &str) -> Result<()> {
        self.execute("DELETE FROM secret_failures WHERE subject = ?1", [subject])?;
        Ok(())
    }

    /// Erase teacher mode: the PIN, classes, groups, assignments, pinned device keys, and
    /// every learner whose profile came from another device (with all their rows).
    /// Learners created on this device keep their own progress.
    pub fn erase_teacher_mode(&self) -> Result<u32> {
        for sql in [
            "DELETE FROM teacher",
            "DELETE FROM secret_failures WHERE subject = 'teacher'",
            "DELETE FROM assignments",
            "DELETE FROM classes",
            "DELETE FROM known_devices",
            "DELETE FROM incoming_chunks",
        ] {
            self.execute(sql, [])?;
        }
        Ok(self.execute("DELETE FROM learners WHERE origin_device IS NOT NULL", [])? as u32)
    }

    /// Set the teacher PIN hash (and recovery-code hash) and forget failures.
    pub fn set_teacher_pin_hash(&self, hash: &str, recovery_hash: &str) -> Result<()> {
        self.execute(
            "INSERT INTO teacher (id, pin_hash, recovery_hash) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET pin_hash = excluded.pin_hash,
                recovery_hash = excluded.recovery_hash",
            [hash, recovery_hash],
        )?;
        self.execute("DELETE FROM secret_failures WHERE subject = 'teacher'", [])?;
        Ok(())
    }
}
