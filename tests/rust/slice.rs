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
fn api_errors_carry_a_code_a_localised_text_and_a_detail() {
    let (_dir, db) = temp_db();
    let app = SafeSteps::new(db, options()).unwrap();
    match app.lesson("missing".into(), None) {
        Err(ApiError::NotFound { code, detail, .. }) => {
            assert_eq!(code, "not-found");
            assert_eq!(detail, "lesson 'missing' was not found");
        }
        other => panic!("expected NotFound, got {other:?}"),
    }
    let e = app
        .create_learner("".into(), "kite".into(), None)
        .unwrap_err();
    assert_eq!(e.to_string(), "a nickname is needed");
    match e {
        ApiError::NameRefused {
            code, reason, text, ..
        } => {
            assert_eq!(code, "name-refused");
            assert_eq!(reason.as_deref(), Some("empty"));
            assert_eq!(text, "Please type a name.");
        }
        other => panic!("expected NameRefused, got {other:?}"),
    }
    // The text follows the app's locale.
    app.set_preferred_locales(vec!["zu".into()]).unwrap();
    match app.create_learner("".into(), "kite".into(), None) {
        Err(ApiError::NameRefused { text, .. }) => assert_eq!(text, "Sicela ubhale igama."),
        other => panic!("expected NameRefused, got {other:?}"),
    }
    // Opening fails before any engine exists: the core's own texts, in the asked-for locale.
    // A missing folder is the app's mistake (nothing to try again).
    let mut ur = options();
    ur.preferred_locales = vec!["ur".into()];
    let err = SafeSteps::new("/nonexistent-dir/for/sure/db.sqlite".into(), ur)
        .err()
        .expect("cannot open a file in a missing folder");
    match err {
        ApiError::InvalidInput { code, text, .. } => {
            assert_eq!(code, "invalid-input");
            assert!(
                text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{text}"
            );
        }
        other => panic!("expected InvalidInput, got {other:?}"),
    }
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
