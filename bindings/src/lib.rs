//! UniFFI bindings for SafeSteps: one object, [`SafeSteps`], plus the records and
//! enums screens show, and [`ApiError`].
//!
//! Thin by design: every method converts arguments, calls `safesteps_core::Engine`,
//! and maps errors. The records and enums are the core's own types, declared here
//! with `#[uniffi::remote]` (the compiler checks each mirror against the core), so
//! there is no second hierarchy of types and no conversion code.
//! See docs/decisions/0001-bindings-use-remote-types.md.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use safesteps_core as core;
use safesteps_core::store::DatabaseRecovery;
use safesteps_core::views::{
    AgeBand, AnswerResult, AssignmentInfo, AssignmentTarget, AssignmentView, Audience, Badge,
    BundleKind, ChannelType, ChannelView, CheckPhase, ChunkProgress, ClassReport, ClassView,
    Confidence, ContactKind, ContactView, DisplaySettings, DueState, FreeToUse, GroupView,
    ImportSummary, KnowledgeCheckView, LearnerReport, LearnerSettings, LearnerView, LearningGain,
    LessonProgress, LessonView, LocaleInfo, LocaleProblem, MediaKind, ModuleReport, ModuleState,
    ModuleSummary, NewAssignment, OpenOptions, OpenState, OptionFeedback, OptionView, PackInfo,
    PackSource, PairedDevice, PairingOffer, PathwayStepView, PathwaySummary, PathwayView, PeerRole,
    Picture, QuestionKind, QuestionReport, QuestionView, ReviewStatus, SignInResult, SignVideo,
    StepKind, StepView, TextDirection, UiArg, UiText, VideoStatus,
};
use safesteps_core::views::{ContactStatus, Verification, VerificationMethod};
use safesteps_core::{ContactQuery, PinCheck};

uniffi::setup_scaffolding!("safesteps");

mod logging;
pub use logging::{LogLevel, LogSink, clear_log_sink, set_log_sink};

// ---- errors -------------------------------------------------------------------

/// What went wrong, in a form an app can branch on (one variant per kind). Every variant
/// carries the same four fields:
/// - `code`: the kind's stable code (`name-refused`), also the key of its UI text
///   (`error-name-refused` in `uiText().strings`);
/// - `reason`: a more exact, stable reason within the kind when there is one
///   (`contact`, `empty`, `too-long`, `hidden`, `pairing`...);
/// - `text`: what it means for the person using the app, in the app's locale (from
///   the pack's `ui-error-<code>[-<reason>]` messages; format another locale with
///   `uiFormat("error-" + code, ...)`);
/// - `detail`: what was wrong in English, for developers and logs (at most a short,
///   escaped excerpt of the input; never personal data).
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum ApiError {
    /// An id that does not exist (lesson, learner, question, UI text...).
    #[error("{detail}")]
    NotFound {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// The app passed something invalid that no kind below covers (a mistake in the app); nothing was changed.
    #[error("{detail}")]
    InvalidInput {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// A name a person typed was refused (a nickname that is empty, too long, or holds a phone number, an email address or hidden characters; a class or group name). Show `text` next to the name field; nothing was changed.
    #[error("{detail}")]
    NameRefused {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// A teacher PIN, recovery code or picture password has the wrong form. Show `text` (the rule); nothing was changed. A wrong PIN is `Locked`.
    #[error("{detail}")]
    PinFormat {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// An answer does not fit its question (an option not in it, too many choices, an ordering that leaves options out); nothing was recorded.
    #[error("{detail}")]
    AnswerShape {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// A language tag, sign-language code or country code that is not well formed (or a country is needed and none is set).
    #[error("{detail}")]
    UnknownLocale {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// A bundle, a piece of one or a pairing offer was refused (not from a paired device, damaged, too large, or a pairing code that does not match); nothing in it was applied.
    #[error("{detail}")]
    BundleRefused {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// A content pack is malformed or failed verification; the current content stays in use.
    #[error("{detail}")]
    ContentInvalid {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// The database could not be read or written; nothing acknowledged was lost.
    #[error("{detail}")]
    Storage {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// The database comes from a newer app version.
    #[error("{detail}")]
    DatabaseTooNew {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// A PIN is needed, was wrong, or must wait; nothing was done.
    #[error("{detail}")]
    Locked {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// The device's storage is full; nothing was written. Free some space and try again.
    #[error("{detail}")]
    StorageFull {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// A fault inside SafeSteps, not caused by the app's input; nothing was changed.
    #[error("{detail}")]
    Internal {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// The object was closed (`close_database`); open a new one.
    #[error("{detail}")]
    Closed {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// The database file is damaged, or a `-wal` next to it belongs to another copy. Nothing was changed. `SafeSteps.openRecovering` moves the bad files aside (kept) and starts again, and `recovery()` then says what it did.
    #[error("{detail}")]
    DatabaseCorrupt {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// The file is another app's database (or not one SafeSteps made). It was not changed; use another path.
    #[error("{detail}")]
    ForeignDatabase {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
    /// The database file (or its folder) cannot be written. Nothing was changed.
    #[error("{detail}")]
    DatabaseReadOnly {
        /// The kind's stable code.
        code: String,
        /// A more exact, stable reason within the kind, when there is one.
        reason: Option<String>,
        /// What it means, for the person using the app, in the app's locale.
        text: String,
        /// What was wrong, in English, for developers and logs.
        detail: String,
    },
}

impl ApiError {
    /// The error `e`, its meaning for people already put in words (`text`).
    fn new(e: core::Error, text: String) -> Self {
        let code = e.kind().code().to_string();
        let reason = e.reason().map(str::to_string);
        let detail = e.to_string();
        match e.kind() {
            core::ErrorKind::NotFound => ApiError::NotFound {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::InvalidInput => ApiError::InvalidInput {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::NameRefused => ApiError::NameRefused {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::PinFormat => ApiError::PinFormat {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::AnswerShape => ApiError::AnswerShape {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::UnknownLocale => ApiError::UnknownLocale {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::BundleRefused => ApiError::BundleRefused {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::ContentInvalid => ApiError::ContentInvalid {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::Storage => ApiError::Storage {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::DatabaseTooNew => ApiError::DatabaseTooNew {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::Locked => ApiError::Locked {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::StorageFull => ApiError::StorageFull {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::Internal => ApiError::Internal {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::Closed => ApiError::Closed {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::DatabaseCorrupt => ApiError::DatabaseCorrupt {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::ForeignDatabase => ApiError::ForeignDatabase {
                code,
                reason,
                text,
                detail,
            },
            core::ErrorKind::DatabaseReadOnly => ApiError::DatabaseReadOnly {
                code,
                reason,
                text,
                detail,
            },
        }
    }
}

/// An error's four fields, the same for every kind (Kotlin and Swift reach them from
/// the base type with `info()`, without a `when`/`switch` over the kinds).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ErrorInfo {
    /// The kind's stable code (`name-refused`).
    pub code: String,
    /// A more exact, stable reason within the kind (`contact`), when there is one.
    pub reason: Option<String>,
    /// What it means, for the person using the app, in the app's locale.
    pub text: String,
    /// What was wrong, in English, for developers and logs.
    pub detail: String,
}

#[uniffi::export]
impl ApiError {
    /// Code, reason, text and detail of this error, whatever its kind.
    pub fn info(&self) -> ErrorInfo {
        let (code, reason, text, detail) = match self {
            ApiError::NotFound {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::InvalidInput {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::NameRefused {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::PinFormat {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::AnswerShape {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::UnknownLocale {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::BundleRefused {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::ContentInvalid {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::Storage {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::DatabaseTooNew {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::Locked {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::StorageFull {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::Internal {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::Closed {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::DatabaseCorrupt {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::ForeignDatabase {
                code,
                reason,
                text,
                detail,
            }
            | ApiError::DatabaseReadOnly {
                code,
                reason,
                text,
                detail,
            } => (code, reason, text, detail),
        };
        ErrorInfo {
            code: code.clone(),
            reason: reason.clone(),
            text: text.clone(),
            detail: detail.clone(),
        }
    }
}

impl From<core::Error> for ApiError {
    /// Without an open engine: the meaning in the core's own UI texts, in English.
    fn from(e: core::Error) -> Self {
        let text = core::ui_text::builtin_error_text(&[], &e);
        ApiError::new(e, text)
    }
}

/// An error from opening, its meaning in the asked-for locales (no engine exists yet).
fn open_error(e: core::Error, locales: &[String]) -> ApiError {
    let text = core::ui_text::builtin_error_text(locales, &e);
    ApiError::new(e, text)
}

/// A core result, its error put in words in the engine's locale.
fn api<T>(engine: &core::Engine, r: core::Result<T>) -> Result<T> {
    r.map_err(|e| {
        let text = engine.error_text(&e);
        ApiError::new(e, text)
    })
}

type Result<T> = std::result::Result<T, ApiError>;

// ---- records and enums (the core's types, mirrored) ------------------------------

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

#[uniffi::remote(Record)]
pub struct DatabaseRecovery {
    pub problem: String,
    pub moved_aside: Vec<String>,
    pub started_fresh: bool,
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

#[uniffi::remote(Record)]
pub struct UiText {
    /// The locale the texts are in.
    pub locale: String,
    /// Its direction: lay screens out right to left when `Rtl` (Urdu).
    pub direction: TextDirection,
    /// Reviewed by a native speaker, or a draft (then show `strings["draft-note"]`).
    pub status: ReviewStatus,
    /// Every UI text without variables, by stable id (`back`, `error-name-refused`).
    pub strings: HashMap<String, String>,
    /// Ids of the UI texts that take variables: format them with `ui_format`.
    pub with_arguments: Vec<String>,
}

#[uniffi::remote(Enum)]
pub enum UiArg {
    /// Words (a nickname, a title, a date the app formatted).
    Text {
        /// The words.
        value: String,
    },
    /// A whole number (counts choose the plural form).
    Number {
        /// The number.
        value: i64,
    },
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
pub enum AgeBand {
    Ages6To9,
    Ages10To14,
    Ages15To17,
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

#[uniffi::remote(Enum)]
pub enum VideoStatus {
    Recorded,
    NeedsRecording,
}

#[uniffi::remote(Enum)]
pub enum MediaKind {
    SignVideo,
    Picture,
    Text,
    Audio,
}

#[uniffi::remote(Enum)]
pub enum ModuleState {
    Locked,
    NotForAge,
    Available,
    InProgress,
    Completed,
    Mastered,
}

#[uniffi::remote(Enum)]
pub enum CheckPhase {
    Pre,
    Post,
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
    pub locale_problems: Vec<LocaleProblem>,
}

#[uniffi::remote(Record)]
pub struct LocaleProblem {
    pub locale: String,
    pub problem: String,
}

#[uniffi::remote(Record)]
pub struct Picture {
    pub path: String,
    pub alt: String,
}

#[uniffi::remote(Record)]
pub struct Badge {
    pub module_id: String,
    pub name: String,
    pub picture: Option<Picture>,
}

#[uniffi::remote(Record)]
pub struct ModuleSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub audience: Audience,
    pub ages: Option<AgeBand>,
    pub lesson_ids: Vec<String>,
    pub lessons_completed: u32,
    pub state: ModuleState,
    pub missing_prerequisites: Vec<String>,
    pub quiz_score: Option<f64>,
    pub badge: Option<Badge>,
    pub badge_earned: bool,
    pub has_knowledge_check: bool,
    pub assignment: Option<AssignmentInfo>,
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
    pub has_hint: bool,
    pub prompt: String,
    pub attempts_used: u32,
    pub attempts_left: Option<u32>,
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
    pub full_text: String,
    pub media_order: Vec<MediaKind>,
}

#[uniffi::remote(Record)]
pub struct DisplaySettings {
    pub text_scale: f32,
    pub reduced_motion: bool,
    pub captions: bool,
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
    pub display: DisplaySettings,
    pub run: u32,
}

#[uniffi::remote(Record)]
pub struct OptionFeedback {
    pub option_id: String,
    pub chosen: bool,
    pub correct: Option<bool>,
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
    pub module_completed: bool,
    pub badge_earned: Option<Badge>,
}

#[uniffi::remote(Record)]
pub struct AnswerResult {
    pub question_id: String,
    pub correct: bool,
    pub score: f64,
    pub message: String,
    pub options: Vec<OptionFeedback>,
    pub attempt_number: u32,
    pub attempts_left: Option<u32>,
    pub reveal: bool,
    pub hints_used: u32,
    pub progress: LessonProgress,
}

#[uniffi::remote(Record)]
pub struct LearnerSettings {
    #[uniffi(default)]
    pub locales: Vec<String>,
    #[uniffi(default)]
    pub sign_language: Option<String>,
    #[uniffi(default = false)]
    pub sign_video_first: bool,
    #[uniffi(default = true)]
    pub captions: bool,
    #[uniffi(default = false)]
    pub easy_read: bool,
    #[uniffi(default = false)]
    pub larger_text: bool,
    #[uniffi(default = false)]
    pub reduced_motion: bool,
    #[uniffi(default = false)]
    pub no_audio: bool,
}

#[uniffi::remote(Record)]
pub struct LearnerView {
    pub id: String,
    pub nickname: String,
    pub avatar: String,
    pub age_band: Option<AgeBand>,
    pub has_picture_password: bool,
    pub settings: LearnerSettings,
}

#[uniffi::remote(Enum)]
pub enum SignInResult {
    SignedIn { learner: LearnerView },
    PicturePasswordNeeded,
    NotRight { failures: u32 },
    Wait { seconds: u32 },
}

#[uniffi::remote(Enum)]
pub enum PinCheck {
    Ok,
    Wrong { failures: u32, wait_seconds: u32 },
    Wait { seconds: u32 },
    NotSet,
}

#[uniffi::remote(Record)]
pub struct KnowledgeCheckView {
    pub module_id: String,
    pub phase: CheckPhase,
    pub questions: Vec<QuestionView>,
    pub answered: u32,
}

#[uniffi::remote(Record)]
pub struct LearningGain {
    pub module_id: String,
    pub learners: u32,
    pub pre: f64,
    pub post: f64,
    pub gain: f64,
    pub normalized_gain: Option<f64>,
}

#[uniffi::remote(Enum)]
pub enum ContactKind {
    ChildHelpline,
    CsamHotline,
    PoliceCyber,
    Emergency,
    OnlineHarmHelpline,
    DeafSupport,
    TakedownTool,
    HotlineDirectory,
    HelplineDirectory,
    GlobalTool,
}

#[uniffi::remote(Enum)]
pub enum ChannelType {
    Phone,
    Sms,
    Whatsapp,
    Chat,
    Web,
    Email,
    App,
    Ussd,
    InPerson,
    VideoRelay,
}

#[uniffi::remote(Enum)]
pub enum ContactStatus {
    Verified,
    Researched,
    Unverified,
}

#[uniffi::remote(Enum)]
pub enum VerificationMethod {
    Called,
    OfficialPublication,
    Visit,
}

#[uniffi::remote(Record)]
pub struct Verification {
    pub date: String,
    pub by: String,
    pub method: VerificationMethod,
    pub evidence: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

#[uniffi::remote(Enum)]
pub enum FreeToUse {
    Yes,
    Partly,
    No,
    Unknown,
}

#[uniffi::remote(Enum)]
pub enum OpenState {
    Open,
    Closed,
    Unknown,
}

#[uniffi::remote(Record)]
pub struct ContactQuery {
    #[uniffi(default)]
    pub country: Option<String>,
    #[uniffi(default)]
    pub region: Option<String>,
    #[uniffi(default)]
    pub kinds: Vec<ContactKind>,
    #[uniffi(default)]
    pub channel_types: Vec<ChannelType>,
    #[uniffi(default = false)]
    pub deaf_accessible: bool,
    #[uniffi(default = false)]
    pub free_only: bool,
    #[uniffi(default)]
    pub language: Option<String>,
    #[uniffi(default = false)]
    pub open_now: bool,
    #[uniffi(default = false)]
    pub emergency_first: bool,
    #[uniffi(default = false)]
    pub for_child: bool,
}

#[uniffi::remote(Record)]
pub struct ChannelView {
    pub kind: ChannelType,
    pub label: String,
    pub value: String,
    pub action_uri: Option<String>,
    pub note: Option<String>,
    pub hours_text: Option<String>,
    pub hours: Option<String>,
    pub timezone: Option<String>,
    pub open: OpenState,
    pub status_text: String,
    pub next_change_ms: Option<i64>,
    pub cost: Option<String>,
    pub free: FreeToUse,
    pub usable_without_hearing: bool,
}

#[uniffi::remote(Record)]
pub struct ContactView {
    pub id: String,
    pub organisation: String,
    pub kind: ContactKind,
    pub kind_label: String,
    pub country: String,
    pub regions: Vec<String>,
    pub is_fallback: bool,
    pub fallback_note: Option<String>,
    pub open: OpenState,
    pub channels: Vec<ChannelView>,
    pub languages: Vec<String>,
    pub deaf_support: bool,
    pub max_age: Option<u8>,
    pub source_url: String,
    pub source_seen: String,
    pub confidence: Confidence,
    pub status: ContactStatus,
    pub status_text: String,
    pub verification: Option<Verification>,
    pub verify_before_shipping: bool,
    pub verify_note: Option<String>,
    pub public_note: Option<String>,
    pub is_stand_in: bool,
}

#[uniffi::remote(Record)]
pub struct PathwaySummary {
    pub id: String,
    pub title: String,
    pub audience: Audience,
}

#[uniffi::remote(Record)]
pub struct PathwayStepView {
    pub id: String,
    pub number: u32,
    pub text: String,
    pub easy_text: Option<String>,
    pub contacts: Vec<ContactView>,
    pub missing_kinds: Vec<ContactKind>,
    pub no_contact_note: Option<String>,
}

#[uniffi::remote(Record)]
pub struct PathwayView {
    pub id: String,
    pub audience: Audience,
    pub title: String,
    pub locale: String,
    pub direction: TextDirection,
    pub country: Option<String>,
    pub quick_exit_hint: String,
    pub steps: Vec<PathwayStepView>,
    pub unverified_contact_ids: Vec<String>,
}

#[uniffi::remote(Enum)]
pub enum DueState {
    NoDueDate,
    Open,
    DueSoon,
    Overdue,
    Done,
}

#[uniffi::remote(Record)]
pub struct AssignmentInfo {
    pub assignment_id: String,
    pub due_ms: Option<i64>,
    pub due_state: DueState,
}

#[uniffi::remote(Enum)]
pub enum AssignmentTarget {
    Class(String),
    Group(String),
    Learner(String),
}

#[uniffi::remote(Record)]
pub struct NewAssignment {
    pub module_ids: Vec<String>,
    pub target: AssignmentTarget,
    #[uniffi(default)]
    pub start_ms: Option<i64>,
    #[uniffi(default)]
    pub due_ms: Option<i64>,
}

#[uniffi::remote(Record)]
pub struct AssignmentView {
    pub id: String,
    pub module_ids: Vec<String>,
    pub target: AssignmentTarget,
    pub target_name: String,
    pub learner_count: u32,
    pub start_ms: Option<i64>,
    pub due_ms: Option<i64>,
    pub withdrawn: bool,
}

#[uniffi::remote(Record)]
pub struct GroupView {
    pub id: String,
    pub name: String,
    pub learner_ids: Vec<String>,
}

#[uniffi::remote(Record)]
pub struct ClassView {
    pub id: String,
    pub name: String,
    pub learner_ids: Vec<String>,
    pub groups: Vec<GroupView>,
}

#[uniffi::remote(Record)]
pub struct LearnerReport {
    pub learner_id: String,
    pub nickname: String,
    pub assigned: u32,
    pub started: u32,
    pub completed: u32,
    pub mastered: u32,
    pub quiz_score: Option<f64>,
    pub attempts: u32,
    pub time_spent_ms: i64,
}

#[uniffi::remote(Record)]
pub struct ModuleReport {
    pub module_id: String,
    pub title: String,
    pub assigned: u32,
    pub started: u32,
    pub completed: u32,
    pub mastered: u32,
    pub quiz_score: Option<f64>,
    pub gain: Option<LearningGain>,
}

#[uniffi::remote(Record)]
pub struct QuestionReport {
    pub question_id: String,
    pub module_id: String,
    pub prompt: String,
    pub attempts: u32,
    pub wrong: u32,
    pub wrong_rate: f64,
    pub top_wrong_option: Option<String>,
    pub top_wrong_text: Option<String>,
    pub top_wrong_count: u32,
}

#[uniffi::remote(Record)]
pub struct ClassReport {
    pub class_id: String,
    pub class_name: String,
    pub learners: Vec<LearnerReport>,
    pub modules: Vec<ModuleReport>,
    pub questions: Vec<QuestionReport>,
}

#[uniffi::remote(Enum)]
pub enum BundleKind {
    Progress,
    Assignments,
}

#[uniffi::remote(Record)]
pub struct ImportSummary {
    pub kind: BundleKind,
    pub from_device: String,
    pub learners_added: u32,
    pub events_added: u32,
    pub events_already_here: u32,
    pub assignments_changed: u32,
    pub classes_changed: u32,
    pub learners_erased: u32,
}

#[uniffi::remote(Record)]
pub struct ChunkProgress {
    pub bundle_id: String,
    pub received: u32,
    pub total: u32,
    pub missing: Vec<u32>,
    pub imported: Option<ImportSummary>,
}

/// The teacher area, opened with the PIN. Calls fail with `Locked` once the session
/// ends: 15 minutes without use, `end_session`, or releasing the object (`use {}`).
#[derive(uniffi::Object)]
pub struct TeacherArea {
    session: core::TeacherSession,
    engine: Arc<core::Engine>,
}

impl Drop for TeacherArea {
    fn drop(&mut self) {
        self.session.close();
    }
}

#[uniffi::export]
impl TeacherArea {
    /// End the session now (it also ends when the object is released).
    pub fn end_session(&self) {
        self.session.close();
    }

    /// Create a class.
    pub fn create_class(&self, name: String) -> Result<ClassView> {
        api(&self.engine, self.session.create_class(&name))
    }

    /// Rename a class.
    pub fn rename_class(&self, class_id: String, name: String) -> Result<ClassView> {
        api(&self.engine, self.session.rename_class(&class_id, &name))
    }

    /// All classes.
    pub fn classes(&self) -> Result<Vec<ClassView>> {
        api(&self.engine, self.session.classes())
    }

    /// Put a learner in a class.
    pub fn add_to_class(&self, class_id: String, learner_id: String) -> Result<ClassView> {
        api(
            &self.engine,
            self.session.add_to_class(&class_id, &learner_id),
        )
    }

    /// Take a learner out of a class.
    pub fn remove_from_class(&self, class_id: String, learner_id: String) -> Result<ClassView> {
        api(
            &self.engine,
            self.session.remove_from_class(&class_id, &learner_id),
        )
    }

    /// Create a group in a class.
    pub fn create_group(&self, class_id: String, name: String) -> Result<GroupView> {
        api(&self.engine, self.session.create_group(&class_id, &name))
    }

    /// Put a learner of the class in a group.
    pub fn add_to_group(&self, group_id: String, learner_id: String) -> Result<GroupView> {
        api(
            &self.engine,
            self.session.add_to_group(&group_id, &learner_id),
        )
    }

    /// Assign modules to a class, a group or a learner.
    pub fn assign(&self, assignment: NewAssignment) -> Result<AssignmentView> {
        api(&self.engine, self.session.assign(&assignment))
    }

    /// Change an assignment.
    pub fn update_assignment(
        &self,
        id: String,
        assignment: NewAssignment,
    ) -> Result<AssignmentView> {
        api(
            &self.engine,
            self.session.update_assignment(&id, &assignment),
        )
    }

    /// Withdraw an assignment.
    pub fn withdraw_assignment(&self, id: String) -> Result<AssignmentView> {
        api(&self.engine, self.session.withdraw_assignment(&id))
    }

    /// All assignments.
    pub fn assignments(&self) -> Result<Vec<AssignmentView>> {
        api(&self.engine, self.session.assignments())
    }

    /// The report for a class.
    pub fn class_report(&self, class_id: String) -> Result<ClassReport> {
        api(&self.engine, self.session.class_report(&class_id))
    }

    /// The class report as CSV, one row per learner (with nicknames).
    pub fn export_learners_csv(&self, class_id: String) -> Result<String> {
        api(&self.engine, self.session.export_learners_csv(&class_id))
    }

    /// Aggregate CSV with no nicknames; groups smaller than `min_group` are suppressed.
    pub fn export_aggregate_csv(&self, min_group: u32) -> Result<String> {
        api(&self.engine, self.session.export_aggregate_csv(min_group))
    }

    /// Remove a learner's picture password (the child sets a new one).
    pub fn reset_picture_password(&self, learner_id: String) -> Result<()> {
        api(
            &self.engine,
            self.session.reset_picture_password(&learner_id),
        )
    }

    /// Pair with a learner's device: `offer` is read from its pairing QR code, `code` is
    /// the six digits its screen shows. Its progress bundles are then accepted here.
    pub fn pair_learner_device(&self, offer: String, code: String) -> Result<PairedDevice> {
        api(
            &self.engine,
            self.session.pair_learner_device(&offer, &code),
        )
    }

    /// Forget a paired device.
    pub fn unpair_device(&self, device_id: String) -> Result<()> {
        api(&self.engine, self.session.unpair_device(&device_id))
    }

    /// An assignments bundle for learners' devices.
    pub fn export_assignments_bundle(&self) -> Result<Vec<u8>> {
        api(&self.engine, self.session.export_assignments_bundle())
    }
}

#[uniffi::remote(Enum)]
pub enum PeerRole {
    Teacher,
    Learner,
}

#[uniffi::remote(Record)]
pub struct PairedDevice {
    pub device_id: String,
    pub role: PeerRole,
    pub code: String,
    pub paired_ms: i64,
}

#[uniffi::remote(Record)]
pub struct PairingOffer {
    pub device_id: String,
    pub offer: String,
    pub code: String,
}

// ---- the object -----------------------------------------------------------------------

/// SafeSteps: one long-lived object per app. Thread-safe; open it off the main thread.
#[derive(uniffi::Object)]
pub struct SafeSteps {
    engine: Arc<core::Engine>,
    recovery: Option<DatabaseRecovery>,
}

#[uniffi::export]
impl SafeSteps {
    /// Open (or create) the database at `db_path` with the embedded default content (or
    /// an installed pack that verifies).
    #[uniffi::constructor]
    pub fn new(db_path: String, options: OpenOptions) -> Result<Arc<Self>> {
        let locales = options.preferred_locales.clone();
        let engine = core::Engine::open(Path::new(&db_path), options)
            .map_err(|e| open_error(e, &locales))?;
        Ok(Arc::new(SafeSteps {
            engine: Arc::new(engine),
            recovery: None,
        }))
    }

    /// Close: every later call throws `Closed` (also calls that start while another
    /// thread is still inside one); the database is released once the calls already
    /// running have finished. Kotlin's `close()` and Swift's deinit free the object after.
    pub fn close_database(&self) {
        self.engine.close();
    }

    /// Open like the main constructor, but when the database is damaged (or a `-wal`
    /// next to it belongs to another copy) move the bad files aside to timestamped names
    /// next to it (kept, so the data can be recovered by hand), start again, and say so
    /// in [`SafeSteps::recovery`]. Call it after the constructor failed with
    /// `DatabaseCorrupt` and the person agreed. Other errors are the constructor's.
    #[uniffi::constructor]
    pub fn open_recovering(db_path: String, options: OpenOptions) -> Result<Arc<Self>> {
        let locales = options.preferred_locales.clone();
        let (engine, recovery) = core::Engine::open_recovering(Path::new(&db_path), options)
            .map_err(|e| open_error(e, &locales))?;
        Ok(Arc::new(SafeSteps {
            engine: Arc::new(engine),
            recovery,
        }))
    }

    /// What opening had to do to a damaged database (`None` when it opened as it was).
    pub fn recovery(&self) -> Option<DatabaseRecovery> {
        self.recovery.clone()
    }

    // -- content and preferences --

    /// The content pack in use and the active text locale.
    pub fn pack_info(&self) -> PackInfo {
        self.engine.pack_info()
    }

    /// Install a signed content pack file (verified against the trusted publisher keys).
    /// A pack that is not newer than the one in use is refused unless `allow_downgrade`.
    /// On any error the current content stays in use.
    pub fn install_pack(&self, path: String, allow_downgrade: bool) -> Result<PackInfo> {
        api(
            &self.engine,
            self.engine.install_pack(Path::new(&path), allow_downgrade),
        )
    }

    /// Change the app's preferred text locales, most preferred first.
    pub fn set_preferred_locales(&self, locales: Vec<String>) -> Result<()> {
        api(&self.engine, self.engine.set_preferred_locales(&locales))
    }

    /// The app's sign language (ISO 639-3), if set.
    pub fn sign_language(&self) -> Option<String> {
        self.engine.sign_language()
    }

    /// Set or clear the app's sign language, separately from the text locale.
    pub fn set_sign_language(&self, sign_language: Option<String>) -> Result<()> {
        api(&self.engine, self.engine.set_sign_language(sign_language))
    }

    /// The country for help contacts (ISO 3166-1 alpha-2), if set.
    pub fn country(&self) -> Option<String> {
        self.engine.country()
    }

    /// Set or clear the country.
    pub fn set_country(&self, country: Option<String>) -> Result<()> {
        api(&self.engine, self.engine.set_country(country))
    }

    /// The apps' own words (buttons, labels, screen titles, error messages) in the first
    /// of `locales` that SafeSteps has (the app's locales when empty: pass a learner's
    /// `settings.locales` for their screens). Keys are stable ids (`back`, `next`,
    /// `error-name-refused`); `direction` says how to lay the screen out and `status`
    /// whether the translation is a draft.
    pub fn ui_text(&self, locales: Vec<String>) -> Result<UiText> {
        api(&self.engine, self.engine.ui_text(&locales))
    }

    /// A UI text that takes variables (see `UiText.with_arguments`), formatted: e.g.
    /// `step-n-of-m` with `number` and `total`, `tries-left` with `count` (the plural form
    /// follows the number). Unknown keys are `NotFound`; missing variables `InvalidInput`.
    pub fn ui_format(
        &self,
        key: String,
        args: HashMap<String, UiArg>,
        locales: Vec<String>,
    ) -> Result<String> {
        api(&self.engine, self.engine.ui_format(&key, &args, &locales))
    }

    /// Bytes of a picture from the pack (`Picture.path`).
    pub fn media(&self, path: String) -> Result<Vec<u8>> {
        api(&self.engine, self.engine.media(&path))
    }

    // -- learners --

    /// Avatars a learner can pick, with alt text.
    pub fn avatars(&self) -> Vec<Picture> {
        self.engine.avatars()
    }

    /// Create a learner: a nickname (never a real name), an avatar id, an age band.
    pub fn create_learner(
        &self,
        nickname: String,
        avatar: String,
        age_band: Option<AgeBand>,
    ) -> Result<LearnerView> {
        api(
            &self.engine,
            self.engine.create_learner(&nickname, &avatar, age_band),
        )
    }

    /// Learners on this device.
    pub fn learners(&self) -> Result<Vec<LearnerView>> {
        api(&self.engine, self.engine.learners())
    }

    /// One learner.
    pub fn learner(&self, learner_id: String) -> Result<LearnerView> {
        api(&self.engine, self.engine.learner(&learner_id))
    }

    /// Change nickname, avatar and age band.
    pub fn update_learner(
        &self,
        learner_id: String,
        nickname: String,
        avatar: String,
        age_band: Option<AgeBand>,
    ) -> Result<LearnerView> {
        api(
            &self.engine,
            self.engine
                .update_learner(&learner_id, &nickname, &avatar, age_band),
        )
    }

    /// Change a learner's settings; they change what lessons return.
    pub fn update_learner_settings(
        &self,
        learner_id: String,
        settings: LearnerSettings,
    ) -> Result<LearnerView> {
        api(
            &self.engine,
            self.engine.update_learner_settings(&learner_id, settings),
        )
    }

    /// Erase a learner and everything they did.
    pub fn delete_learner(&self, learner_id: String) -> Result<()> {
        api(&self.engine, self.engine.delete_learner(&learner_id))
    }

    /// The pictures a picture password is made from.
    pub fn picture_password_grid(&self) -> Vec<Picture> {
        self.engine.picture_password_grid()
    }

    /// Set (or with null, remove) a learner's picture password: 3 to 6 picture ids.
    pub fn set_picture_password(
        &self,
        learner_id: String,
        sequence: Option<Vec<String>>,
    ) -> Result<()> {
        api(
            &self.engine,
            self.engine
                .set_picture_password(&learner_id, sequence.as_deref()),
        )
    }

    /// Sign in: the avatar the child picked, then the picture password if one is set.
    pub fn sign_in(
        &self,
        learner_id: String,
        sequence: Option<Vec<String>>,
    ) -> Result<SignInResult> {
        api(
            &self.engine,
            self.engine.sign_in(&learner_id, sequence.as_deref()),
        )
    }

    /// Home-screen greeting with the learner's nickname and finished lessons.
    pub fn welcome(&self, learner_id: String) -> Result<String> {
        api(&self.engine, self.engine.welcome(&learner_id))
    }

    // -- teacher PIN --

    /// Whether a teacher PIN is set.
    pub fn has_teacher_pin(&self) -> Result<bool> {
        api(&self.engine, self.engine.has_teacher_pin())
    }

    /// Set the teacher PIN (the current one is needed to change it). Returns a recovery
    /// code to show once, for the teacher to keep on paper.
    pub fn set_teacher_pin(&self, current: Option<String>, new_pin: String) -> Result<String> {
        api(
            &self.engine,
            self.engine.set_teacher_pin(current.as_deref(), &new_pin),
        )
    }

    /// Set a new teacher PIN with the recovery code; returns a new recovery code.
    pub fn recover_teacher_pin(&self, recovery_code: String, new_pin: String) -> Result<String> {
        api(
            &self.engine,
            self.engine.recover_teacher_pin(&recovery_code, &new_pin),
        )
    }

    /// Last resort when PIN and code are lost: erase teacher mode (PIN, classes,
    /// assignments, and learners imported from other devices). Returns learners erased.
    pub fn erase_teacher_mode(&self) -> Result<u32> {
        api(&self.engine, self.engine.erase_teacher_mode())
    }

    /// Check the teacher PIN; wrong tries make the next wait longer, even across restarts.
    pub fn check_teacher_pin(&self, pin: String) -> Result<PinCheck> {
        api(&self.engine, self.engine.check_teacher_pin(&pin))
    }

    /// Open the teacher area with the PIN.
    pub fn teacher_area(&self, pin: String) -> Result<Arc<TeacherArea>> {
        Ok(Arc::new(TeacherArea {
            session: api(&self.engine, self.engine.teacher_session(&pin))?,
            engine: Arc::clone(&self.engine),
        }))
    }

    // -- device-to-device exchange --

    /// What this device shows so another can pair with it (QR payload and six digits).
    pub fn pairing_offer(&self) -> Result<PairingOffer> {
        api(&self.engine, self.engine.pairing_offer())
    }

    /// On a learner's device: pair with the teacher's device (`offer` from its QR code,
    /// `code` the six digits on its screen). Its assignment bundles are then accepted.
    pub fn pair_teacher_device(&self, offer: String, code: String) -> Result<PairedDevice> {
        api(&self.engine, self.engine.pair_teacher_device(&offer, &code))
    }

    /// Devices paired with this one.
    pub fn paired_devices(&self) -> Result<Vec<PairedDevice>> {
        api(&self.engine, self.engine.paired_devices())
    }

    /// A progress bundle of these learners (all on this device when empty).
    pub fn export_progress_bundle(&self, learner_ids: Vec<String>) -> Result<Vec<u8>> {
        api(
            &self.engine,
            self.engine.export_progress_bundle(&learner_ids),
        )
    }

    /// Import a whole bundle (verified first; nothing applied if it is refused).
    pub fn import_bundle(&self, bundle: Vec<u8>) -> Result<ImportSummary> {
        api(&self.engine, self.engine.import_bundle(&bundle))
    }

    /// Split a bundle into pieces of at most `max_bytes` (for QR codes or files).
    pub fn bundle_chunks(&self, bundle: Vec<u8>, max_bytes: u32) -> Result<Vec<Vec<u8>>> {
        api(&self.engine, self.engine.bundle_chunks(&bundle, max_bytes))
    }

    /// Take one piece of a chunked bundle; imports when the last piece arrives.
    pub fn receive_chunk(&self, piece: Vec<u8>) -> Result<ChunkProgress> {
        api(&self.engine, self.engine.receive_chunk(&piece))
    }

    /// A teacher removes a learner's picture password.
    pub fn reset_picture_password(&self, teacher_pin: String, learner_id: String) -> Result<()> {
        let session = api(&self.engine, self.engine.teacher_session(&teacher_pin))?;
        api(&self.engine, session.reset_picture_password(&learner_id))
    }

    // -- learning --

    /// Modules; for a learner, child modules with state, progress, score and badge.
    pub fn modules(&self, learner_id: Option<String>) -> Result<Vec<ModuleSummary>> {
        api(&self.engine, self.engine.modules(learner_id.as_deref()))
    }

    /// A lesson ready to show for this learner (their locale, variant, sign language, order).
    pub fn lesson(&self, lesson_id: String, learner_id: Option<String>) -> Result<LessonView> {
        api(
            &self.engine,
            self.engine.lesson(&lesson_id, learner_id.as_deref()),
        )
    }

    /// A question as it should be shown for the learner's next attempt.
    pub fn question(
        &self,
        question_id: String,
        learner_id: Option<String>,
    ) -> Result<QuestionView> {
        api(
            &self.engine,
            self.engine.question(&question_id, learner_id.as_deref()),
        )
    }

    /// Record that the learner saw a step.
    pub fn mark_step_seen(&self, learner_id: String, step_id: String) -> Result<LessonProgress> {
        api(
            &self.engine,
            self.engine.mark_step_seen(&learner_id, &step_id),
        )
    }

    /// Start a finished lesson again (a new run).
    pub fn restart_lesson(&self, learner_id: String, lesson_id: String) -> Result<LessonView> {
        api(
            &self.engine,
            self.engine.restart_lesson(&learner_id, &lesson_id),
        )
    }

    /// Open a question's hint (recorded with the next answer).
    pub fn hint(&self, learner_id: String, question_id: String) -> Result<String> {
        api(&self.engine, self.engine.hint(&learner_id, &question_id))
    }

    /// Grade and store an answer; returns feedback for every option.
    pub fn answer(
        &self,
        learner_id: String,
        question_id: String,
        selected: Vec<String>,
        time_taken_ms: Option<i64>,
    ) -> Result<AnswerResult> {
        api(
            &self.engine,
            self.engine
                .answer(&learner_id, &question_id, &selected, time_taken_ms),
        )
    }

    /// A learner's progress in a lesson.
    pub fn lesson_progress(&self, learner_id: String, lesson_id: String) -> Result<LessonProgress> {
        api(
            &self.engine,
            self.engine.lesson_progress(&learner_id, &lesson_id),
        )
    }

    /// A module's knowledge check, before or after.
    pub fn knowledge_check(
        &self,
        module_id: String,
        phase: CheckPhase,
        learner_id: Option<String>,
    ) -> Result<KnowledgeCheckView> {
        api(
            &self.engine,
            self.engine
                .knowledge_check(&module_id, phase, learner_id.as_deref()),
        )
    }

    /// Record a knowledge-check answer; returns how many are answered.
    pub fn answer_check(
        &self,
        learner_id: String,
        module_id: String,
        phase: CheckPhase,
        question_id: String,
        selected: Vec<String>,
    ) -> Result<u32> {
        api(
            &self.engine,
            self.engine
                .answer_check(&learner_id, &module_id, phase, &question_id, &selected),
        )
    }

    // -- help --

    /// Help contacts for a country, filtered and ordered for a person in need. `at_ms`
    /// is the instant for "open now" (now when null).
    pub fn contacts(&self, query: ContactQuery, at_ms: Option<i64>) -> Result<Vec<ContactView>> {
        api(&self.engine, self.engine.contacts(&query, at_ms))
    }

    /// The reporting pathways (situations).
    pub fn pathways(&self) -> Vec<PathwaySummary> {
        self.engine.pathways()
    }

    /// A reporting pathway with the contacts for a country resolved into its steps.
    pub fn pathway(
        &self,
        pathway_id: String,
        country: Option<String>,
        region: Option<String>,
        at_ms: Option<i64>,
    ) -> Result<PathwayView> {
        api(
            &self.engine,
            self.engine
                .pathway(&pathway_id, country.as_deref(), region.as_deref(), at_ms),
        )
    }

    /// Learning gain on a module for one learner or a group.
    pub fn learning_gain(
        &self,
        module_id: String,
        learner_ids: Vec<String>,
    ) -> Result<LearningGain> {
        api(
            &self.engine,
            self.engine.learning_gain(&module_id, &learner_ids),
        )
    }
}

/// Version of the core library.
#[uniffi::export]
pub fn core_version() -> String {
    core::CORE_VERSION.to_string()
}
