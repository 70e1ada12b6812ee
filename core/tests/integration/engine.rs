//! The vertical slice through the core: modules, a lesson ready to show, an answer graded,
//! stored, and still there after reopening.

use safesteps_core::{Engine, ErrorKind, OpenOptions, QuestionKind, StepKind, TextDirection};

const LESSON: &str = "private-info-1";
const QUIZ: &str = "private-info-1-quiz";

fn open(path: &std::path::Path) -> Engine {
    Engine::open(
        path,
        OpenOptions {
            preferred_locales: vec!["en-GB".into()],
            country: Some("zm".into()),
            ..Default::default()
        },
    )
    .unwrap()
}

#[test]
fn slice_lesson_answer_persist_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("safesteps.sqlite");
    let learner_id;
    {
        let app = open(&db);
        assert_eq!(app.country().as_deref(), Some("ZM"));
        let modules = app.modules(None).unwrap();
        let first = &modules[0];
        assert_eq!(first.id, "private-info");
        assert_eq!(first.title, "My private information");
        assert!(first.lesson_ids.contains(&LESSON.to_string()));

        let lesson = app.lesson(LESSON, None).unwrap();
        assert_eq!(lesson.title, "What is private?");
        assert_eq!(lesson.direction, TextDirection::Ltr);
        assert_eq!(lesson.resume_index, 0);
        let n = lesson.steps.len() as i32;
        for (i, s) in lesson.steps.iter().enumerate() {
            assert_eq!((s.number, s.total), (i as i32 + 1, n));
            assert!(
                !s.text.is_empty() && !s.text.contains("private-info-1"),
                "{}",
                s.text
            );
            let pic = s
                .picture
                .as_ref()
                .expect("every step of this lesson has a picture");
            assert!(!pic.alt.is_empty());
            assert!(app.media(&pic.path).unwrap().starts_with(b"<svg"));
            assert!(s.easy_text.is_some(), "easy-read text for {}", s.id);
        }
        let quiz = lesson
            .steps
            .iter()
            .find(|s| s.kind == StepKind::Quiz)
            .unwrap();
        let q = quiz.question.as_ref().unwrap();
        assert_eq!(q.kind, QuestionKind::Scenario);
        assert_eq!(q.options.len(), 3);
        assert!(q.has_hint);

        let kid = app.create_learner("  Kite  ", "kite", None).unwrap();
        assert_eq!(kid.nickname, "Kite");
        learner_id = kid.id.clone();
        for s in &lesson.steps[..3] {
            app.mark_step_seen(&kid.id, &s.id).unwrap();
        }
        let wrong = app
            .answer(&kid.id, QUIZ, &["tell-school".into()], Some(5_000))
            .unwrap();
        assert!(!wrong.correct);
        assert_eq!(wrong.score, 0.0);
        assert_eq!(wrong.attempt_number, 1);
        assert_eq!(
            wrong.message,
            "Not quite. Look at the answers and try again."
        );
        let chosen = wrong.options.iter().find(|o| o.chosen).unwrap();
        assert_eq!(chosen.option_id, "tell-school");
        assert!(
            chosen
                .feedback
                .as_deref()
                .unwrap()
                .contains("Your school is private")
        );
        assert_eq!(chosen.correct, Some(false));
        assert!(
            wrong
                .options
                .iter()
                .filter(|o| !o.chosen)
                .all(|o| o.correct.is_none() && o.feedback.is_none()),
            "a wrong try does not show which option is right"
        );

        let right = app
            .answer(&kid.id, QUIZ, &["stop-tell-adult".into()], None)
            .unwrap();
        assert!(right.correct);
        assert!(
            right
                .options
                .iter()
                .all(|o| o.correct.is_some() && o.feedback.is_some()),
            "once right, every option says whether it is right, with its feedback"
        );
        assert_eq!(right.attempt_number, 2);
        assert_eq!(right.progress.questions_passed, 1);
        assert!(!right.progress.completed, "not every step seen yet");
    }
    // Reopen: progress is still there.
    let app = open(&db);
    let p = app.lesson_progress(&learner_id, LESSON).unwrap();
    assert_eq!(p.steps_seen, 3);
    assert_eq!(p.questions_passed, 1);
    assert_eq!(
        p.resume_step_id.as_deref(),
        Some("private-info-1-game-chat")
    );
    let lesson = app.lesson(LESSON, Some(&learner_id)).unwrap();
    assert_eq!(lesson.resume_index, 2);
    for s in &lesson.steps {
        app.mark_step_seen(&learner_id, &s.id).unwrap();
    }
    assert!(app.lesson_progress(&learner_id, LESSON).unwrap().completed);
    assert_eq!(
        app.modules(Some(&learner_id)).unwrap()[0].lessons_completed,
        1
    );
}

#[test]
fn bad_input_is_a_typed_error_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir.path().join("db.sqlite"));
    let kid = app.create_learner("Sun", "sun", None).unwrap();

    let e = app.lesson("no-such-lesson", None).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert_eq!(e.to_string(), "lesson 'no-such-lesson' was not found");

    let e = app
        .answer(&kid.id, QUIZ, &["made-up".into()], None)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::AnswerShape);
    let e = app
        .answer("ghost", QUIZ, &["stop-tell-adult".into()], None)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    let e = app
        .answer(&kid.id, "private-info-1-meet-sami", &["a".into()], None)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::AnswerShape);
    assert_eq!(
        app.lesson_progress(&kid.id, LESSON)
            .unwrap()
            .questions_passed,
        0
    );

    for (nick, why) in [
        ("", "needed"),
        ("call me 0977123456", "phone number"),
        ("kid@example.org", "email"),
        ("abcdefghijklmnopqrstuvwxyz", "at most"),
    ] {
        let e = app.create_learner(nick, "sun", None).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::NameRefused, "{nick}");
        assert!(e.to_string().contains(why), "{nick}: {e}");
    }
    assert_eq!(
        app.create_learner("Sun", "dragon", None)
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidInput
    );
    assert_eq!(app.learners().unwrap().len(), 1);
    assert_eq!(
        app.media("pack.toml").unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        app.set_country(Some("Zambia".into())).unwrap_err().kind(),
        ErrorKind::UnknownLocale
    );
}

#[test]
fn avatars_have_alt_text() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir.path().join("db.sqlite"));
    let avatars = app.avatars();
    assert!(avatars.len() >= 6);
    let cat = avatars
        .iter()
        .find(|a| a.path.ends_with("/cat.svg"))
        .unwrap();
    assert_eq!(cat.alt, "A smiling cat");
}

#[test]
fn pack_info_reports_locales_and_status() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir.path().join("db.sqlite"));
    let info = app.pack_info();
    assert_eq!(info.id, "org.safesteps.default");
    assert_eq!(info.active_locale, "en");
    assert!(info.sign_languages.contains(&"pks".to_string()));
    let en = info.locales.iter().find(|l| l.tag == "en").unwrap();
    assert_eq!(en.status, safesteps_core::ReviewStatus::Reviewed);
}
