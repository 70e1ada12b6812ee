//! Shared by the benchmarks: a timer, table rows, same-run baselines and a generated pack.
//!
//! Every benchmark prints, besides its prose, one markdown table row per figure (lines
//! starting with `| `, see [`row`]); `scripts/bench.sh` collects them into one table.
//! A figure that can be compared with a baseline measured in the same run (a raw SQLite
//! insert, a trivial call) carries the ratio, which stays meaningful on a loaded machine.
#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use safesteps_core::content::PackFiles;

/// Run `f` `runs` times; returns (min, median, p95).
pub fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (
        times[0],
        times[runs / 2],
        times[(runs * 95 / 100).min(runs - 1)],
    )
}

/// Print one row of the benchmark table: `| bench | figure | median | min | ratio | note |`.
/// `ratio` is the median divided by a baseline measured in the same run (see the note).
pub fn row(
    bench: &str,
    figure: &str,
    median: Duration,
    min: Duration,
    ratio: Option<f64>,
    note: &str,
) {
    let ratio = ratio.map_or_else(|| "-".to_string(), |r| format!("{r:.2}x"));
    println!(
        "| {bench} | {figure} | {} | {} | {ratio} | {note} |",
        human(median),
        human(min)
    );
}

/// Print a row whose value is not a time (a size, a count).
pub fn row_value(bench: &str, figure: &str, value: &str, note: &str) {
    println!("| {bench} | {figure} | {value} | - | - | {note} |");
}

/// A duration with a unit that suits it.
pub fn human(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else if s >= 1e-6 {
        format!("{:.1} µs", s * 1e6)
    } else {
        format!("{:.1} ns", s * 1e9)
    }
}

/// The median over the baseline's median (both measured in this run).
pub fn ratio(median: Duration, baseline: Duration) -> f64 {
    median.as_secs_f64() / baseline.as_secs_f64().max(1e-12)
}

/// The store's pragmas (a copy of `core/src/store/db.rs`, see
/// docs/decisions/0003-sqlite-pragmas.md), for the raw-insert baseline.
pub const STORE_PRAGMAS: &str = "
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA foreign_keys = ON;
    PRAGMA secure_delete = ON;
    PRAGMA temp_store = MEMORY;
    PRAGMA busy_timeout = 5000;
    PRAGMA journal_size_limit = 4194304;
";

/// Baseline for anything that writes one event: a raw single-row SQLite insert, in its
/// own transaction, into a database in `dir` opened with the store's pragmas. An answer
/// can never be cheaper than this; its ratio to it is the cost of our own work.
pub fn raw_insert(dir: &Path, runs: usize) -> (Duration, Duration, Duration) {
    let conn = raw_insert_conn(dir);
    let mut n: i64 = conn
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap();
    measure(runs, || {
        n += 1;
        raw_insert_one(&conn, n)
    })
}

/// The raw-insert baseline's database in `dir` (made if needed), with the store's pragmas.
pub fn raw_insert_conn(dir: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(dir.join("raw-insert-baseline.db")).unwrap();
    conn.execute_batch(STORE_PRAGMAS).unwrap();
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS events (
            id TEXT PRIMARY KEY, learner_id TEXT NOT NULL, at_ms INTEGER NOT NULL,
            kind TEXT NOT NULL, payload TEXT NOT NULL
        ) STRICT;
        CREATE INDEX IF NOT EXISTS events_by_learner ON events(learner_id, at_ms);",
    )
    .unwrap();
    conn
}

/// One raw single-row insert (its own transaction) of row number `n` (unique per file
/// and run: the id carries the process id too).
pub fn raw_insert_one(conn: &rusqlite::Connection, n: i64) -> usize {
    conn.prepare_cached(
        "INSERT INTO events (id, learner_id, at_ms, kind, payload) VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .unwrap()
    .execute(rusqlite::params![
        format!(
            "00000000-{:04x}-4000-8000-{n:012}",
            std::process::id() & 0xffff
        ),
        "11111111-2222-4333-8444-555555555555",
        1_800_000_000_000i64 + n,
        "answer",
        r#"{"question":"gen0000-l0-s9","selected":["a"],"correct":true,"ms":4000}"#,
    ])
    .unwrap()
}

/// Where the file-backed benchmarks put their databases: `SAFESTEPS_BENCH_DIR` if set,
/// else a temporary folder in `/dev/shm` (memory) when there is one, so an fsync costs
/// nothing and the ratio to a raw insert shows our own work rather than the disk's flush
/// (about 4 ms on the build machine, the same for both, which hid every difference).
pub fn bench_dir() -> tempfile::TempDir {
    let base = std::env::var_os("SAFESTEPS_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .or_else(|| Some(std::path::PathBuf::from("/dev/shm")).filter(|p| p.is_dir()))
        .unwrap_or_else(std::env::temp_dir);
    tempfile::tempdir_in(base).unwrap()
}

/// Baseline for a read through the engine: the most trivial call it has (its device
/// id, a short string copy, as an app makes through the bindings). Timed in batches of
/// 1,000 calls, per call, so the timer's own cost does not dominate.
pub fn trivial_call(
    engine: &safesteps_core::Engine,
    runs: usize,
) -> (Duration, Duration, Duration) {
    let (min, median, p95) = measure(runs, || {
        for _ in 0..1000 {
            std::hint::black_box(engine.device_id());
        }
    });
    (min / 1000, median / 1000, p95 / 1000)
}

/// A generated pack: `modules` x 10 lessons x 10 steps, every step with a picture,
/// alt text and easy-read text, and one quiz per lesson.
pub fn generated_pack(modules: usize) -> PackFiles {
    let mut f = PackFiles::embedded();
    for m in 0..modules {
        let id = format!("gen{m:04}");
        let mut toml = format!("id = \"{id}\"\naudience = \"child\"\nages = \"10-14\"\n");
        let mut ftl = format!("{id}-title = Module {m}\n{id}-summary = Generated module {m}.\n");
        for l in 0..10 {
            let lid = format!("{id}-l{l}");
            toml.push_str(&format!("\n[[lessons]]\nid = \"{lid}\"\n"));
            ftl.push_str(&format!("{lid}-title = Lesson {l}\n"));
            for s in 0..10 {
                let sid = format!("{lid}-s{s}");
                if s == 9 {
                    toml.push_str(&format!(
                        "\n[[lessons.steps]]\nid = \"{sid}\"\nkind = \"quiz\"\npicture = \"media/avatars/cat.svg\"\n\n[lessons.steps.question]\ntype = \"single_choice\"\n\n[[lessons.steps.question.options]]\nid = \"a\"\ncorrect = true\n\n[[lessons.steps.question.options]]\nid = \"b\"\n"
                    ));
                    ftl.push_str(&format!(
                        "{sid} = Question {s} of lesson {l}?\n    .easy = Question {s}?\n    .alt = A cat looks at a phone.\n{sid}-a = The right answer\n    .feedback = Yes, well done.\n{sid}-b = Another answer\n    .feedback = Not this one.\n"
                    ));
                } else {
                    toml.push_str(&format!(
                        "\n[[lessons.steps]]\nid = \"{sid}\"\nkind = \"story\"\npicture = \"media/avatars/cat.svg\"\n"
                    ));
                    ftl.push_str(&format!(
                        "{sid} = Step {s} of lesson {l} in module {m}: a short story about staying safe online.\n    .easy = Step {s}: a short story.\n    .alt = A cat looks at a phone.\n"
                    ));
                }
            }
        }
        f.insert(format!("modules/50-{id}.toml"), toml);
        f.insert(format!("locales/en/{id}.ftl"), ftl);
    }
    f
}

/// The generated lessons of a catalog (`generated_pack`): (lesson id, step ids, quiz id).
pub fn generated_lessons(
    catalog: &safesteps_core::content::Catalog,
) -> Vec<(String, Vec<String>, String)> {
    catalog
        .modules
        .iter()
        .filter(|m| m.id.starts_with("gen"))
        .flat_map(|m| &m.lessons)
        .map(|l| {
            let steps = l.steps.iter().map(|s| s.id.clone()).collect();
            let quiz = l
                .steps
                .iter()
                .find(|s| s.question.is_some())
                .unwrap()
                .id
                .clone();
            (l.id.clone(), steps, quiz)
        })
        .collect()
}

/// A learner's device (a shared tablet) with `learners` learners who each played
/// `lessons` lessons (10 steps seen, 3 answers: 13 events a lesson), and its progress
/// bundle of all of them: (bundle, events in it, the sender's pairing offer and code).
pub fn progress_bundle(learners: usize, lessons: usize) -> (Vec<u8>, usize, String, String) {
    let catalog = safesteps_core::content::Catalog::load(generated_pack(4)).unwrap();
    let list = generated_lessons(&catalog);
    let tablet = safesteps_core::Engine::open_with(
        safesteps_core::store::Store::open_in_memory().unwrap(),
        catalog,
        safesteps_core::OpenOptions::default(),
        None,
        std::sync::Arc::new(|| 1_800_000_000_000),
    )
    .unwrap();
    for i in 0..learners {
        let l = tablet
            .create_learner(&format!("Kid {i}"), "star", None)
            .unwrap();
        for (li, (_, steps, quiz)) in list.iter().cycle().enumerate().take(lessons) {
            for s in steps {
                tablet.mark_step_seen(&l.id, s).unwrap();
            }
            for a in 0..3 {
                let pick = if (i + li + a) % 2 == 0 { "a" } else { "b" };
                tablet
                    .answer(&l.id, quiz, &[pick.to_string()], Some(3000))
                    .unwrap();
            }
        }
    }
    let offer = tablet.pairing_offer().unwrap();
    (
        tablet.export_progress_bundle(&[]).unwrap(),
        learners * lessons * 13,
        offer.offer,
        offer.code,
    )
}

/// A teacher's device in `path` (file-backed, the store's pragmas) paired with the
/// sender of a progress bundle, ready to import it.
pub fn paired_receiver(path: &Path, offer: &str, code: &str) -> safesteps_core::Engine {
    let catalog = safesteps_core::content::Catalog::load(generated_pack(4)).unwrap();
    let app = safesteps_core::Engine::open_with(
        safesteps_core::store::Store::open(path).unwrap(),
        catalog,
        safesteps_core::OpenOptions::default(),
        None,
        std::sync::Arc::new(|| 1_800_000_100_000),
    )
    .unwrap();
    app.set_teacher_pin(None, "2468").unwrap();
    app.teacher_session("2468")
        .unwrap()
        .pair_learner_device(offer, code)
        .unwrap();
    app
}
