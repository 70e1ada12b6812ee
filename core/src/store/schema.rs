//! Schema migrations, keyed on `PRAGMA user_version`, and the database's identity.
//!
//! Append a migration; never edit one that has shipped. All pending migrations run in
//! one transaction that holds the write lock from its start ([`upgrade`]), so a second
//! process opening the same file waits and then finds nothing left to do. A database
//! whose `user_version` is above [`LATEST`] was written by a newer app and is refused.
//!
//! Every SafeSteps database carries [`APPLICATION_ID`] in its header (`PRAGMA
//! application_id`) and a random database id in `meta` (`database_id`), both written in
//! the transaction that creates the schema; see
//! docs/decisions/0014-database-identity-and-recovery.md.

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::error::Result;

/// The `meta` key of the row every write transaction updates (see `Store::write`): its
/// value is "<write transactions committed so far> <time of the newest event recorded on
/// this device, ms>" (from schema 11; before, the time had a row of its own,
/// `latest_event_ms`). The count is the value read as an integer.
pub const WRITE_COUNT_KEY: &str = "write_count";

/// Counts a write and keeps the time of this device's latest event (`?1`: the newest
/// written by this transaction, 0 if none; never moved back), in the one row of `meta`
/// every commit rewrites (see `Store::write`).
pub(crate) const COUNT_WRITE: &str = "UPDATE meta
    SET value = (CAST(value AS INTEGER) + 1) || ' ' ||
        max(?1, CAST(substr(value, instr(value, ' ') + 1) AS INTEGER))
    WHERE key = 'write_count'";

/// `PRAGMA application_id` of every SafeSteps database: the ASCII bytes "SSt1"
/// (0x53537431), at offset 68 of the file header. Not in SQLite's registry of
/// application ids (magic.txt) and never 0, the value of a database that set none.
pub const APPLICATION_ID: i32 = 0x5353_7431;

/// The `meta` key of the random id made when the database is created.
pub const DATABASE_ID_KEY: &str = "database_id";

/// The SQL of every migration in order; index + 1 is the `user_version` it produces.
pub const UP: [&str; 11] = [
    // 1: learners, the append-only event log, and quiz attempts derived from it.
        "CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE learners (
            id            TEXT PRIMARY KEY,
            nickname      TEXT NOT NULL,
            avatar        TEXT NOT NULL,
            created_at_ms INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE events (
            id         TEXT PRIMARY KEY,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            device_id  TEXT NOT NULL,
            at_ms      INTEGER NOT NULL,
            kind       TEXT NOT NULL,
            payload    TEXT NOT NULL
        ) STRICT;
        CREATE INDEX events_by_learner ON events(learner_id, at_ms);
        CREATE TABLE attempts (
            event_id    TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            lesson_id   TEXT NOT NULL,
            question_id TEXT NOT NULL,
            selected    TEXT NOT NULL,
            score       REAL NOT NULL,
            correct     INTEGER NOT NULL,
            at_ms       INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX attempts_by_question ON attempts(learner_id, question_id);",
    // 2: resume where a child left off (steps seen, last step), and richer attempts.
        "CREATE TABLE steps_seen (
            learner_id    TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            lesson_id     TEXT NOT NULL,
            step_id       TEXT NOT NULL,
            first_seen_ms INTEGER NOT NULL,
            PRIMARY KEY (learner_id, step_id)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE lesson_state (
            learner_id   TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            lesson_id    TEXT NOT NULL,
            last_step_id TEXT NOT NULL,
            updated_ms   INTEGER NOT NULL,
            PRIMARY KEY (learner_id, lesson_id)
        ) STRICT, WITHOUT ROWID;
        ALTER TABLE attempts ADD COLUMN time_taken_ms INTEGER;
        ALTER TABLE attempts ADD COLUMN hints_used INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX attempts_by_lesson ON attempts(learner_id, lesson_id);",
    // 3: learner profiles and settings, sign-in, lesson runs, hints, knowledge checks,
    //    badges, and the teacher PIN with its attempt limit.
        "ALTER TABLE learners ADD COLUMN age_band TEXT;
        ALTER TABLE learners ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE learners ADD COLUMN picture_password TEXT;
        CREATE TABLE secret_failures (
            subject       TEXT PRIMARY KEY,
            failures      INTEGER NOT NULL,
            last_failure_ms INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE teacher (
            id       INTEGER PRIMARY KEY CHECK (id = 1),
            pin_hash TEXT NOT NULL
        ) STRICT;
        CREATE TABLE lesson_runs (
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            lesson_id  TEXT NOT NULL,
            run        INTEGER NOT NULL,
            started_ms INTEGER NOT NULL,
            PRIMARY KEY (learner_id, lesson_id)
        ) STRICT, WITHOUT ROWID;
        ALTER TABLE attempts ADD COLUMN run INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE hints (
            event_id    TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            at_ms       INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX hints_by_question ON hints(learner_id, question_id, at_ms);
        CREATE TABLE check_answers (
            event_id    TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            module_id   TEXT NOT NULL,
            phase       TEXT NOT NULL,
            question_id TEXT NOT NULL,
            selected    TEXT NOT NULL,
            score       REAL NOT NULL,
            at_ms       INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX check_answers_by_module ON check_answers(learner_id, module_id, phase);",
    // 4: classes, groups, assignments; device keys and incoming bundle chunks for
    //    device-to-device exchange; where a learner profile came from.
        "CREATE TABLE classes (
            id         TEXT PRIMARY KEY,
            name       TEXT NOT NULL,
            updated_ms INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE groups (
            id         TEXT PRIMARY KEY,
            class_id   TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            name       TEXT NOT NULL,
            updated_ms INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE class_members (
            class_id   TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            PRIMARY KEY (class_id, learner_id)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE group_members (
            group_id   TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            PRIMARY KEY (group_id, learner_id)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE assignments (
            id          TEXT PRIMARY KEY,
            modules     TEXT NOT NULL,
            target_kind TEXT NOT NULL,
            target_id   TEXT NOT NULL,
            start_ms    INTEGER,
            due_ms      INTEGER,
            withdrawn   INTEGER NOT NULL DEFAULT 0,
            updated_ms  INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE known_devices (
            device_id     TEXT PRIMARY KEY,
            public_key    TEXT NOT NULL,
            first_seen_ms INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE incoming_chunks (
            bundle_id   TEXT NOT NULL,
            idx         INTEGER NOT NULL,
            total       INTEGER NOT NULL,
            data        BLOB NOT NULL,
            received_ms INTEGER NOT NULL,
            PRIMARY KEY (bundle_id, idx)
        ) STRICT;
        ALTER TABLE learners ADD COLUMN origin_device TEXT;
        ALTER TABLE teacher ADD COLUMN recovery_hash TEXT;
        CREATE TABLE lesson_seen_counts (
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            lesson_id  TEXT NOT NULL,
            seen       INTEGER NOT NULL,
            PRIMARY KEY (learner_id, lesson_id)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO lesson_seen_counts (learner_id, lesson_id, seen)
            SELECT learner_id, lesson_id, count(*) FROM steps_seen GROUP BY learner_id, lesson_id;
        CREATE TABLE question_runs (
            learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            run         INTEGER NOT NULL,
            answers     INTEGER NOT NULL,
            right       INTEGER NOT NULL,
            first_ms    INTEGER NOT NULL,
            first_score REAL NOT NULL,
            PRIMARY KEY (learner_id, question_id, run)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO question_runs (learner_id, question_id, run, answers, right, first_ms, first_score)
            SELECT learner_id, question_id, run, count(*), sum(correct), min(at_ms),
                   (SELECT score FROM attempts b WHERE b.learner_id = a.learner_id
                      AND b.question_id = a.question_id AND b.run = a.run
                    ORDER BY b.at_ms, b.rowid LIMIT 1)
            FROM attempts a GROUP BY learner_id, question_id, run;
        CREATE TABLE learner_time (
            learner_id TEXT PRIMARY KEY REFERENCES learners(id) ON DELETE CASCADE,
            spent_ms   INTEGER NOT NULL
        ) STRICT;
        INSERT INTO learner_time (learner_id, spent_ms)
            SELECT learner_id, coalesce(sum(CASE WHEN gap <= 300000 THEN gap ELSE 0 END), 0) FROM (
                SELECT learner_id, at_ms - lag(at_ms) OVER (PARTITION BY learner_id ORDER BY at_ms) AS gap
                FROM events)
            GROUP BY learner_id;
        CREATE TABLE wrong_choices (
            learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            option_id   TEXT NOT NULL,
            times       INTEGER NOT NULL,
            PRIMARY KEY (learner_id, question_id, option_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX attempts_by_learner_time ON attempts(learner_id, at_ms);",
    // 5: indexes for lookups that scanned whole tables: this device's latest event at
    //    every open, a class's groups, and a learner's classes and groups.
        "CREATE INDEX events_by_device_time ON events(device_id, at_ms);
        CREATE INDEX groups_by_class ON groups(class_id);
        CREATE INDEX class_members_by_learner ON class_members(learner_id);
        CREATE INDEX group_members_by_learner ON group_members(learner_id);",
    // 6: device pairing (who may send what) and erasures that travel between devices.
    //    Keys pinned before pairing existed give no authority: their devices pair again.
        "ALTER TABLE known_devices ADD COLUMN role TEXT;
        ALTER TABLE known_devices ADD COLUMN paired_ms INTEGER;
        CREATE TABLE erased_learners (
            learner_id TEXT PRIMARY KEY,
            erased_ms  INTEGER NOT NULL,
            by_device  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX incoming_chunks_by_time ON incoming_chunks(received_ms);",
    // 7: an answer writes fewer pages and reads no history (decision 0016): the time of
    //    the latest answer in a run kept in its summary (hints are counted from it, which
    //    read every attempt of the question); `attempts` without a rowid and without two
    //    indexes no query used (each answer wrote five b-trees, now two); `learner_time`
    //    without a rowid (one b-tree, not two, written at every event) and with the
    //    learner's latest event time (an event after it, the usual case, adds its gap
    //    without reading events); `module_done`: modules a learner completed, with the
    //    shape of the module they were completed in (completion only grows while the
    //    shape stays), so an answer in a completed module reads one row, not the module.
        "ALTER TABLE question_runs ADD COLUMN last_ms INTEGER;
        UPDATE question_runs SET last_ms = (
            SELECT max(at_ms) FROM attempts a WHERE a.learner_id = question_runs.learner_id
              AND a.question_id = question_runs.question_id AND a.run = question_runs.run);
        CREATE TABLE attempts_7 (
            event_id      TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            learner_id    TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            lesson_id     TEXT NOT NULL,
            question_id   TEXT NOT NULL,
            selected      TEXT NOT NULL,
            score         REAL NOT NULL,
            correct       INTEGER NOT NULL,
            at_ms         INTEGER NOT NULL,
            time_taken_ms INTEGER,
            hints_used    INTEGER NOT NULL DEFAULT 0,
            run           INTEGER NOT NULL DEFAULT 1
        ) STRICT, WITHOUT ROWID;
        INSERT INTO attempts_7 (event_id, learner_id, lesson_id, question_id, selected, score,
                                correct, at_ms, time_taken_ms, hints_used, run)
            SELECT event_id, learner_id, lesson_id, question_id, selected, score,
                   correct, at_ms, time_taken_ms, hints_used, run FROM attempts;
        DROP TABLE attempts;
        ALTER TABLE attempts_7 RENAME TO attempts;
        CREATE INDEX attempts_by_question ON attempts(learner_id, question_id);
        CREATE TABLE learner_time_7 (
            learner_id TEXT PRIMARY KEY REFERENCES learners(id) ON DELETE CASCADE,
            spent_ms   INTEGER NOT NULL,
            last_ms    INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
        INSERT INTO learner_time_7 (learner_id, spent_ms, last_ms)
            SELECT e.learner_id,
                   coalesce((SELECT spent_ms FROM learner_time t WHERE t.learner_id = e.learner_id), 0),
                   max(e.at_ms)
            FROM events e GROUP BY e.learner_id;
        DROP TABLE learner_time;
        ALTER TABLE learner_time_7 RENAME TO learner_time;
        CREATE TABLE module_done (
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            module_id  TEXT NOT NULL,
            shape      INTEGER NOT NULL,
            PRIMARY KEY (learner_id, module_id)
        ) STRICT, WITHOUT ROWID;",
    // 8: an answer writes what a single-row insert writes, plus its summaries (decision
    //    0029). This device's latest event time moves into `meta` (whose page every
    //    commit rewrites), so `events_by_device_time`, one more b-tree written at every
    //    event for one read at each start, goes; the value is taken from it first. (New
    //    answers are no longer copied into `attempts`: their events are the one copy, and
    //    the rows already there stay, so nothing written is lost.)
        "INSERT OR REPLACE INTO meta (key, value)
            SELECT 'latest_event_ms', CAST(coalesce(max(at_ms), 0) AS TEXT) FROM events
            WHERE device_id = (SELECT value FROM meta WHERE key = 'device_id');
        DROP INDEX events_by_device_time;",
    // 9: `events` without a rowid, keyed by its id (decision 0029): one b-tree, not two
    //    (the rows and their key index), written at every event; with time-ordered ids
    //    each event goes at the end of it. SQLite's table rebuild, so that no foreign key
    //    action ever fires: the new `events` and the three tables whose rows point at an
    //    event (`attempts`, `hints`, `check_answers`) are made and filled first, the new
    //    children pointing at the new `events`; then the old ones are dropped (children
    //    first, so dropping the old `events` deletes nothing through a cascade) and the
    //    new ones renamed (which updates the children's references to the new name).
    //    Every row is kept.
        "CREATE TABLE events_9 (
            id         TEXT PRIMARY KEY,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            device_id  TEXT NOT NULL,
            at_ms      INTEGER NOT NULL,
            kind       TEXT NOT NULL,
            payload    TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        INSERT INTO events_9 (id, learner_id, device_id, at_ms, kind, payload)
            SELECT id, learner_id, device_id, at_ms, kind, payload FROM events ORDER BY id;
        CREATE TABLE attempts_9 (
            event_id      TEXT PRIMARY KEY REFERENCES events_9(id) ON DELETE CASCADE,
            learner_id    TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            lesson_id     TEXT NOT NULL,
            question_id   TEXT NOT NULL,
            selected      TEXT NOT NULL,
            score         REAL NOT NULL,
            correct       INTEGER NOT NULL,
            at_ms         INTEGER NOT NULL,
            time_taken_ms INTEGER,
            hints_used    INTEGER NOT NULL DEFAULT 0,
            run           INTEGER NOT NULL DEFAULT 1
        ) STRICT, WITHOUT ROWID;
        INSERT INTO attempts_9 SELECT event_id, learner_id, lesson_id, question_id, selected,
            score, correct, at_ms, time_taken_ms, hints_used, run FROM attempts;
        CREATE TABLE hints_9 (
            event_id    TEXT PRIMARY KEY REFERENCES events_9(id) ON DELETE CASCADE,
            learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            at_ms       INTEGER NOT NULL
        ) STRICT;
        INSERT INTO hints_9 (event_id, learner_id, question_id, at_ms)
            SELECT event_id, learner_id, question_id, at_ms FROM hints ORDER BY rowid;
        CREATE TABLE check_answers_9 (
            event_id    TEXT PRIMARY KEY REFERENCES events_9(id) ON DELETE CASCADE,
            learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            module_id   TEXT NOT NULL,
            phase       TEXT NOT NULL,
            question_id TEXT NOT NULL,
            selected    TEXT NOT NULL,
            score       REAL NOT NULL,
            at_ms       INTEGER NOT NULL
        ) STRICT;
        INSERT INTO check_answers_9 (event_id, learner_id, module_id, phase, question_id,
                                     selected, score, at_ms)
            SELECT event_id, learner_id, module_id, phase, question_id, selected, score, at_ms
            FROM check_answers ORDER BY rowid;
        DROP TABLE attempts;
        DROP TABLE hints;
        DROP TABLE check_answers;
        DROP TABLE events;
        ALTER TABLE events_9 RENAME TO events;
        ALTER TABLE attempts_9 RENAME TO attempts;
        ALTER TABLE hints_9 RENAME TO hints;
        ALTER TABLE check_answers_9 RENAME TO check_answers;
        CREATE INDEX events_by_learner ON events(learner_id, at_ms);
        CREATE INDEX attempts_by_question ON attempts(learner_id, question_id);
        CREATE INDEX hints_by_question ON hints(learner_id, question_id, at_ms);
        CREATE INDEX check_answers_by_module ON check_answers(learner_id, module_id, phase);",
    // 10: `events` keyed by learner, time and id (decision 0029): the rows a learner's
    //    reads want are together in key order, and the `events_by_learner` index, a
    //    second b-tree written at every event (one more page per answer, 6% of its
    //    instructions), goes. Nothing reads an event by its id alone, so the rows that
    //    belong to an event (`attempts`, `hints`, `check_answers`) no longer name it as a
    //    foreign key (SQLite wants a unique index on a parent key): they go with their
    //    learner, as the events do (erasing a learner deletes both through `learners`).
    //    The same rebuild as 9: new tables filled first, old ones dropped children first.
    //    Every row is kept.
        "CREATE TABLE events_10 (
            id         TEXT NOT NULL,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            device_id  TEXT NOT NULL,
            at_ms      INTEGER NOT NULL,
            kind       TEXT NOT NULL,
            payload    TEXT NOT NULL,
            PRIMARY KEY (learner_id, at_ms, id)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO events_10 (id, learner_id, device_id, at_ms, kind, payload)
            SELECT id, learner_id, device_id, at_ms, kind, payload FROM events
            ORDER BY learner_id, at_ms, id;
        CREATE TABLE attempts_10 (
            event_id      TEXT PRIMARY KEY,
            learner_id    TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            lesson_id     TEXT NOT NULL,
            question_id   TEXT NOT NULL,
            selected      TEXT NOT NULL,
            score         REAL NOT NULL,
            correct       INTEGER NOT NULL,
            at_ms         INTEGER NOT NULL,
            time_taken_ms INTEGER,
            hints_used    INTEGER NOT NULL DEFAULT 0,
            run           INTEGER NOT NULL DEFAULT 1
        ) STRICT, WITHOUT ROWID;
        INSERT INTO attempts_10 SELECT event_id, learner_id, lesson_id, question_id, selected,
            score, correct, at_ms, time_taken_ms, hints_used, run FROM attempts;
        CREATE TABLE hints_10 (
            event_id    TEXT PRIMARY KEY,
            learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            at_ms       INTEGER NOT NULL
        ) STRICT;
        INSERT INTO hints_10 (event_id, learner_id, question_id, at_ms)
            SELECT event_id, learner_id, question_id, at_ms FROM hints ORDER BY rowid;
        CREATE TABLE check_answers_10 (
            event_id    TEXT PRIMARY KEY,
            learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            module_id   TEXT NOT NULL,
            phase       TEXT NOT NULL,
            question_id TEXT NOT NULL,
            selected    TEXT NOT NULL,
            score       REAL NOT NULL,
            at_ms       INTEGER NOT NULL
        ) STRICT;
        INSERT INTO check_answers_10 (event_id, learner_id, module_id, phase, question_id,
                                      selected, score, at_ms)
            SELECT event_id, learner_id, module_id, phase, question_id, selected, score, at_ms
            FROM check_answers ORDER BY rowid;
        DROP TABLE attempts;
        DROP TABLE hints;
        DROP TABLE check_answers;
        DROP TABLE events;
        ALTER TABLE events_10 RENAME TO events;
        ALTER TABLE attempts_10 RENAME TO attempts;
        ALTER TABLE hints_10 RENAME TO hints;
        ALTER TABLE check_answers_10 RENAME TO check_answers;
        CREATE INDEX attempts_by_question ON attempts(learner_id, question_id);
        CREATE INDEX hints_by_question ON hints(learner_id, question_id, at_ms);
        CREATE INDEX check_answers_by_module ON check_answers(learner_id, module_id, phase);",
    // 11: a learner's time spent moves into `meta` (key `time_spent:<learner id>`, value
    // "<latest event ms> <time spent ms>"), the page every commit rewrites anyway, so an
    // event no longer writes a page of its own for it (a trigger deletes the row with the
    // learner, as the cascade does their other rows); this device's latest event time
    // joins the write count in one row ("<count> <latest event ms>"), so a commit updates
    // one row of `meta`, not two; `meta` becomes one b-tree (without a rowid), so that
    // update is one lookup instead of two; and the options chosen in wrong answers are
    // counted in their run's row of `question_runs` (`wrong`, a JSON object by option
    // id), which a wrong answer writes anyway. `wrong_choices` keeps the counts made
    // before (they have no run) and is no longer written (docs/decisions/0029, fourth
    // round).
    "CREATE TABLE meta_11 (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        INSERT INTO meta_11 (key, value) SELECT key, value FROM meta
            WHERE key NOT IN ('write_count', 'latest_event_ms');
        INSERT INTO meta_11 (key, value)
            SELECT 'write_count',
                coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'write_count'), 0)
                || ' ' ||
                coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'latest_event_ms'),
                         (SELECT max(at_ms) FROM events
                          WHERE device_id = (SELECT value FROM meta WHERE key = 'device_id')),
                         0);
        INSERT INTO meta_11 (key, value)
            SELECT 'time_spent:' || learner_id, last_ms || ' ' || spent_ms FROM learner_time;
        DROP TABLE meta;
        ALTER TABLE meta_11 RENAME TO meta;
        DROP TABLE learner_time;
        CREATE TRIGGER learner_time_spent_erased AFTER DELETE ON learners BEGIN
            DELETE FROM meta WHERE key = 'time_spent:' || old.id;
        END;
        ALTER TABLE question_runs ADD COLUMN wrong TEXT NOT NULL DEFAULT '{}';",
];

/// Every migration in order (rusqlite_migration's form of [`UP`], used to validate them
/// and by tests that build old databases).
pub static MIGRATIONS: &[M<'static>] = &[
    M::up(UP[0]),
    M::up(UP[1]),
    M::up(UP[2]),
    M::up(UP[3]),
    M::up(UP[4]),
    M::up(UP[5]),
    M::up(UP[6]),
    M::up(UP[7]),
    M::up(UP[8]),
    M::up(UP[9]),
    M::up(UP[10]),
];

/// The schema version this build writes.
pub const LATEST: i64 = 11;

/// The schema of version [`LATEST`] in one batch, for a new database: the same tables,
/// columns and indexes as running every migration in [`UP`] on an empty file (a test
/// compares them), in one statement list instead of every migration with their
/// `ALTER TABLE`s, each of which makes SQLite re-read the whole schema.
pub const FRESH: &str = include_str!("schema.sql");

/// Bring a SafeSteps database (or an empty one) to [`LATEST`] inside the caller's
/// transaction, which must hold the write lock (`BEGIN IMMEDIATE` or `EXCLUSIVE`), so
/// the version read here is still true when the migrations run. Writes the application
/// id, and a database id when there is none (databases made before it existed get one at
/// their first upgrade). Returns the version found.
pub(crate) fn upgrade(tx: &Connection) -> Result<i64> {
    let found: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let app: i32 = tx.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if found == LATEST && app == APPLICATION_ID {
        // Made or upgraded by this version, ids and all (in one transaction): opening
        // it writes nothing.
        return Ok(found);
    }
    let empty = found == 0
        && tx.query_row("SELECT count(*) = 0 FROM sqlite_master", [], |r| {
            r.get::<_, bool>(0)
        })?;
    if empty {
        tx.execute_batch(FRESH)?;
    } else {
        for sql in UP.iter().skip(found.max(0) as usize) {
            tx.execute_batch(sql)?;
        }
    }
    if found < LATEST {
        tx.execute_batch(&format!("PRAGMA user_version = {LATEST}"))?;
    }
    if app != APPLICATION_ID {
        tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}"))?;
    }
    // The device id too is made here, so opening a new database takes one write
    // transaction, not two (every database made before has one already).
    tx.execute(
        "INSERT OR IGNORE INTO meta (key, value)
         VALUES (?1, ?2), (?3, '0 0'), ('device_id', ?4)",
        (
            DATABASE_ID_KEY,
            uuid::Uuid::new_v4().to_string(),
            WRITE_COUNT_KEY,
            uuid::Uuid::new_v4().to_string(),
        ),
    )?;
    Ok(found)
}

/// All migrations.
pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

/// Only the first `n` migrations (tests build old databases with this).
pub fn migrations_up_to(n: usize) -> Migrations<'static> {
    Migrations::from_slice(&MIGRATIONS[..n])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_matches_migration_count() {
        assert_eq!(LATEST as usize, MIGRATIONS.len());
        migrations()
            .validate()
            .expect("migrations apply to an empty database");
    }

    /// Every fact of a schema SQLite reports, in a stable order: each table's kind,
    /// column count, WITHOUT ROWID and STRICT flags; its columns (name, type, NOT NULL,
    /// default, key position, hidden); its foreign keys (with their actions); its indexes
    /// (unique, origin, partial) and their columns (order, collation, key or not); its
    /// triggers' text.
    fn schema_facts(c: &Connection) -> Vec<String> {
        let rows = |sql: &str| -> Vec<String> {
            let mut s = c.prepare(sql).unwrap();
            let n = s.column_count();
            s.query_map([], |r| {
                (0..n)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map(|v| v.join(" "))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
        };
        let mut out = Vec::new();
        let tables: Vec<String> = {
            let mut s = c
                .prepare(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name",
                )
                .unwrap();
            s.query_map([], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap()
        };
        assert!(!tables.is_empty());
        for t in &tables {
            for r in rows(&format!(
                "SELECT type, ncol, wr, strict FROM pragma_table_list('{t}') WHERE schema = 'main'"
            )) {
                out.push(format!("table {t}: {r}"));
            }
            for r in rows(&format!("PRAGMA table_xinfo({t})")) {
                out.push(format!("column {t}: {r}"));
            }
            for r in rows(&format!("PRAGMA foreign_key_list({t})")) {
                out.push(format!("foreign key {t}: {r}"));
            }
            let indexes: Vec<String> = {
                let mut s = c
                    .prepare("SELECT name FROM pragma_index_list(?1) ORDER BY name")
                    .unwrap();
                s.query_map([t], |r| r.get(0))
                    .unwrap()
                    .collect::<rusqlite::Result<_>>()
                    .unwrap()
            };
            for name in indexes {
                for r in rows(&format!(
                    "SELECT \"unique\", origin, partial FROM pragma_index_list('{t}') WHERE name = '{name}'"
                )) {
                    out.push(format!("index {t} {name}: {r}"));
                }
                for x in rows(&format!("PRAGMA index_xinfo('{name}')")) {
                    out.push(format!("index column {name}: {x}"));
                }
            }
        }
        // Triggers, by name, table and text (runs of white space made one).
        let mut s = c
            .prepare(
                "SELECT name || ' on ' || tbl_name || ': ' || sql FROM sqlite_master
                 WHERE type = 'trigger' ORDER BY name",
            )
            .unwrap();
        let triggers: Vec<String> = s
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for t in triggers {
            out.push(format!(
                "trigger {}",
                t.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
        out
    }

    #[test]
    fn a_new_database_has_the_schema_of_a_migrated_one() {
        // Every migration, as an old database went through them one by one.
        let mut migrated = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut migrated).unwrap();
        // A database that was at version 1 and is upgraded by `upgrade`.
        let mut old = Connection::open_in_memory().unwrap();
        migrations_up_to(1).to_latest(&mut old).unwrap();
        old.execute(
            "INSERT INTO meta (key, value) VALUES ('device_id', 'd')",
            [],
        )
        .unwrap();
        assert_eq!(upgrade(&old).unwrap(), 1);
        // A new database, made from `FRESH` in one batch.
        let fresh = Connection::open_in_memory().unwrap();
        assert_eq!(upgrade(&fresh).unwrap(), 0);
        let expected = schema_facts(&migrated);
        assert!(
            expected
                .iter()
                .any(|f| f.starts_with("index column sqlite_autoindex_events_1"))
        );
        // Only the facts that differ, so a failure says what to write in schema.sql.
        let differences = |found: &[String]| -> Vec<String> {
            let missing = expected
                .iter()
                .filter(|f| !found.contains(f))
                .map(|f| format!("migrations have, schema.sql lacks: {f}"));
            let extra = found
                .iter()
                .filter(|f| !expected.contains(f))
                .map(|f| format!("schema.sql has, migrations lack: {f}"));
            missing.chain(extra).collect()
        };
        let fresh_facts = schema_facts(&fresh);
        assert_eq!(differences(&fresh_facts), Vec::<String>::new());
        assert_eq!(fresh_facts, expected, "the same facts in the same order");
        assert_eq!(differences(&schema_facts(&old)), Vec::<String>::new());
        // The same tables and indexes by name, too (an index SQLite made for a key
        // counts).
        let names = |c: &Connection| -> Vec<String> {
            let mut s = c
                .prepare("SELECT type || ' ' || name FROM sqlite_master ORDER BY name")
                .unwrap();
            s.query_map([], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap()
        };
        assert_eq!(names(&fresh), names(&migrated));
        // A new database gets its device id with its schema, and keeps an old one's.
        let device = |c: &Connection| -> String {
            c.query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| {
                r.get(0)
            })
            .unwrap()
        };
        assert_eq!(device(&fresh).len(), 36);
        assert_eq!(device(&old), "d");
    }

    #[test]
    fn upgrade_runs_the_same_sql_as_the_migrations() {
        let mut a = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut a).unwrap();
        let b = Connection::open_in_memory().unwrap();
        assert_eq!(upgrade(&b).unwrap(), 0);
        assert_eq!(schema_facts(&a), schema_facts(&b));
        let v: i64 = b
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, LATEST);
        let app: i32 = b
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(app, APPLICATION_ID);
        // A second run changes nothing and keeps the database id.
        let id = |c: &Connection| -> String {
            c.query_row(
                "SELECT value FROM meta WHERE key = 'database_id'",
                [],
                |r| r.get(0),
            )
            .unwrap()
        };
        let first = id(&b);
        assert_eq!(upgrade(&b).unwrap(), LATEST);
        assert_eq!(id(&b), first);
    }
}
