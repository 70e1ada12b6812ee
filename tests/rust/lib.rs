//! Shared helpers for the cross-crate tests.

/// A fresh temp folder and a database path inside it.
pub fn temp_db() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("safesteps.sqlite");
    (dir, path.to_string_lossy().into_owned())
}
