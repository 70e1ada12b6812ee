//! Test helper for the kill -9 trials and the two-process tests: does one kind of work
//! in a loop and prints `ack N` after each piece of work the engine acknowledged. The
//! trials kill it with SIGKILL at an arbitrary moment.
//!
//! Usage:
//!   writer DB [answers]            answers questions for a new learner (`learner ID` first)
//!   writer DB packs DIR PUBKEY     installs DIR/*.sspack in name order (ack = index, 1-based)
//!   writer DB bundles DIR          imports DIR/*.bundle in name order
//!   writer DB pieces DIR           receives DIR/*.piece in name order
//!   writer DB open START           waits for the file START, opens (creating) the database,
//!                                  adds a learner, prints `ok ID`, exits

use std::io::Write;
use std::path::{Path, PathBuf};

use safesteps_core::{Engine, OpenOptions};

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

fn ack(out: &mut impl Write, n: usize) {
    // Only now is the work acknowledged to the caller.
    writeln!(out, "ack {n}").unwrap();
    out.flush().unwrap();
}

/// After the last piece of work: stay alive (doing nothing) until killed.
fn idle(out: &mut impl Write) -> ! {
    writeln!(out, "done").unwrap();
    out.flush().unwrap();
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let db = Path::new(args.get(1).expect("usage: writer DB [MODE ARGS]"));
    let mode = args.get(2).map(String::as_str).unwrap_or("answers");
    let mut out = std::io::stdout().lock();
    match mode {
        "answers" => {
            let app = Engine::open(db, OpenOptions::default()).expect("open");
            let kid = app.create_learner("Writer", "kite", None).expect("learner");
            writeln!(out, "learner {}", kid.id).unwrap();
            out.flush().unwrap();
            let options = ["tell-school", "stop-tell-adult", "send-photo"];
            for n in 1u64.. {
                let pick = options[(n % 3) as usize];
                app.answer(
                    &kid.id,
                    "private-info-1-quiz",
                    &[pick.to_string()],
                    Some(n as i64),
                )
                .expect("answer");
                ack(&mut out, n as usize);
            }
        }
        "packs" => {
            let options = OpenOptions {
                trusted_publisher_keys: vec![args[4].clone()],
                ..Default::default()
            };
            let app = Engine::open(db, options).expect("open");
            for (i, pack) in files(&args[3], "sspack").iter().enumerate() {
                app.install_pack(pack, true).expect("install");
                ack(&mut out, i + 1);
            }
            idle(&mut out);
        }
        "bundles" => {
            let app = Engine::open(db, OpenOptions::default()).expect("open");
            pair(&app, &args[3]);
            for (i, bundle) in files(&args[3], "bundle").iter().enumerate() {
                app.import_bundle(&std::fs::read(bundle).unwrap())
                    .expect("import");
                ack(&mut out, i + 1);
            }
            idle(&mut out);
        }
        "pieces" => {
            let app = Engine::open(db, OpenOptions::default()).expect("open");
            pair(&app, &args[3]);
            for (i, piece) in files(&args[3], "piece").iter().enumerate() {
                app.receive_chunk(&std::fs::read(piece).unwrap())
                    .expect("piece");
                ack(&mut out, i + 1);
            }
            idle(&mut out);
        }
        "open" => {
            let start = Path::new(&args[3]);
            while !start.exists() {
                std::thread::sleep(std::time::Duration::from_micros(200));
            }
            let app = match Engine::open(db, OpenOptions::default()) {
                Ok(app) => app,
                Err(e) => {
                    writeln!(out, "error {:?}: {e}", e.kind()).unwrap();
                    std::process::exit(2);
                }
            };
            let kid = app.create_learner("Racer", "kite", None).expect("learner");
            writeln!(out, "ok {}", kid.id).unwrap();
        }
        other => panic!("unknown mode {other}"),
    }
}

/// Pair with the device that made the bundles (its offer is `offer.txt` in `dir`), as a
/// teacher would once: bundles from unpaired devices are refused.
fn pair(app: &Engine, dir: &str) {
    let text = std::fs::read_to_string(Path::new(dir).join("offer.txt")).expect("offer.txt");
    let mut lines = text.lines();
    let (offer, code) = (lines.next().unwrap(), lines.next().unwrap());
    if !app.has_teacher_pin().expect("pin") {
        app.set_teacher_pin(None, "2468").expect("set pin");
    }
    app.teacher_session("2468")
        .expect("session")
        .pair_learner_device(offer, code)
        .expect("pair");
}
