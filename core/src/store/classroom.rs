//! SQL for classes, groups, assignments, and the per-class summaries reports read.

use rusqlite::{Row, params};
use serde::{Deserialize, Serialize};

use super::{Db, DbMut, Learner, json_column};
use crate::error::{Error, Result};
use crate::views::{AssignmentTarget, TargetKind};

/// One learner's answers to one question in one run of its lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionRunRow {
    /// Learner.
    pub learner_id: String,
    /// Question.
    pub question_id: String,
    /// Run.
    pub run: u32,
    /// Answers given.
    pub answers: u32,
    /// Of those, fully right.
    pub right: u32,
    /// Score of the first answer in the run.
    pub first_score: f64,
}

impl QuestionRunRow {
    /// From `learner_id, question_id, run, answers, right, first_score`.
    pub(super) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(QuestionRunRow {
            learner_id: r.get(0)?,
            question_id: r.get(1)?,
            run: r.get(2)?,
            answers: r.get(3)?,
            right: r.get(4)?,
            first_score: r.get(5)?,
        })
    }
}

/// How often a class chose a wrong option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongChoice {
    /// Question.
    pub question_id: String,
    /// The wrong option.
    pub option_id: String,
    /// Times chosen.
    pub times: u32,
}

/// Steps a learner saw in one lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenCount {
    /// Learner.
    pub learner_id: String,
    /// Lesson.
    pub lesson_id: String,
    /// Distinct steps seen.
    pub seen: usize,
}

/// A learner's membership of a class or a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// Learner.
    pub learner_id: String,
    /// A class or a group (never a learner).
    pub of: AssignmentTarget,
}

/// A class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassRow {
    /// Id.
    pub id: String,
    /// Name, e.g. "Grade 5 B".
    pub name: String,
    /// Last change.
    pub updated_ms: i64,
}

/// A group inside a class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRow {
    /// Id.
    pub id: String,
    /// Its class.
    pub class_id: String,
    /// Name.
    pub name: String,
    /// Last change.
    pub updated_ms: i64,
}

/// An assignment of modules to a class, a group or a learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignmentRow {
    /// Id.
    pub id: String,
    /// Module ids.
    pub modules: Vec<String>,
    /// The class, group or learner.
    pub target: AssignmentTarget,
    /// Shown from.
    pub start_ms: Option<i64>,
    /// Due.
    pub due_ms: Option<i64>,
    /// Withdrawn by the teacher.
    pub withdrawn: bool,
    /// Last change (the newest version wins when devices exchange).
    pub updated_ms: i64,
}

impl AssignmentRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(AssignmentRow {
            id: r.get(0)?,
            modules: json_column(&r.get::<_, String>(1)?)?,
            target: AssignmentTarget::from_parts(r.get(2)?, r.get(3)?),
            start_ms: r.get(4)?,
            due_ms: r.get(5)?,
            withdrawn: r.get(6)?,
            updated_ms: r.get(7)?,
        })
    }
}

const ASSIGNMENT_COLUMNS: &str =
    "id, modules, target_kind, target_id, start_ms, due_ms, withdrawn, updated_ms";

fn class_from_row(r: &Row<'_>) -> rusqlite::Result<ClassRow> {
    Ok(ClassRow {
        id: r.get(0)?,
        name: r.get(1)?,
        updated_ms: r.get(2)?,
    })
}

fn group_from_row(r: &Row<'_>) -> rusqlite::Result<GroupRow> {
    Ok(GroupRow {
        id: r.get(0)?,
        class_id: r.get(1)?,
        name: r.get(2)?,
        updated_ms: r.get(3)?,
    })
}

impl Db<'_> {
    /// All classes by name.
    pub fn classes(&self) -> Result<Vec<ClassRow>> {
        self.query_vec(
            "SELECT id, name, updated_ms FROM classes ORDER BY name, id",
            [],
            class_from_row,
        )
    }

    /// One class.
    pub fn class(&self, id: &str) -> Result<ClassRow> {
        self.query_opt(
            "SELECT id, name, updated_ms FROM classes WHERE id = ?1",
            [id],
            class_from_row,
        )?
        .ok_or_else(|| Error::not_found("class", id))
    }

    /// Groups of a class (all classes when `None`).
    pub fn groups(&self, class_id: Option<&str>) -> Result<Vec<GroupRow>> {
        self.query_vec(
            "SELECT id, class_id, name, updated_ms FROM groups
             WHERE ?1 IS NULL OR class_id = ?1 ORDER BY name, id",
            [class_id],
            group_from_row,
        )
    }

    /// One group.
    pub fn group(&self, id: &str) -> Result<GroupRow> {
        self.query_opt(
            "SELECT id, class_id, name, updated_ms FROM groups WHERE id = ?1",
            [id],
            group_from_row,
        )?
        .ok_or_else(|| Error::not_found("group", id))
    }

    /// The learners of a class, oldest first.
    pub fn class_learners(&self, class_id: &str) -> Result<Vec<Learner>> {
        self.query_vec(
            "SELECT l.id, l.nickname, l.avatar, l.created_at_ms, l.age_band, l.settings,
                    l.picture_password, l.origin_device
             FROM class_members m JOIN learners l ON l.id = m.learner_id
             WHERE m.class_id = ?1 ORDER BY l.created_at_ms, l.id",
            [class_id],
            Learner::from_row,
        )
    }

    /// Learner ids in a class.
    pub fn class_members(&self, class_id: &str) -> Result<Vec<String>> {
        self.query_vec(
            "SELECT m.learner_id FROM class_members m JOIN learners l ON l.id = m.learner_id
             WHERE m.class_id = ?1 ORDER BY l.created_at_ms, l.id",
            [class_id],
            |r| r.get(0),
        )
    }

    /// Learner ids in a group.
    pub fn group_members(&self, group_id: &str) -> Result<Vec<String>> {
        self.query_vec(
            "SELECT m.learner_id FROM group_members m JOIN learners l ON l.id = m.learner_id
             WHERE m.group_id = ?1 ORDER BY l.created_at_ms, l.id",
            [group_id],
            |r| r.get(0),
        )
    }

    /// Class ids a learner is in.
    pub fn classes_of(&self, learner_id: &str) -> Result<Vec<String>> {
        self.query_vec(
            "SELECT class_id FROM class_members WHERE learner_id = ?1 ORDER BY class_id",
            [learner_id],
            |r| r.get(0),
        )
    }

    /// Group ids a learner is in.
    pub fn groups_of(&self, learner_id: &str) -> Result<Vec<String>> {
        self.query_vec(
            "SELECT group_id FROM group_members WHERE learner_id = ?1 ORDER BY group_id",
            [learner_id],
            |r| r.get(0),
        )
    }

    /// All assignments (withdrawn ones too), newest first.
    pub fn assignments(&self) -> Result<Vec<AssignmentRow>> {
        self.query_vec(
            &format!("SELECT {ASSIGNMENT_COLUMNS} FROM assignments ORDER BY updated_ms DESC, id"),
            [],
            AssignmentRow::from_row,
        )
    }

    /// One assignment.
    pub fn assignment(&self, id: &str) -> Result<AssignmentRow> {
        self.query_opt(
            &format!("SELECT {ASSIGNMENT_COLUMNS} FROM assignments WHERE id = ?1"),
            [id],
            AssignmentRow::from_row,
        )?
        .ok_or_else(|| Error::not_found("assignment", id))
    }

    /// A class's answers, in one read of their runs: per learner, question and run, the
    /// answers, right answers and first score; and per question and option, how often
    /// it was chosen in a wrong answer (the runs' counts, `question_runs.wrong`, from
    /// schema 11, plus those kept before in `wrong_choices`).
    pub fn answers_in_class(
        &self,
        class_id: &str,
    ) -> Result<(Vec<QuestionRunRow>, Vec<WrongChoice>)> {
        let mut totals: rustc_hash::FxHashMap<(String, String), u32> = Default::default();
        let mut runs = Vec::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT q.learner_id, q.question_id, q.run, q.answers, q.right, q.first_score,
                        q.wrong
                 FROM class_members m JOIN question_runs q ON q.learner_id = m.learner_id
                 WHERE m.class_id = ?1",
            )?;
            let mut rows = stmt.query([class_id])?;
            while let Some(r) = rows.next()? {
                let run = QuestionRunRow::from_row(r)?;
                let wrong = r.get_ref(6)?.as_str().map_err(rusqlite::Error::from)?;
                if wrong != "{}" {
                    let counts: super::events::WrongCounts = super::json_column(wrong)?;
                    for (option, times) in counts {
                        let times = u32::try_from(times.max(0)).unwrap_or(u32::MAX);
                        *totals.entry((run.question_id.clone(), option)).or_default() += times;
                    }
                }
                runs.push(run);
            }
        }
        let before: Vec<(String, String, u32)> = self.query_vec(
            "SELECT w.question_id, w.option_id, sum(w.times)
             FROM class_members m JOIN wrong_choices w ON w.learner_id = m.learner_id
             WHERE m.class_id = ?1 GROUP BY w.question_id, w.option_id",
            [class_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        for (question, option, times) in before {
            *totals.entry((question, option)).or_default() += times;
        }
        let mut wrong: Vec<WrongChoice> = totals
            .into_iter()
            .map(|((question_id, option_id), times)| WrongChoice {
                question_id,
                option_id,
                times,
            })
            .collect();
        wrong.sort_by(|a, b| (&a.question_id, &a.option_id).cmp(&(&b.question_id, &b.option_id)));
        Ok((runs, wrong))
    }

    /// Steps seen per learner and lesson in a class.
    pub fn steps_seen_counts_in_class(&self, class_id: &str) -> Result<Vec<SeenCount>> {
        self.query_vec(
            "SELECT s.learner_id, s.lesson_id, s.seen
             FROM class_members m JOIN lesson_seen_counts s ON s.learner_id = m.learner_id
             WHERE m.class_id = ?1",
            [class_id],
            |r| {
                Ok(SeenCount {
                    learner_id: r.get(0)?,
                    lesson_id: r.get(1)?,
                    seen: r.get::<_, i64>(2)?.max(0) as usize,
                })
            },
        )
    }

    /// Time spent per learner of a class (kept up to date as events arrive; see
    /// [`super::TIME_GAP_MS`]): `(learner, ms)`.
    pub fn time_spent_in_class(&self, class_id: &str) -> Result<Vec<(String, i64)>> {
        self.query_vec(
            concat!(
                "SELECT m.learner_id, ",
                super::events::spent_ms!(),
                " FROM class_members m
                 JOIN meta ON key = 'time_spent:' || m.learner_id WHERE m.class_id = ?1"
            ),
            [class_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Class and group memberships of a class's learners.
    pub fn memberships_in_class(&self, class_id: &str) -> Result<Vec<Membership>> {
        self.query_vec(
            "SELECT c.learner_id, 'class', c.class_id FROM class_members m
                JOIN class_members c ON c.learner_id = m.learner_id WHERE m.class_id = ?1
             UNION ALL
             SELECT g.learner_id, 'group', g.group_id FROM class_members m
                JOIN group_members g ON g.learner_id = m.learner_id WHERE m.class_id = ?1",
            [class_id],
            |r| {
                Ok(Membership {
                    learner_id: r.get(0)?,
                    of: AssignmentTarget::from_parts(r.get::<_, TargetKind>(1)?, r.get(2)?),
                })
            },
        )
    }
}

impl DbMut<'_> {
    /// Upsert a class; the newer name wins. Returns whether anything changed.
    pub fn upsert_class(&self, c: &ClassRow) -> Result<bool> {
        Ok(self.execute(
            "INSERT INTO classes (id, name, updated_ms) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_ms = excluded.updated_ms
             WHERE excluded.updated_ms > classes.updated_ms",
            params![c.id, c.name, c.updated_ms],
        )? > 0)
    }

    /// Upsert a group; the newer version wins.
    pub fn upsert_group(&self, g: &GroupRow) -> Result<bool> {
        Ok(self.execute(
            "INSERT INTO groups (id, class_id, name, updated_ms) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_ms = excluded.updated_ms
             WHERE excluded.updated_ms > groups.updated_ms",
            params![g.id, g.class_id, g.name, g.updated_ms],
        )? > 0)
    }

    /// Upsert an assignment; the newer version wins, so devices that receive changes in
    /// any order end up with the same assignment.
    pub fn upsert_assignment(&self, a: &AssignmentRow) -> Result<bool> {
        let (kind, target) = a.target.parts();
        Ok(self.execute(
            "INSERT INTO assignments (id, modules, target_kind, target_id, start_ms, due_ms, withdrawn, updated_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (id) DO UPDATE SET modules = excluded.modules, target_kind = excluded.target_kind,
                target_id = excluded.target_id, start_ms = excluded.start_ms, due_ms = excluded.due_ms,
                withdrawn = excluded.withdrawn, updated_ms = excluded.updated_ms
             WHERE excluded.updated_ms > assignments.updated_ms",
            params![
                a.id,
                serde_json::to_string(&a.modules)?,
                kind,
                target,
                a.start_ms,
                a.due_ms,
                a.withdrawn,
                a.updated_ms
            ],
        )? > 0)
    }

    /// Add a learner to a class (nothing if already in it, or if either is unknown here).
    pub fn add_class_member(&self, class_id: &str, learner_id: &str) -> Result<bool> {
        Ok(self.execute(
            "INSERT OR IGNORE INTO class_members (class_id, learner_id)
             SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM classes WHERE id = ?1)
                             AND EXISTS (SELECT 1 FROM learners WHERE id = ?2)",
            params![class_id, learner_id],
        )? > 0)
    }

    /// Add a learner to a group (nothing if already in it, or if either is unknown here).
    pub fn add_group_member(&self, group_id: &str, learner_id: &str) -> Result<bool> {
        Ok(self.execute(
            "INSERT OR IGNORE INTO group_members (group_id, learner_id)
             SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM groups WHERE id = ?1)
                             AND EXISTS (SELECT 1 FROM learners WHERE id = ?2)",
            params![group_id, learner_id],
        )? > 0)
    }

    /// Remove a learner from a class and from its groups.
    pub fn remove_class_member(&self, class_id: &str, learner_id: &str) -> Result<()> {
        self.execute(
            "DELETE FROM class_members WHERE class_id = ?1 AND learner_id = ?2",
            params![class_id, learner_id],
        )?;
        self.execute(
            "DELETE FROM group_members WHERE learner_id = ?2
             AND group_id IN (SELECT id FROM groups WHERE class_id = ?1)",
            params![class_id, learner_id],
        )?;
        Ok(())
    }
}
