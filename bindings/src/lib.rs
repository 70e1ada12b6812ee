//! UniFFI bindings for SafeSteps: one object, [`SafeSteps`], plus the records and
//! enums screens show, and [`ApiError`].
//!
//! Thin by design: every method converts arguments, calls `safesteps_core::Engine`,
//! and maps errors. The records and enums are the core's own types, declared here
//! with `#[uniffi::remote]` (the compiler checks each mirror against the core), so
//! there is no second hierarchy of types and no conversion code.

use std::sync::Arc;

use safesteps_core as core;
use safesteps_core::views::{
    AnswerResult, Audience, LearnerView, LessonProgress, LessonView, LocaleInfo, ModuleSummary,
    OpenOptions, OptionFeedback, OptionView, PackInfo, PackSource, Picture, QuestionKind,
    QuestionView, ReviewStatus, SignVideo, StepKind, StepView, TextDirection, VideoStatus,
};

uniffi::setup_scaffolding!("safesteps");

// ---- errors -------------------------------------------------------------------

/// What went wrong, in a form an app can branch on. The message says it in words.
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum ApiError {
    /// An id that does not exist (lesson, learner, question...).
    #[error("{0}")]
    NotFound(String),
    /// Invalid input; nothing was changed.
    #[error("{0}")]
    InvalidInput(String),
    /// A content pack is malformed or failed verification; the current content stays in use.
    #[error("{0}")]
    ContentInvalid(String),
    /// The database could not be read or written; nothing acknowledged was lost.
    #[error("{0}")]
    Storage(String),
    /// The database comes from a newer app version.
    #[error("{0}")]
    DatabaseTooNew(String),
}

impl From<core::Error> for ApiError {
    fn from(e: core::Error) -> Self {
        let message = e.to_string();
        match e.kind() {
            core::ErrorKind::NotFound => ApiError::NotFound(message),
            core::ErrorKind::InvalidInput => ApiError::InvalidInput(message),
            core::ErrorKind::ContentInvalid => ApiError::ContentInvalid(message),
            core::ErrorKind::Storage => ApiError::Storage(message),
            core::ErrorKind::DatabaseTooNew => ApiError::DatabaseTooNew(message),
        }
    }
}

type Result<T> = std::result::Result<T, ApiError>;

// ---- records and enums (the core's types, mirrored) ------------------------------

/// Options for opening SafeSteps.
#[uniffi::remote(Record)]
pub struct OpenOptions {
    pub preferred_locales: Vec<String>,
    #[uniffi(default)]
    pub country: Option<String>,
    #[uniffi(default)]
    pub sign_language: Option<String>,
    #[uniffi(default)]
    pub trusted_publisher_keys: Vec<String>,
    #[uniffi(default)]
    pub pack_dir: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum PackSource {
    Embedded,
    Installed,
}

#[uniffi::remote(Enum)]
pub enum TextDirection {
    Ltr,
    Rtl,
}

#[uniffi::remote(Enum)]
pub enum ReviewStatus {
    Reviewed,
    Draft,
}

#[uniffi::remote(Enum)]
pub enum Audience {
    Child,
    Caregiver,
    Teacher,
}

#[uniffi::remote(Enum)]
pub enum StepKind {
    Story,
    Tip,
    Scenario,
    Quiz,
    Pathway,
}

#[uniffi::remote(Enum)]
pub enum QuestionKind {
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    PictureChoice,
    Ordering,
    Scenario,
}

#[uniffi::remote(Record)]
pub struct LocaleInfo {
    pub tag: String,
    pub status: ReviewStatus,
    pub direction: TextDirection,
}

#[uniffi::remote(Record)]
pub struct PackInfo {
    pub id: String,
    pub version: String,
    pub publisher: String,
    pub default_locale: String,
    pub locales: Vec<LocaleInfo>,
    pub sign_languages: Vec<String>,
    pub active_locale: String,
    pub active_direction: TextDirection,
    pub source: PackSource,
    pub installed_pack_problem: Option<String>,
}

#[uniffi::remote(Record)]
pub struct Picture {
    pub path: String,
    pub alt: String,
}

#[uniffi::remote(Record)]
pub struct ModuleSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub audience: Audience,
    pub ages: Option<String>,
    pub lesson_ids: Vec<String>,
    pub lessons_completed: u32,
    pub picture: Option<Picture>,
}

#[uniffi::remote(Record)]
pub struct OptionView {
    pub id: String,
    pub text: String,
    pub picture: Option<Picture>,
}

#[uniffi::remote(Record)]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub options: Vec<OptionView>,
    pub hint: Option<String>,
}

#[uniffi::remote(Record)]
pub struct StepView {
    pub id: String,
    pub kind: StepKind,
    pub number: u32,
    pub total: u32,
    pub text: String,
    pub easy_text: Option<String>,
    pub locale: String,
    pub direction: TextDirection,
    pub picture: Option<Picture>,
    pub question: Option<QuestionView>,
    pub videos: Vec<SignVideo>,
    pub audio: Option<String>,
    pub pathway: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum VideoStatus {
    Recorded,
    NeedsRecording,
}

#[uniffi::remote(Record)]
pub struct SignVideo {
    pub sign_language: String,
    pub status: VideoStatus,
    pub path: Option<String>,
    pub bytes: Option<u64>,
    pub sha256: Option<String>,
    pub captions: Option<String>,
    pub captions_locale: Option<String>,
}

#[uniffi::remote(Record)]
pub struct LessonView {
    pub id: String,
    pub module_id: String,
    pub title: String,
    pub locale: String,
    pub direction: TextDirection,
    pub steps: Vec<StepView>,
    pub resume_index: u32,
}

#[uniffi::remote(Record)]
pub struct OptionFeedback {
    pub option_id: String,
    pub chosen: bool,
    pub correct: bool,
    pub feedback: Option<String>,
}

#[uniffi::remote(Record)]
pub struct LessonProgress {
    pub lesson_id: String,
    pub steps_seen: u32,
    pub steps_total: u32,
    pub questions_passed: u32,
    pub questions_total: u32,
    pub completed: bool,
    pub resume_step_id: Option<String>,
}

#[uniffi::remote(Record)]
pub struct AnswerResult {
    pub question_id: String,
    pub correct: bool,
    pub score: f64,
    pub message: String,
    pub options: Vec<OptionFeedback>,
    pub attempt_number: u32,
    pub progress: LessonProgress,
}

#[uniffi::remote(Record)]
pub struct LearnerView {
    pub id: String,
    pub nickname: String,
    pub avatar: String,
}

// ---- the object -----------------------------------------------------------------------

/// SafeSteps: one long-lived object per app. Thread-safe; open it off the main thread.
#[derive(uniffi::Object)]
pub struct SafeSteps {
    engine: core::Engine,
}

#[uniffi::export]
impl SafeSteps {
    /// Open (or create) the database at `db_path` with the embedded default content.
    #[uniffi::constructor]
    pub fn new(db_path: String, options: OpenOptions) -> Result<Arc<Self>> {
        let engine = core::Engine::open(std::path::Path::new(&db_path), options)?;
        Ok(Arc::new(SafeSteps { engine }))
    }

    /// The content pack in use and the active text locale.
    pub fn pack_info(&self) -> PackInfo {
        self.engine.pack_info()
    }

    /// Change the preferred text locales, most preferred first.
    pub fn set_preferred_locales(&self, locales: Vec<String>) -> Result<()> {
        Ok(self.engine.set_preferred_locales(&locales)?)
    }

    /// Install a signed content pack file (verified against the trusted publisher keys).
    /// A pack that is not newer than the one in use is refused unless `allow_downgrade`.
    /// On any error the current content stays in use.
    pub fn install_pack(&self, path: String, allow_downgrade: bool) -> Result<PackInfo> {
        Ok(self
            .engine
            .install_pack(std::path::Path::new(&path), allow_downgrade)?)
    }

    /// The preferred sign language (ISO 639-3), if set.
    pub fn sign_language(&self) -> Option<String> {
        self.engine.sign_language()
    }

    /// Set or clear the preferred sign language, separately from the text locale.
    pub fn set_sign_language(&self, sign_language: Option<String>) -> Result<()> {
        Ok(self.engine.set_sign_language(sign_language)?)
    }

    /// The country for help contacts (ISO 3166-1 alpha-2), if set.
    pub fn country(&self) -> Option<String> {
        self.engine.country()
    }

    /// Set or clear the country.
    pub fn set_country(&self, country: Option<String>) -> Result<()> {
        Ok(self.engine.set_country(country)?)
    }

    /// Bytes of a picture from the pack (`Picture.path`).
    pub fn media(&self, path: String) -> Result<Vec<u8>> {
        Ok(self.engine.media(&path)?)
    }

    /// Avatars a learner can pick, with alt text.
    pub fn avatars(&self) -> Vec<Picture> {
        self.engine.avatars()
    }

    /// Create a learner: a nickname (never a real name) and an avatar id.
    pub fn create_learner(&self, nickname: String, avatar: String) -> Result<LearnerView> {
        Ok(self.engine.create_learner(&nickname, &avatar)?)
    }

    /// Home-screen greeting with the learner's nickname and finished lessons.
    pub fn welcome(&self, learner_id: String) -> Result<String> {
        Ok(self.engine.welcome(&learner_id)?)
    }

    /// Learners on this device.
    pub fn learners(&self) -> Result<Vec<LearnerView>> {
        Ok(self.engine.learners()?)
    }

    /// Modules, with the learner's progress when a learner id is given.
    pub fn modules(&self, learner_id: Option<String>) -> Result<Vec<ModuleSummary>> {
        Ok(self.engine.modules(learner_id.as_deref())?)
    }

    /// A lesson ready to show; with a learner, where to resume.
    pub fn lesson(&self, lesson_id: String, learner_id: Option<String>) -> Result<LessonView> {
        Ok(self.engine.lesson(&lesson_id, learner_id.as_deref())?)
    }

    /// Record that the learner saw a step.
    pub fn mark_step_seen(&self, learner_id: String, step_id: String) -> Result<LessonProgress> {
        Ok(self.engine.mark_step_seen(&learner_id, &step_id)?)
    }

    /// Grade and store an answer; returns feedback for every option.
    pub fn answer(
        &self,
        learner_id: String,
        question_id: String,
        selected: Vec<String>,
        time_taken_ms: Option<i64>,
    ) -> Result<AnswerResult> {
        Ok(self
            .engine
            .answer(&learner_id, &question_id, &selected, time_taken_ms)?)
    }

    /// A learner's progress in a lesson.
    pub fn lesson_progress(&self, learner_id: String, lesson_id: String) -> Result<LessonProgress> {
        Ok(self.engine.lesson_progress(&learner_id, &lesson_id)?)
    }
}

/// Version of the core library.
#[uniffi::export]
pub fn core_version() -> String {
    core::CORE_VERSION.to_string()
}
