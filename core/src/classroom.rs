//! Classes and groups, assignments (to a class, a group or a learner, with start and due
//! dates), and what learners see assigned. Reached through a teacher session
//! ([`crate::teacher::TeacherSession`]); reports are in [`crate::reports`].

use std::collections::HashMap;

use crate::engine::{Cx, WriteCx};
use crate::error::{Error, Result};
use crate::l10n::direction_of_text;
use crate::store::{AssignmentRow, ClassRow, GroupRow};
use crate::views::*;

/// An assignment is "due soon" this long before its due date.
pub const DUE_SOON_MS: i64 = 2 * 24 * 60 * 60 * 1000;

fn check_name(name: &str, what: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 60 || name.chars().any(char::is_control) {
        return Err(Error::name(
            if name.is_empty() {
                "empty"
            } else if name.chars().any(char::is_control) {
                "hidden"
            } else {
                "too-long"
            },
            format!("a {what} name needs 1 to 60 letters"),
        ));
    }
    Ok(name.to_string())
}

// ---- classes and groups -------------------------------------------------

/// Create a class.
pub(crate) fn create_class(cx: &WriteCx<'_>, name: &str) -> Result<ClassView> {
    let row = ClassRow {
        id: uuid::Uuid::new_v4().to_string(),
        name: check_name(name, "class")?,
        updated_ms: cx.event_time(),
    };
    cx.db.upsert_class(&row)?;
    class_view(cx, &row)
}

/// Rename a class.
pub(crate) fn rename_class(cx: &WriteCx<'_>, class_id: &str, name: &str) -> Result<ClassView> {
    let mut row = cx.db.class(class_id)?;
    row.name = check_name(name, "class")?;
    row.updated_ms = cx.event_time();
    cx.db.upsert_class(&row)?;
    class_view(cx, &row)
}

/// All classes with their learners and groups.
pub(crate) fn classes(cx: &Cx<'_>) -> Result<Vec<ClassView>> {
    let rows = cx.db.classes()?;
    rows.iter().map(|r| class_view(cx, r)).collect()
}

fn class_view(cx: &Cx<'_>, row: &ClassRow) -> Result<ClassView> {
    let groups = cx
        .db
        .groups(Some(&row.id))?
        .into_iter()
        .map(|g| {
            Ok(GroupView {
                learner_ids: cx.db.group_members(&g.id)?,
                id: g.id,
                name_direction: direction_of_text(&g.name),
                name: g.name,
            })
        })
        .collect::<Result<_>>()?;
    Ok(ClassView {
        id: row.id.clone(),
        name: row.name.clone(),
        name_direction: direction_of_text(&row.name),
        learner_ids: cx.db.class_members(&row.id)?,
        groups,
    })
}

/// Put a learner in a class (a learner can be in several).
pub(crate) fn add_to_class(
    cx: &WriteCx<'_>,
    class_id: &str,
    learner_id: &str,
) -> Result<ClassView> {
    let row = {
        let row = cx.db.class(class_id)?;
        cx.db.learner(learner_id)?;
        cx.db.add_class_member(class_id, learner_id)?;
        row
    };
    class_view(cx, &row)
}

/// Take a learner out of a class (and its groups).
pub(crate) fn remove_from_class(
    cx: &WriteCx<'_>,
    class_id: &str,
    learner_id: &str,
) -> Result<ClassView> {
    let row = cx.db.class(class_id)?;
    cx.db.remove_class_member(class_id, learner_id)?;
    class_view(cx, &row)
}

/// Create a group inside a class.
pub(crate) fn create_group(cx: &WriteCx<'_>, class_id: &str, name: &str) -> Result<GroupView> {
    cx.db.class(class_id)?;
    let row = GroupRow {
        id: uuid::Uuid::new_v4().to_string(),
        class_id: class_id.to_string(),
        name: check_name(name, "group")?,
        updated_ms: cx.event_time(),
    };
    cx.db.upsert_group(&row)?;
    Ok(GroupView {
        id: row.id,
        name_direction: direction_of_text(&row.name),
        name: row.name,
        learner_ids: Vec::new(),
    })
}

/// Put a learner of the group's class in the group (a learner can be in several).
pub(crate) fn add_to_group(
    cx: &WriteCx<'_>,
    group_id: &str,
    learner_id: &str,
) -> Result<GroupView> {
    let group = cx.db.group(group_id)?;
    cx.db.learner(learner_id)?;
    if !cx
        .db
        .class_members(&group.class_id)?
        .iter()
        .any(|l| l == learner_id)
    {
        return Err(Error::InvalidInput(
            "put the learner in the group's class first".into(),
        ));
    }
    cx.db.add_group_member(group_id, learner_id)?;
    Ok(GroupView {
        learner_ids: cx.db.group_members(group_id)?,
        id: group.id,
        name_direction: direction_of_text(&group.name),
        name: group.name,
    })
}

// ---- assignments ----------------------------------------------------------

fn check_assignment(cx: &Cx<'_>, a: &NewAssignment) -> Result<()> {
    let cat = &cx.state.catalog;
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
    match &a.target {
        AssignmentTarget::Class(id) => cx.db.class(id).map(drop),
        AssignmentTarget::Group(id) => cx.db.group(id).map(drop),
        AssignmentTarget::Learner(id) => cx.db.learner(id).map(drop),
    }
}

/// Assign modules to a class, a group or a learner.
pub(crate) fn assign(cx: &WriteCx<'_>, a: &NewAssignment) -> Result<AssignmentView> {
    check_assignment(cx, a)?;
    let row = AssignmentRow {
        id: uuid::Uuid::new_v4().to_string(),
        modules: a.module_ids.clone(),
        target: a.target.clone(),
        start_ms: a.start_ms,
        due_ms: a.due_ms,
        withdrawn: false,
        updated_ms: cx.event_time(),
    };
    cx.db.upsert_assignment(&row)?;
    assignment_view(cx, &row)
}

/// Change an assignment (modules, target, dates).
pub(crate) fn update_assignment(
    cx: &WriteCx<'_>,
    id: &str,
    a: &NewAssignment,
) -> Result<AssignmentView> {
    check_assignment(cx, a)?;
    let mut row = cx.db.assignment(id)?;
    row.modules = a.module_ids.clone();
    row.target = a.target.clone();
    row.start_ms = a.start_ms;
    row.due_ms = a.due_ms;
    row.updated_ms = cx.event_time();
    cx.db.upsert_assignment(&row)?;
    assignment_view(cx, &row)
}

/// Withdraw an assignment: learners no longer see it.
pub(crate) fn withdraw_assignment(cx: &WriteCx<'_>, id: &str) -> Result<AssignmentView> {
    let mut row = cx.db.assignment(id)?;
    row.withdrawn = true;
    row.updated_ms = cx.event_time();
    cx.db.upsert_assignment(&row)?;
    assignment_view(cx, &row)
}

/// All assignments, newest first.
pub(crate) fn assignments(cx: &Cx<'_>) -> Result<Vec<AssignmentView>> {
    let rows = cx.db.assignments()?;
    rows.iter().map(|r| assignment_view(cx, r)).collect()
}

fn assignment_view(cx: &Cx<'_>, row: &AssignmentRow) -> Result<AssignmentView> {
    let (name, count) = match &row.target {
        AssignmentTarget::Class(id) => match cx.db.class(id) {
            Ok(c) => (c.name, cx.db.class_members(&c.id)?.len()),
            Err(_) => (String::new(), 0),
        },
        AssignmentTarget::Group(id) => match cx.db.group(id) {
            Ok(g) => (g.name, cx.db.group_members(&g.id)?.len()),
            Err(_) => (String::new(), 0),
        },
        AssignmentTarget::Learner(id) => match cx.db.learner(id) {
            Ok(l) => (l.nickname, 1),
            Err(_) => (String::new(), 0),
        },
    };
    Ok(AssignmentView {
        id: row.id.clone(),
        module_ids: row.modules.clone(),
        target: row.target.clone(),
        target_name_direction: direction_of_text(&name),
        target_name: name,
        learner_count: if row.withdrawn { 0 } else { int(count) },
        start_ms: row.start_ms,
        due_ms: row.due_ms,
        withdrawn: row.withdrawn,
    })
}

/// Assignments that reach a learner now (started, not withdrawn): module id ->
/// (assignment, due) with the earliest due date when several assign the same module.
pub(crate) fn assigned_modules(
    cx: &Cx<'_>,
    learner_id: &str,
    now: i64,
) -> Result<HashMap<String, (String, Option<i64>)>> {
    let classes = cx.db.classes_of(learner_id)?;
    let groups = cx.db.groups_of(learner_id)?;
    Ok(assigned_for(
        learner_id,
        &classes,
        &groups,
        &cx.db.assignments()?,
        now,
    ))
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

/// The modules `assignments` give a learner in `classes` and `groups` at `now`.
pub(crate) fn assigned_for(
    learner_id: &str,
    classes: &[String],
    groups: &[String],
    assignments: &[AssignmentRow],
    now: i64,
) -> HashMap<String, (String, Option<i64>)> {
    let mut out: HashMap<String, (String, Option<i64>)> = HashMap::new();
    for a in assignments {
        let reaches = match &a.target {
            AssignmentTarget::Class(id) => classes.contains(id),
            AssignmentTarget::Group(id) => groups.contains(id),
            AssignmentTarget::Learner(id) => id == learner_id,
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

#[cfg(test)]
mod tests {
    //! Assignment rules over rows built by hand: no engine, no database.
    use super::*;

    fn assignment(id: &str, target: AssignmentTarget, modules: &[&str]) -> AssignmentRow {
        AssignmentRow {
            id: id.into(),
            modules: modules.iter().map(|m| m.to_string()).collect(),
            target,
            start_ms: None,
            due_ms: None,
            withdrawn: false,
            updated_ms: 1,
        }
    }

    #[test]
    fn assignments_reach_their_class_group_or_learner_from_their_start() {
        let mut later = assignment("later", AssignmentTarget::Class("c1".into()), &["m3"]);
        later.start_ms = Some(1_000);
        let mut withdrawn = assignment("w", AssignmentTarget::Learner("kid".into()), &["m4"]);
        withdrawn.withdrawn = true;
        let rows = [
            assignment("a", AssignmentTarget::Class("c1".into()), &["m1"]),
            assignment("b", AssignmentTarget::Group("g1".into()), &["m2"]),
            assignment("c", AssignmentTarget::Learner("other".into()), &["m5"]),
            later,
            withdrawn,
        ];
        let got = assigned_for("kid", &["c1".into()], &["g1".into()], &rows, 500);
        let mut ids: Vec<&str> = got.keys().map(String::as_str).collect();
        ids.sort();
        assert_eq!(ids, ["m1", "m2"]);
        let got = assigned_for("kid", &["c1".into()], &[], &rows, 1_000);
        assert!(got.contains_key("m3"), "started now");
        assert!(!got.contains_key("m2"), "not in the group");
    }

    #[test]
    fn the_earliest_due_date_wins_when_two_assign_one_module() {
        let mut a = assignment("a", AssignmentTarget::Class("c".into()), &["m"]);
        a.due_ms = Some(9_000);
        let mut b = assignment("b", AssignmentTarget::Learner("kid".into()), &["m"]);
        b.due_ms = Some(5_000);
        let got = assigned_for("kid", &["c".into()], &[], &[a, b], 0);
        assert_eq!(got["m"], ("b".to_string(), Some(5_000)));
    }

    #[test]
    fn due_states_follow_the_clock() {
        assert_eq!(due_state(Some(10), true, 100), DueState::Done);
        assert_eq!(due_state(None, false, 100), DueState::NoDueDate);
        assert_eq!(due_state(Some(10), false, 100), DueState::Overdue);
        assert_eq!(
            due_state(Some(100 + DUE_SOON_MS), false, 100),
            DueState::DueSoon
        );
        assert_eq!(
            due_state(Some(101 + DUE_SOON_MS), false, 100),
            DueState::Open
        );
    }
}
