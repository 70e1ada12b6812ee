//! Opening the database: pragmas, the version check and migrations.

use std::path::Path;

use rusqlite::Connection;

use super::{DbMut, schema};
use crate::error::{Error, Result};

/// Pragmas for phones; the reasons are in docs/decisions/0003-sqlite-pragmas.md.
/// `journal_size_limit` keeps the write-ahead log from staying large after a big import.
const PRAGMAS: &str = "
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA foreign_keys = ON;
    PRAGMA secure_delete = ON;
    PRAGMA temp_store = MEMORY;
    PRAGMA busy_timeout = 5000;
    PRAGMA journal_size_limit = 4194304;
";

/// Statements kept prepared per connection (the hot paths use about 40).
const STATEMENT_CACHE: usize = 128;

fn corrupt(path: &Path, e: &rusqlite::Error) -> Option<Error> {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match e.sqlite_error_code() {
        Some(NotADatabase | DatabaseCorrupt) => Some(Error::DatabaseCorrupt {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }),
        _ => None,
    }
}

/// Set the pragmas, refuse a newer database, run pending migrations.
pub(super) fn prepare(mut conn: Connection, path: &Path) -> Result<Connection> {
    let check = |r: rusqlite::Result<()>| -> Result<()> {
        r.map_err(|e| corrupt(path, &e).unwrap_or(Error::Sqlite(e)))
    };
    check(conn.execute_batch(PRAGMAS))?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| corrupt(path, &e).unwrap_or(Error::Sqlite(e)))?;
    if found > schema::LATEST {
        return Err(Error::DatabaseTooNew {
            found,
            supported: schema::LATEST,
        });
    }
    schema::migrations().to_latest(&mut conn)?;
    Ok(conn)
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
