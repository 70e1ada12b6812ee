//! The exported object as a foreign caller sees it, from Rust: errors, threads, reopening.

use std::sync::Arc;

use safesteps_core::OpenOptions;
use safesteps_ffi::{ApiError, SafeSteps};
use safesteps_integration_tests::temp_db;

fn options() -> OpenOptions {
    OpenOptions {
        preferred_locales: vec!["en".into()],
        country: None,
        ..Default::default()
    }
}

#[test]
fn api_errors_carry_readable_messages() {
    let (_dir, db) = temp_db();
    let app = SafeSteps::new(db, options()).unwrap();
    match app.lesson("missing".into(), None) {
        Err(ApiError::NotFound(m)) => assert_eq!(m, "lesson 'missing' was not found"),
        other => panic!("expected NotFound, got {other:?}"),
    }
    match app.create_learner("".into(), "kite".into(), None) {
        Err(e @ ApiError::InvalidInput(_)) => assert_eq!(e.to_string(), "a nickname is needed"),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
    let err = SafeSteps::new("/nonexistent-dir/for/sure/db.sqlite".into(), options())
        .err()
        .expect("cannot open a file in a missing folder");
    assert!(matches!(err, ApiError::Storage(_)), "{err:?}");
}

#[test]
fn one_object_serves_many_threads() {
    let (_dir, db) = temp_db();
    let app = SafeSteps::new(db, options()).unwrap();
    let kids: Vec<_> = (0..4)
        .map(|i| {
            app.create_learner(format!("Kid {i}"), "star".into(), None)
                .unwrap()
        })
        .collect();
    let handles: Vec<_> = kids
        .iter()
        .map(|kid| {
            let app = Arc::clone(&app);
            let id = kid.id.clone();
            std::thread::spawn(move || {
                for _ in 0..5 {
                    app.answer(
                        id.clone(),
                        "private-info-1-quiz".into(),
                        vec!["tell-school".into()],
                        None,
                    )
                    .unwrap();
                }
                app.answer(
                    id,
                    "private-info-1-quiz".into(),
                    vec!["stop-tell-adult".into()],
                    None,
                )
                .unwrap()
            })
        })
        .collect();
    for h in handles {
        let last = h.join().unwrap();
        assert!(last.correct);
        assert_eq!(
            last.attempt_number, 6,
            "each learner's attempts are counted apart"
        );
    }
}
