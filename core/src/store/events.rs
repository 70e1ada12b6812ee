//! The append-only event log and the state derived from it. An event is appended and
//! the state derived from it is updated in the same transaction, so a crash leaves either
//! both or neither; derived state does not depend on the order events arrive in.

use rusqlite::{Row, params};
use serde::{Deserialize, Serialize};

use super::{Db, DbMut, json_column};
use crate::content::CheckPhase;
use crate::error::{Error, Result};

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

/// One entry of the append-only event log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    #[serde(rename = "event")]
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

impl Attempt {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        let selected: String = row.get("selected")?;
        Ok(Attempt {
            event_id: row.get("event_id")?,
            lesson_id: row.get("lesson_id")?,
            question_id: row.get("question_id")?,
            selected: json_column(&selected)?,
            score: row.get("score")?,
            correct: row.get("correct")?,
            at_ms: row.get("at_ms")?,
            time_taken_ms: row.get("time_taken_ms")?,
            hints_used: row.get("hints_used")?,
            run: row.get("run")?,
        })
    }
}

impl Db<'_> {
    /// The run of a lesson a learner is in (1 until they restart it).
    pub fn current_run(&self, learner_id: &str, lesson_id: &str) -> Result<u32> {
        Ok(self
            .query_opt(
                "SELECT run FROM lesson_runs WHERE learner_id = ?1 AND lesson_id = ?2",
                [learner_id, lesson_id],
                |r| r.get(0),
            )?
            .unwrap_or(1))
    }

    /// Hints a learner opened for a question after `after_ms` (exclusive).
    pub fn hints_since(&self, learner_id: &str, question_id: &str, after_ms: i64) -> Result<u32> {
        self.query_one(
            "SELECT count(*) FROM hints WHERE learner_id = ?1 AND question_id = ?2 AND at_ms > ?3",
            params![learner_id, question_id, after_ms],
            |r| r.get(0),
        )
    }

    /// Knowledge-check answers of a learner for a module and phase: `(question, score)`,
    /// the latest answer per question.
    pub fn check_scores(
        &self,
        learner_id: &str,
        module_id: &str,
        phase: CheckPhase,
    ) -> Result<Vec<(String, f64)>> {
        self.query_vec(
            "SELECT question_id, score FROM check_answers c
             WHERE learner_id = ?1 AND module_id = ?2 AND phase = ?3
               AND at_ms = (SELECT max(at_ms) FROM check_answers d
                            WHERE d.learner_id = c.learner_id AND d.module_id = c.module_id
                              AND d.phase = c.phase AND d.question_id = c.question_id)
             GROUP BY question_id ORDER BY question_id",
            params![learner_id, module_id, phase],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Events of a learner in time order.
    pub fn events(&self, learner_id: &str) -> Result<Vec<Event>> {
        self.query_vec(
            "SELECT id, learner_id, device_id, at_ms, payload FROM events
             WHERE learner_id = ?1 ORDER BY at_ms, rowid",
            [learner_id],
            |r| {
                Ok(Event {
                    id: r.get(0)?,
                    learner_id: r.get(1)?,
                    device_id: r.get(2)?,
                    at_ms: r.get(3)?,
                    kind: json_column(&r.get::<_, String>(4)?)?,
                })
            },
        )
    }

    /// All attempts of a learner, oldest first.
    pub fn attempts(&self, learner_id: &str) -> Result<Vec<Attempt>> {
        self.query_vec(
            "SELECT event_id, lesson_id, question_id, selected, score, correct, at_ms,
                    time_taken_ms, hints_used, run
             FROM attempts WHERE learner_id = ?1 ORDER BY at_ms, rowid",
            [learner_id],
            Attempt::from_row,
        )
    }

    /// A learner's answers per question and run (the summaries kept as events arrive):
    /// as many rows as questions answered, however many answers there were.
    pub fn question_runs_of(
        &self,
        learner_id: &str,
        question_id: Option<&str>,
    ) -> Result<Vec<super::QuestionRunRow>> {
        self.query_vec(
            "SELECT learner_id, question_id, run, answers, right, first_score FROM question_runs
             WHERE learner_id = ?1 AND (?2 IS NULL OR question_id = ?2)",
            params![learner_id, question_id],
            super::QuestionRunRow::from_row,
        )
    }

    /// Distinct steps a learner has seen, per lesson.
    pub fn seen_counts_of(&self, learner_id: &str) -> Result<Vec<(String, usize)>> {
        self.query_vec(
            "SELECT lesson_id, seen FROM lesson_seen_counts WHERE learner_id = ?1",
            [learner_id],
            |r| Ok((r.get(0)?, r.get::<_, i64>(1)?.max(0) as usize)),
        )
    }

    /// When a learner last answered a question in a run.
    pub fn last_answer_ms(
        &self,
        learner_id: &str,
        question_id: &str,
        run: u32,
    ) -> Result<Option<i64>> {
        self.query_one(
            "SELECT max(at_ms) FROM attempts WHERE learner_id = ?1 AND question_id = ?2 AND run = ?3",
            params![learner_id, question_id, run],
            |r| r.get(0),
        )
    }

    /// Step ids of a lesson the learner has seen.
    pub fn steps_seen(&self, learner_id: &str, lesson_id: &str) -> Result<Vec<String>> {
        self.query_vec(
            "SELECT step_id FROM steps_seen WHERE learner_id = ?1 AND lesson_id = ?2 ORDER BY first_seen_ms",
            [learner_id, lesson_id],
            |r| r.get(0),
        )
    }

    /// A learner's time spent (sum of gaps of at most [`TIME_GAP_MS`] between events).
    pub fn learner_time_ms(&self, learner_id: &str) -> Result<i64> {
        Ok(self
            .query_opt(
                "SELECT spent_ms FROM learner_time WHERE learner_id = ?1",
                [learner_id],
                |r| r.get(0),
            )?
            .unwrap_or(0))
    }

    /// Time of the newest event recorded on this device (0 when none).
    pub fn latest_event_ms(&self) -> Result<i64> {
        self.query_one(
            "SELECT coalesce(max(at_ms), 0) FROM events WHERE device_id = ?1",
            [self.device_id],
            |r| r.get(0),
        )
    }

    /// The step a learner last reached in a lesson.
    pub fn last_step(&self, learner_id: &str, lesson_id: &str) -> Result<Option<String>> {
        self.query_opt(
            "SELECT last_step_id FROM lesson_state WHERE learner_id = ?1 AND lesson_id = ?2",
            [learner_id, lesson_id],
            |r| r.get(0),
        )
    }
}

impl DbMut<'_> {
    /// Append an event and update the state derived from it. Appending an event whose id
    /// is already stored changes nothing (idempotent): returns whether it was new.
    pub fn append(&self, event: &Event) -> Result<bool> {
        let payload = serde_json::to_string(&event.kind)?;
        let inserted = self.execute(
            "INSERT OR IGNORE INTO events (id, learner_id, device_id, at_ms, kind, payload)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                event.id,
                event.learner_id,
                event.device_id,
                event.at_ms,
                kind_tag(&payload)?,
                payload
            ],
        )?;
        if inserted == 0 {
            return Ok(false);
        }
        self.add_time_spent(event)?;
        self.apply(event)?;
        Ok(true)
    }
}

/// Gaps between a learner's consecutive events count as time spent up to this long.
pub const TIME_GAP_MS: i64 = 5 * 60 * 1000;

impl DbMut<'_> {
    /// Keep a learner's time spent (the sum of gaps of at most [`TIME_GAP_MS`] between
    /// consecutive events) exact when an event is added anywhere in time: the new event
    /// splits the gap between its neighbours.
    fn add_time_spent(&self, event: &Event) -> Result<()> {
        let counted = |gap: i64| if gap <= TIME_GAP_MS { gap } else { 0 };
        let prev: Option<i64> = self.query_one(
            "SELECT max(at_ms) FROM events WHERE learner_id = ?1 AND at_ms <= ?2 AND id != ?3",
            params![event.learner_id, event.at_ms, event.id],
            |r| r.get(0),
        )?;
        let next: Option<i64> = self.query_one(
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
        self.execute(
            "INSERT INTO learner_time (learner_id, spent_ms) VALUES (?1, ?2)
             ON CONFLICT (learner_id) DO UPDATE SET spent_ms = spent_ms + excluded.spent_ms",
            params![event.learner_id, delta],
        )?;
        Ok(())
    }

    /// Update derived state for one new event.
    fn apply(&self, event: &Event) -> Result<()> {
        match &event.kind {
            EventKind::LessonRestarted { lesson_id, run } => {
                // A new run starts at the first step again.
                self.execute(
                    "DELETE FROM lesson_state WHERE learner_id = ?1 AND lesson_id = ?2 AND updated_ms <= ?3",
                    params![event.learner_id, lesson_id, event.at_ms],
                )?;
                self.execute(
                    "INSERT INTO lesson_runs (learner_id, lesson_id, run, started_ms) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
                        run = excluded.run, started_ms = excluded.started_ms
                     WHERE excluded.run > lesson_runs.run",
                    params![event.learner_id, lesson_id, run, event.at_ms],
                )?;
            }
            EventKind::HintShown { question_id } => {
                self.execute(
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
                self.execute(
                    "INSERT INTO check_answers (event_id, learner_id, module_id, phase, question_id, selected, score, at_ms)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        event.id,
                        event.learner_id,
                        module_id,
                        phase,
                        question_id,
                        serde_json::to_string(selected)?,
                        score,
                        event.at_ms
                    ],
                )?;
            }
            EventKind::StepSeen { lesson_id, step_id } => {
                let new_step = self.execute(
                    "INSERT OR IGNORE INTO steps_seen (learner_id, lesson_id, step_id, first_seen_ms)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![event.learner_id, lesson_id, step_id, event.at_ms],
                )?;
                if new_step > 0 {
                    // Per-lesson counts, so reports over a class need not read every step.
                    self.execute(
                        "INSERT INTO lesson_seen_counts (learner_id, lesson_id, seen) VALUES (?1, ?2, 1)
                         ON CONFLICT (learner_id, lesson_id) DO UPDATE SET seen = seen + 1",
                        params![event.learner_id, lesson_id],
                    )?;
                }
                // Keep the latest step by time, so merged logs agree whatever their order.
                self.execute(
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
                self.execute(
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
                self.execute(
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
                        self.execute(
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
}

/// The event kind's serde tag, read from its JSON (internally tagged: `{"kind":"...",`),
/// so the names are written once, in the enum's serde attributes.
fn kind_tag(payload: &str) -> Result<&str> {
    payload
        .strip_prefix("{\"kind\":\"")
        .and_then(|rest| rest.split('"').next())
        .ok_or_else(|| Error::Internal("an event could not be tagged".into()))
}
