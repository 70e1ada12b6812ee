//! The append-only event log and the state derived from it. An event is appended and
//! the state derived from it is updated in the same transaction, so a crash leaves either
//! both or neither; derived state does not depend on the order events arrive in.

use rusqlite::{Row, params};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};

use super::{Db, DbMut, json_column};
use crate::content::CheckPhase;
use crate::error::{Error, Result};

/// A learner's time spent in their `time_spent:<learner id>` row of `meta`, whose value
/// is "<latest event ms> <time spent ms>" (the latest event time is the value read as an
/// integer). The row lives in `meta` because every commit rewrites that page anyway (see
/// `Store::write`): keeping a learner's time as their events arrive then writes no page
/// of its own (docs/decisions/0029).
macro_rules! spent_ms {
    () => {
        "CAST(substr(value, instr(value, ' ') + 1) AS INTEGER)"
    };
}
pub(super) use spent_ms;

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
    /// Globally unique id (a UUID: v7 from this version, v4 from older ones), so logs
    /// from many devices merge without conflict.
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

    /// Events of a learner in time order, then by id (this device's ids follow the order
    /// it wrote them in, its event times too: ties are only between devices' events).
    pub fn events(&self, learner_id: &str) -> Result<Vec<Event>> {
        self.query_vec(
            "SELECT id, learner_id, device_id, at_ms, payload FROM events
             WHERE learner_id = ?1 ORDER BY at_ms, id",
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

    /// All attempts of a learner, oldest first (by time, then event id). Answers recorded
    /// before schema 8 kept the row they were copied into (`attempts`); every other one
    /// is read from its event, the only copy since (an answer writes no second row).
    pub fn attempts(&self, learner_id: &str) -> Result<Vec<Attempt>> {
        let mut out = self.query_vec(
            "SELECT event_id, lesson_id, question_id, selected, score, correct, at_ms,
                    time_taken_ms, hints_used, run
             FROM attempts WHERE learner_id = ?1",
            [learner_id],
            Attempt::from_row,
        )?;
        let from_events = self.query_vec(
            "SELECT id, at_ms, payload FROM events e
             WHERE learner_id = ?1 AND kind = 'answered'
               AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.event_id = e.id)",
            [learner_id],
            |r| {
                let kind: EventKind = json_column(&r.get::<_, String>(2)?)?;
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, kind))
            },
        )?;
        for (event_id, at_ms, kind) in from_events {
            if let EventKind::Answered {
                lesson_id,
                question_id,
                selected,
                score,
                correct,
                time_taken_ms,
                hints_used,
                run,
            } = kind
            {
                out.push(Attempt {
                    event_id,
                    lesson_id,
                    question_id,
                    selected,
                    score,
                    correct,
                    at_ms,
                    time_taken_ms,
                    hints_used,
                    run,
                });
            }
        }
        out.sort_by(|a, b| (a.at_ms, &a.event_id).cmp(&(b.at_ms, &b.event_id)));
        Ok(out)
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

    /// A learner's summaries for some lessons and questions only (one module's, say):
    /// steps seen per lesson and answers per question and run. One primary-key lookup
    /// per lesson and per question, through two statements prepared once: the cost
    /// follows the module's size, never the learner's history.
    pub fn summaries_of(
        &self,
        learner_id: &str,
        lessons: &[&str],
        questions: &[&str],
    ) -> Result<Summaries> {
        let mut seen = Vec::with_capacity(lessons.len());
        if !lessons.is_empty() {
            let mut stmt = self.conn.prepare_cached(
                "SELECT seen FROM lesson_seen_counts WHERE learner_id = ?1 AND lesson_id = ?2",
            )?;
            for lesson in lessons {
                let mut rows = stmt.query([learner_id, lesson])?;
                if let Some(row) = rows.next()? {
                    seen.push((lesson.to_string(), row.get::<_, i64>(0)?.max(0) as usize));
                }
            }
        }
        Ok((seen, self.question_runs(learner_id, questions)?))
    }

    /// A learner's runs of each of `questions`, in that order: one primary-key range per
    /// question, through one statement prepared once.
    fn question_runs(
        &self,
        learner_id: &str,
        questions: &[&str],
    ) -> Result<Vec<super::QuestionRunRow>> {
        let mut runs = Vec::with_capacity(questions.len());
        if questions.is_empty() {
            return Ok(runs);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT run, answers, right, first_score FROM question_runs
             WHERE learner_id = ?1 AND question_id = ?2",
        )?;
        for question in questions {
            let mut rows = stmt.query([learner_id, question])?;
            while let Some(r) = rows.next()? {
                runs.push(super::QuestionRunRow {
                    learner_id: learner_id.to_string(),
                    question_id: question.to_string(),
                    run: r.get(0)?,
                    answers: r.get(1)?,
                    right: r.get(2)?,
                    first_score: r.get(3)?,
                });
            }
        }
        Ok(runs)
    }

    /// Whether a learner completed a module of this shape (see [`DbMut::mark_module_done`]).
    pub fn module_done(&self, learner_id: &str, module_id: &str, shape: i64) -> Result<bool> {
        Ok(self
            .query_opt(
                "SELECT shape FROM module_done WHERE learner_id = ?1 AND module_id = ?2",
                params![learner_id, module_id],
                |r| r.get::<_, i64>(0),
            )?
            .is_some_and(|s| s == shape))
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
                concat!(
                    "SELECT ",
                    spent_ms!(),
                    " FROM meta WHERE key = 'time_spent:' || ?1"
                ),
                [learner_id],
                |r| r.get(0),
            )?
            .unwrap_or(0))
    }

    /// Time of the newest event recorded on this device (0 when none): kept in `meta`
    /// as events are written (one row read at every open, whatever the log's size). A
    /// database without the row (made outside SafeSteps) has its events read once.
    pub fn latest_event_ms(&self) -> Result<i64> {
        let kept: Option<String> = self.query_opt(
            "SELECT value FROM meta WHERE key = ?1",
            [super::schema::WRITE_COUNT_KEY],
            |r| r.get(0),
        )?;
        match kept.and_then(|v| v.split_once(' ')?.1.parse::<i64>().ok()) {
            Some(ms) => Ok(ms),
            None => self.query_one(
                "SELECT coalesce(max(at_ms), 0) FROM events WHERE device_id = ?1",
                [self.device_id],
                |r| r.get(0),
            ),
        }
    }

    /// What recording an answer to `question_id` reads: the learner's profile as a view
    /// needs it (an unknown learner is `NotFound`), and about the lesson, the steps seen
    /// (None: no row yet), the run the learner is in, the step to resume at and the hints
    /// opened for the answered question since its latest answer in that run (since the
    /// start when none), all in one statement; then each quiz question's runs (one
    /// statement per question). Primary-key lookups and one index range: the cost
    /// follows the lesson, never the history.
    pub fn lesson_now(
        &self,
        learner_id: &str,
        lesson_id: &str,
        question_id: &str,
        questions: &[&str],
    ) -> Result<LessonNow> {
        // The hints opened for the question since its latest answer in this run (all of
        // them before its first), counted in the same statement.
        let (learner, seen, run, resume_step_id, hints) = self
            .query_opt(
                "SELECT nickname, age_band, settings,
                    (SELECT seen FROM lesson_seen_counts WHERE learner_id = ?1 AND lesson_id = ?2),
                    (SELECT run FROM lesson_runs WHERE learner_id = ?1 AND lesson_id = ?2),
                    (SELECT last_step_id FROM lesson_state WHERE learner_id = ?1 AND lesson_id = ?2),
                    (SELECT count(*) FROM hints WHERE learner_id = ?1 AND question_id = ?3
                        AND at_ms > coalesce(
                            (SELECT last_ms FROM question_runs
                             WHERE learner_id = ?1 AND question_id = ?3
                               AND run = coalesce((SELECT run FROM lesson_runs
                                                   WHERE learner_id = ?1 AND lesson_id = ?2), 1)),
                            ?4))
                 FROM learners WHERE id = ?1",
                params![learner_id, lesson_id, question_id, i64::MIN],
                |r| {
                    Ok((
                        self.learner_for_view_from(r)?,
                        r.get::<_, Option<i64>>(3)?.map(|n| n.max(0) as usize),
                        r.get::<_, Option<u32>>(4)?.unwrap_or(1),
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, u32>(6)?,
                    ))
                },
            )?
            .ok_or_else(|| Error::not_found("learner", learner_id))?;
        let runs = self.question_runs(learner_id, questions)?;
        Ok(LessonNow {
            learner,
            seen,
            run,
            resume_step_id,
            hints,
            runs,
        })
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
        if !self.insert_event(event)? {
            return Ok(false);
        }
        // Time spent (kept in `meta`, see `spent_ms!`): an event after the learner's
        // latest (the usual case) adds the gap from it, in one update of the learner's
        // row; a first event makes the row; one before the latest splits the gap between
        // its neighbours.
        let mut later = self.execute(
            concat!(
                "UPDATE meta SET value = ?2 || ' ' || (",
                spent_ms!(),
                " + CASE WHEN ?2 - CAST(value AS INTEGER) <= ?3
                         THEN ?2 - CAST(value AS INTEGER) ELSE 0 END)
                 WHERE key = 'time_spent:' || ?1 AND CAST(value AS INTEGER) <= ?2"
            ),
            params![event.learner_id, event.at_ms, TIME_GAP_MS],
        )?;
        if later == 0 {
            later = self.execute(
                "INSERT INTO meta (key, value) VALUES ('time_spent:' || ?1, ?2 || ' 0')
                 ON CONFLICT (key) DO NOTHING",
                params![event.learner_id, event.at_ms],
            )?;
        }
        if later == 0 {
            let (prev, next): (Option<i64>, Option<i64>) = self.query_one(
                "SELECT (SELECT max(at_ms) FROM events WHERE learner_id = ?1 AND at_ms <= ?2 AND id != ?3),
                        (SELECT min(at_ms) FROM events WHERE learner_id = ?1 AND at_ms >= ?2 AND id != ?3)",
                params![event.learner_id, event.at_ms, event.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            self.execute(
                concat!(
                    "UPDATE meta SET value = CAST(value AS INTEGER) || ' ' || (",
                    spent_ms!(),
                    " + ?2) WHERE key = 'time_spent:' || ?1"
                ),
                params![event.learner_id, time_split(event.at_ms, prev, next)],
            )?;
        }
        let mut pending = Pending::default();
        self.apply(event, &mut pending)?;
        self.flush(&mut pending, true)?;
        Ok(true)
    }

    /// Append many events (a bundle's) in one pass: the events already stored are found
    /// with one read per learner and skipped, the summaries they change are added up in
    /// memory and written once per row, and each learner's time spent is recomputed once.
    /// The result is the same as appending them one by one, in order (derived state does
    /// not depend on the order events arrive in). Returns (added, already here).
    pub fn append_all(&self, events: &[&Event]) -> Result<(u32, u32)> {
        // Which of these ids are stored already: one read of each learner's ids.
        let mut wanted: HashMap<&str, Vec<&str>> = HashMap::default();
        for e in events {
            wanted
                .entry(e.learner_id.as_str())
                .or_default()
                .push(e.id.as_str());
        }
        let mut present: HashSet<&str> = HashSet::default();
        for (learner, ids) in &wanted {
            let ids: HashSet<&str> = ids.iter().copied().collect();
            let mut stmt = self
                .conn
                .prepare_cached("SELECT id FROM events WHERE learner_id = ?1")?;
            let mut rows = stmt.query([learner])?;
            while let Some(row) = rows.next()? {
                let id = row.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
                if let Some(&ours) = ids.get(id) {
                    present.insert(ours);
                }
            }
        }
        let (mut added, mut already) = (0u32, 0u32);
        let mut pending = Pending::default();
        let mut touched: HashSet<&str> = HashSet::default();
        for e in events {
            // An id seen twice in one bundle counts as already here the second time.
            if present.contains(e.id.as_str()) || !self.insert_event(e)? {
                already += 1;
                continue;
            }
            present.insert(e.id.as_str());
            added += 1;
            touched.insert(e.learner_id.as_str());
            self.apply(e, &mut pending)?;
        }
        self.flush(&mut pending, false)?;
        for learner in touched {
            self.recompute_time_spent(learner)?;
        }
        Ok((added, already))
    }

    /// Remember that a learner completed a module of this shape (a fingerprint of what
    /// completing it takes): completion only grows as events arrive, so while the
    /// module's shape stays, it stays complete.
    pub fn mark_module_done(&self, learner_id: &str, module_id: &str, shape: i64) -> Result<()> {
        self.execute(
            "INSERT INTO module_done (learner_id, module_id, shape) VALUES (?1, ?2, ?3)
             ON CONFLICT (learner_id, module_id) DO UPDATE SET shape = excluded.shape",
            params![learner_id, module_id, shape],
        )?;
        Ok(())
    }

    /// Insert the event's row; whether it was new.
    fn insert_event(&self, event: &Event) -> Result<bool> {
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
        if inserted > 0 && event.device_id == self.device_id {
            // This device's latest event time, for the next start (see
            // `latest_event_ms`): written with the write count into their row of
            // `meta`, which every commit rewrites anyway (`Store::write`).
            self.latest_own_event
                .set(self.latest_own_event.get().max(event.at_ms));
        }
        Ok(inserted > 0)
    }

    /// A learner's time spent from all their stored event times, in one ordered read of
    /// the (learner, time) index.
    fn recompute_time_spent(&self, learner_id: &str) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT at_ms FROM events WHERE learner_id = ?1 ORDER BY at_ms")?;
        let mut rows = stmt.query([learner_id])?;
        let (mut total, mut last) = (0i64, None::<i64>);
        while let Some(row) = rows.next()? {
            let t: i64 = row.get(0)?;
            if let Some(p) = last {
                total += counted_gap(t - p);
            }
            last = Some(t);
        }
        if let Some(last) = last {
            self.execute(
                "INSERT INTO meta (key, value) VALUES ('time_spent:' || ?1, ?2 || ' ' || ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![learner_id, last, total],
            )?;
        }
        Ok(())
    }
}

/// What recording an answer reads about its lesson (see [`Db::lesson_now`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LessonNow {
    /// The learner's profile, as a view needs it.
    pub learner: super::LearnerForView,
    /// Distinct steps seen (None: none yet).
    pub seen: Option<usize>,
    /// The run the learner is in (1 until they restart the lesson).
    pub run: u32,
    /// The step the learner last reached.
    pub resume_step_id: Option<String>,
    /// Hints opened for the question answered since its latest answer in this run.
    pub hints: u32,
    /// The lesson's questions' runs.
    pub runs: Vec<super::QuestionRunRow>,
}

/// A learner's summaries of some lessons and questions: (lesson, steps seen) and the
/// questions' runs.
pub type Summaries = (Vec<(String, usize)>, Vec<super::QuestionRunRow>);

/// Gaps between a learner's consecutive events count as time spent up to this long.
pub const TIME_GAP_MS: i64 = 5 * 60 * 1000;

fn counted_gap(gap: i64) -> i64 {
    if gap <= TIME_GAP_MS { gap } else { 0 }
}

/// What adding an event at `t` between its neighbours `prev` and `next` adds to the
/// learner's time spent: it splits the gap between them.
fn time_split(t: i64, prev: Option<i64>, next: Option<i64>) -> i64 {
    match (prev, next) {
        (Some(p), Some(n)) => counted_gap(t - p) + counted_gap(n - t) - counted_gap(n - p),
        (Some(p), None) => counted_gap(t - p),
        (None, Some(n)) => counted_gap(n - t),
        (None, None) => 0,
    }
}

/// Times each option was chosen in wrong answers of a run, by option id: the JSON object
/// in `question_runs.wrong` (keys in order, so a row does not depend on the order events
/// arrive in). Written by an answer and read by a class report as this one type, so the
/// library has one JSON reader for it.
pub type WrongCounts = std::collections::BTreeMap<String, i64>;

/// One question run's answers, added up before they are written.
struct RunDelta {
    answers: i64,
    right: i64,
    first_ms: i64,
    first_score: f64,
    last_ms: i64,
    /// Times each option was chosen in a wrong answer.
    wrong: WrongCounts,
}

/// Summary changes not written yet: each row is written once, however many events
/// change it (a bundle's events), by the same upserts one event would use.
#[derive(Default)]
struct Pending {
    runs: HashMap<(String, String, u32), RunDelta>,
    seen: HashMap<(String, String), i64>,
    /// The latest step per lesson: (step, time).
    last_step: HashMap<(String, String), (String, i64)>,
}

impl DbMut<'_> {
    /// Update derived state for one new event: its own rows now, summaries into `pending`.
    fn apply(&self, event: &Event, pending: &mut Pending) -> Result<()> {
        match &event.kind {
            EventKind::LessonRestarted { lesson_id, run } => {
                // The latest step of this lesson written first, so the restart removes
                // exactly what it would have one event at a time.
                let key = (event.learner_id.clone(), lesson_id.clone());
                if let Some((step, at)) = pending.last_step.remove(&key) {
                    self.write_last_step(&key.0, &key.1, &step, at)?;
                }
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
            // An event id is stored once per learner and time (the key of `events`); one
            // that comes again with another learner or time (only a broken or hostile
            // sender's) is kept as its own event, and its row here is not written twice.
            EventKind::HintShown { question_id } => {
                self.execute(
                    "INSERT OR IGNORE INTO hints (event_id, learner_id, question_id, at_ms) VALUES (?1, ?2, ?3, ?4)",
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
                    "INSERT OR IGNORE INTO check_answers (event_id, learner_id, module_id, phase, question_id, selected, score, at_ms)
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
                let key = (event.learner_id.clone(), lesson_id.clone());
                if new_step > 0 {
                    // Per-lesson counts, so reports over a class need not read every step.
                    *pending.seen.entry(key.clone()).or_default() += 1;
                }
                // Keep the latest step by time, so merged logs agree whatever their order
                // (of equal times, the later event, as the upsert's `>=` does).
                match pending.last_step.get_mut(&key) {
                    Some((step, at)) if event.at_ms >= *at => {
                        step.clone_from(step_id);
                        *at = event.at_ms;
                    }
                    Some(_) => {}
                    None => {
                        pending
                            .last_step
                            .insert(key, (step_id.clone(), event.at_ms));
                    }
                }
            }
            EventKind::Answered {
                question_id,
                selected,
                score,
                correct,
                run,
                ..
            } => {
                // The event is the attempt's only copy (see `Db::attempts`): an answer
                // writes its summaries, not a second row of itself. Summaries for
                // reports, exact whatever order events arrive in.
                let d = pending
                    .runs
                    .entry((event.learner_id.clone(), question_id.clone(), *run))
                    .or_insert(RunDelta {
                        answers: 0,
                        right: 0,
                        first_ms: event.at_ms,
                        first_score: *score,
                        last_ms: event.at_ms,
                        wrong: Default::default(),
                    });
                d.answers += 1;
                d.right += i64::from(*correct);
                if event.at_ms < d.first_ms {
                    (d.first_ms, d.first_score) = (event.at_ms, *score);
                }
                d.last_ms = d.last_ms.max(event.at_ms);
                if !correct {
                    for option in selected {
                        *d.wrong.entry(option.clone()).or_default() += 1;
                    }
                }
            }
        }
        Ok(())
    }

    /// Write the summaries added up in `pending`, one upsert per row. With `existing`
    /// (one event of a learner playing on: its question's run usually has a row), a run
    /// is first updated in place, one lookup of its key instead of an upsert's two, and
    /// inserted only if it had no row.
    fn flush(&self, pending: &mut Pending, existing: bool) -> Result<()> {
        for ((learner, question, run), d) in pending.runs.drain() {
            // The options chosen in wrong answers are counted in the run's own row
            // (`wrong`, a JSON object by option id, keys in order), so a wrong answer
            // writes no page of its own for them: the row's counts read, added to, and
            // written back with the run's other figures.
            let wrong = if d.wrong.is_empty() {
                None
            } else {
                let mut counts: WrongCounts = self
                    .query_opt(
                        "SELECT wrong FROM question_runs
                         WHERE learner_id = ?1 AND question_id = ?2 AND run = ?3",
                        params![learner, question, run],
                        |r| json_column(r.get_ref(0)?.as_str()?),
                    )?
                    .unwrap_or_default();
                for (option, times) in &d.wrong {
                    *counts.entry(option.clone()).or_default() += times;
                }
                Some(serde_json::to_string(&counts)?)
            };
            if existing
                && self.execute(
                    "UPDATE question_runs SET
                        answers = answers + ?4,
                        right = right + ?5,
                        first_score = CASE WHEN ?6 < first_ms THEN ?7 ELSE first_score END,
                        first_ms = min(first_ms, ?6),
                        last_ms = max(coalesce(last_ms, ?8), ?8),
                        wrong = coalesce(?9, wrong)
                     WHERE learner_id = ?1 AND question_id = ?2 AND run = ?3",
                    params![
                        learner,
                        question,
                        run,
                        d.answers,
                        d.right,
                        d.first_ms,
                        d.first_score,
                        d.last_ms,
                        wrong
                    ],
                )? > 0
            {
                continue;
            }
            self.execute(
                "INSERT INTO question_runs (learner_id, question_id, run, answers, right, first_ms, first_score, last_ms, wrong)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce(?9, '{}'))
                 ON CONFLICT (learner_id, question_id, run) DO UPDATE SET
                    answers = answers + excluded.answers,
                    right = right + excluded.right,
                    first_score = CASE WHEN excluded.first_ms < first_ms THEN excluded.first_score ELSE first_score END,
                    first_ms = min(first_ms, excluded.first_ms),
                    last_ms = max(coalesce(last_ms, excluded.last_ms), excluded.last_ms),
                    wrong = coalesce(?9, wrong)",
                params![learner, question, run, d.answers, d.right, d.first_ms, d.first_score, d.last_ms, wrong],
            )?;
        }
        for ((learner, lesson), seen) in pending.seen.drain() {
            self.execute(
                "INSERT INTO lesson_seen_counts (learner_id, lesson_id, seen) VALUES (?1, ?2, ?3)
                 ON CONFLICT (learner_id, lesson_id) DO UPDATE SET seen = seen + excluded.seen",
                params![learner, lesson, seen],
            )?;
        }
        for ((learner, lesson), (step, at)) in pending.last_step.drain() {
            self.write_last_step(&learner, &lesson, &step, at)?;
        }
        Ok(())
    }

    fn write_last_step(&self, learner: &str, lesson: &str, step: &str, at_ms: i64) -> Result<()> {
        self.execute(
            "INSERT INTO lesson_state (learner_id, lesson_id, last_step_id, updated_ms)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
                last_step_id = excluded.last_step_id, updated_ms = excluded.updated_ms
             WHERE excluded.updated_ms >= lesson_state.updated_ms",
            params![learner, lesson, step, at_ms],
        )?;
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
