//! A module's completion as an answer or a seen step reports it: an answer reads only its
//! lesson, the rest of the module only when the lesson is complete, and a completed
//! module is remembered (`module_done`). The badge comes exactly once, on the change
//! that completes the last lesson, in whatever order the lessons are finished.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use safesteps_core::content::{Catalog, QuestionKind};
use safesteps_core::store::Store;
use safesteps_core::{AnswerResult, Engine, OpenOptions};

fn app() -> Engine {
    let clock = Arc::new(AtomicI64::new(1_700_000_000_000));
    Engine::open_with(
        Store::open_in_memory().unwrap(),
        Catalog::embedded().unwrap(),
        OpenOptions {
            preferred_locales: vec!["en".into()],
            ..Default::default()
        },
        None,
        Arc::new(move || clock.fetch_add(1, Ordering::SeqCst)),
    )
    .unwrap()
}

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

/// (lesson id, step ids, quiz ids) of a module's lessons.
fn lessons(app: &Engine, module: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    app.with_catalog(|c| {
        c.module(module)
            .unwrap()
            .lessons
            .iter()
            .map(|l| {
                (
                    l.id.clone(),
                    l.steps.iter().map(|s| s.id.clone()).collect(),
                    l.steps
                        .iter()
                        .filter(|s| s.question.is_some())
                        .map(|s| s.id.clone())
                        .collect(),
                )
            })
            .collect()
    })
}

/// Play a lesson: every step seen, then every quiz answered right; the last answer's result.
fn play(app: &Engine, kid: &str, steps: &[String], quizzes: &[String]) -> Option<AnswerResult> {
    for s in steps {
        app.mark_step_seen(kid, s).unwrap();
    }
    let mut last = None;
    for q in quizzes {
        last = Some(app.answer(kid, q, &right_answer(app, q), None).unwrap());
    }
    last
}

#[test]
fn the_badge_comes_once_whatever_order_the_lessons_are_finished_in() {
    for module in ["not-who-they-say", "caregivers"] {
        for reversed in [false, true] {
            let app = app();
            let kid = app.create_learner("Kite", "kite", None).unwrap().id;
            let mut list = lessons(&app, module);
            assert!(list.len() >= 2, "{module} has several lessons");
            if reversed {
                list.reverse();
            }
            let (last, first) = list.split_last().unwrap();
            for (lesson, steps, quizzes) in first {
                let r = play(&app, &kid, steps, quizzes).expect("a quiz in every lesson");
                assert!(r.progress.completed, "{lesson}");
                assert!(
                    !r.progress.module_completed,
                    "{module}: {lesson} is not the last"
                );
                assert!(r.progress.badge_earned.is_none());
                // Answering again in a complete lesson of an incomplete module.
                let again = app
                    .answer(&kid, &quizzes[0], &right_answer(&app, &quizzes[0]), None)
                    .unwrap();
                assert!(!again.progress.module_completed && again.progress.badge_earned.is_none());
            }
            let (lesson, steps, quizzes) = last;
            // Steps are seen first, so the last right answer completes the lesson and the
            // module: the badge comes with it.
            let r = play(&app, &kid, steps, quizzes).unwrap();
            assert!(r.progress.module_completed, "{module}");
            assert!(
                r.progress.badge_earned.is_some(),
                "{module}: the badge comes now"
            );
            let done = app.lesson_progress(&kid, lesson).unwrap();
            assert!(done.completed && done.module_completed, "{module}");
            assert!(
                done.badge_earned.is_none(),
                "reading progress earns nothing"
            );
            let again = app
                .answer(&kid, &quizzes[0], &right_answer(&app, &quizzes[0]), None)
                .unwrap();
            assert!(again.progress.module_completed, "remembered complete");
            assert!(
                again.progress.badge_earned.is_none(),
                "the badge is earned once"
            );
            let seen_again = app.mark_step_seen(&kid, &steps[0]).unwrap();
            assert!(seen_again.module_completed && seen_again.badge_earned.is_none());
            // The learner's module list shows child modules (caregivers' is not one).
            let listed = app
                .modules(Some(&kid))
                .unwrap()
                .into_iter()
                .find(|m| m.id == module);
            assert_eq!(listed.is_some(), module == "not-who-they-say");
            assert!(listed.is_none_or(|m| m.badge_earned));
        }
    }
}
