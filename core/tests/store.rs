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
