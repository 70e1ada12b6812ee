//! Per-learner costs as a child's history grows (run: `cargo bench -p safesteps-core
//! --bench history`). For histories of 0, 120, 480 and 5,000 events, on a database file
//! with the app's pragmas: a lesson view, the module list, and an answer, each with its
//! ratio to a baseline measured in the same run (a trivial call for views, a raw
//! single-row insert in its own transaction for answers), so the curve reads the same on
//! a loaded machine. Targets: lesson view <= 50 us, answer <= 2x a raw insert, flat.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use safesteps_core::content::Catalog;
use safesteps_core::store::Store;
use safesteps_core::{Engine, OpenOptions};

mod common;
use common::{generated_pack, measure};

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn main() {
    let files = generated_pack(6);
    let catalog = Catalog::load(files.clone()).unwrap();
    let lessons: Vec<(String, Vec<String>, String)> = catalog
        .modules
        .iter()
        .filter(|m| m.id.starts_with("gen"))
        .flat_map(|m| &m.lessons)
        .map(|l| {
            let steps: Vec<String> = l.steps.iter().map(|s| s.id.clone()).collect();
            let quiz = l.steps.last().unwrap().id.clone();
            (l.id.clone(), steps, quiz)
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();

    // Baseline: a raw single-row insert with the same pragmas, one transaction each.
    let raw = rusqlite::Connection::open(dir.path().join("raw.sqlite")).unwrap();
    raw.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
         CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);",
    )
    .unwrap();
    let mut n = 0;
    let (_, raw_insert, _) = measure(200, || {
        n += 1;
        raw.execute("INSERT INTO t (v) VALUES (?1)", [format!("row {n}")])
            .unwrap()
    });

    println!(
        "| history (events) | lesson view | x trivial call | module list | answer | x raw insert ({:.0} us) |",
        us(raw_insert)
    );
    println!("|---:|---:|---:|---:|---:|---:|");
    for (size, target) in [(0usize, 0usize), (120, 120), (480, 480), (5_000, 5_000)] {
        let clock = Arc::new(AtomicI64::new(1_800_000_000_000));
        let c = Arc::clone(&clock);
        let app = Engine::open_with(
            Store::open(&dir.path().join(format!("h{size}.sqlite"))).unwrap(),
            Catalog::load(files.clone()).unwrap(),
            OpenOptions::default(),
            None,
            Arc::new(move || c.fetch_add(1_000, Ordering::SeqCst)),
        )
        .unwrap();
        let kid = app.create_learner("Kite", "kite", None).unwrap();
        // History: steps seen and answers across the generated lessons, replayed in runs.
        let mut events = 0;
        'fill: for round in 0.. {
            for (lesson, steps, quiz) in &lessons {
                if events >= target {
                    break 'fill;
                }
                if round > 0 {
                    app.restart_lesson(&kid.id, lesson).unwrap();
                    events += 1;
                }
                for s in steps {
                    app.mark_step_seen(&kid.id, s).unwrap();
                    events += 1;
                }
                app.answer(&kid.id, quiz, &["b".into()], None).unwrap();
                app.answer(&kid.id, quiz, &["a".into()], None).unwrap();
                events += 2;
            }
        }
        let (lesson, _, quiz) = &lessons[0];
        let (_, trivial, _) = measure(200, || app.device_id());
        let (_, view, _) = measure(200, || app.lesson(lesson, Some(&kid.id)).unwrap());
        let (_, list, _) = measure(100, || app.modules(Some(&kid.id)).unwrap());
        let (_, answer, _) = measure(100, || {
            app.answer(&kid.id, quiz, &["a".into()], None).unwrap()
        });
        println!(
            "| {events} | {:.1} us | {:.0}x | {:.1} us | {:.0} us | {:.2}x |",
            us(view),
            view.as_secs_f64() / trivial.as_secs_f64().max(1e-9),
            us(list),
            us(answer),
            answer.as_secs_f64() / raw_insert.as_secs_f64()
        );
    }
    println!("(medians; lesson view target <= 50 us, answer <= 2x a raw insert, flat in history)");
}
