//! Database identity and recovery (issue 12, item 3): whose file it is, stray write-ahead
//! logs, damaged files, read-only files, newer files in rollback mode, and moving a damaged
//! database aside. Each test says how the code before this change failed it.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use safesteps_core::store::{Learner, Store, schema};
use safesteps_core::{Error, ErrorKind};

fn learner(id: &str) -> Learner {
    Learner {
        id: id.into(),
        nickname: "Kite".into(),
        avatar: "kite".into(),
        created_at_ms: 1_000,
        age_band: None,
        settings: Default::default(),
        picture_password: None,
        origin_device: None,
    }
}

fn side(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    p.into()
}

/// The bytes of a database file and its `-wal`, `-shm` and `-journal` (None when absent).
fn snapshot(path: &Path) -> Vec<Option<Vec<u8>>> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|s| std::fs::read(side(path, s)).ok())
        .collect()
}

fn pragma_i64(path: &Path, pragma: &str) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
        .unwrap()
}

fn learner_ids(store: &mut Store) -> Vec<String> {
    store
        .read(|db| Ok(db.learners()?.into_iter().map(|l| l.id).collect()))
        .unwrap()
}

/// A SafeSteps database with `n` learners, closed (its log checkpointed away).
fn database_with_learners(path: &Path, n: usize) {
    let mut store = Store::open(path).unwrap();
    for i in 0..n {
        store
            .write(|db| db.insert_learner(&learner(&format!("l-{i}"))))
            .unwrap();
    }
}

/// Copy a database's files while a connection still has it open: a copy as a backup
/// taken while the app ran, or a crash, leaves it (main file, `-wal`, `-shm`).
fn copy_while_open(from: &Path, to: &Path) {
    for s in ["", "-wal", "-shm"] {
        if side(from, s).exists() {
            std::fs::copy(side(from, s), side(to, s)).unwrap();
        }
    }
}

// Before: no application id was written (it read 0) and there was no database id.
#[test]
fn a_new_database_carries_the_application_id_and_a_database_id_that_stay() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    drop(Store::open(&path).unwrap());
    let app = pragma_i64(&path, "application_id");
    assert_eq!(app, i64::from(schema::APPLICATION_ID));
    assert_eq!(app, 0x5353_7431, "the documented value");
    let id = |p: &Path| -> String {
        Connection::open(p)
            .unwrap()
            .query_row(
                "SELECT value FROM meta WHERE key = 'database_id'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let first = id(&path);
    assert_eq!(first.len(), 36, "a UUID: {first}");
    drop(Store::open(&path).unwrap());
    assert_eq!(id(&path), first, "reopening keeps the id");
    let other = dir.path().join("t.sqlite");
    drop(Store::open(&other).unwrap());
    assert_ne!(id(&other), first, "each database has its own id");
}

// Before: another app's database was migrated in place (our tables added to it).
#[test]
fn another_apps_database_is_refused_and_left_byte_for_byte_with_its_wal_and_shm() {
    let dir = tempfile::tempdir().unwrap();
    let theirs = dir.path().join("theirs.sqlite");
    let copy = dir.path().join("copy.sqlite");
    {
        let conn = Connection::open(&theirs).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
             PRAGMA user_version = 3;
             INSERT INTO notes (body) VALUES ('theirs');",
        )
        .unwrap();
        // The other app is still running: its -wal and -shm hold the last writes.
        copy_while_open(&theirs, &copy);
    }
    let before = snapshot(&copy);
    assert!(
        before[1].as_ref().is_some_and(|w| !w.is_empty()),
        "a -wal with frames"
    );
    assert!(before[2].is_some(), "a -shm");
    let err = Store::open(&copy).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ForeignDatabase, "{err}");
    assert!(matches!(err, Error::ForeignDatabase { .. }));
    assert!(
        err.to_string().contains("not a SafeSteps database"),
        "{err}"
    );
    assert_eq!(
        snapshot(&copy),
        before,
        "main file, -wal and -shm unchanged"
    );
    // Recovery does not move another app's file either.
    let err = Store::open_recovering(&copy, 0).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ForeignDatabase);
    assert_eq!(snapshot(&copy), before);
}

// Before: a file with tables and no schema version was "migrated" (our tables added).
#[test]
fn a_database_with_tables_but_no_version_or_id_is_never_initialised() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.sqlite");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE learners (x); INSERT INTO learners VALUES (1);")
        .unwrap();
    let before = snapshot(&path);
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ForeignDatabase, "{err}");
    assert_eq!(snapshot(&path), before);
    // Another application id alone is enough.
    let other = dir.path().join("other.sqlite");
    Connection::open(&other)
        .unwrap()
        .execute_batch("PRAGMA application_id = 1234;")
        .unwrap();
    let before = snapshot(&other);
    let err = Store::open(&other).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ForeignDatabase, "{err}");
    assert!(err.to_string().contains("0x000004d2"), "{err}");
    assert_eq!(snapshot(&other), before);
}

// Before: the stray log was replayed, the learners were gone, and open said Ok.
#[test]
fn a_wal_from_another_safesteps_database_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("ours.sqlite");
    database_with_learners(&ours, 3);
    // Another copy of the app, still running, with a log of its own.
    let other = dir.path().join("other.sqlite");
    let crashed = dir.path().join("crashed.sqlite");
    {
        let mut store = Store::open(&other).unwrap();
        store.write(|db| db.insert_learner(&learner("x"))).unwrap();
        copy_while_open(&other, &crashed);
    }
    std::fs::copy(side(&crashed, "-wal"), side(&ours, "-wal")).unwrap();
    let before = snapshot(&ours);
    let err = Store::open(&ours).unwrap_err();
    assert!(matches!(err, Error::StrayWal { .. }), "{err:?}");
    assert_eq!(err.kind(), ErrorKind::DatabaseCorrupt);
    assert!(err.to_string().contains("write-ahead log"), "{err}");
    assert_eq!(
        snapshot(&ours),
        before,
        "main file and -wal unchanged, no -shm made"
    );

    // Recovery moves only the log aside (kept) and keeps every learner.
    let (mut store, recovery) = Store::open_recovering(&ours, 1_764_370_000_000).unwrap();
    let recovery = recovery.expect("recovery was needed");
    assert!(!recovery.started_fresh, "{recovery:?}");
    assert_eq!(recovery.moved_aside.len(), 1, "{recovery:?}");
    assert!(
        recovery.moved_aside[0].contains(".stray-20251128T"),
        "{recovery:?}"
    );
    assert_eq!(
        std::fs::read(&recovery.moved_aside[0]).unwrap(),
        before[1].clone().unwrap(),
        "the log is kept as it was"
    );
    assert_eq!(learner_ids(&mut store), ["l-0", "l-1", "l-2"]);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

// Before: the log of another (non-SafeSteps) database replayed over ours made
// user_version read 0, every migration ran again and open said Ok with no learners.
#[test]
fn a_wal_that_takes_the_schema_back_to_zero_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("ours.sqlite");
    database_with_learners(&ours, 2);
    let scratch = dir.path().join("scratch.sqlite");
    let crashed = dir.path().join("scratch-copy.sqlite");
    {
        let conn = Connection::open(&scratch).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);",
        )
        .unwrap();
        copy_while_open(&scratch, &crashed);
    }
    std::fs::copy(side(&crashed, "-wal"), side(&ours, "-wal")).unwrap();
    let before = snapshot(&ours);
    let err = Store::open(&ours).unwrap_err();
    assert!(matches!(err, Error::StrayWal { .. }), "{err:?}");
    assert_eq!(snapshot(&ours), before);
}

// Before: a log older than the main file (a backup's log put back next to a newer file)
// was replayed and took the data back in time.
#[test]
fn an_older_wal_of_the_same_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let backup = dir.path().join("backup.sqlite");
    {
        let mut store = Store::open(&path).unwrap();
        store.write(|db| db.insert_learner(&learner("a"))).unwrap();
        copy_while_open(&path, &backup);
        store.write(|db| db.insert_learner(&learner("b"))).unwrap();
        store
            .write(|db| db.erase_learner("a", 1, "dev").map(drop))
            .unwrap();
    }
    std::fs::copy(side(&backup, "-wal"), side(&path, "-wal")).unwrap();
    let before = snapshot(&path);
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, Error::StrayWal { .. }), "{err:?}");
    assert!(err.to_string().contains("older"), "{err}");
    assert_eq!(snapshot(&path), before);
}

// The log a crash leaves behind is ours, and is replayed.
#[test]
fn the_wal_a_crash_leaves_is_replayed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let crashed = dir.path().join("crashed.sqlite");
    {
        let mut store = Store::open(&path).unwrap();
        store.write(|db| db.insert_learner(&learner("a"))).unwrap();
        store.write(|db| db.insert_learner(&learner("b"))).unwrap();
        copy_while_open(&path, &crashed);
    }
    assert!(std::fs::metadata(side(&crashed, "-wal")).unwrap().len() > 0);
    let mut store = Store::open(&crashed).unwrap();
    assert_eq!(learner_ids(&mut store), ["a", "b"]);
}

// Before: a damaged interior page was only noticed later, as a generic error, while
// writes went on.
/// Overwrite the start of the learners table's root page (page 1 and the schema, which
/// open reads, stay whole). Returns the damaged file's bytes.
fn damage_learners_root_page(path: &Path) -> Vec<u8> {
    let (page_size, root): (i64, i64) = {
        let c = Connection::open(path).unwrap();
        (
            c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap(),
            c.query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'learners'",
                [],
                |r| r.get(0),
            )
            .unwrap(),
        )
    };
    let mut bytes = std::fs::read(path).unwrap();
    let at = ((root - 1) * page_size) as usize;
    bytes[at..at + 64].fill(0xA5);
    std::fs::write(path, &bytes).unwrap();
    bytes
}

#[test]
fn a_damaged_file_is_database_corrupt_at_open_and_recovery_moves_it_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    database_with_learners(&path, 40);
    // Damage the root page of the learners table (not page 1, which open reads).
    let bytes = damage_learners_root_page(&path);
    let before = snapshot(&path);
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::DatabaseCorrupt, "{err}");
    assert!(matches!(err, Error::DatabaseCorrupt { .. }));
    assert!(err.to_string().contains("damaged"), "{err}");
    assert_eq!(snapshot(&path)[0], before[0], "nothing written to the file");

    let (mut store, recovery) = Store::open_recovering(&path, 1_764_370_000_000).unwrap();
    let recovery = recovery.expect("recovery was needed");
    assert!(recovery.started_fresh);
    assert!(recovery.problem.contains("damaged"), "{recovery:?}");
    let kept = recovery
        .moved_aside
        .iter()
        .find(|p| p.ends_with("Z"))
        .expect("the main file is among the moved files");
    assert!(kept.contains("s.sqlite.corrupt-20251128T"), "{kept}");
    assert_eq!(
        std::fs::read(kept).unwrap(),
        bytes,
        "the damaged file is kept as it was"
    );
    assert!(learner_ids(&mut store).is_empty(), "a new database");
    assert_eq!(store.integrity_check().unwrap(), "ok");
    drop(store);
    // A second recovery the same second does not overwrite the first.
    std::fs::write(&path, &bytes).unwrap();
    let (_, again) = Store::open_recovering(&path, 1_764_370_000_000).unwrap();
    let again = again.unwrap();
    assert!(
        again
            .moved_aside
            .iter()
            .all(|p| !recovery.moved_aside.contains(p))
    );
    assert_eq!(std::fs::read(kept).unwrap(), bytes);
}

// Before: a read-only file opened, and (running as root) was even written to.
#[test]
fn a_read_only_file_is_refused_at_open() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    database_with_learners(&path, 1);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = snapshot(&path);
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::DatabaseReadOnly, "{err}");
    assert!(err.to_string().contains("cannot be written"), "{err}");
    assert_eq!(snapshot(&path), before);
    // A read-only folder (SQLite must make the -wal next to the file).
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap();
    let inside = folder.join("s.sqlite");
    database_with_learners(&inside, 1);
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let err = Store::open(&inside).unwrap_err();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(err.kind(), ErrorKind::DatabaseReadOnly, "{err}");
}

// Before: the pragmas (journal_mode = WAL) ran before the version check, so a newer
// database in rollback-journal mode was switched to WAL, then refused.
#[test]
fn a_newer_database_in_rollback_mode_is_refused_without_a_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    database_with_learners(&path, 1);
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(&format!(
            "PRAGMA journal_mode = DELETE; PRAGMA user_version = {};",
            schema::LATEST + 1
        ))
        .unwrap();
    }
    let before = snapshot(&path);
    assert_eq!(before[0].as_ref().unwrap()[18..20], [1, 1], "rollback mode");
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::DatabaseTooNew, "{err}");
    assert_eq!(
        snapshot(&path),
        before,
        "not switched to WAL, nothing written"
    );
    // Nor by recovery.
    assert_eq!(
        Store::open_recovering(&path, 0).unwrap_err().kind(),
        ErrorKind::DatabaseTooNew
    );
    assert_eq!(snapshot(&path), before);
}

// A database made before the application id existed is adopted, its data kept.
#[test]
fn a_database_from_before_the_application_id_is_adopted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    {
        let mut c = Connection::open(&path).unwrap();
        schema::migrations_up_to(3).to_latest(&mut c).unwrap();
        c.execute_batch(
            "PRAGMA journal_mode = WAL;
             INSERT INTO meta VALUES ('device_id', 'old-device');
             INSERT INTO learners (id, nickname, avatar, created_at_ms) VALUES ('l-1', 'Kite', 'kite', 5);",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.device_id(), "old-device");
    assert_eq!(learner_ids(&mut store), ["l-1"]);
    drop(store);
    assert_eq!(
        pragma_i64(&path, "application_id"),
        i64::from(schema::APPLICATION_ID)
    );
    assert_eq!(pragma_i64(&path, "user_version"), schema::LATEST);
}

// Before: a log next to a missing (or empty) file was replayed into a new database.
#[test]
fn a_wal_without_its_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let crashed = dir.path().join("c.sqlite");
    {
        let mut store = Store::open(&path).unwrap();
        store.write(|db| db.insert_learner(&learner("a"))).unwrap();
        copy_while_open(&path, &crashed);
    }
    std::fs::remove_file(&crashed).unwrap();
    let err = Store::open(&crashed).unwrap_err();
    assert!(matches!(err, Error::StrayWal { .. }), "{err:?}");
    assert!(!crashed.exists(), "no file was made");
}

// An empty file (what some file pickers make) is a new database; an empty path is refused
// (before, it silently opened a throwaway temporary database).
#[test]
fn empty_file_is_created_and_empty_path_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.sqlite");
    std::fs::write(&path, b"").unwrap();
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::LATEST);
    assert!(learner_ids(&mut store).is_empty());
    let err = Store::open(Path::new("")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
}

// Damage noticed after open (a page read by a later query) is DatabaseCorrupt too, so the
// app can offer recovery; before, it was a generic Storage error.
#[test]
fn sqlite_corruption_errors_are_database_corrupt() {
    let e = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(11), None);
    assert_eq!(Error::Sqlite(e).kind(), ErrorKind::DatabaseCorrupt);
    let e = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(26), None);
    assert_eq!(Error::Sqlite(e).kind(), ErrorKind::DatabaseCorrupt);
    let e = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(8), None);
    assert_eq!(Error::Sqlite(e).kind(), ErrorKind::DatabaseReadOnly);
}

/// A large database's quick check runs on a background thread (issue 15.3: opening costs
/// the same at any size), but the rule holds: nothing is written to a damaged file. The
/// first write waits for the check and is refused, every later one too, and recovery
/// (which checks before it returns) moves the file aside.
#[test]
fn a_large_damaged_database_opens_but_is_never_written_and_recovery_still_finds_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.sqlite");
    database_with_learners(&path, 1);
    {
        // Past the size checked at open: about 3 MB of events.
        let c = Connection::open(&path).unwrap();
        c.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000)
             INSERT INTO events (id, learner_id, device_id, at_ms, kind, payload)
             SELECT printf('e-%06d', i), 'l-0', 'd', i, 'step_seen', printf('%0200d', i) FROM n",
            [],
        )
        .unwrap();
    }
    assert!(std::fs::metadata(&path).unwrap().len() > 2 << 20);
    // A whole database this size opens, writes and passes its check.
    {
        let mut store = Store::open(&path).unwrap();
        store
            .write(|db| db.insert_learner(&learner("after-open")))
            .unwrap();
        assert_eq!(learner_ids(&mut store).len(), 2);
    }
    // Damage the learners table's root page (page 1 and the schema stay whole).
    damage_learners_root_page(&path);
    let before = snapshot(&path);

    let mut store = Store::open(&path).expect("opening does not wait for the check");
    for _ in 0..2 {
        let err = store
            .write(|db| db.insert_learner(&learner("never")))
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::DatabaseCorrupt, "{err}");
        assert!(err.to_string().contains("damaged"), "{err}");
    }
    drop(store);
    assert_eq!(snapshot(&path)[0], before[0], "nothing written to the file");

    let (mut store, recovery) = Store::open_recovering(&path, 1_764_370_000_000).unwrap();
    let recovery = recovery.expect("recovery checks before it returns");
    assert!(recovery.started_fresh);
    assert!(learner_ids(&mut store).is_empty(), "a new database");
}
