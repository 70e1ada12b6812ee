//! Video slots: every thing a child must understand, recorded once per sign language.
//!
//! This version lists the lesson steps (what packs have today); other kinds (pathway
//! steps, questions, contact kinds, screens) are enumerated by the same function as they
//! gain slots, keeping lesson-step ids unchanged.

use super::{Catalog, ids};

/// What kind of screen a video slot belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlotKind {
    /// A step of a lesson.
    LessonStep,
    /// A step of a reporting pathway.
    PathwayStep,
    /// A knowledge-check question.
    Question,
    /// What a kind of help contact is ("a child helpline is...").
    ContactKind,
    /// A key screen's short instruction.
    Screen,
}

/// One thing a child must understand, recorded once per sign language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoSlot {
    /// Stable id, used as the video file name stem and as the key in media/videos.toml.
    /// Lesson steps keep their step id (e.g. "private-info-1-meet-sami"); other kinds are
    /// prefixed: "pathway.<pathway-id>.<n>" (n from 1), "question.<question-id>",
    /// "contact-kind.<kind>", "screen.<name>". Only [a-z0-9.-] characters.
    pub id: String,
    /// What kind of screen it belongs to.
    pub kind: SlotKind,
    /// Fluent message id whose value is the text to sign (in the pack's default locale);
    /// its `.easy` attribute, when present, is the easy-read form.
    pub message: String,
    /// Picture path inside the pack, if the screen has one.
    pub picture: Option<String>,
}

/// Every video slot of a pack, in a stable order (modules, then pathways, questions,
/// contact kinds, screens).
pub fn video_slots(catalog: &Catalog) -> Vec<VideoSlot> {
    catalog
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .flat_map(|l| &l.steps)
        .map(|s| VideoSlot {
            id: s.id.clone(),
            kind: SlotKind::LessonStep,
            message: ids::step_text(s),
            picture: s.picture.clone(),
        })
        .collect()
}
