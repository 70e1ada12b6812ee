//! SQL for classes, groups, assignments, device keys and bundle chunks.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::db::Store;
use crate::error::{Error, Result};

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

/// A class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassRow {
    /// Id.
    pub id: String,
    /// Name, e.g. "Grade 5 B".
    pub name: String,
    /// Last change.
    pub updated_ms: i64,
}

/// A group inside a class.
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentRow {
    /// Id.
    pub id: String,
    /// Module ids.
    pub modules: Vec<String>,
    /// "class", "group" or "learner".
    pub target_kind: String,
    /// Id of the class, group or learner.
    pub target_id: String,
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
        let modules: String = r.get("modules")?;
        Ok(AssignmentRow {
            id: r.get("id")?,
            modules: serde_json::from_str(&modules).unwrap_or_default(),
            target_kind: r.get("target_kind")?,
            target_id: r.get("target_id")?,
            start_ms: r.get("start_ms")?,
            due_ms: r.get("due_ms")?,
            withdrawn: r.get("withdrawn")?,
            updated_ms: r.get("updated_ms")?,
        })
    }
}

fn class_from_row(r: &Row<'_>) -> rusqlite::Result<ClassRow> {
    Ok(ClassRow {
        id: r.get("id")?,
        name: r.get("name")?,
        updated_ms: r.get("updated_ms")?,
    })
}

fn group_from_row(r: &Row<'_>) -> rusqlite::Result<GroupRow> {
    Ok(GroupRow {
        id: r.get("id")?,
        class_id: r.get("class_id")?,
        name: r.get("name")?,
        updated_ms: r.get("updated_ms")?,
    })
}

/// Upsert a class inside a transaction; the newer name wins.
pub fn upsert_class(tx: &Transaction<'_>, c: &ClassRow) -> Result<bool> {
    Ok(tx.execute(
        "INSERT INTO classes (id, name, updated_ms) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_ms = excluded.updated_ms
         WHERE excluded.updated_ms > classes.updated_ms",
        params![c.id, c.name, c.updated_ms],
    )? > 0)
}

/// Upsert a group inside a transaction; the newer version wins.
pub fn upsert_group(tx: &Transaction<'_>, g: &GroupRow) -> Result<bool> {
    Ok(tx.execute(
        "INSERT INTO groups (id, class_id, name, updated_ms) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_ms = excluded.updated_ms
         WHERE excluded.updated_ms > groups.updated_ms",
        params![g.id, g.class_id, g.name, g.updated_ms],
    )? > 0)
}

/// Upsert an assignment inside a transaction; the newer version wins, so devices that
/// receive changes in any order end up with the same assignment.
pub fn upsert_assignment(tx: &Transaction<'_>, a: &AssignmentRow) -> Result<bool> {
    Ok(tx.execute(
        "INSERT INTO assignments (id, modules, target_kind, target_id, start_ms, due_ms, withdrawn, updated_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET modules = excluded.modules, target_kind = excluded.target_kind,
            target_id = excluded.target_id, start_ms = excluded.start_ms, due_ms = excluded.due_ms,
            withdrawn = excluded.withdrawn, updated_ms = excluded.updated_ms
         WHERE excluded.updated_ms > assignments.updated_ms",
        params![
            a.id,
            serde_json::to_string(&a.modules)?,
            a.target_kind,
            a.target_id,
            a.start_ms,
            a.due_ms,
            a.withdrawn,
            a.updated_ms
        ],
    )? > 0)
}

/// Add a learner to a class (nothing if already in it, or if either is unknown here).
pub fn add_class_member(tx: &Transaction<'_>, class_id: &str, learner_id: &str) -> Result<bool> {
    Ok(tx.execute(
        "INSERT OR IGNORE INTO class_members (class_id, learner_id)
         SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM classes WHERE id = ?1)
                         AND EXISTS (SELECT 1 FROM learners WHERE id = ?2)",
        params![class_id, learner_id],
    )? > 0)
}

/// Add a learner to a group (nothing if already in it, or if either is unknown here).
pub fn add_group_member(tx: &Transaction<'_>, group_id: &str, learner_id: &str) -> Result<bool> {
    Ok(tx.execute(
        "INSERT OR IGNORE INTO group_members (group_id, learner_id)
         SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM groups WHERE id = ?1)
                         AND EXISTS (SELECT 1 FROM learners WHERE id = ?2)",
        params![group_id, learner_id],
    )? > 0)
}

impl Store {
    /// All classes by name.
    pub fn classes(&self) -> Result<Vec<ClassRow>> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM classes ORDER BY name, id")?;
        let rows = stmt.query_map([], class_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One class.
    pub fn class(&self, id: &str) -> Result<ClassRow> {
        self.conn
            .query_row("SELECT * FROM classes WHERE id = ?1", [id], class_from_row)
            .optional()?
            .ok_or_else(|| Error::not_found("class", id))
    }

    /// Groups of a class (all classes when `None`).
    pub fn groups(&self, class_id: Option<&str>) -> Result<Vec<GroupRow>> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM groups WHERE ?1 IS NULL OR class_id = ?1 ORDER BY name, id")?;
        let rows = stmt.query_map([class_id], group_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One group.
    pub fn group(&self, id: &str) -> Result<GroupRow> {
        self.conn
            .query_row("SELECT * FROM groups WHERE id = ?1", [id], group_from_row)
            .optional()?
            .ok_or_else(|| Error::not_found("group", id))
    }

    /// The learners of a class, oldest first.
    pub fn class_learners(&self, class_id: &str) -> Result<Vec<super::Learner>> {
        let mut stmt = self.conn.prepare(
            "SELECT l.* FROM class_members m JOIN learners l ON l.id = m.learner_id
             WHERE m.class_id = ?1 ORDER BY l.created_at_ms, l.id",
        )?;
        let rows = stmt.query_map([class_id], super::db::learner_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Learner ids in a class.
    pub fn class_members(&self, class_id: &str) -> Result<Vec<String>> {
        self.ids(
            "SELECT m.learner_id FROM class_members m JOIN learners l ON l.id = m.learner_id
             WHERE m.class_id = ?1 ORDER BY l.created_at_ms, l.id",
            class_id,
        )
    }

    /// Learner ids in a group.
    pub fn group_members(&self, group_id: &str) -> Result<Vec<String>> {
        self.ids(
            "SELECT m.learner_id FROM group_members m JOIN learners l ON l.id = m.learner_id
             WHERE m.group_id = ?1 ORDER BY l.created_at_ms, l.id",
            group_id,
        )
    }

    /// Class ids a learner is in.
    pub fn classes_of(&self, learner_id: &str) -> Result<Vec<String>> {
        self.ids(
            "SELECT class_id FROM class_members WHERE learner_id = ?1 ORDER BY class_id",
            learner_id,
        )
    }

    /// Group ids a learner is in.
    pub fn groups_of(&self, learner_id: &str) -> Result<Vec<String>> {
        self.ids(
            "SELECT group_id FROM group_members WHERE learner_id = ?1 ORDER BY group_id",
            learner_id,
        )
    }

    fn ids(&self, sql: &str, arg: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map([arg], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Remove a learner from a class.
    pub fn remove_class_member(&mut self, class_id: &str, learner_id: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM class_members WHERE class_id = ?1 AND learner_id = ?2",
                params![class_id, learner_id],
            )?;
            tx.execute(
                "DELETE FROM group_members WHERE learner_id = ?2
                 AND group_id IN (SELECT id FROM groups WHERE class_id = ?1)",
                params![class_id, learner_id],
            )?;
            Ok(())
        })
    }

    /// All assignments (withdrawn ones too), newest first.
    pub fn assignments(&self) -> Result<Vec<AssignmentRow>> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM assignments ORDER BY updated_ms DESC, id")?;
        let rows = stmt.query_map([], AssignmentRow::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One assignment.
    pub fn assignment(&self, id: &str) -> Result<AssignmentRow> {
        self.conn
            .query_row(
                "SELECT * FROM assignments WHERE id = ?1",
                [id],
                AssignmentRow::from_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("assignment", id))
    }

    /// The pinned public key of another device, if it was seen before.
    pub fn known_device_key(&self, device_id: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT public_key FROM known_devices WHERE device_id = ?1",
                [device_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// A value from the meta table.
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// Store a received chunk (idempotent). Returns how many chunks of the bundle are here.
    pub fn put_chunk(
        &mut self,
        bundle_id: &str,
        idx: u32,
        total: u32,
        data: &[u8],
        at_ms: i64,
    ) -> Result<u32> {
        self.write(|tx| {
            let other_total: Option<u32> = tx
                .query_row(
                    "SELECT total FROM incoming_chunks WHERE bundle_id = ?1 LIMIT 1",
                    [bundle_id],
                    |r| r.get(0),
                )
                .optional()?;
            if other_total.is_some_and(|t| t != total) {
                return Err(Error::InvalidInput(
                    "this piece does not belong with the pieces already received".into(),
                ));
            }
            tx.execute(
                "INSERT OR IGNORE INTO incoming_chunks (bundle_id, idx, total, data, received_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![bundle_id, idx, total, data, at_ms],
            )?;
            Ok(tx.query_row(
                "SELECT count(*) FROM incoming_chunks WHERE bundle_id = ?1",
                [bundle_id],
                |r| r.get(0),
            )?)
        })
    }

    /// Indexes of the chunks of a bundle received so far.
    pub fn chunk_indexes(&self, bundle_id: &str) -> Result<Vec<u32>> {
        let mut stmt = self
            .conn
            .prepare("SELECT idx FROM incoming_chunks WHERE bundle_id = ?1 ORDER BY idx")?;
        let rows = stmt.query_map([bundle_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// All chunks of a bundle in order.
    pub fn chunks(&self, bundle_id: &str) -> Result<Vec<Vec<u8>>> {
        let mut stmt = self
            .conn
            .prepare("SELECT data FROM incoming_chunks WHERE bundle_id = ?1 ORDER BY idx")?;
        let rows = stmt.query_map([bundle_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Forget a bundle's chunks.
    pub fn drop_chunks(&mut self, bundle_id: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM incoming_chunks WHERE bundle_id = ?1",
                [bundle_id],
            )?;
            Ok(())
        })
    }

    /// Per learner, question and run of a class: `(learner, question, run, answers,
    /// right answers, first score)`.
    pub fn question_runs_in_class(&self, class_id: &str) -> Result<Vec<QuestionRunRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT q.learner_id, q.question_id, q.run, q.answers, q.right, q.first_score
             FROM class_members m JOIN question_runs q ON q.learner_id = m.learner_id
             WHERE m.class_id = ?1",
        )?;
        let rows = stmt.query_map([class_id], |r| {
            Ok(QuestionRunRow {
                learner_id: r.get(0)?,
                question_id: r.get(1)?,
                run: r.get(2)?,
                answers: r.get(3)?,
                right: r.get(4)?,
                first_score: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How often each wrong option was chosen by a class: `(question, option, times)`.
    pub fn wrong_choices_in_class(&self, class_id: &str) -> Result<Vec<(String, String, u32)>> {
        let mut stmt = self.conn.prepare(
            "SELECT w.question_id, w.option_id, sum(w.times)
             FROM class_members m JOIN wrong_choices w ON w.learner_id = m.learner_id
             WHERE m.class_id = ?1 GROUP BY w.question_id, w.option_id",
        )?;
        let rows = stmt.query_map([class_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Steps seen per learner and lesson in a class: `(learner, lesson, count)`.
    pub fn steps_seen_counts_in_class(
        &self,
        class_id: &str,
    ) -> Result<Vec<(String, String, usize)>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.learner_id, s.lesson_id, s.seen
             FROM class_members m JOIN lesson_seen_counts s ON s.learner_id = m.learner_id
             WHERE m.class_id = ?1",
        )?;
        let rows = stmt.query_map([class_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as usize))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Time spent per learner of a class (kept up to date as events arrive; see
    /// `db::TIME_GAP_MS`).
    pub fn time_spent_in_class(&self, class_id: &str) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT t.learner_id, t.spent_ms FROM class_members m
             JOIN learner_time t ON t.learner_id = m.learner_id WHERE m.class_id = ?1",
        )?;
        let rows = stmt.query_map([class_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Class and group memberships of a class's learners: `(learner, "class"|"group", id)`.
    pub fn memberships_in_class(&self, class_id: &str) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.learner_id, 'class', c.class_id FROM class_members m
                JOIN class_members c ON c.learner_id = m.learner_id WHERE m.class_id = ?1
             UNION ALL
             SELECT g.learner_id, 'group', g.group_id FROM class_members m
                JOIN group_members g ON g.learner_id = m.learner_id WHERE m.class_id = ?1",
        )?;
        let rows = stmt.query_map([class_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
