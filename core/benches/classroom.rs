//! Classroom benchmarks (run: `cargo bench -p safesteps-core --bench classroom`).
//! Prints numbers; target: a class report for 60 learners x 40 lessons x 5 attempts in
//! 10 ms or less; and the time and size of a 40-learner progress bundle export + import.

use std::sync::Arc;

use safesteps_core::content::Catalog;
use safesteps_core::store::Store;
use safesteps_core::{AssignmentTarget, Engine, NewAssignment, OpenOptions};

mod common;
use common::{generated_pack, measure, ratio, row, row_value};

fn engine(catalog: Catalog) -> Engine {
    Engine::open_with(
        Store::open_in_memory().unwrap(),
        catalog,
        OpenOptions::default(),
        None,
        Arc::new(|| 1_800_000_000_000),
    )
    .unwrap()
}

fn main() {
    // 4 generated modules x 10 lessons = 40 lessons of 10 steps (one quiz each).
    let files = generated_pack(4);
    let catalog = Catalog::load(files.clone()).unwrap();
    let lessons: Vec<(String, Vec<String>, String)> = catalog
        .modules
        .iter()
        .filter(|m| m.id.starts_with("gen"))
        .flat_map(|m| &m.lessons)
        .map(|l| {
            let steps = l.steps.iter().map(|s| s.id.clone()).collect();
            let quiz = l
                .steps
                .iter()
                .find(|s| s.question.is_some())
                .unwrap()
                .id
                .clone();
            (l.id.clone(), steps, quiz)
        })
        .collect();
    assert_eq!(lessons.len(), 40);
    let app = engine(Catalog::load(files.clone()).unwrap());
    app.set_teacher_pin(None, "2468").unwrap();
    let token = app.teacher_session("2468").unwrap();
    let class = token.create_class("Benchmark class").unwrap();
    let modules: Vec<String> = catalog
        .modules
        .iter()
        .filter(|m| m.id.starts_with("gen"))
        .map(|m| m.id.clone())
        .collect();
    token
        .assign(&NewAssignment {
            module_ids: modules,
            target: AssignmentTarget::Class(class.id.clone()),
            start_ms: None,
            due_ms: None,
        })
        .unwrap();
    let setup = std::time::Instant::now();
    let mut learners = Vec::new();
    for i in 0..60 {
        let l = app
            .create_learner(&format!("Kid {i}"), "star", None)
            .unwrap();
        token.add_to_class(&class.id, &l.id).unwrap();
        for (li, (_, steps, quiz)) in lessons.iter().enumerate() {
            for s in steps {
                app.mark_step_seen(&l.id, s).unwrap();
            }
            for a in 0..5 {
                let pick = if (i + li + a) % 3 == 0 { "a" } else { "b" };
                app.answer(&l.id, quiz, &[pick.to_string()], Some(4000))
                    .unwrap();
            }
        }
        learners.push(l.id);
    }
    println!(
        "setup: 60 learners x 40 lessons x (10 steps + 5 attempts) = {} events in {:.1} s",
        60 * 40 * 15,
        setup.elapsed().as_secs_f64()
    );
    let (min, median, p95) = measure(20, || token.class_report(&class.id).unwrap());
    let report = token.class_report(&class.id).unwrap();
    assert_eq!(report.learners.len(), 60);
    println!(
        "class report, 60 learners x 40 lessons x 5 attempts (12,000 answers): min {:.2} ms, median {:.2} ms, p95 {:.2} ms (target <= 10 ms)",
        min.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3
    );
    row(
        "classroom",
        "class report, 60 learners x 40 lessons x 5 attempts",
        median,
        min,
        None,
        "target <= 10 ms; see the instruction count",
    );

    // A child's device with 40 learners' progress (a shared tablet): export + import.
    let tablet = engine(Catalog::load(files.clone()).unwrap());
    for i in 0..40 {
        let l = tablet
            .create_learner(&format!("Kid {i}"), "star", None)
            .unwrap();
        for (li, (_, steps, quiz)) in lessons.iter().enumerate().take(20) {
            for s in steps {
                tablet.mark_step_seen(&l.id, s).unwrap();
            }
            for a in 0..3 {
                let pick = if (i + li + a) % 2 == 0 { "a" } else { "b" };
                tablet
                    .answer(&l.id, quiz, &[pick.to_string()], Some(3000))
                    .unwrap();
            }
        }
    }
    let events = 40 * 20 * 13;
    let (emin, emed, _) = measure(5, || tablet.export_progress_bundle(&[]).unwrap());
    let bundle = tablet.export_progress_bundle(&[]).unwrap();
    let offer = tablet.pairing_offer().unwrap();
    let paired_fresh = || {
        let fresh = engine(Catalog::load(files.clone()).unwrap());
        fresh.set_teacher_pin(None, "2468").unwrap();
        fresh
            .teacher_session("2468")
            .unwrap()
            .pair_learner_device(&offer.offer, &offer.code)
            .unwrap();
        fresh
    };
    // Fresh receivers are made (and paired: a PIN hash) outside the timed part.
    let mut receivers: Vec<Engine> = (0..5).map(|_| paired_fresh()).collect();
    let (imin, imed, _) = measure(5, || {
        receivers.pop().unwrap().import_bundle(&bundle).unwrap()
    });
    let pieces = tablet.bundle_chunks(&bundle, 1000).unwrap().len();
    println!(
        "progress bundle, 40 learners, {events} events: {} bytes ({:.1} bytes/event, {pieces} QR-sized pieces of 1,000 bytes); export min {:.1} ms median {:.1} ms; import into a fresh store min {:.1} ms median {:.1} ms",
        bundle.len(),
        bundle.len() as f64 / events as f64,
        emin.as_secs_f64() * 1e3,
        emed.as_secs_f64() * 1e3,
        imin.as_secs_f64() * 1e3,
        imed.as_secs_f64() * 1e3
    );
    row_value(
        "classroom",
        &format!("progress bundle size, 40 learners, {events} events"),
        &format!("{} bytes", bundle.len()),
        &format!("{:.1} bytes/event", bundle.len() as f64 / events as f64),
    );
    row(
        "classroom",
        "bundle export (deflate level 6)",
        emed,
        emin,
        None,
        "",
    );
    row(
        "classroom",
        "bundle import into a fresh store",
        imed,
        imin,
        Some(ratio(imed, emed)),
        "ratio to the export",
    );
    compression_levels(&bundle);
}

/// The bundle's payload (deflated JSON) compressed again at levels 1, 6 and 9: the size
/// and time of the compression step alone, to choose the level by measurement. The
/// layout is exchange.rs's: magic (6), format (2), kind (1), id length (1), id, key (32),
/// payload length (4), payload, signature (64).
fn compression_levels(bundle: &[u8]) {
    use std::io::{Read, Write};
    let id_len = bundle[9] as usize;
    let at = 10 + id_len + 32;
    let len = u32::from_be_bytes(bundle[at..at + 4].try_into().unwrap()) as usize;
    let payload = &bundle[at + 4..at + 4 + len];
    assert_eq!(at + 4 + len + 64, bundle.len(), "bundle layout changed");
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(payload)
        .read_to_end(&mut json)
        .unwrap();
    let deflate = |level: u32| {
        let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::new(level));
        z.write_all(&json).unwrap();
        z.finish().unwrap()
    };
    let (_, base, _) = measure(9, || deflate(6));
    for level in [1, 6, 9] {
        let size = deflate(level).len();
        let (min, median, _) = measure(9, || deflate(level));
        println!(
            "  payload ({} bytes of JSON) at deflate level {level}: {size} bytes, {:.1} ms",
            json.len(),
            median.as_secs_f64() * 1e3
        );
        row(
            "classroom",
            &format!("bundle payload at deflate level {level}: {size} bytes"),
            median,
            min,
            Some(ratio(median, base)),
            &format!(
                "{} bytes of JSON; size {:.1}% of level 6's; ratio of time to level 6",
                json.len(),
                100.0 * size as f64 / deflate(6).len() as f64
            ),
        );
    }
}
