//! Teachers: a PIN-protected session, classes and groups, assignments (to a class, a group
//! or a learner, with start and due dates), what learners see assigned, and reports
//! (per learner, per module, per question) with CSV exports for programme monitoring.

use std::collections::HashMap;

use crate::content::{QuestionKind, StepKind, ids};
use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::learning::{History, module_states, text};
use crate::store::classroom::{
    AssignmentRow, ClassRow, GroupRow, add_class_member, add_group_member, upsert_assignment,
    upsert_class, upsert_group,
};
use crate::views::*;

/// A teacher session ends after this long without use.
pub const SESSION_IDLE_MS: i64 = 15 * 60 * 1000;
/// Gaps between a learner's actions longer than this are breaks, not time spent.
pub const IDLE_GAP_MS: i64 = crate::store::db::TIME_GAP_MS;
/// An assignment is "due soon" this long before its due date.
pub const DUE_SOON_MS: i64 = 2 * 24 * 60 * 60 * 1000;
/// Smallest group an aggregate export shows figures for.
pub const DEFAULT_MIN_GROUP: u32 = 5;

fn target_parts(t: &AssignmentTarget) -> (&'static str, &str) {
    match t {
        AssignmentTarget::Class(id) => ("class", id),
        AssignmentTarget::Group(id) => ("group", id),
        AssignmentTarget::Learner(id) => ("learner", id),
    }
}

fn target_of(row: &AssignmentRow) -> AssignmentTarget {
    match row.target_kind.as_str() {
        "class" => AssignmentTarget::Class(row.target_id.clone()),
        "group" => AssignmentTarget::Group(row.target_id.clone()),
        _ => AssignmentTarget::Learner(row.target_id.clone()),
    }
}

fn check_name(name: &str, what: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 60 || name.chars().any(char::is_control) {
        return Err(Error::InvalidInput(format!(
            "a {what} name needs 1 to 60 letters"
        )));
    }
    Ok(name.to_string())
}

impl Engine {
    /// Open a teacher session with the PIN; returns a token for the teacher calls. The
    /// session ends after 15 minutes without use or with [`Engine::close_teacher_session`].
    pub fn open_teacher_session(&self, pin: &str) -> Result<String> {
        self.require_teacher(pin)?;
        let token = uuid::Uuid::new_v4().to_string();
        let now = self.wall_clock();
        let mut sessions = self
            .teacher_sessions
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        sessions.retain(|_, exp| *exp > now);
        sessions.insert(token.clone(), now + SESSION_IDLE_MS);
        Ok(token)
    }

    /// End a teacher session.
    pub fn close_teacher_session(&self, token: &str) {
        self.teacher_sessions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(token);
    }

    /// Fail with `Locked` unless `token` is an open teacher session; extends it.
    pub fn require_session(&self, token: &str) -> Result<()> {
        let now = self.wall_clock();
        let mut sessions = self
            .teacher_sessions
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        match sessions.get_mut(token) {
            Some(exp) if *exp > now => {
                *exp = now + SESSION_IDLE_MS;
                Ok(())
            }
            Some(_) => {
                sessions.remove(token);
                Err(Error::Locked(
                    "the teacher session ended; enter the PIN again".into(),
                ))
            }
            None => Err(Error::Locked("enter the teacher PIN first".into())),
        }
    }

    // ---- classes and groups -------------------------------------------------

    /// Create a class.
    pub fn create_class(&self, token: &str, name: &str) -> Result<ClassView> {
        self.require_session(token)?;
        let row = ClassRow {
            id: uuid::Uuid::new_v4().to_string(),
            name: check_name(name, "class")?,
            updated_ms: self.now(),
        };
        self.store().write(|tx| upsert_class(tx, &row))?;
        self.class_view(&row)
    }

    /// Rename a class.
    pub fn rename_class(&self, token: &str, class_id: &str, name: &str) -> Result<ClassView> {
        self.require_session(token)?;
        let mut row = self.store().class(class_id)?;
        row.name = check_name(name, "class")?;
        row.updated_ms = self.now();
        self.store().write(|tx| upsert_class(tx, &row))?;
        self.class_view(&row)
    }

    /// All classes with their learners and groups.
    pub fn classes(&self, token: &str) -> Result<Vec<ClassView>> {
        self.require_session(token)?;
        let rows = self.store().classes()?;
        rows.iter().map(|r| self.class_view(r)).collect()
    }

    fn class_view(&self, row: &ClassRow) -> Result<ClassView> {
        let store = self.store();
        let groups = store
            .groups(Some(&row.id))?
            .into_iter()
            .map(|g| {
                Ok(GroupView {
                    learner_ids: store.group_members(&g.id)?,
                    id: g.id,
                    name: g.name,
                })
            })
            .collect::<Result<_>>()?;
        Ok(ClassView {
            id: row.id.clone(),
            name: row.name.clone(),
            learner_ids: store.class_members(&row.id)?,
            groups,
        })
    }

    /// Put a learner in a class (a learner can be in several).
    pub fn add_to_class(&self, token: &str, class_id: &str, learner_id: &str) -> Result<ClassView> {
        self.require_session(token)?;
        let row = {
            let mut store = self.store();
            let row = store.class(class_id)?;
            store.learner(learner_id)?;
            store.write(|tx| add_class_member(tx, class_id, learner_id))?;
            row
        };
        self.class_view(&row)
    }

    /// Take a learner out of a class (and its groups).
    pub fn remove_from_class(
        &self,
        token: &str,
        class_id: &str,
        learner_id: &str,
    ) -> Result<ClassView> {
        self.require_session(token)?;
        let row = self.store().class(class_id)?;
        self.store().remove_class_member(class_id, learner_id)?;
        self.class_view(&row)
    }

    /// Create a group inside a class.
    pub fn create_group(&self, token: &str, class_id: &str, name: &str) -> Result<GroupView> {
        self.require_session(token)?;
        self.store().class(class_id)?;
        let row = GroupRow {
            id: uuid::Uuid::new_v4().to_string(),
            class_id: class_id.to_string(),
            name: check_name(name, "group")?,
            updated_ms: self.now(),
        };
        self.store().write(|tx| upsert_group(tx, &row))?;
        Ok(GroupView {
            id: row.id,
            name: row.name,
            learner_ids: Vec::new(),
        })
    }

    /// Put a learner of the group's class in the group (a learner can be in several).
    pub fn add_to_group(&self, token: &str, group_id: &str, learner_id: &str) -> Result<GroupView> {
        self.require_session(token)?;
        let mut store = self.store();
        let group = store.group(group_id)?;
        store.learner(learner_id)?;
        if !store
            .class_members(&group.class_id)?
            .iter()
            .any(|l| l == learner_id)
        {
            return Err(Error::InvalidInput(
                "put the learner in the group's class first".into(),
            ));
        }
        store.write(|tx| add_group_member(tx, group_id, learner_id))?;
        Ok(GroupView {
            learner_ids: store.group_members(group_id)?,
            id: group.id,
            name: group.name,
        })
    }

    // ---- assignments ----------------------------------------------------------

    fn check_assignment(&self, a: &NewAssignment) -> Result<()> {
        let cat = self.catalog();
        if a.module_ids.is_empty() {
            return Err(Error::InvalidInput("choose at least one module".into()));
        }
        for m in &a.module_ids {
            cat.module(m)?;
        }
        if let (Some(s), Some(d)) = (a.start_ms, a.due_ms)
            && d < s
        {
            return Err(Error::InvalidInput(
                "the due date is before the start date".into(),
            ));
        }
        let store = self.store();
        match &a.target {
            AssignmentTarget::Class(id) => store.class(id).map(drop),
            AssignmentTarget::Group(id) => store.group(id).map(drop),
            AssignmentTarget::Learner(id) => store.learner(id).map(drop),
        }
    }

    /// Assign modules to a class, a group or a learner.
    pub fn assign(&self, token: &str, a: &NewAssignment) -> Result<AssignmentView> {
        self.require_session(token)?;
        self.check_assignment(a)?;
        let (kind, id) = target_parts(&a.target);
        let row = AssignmentRow {
            id: uuid::Uuid::new_v4().to_string(),
            modules: a.module_ids.clone(),
            target_kind: kind.into(),
            target_id: id.into(),
            start_ms: a.start_ms,
            due_ms: a.due_ms,
            withdrawn: false,
            updated_ms: self.now(),
        };
        self.store().write(|tx| upsert_assignment(tx, &row))?;
        self.assignment_view(&row)
    }

    /// Change an assignment (modules, target, dates).
    pub fn update_assignment(
        &self,
        token: &str,
        id: &str,
        a: &NewAssignment,
    ) -> Result<AssignmentView> {
        self.require_session(token)?;
        self.check_assignment(a)?;
        let mut row = self.store().assignment(id)?;
        let (kind, target) = target_parts(&a.target);
        row.modules = a.module_ids.clone();
        row.target_kind = kind.into();
        row.target_id = target.into();
        row.start_ms = a.start_ms;
        row.due_ms = a.due_ms;
        row.updated_ms = self.now();
        self.store().write(|tx| upsert_assignment(tx, &row))?;
        self.assignment_view(&row)
    }

    /// Withdraw an assignment: learners no longer see it.
    pub fn withdraw_assignment(&self, token: &str, id: &str) -> Result<AssignmentView> {
        self.require_session(token)?;
        let mut row = self.store().assignment(id)?;
        row.withdrawn = true;
        row.updated_ms = self.now();
        self.store().write(|tx| upsert_assignment(tx, &row))?;
        self.assignment_view(&row)
    }

    /// All assignments, newest first.
    pub fn assignments(&self, token: &str) -> Result<Vec<AssignmentView>> {
        self.require_session(token)?;
        let rows = self.store().assignments()?;
        rows.iter().map(|r| self.assignment_view(r)).collect()
    }

    fn assignment_view(&self, row: &AssignmentRow) -> Result<AssignmentView> {
        let store = self.store();
        let (name, count) = match row.target_kind.as_str() {
            "class" => match store.class(&row.target_id) {
                Ok(c) => (c.name, store.class_members(&c.id)?.len()),
                Err(_) => (String::new(), 0),
            },
            "group" => match store.group(&row.target_id) {
                Ok(g) => (g.name, store.group_members(&g.id)?.len()),
                Err(_) => (String::new(), 0),
            },
            _ => match store.learner(&row.target_id) {
                Ok(l) => (l.nickname, 1),
                Err(_) => (String::new(), 0),
            },
        };
        Ok(AssignmentView {
            id: row.id.clone(),
            module_ids: row.modules.clone(),
            target: target_of(row),
            target_name: name,
            learner_count: if row.withdrawn { 0 } else { count as u32 },
            start_ms: row.start_ms,
            due_ms: row.due_ms,
            withdrawn: row.withdrawn,
        })
    }

    /// Assignments that reach a learner now (started, not withdrawn): module id ->
    /// (assignment, due) with the earliest due date when several assign the same module.
    pub(crate) fn assigned_modules(
        &self,
        learner_id: &str,
        now: i64,
    ) -> Result<HashMap<String, (String, Option<i64>)>> {
        let store = self.store();
        let classes = store.classes_of(learner_id)?;
        let groups = store.groups_of(learner_id)?;
        Ok(assigned_for(
            learner_id,
            &classes,
            &groups,
            &store.assignments()?,
            now,
        ))
    }

    // ---- reports ------------------------------------------------------------------

    /// The report for a class: per learner, per module and per question. All figures
    /// come from the learners' events; see `LearnerReport` for how each is counted.
    pub fn class_report(&self, token: &str, class_id: &str) -> Result<ClassReport> {
        self.require_session(token)?;
        let now = self.wall_clock();
        let cat = self.catalog();
        let l10n = self.l10n();
        let max = cat.manifest.quiz.max_attempts;
        let (class, learners, attempts, seen, times, memberships, assignments) = {
            let store = self.store();
            let class = store.class(class_id)?;
            let learners = store.class_learners(class_id)?;
            (
                class,
                learners,
                store.question_runs_in_class(class_id)?,
                store.steps_seen_counts_in_class(class_id)?,
                store.time_spent_in_class(class_id)?,
                store.memberships_in_class(class_id)?,
                store.assignments()?,
            )
        };
        type Runs = HashMap<String, Vec<(u32, u32, u32, f64)>>;
        let mut by_learner_runs: HashMap<&str, Runs> = HashMap::new();
        let mut answers: HashMap<&str, u32> = HashMap::new();
        for r in &attempts {
            by_learner_runs
                .entry(r.learner_id.as_str())
                .or_default()
                .entry(r.question_id.clone())
                .or_default()
                .push((r.run, r.answers, r.right, r.first_score));
            *answers.entry(r.learner_id.as_str()).or_default() += r.answers;
        }
        let mut by_learner_seen: HashMap<&str, HashMap<String, usize>> = HashMap::new();
        for (l, lesson, n) in &seen {
            by_learner_seen
                .entry(l.as_str())
                .or_default()
                .insert(lesson.clone(), *n);
        }
        let time_spent: HashMap<&str, i64> = times.iter().map(|(l, t)| (l.as_str(), *t)).collect();
        let mut member_of: HashMap<&str, (Vec<String>, Vec<String>)> = HashMap::new();
        for (l, kind, id) in &memberships {
            let e = member_of.entry(l.as_str()).or_default();
            if kind == "class" {
                e.0.push(id.clone())
            } else {
                e.1.push(id.clone())
            }
        }

        let mut rows = Vec::new();
        let mut module_lines: HashMap<String, ModuleReport> = HashMap::new();
        let mut module_scores: HashMap<String, Vec<f64>> = HashMap::new();
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
            let states = module_states(&cat, &history, None);
            let (classes, groups) = member_of.remove(learner.id.as_str()).unwrap_or_default();
            let assigned = assigned_for(&learner.id, &classes, &groups, &assignments, now);
            let (mut started, mut completed, mut mastered) = (0, 0, 0);
            for module_id in assigned.keys() {
                let Some((state, ..)) = states.get(module_id) else {
                    continue;
                };
                let line = module_lines
                    .entry(module_id.clone())
                    .or_insert_with(|| ModuleReport {
                        module_id: module_id.clone(),
                        title: cat
                            .module(module_id)
                            .map(|m| text(&l10n, &ids::module_title(m)).value)
                            .unwrap_or_default(),
                        assigned: 0,
                        started: 0,
                        completed: 0,
                        mastered: 0,
                        quiz_score: None,
                        gain: None,
                    });
                line.assigned += 1;
                let (s, c, m) = match state {
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
                assigned: assigned.len() as u32,
                started,
                completed,
                mastered,
                quiz_score: (!scores.is_empty())
                    .then(|| scores.iter().sum::<f64>() / scores.len() as f64),
                attempts: attempts_n,
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
                let gain = self.learning_gain(&m.module_id, &ids)?;
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
            class_name: class.name,
            learners: rows,
            modules,
            questions: self
                .question_reports(&attempts, &self.store().wrong_choices_in_class(class_id)?),
        })
    }

    fn question_reports(
        &self,
        runs: &[crate::store::classroom::QuestionRunRow],
        wrong_choices: &[(String, String, u32)],
    ) -> Vec<QuestionReport> {
        let cat = self.catalog();
        let l10n = self.l10n();
        let mut totals: HashMap<&str, (u32, u32)> = HashMap::new();
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
                                .find(|(wq, wo, _)| wq == qid && *wo == o.id)
                                .map(|(_, _, times)| (o, *times))
                        })
                        .fold(
                            None,
                            |best: Option<(&crate::content::OptionDef, u32)>, (o, t)| match best {
                                Some((_, bt)) if bt >= t => best,
                                _ => Some((o, t)),
                            },
                        )
                };
                Some(QuestionReport {
                    question_id: qid.to_string(),
                    module_id: step.module.id.clone(),
                    prompt: text(&l10n, &ids::step_text(step.step)).value,
                    attempts: n,
                    wrong,
                    wrong_rate: if n == 0 {
                        0.0
                    } else {
                        f64::from(wrong) / f64::from(n)
                    },
                    top_wrong_option: top.map(|(o, _)| o.id.clone()),
                    top_wrong_text: top
                        .map(|(o, _)| text(&l10n, &ids::option_text(step.step, o)).value),
                    top_wrong_count: top.map(|(_, t)| t).unwrap_or(0),
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
    pub fn export_learners_csv(&self, token: &str, class_id: &str) -> Result<String> {
        let report = self.class_report(token, class_id)?;
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
                report.class_name.clone(),
                r.nickname.clone(),
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
    pub fn export_aggregate_csv(&self, token: &str, min_group: u32) -> Result<String> {
        self.require_session(token)?;
        let min_group = min_group.max(1);
        let classes = self.store().classes()?;
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
            let report = self.class_report(token, &class.id)?;
            for m in &report.modules {
                let pct = |n: u32| {
                    format!(
                        "{:.0}%",
                        f64::from(n) * 100.0 / f64::from(m.assigned.max(1))
                    )
                };
                if m.assigned < min_group {
                    w.write_record([
                        report.class_name.as_str(),
                        m.module_id.as_str(),
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
                let gain = m.gain.as_ref().filter(|g| g.learners >= min_group);
                w.write_record([
                    report.class_name.clone(),
                    m.module_id.clone(),
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

    /// Due state of an assignment for a learner now.
    pub(crate) fn due_state(due_ms: Option<i64>, done: bool, now: i64) -> DueState {
        match (done, due_ms) {
            (true, _) => DueState::Done,
            (false, None) => DueState::NoDueDate,
            (false, Some(d)) if now > d => DueState::Overdue,
            (false, Some(d)) if d - now <= DUE_SOON_MS => DueState::DueSoon,
            (false, Some(_)) => DueState::Open,
        }
    }
}

/// The modules `assignments` give a learner in `classes` and `groups` at `now`.
fn assigned_for(
    learner_id: &str,
    classes: &[String],
    groups: &[String],
    assignments: &[AssignmentRow],
    now: i64,
) -> HashMap<String, (String, Option<i64>)> {
    let mut out: HashMap<String, (String, Option<i64>)> = HashMap::new();
    for a in assignments {
        let reaches = match a.target_kind.as_str() {
            "class" => classes.contains(&a.target_id),
            "group" => groups.contains(&a.target_id),
            _ => a.target_id == learner_id,
        };
        if !reaches || a.withdrawn || a.start_ms.is_some_and(|s| s > now) {
            continue;
        }
        for m in &a.modules {
            let entry = out.entry(m.clone()).or_insert((a.id.clone(), a.due_ms));
            let earlier = match (a.due_ms, entry.1) {
                (Some(d), Some(e)) => d < e,
                (Some(_), None) => true,
                _ => false,
            };
            if earlier {
                *entry = (a.id.clone(), a.due_ms);
            }
        }
    }
    out
}

fn csv_error(e: csv::Error) -> Error {
    Error::InvalidInput(format!("could not write CSV: {e}"))
}

fn finish_csv(w: csv::Writer<Vec<u8>>) -> Result<String> {
    let bytes = w
        .into_inner()
        .map_err(|e| Error::InvalidInput(format!("could not write CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::InvalidInput(format!("CSV is not UTF-8: {e}")))
}
