-- The schema of a new SafeSteps database: what running every migration in
-- `schema.rs` (`UP`) on an empty file gives, made in one batch. A new database is
-- created from this file; an existing one is migrated. The test
-- `a_new_database_has_the_schema_of_a_migrated_one` compares the two (columns, types,
-- constraints, defaults, keys, indexes, STRICT and WITHOUT ROWID): a new migration
-- must be written here too.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE learners (
    id            TEXT PRIMARY KEY,
    nickname      TEXT NOT NULL,
    avatar        TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    age_band TEXT,
    settings TEXT NOT NULL DEFAULT '{}',
    picture_password TEXT,
    origin_device TEXT
) STRICT;
CREATE TABLE events (
    id         TEXT NOT NULL,
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    device_id  TEXT NOT NULL,
    at_ms      INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    PRIMARY KEY (learner_id, at_ms, id)
) STRICT, WITHOUT ROWID;
CREATE TABLE attempts (
    event_id    TEXT PRIMARY KEY,
    learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    lesson_id   TEXT NOT NULL,
    question_id TEXT NOT NULL,
    selected    TEXT NOT NULL,
    score       REAL NOT NULL,
    correct     INTEGER NOT NULL,
    at_ms       INTEGER NOT NULL,
    time_taken_ms INTEGER,
    hints_used INTEGER NOT NULL DEFAULT 0,
    run INTEGER NOT NULL DEFAULT 1
) STRICT, WITHOUT ROWID;
CREATE INDEX attempts_by_question ON attempts(learner_id, question_id);
CREATE TABLE steps_seen (
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
CREATE TABLE secret_failures (
    subject       TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    last_failure_ms INTEGER NOT NULL
) STRICT;
CREATE TABLE teacher (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    pin_hash TEXT NOT NULL,
    recovery_hash TEXT
) STRICT;
CREATE TABLE lesson_runs (
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    lesson_id  TEXT NOT NULL,
    run        INTEGER NOT NULL,
    started_ms INTEGER NOT NULL,
    PRIMARY KEY (learner_id, lesson_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE hints (
    event_id    TEXT PRIMARY KEY,
    learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    at_ms       INTEGER NOT NULL
) STRICT;
CREATE INDEX hints_by_question ON hints(learner_id, question_id, at_ms);
CREATE TABLE check_answers (
    event_id    TEXT PRIMARY KEY,
    learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    module_id   TEXT NOT NULL,
    phase       TEXT NOT NULL,
    question_id TEXT NOT NULL,
    selected    TEXT NOT NULL,
    score       REAL NOT NULL,
    at_ms       INTEGER NOT NULL
) STRICT;
CREATE INDEX check_answers_by_module ON check_answers(learner_id, module_id, phase);
CREATE TABLE classes (
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
    first_seen_ms INTEGER NOT NULL,
    role TEXT,
    paired_ms INTEGER
) STRICT;
CREATE TABLE incoming_chunks (
    bundle_id   TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    data        BLOB NOT NULL,
    received_ms INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, idx)
) STRICT;
CREATE TABLE lesson_seen_counts (
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    lesson_id  TEXT NOT NULL,
    seen       INTEGER NOT NULL,
    PRIMARY KEY (learner_id, lesson_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE question_runs (
    learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    run         INTEGER NOT NULL,
    answers     INTEGER NOT NULL,
    right       INTEGER NOT NULL,
    first_ms    INTEGER NOT NULL,
    first_score REAL NOT NULL,
    last_ms     INTEGER,
    wrong TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (learner_id, question_id, run)
) STRICT, WITHOUT ROWID;
CREATE TABLE module_done (
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    module_id  TEXT NOT NULL,
    shape      INTEGER NOT NULL,
    PRIMARY KEY (learner_id, module_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE wrong_choices (
    learner_id  TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    option_id   TEXT NOT NULL,
    times       INTEGER NOT NULL,
    PRIMARY KEY (learner_id, question_id, option_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX groups_by_class ON groups(class_id);
CREATE INDEX class_members_by_learner ON class_members(learner_id);
CREATE INDEX group_members_by_learner ON group_members(learner_id);
CREATE TABLE erased_learners (
    learner_id TEXT PRIMARY KEY,
    erased_ms  INTEGER NOT NULL,
    by_device  TEXT NOT NULL
) STRICT;
CREATE INDEX incoming_chunks_by_time ON incoming_chunks(received_ms);
CREATE TRIGGER learner_time_spent_erased AFTER DELETE ON learners BEGIN
    DELETE FROM meta WHERE key = 'time_spent:' || old.id;
END;
