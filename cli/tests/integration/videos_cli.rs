//! `safesteps videos plan | import | review | status` and `safesteps pack build-media`
//! as a recording team runs them, on generated TEST clips (not signing).

use std::path::{Path, PathBuf};

use safesteps_core::media::test_media;

use crate::support::{copy_dir, s, safesteps};

const S1: &str = "private-info-1-meet-sami";
const S2: &str = "private-info-1-private-things";
const S3: &str = "private-info-1-game-chat";

#[test]
fn plan_import_review_status_and_build_a_media_pack() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"),
        &pack,
    );
    // Text with markup: the printable page must show it, not run it.
    let ftl = pack.join("locales/en/private-info.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap().replace(
        "This is Sami. Sami likes to play",
        "This is Sami <script>alert()</script> & friends. Sami likes to play",
    );
    std::fs::write(&ftl, text).unwrap();

    // Plan.
    let stem = tmp.path().join("shots");
    let (code, out, err) = safesteps(&[
        "videos",
        "plan",
        "--sign-language",
        "zsl",
        "--pack",
        s(&pack),
        "-o",
        s(&stem),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    // Every video slot of the pack (lesson steps, pathway steps, questions, contact kinds,
    // screens), all still to record.
    let slots = safesteps_core::content::slots::video_slots(
        &safesteps_core::content::Catalog::embedded().unwrap(),
    )
    .len();
    assert!(slots > 114, "{slots}");
    assert!(
        out.starts_with(&format!("{slots} slots ({slots} to record)")),
        "{out}"
    );
    let csv = std::fs::read_to_string(stem.with_extension("csv")).unwrap();
    assert_eq!(csv.lines().count(), slots + 1);
    let html = std::fs::read_to_string(stem.with_extension("html")).unwrap();
    assert!(html.contains("Sami &lt;script&gt;alert()&lt;/script&gt; &amp; friends"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("<img alt=\"\" src=\"data:image/svg+xml,"));

    // Import three TEST clips signed by Ama.
    let rec = tmp.path().join("recordings");
    std::fs::create_dir_all(&rec).unwrap();
    for slot in [S1, S2, S3] {
        std::fs::write(
            rec.join(format!("{slot}.mp4")),
            test_media::mp4(1280, 720, 5),
        )
        .unwrap();
    }
    let media = tmp.path().join("media");
    let (code, out, err) = safesteps(&[
        "videos",
        "import",
        s(&rec),
        "--sign-language",
        "zsl",
        "--signer",
        "Ama",
        "--pack",
        s(&pack),
        "--media",
        s(&media),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!("imported {S1}: 5.0 s, 1280x720,")),
        "{out}"
    );
    assert!(out.contains("3 video(s) imported"), "{out}");
    // The pack still passes check, and its base pack builds without the videos.
    let (code, out, _) = safesteps(&["check", s(&pack)]);
    assert_eq!(code, 0, "{out}");
    let key = tmp.path().join("publisher.key");
    assert_eq!(safesteps(&["pack", "keygen", "--out", s(&key)]).0, 0);
    let base = tmp.path().join("base.sspack");
    let (code, out, err) = safesteps(&[
        "pack",
        "build",
        s(&pack),
        "--out",
        s(&base),
        "--key",
        s(&key),
    ]);
    assert_eq!(code, 0, "{out}{err}");

    // Review.
    let review = |slot: &str, who: &str, extra: &[&str]| {
        let mut args = vec![
            "videos",
            "review",
            "--sign-language",
            "zsl",
            "--slot",
            slot,
            "--reviewer",
            who,
            "--pack",
            s(&pack),
            "--media",
            s(&media),
        ];
        args.extend_from_slice(extra);
        safesteps(&args)
    };
    let (code, _, err) = review(S1, "Ama", &["--approve"]);
    assert_eq!(code, 1);
    assert!(err.contains("second signer"), "{err}");
    let (code, _, err) = review(S2, "Kofi", &["--reject"]);
    assert_eq!(code, 1);
    assert!(err.contains("reason"), "{err}");
    let (code, out, err) = review(S1, "Kofi", &["--approve"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.starts_with(&format!("{S1} approved in zsl by Kofi at ")),
        "{out}"
    );
    assert_eq!(
        review(S2, "Kofi", &["--reject", "--reason", "too fast"]).0,
        0
    );
    let manifest = std::fs::read_to_string(pack.join("media/videos.toml")).unwrap();
    assert!(manifest.contains("reviewer = \"Kofi\""));
    assert!(manifest.contains("signer = \"Ama\""));

    // Status.
    let (code, out, _) = safesteps(&[
        "videos",
        "status",
        "--sign-language",
        "zsl",
        "--pack",
        s(&pack),
        "--media",
        s(&media),
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        out.trim(),
        format!(
            "zsl: {slots} slots, 3 recorded, 1 approved, 1 awaiting review, 1 rejected, {} need recording; captions: en 3, ur 3, zu 3",
            slots - 2
        )
    );
    let (_, all, _) = safesteps(&["videos", "status", "--pack", s(&pack), "--media", s(&media)]);
    assert_eq!(all.lines().count(), 5, "{all}");
    assert!(
        all.contains(&format!("pks: {slots} slots, 0 recorded")),
        "{all}"
    );

    // The zsl media pack: only the approved video.
    let zsl = tmp.path().join("zsl.sspack");
    let (code, out, err) = safesteps(&[
        "pack",
        "build-media",
        s(&pack),
        "--sign-language",
        "zsl",
        "--key",
        s(&key),
        "-o",
        s(&zsl),
        "--media",
        s(&media),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("zsl media pack for org.safesteps.default"),
        "{out}"
    );
    assert!(out.contains("1 approved video(s)"), "{out}");
    assert!(zsl.is_file());
}

#[test]
fn refused_recordings_name_the_file_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"),
        &pack,
    );
    let manifest = std::fs::read(pack.join("media/videos.toml")).unwrap();
    let media = tmp.path().join("media");
    let import = |dir: &PathBuf| {
        safesteps(&[
            "videos",
            "import",
            s(dir),
            "--sign-language",
            "zsl",
            "--pack",
            s(&pack),
            "--media",
            s(&media),
        ])
    };
    let good = test_media::mp4(640, 360, 3);
    let cases: Vec<(String, Vec<u8>, &str)> = vec![
        (
            "lesson-99-unknown.mp4".into(),
            good.clone(),
            "no video slot 'lesson-99-unknown'",
        ),
        (
            format!("{S1}.webm"),
            good.clone(),
            "not an MP4 video (a .webm file)",
        ),
        (
            format!("{S1}.mp4"),
            good[..good.len() / 2].to_vec(),
            "truncated",
        ),
    ];
    for (name, bytes, says) in cases {
        let dir = tmp.path().join(format!("rec-{}", name.replace('.', "-")));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(&name), &bytes).unwrap();
        let (code, out, err) = import(&dir);
        assert_eq!(code, 1, "{name}: {out}");
        assert!(err.contains(says), "{name}: {err}");
        assert!(err.lines().count() == 1 && err.len() < 300, "{err}");
        assert_eq!(
            std::fs::read(pack.join("media/videos.toml")).unwrap(),
            manifest
        );
        assert!(!media.exists(), "{name}: nothing written");
    }
    // A sign language the pack does not list.
    let (code, _, err) = safesteps(&[
        "videos",
        "plan",
        "--sign-language",
        "xyz",
        "--pack",
        s(&pack),
        "-o",
        s(&tmp.path().join("x")),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("does not list sign language 'xyz'"), "{err}");
}
