//! Instruction counts, which a loaded machine cannot blur: `scripts/bench.sh` runs this
//! binary natively to `prepare` a database, then under `valgrind --tool=callgrind
//! --toggle-collect='*measured_*'` to `measure` one operation, so only the functions named
//! `measured_*` (the operation itself, after a warm-up call) are counted.
//!
//! - `instructions prepare DIR`: a class of 60 learners x 40 lessons x (10 steps seen +
//!   5 answers), as in the `classroom` bench, in a file-backed store in DIR.
//! - `instructions measure DIR class-report|lesson-view RUNS`: open it, warm up, run the
//!   operation RUNS times. Instructions per operation = callgrind's total / RUNS.
//!
//! Run by `cargo bench` without arguments it only says how to use it.

use std::path::Path;
use std::sync::Arc;

use safesteps_core::content::Catalog;
use safesteps_core::store::Store;
use safesteps_core::{AssignmentTarget, Engine, NewAssignment, OpenOptions, TeacherSession};

mod common;
use common::generated_pack;

const PIN: &str = "2468";

fn open(dir: &Path) -> Engine {
    Engine::open_with(
        Store::open(&dir.join("instructions.db")).unwrap(),
        Catalog::load(generated_pack(4)).unwrap(),
        OpenOptions::default(),
        None,
        Arc::new(|| 1_800_000_000_000),
    )
    .unwrap()
}

fn prepare(dir: &Path) {
    let app = open(dir);
    let catalog = Catalog::load(generated_pack(4)).unwrap();
    let gen_modules: Vec<_> = catalog
        .modules
        .iter()
        .filter(|m| m.id.starts_with("gen"))
        .collect();
    app.set_teacher_pin(None, PIN).unwrap();
    let token = app.teacher_session(PIN).unwrap();
    let class = token.create_class("Benchmark class").unwrap();
    token
        .assign(&NewAssignment {
            module_ids: gen_modules.iter().map(|m| m.id.clone()).collect(),
            target: AssignmentTarget::Class(class.id.clone()),
            start_ms: None,
            due_ms: None,
        })
        .unwrap();
    let lessons: Vec<_> = gen_modules.iter().flat_map(|m| &m.lessons).collect();
    let mut first = None;
    for i in 0..60 {
        let l = app
            .create_learner(&format!("Kid {i}"), "star", None)
            .unwrap();
        token.add_to_class(&class.id, &l.id).unwrap();
        for (li, lesson) in lessons.iter().enumerate() {
            let quiz = lesson.steps.iter().find(|s| s.question.is_some()).unwrap();
            for s in &lesson.steps {
                app.mark_step_seen(&l.id, &s.id).unwrap();
            }
            for a in 0..5 {
                let pick = if (i + li + a) % 3 == 0 { "a" } else { "b" };
                app.answer(&l.id, &quiz.id, &[pick.to_string()], Some(4000))
                    .unwrap();
            }
        }
        first.get_or_insert(l.id);
    }
    let ids = format!(
        "{}\n{}\n{}\n",
        class.id,
        first.unwrap(),
        lessons[lessons.len() / 2].id
    );
    std::fs::write(dir.join("ids.txt"), ids).unwrap();
}

#[inline(never)]
fn measured_class_report(token: &TeacherSession, class: &str) {
    std::hint::black_box(token.class_report(class).unwrap());
}

#[inline(never)]
fn measured_lesson_view(app: &Engine, lesson: &str, learner: &str) {
    std::hint::black_box(app.lesson(lesson, Some(learner)).unwrap());
}

#[inline(never)]
fn measured_answer(app: &Engine, learner: &str, quiz: &str) {
    std::hint::black_box(
        app.answer(learner, quiz, &["b".to_string()], Some(3000))
            .unwrap(),
    );
}

#[inline(never)]
fn measured_raw_insert(conn: &rusqlite::Connection, n: i64) {
    common::raw_insert_one(conn, n);
}

#[inline(never)]
fn measured_import(app: &Engine, bundle: &[u8]) {
    std::hint::black_box(app.import_bundle(bundle).unwrap());
}

/// The progress bundles of `common::progress_bundle` (10k and 40k events) and a paired
/// receiver database for each, made natively (the PIN hash and pairing are not counted).
fn prepare_import(dir: &Path) {
    for (label, learners, lessons) in [("10k", 40, 20), ("40k", 80, 40)] {
        let (bundle, events, offer, code) = common::progress_bundle(learners, lessons);
        std::fs::write(dir.join(format!("bundle-{label}.bin")), &bundle).unwrap();
        std::fs::write(dir.join(format!("events-{label}.txt")), events.to_string()).unwrap();
        drop(common::paired_receiver(
            &dir.join(format!("receiver-{label}.db")),
            &offer,
            &code,
        ));
    }
}

/// Import a bundle into a copy of its paired receiver; with `again`, import it once
/// first (not counted), so the counted import finds every event already there.
fn measure_import(dir: &Path, label: &str, again: bool) {
    let bundle = std::fs::read(dir.join(format!("bundle-{label}.bin"))).unwrap();
    let copy = dir.join(format!("receiver-{label}-run.db"));
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", copy.display()));
    }
    std::fs::copy(dir.join(format!("receiver-{label}.db")), &copy).unwrap();
    let app = Engine::open_with(
        Store::open(&copy).unwrap(),
        Catalog::load(generated_pack(4)).unwrap(),
        OpenOptions::default(),
        None,
        Arc::new(|| 1_800_000_100_000),
    )
    .unwrap();
    if again {
        app.import_bundle(&bundle).unwrap();
    }
    measured_import(&app, &bundle);
}

fn measure(dir: &Path, op: &str, runs: usize) {
    match op {
        "import-10k" => return measure_import(dir, "10k", false),
        "reimport-10k" => return measure_import(dir, "10k", true),
        "import-40k" => return measure_import(dir, "40k", false),
        "reimport-40k" => return measure_import(dir, "40k", true),
        "raw-insert" => {
            let conn = common::raw_insert_conn(dir);
            common::raw_insert_one(&conn, 0);
            for n in 1..=runs as i64 {
                measured_raw_insert(&conn, n);
            }
            return;
        }
        _ => {}
    }
    let ids = std::fs::read_to_string(dir.join("ids.txt")).unwrap();
    let [class, learner, lesson]: [&str; 3] = ids
        .lines()
        .collect::<Vec<_>>()
        .try_into()
        .expect("ids.txt has three lines");
    let app = open(dir);
    match op {
        "class-report" => {
            let token = app.teacher_session(PIN).unwrap();
            let report = token.class_report(class).unwrap();
            assert_eq!(report.learners.len(), 60);
            for _ in 0..runs {
                measured_class_report(&token, class);
            }
        }
        "lesson-view" => {
            app.lesson(lesson, Some(learner)).unwrap();
            for _ in 0..runs {
                measured_lesson_view(&app, lesson, learner);
            }
        }
        "answer" => {
            // The first learner (600 events of history) answers a quiz of the lesson
            // in the middle of the course again and again.
            let quiz = format!("{lesson}-s9");
            app.answer(learner, &quiz, &["b".to_string()], Some(3000))
                .unwrap();
            for _ in 0..runs {
                measured_answer(&app, learner, &quiz);
            }
        }
        other => panic!("unknown operation {other}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["prepare", dir] => prepare(Path::new(dir)),
        ["prepare-import", dir] => prepare_import(Path::new(dir)),
        ["measure", dir, op, runs] => measure(Path::new(dir), op, runs.parse().unwrap()),
        _ => println!(
            "instructions: counts instructions under callgrind; run scripts/bench.sh (usage: instructions prepare DIR | prepare-import DIR | measure DIR class-report|lesson-view|answer|raw-insert|import-10k|reimport-10k|import-40k|reimport-40k RUNS)"
        ),
    }
}
