//! What an app developer gets beyond the screens: ids as fields, directions on every
//! text, change listeners, grading without a learner, countries with contacts, media as
//! files.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use safesteps_core::content::Catalog;
use safesteps_core::store::Store;
use safesteps_core::{Change, Engine, ErrorKind, OpenOptions, TextDirection};

fn open(locales: &[&str]) -> Engine {
    Engine::open_with(
        Store::open_in_memory().unwrap(),
        Catalog::embedded().unwrap(),
        OpenOptions {
            preferred_locales: locales.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        },
        None,
        Arc::new(|| 1_800_000_000_000),
    )
    .unwrap()
}

const QUIZ: &str = "private-info-1-quiz";

#[test]
fn pictures_carry_their_id_and_the_id_is_what_the_api_takes() {
    let app = open(&["en"]);
    let avatars = app.avatars();
    assert!(
        avatars
            .iter()
            .all(|a| !a.id.contains('/') && !a.id.contains('.'))
    );
    let cat = avatars
        .iter()
        .find(|a| a.id == "cat")
        .expect("a cat avatar");
    assert!(cat.path.ends_with("cat.svg"));
    assert_eq!(cat.direction, TextDirection::Ltr);
    let kid = app.create_learner("Kite", &cat.id, None).unwrap();
    assert_eq!(kid.avatar, cat.id);
    let grid = app.picture_password_grid();
    let sequence: Vec<String> = grid.iter().take(3).map(|p| p.id.clone()).collect();
    app.set_picture_password(&kid.id, Some(&sequence)).unwrap();
    assert!(app.learner(&kid.id).unwrap().has_picture_password);
    // Urdu alt text is right to left.
    let ur = open(&["ur"]);
    assert!(
        ur.avatars()
            .iter()
            .all(|a| a.direction == TextDirection::Rtl)
    );
}

#[test]
fn every_text_bearing_record_says_its_direction() {
    let app = open(&["ur"]);
    let kid = app.create_learner("ستارہ", "star", None).unwrap();
    assert_eq!(kid.nickname_direction, TextDirection::Rtl);
    assert_eq!(
        app.create_learner("Kite", "kite", None)
            .unwrap()
            .nickname_direction,
        TextDirection::Ltr
    );
    let modules = app.modules(Some(&kid.id)).unwrap();
    let private = modules.iter().find(|m| m.id == "private-info").unwrap();
    assert_eq!(private.direction, TextDirection::Rtl);
    let lesson = app.lesson("private-info-1", Some(&kid.id)).unwrap();
    let q = lesson
        .steps
        .iter()
        .find_map(|s| s.question.clone())
        .unwrap();
    assert_eq!(q.direction, TextDirection::Rtl);
    assert!(q.options.iter().all(|o| o.direction == TextDirection::Rtl));
    let r = app
        .answer(&kid.id, &q.id, &[q.options[0].id.clone()], None)
        .unwrap();
    assert_eq!(r.direction, TextDirection::Rtl);
    assert!(r.options.iter().all(|o| o.direction == TextDirection::Rtl));
    for p in app.pathways() {
        assert_eq!(p.direction, TextDirection::Rtl, "{}", p.id);
    }
    let pathway = app
        .pathway(&app.pathways()[0].id, Some("PK"), None, None)
        .unwrap();
    for step in &pathway.steps {
        assert_eq!(step.direction, TextDirection::Rtl);
        for c in &step.contacts {
            assert_eq!(c.direction, TextDirection::Rtl);
            assert!(
                c.channels
                    .iter()
                    .all(|ch| ch.direction == TextDirection::Rtl)
            );
        }
    }
}

#[test]
fn listeners_hear_of_committed_changes_and_a_failing_one_breaks_nothing() {
    let app = open(&["en"]);
    let heard: Arc<Mutex<Vec<Change>>> = Arc::default();
    let h = Arc::clone(&heard);
    // The listener calls back into SafeSteps: it runs after the store lock is released.
    let reader = app.clone();
    let id = app.add_change_listener(Arc::new(move |c: &Change| {
        if let Change::ProgressRecorded { learner_id, .. } = c {
            reader
                .learner(learner_id)
                .expect("no deadlock, and the change is committed");
        }
        h.lock().unwrap().push(c.clone());
    }));
    let panics = Arc::new(AtomicUsize::new(0));
    let p = Arc::clone(&panics);
    let bad = app.add_change_listener(Arc::new(move |_: &Change| {
        p.fetch_add(1, Ordering::SeqCst);
        panic!("a listener that fails");
    }));

    let kid = app.create_learner("Kite", "kite", None).unwrap();
    app.answer(&kid.id, QUIZ, &["stop-tell-adult".into()], None)
        .unwrap();
    // A refused call commits nothing and tells nothing.
    assert!(app.answer(&kid.id, QUIZ, &["nope".into()], None).is_err());
    app.set_country(Some("PK".into())).unwrap();
    app.delete_learner(&kid.id).unwrap();
    let got = heard.lock().unwrap().clone();
    assert_eq!(
        got,
        vec![
            Change::LearnerChanged {
                learner_id: kid.id.clone()
            },
            Change::ProgressRecorded {
                learner_id: kid.id.clone(),
                lesson_id: Some("private-info-1".into()),
                module_id: "private-info".into(),
            },
            Change::AppSettingsChanged,
            Change::LearnerErased {
                learner_id: kid.id.clone()
            },
        ]
    );
    assert_eq!(
        panics.load(Ordering::SeqCst),
        4,
        "the failing listener was called too"
    );

    // Unregistered listeners hear nothing more.
    assert!(app.remove_change_listener(id));
    assert!(app.remove_change_listener(bad));
    assert!(!app.remove_change_listener(bad));
    app.create_learner("Sun", "sun", None).unwrap();
    assert_eq!(heard.lock().unwrap().len(), 4);
    assert_eq!(panics.load(Ordering::SeqCst), 4);
}

#[test]
fn teacher_changes_reach_listeners() {
    let app = open(&["en"]);
    let heard: Arc<Mutex<Vec<Change>>> = Arc::default();
    let h = Arc::clone(&heard);
    app.add_change_listener(Arc::new(move |c: &Change| {
        h.lock().unwrap().push(c.clone())
    }));
    app.set_teacher_pin(None, "1234").unwrap();
    let t = app.teacher_session("1234").unwrap();
    t.create_class("Grade 3").unwrap();
    assert!(t.create_class("").is_err());
    assert_eq!(
        heard.lock().unwrap().clone(),
        vec![Change::AssignmentsChanged]
    );
}

#[test]
fn a_caregiver_can_try_a_quiz_without_a_learner_profile() {
    let app = open(&["en"]);
    let wrong = app.check_answer(QUIZ, &["tell-school".into()], 1).unwrap();
    assert!(!wrong.correct && !wrong.reveal);
    // A wrong try does not show which unchosen option is right.
    assert!(
        wrong
            .options
            .iter()
            .filter(|o| !o.chosen)
            .all(|o| o.correct.is_none())
    );
    let right = app
        .check_answer(QUIZ, &["stop-tell-adult".into()], 2)
        .unwrap();
    assert!(right.correct);
    assert_eq!(right.message, "Well done! That is right.");
    // Nothing was recorded: there are no learners at all.
    assert!(app.learners().unwrap().is_empty());
    assert_eq!(
        app.check_answer(QUIZ, &["nope".into()], 1)
            .unwrap_err()
            .kind(),
        ErrorKind::AnswerShape
    );
}

#[test]
fn countries_with_contacts_for_a_picker() {
    let app = open(&["en"]);
    let countries = app.contact_countries();
    let codes: Vec<&str> = countries.iter().map(|c| c.country.as_str()).collect();
    for expected in ["PK", "ZA", "ZM"] {
        assert!(codes.contains(&expected), "{codes:?}");
    }
    assert!(!codes.contains(&"ZZ") && !codes.contains(&"EU"));
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted);
    for c in &countries {
        assert!(c.contacts > 0 && c.checked <= c.contacts, "{c:?}");
        assert!(
            !app.contacts(
                &safesteps_core::ContactQuery {
                    country: Some(c.country.clone()),
                    ..Default::default()
                },
                None
            )
            .unwrap()
            .is_empty()
        );
    }
}

#[test]
fn media_as_a_file_for_a_player() {
    let app = open(&["en"]);
    let dir = tempfile::tempdir().unwrap();
    let cat = app.avatars().into_iter().find(|a| a.id == "cat").unwrap();
    let path = app.media_file(&cat.path, dir.path()).unwrap();
    assert!(path.starts_with(dir.path().to_str().unwrap()));
    assert!(path.ends_with(".svg"));
    assert_eq!(std::fs::read(&path).unwrap(), app.media(&cat.path).unwrap());
    // The same file the second time; nothing else is left in the folder.
    assert_eq!(app.media_file(&cat.path, dir.path()).unwrap(), path);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    assert_eq!(
        app.media_file("media/no-such.mp4", dir.path())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        app.media_file(&cat.path, &dir.path().join("missing"))
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidInput
    );
}

/// The teacher's records say the direction of every text too: names typed in any script
/// (from their own letters) and pack texts in the app's locale (from the locale).
#[test]
fn teacher_records_say_their_directions() {
    use safesteps_core::{AssignmentTarget, NewAssignment};
    for (locales, pack_direction) in [
        (&["ur"][..], TextDirection::Rtl),
        (&["en"][..], TextDirection::Ltr),
    ] {
        let app = open(locales);
        app.set_teacher_pin(None, "1234").unwrap();
        let t = app.teacher_session("1234").unwrap();
        let urdu = t.create_class("جماعت سوم").unwrap();
        assert_eq!(urdu.name_direction, TextDirection::Rtl);
        let latin = t.create_class("Grade 3").unwrap();
        assert_eq!(latin.name_direction, TextDirection::Ltr);
        let group = t.create_group(&urdu.id, "گروپ").unwrap();
        assert_eq!(group.name_direction, TextDirection::Rtl);
        let kid = app.create_learner("ستارہ", "sun", None).unwrap();
        t.add_to_class(&urdu.id, &kid.id).unwrap();
        let class = t.classes().unwrap();
        let found = class.iter().find(|c| c.id == urdu.id).unwrap();
        assert_eq!(found.groups[0].name_direction, TextDirection::Rtl);
        let a = t
            .assign(&NewAssignment {
                module_ids: vec!["private-info".into()],
                target: AssignmentTarget::Class(urdu.id.clone()),
                start_ms: None,
                due_ms: None,
            })
            .unwrap();
        assert_eq!(a.target_name_direction, TextDirection::Rtl);
        app.answer(&kid.id, QUIZ, &["tell-school".into()], None)
            .unwrap();
        let report = t.class_report(&urdu.id).unwrap();
        assert_eq!(report.class_name_direction, TextDirection::Rtl);
        assert_eq!(report.learners[0].nickname_direction, TextDirection::Rtl);
        assert_eq!(report.modules[0].direction, pack_direction);
        assert_eq!(report.questions[0].direction, pack_direction);
    }
}
