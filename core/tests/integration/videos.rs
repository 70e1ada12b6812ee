//! The sign-language video workflow end to end, on generated TEST clips (not signing):
//! plan -> import -> review -> build a media pack -> install -> a lesson plays it; and
//! the ways it must refuse.

use std::path::{Path, PathBuf};

use safesteps_core::content::ReviewDecision;
use safesteps_core::content::signing::{generate_key, parse_secret_key, sha256_hex};
use safesteps_core::media::probe::{VideoLimits, probe};
use safesteps_core::media::workshop::Workshop;
use safesteps_core::media::{plan, test_media};
use safesteps_core::{Engine, ErrorKind, OpenOptions, VideoStatus};

const T0: i64 = 1_795_000_000_000;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

struct Setup {
    dir: tempfile::TempDir,
    pack: PathBuf,
    media: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"),
        &pack,
    );
    let media = dir.path().join("pack-media");
    Setup { dir, pack, media }
}

fn clips(dir: &Path, slots: &[&str], seconds: u32) -> PathBuf {
    let rec = dir.join(format!("recordings-{}", uuid_like(slots)));
    std::fs::create_dir_all(&rec).unwrap();
    for s in slots {
        std::fs::write(
            rec.join(format!("{s}.mp4")),
            test_media::mp4(640, 360, seconds),
        )
        .unwrap();
    }
    rec
}

fn uuid_like(slots: &[&str]) -> String {
    sha256_hex(slots.join(",").as_bytes())[..8].to_string()
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    if !dir.exists() {
        return out;
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                out.push((
                    e.path().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

const S1: &str = "private-info-1-meet-sami";
const S2: &str = "private-info-1-private-things";
const S3: &str = "private-info-1-game-chat";

#[test]
fn test_clips_are_read_by_the_mp4_parser() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("TEST-CLIP-NOT-SIGNING.mp4");
    let bytes = test_media::mp4(640, 360, 3);
    std::fs::write(&p, &bytes).unwrap();
    let f = probe(&p, &VideoLimits::default()).unwrap();
    assert_eq!((f.width, f.height, f.duration_ms), (640, 360, 3000));
    assert_eq!(f.bytes, bytes.len() as u64);
    assert_eq!(f.sha256, sha256_hex(&bytes));
}

#[test]
fn plan_import_review_build_install_play() {
    let s = setup();
    // Plan: every slot, with text, easy-read, picture and a target length.
    let mut ws = Workshop::open(&s.pack, &s.media).unwrap();
    let shots = plan::shot_list(ws.catalog(), "zsl").unwrap();
    let slots = safesteps_core::content::slots::video_slots(ws.catalog()).len();
    assert!(slots > 114, "{slots}");
    assert_eq!(shots.len(), slots);
    let first = &shots[0];
    assert_eq!(first.slot, S1);
    assert!(!first.text.is_empty() && first.picture.is_some());
    assert_eq!(first.target_seconds, plan::target_seconds(&first.text));
    assert!((plan::MIN_TARGET_SECONDS..=plan::MAX_TARGET_SECONDS).contains(&first.target_seconds));
    let csv = plan::to_csv(&shots).unwrap();
    assert!(csv.starts_with("slot,file,kind,text,easy_read,picture,target_seconds,status\n"));
    assert!(csv.contains(&format!("{S1},{S1}.mp4,lesson step,")));
    let html = plan::to_html(ws.catalog(), "zsl", &shots);
    assert_eq!(html.matches("<section class=\"shot\">").count(), slots);
    assert!(
        html.contains("src=\"data:image/svg+xml,"),
        "pictures inline"
    );
    assert!(plan::shot_list(ws.catalog(), "xyz").is_err());

    // Import three clips, signed by A.
    let rec = clips(s.dir.path(), &[S1, S2, S3], 4);
    let report = ws
        .import(&rec, "zsl", Some("Signer A"), &VideoLimits::default(), T0)
        .unwrap();
    assert_eq!(report.videos.len(), 3);
    let manifest_text = std::fs::read_to_string(s.pack.join("media/videos.toml")).unwrap();
    let m: safesteps_core::content::VideoManifest = toml::from_str(&manifest_text).unwrap();
    assert!(!m.needs_recording["zsl"].contains(&S1.to_string()));
    assert!(m.needs_recording["pks"].contains(&S1.to_string()));
    let e = m.video.iter().find(|v| v.step == S1).unwrap();
    assert_eq!(e.duration_ms, Some(4000));
    assert_eq!(e.signer.as_deref(), Some("Signer A"));
    let video = s.media.join(e.file.as_ref().unwrap());
    assert_eq!(
        sha256_hex(&std::fs::read(&video).unwrap()),
        *e.sha256.as_ref().unwrap()
    );
    // Captions in every locale, the drafts marked on every cue.
    for locale in ["en", "ur", "zu"] {
        let path = s.media.join(&e.captions[locale]);
        let vtt = std::fs::read_to_string(&path).unwrap();
        assert!(vtt.starts_with("WEBVTT\n"), "{locale}");
        assert!(vtt.contains("00:00:00.000 --> "), "{locale}");
        assert!(
            vtt.contains(" --> 00:00:04.000\n"),
            "{locale}: the last cue ends with the video"
        );
        let cues = vtt.matches(" --> ").count();
        let draft_cues = vtt.matches("\n[draft] ").count();
        if locale == "en" {
            assert_eq!(draft_cues, 0);
        } else {
            assert_eq!(
                draft_cues, cues,
                "{locale}: every cue of a draft locale is marked"
            );
        }
    }
    // The pack still passes check: captions travel in the media pack.
    let ws2 = Workshop::open(&s.pack, &s.media).unwrap();
    assert_eq!(ws2.manifest().video.len(), 3);

    // An editor changes the English captions; importing again keeps them.
    let en = s.media.join(&e.captions["en"]);
    std::fs::write(
        &en,
        "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nEdited by hand.\n",
    )
    .unwrap();
    let again = ws
        .import(
            &clips(s.dir.path(), &[S1], 4),
            "zsl",
            Some("Signer A"),
            &VideoLimits::default(),
            T0 + 1,
        )
        .unwrap();
    assert_eq!(
        again.captions_kept,
        vec![(S1.to_string(), "en".to_string())]
    );
    assert!(
        std::fs::read_to_string(&en)
            .unwrap()
            .contains("Edited by hand.")
    );

    // Review: the signer cannot approve their own video; a rejection needs a reason.
    let err = ws
        .review("zsl", S1, "signer a", ReviewDecision::Approved, None, T0)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().contains("second signer"), "{err}");
    assert!(
        ws.review("zsl", S3, "Signer B", ReviewDecision::Rejected, None, T0)
            .is_err()
    );
    ws.review("zsl", S1, "Signer B", ReviewDecision::Approved, None, T0)
        .unwrap();
    ws.review("zsl", S2, "Signer B", ReviewDecision::Approved, None, T0)
        .unwrap();
    ws.review(
        "zsl",
        S3,
        "Signer B",
        ReviewDecision::Rejected,
        Some("hands out of frame"),
        T0,
    )
    .unwrap();
    let review = ws
        .manifest()
        .video
        .iter()
        .find(|v| v.step == S1)
        .unwrap()
        .review
        .clone()
        .unwrap();
    assert_eq!(review.reviewer, "Signer B");
    assert_eq!(review.at, safesteps_core::media::rfc3339(T0));
    let st = ws.status(Some("zsl")).unwrap();
    assert_eq!(
        (
            st[0].slots,
            st[0].recorded,
            st[0].approved,
            st[0].rejected,
            st[0].needs_recording
        ),
        (slots, 3, 2, 1, slots - 2)
    );
    assert_eq!(st[0].captions["en"], 3);

    // Build the zsl media pack, signed.
    let (secret, public) = generate_key().unwrap();
    let key = parse_secret_key(&secret).unwrap();
    let zsl = s.dir.path().join("zsl.sspack");
    let built = safesteps_core::media::pack::build(&ws, "zsl", &key, &zsl).unwrap();
    assert_eq!(built.manifest.video.len(), 2, "only approved videos");
    assert_eq!(built.unapproved, 1);

    // Install on a phone whose learner signs ZSL.
    let phone = s.dir.path().join("phone");
    std::fs::create_dir_all(&phone).unwrap();
    let options = OpenOptions {
        preferred_locales: vec!["ur".into()],
        sign_language: Some("zsl".into()),
        trusted_publisher_keys: vec![public.clone()],
        ..Default::default()
    };
    let app = Engine::open(&phone.join("db.sqlite"), options.clone()).unwrap();
    let info = app.install_media_pack(&zsl).unwrap();
    assert_eq!((info.sign_language.as_str(), info.videos), ("zsl", 2));
    let check = |app: &Engine| {
        let lesson = app.lesson("private-info-1", None).unwrap();
        let v = &lesson.steps[0].videos[0];
        assert_eq!(v.sign_language, "zsl");
        assert_eq!(v.status, VideoStatus::Recorded);
        let path = PathBuf::from(v.file_path.as_ref().expect("a playable file"));
        assert!(path.is_absolute());
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(Some(sha256_hex(&bytes)), v.sha256);
        assert!(
            bytes
                .windows(test_media::MARKER.len())
                .any(|w| w == test_media::MARKER)
        );
        assert_eq!(
            v.caption_files[0].locale, "ur",
            "the learner's locale first"
        );
        assert!(v.caption_files[0].draft);
        let en = v.caption_files.iter().find(|c| c.locale == "en").unwrap();
        assert!(!en.draft);
        assert!(
            std::fs::read_to_string(&en.path)
                .unwrap()
                .contains("Edited by hand.")
        );
        // The rejected video is not shown.
        let rejected = &lesson.steps[2].videos[0];
        assert_eq!(rejected.sign_language, "zsl");
        assert_eq!(rejected.status, VideoStatus::NeedsRecording);
        assert!(rejected.file_path.is_none() && rejected.caption_files.is_empty());
    };
    check(&app);
    app.close();
    // Still there after a restart (checked again against the signature).
    let app = Engine::open(&phone.join("db.sqlite"), options).unwrap();
    check(&app);
    let packs = app.media_packs();
    assert!(packs.problems.is_empty());
    assert_eq!(packs.installed.len(), 1);
}

fn setup_with_pack() -> (Setup, PathBuf, String, String) {
    let s = setup();
    let mut ws = Workshop::open(&s.pack, &s.media).unwrap();
    ws.import(
        &clips(s.dir.path(), &[S1], 3),
        "zsl",
        Some("A"),
        &VideoLimits::default(),
        T0,
    )
    .unwrap();
    ws.review("zsl", S1, "B", ReviewDecision::Approved, None, T0)
        .unwrap();
    let (secret, public) = generate_key().unwrap();
    let out = s.dir.path().join("zsl.sspack");
    safesteps_core::media::pack::build(&ws, "zsl", &parse_secret_key(&secret).unwrap(), &out)
        .unwrap();
    (s, out, secret, public)
}

fn phone(s: &Setup, public: &str, sign_language: &str) -> Engine {
    let dir = s.dir.path().join(format!("phone-{sign_language}"));
    std::fs::create_dir_all(&dir).unwrap();
    Engine::open(
        &dir.join("db.sqlite"),
        OpenOptions {
            sign_language: Some(sign_language.into()),
            trusted_publisher_keys: vec![public.into()],
            ..Default::default()
        },
    )
    .unwrap()
}

/// Rewrite a pack file's tar, changing one file's bytes (the signature kept).
fn tamper(src: &Path, dst: &Path, victim: &str) {
    rewrite(src, dst, |path, data| {
        if path.contains(victim) {
            let last = data.len() - 1;
            data[last] ^= 1;
        }
    });
}

/// Rewrite a pack file's tar, letting `edit` change any file.
fn rewrite(src: &Path, dst: &Path, mut edit: impl FnMut(&str, &mut Vec<u8>)) {
    use std::io::Read;
    let gz = flate2::read::GzDecoder::new(std::fs::File::open(src).unwrap());
    let mut archive = tar::Archive::new(gz);
    let out = flate2::write::GzEncoder::new(
        std::fs::File::create(dst).unwrap(),
        flate2::Compression::fast(),
    );
    let mut builder = tar::Builder::new(out);
    for e in archive.entries().unwrap() {
        let mut e = e.unwrap();
        let path = e.path().unwrap().to_string_lossy().into_owned();
        let mut data = Vec::new();
        e.read_to_end(&mut data).unwrap();
        edit(&path, &mut data);
        let mut h = tar::Header::new_ustar();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        builder.append_data(&mut h, &path, data.as_slice()).unwrap();
    }
    builder.into_inner().unwrap().finish().unwrap();
}

fn installed_files(s: &Setup, sign_language: &str) -> Vec<(String, Vec<u8>)> {
    snapshot(
        &s.dir
            .path()
            .join(format!("phone-{sign_language}/db.sqlite-packs")),
    )
}

/// A media pack installed by an app of format 1 (`MEDIA.toml`, `SIGNATURE.toml`) is found
/// at start: it is not used, its files are kept, and `media_packs()` says why.
#[test]
fn an_old_format_installed_media_pack_is_kept_and_reported() {
    let (s, good, _, public) = setup_with_pack();
    let app = phone(&s, &public, "zsl");
    app.install_media_pack(&good).unwrap();
    drop(app);
    let installed = s.dir.path().join("phone-zsl/db.sqlite-packs/media/zsl");
    assert!(installed.join("MEDIA.json").is_file());
    std::fs::rename(installed.join("MEDIA.json"), installed.join("MEDIA.toml")).unwrap();
    std::fs::rename(
        installed.join("SIGNATURE.json"),
        installed.join("SIGNATURE.toml"),
    )
    .unwrap();
    let before = installed_files(&s, "zsl");
    let app = phone(&s, &public, "zsl");
    let packs = app.media_packs();
    assert!(packs.installed.is_empty(), "{packs:?}");
    assert!(
        packs.problems.iter().any(|p| p.contains("older SafeSteps")),
        "{packs:?}"
    );
    let v = &app.lesson("private-info-1", None).unwrap().steps[0].videos[0];
    assert!(v.file_path.is_none());
    assert_eq!(installed_files(&s, "zsl"), before, "nothing was changed");
}

#[test]
fn a_tampered_media_pack_is_refused_and_nothing_is_installed() {
    let (s, good, _, public) = setup_with_pack();
    let app = phone(&s, &public, "zsl");
    for victim in [".mp4", ".vtt", "MEDIA.json"] {
        let bad = s.dir.path().join("bad.sspack");
        tamper(&good, &bad, victim);
        let err = app.install_media_pack(&bad).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::ContentInvalid, "{victim}: {err}");
        assert!(
            err.to_string()
                .contains("changed after the pack was signed"),
            "{err}"
        );
        assert!(
            installed_files(&s, "zsl").is_empty(),
            "{victim}: nothing left behind"
        );
        let v = &app.lesson("private-info-1", None).unwrap().steps[0].videos[0];
        assert!(v.file_path.is_none());
    }
    // The good pack installs; a tampered one later leaves it as it was.
    app.install_media_pack(&good).unwrap();
    let before = installed_files(&s, "zsl");
    let bad = s.dir.path().join("bad.sspack");
    tamper(&good, &bad, ".mp4");
    assert!(app.install_media_pack(&bad).is_err());
    assert_eq!(installed_files(&s, "zsl"), before);
    // Cut short: refused too.
    let bytes = std::fs::read(&good).unwrap();
    std::fs::write(&bad, &bytes[..bytes.len() / 2]).unwrap();
    assert_eq!(
        app.install_media_pack(&bad).unwrap_err().kind(),
        ErrorKind::ContentInvalid
    );
    assert_eq!(installed_files(&s, "zsl"), before);
}

#[test]
fn a_media_pack_from_an_untrusted_key_is_refused_before_unpacking() {
    let (s, good, _, _) = setup_with_pack();
    let (_, other) = generate_key().unwrap();
    let app = phone(&s, &other, "zsl");
    let err = app.install_media_pack(&good).unwrap_err();
    assert!(err.to_string().contains("does not trust"), "{err}");
    assert!(installed_files(&s, "zsl").is_empty());
}

#[test]
fn a_content_pack_is_not_a_media_pack() {
    let (s, _, secret, public) = setup_with_pack();
    let files = safesteps_core::content::PackFiles::from_dir(&s.pack).unwrap();
    let bytes = safesteps_core::content::signing::build_pack_file(
        &files,
        &parse_secret_key(&secret).unwrap(),
    )
    .unwrap();
    let content = s.dir.path().join("content.sspack");
    std::fs::write(&content, bytes).unwrap();
    let app = phone(&s, &public, "zsl");
    let err = app.install_media_pack(&content).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ContentInvalid);
    assert!(
        err.to_string().contains("not a sign-language media pack"),
        "{err}"
    );
    assert!(installed_files(&s, "zsl").is_empty());
}

#[test]
fn a_forged_signature_is_refused_before_unpacking() {
    let (s, good, _, public) = setup_with_pack();
    let app = phone(&s, &public, "zsl");
    // The signature's bytes changed.
    let bad = s.dir.path().join("forged.sspack");
    rewrite(&good, &bad, |path, data| {
        if path == "SIGNATURE.json" {
            let text = String::from_utf8(data.clone()).unwrap();
            let at = text.find("\"signature\": \"").unwrap() + 14;
            let flipped = if &text[at..at + 1] == "0" { "1" } else { "0" };
            *data = format!("{}{}{}", &text[..at], flipped, &text[at + 1..]).into_bytes();
        }
    });
    let err = app.install_media_pack(&bad).unwrap_err();
    assert!(
        err.to_string().contains("does not match its contents"),
        "{err}"
    );
    assert!(installed_files(&s, "zsl").is_empty());
    // Another video, re-signed with the forger's key but claiming the trusted one.
    let (forger, _) = generate_key().unwrap();
    let forger = parse_secret_key(&forger).unwrap();
    rewrite(&good, &bad, |path, data| {
        if path == "SIGNATURE.json" {
            let text = String::from_utf8(data.clone()).unwrap();
            #[derive(serde::Deserialize)]
            struct Doc {
                files: std::collections::BTreeMap<String, String>,
            }
            let doc: Doc = serde_json::from_str(&text).unwrap();
            let forged =
                safesteps_core::content::signing::signature_file(&doc.files, &forger).unwrap();
            let mut v: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&forged).unwrap();
            v.insert(
                "public_key".into(),
                serde_json::Value::String(public.clone()),
            );
            *data = serde_json::to_vec(&v).unwrap();
        }
    });
    let err = app.install_media_pack(&bad).unwrap_err();
    assert!(
        err.to_string().contains("does not match its contents"),
        "{err}"
    );
    assert!(installed_files(&s, "zsl").is_empty());
}

#[test]
fn a_media_pack_of_another_sign_language_or_base_pack_is_refused() {
    let (s, good, secret, public) = setup_with_pack();
    let app = phone(&s, &public, "sfs");
    let err = app.install_media_pack(&good).unwrap_err();
    assert!(
        matches!(
            err,
            safesteps_core::Error::Video(
                safesteps_core::media::VideoError::WrongSignLanguage { .. }
            )
        ),
        "{err}"
    );
    assert!(installed_files(&s, "sfs").is_empty());

    // Built for a newer major version of the content: refused on this phone.
    let toml_path = s.pack.join("pack.toml");
    let text = std::fs::read_to_string(&toml_path).unwrap();
    let version_line = text
        .lines()
        .find(|l| l.starts_with("version"))
        .unwrap()
        .to_string();
    std::fs::write(
        &toml_path,
        text.replace(&version_line, "version = \"99.0.0\""),
    )
    .unwrap();
    let ws = Workshop::open(&s.pack, &s.media).unwrap();
    let newer = s.dir.path().join("zsl-99.sspack");
    safesteps_core::media::pack::build(&ws, "zsl", &parse_secret_key(&secret).unwrap(), &newer)
        .unwrap();
    let app = phone(&s, &public, "zsl");
    let err = app.install_media_pack(&newer).unwrap_err();
    assert!(
        matches!(
            err,
            safesteps_core::Error::Video(
                safesteps_core::media::VideoError::BasePackMismatch { .. }
            )
        ),
        "{err}"
    );
    assert!(installed_files(&s, "zsl").is_empty());
}

/// The clip rewritten with its moov box first (as "fast start" files are), then cut
/// inside its media data: it still parses, but its index points past the end.
fn moov_first_cut(good: &[u8]) -> Vec<u8> {
    let moov_at = good.windows(4).position(|w| w == b"moov").unwrap() - 4;
    let mdat_at = good.windows(4).position(|w| w == b"mdat").unwrap() - 4;
    let mut moov = good[moov_at..].to_vec();
    let stco = moov.windows(4).position(|w| w == b"stco").unwrap() + 12;
    let off = u32::from_be_bytes(moov[stco..stco + 4].try_into().unwrap()) + moov.len() as u32;
    moov[stco..stco + 4].copy_from_slice(&off.to_be_bytes());
    let mut f = good[..mdat_at].to_vec();
    f.extend_from_slice(&moov);
    f.extend_from_slice(&good[mdat_at..moov_at]);
    // Whole, it is a good file; cut short, it is not.
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("whole.mp4"), &f).unwrap();
    probe(&d.path().join("whole.mp4"), &VideoLimits::default()).unwrap();
    f.truncate(f.len() - 20);
    f
}

/// Import refusals name the file and change nothing: not the manifest, not the media folder.
#[test]
fn bad_recordings_are_refused_with_nothing_written() {
    let s = setup();
    let mut ws = Workshop::open(&s.pack, &s.media).unwrap();
    let manifest = std::fs::read(s.pack.join("media/videos.toml")).unwrap();
    let good = test_media::mp4(640, 360, 3);
    let cases: Vec<(&str, Vec<u8>, VideoLimits, &str)> = vec![
        (
            "truncated",
            good[..good.len() - 40].to_vec(),
            VideoLimits::default(),
            "truncated",
        ),
        (
            "cut in the data",
            moov_first_cut(&good),
            VideoLimits::default(),
            "truncated",
        ),
        (
            "oversize",
            test_media::mp4(640, 360, 60),
            VideoLimits {
                max_bytes: good.len() as u64 + 100,
                ..Default::default()
            },
            "bytes",
        ),
        (
            "too long",
            test_media::mp4(640, 360, 200),
            VideoLimits::default(),
            "200.0 s",
        ),
        (
            "too small",
            test_media::mp4(320, 240, 3),
            VideoLimits::default(),
            "320x240",
        ),
        (
            "webm",
            vec![0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0, 0, 0, 0, 0],
            VideoLimits::default(),
            "WebM",
        ),
    ];
    for (what, bytes, limits, says) in cases {
        let rec = s.dir.path().join(format!("rec-{}", what.replace(' ', "-")));
        std::fs::create_dir_all(&rec).unwrap();
        // A good clip beside the bad one: it is not imported either.
        std::fs::write(rec.join(format!("{S1}.mp4")), &good).unwrap();
        std::fs::write(rec.join(format!("{S2}.mp4")), &bytes).unwrap();
        let err = ws.import(&rec, "zsl", None, &limits, T0).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains(S2) && msg.contains(says), "{what}: {msg}");
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{what}");
        assert_eq!(
            std::fs::read(s.pack.join("media/videos.toml")).unwrap(),
            manifest,
            "{what}"
        );
        assert!(snapshot(&s.media).is_empty(), "{what}: no file written");
    }
    // A file for a slot the pack does not have, and another container by name.
    let rec = s.dir.path().join("rec-names");
    std::fs::create_dir_all(&rec).unwrap();
    std::fs::write(rec.join("no-such-slot\u{7}<b>.mp4"), &good).unwrap();
    let err = ws
        .import(&rec, "zsl", None, &VideoLimits::default(), T0)
        .unwrap_err();
    assert!(err.to_string().contains("no video slot"), "{err}");
    assert!(err.to_string().contains("\\u{7}"), "escaped: {err}");
    std::fs::remove_file(rec.join("no-such-slot\u{7}<b>.mp4")).unwrap();
    std::fs::write(rec.join(format!("{S1}.mov")), &good).unwrap();
    let err = ws
        .import(&rec, "zsl", None, &VideoLimits::default(), T0)
        .unwrap_err();
    assert!(err.to_string().contains("not an MP4"), "{err}");
    assert_eq!(
        std::fs::read(s.pack.join("media/videos.toml")).unwrap(),
        manifest
    );
    assert!(snapshot(&s.media).is_empty());
}

/// Every cut and every single-byte change of a clip gives a result or a typed error that
/// names the file: never a panic, never an error of another kind.
#[test]
fn damaged_clips_never_panic_the_probe() {
    let d = tempfile::tempdir().unwrap();
    let good = test_media::mp4(640, 360, 3);
    let moov_first = {
        // The same clip with its index first (see moov_first_cut), whole.
        let mut f = moov_first_cut(&good);
        f.extend_from_slice(&[0; 20]);
        f
    };
    let path = d.path().join("private-info-1-meet-sami.mp4");
    let mut outcomes = (0, 0);
    for base in [&good, &moov_first] {
        let mut variants: Vec<Vec<u8>> = (0..base.len())
            .step_by(5)
            .map(|n| base[..n].to_vec())
            .collect();
        for i in 0..base.len() {
            let mut v = base.clone();
            v[i] ^= 0xff;
            variants.push(v);
        }
        for v in variants {
            std::fs::write(&path, &v).unwrap();
            match probe(&path, &VideoLimits::default()) {
                Ok(_) => outcomes.0 += 1,
                Err(e) => {
                    assert_eq!(e.kind(), ErrorKind::InvalidInput, "{e}");
                    assert!(
                        e.to_string().contains("private-info-1-meet-sami.mp4"),
                        "{e}"
                    );
                    outcomes.1 += 1;
                }
            }
        }
    }
    assert!(outcomes.0 > 0 && outcomes.1 > 0, "{outcomes:?}");
}

/// The same take imported again after its text was corrected: the captions follow the
/// new text (they were not edited), and the old caption files go.
#[test]
fn captions_follow_a_corrected_text() {
    let s = setup();
    let mut ws = Workshop::open(&s.pack, &s.media).unwrap();
    let rec = clips(s.dir.path(), &[S1], 4);
    ws.import(&rec, "zsl", Some("A"), &VideoLimits::default(), T0)
        .unwrap();
    ws.review("zsl", S1, "B", ReviewDecision::Approved, None, T0)
        .unwrap();
    let old = ws.manifest().video[0].captions["en"].clone();
    let ftl = s.pack.join("locales/en/private-info.ftl");
    let text = std::fs::read_to_string(&ftl)
        .unwrap()
        .replace("This is Sami. Sami likes", "Meet Sami. Sami likes");
    std::fs::write(&ftl, text).unwrap();
    let mut ws = Workshop::open(&s.pack, &s.media).unwrap();
    let report = ws
        .import(&rec, "zsl", Some("A"), &VideoLimits::default(), T0 + 5)
        .unwrap();
    assert!(
        report.captions_kept.is_empty(),
        "{:?}",
        report.captions_kept
    );
    let e = &ws.manifest().video[0];
    assert_ne!(e.captions["en"], old);
    let vtt = std::fs::read_to_string(s.media.join(&e.captions["en"])).unwrap();
    assert!(vtt.contains("\nMeet Sami.\n"), "{vtt}");
    assert!(
        !s.media.join(&old).exists(),
        "the superseded caption file is removed"
    );
    assert!(e.review.is_some(), "the same take keeps its review");
}
