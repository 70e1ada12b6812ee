//! Bundle import against its size (run: `cargo bench -p safesteps-core --bench import`).
//! A learner's tablet exports a progress bundle of 10,400 events (40 learners x 20
//! lessons) and one of 41,600 (80 learners x 40 lessons); a paired teacher's device
//! (file-backed, the store's pragmas, in /dev/shm when there is one) imports each into a
//! fresh database, then the same bundle again. Printed: time per event of a fresh import,
//! and the re-import's ratio to the fresh import measured in the same run (issue 15: a
//! re-import must cost less). Instructions per event come from `scripts/bench.sh`
//! (callgrind on the `instructions` bench's import operations). Last, the export's
//! deflate level: the 10k bundle's payload compressed at levels 1, 6 (what `export`
//! uses) and 9, time and bytes, so the choice can be measured again.

mod common;
use common::{human, measure, paired_receiver, progress_bundle, ratio, row};

use std::io::{Read, Write};

fn main() {
    let dir = common::bench_dir();
    println!("databases in {}", dir.path().display());
    let mut payload_10k = Vec::new();
    for (label, learners, lessons, runs) in [("10k", 40, 20, 5), ("40k", 80, 40, 3)] {
        let (bundle, events, offer, code) = progress_bundle(learners, lessons);
        if label == "10k" {
            payload_10k = payload_json(&bundle);
        }
        // Fresh receivers are made (and paired: a PIN hash) outside the timed part.
        let mut receivers: Vec<_> = (0..runs)
            .map(|i| {
                paired_receiver(
                    &dir.path().join(format!("import-{label}-{i}.db")),
                    &offer,
                    &code,
                )
            })
            .collect();
        let mut imported = Vec::new();
        let (fmin, fmed, _) = measure(runs, || {
            let app = receivers.pop().unwrap();
            let s = app.import_bundle(&bundle).unwrap();
            assert_eq!(s.events_added as usize, events);
            imported.push(app);
        });
        let app = imported.pop().unwrap();
        let (rmin, rmed, _) = measure(runs, || {
            let s = app.import_bundle(&bundle).unwrap();
            assert_eq!(
                (s.events_added, s.events_already_here as usize),
                (0, events)
            );
        });
        let per = |d: std::time::Duration| d / events as u32;
        println!(
            "{label}: {events} events, {} bytes: fresh import median {} ({} per event), re-import median {} ({} per event, {:.2}x the fresh import)",
            bundle.len(),
            human(fmed),
            human(per(fmed)),
            human(rmed),
            human(per(rmed)),
            ratio(rmed, fmed)
        );
        row(
            "import",
            &format!("fresh import, {events} events: per event"),
            per(fmed),
            per(fmin),
            None,
            &format!("whole bundle median {}", human(fmed)),
        );
        row(
            "import",
            &format!("re-import of the same bundle, {events} events: per event"),
            per(rmed),
            per(rmin),
            Some(ratio(rmed, fmed)),
            "ratio to the fresh import (same run); target < 1x",
        );
    }
    export_levels(&payload_10k);
}

/// The JSON payload inside a bundle (format 2: magic, format, kind, device id, public key,
/// length, deflated payload, signature), inflated.
fn payload_json(bundle: &[u8]) -> Vec<u8> {
    let id_len = bundle[9] as usize;
    let at = 10 + id_len + 32;
    let len = u32::from_be_bytes(bundle[at..at + 4].try_into().unwrap()) as usize;
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(&bundle[at + 4..at + 4 + len])
        .read_to_end(&mut json)
        .unwrap();
    assert!(json.starts_with(b"{"), "not a bundle payload");
    json
}

/// Deflate the payload at levels 1, 6 and 9: the export uses 6 (core/src/exchange.rs).
fn export_levels(json: &[u8]) {
    let deflate = |level: u32| {
        let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::new(level));
        z.write_all(json).unwrap();
        z.finish().unwrap().len()
    };
    let (_, base, _) = measure(5, || deflate(6));
    for level in [1, 6, 9] {
        let bytes = deflate(level);
        let (min, med, _) = measure(5, || deflate(level));
        println!(
            "export deflate level {level}: {} of JSON -> {bytes} bytes, median {}",
            json.len(),
            human(med)
        );
        row(
            "export",
            &format!(
                "deflate level {level}, 10,400 events ({} bytes of JSON)",
                json.len()
            ),
            med,
            min,
            Some(ratio(med, base)),
            &format!("{bytes} bytes; ratio to level 6 (what export uses)"),
        );
    }
}
