//! Bundle import against its size (run: `cargo bench -p safesteps-core --bench import`).
//! A learner's tablet exports a progress bundle of 10,400 events (40 learners x 20
//! lessons) and one of 41,600 (80 learners x 40 lessons); a paired teacher's device
//! (file-backed, the store's pragmas, in /dev/shm when there is one) imports each into a
//! fresh database, then the same bundle again. Printed: time per event of a fresh import,
//! and the re-import's ratio to the fresh import measured in the same run (issue 15: a
//! re-import must cost less). Instructions per event come from `scripts/bench.sh`
//! (callgrind on the `instructions` bench's import operations).

mod common;
use common::{human, measure, paired_receiver, progress_bundle, ratio, row};

fn main() {
    let dir = common::bench_dir();
    println!("databases in {}", dir.path().display());
    for (label, learners, lessons, runs) in [("10k", 40, 20, 5), ("40k", 80, 40, 3)] {
        let (bundle, events, offer, code) = progress_bundle(learners, lessons);
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
}
