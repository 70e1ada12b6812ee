//! `safesteps contacts verify` edits a pack folder keeping its layout; `pack build --release`
//! refuses unverified child-facing contacts; `contacts` never shows research notes and
//! needs no database.

use crate::support::{content_dir, copy_dir, safesteps_with};

/// `safesteps` with no usable temp folder: these commands must need none.
fn safesteps(args: &[&str]) -> (i32, String, String) {
    safesteps_with(args, &[("TMPDIR", "/nonexistent-safesteps-tmp")])
}

#[test]
fn contacts_and_pathways_need_no_database_and_show_no_research_notes() {
    // TMPDIR points nowhere: a command that made a scratch database would fail.
    let (code, out, err) = safesteps(&["contacts", "--country", "ZM", "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("Do not ship"), "{out}");
    assert!(!out.contains("\"notes\""), "{out}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    for c in list.as_array().unwrap() {
        assert!(c["status_text"].as_str().is_some_and(|s| !s.is_empty()));
    }
    let (code, out, err) = safesteps(&["pathway", "saw-sexual-images-of-child", "--json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["country"], serde_json::Value::Null);
    let report = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "report")
        .unwrap();
    assert_eq!(
        report["contacts"][0]["kind"], "hotline_directory",
        "{report}"
    );
    let (code, out, _) = safesteps(&["contacts", "--country", "US", "--kind", "police_cyber"]);
    assert_eq!(code, 0);
    assert!(out.contains("<tel:18002255324>"), "{out}");
    let (code, _, err) = safesteps(&["contacts"]);
    assert_eq!(code, 1);
    assert!(err.contains("--country"), "{err}");
}

#[test]
fn verify_records_who_checked_a_contact_and_keeps_the_file_layout() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    copy_dir(&content_dir(), &pack);
    let file = pack.join("contacts/zm.toml");
    let before = std::fs::read_to_string(&file).unwrap();
    let other_before = std::fs::read_to_string(pack.join("contacts/pk.toml")).unwrap();
    let p = pack.to_str().unwrap();

    // Bad input changes nothing.
    for bad in [
        vec!["--by", "Ann", "--method", "heard"],
        vec!["--by", " ", "--method", "called"],
        vec!["--by", "Ann", "--method", "called", "--date", "29/11/2026"],
    ] {
        let mut args = vec!["contacts", "verify", "zm-emergency-1", "--pack", p];
        args.extend(bad);
        let (code, _, err) = safesteps(&args);
        assert_eq!(code, 1, "{err}");
    }
    let (code, _, err) = safesteps(&[
        "contacts",
        "verify",
        "zm-nope-9",
        "--pack",
        p,
        "--by",
        "Ann",
        "--method",
        "called",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no contact 'zm-nope-9'"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);

    let (code, out, err) = safesteps(&[
        "contacts",
        "verify",
        "zm-emergency-1",
        "--pack",
        p,
        "--by",
        "Lifeline/Childline Zambia",
        "--method",
        "called",
        "--date",
        "2026-11-29",
        "--evidence",
        "called 991 from Airtel and MTN in Lusaka",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("zm-emergency-1 checked by Lifeline/Childline Zambia on 2026-11-29 (called)"),
        "{out}"
    );
    let after = std::fs::read_to_string(&file).unwrap();
    // Only the one line is added: comments, order and every other contact kept.
    let added: Vec<&str> = after
        .lines()
        .filter(|l| !before.lines().any(|b| b == *l))
        .collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert!(added[0].starts_with("verification = {"), "{}", added[0]);
    // After the contact's last key, where scripts/import-contacts.py also writes it.
    assert!(
        after.contains(&format!("]\n{}\n\n[[contact.channel]]", added[0])),
        "{after}"
    );
    assert!(after.starts_with("# Help contacts for ZM"));
    assert_eq!(
        after
            .lines()
            .filter(|l| !added.contains(l))
            .collect::<Vec<_>>(),
        before.lines().collect::<Vec<_>>()
    );
    assert_eq!(
        std::fs::read_to_string(pack.join("contacts/pk.toml")).unwrap(),
        other_before
    );
    // The pack still checks clean, and the contact shows who checked it.
    let (code, out, _) = safesteps(&["check", p]);
    assert_eq!(code, 0, "{out}");
    let (code, out, err) = safesteps(&[
        "contacts",
        "--country",
        "ZM",
        "--kind",
        "emergency",
        "--pack",
        p,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Checked by Lifeline/Childline Zambia on 2026-11-29 (called)"),
        "{out}"
    );
    // Verifying again replaces the record, it does not add a second one.
    let (code, _, _) = safesteps(&[
        "contacts",
        "verify",
        "zm-emergency-1",
        "--pack",
        p,
        "--by",
        "Zambia Police",
        "--method",
        "official_publication",
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(code, 0);
    let again = std::fs::read_to_string(&file).unwrap();
    assert_eq!(again.matches("verification = ").count(), 1);
    assert!(again.contains("official_publication"));
}

#[test]
fn a_release_build_refuses_unverified_child_facing_contacts() {
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("k.key");
    assert_eq!(
        safesteps(&["pack", "keygen", "-o", key.to_str().unwrap()]).0,
        0
    );
    let out_file = tmp.path().join("p.sspack");
    let content = content_dir();
    let (code, out, _) = safesteps(&[
        "pack",
        "build",
        content.to_str().unwrap(),
        "-o",
        out_file.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
        "--release",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[E110]: contacts/zm.toml"), "{out}");
    assert!(out.contains("No pack was written"), "{out}");
    assert!(!out_file.exists());
    // The same folder builds as a preview (the default).
    let (code, out, _) = safesteps(&[
        "pack",
        "build",
        content.to_str().unwrap(),
        "-o",
        out_file.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out_file.exists());
}
