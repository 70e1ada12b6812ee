//! `safesteps check` and `safesteps pack` as an author runs them.

use std::path::{Path, PathBuf};

use crate::support::{content_dir, copy_dir, safesteps};

#[test]
fn the_default_content_passes() {
    let dir = content_dir();
    let (code, out, _) = safesteps(&["check", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(" 0 error(s)"), "{out}");
}

#[test]
fn errors_are_compiler_style_with_the_line_shown_and_exit_1() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    copy_dir(&content_dir(), &pack);
    let module = pack.join("modules/01-private-info.toml");
    let text = std::fs::read_to_string(&module).unwrap().replace(
        "media/private-info/sami-phone.svg",
        "media/private-info/missing.svg",
    );
    std::fs::write(&module, text).unwrap();

    let (code, out, _) = safesteps(&["check", pack.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let first = out.lines().next().unwrap();
    let expected_prefix = format!("{}:", module.display());
    assert!(first.starts_with(&expected_prefix), "{first}");
    assert!(
        first.ends_with("error[E005]: picture 'media/private-info/missing.svg' is not in the pack"),
        "{first}"
    );
    let location: Vec<&str> = first[expected_prefix.len()..].splitn(3, ':').collect();
    let line: usize = location[0].parse().unwrap();
    let col: usize = location[1].parse().unwrap();
    let source_line = std::fs::read_to_string(&module)
        .unwrap()
        .lines()
        .nth(line - 1)
        .unwrap()
        .to_string();
    assert_eq!(
        &source_line[col - 1..],
        "\"media/private-info/missing.svg\""
    );
    assert!(
        out.contains(&source_line),
        "the offending line is shown:\n{out}"
    );

    let (code, json, _) = safesteps(&["check", pack.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["errors"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "E005");
    assert_eq!(d["line"], line);
    assert_eq!(d["column"], col);
    assert_eq!(d["file"], "modules/01-private-info.toml");
}

#[test]
fn misuse_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(
        safesteps(&["check", tmp.path().join("nope").to_str().unwrap()]).0,
        2
    );
    assert_eq!(
        safesteps(&["check", tmp.path().to_str().unwrap()]).0,
        2,
        "a folder without pack.toml"
    );
    assert_eq!(safesteps(&["check"]).0, 2);
}

#[test]
fn keygen_build_verify_and_refuse() {
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("publisher.key");
    let (code, out, err) = safesteps(&["pack", "keygen", "-o", key.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let pubkey = std::fs::read_to_string(tmp.path().join("publisher.key.pub")).unwrap();
    assert_eq!(pubkey.trim().len(), 64);
    assert!(out.contains(pubkey.trim()));
    assert_ne!(
        safesteps(&["pack", "keygen", "-o", key.to_str().unwrap()]).0,
        0,
        "never overwrites a key"
    );

    let file = tmp.path().join("default.sspack");
    let (code, out, err) = safesteps(&[
        "pack",
        "build",
        content_dir().to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("org.safesteps.default"), "{out}");

    let pubfile = tmp.path().join("publisher.key.pub");
    let (code, out, _) = safesteps(&[
        "pack",
        "verify",
        file.to_str().unwrap(),
        "--pubkey",
        pubfile.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("valid"), "{out}");
    let (code, out, _) = safesteps(&[
        "pack",
        "verify",
        file.to_str().unwrap(),
        "--pubkey",
        pubkey.trim(),
    ]);
    assert_eq!(code, 0, "hex on the command line works too: {out}");

    let other = tmp.path().join("other.key");
    safesteps(&["pack", "keygen", "-o", other.to_str().unwrap()]);
    let other_pub = tmp.path().join("other.key.pub");
    let (code, out, _) = safesteps(&[
        "pack",
        "verify",
        file.to_str().unwrap(),
        "--pubkey",
        other_pub.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(
        out.contains("REFUSED") && out.contains("does not trust"),
        "{out}"
    );

    let mut bytes = std::fs::read(&file).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x01;
    std::fs::write(&file, bytes).unwrap();
    let (code, out, _) = safesteps(&[
        "pack",
        "verify",
        file.to_str().unwrap(),
        "--pubkey",
        pubfile.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("REFUSED"), "{out}");
}

#[test]
fn contacts_and_pathways_from_the_command_line() {
    let (code, out, err) =
        safesteps(&["contacts", "--country", "ZM", "--deaf-accessible", "--json"]);
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    let list = list.as_array().unwrap();
    assert!(!list.is_empty());
    for c in list {
        for ch in c["channels"].as_array().unwrap() {
            assert_eq!(ch["usable_without_hearing"], true, "{ch}");
        }
        assert!(c["source_url"].as_str().unwrap().starts_with("http"));
    }
    let (code, out, _) = safesteps(&[
        "contacts",
        "--country",
        "PK",
        "--open-now",
        "--at",
        "2026-11-23T20:00:00Z",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("1121") && !out.contains("0800-39393"), "{out}");
    let (code, _, err) = safesteps(&["contacts", "--country", "PK", "--kind", "nonsense"]);
    assert_eq!(code, 1);
    assert!(err.contains("'nonsense' is not a contact kind"), "{err}");

    let (code, out, _) = safesteps(&["pathway", "threatened-over-picture", "--country", "PK"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Do not pay") && out.contains("Quick exit"),
        "{out}"
    );
    assert!(out.contains("Digital Rights Foundation"), "{out}");
    let (code, out, _) = safesteps(&["pathway", "wants-to-meet", "--country", "GB", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["country"], "GB");
    assert!(v["steps"].as_array().unwrap().len() >= 5);
    let (code, out, _) = safesteps(&["pathway"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 8, "{out}");
    let (code, _, err) = safesteps(&["pathway", "nope", "--country", "PK"]);
    assert_eq!(code, 1);
    assert!(err.contains("pathway 'nope' was not found"), "{err}");
}

/// Copy the default pack and replace one text in one file.
fn broken_pack(tmp: &Path, file: &str, from: &str, to: &str) -> PathBuf {
    let pack = tmp.join("pack");
    copy_dir(&content_dir(), &pack);
    let path = pack.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from} not in {file}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    pack
}

#[test]
fn pack_build_refuses_what_check_refuses_in_every_locale() {
    let cases = [
        (
            "locales/en/pictures-privacy.ftl",
            "Tell a trusted adult as soon as you can.",
            "Take a screenshot of the picture and save the image as evidence.",
            "E030",
        ),
        (
            "locales/en/help.ftl",
            "pathway-being-bullied-not-your-fault = It is not your fault.",
            "pathway-being-bullied-not-your-fault = It was your fault for sending it.",
            "E031",
        ),
        (
            "locales/ur/pictures-privacy.ftl",
            "جتنی جلدی ہو سکے، بھروسے والے کسی بڑے کو بتائیں۔",
            "تصویر کا اسکرین شاٹ لے کر ثبوت کے لیے محفوظ کریں۔",
            "E030",
        ),
        (
            "locales/zu/pictures-privacy.ftl",
            "pictures-privacy-2-not-your-fault = Uma lokhu kwenzeka kuwe, akulona iphutha lakho.",
            "pictures-privacy-2-not-your-fault = Uma lokhu kwenzeka kuwe, yiphutha lakho.",
            "E031",
        ),
        (
            "locales/en/help.ftl",
            "    .easy = Tell a trusted adult now. You will not be in trouble.",
            "    .easy = Tell a trusted adult now.",
            "E032",
        ),
    ];
    for (file, from, to, code) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let pack = broken_pack(tmp.path(), file, from, to);
        let (c, out, _) = safesteps(&["check", pack.to_str().unwrap(), "--format", "json"]);
        assert_eq!(c, 1, "{file}: {out}");
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        let d = doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code && d["file"] == file)
            .unwrap_or_else(|| panic!("{code} in {file}: {out}"))
            .clone();
        assert!(d["line"].as_u64().unwrap() > 1, "{d}");
        if file.contains("/ur/") || file.contains("/zu/") {
            assert!(d["draft_translation"].is_string(), "draft marked: {d}");
        }
        let key = tmp.path().join("k.key");
        safesteps(&["pack", "keygen", "-o", key.to_str().unwrap()]);
        let out_file = tmp.path().join("x.sspack");
        let (c, out, err) = safesteps(&[
            "pack",
            "build",
            pack.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ]);
        assert_eq!(c, 1, "{file}: {out}{err}");
        assert!(out.contains("No pack was written"), "{out}");
        assert!(!out_file.exists(), "nothing is signed");
    }
}

#[test]
fn check_marks_draft_translations_in_its_output() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = broken_pack(
        tmp.path(),
        "locales/ur/help.ftl",
        "pathway-being-bullied-title = ",
        "pathway-being-bullied-title = آپ کی غلطی ",
    );
    let (c, out, _) = safesteps(&["check", pack.to_str().unwrap()]);
    assert_eq!(c, 1, "{out}");
    let line = out
        .lines()
        .find(|l| l.contains("error[E031]"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("[draft translation: ur]"), "{line}");
    assert!(line.contains("locales/ur/help.ftl:"), "{line}");
    assert!(
        out.contains("draft translations (not reviewed by a native speaker): ur, zu"),
        "{out}"
    );
}

#[test]
fn an_unreadable_manifest_is_e000_and_exit_1() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = broken_pack(
        tmp.path(),
        "pack.toml",
        "default_locale = \"en\"",
        "default_locale = ",
    );
    let (c, out, _) = safesteps(&["check", pack.to_str().unwrap(), "--format", "json"]);
    assert_eq!(c, 1, "{out}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["diagnostics"][0]["code"], "E000", "{out}");
}

#[test]
fn pathway_text_in_a_draft_locale_is_marked_as_a_draft() {
    let (c, out, err) = safesteps(&[
        "pathway",
        "threatened-over-picture",
        "--locale",
        "ur",
        "--country",
        "PK",
    ]);
    assert_eq!(c, 0, "{out}{err}");
    assert!(out.contains("[DRAFT translation (ur)"), "{out}");
    let (c, out, _) = safesteps(&[
        "pathway",
        "threatened-over-picture",
        "--locale",
        "en",
        "--country",
        "PK",
    ]);
    assert_eq!(c, 0);
    assert!(!out.contains("DRAFT"), "{out}");
}

#[test]
fn check_prints_video_coverage_and_easy_read_figures() {
    let dir = content_dir();
    let (code, out, err) = safesteps(&["check", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("sign-language video coverage"), "{out}");
    let pathway_steps: usize = std::fs::read_dir(dir.join("pathways"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .map(|t| t.matches("[[steps]]").count())
        .sum();
    for sl in ["pks", "sfs", "zsl", "bfi", "ase"] {
        let row = out
            .lines()
            .find(|l| l.trim_start().starts_with(sl))
            .unwrap_or_else(|| panic!("no row for {sl}: {out}"));
        // Every pathway step of the pack is a slot (counted from the pathway files).
        assert!(
            row.contains(&format!("0/{pathway_steps}/{pathway_steps}")) && row.contains("0/9/9"),
            "{row}"
        );
    }
    assert!(out.contains("en   6-9"), "{out}");
    assert!(out.contains("no syllables for 'ur'"), "{out}");
    // A slot removed from one sign language's list: the row shows it.
    let tmp = tempfile::tempdir().unwrap();
    let pack = broken_pack(tmp.path(), "media/videos.toml", "\"screen.home\", ", "");
    let (code, out, _) = safesteps(&["check", pack.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("warning[W012]"), "{out}");
    assert!(out.contains("0/8/9"), "{out}");
    let (_, json, _) = safesteps(&["check", "--format", "json", pack.to_str().unwrap()]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = doc["video_coverage"].as_array().unwrap();
    assert!(
        rows.iter()
            .any(|r| r["kind"] == "screen" && r["listed"] == 8)
    );
    assert!(
        doc["easy_read"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["locale"] == "en"
                && r["scope"] == "6-9"
                && r["easy"]["syllables_per_word"].as_f64().unwrap() <= 1.22)
    );
}
