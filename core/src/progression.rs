//! Progression rules: from a learner's history to what is completed, passed, unlocked
//! and mastered. Plain functions over loaded data: no engine, no database.

use rustc_hash::FxHashMap as HashMap;

use crate::content::{Audience, Catalog, LessonDef, ModuleDef, StepDef, StepKind};
use crate::error::Result;
use crate::store::{Attempt, Db};
use crate::views::{AgeBand, ModuleState};

/// Summary rows grouped by question.
pub(crate) fn runs_by_question(
    rows: Vec<crate::store::QuestionRunRow>,
) -> HashMap<String, Vec<RunSummary>> {
    let mut out: HashMap<String, Vec<RunSummary>> = HashMap::default();
    for r in rows {
        out.entry(r.question_id).or_default().push(RunSummary {
            run: r.run,
            answers: r.answers,
            right: r.right,
            first_score: r.first_score,
        });
    }
    out
}

/// One learner's answers to one question in one run (from the report summaries).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct RunSummary {
    /// The run.
    pub run: u32,
    /// Answers given.
    pub answers: u32,
    /// Of those, fully right.
    pub right: u32,
    /// Score of the first answer.
    pub first_score: f64,
}

/// A learner's attempts and seen steps, loaded once per request.
#[derive(Default)]
pub(crate) struct History {
    attempts: HashMap<String, Vec<Attempt>>,
    seen: HashMap<String, Vec<String>>,
    /// Steps seen per lesson, when loaded as counts (reports over many learners).
    seen_counts: HashMap<String, usize>,
    /// Per question, one summary per run (reports).
    runs: HashMap<String, Vec<RunSummary>>,
    max_attempts: u32,
}

/// Progress facts about one lesson.
pub(crate) struct LessonFacts {
    pub steps_seen: usize,
    pub questions_passed: usize,
    pub questions_total: usize,
    pub completed: bool,
    pub started: bool,
}

impl History {
    /// A learner's history from the summaries kept as events arrive: one row per question
    /// and run answered and one per lesson seen, so the cost does not grow with the number
    /// of answers and steps the learner has recorded.
    pub(crate) fn load(db: &Db<'_>, learner_id: &str, max_attempts: u32) -> Result<Self> {
        Ok(Self::from_summaries(
            runs_by_question(db.question_runs_of(learner_id, None)?),
            db.seen_counts_of(learner_id)?.into_iter().collect(),
            max_attempts,
        ))
    }

    /// Only one module: its lessons' seen counts and its questions' runs (what the
    /// module's completion, a lesson's progress and a badge need), read with two
    /// statements whatever the learner did elsewhere or how often.
    pub(crate) fn load_module(
        db: &Db<'_>,
        learner_id: &str,
        module: &ModuleDef,
        max_attempts: u32,
    ) -> Result<Self> {
        Self::load_lessons(db, learner_id, module.lessons.iter(), max_attempts)
    }

    /// Only these lessons: their seen counts and their questions' runs.
    pub(crate) fn load_lessons<'l>(
        db: &Db<'_>,
        learner_id: &str,
        lessons: impl Iterator<Item = &'l LessonDef> + Clone,
        max_attempts: u32,
    ) -> Result<Self> {
        let ids: Vec<&str> = lessons.clone().map(|l| l.id.as_str()).collect();
        let questions: Vec<&str> = lessons
            .flat_map(|l| &l.steps)
            .filter(|s| s.kind == StepKind::Quiz)
            .map(|s| s.id.as_str())
            .collect();
        let (seen, runs) = db.summaries_of(learner_id, &ids, &questions)?;
        Ok(Self::from_rows(runs, seen, max_attempts))
    }

    /// From summary rows as the store reads them: questions' runs and (lesson, steps
    /// seen).
    pub(crate) fn from_rows(
        runs: Vec<crate::store::QuestionRunRow>,
        seen: Vec<(String, usize)>,
        max_attempts: u32,
    ) -> Self {
        Self::from_summaries(
            runs_by_question(runs),
            seen.into_iter().collect(),
            max_attempts,
        )
    }

    /// Count an answer just recorded in this transaction, so the facts after it need no
    /// second read.
    pub(crate) fn record_answer(&mut self, question: &str, run: u32, correct: bool, score: f64) {
        let runs = self.runs.entry(question.to_string()).or_default();
        match runs.iter_mut().find(|r| r.run == run) {
            Some(r) => {
                r.answers += 1;
                r.right += u32::from(correct);
            }
            None => runs.push(RunSummary {
                run,
                answers: 1,
                right: u32::from(correct),
                first_score: score,
            }),
        }
    }

    /// Only what showing these questions needs: their answers per run.
    pub(crate) fn load_questions<'q>(
        db: &Db<'_>,
        learner_id: &str,
        questions: impl IntoIterator<Item = &'q str>,
        max_attempts: u32,
    ) -> Result<Self> {
        let mut rows = Vec::new();
        for q in questions {
            rows.extend(db.question_runs_of(learner_id, Some(q))?);
        }
        Ok(Self::from_summaries(
            runs_by_question(rows),
            HashMap::default(),
            max_attempts,
        ))
    }

    /// Build from rows already loaded (reports load many learners at once).
    pub(crate) fn from_parts(
        list: Vec<Attempt>,
        seen: HashMap<String, Vec<String>>,
        max_attempts: u32,
    ) -> Self {
        let mut attempts: HashMap<String, Vec<Attempt>> = HashMap::default();
        for a in list {
            attempts.entry(a.question_id.clone()).or_default().push(a);
        }
        History {
            attempts,
            seen,
            seen_counts: HashMap::default(),
            runs: HashMap::default(),
            max_attempts,
        }
    }

    /// Build from per-run summaries and per-lesson counts (reports over many learners).
    pub(crate) fn from_summaries(
        runs: HashMap<String, Vec<RunSummary>>,
        seen_counts: HashMap<String, usize>,
        max_attempts: u32,
    ) -> Self {
        let mut h = Self::from_parts(Vec::new(), HashMap::default(), max_attempts);
        h.seen_counts = seen_counts;
        h.runs = runs;
        h
    }

    /// Answers given to a question in a run.
    pub(crate) fn answers_in_run(&self, question: &str, run: u32) -> u32 {
        if let Some(runs) = self.runs.get(question) {
            return runs
                .iter()
                .filter(|r| r.run == run)
                .map(|r| r.answers)
                .sum();
        }
        self.attempts_in_run(question, run).len() as u32
    }

    pub(crate) fn attempts_in_run(&self, question: &str, run: u32) -> Vec<&Attempt> {
        self.attempts
            .get(question)
            .into_iter()
            .flatten()
            .filter(|a| a.run == run)
            .collect()
    }

    /// Passed: answered right in some run, or the answer was revealed after the allowed attempts.
    fn passed(&self, question: &str) -> bool {
        if let Some(runs) = self.runs.get(question) {
            return runs
                .iter()
                .any(|r| r.right > 0 || (self.max_attempts > 0 && r.answers >= self.max_attempts));
        }
        let Some(list) = self.attempts.get(question) else {
            return false;
        };
        if list.iter().any(|a| a.correct) {
            return true;
        }
        if self.max_attempts == 0 {
            return false;
        }
        let mut per_run: HashMap<u32, u32> = HashMap::default();
        for a in list {
            *per_run.entry(a.run).or_default() += 1;
        }
        per_run.values().any(|&n| n >= self.max_attempts)
    }

    /// First-try score of a question in the latest run it was answered in.
    pub(crate) fn first_try(&self, question: &str) -> Option<f64> {
        if let Some(runs) = self.runs.get(question) {
            return runs.iter().max_by_key(|r| r.run).map(|r| r.first_score);
        }
        let list = self.attempts.get(question)?;
        let run = list.iter().map(|a| a.run).max()?;
        list.iter().find(|a| a.run == run).map(|a| a.score)
    }

    pub(crate) fn lesson(&self, lesson: &LessonDef) -> LessonFacts {
        let steps_seen = match self.seen_counts.get(&lesson.id) {
            Some(n) => (*n).min(lesson.steps.len()),
            None => {
                let seen = self.seen.get(&lesson.id);
                lesson
                    .steps
                    .iter()
                    .filter(|s| seen.is_some_and(|v| v.contains(&s.id)))
                    .count()
            }
        };
        let questions: Vec<&StepDef> = lesson
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Quiz)
            .collect();
        let passed = questions.iter().filter(|q| self.passed(&q.id)).count();
        let attempted = questions
            .iter()
            .any(|q| self.attempts.contains_key(&q.id) || self.runs.contains_key(&q.id));
        LessonFacts {
            steps_seen,
            questions_passed: passed,
            questions_total: questions.len(),
            completed: steps_seen == lesson.steps.len() && passed == questions.len(),
            started: steps_seen > 0 || attempted,
        }
    }

    /// Mean first-try score over the module's questions that were answered.
    pub(crate) fn module_score(&self, m: &ModuleDef) -> Option<f64> {
        let scores: Vec<f64> = m
            .lessons
            .iter()
            .flat_map(|l| &l.steps)
            .filter(|s| s.kind == StepKind::Quiz)
            .filter_map(|s| self.first_try(&s.id))
            .collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
    }
}

/// A fingerprint of what completing a module takes: its lessons in order, each one's
/// number of steps and quiz questions, and the attempts after which an answer counts as
/// passed. Stable across runs and builds (FNV-1a), stored with a completed module
/// (`module_done`): while it is unchanged, the module stays complete.
pub(crate) fn module_shape(m: &ModuleDef, max_attempts: u32) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(&max_attempts.to_le_bytes());
    for l in &m.lessons {
        eat(l.id.as_bytes());
        eat(&[0]);
        eat(&(l.steps.len() as u64).to_le_bytes());
        for s in l.steps.iter().filter(|s| s.kind == StepKind::Quiz) {
            eat(s.id.as_bytes());
            eat(&[1]);
        }
        eat(&[2]);
    }
    h as i64
}

/// What a learner's history says about one module.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ModuleFacts {
    /// Locked, not for the learner's age, available, in progress, completed or mastered.
    pub state: ModuleState,
    /// Prerequisite modules still to complete.
    pub missing: Vec<String>,
    /// Lessons completed.
    pub lessons_done: u32,
    /// Mean first-try score over the answered questions.
    pub score: Option<f64>,
}

/// Whether `m` is kept from a learner of band `age`: modules for ages 15-17 (sexual
/// extortion, image-based abuse, grooming) are listed and opened only for learners of
/// that band, or when a teacher assigns them. A learner without an age band does not see
/// them either. Other modules stay listed for every child (`NotForAge` when the band
/// differs), as before. Decision 0024.
pub(crate) fn hidden_for_age(m: &ModuleDef, age: Option<AgeBand>) -> bool {
    m.audience == Audience::Child
        && m.ages.as_deref().and_then(AgeBand::parse) == Some(AgeBand::Ages15To17)
        && age != Some(AgeBand::Ages15To17)
}

/// State of every module for a learner.
pub(crate) fn module_states(
    cat: &Catalog,
    history: &History,
    age: Option<AgeBand>,
) -> HashMap<String, ModuleFacts> {
    // Each lesson's facts once: (lessons completed, any started, all completed).
    let per_module: Vec<(u32, bool, bool)> = cat
        .modules
        .iter()
        .map(|m| {
            let (mut done, mut started) = (0u32, false);
            for l in &m.lessons {
                let f = history.lesson(l);
                done += u32::from(f.completed);
                started |= f.started;
            }
            (
                done,
                started,
                !m.lessons.is_empty() && done as usize == m.lessons.len(),
            )
        })
        .collect();
    let complete: HashMap<&str, bool> = cat
        .modules
        .iter()
        .zip(&per_module)
        .map(|(m, f)| (m.id.as_str(), f.2))
        .collect();
    cat.modules
        .iter()
        .zip(&per_module)
        .map(|(m, &(lessons_done, started, _))| {
            let missing: Vec<String> = m
                .prerequisites
                .iter()
                .filter(|p| !complete.get(p.as_str()).copied().unwrap_or(false))
                .cloned()
                .collect();
            let score = history.module_score(m);
            let threshold = m
                .mastery_threshold
                .unwrap_or(cat.manifest.mastery_threshold);
            let wrong_age = match (age, m.ages.as_deref().and_then(AgeBand::parse)) {
                (Some(a), Some(b)) => a != b,
                _ => false,
            };
            let state = if complete[m.id.as_str()] {
                if score.is_some_and(|s| s + 1e-9 >= threshold) {
                    ModuleState::Mastered
                } else {
                    ModuleState::Completed
                }
            } else if started {
                ModuleState::InProgress
            } else if wrong_age {
                ModuleState::NotForAge
            } else if !missing.is_empty() {
                ModuleState::Locked
            } else {
                ModuleState::Available
            };
            (
                m.id.clone(),
                ModuleFacts {
                    state,
                    missing,
                    lessons_done,
                    score,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    //! Progression rules on the embedded pack, with histories built by hand: no engine,
    //! no database.
    use super::*;
    use crate::content::Catalog;

    fn attempt(question: &str, run: u32, correct: bool, at_ms: i64) -> Attempt {
        Attempt {
            event_id: format!("{question}-{run}-{at_ms}"),
            lesson_id: String::new(),
            question_id: question.to_string(),
            selected: vec![],
            score: if correct { 1.0 } else { 0.0 },
            correct,
            at_ms,
            time_taken_ms: None,
            hints_used: 0,
            run,
        }
    }

    /// Every step of `module` seen, and every quiz answered (`right` first try or not).
    fn played(cat: &Catalog, module: &str, right_first: bool) -> History {
        let m = cat.module(module).unwrap();
        let mut seen: HashMap<String, Vec<String>> = HashMap::default();
        let mut attempts = Vec::new();
        for l in &m.lessons {
            seen.insert(l.id.clone(), l.steps.iter().map(|s| s.id.clone()).collect());
            for (i, q) in l
                .steps
                .iter()
                .filter(|s| s.kind == StepKind::Quiz)
                .enumerate()
            {
                let t = i as i64 * 10;
                if !right_first {
                    attempts.push(attempt(&q.id, 1, false, t));
                }
                attempts.push(attempt(&q.id, 1, true, t + 1));
            }
        }
        History::from_parts(attempts, seen, cat.manifest.quiz.max_attempts)
    }

    #[test]
    fn a_fresh_learner_sees_first_modules_available_and_later_ones_locked() {
        let cat = Catalog::embedded().unwrap();
        let states = module_states(&cat, &History::default(), Some(AgeBand::Ages6To9));
        assert_eq!(states["private-info"].state, ModuleState::Available);
        assert_eq!(states["not-who-they-say"].state, ModuleState::Locked);
        assert_eq!(states["not-who-they-say"].missing, vec!["private-info"]);
        let older = cat
            .modules
            .iter()
            .find(|m| m.ages.as_deref() == Some("10-14"))
            .unwrap();
        assert_eq!(states[&older.id].state, ModuleState::NotForAge);
        assert_eq!(states["private-info"].lessons_done, 0);
        assert_eq!(states["private-info"].score, None);
    }

    #[test]
    fn right_first_tries_master_a_module_and_unlock_the_next() {
        let cat = Catalog::embedded().unwrap();
        let h = played(&cat, "private-info", true);
        let states = module_states(&cat, &h, Some(AgeBand::Ages6To9));
        let pi = &states["private-info"];
        assert_eq!(pi.state, ModuleState::Mastered);
        assert_eq!(pi.score, Some(1.0));
        assert_eq!(
            pi.lessons_done as usize,
            cat.module("private-info").unwrap().lessons.len()
        );
        assert_eq!(states["not-who-they-say"].state, ModuleState::Available);
        assert!(states["not-who-they-say"].missing.is_empty());
    }

    #[test]
    fn wrong_first_tries_complete_but_do_not_master() {
        let cat = Catalog::embedded().unwrap();
        let h = played(&cat, "private-info", false);
        let pi = &module_states(&cat, &h, None)["private-info"];
        assert_eq!(pi.state, ModuleState::Completed);
        assert_eq!(pi.score, Some(0.0));
    }

    #[test]
    fn a_question_counts_as_passed_after_the_allowed_attempts_and_a_restart_resets_first_try() {
        let cat = Catalog::embedded().unwrap();
        let max = cat.manifest.quiz.max_attempts;
        assert!(max > 0, "the default pack reveals answers");
        let wrong: Vec<Attempt> = (0..max)
            .map(|i| attempt("private-info-1-quiz", 1, false, i64::from(i)))
            .collect();
        let h = History::from_parts(wrong.clone(), HashMap::default(), max);
        assert!(
            h.passed("private-info-1-quiz"),
            "revealed after {max} tries"
        );
        let fewer = History::from_parts(wrong[..wrong.len() - 1].to_vec(), HashMap::default(), max);
        assert!(!fewer.passed("private-info-1-quiz"));
        // A second run: the first try of the latest run is what counts.
        let mut replay = wrong;
        replay.push(attempt("private-info-1-quiz", 2, true, 100));
        let h = History::from_parts(replay, HashMap::default(), max);
        assert_eq!(h.first_try("private-info-1-quiz"), Some(1.0));
        assert_eq!(h.attempts_in_run("private-info-1-quiz", 2).len(), 1);
    }

    #[test]
    fn a_module_shape_changes_with_what_completing_it_takes() {
        let cat = Catalog::embedded().unwrap();
        let m = cat.module("private-info").unwrap();
        let max = cat.manifest.quiz.max_attempts;
        let shape = module_shape(m, max);
        assert_eq!(shape, module_shape(m, max), "stable");
        assert_ne!(shape, module_shape(m, max + 1), "attempts before a reveal");
        let mut more_steps = m.clone();
        let extra = more_steps.lessons[0].steps[0].clone();
        more_steps.lessons[0].steps.push(extra);
        assert_ne!(shape, module_shape(&more_steps, max), "a step added");
        let mut fewer_lessons = m.clone();
        fewer_lessons.lessons.pop();
        assert_ne!(shape, module_shape(&fewer_lessons, max), "a lesson removed");
        let other = cat.module("not-who-they-say").unwrap();
        assert_ne!(shape, module_shape(other, max));
    }

    #[test]
    fn summaries_give_the_same_facts_as_attempts() {
        let cat = Catalog::embedded().unwrap();
        let lesson = &cat.module("private-info").unwrap().lessons[0];
        let quiz: Vec<&StepDef> = lesson
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Quiz)
            .collect();
        let mut runs = HashMap::default();
        let mut attempts = Vec::new();
        for q in &quiz {
            attempts.push(attempt(&q.id, 1, false, 1));
            attempts.push(attempt(&q.id, 1, true, 2));
            runs.insert(
                q.id.clone(),
                vec![RunSummary {
                    run: 1,
                    answers: 2,
                    right: 1,
                    first_score: 0.0,
                }],
            );
        }
        let seen: HashMap<String, Vec<String>> = [(
            lesson.id.clone(),
            lesson.steps.iter().map(|s| s.id.clone()).collect(),
        )]
        .into_iter()
        .collect();
        let counts = [(lesson.id.clone(), lesson.steps.len())]
            .into_iter()
            .collect();
        let from_rows = History::from_parts(attempts, seen, 3).lesson(lesson);
        let from_summaries = History::from_summaries(runs, counts, 3).lesson(lesson);
        assert_eq!(from_rows.completed, from_summaries.completed);
        assert_eq!(from_rows.steps_seen, from_summaries.steps_seen);
        assert_eq!(from_rows.questions_passed, from_summaries.questions_passed);
        assert!(from_rows.completed && from_rows.started);
    }
}
