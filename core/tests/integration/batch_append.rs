//! A bundle's events go in as one batch (`DbMut::append_all`: one read per learner to skip
//! the events already here, summaries added up in memory and written once per row, time
//! spent recomputed once). Its result must be exactly that of appending the same events
//! one by one (`DbMut::append`), whatever their order, with duplicates, restarts between
//! steps, and a second import of an overlapping batch.

use rusqlite::Connection;
use safesteps_core::content::CheckPhase;
use safesteps_core::store::{Event, EventKind, Learner, Store};

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

/// A small deterministic generator (no dependency needed for a test's mix of events).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// `n` events of three learners over two lessons, times out of order (some equal, some
/// gaps beyond the time-spent limit), every kind, a few ids repeated.
fn events(seed: u64, n: usize) -> Vec<Event> {
    let mut rng = Lcg(seed);
    let mut out: Vec<Event> = Vec::new();
    for i in 0..n {
        if i > 5 && rng.next(10) == 0 {
            let again = out[rng.next(out.len() as u64) as usize].clone();
            out.push(again);
            continue;
        }
        let learner = format!("l-{}", rng.next(3));
        let lesson = format!("lesson-{}", rng.next(2));
        let question = format!("{lesson}-q{}", rng.next(2));
        let kind = match rng.next(10) {
            0..=3 => EventKind::StepSeen {
                lesson_id: lesson.clone(),
                step_id: format!("{lesson}-s{}", rng.next(20)),
            },
            4 => EventKind::LessonRestarted {
                lesson_id: lesson,
                run: 2 + rng.next(2) as u32,
            },
            5 => EventKind::HintShown {
                question_id: question,
            },
            6 => EventKind::CheckAnswered {
                module_id: "m".into(),
                phase: CheckPhase::Post,
                question_id: question,
                selected: vec!["a".into()],
                score: 0.5,
            },
            _ => {
                let correct = rng.next(3) == 0;
                EventKind::Answered {
                    lesson_id: lesson,
                    question_id: question,
                    selected: if correct {
                        vec!["a".into()]
                    } else {
                        vec!["b".into(), format!("c{}", rng.next(2))]
                    },
                    score: if correct { 1.0 } else { 0.25 },
                    correct,
                    time_taken_ms: Some(1_000),
                    hints_used: 0,
                    run: 1 + rng.next(2) as u32,
                }
            }
        };
        // Times jump around: equal times, small gaps, gaps beyond five minutes.
        let at_ms = 1_000_000 + rng.next(40) as i64 * [1, 1_000, 400_000][rng.next(3) as usize];
        out.push(Event {
            id: format!("e-{i:05}"),
            learner_id: learner,
            device_id: "other-device".into(),
            at_ms,
            kind,
        });
    }
    out
}

/// Every table that holds state derived from events, sorted, as text.
fn derived(path: &std::path::Path) -> Vec<String> {
    let conn = Connection::open(path).unwrap();
    let mut out = Vec::new();
    for (table, order) in [
        ("events", "id"),
        ("attempts", "event_id"),
        ("hints", "event_id"),
        ("check_answers", "event_id"),
        ("steps_seen", "learner_id, step_id"),
        ("lesson_seen_counts", "learner_id, lesson_id"),
        ("lesson_state", "learner_id, lesson_id"),
        ("lesson_runs", "learner_id, lesson_id"),
        ("question_runs", "learner_id, question_id, run"),
        ("wrong_choices", "learner_id, question_id, option_id"),
        ("meta WHERE key LIKE 'time_spent:%'", "key"),
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .unwrap();
        let cols = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut line = format!("{}:", table.split(' ').next().unwrap_or(table));
                for c in 0..cols {
                    let v: rusqlite::types::Value = r.get(c)?;
                    line.push_str(&format!(" {v:?}"));
                }
                Ok(line)
            })
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        out.extend(rows);
    }
    out
}

fn store_with_learners(path: &std::path::Path) -> Store {
    let mut store = Store::open(path).unwrap();
    store
        .write(|db| {
            for i in 0..3 {
                db.insert_learner(&learner(&format!("l-{i}")))?;
            }
            Ok(())
        })
        .unwrap();
    store
}

#[test]
fn a_batch_gives_exactly_what_one_event_at_a_time_gives() {
    let dir = tempfile::tempdir().unwrap();
    for seed in [1, 2, 3, 20_261_129] {
        let all = events(seed, 400);
        let one_path = dir.path().join(format!("one-{seed}.db"));
        let batch_path = dir.path().join(format!("batch-{seed}.db"));
        let mut one = store_with_learners(&one_path);
        let mut batch = store_with_learners(&batch_path);

        // One at a time, in order.
        let mut added = 0;
        one.write(|db| {
            for e in &all {
                added += u32::from(db.append(e)?);
            }
            Ok(())
        })
        .unwrap();
        // As overlapping bundles (each half already here), then the whole lot again
        // (all already here).
        let refs: Vec<&Event> = all.iter().collect();
        let mut batch_added = 0;
        for (from, to) in [(0, 100), (50, 200), (150, 300), (250, 400)] {
            let (a, d) = batch.write(|db| db.append_all(&refs[from..to])).unwrap();
            assert_eq!(a + d, (to - from) as u32);
            assert!(
                d >= 50 || from == 0,
                "seed {seed}: the overlap is already here"
            );
            batch_added += a;
        }
        assert_eq!(batch_added, added, "seed {seed}");
        let again = batch.write(|db| db.append_all(&refs)).unwrap();
        assert_eq!(again, (0, 400));
        drop((one, batch));

        let (x, y) = (derived(&one_path), derived(&batch_path));
        assert!(
            x.len() > 400,
            "the mix derives rows in every table: {}",
            x.len()
        );
        for table in ["meta", "question_runs", "lesson_state"] {
            assert!(
                x.iter().any(|l| l.starts_with(&format!("{table}:"))),
                "{table} has rows"
            );
        }
        // Wrong choices are counted in their run's row (schema 11).
        assert!(
            x.iter()
                .any(|l| l.starts_with("question_runs:") && !l.ends_with("Text(\"{}\")")),
            "some run counts wrong choices"
        );
        if x != y {
            let diff: Vec<_> = x.iter().zip(&y).filter(|(a, b)| a != b).take(5).collect();
            panic!("seed {seed}: batch and one-by-one differ: {diff:#?}");
        }
    }
}
