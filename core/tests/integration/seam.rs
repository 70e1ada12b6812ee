//! The data-access seam: every write is one `BEGIN IMMEDIATE` transaction, so two engines
//! on one database file (an app and its background sync, two processes) wait for each
//! other instead of failing with "database is locked".

use std::sync::Arc;

use safesteps_core::{Engine, OpenOptions};

fn open(path: &std::path::Path) -> Engine {
    Engine::open(
        path,
        OpenOptions {
            preferred_locales: vec!["en".into()],
            ..Default::default()
        },
    )
    .unwrap()
}

#[test]
fn two_engines_on_one_file_write_and_receive_pieces_at_once_without_lock_errors() {
    let dir = tempfile::tempdir().unwrap();
    // A child's phone makes a progress bundle, cut into many small pieces.
    let phone = open(&dir.path().join("phone.sqlite"));
    let kid = phone.create_learner("Kite", "kite", None).unwrap();
    let lesson = phone.lesson("private-info-1", Some(&kid.id)).unwrap();
    for round in 0..4 {
        for s in &lesson.steps {
            phone.mark_step_seen(&kid.id, &s.id).unwrap();
        }
        phone
            .answer(
                &kid.id,
                "private-info-1-quiz",
                &["tell-school".into()],
                Some(round),
            )
            .unwrap();
    }
    let bundle = phone.export_progress_bundle(&[]).unwrap();
    let pieces = phone.bundle_chunks(&bundle, 64).unwrap();
    assert!(pieces.len() >= 5, "{} pieces", pieces.len());

    // The tablet's database is used by two engines at once.
    let tablet_db = dir.path().join("tablet.sqlite");
    let writer = Arc::new(open(&tablet_db));
    let receiver = Arc::new(open(&tablet_db));
    writer.set_teacher_pin(None, "2468").unwrap();
    let offer = phone.pairing_offer().unwrap();
    writer
        .teacher_session("2468")
        .unwrap()
        .pair_learner_device(&offer.offer, &offer.code)
        .unwrap();
    let local = writer.create_learner("Sun", "sun", None).unwrap();
    let w = {
        let writer = Arc::clone(&writer);
        let local = local.id.clone();
        std::thread::spawn(move || {
            let lesson = writer.lesson("private-info-1", Some(&local)).unwrap();
            for _ in 0..15 {
                for s in &lesson.steps {
                    writer.mark_step_seen(&local, &s.id)?;
                }
                writer.answer(
                    &local,
                    "private-info-1-quiz",
                    &["stop-tell-adult".into()],
                    None,
                )?;
                writer.create_learner("Fish", "fish", None)?;
            }
            Ok::<_, safesteps_core::Error>(())
        })
    };
    let r = {
        let receiver = Arc::clone(&receiver);
        std::thread::spawn(move || {
            let mut last = None;
            for p in &pieces {
                last = Some(receiver.receive_chunk(p)?);
            }
            Ok::<_, safesteps_core::Error>(last)
        })
    };
    w.join()
        .unwrap()
        .expect("the writer never sees 'database is locked'");
    let last = r
        .join()
        .unwrap()
        .expect("the receiver never sees 'database is locked'")
        .unwrap();
    let summary = last.imported.expect("the last piece imports the bundle");
    assert_eq!(summary.learners_added, 1);
    assert!(summary.events_added > 0);
    // Both engines see everything the other wrote.
    assert_eq!(writer.learners().unwrap().len(), 2 + 15);
    assert_eq!(receiver.learners().unwrap().len(), 2 + 15);
    assert_eq!(writer.integrity_check().unwrap(), "ok");
}
