//! Modules for ages 15-17 (sexual extortion, image-based abuse, grooming) are listed and
//! opened only for learners of that age band, or when a teacher assigns them (decision
//! 0024). Every way into a module is tried: the list, a lesson, a question, a step, an
//! answer, a hint, progress, a restart and both knowledge checks.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use safesteps_core::content::{Catalog, QuestionKind};
use safesteps_core::store::Store;
use safesteps_core::{
    AgeBand, AssignmentTarget, CheckPhase, Engine, ErrorKind, ModuleState, NewAssignment,
    OpenOptions,
};

const T0: i64 = 1_800_000_000_000;
const DAY: i64 = 24 * 60 * 60_000;

fn app() -> (Engine, Arc<AtomicI64>) {
    let clock = Arc::new(AtomicI64::new(T0));
    let c = Arc::clone(&clock);
    let engine = Engine::open_with(
        Store::open_in_memory().unwrap(),
        Catalog::embedded().unwrap(),
        OpenOptions {
            preferred_locales: vec!["en".into()],
            ..Default::default()
        },
        None,
        Arc::new(move || c.load(Ordering::SeqCst)),
    )
    .unwrap();
    (engine, clock)
}

/// The ids of the default pack's modules for ages 15-17.
fn teen_modules(app: &Engine) -> Vec<String> {
    app.with_catalog(|c| {
        c.modules
            .iter()
            .filter(|m| m.ages.as_deref() == Some("15-17"))
            .map(|m| m.id.clone())
            .collect()
    })
}

/// A module's first lesson, its first quiz step, and a right answer to it.
fn first_quiz(app: &Engine, module: &str) -> (String, String, Vec<String>) {
    app.with_catalog(|c| {
        let m = c.module(module).unwrap();
        let lesson = &m.lessons[0];
        let step = lesson.steps.iter().find(|s| s.question.is_some()).unwrap();
        let q = step.question.as_ref().unwrap();
        let answer = match q.kind {
            QuestionKind::Ordering => q.options.iter().map(|o| o.id.clone()).collect(),
            QuestionKind::MultipleChoice => q
                .options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.clone())
                .collect(),
            _ => vec![q.options.iter().find(|o| o.correct).unwrap().id.clone()],
        };
        (lesson.id.clone(), step.id.clone(), answer)
    })
}

fn pre_check_question(app: &Engine, module: &str) -> (String, String) {
    app.with_catalog(|c| {
        let kc = c.module(module).unwrap().knowledge_check.clone().unwrap();
        let q = &kc.questions(CheckPhase::Pre)[0];
        let opt = q.question.as_ref().unwrap().options[0].id.clone();
        (q.id.clone(), opt)
    })
}

fn listed(app: &Engine, learner: &str) -> Vec<String> {
    app.modules(Some(learner))
        .unwrap()
        .into_iter()
        .map(|m| m.id)
        .collect()
}

/// Every way a learner could open `module` is refused with NotFound.
fn assert_closed(app: &Engine, learner: &str, module: &str) {
    let (lesson, quiz, answer) = first_quiz(app, module);
    let (check_q, check_opt) = pre_check_question(app, module);
    let kinds = [
        ("lesson", app.lesson(&lesson, Some(learner)).err()),
        ("question", app.question(&quiz, Some(learner)).err()),
        ("step seen", app.mark_step_seen(learner, &quiz).err()),
        ("answer", app.answer(learner, &quiz, &answer, None).err()),
        ("hint", app.hint(learner, &quiz).err()),
        ("progress", app.lesson_progress(learner, &lesson).err()),
        ("restart", app.restart_lesson(learner, &lesson).err()),
        (
            "knowledge check",
            app.knowledge_check(module, CheckPhase::Pre, Some(learner))
                .err(),
        ),
        (
            "check answer",
            app.answer_check(learner, module, CheckPhase::Pre, &check_q, &[check_opt])
                .err(),
        ),
    ];
    for (what, err) in kinds {
        let err = err.unwrap_or_else(|| panic!("{what} of {module} opened for {learner}"));
        assert_eq!(err.kind(), ErrorKind::NotFound, "{what}: {err}");
    }
}

#[test]
fn the_default_pack_has_modules_for_ages_15_to_17() {
    let (app, _) = app();
    let teen = teen_modules(&app);
    assert!(teen.len() >= 2, "{teen:?}");
    app.with_catalog(|c| {
        for id in &teen {
            let m = c.module(id).unwrap();
            assert!(m.knowledge_check.is_some(), "{id} has knowledge checks");
        }
    });
}

#[test]
fn younger_learners_and_learners_without_an_age_band_never_see_or_open_them() {
    let (app, _) = app();
    let teen = teen_modules(&app);
    let young = app
        .create_learner("Sun", "sun", Some(AgeBand::Ages6To9))
        .unwrap();
    let middle = app
        .create_learner("Star", "star", Some(AgeBand::Ages10To14))
        .unwrap();
    let unknown = app.create_learner("Kite", "kite", None).unwrap();
    for learner in [&young.id, &middle.id, &unknown.id] {
        let list = listed(&app, learner);
        assert!(!list.is_empty(), "their own modules are still listed");
        for m in &teen {
            assert!(!list.contains(m), "{m} listed for {learner}");
            assert_closed(&app, learner, m);
        }
    }
    // Other modules keep today's rule: listed, marked as not for their age.
    let pp = app
        .modules(Some(&young.id))
        .unwrap()
        .into_iter()
        .find(|m| m.id == "pictures-privacy")
        .unwrap();
    assert_eq!(pp.state, ModuleState::NotForAge);
}

#[test]
fn learners_aged_15_to_17_see_and_open_them() {
    let (app, _) = app();
    let teen = teen_modules(&app);
    let l = app
        .create_learner("Moon", "star", Some(AgeBand::Ages15To17))
        .unwrap();
    let list = app.modules(Some(&l.id)).unwrap();
    for id in &teen {
        let m = list.iter().find(|m| &m.id == id).expect("listed");
        assert!(
            matches!(m.state, ModuleState::Available | ModuleState::Locked),
            "{id}: {:?}",
            m.state
        );
        assert_eq!(m.ages, Some(AgeBand::Ages15To17));
    }
    // The first one has no prerequisite: it is available, and every part of it opens.
    let first = list.iter().find(|m| m.id == teen[0]).unwrap();
    assert_eq!(first.state, ModuleState::Available);
    let (lesson, quiz, answer) = first_quiz(&app, &teen[0]);
    let (check_q, check_opt) = pre_check_question(&app, &teen[0]);
    assert_eq!(
        app.knowledge_check(&teen[0], CheckPhase::Pre, Some(&l.id))
            .unwrap()
            .module_id,
        teen[0]
    );
    app.answer_check(&l.id, &teen[0], CheckPhase::Pre, &check_q, &[check_opt])
        .unwrap();
    let view = app.lesson(&lesson, Some(&l.id)).unwrap();
    assert!(!view.steps.is_empty());
    app.mark_step_seen(&l.id, &view.steps[0].id).unwrap();
    app.question(&quiz, Some(&l.id)).unwrap();
    assert!(app.answer(&l.id, &quiz, &answer, None).unwrap().correct);
    // And the lesson shows it started.
    let m = app
        .modules(Some(&l.id))
        .unwrap()
        .into_iter()
        .find(|m| m.id == teen[0])
        .unwrap();
    assert_eq!(m.state, ModuleState::InProgress);
}

#[test]
fn a_teachers_assignment_opens_them_to_a_younger_learner_from_its_start() {
    let (app, clock) = app();
    let teen = teen_modules(&app);
    let young = app
        .create_learner("Sun", "sun", Some(AgeBand::Ages6To9))
        .unwrap();
    let other = app
        .create_learner("Kite", "kite", Some(AgeBand::Ages6To9))
        .unwrap();
    app.set_teacher_pin(None, "4826").unwrap();
    let t = app.teacher_session("4826").unwrap();
    t.assign(&NewAssignment {
        module_ids: vec![teen[0].clone()],
        target: AssignmentTarget::Learner(young.id.clone()),
        start_ms: Some(T0 + DAY),
        due_ms: None,
    })
    .unwrap();
    // Before the assignment starts it stays closed.
    assert!(!listed(&app, &young.id).contains(&teen[0]));
    assert_closed(&app, &young.id, &teen[0]);

    clock.store(T0 + 2 * DAY, Ordering::SeqCst);
    let list = app.modules(Some(&young.id)).unwrap();
    let m = list.iter().find(|m| m.id == teen[0]).expect("assigned");
    assert_eq!(m.state, ModuleState::Available);
    assert!(m.assignment.is_some());
    let (lesson, quiz, answer) = first_quiz(&app, &teen[0]);
    // The refused calls recorded nothing: no step seen, no answer, no check answer.
    let before = app.lesson_progress(&young.id, &lesson).unwrap();
    assert_eq!((before.steps_seen, before.questions_passed), (0, 0));
    assert_eq!(
        app.knowledge_check(&teen[0], CheckPhase::Pre, Some(&young.id))
            .unwrap()
            .answered,
        0
    );
    let view = app.lesson(&lesson, Some(&young.id)).unwrap();
    app.mark_step_seen(&young.id, &view.steps[0].id).unwrap();
    assert!(app.answer(&young.id, &quiz, &answer, None).unwrap().correct);
    app.knowledge_check(&teen[0], CheckPhase::Post, Some(&young.id))
        .unwrap();

    // Only the assigned module, and only for the assigned learner.
    for id in &teen[1..] {
        assert!(!listed(&app, &young.id).contains(id), "{id}");
        assert_closed(&app, &young.id, id);
    }
    assert!(!listed(&app, &other.id).contains(&teen[0]));
    assert_closed(&app, &other.id, &teen[0]);
}

#[test]
fn without_a_learner_the_catalog_lists_them_for_teachers_to_assign() {
    let (app, _) = app();
    let teen = teen_modules(&app);
    let all: Vec<String> = app
        .modules(None)
        .unwrap()
        .into_iter()
        .map(|m| m.id)
        .collect();
    for id in &teen {
        assert!(all.contains(id), "{id}");
    }
}
