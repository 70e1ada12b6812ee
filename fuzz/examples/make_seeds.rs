//! Writes the seed corpus under fuzz/corpus/<target>/ from real data: a small signed pack,
//! pack text files, the default pack's built catalog, the payloads of real progress and assignment bundles, and a real
//! bundle's pieces in several orders, and long call sequences for `api_calls`. Run from the repository root:
//!   cargo +nightly run --manifest-path fuzz/Cargo.toml --example make_seeds

use std::path::Path;

use safesteps_core::content::PackFiles;
use safesteps_core::content::signing::{build_pack_file, generate_key, parse_secret_key};
use safesteps_core::exchange_fuzz::payload_of;
use safesteps_core::{AssignmentTarget, NewAssignment};
use safesteps_fuzz::{default_catalog_body, embedded_files, frame, fresh_engine, text_paths};

fn write(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new("fuzz/corpus").join(target);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
}

fn main() {
    // pack_file: a small signed pack (manifest, one module, its English text) and the
    // same pack unsigned.
    let all = embedded_files();
    let first_module = all.paths("modules/", ".toml").next().unwrap().to_string();
    let mut small = PackFiles::default();
    for (path, bytes) in all.iter() {
        if path == "pack.toml" || path == first_module || path.starts_with("locales/en/") {
            small.insert(path, bytes.to_vec());
        }
    }
    let key = parse_secret_key(&generate_key().unwrap().0).unwrap();
    write(
        "pack_file",
        "small-signed",
        &build_pack_file(&small, &key).unwrap(),
    );

    // pack_text: each kind of text file once (manifest, a module, contacts, pathways,
    // videos, a Fluent file), prefixed with the byte that picks it.
    let paths = text_paths();
    let mut kinds_seen = std::collections::BTreeSet::new();
    for (i, path) in paths.iter().enumerate() {
        let kind = path.split('/').next().unwrap().to_string();
        let bytes = all.get(path).unwrap();
        if bytes.len() > 12_000 || !kinds_seen.insert(kind) {
            continue;
        }
        let mut seed = vec![i as u8];
        seed.extend_from_slice(bytes);
        write("pack_text", &format!("{i:03}"), &seed);
    }

    // built_catalog: the default pack's built catalog, after its magic and format.
    write("built_catalog", "default", &default_catalog_body());

    // bundle_import: payloads of a progress bundle and an assignments bundle.
    let learner_device = fresh_engine();
    let options = ["tell-school", "stop-tell-adult", "send-photo"];
    let mut ids = vec![];
    for name in ["Kite", "Sami"] {
        let kid = learner_device.create_learner(name, "kite", None).unwrap();
        for (n, pick) in options.iter().enumerate() {
            learner_device
                .answer(
                    &kid.id,
                    "private-info-1-quiz",
                    &[pick.to_string()],
                    Some(n as i64),
                )
                .unwrap();
        }
        ids.push(kid.id);
    }
    let progress = learner_device.export_progress_bundle(&ids).unwrap();
    write("bundle_import", "progress", &payload_of(&progress).unwrap());
    // A teacher's device imports only from a learner device it is paired with.
    let offer = learner_device.pairing_offer().unwrap();
    let teacher = fresh_engine();
    teacher.set_teacher_pin(None, "2468").unwrap();
    let session = teacher.teacher_session("2468").unwrap();
    session
        .pair_learner_device(&offer.offer, &offer.code)
        .unwrap();
    teacher.import_bundle(&progress).unwrap();
    let class = session.create_class("Class 5").unwrap();
    session.add_to_class(&class.id, &ids[0]).unwrap();
    let group = session.create_group(&class.id, "Blue").unwrap();
    session.add_to_group(&group.id, &ids[0]).unwrap();
    let module = teacher.with_catalog(|c| c.modules[0].id.clone());
    session
        .assign(&NewAssignment {
            module_ids: vec![module],
            target: AssignmentTarget::Class(class.id.clone()),
            start_ms: None,
            due_ms: Some(1_800_000_000_000),
        })
        .unwrap();
    let assignments = session.export_assignments_bundle().unwrap();
    write(
        "bundle_import",
        "assignments",
        &payload_of(&assignments).unwrap(),
    );

    // piece_reassembly: the progress bundle's pieces in order, reversed, and with a
    // repeated and a missing piece.
    let pieces = learner_device.bundle_chunks(&progress, 200).unwrap();
    write("piece_reassembly", "in-order", &frame(&pieces));
    let mut reversed = pieces.clone();
    reversed.reverse();
    write("piece_reassembly", "reversed", &frame(&reversed));
    let mut gappy = pieces.clone();
    gappy.remove(1);
    gappy.push(pieces[0].clone());
    write("piece_reassembly", "repeat-and-gap", &frame(&gappy));

    // api_calls: call sequences from a fixed xorshift stream, at three lengths (any bytes
    // decode to calls; these only give libFuzzer long inputs to start from).
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for len in [256usize, 1024, 4096] {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        write("api_calls", &format!("xorshift-{len}"), &bytes);
    }
    println!("seeds written under fuzz/corpus/");
}
