//! Test helper: answers questions in a loop and prints `ack N` after each answer the
//! engine acknowledged. The crash test kills it with SIGKILL at an arbitrary moment.
//! Usage: writer DB_PATH

use std::io::Write;

use safesteps_core::{Engine, OpenOptions};

fn main() {
    let db = std::env::args().nth(1).expect("usage: writer DB_PATH");
    let app = Engine::open(std::path::Path::new(&db), OpenOptions::default()).expect("open");
    let kid = app.create_learner("Writer", "kite", None).expect("learner");
    let mut out = std::io::stdout().lock();
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
        // Only now is the answer acknowledged to the caller.
        writeln!(out, "ack {n}").unwrap();
        out.flush().unwrap();
    }
}
