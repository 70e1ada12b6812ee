//! Where an installed pack lives on the device, and how it is replaced atomically.
//!
//! The pack in use is one file, `current.sspack`, in the pack folder. Installing writes
//! the new file under a temporary name, flushes it to disk, then renames it over
//! `current.sspack` and flushes the folder. A crash at any point leaves either the old
//! file or the new one, never a mix; leftover temporary files are removed on open.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Result;

const CURRENT: &str = "current.sspack";
const TEMP_SUFFIX: &str = ".incoming";

/// The folder that holds the installed pack.
#[derive(Debug, Clone)]
pub struct PackDir {
    dir: PathBuf,
}

/// A new pack written to disk but not yet in use.
#[derive(Debug)]
pub struct Staged {
    path: PathBuf,
}

impl PackDir {
    /// A pack folder (created when a pack is first installed).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        PackDir { dir: dir.into() }
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Bytes of the installed pack file, if there is one. Removes leftovers of an
    /// install that was interrupted.
    pub fn read_current(&self) -> Result<Option<Vec<u8>>> {
        if let Ok(entries) = fs::read_dir(&self.dir) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().ends_with(TEMP_SUFFIX) {
                    let _ = fs::remove_file(e.path());
                }
            }
        }
        match fs::read(self.dir.join(CURRENT)) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Write `bytes` to a temporary file in the pack folder and flush it to disk.
    pub fn stage(&self, bytes: &[u8]) -> Result<Staged> {
        fs::create_dir_all(&self.dir)?;
        let path = self
            .dir
            .join(format!("{}{TEMP_SUFFIX}", uuid::Uuid::new_v4()));
        let mut f = fs::File::create(&path)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        Ok(Staged { path })
    }

    /// Make a staged pack the current one (atomic rename), then flush the folder.
    pub fn commit(&self, staged: Staged) -> Result<()> {
        fs::rename(&staged.path, self.dir.join(CURRENT))?;
        // Flushing the directory makes the rename itself durable (POSIX).
        if let Ok(d) = fs::File::open(&self.dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}
