//! Opening the store with the embedded pack (run: `cargo bench -p safesteps-core --bench
//! open`). Targets (issue 15.3): a cold open of a new database <= 5 ms, a warm reopen
//! <= 2 ms, and the warm reopen flat from 0 to 100,000 stored events.
//!
//! - *Cold*: a new process opens a new database (`Engine::open`, the embedded pack read
//!   for the first time in the process). The benchmark starts itself as a child for each
//!   run and the child times its own `Engine::open`, so process start-up is not counted.
//! - *New database, warm process*: the embedded pack already read once in the process.
//! - *Warm reopen*: an existing database, closed cleanly, opened again in the same
//!   process; with 0, 10,000 and 100,000 events stored (this device's, as a phone that was
//!   used for a year has).
//! - Instruction counts (`valgrind --tool=callgrind`, when installed) of a cold open and
//!   of a warm reopen at 0 and 100,000 events: they do not move with the machine's load.
//!
//! Databases go to /dev/shm (see `common::bench_dir`); the cold open is also timed on the
//! disk (the system's temporary folder), where every fsync costs about 4 ms here.
//!
//! `open cold-child DB` and `open callgrind-child (cold|cold-screens|reopen) DIR RUNS` are the
//! children; run without them (as `cargo bench` does) it measures everything.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use safesteps_core::{Engine, OpenOptions};

mod common;
use common::{bench_dir, human, row, row_value};

/// Open and time only the open (closing is not counted).
fn timed_open(path: &Path) -> (Duration, Engine) {
    let start = Instant::now();
    let engine = Engine::open(path, OpenOptions::default()).unwrap();
    (start.elapsed(), engine)
}

/// (min, median) of `runs` timings made by `f`.
fn stats(runs: usize, mut f: impl FnMut(usize) -> Duration) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs).map(&mut f).collect();
    times.sort();
    (times[0], times[runs / 2])
}

/// One `cold-child` process on the database at `db`: the times it took to open, to list
/// the modules after that, and to view the first lesson after that.
fn cold_child(db: &Path) -> [Duration; 3] {
    let out = Command::new(std::env::current_exe().unwrap())
        .arg("cold-child")
        .arg(db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let nanos: Vec<u64> = text
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    std::array::from_fn(|k| Duration::from_nanos(nanos[k]))
}

/// Cold opens of new databases in `dir`, each in a new process: (min, median) of the
/// open alone, of the open and the home screen's module list, and of those and the first
/// lesson's view (the built-in texts are read as views ask for them, so a cold process's
/// first views pay for the texts they show).
fn cold_runs(dir: &Path, runs: usize) -> [(Duration, Duration); 3] {
    let mut times: Vec<[Duration; 3]> = (0..runs)
        .map(|i| {
            let [open, list, view] = cold_child(&dir.join(format!("cold-{i}.db")));
            [open, open + list, open + list + view]
        })
        .collect();
    std::array::from_fn(|k| {
        times.sort_by_key(|t| t[k]);
        (times[0][k], times[runs / 2][k])
    })
}

/// Cold opens of the existing database at `path`, each in a new process (an app
/// started again with its data).
fn cold_existing_runs(path: &Path, runs: usize) -> (Duration, Duration) {
    stats(runs, |_| cold_child(path)[0])
}

/// Store `events` events of this device in the database at `path` (one learner), the
/// way the store's own tables hold them, quickly: plain SQL in one transaction.
fn fill(path: &Path, events: usize) {
    let engine = Engine::open(path, OpenOptions::default()).unwrap();
    let learner = engine.create_learner("Filler", "star", None).unwrap();
    let device = engine.device_id();
    drop(engine);
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
         INSERT INTO events (id, learner_id, device_id, at_ms, kind, payload)
         SELECT printf('00000000-0000-4000-8000-%012d', i), ?2, ?3, 1700000000000 + i * 1000,
                'step_seen', '{\"type\":\"step_seen\",\"step\":\"private-info-1-s1\"}'
         FROM n",
        rusqlite::params![events as i64, learner.id, device],
    )
    .unwrap();
    drop(conn);
}

/// Warm reopens of the database at `path`: (min, median).
fn reopen_runs(path: &Path, runs: usize) -> (Duration, Duration) {
    drop(Engine::open(path, OpenOptions::default()).unwrap());
    stats(runs, |_| timed_open(path).0)
}

/// Instructions per call of `callgrind-child MODE` (None without valgrind).
fn instructions(mode: &str, dir: &Path, runs: usize) -> Option<u64> {
    let exe = std::env::current_exe().unwrap();
    let out_file = dir.join(format!("callgrind.{mode}.out"));
    let status = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out_file.display()))
        .arg("--toggle-collect=*measured_*")
        .arg(&exe)
        .args(["callgrind-child", mode])
        .arg(dir)
        .arg(runs.to_string())
        .output()
        .ok()?;
    if !status.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&status.stderr));
        return None;
    }
    let text = std::fs::read_to_string(&out_file).ok()?;
    let total = text
        .lines()
        .find_map(|l| {
            l.strip_prefix("summary:")
                .or_else(|| l.strip_prefix("totals:"))
        })?
        .split_whitespace()
        .next()?
        .parse::<u64>()
        .ok()?;
    Some(total / runs as u64)
}

#[inline(never)]
fn measured_open(path: &Path) -> Engine {
    Engine::open(path, OpenOptions::default()).unwrap()
}

/// The home screen's module list and the first lesson's view, right after a cold open.
#[inline(never)]
fn measured_first_screens(engine: &Engine) {
    let modules = engine.modules(None).unwrap();
    engine.lesson(&modules[0].lesson_ids[0], None).unwrap();
}

/// The child run under callgrind: `cold` opens new databases (the first is the cold one:
/// only it is counted, `runs` is 1), `reopen` reopens `DIR/warm.db` `runs` times after
/// one uncounted open.
fn callgrind_child(mode: &str, dir: &Path, runs: usize) {
    match mode {
        "cold" => {
            let engine = measured_open(&dir.join("callgrind-cold.db"));
            drop(engine);
        }
        "cold-screens" => {
            let engine = measured_open(&dir.join("callgrind-cold-screens.db"));
            measured_first_screens(&engine);
            drop(engine);
        }
        _ => {
            let path = dir.join(mode);
            drop(Engine::open(&path, OpenOptions::default()).unwrap());
            for _ in 0..runs {
                let engine = measured_open(&path);
                drop(engine);
            }
        }
    }
}

fn ms(d: Duration) -> String {
    human(d)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("cold-child") => {
            let (took, engine) = timed_open(Path::new(&args[2]));
            let start = Instant::now();
            let modules = engine.modules(None).unwrap();
            let list = start.elapsed();
            let start = Instant::now();
            engine.lesson(&modules[0].lesson_ids[0], None).unwrap();
            let view = start.elapsed();
            drop(engine);
            println!(
                "{} {} {}",
                took.as_nanos(),
                list.as_nanos(),
                view.as_nanos()
            );
            return;
        }
        Some("callgrind-child") => {
            callgrind_child(&args[2], Path::new(&args[3]), args[4].parse().unwrap());
            return;
        }
        _ => {}
    }

    let shm = bench_dir();
    let [(min, median), (lmin, lmedian), (vmin, vmedian)] = cold_runs(shm.path(), 15);
    println!(
        "cold open, new database (new process, first read of the embedded pack), {}: min {}, median {} (target <= 5 ms)",
        shm.path().display(),
        ms(min),
        ms(median)
    );
    row(
        "open",
        "cold open of a new database (new process)",
        median,
        min,
        None,
        "target <= 5 ms; database in memory (/dev/shm)",
    );
    println!(
        "cold start to the home screen (open, module list): min {}, median {}; and the first lesson's view: min {}, median {}",
        ms(lmin),
        ms(lmedian),
        ms(vmin),
        ms(vmedian)
    );
    row(
        "open",
        "cold open and the home screen's module list (new process)",
        lmedian,
        lmin,
        None,
        "the built-in texts the list shows are read as it asks for them",
    );
    row(
        "open",
        "cold open, module list and the first lesson's view (new process)",
        vmedian,
        vmin,
        None,
        "the first screens of a child's first start",
    );
    let disk = tempfile::tempdir().unwrap();
    let [(dmin, dmedian), _, _] = cold_runs(disk.path(), 9);
    println!(
        "cold open, new database, on disk ({}): min {}, median {} (each fsync about 4 ms here)",
        disk.path().display(),
        ms(dmin),
        ms(dmedian)
    );
    row(
        "open",
        "cold open of a new database (new process), on disk",
        dmedian,
        dmin,
        None,
        "fsyncs included",
    );

    // New databases in a process that has read the embedded pack before.
    drop(Engine::open(&shm.path().join("first.db"), OpenOptions::default()).unwrap());
    let (nmin, nmedian) = stats(30, |i| {
        timed_open(&shm.path().join(format!("new-{i}.db"))).0
    });
    println!(
        "new database, warm process: min {}, median {}",
        ms(nmin),
        ms(nmedian)
    );
    row(
        "open",
        "open of a new database, warm process",
        nmedian,
        nmin,
        None,
        "the embedded pack read before in the process",
    );

    let mut medians = Vec::new();
    for events in [0usize, 10_000, 100_000] {
        let path: PathBuf = shm.path().join(format!("warm-{events}.db"));
        fill(&path, events);
        let (wmin, wmedian) = reopen_runs(&path, 40);
        println!(
            "warm reopen with {events} stored events: min {}, median {} (target <= 2 ms, flat)",
            ms(wmin),
            ms(wmedian)
        );
        row(
            "open",
            &format!("warm reopen, {events} stored events"),
            wmedian,
            wmin,
            medians.first().map(|&base| common::ratio(wmedian, base)),
            "target <= 2 ms; ratio to 0 events (flat: about 1x)",
        );
        medians.push(wmedian);
        let (cmin, cmedian) = cold_existing_runs(&path, 9);
        println!(
            "app start (new process) with {events} stored events: min {}, median {}",
            ms(cmin),
            ms(cmedian)
        );
        row(
            "open",
            &format!("app start (new process), {events} stored events"),
            cmedian,
            cmin,
            None,
            "cold process, existing database",
        );
        // Where a large database's quick check went: the first write waits for it.
        let (fmin, fmedian) = stats(9, |_| {
            let start = Instant::now();
            let engine = Engine::open(&path, OpenOptions::default()).unwrap();
            engine.create_learner("Kid", "star", None).unwrap();
            let took = start.elapsed();
            drop(engine);
            took
        });
        println!(
            "reopen and first write (waits for the background quick check) with {events} stored events: min {}, median {}",
            ms(fmin),
            ms(fmedian)
        );
        row(
            "open",
            &format!("reopen and first write, {events} stored events"),
            fmedian,
            fmin,
            None,
            "the write waits for the quick check of a database over 1 MiB",
        );
    }

    // Instruction counts: the same work on any machine, loaded or not.
    let dir = shm.path();
    let cold = instructions("cold", dir, 1);
    let screens = instructions("cold-screens", dir, 1);
    let warm0 = instructions("warm-0.db", dir, 10);
    let warm100k = instructions("warm-100000.db", dir, 10);
    match (cold, screens, warm0, warm100k) {
        (Some(c), Some(s), Some(w0), Some(w100)) => {
            println!(
                "instructions (callgrind): cold open of a new database {c}, with the module list and first lesson view {s}, warm reopen with 0 events {w0}, with 100,000 events {w100}"
            );
            row_value(
                "open",
                "instructions, cold open of a new database",
                &c.to_string(),
                "callgrind, one open in a new process",
            );
            row_value(
                "open",
                "instructions, cold open, module list and first lesson view",
                &s.to_string(),
                "callgrind, in a new process: the first screens of a first start",
            );
            row_value(
                "open",
                "instructions, warm reopen, 0 events",
                &w0.to_string(),
                "callgrind, per open (mean of 10)",
            );
            row_value(
                "open",
                "instructions, warm reopen, 100,000 events",
                &w100.to_string(),
                &format!(
                    "callgrind, per open (mean of 10); {:.2}x the 0-event count",
                    w100 as f64 / w0.max(1) as f64
                ),
            );
        }
        _ => println!("valgrind is not installed (or failed): instruction counts skipped"),
    }
}
