//! Fault injection: a writer process is killed (SIGKILL) in the middle of a stream of
//! answers, many times, at different moments. Every answer it acknowledged must be in
//! the database afterwards, and the database must pass SQLite's integrity check.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use safesteps_core::store::Store;

/// Run the writer until it has acknowledged `kill_after` answers, kill it, and return
/// `(learner id, acknowledged count)`: every ack it printed before it died, including
/// those still in the pipe when it was killed.
fn run_and_kill(db: &std::path::Path, kill_after: u64) -> (String, u64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_writer"))
        .arg(db)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start writer");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let learner = lines
        .next()
        .unwrap()
        .unwrap()
        .strip_prefix("learner ")
        .unwrap()
        .to_string();
    let mut acked = 0;
    let parse = |line: String| -> u64 { line.strip_prefix("ack ").unwrap().parse().unwrap() };
    for line in lines.by_ref() {
        acked = parse(line.unwrap());
        if acked >= kill_after {
            break;
        }
    }
    child.kill().expect("SIGKILL the writer");
    child.wait().unwrap();
    // Acks written before the kill but not read yet are acknowledged writes too (a line
    // cut short by the kill is not an ack).
    for line in lines.map_while(Result::ok) {
        if let Some(n) = line
            .strip_prefix("ack ")
            .and_then(|n| n.parse::<u64>().ok())
        {
            acked = acked.max(n);
        }
    }
    (learner, acked)
}

#[test]
fn killing_a_writer_loses_no_acknowledged_answer() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.sqlite");
    let mut expected_learners = 0;
    // Different kill points land in different phases of a write (before, during, after commit).
    for (round, kill_after) in [1u64, 7, 23, 40, 3, 61, 12, 90].into_iter().enumerate() {
        let (learner, acked) = run_and_kill(&db, kill_after);
        expected_learners += 1;
        let mut store = Store::open(&db).expect("the database opens after a crash");
        assert_eq!(store.integrity_check().unwrap(), "ok", "round {round}");
        let (attempts, events, learners) = store
            .read(|db| Ok((db.attempts(&learner)?, db.events(&learner)?, db.learners()?)))
            .unwrap();
        assert!(
            attempts.len() as u64 >= acked,
            "round {round}: {} attempts stored, {acked} acknowledged",
            attempts.len()
        );
        assert!(
            attempts.len() as u64 <= acked + 1,
            "at most the one answer in flight may also be there"
        );
        assert_eq!(
            events.len(),
            attempts.len(),
            "events and derived attempts agree"
        );
        let times: Vec<i64> = attempts.iter().filter_map(|a| a.time_taken_ms).collect();
        let mut sorted = times.clone();
        sorted.sort();
        assert_eq!(times, sorted);
        assert_eq!(
            times.first(),
            Some(&1),
            "the stream starts at the first answer"
        );
        assert_eq!(learners.len(), expected_learners);
    }
}

// ---- kill -9 trials: answers, pack installs, bundle imports, piece transfers ----------
//
// A child process (`writer DB MODE DIR`) does one kind of work and prints `ack N` after
// each piece of work the engine acknowledged; the parent kills it (SIGKILL) after a random
// number of acks and a random delay, so the kill lands anywhere: between writes, inside a
// transaction, during a commit, a checkpoint or a pack file's rename. After every kill the
// database must open (the log a crash leaves is ours, never refused as a stray one), pass
// `PRAGMA integrity_check`, and hold every acknowledged write.
//
// SAFESTEPS_KILL_TRIALS sets the number of trials (default 24, shared by the four kinds);
// SAFESTEPS_KILL_SEED makes a run repeatable. The totals are printed at the end.

use std::path::{Path, PathBuf};

use safesteps_core::content::PackFiles;
use safesteps_core::content::signing::{build_pack_file, generate_key, parse_secret_key};
use safesteps_core::{Engine, OpenOptions};

/// xorshift64*: enough randomness for kill points, and repeatable from a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Work {
    Packs,
    Bundles,
    Pieces,
}

impl Work {
    fn mode(self) -> &'static str {
        match self {
            Work::Packs => "packs",
            Work::Bundles => "bundles",
            Work::Pieces => "pieces",
        }
    }
}

/// Run `writer DB MODE ARGS`, kill it after `kill_after` acks plus `delay_us`, and return
/// the highest ack it printed (all acks printed before death count).
fn kill_during(db: &Path, args: &[&str], kill_after: u64, delay_us: u64) -> u64 {
    let mut child = Command::new(env!("CARGO_BIN_EXE_writer"))
        .arg(db)
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start writer");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut acked = 0;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(n) = line.strip_prefix("ack ") {
            acked = n.parse().unwrap();
        }
        if acked >= kill_after || line == "done" {
            break;
        }
    }
    std::thread::sleep(std::time::Duration::from_micros(delay_us));
    child.kill().expect("SIGKILL the writer");
    child.wait().unwrap();
    for line in lines.map_while(Result::ok) {
        if let Some(n) = line
            .strip_prefix("ack ")
            .and_then(|n| n.parse::<u64>().ok())
        {
            acked = acked.max(n);
        }
    }
    acked
}

/// Signed packs of increasing versions, and the public key to trust.
fn make_packs(dir: &Path, count: usize) -> String {
    let (secret, public) = generate_key().unwrap();
    let key = parse_secret_key(&secret).unwrap();
    for i in 1..=count {
        let mut files = PackFiles::embedded();
        let manifest: Vec<String> = files
            .text("pack.toml")
            .unwrap()
            .lines()
            .map(|l| {
                if l.starts_with("version = ") {
                    format!("version = \"9.{i}.0\"")
                } else {
                    l.to_string()
                }
            })
            .collect();
        let manifest = manifest.join("\n");
        files.insert("pack.toml", manifest);
        std::fs::write(
            dir.join(format!("p{i:04}.sspack")),
            build_pack_file(&files, &key).unwrap(),
        )
        .unwrap();
    }
    public
}

/// A device with learners and answers: `count` progress bundles, one learner each, with
/// `answers` answers; returns each bundle's learner id and event count.
fn make_bundles(dir: &Path, count: usize, answers: usize) -> Vec<(String, usize)> {
    let source = tempfile::tempdir().unwrap();
    let app = Engine::open(&source.path().join("source.sqlite"), OpenOptions::default()).unwrap();
    // The receiving device pairs with this one first (see the writer's `pair`).
    let offer = app.pairing_offer().unwrap();
    std::fs::write(
        dir.join("offer.txt"),
        format!("{}\n{}\n", offer.offer, offer.code),
    )
    .unwrap();
    let options = ["tell-school", "stop-tell-adult", "send-photo"];
    (1..=count)
        .map(|i| {
            let kid = app
                .create_learner(&format!("Kid {i}"), "kite", None)
                .unwrap();
            for n in 0..answers {
                app.answer(
                    &kid.id,
                    "private-info-1-quiz",
                    &[options[n % 3].to_string()],
                    Some(n as i64),
                )
                .unwrap();
            }
            let bundle = app
                .export_progress_bundle(std::slice::from_ref(&kid.id))
                .unwrap();
            std::fs::write(dir.join(format!("b{i:04}.bundle")), &bundle).unwrap();
            (kid.id, answers)
        })
        .collect()
}

/// The bundles of `make_bundles`, split into pieces (written as `*.piece` in order);
/// returns, for each piece, its bundle's index.
fn make_pieces(dir: &Path, bundles: &Path, piece_bytes: u32) -> Vec<usize> {
    std::fs::copy(bundles.join("offer.txt"), dir.join("offer.txt")).unwrap();
    let app = Engine::open_with(
        safesteps_core::store::Store::open_in_memory().unwrap(),
        safesteps_core::content::Catalog::embedded().unwrap(),
        OpenOptions::default(),
        None,
        std::sync::Arc::new(|| 0),
    )
    .unwrap();
    let mut owner = vec![];
    let mut names: Vec<PathBuf> = std::fs::read_dir(bundles)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "bundle"))
        .collect();
    names.sort();
    for (b, name) in names.iter().enumerate() {
        let pieces = app
            .bundle_chunks(&std::fs::read(name).unwrap(), piece_bytes)
            .unwrap();
        for piece in pieces {
            std::fs::write(dir.join(format!("c{:05}.piece", owner.len())), piece).unwrap();
            owner.push(b);
        }
    }
    owner
}

#[derive(Default, Debug)]
struct Totals {
    trials: u64,
    acked: u64,
    lost: u64,
    integrity_failures: u64,
}

/// Open the database after a kill: it must open and pass the integrity check.
fn reopen(db: &Path, totals: &mut Totals, what: &str) -> Store {
    let store = Store::open(db)
        .unwrap_or_else(|e| panic!("{what}: the database does not open after a kill: {e}"));
    let check = store.integrity_check().unwrap();
    if check != "ok" {
        totals.integrity_failures += 1;
        eprintln!("{what}: integrity_check: {check}");
    }
    store
}

#[test]
fn kill_trials_lose_no_acknowledged_write() {
    let trials: u64 = std::env::var("SAFESTEPS_KILL_TRIALS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24);
    let seed: u64 = std::env::var("SAFESTEPS_KILL_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    eprintln!("kill trials: {trials}, seed {seed}");
    let mut rng = Rng(seed);
    let fixtures = tempfile::tempdir().unwrap();
    let packs = fixtures.path().join("packs");
    let bundles = fixtures.path().join("bundles");
    let pieces = fixtures.path().join("pieces");
    for d in [&packs, &bundles, &pieces] {
        std::fs::create_dir(d).unwrap();
    }
    const PACKS: usize = 4;
    const BUNDLES: usize = 12;
    let public = make_packs(&packs, PACKS);
    let learners = make_bundles(&bundles, BUNDLES, 4);
    let owner = make_pieces(&pieces, &bundles, 400);

    let work = tempfile::tempdir().unwrap();
    let mut totals = [
        Totals::default(),
        Totals::default(),
        Totals::default(),
        Totals::default(),
    ];
    let mut answer_learners = 0usize;
    for trial in 0..trials {
        let kind = (trial % 4) as usize;
        let delay = rng.below(3_000);
        let t = &mut totals[kind];
        t.trials += 1;
        match kind {
            0 => {
                let db = work.path().join("answers.sqlite");
                let (learner, acked) = run_and_kill(&db, 1 + rng.below(40));
                answer_learners += 1;
                let mut store = reopen(&db, t, "answers");
                let (attempts, all) = store
                    .read(|db| Ok((db.attempts(&learner)?.len() as u64, db.learners()?.len())))
                    .unwrap();
                t.acked += acked;
                t.lost += acked.saturating_sub(attempts);
                assert_eq!(all, answer_learners, "every learner made is there");
            }
            1 => {
                let db = work.path().join("packs.sqlite");
                let acked = kill_during(
                    &db,
                    &[Work::Packs.mode(), packs.to_str().unwrap(), &public],
                    1 + rng.below(PACKS as u64),
                    delay,
                );
                drop(reopen(&db, t, "packs"));
                let app = Engine::open(
                    &db,
                    OpenOptions {
                        trusted_publisher_keys: vec![public.clone()],
                        ..Default::default()
                    },
                )
                .unwrap();
                let info = app.pack_info();
                t.acked += acked;
                if acked > 0 {
                    // The pack in use is the last acknowledged one, or the one being
                    // installed when the kill came.
                    let v: u64 = info.version.split('.').nth(1).unwrap().parse().unwrap();
                    let ok = info.source == safesteps_core::PackSource::Installed
                        && (v == acked || v == acked + 1);
                    if !ok {
                        t.lost += 1;
                        eprintln!(
                            "packs: acknowledged {acked}, in use {} ({:?}, {:?})",
                            info.version, info.source, info.installed_pack_problem
                        );
                    }
                }
            }
            2 => {
                let db = work.path().join("bundles.sqlite");
                let acked = kill_during(
                    &db,
                    &[Work::Bundles.mode(), bundles.to_str().unwrap()],
                    1 + rng.below(BUNDLES as u64),
                    delay,
                );
                let mut store = reopen(&db, t, "bundles");
                t.acked += acked;
                for (id, events) in learners.iter().take(acked as usize) {
                    let have = store.read(|db| db.events(id)).map(|e| e.len()).unwrap_or(0);
                    if have < *events {
                        t.lost += 1;
                        eprintln!("bundles: learner {id} has {have} of {events} events");
                    }
                }
            }
            _ => {
                let db = work.path().join("pieces.sqlite");
                let acked = kill_during(
                    &db,
                    &[Work::Pieces.mode(), pieces.to_str().unwrap()],
                    1 + rng.below(owner.len() as u64),
                    delay,
                );
                let mut store = reopen(&db, t, "pieces");
                t.acked += acked;
                let piece_files: Vec<PathBuf> = {
                    let mut v: Vec<PathBuf> = std::fs::read_dir(&pieces)
                        .unwrap()
                        .map(|e| e.unwrap().path())
                        .collect();
                    v.sort();
                    v
                };
                for (i, file) in piece_files.iter().enumerate().take(acked as usize) {
                    let piece = std::fs::read(file).unwrap();
                    let bundle_id: String =
                        piece[6..22].iter().map(|b| format!("{b:02x}")).collect();
                    let idx = u32::from(u16::from_be_bytes([piece[22], piece[23]]));
                    let (learner, events) = &learners[owner[i]];
                    // An acknowledged piece is stored, or its bundle was imported whole.
                    let (stored, imported) = store
                        .read(|db| {
                            Ok((
                                db.chunk_indexes(&bundle_id)?.contains(&idx),
                                db.events(learner)?.len() >= *events,
                            ))
                        })
                        .unwrap();
                    if !stored && !imported {
                        t.lost += 1;
                        eprintln!("pieces: piece {i} of bundle {} is gone", owner[i]);
                    }
                }
            }
        }
    }
    let names = [
        "answers",
        "pack installs",
        "bundle imports",
        "piece transfers",
    ];
    let mut all = Totals::default();
    for (name, t) in names.iter().zip(&totals) {
        eprintln!(
            "{name}: {} trials, {} acknowledged writes, {} lost, {} failed integrity checks",
            t.trials, t.acked, t.lost, t.integrity_failures
        );
        all.trials += t.trials;
        all.acked += t.acked;
        all.lost += t.lost;
        all.integrity_failures += t.integrity_failures;
    }
    eprintln!(
        "all: {} trials, {} acknowledged writes, {} lost, {} failed integrity checks",
        all.trials, all.acked, all.lost, all.integrity_failures
    );
    assert_eq!(all.lost, 0, "acknowledged writes were lost");
    assert_eq!(all.integrity_failures, 0, "integrity checks failed");
}
