//! What several subjects' tests share: a pack's diagnostics, editing a pack's text, and
//! telling Urdu's script.

use safesteps_core::content::{self, Diagnostic, PackFiles, Severity};

/// Every diagnostic the checker gives for `files`.
pub fn all(files: &PackFiles) -> Vec<Diagnostic> {
    content::check(files).unwrap()
}

/// Only the errors among them.
pub fn errors(files: &PackFiles) -> Vec<Diagnostic> {
    all(files)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect()
}

/// Replace the first `from` in the pack file `path` by `to` (`from` must be there).
pub fn edit(files: &mut PackFiles, path: &str, from: &str, to: &str) {
    let text = files.text(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {path}");
    let new = text.replacen(from, to, 1);
    files.insert(path, new);
}

/// Whether `s` holds a letter of the Arabic script (Urdu's).
pub fn is_arabic_script(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}
