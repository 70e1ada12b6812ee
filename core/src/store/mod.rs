//! Local storage: SQLite through rusqlite. Every SQL statement of SafeSteps lives in this
//! folder, one file per table group; nothing outside it writes SQL.
//!
//! The [`Store`] owns the one connection. Rules never see it: they get a [`Db`] (reads) or
//! a [`DbMut`] (reads and writes) for the length of one transaction, handed out by
//! [`Store::read`] and [`Store::write`] (the engine's `read` and `write` call these). A write
//! is one `BEGIN IMMEDIATE` transaction, so a second connection on the same file waits for
//! it (`busy_timeout`) instead of failing with "database is locked" half-way through.

pub mod classroom;
mod db;
pub mod events;
pub mod exchange;
pub mod learners;
pub mod schema;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Params, Row};

use crate::error::{Error, Result};

pub use classroom::{AssignmentRow, ClassRow, GroupRow, QuestionRunRow};
pub use db::DatabaseRecovery;
pub use events::{Attempt, Event, EventKind, TIME_GAP_MS};
pub use learners::{Failures, Learner, LearnerForView};

/// How long a statement waits for another connection's transaction (as `PRAGMA
/// busy_timeout` in `db.rs`).
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The open database: one connection, used by one transaction at a time.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    device_id: String,
    path: PathBuf,
    /// The quick check of a large database, running in the background until the first
    /// write waits for it (see `db::CHECK_AT_OPEN_BYTES`).
    check: Option<db::Check>,
    /// What the background check found, if the database failed it: every later write
    /// is refused with it.
    damaged: Option<String>,
    /// The learner settings parsed last, with the text they were parsed from.
    settings: LastSettings,
}

/// A learner's settings as last parsed from their stored text: a learner's views and
/// answers in a row read the same text, which then is parsed once (a cache of a pure
/// function of the text, so nothing ever makes it wrong).
type LastSettings = std::cell::RefCell<Option<(String, crate::views::LearnerSettings)>>;

/// Reads inside one transaction (a consistent snapshot of the database).
#[derive(Clone, Copy)]
pub struct Db<'c> {
    conn: &'c Connection,
    device_id: &'c str,
    /// The latest time of an event of this device written in this transaction (0: none),
    /// stored by the commit (see [`Store::write`]).
    latest_own_event: &'c std::cell::Cell<i64>,
    /// The store's last parsed learner settings.
    settings: &'c LastSettings,
}

/// Reads and writes inside one `BEGIN IMMEDIATE` transaction. Derefs to [`Db`].
#[derive(Clone, Copy)]
pub struct DbMut<'c>(Db<'c>);

impl<'c> std::ops::Deref for DbMut<'c> {
    type Target = Db<'c>;
    fn deref(&self) -> &Db<'c> {
        &self.0
    }
}

impl Store {
    /// Open (creating if needed) and migrate the database at `path`. Refused, with the
    /// files left exactly as they were: a damaged file or one whose `-wal` belongs to
    /// another copy ([`Error::DatabaseCorrupt`], [`Error::StrayWal`]), another app's file
    /// ([`Error::ForeignDatabase`]), a newer database ([`Error::DatabaseTooNew`]), a file
    /// that cannot be written ([`Error::DatabaseReadOnly`]). See `db.rs` for the checks.
    pub fn open(path: &Path) -> Result<Self> {
        check_path(path)?;
        let (conn, check) = db::open(path, true)?;
        Self::init(conn, path.to_path_buf(), check)
    }

    /// Like [`Store::open`], but a damaged database (or a `-wal` of another copy) is moved
    /// aside to a timestamped name next to it, kept for recovery, and the store opened
    /// again; what was done is returned. `now_ms` names the moved files.
    pub fn open_recovering(path: &Path, now_ms: i64) -> Result<(Self, Option<DatabaseRecovery>)> {
        check_path(path)?;
        let (conn, recovery) = db::open_recovering(path, now_ms)?;
        Ok((
            Self::init(conn, path.to_path_buf(), db::Check::Passed)?,
            recovery,
        ))
    }

    /// A private in-memory database (tests, previews).
    pub fn open_in_memory() -> Result<Self> {
        let path = PathBuf::from(":memory:");
        Self::init(
            db::prepare(Connection::open_in_memory()?, &path)?,
            path,
            db::Check::Passed,
        )
    }

    fn init(conn: Connection, path: PathBuf, check: db::Check) -> Result<Self> {
        let mut store = Store {
            conn,
            device_id: String::new(),
            path,
            check: Some(check),
            damaged: None,
            settings: LastSettings::default(),
        };
        // Made with the schema (`schema::upgrade`), so opening writes nothing; a write
        // only for a database that somehow lacks it.
        store.device_id = match store.read(|db| db.meta("device_id"))? {
            Some(id) => id,
            None => store.write(|db| db.device_id_or_create())?,
        };
        Ok(store)
    }

    /// This device's id (random, made when the database was created).
    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    /// Where the database lives (`:memory:` for an in-memory one).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Run `f` with reads inside one (deferred) transaction, so every query sees the same
    /// snapshot. Nothing is written.
    pub fn read<T>(&mut self, f: impl FnOnce(Db<'_>) -> Result<T>) -> Result<T> {
        once!(f, Db<'_>, |run| self.read_dyn(run))
    }

    /// [`Store::read`]'s body, compiled once for every rule (not once per closure type).
    fn read_dyn(&mut self, f: &mut dyn FnMut(Db<'_>) -> Result<()>) -> Result<()> {
        let tx = Tx::begin(&self.conn, "BEGIN DEFERRED")?;
        f(Db {
            conn: &self.conn,
            device_id: &self.device_id,
            latest_own_event: &std::cell::Cell::new(0),
            settings: &self.settings,
        })?;
        // Nothing was written: ending it either way is the same.
        tx.end("ROLLBACK")
    }

    /// Run `f` in one `BEGIN IMMEDIATE` transaction; commit if it returns `Ok`, roll back
    /// otherwise.
    pub fn write<T>(&mut self, f: impl FnOnce(DbMut<'_>) -> Result<T>) -> Result<T> {
        once!(f, DbMut<'_>, |run| self.write_dyn(run))
    }

    /// [`Store::write`]'s body, compiled once for every rule.
    fn write_dyn(&mut self, f: &mut dyn FnMut(DbMut<'_>) -> Result<()>) -> Result<()> {
        self.checked()?;
        let tx = Tx::begin(&self.conn, "BEGIN IMMEDIATE")?;
        let latest = std::cell::Cell::new(0);
        f(DbMut(Db {
            conn: &self.conn,
            device_id: &self.device_id,
            latest_own_event: &latest,
            settings: &self.settings,
        }))?;
        // Every commit rewrites the `meta` page, so each one in the write-ahead log
        // carries this database's id: a log of another copy is recognised at open. The
        // same row keeps this device's latest event time when its events were written.
        self.conn
            .prepare_cached(schema::COUNT_WRITE)?
            .execute([latest.get()])?;
        tx.end("COMMIT")
    }

    /// Wait for the quick check of a large database (started at open); a database that
    /// failed it is never written to.
    fn checked(&mut self) -> Result<()> {
        if let Some(check) = self.check.take()
            && let Err(e) = db::finish_check(&self.conn, check)
        {
            log::error!("the database failed its check; nothing will be written to it");
            self.damaged = Some(match e {
                Error::DatabaseCorrupt { reason, .. } => reason,
                e => e.to_string(),
            });
        }
        match &self.damaged {
            Some(reason) => Err(Error::DatabaseCorrupt {
                path: self.path.clone(),
                reason: reason.clone(),
            }),
            None => Ok(()),
        }
    }

    /// Copy every committed page from the write-ahead log into the database and empty the
    /// log, so nothing erased survives in it. Retried for about two seconds while another
    /// connection reads; then an error (the caller retries later).
    pub fn checkpoint(&self) -> Result<()> {
        if self.damaged.is_some() || matches!(self.check, Some(db::Check::Running(_))) {
            // Only after a write, which waited for the check; never into a damaged file.
            return Err(Error::Busy("the database has not passed its check".into()));
        }
        for attempt in 0..20 {
            if self.try_checkpoint()? {
                return Ok(());
            }
            std::thread::sleep(std::time::Duration::from_millis(10 * (attempt + 1)));
        }
        log::warn!("the write-ahead log could not be emptied: another connection is reading");
        Err(Error::Busy(
            "the data was erased, but another part of the app is still reading the database, so it could not be wiped from the log file yet; it will be wiped after the next change".into(),
        ))
    }

    /// One try at emptying the write-ahead log: whether it was emptied.
    pub fn try_checkpoint(&self) -> Result<bool> {
        // Without waiting: while a reader holds the log, this try fails at once.
        self.conn.busy_timeout(std::time::Duration::ZERO)?;
        let result = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            });
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        let (busy, log_pages, done) = result?;
        // In rollback-journal mode (an in-memory database) there is no log: -1, -1.
        Ok(busy == 0 && (log_pages == done || log_pages < 0))
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Run an integrity check (tests, diagnostics).
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// A transaction on the store's connection: begun by [`Tx::begin`], ended by
/// [`Tx::end`], and rolled back if dropped while still open (the rule failed or
/// panicked, or the commit failed), as rusqlite's `Transaction` does. Its `BEGIN`,
/// `COMMIT` and `ROLLBACK` are cached statements, prepared once per connection rather
/// than at every transaction (rusqlite's `Transaction` prepares them each time: about a
/// tenth of a lesson view's instructions).
struct Tx<'c> {
    conn: &'c Connection,
}

impl<'c> Tx<'c> {
    fn begin(conn: &'c Connection, sql: &str) -> Result<Self> {
        conn.prepare_cached(sql)?.execute([])?;
        Ok(Tx { conn })
    }

    fn end(self, sql: &str) -> Result<()> {
        self.conn.prepare_cached(sql)?.execute([])?;
        Ok(())
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        // Still open (a statement may already have rolled it back: then nothing to do).
        if !self.conn.is_autocommit()
            && let Err(e) = self.conn.execute_batch("ROLLBACK")
        {
            log::warn!("a transaction could not be rolled back: {e}");
        }
    }
}

/// An empty path would make SQLite use a throwaway temporary database.
fn check_path(path: &Path) -> Result<()> {
    if path.as_os_str().is_empty() {
        return Err(Error::InvalidInput(
            "the database path is empty; give the file the app keeps its data in".into(),
        ));
    }
    Ok(())
}

impl<'c> Db<'c> {
    /// This device's id.
    pub fn device_id(&self) -> &'c str {
        self.device_id
    }

    /// Rows of a cached statement, each mapped by `f`.
    fn query_vec<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        f: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params, f)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// At most one row of a cached statement.
    fn query_opt<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        Ok(self
            .conn
            .prepare_cached(sql)?
            .query_row(params, f)
            .optional()?)
    }

    /// Exactly one row of a cached statement.
    fn query_one<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        Ok(self.conn.prepare_cached(sql)?.query_row(params, f)?)
    }
}

impl DbMut<'_> {
    /// Run a cached statement; returns the rows changed.
    fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize> {
        Ok(self.conn.prepare_cached(sql)?.execute(params)?)
    }
}

/// `once!(f, Arg, |run| body)`: run the generic rule `f` through `body`, a function
/// compiled once whatever `f` is, which gets `run` (a `&mut dyn FnMut(Arg) -> Result<()>`)
/// and calls it at most once. Each rule's closure would otherwise get its own copy of the
/// transaction code around it: a generic shell over one non-generic body ([`Store::read`]
/// and [`Store::write`], `Engine::read` and `Engine::write`: about 70 KB of the library,
/// decision 0015).
macro_rules! once {
    ($f:expr, $arg:ty, |$run:ident| $body:expr) => {{
        let mut f = Some($f);
        let mut out = None;
        let $run = &mut |a: $arg| -> $crate::error::Result<()> {
            if let Some(f) = f.take() {
                out = Some(f(a)?);
            }
            Ok(())
        };
        $body?;
        out.ok_or_else(|| {
            $crate::error::Error::Internal("a transaction ended without running its rule".into())
        })
    }};
}
pub(crate) use once;

/// Stored JSON that does not parse is an error (the row is damaged), never a silent default.
fn json_column<T: serde::de::DeserializeOwned>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
    })
}
