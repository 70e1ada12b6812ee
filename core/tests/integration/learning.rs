//! A child's learning journey through the engine: every question type, unlocks by
//! prerequisite and age, resume and runs, retries and reveal, hints, shuffling, mastery,
//! badges, knowledge checks and learning gain, settings that change what is returned.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use safesteps_core::content::{Catalog, QuestionKind, StepKind};
use safesteps_core::store::Store;
use safesteps_core::{
    AgeBand, CheckPhase, Engine, ErrorKind, LearnerSettings, MediaKind, ModuleState, OpenOptions,
};

struct App {
    engine: Engine,
    clock: Arc<AtomicI64>,
}

fn app() -> App {
    let clock = Arc::new(AtomicI64::new(1_700_000_000_000));
    let c = Arc::clone(&clock);
    let engine = Engine::open_with(
        Store::open_in_memory().unwrap(),
        Catalog::embedded().unwrap(),
        OpenOptions {
            preferred_locales: vec!["en".into()],
            ..Default::default()
        },
        None,
        Arc::new(move || c.fetch_add(1, Ordering::SeqCst)),
    )
    .unwrap();
    App { engine, clock }
}

/// The right answer to a question, from the pack.
fn right_answer(app: &Engine, question_id: &str) -> Vec<String> {
    app.with_catalog(|c| {
        let q = c.step(question_id).unwrap().step.question.clone().unwrap();
        match q.kind {
            QuestionKind::Ordering => q.options.iter().map(|o| o.id.clone()).collect(),
            QuestionKind::MultipleChoice => q
                .options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.clone())
                .collect(),
            _ => vec![q.options.iter().find(|o| o.correct).unwrap().id.clone()],
        }
    })
}

fn wrong_answer(app: &Engine, question_id: &str) -> Vec<String> {
    app.with_catalog(|c| {
        let q = c.step(question_id).unwrap().step.question.clone().unwrap();
        match q.kind {
            QuestionKind::Ordering => q.options.iter().rev().map(|o| o.id.clone()).collect(),
            _ => vec![q.options.iter().find(|o| !o.correct).unwrap().id.clone()],
        }
    })
}

/// See every step and answer every question right first time.
fn complete_lesson(app: &Engine, learner: &str, lesson_id: &str) {
    let lesson = app.lesson(lesson_id, Some(learner)).unwrap();
    for s in &lesson.steps {
        app.mark_step_seen(learner, &s.id).unwrap();
        if s.kind == StepKind::Quiz {
            let r = app
                .answer(learner, &s.id, &right_answer(app, &s.id), Some(3000))
                .unwrap();
            assert!(r.correct, "{}", s.id);
        }
    }
    assert!(app.lesson_progress(learner, lesson_id).unwrap().completed);
}

fn complete_module(app: &Engine, learner: &str, module_id: &str) {
    let m = app
        .modules(None)
        .unwrap()
        .into_iter()
        .find(|m| m.id == module_id)
        .unwrap();
    for l in &m.lesson_ids {
        complete_lesson(app, learner, l);
    }
}

fn questions_of_kind(app: &Engine, kind: QuestionKind) -> Vec<String> {
    app.with_catalog(|c| {
        c.modules
            .iter()
            .flat_map(|m| &m.lessons)
            .flat_map(|l| &l.steps)
            .filter(|s| s.question.as_ref().is_some_and(|q| q.kind == kind))
            .map(|s| s.id.clone())
            .collect()
    })
}

#[test]
fn every_question_type_grades_and_gives_feedback_on_every_option() {
    let a = app();
    let app = &a.engine;
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    for kind in [
        QuestionKind::SingleChoice,
        QuestionKind::MultipleChoice,
        QuestionKind::TrueFalse,
        QuestionKind::PictureChoice,
        QuestionKind::Ordering,
        QuestionKind::Scenario,
    ] {
        let ids = questions_of_kind(app, kind);
        assert!(!ids.is_empty(), "the default pack has a {kind:?} question");
        let q = &ids[0];
        let view = app.question(q, Some(&kid.id)).unwrap();
        assert_eq!(view.kind, kind);
        if kind == QuestionKind::PictureChoice {
            assert!(
                view.options
                    .iter()
                    .all(|o| o.picture.as_ref().is_some_and(|p| !p.alt.is_empty()))
            );
        }
        let wrong = app.answer(&kid.id, q, &wrong_answer(app, q), None).unwrap();
        assert!(!wrong.correct, "{q}");
        assert!(wrong.score < 1.0);
        let right = app.answer(&kid.id, q, &right_answer(app, q), None).unwrap();
        assert!(right.correct, "{q}");
        assert_eq!(right.score, 1.0);
        assert_eq!(right.attempt_number, 2);
        if matches!(
            kind,
            QuestionKind::Scenario | QuestionKind::SingleChoice | QuestionKind::PictureChoice
        ) {
            assert!(
                right.options.iter().all(|o| o.feedback.is_some()),
                "{q}: feedback for every option"
            );
        }
    }
    // Partial credit where the type allows it (a new learner: fresh attempts).
    let kid = app.create_learner("Sun", "sun", None).unwrap();
    let mc = &questions_of_kind(app, QuestionKind::MultipleChoice)[0];
    let right = right_answer(app, mc);
    if right.len() > 1 {
        let half = app.answer(&kid.id, mc, &right[..1], None).unwrap();
        assert!(half.score > 0.0 && half.score < 1.0, "{}", half.score);
        assert!(half.message.contains('%'), "{}", half.message);
    }
    let ord = &questions_of_kind(app, QuestionKind::Ordering)[0];
    let mut swapped = right_answer(app, ord);
    swapped.swap(0, 1);
    let partial = app.answer(&kid.id, ord, &swapped, None).unwrap();
    assert!(partial.score > 0.0 && partial.score < 1.0);
}

#[test]
fn answers_are_validated_and_nothing_is_stored_for_a_bad_one() {
    let a = app();
    let app = &a.engine;
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    let q = "private-info-1-quiz";
    for bad in [
        vec![],
        vec!["nope".to_string()],
        vec!["stop-tell-adult".into(), "stop-tell-adult".into()],
    ] {
        assert_eq!(
            app.answer(&kid.id, q, &bad, None).unwrap_err().kind(),
            ErrorKind::AnswerShape
        );
    }
    assert_eq!(
        app.answer(&kid.id, q, &["stop-tell-adult".into()], Some(-5))
            .unwrap_err()
            .kind(),
        ErrorKind::AnswerShape
    );
    assert_eq!(app.question(q, Some(&kid.id)).unwrap().attempts_used, 0);
}

#[test]
fn attempts_record_options_time_and_hints() {
    let a = app();
    let app = &a.engine;
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    let q = "private-info-1-quiz";
    assert_eq!(
        app.hint(&kid.id, q).unwrap(),
        "Is the name of your school private?"
    );
    app.hint(&kid.id, q).unwrap();
    let first = app
        .answer(&kid.id, q, &["tell-school".into()], Some(4200))
        .unwrap();
    assert_eq!(first.hints_used, 2);
    let second = app
        .answer(&kid.id, q, &["stop-tell-adult".into()], Some(1500))
        .unwrap();
    assert_eq!(
        second.hints_used, 0,
        "hints count since the previous attempt"
    );
    assert_eq!(
        app.hint(&kid.id, "private-info-1-meet-sami")
            .unwrap_err()
            .kind(),
        ErrorKind::AnswerShape
    );
}

#[test]
fn retries_follow_the_pack_policy_and_reveal_the_answer() {
    let a = app();
    let app = &a.engine;
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    let q = "private-info-1-quiz";
    let r1 = app
        .answer(&kid.id, q, &["tell-school".into()], None)
        .unwrap();
    assert_eq!((r1.attempts_left, r1.reveal), (Some(2), false));
    let r2 = app
        .answer(&kid.id, q, &["send-photo".into()], None)
        .unwrap();
    assert_eq!((r2.attempts_left, r2.reveal), (Some(1), false));
    assert_eq!(r2.progress.questions_passed, 0);
    let r3 = app
        .answer(&kid.id, q, &["tell-school".into()], None)
        .unwrap();
    assert_eq!((r3.attempts_left, r3.reveal), (Some(0), true));
    assert!(r3.message.contains("right answer"), "{}", r3.message);
    assert_eq!(
        r3.progress.questions_passed, 1,
        "after the reveal the lesson can go on"
    );
}

#[test]
fn options_are_shuffled_reproducibly_per_learner_and_attempt() {
    let a = app();
    let app = &a.engine;
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    let ord = &questions_of_kind(app, QuestionKind::Ordering)[0];
    let order = |v: &safesteps_core::QuestionView| {
        v.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>()
    };
    let shown = order(&app.question(ord, Some(&kid.id)).unwrap());
    assert_eq!(
        shown,
        order(&app.question(ord, Some(&kid.id)).unwrap()),
        "same attempt, same order"
    );
    assert_ne!(
        shown,
        right_answer(app, ord),
        "an ordering question is never shown in order"
    );
    let mut seen = std::collections::HashSet::new();
    for _ in 0..6 {
        let v = app.question(ord, Some(&kid.id)).unwrap();
        seen.insert(order(&v));
        app.answer(&kid.id, ord, &wrong_answer(app, ord), None)
            .unwrap();
    }
    assert!(seen.len() > 1, "new attempts get new orders: {seen:?}");
}

#[test]
fn prerequisites_and_age_bands_unlock_modules() {
    let a = app();
    let app = &a.engine;
    let young = app
        .create_learner("Sun", "sun", Some(AgeBand::Ages6To9))
        .unwrap();
    let state = |learner: &str, module: &str| {
        app.modules(Some(learner))
            .unwrap()
            .into_iter()
            .find(|m| m.id == module)
            .unwrap()
    };
    let m = state(&young.id, "not-who-they-say");
    assert_eq!(m.state, ModuleState::Locked);
    assert_eq!(m.missing_prerequisites, vec!["private-info".to_string()]);
    assert_eq!(
        state(&young.id, "private-info").state,
        ModuleState::Available
    );
    assert_eq!(
        state(&young.id, "online-friends").state,
        ModuleState::NotForAge
    );
    assert!(
        app.modules(Some(&young.id))
            .unwrap()
            .iter()
            .all(|m| m.audience == safesteps_core::Audience::Child),
        "caregiver and teacher modules are not in a child's list"
    );

    complete_module(app, &young.id, "private-info");
    assert_eq!(
        state(&young.id, "not-who-they-say").state,
        ModuleState::Available
    );

    let older = app
        .create_learner("Star", "star", Some(AgeBand::Ages10To14))
        .unwrap();
    assert_eq!(
        state(&older.id, "online-friends").state,
        ModuleState::Available
    );
    assert_eq!(
        state(&older.id, "pictures-privacy").state,
        ModuleState::Locked
    );
    assert_eq!(
        state(&older.id, "private-info").state,
        ModuleState::NotForAge
    );
}

#[test]
fn resume_progress_inside_a_lesson_and_runs() {
    let a = app();
    let app = &a.engine;
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    let lesson = app.lesson("private-info-1", Some(&kid.id)).unwrap();
    assert_eq!((lesson.resume_index, lesson.run), (0, 1));
    app.mark_step_seen(&kid.id, &lesson.steps[0].id).unwrap();
    let p = app.mark_step_seen(&kid.id, &lesson.steps[1].id).unwrap();
    assert_eq!(
        (p.steps_seen, p.steps_total),
        (2, lesson.steps.len() as i32)
    );
    assert_eq!(
        app.lesson("private-info-1", Some(&kid.id))
            .unwrap()
            .resume_index,
        1
    );
    assert_eq!(
        app.modules(Some(&kid.id))
            .unwrap()
            .iter()
            .find(|m| m.id == "private-info")
            .unwrap()
            .state,
        ModuleState::InProgress
    );

    complete_lesson(app, &kid.id, "private-info-1");
    let again = app.restart_lesson(&kid.id, "private-info-1").unwrap();
    assert_eq!((again.resume_index, again.run), (0, 2));
    assert!(
        app.lesson_progress(&kid.id, "private-info-1")
            .unwrap()
            .completed,
        "completion stays"
    );
    let q = again
        .steps
        .iter()
        .find(|s| s.kind == StepKind::Quiz)
        .unwrap();
    assert_eq!(
        q.question.as_ref().unwrap().attempts_used,
        0,
        "a new run has fresh attempts"
    );
}

#[test]
fn mastery_needs_the_threshold_and_practice_can_reach_it() {
    let a = app();
    let app = &a.engine;
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    // private-info has one lesson with one question: get it wrong first, then right.
    let lesson = app.lesson("private-info-1", Some(&kid.id)).unwrap();
    for s in &lesson.steps {
        app.mark_step_seen(&kid.id, &s.id).unwrap();
    }
    app.answer(
        &kid.id,
        "private-info-1-quiz",
        &["tell-school".into()],
        None,
    )
    .unwrap();
    let r = app
        .answer(
            &kid.id,
            "private-info-1-quiz",
            &["stop-tell-adult".into()],
            None,
        )
        .unwrap();
    assert!(r.progress.completed && r.progress.module_completed);
    let badge = r
        .progress
        .badge_earned
        .expect("completing the module earns its badge");
    assert_eq!(badge.name, "Private information keeper");
    assert!(!badge.picture.unwrap().alt.is_empty());
    let m = app
        .modules(Some(&kid.id))
        .unwrap()
        .into_iter()
        .find(|m| m.id == "private-info")
        .unwrap();
    assert_eq!(
        m.state,
        ModuleState::Completed,
        "first try was wrong: score 0 < 0.8"
    );
    assert_eq!(m.quiz_score, Some(0.0));
    assert!(m.badge_earned);

    // Practise: a new run, right first time.
    app.restart_lesson(&kid.id, "private-info-1").unwrap();
    let r = app
        .answer(
            &kid.id,
            "private-info-1-quiz",
            &["stop-tell-adult".into()],
            None,
        )
        .unwrap();
    assert!(
        r.progress.badge_earned.is_none(),
        "the badge is earned once"
    );
    let m = app
        .modules(Some(&kid.id))
        .unwrap()
        .into_iter()
        .find(|m| m.id == "private-info")
        .unwrap();
    assert_eq!(m.state, ModuleState::Mastered);
    assert_eq!(m.quiz_score, Some(1.0));
}

#[test]
fn knowledge_checks_give_learning_gain_per_learner_and_group() {
    let a = app();
    let app = &a.engine;
    let k1 = app.create_learner("Kite", "kite", None).unwrap();
    let k2 = app.create_learner("Sun", "sun", None).unwrap();
    let k3 = app.create_learner("Star", "star", None).unwrap();
    let check = app
        .knowledge_check("private-info", CheckPhase::Pre, Some(&k1.id))
        .unwrap();
    assert_eq!(check.questions.len(), 3);
    let qids: Vec<String> = check.questions.iter().map(|q| q.id.clone()).collect();
    let answer = |kid: &str, phase, q: &str, right: bool| {
        let sel = app.with_catalog(|c| {
            let m = c.module("private-info").unwrap();
            let step = m
                .knowledge_check
                .as_ref()
                .unwrap()
                .questions(phase)
                .iter()
                .find(|s| s.id == q)
                .unwrap()
                .clone();
            let qd = step.question.unwrap();
            if right {
                qd.options
                    .iter()
                    .filter(|o| o.correct)
                    .map(|o| o.id.clone())
                    .collect::<Vec<_>>()
            } else {
                vec![qd.options.iter().find(|o| !o.correct).unwrap().id.clone()]
            }
        });
        app.answer_check(kid, "private-info", phase, q, &sel)
            .unwrap()
    };
    // k1: pre 1 of 3 right, post 3 of 3. k2: pre 2 of 3, post 2 of 3. k3: pre only.
    for (i, q) in qids.iter().enumerate() {
        answer(&k1.id, CheckPhase::Pre, q, i == 0);
        answer(&k1.id, CheckPhase::Post, q, true);
        answer(&k2.id, CheckPhase::Pre, q, i < 2);
        answer(&k2.id, CheckPhase::Post, q, i != 1);
        answer(&k3.id, CheckPhase::Pre, q, true);
    }
    assert_eq!(
        app.knowledge_check("private-info", CheckPhase::Post, Some(&k1.id))
            .unwrap()
            .answered,
        3
    );
    let g1 = app
        .learning_gain("private-info", std::slice::from_ref(&k1.id))
        .unwrap();
    assert_eq!(g1.learners, 1);
    assert!((g1.pre - 1.0 / 3.0).abs() < 1e-9 && (g1.post - 1.0).abs() < 1e-9);
    assert!((g1.gain - 2.0 / 3.0).abs() < 1e-9);
    assert!((g1.normalized_gain.unwrap() - 1.0).abs() < 1e-9);
    let group = app
        .learning_gain(
            "private-info",
            &[k1.id.clone(), k2.id.clone(), k3.id.clone()],
        )
        .unwrap();
    assert_eq!(group.learners, 2, "k3 has no post check and is not counted");
    assert!((group.pre - 0.5).abs() < 1e-9, "mean of 1/3 and 2/3");
    assert!((group.post - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-9);
    // Answering again replaces the earlier answer to the same question.
    answer(&k2.id, CheckPhase::Post, &qids[1], true);
    let g2 = app
        .learning_gain("private-info", std::slice::from_ref(&k2.id))
        .unwrap();
    assert!((g2.post - 1.0).abs() < 1e-9);
    assert_eq!(
        app.learning_gain("private-info", &["ghost".into()])
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    // A parallel post set is used when the pack has one.
    let pre = app
        .knowledge_check("pictures-privacy", CheckPhase::Pre, None)
        .unwrap();
    let post = app
        .knowledge_check("pictures-privacy", CheckPhase::Post, None)
        .unwrap();
    assert_ne!(pre.questions[0].id, post.questions[0].id);
    assert_eq!(
        app.knowledge_check("kind-online", CheckPhase::Pre, None)
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn settings_change_what_the_core_returns() {
    let a = app();
    let app = &a.engine;
    let plain = app.create_learner("Kite", "kite", None).unwrap();
    let deaf = app.create_learner("Fish", "fish", None).unwrap();
    app.update_learner_settings(
        &deaf.id,
        LearnerSettings {
            locales: vec!["ur".into()],
            sign_language: Some("pks".into()),
            sign_video_first: true,
            captions: true,
            easy_read: true,
            larger_text: true,
            reduced_motion: true,
            no_audio: true,
        },
    )
    .unwrap();
    let a_view = app.lesson("private-info-1", Some(&plain.id)).unwrap();
    let b_view = app.lesson("private-info-1", Some(&deaf.id)).unwrap();
    let (sa, sb) = (&a_view.steps[0], &b_view.steps[0]);
    assert_eq!(sa.locale, "en");
    assert_eq!(sb.locale, "ur");
    assert_eq!(sa.text, sa.full_text, "full text by default");
    assert_eq!(
        Some(&sb.text),
        sb.easy_text.as_ref(),
        "easy-read text when asked for"
    );
    assert_ne!(sb.text, sb.full_text);
    assert_eq!(
        sa.media_order,
        vec![MediaKind::Picture, MediaKind::Text, MediaKind::SignVideo]
    );
    assert_eq!(
        sb.media_order,
        vec![MediaKind::SignVideo, MediaKind::Picture, MediaKind::Text]
    );
    assert_eq!(sb.videos[0].sign_language, "pks");
    assert_eq!(
        (a_view.display.text_scale, a_view.display.reduced_motion),
        (1.0, false)
    );
    assert_eq!(
        (b_view.display.text_scale, b_view.display.reduced_motion),
        (1.3, true)
    );
    assert!(
        app.welcome(&deaf.id)
            .unwrap()
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    );
    // Bad settings are refused and change nothing.
    let bad = LearnerSettings {
        locales: vec!["!!".into()],
        ..Default::default()
    };
    assert_eq!(
        app.update_learner_settings(&deaf.id, bad)
            .unwrap_err()
            .kind(),
        ErrorKind::UnknownLocale
    );
    assert_eq!(
        app.learner(&deaf.id).unwrap().settings.locales,
        vec!["ur".to_string()]
    );
    // Progress is independent.
    complete_lesson(app, &plain.id, "private-info-1");
    assert!(
        !app.lesson_progress(&deaf.id, "private-info-1")
            .unwrap()
            .completed
    );
}

#[test]
fn picture_password_success_failure_wait_and_teacher_reset() {
    let a = app();
    let app = &a.engine;
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    let grid: Vec<String> = app
        .picture_password_grid()
        .iter()
        .map(|p| p.id.clone())
        .collect();
    assert!(grid.len() >= 6);
    assert!(
        app.picture_password_grid()
            .iter()
            .all(|p| !p.alt.is_empty())
    );
    let seq = vec![grid[0].clone(), grid[3].clone(), grid[1].clone()];
    let wrong = vec![grid[1].clone(), grid[3].clone(), grid[0].clone()];
    assert!(matches!(
        app.sign_in(&kid.id, None).unwrap(),
        safesteps_core::SignInResult::SignedIn { .. }
    ));
    assert_eq!(
        app.set_picture_password(&kid.id, Some(&seq[..2]))
            .unwrap_err()
            .kind(),
        ErrorKind::PinFormat,
        "too short"
    );
    assert_eq!(
        app.set_picture_password(
            &kid.id,
            Some(&["dragon".into(), grid[0].clone(), grid[1].clone()])
        )
        .unwrap_err()
        .kind(),
        ErrorKind::PinFormat
    );
    app.set_picture_password(&kid.id, Some(&seq)).unwrap();
    assert!(app.learner(&kid.id).unwrap().has_picture_password);
    use safesteps_core::SignInResult::*;
    assert_eq!(app.sign_in(&kid.id, None).unwrap(), PicturePasswordNeeded);
    assert!(matches!(
        app.sign_in(&kid.id, Some(&seq)).unwrap(),
        SignedIn { .. }
    ));
    for n in 1..=5 {
        assert_eq!(
            app.sign_in(&kid.id, Some(&wrong)).unwrap(),
            NotRight { failures: n }
        );
    }
    assert_eq!(
        app.sign_in(&kid.id, Some(&seq)).unwrap(),
        Wait { seconds: 30 },
        "even the right one waits"
    );
    a.clock.fetch_add(31_000, Ordering::SeqCst);
    assert!(
        matches!(app.sign_in(&kid.id, Some(&seq)).unwrap(), SignedIn { .. }),
        "never locked out for good"
    );

    // A teacher resets a forgotten password.
    assert_eq!(
        app.teacher_session("1234").unwrap_err().kind(),
        ErrorKind::Locked,
        "no PIN set yet"
    );
    app.set_teacher_pin(None, "2468").unwrap();
    assert_eq!(
        app.teacher_session("1111").unwrap_err().kind(),
        ErrorKind::Locked
    );
    app.teacher_session("2468")
        .unwrap()
        .reset_picture_password(&kid.id)
        .unwrap();
    assert!(matches!(
        app.sign_in(&kid.id, None).unwrap(),
        SignedIn { .. }
    ));
}

#[test]
fn teacher_pin_waits_grow_and_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite");
    let clock = Arc::new(AtomicI64::new(1_000_000));
    let open = || {
        let c = Arc::clone(&clock);
        Engine::open_with(
            Store::open(&db).unwrap(),
            Catalog::embedded().unwrap(),
            OpenOptions::default(),
            None,
            Arc::new(move || c.load(Ordering::SeqCst)),
        )
        .unwrap()
    };
    use safesteps_core::PinCheck;
    let app = open();
    assert_eq!(app.check_teacher_pin("1234").unwrap(), PinCheck::NotSet);
    assert_eq!(
        app.set_teacher_pin(None, "12a4").unwrap_err().kind(),
        ErrorKind::PinFormat
    );
    app.set_teacher_pin(None, "1357").unwrap();
    assert!(
        app.set_teacher_pin(None, "2468").is_err(),
        "changing needs the current PIN"
    );
    assert_eq!(
        app.check_teacher_pin("0000").unwrap(),
        PinCheck::Wrong {
            failures: 1,
            wait_seconds: 0
        }
    );
    assert_eq!(
        app.check_teacher_pin("0000").unwrap(),
        PinCheck::Wrong {
            failures: 2,
            wait_seconds: 0
        }
    );
    assert_eq!(
        app.check_teacher_pin("0000").unwrap(),
        PinCheck::Wrong {
            failures: 3,
            wait_seconds: 30
        }
    );
    drop(app);
    // Closing the app does not reset the wait.
    let app = open();
    assert_eq!(
        app.check_teacher_pin("1357").unwrap(),
        PinCheck::Wait { seconds: 30 }
    );
    clock.fetch_add(30_000, Ordering::SeqCst);
    assert_eq!(
        app.check_teacher_pin("0000").unwrap(),
        PinCheck::Wrong {
            failures: 4,
            wait_seconds: 60
        }
    );
    clock.fetch_add(59_000, Ordering::SeqCst);
    assert_eq!(
        app.check_teacher_pin("1357").unwrap(),
        PinCheck::Wait { seconds: 1 }
    );
    clock.fetch_add(1_000, Ordering::SeqCst);
    assert_eq!(app.check_teacher_pin("1357").unwrap(), PinCheck::Ok);
    assert_eq!(
        app.check_teacher_pin("0000").unwrap(),
        PinCheck::Wrong {
            failures: 1,
            wait_seconds: 0
        },
        "success resets"
    );
    app.set_teacher_pin(Some("1357"), "2468").unwrap();
    assert_eq!(app.check_teacher_pin("2468").unwrap(), PinCheck::Ok);
}

#[test]
fn deleting_a_learner_erases_their_rows_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite");
    let app = Engine::open(&db, OpenOptions::default()).unwrap();
    let nickname = "Qzxjvk";
    let kid = app
        .create_learner(nickname, "kite", Some(AgeBand::Ages6To9))
        .unwrap();
    let other = app.create_learner("Other", "sun", None).unwrap();
    complete_lesson(&app, &kid.id, "private-info-1");
    complete_lesson(&app, &other.id, "private-info-1");
    app.hint(&kid.id, "private-info-1-quiz").unwrap();
    app.set_picture_password(
        &kid.id,
        Some(&["apple".into(), "ball".into(), "boat".into()]),
    )
    .unwrap();

    let read_all = || {
        let mut bytes = std::fs::read(&db).unwrap();
        if let Ok(wal) = std::fs::read(dir.path().join("db.sqlite-wal")) {
            bytes.extend(wal);
        }
        bytes
    };
    let contains =
        |hay: &[u8], needle: &str| hay.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(
        contains(&read_all(), nickname) || contains(&read_all(), &kid.id),
        "the learner is in the file before"
    );

    app.delete_learner(&kid.id).unwrap();
    let bytes = read_all();
    assert!(!contains(&bytes, nickname), "nickname erased from the file");
    assert!(
        !contains(&bytes, &kid.id),
        "learner id (in every row of theirs) erased"
    );
    assert!(
        contains(&bytes, &other.id),
        "other learners keep their data"
    );
    assert_eq!(
        app.learner(&kid.id).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert!(
        app.lesson_progress(&other.id, "private-info-1")
            .unwrap()
            .completed
    );
    assert_eq!(
        app.delete_learner(&kid.id).unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

/// A learner's next view follows a change of their settings at once, both ways (the store
/// keeps the settings it parsed last, with their text).
#[test]
fn a_settings_change_shows_in_the_next_view() {
    let a = app();
    let app = &a.engine;
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    let view = |app: &safesteps_core::Engine| app.lesson("private-info-1", Some(&kid.id)).unwrap();
    let before = view(app);
    assert_eq!(before.steps[0].text, before.steps[0].full_text);
    let easy = LearnerSettings {
        easy_read: true,
        ..LearnerSettings::default()
    };
    app.update_learner_settings(&kid.id, easy).unwrap();
    let after = view(app);
    assert_eq!(
        Some(&after.steps[0].text),
        after.steps[0].easy_text.as_ref()
    );
    assert_ne!(after.steps[0].text, after.steps[0].full_text);
    app.update_learner_settings(&kid.id, LearnerSettings::default())
        .unwrap();
    let again = view(app);
    assert_eq!(again.steps[0].text, again.steps[0].full_text);
}
