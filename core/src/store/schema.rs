//! Schema migrations, keyed on `PRAGMA user_version` (rusqlite_migration).
//!
//! Append a migration; never edit one that has shipped. All pending migrations
//! run in one transaction. A database whose `user_version` is above
//! [`LATEST`] was written by a newer app and is refused.

use rusqlite_migration::{M, Migrations};

/// Every migration in order; index + 1 is the `user_version` it produces.
pub static MIGRATIONS: &[M<'static>] = &[
    // 1: learners, the append-only event log, and quiz attempts derived from it.
    M::up(
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
    ),
    // 2: resume where a child left off (steps seen, last step), and richer attempts.
    M::up(
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
    ),
    // 3: learner profiles and settings, sign-in, lesson runs, hints, knowledge checks,
    //    badges, and the teacher PIN with its attempt limit.
    M::up(
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
    ),
    // 4: classes, groups, assignments; device keys and incoming bundle chunks for
    //    device-to-device exchange; where a learner profile came from.
    M::up(
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
    ),
    // 5: indexes for lookups that scanned whole tables: this device's latest event at
    //    every open, a class's groups, and a learner's classes and groups.
    M::up(
        "CREATE INDEX events_by_device_time ON events(device_id, at_ms);
        CREATE INDEX groups_by_class ON groups(class_id);
        CREATE INDEX class_members_by_learner ON class_members(learner_id);
        CREATE INDEX group_members_by_learner ON group_members(learner_id);",
    ),
    // 6: device pairing (who may send what) and erasures that travel between devices.
    //    Keys pinned before pairing existed give no authority: their devices pair again.
    M::up(
        "ALTER TABLE known_devices ADD COLUMN role TEXT;
        ALTER TABLE known_devices ADD COLUMN paired_ms INTEGER;
        CREATE TABLE erased_learners (
            learner_id TEXT PRIMARY KEY,
            erased_ms  INTEGER NOT NULL,
            by_device  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX incoming_chunks_by_time ON incoming_chunks(received_ms);",
    ),
];

/// The schema version this build writes.
pub const LATEST: i64 = 6;

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
}
