//! Class reports (per learner, per module, per question) and CSV exports for programme
//! monitoring. All figures come from the summaries kept as events are written.

use rustc_hash::FxHashMap as HashMap;

use crate::content::{Catalog, QuestionKind, StepKind, ids};
use crate::engine::Cx;
use crate::error::{Error, Result};
use crate::l10n::Localizer;
use crate::learning::{learning_gain, text};
use crate::progression::{History, RunSummary, module_states};
use crate::store::classroom::{QuestionRunRow, WrongChoice};
use crate::views::*;

/// Gaps between a learner's actions longer than this are breaks, not time spent.
pub const IDLE_GAP_MS: i64 = crate::store::TIME_GAP_MS;
/// Smallest group an aggregate export shows figures for.
pub const DEFAULT_MIN_GROUP: u32 = 5;

/// The report for a class: per learner, per module and per question. All figures
/// come from the learners' events; see `LearnerReport` for how each is counted.
pub(crate) fn class_report(cx: &Cx<'_>, class_id: &str) -> Result<ClassReport> {
    let now = cx.now;
    let cat = &*cx.state.catalog;
    let l10n = &*cx.state.localizer;
    let max = cat.manifest.quiz.max_attempts;
    let (class, learners, (attempts, wrong_choices), seen, times, memberships, assignments) = {
        let class = cx.db.class(class_id)?;
        let learners = cx.db.class_learners(class_id)?;
        (
            class,
            learners,
            cx.db.answers_in_class(class_id)?,
            cx.db.steps_seen_counts_in_class(class_id)?,
            cx.db.time_spent_in_class(class_id)?,
            cx.db.memberships_in_class(class_id)?,
            cx.db.assignments()?,
        )
    };
    type Runs = HashMap<String, Vec<RunSummary>>;
    let mut by_learner_runs: HashMap<&str, Runs> = HashMap::default();
    let mut answers: HashMap<&str, u32> = HashMap::default();
    for r in &attempts {
        by_learner_runs
            .entry(r.learner_id.as_str())
            .or_default()
            .entry(r.question_id.clone())
            .or_default()
            .push(RunSummary {
                run: r.run,
                answers: r.answers,
                right: r.right,
                first_score: r.first_score,
            });
        *answers.entry(r.learner_id.as_str()).or_default() += r.answers;
    }
    let mut by_learner_seen: HashMap<&str, HashMap<String, usize>> = HashMap::default();
    for s in &seen {
        by_learner_seen
            .entry(s.learner_id.as_str())
            .or_default()
            .insert(s.lesson_id.clone(), s.seen);
    }
    let time_spent: HashMap<&str, i64> = times.iter().map(|(l, t)| (l.as_str(), *t)).collect();
    let mut member_of: HashMap<&str, (Vec<String>, Vec<String>)> = HashMap::default();
    for m in &memberships {
        let e = member_of.entry(m.learner_id.as_str()).or_default();
        match &m.of {
            AssignmentTarget::Class(id) => e.0.push(id.clone()),
            AssignmentTarget::Group(id) => e.1.push(id.clone()),
            AssignmentTarget::Learner(_) => {}
        }
    }

    let mut rows = Vec::new();
    let mut module_lines: HashMap<String, ModuleReport> = HashMap::default();
    let mut module_scores: HashMap<String, Vec<f64>> = HashMap::default();
    for learner in &learners {
        let attempts_n = answers.get(learner.id.as_str()).copied().unwrap_or(0);
        let history = History::from_summaries(
            by_learner_runs
                .remove(learner.id.as_str())
                .unwrap_or_default(),
            by_learner_seen
                .remove(learner.id.as_str())
                .unwrap_or_default(),
            max,
        );
        let states = module_states(cat, &history, None);
        let (classes, groups) = member_of.remove(learner.id.as_str()).unwrap_or_default();
        let assigned =
            crate::classroom::assigned_for(&learner.id, &classes, &groups, &assignments, now);
        let (mut started, mut completed, mut mastered) = (0, 0, 0);
        for module_id in assigned.keys() {
            let Some(facts) = states.get(module_id) else {
                continue;
            };
            let line = module_lines.entry(module_id.clone()).or_insert_with(|| {
                let title = cat
                    .module(module_id)
                    .map(|m| text(l10n, &ids::module_title(m)))
                    .ok();
                ModuleReport {
                    module_id: module_id.clone(),
                    direction: title
                        .as_ref()
                        .map_or(TextDirection::Ltr, |t| crate::l10n::direction_of(&t.locale)),
                    title: title.map(|t| t.value).unwrap_or_default(),
                    assigned: 0,
                    started: 0,
                    completed: 0,
                    mastered: 0,
                    quiz_score: None,
                    gain: None,
                }
            });
            line.assigned += 1;
            let (s, c, m) = match facts.state {
                ModuleState::Mastered => (1, 1, 1),
                ModuleState::Completed => (1, 1, 0),
                ModuleState::InProgress => (1, 0, 0),
                _ => (0, 0, 0),
            };
            line.started += s;
            line.completed += c;
            line.mastered += m;
            started += s;
            completed += c;
            mastered += m;
        }
        let mut scores = Vec::new();
        for m in &cat.modules {
            for q in m
                .lessons
                .iter()
                .flat_map(|l| &l.steps)
                .filter(|s| s.kind == StepKind::Quiz)
            {
                if let Some(score) = history.first_try(&q.id) {
                    scores.push(score);
                    module_scores.entry(m.id.clone()).or_default().push(score);
                }
            }
        }
        rows.push(LearnerReport {
            learner_id: learner.id.clone(),
            nickname: learner.nickname.clone(),
            nickname_direction: crate::l10n::direction_of_text(&learner.nickname),
            assigned: int(assigned.len()),
            started,
            completed,
            mastered,
            quiz_score: (!scores.is_empty())
                .then(|| scores.iter().sum::<f64>() / scores.len() as f64),
            attempts: int(attempts_n),
            time_spent_ms: time_spent.get(learner.id.as_str()).copied().unwrap_or(0),
        });
    }
    let ids: Vec<String> = learners.iter().map(|l| l.id.clone()).collect();
    let mut modules: Vec<ModuleReport> = module_lines.into_values().collect();
    for m in &mut modules {
        m.quiz_score = module_scores
            .get(&m.module_id)
            .map(|s| s.iter().sum::<f64>() / s.len() as f64);
        if cat
            .module(&m.module_id)
            .is_ok_and(|d| d.knowledge_check.is_some())
        {
            let gain = learning_gain(cx, &m.module_id, &ids)?;
            m.gain = (gain.learners > 0).then_some(gain);
        }
    }
    let order: HashMap<&str, usize> = cat
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    modules.sort_by_key(|m| {
        order
            .get(m.module_id.as_str())
            .copied()
            .unwrap_or(usize::MAX)
    });

    Ok(ClassReport {
        class_id: class.id,
        class_name_direction: crate::l10n::direction_of_text(&class.name),
        class_name: class.name,
        learners: rows,
        modules,
        questions: question_reports(cat, l10n, &attempts, &wrong_choices),
    })
}

/// Per question of a class: answers, wrong answers, and the wrong option chosen most.
pub(crate) fn question_reports(
    cat: &Catalog,
    l10n: &Localizer,
    runs: &[QuestionRunRow],
    wrong_choices: &[WrongChoice],
) -> Vec<QuestionReport> {
    let mut totals: HashMap<&str, (u32, u32)> = HashMap::default();
    for r in runs {
        let t = totals.entry(r.question_id.as_str()).or_default();
        t.0 += r.answers;
        t.1 += r.answers - r.right;
    }
    let mut out: Vec<QuestionReport> = totals
        .into_iter()
        .filter_map(|(qid, (n, wrong))| {
            let step = cat.step(qid).ok()?;
            let q = step.step.question.as_ref()?;
            // The wrong option chosen most; ties go to the pack's first option, so reports
            // are stable. Ordering questions have no "chosen" option: every option is used.
            let top = if q.kind == QuestionKind::Ordering {
                None
            } else {
                q.options
                    .iter()
                    .filter(|o| !o.correct)
                    .filter_map(|o| {
                        wrong_choices
                            .iter()
                            .find(|w| w.question_id == qid && w.option_id == o.id)
                            .map(|w| (o, w.times))
                    })
                    .fold(
                        None,
                        |best: Option<(&crate::content::OptionDef, u32)>, (o, t)| match best {
                            Some((_, bt)) if bt >= t => best,
                            _ => Some((o, t)),
                        },
                    )
            };
            let prompt = text(l10n, &ids::step_text(step.step));
            Some(QuestionReport {
                question_id: qid.to_string(),
                module_id: step.module.id.clone(),
                direction: crate::l10n::direction_of(&prompt.locale),
                prompt: prompt.value,
                attempts: int(n),
                wrong: int(wrong),
                wrong_rate: if n == 0 {
                    0.0
                } else {
                    f64::from(wrong) / f64::from(n)
                },
                top_wrong_option: top.map(|(o, _)| o.id.clone()),
                top_wrong_text: top.map(|(o, _)| text(l10n, &ids::option_text(step.step, o)).value),
                top_wrong_count: int(top.map(|(_, t)| t).unwrap_or(0)),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.wrong_rate
            .partial_cmp(&a.wrong_rate)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.question_id.cmp(&b.question_id))
    });
    out
}

/// The class report as CSV, one row per learner (with nicknames: for the teacher).
pub(crate) fn learners_csv(cx: &Cx<'_>, class_id: &str) -> Result<String> {
    let report = class_report(cx, class_id)?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "class",
        "nickname",
        "assigned",
        "started",
        "completed",
        "mastered",
        "quiz_score",
        "answers",
        "minutes_spent",
    ])
    .map_err(csv_error)?;
    for r in &report.learners {
        w.write_record([
            cell(&report.class_name),
            cell(&r.nickname),
            r.assigned.to_string(),
            r.started.to_string(),
            r.completed.to_string(),
            r.mastered.to_string(),
            r.quiz_score.map(|s| format!("{s:.2}")).unwrap_or_default(),
            r.attempts.to_string(),
            format!("{:.1}", r.time_spent_ms as f64 / 60_000.0),
        ])
        .map_err(csv_error)?;
    }
    finish_csv(w)
}

/// An aggregate CSV for sharing outside the school: one row per class and module,
/// no nicknames, and no figures for any group smaller than `min_group` learners.
pub(crate) fn aggregate_csv(cx: &Cx<'_>, min_group: u32) -> Result<String> {
    let min_group = min_group.max(1);
    let classes = cx.db.classes()?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "class",
        "module",
        "learners",
        "started",
        "completed",
        "mastered",
        "quiz_score",
        "pre_check",
        "post_check",
        "gain",
        "suppressed",
    ])
    .map_err(csv_error)?;
    for class in classes {
        let report = class_report(cx, &class.id)?;
        for m in &report.modules {
            let pct = |n: i32| {
                format!(
                    "{:.0}%",
                    f64::from(n) * 100.0 / f64::from(m.assigned.max(1))
                )
            };
            if i64::from(m.assigned) < i64::from(min_group) {
                w.write_record([
                    cell(&report.class_name).as_str(),
                    cell(&m.module_id).as_str(),
                    &format!("<{min_group}"),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "true",
                ])
                .map_err(csv_error)?;
                continue;
            }
            let gain = m
                .gain
                .as_ref()
                .filter(|g| i64::from(g.learners) >= i64::from(min_group));
            w.write_record([
                cell(&report.class_name),
                cell(&m.module_id),
                m.assigned.to_string(),
                pct(m.started),
                pct(m.completed),
                pct(m.mastered),
                m.quiz_score.map(|s| format!("{s:.2}")).unwrap_or_default(),
                gain.map(|g| format!("{:.2}", g.pre)).unwrap_or_default(),
                gain.map(|g| format!("{:.2}", g.post)).unwrap_or_default(),
                gain.map(|g| format!("{:.2}", g.gain)).unwrap_or_default(),
                "false".into(),
            ])
            .map_err(csv_error)?;
        }
    }
    finish_csv(w)
}

/// A text cell a spreadsheet will not run: one that starts with `=`, `+`, `-`, `@` or a
/// control character (a formula, or a tab or return that hides one) gets a leading `'`.
pub(crate) fn cell(text: &str) -> String {
    match text.chars().next() {
        Some(c) if matches!(c, '=' | '+' | '-' | '@') || c.is_control() => format!("'{text}"),
        _ => text.to_string(),
    }
}

fn csv_error(e: csv::Error) -> Error {
    Error::Internal(format!("could not write CSV: {e}"))
}

fn finish_csv(w: csv::Writer<Vec<u8>>) -> Result<String> {
    let bytes = w
        .into_inner()
        .map_err(|e| Error::Internal(format!("could not write CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::Internal(format!("CSV is not UTF-8: {e}")))
}

#[cfg(test)]
mod tests {
    //! Report rules over rows built by hand: no engine, no database.
    use super::*;
    use crate::l10n::parse_locale;

    fn run(learner: &str, question: &str, answers: u32, right: u32) -> QuestionRunRow {
        QuestionRunRow {
            learner_id: learner.into(),
            question_id: question.into(),
            run: 1,
            answers,
            right,
            first_score: if right == answers { 1.0 } else { 0.0 },
        }
    }

    #[test]
    fn questions_are_ordered_by_wrong_rate_with_the_most_chosen_wrong_option() {
        let cat = Catalog::embedded().unwrap();
        let l10n = Localizer::new(&cat.resources, &[parse_locale("en").unwrap()]).unwrap();
        let q = "private-info-1-quiz";
        let runs = [
            run("a", q, 3, 1),
            run("b", q, 1, 1),
            run("a", "not-a-question", 9, 0),
        ];
        let wrong = [
            WrongChoice {
                question_id: q.into(),
                option_id: "send-photo".into(),
                times: 2,
            },
            WrongChoice {
                question_id: q.into(),
                option_id: "tell-school".into(),
                times: 1,
            },
        ];
        let out = question_reports(&cat, &l10n, &runs, &wrong);
        assert_eq!(out.len(), 1, "ids that are not questions are left out");
        let r = &out[0];
        assert_eq!((r.attempts, r.wrong), (4, 2));
        assert!((r.wrong_rate - 0.5).abs() < 1e-9);
        assert_eq!(r.top_wrong_option.as_deref(), Some("send-photo"));
        assert_eq!(r.top_wrong_count, 2);
        assert!(!r.prompt.is_empty());
        assert!(r.top_wrong_text.as_deref().is_some_and(|t| !t.is_empty()));
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_neutralised() {
        for bad in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"] {
            assert!(cell(bad).starts_with('\''), "{bad}");
        }
        assert_eq!(cell("Grade 5 B"), "Grade 5 B");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn a_question_nobody_got_wrong_has_no_top_wrong_option() {
        let cat = Catalog::embedded().unwrap();
        let l10n = Localizer::new(&cat.resources, &[parse_locale("en").unwrap()]).unwrap();
        let out = question_reports(&cat, &l10n, &[run("a", "private-info-1-quiz", 2, 2)], &[]);
        assert_eq!(out[0].wrong, 0);
        assert_eq!(out[0].top_wrong_option, None);
        assert_eq!(out[0].wrong_rate, 0.0);
    }
}
