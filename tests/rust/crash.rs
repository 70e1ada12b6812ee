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
