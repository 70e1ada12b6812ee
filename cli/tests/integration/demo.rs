//! `safesteps demo` as a newcomer runs it: scripted answers, stdin answers, reopening.

use std::io::Write;
use std::process::{Command, Stdio};

fn demo(db: &std::path::Path, args: &[&str], stdin: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_safesteps"))
        .arg("demo")
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn scripted_answers_complete_the_lesson_and_progress_survives() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    let (code, out) = demo(
        &db,
        &["--answer", "tell-school", "--answer", "stop-tell-adult"],
        "",
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Hello, Kite!"), "{out}");
    assert!(out.contains("Step 1 of 5"), "{out}");
    assert!(out.contains("Not quite."), "{out}");
    assert!(out.contains("Your school is private"), "{out}");
    assert!(out.contains("Well done!"), "{out}");
    assert!(
        out.contains("5 of 5 steps seen, 1 of 1 questions right, lesson complete"),
        "{out}"
    );

    let (code, out) = demo(&db, &[], "?\nstop-tell-adult\n");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Welcome back, Kite!"), "{out}");
    assert!(out.contains("You have seen 5 of 5 steps"), "{out}");
    assert!(out.contains("(1 of 1 lessons done)"), "{out}");
    assert!(
        out.contains("Hint: Is the name of your school private?"),
        "{out}"
    );
}

#[test]
fn answers_from_stdin_with_a_bad_one_and_no_more_input() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    let (code, out) = demo(
        &db,
        &["--nickname", "Sun", "--avatar", "sun", "--easy"],
        "9\nsend-photo\n",
    );
    assert_eq!(code, 3, "the question was never answered right: {out}");
    assert!(out.contains("'9' is not an option"), "{out}");
    assert!(out.contains("Photos of you are private too"), "{out}");
    assert!(out.contains("No answer given"), "{out}");
    assert!(
        out.contains("Sami plays a game on a phone."),
        "easy-read text: {out}"
    );
    assert!(out.contains("0 of 1 questions right"), "{out}");
}

#[test]
fn a_broken_database_is_reported_not_panicked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    std::fs::write(&db, b"garbage".repeat(1000)).unwrap();
    let (code, out) = demo(&db, &["--answer", "stop-tell-adult"], "");
    assert_eq!(code, 1);
    assert!(out.contains("is damaged"), "{out}");
    assert!(out.contains("nothing was changed"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
}
