//! Sign-language video slots: every thing a child must understand, recorded once per sign
//! language. Lesson steps, reporting-pathway steps, knowledge-check questions, what each
//! kind of help contact is, and the key screens' short instructions (the quick exit too).
//!
//! A lesson's quiz step is a lesson-step slot: its video signs the question, so a quiz
//! question is never recorded twice. Knowledge-check questions (before and after a
//! module) are not lesson steps and get `question.<id>` slots.

use super::{Catalog, ContactKind, ModuleDef, PathwayDef, ScreensFile, ids};

/// The app's key screens, each with short instructions (`screen-<name>-instructions`) and a
/// picture in `screens.toml`: the learner picker, the home (module list), a lesson, a quiz
/// question, a knowledge check, help and contacts, a reporting pathway, settings, and the
/// quick-exit explanation.
pub const KEY_SCREENS: &[&str] = &[
    "learner-picker",
    "home",
    "lesson",
    "quiz",
    "knowledge-check",
    "help",
    "pathway",
    "settings",
    "quick-exit",
];

/// What kind of screen a video slot belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlotKind {
    /// A step of a lesson (quiz steps included).
    LessonStep,
    /// A step of a reporting pathway.
    PathwayStep,
    /// A knowledge-check question (before or after a module).
    Question,
    /// What a kind of help contact is.
    ContactKind,
    /// A key screen's short instructions.
    Screen,
}

impl SlotKind {
    /// Every kind, in slot order.
    pub const ALL: [SlotKind; 5] = [
        SlotKind::LessonStep,
        SlotKind::PathwayStep,
        SlotKind::Question,
        SlotKind::ContactKind,
        SlotKind::Screen,
    ];

    /// Its name in files and reports (`lesson_step`, ...).
    pub fn name(self) -> &'static str {
        match self {
            SlotKind::LessonStep => "lesson_step",
            SlotKind::PathwayStep => "pathway_step",
            SlotKind::Question => "question",
            SlotKind::ContactKind => "contact_kind",
            SlotKind::Screen => "screen",
        }
    }
}

/// One thing a child must understand, recorded once per sign language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoSlot {
    /// Stable id, used as the video file name stem and as the key in media/videos.toml.
    /// Lesson steps keep their step id (e.g. "private-info-1-meet-sami"); other kinds are
    /// prefixed: "pathway.<pathway-id>.<n>" (n from 1), "question.<question-id>",
    /// "contact-kind.<kind>", "screen.<name>". Only [a-z0-9.-] characters.
    pub id: String,
    /// What it belongs to.
    pub kind: SlotKind,
    /// Fluent message id whose value is the text to sign (in the pack's default locale);
    /// its `.easy` attribute, when present, is the easy-read form.
    pub message: String,
    /// Picture path inside the pack, if the screen has one.
    pub picture: Option<String>,
}

/// Slot id of a pathway step (`n` from 1).
pub fn pathway_slot(pathway_id: &str, n: usize) -> String {
    format!("pathway.{pathway_id}.{n}")
}

/// Slot id of a knowledge-check question.
pub fn question_slot(question_id: &str) -> String {
    format!("question.{question_id}")
}

/// Slot id of a contact kind (`child_helpline` -> `contact-kind.child-helpline`).
pub fn contact_kind_slot(kind: ContactKind) -> String {
    format!("contact-kind.{}", kind_name(kind).replace('_', "-"))
}

/// Slot id of a screen.
pub fn screen_slot(name: &str) -> String {
    format!("screen.{name}")
}

/// The serde name of a contact kind (`child_helpline`).
pub fn kind_name(kind: ContactKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Message of a screen's instructions.
pub fn screen_message(s: &super::ScreenDef) -> String {
    s.text
        .clone()
        .unwrap_or_else(|| format!("screen-{}-instructions", s.name))
}

/// Message of what a contact kind is.
pub fn contact_kind_message(k: &super::ContactKindDef) -> String {
    k.text
        .clone()
        .unwrap_or_else(|| format!("contact-about-{}", kind_name(k.kind)))
}

/// Every video slot of a pack, in a stable order (modules, then pathways, questions,
/// contact kinds, screens).
pub fn video_slots(catalog: &Catalog) -> Vec<VideoSlot> {
    slots_of(
        catalog.modules.iter(),
        catalog.pathways.iter(),
        &catalog.screens,
    )
}

/// The slots of a pack's parts (a parsed, not yet validated pack too).
pub fn slots_of<'a>(
    modules: impl Iterator<Item = &'a ModuleDef> + Clone,
    pathways: impl Iterator<Item = &'a PathwayDef>,
    screens: &ScreensFile,
) -> Vec<VideoSlot> {
    let mut out = Vec::new();
    for m in modules.clone() {
        for s in m.lessons.iter().flat_map(|l| &l.steps) {
            out.push(VideoSlot {
                id: s.id.clone(),
                kind: SlotKind::LessonStep,
                message: ids::step_text(s),
                picture: s.picture.clone(),
            });
        }
    }
    for p in pathways {
        for (i, s) in p.steps.iter().enumerate() {
            out.push(VideoSlot {
                id: pathway_slot(&p.id, i + 1),
                kind: SlotKind::PathwayStep,
                message: ids::pathway_step(p, s),
                picture: s.picture.clone(),
            });
        }
    }
    let mut questions = std::collections::HashSet::new();
    for m in modules {
        let Some(kc) = &m.knowledge_check else {
            continue;
        };
        for q in kc.pre.iter().chain(&kc.post) {
            if questions.insert(q.id.as_str()) {
                out.push(VideoSlot {
                    id: question_slot(&q.id),
                    kind: SlotKind::Question,
                    message: ids::step_text(q),
                    picture: q.picture.clone(),
                });
            }
        }
    }
    for k in &screens.contact_kind {
        out.push(VideoSlot {
            id: contact_kind_slot(k.kind),
            kind: SlotKind::ContactKind,
            message: contact_kind_message(k),
            picture: k.picture.clone(),
        });
    }
    for s in &screens.screen {
        out.push(VideoSlot {
            id: screen_slot(&s.name),
            kind: SlotKind::Screen,
            message: screen_message(s),
            picture: s.picture.clone(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_ids_use_only_the_allowed_characters() {
        let cat = Catalog::embedded().expect("embedded pack");
        let slots = video_slots(&cat);
        assert!(slots.iter().any(|s| s.kind == SlotKind::PathwayStep));
        for s in &slots {
            assert!(
                s.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-'),
                "{}",
                s.id
            );
        }
        let mut ids: Vec<&str> = slots.iter().map(|s| s.id.as_str()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "slot ids are unique");
        assert_eq!(
            contact_kind_slot(ContactKind::ChildHelpline),
            "contact-kind.child-helpline"
        );
    }
}
