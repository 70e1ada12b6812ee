//! Deeply nested Fluent and TOML through `safesteps check`, `pack build` and
//! `pack verify`: a clear refusal (exit 1), never a crash (before the pre-parse scan,
//! the process aborted with a stack overflow).

use safesteps_core::content::PackFiles;
use safesteps_core::content::signing::{generate_key, parse_secret_key};

use crate::support::{content_dir, copy_dir, safesteps_output};

const LEVELS: usize = 50_000;

/// Its exit code (None when a signal, such as a stack overflow's abort, ended it) and
/// everything it printed, read leniently.
fn safesteps(args: &[&str]) -> (Option<i32>, String) {
    let out = safesteps_output(args, &[]);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn deep_ftl() -> String {
    format!(
        "deep-msg = {}x{}\n",
        "{ ".repeat(LEVELS),
        " }".repeat(LEVELS)
    )
}

fn deep_toml() -> String {
    format!(
        "id = \"deep\"\nx = {}{}\n",
        "[".repeat(LEVELS),
        "]".repeat(LEVELS)
    )
}

#[test]
fn check_and_build_refuse_deep_nesting_with_exit_1() {
    for (path, text) in [
        ("locales/ur/deep.ftl", deep_ftl()),
        ("modules/99-deep.toml", deep_toml()),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("pack");
        copy_dir(&content_dir(), &dir);
        std::fs::write(dir.join(path), text).unwrap();
        let (code, out) = safesteps(&["check", dir.to_str().unwrap()]);
        assert_eq!(code, Some(1), "{path}: {out}");
        assert!(
            out.contains(path) && out.contains("nested more than"),
            "{out}"
        );

        let key = tmp.path().join("k.key");
        safesteps(&["pack", "keygen", "-o", key.to_str().unwrap()]);
        let (code, out) = safesteps(&[
            "pack",
            "build",
            dir.to_str().unwrap(),
            "-o",
            tmp.path().join("p.sspack").to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ]);
        assert_eq!(code, Some(1), "{path}: {out}");
        assert!(!tmp.path().join("p.sspack").exists());
    }
}

#[test]
fn verify_refuses_a_signed_pack_with_deep_or_damaged_files() {
    let (secret, public) = generate_key().unwrap();
    let built = safesteps_core::content::signing::built_files(&PackFiles::embedded()).unwrap();
    // A deep Fluent file, and a built catalog cut short, signed as they are (the builder
    // itself refuses deep TOML; a built catalog is postcard of non-recursive types, with
    // no nesting to bound, so what can be wrong with it is its bytes).
    let catalog = built.get("catalog.bin").unwrap();
    let cut = catalog[..catalog.len() / 2].to_vec();
    for (path, bytes, expect) in [
        (
            "locales/zu/deep.ftl",
            deep_ftl().into_bytes(),
            "nested more than",
        ),
        ("catalog.bin", cut, "catalog.bin is damaged"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let mut files = built.clone();
        files.insert(path, bytes);
        let file = tmp.path().join("deep.sspack");
        std::fs::write(
            &file,
            safesteps_core::content::signing::sign_built_files(
                &files,
                &parse_secret_key(&secret).unwrap(),
            )
            .unwrap(),
        )
        .unwrap();
        let (code, out) = safesteps(&[
            "pack",
            "verify",
            file.to_str().unwrap(),
            "--pubkey",
            &public,
        ]);
        assert_eq!(code, Some(1), "{path}: {out}");
        assert!(out.contains("REFUSED") && out.contains(expect), "{out}");
    }
}
