//! Signed packs: signature and hashes, tampering, trust, downgrade, atomic install.

use std::io::{Read, Write};

use safesteps_core::content::installed::PackDir;
use safesteps_core::content::model::{BuiltCatalog, CATALOG_FILE};
use safesteps_core::content::signing::{
    build_pack_file, generate_key, parse_secret_key, read_pack_file, verify,
};
use safesteps_core::content::{Catalog, PackFiles};
use safesteps_core::store::Store;
use safesteps_core::{Engine, ErrorKind, OpenOptions, PackSource};

/// The UK contacts, which hold Childline's number 0800 1111.
const HELPLINE: &str = "contacts/gb.toml";

struct Keys {
    secret: String,
    public: String,
}

fn keys() -> Keys {
    let (secret, public) = generate_key().unwrap();
    Keys { secret, public }
}

/// The default pack with another version.
fn pack_files(version: &str) -> PackFiles {
    let mut files = PackFiles::embedded();
    let manifest = files.text("pack.toml").unwrap().replace(
        "\nversion = \"0.1.0\"",
        &format!("\nversion = \"{version}\""),
    );
    files.insert("pack.toml", manifest);
    assert!(files.text(HELPLINE).unwrap().contains("\"0800 1111\""));
    files
}

fn pack(version: &str, k: &Keys) -> Vec<u8> {
    build_pack_file(&pack_files(version), &parse_secret_key(&k.secret).unwrap()).unwrap()
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![];
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(vec![], flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn trusted(k: &Keys) -> Vec<ed25519_dalek::VerifyingKey> {
    vec![safesteps_core::content::signing::parse_public_key(&k.public).unwrap()]
}

#[test]
fn a_signed_pack_verifies_and_loads() {
    let k = keys();
    let files = read_pack_file(&pack("1.2.0", &k)).unwrap();
    assert_eq!(verify(&files, &trusted(&k)).unwrap(), k.public);
    let catalog = Catalog::load(files).unwrap();
    assert_eq!(catalog.manifest.version.to_string(), "1.2.0");
}

#[test]
fn packing_is_deterministic() {
    let k = keys();
    assert_eq!(pack("1.0.0", &k), pack("1.0.0", &k));
}

#[test]
fn one_changed_byte_in_a_helpline_number_is_refused() {
    let k = keys();
    let tar = gunzip(&pack("1.0.0", &k));
    let at = tar
        .windows(9)
        .position(|w| w == b"0800 1111")
        .expect("the number is in the archive");
    let mut tampered = tar.clone();
    tampered[at + 8] = b'2'; // "0800 1111" -> "0800 1112"
    let files = read_pack_file(&gzip(&tampered)).expect("still a well-formed archive");
    let err = verify(&files, &trusted(&k)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ContentInvalid);
    assert!(
        err.to_string().contains(&format!(
            "{CATALOG_FILE} was changed after the pack was signed"
        )),
        "{err}"
    );
    // Untouched, it verifies: the test is about that one byte.
    verify(&read_pack_file(&gzip(&tar)).unwrap(), &trusted(&k)).unwrap();
}

/// Rebuild an archive from files without re-signing (what an attacker can do).
fn repack_unsigned(files: &PackFiles) -> Vec<u8> {
    let mut tar = tar::Builder::new(vec![]);
    for (path, bytes) in files.iter() {
        let mut h = tar::Header::new_ustar();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        tar.append_data(&mut h, path, bytes).unwrap();
    }
    gzip(&tar.into_inner().unwrap())
}

#[test]
fn added_removed_and_unsigned_files_are_refused() {
    let k = keys();
    let good = read_pack_file(&pack("1.0.0", &k)).unwrap();

    let mut extra = good.clone();
    extra.insert("media/extra.svg", "<svg/>");
    let e = verify(
        &read_pack_file(&repack_unsigned(&extra)).unwrap(),
        &trusted(&k),
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .contains("media/extra.svg is in the pack but not signed"),
        "{e}"
    );

    let mut missing = good.clone();
    missing.remove("locales/en/ui.ftl");
    let e = verify(
        &read_pack_file(&repack_unsigned(&missing)).unwrap(),
        &trusted(&k),
    )
    .unwrap_err();
    assert!(e.to_string().contains("signed but missing"), "{e}");

    let mut unsigned = good.clone();
    unsigned.remove("SIGNATURE.json");
    let e = verify(&unsigned, &trusted(&k)).unwrap_err();
    assert!(e.to_string().contains("not signed"), "{e}");
}

#[test]
fn a_pack_signed_by_an_untrusted_key_is_refused() {
    let (signer, other) = (keys(), keys());
    let files = read_pack_file(&pack("1.0.0", &signer)).unwrap();
    let e = verify(&files, &trusted(&other)).unwrap_err();
    assert!(e.to_string().contains("does not trust"), "{e}");
    let e = verify(&files, &[]).unwrap_err();
    assert!(e.to_string().contains("does not trust"), "{e}");
}

#[test]
fn a_forged_signature_is_refused() {
    let k = keys();
    let mut files = read_pack_file(&pack("1.0.0", &k)).unwrap();
    let sig = files.text("SIGNATURE.json").unwrap().to_string();
    let start = sig.find("\"signature\": \"").unwrap() + 14;
    let mut forged = sig.clone();
    let flipped = if &sig[start..start + 1] == "a" {
        "b"
    } else {
        "a"
    };
    forged.replace_range(start..start + 1, flipped);
    files.insert("SIGNATURE.json", forged);
    let e = verify(&files, &trusted(&k)).unwrap_err();
    assert!(e.to_string().contains("signature does not match"), "{e}");
}

#[test]
fn garbage_and_unsafe_archives_are_refused() {
    assert!(read_pack_file(b"definitely not a pack").is_err());
    let mut tar = tar::Builder::new(vec![]);
    let mut h = tar::Header::new_gnu();
    let data = b"owned";
    h.set_size(data.len() as u64);
    h.set_mode(0o644);
    // Write the raw name so the tar crate does not refuse `..` itself.
    h.as_gnu_mut().unwrap().name[..12].copy_from_slice(b"../evil.toml");
    h.set_cksum();
    tar.append(&h, &data[..]).unwrap();
    let e = read_pack_file(&gzip(&tar.into_inner().unwrap())).unwrap_err();
    assert!(e.to_string().contains("unsafe path"), "{e}");
}

fn engine(dir: &std::path::Path, k: &Keys) -> Engine {
    Engine::open(
        &dir.join("db.sqlite"),
        OpenOptions {
            preferred_locales: vec!["en".into()],
            trusted_publisher_keys: vec![k.public.clone()],
            ..Default::default()
        },
    )
    .unwrap()
}

#[test]
fn install_newer_then_refuse_downgrade_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let app = engine(dir.path(), &k);
    assert_eq!(app.pack_info().source, PackSource::Embedded);

    let v2 = dir.path().join("v2.sspack");
    std::fs::write(&v2, pack("2.0.0", &k)).unwrap();
    let info = app.install_pack(&v2, false).unwrap();
    assert_eq!(
        (info.version.as_str(), info.source),
        ("2.0.0", PackSource::Installed)
    );

    let v1 = dir.path().join("v1.sspack");
    std::fs::write(&v1, pack("1.5.0", &k)).unwrap();
    let e = app.install_pack(&v1, false).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ContentInvalid);
    assert!(e.to_string().contains("not newer"), "{e}");
    assert!(
        app.install_pack(&v2, false).is_err(),
        "the same version is not newer either"
    );
    assert_eq!(app.pack_info().version, "2.0.0");

    // Asked for, the downgrade happens.
    assert_eq!(app.install_pack(&v1, true).unwrap().version, "1.5.0");
    drop(app);
    let again = engine(dir.path(), &k);
    assert_eq!(
        again.pack_info().version,
        "1.5.0",
        "the installed pack is used after restart"
    );
    assert_eq!(again.pack_info().source, PackSource::Installed);
}

#[test]
fn a_refused_install_keeps_the_current_pack() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let app = engine(dir.path(), &k);
    let v2 = dir.path().join("v2.sspack");
    std::fs::write(&v2, pack("2.0.0", &k)).unwrap();
    app.install_pack(&v2, false).unwrap();

    let stranger = keys();
    let bad = dir.path().join("bad.sspack");
    std::fs::write(&bad, pack("3.0.0", &stranger)).unwrap();
    assert!(app.install_pack(&bad, false).is_err());
    std::fs::write(&bad, b"junk").unwrap();
    assert!(app.install_pack(&bad, false).is_err());
    let e = app
        .install_pack(&dir.path().join("missing.sspack"), false)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);

    // An invalid pack (validation error) signed by the trusted key is refused too.
    let mut broken = pack_files("4.0.0");
    broken.remove("media/avatars/cat.svg");
    broken.insert(
        "modules/01-private-info.toml",
        broken
            .text("modules/01-private-info.toml")
            .unwrap()
            .replace("media/private-info/cover.svg", "media/missing.svg"),
    );
    let signed = build_pack_file(&broken, &parse_secret_key(&k.secret).unwrap()).unwrap();
    std::fs::write(&bad, signed).unwrap();
    let e = app.install_pack(&bad, false).unwrap_err();
    assert!(e.to_string().contains("media/missing.svg"), "{e}");

    assert_eq!(app.pack_info().version, "2.0.0");
    drop(app);
    assert_eq!(engine(dir.path(), &k).pack_info().version, "2.0.0");
}

#[test]
fn a_crash_during_install_leaves_the_previous_pack_working() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let app = engine(dir.path(), &k);
    let v2 = dir.path().join("v2.sspack");
    std::fs::write(&v2, pack("2.0.0", &k)).unwrap();
    app.install_pack(&v2, false).unwrap();
    drop(app);

    // The process dies after writing the new pack, before the rename...
    let packs = PackDir::new(dir.path().join("db.sqlite-packs"));
    let staged = packs.stage(&pack("3.0.0", &k)).unwrap();
    std::mem::forget(staged);
    // ...or halfway through writing it.
    let half = pack("4.0.0", &k);
    std::fs::write(
        packs.path().join("partial.incoming"),
        &half[..half.len() / 2],
    )
    .unwrap();

    let app = engine(dir.path(), &k);
    assert_eq!(app.pack_info().version, "2.0.0");
    assert_eq!(app.pack_info().installed_pack_problem, None);
    let leftovers: Vec<_> = std::fs::read_dir(packs.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        leftovers,
        vec!["current.sspack"],
        "temporary files are cleaned up"
    );
}

#[test]
fn a_damaged_installed_pack_falls_back_to_the_embedded_one_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let packs = dir.path().join("db.sqlite-packs");
    std::fs::create_dir_all(&packs).unwrap();
    std::fs::write(packs.join("current.sspack"), b"bit rot").unwrap();
    let app = engine(dir.path(), &k);
    let info = app.pack_info();
    assert_eq!(info.source, PackSource::Embedded);
    assert!(info.installed_pack_problem.unwrap().contains("refused"));
    assert!(!app.modules(None).unwrap().is_empty());
}

#[test]
fn without_trusted_keys_nothing_can_be_installed() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let app = Engine::open_with(
        Store::open_in_memory().unwrap(),
        Catalog::embedded().unwrap(),
        OpenOptions::default(),
        Some(PackDir::new(dir.path().join("packs"))),
        std::sync::Arc::new(|| 0),
    )
    .unwrap();
    let f = dir.path().join("p.sspack");
    std::fs::write(&f, pack("2.0.0", &k)).unwrap();
    let e = app.install_pack(&f, false).unwrap_err();
    assert!(e.to_string().contains("no publisher keys"), "{e}");
}

/// Every file under `dir` with its bytes (empty when the folder does not exist).
fn snapshot(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries {
            let e = e.unwrap();
            out.insert(
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            );
        }
    }
    out
}

/// The default pack (version 5.0.0) with one translation file changed.
fn pack_with(k: &Keys, path: &str, edit: impl FnOnce(&str) -> String) -> Vec<u8> {
    let mut files = pack_files("5.0.0");
    let text = edit(files.text(path).unwrap_or(""));
    files.insert(path, text);
    build_pack_file(&files, &parse_secret_key(&k.secret).unwrap()).unwrap()
}

fn open_in(dir: &std::path::Path, k: &Keys, locale: &str) -> Engine {
    Engine::open(
        &dir.join("db.sqlite"),
        OpenOptions {
            preferred_locales: vec![locale.into()],
            trusted_publisher_keys: vec![k.public.clone()],
            ..Default::default()
        },
    )
    .unwrap()
}

#[test]
fn a_duplicated_message_id_in_a_translation_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let packs = dir.path().join("db.sqlite-packs");
    let app = open_in(dir.path(), &k, "ur");
    let v2 = dir.path().join("v2.sspack");
    std::fs::write(&v2, pack("2.0.0", &k)).unwrap();
    app.install_pack(&v2, false).unwrap();
    let before = snapshot(&packs);

    let dup = dir.path().join("dup.sspack");
    std::fs::write(
        &dup,
        pack_with(&k, "locales/ur/common.ftl", |t| {
            format!("{t}\nquiz-correct = دوسرا\n")
        }),
    )
    .unwrap();
    let e = app.install_pack(&dup, false).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ContentInvalid);
    assert!(e.to_string().contains("ur"), "{e}");
    assert!(e.to_string().contains("quiz-correct"), "{e}");
    assert_eq!(
        snapshot(&packs),
        before,
        "the pack folder is byte for byte as it was"
    );
    assert_eq!(app.pack_info().version, "2.0.0");
    drop(app);

    // The app opens in every locale afterwards, with the pack that was in use.
    for locale in ["ur", "zu", "en"] {
        let app = open_in(dir.path(), &k, locale);
        let info = app.pack_info();
        assert_eq!(
            (info.version.as_str(), info.active_locale.as_str()),
            ("2.0.0", locale)
        );
        assert!(
            info.locale_problems.is_empty(),
            "{:?}",
            info.locale_problems
        );
        assert!(!app.lesson("private-info-1", None).unwrap().title.is_empty());
    }
}

#[test]
fn every_message_of_every_locale_must_resolve_before_a_pack_is_installed() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let app = open_in(dir.path(), &k, "zu");
    type Edit = fn(&str) -> String;
    let cases: Vec<(&str, Edit, &str)> = vec![
        // A translation that refers to a message no locale has.
        (
            "locales/zu/common.ftl",
            |t| t.replacen("quiz-correct = ", "quiz-correct = { no-such-message } ", 1),
            "no-such-message",
        ),
        // A message defined twice across two files of one locale.
        (
            "locales/zu/extra.ftl",
            |_| "quiz-partly = Okunye\n".to_string(),
            "quiz-partly",
        ),
        // A Fluent syntax error in a translation.
        (
            "locales/ur/extra.ftl",
            |_| "broken = { $x\n".to_string(),
            "syntax",
        ),
    ];
    for (path, edit, expect) in cases {
        let file = dir.path().join("bad.sspack");
        let e = refused_install(&app, &file, &pack_with(&k, path, edit));
        assert_eq!(e.kind(), ErrorKind::ContentInvalid, "{path}: {e}");
        assert!(e.to_string().contains(expect), "{path}: {e}");
        assert!(!dir.path().join("db.sqlite-packs").exists());
        assert_eq!(app.pack_info().source, PackSource::Embedded);
    }
}

#[test]
fn an_installed_pack_with_a_broken_locale_falls_back_to_the_embedded_pack_in_every_locale() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let packs = dir.path().join("db.sqlite-packs");
    std::fs::create_dir_all(&packs).unwrap();
    // Installed by an older app that did not check every locale.
    std::fs::write(
        packs.join("current.sspack"),
        pack_with(&k, "locales/ur/common.ftl", |t| {
            format!("{t}\nquiz-correct = x\n")
        }),
    )
    .unwrap();
    for locale in ["ur", "zu", "en"] {
        let app = open_in(dir.path(), &k, locale);
        let info = app.pack_info();
        assert_eq!(info.source, PackSource::Embedded);
        assert_eq!(info.active_locale, locale);
        let problem = info.installed_pack_problem.unwrap();
        assert!(
            problem.contains("ur") && problem.contains("quiz-correct"),
            "{problem}"
        );
        assert!(!app.lesson("private-info-1", None).unwrap().title.is_empty());
    }
}

#[test]
fn a_pack_copy_that_differs_from_what_was_verified_is_not_committed() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let file = dir.path().join("p.sspack");
    std::fs::write(&file, pack("2.0.0", &k)).unwrap();
    let packs = PackDir::new(dir.path().join("packs"));
    let e = packs.install(&file, &[0u8; 32]).unwrap_err();
    assert!(
        e.to_string()
            .contains("changed while it was being installed"),
        "{e}"
    );
    assert!(
        !packs.path().exists(),
        "a folder the install made is removed again"
    );

    // With a folder and a pack already there, both stay as they were.
    let loaded = safesteps_core::content::load_pack_file(
        &file,
        &trusted(&k),
        &safesteps_core::content::signing::Limits::default(),
    )
    .unwrap();
    packs.install(&file, &loaded.sha256).unwrap();
    let before = snapshot(packs.path());
    std::fs::write(&file, pack("3.0.0", &k)).unwrap();
    assert!(packs.install(&file, &loaded.sha256).is_err());
    assert_eq!(snapshot(packs.path()), before);
}

/// `load_pack_file` on these bytes: the error message.
fn refusal(bytes: &[u8], k: &Keys) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.sspack");
    std::fs::write(&file, bytes).unwrap();
    let e = safesteps_core::content::load_pack_file(
        &file,
        &trusted(k),
        &safesteps_core::content::signing::Limits::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ContentInvalid, "{e}");
    e.to_string()
}

#[test]
fn the_container_is_checked_whole() {
    let k = keys();
    let good = pack("2.0.0", &k);
    let n = good.len();

    // Bytes after the gzip member, a second gzip member, a changed CRC or length.
    let mut trailing = good.clone();
    trailing.extend_from_slice(b"extra");
    assert!(refusal(&trailing, &k).contains("data after its end"));
    let mut second = good.clone();
    second.extend_from_slice(&gzip(b"more"));
    assert!(refusal(&second, &k).contains("data after its end"));
    let mut crc = good.clone();
    crc[n - 8] ^= 1;
    assert!(refusal(&crc, &k).contains("damaged"));
    let mut len = good.clone();
    len[n - 4] ^= 1;
    assert!(refusal(&len, &k).contains("damaged"));
    assert!(refusal(&good[..n - 3], &k).contains("damaged"));
    assert!(refusal(&good[..n / 2], &k).contains("damaged"));

    // Inside the gzip: anything but zero padding after the archive.
    let mut tar = gunzip(&good);
    tar.extend_from_slice(b"hidden");
    assert!(refusal(&gzip(&tar), &k).contains("data after its end"));

    // The signature must come first, so nothing unverified is read before it.
    let files = read_pack_file(&good).unwrap();
    let mut reordered = tar::Builder::new(vec![]);
    for (path, bytes) in files
        .iter()
        .filter(|(p, _)| *p != "SIGNATURE.json")
        .chain(files.iter().filter(|(p, _)| *p == "SIGNATURE.json"))
    {
        let mut h = tar::Header::new_ustar();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        reordered.append_data(&mut h, path, bytes).unwrap();
    }
    let e = refusal(&gzip(&reordered.into_inner().unwrap()), &k);
    assert!(e.contains("must come first"), "{e}");

    // Untouched, the same bytes load.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ok.sspack");
    std::fs::write(&file, &good).unwrap();
    let loaded = safesteps_core::content::load_pack_file(
        &file,
        &trusted(&k),
        &safesteps_core::content::signing::Limits::default(),
    )
    .unwrap();
    assert_eq!(loaded.bytes, n as u64);
}

/// The built pack holds the catalog in its built form (postcard), never its TOML sources; installing it gives
/// exactly the catalog that loading the TOML sources gives.
#[test]
fn a_built_pack_installs_with_the_same_catalog_as_its_sources() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let sources = pack_files("2.0.0");
    let bytes = pack("2.0.0", &k);
    let built = read_pack_file(&bytes).unwrap();
    assert!(built.contains(CATALOG_FILE) && built.contains("SIGNATURE.json"));
    let tomls: Vec<&str> = built
        .iter()
        .map(|(p, _)| p)
        .filter(|p| p.ends_with(".toml"))
        .collect();
    assert!(tomls.is_empty(), "{tomls:?}");
    let file = dir.path().join("p.sspack");
    std::fs::write(&file, &bytes).unwrap();
    let loaded = safesteps_core::content::load_pack_file(
        &file,
        &trusted(&k),
        &safesteps_core::content::signing::Limits::default(),
    )
    .unwrap()
    .catalog;
    let from_toml = Catalog::load(sources).unwrap();
    assert_eq!(
        format!("{:?}", loaded.manifest),
        format!("{:?}", from_toml.manifest)
    );
    assert!(!loaded.modules.is_empty() && !loaded.contacts.is_empty());
    assert_eq!(
        format!("{:?}", loaded.modules),
        format!("{:?}", from_toml.modules)
    );
    assert_eq!(
        format!("{:?}", loaded.contacts),
        format!("{:?}", from_toml.contacts)
    );
    assert_eq!(
        format!("{:?}", loaded.pathways),
        format!("{:?}", from_toml.pathways)
    );
    assert_eq!(
        format!("{:?}", loaded.videos),
        format!("{:?}", from_toml.videos)
    );
    assert_eq!(
        format!("{:?}", loaded.screens),
        format!("{:?}", from_toml.screens)
    );
    assert_eq!(
        format!("{:?}", loaded.characters),
        format!("{:?}", from_toml.characters)
    );
    // And an app uses it.
    let app = engine(dir.path(), &k);
    app.install_pack(&file, false).unwrap();
    assert_eq!(app.pack_info().source, PackSource::Installed);
    assert_eq!(app.pack_info().version, "2.0.0");
}

/// Built files of the default pack (version `version`) with `edit` applied, signed by
/// the trusted key as they are: what a publisher's leaked key or a buggy tool could make.
fn signed_edited(version: &str, k: &Keys, edit: impl FnOnce(&mut PackFiles)) -> Vec<u8> {
    let mut files = safesteps_core::content::signing::built_files(&pack_files(version)).unwrap();
    edit(&mut files);
    safesteps_core::content::signing::sign_built_files(
        &files,
        &parse_secret_key(&k.secret).unwrap(),
    )
    .unwrap()
}

/// Write `pack` to `file` and install it, which must be refused: the error.
fn refused_install(app: &Engine, file: &std::path::Path, pack: &[u8]) -> safesteps_core::Error {
    std::fs::write(file, pack).unwrap();
    app.install_pack(file, false).unwrap_err()
}

/// The library runs every check itself: a built pack breaking a rule is refused even
/// when it is correctly signed by a trusted key.
#[test]
fn a_signed_built_pack_that_breaks_a_rule_is_refused_by_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let app = engine(dir.path(), &k);
    let file = dir.path().join("edited.sspack");
    // A contact without its source.
    let no_source = signed_edited("2.0.0", &k, |files| {
        edit_catalog(files, |c| {
            let contact = &mut c.contacts[0].1.contact[0];
            assert!(contact.source_url.starts_with("https://"));
            contact.source_url.clear();
        })
    });
    let e = refused_install(&app, &file, &no_source);
    assert_eq!(e.kind(), ErrorKind::ContentInvalid, "{e}");
    assert!(e.to_string().contains("needs a source URL"), "{e}");
    // Harmful words in a child's lesson text.
    let harmful = signed_edited("2.0.0", &k, |files| {
        let path = "locales/en/private-info.ftl";
        let text = files.text(path).unwrap().to_string();
        let edited = text.replacen(
            "\nprivate-info-1-meet-sami =",
            "\nprivate-info-1-meet-sami = Pay the blackmailer and it will stop.",
            1,
        );
        assert_ne!(edited, text);
        // The rest of the old first line becomes a second sentence of the same message.
        files.insert(path, edited);
    });
    let e = refused_install(&app, &file, &harmful);
    assert_eq!(e.kind(), ErrorKind::ContentInvalid, "{e}");
    assert!(e.to_string().contains("locales/en/private-info.ftl"), "{e}");
    assert_eq!(app.pack_info().source, PackSource::Embedded);
    // Untouched, the same kind of pack installs.
    std::fs::write(&file, signed_edited("2.0.0", &k, |_| {})).unwrap();
    app.install_pack(&file, false).unwrap();
}

#[test]
fn a_catalog_of_another_format_is_refused_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let app = engine(dir.path(), &k);
    let file = dir.path().join("f3.sspack");
    let now = safesteps_core::content::built::FORMAT;
    let install = |bytes: Vec<u8>| refused_install(&app, &file, &bytes);
    let future = signed_edited("2.0.0", &k, |files| {
        edit_catalog(files, |c| c.format = now + 1)
    });
    let e = install(future);
    assert_eq!(e.kind(), ErrorKind::ContentInvalid);
    assert_eq!(e.reason(), Some("newer-pack-format"));
    assert!(
        e.to_string().contains(&format!("format {}", now + 1)),
        "{e}"
    );
    // The person reads what to do: update the app (not: ask for the pack again).
    let text = app.error_text(&e);
    assert!(text.contains("newer SafeSteps"), "{text}");
    // An older number in the same file: build the pack again.
    let older = signed_edited("2.0.0", &k, |files| {
        edit_catalog(files, |c| c.format = now - 1)
    });
    let e = install(older);
    assert_eq!(e.reason(), Some("old-pack-format"), "{e}");
    assert!(
        e.to_string().contains(&format!("format {}", now - 1)),
        "{e}"
    );
    // A pack of format 3 or older carries `catalog.json`, a JSON document.
    let json = signed_edited("2.0.0", &k, |files| {
        files.remove(CATALOG_FILE).unwrap();
        files.insert("catalog.json", r#"{"format":3}"#);
    });
    let e = install(json);
    assert_eq!(e.reason(), Some("old-pack-format"), "{e}");
    assert!(e.to_string().contains("catalog.json"), "{e}");
    // Bytes that are not a catalog, and a catalog cut short or with bytes after its end,
    // are refused with what is wrong, quoting none of the bytes.
    let good = signed_edited("2.0.0", &k, |_| {});
    let catalog = read_pack_file(&good)
        .unwrap()
        .get(CATALOG_FILE)
        .unwrap()
        .to_vec();
    let mut longer = catalog.clone();
    longer.push(0);
    for (bytes, expect) in [
        (b"{\"format\":4}".to_vec(), "not a SafeSteps catalog"),
        (catalog[..catalog.len() / 2].to_vec(), "is damaged"),
        (longer, "1 byte after the catalog's end"),
    ] {
        let pack = signed_edited("2.0.0", &k, |files| {
            files.insert(CATALOG_FILE, bytes.clone())
        });
        let e = install(pack);
        assert_eq!(e.kind(), ErrorKind::ContentInvalid, "{e}");
        assert!(e.to_string().contains(expect), "{expect}: {e}");
    }
    assert_eq!(app.pack_info().source, PackSource::Embedded);
}

/// Decode the built catalog of `files`, change it with `f`, and put it back encoded (a
/// pack edited after it was built; the tests sign it again).
fn edit_catalog(files: &mut PackFiles, f: impl FnOnce(&mut BuiltCatalog)) {
    let mut c = BuiltCatalog::decode(files.get(CATALOG_FILE).unwrap()).unwrap();
    f(&mut c);
    files.insert(CATALOG_FILE, c.encode().unwrap());
}

/// A built pack whose week table is malformed, or that has no week for a channel's
/// hours, is refused before anything is installed.
#[test]
fn built_weeks_are_checked_when_a_pack_is_installed() {
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let app = engine(dir.path(), &k);
    let file = dir.path().join("w.sspack");
    let edited =
        |f: &dyn Fn(&mut BuiltCatalog)| signed_edited("2.0.0", &k, |files| edit_catalog(files, f));
    let install = |bytes: Vec<u8>| refused_install(&app, &file, &bytes);
    let hours = "Mo-Fr 11:00-13:00,14:00-18:00";
    let bad = edited(&|c| {
        assert!(c.weeks.contains_key(hours), "{:?}", c.weeks);
        c.weeks.insert(hours.into(), vec![[840, 1080], [660, 780]]);
    });
    let e = install(bad);
    assert_eq!(e.kind(), ErrorKind::ContentInvalid);
    assert!(e.to_string().contains("out of order"), "{e}");
    let missing = edited(&|c| {
        c.weeks.remove(hours).unwrap();
    });
    let e = install(missing);
    assert_eq!(e.kind(), ErrorKind::ContentInvalid);
    assert!(
        e.to_string().contains("E024") || e.to_string().contains("no week"),
        "{e}"
    );
    assert_eq!(app.pack_info().source, PackSource::Embedded);
    // Untouched, the pack installs.
    std::fs::write(&file, signed_edited("2.0.0", &k, |_| {})).unwrap();
    app.install_pack(&file, false).unwrap();
}

/// A store with one learner whose installed pack file is `old` (a pack of an older
/// format), opened again: the app starts on the built-in pack, says why
/// (`old-pack-format`, "older SafeSteps"), and keeps the file as it is and the learner.
fn opened_over_an_old_pack(k: &Keys, old: &[u8]) -> (tempfile::TempDir, Engine) {
    let dir = tempfile::tempdir().unwrap();
    let app = engine(dir.path(), k);
    let learner = app.create_learner("Ama", "kite", None).unwrap();
    drop(app);
    let packs = dir.path().join("db.sqlite-packs");
    std::fs::create_dir_all(&packs).unwrap();
    std::fs::write(packs.join("current.sspack"), old).unwrap();

    let app = engine(dir.path(), k);
    let info = app.pack_info();
    assert_eq!(info.source, PackSource::Embedded);
    assert_eq!(
        info.installed_pack_problem_reason.as_deref(),
        Some("old-pack-format"),
        "{info:?}"
    );
    assert!(
        info.installed_pack_problem
            .as_deref()
            .unwrap()
            .contains("older SafeSteps"),
        "{info:?}"
    );
    assert_eq!(
        std::fs::read(packs.join("current.sspack")).unwrap(),
        old,
        "the old pack file is kept as it is"
    );
    assert!(app.learners().unwrap().iter().any(|l| l.id == learner.id));
    (dir, app)
}

/// A pack of format 3 (`catalog.json`), correctly signed by a trusted key and installed
/// before the app was updated, is found at open: the app starts on the built-in pack,
/// says why (`old-pack-format`), and keeps the file and every learner's data; the pack
/// built again installs.
#[test]
fn a_format_3_installed_pack_at_open_keeps_everything_and_says_why() {
    let k = keys();
    let old = signed_edited("3.0.0", &k, |files| {
        files.remove(CATALOG_FILE).unwrap();
        files.insert("catalog.json", r#"{"format":3,"manifest":{}}"#);
    });
    let (dir, app) = opened_over_an_old_pack(&k, &old);
    let rebuilt = dir.path().join("rebuilt.sspack");
    std::fs::write(&rebuilt, pack("3.0.0", &k)).unwrap();
    app.install_pack(&rebuilt, false).unwrap();
    assert_eq!(app.pack_info().installed_pack_problem_reason, None);
    assert_eq!(app.pack_info().source, PackSource::Installed);
}

/// A gzip tar of `entries`, in order (no signature is checked before the format is seen).
fn tar_gz(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut tar = tar::Builder::new(vec![]);
    for (path, bytes) in entries {
        let mut h = tar::Header::new_ustar();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        tar.append_data(&mut h, path, *bytes).unwrap();
    }
    gzip(&tar.into_inner().unwrap())
}

/// A pack installed by an app of the first format (TOML sources, SIGNATURE.toml) is
/// found at open: the app starts on the built-in pack, says why with a stable reason,
/// keeps the file untouched and every learner's data.
#[test]
fn an_old_format_installed_pack_at_open_keeps_everything_and_says_why() {
    let k = keys();
    let sources = pack_files("3.0.0");
    let old = tar_gz(&[
        ("SIGNATURE.toml", b"format = 1\nalgorithm = \"ed25519\"\n"),
        ("pack.toml", sources.get("pack.toml").unwrap()),
    ]);
    let (dir, app) = opened_over_an_old_pack(&k, &old);
    assert!(!app.modules(None).unwrap().is_empty());
    // Installing such a file says the same, in the person's words.
    let file = dir.path().join("old.sspack");
    let e = refused_install(&app, &file, &old);
    assert_eq!(e.reason(), Some("old-pack-format"), "{e}");
    let text = app.error_text(&e);
    assert!(text.contains("older SafeSteps"), "{text}");

    // Installing the same content built anew replaces it.
    let v3 = dir.path().join("v3.sspack");
    std::fs::write(&v3, pack("3.0.0", &k)).unwrap();
    app.install_pack(&v3, false).unwrap();
    assert_eq!(app.pack_info().installed_pack_problem_reason, None);
    drop(app);
    let info = engine(dir.path(), &k).pack_info();
    assert_eq!(info.source, PackSource::Installed);
    assert_eq!(info.version, "3.0.0");
}
