//! Every SQL statement of SafeSteps, and the one place that opens the database.
//!
//! Writes go through [`Store::write`], which runs a closure in a transaction:
//! an event is appended and the state derived from it is updated in the same
//! transaction, so a crash leaves either both or neither.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use super::schema;
use crate::error::{Error, Result};

/// A learner profile: a nickname and an avatar, never a real name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    /// Random id.
    pub id: String,
    /// Nickname the child chose.
    pub nickname: String,
    /// Avatar id (a picture in the pack).
    pub avatar: String,
    /// Creation time, ms since the Unix epoch.
    pub created_at_ms: i64,
    /// Age band ("6-9", "10-14", "15-17"), if given.
    pub age_band: Option<String>,
    /// Settings as JSON (see `views::LearnerSettings`).
    pub settings_json: String,
    /// Argon2 hash (PHC string) of the picture password, if the learner set one.
    pub picture_password: Option<String>,
    /// The device that created the profile, when it came in a bundle (None: created here).
    pub origin_device: Option<String>,
}

impl Learner {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Learner {
            id: row.get("id")?,
            nickname: row.get("nickname")?,
            avatar: row.get("avatar")?,
            created_at_ms: row.get("created_at_ms")?,
            age_band: row.get("age_band")?,
            settings_json: row.get("settings")?,
            picture_password: row.get("picture_password")?,
            origin_device: row.get("origin_device")?,
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

/// What a learner did. Stored as JSON in `events.payload`, tagged by `events.kind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// A lesson step was shown to the learner.
    StepSeen {
        /// Lesson id.
        lesson_id: String,
        /// Step id.
        step_id: String,
    },
    /// A learner started a lesson again after finishing it: a new run begins.
    LessonRestarted {
        /// Lesson id.
        lesson_id: String,
        /// The new run number (2 for the first replay).
        run: u32,
    },
    /// A learner opened a question's hint.
    HintShown {
        /// Question id.
        question_id: String,
    },
    /// A knowledge-check question was answered (before or after a module).
    CheckAnswered {
        /// Module id.
        module_id: String,
        /// Before or after the module.
        phase: crate::content::CheckPhase,
        /// Question id.
        question_id: String,
        /// Chosen option ids.
        selected: Vec<String>,
        /// Score from 0 to 1.
        score: f64,
    },
    /// A quiz question was answered.
    Answered {
        /// Lesson id.
        lesson_id: String,
        /// Question (quiz step) id.
        question_id: String,
        /// Chosen option ids (in order, for ordering questions).
        selected: Vec<String>,
        /// Score from 0 to 1.
        score: f64,
        /// Whether the answer was fully right.
        correct: bool,
        /// Time from showing the question to answering, when the app measured it.
        time_taken_ms: Option<i64>,
        /// Hints the learner opened first.
        hints_used: u32,
        /// Run of the lesson (1 the first time through).
        #[serde(default = "first_run")]
        run: u32,
    },
}

fn first_run() -> u32 {
    1
}

impl EventKind {
    fn tag(&self) -> &'static str {
        match self {
            EventKind::StepSeen { .. } => "step_seen",
            EventKind::Answered { .. } => "answered",
            EventKind::LessonRestarted { .. } => "lesson_restarted",
            EventKind::HintShown { .. } => "hint_shown",
            EventKind::CheckAnswered { .. } => "check_answered",
        }
    }
}

/// One entry of the append-only event log.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Globally unique id (UUID v4), so logs from many devices merge without conflict.
    pub id: String,
    /// Whose event.
    pub learner_id: String,
    /// The device that recorded it.
    pub device_id: String,
    /// When, ms since the Unix epoch.
    pub at_ms: i64,
    /// What happened.
    pub kind: EventKind,
}

/// A stored quiz attempt (derived from an `Answered` event).
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// The event it came from.
    pub event_id: String,
    /// Lesson id.
    pub lesson_id: String,
    /// Question id.
    pub question_id: String,
    /// Chosen option ids.
    pub selected: Vec<String>,
    /// Score from 0 to 1.
    pub score: f64,
    /// Fully right.
    pub correct: bool,
    /// When.
    pub at_ms: i64,
    /// Time taken, if measured.
    pub time_taken_ms: Option<i64>,
    /// Hints used.
    pub hints_used: u32,
    /// Run of the lesson.
    pub run: u32,
}

pub(super) fn learner_from_row(row: &Row<'_>) -> rusqlite::Result<Learner> {
    Learner::from_row(row)
}

impl Attempt {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        let selected: String = row.get("selected")?;
        Ok(Attempt {
            event_id: row.get("event_id")?,
            lesson_id: row.get("lesson_id")?,
            question_id: row.get("question_id")?,
            selected: serde_json::from_str(&selected).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
            })?,
            score: row.get("score")?,
            correct: row.get("correct")?,
            at_ms: row.get("at_ms")?,
            time_taken_ms: row.get("time_taken_ms")?,
            hints_used: row.get("hints_used")?,
            run: row.get("run")?,
        })
    }
}

/// The open database.
#[derive(Debug)]
pub struct Store {
    pub(super) conn: Connection,
    device_id: String,
}

/// Pragmas for phones; the reasons are in docs/decisions/0003-sqlite-pragmas.md.
const PRAGMAS: &str = "
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA foreign_keys = ON;
    PRAGMA secure_delete = ON;
    PRAGMA temp_store = MEMORY;
    PRAGMA busy_timeout = 5000;
";

fn corrupt(path: &Path, e: &rusqlite::Error) -> Option<Error> {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match e.sqlite_error_code() {
        Some(NotADatabase | DatabaseCorrupt) => Some(Error::DatabaseCorrupt {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }),
        _ => None,
    }
}

impl Store {
    /// Open (creating if needed) and migrate the database at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        let conn = Connection::open(path)?;
        Self::init(conn, path.to_path_buf())
    }

    /// A private in-memory database (tests, previews).
    pub fn open_in_memory() -> Result<Self> {
        Self::init(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn init(mut conn: Connection, path: PathBuf) -> Result<Self> {
        let check = |r: rusqlite::Result<()>| -> Result<()> {
            r.map_err(|e| corrupt(&path, &e).unwrap_or(Error::Sqlite(e)))
        };
        check(conn.execute_batch(PRAGMAS))?;
        let found: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| corrupt(&path, &e).unwrap_or(Error::Sqlite(e)))?;
        if found > schema::LATEST {
            return Err(Error::DatabaseTooNew {
                found,
                supported: schema::LATEST,
            });
        }
        schema::migrations().to_latest(&mut conn)?;
        let mut store = Store {
            conn,
            device_id: String::new(),
        };
        store.device_id = store.write(|tx| {
            let existing: Option<String> = tx
                .query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| {
                    r.get(0)
                })
                .optional()?;
            match existing {
                Some(id) => Ok(id),
                None => {
                    let id = uuid::Uuid::new_v4().to_string();
                    tx.execute(
                        "INSERT INTO meta (key, value) VALUES ('device_id', ?1)",
                        [&id],
                    )?;
                    Ok(id)
                }
            }
        })?;
        Ok(store)
    }

    /// This device's id (random, made when the database was created).
    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Run `f` in a transaction; commit if it returns `Ok`, roll back otherwise.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    // ---- learners -------------------------------------------------------

    /// Add a learner.
    pub fn insert_learner(&mut self, learner: &Learner) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO learners (id, nickname, avatar, created_at_ms, age_band, settings, picture_password, origin_device)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    learner.id,
                    learner.nickname,
                    learner.avatar,
                    learner.created_at_ms,
                    learner.age_band,
                    learner.settings_json,
                    learner.picture_password,
                    learner.origin_device
                ],
            )?;
            Ok(())
        })
    }

    /// A learner by id.
    pub fn learner(&self, id: &str) -> Result<Learner> {
        self.conn
            .query_row(
                "SELECT * FROM learners WHERE id = ?1",
                [id],
                Learner::from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("learner", id))
    }

    /// All learners, oldest first.
    pub fn learners(&self) -> Result<Vec<Learner>> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM learners ORDER BY created_at_ms, id")?;
        let rows = stmt.query_map([], Learner::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Change a learner's profile fields (nickname, avatar, age band, settings).
    pub fn update_learner(&mut self, learner: &Learner) -> Result<()> {
        let n = self.write(|tx| {
            Ok(tx.execute(
                "UPDATE learners SET nickname = ?2, avatar = ?3, age_band = ?4, settings = ?5 WHERE id = ?1",
                params![
                    learner.id,
                    learner.nickname,
                    learner.avatar,
                    learner.age_band,
                    learner.settings_json
                ],
            )?)
        })?;
        if n == 0 {
            return Err(Error::not_found("learner", &learner.id));
        }
        Ok(())
    }

    /// Set or clear a learner's picture-password hash, and forget past failures.
    pub fn set_picture_password(&mut self, learner_id: &str, hash: Option<&str>) -> Result<()> {
        let n = self.write(|tx| {
            tx.execute(
                "DELETE FROM secret_failures WHERE subject = ?1",
                [format!("learner:{learner_id}")],
            )?;
            Ok(tx.execute(
                "UPDATE learners SET picture_password = ?2 WHERE id = ?1",
                params![learner_id, hash],
            )?)
        })?;
        if n == 0 {
            return Err(Error::not_found("learner", learner_id));
        }
        Ok(())
    }

    /// Erase a learner and every row that belongs to them, then flush the write-ahead log
    /// so no copy of their rows is left in it. With `secure_delete` the freed pages are
    /// overwritten with zeros.
    pub fn delete_learner(&mut self, learner_id: &str) -> Result<()> {
        let n = self.write(|tx| {
            tx.execute(
                "DELETE FROM secret_failures WHERE subject = ?1",
                [format!("learner:{learner_id}")],
            )?;
            Ok(tx.execute("DELETE FROM learners WHERE id = ?1", [learner_id])?)
        })?;
        if n == 0 {
            return Err(Error::not_found("learner", learner_id));
        }
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Failed attempts at a secret (`learner:<id>` or `teacher`).
    pub fn failures(&self, subject: &str) -> Result<Failures> {
        Ok(self
            .conn
            .query_row(
                "SELECT failures, last_failure_ms FROM secret_failures WHERE subject = ?1",
                [subject],
                |r| {
                    Ok(Failures {
                        count: r.get(0)?,
                        last_ms: r.get(1)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    /// Record a failure (committed before the answer is given, so a restart cannot skip the wait).
    pub fn record_failure(&mut self, subject: &str, at_ms: i64) -> Result<Failures> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO secret_failures (subject, failures, last_failure_ms) VALUES (?1, 1, ?2)
                 ON CONFLICT (subject) DO UPDATE SET failures = failures + 1, last_failure_ms = ?2",
                params![subject, at_ms],
            )?;
            Ok(())
        })?;
        self.failures(subject)
    }

    /// Forget failures after a success.
    pub fn clear_failures(&mut self, subject: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM secret_failures WHERE subject = ?1", [subject])?;
            Ok(())
        })
    }

    /// The teacher PIN hash, if a PIN was set.
    pub fn teacher_pin_hash(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT pin_hash FROM teacher WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// The teacher recovery-code hash, if a PIN was set.
    pub fn teacher_recovery_hash(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT recovery_hash FROM teacher WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?
            .flatten())
    }

    /// Erase teacher mode: the PIN, classes, groups, assignments, pinned device keys, and
    /// every learner whose profile came from another device (with all their rows).
    /// Learners created on this device keep their own progress.
    pub fn erase_teacher_mode(&mut self) -> Result<u32> {
        let removed = self.write(|tx| {
            tx.execute("DELETE FROM teacher", [])?;
            tx.execute("DELETE FROM secret_failures WHERE subject = 'teacher'", [])?;
            tx.execute("DELETE FROM assignments", [])?;
            tx.execute("DELETE FROM classes", [])?;
            tx.execute("DELETE FROM known_devices", [])?;
            tx.execute("DELETE FROM incoming_chunks", [])?;
            Ok(tx.execute("DELETE FROM learners WHERE origin_device IS NOT NULL", [])? as u32)
        })?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(removed)
    }

    /// Set the teacher PIN hash (and recovery-code hash) and forget failures.
    pub fn set_teacher_pin_hash(&mut self, hash: &str, recovery_hash: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO teacher (id, pin_hash, recovery_hash) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET pin_hash = excluded.pin_hash,
                    recovery_hash = excluded.recovery_hash",
                [hash, recovery_hash],
            )?;
            tx.execute("DELETE FROM secret_failures WHERE subject = 'teacher'", [])?;
            Ok(())
        })
    }

    /// The run of a lesson a learner is in (1 until they restart it).
    pub fn current_run(&self, learner_id: &str, lesson_id: &str) -> Result<u32> {
        Ok(self
            .conn
            .query_row(
                "SELECT run FROM lesson_runs WHERE learner_id = ?1 AND lesson_id = ?2",
                [learner_id, lesson_id],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(1))
    }

    /// Hints a learner opened for a question after `after_ms` (exclusive).
    pub fn hints_since(&self, learner_id: &str, question_id: &str, after_ms: i64) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM hints WHERE learner_id = ?1 AND question_id = ?2 AND at_ms > ?3",
            params![learner_id, question_id, after_ms],
            |r| r.get(0),
        )?)
    }

    /// Knowledge-check answers of a learner for a module and phase: `(question, score)`,
    /// the latest answer per question.
    pub fn check_scores(
        &self,
        learner_id: &str,
        module_id: &str,
        phase: crate::content::CheckPhase,
    ) -> Result<Vec<(String, f64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT question_id, score FROM check_answers c
             WHERE learner_id = ?1 AND module_id = ?2 AND phase = ?3
               AND at_ms = (SELECT max(at_ms) FROM check_answers d
                            WHERE d.learner_id = c.learner_id AND d.module_id = c.module_id
                              AND d.phase = c.phase AND d.question_id = c.question_id)
             GROUP BY question_id ORDER BY question_id",
        )?;
        let rows = stmt.query_map(params![learner_id, module_id, phase_tag(phase)], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Run an integrity check (tests, diagnostics).
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    // ---- events and derived state --------------------------------------

    /// Append an event and update the state derived from it, in one transaction.
    /// Appending an event whose id is already stored changes nothing (idempotent).
    pub fn append(&mut self, event: &Event) -> Result<bool> {
        self.write(|tx| append_in(tx, event))
    }

    /// Events of a learner in time order.
    pub fn events(&self, learner_id: &str) -> Result<Vec<Event>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, learner_id, device_id, at_ms, payload FROM events
             WHERE learner_id = ?1 ORDER BY at_ms, rowid",
        )?;
        let rows = stmt.query_map([learner_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, learner_id, device_id, at_ms, payload) = row?;
            out.push(Event {
                id,
                learner_id,
                device_id,
                at_ms,
                kind: serde_json::from_str(&payload)?,
            });
        }
        Ok(out)
    }

    /// All attempts of a learner, oldest first.
    pub fn attempts(&self, learner_id: &str) -> Result<Vec<Attempt>> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM attempts WHERE learner_id = ?1 ORDER BY at_ms, rowid")?;
        let rows = stmt.query_map([learner_id], Attempt::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Step ids of a lesson the learner has seen.
    pub fn steps_seen(&self, learner_id: &str, lesson_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT step_id FROM steps_seen WHERE learner_id = ?1 AND lesson_id = ?2 ORDER BY first_seen_ms",
        )?;
        let rows = stmt.query_map([learner_id, lesson_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A learner's time spent (sum of gaps of at most [`TIME_GAP_MS`] between events).
    pub fn learner_time_ms(&self, learner_id: &str) -> Result<i64> {
        Ok(self
            .conn
            .query_row(
                "SELECT spent_ms FROM learner_time WHERE learner_id = ?1",
                [learner_id],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0))
    }

    /// Time of the newest event recorded on this device (0 when none).
    pub fn latest_event_ms(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT coalesce(max(at_ms), 0) FROM events WHERE device_id = ?1",
            [&self.device_id],
            |r| r.get(0),
        )?)
    }

    /// Every step a learner has seen, by lesson.
    pub fn all_steps_seen(
        &self,
        learner_id: &str,
    ) -> Result<std::collections::HashMap<String, Vec<String>>> {
        let mut stmt = self
            .conn
            .prepare("SELECT lesson_id, step_id FROM steps_seen WHERE learner_id = ?1")?;
        let rows = stmt.query_map([learner_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out: std::collections::HashMap<String, Vec<String>> = Default::default();
        for row in rows {
            let (lesson, step) = row?;
            out.entry(lesson).or_default().push(step);
        }
        Ok(out)
    }

    /// The step a learner last reached in a lesson.
    pub fn last_step(&self, learner_id: &str, lesson_id: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT last_step_id FROM lesson_state WHERE learner_id = ?1 AND lesson_id = ?2",
                [learner_id, lesson_id],
                |r| r.get(0),
            )
            .optional()?)
    }
}

/// Append inside an open transaction (bundle import appends many at once).
pub fn append_in(tx: &Transaction<'_>, event: &Event) -> Result<bool> {
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO events (id, learner_id, device_id, at_ms, kind, payload)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            event.id,
            event.learner_id,
            event.device_id,
            event.at_ms,
            event.kind.tag(),
            serde_json::to_string(&event.kind)?
        ],
    )?;
    if inserted == 0 {
        return Ok(false);
    }
    add_time_spent(tx, event)?;
    apply(tx, event)?;
    Ok(true)
}

/// Gaps between a learner's consecutive events count as time spent up to this long.
pub const TIME_GAP_MS: i64 = 5 * 60 * 1000;

/// Keep a learner's time spent (the sum of gaps of at most [`TIME_GAP_MS`] between
/// consecutive events) exact when an event is added anywhere in time: the new event
/// splits the gap between its neighbours.
fn add_time_spent(tx: &Transaction<'_>, event: &Event) -> Result<()> {
    let counted = |gap: i64| if gap <= TIME_GAP_MS { gap } else { 0 };
    let prev: Option<i64> = tx.query_row(
        "SELECT max(at_ms) FROM events WHERE learner_id = ?1 AND at_ms <= ?2 AND id != ?3",
        params![event.learner_id, event.at_ms, event.id],
        |r| r.get(0),
    )?;
    let next: Option<i64> = tx.query_row(
        "SELECT min(at_ms) FROM events WHERE learner_id = ?1 AND at_ms >= ?2 AND id != ?3",
        params![event.learner_id, event.at_ms, event.id],
        |r| r.get(0),
    )?;
    let t = event.at_ms;
    let delta = match (prev, next) {
        (Some(p), Some(n)) => counted(t - p) + counted(n - t) - counted(n - p),
        (Some(p), None) => counted(t - p),
        (None, Some(n)) => counted(n - t),
        (None, None) => 0,
    };
    tx.execute(
        "INSERT INTO learner_time (learner_id, spent_ms) VALUES (?1, ?2)
         ON CONFLICT (learner_id) DO UPDATE SET spent_ms = spent_ms + excluded.spent_ms",
        params![event.learner_id, delta],
    )?;
    Ok(())
}

fn phase_tag(phase: crate::content::CheckPhase) -> &'static str {
    match phase {
        crate::content::CheckPhase::Pre => "pre",
        crate::content::CheckPhase::Post => "post",
    }
}

/// Update derived state for one new event.
fn apply(tx: &Transaction<'_>, event: &Event) -> Result<()> {
    match &event.kind {
        EventKind::LessonRestarted { lesson_id, run } => {
            // A new run starts at the first step again.
            tx.execute(
                "DELETE FROM lesson_state WHERE learner_id = ?1 AND lesson_id = ?2 AND updated_ms <= ?3",
                params![event.learner_id, lesson_id, event.at_ms],
            )?;
            tx.execute(
                "INSERT INTO lesson_runs (learner_id, lesson_id, run, started_ms) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
                    run = excluded.run, started_ms = excluded.started_ms
                 WHERE excluded.run > lesson_runs.run",
                params![event.learner_id, lesson_id, run, event.at_ms],
            )?;
        }
        EventKind::HintShown { question_id } => {
            tx.execute(
                "INSERT INTO hints (event_id, learner_id, question_id, at_ms) VALUES (?1, ?2, ?3, ?4)",
                params![event.id, event.learner_id, question_id, event.at_ms],
            )?;
        }
        EventKind::CheckAnswered {
            module_id,
            phase,
            question_id,
            selected,
            score,
        } => {
            tx.execute(
                "INSERT INTO check_answers (event_id, learner_id, module_id, phase, question_id, selected, score, at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    event.id,
                    event.learner_id,
                    module_id,
                    phase_tag(*phase),
                    question_id,
                    serde_json::to_string(selected)?,
                    score,
                    event.at_ms
                ],
            )?;
        }
        EventKind::StepSeen { lesson_id, step_id } => {
            let new_step = tx.execute(
                "INSERT OR IGNORE INTO steps_seen (learner_id, lesson_id, step_id, first_seen_ms)
                 VALUES (?1, ?2, ?3, ?4)",
                params![event.learner_id, lesson_id, step_id, event.at_ms],
            )?;
            if new_step > 0 {
                // Per-lesson counts, so reports over a class need not read every step.
                tx.execute(
                    "INSERT INTO lesson_seen_counts (learner_id, lesson_id, seen) VALUES (?1, ?2, 1)
                     ON CONFLICT (learner_id, lesson_id) DO UPDATE SET seen = seen + 1",
                    params![event.learner_id, lesson_id],
                )?;
            }
            // Keep the latest step by time, so merged logs agree whatever their order.
            tx.execute(
                "INSERT INTO lesson_state (learner_id, lesson_id, last_step_id, updated_ms)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
                    last_step_id = excluded.last_step_id, updated_ms = excluded.updated_ms
                 WHERE excluded.updated_ms >= lesson_state.updated_ms",
                params![event.learner_id, lesson_id, step_id, event.at_ms],
            )?;
        }
        EventKind::Answered {
            lesson_id,
            question_id,
            selected,
            score,
            correct,
            time_taken_ms,
            hints_used,
            run,
        } => {
            tx.execute(
                "INSERT INTO attempts (event_id, learner_id, lesson_id, question_id, selected,
                    score, correct, at_ms, time_taken_ms, hints_used, run)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    event.id,
                    event.learner_id,
                    lesson_id,
                    question_id,
                    serde_json::to_string(selected)?,
                    score,
                    correct,
                    event.at_ms,
                    time_taken_ms,
                    hints_used,
                    run
                ],
            )?;
            // Summaries for reports, exact whatever order events arrive in.
            tx.execute(
                "INSERT INTO question_runs (learner_id, question_id, run, answers, right, first_ms, first_score)
                 VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6)
                 ON CONFLICT (learner_id, question_id, run) DO UPDATE SET
                    answers = answers + 1,
                    right = right + excluded.right,
                    first_score = CASE WHEN excluded.first_ms < first_ms THEN excluded.first_score ELSE first_score END,
                    first_ms = min(first_ms, excluded.first_ms)",
                params![event.learner_id, question_id, run, i64::from(*correct), event.at_ms, score],
            )?;
            if !correct {
                for option in selected {
                    tx.execute(
                        "INSERT INTO wrong_choices (learner_id, question_id, option_id, times) VALUES (?1, ?2, ?3, 1)
                         ON CONFLICT (learner_id, question_id, option_id) DO UPDATE SET times = times + 1",
                        params![event.learner_id, question_id, option],
                    )?;
                }
            }
        }
    }
    Ok(())
}
