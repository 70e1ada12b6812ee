//! Where an installed pack lives on the device, and how it is replaced atomically.
//!
//! The pack in use is one file, `current.sspack`, in the pack folder. Installing writes
//! the new file under a temporary name, flushes it to disk, then renames it over
//! `current.sspack` and flushes the folder. A crash at any point leaves either the old
//! file or the new one, never a mix; leftover temporary files are removed on open.
//!
//! [`PackDir::install`] touches the folder only after the pack was verified and loaded
//! completely elsewhere ([`crate::content::load_pack_file`]), and copies exactly the
//! bytes that were verified (it checks their SHA-256 again while copying). If anything
//! fails, the folder is left as it was: the temporary file is removed, and a folder the
//! install created is removed again.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

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

    /// Remove leftovers of an install that was interrupted.
    pub fn clean_leftovers(&self) {
        if let Ok(entries) = fs::read_dir(&self.dir) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().ends_with(TEMP_SUFFIX) {
                    let _ = fs::remove_file(e.path());
                }
            }
        }
    }

    /// The installed pack file, if there is one. Removes leftovers of an install that
    /// was interrupted.
    pub fn current(&self) -> Option<PathBuf> {
        self.clean_leftovers();
        let path = self.dir.join(CURRENT);
        path.is_file().then_some(path)
    }

    /// Make the pack file at `source` the installed one: copy it into the folder under a
    /// temporary name (checking on the way that its bytes still have the SHA-256 that
    /// was verified), flush it, and rename it over the current pack. On any failure the
    /// folder is left as it was.
    pub fn install(&self, source: &Path, verified_sha256: &[u8; 32]) -> Result<()> {
        let created = !self.dir.exists();
        let result = self.copy_and_commit(source, verified_sha256);
        if result.is_err() && created {
            // Only removes the folder if it is still empty.
            let _ = fs::remove_dir(&self.dir);
        }
        result
    }

    fn copy_and_commit(&self, source: &Path, verified_sha256: &[u8; 32]) -> Result<()> {
        fs::create_dir_all(&self.dir)?;
        let path = self
            .dir
            .join(format!("{}{TEMP_SUFFIX}", uuid::Uuid::new_v4()));
        let staged = Staged { path };
        let copied = (|| -> Result<()> {
            let mut from = fs::File::open(source)?;
            let mut to = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&staged.path)?;
            let mut hasher = Sha256::new();
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = std::io::Read::read(&mut from, &mut buf)?;
                if n == 0 {
                    break;
                }
                hasher.update(&buf[..n]);
                to.write_all(&buf[..n])?;
            }
            if hasher.finalize().as_slice() != verified_sha256 {
                return Err(Error::PackRejected(
                    "the pack file changed while it was being installed".into(),
                ));
            }
            to.sync_all()?;
            Ok(())
        })();
        if let Err(e) = copied {
            let _ = fs::remove_file(&staged.path);
            return Err(e);
        }
        let path = staged.path.clone();
        self.commit(staged).inspect_err(|_| {
            let _ = fs::remove_file(&path);
        })
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
