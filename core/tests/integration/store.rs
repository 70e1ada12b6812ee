//! Storage: migrations, refusal of newer or damaged databases, pragmas, durability of events.

use rusqlite::Connection;
use safesteps_core::store::{Event, EventKind, Learner, Store, schema};
use safesteps_core::{Error, ErrorKind};

fn learner(id: &str) -> Learner {
    Learner {
        id: id.into(),
        nickname: "Kite".into(),
        avatar: "kite".into(),
        created_at_ms: 1_000,
        age_band: None,
        settings: Default::default(),
        picture_password: None,
        origin_device: None,
    }
}

fn answered(id: &str, learner: &str, at: i64) -> Event {
    Event {
        id: id.into(),
        learner_id: learner.into(),
        device_id: "dev".into(),
        at_ms: at,
        kind: EventKind::Answered {
            lesson_id: "l1".into(),
            question_id: "q1".into(),
            selected: vec!["a".into()],
            score: 1.0,
            correct: true,
            time_taken_ms: Some(4_000),
            hints_used: 0,
            run: 1,
        },
    }
}

/// Tables, columns, indexes: a comparable description of a schema.
fn describe(conn: &Connection) -> Vec<String> {
    let mut out = vec![];
    let mut stmt = conn
        .prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        .unwrap();
    let objects: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (ty, name, table) in objects {
        out.push(format!("{ty} {name} on {table}"));
        if ty == "table" {
            let mut cols = conn
                .prepare(&format!("PRAGMA table_xinfo('{name}')"))
                .unwrap();
            let c: Vec<String> = cols
                .query_map([], |r| {
                    Ok(format!(
                        "  {} {} notnull={} default={:?} pk={}",
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, i64>(5)?
                    ))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            out.extend(c);
            let mut fks = conn
                .prepare(&format!("PRAGMA foreign_key_list('{name}')"))
                .unwrap();
            let f: Vec<String> = fks
                .query_map([], |r| {
                    Ok(format!(
                        "  fk {} -> {}.{} on delete {}",
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(6)?
                    ))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            out.extend(f);
        } else if ty == "index" {
            let mut cols = conn
                .prepare(&format!("PRAGMA index_info('{name}')"))
                .unwrap();
            let c: Vec<String> = cols
                .query_map([], |r| Ok(format!("  {}", r.get::<_, String>(2)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            out.extend(c);
        }
    }
    out
}

#[test]
fn upgrade_from_first_schema_matches_fresh_and_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("v1.sqlite");
    {
        // A database as the first release wrote it, with a learner and an answer.
        let mut conn = Connection::open(&old).unwrap();
        schema::migrations_up_to(1).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO meta VALUES ('device_id', 'old-device');
             INSERT INTO learners VALUES ('l-1', 'Kite', 'kite', 5);
             INSERT INTO events VALUES ('e-1', 'l-1', 'old-device', 10, 'answered', '{}');
             INSERT INTO attempts VALUES ('e-1', 'l-1', 'lesson', 'q', '[\"a\"]', 1.0, 1, 10);",
        )
        .unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1);
    }
    let mut upgraded = Store::open(&old).unwrap();
    assert_eq!(upgraded.schema_version().unwrap(), schema::LATEST);
    assert_eq!(upgraded.device_id(), "old-device", "device id survives");
    let attempts = upgraded.read(|db| db.attempts("l-1")).unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].selected, vec!["a".to_string()]);
    assert_eq!(attempts[0].hints_used, 0, "new column gets its default");
    assert_eq!(attempts[0].time_taken_ms, None);
    drop(upgraded);

    let fresh = dir.path().join("fresh.sqlite");
    drop(Store::open(&fresh).unwrap());
    let a = describe(&Connection::open(&old).unwrap());
    let b = describe(&Connection::open(&fresh).unwrap());
    assert!(a.len() > 20, "schema description is not empty: {a:?}");
    assert_eq!(a, b);
}

#[test]
fn database_from_a_newer_app_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite");
    drop(Store::open(&path).unwrap());
    let future = schema::LATEST + 3;
    Connection::open(&path)
        .unwrap()
        .execute_batch(&format!("PRAGMA user_version = {future}"))
        .unwrap();
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::DatabaseTooNew);
    assert!(
        matches!(err, Error::DatabaseTooNew { found, supported } if found == future && supported == schema::LATEST)
    );
    assert!(err.to_string().contains("newer version"), "{err}");
    let v: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, future, "the file was not changed");
}

#[test]
fn a_file_that_is_not_a_database_is_a_clear_storage_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk.sqlite");
    let junk = b"this is not sqlite, just some text that a broken copy left behind".repeat(100);
    std::fs::write(&path, &junk).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::DatabaseCorrupt);
    assert!(matches!(err, Error::DatabaseCorrupt { .. }), "{err:?}");
    assert!(err.to_string().contains("damaged"), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        junk,
        "nothing was overwritten"
    );
}

#[test]
fn pragmas_for_phones_are_set() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.sqlite");
    let store = Store::open(&path).unwrap();
    drop(store);
    // journal_mode is persistent; check it from a new plain connection.
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn events_are_idempotent_and_derive_attempts_in_the_same_transaction() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|db| db.insert_learner(&learner("l-1")))
        .unwrap();
    assert!(
        store
            .write(|db| db.append(&answered("e-1", "l-1", 10)))
            .unwrap()
    );
    assert!(
        !store
            .write(|db| db.append(&answered("e-1", "l-1", 10)))
            .unwrap(),
        "same id twice is ignored"
    );
    assert_eq!(store.read(|db| db.attempts("l-1")).unwrap().len(), 1);
    assert_eq!(store.read(|db| db.events("l-1")).unwrap().len(), 1);

    // An event for a learner who does not exist fails whole: no event, no attempt.
    let err = store
        .write(|db| db.append(&answered("e-2", "nobody", 11)))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Storage);
    assert!(store.read(|db| db.events("nobody")).unwrap().is_empty());
    assert!(store.read(|db| db.attempts("nobody")).unwrap().is_empty());
}

/// An event id that comes again with another learner (a broken or hostile sender: this
/// device's ids never repeat) is kept as its own event, fails nothing, and changes
/// nothing of the first learner's.
#[test]
fn an_event_id_used_again_for_another_learner_breaks_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|db| {
            db.insert_learner(&learner("l-1"))?;
            db.insert_learner(&learner("l-2"))
        })
        .unwrap();
    let hint = |learner: &str, at| Event {
        kind: EventKind::HintShown {
            question_id: "q1".into(),
        },
        ..answered("e-7", learner, at)
    };
    assert!(store.write(|db| db.append(&hint("l-1", 10))).unwrap());
    assert!(store.write(|db| db.append(&hint("l-2", 12))).unwrap());
    assert!(!store.write(|db| db.append(&hint("l-2", 12))).unwrap());
    for l in ["l-1", "l-2"] {
        let events = store.read(|db| db.events(l)).unwrap();
        assert_eq!(events.len(), 1, "{l}");
        assert_eq!(events[0].learner_id, l);
    }
}

#[test]
fn resume_keeps_the_latest_step_whatever_the_arrival_order() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|db| db.insert_learner(&learner("l-1")))
        .unwrap();
    let seen = |id: &str, step: &str, at: i64| Event {
        id: id.into(),
        learner_id: "l-1".into(),
        device_id: "d".into(),
        at_ms: at,
        kind: EventKind::StepSeen {
            lesson_id: "lesson".into(),
            step_id: step.into(),
        },
    };
    store.write(|db| db.append(&seen("b", "s3", 300))).unwrap();
    store.write(|db| db.append(&seen("a", "s1", 100))).unwrap();
    assert_eq!(
        store
            .read(|db| db.last_step("l-1", "lesson"))
            .unwrap()
            .as_deref(),
        Some("s3")
    );
    assert_eq!(
        store.read(|db| db.steps_seen("l-1", "lesson")).unwrap(),
        vec!["s1", "s3"]
    );
}

#[test]
fn time_spent_is_the_same_whatever_order_events_arrive_in() {
    let times = [
        0i64, 60_000, 90_000, 1_000_000, 1_030_000, 1_030_000, 1_400_000,
    ];
    // In order: 60 s + 30 s + (910 s break) + 30 s + 0 + (370 s break) = 120 s.
    let expected = 120_000;
    let orders: [Vec<usize>; 3] = [
        (0..7).collect(),
        (0..7).rev().collect(),
        vec![3, 0, 6, 1, 5, 2, 4],
    ];
    for order in orders {
        let mut store = Store::open_in_memory().unwrap();
        store
            .write(|db| db.insert_learner(&learner("l-1")))
            .unwrap();
        for i in &order {
            store
                .write(|db| db.append(&answered(&format!("e-{i}"), "l-1", times[*i])))
                .unwrap();
        }
        let spent = store.read(|db| db.learner_time_ms("l-1")).unwrap();
        assert_eq!(spent, expected, "order {order:?}");
    }
}

/// A learner's time spent is kept in `meta` (schema 11), out of reach of the cascade
/// from `learners`: erasing a learner, or teacher mode with the learners it imported,
/// takes their time rows too, and nobody else's.
#[test]
fn erasing_learners_takes_their_time_spent_with_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    let mut store = Store::open(&path).unwrap();
    let imported = |id: &str| Learner {
        origin_device: Some("teacher-dev".into()),
        ..learner(id)
    };
    store
        .write(|db| {
            db.insert_learner(&learner("l-1"))?;
            db.insert_learner(&learner("l-2"))?;
            db.insert_learner(&imported("l-3"))?;
            for (i, l) in ["l-1", "l-2", "l-3"].iter().enumerate() {
                db.append(&answered(&format!("e-{i}-a"), l, 1_000))?;
                db.append(&answered(&format!("e-{i}-b"), l, 61_000))?;
            }
            Ok(())
        })
        .unwrap();
    let spent = |store: &mut Store| -> Vec<i64> {
        ["l-1", "l-2", "l-3"]
            .iter()
            .map(|l| store.read(|db| db.learner_time_ms(l)).unwrap())
            .collect()
    };
    assert_eq!(spent(&mut store), [60_000, 60_000, 60_000]);
    let time_rows = |_: &mut Store| -> Vec<String> {
        let conn = Connection::open(&path).unwrap();
        let mut stmt = conn
            .prepare("SELECT key FROM meta WHERE key LIKE 'time_spent:%' ORDER BY key")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    store
        .write(|db| db.erase_learner("l-1", 2_000, "dev"))
        .unwrap();
    assert_eq!(time_rows(&mut store), ["time_spent:l-2", "time_spent:l-3"]);
    store.write(|db| db.erase_teacher_mode()).unwrap();
    assert_eq!(time_rows(&mut store), ["time_spent:l-2"]);
    assert_eq!(spent(&mut store), [0, 60_000, 0]);
}

/// A wrong answer counts the options chosen in its run's row of `question_runs` (schema
/// 11); the counts an older database kept in `wrong_choices` still count in a class's
/// report, added to the new ones.
#[test]
fn wrong_choices_kept_before_schema_11_add_to_those_counted_in_the_runs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    {
        let mut conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        schema::migrations_up_to(10).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO meta VALUES ('device_id', 'dev');
             INSERT INTO learners (id, nickname, avatar, created_at_ms) VALUES
                 ('l-1', 'Kite', 'kite', 5), ('l-2', 'Owl', 'owl', 5);
             INSERT INTO question_runs VALUES ('l-1', 'q1', 1, 2, 0, 10, 0.0, 20);
             INSERT INTO wrong_choices VALUES ('l-1', 'q1', 'b', 2), ('l-1', 'q1', 'c', 1);",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let wrong = |id: &str, learner: &str, at: i64, selected: &[&str]| Event {
        kind: EventKind::Answered {
            lesson_id: "l1".into(),
            question_id: "q1".into(),
            selected: selected.iter().map(|s| s.to_string()).collect(),
            score: 0.0,
            correct: false,
            time_taken_ms: None,
            hints_used: 0,
            run: 1,
        },
        ..answered(id, learner, at)
    };
    store
        .write(|db| {
            db.upsert_class(&safesteps_core::store::classroom::ClassRow {
                id: "c".into(),
                name: "Class".into(),
                updated_ms: 1,
            })?;
            db.add_class_member("c", "l-1")?;
            db.add_class_member("c", "l-2")?;
            db.append(&wrong("e-1", "l-1", 30, &["b"]))?;
            db.append(&wrong("e-2", "l-1", 40, &["b", "d"]))?;
            db.append(&wrong("e-3", "l-2", 40, &["c"]))?;
            db.append(&answered("e-4", "l-2", 50))?;
            Ok(())
        })
        .unwrap();
    let (runs, wrong) = store.read(|db| db.answers_in_class("c")).unwrap();
    assert_eq!(runs.len(), 2);
    let counts: Vec<(String, String, u32)> = wrong
        .into_iter()
        .map(|w| (w.question_id, w.option_id, w.times))
        .collect();
    let expected = [("q1", "b", 4), ("q1", "c", 2), ("q1", "d", 1)]
        .map(|(q, o, n)| (q.to_string(), o.to_string(), n));
    assert_eq!(counts, expected);
    // The counts live in the runs' rows, in option order; the old table got nothing new.
    drop(store);
    let conn = Connection::open(&path).unwrap();
    let rows: Vec<(String, String, i64)> = conn
        .prepare("SELECT learner_id, wrong, answers FROM question_runs ORDER BY learner_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        rows,
        [
            ("l-1".to_string(), r#"{"b":2,"d":1}"#.to_string(), 4),
            ("l-2".to_string(), r#"{"c":1}"#.to_string(), 2),
        ]
    );
    let old: i64 = conn
        .query_row("SELECT sum(times) FROM wrong_choices", [], |r| r.get(0))
        .unwrap();
    assert_eq!(old, 3);
}

/// Every row of the tables an event's rows live in, in a stable order.
fn rows_of_event_tables(conn: &Connection) -> Vec<String> {
    let mut out = vec![];
    for (table, key) in [
        ("events", "id"),
        ("attempts", "event_id"),
        ("hints", "event_id"),
        ("check_answers", "event_id"),
        ("meta WHERE key NOT LIKE 'time_spent:%'", "key"),
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {key}"))
            .unwrap();
        let n = stmt.column_count();
        let rows: Vec<String> = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .map(|v| format!("{}: {}", table.split(' ').next().unwrap(), v.join(" ")))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        out.extend(rows);
    }
    // Each learner's time spent: a table of its own up to schema 10, rows of `meta`
    // from schema 11.
    let before_11: bool = conn
        .query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'learner_time'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let sql = if before_11 {
        "SELECT learner_id, spent_ms, last_ms FROM learner_time ORDER BY learner_id"
    } else {
        "SELECT substr(key, 12), CAST(substr(value, instr(value, ' ') + 1) AS INTEGER), CAST(value AS INTEGER)
         FROM meta WHERE key LIKE 'time_spent:%' ORDER BY key"
    };
    let mut stmt = conn.prepare(sql).unwrap();
    let times = stmt
        .query_map([], |r| {
            Ok(format!(
                "time spent: {} {} {}",
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?
            ))
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    assert!(!times.is_empty(), "{sql}");
    out.extend(times);
    out
}

#[test]
fn upgrade_from_schema_8_rebuilds_events_keyed_by_learner_and_keeps_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("v8.sqlite");
    let events = [
        answered("e-3", "l-1", 30),
        answered("e-1", "l-1", 10),
        // Same time as e-1, from another device, arrived later.
        Event {
            device_id: "other".into(),
            ..answered("e-0", "l-1", 10)
        },
        Event {
            kind: EventKind::HintShown {
                question_id: "q1".into(),
            },
            ..answered("e-2", "l-1", 20)
        },
        answered("e-9", "l-2", 5),
    ];
    let before = {
        // A database as schema 8 wrote it (foreign keys on, as the store opens it), with
        // two learners, their events, a legacy attempt row, a hint and a check answer.
        let mut conn = Connection::open(&old).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        schema::migrations_up_to(8).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO meta VALUES ('device_id', 'dev');
             UPDATE meta SET value = '30' WHERE key = 'latest_event_ms';
             INSERT INTO learners (id, nickname, avatar, created_at_ms) VALUES
                 ('l-1', 'Kite', 'kite', 5), ('l-2', 'Owl', 'owl', 5);
             INSERT INTO learner_time VALUES ('l-1', 20, 30), ('l-2', 0, 5);",
        )
        .unwrap();
        for e in &events {
            let payload = serde_json::to_string(&e.kind).unwrap();
            let tag: String = serde_json::from_str::<serde_json::Value>(&payload).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string();
            conn.execute(
                "INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params![e.id, e.learner_id, e.device_id, e.at_ms, tag, payload],
            )
            .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO attempts VALUES ('e-1', 'l-1', 'l1', 'q1', '[\"a\"]', 1.0, 1, 10, 4000, 0, 1);
             INSERT INTO hints VALUES ('e-2', 'l-1', 'q1', 20);
             INSERT INTO check_answers VALUES ('e-3', 'l-1', 'm1', 'pre', 'q1', '[\"a\"]', 1.0, 30);",
        )
        .unwrap();
        let rows = rows_of_event_tables(&conn);
        assert_eq!(rows.iter().filter(|r| r.starts_with("events:")).count(), 5);
        rows
    };
    let mut store = Store::open(&old).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::LATEST);
    // Every attempt still read, the legacy row's and the events'.
    let attempts = store.read(|db| db.attempts("l-1")).unwrap();
    assert_eq!(attempts.len(), 3, "{attempts:?}");
    // Time, then id (the order of this device's ids; ties only between devices).
    let order: Vec<String> = store
        .read(|db| db.events("l-1"))
        .unwrap()
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(order, ["e-0", "e-1", "e-2", "e-3"]);
    drop(store);

    let conn = Connection::open(&old).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    let mut after = rows_of_event_tables(&conn);
    // Every row is kept. In `meta`, the database id is new, and the write count and
    // this device's latest event time share one row from schema 11 (checked below).
    let moved = |r: &String| {
        ["write_count", "database_id", "latest_event_ms"]
            .iter()
            .any(|k| r.contains(k))
    };
    after.retain(|r| !moved(r));
    let mut expected = before.clone();
    expected.retain(|r| !moved(r));
    assert_eq!(after, expected);
    let (count_and_latest, kept_apart): (String, i64) = conn
        .query_row(
            "SELECT (SELECT value FROM meta WHERE key = 'write_count'),
                    (SELECT count(*) FROM meta WHERE key = 'latest_event_ms')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (count_and_latest.split(' ').nth(1), kept_apart),
        (Some("30"), 0)
    );
    let (without_rowid, violations): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT wr FROM pragma_table_list('events') WHERE schema = 'main'),
                    (SELECT count(*) FROM pragma_foreign_key_check)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((without_rowid, violations), (1, 0));
    // Keyed by learner, time and id (schema 10): a learner's events together, and no
    // second b-tree to write at every event.
    let (key, indexes): (String, i64) = conn
        .query_row(
            "SELECT (SELECT group_concat(name, ',') FROM
                        (SELECT name FROM pragma_table_info('events') WHERE pk > 0 ORDER BY pk)),
                    (SELECT count(*) FROM pragma_index_list('events') WHERE origin = 'c')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((key.as_str(), indexes), ("learner_id,at_ms,id", 0));
    // Erasing a learner takes their events and the rows that belong to those (hint,
    // check answer, legacy attempt) with them, through `learners`, and nothing of the
    // other learner's.
    conn.execute("DELETE FROM learners WHERE id = 'l-1'", [])
        .unwrap();
    let left: (i64, i64, i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM attempts),
                    (SELECT count(*) FROM hints), (SELECT count(*) FROM check_answers)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(left, (1, 0, 0, 0));
}
