//! A learner's journey: what they see (localized for them, laid out for their settings),
//! progression (unlocks, resume, completion, mastery, badges), answers and hints, and
//! knowledge checks before and after a module.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::FluentArgs;

use crate::content::{Catalog, CheckPhase, LessonDef, ModuleDef, QuestionDef, StepDef, ids};
use crate::engine::{Change, Engine};
use crate::engine::{Cx, WriteCx};
use crate::error::{Error, Result, excerpt};
use crate::grading;
use crate::l10n::{Localizer, Text, direction_of};
use crate::progression::{History, hidden_for_age, module_states};
use crate::store::{DbMut, EventKind};
use crate::views::*;

/// Who is looking: their settings and localizer (or the app's, with no learner).
pub(crate) struct Viewer {
    pub learner_id: Option<String>,
    pub nickname: String,
    pub age_band: Option<AgeBand>,
    pub settings: LearnerSettings,
    pub sign_language: Option<String>,
    pub l10n: Arc<Localizer>,
    /// Media packs installed on this device.
    pub media: Arc<crate::media::InstalledMedia>,
}

pub(crate) fn viewer(cx: &Cx<'_>, learner_id: Option<&str>) -> Result<Viewer> {
    let Some(id) = learner_id else {
        return Ok(Viewer {
            learner_id: None,
            nickname: String::new(),
            age_band: None,
            settings: LearnerSettings::default(),
            sign_language: cx.state.sign_language.clone(),
            l10n: Arc::clone(&cx.state.localizer),
            media: Arc::clone(&cx.state.media),
        });
    };
    let row = cx.db.learner_for_view(id)?;
    learner_viewer(cx, id, row)
}

/// A learner's viewer from their profile as read for a view.
fn learner_viewer(
    cx: &Cx<'_>,
    id: &str,
    (nickname, age_band, settings): crate::store::LearnerForView,
) -> Result<Viewer> {
    Ok(Viewer {
        learner_id: Some(id.to_string()),
        nickname,
        age_band,
        sign_language: settings
            .sign_language
            .clone()
            .or_else(|| cx.state.sign_language.clone()),
        l10n: cx.state.localizer_for(&settings.locales)?,
        media: Arc::clone(&cx.state.media),
        settings,
    })
}

/// Refuse a module kept from this learner's age band (modules for ages 15-17, see
/// [`hidden_for_age`]) unless a teacher assigned it to them. Without a learner (an app's
/// or a teacher's preview) nothing is refused. The error does not say the module exists.
fn ensure_open(cx: &Cx<'_>, viewer: &Viewer, module: &ModuleDef) -> Result<()> {
    let Some(id) = viewer.learner_id.as_deref() else {
        return Ok(());
    };
    if !hidden_for_age(module, viewer.age_band)
        || crate::classroom::assigned_modules(cx, id, cx.now)?.contains_key(&module.id)
    {
        return Ok(());
    }
    Err(Error::not_found("module open to this learner", &module.id))
}

/// A greeting for the learner's home screen, with their nickname and the number of
/// lessons they finished (Fluent plurals in the learner's locale).
pub(crate) fn welcome(cx: &Cx<'_>, learner_id: &str) -> Result<String> {
    let viewer = viewer(cx, Some(learner_id))?;
    let cat = &*cx.state.catalog;
    let history = History::load(&cx.db, learner_id, cat.manifest.quiz.max_attempts)?;
    let done = cat
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .filter(|l| history.lesson(l).completed)
        .count();
    let mut args = FluentArgs::new();
    args.set("nickname", viewer.nickname.clone());
    args.set("lessons", done);
    Ok(viewer
        .l10n
        .format("home-welcome", None, Some(&args))
        .map(|t| t.value)
        .unwrap_or_default())
}

/// Modules in order. With a learner: only child modules, each with its state (locked
/// by prerequisites, not for the learner's age, available, in progress, completed,
/// mastered), progress, quiz score and badge.
pub(crate) fn modules(cx: &Cx<'_>, learner_id: Option<&str>) -> Result<Vec<ModuleSummary>> {
    let viewer = viewer(cx, learner_id)?;
    let cat = &*cx.state.catalog;
    let history = match learner_id {
        Some(id) => History::load(&cx.db, id, cat.manifest.quiz.max_attempts)?,
        None => History::default(),
    };
    let states = module_states(cat, &history, viewer.age_band);
    let now = cx.now;
    let assigned = match learner_id {
        Some(id) => crate::classroom::assigned_modules(cx, id, now)?,
        None => HashMap::new(),
    };
    let mut list: Vec<ModuleSummary> = cat
        .modules
        .iter()
        .filter(|m| {
            learner_id.is_none()
                || assigned.contains_key(&m.id)
                || (m.audience == Audience::Child && !hidden_for_age(m, viewer.age_band))
        })
        .map(|m| {
            let facts = states[&m.id].clone();
            let mut state = facts.state;
            let assignment = assigned.get(&m.id).map(|(id, due)| {
                let done = matches!(state, ModuleState::Completed | ModuleState::Mastered);
                AssignmentInfo {
                    assignment_id: id.clone(),
                    due_ms: *due,
                    due_state: crate::classroom::due_state(*due, done, now),
                }
            });
            // A teacher's assignment opens a module whatever the age band or prerequisites.
            if assignment.is_some() && matches!(state, ModuleState::Locked | ModuleState::NotForAge)
            {
                state = ModuleState::Available;
            }
            let badge = badge(&viewer.l10n, m);
            let title = text(&viewer.l10n, &ids::module_title(m));
            ModuleSummary {
                id: m.id.clone(),
                direction: direction_of(&title.locale),
                title: title.value,
                summary: text(&viewer.l10n, &ids::module_summary(m)).value,
                audience: m.audience,
                ages: m.ages.as_deref().and_then(AgeBand::parse),
                lesson_ids: m.lessons.iter().map(|l| l.id.clone()).collect(),
                lessons_completed: int(facts.lessons_done),
                state,
                missing_prerequisites: facts.missing,
                quiz_score: facts.score,
                badge_earned: badge.is_some()
                    && matches!(state, ModuleState::Completed | ModuleState::Mastered),
                badge,
                has_knowledge_check: m.knowledge_check.is_some(),
                assignment,
                picture: m
                    .picture
                    .as_ref()
                    .map(|p| picture(&viewer.l10n, p, &ids::module_title(m))),
            }
        })
        .collect();
    // Assigned modules first (earliest due first), then the rest in pack order.
    list.sort_by_key(|m| match &m.assignment {
        Some(a) => (0, a.due_ms.unwrap_or(i64::MAX)),
        None => (1, 0),
    });
    Ok(list)
}

/// A lesson ready to play for this learner: their text locale and variant, their sign
/// language first, media in the order their settings ask for, and where to resume.
pub(crate) fn lesson(cx: &Cx<'_>, lesson_id: &str, learner_id: Option<&str>) -> Result<LessonView> {
    let viewer = viewer(cx, learner_id)?;
    let cat = &*cx.state.catalog;
    let (module, lesson) = cat.lesson(lesson_id)?;
    ensure_open(cx, &viewer, module)?;
    let (resume_index, run, history) = match &viewer.learner_id {
        Some(id) => {
            let quizzes = lesson
                .steps
                .iter()
                .filter(|s| s.question.is_some())
                .map(|s| s.id.as_str());
            let history =
                History::load_questions(&cx.db, id, quizzes, cat.manifest.quiz.max_attempts)?;
            let resume = cx
                .db
                .last_step(id, &lesson.id)?
                .and_then(|step| lesson.steps.iter().position(|s| s.id == step))
                .unwrap_or(0);
            (resume as u32, cx.db.current_run(id, &lesson.id)?, history)
        }
        None => (0, 1, History::default()),
    };
    let title = text(&viewer.l10n, &ids::lesson_title(lesson));
    let steps = lesson
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| step_view(cat, &viewer, &history, s, i, lesson.steps.len(), run))
        .collect();
    Ok(LessonView {
        id: lesson.id.clone(),
        module_id: module.id.clone(),
        locale: title.locale.to_string(),
        direction: direction_of(&title.locale),
        title: title.value,
        steps,
        resume_index: int(resume_index),
        display: DisplaySettings {
            text_scale: if viewer.settings.larger_text {
                1.3
            } else {
                1.0
            },
            reduced_motion: viewer.settings.reduced_motion,
            captions: viewer.settings.captions,
        },
        run: int(run),
    })
}

/// The question of a quiz step, as it should be shown for the learner's next attempt
/// (options shuffled for that attempt).
pub(crate) fn question(
    cx: &Cx<'_>,
    question_id: &str,
    learner_id: Option<&str>,
) -> Result<QuestionView> {
    let viewer = viewer(cx, learner_id)?;
    let cat = &*cx.state.catalog;
    let step = cat.step(question_id)?;
    ensure_open(cx, &viewer, step.module)?;
    let (run, history) = match &viewer.learner_id {
        Some(id) => (
            cx.db.current_run(id, &step.lesson.id)?,
            History::load_questions(&cx.db, id, [question_id], cat.manifest.quiz.max_attempts)?,
        ),
        None => (1, History::default()),
    };
    question_view(cat, &viewer, &history, step.step, run).ok_or_else(|| {
        Error::answer_shape(format!("step '{}' is not a question", excerpt(question_id)))
    })
}

fn step_view(
    cat: &Catalog,
    viewer: &Viewer,
    history: &History,
    s: &StepDef,
    index: usize,
    total: usize,
    run: u32,
) -> StepView {
    let l10n = &viewer.l10n;
    let msg = ids::step_text(s);
    let main = text(l10n, &msg);
    let easy = l10n.attr(&msg, "easy").map(|t| t.value);
    let shown = match (&easy, viewer.settings.easy_read) {
        (Some(e), true) => e.clone(),
        _ => main.value.clone(),
    };
    let videos = sign_videos(
        cat,
        l10n,
        &viewer.media,
        &s.id,
        viewer.sign_language.as_deref(),
    );
    let audio = s.audio.clone().filter(|_| !viewer.settings.no_audio);
    let mut media_order = if viewer.settings.sign_video_first {
        vec![MediaKind::SignVideo, MediaKind::Picture, MediaKind::Text]
    } else {
        vec![MediaKind::Picture, MediaKind::Text, MediaKind::SignVideo]
    };
    if s.picture.is_none() {
        media_order.retain(|m| *m != MediaKind::Picture);
    }
    if audio.is_some() {
        media_order.push(MediaKind::Audio);
    }
    StepView {
        id: s.id.clone(),
        kind: s.kind,
        number: int(index + 1),
        total: int(total),
        text: shown,
        easy_text: easy,
        direction: direction_of(&main.locale),
        locale: main.locale.to_string(),
        full_text: main.value,
        picture: s.picture.as_ref().map(|p| picture(l10n, p, &msg)),
        question: question_view(cat, viewer, history, s, run),
        videos,
        audio,
        pathway: s.pathway.clone(),
        media_order,
    }
}

/// Record that a learner saw a step (drives resume and completion).
pub(crate) fn mark_step_seen(
    cx: &WriteCx<'_>,
    learner_id: &str,
    step_id: &str,
) -> Result<LessonProgress> {
    let cat = &*cx.state.catalog;
    let step = cat.step(step_id)?;
    let viewer = viewer(cx, Some(learner_id))?;
    ensure_open(cx, &viewer, step.module)?;
    let max = cat.manifest.quiz.max_attempts;
    let lesson_before = History::load_lessons(&cx.db, learner_id, [step.lesson].into_iter(), max)?
        .lesson(step.lesson)
        .completed;
    let event = cx.event(
        learner_id,
        EventKind::StepSeen {
            lesson_id: step.lesson.id.clone(),
            step_id: step_id.to_string(),
        },
    );
    cx.db.append(&event)?;
    let after = History::load_lessons(&cx.db, learner_id, [step.lesson].into_iter(), max)?;
    progress_after(
        cx,
        Some(&cx.db),
        &viewer,
        &after,
        learner_id,
        step.module,
        step.lesson,
        lesson_before,
        cx.db.last_step(learner_id, &step.lesson.id)?,
    )
}

/// Start a finished lesson again: a new run, from the first step, with fresh attempts.
/// Mastery counts first tries in the latest run, so practising can raise it.
pub(crate) fn restart_lesson(
    cx: &WriteCx<'_>,
    learner_id: &str,
    lesson_id: &str,
) -> Result<LessonView> {
    let cat = &*cx.state.catalog;
    let (module, _) = cat.lesson(lesson_id)?;
    ensure_open(cx, &viewer(cx, Some(learner_id))?, module)?;
    {
        let run = cx.db.current_run(learner_id, lesson_id)? + 1;
        let event = cx.event(
            learner_id,
            EventKind::LessonRestarted {
                lesson_id: lesson_id.to_string(),
                run,
            },
        );
        cx.db.append(&event)?;
    }
    lesson(cx, lesson_id, Some(learner_id))
}

/// Open a question's hint; its use is recorded with the next answer.
pub(crate) fn hint(cx: &WriteCx<'_>, learner_id: &str, question_id: &str) -> Result<String> {
    let viewer = viewer(cx, Some(learner_id))?;
    let cat = &*cx.state.catalog;
    let step = cat.step(question_id)?;
    ensure_open(cx, &viewer, step.module)?;
    if step.step.question.is_none() {
        return Err(Error::answer_shape(format!(
            "step '{question_id}' is not a question"
        )));
    }
    let hint = viewer
        .l10n
        .attr(&ids::step_text(step.step), "hint")
        .ok_or_else(|| Error::not_found("hint for question", question_id))?;
    let event = cx.event(
        learner_id,
        EventKind::HintShown {
            question_id: question_id.to_string(),
        },
    );
    cx.db.append(&event)?;
    Ok(hint.value)
}

/// Feedback on an answer: per option, the overall message, and whether the right answer
/// is now shown (attempt `attempt_number` of at most `max`, 0 for no limit).
struct Feedback {
    options: Vec<OptionFeedback>,
    message: String,
    direction: TextDirection,
    reveal: bool,
}

fn feedback(
    l10n: &Localizer,
    step: &StepDef,
    question: &QuestionDef,
    selected: &[String],
    grade: &grading::Grade,
    attempt_number: u32,
    max: u32,
) -> Feedback {
    let reveal = !grade.correct && max > 0 && attempt_number >= max;
    // Whether an option not chosen is right, and its feedback (it can give the answer
    // away), only once the answer is right or the pack's policy reveals it.
    let shown = grade.correct || reveal;
    let options = question
        .options
        .iter()
        .map(|o| {
            let chosen = selected.contains(&o.id);
            let feedback = (shown || chosen)
                .then(|| l10n.attr(&ids::option_text(step, o), "feedback"))
                .flatten();
            OptionFeedback {
                option_id: o.id.clone(),
                chosen,
                correct: (shown || chosen).then_some(o.correct),
                direction: direction_of(feedback.as_ref().map_or(l10n.primary(), |t| &t.locale)),
                feedback: feedback.map(|t| t.value),
            }
        })
        .collect();
    let mut args = FluentArgs::new();
    args.set("score", (grade.score * 100.0).round());
    let key = if grade.correct {
        "quiz-correct"
    } else if reveal {
        "quiz-reveal"
    } else if grade.score > 0.0 {
        "quiz-partly"
    } else {
        "quiz-not-yet"
    };
    let message = l10n
        .format(key, None, Some(&args))
        .or_else(|| l10n.format("quiz-not-yet", None, None));
    let direction = direction_of(message.as_ref().map_or(l10n.primary(), |t| &t.locale));
    let message = message.map(|t| t.value).unwrap_or_default();
    Feedback {
        options,
        message,
        direction,
        reveal,
    }
}

/// Grade an answer without a learner profile (a caregiver or teacher trying a quiz):
/// nothing is recorded. `attempt_number` (1 for the first try) applies the pack's reveal
/// policy as for a learner.
pub(crate) fn check_answer(
    cx: &Cx<'_>,
    question_id: &str,
    selected: &[String],
    attempt_number: u32,
) -> Result<CheckedAnswer> {
    let cat = &*cx.state.catalog;
    let step = cat.step(question_id)?;
    let question = step.step.question.as_ref().ok_or_else(|| {
        Error::answer_shape(format!("step '{}' is not a question", excerpt(question_id)))
    })?;
    let grade = grading::grade(question_id, question, selected)?;
    let attempt_number = attempt_number.max(1);
    let max = cat.manifest.quiz.max_attempts;
    let f = feedback(
        &cx.state.localizer,
        step.step,
        question,
        selected,
        &grade,
        attempt_number,
        max,
    );
    Ok(CheckedAnswer {
        question_id: question_id.to_string(),
        correct: grade.correct,
        score: grade.score,
        message: f.message,
        direction: f.direction,
        options: f.options,
        attempt_number: int(attempt_number),
        attempts_left: (max > 0).then(|| int(max.saturating_sub(attempt_number))),
        reveal: f.reveal,
    })
}

/// Grade an answer, store the attempt (options, score, time taken, hints used), and
/// return feedback on every option. After the pack's allowed attempts in a run, the
/// right answer is revealed and the lesson can go on.
pub(crate) fn answer(
    cx: &WriteCx<'_>,
    learner_id: &str,
    question_id: &str,
    selected: &[String],
    time_taken_ms: Option<i64>,
) -> Result<AnswerResult> {
    let cat = &*cx.state.catalog;
    let step = cat.step(question_id)?;
    // The learner's profile and only this lesson's summaries, its run and resume step,
    // read once (two statements for a lesson with one quiz): the facts after the answer
    // are these plus the answer itself (the rest of the module is read only if the
    // lesson is complete after it, see `progress_after`).
    let questions: Vec<&str> = step
        .lesson
        .steps
        .iter()
        .filter(|s| s.kind == crate::content::StepKind::Quiz)
        .map(|s| s.id.as_str())
        .collect();
    let mut now = cx
        .db
        .lesson_now(learner_id, &step.lesson.id, question_id, &questions)?;
    let viewer = learner_viewer(cx, learner_id, std::mem::take(&mut now.learner))?;
    ensure_open(cx, &viewer, step.module)?;
    let question = step.step.question.as_ref().ok_or_else(|| {
        Error::answer_shape(format!("step '{}' is not a question", excerpt(question_id)))
    })?;
    let grade = grading::grade(question_id, question, selected)?;
    if time_taken_ms.is_some_and(|t| t < 0) {
        return Err(Error::answer_shape("time taken cannot be negative"));
    }
    let run = now.run;
    // Hints count from the previous answer in this run (none yet: from the start).
    let hints_used = now.hints;
    let mut history = History::from_rows(
        now.runs,
        now.seen
            .map(|n| (step.lesson.id.clone(), n))
            .into_iter()
            .collect(),
        cat.manifest.quiz.max_attempts,
    );
    let lesson_before = history.lesson(step.lesson).completed;
    let previous = history.answers_in_run(question_id, run);
    let event = cx.event(
        learner_id,
        EventKind::Answered {
            lesson_id: step.lesson.id.clone(),
            question_id: question_id.to_string(),
            selected: selected.to_vec(),
            score: grade.score,
            correct: grade.correct,
            time_taken_ms,
            hints_used,
            run,
        },
    );
    cx.db.append(&event)?;
    history.record_answer(question_id, run, grade.correct, grade.score);
    let attempt_number = previous + 1;
    let max = cat.manifest.quiz.max_attempts;
    let f = feedback(
        &viewer.l10n,
        step.step,
        question,
        selected,
        &grade,
        attempt_number,
        max,
    );
    let (options, message, direction, reveal) = (f.options, f.message, f.direction, f.reveal);
    let progress = progress_after(
        cx,
        Some(&cx.db),
        &viewer,
        &history,
        learner_id,
        step.module,
        step.lesson,
        lesson_before,
        // An answer does not move the resume step: as read before it.
        now.resume_step_id,
    )?;
    Ok(AnswerResult {
        question_id: question_id.to_string(),
        correct: grade.correct,
        score: grade.score,
        message,
        direction,
        options,
        attempt_number: int(attempt_number),
        attempts_left: (max > 0).then(|| int(max.saturating_sub(attempt_number))),
        reveal,
        hints_used: int(hints_used),
        progress,
    })
}

/// A learner's progress in a lesson.
pub(crate) fn lesson_progress(
    cx: &Cx<'_>,
    learner_id: &str,
    lesson_id: &str,
) -> Result<LessonProgress> {
    let viewer = viewer(cx, Some(learner_id))?;
    let cat = &*cx.state.catalog;
    let (module, lesson) = cat.lesson(lesson_id)?;
    ensure_open(cx, &viewer, module)?;
    let history = History::load_lessons(
        &cx.db,
        learner_id,
        [lesson].into_iter(),
        cat.manifest.quiz.max_attempts,
    )?;
    let done = history.lesson(lesson).completed;
    progress_after(
        cx,
        None,
        &viewer,
        &history,
        learner_id,
        module,
        lesson,
        done,
        cx.db.last_step(learner_id, &lesson.id)?,
    )
}

/// A module's knowledge check (before or after), ready to show.
pub(crate) fn knowledge_check(
    cx: &Cx<'_>,
    module_id: &str,
    phase: CheckPhase,
    learner_id: Option<&str>,
) -> Result<KnowledgeCheckView> {
    let viewer = viewer(cx, learner_id)?;
    let cat = &*cx.state.catalog;
    let module = cat.module(module_id)?;
    ensure_open(cx, &viewer, module)?;
    let check = module
        .knowledge_check
        .as_ref()
        .ok_or_else(|| Error::not_found("knowledge check of module", module_id))?;
    let answered = match learner_id {
        Some(id) => cx.db.check_scores(id, module_id, phase)?.len() as u32,
        None => 0,
    };
    let seed_phase = match phase {
        CheckPhase::Pre => 1,
        CheckPhase::Post => 2,
    };
    let history = History::default();
    Ok(KnowledgeCheckView {
        module_id: module_id.to_string(),
        phase,
        direction: direction_of(viewer.l10n.primary()),
        questions: check
            .questions(phase)
            .iter()
            .filter_map(|s| question_view(cat, &viewer, &history, s, seed_phase))
            .collect(),
        answered: int(answered),
    })
}

/// Record an answer to a knowledge-check question. No right/wrong feedback is given:
/// the check measures what the learner knows. Returns the questions answered so far.
pub(crate) fn answer_check(
    cx: &WriteCx<'_>,
    learner_id: &str,
    module_id: &str,
    phase: CheckPhase,
    question_id: &str,
    selected: &[String],
) -> Result<u32> {
    let cat = &*cx.state.catalog;
    let module = cat.module(module_id)?;
    let check = module
        .knowledge_check
        .as_ref()
        .ok_or_else(|| Error::not_found("knowledge check of module", module_id))?;
    let step = check
        .questions(phase)
        .iter()
        .find(|s| s.id == question_id)
        .ok_or_else(|| Error::not_found("knowledge-check question", question_id))?;
    let question = step.question.as_ref().ok_or_else(|| {
        Error::answer_shape(format!("'{}' is not a question", excerpt(question_id)))
    })?;
    let grade = grading::grade(question_id, question, selected)?;
    ensure_open(cx, &viewer(cx, Some(learner_id))?, module)?;
    if phase == CheckPhase::Pre {
        // "Before" answers measure what the learner knew before the module: once it has
        // started they are frozen, or a gain could be rewritten after the fact.
        let history =
            History::load_module(&cx.db, learner_id, module, cat.manifest.quiz.max_attempts)?;
        if module.lessons.iter().any(|l| history.lesson(l).started) {
            return Err(Error::answer_shape(
                "the \"before\" check closes when the module starts; answer the \"after\" check instead",
            ));
        }
    }
    let event = cx.event(
        learner_id,
        EventKind::CheckAnswered {
            module_id: module_id.to_string(),
            phase,
            question_id: question_id.to_string(),
            selected: selected.to_vec(),
            score: grade.score,
        },
    );
    cx.db.append(&event)?;
    Ok(cx.db.check_scores(learner_id, module_id, phase)?.len() as u32)
}

/// Learning gain on a module for a group of learners (one learner for a personal
/// gain): the mean score before and after, over the learners who completed both
/// checks. Unknown learners are an error.
pub(crate) fn learning_gain(
    cx: &Cx<'_>,
    module_id: &str,
    learner_ids: &[String],
) -> Result<LearningGain> {
    let cat = &*cx.state.catalog;
    let module = cat.module(module_id)?;
    let check = module
        .knowledge_check
        .as_ref()
        .ok_or_else(|| Error::not_found("knowledge check of module", module_id))?;
    let (mut pre_sum, mut post_sum, mut n) = (0.0, 0.0, 0u32);
    for id in learner_ids {
        cx.db.learner(id)?;
        let pre = cx.db.check_scores(id, module_id, CheckPhase::Pre)?;
        let post = cx.db.check_scores(id, module_id, CheckPhase::Post)?;
        let (np, nq) = (
            check.questions(CheckPhase::Pre).len(),
            check.questions(CheckPhase::Post).len(),
        );
        if pre.len() < np || post.len() < nq || np == 0 || nq == 0 {
            continue;
        }
        pre_sum += pre.iter().map(|(_, s)| s).sum::<f64>() / np as f64;
        post_sum += post.iter().map(|(_, s)| s).sum::<f64>() / nq as f64;
        n += 1;
    }
    let (pre, post) = if n == 0 {
        (0.0, 0.0)
    } else {
        (pre_sum / f64::from(n), post_sum / f64::from(n))
    };
    Ok(LearningGain {
        module_id: module_id.to_string(),
        learners: int(n),
        pre,
        post,
        gain: post - pre,
        normalized_gain: (n > 0 && pre < 1.0).then(|| (post - pre) / (1.0 - pre)),
    })
}

/// A lesson's progress after a change to it, from `history`, which holds at least this
/// lesson's summaries as they are now. Completing a lesson never goes back (steps seen
/// and questions passed only grow), so the module can have changed only if the lesson is
/// complete now. Only then is the module looked at: one row if the learner completed it
/// before (in this shape), else its other lessons one by one until one is not complete;
/// the module was complete before only if this lesson was too. A write (`store`)
/// remembers a module found complete. `resume_step_id`: the lesson's resume step now.
#[allow(clippy::too_many_arguments)]
fn progress_after(
    cx: &Cx<'_>,
    store: Option<&DbMut<'_>>,
    viewer: &Viewer,
    history: &History,
    learner_id: &str,
    module: &ModuleDef,
    lesson: &LessonDef,
    lesson_was_complete: bool,
    resume_step_id: Option<String>,
) -> Result<LessonProgress> {
    let facts = history.lesson(lesson);
    let (was_complete, now_complete) = if facts.completed {
        let max = cx.state.catalog.manifest.quiz.max_attempts;
        let shape = cx.state.catalog.module_shape(module);
        if cx.db.module_done(learner_id, &module.id, shape)? {
            (true, true)
        } else {
            let mut others_done = true;
            for other in module.lessons.iter().filter(|l| l.id != lesson.id) {
                let h = History::load_lessons(&cx.db, learner_id, [other].into_iter(), max)?;
                if !h.lesson(other).completed {
                    others_done = false;
                    break;
                }
            }
            if let (true, Some(db)) = (others_done, store) {
                db.mark_module_done(learner_id, &module.id, shape)?;
            }
            (lesson_was_complete && others_done, others_done)
        }
    } else {
        (false, false)
    };
    Ok(LessonProgress {
        lesson_id: lesson.id.clone(),
        steps_seen: int(facts.steps_seen),
        steps_total: int(lesson.steps.len()),
        questions_passed: int(facts.questions_passed),
        questions_total: int(facts.questions_total),
        completed: facts.completed,
        resume_step_id,
        module_completed: now_complete,
        badge_earned: if now_complete && !was_complete {
            badge(&viewer.l10n, module)
        } else {
            None
        },
    })
}

fn badge(l10n: &Localizer, m: &ModuleDef) -> Option<Badge> {
    let path = m.badge.as_ref()?;
    let id = format!("{}-badge", m.id);
    let name = text(l10n, &id);
    Some(Badge {
        module_id: m.id.clone(),
        direction: direction_of(&name.locale),
        name: name.value,
        picture: Some(picture(l10n, path, &id)),
    })
}

fn question_view(
    cat: &Catalog,
    viewer: &Viewer,
    history: &History,
    s: &StepDef,
    run: u32,
) -> Option<QuestionView> {
    let q: &QuestionDef = s.question.as_ref()?;
    let l10n = &viewer.l10n;
    let used = history.answers_in_run(&s.id, run);
    let learner = viewer.learner_id.as_deref().unwrap_or("");
    let order = grading::option_order(
        q,
        &cat.manifest.quiz,
        &[learner, &s.id, &run.to_string(), &(used + 1).to_string()],
    );
    let msg = ids::step_text(s);
    let max = cat.manifest.quiz.max_attempts;
    let prompt = {
        let main = text(l10n, &msg);
        match (viewer.settings.easy_read, l10n.attr(&msg, "easy")) {
            (true, Some(e)) => e,
            _ => main,
        }
    };
    Some(QuestionView {
        id: s.id.clone(),
        kind: q.kind,
        direction: direction_of(&prompt.locale),
        prompt: prompt.value,
        has_hint: l10n.attr(&msg, "hint").is_some(),
        attempts_used: int(used),
        attempts_left: (max > 0).then(|| int(max.saturating_sub(used))),
        picture: s.picture.as_ref().map(|p| picture(l10n, p, &msg)),
        videos: {
            // A lesson's quiz step is its own slot; a knowledge-check question has one.
            let slot = if cat.step(&s.id).is_ok() {
                s.id.clone()
            } else {
                crate::content::slots::question_slot(&s.id)
            };
            sign_videos(
                cat,
                l10n,
                &viewer.media,
                &slot,
                viewer.sign_language.as_deref(),
            )
        },
        options: order
            .into_iter()
            .map(|i| {
                let o = &q.options[i];
                let om = ids::option_text(s, o);
                let t = text(l10n, &om);
                OptionView {
                    id: o.id.clone(),
                    direction: direction_of(&t.locale),
                    text: t.value,
                    picture: o.picture.as_ref().map(|p| picture(l10n, p, &om)),
                }
            })
            .collect(),
    })
}

/// A message that validation guaranteed exists in the default locale.
pub(crate) fn text(l10n: &Localizer, id: &str) -> Text {
    l10n.text(id).unwrap_or_else(|| Text {
        // Unreachable for a validated pack; an empty string is still better than an id.
        value: String::new(),
        locale: l10n.primary().clone(),
    })
}

pub(crate) fn picture(l10n: &Localizer, path: &str, message: &str) -> Picture {
    let alt = l10n.attr(message, "alt");
    let direction = direction_of(alt.as_ref().map_or(l10n.primary(), |t| &t.locale));
    Picture::new(path, alt.map(|t| t.value).unwrap_or_default(), direction)
}

/// A video slot's sign-language videos (a lesson step's id or another slot's id, see
/// [`crate::content::slots`]), the preferred sign language first, with captions in the
/// first of the learner's locales that has them.
///
/// Only approved videos are shown to children: a video recorded but not (yet) approved
/// by a second signer is reported as still to be recorded, with no file. A video in an
/// installed media pack (approved by construction: media packs hold only approved
/// videos) is playable: its absolute file path and caption files per locale are given.
pub(crate) fn sign_videos(
    cat: &Catalog,
    l10n: &Localizer,
    media: &crate::media::InstalledMedia,
    step: &str,
    preferred: Option<&str>,
) -> Vec<SignVideo> {
    let locales: Vec<String> = l10n.locales().iter().map(|l| l.to_string()).collect();
    let mut out: Vec<SignVideo> = cat
        .videos_of(step)
        .map(|v| {
            let installed = media
                .sets
                .get(&v.sign_language)
                .and_then(|set| set.video(step).map(|mv| (set, mv)));
            let approved = v.approved() || installed.is_some();
            let captions = locales
                .iter()
                .find_map(|l| v.captions.get(l).map(|p| (p.clone(), l.clone())))
                .filter(|_| approved);
            let caption_files: Vec<CaptionFile> = installed
                .map(|(set, mv)| {
                    // The learner's locales first, then the others.
                    let mut list: Vec<CaptionFile> = mv
                        .captions
                        .iter()
                        .map(|(locale, c)| CaptionFile {
                            locale: locale.clone(),
                            path: set.path(&c.file).to_string_lossy().into_owned(),
                            draft: c.draft,
                        })
                        .collect();
                    list.sort_by_key(|c| {
                        locales
                            .iter()
                            .position(|l| *l == c.locale)
                            .unwrap_or(usize::MAX)
                    });
                    list
                })
                .unwrap_or_default();
            SignVideo {
                step_id: v.step.clone(),
                sign_language: v.sign_language.clone(),
                status: if approved {
                    VideoStatus::Recorded
                } else {
                    VideoStatus::NeedsRecording
                },
                path: v.file.clone().filter(|_| approved),
                bytes: installed
                    .map(|(_, mv)| mv.bytes)
                    .or(v.bytes.filter(|_| approved))
                    .map(|b| i64::try_from(b).unwrap_or(i64::MAX)),
                sha256: installed
                    .map(|(_, mv)| mv.sha256.clone())
                    .or(v.sha256.clone().filter(|_| approved)),
                captions_locale: captions.as_ref().map(|c| c.1.clone()),
                captions: captions.map(|c| c.0),
                file_path: installed
                    .map(|(set, mv)| set.path(&mv.file).to_string_lossy().into_owned()),
                caption_files,
            }
        })
        .collect();
    if let Some(p) = preferred {
        out.sort_by_key(|v| v.sign_language != p);
    }
    out
}

/// Progress recorded on a step: listeners hear which lesson and module.
fn step_changed(cx: &WriteCx<'_>, learner_id: &str, step_id: &str) {
    if let Ok(s) = cx.state.catalog.step(step_id) {
        cx.changed(Change::ProgressRecorded {
            learner_id: learner_id.to_string(),
            lesson_id: Some(s.lesson.id.clone()),
            module_id: s.module.id.clone(),
        });
    }
}

impl Engine {
    /// A greeting for the learner's home screen, with their nickname and the number of
    /// lessons they finished (Fluent plurals in the learner's locale).
    pub fn welcome(&self, learner_id: &str) -> Result<String> {
        self.read(|cx| welcome(cx, learner_id))
    }

    /// Modules in order. With a learner: only child modules, each with its state (locked
    /// by prerequisites, not for the learner's age, available, in progress, completed,
    /// mastered), progress, quiz score and badge; assigned modules first.
    pub fn modules(&self, learner_id: Option<&str>) -> Result<Vec<ModuleSummary>> {
        self.read(|cx| modules(cx, learner_id))
    }

    /// A lesson ready to play for this learner: their text locale and variant, their sign
    /// language first, media in the order their settings ask for, and where to resume.
    pub fn lesson(&self, lesson_id: &str, learner_id: Option<&str>) -> Result<LessonView> {
        self.read(|cx| lesson(cx, lesson_id, learner_id))
    }

    /// The question of a quiz step, as it should be shown for the learner's next attempt
    /// (options shuffled for that attempt).
    pub fn question(&self, question_id: &str, learner_id: Option<&str>) -> Result<QuestionView> {
        self.read(|cx| question(cx, question_id, learner_id))
    }

    /// Record that a learner saw a step (drives resume and completion).
    pub fn mark_step_seen(&self, learner_id: &str, step_id: &str) -> Result<LessonProgress> {
        self.write(|cx| {
            let out = mark_step_seen(cx, learner_id, step_id)?;
            step_changed(cx, learner_id, step_id);
            Ok(out)
        })
    }

    /// Start a finished lesson again: a new run, from the first step, with fresh attempts.
    /// Mastery counts first tries in the latest run, so practising can raise it.
    pub fn restart_lesson(&self, learner_id: &str, lesson_id: &str) -> Result<LessonView> {
        self.write(|cx| {
            let out = restart_lesson(cx, learner_id, lesson_id)?;
            cx.changed(Change::ProgressRecorded {
                learner_id: learner_id.to_string(),
                lesson_id: Some(out.id.clone()),
                module_id: out.module_id.clone(),
            });
            Ok(out)
        })
    }

    /// Open a question's hint; its use is recorded with the next answer.
    pub fn hint(&self, learner_id: &str, question_id: &str) -> Result<String> {
        self.write(|cx| hint(cx, learner_id, question_id))
    }

    /// Grade an answer, store the attempt (options, score, time taken, hints used), and
    /// return feedback on every option. After the pack's allowed attempts in a run, the
    /// right answer is revealed and the lesson can go on.
    pub fn answer(
        &self,
        learner_id: &str,
        question_id: &str,
        selected: &[String],
        time_taken_ms: Option<i64>,
    ) -> Result<AnswerResult> {
        self.write(|cx| {
            let out = answer(cx, learner_id, question_id, selected, time_taken_ms)?;
            step_changed(cx, learner_id, question_id);
            Ok(out)
        })
    }

    /// Grade an answer without a learner profile (a caregiver or a teacher trying a
    /// quiz): nothing is recorded, no learner is needed. `attempt_number` is which try
    /// this is (1 first); the pack's policy reveals the right answer after its allowed
    /// attempts, as for a learner. Text in the app's locale.
    pub fn check_answer(
        &self,
        question_id: &str,
        selected: &[String],
        attempt_number: u32,
    ) -> Result<CheckedAnswer> {
        self.read(|cx| check_answer(cx, question_id, selected, attempt_number))
    }

    /// A learner's progress in a lesson.
    pub fn lesson_progress(&self, learner_id: &str, lesson_id: &str) -> Result<LessonProgress> {
        self.read(|cx| lesson_progress(cx, learner_id, lesson_id))
    }

    /// A module's knowledge check (before or after), ready to show.
    pub fn knowledge_check(
        &self,
        module_id: &str,
        phase: CheckPhase,
        learner_id: Option<&str>,
    ) -> Result<KnowledgeCheckView> {
        self.read(|cx| knowledge_check(cx, module_id, phase, learner_id))
    }

    /// Record an answer to a knowledge-check question. No right/wrong feedback is given:
    /// the check measures what the learner knows. Returns the questions answered so far.
    pub fn answer_check(
        &self,
        learner_id: &str,
        module_id: &str,
        phase: CheckPhase,
        question_id: &str,
        selected: &[String],
    ) -> Result<u32> {
        self.write(|cx| {
            let out = answer_check(cx, learner_id, module_id, phase, question_id, selected)?;
            cx.changed(Change::ProgressRecorded {
                learner_id: learner_id.to_string(),
                lesson_id: None,
                module_id: module_id.to_string(),
            });
            Ok(out)
        })
    }

    /// Learning gain on a module for a group of learners (one learner for a personal
    /// gain): the mean score before and after, over the learners who completed both
    /// checks. Unknown learners are an error.
    pub fn learning_gain(&self, module_id: &str, learner_ids: &[String]) -> Result<LearningGain> {
        self.read(|cx| learning_gain(cx, module_id, learner_ids))
    }
}
