//! Opening the database: whose file it is, whether it is whole, the version check,
//! creation and migrations; and moving a damaged database aside.
//!
//! Nothing is written to a file before it is known to be a SafeSteps database (or a new,
//! empty one) of a version this build knows, whose write-ahead log belongs to it, and
//! that passes `PRAGMA quick_check`. The checks, in order (see
//! docs/decisions/0014-database-identity-and-recovery.md):
//!
//! 1. The file's 100-byte header is read with plain file reads: not SQLite is
//!    [`Error::DatabaseCorrupt`]; another application id is [`Error::ForeignDatabase`]; a
//!    newer `user_version` is [`Error::DatabaseTooNew`]. A file without our application
//!    id (made before it existed, or by another app) is looked at through an `immutable`
//!    read-only connection, which takes no lock and never reads or writes the `-wal` or
//!    `-shm`: our old schema is adopted, anything else is refused.
//! 2. Read-only files, logs and folders are refused ([`Error::DatabaseReadOnly`]).
//! 3. A non-empty `-wal` is replayed on a private copy (main file and log copied to a
//!    temporary folder) and the identity after replay (application id, schema version,
//!    database id) is compared with the main file's alone: a log that changes any of them
//!    (or that damages the copy) belongs to another copy and is refused
//!    ([`Error::StrayWal`]), with the real files untouched.
//! 4. The read-write connection is opened with checkpoint-on-close off, and `PRAGMA
//!    quick_check` runs in a read transaction before anything is written: at open, or,
//!    for a large database of the current version opened by [`super::Store::open`], on
//!    a background thread whose result every write waits for ([`CHECK_AT_OPEN_BYTES`]).
//! 5. Creation and migration run in one transaction that holds the write lock from its
//!    start (`BEGIN EXCLUSIVE`; a new file is made in rollback-journal mode and switched
//!    to WAL only once it has its schema), so a second process creating the same file
//!    waits and then finds it made.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use super::{DbMut, schema};
use crate::error::{Error, Result};

/// Connection settings for phones; the reasons are in docs/decisions/0003-sqlite-pragmas.md.
/// None of them writes to the file. `journal_mode = WAL` is set after the checks.
/// `journal_size_limit` keeps the write-ahead log from staying large after a big import.
const PRAGMAS: &str = "
    PRAGMA synchronous = FULL;
    PRAGMA foreign_keys = ON;
    PRAGMA secure_delete = ON;
    PRAGMA temp_store = MEMORY;
    PRAGMA journal_size_limit = 4194304;
";

/// How long a connection waits for another one's lock.
const BUSY_TIMEOUT: Duration = Duration::from_millis(5000);

/// Statements kept prepared per connection (the hot paths use about 40).
const STATEMENT_CACHE: usize = 128;

/// A database (main file and log) larger than this is checked with `PRAGMA quick_check`
/// on a background thread when it is opened for use, so opening costs the same whatever
/// the database holds (a check reads every page: about 25 ms for 100,000 events here);
/// every write waits for the check's result. A smaller one is checked before `open`
/// returns (under about 0.5 ms). See docs/decisions/0019-opening-fast.md.
pub(super) const CHECK_AT_OPEN_BYTES: u64 = 1 << 20;

/// Whether `PRAGMA quick_check` has run on a database opened for use.
#[derive(Debug)]
pub(super) enum Check {
    /// It passed (or the database is new, or in memory).
    Passed,
    /// It runs on a background thread; no write may happen before it ends.
    Running(RunningCheck),
}

/// A quick check on its own thread and connection. Dropped unfinished (the store closed
/// before any write), it is interrupted, so reopening a database again and again never
/// piles checks up.
pub(super) struct RunningCheck {
    thread: Option<std::thread::JoinHandle<Result<()>>>,
    interrupt: rusqlite::InterruptHandle,
    cancelled: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl std::fmt::Debug for RunningCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningCheck")
            .field("finished", &self.thread.as_ref().map(|t| t.is_finished()))
            .finish_non_exhaustive()
    }
}

impl Drop for RunningCheck {
    fn drop(&mut self) {
        if self.thread.is_some() {
            // Before the check starts, the flag stops it; while it runs, the interrupt.
            self.cancelled
                .store(true, std::sync::atomic::Ordering::SeqCst);
            self.interrupt.interrupt();
        }
    }
}

/// The first 16 bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the main file is, judged without writing anything.
#[derive(Debug, PartialEq)]
enum Found {
    /// No file: it will be created.
    Missing,
    /// A file with no tables (empty, or an SQLite file nothing was put in yet).
    Empty,
    /// A SafeSteps database this build can open.
    Ours,
}

/// The identity a database states: header fields and the database id in `meta`.
#[derive(Debug, PartialEq)]
struct Identity {
    application_id: i32,
    user_version: i64,
    database_id: Option<String>,
    write_count: i64,
}

/// `path` with a suffix (`-wal`, `-shm`, `-journal`) added to its file name.
pub(super) fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    p.into()
}

fn nonempty(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > 0)
}

/// Check the file at `path`, then open it read-write, create or migrate it, and set the
/// pragmas. Nothing is written before every check has passed. With `defer_check`, a
/// large database of the current version (nothing to migrate, so nothing is written at
/// open) gets its quick check on a background thread: see [`CHECK_AT_OPEN_BYTES`].
pub(super) fn open(path: &Path, defer_check: bool) -> Result<(Connection, Check)> {
    let found = inspect(path)?;
    let wal = sidecar(path, "-wal");
    if found == Found::Ours {
        // A copy taken while another connection checkpoints can be torn; a log that
        // really belongs to another copy fails every time.
        let mut tries = 0;
        while let Err(e) = check_wal(path) {
            tries += 1;
            if tries == 3 || !matches!(e, Error::StrayWal { .. }) {
                return Err(e);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    } else if nonempty(&wal) {
        // The log is all there is: another app's (refused as such) or a stray one.
        if let Ok(after) = replay_on_a_copy(path) {
            let tables = after.1;
            let after = after.0;
            let ours = after.application_id == schema::APPLICATION_ID
                || (after.application_id == 0 && tables.iter().any(|t| t == "meta"));
            let empty = tables.is_empty() && after.user_version == 0;
            if !(ours || empty) {
                return Err(foreign(path, &after, &tables));
            }
        }
        return Err(Error::StrayWal {
            path: path.to_path_buf(),
            reason: "there is a write-ahead log but no database for it".into(),
        });
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(path, e))?;
    // Until the checks pass, closing must not copy a log into the file.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .map_err(|e| classify(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| classify(path, e))?;
    let mut check = Check::Passed;
    if found == Found::Ours {
        let size = file_len(path) + file_len(&wal);
        if defer_check && size > CHECK_AT_OPEN_BYTES && is_current(path)? {
            let checker = checking_connection(path)?;
            let interrupt = checker.get_interrupt_handle();
            let cancelled = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let stop = std::sync::Arc::clone(&cancelled);
            let path = path.to_path_buf();
            let thread = std::thread::Builder::new()
                .name("safesteps-quick-check".into())
                .spawn(move || {
                    if stop.load(std::sync::atomic::Ordering::SeqCst) {
                        return Ok(());
                    }
                    quick_check(&checker, &path)
                })?;
            check = Check::Running(RunningCheck {
                thread: Some(thread),
                interrupt,
                cancelled,
            });
        } else {
            quick_check(&conn, path)?;
        }
    }
    let conn = prepare(conn, path)?;
    if let Check::Passed = check {
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
    }
    Ok((conn, check))
}

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// The header says the current schema version and our application id: opening it
/// migrates nothing and so writes nothing.
fn is_current(path: &Path) -> Result<bool> {
    let mut header = [0u8; 100];
    std::fs::File::open(path)?.read_exact(&mut header)?;
    let be32 = |at: usize| {
        i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    Ok(i64::from(be32(60)) == schema::LATEST && be32(68) == schema::APPLICATION_ID)
}

/// A read-only connection for the quick check (the open one stays free for reads).
fn checking_connection(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(path, e))?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .map_err(|e| classify(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| classify(path, e))?;
    Ok(conn)
}

/// Wait for a background quick check; when it passed, closing may checkpoint again.
pub(super) fn finish_check(conn: &Connection, check: Check) -> Result<()> {
    let Check::Running(mut running) = check else {
        return Ok(());
    };
    running
        .thread
        .take()
        .expect("a running check has its thread")
        .join()
        .map_err(|_| Error::Internal("the database check stopped unexpectedly".into()))??;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
    Ok(())
}

/// Create or migrate the database behind `conn` (in memory, or a file that passed the
/// checks), then switch it to WAL and set the pragmas.
pub(super) fn prepare(mut conn: Connection, path: &Path) -> Result<Connection> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch(PRAGMAS).map_err(|e| classify(path, e))?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // The write lock is taken before the version is read, so a second process creating
    // or upgrading the same file waits here and then finds nothing left to do.
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Exclusive)
        .map_err(|e| classify(path, e))?;
    let before = identity(&tx).map_err(|e| classify(path, e))?;
    if before.application_id != schema::APPLICATION_ID {
        let tables = table_names(&tx).map_err(|e| classify(path, e))?;
        let empty = tables.is_empty() && before.user_version == 0;
        if !(empty || is_old_safesteps(&tx, &tables)?) {
            return Err(foreign(path, &before, &tables));
        }
    }
    if before.user_version > schema::LATEST {
        return Err(Error::DatabaseTooNew {
            found: before.user_version,
            supported: schema::LATEST,
        });
    }
    let found = schema::upgrade(&tx).map_err(|e| match e {
        Error::Sqlite(e) => classify(path, e),
        e => e,
    })?;
    tx.commit().map_err(|e| classify(path, e))?;
    if found < schema::LATEST {
        log::info!(
            "database schema upgraded from version {found} to {}",
            schema::LATEST
        );
    }
    set_wal(&conn, path)?;
    Ok(conn)
}

/// Switch to WAL (persistent), waiting while another connection holds a lock.
fn set_wal(conn: &Connection, path: &Path) -> Result<()> {
    for _ in 0..100 {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Ok(mode) if mode.eq_ignore_ascii_case("wal") || mode == "memory" => return Ok(()),
            Ok(mode) => {
                return Err(Error::Internal(format!(
                    "the database could not be switched to WAL (it is in {mode} mode)"
                )));
            }
            Err(e) if e.sqlite_error_code() == Some(ErrorCode::DatabaseBusy) => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => return Err(classify(path, e)),
        }
    }
    Err(Error::Busy(
        "the database stayed busy while it was being opened; try again".into(),
    ))
}

/// An SQLite error met while opening, as one of the typed errors where it says what the
/// file is.
fn classify(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Error::DatabaseCorrupt {
            path: path.to_path_buf(),
            reason: e.to_string(),
        },
        Some(ErrorCode::ReadOnly) => Error::DatabaseReadOnly {
            path: path.to_path_buf(),
            reason: e.to_string(),
        },
        _ => Error::Sqlite(e),
    }
}

/// Step 1 and 2: what the main file is, from its header and (for a file without our
/// application id) an immutable read-only look at its tables. Writes nothing.
fn inspect(path: &Path) -> Result<Found> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            refuse_read_only_folder(path)?;
            return Ok(Found::Missing);
        }
        Err(e) => return Err(Error::Io(e)),
    };
    if meta.is_dir() {
        return Err(Error::InvalidInput(format!(
            "the database path {} is a folder",
            path.display()
        )));
    }
    let found = if meta.len() == 0 {
        Found::Empty
    } else {
        inspect_contents(path)?
    };
    refuse_read_only(path, &meta)?;
    Ok(found)
}

fn inspect_contents(path: &Path) -> Result<Found> {
    let mut header = Vec::with_capacity(100);
    std::fs::File::open(path)?
        .take(100)
        .read_to_end(&mut header)?;
    if header.len() < 100 || !header.starts_with(SQLITE_MAGIC) {
        return Err(Error::DatabaseCorrupt {
            path: path.to_path_buf(),
            reason: "it does not start with an SQLite header".into(),
        });
    }
    let be32 = |at: usize| {
        i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let user_version = i64::from(be32(60));
    let application_id = be32(68);
    let too_new = || Error::DatabaseTooNew {
        found: user_version,
        supported: schema::LATEST,
    };
    if application_id == schema::APPLICATION_ID {
        return if user_version > schema::LATEST {
            Err(too_new())
        } else {
            Ok(Found::Ours)
        };
    }
    if application_id != 0 {
        return Err(Error::ForeignDatabase {
            path: path.to_path_buf(),
            reason: format!("its application id is {application_id:#010x}"),
        });
    }
    // No application id: a SafeSteps database made before there was one, an empty
    // SQLite file, or another app's database. Look without taking a lock or reading a log.
    let look = open_immutable(path)?;
    let tables = table_names(&look).map_err(|e| classify(path, e))?;
    if tables.is_empty() && user_version == 0 {
        return Ok(Found::Empty);
    }
    if !is_old_safesteps(&look, &tables)? {
        let found = Identity {
            application_id,
            user_version,
            database_id: None,
            write_count: 0,
        };
        return Err(foreign(path, &found, &tables));
    }
    if user_version > schema::LATEST {
        return Err(too_new());
    }
    Ok(Found::Ours)
}

fn foreign(path: &Path, found: &Identity, tables: &[String]) -> Error {
    let reason = if found.application_id != 0 {
        format!("its application id is {:#010x}", found.application_id)
    } else if tables.is_empty() {
        format!("it has no tables but schema version {}", found.user_version)
    } else {
        format!(
            "it has {} tables that SafeSteps did not make, such as '{}'",
            tables.len(),
            crate::error::excerpt(&tables[0])
        )
    };
    Error::ForeignDatabase {
        path: path.to_path_buf(),
        reason,
    }
}

/// The tables of the database (not SQLite's own).
fn table_names(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let names = stmt.query_map([], |r| r.get(0))?;
    names.collect()
}

/// A SafeSteps database made before the application id was written: the tables of the
/// first migration, with a `meta` table holding this device's id.
fn is_old_safesteps(conn: &Connection, tables: &[String]) -> Result<bool> {
    let has = |t: &str| tables.iter().any(|n| n == t);
    if !(has("meta") && has("learners") && has("events") && has("attempts")) {
        return Ok(false);
    }
    let device: rusqlite::Result<String> =
        conn.query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| {
            r.get(0)
        });
    Ok(device.is_ok())
}

fn identity(conn: &Connection) -> rusqlite::Result<Identity> {
    let application_id = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let user_version = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let has_meta: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
        [],
        |r| r.get(0),
    )?;
    let meta = |key: &str| -> rusqlite::Result<Option<String>> {
        if !has_meta {
            return Ok(None);
        }
        conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })
    };
    Ok(Identity {
        application_id,
        user_version,
        database_id: meta(schema::DATABASE_ID_KEY)?,
        // "<count>" before schema 11, "<count> <latest event ms>" from it.
        write_count: meta(schema::WRITE_COUNT_KEY)?
            .and_then(|n| n.split(' ').next()?.parse().ok())
            .unwrap_or(0),
    })
}

/// A connection that only reads the main file: `immutable=1` takes no lock and never
/// opens the `-wal` or `-shm`, so another app's files stay exactly as they are.
fn open_immutable(path: &Path) -> Result<Connection> {
    let uri = format!("file:{}?immutable=1", uri_path(path));
    Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(path, e))
}

/// A path percent-encoded for an SQLite `file:` URI.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Step 2: a file (or its log, or its folder) that cannot be written is refused now,
/// not at the first write. Permission bits are read as well as tried, because a process
/// running as root may write to a file whose owner made it read-only.
fn refuse_read_only(path: &Path, meta: &std::fs::Metadata) -> Result<()> {
    let refuse = |reason: String| Error::DatabaseReadOnly {
        path: path.to_path_buf(),
        reason,
    };
    if meta.permissions().readonly() {
        return Err(refuse("the file is read-only".into()));
    }
    // Opening for writing (no create, no truncate) changes nothing in the file.
    if let Err(e) = std::fs::OpenOptions::new().write(true).open(path) {
        return Err(refuse(format!("it cannot be opened for writing: {e}")));
    }
    for suffix in ["-wal", "-shm"] {
        let side = sidecar(path, suffix);
        if std::fs::metadata(&side).is_ok_and(|m| m.permissions().readonly()) {
            return Err(refuse(format!("its {suffix} file is read-only")));
        }
    }
    refuse_read_only_folder(path)
}

/// SQLite makes the `-wal` and `-shm` files next to the database: its folder must be
/// writable.
fn refuse_read_only_folder(path: &Path) -> Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if std::fs::metadata(folder).is_ok_and(|m| m.permissions().readonly()) {
        return Err(Error::DatabaseReadOnly {
            path: path.to_path_buf(),
            reason: "its folder is read-only".into(),
        });
    }
    Ok(())
}

/// Step 3: a non-empty write-ahead log must belong to this file. It is replayed on a
/// private copy, never on the real files, and the identity after replay is compared with
/// the main file's alone.
fn check_wal(path: &Path) -> Result<()> {
    let wal = sidecar(path, "-wal");
    if !nonempty(&wal) {
        return Ok(());
    }
    let stray = |reason: String| Error::StrayWal {
        path: path.to_path_buf(),
        reason,
    };
    let before = identity(&open_immutable(path)?).map_err(|e| classify(path, e))?;
    let (after, _) = replay_on_a_copy(path)
        .map_err(|e| stray(format!("replaying it damages the database: {e}")))?;
    if after.application_id != before.application_id
        && !(before.application_id == 0 && after.application_id == schema::APPLICATION_ID)
    {
        return Err(stray(format!(
            "it changes the application id from {:#010x} to {:#010x}",
            before.application_id, after.application_id
        )));
    }
    if after.user_version < before.user_version {
        return Err(stray(format!(
            "it takes the schema back from version {} to {}",
            before.user_version, after.user_version
        )));
    }
    if let Some(id) = &before.database_id
        && after.database_id.as_ref() != Some(id)
    {
        return Err(stray("it is the log of another database".into()));
    }
    if after.write_count < before.write_count {
        return Err(stray(format!(
            "it is older than the file: it would take the database back from write {} to write {}",
            before.write_count, after.write_count
        )));
    }
    if after.user_version > schema::LATEST {
        return Err(Error::DatabaseTooNew {
            found: after.user_version,
            supported: schema::LATEST,
        });
    }
    Ok(())
}

/// The identity and tables of the database as SQLite would see it with its `-wal`
/// replayed, found on private hard links to the two files opened read-only (or, where
/// links cannot be made, copies) in a temporary folder next to the database (or the
/// system's), so the real ones are never opened for writing. Linking keeps this check
/// as cheap for a large database as for a small one.
fn replay_on_a_copy(path: &Path) -> Result<(Identity, Vec<String>)> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let scratch = folder
        .and_then(|f| {
            tempfile::Builder::new()
                .prefix(".safesteps-check-")
                .tempdir_in(f)
                .ok()
        })
        .map_or_else(tempfile::tempdir, Ok)?;
    let copy = scratch.path().join("db");
    let wal = sidecar(path, "-wal");
    let copy_wal = sidecar(&copy, "-wal");
    // Hard links cost nothing at any size; through them the files are only ever read (a
    // read-only connection cannot write or checkpoint, and its wal-index is made in the
    // scratch folder). Where links cannot be made, the files are copied.
    let linked = path.exists()
        && std::fs::hard_link(path, &copy).is_ok()
        && std::fs::hard_link(&wal, &copy_wal).is_ok();
    let flags = if linked {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        let _ = std::fs::remove_file(&copy);
        let _ = std::fs::remove_file(&copy_wal);
        if path.exists() {
            std::fs::copy(path, &copy)?;
        }
        std::fs::copy(&wal, &copy_wal)?;
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let replayed = Connection::open_with_flags(&copy, flags)?;
    replayed.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    let found = identity(&replayed)?;
    let tables = table_names(&replayed)?;
    Ok((found, tables))
}

/// Step 4: `PRAGMA quick_check` in a read transaction, before anything is written.
fn quick_check(conn: &Connection, path: &Path) -> Result<()> {
    let damaged = |reason: String| Error::DatabaseCorrupt {
        path: path.to_path_buf(),
        reason,
    };
    let rows: Vec<String> = (|| -> rusqlite::Result<Vec<String>> {
        conn.execute_batch("BEGIN DEFERRED")?;
        let rows = {
            let mut stmt = conn.prepare("PRAGMA quick_check(5)")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<Vec<String>>>()
        };
        conn.execute_batch("COMMIT")?;
        rows
    })()
    .map_err(|e| {
        let _ = conn.execute_batch("ROLLBACK");
        classify(path, e)
    })?;
    if rows.len() == 1 && rows[0] == "ok" {
        return Ok(());
    }
    log::error!(
        "the database failed its quick check ({} problems shown)",
        rows.len()
    );
    Err(damaged(format!(
        "the quick check found {}",
        crate::error::excerpt(&rows.join("; "))
    )))
}

/// What [`super::Store::open_recovering`] did with a database it could not open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseRecovery {
    /// Why the database could not be opened as it was (the error's message).
    pub problem: String,
    /// The files moved aside, at their new names. They are kept so the data in them can
    /// be recovered by hand; SafeSteps never opens them again.
    pub moved_aside: Vec<String>,
    /// `true` when a new, empty database was started; `false` when the database was
    /// kept and only a write-ahead log that did not belong to it was moved aside.
    pub started_fresh: bool,
}

/// A name next to `path` that is free: `<name>.<what>-<UTC time>` (`-2`, `-3`.. if taken).
fn aside_name(path: &Path, what: &str, now_ms: i64) -> PathBuf {
    let stamp = crate::media::utc_stamp(now_ms, "", "").unwrap_or_else(|| now_ms.to_string());
    let base = sidecar(path, &format!(".{what}-{stamp}"));
    let taken = |p: &Path| {
        ["", "-wal", "-shm", "-journal"]
            .iter()
            .any(|s| sidecar(p, s).exists())
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| sidecar(&base, &format!("-{n}")))
        .find(|p| !taken(p))
        .expect("an unbounded range finds a free name")
}

/// Move `path`'s files with the given suffixes to `to` (same suffixes), logs first, so a
/// crash half-way leaves the damaged main file in place to be found again.
fn move_aside(path: &Path, to: &Path, suffixes: &[&str]) -> Result<Vec<String>> {
    let mut moved = vec![];
    for suffix in suffixes {
        let from = sidecar(path, suffix);
        if from.exists() {
            let dest = sidecar(to, suffix);
            std::fs::rename(&from, &dest)?;
            moved.push(dest.to_string_lossy().into_owned());
        }
    }
    Ok(moved)
}

/// Open `path`; when it is damaged (or its log belongs to another copy), move the bad
/// files aside (kept, timestamped) and open again. A log that does not belong is moved
/// aside alone when the main file by itself is whole, so its data is kept; otherwise the
/// database with its log is moved aside and a new one is started. Errors other than
/// damage (another app's file, a newer version, a read-only file) are returned as they are.
pub(super) fn open_recovering(
    path: &Path,
    now_ms: i64,
) -> Result<(Connection, Option<DatabaseRecovery>)> {
    let problem = match open(path, false) {
        Ok((conn, _)) => return Ok((conn, None)),
        Err(e) if e.kind() == crate::ErrorKind::DatabaseCorrupt => e,
        Err(e) => return Err(e),
    };
    log::warn!("the database cannot be used as it is, moving it aside: {problem}");
    let mut moved = vec![];
    if sidecar(path, "-wal").exists() && main_file_alone_is_whole(path) {
        let to = aside_name(path, "stray", now_ms);
        moved = move_aside(path, &to, &["-wal", "-shm"])?;
        match open(path, false) {
            Ok((conn, _)) => {
                return Ok((
                    conn,
                    Some(DatabaseRecovery {
                        problem: problem.to_string(),
                        moved_aside: moved,
                        started_fresh: false,
                    }),
                ));
            }
            Err(e) if e.kind() == crate::ErrorKind::DatabaseCorrupt => {}
            Err(e) => return Err(e),
        }
    }
    let to = aside_name(path, "corrupt", now_ms);
    moved.extend(move_aside(path, &to, &["-wal", "-shm", "-journal", ""])?);
    let (conn, _) = open(path, false)?;
    Ok((
        conn,
        Some(DatabaseRecovery {
            problem: problem.to_string(),
            moved_aside: moved,
            started_fresh: true,
        }),
    ))
}

/// The main file read alone (no log) is ours and passes the quick check.
fn main_file_alone_is_whole(path: &Path) -> bool {
    let Ok(conn) = open_immutable(path) else {
        return false;
    };
    let ours = identity(&conn).is_ok_and(|i| {
        i.application_id == schema::APPLICATION_ID
            || table_names(&conn).is_ok_and(|t| is_old_safesteps(&conn, &t).unwrap_or(false))
    });
    ours && conn
        .query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0))
        .is_ok_and(|r| r == "ok")
}

impl DbMut<'_> {
    /// The device id stored in `meta`, made on first open.
    pub(super) fn device_id_or_create(&self) -> Result<String> {
        if let Some(id) = self.meta("device_id")? {
            return Ok(id);
        }
        let id = uuid::Uuid::new_v4().to_string();
        self.put_meta_if_absent("device_id", &id)?;
        Ok(id)
    }
}
