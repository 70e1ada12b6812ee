//! What the CLI's tests share: running the `safesteps` binary, the default pack's folder,
//! copying a pack folder, paths as arguments.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Run `safesteps` with `args` and these environment variables set.
pub fn safesteps_output(args: &[&str], envs: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_safesteps"))
        .args(args)
        .envs(envs.iter().copied())
        .output()
        .unwrap()
}

/// Run `safesteps`: its exit code (-1 when a signal ended it), standard output and
/// standard error (both must be UTF-8).
pub fn safesteps_with(args: &[&str], envs: &[(&str, &str)]) -> (i32, String, String) {
    let out = safesteps_output(args, envs);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// [`safesteps_with`] in the test's own environment.
pub fn safesteps(args: &[&str]) -> (i32, String, String) {
    safesteps_with(args, &[])
}

/// The default pack's source folder.
pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// Copy a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// A path as a command-line argument.
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}
