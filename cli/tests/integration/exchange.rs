//! The classroom flow from the command line: a teacher device and a child's device
//! exchange bundles (whole and in pieces), and the report shows the child's progress.

use std::path::Path;

use crate::support::{s, safesteps_output};

fn run(args: &[&str]) -> String {
    let out = safesteps_output(args, &[]);
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "safesteps {args:?} failed: {text}");
    text
}

#[test]
fn teacher_and_child_devices_exchange_bundles_from_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let teacher = dir.path().join("teacher.sqlite");
    let phone = dir.path().join("phone.sqlite");
    let out = run(&["teacher", "--db", s(&teacher), "--pin", "2468", "set-pin"]);
    assert!(out.contains("Recovery code"), "{out}");
    let class_line = run(&[
        "teacher",
        "--db",
        s(&teacher),
        "--pin",
        "2468",
        "class-create",
        "Grade 6 A",
    ]);
    let class_id = class_line.split('\t').next().unwrap().trim().to_string();
    run(&[
        "teacher",
        "--db",
        s(&teacher),
        "--pin",
        "2468",
        "assign",
        "private-info",
        "--class",
        &class_id,
    ]);
    let assignments = dir.path().join("assignments.bundle");
    run(&[
        "teacher",
        "--db",
        s(&teacher),
        "--pin",
        "2468",
        "export-assignments",
        "-o",
        s(&assignments),
    ]);

    // The devices pair once: each reads the other's offer and types the code it shows.
    let offer = |db: &Path| -> (String, String) {
        let text = run(&["bundle", "pair-offer", "--db", s(db)]);
        let mut lines = text.lines();
        (
            lines.next().unwrap().to_string(),
            lines.next().unwrap().to_string(),
        )
    };
    let (teacher_offer, teacher_code) = offer(&teacher);
    let (phone_offer, phone_code) = offer(&phone);
    // Before pairing, the phone refuses the teacher's bundle.
    let refused = safesteps_output(
        &["bundle", "import", "--db", s(&phone), s(&assignments)],
        &[],
    );
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("not paired"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    run(&[
        "bundle",
        "pair-teacher",
        "--db",
        s(&phone),
        &teacher_offer,
        &teacher_code,
    ]);
    run(&[
        "teacher",
        "--db",
        s(&teacher),
        "--pin",
        "2468",
        "pair-learner",
        &phone_offer,
        &phone_code,
    ]);

    // On the child's phone.
    let out = run(&["bundle", "import", "--db", s(&phone), s(&assignments)]);
    assert!(
        out.contains("Assignments") && out.contains("1 assignment(s) changed"),
        "{out}"
    );
    run(&[
        "demo",
        "--db",
        s(&phone),
        "--nickname",
        "Zola",
        "--avatar",
        "tree",
        "--answer",
        "stop-tell-adult",
    ]);
    let learner = run(&["learners", "--db", s(&phone)]);
    let learner_id = learner.split('\t').next().unwrap().trim().to_string();
    let progress = dir.path().join("progress.bundle");
    let out = run(&[
        "bundle",
        "export-progress",
        "--db",
        s(&phone),
        "-o",
        s(&progress),
        "--chunk",
        "300",
    ]);
    assert!(out.contains("pieces"), "{out}");

    // Back on the teacher's device: the pieces in reverse order, one of them twice.
    let mut pieces: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("progress.bundle.")
        })
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    pieces.sort();
    pieces.reverse();
    pieces.insert(1, pieces[0].clone());
    let mut args = vec!["bundle", "import", "--db", s(&teacher)];
    args.extend(pieces.iter().map(String::as_str));
    let out = run(&args);
    assert!(
        out.contains("last piece; imported Progress: 1 learner(s) added"),
        "{out}"
    );
    // Classes are the teacher's: the teacher puts the learner in the class here.
    run(&[
        "teacher",
        "--db",
        s(&teacher),
        "--pin",
        "2468",
        "class-add",
        &class_id,
        &learner_id,
    ]);
    let report = run(&[
        "teacher",
        "--db",
        s(&teacher),
        "--pin",
        "2468",
        "report",
        &class_id,
    ]);
    assert!(
        report.contains("Zola") && report.contains("completed 1 mastered 1"),
        "{report}"
    );
    let csv = run(&[
        "teacher",
        "--db",
        s(&teacher),
        "--pin",
        "2468",
        "report",
        &class_id,
        "--csv",
    ]);
    assert!(csv.lines().nth(1).unwrap().contains("Zola"), "{csv}");
    let agg = run(&["teacher", "--db", s(&teacher), "--pin", "2468", "aggregate"]);
    assert!(!agg.contains("Zola") && agg.contains("<5"), "{agg}");

    // A wrong PIN is refused.
    let out = safesteps_output(
        &["teacher", "--db", s(&teacher), "--pin", "0000", "classes"],
        &[],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not right"));
}
