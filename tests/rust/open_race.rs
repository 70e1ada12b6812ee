//! Several processes create the same new database at the same moment. Before, one of
//! them read `user_version` 0 after another had created the tables and died with "table
//! meta already exists"; now creation holds the write lock from its start, so the others
//! wait and then open the database that was made. (Run against the code before this
//! change, the first round failed: "could not upgrade the database: ... table meta
//! already exists".)

use std::process::{Command, Stdio};

use safesteps_core::store::Store;

#[test]
fn processes_creating_one_new_database_at_once_all_open_it() {
    const PROCESSES: usize = 4;
    const ROUNDS: usize = 6;
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("new.sqlite");
        let start = dir.path().join("start");
        let children: Vec<_> = (0..PROCESSES)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_writer"))
                    .arg(&db)
                    .arg("open")
                    .arg(&start)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("start a process")
            })
            .collect();
        // Let every process start and wait for the signal, then release them together.
        std::thread::sleep(std::time::Duration::from_millis(300));
        std::fs::write(&start, b"go").unwrap();
        let mut learners = vec![];
        for child in children {
            let out = child.wait_with_output().unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "round {round}: a process failed: {stdout} {}",
                String::from_utf8_lossy(&out.stderr)
            );
            learners.push(stdout.trim().strip_prefix("ok ").unwrap().to_string());
        }
        let mut store = Store::open(&db).unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let mut stored: Vec<String> = store
            .read(|db| Ok(db.learners()?.into_iter().map(|l| l.id).collect()))
            .unwrap();
        stored.sort();
        learners.sort();
        assert_eq!(
            stored, learners,
            "round {round}: every process's learner is there"
        );
        let ids: i64 = store
            .read(|db| Ok(db.meta("database_id")?.iter().count() as i64))
            .unwrap();
        assert_eq!(ids, 1);
    }
}
