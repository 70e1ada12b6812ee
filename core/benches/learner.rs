//! Per-learner costs against the size of a learner's history (run:
//! `cargo bench -p safesteps-core --bench learner`). A file-backed store with the real
//! pragmas (in /dev/shm when there is one, see `common::bench_dir`); every figure carries its ratio to a baseline measured in the same run:
//! a lesson view to the engine's most trivial call, an answer to a raw single-row SQLite
//! insert with the same pragmas in the same directory. Targets (issue 15): a lesson view
//! <= 50 µs and an answer <= 2x the raw insert, flat from 0 to 5,000 events.

use std::sync::Arc;

use safesteps_core::content::Catalog;
use safesteps_core::store::Store;
use safesteps_core::{Engine, OpenOptions};

mod common;
use common::{generated_pack, measure, ratio, raw_insert, row, trivial_call};

/// History sizes (events) at which the costs are measured.
const SIZES: [usize; 4] = [0, 120, 480, 5000];

fn main() {
    let dir = common::bench_dir();
    println!("databases in {}", dir.path().display());
    let files = generated_pack(4);
    let catalog = Catalog::load(files.clone()).unwrap();
    let lessons: Vec<(String, Vec<String>, String)> = catalog
        .modules
        .iter()
        .filter(|m| m.id.starts_with("gen"))
        .flat_map(|m| &m.lessons)
        .map(|l| {
            let steps: Vec<String> = l.steps.iter().map(|s| s.id.clone()).collect();
            let quiz = l
                .steps
                .iter()
                .find(|s| s.question.is_some())
                .unwrap()
                .id
                .clone();
            (l.id.clone(), steps, quiz)
        })
        .collect();
    let app = Engine::open_with(
        Store::open(&dir.path().join("learner-bench.db")).unwrap(),
        catalog,
        OpenOptions::default(),
        None,
        Arc::new(|| 1_800_000_000_000),
    )
    .unwrap();
    let learner = app.create_learner("Kid", "star", None).unwrap().id;

    // The baselines, measured once at the start and once at the end of the run; the
    // lower median of the two is used (the machine's quietest moment is the fairest).
    let (_, insert_a, _) = raw_insert(dir.path(), 200);
    let (_, trivial_a, _) = trivial_call(&app, 200);

    // The learner plays through the lessons in order: each lesson is 10 steps seen and
    // 3 answers (13 events). `played` counts the events written so far.
    let mut played = 0usize;
    let mut next = 0usize;
    let mut results = Vec::new();
    for size in SIZES {
        while played < size {
            let (_, steps, quiz) = &lessons[next % lessons.len()];
            for s in steps {
                app.mark_step_seen(&learner, s).unwrap();
                played += 1;
            }
            for a in 0..3 {
                let pick = if (next + a).is_multiple_of(2) {
                    "a"
                } else {
                    "b"
                };
                app.answer(&learner, quiz, &[pick.to_string()], Some(3000))
                    .unwrap();
                played += 1;
            }
            next += 1;
        }
        // The lesson played last (seen and answered), or the first one at 0 events.
        let (lesson, _, quiz) = &lessons[(next + lessons.len() - 1) % lessons.len()];
        let view = measure(200, || app.lesson(lesson, Some(&learner)).unwrap());
        let list = measure(200, || app.modules(Some(&learner)).unwrap());
        let answer = measure(50, || {
            app.answer(&learner, quiz, &["a".to_string()], Some(3000))
                .unwrap()
        });
        played += 50;
        results.push((size, view, list, answer));
    }
    let (_, insert_b, _) = raw_insert(dir.path(), 200);
    let (_, trivial_b, _) = trivial_call(&app, 200);
    let insert = insert_a.min(insert_b);
    let trivial = trivial_a.min(trivial_b);
    println!(
        "baselines: raw single-row insert (same pragmas, same directory) median {:.1} µs; trivial engine call median {:.1} ns",
        insert.as_secs_f64() * 1e6,
        trivial.as_secs_f64() * 1e9
    );
    for (size, (vmin, vmed, _), (lmin, lmed, _), (amin, amed, _)) in &results {
        println!(
            "history {size} events: lesson view median {:.1} µs ({:.0}x a trivial call); module list median {:.1} µs; answer median {:.1} µs ({:.2}x a raw insert)",
            vmed.as_secs_f64() * 1e6,
            ratio(*vmed, trivial),
            lmed.as_secs_f64() * 1e6,
            amed.as_secs_f64() * 1e6,
            ratio(*amed, insert)
        );
        row(
            "learner",
            &format!("lesson view, {size} events of history"),
            *vmed,
            *vmin,
            Some(ratio(*vmed, trivial)),
            "ratio to a trivial engine call; target <= 50 µs",
        );
        row(
            "learner",
            &format!("module list, {size} events of history"),
            *lmed,
            *lmin,
            Some(ratio(*lmed, trivial)),
            "ratio to a trivial engine call; flat: bounded by the pack, not the history",
        );
        row(
            "learner",
            &format!("answer, {size} events of history"),
            *amed,
            *amin,
            Some(ratio(*amed, insert)),
            &format!(
                "ratio to a raw single-row insert, same pragmas, in {}; target <= 2x",
                dir.path()
                    .parent()
                    .map_or(String::new(), |p| p.display().to_string())
            ),
        );
    }
    row(
        "learner",
        "baseline: raw single-row insert",
        insert,
        insert,
        None,
        "same pragmas and directory as the store (lower median of two runs)",
    );
    row(
        "learner",
        "baseline: trivial engine call",
        trivial,
        trivial,
        None,
        "device id (lower median of two runs)",
    );
}
