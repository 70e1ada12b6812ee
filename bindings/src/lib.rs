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
    BundleKind, CaptionFile, ChannelType, ChannelView, CheckPhase, ChunkProgress, ClassReport,
    ClassView, Confidence, ContactKind, ContactView, DisplaySettings, DueState, FreeToUse,
    GroupView, ImportSummary, KnowledgeCheckView, LearnerReport, LearnerSettings, LearnerView,
    LearningGain, LessonProgress, LessonView, LocaleInfo, LocaleProblem, MediaKind, ModuleReport,
    ModuleState, ModuleSummary, NewAssignment, OpenOptions, OpenState, OptionFeedback, OptionView,
    PackInfo, PackSource, PairedDevice, PairingOffer, PathwayStepView, PathwaySummary, PathwayView,
    PeerRole, Picture, QuestionKind, QuestionReport, QuestionView, ReviewStatus, SignInResult,
    SignVideo, StepKind, StepView, TextDirection, UiArg, UiText, VideoStatus,
};
use safesteps_core::views::{
    CheckedAnswer, ContactKindInfo, CountryContacts, MediaPackInfo, MediaPacks, ScreenInstructions,
};
use safesteps_core::views::{ContactStatus, Verification, VerificationMethod};
use safesteps_core::{Change, ContactQuery, PinCheck};

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
/// Options for opening SafeSteps.
pub struct OpenOptions {
    /// Preferred text locales, most preferred first (BCP 47, e.g. `["ur-PK", "en"]`).
    pub preferred_locales: Vec<String>,
    /// Country (ISO 3166-1 alpha-2) for help contacts, e.g. `"PK"`.
    #[uniffi(default)]
    pub country: Option<String>,
    /// Preferred sign language (ISO 639-3: `pks`, `sfs`, `zsl`, `bfi`, `ase`), separate from the text locale.
    #[uniffi(default)]
    pub sign_language: Option<String>,
    /// Publisher public keys (hex ed25519) this app trusts for installed packs. Empty: only
    /// the embedded pack is ever used.
    #[uniffi(default)]
    pub trusted_publisher_keys: Vec<String>,
    /// Folder for installed packs (default: the database path with `-packs` appended).
    #[uniffi(default)]
    pub pack_dir: Option<String>,
}

#[uniffi::remote(Record)]
/// What [`super::Store::open_recovering`] did with a database it could not open.
pub struct DatabaseRecovery {
    /// Why the database could not be opened as it was (the error's message).
    pub problem: String,
    /// The files moved aside, at their new names. They are kept so the data in them can
    /// be recovered by hand; SafeSteps never opens them again.
    pub moved_aside: Vec<String>,
    /// `true` when a new, empty database was started; `false` when the database was
    /// kept and only a write-ahead log that did not belong to it was moved aside.
    pub started_fresh: bool,
}

#[uniffi::remote(Enum)]
/// Where the content in use came from.
pub enum PackSource {
    /// Compiled into the app.
    Embedded,
    /// Installed from a signed pack file.
    Installed,
}

#[uniffi::remote(Enum)]
/// Reading direction of a locale's script.
pub enum TextDirection {
    /// Left to right (English, isiZulu).
    Ltr,
    /// Right to left (Urdu, Arabic).
    Rtl,
}

#[uniffi::remote(Record)]
/// An answer graded without a learner profile (a caregiver trying a quiz): nothing was
/// recorded.
pub struct CheckedAnswer {
    /// Question id.
    pub question_id: String,
    /// Fully right.
    pub correct: bool,
    /// Score from 0 to 1.
    pub score: f64,
    /// Overall feedback ("Well done!", "Not quite. Try again.").
    pub message: String,
    /// Direction of the message and the feedback.
    pub direction: TextDirection,
    /// Feedback per option (a wrong try does not show which unchosen option is right).
    pub options: Vec<OptionFeedback>,
    /// Which try this was (1 first).
    pub attempt_number: i32,
    /// Attempts left before the answer is shown (None: no limit).
    pub attempts_left: Option<i32>,
    /// The right answer is shown now (attempts used up).
    pub reveal: bool,
}

#[uniffi::remote(Record)]
/// A country the pack has help contacts for.
pub struct CountryContacts {
    /// ISO 3166-1 alpha-2 code (`PK`); name it in the app's language with the platform
    /// (`Locale("", code).displayCountry`, `Locale.current.localizedString(forRegionCode:)`).
    pub country: String,
    /// Contacts of its own (worldwide services come on top).
    pub contacts: i32,
    /// Of those, checked by a person or researched (not flagged "check this number").
    pub checked: i32,
}

#[uniffi::remote(Record)]
/// The apps' words in one locale, ready to show.
pub struct UiText {
    /// The locale the texts are in (the first of the asked-for locales the pack or the
    /// core has; the pack's default locale otherwise).
    pub locale: String,
    /// Its direction: lay the screens out right to left when `Rtl` (Urdu).
    pub direction: TextDirection,
    /// Whether that locale's translation was reviewed by a native speaker, or is a
    /// draft (show `draft-note` somewhere on the screen then).
    pub status: ReviewStatus,
    /// Every UI text without variables, keyed by its stable id without the `ui-`
    /// prefix (`back`, `quick-exit`, `error-name-refused`).
    pub strings: HashMap<String, String>,
    /// Ids of the UI texts that take variables (`step-n-of-m`, `tries-left`): format
    /// them with `ui_format`.
    pub with_arguments: Vec<String>,
}

#[uniffi::remote(Enum)]
/// A value for a variable of a UI text.
pub enum UiArg {
    /// Words (a nickname, a module title, a date the app formatted).
    Text {
        /// The words.
        value: String,
    },
    /// A whole number (counts choose the plural form: "1 try left", "2 tries left").
    Number {
        /// The number.
        value: i64,
    },
}

#[uniffi::remote(Enum)]
/// Whether a translation was reviewed by a native speaker.
pub enum ReviewStatus {
    /// Reviewed by a native speaker.
    Reviewed,
    /// Not reviewed: apps may show a "draft translation" notice.
    Draft,
}

#[uniffi::remote(Enum)]
/// Who a module is written for.
pub enum Audience {
    /// A child learner (see the module's age band).
    Child,
    /// A parent or other caregiver.
    Caregiver,
    /// A teacher running lessons.
    Teacher,
}

#[uniffi::remote(Enum)]
/// Age bands of child modules and learners, written "6-9", "10-14", "15-17" in packs.
pub enum AgeBand {
    /// 6 to 9 years.
    Ages6To9,
    /// 10 to 14 years.
    Ages10To14,
    /// 15 to 17 years.
    Ages15To17,
}

#[uniffi::remote(Enum)]
/// Kinds of lesson step.
pub enum StepKind {
    /// A short picture story.
    Story,
    /// A rule of thumb to remember.
    Tip,
    /// "What would you do?" situation (usually followed by a quiz).
    Scenario,
    /// A question.
    Quiz,
    /// A link to a reporting pathway in the help section.
    Pathway,
}

#[uniffi::remote(Enum)]
/// Question types.
pub enum QuestionKind {
    /// Exactly one option is chosen; one or more may be correct.
    SingleChoice,
    /// Any number of options are chosen; partial credit.
    MultipleChoice,
    /// Two options, true and false.
    TrueFalse,
    /// Like single choice, every option is a picture.
    PictureChoice,
    /// Put all options in order; options are written in the right order.
    Ordering,
    /// "What would you do?": one choice, feedback for every option.
    Scenario,
}

#[uniffi::remote(Enum)]
/// Whether a sign-language video exists yet.
pub enum VideoStatus {
    /// Recorded; `file`, `bytes`, `sha256` and captions are given.
    Recorded,
    /// Planned; apps show the text and picture and say the video is coming.
    NeedsRecording,
}

#[uniffi::remote(Enum)]
/// What a step shows, in the order to show it.
pub enum MediaKind {
    /// The sign-language video area.
    SignVideo,
    /// The picture.
    Picture,
    /// The text.
    Text,
    /// Narration audio (never the only way to the content).
    Audio,
}

#[uniffi::remote(Enum)]
/// Where a learner stands with a module.
pub enum ModuleState {
    /// Prerequisite modules are not complete yet.
    Locked,
    /// Written for another age band.
    NotForAge,
    /// Open, not started.
    Available,
    /// Started.
    InProgress,
    /// Every lesson complete.
    Completed,
    /// Complete, and the quiz score reached the mastery threshold.
    Mastered,
}

#[uniffi::remote(Enum)]
/// Before or after a module.
pub enum CheckPhase {
    /// Before the module.
    Pre,
    /// After the module.
    Post,
}

#[uniffi::remote(Record)]
/// A text locale of the pack.
pub struct LocaleInfo {
    /// BCP 47 tag.
    pub tag: String,
    /// Reviewed by a native speaker, or a draft.
    pub status: ReviewStatus,
    /// Reading direction.
    pub direction: TextDirection,
}

#[uniffi::remote(Record)]
/// What content is in use.
pub struct PackInfo {
    /// Pack id.
    pub id: String,
    /// Pack version.
    pub version: String,
    /// Publisher.
    pub publisher: String,
    /// Default locale.
    pub default_locale: String,
    /// Text locales.
    pub locales: Vec<LocaleInfo>,
    /// Sign languages (ISO 639-3).
    pub sign_languages: Vec<String>,
    /// The locale text is shown in now (first negotiated locale).
    pub active_locale: String,
    /// Direction of the active locale.
    pub active_direction: TextDirection,
    /// Embedded or installed.
    pub source: PackSource,
    /// Why an installed pack is not in use, when there is one that was refused at start.
    pub installed_pack_problem: Option<String>,
    /// The stable reason of `installed_pack_problem`: `old-pack-format` (built by an older
    /// SafeSteps: install it again, built with the new `safesteps pack build`; the file is
    /// kept as it is), `not-newer` (the built-in content is as new), or the error code of
    /// the refusal (`content-invalid`...).
    pub installed_pack_problem_reason: Option<String>,
    /// Locales of the active locale list that cannot be used, and why; their texts are
    /// shown in the next locale and finally the default one. Empty when all is well.
    pub locale_problems: Vec<LocaleProblem>,
}

#[uniffi::remote(Record)]
/// A locale that cannot be used as it is, and why. Its text falls back to the default locale.
pub struct LocaleProblem {
    /// The locale's tag.
    pub locale: String,
    /// What is wrong, for people.
    pub problem: String,
}

#[uniffi::remote(Record)]
/// A picture with its alt text (for screen readers and for anyone who cannot see it).
pub struct Picture {
    /// The picture's id: its file name without the extension (`cat`). Avatars and
    /// picture-password pictures are chosen by this id (`create_learner`,
    /// `set_picture_password`); no app needs to cut it out of `path`.
    pub id: String,
    /// Its media id: the file inside the pack (`media/avatars/cat.svg`); fetch the bytes
    /// with `media`.
    pub path: String,
    /// Alt text.
    pub alt: String,
    /// Direction of the alt text.
    pub direction: TextDirection,
}

#[uniffi::remote(Record)]
/// A badge for a completed module.
pub struct Badge {
    /// Module id.
    pub module_id: String,
    /// Badge name from the pack.
    pub name: String,
    /// Direction of the name.
    pub direction: TextDirection,
    /// Badge picture.
    pub picture: Option<Picture>,
}

#[uniffi::remote(Record)]
/// A module in a list.
pub struct ModuleSummary {
    /// Module id.
    pub id: String,
    /// Localized title.
    pub title: String,
    /// Localized summary.
    pub summary: String,
    /// Direction of the title and summary (their locale's).
    pub direction: TextDirection,
    /// Who it is for.
    pub audience: Audience,
    /// Age band of a child module.
    pub ages: Option<AgeBand>,
    /// Lesson ids in order.
    pub lesson_ids: Vec<String>,
    /// Lessons the learner has completed (0 without a learner).
    pub lessons_completed: i32,
    /// The learner's state (Available without a learner).
    pub state: ModuleState,
    /// Prerequisite modules still to complete.
    pub missing_prerequisites: Vec<String>,
    /// Mean first-try quiz score (0 to 1) in the latest run, when any question was answered.
    pub quiz_score: Option<f64>,
    /// The badge, earned or to earn.
    pub badge: Option<Badge>,
    /// Whether the learner earned the badge.
    pub badge_earned: bool,
    /// Whether the module has knowledge checks.
    pub has_knowledge_check: bool,
    /// Assigned to this learner by a teacher (assigned modules come first).
    pub assignment: Option<AssignmentInfo>,
    /// Cover picture.
    pub picture: Option<Picture>,
}

#[uniffi::remote(Record)]
/// An answer option.
pub struct OptionView {
    /// Option id (send these back to answer).
    pub id: String,
    /// Localized text.
    pub text: String,
    /// Direction of the text.
    pub direction: TextDirection,
    /// Picture, for picture questions.
    pub picture: Option<Picture>,
}

#[uniffi::remote(Record)]
/// A sign-language media pack installed on the device.
pub struct MediaPackInfo {
    /// ISO 639-3 sign language.
    pub sign_language: String,
    /// Id of the content pack it belongs to.
    pub base_pack: String,
    /// Version of that pack it was built for.
    pub base_version: String,
    /// Number of videos.
    pub videos: i32,
    /// Total bytes of its videos and captions.
    pub bytes: i64,
}

#[uniffi::remote(Record)]
/// The sign-language media packs on the device.
pub struct MediaPacks {
    /// Installed and in use, one per sign language.
    pub installed: Vec<MediaPackInfo>,
    /// Installed packs not in use, and why (e.g. built for another content pack).
    pub problems: Vec<String>,
}

#[uniffi::remote(Record)]
/// A question.
pub struct QuestionView {
    /// Question id (the quiz step's id).
    pub id: String,
    /// Type.
    pub kind: QuestionKind,
    /// Options to show, in order.
    pub options: Vec<OptionView>,
    /// A hint, when the pack has one (open it with `hint` so its use is recorded).
    pub has_hint: bool,
    /// The question's text.
    pub prompt: String,
    /// Direction of the prompt.
    pub direction: TextDirection,
    /// Attempts used in this run.
    pub attempts_used: i32,
    /// Attempts left before the answer is shown (None: no limit).
    pub attempts_left: Option<i32>,
    /// The question's picture, with alt text.
    pub picture: Option<Picture>,
    /// Sign-language videos of the question, the learner's sign language first (a lesson
    /// quiz step's are its step's; a knowledge-check question has its own slot).
    pub videos: Vec<SignVideo>,
}

#[uniffi::remote(Record)]
/// A sign-language video of a step.
pub struct SignVideo {
    /// The step it signs.
    pub step_id: String,
    /// ISO 639-3 sign language.
    pub sign_language: String,
    /// Recorded, or still to be recorded (show the text and picture meanwhile).
    pub status: VideoStatus,
    /// The video's media id, when recorded: its bytes with `media`, a file a player can
    /// open with `media_file`.
    pub path: Option<String>,
    /// Size in bytes, to verify a downloaded file.
    pub bytes: Option<i64>,
    /// SHA-256 (hex) of the video.
    pub sha256: Option<String>,
    /// Media id of the WebVTT captions in the learner's text locale (or the closest
    /// fallback): bytes with `media`, a file with `media_file`.
    pub captions: Option<String>,
    /// Locale of those captions.
    pub captions_locale: Option<String>,
    pub file_path: Option<String>,
    pub caption_files: Vec<CaptionFile>,
}

#[uniffi::remote(Record)]
pub struct CaptionFile {
    pub locale: String,
    pub path: String,
    pub draft: bool,
}

#[uniffi::remote(Record)]
/// One step of a lesson.
pub struct StepView {
    /// Step id.
    pub id: String,
    /// Kind.
    pub kind: StepKind,
    /// Position, 1-based ("step `number` of `total`").
    pub number: i32,
    /// Steps in the lesson.
    pub total: i32,
    /// Main text.
    pub text: String,
    /// Easy-read variant, when the pack has one.
    pub easy_text: Option<String>,
    /// Locale the text came from (the pack default when the preferred locale lacks it).
    pub locale: String,
    /// Direction of that locale.
    pub direction: TextDirection,
    /// Picture, with alt text.
    pub picture: Option<Picture>,
    /// The question of a quiz step.
    pub question: Option<QuestionView>,
    /// Sign-language videos of this step, the learner's sign language first (switchable).
    pub videos: Vec<SignVideo>,
    /// Optional narration audio path (never needed to follow the step).
    pub audio: Option<String>,
    /// Pathway a pathway step links to.
    pub pathway: Option<String>,
    /// The full text (when `text` is the easy-read variant, this is the other one).
    pub full_text: String,
    /// What to show, in order, for this learner's settings.
    pub media_order: Vec<MediaKind>,
}

#[uniffi::remote(Record)]
/// How to draw a lesson for this learner.
pub struct DisplaySettings {
    /// Text size multiplier (1.0 normal; 1.3 with larger text).
    pub text_scale: f32,
    /// Avoid animations.
    pub reduced_motion: bool,
    /// Show captions on videos by default.
    pub captions: bool,
}

#[uniffi::remote(Record)]
/// A lesson, ready to play.
pub struct LessonView {
    /// Lesson id.
    pub id: String,
    /// Module id.
    pub module_id: String,
    /// Localized title.
    pub title: String,
    /// Locale of the lesson's text.
    pub locale: String,
    /// Layout direction.
    pub direction: TextDirection,
    /// Steps in order.
    pub steps: Vec<StepView>,
    /// Index of the step to start at (where the learner left off; 0 when new).
    pub resume_index: i32,
    /// How to draw it for this learner.
    pub display: DisplaySettings,
    /// The run of the lesson (1 the first time; it grows when a finished lesson is restarted).
    pub run: i32,
}

#[uniffi::remote(Record)]
/// Feedback on one option after answering.
pub struct OptionFeedback {
    /// Option id.
    pub option_id: String,
    /// The learner chose it.
    pub chosen: bool,
    /// Whether it is a right choice: for chosen options always; for the others `None`
    /// until the answer is right or the pack's policy reveals it (after the allowed
    /// attempts), so a wrong try never shows which option is right.
    pub correct: Option<bool>,
    /// What the pack says about this option: for chosen options, and for every option
    /// once the answer is right or revealed.
    pub feedback: Option<String>,
    /// Direction of the feedback (the learner's locale when there is none).
    pub direction: TextDirection,
}

#[uniffi::remote(Record)]
/// How far a learner is in a lesson.
pub struct LessonProgress {
    /// Lesson id.
    pub lesson_id: String,
    /// Steps seen.
    pub steps_seen: i32,
    /// Steps in the lesson.
    pub steps_total: i32,
    /// Quiz questions answered right at least once.
    pub questions_passed: i32,
    /// Quiz questions in the lesson.
    pub questions_total: i32,
    /// All steps seen and every question passed.
    pub completed: bool,
    /// Step to resume at.
    pub resume_step_id: Option<String>,
    /// Every lesson of the module is complete.
    pub module_completed: bool,
    /// A badge earned just now (this step or answer completed the module).
    pub badge_earned: Option<Badge>,
}

#[uniffi::remote(Record)]
/// Result of answering a question; the attempt is already stored.
pub struct AnswerResult {
    /// Question id.
    pub question_id: String,
    /// Fully right.
    pub correct: bool,
    /// Score from 0 to 1.
    pub score: f64,
    /// Overall feedback ("Well done!", "Not quite. Try again.").
    pub message: String,
    /// Direction of the message and the feedback.
    pub direction: TextDirection,
    /// Feedback per option.
    pub options: Vec<OptionFeedback>,
    /// How many times the learner has now answered this question in this run.
    pub attempt_number: i32,
    /// Attempts left before the answer is shown (None: no limit).
    pub attempts_left: Option<i32>,
    /// The right answer is shown now (attempts used up); the lesson can go on.
    pub reveal: bool,
    /// Hints used before this answer.
    pub hints_used: i32,
    /// The lesson's progress after this answer (with a badge if this completed the module).
    pub progress: LessonProgress,
}

#[uniffi::remote(Record)]
/// A learner's own preferences. They change what the core returns, not just a flag.
pub struct LearnerSettings {
    /// Preferred text locales, most preferred first (empty: the app's).
    #[uniffi(default)]
    pub locales: Vec<String>,
    /// Sign language (ISO 639-3), separate from the text locale.
    #[uniffi(default)]
    pub sign_language: Option<String>,
    /// Put the sign-language video before the picture and text.
    #[uniffi(default = false)]
    pub sign_video_first: bool,
    /// Show captions on videos (on by default).
    #[uniffi(default = true)]
    pub captions: bool,
    /// Show the easy-read text instead of the full text.
    #[uniffi(default = false)]
    pub easy_read: bool,
    /// Larger text.
    #[uniffi(default = false)]
    pub larger_text: bool,
    /// Reduce motion (no animations).
    #[uniffi(default = false)]
    pub reduced_motion: bool,
    /// Never offer audio.
    #[uniffi(default = false)]
    pub no_audio: bool,
}

#[uniffi::remote(Record)]
/// A learner profile as shown in a picker.
pub struct LearnerView {
    /// Id.
    pub id: String,
    /// Nickname.
    pub nickname: String,
    /// Direction of the nickname (from its first letter: an Urdu nickname is right to left).
    pub nickname_direction: TextDirection,
    /// Avatar id: the `id` of one of `avatars()` (no path to cut it from).
    pub avatar: String,
    /// Age band, if given.
    pub age_band: Option<AgeBand>,
    /// Has a picture password.
    pub has_picture_password: bool,
    /// Settings.
    pub settings: LearnerSettings,
}

#[uniffi::remote(Enum)]
/// The result of a sign-in attempt.
pub enum SignInResult {
    /// Signed in.
    SignedIn {
        /// The learner.
        learner: LearnerView,
    },
    /// The learner has a picture password; ask for it.
    PicturePasswordNeeded,
    /// "That was not right, try again."
    NotRight {
        /// Failures since the last success.
        failures: i32,
    },
    /// Too many tries in a row: wait a little (never a lock-out for good).
    Wait {
        /// Seconds to wait.
        seconds: i32,
    },
}

#[uniffi::remote(Enum)]
/// Outcome of checking the teacher PIN.
pub enum PinCheck {
    /// Right PIN.
    Ok,
    /// Wrong PIN; `wait_seconds` before the next try is accepted (0: try again now).
    Wrong {
        /// Failures in a row.
        failures: i32,
        /// Seconds to wait before the next try.
        wait_seconds: i32,
    },
    /// Too soon after failures: not checked. Wait this long.
    Wait {
        /// Seconds to wait.
        seconds: i32,
    },
    /// No PIN was set yet.
    NotSet,
}

#[uniffi::remote(Record)]
/// A knowledge check (before or after a module), ready to show.
pub struct KnowledgeCheckView {
    /// Module id.
    pub module_id: String,
    /// Before or after.
    pub phase: CheckPhase,
    /// Direction of the learner's text locale (each question has its own too).
    pub direction: TextDirection,
    /// The questions.
    pub questions: Vec<QuestionView>,
    /// Questions already answered in this phase.
    pub answered: i32,
}

#[uniffi::remote(Record)]
/// Learning gain on a module's knowledge check.
pub struct LearningGain {
    /// Module id.
    pub module_id: String,
    /// Learners counted (those with both checks complete).
    pub learners: i32,
    /// Mean score before (0 to 1).
    pub pre: f64,
    /// Mean score after (0 to 1).
    pub post: f64,
    /// post - pre.
    pub gain: f64,
    /// Normalised gain (post - pre) / (1 - pre), when pre < 1.
    pub normalized_gain: Option<f64>,
}

#[uniffi::remote(Enum)]
/// What a help contact is for.
pub enum ContactKind {
    /// A child helpline (counselling, advice).
    ChildHelpline,
    /// A hotline for reporting child sexual abuse material.
    CsamHotline,
    /// A police unit for online crime.
    PoliceCyber,
    /// Emergency services.
    Emergency,
    /// A helpline for online harm (harassment, blackmail).
    OnlineHarmHelpline,
    /// A service for deaf or hard-of-hearing people.
    DeafSupport,
    /// A tool a young person uses to get their OWN nude or sexual images taken down
    /// (Take It Down, Report Remove). It needs the image on the person's device, so it is
    /// never a way to report pictures of someone else: it is not a hotline.
    TakedownTool,
    /// A directory of national hotlines for reporting child sexual abuse material
    /// (the INHOPE member list): where a country has no hotline of its own.
    HotlineDirectory,
    /// A directory of child helplines (Child Helpline International).
    HelplineDirectory,
    /// Another worldwide or national online tool.
    GlobalTool,
}

#[uniffi::remote(Enum)]
/// How to reach a contact.
pub enum ChannelType {
    /// Voice call.
    Phone,
    /// Text message.
    Sms,
    /// WhatsApp message.
    Whatsapp,
    /// Web chat.
    Chat,
    /// Web page or form.
    Web,
    /// Email.
    Email,
    /// A mobile app.
    App,
    /// USSD code.
    Ussd,
    /// In person.
    InPerson,
    /// A sign-language video relay or interpreter call (the value names the service or
    /// app; an `https` URL when the data has one).
    VideoRelay,
}

#[uniffi::remote(Enum)]
/// Whether a contact can be relied on.
pub enum ContactStatus {
    /// A person checked it (see its verification record).
    Verified,
    /// The research found it reliable and did not flag it; no one has checked it yet.
    Researched,
    /// The research flagged it: check it before relying on it.
    Unverified,
}

#[uniffi::remote(Enum)]
/// How a contact was checked.
pub enum VerificationMethod {
    /// Someone called or messaged the service and reached it.
    Called,
    /// The service's own or a government's official publication confirms it.
    OfficialPublication,
    /// Someone visited the service.
    Visit,
}

#[uniffi::remote(Record)]
/// A record that a person checked a contact.
pub struct Verification {
    /// When (ISO 8601 date, `YYYY-MM-DD`).
    pub date: String,
    /// Who checked it (a person or a partner organisation).
    pub by: String,
    /// How.
    pub method: VerificationMethod,
    /// What was checked or where it was published (optional).
    pub evidence: Option<String>,
}

#[uniffi::remote(Enum)]
/// How sure the research is about a contact.
pub enum Confidence {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

#[uniffi::remote(Enum)]
/// Whether using a channel costs the caller.
pub enum FreeToUse {
    /// Free.
    Yes,
    /// Free on some networks or from some phones (see the cost text).
    Partly,
    /// Charged.
    No,
    /// Not known.
    Unknown,
}

#[uniffi::remote(Enum)]
/// Open or closed now, or not known (unknown hours are never shown as closed).
pub enum OpenState {
    /// Open.
    Open,
    /// Closed.
    Closed,
    /// Hours not known.
    Unknown,
}

#[uniffi::remote(Record)]
/// What to look for.
pub struct ContactQuery {
    /// Country (ISO 3166-1 alpha-2); the app's country when `None`.
    #[uniffi(default)]
    pub country: Option<String>,
    /// Region (ISO 3166-2, e.g. `PK-PB`): regional services elsewhere are left out.
    #[uniffi(default)]
    pub region: Option<String>,
    /// Kinds wanted (all when empty).
    #[uniffi(default)]
    pub kinds: Vec<ContactKind>,
    /// Channel types wanted (all when empty).
    #[uniffi(default)]
    pub channel_types: Vec<ChannelType>,
    /// Only channels usable without hearing (text, chat, app, web, email, SMS, USSD, sign
    /// language video relay).
    #[uniffi(default = false)]
    pub deaf_accessible: bool,
    /// Only channels that are free (fully or on some networks).
    #[uniffi(default = false)]
    pub free_only: bool,
    /// Only contacts that list this language (BCP 47 prefix match, e.g. `pt` for `pt-BR`).
    #[uniffi(default)]
    pub language: Option<String>,
    /// Only channels open at the time asked about.
    #[uniffi(default = false)]
    pub open_now: bool,
    /// Put emergency services first.
    #[uniffi(default = false)]
    pub emergency_first: bool,
    /// For a child: an emergency list is never only low-confidence numbers (a checked
    /// helpline open day and night stands in, marked as such).
    #[uniffi(default = false)]
    pub for_child: bool,
}

#[uniffi::remote(Record)]
/// One way to reach a help contact.
pub struct ChannelView {
    /// Channel type.
    pub kind: ChannelType,
    /// Localized type ("Call", "Text message").
    pub label: String,
    /// Direction of the label, note and status text.
    pub direction: TextDirection,
    /// Number, URL, app name or address, exactly as researched.
    pub value: String,
    /// What to open: `tel:`, `sms:`, `https://wa.me/...`, `mailto:` or `https:`, made and
    /// checked by the core (see `help::uri`). `None` for an app's name, a place or a
    /// service the data names without an address: show the value as words.
    pub action_uri: Option<String>,
    /// What to know about this channel ("Police", "Only for online money fraud"): the
    /// pack's public label, localized. The research's own remarks are never shown.
    pub note: Option<String>,
    /// Hours as the source words them.
    pub hours_text: Option<String>,
    /// Hours in opening_hours syntax.
    pub hours: Option<String>,
    /// IANA time zone of the hours.
    pub timezone: Option<String>,
    /// Open at the time asked about.
    pub open: OpenState,
    /// Localized state ("Open now · Closes 17:00").
    pub status_text: String,
    /// When it next opens or closes (ms since the epoch).
    pub next_change_ms: Option<i64>,
    /// Cost as the source words it.
    pub cost: Option<String>,
    /// Free to use.
    pub free: FreeToUse,
    /// Usable without hearing (not a voice call).
    pub usable_without_hearing: bool,
}

#[uniffi::remote(Record)]
/// A help contact, ready to show.
pub struct ContactView {
    /// Contact id.
    pub id: String,
    /// Organisation and service, as the source names it.
    pub organisation: String,
    /// Kind.
    pub kind: ContactKind,
    /// Localized kind.
    pub kind_label: String,
    /// Direction of the localized texts (labels, notes, status); the organisation's
    /// name and the researched values stay as the source writes them.
    pub direction: TextDirection,
    /// Country (or EU, ZZ).
    pub country: String,
    /// Regions it covers (empty: the whole country).
    pub regions: Vec<String>,
    /// A worldwide service shown because the country has none of this kind.
    pub is_fallback: bool,
    /// Says so, in the user's language.
    pub fallback_note: Option<String>,
    /// Best state over its channels.
    pub open: OpenState,
    /// Ways to reach it (filtered by the query).
    pub channels: Vec<ChannelView>,
    /// What to open for the first channel that has an action (`tel:`, `sms:`,
    /// `https://wa.me/...`, `mailto:`, `https:`), for a one-tap "contact" button; each
    /// channel has its own `action_uri` too. `None` when no channel can be opened.
    pub primary_action_uri: Option<String>,
    /// Languages.
    pub languages: Vec<String>,
    /// A service for deaf people, or one that offers a sign language.
    pub deaf_support: bool,
    /// Oldest age served, when known.
    pub max_age: Option<i32>,
    /// Source of the information.
    pub source_url: String,
    /// When the source was seen.
    pub source_seen: String,
    /// Confidence of the research.
    pub confidence: Confidence,
    /// Checked by a person, not flagged by the research, or still to check.
    pub status: ContactStatus,
    /// Localized status ("Checked by Childline Zambia on 2026-11-29 (called)", "Not
    /// checked yet: check this number before you rely on it"): caregivers and teachers see
    /// it for every contact.
    pub status_text: String,
    /// Who checked it, when and how.
    pub verification: Option<Verification>,
    /// Not yet checked (status `unverified`): the app must say "check this number".
    pub verify_before_shipping: bool,
    /// "Check this number before you rely on it", in the user's language.
    pub verify_note: Option<String>,
    /// The pack's public note for this contact, localized (research notes are never shown).
    pub public_note: Option<String>,
    /// Shown in place of an emergency service that may not work (a helpline open day and
    /// night), with `fallback_note` saying so.
    pub is_stand_in: bool,
}

#[uniffi::remote(Record)]
/// A reporting pathway in a list.
pub struct PathwaySummary {
    /// Situation id.
    pub id: String,
    /// Localized title.
    pub title: String,
    /// Direction of the title.
    pub direction: TextDirection,
    /// Written for children or caregivers.
    pub audience: Audience,
}

#[uniffi::remote(Record)]
/// A step of a pathway, with its contacts resolved.
pub struct PathwayStepView {
    /// Step id.
    pub id: String,
    /// 1-based position.
    pub number: i32,
    /// Text.
    pub text: String,
    /// Direction of the text.
    pub direction: TextDirection,
    /// Easy-read text.
    pub easy_text: Option<String>,
    /// Contacts for this step in the user's country (worldwide ones marked as fallback).
    pub contacts: Vec<ContactView>,
    /// Kinds asked for that have no contact of their own for the country (worldwide
    /// services may stand in for them).
    pub missing_kinds: Vec<ContactKind>,
    /// Says what to do when nothing at all is listed for this step.
    pub no_contact_note: Option<String>,
    pub picture: Option<Picture>,
    pub videos: Vec<SignVideo>,
}

#[uniffi::remote(Record)]
/// A reporting pathway, ready to show.
pub struct PathwayView {
    /// Situation id.
    pub id: String,
    /// Children or caregivers.
    pub audience: Audience,
    /// Title.
    pub title: String,
    /// Locale of the text.
    pub locale: String,
    /// Layout direction.
    pub direction: TextDirection,
    /// Country the contacts are for.
    pub country: Option<String>,
    /// Tell the user about the app's quick-exit button.
    pub quick_exit_hint: String,
    /// Steps.
    pub steps: Vec<PathwayStepView>,
    /// Contacts on this screen that are not yet checked ("check this number").
    pub unverified_contact_ids: Vec<String>,
    pub quick_exit: Option<ScreenInstructions>,
    pub contact_kinds: Vec<ContactKindInfo>,
}

#[uniffi::remote(Record)]
pub struct ScreenInstructions {
    pub name: String,
    pub text: String,
    pub easy_text: Option<String>,
    pub locale: String,
    pub direction: TextDirection,
    pub picture: Option<Picture>,
    pub videos: Vec<SignVideo>,
}

#[uniffi::remote(Record)]
pub struct ContactKindInfo {
    pub kind: ContactKind,
    pub label: String,
    pub text: String,
    pub easy_text: Option<String>,
    pub locale: String,
    pub direction: TextDirection,
    pub picture: Option<Picture>,
    pub videos: Vec<SignVideo>,
}

#[uniffi::remote(Enum)]
/// How an assigned module stands against its due date.
pub enum DueState {
    /// No due date.
    NoDueDate,
    /// Due later.
    Open,
    /// Due within two days.
    DueSoon,
    /// Past due and not done.
    Overdue,
    /// Done (module complete).
    Done,
}

#[uniffi::remote(Record)]
/// An assignment as a learner sees it on a module.
pub struct AssignmentInfo {
    /// Assignment id.
    pub assignment_id: String,
    /// Due (ms since the epoch).
    pub due_ms: Option<i64>,
    /// Due state now.
    pub due_state: DueState,
}

#[uniffi::remote(Enum)]
/// Who an assignment is for.
pub enum AssignmentTarget {
    /// Everyone in a class.
    Class(String),
    /// Everyone in a group.
    Group(String),
    /// One learner.
    Learner(String),
}

#[uniffi::remote(Record)]
/// What a teacher assigns.
pub struct NewAssignment {
    /// Modules, in the order to do them.
    pub module_ids: Vec<String>,
    /// Class, group or learner.
    pub target: AssignmentTarget,
    /// Shown to learners from this time (ms since the epoch); now when `None`.
    #[uniffi(default)]
    pub start_ms: Option<i64>,
    /// Due (ms since the epoch).
    #[uniffi(default)]
    pub due_ms: Option<i64>,
}

#[uniffi::remote(Record)]
/// An assignment, as the teacher sees it.
pub struct AssignmentView {
    /// Id.
    pub id: String,
    /// Modules.
    pub module_ids: Vec<String>,
    /// Target.
    pub target: AssignmentTarget,
    /// Name of the class, group or learner (nickname).
    pub target_name: String,
    /// Direction of the name (from its own letters: a teacher may type it in any script).
    pub target_name_direction: TextDirection,
    /// Learners it reaches now.
    pub learner_count: i32,
    /// Shown from.
    pub start_ms: Option<i64>,
    /// Due.
    pub due_ms: Option<i64>,
    /// Withdrawn.
    pub withdrawn: bool,
}

#[uniffi::remote(Record)]
/// A group of a class.
pub struct GroupView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Direction of the name (from its own letters).
    pub name_direction: TextDirection,
    /// Learner ids.
    pub learner_ids: Vec<String>,
}

#[uniffi::remote(Record)]
/// A class with its learners and groups.
pub struct ClassView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Direction of the name (from its own letters).
    pub name_direction: TextDirection,
    /// Learner ids.
    pub learner_ids: Vec<String>,
    /// Groups.
    pub groups: Vec<GroupView>,
}

#[uniffi::remote(Record)]
/// One learner's line in a class report.
pub struct LearnerReport {
    /// Learner id.
    pub learner_id: String,
    /// Nickname.
    pub nickname: String,
    /// Direction of the nickname (from its own letters).
    pub nickname_direction: TextDirection,
    /// Modules assigned to the learner.
    pub assigned: i32,
    /// Assigned modules started.
    pub started: i32,
    /// Assigned modules completed.
    pub completed: i32,
    /// Assigned modules mastered.
    pub mastered: i32,
    /// Mean first-try score (0 to 1) over every question answered.
    pub quiz_score: Option<f64>,
    /// Answers given.
    pub attempts: i32,
    /// Time spent: the sum of gaps between the learner's consecutive actions, counting
    /// gaps of at most 5 minutes (longer gaps are breaks).
    pub time_spent_ms: i64,
}

#[uniffi::remote(Record)]
/// One module's line in a class report.
pub struct ModuleReport {
    /// Module id.
    pub module_id: String,
    /// Title.
    pub title: String,
    /// Direction of the title (its locale's).
    pub direction: TextDirection,
    /// Learners it is assigned to.
    pub assigned: i32,
    /// Of those, started.
    pub started: i32,
    /// Of those, completed.
    pub completed: i32,
    /// Of those, mastered.
    pub mastered: i32,
    /// Mean first-try score of the class's learners who answered its questions.
    pub quiz_score: Option<f64>,
    /// Learning gain on the module's knowledge check (class learners with both checks).
    pub gain: Option<LearningGain>,
}

#[uniffi::remote(Record)]
/// How a question goes for a class: how often it is answered wrong, and the wrong
/// option chosen most (a misconception to talk about).
pub struct QuestionReport {
    /// Question id.
    pub question_id: String,
    /// Module id.
    pub module_id: String,
    /// The question's text.
    pub prompt: String,
    /// Direction of the prompt and the option's text (their locale's).
    pub direction: TextDirection,
    /// Answers given.
    pub attempts: i32,
    /// Answers not fully right.
    pub wrong: i32,
    /// wrong / attempts.
    pub wrong_rate: f64,
    /// The wrong option chosen most.
    pub top_wrong_option: Option<String>,
    /// Its text.
    pub top_wrong_text: Option<String>,
    /// How often it was chosen.
    pub top_wrong_count: i32,
}

#[uniffi::remote(Record)]
/// A class report.
pub struct ClassReport {
    /// Class id.
    pub class_id: String,
    /// Class name.
    pub class_name: String,
    /// Direction of the class name (from its own letters).
    pub class_name_direction: TextDirection,
    /// One line per learner.
    pub learners: Vec<LearnerReport>,
    /// One line per module assigned to anyone in the class.
    pub modules: Vec<ModuleReport>,
    /// Questions answered by the class, most often wrong first.
    pub questions: Vec<QuestionReport>,
}

#[uniffi::remote(Enum)]
/// What a bundle carries.
pub enum BundleKind {
    /// Learners' profiles (nickname, avatar, age band), class memberships and learning events.
    Progress,
    /// Classes, groups and assignments from a teacher.
    Assignments,
}

#[uniffi::remote(Record)]
/// What importing a bundle changed.
pub struct ImportSummary {
    /// What the bundle carried.
    pub kind: BundleKind,
    /// The device that made it.
    pub from_device: String,
    /// Learner profiles new on this device.
    pub learners_added: i32,
    /// Events new on this device.
    pub events_added: i32,
    /// Events this device already had (importing twice changes nothing).
    pub events_already_here: i32,
    /// Assignments added or updated.
    pub assignments_changed: i32,
    /// Classes and groups added or updated.
    pub classes_changed: i32,
    /// Learners erased here because they were erased on the sending device.
    pub learners_erased: i32,
}

#[uniffi::remote(Record)]
/// Where a chunked transfer stands.
pub struct ChunkProgress {
    /// Bundle id (hex).
    pub bundle_id: String,
    /// Pieces received.
    pub received: i32,
    /// Pieces in all.
    pub total: i32,
    /// Pieces still missing (indexes), to ask for again.
    pub missing: Vec<i32>,
    /// Set when the last piece arrived and the bundle was verified and imported.
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
    pub fn export_aggregate_csv(&self, min_group: i32) -> Result<String> {
        let min_group = u32::try_from(min_group).unwrap_or(0);
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
/// What a paired device may send here.
pub enum PeerRole {
    /// The teacher's device: its assignment bundles change classes, groups and assignments.
    Teacher,
    /// A learner's device: its progress bundles carry its own learners' profiles and events.
    Learner,
}

#[uniffi::remote(Record)]
/// A device paired with this one.
pub struct PairedDevice {
    /// Its device id.
    pub device_id: String,
    /// What it may send.
    pub role: PeerRole,
    /// The short code both screens showed when it was paired.
    pub code: String,
    /// When it was paired (ms since the epoch).
    pub paired_ms: i64,
}

#[uniffi::remote(Record)]
/// What this device shows so another device can pair with it: a QR payload and, in
/// big digits, the short code the other screen must show too.
pub struct PairingOffer {
    /// This device's id.
    pub device_id: String,
    /// Text for a QR code (or to type): `safesteps-pair:1:<device id>:<public key>`.
    pub offer: String,
    /// Six digits derived from the device id and key; the other screen shows the same.
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

    /// Install a signed sign-language media pack file (one sign language's approved videos
    /// and captions, built with `safesteps pack build-media`): its signature and publisher
    /// are checked before anything is unpacked; it is refused when its sign language is not
    /// the app's (when one is set) or it was built for another content pack; it is streamed
    /// to disk with bounded memory and swapped in whole. Lesson, question, pathway and
    /// screen views then give its videos' `file_path` and `caption_files`.
    pub fn install_media_pack(&self, path: String) -> Result<MediaPackInfo> {
        api(
            &self.engine,
            self.engine.install_media_pack(Path::new(&path)),
        )
    }

    /// The sign-language media packs installed (and those not in use, with why).
    pub fn media_packs(&self) -> MediaPacks {
        self.engine.media_packs()
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

    /// A media file (a recorded sign-language video `SignVideo.path`, its captions
    /// `SignVideo.captions`, a picture) as a file a player can open: written once into
    /// `folder` (the app's cache folder, which must exist) and reused; returns its path.
    pub fn media_file(&self, media_id: String, folder: String) -> Result<String> {
        api(
            &self.engine,
            self.engine.media_file(&media_id, Path::new(&folder)),
        )
    }

    /// Call `listener` after every committed change (progress recorded, learners
    /// changed or erased, assignments changed, a bundle imported, a pack installed, the
    /// app's settings changed), so screens can refresh. It is called on the thread that
    /// made the change, after the database is released: post to your UI thread, and you
    /// may call SafeSteps from it. A listener that throws is ignored; it never breaks the
    /// call. Returns an id for `remove_change_listener`.
    pub fn add_change_listener(&self, listener: Arc<dyn ChangeListener>) -> i64 {
        let id = self
            .engine
            .add_change_listener(Arc::new(move |change: &Change| {
                // A throwing listener comes back as an error here; SafeSteps goes on.
                if listener.on_change(change.clone()).is_err() {
                    log::warn!("a change listener threw; SafeSteps goes on");
                }
            }));
        i64::try_from(id).unwrap_or(i64::MAX)
    }

    /// Stop calling a listener; `false` when no listener has this id.
    pub fn remove_change_listener(&self, id: i64) -> bool {
        u64::try_from(id).is_ok_and(|id| self.engine.remove_change_listener(id))
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
    pub fn erase_teacher_mode(&self) -> Result<i32> {
        api(&self.engine, self.engine.erase_teacher_mode()).map(count)
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
    pub fn bundle_chunks(&self, bundle: Vec<u8>, max_bytes: i32) -> Result<Vec<Vec<u8>>> {
        // Negative sizes are refused by the core like any size outside the range.
        let max_bytes = u32::try_from(max_bytes).unwrap_or(0);
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
    ) -> Result<i32> {
        api(
            &self.engine,
            self.engine
                .answer_check(&learner_id, &module_id, phase, &question_id, &selected),
        )
        .map(count)
    }

    /// Grade an answer without a learner profile (a caregiver or teacher trying a quiz):
    /// nothing is recorded. `attempt_number` is which try this is (1 first); after the
    /// pack's allowed attempts the right answer is shown, as for a learner.
    pub fn check_answer(
        &self,
        question_id: String,
        selected: Vec<String>,
        attempt_number: i32,
    ) -> Result<CheckedAnswer> {
        let attempt = u32::try_from(attempt_number).unwrap_or(1);
        api(
            &self.engine,
            self.engine.check_answer(&question_id, &selected, attempt),
        )
    }

    // -- help --

    /// Help contacts for a country, filtered and ordered for a person in need. `at_ms`
    /// is the instant for "open now" (now when null).
    pub fn contacts(&self, query: ContactQuery, at_ms: Option<i64>) -> Result<Vec<ContactView>> {
        api(&self.engine, self.engine.contacts(&query, at_ms))
    }

    /// The countries with help contacts of their own, for a country picker (codes; the
    /// platform names them in the app's language).
    pub fn contact_countries(&self) -> Vec<CountryContacts> {
        self.engine.contact_countries()
    }

    /// A key screen's short instructions (text, easy-read, picture, sign-language
    /// videos) for a learner, or the app's settings when null: `learner-picker`, `home`,
    /// `lesson`, `quiz`, `knowledge-check`, `help`, `pathway`, `settings`, `quick-exit`.
    pub fn screen_instructions(
        &self,
        name: String,
        learner_id: Option<String>,
    ) -> Result<ScreenInstructions> {
        Ok(self
            .engine
            .screen_instructions(&name, learner_id.as_deref())?)
    }

    /// What each kind of help contact is ("A child helpline is ..."), with pictures and
    /// sign-language videos, for a learner or the app's settings.
    pub fn contact_kinds(&self, learner_id: Option<String>) -> Result<Vec<ContactKindInfo>> {
        Ok(self.engine.contact_kinds(learner_id.as_deref())?)
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

/// A count from the core, for the apps' signed integers.
fn count(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

#[uniffi::remote(Enum)]
/// What changed, told to change listeners ([`Engine::add_change_listener`]) after the
/// change is committed, so screens showing it can refresh.
pub enum Change {
    /// A learner's progress changed (a step seen, an answer, a knowledge-check answer, a
    /// lesson restarted).
    ProgressRecorded {
        /// The learner.
        learner_id: String,
        /// The lesson, when the change is in one (not for knowledge checks).
        lesson_id: Option<String>,
        /// The module.
        module_id: String,
    },
    /// A learner was created, or their nickname, avatar, age band, settings or picture
    /// password changed.
    LearnerChanged {
        /// The learner.
        learner_id: String,
    },
    /// A learner and everything they did were erased.
    LearnerErased {
        /// The learner (no longer found).
        learner_id: String,
    },
    /// Classes, groups, members or assignments changed (by the teacher here, or teacher
    /// mode was erased).
    AssignmentsChanged,
    /// A bundle from another device was imported (learners, progress, classes or
    /// assignments may have changed).
    BundleImported {
        /// What it carried.
        kind: BundleKind,
    },
    /// Paired devices changed.
    PairingChanged,
    /// A content pack was installed: every text and picture may have changed.
    PackInstalled {
        /// Its id.
        pack_id: String,
        /// Its version.
        version: String,
    },
    /// A sign-language media pack was installed: videos of that sign language may have
    /// become playable.
    MediaPackInstalled {
        /// Its sign language.
        sign_language: String,
    },
    /// The app's locales, country or sign language changed.
    AppSettingsChanged,
}

/// Why a change listener failed (only ever made by UniFFI from a listener that threw).
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum ListenerError {
    /// The listener threw.
    #[error("{0}")]
    Failed(String),
}

impl From<uniffi::UnexpectedUniFFICallbackError> for ListenerError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        ListenerError::Failed(e.reason)
    }
}

/// Told after every committed change, so screens can refresh (see
/// `SafeSteps.add_change_listener`).
#[uniffi::export(with_foreign)]
pub trait ChangeListener: Send + Sync {
    /// Something changed. Called on the thread that made the change; post to the UI
    /// thread. Throwing is harmless.
    fn on_change(&self, change: Change) -> std::result::Result<(), ListenerError>;
}

/// Version of the core library.
#[uniffi::export]
pub fn core_version() -> String {
    core::CORE_VERSION.to_string()
}

#[cfg(test)]
mod tests {
    //! The mirrors' `#[uniffi(default ...)]` values (what Kotlin, Swift and Python use when
    //! an app leaves a field out) agree with the core's `Default`.

    use std::collections::BTreeMap;

    /// Field name -> the mirror's default (`"true"`, `"false"`, or `""` for the type's
    /// own default: `None`, an empty list, `false`), for one mirrored record.
    fn mirror_defaults(record: &str) -> BTreeMap<String, String> {
        let source = include_str!("lib.rs");
        let start = source
            .find(&format!("pub struct {record} {{"))
            .unwrap_or_else(|| panic!("no mirror of {record}"));
        let body = &source[start..start + source[start..].find("\n}").unwrap()];
        let mut out = BTreeMap::new();
        let mut pending: Option<String> = None;
        for line in body.lines().map(str::trim) {
            if let Some(attr) = line.strip_prefix("#[uniffi(default") {
                let value = attr.trim_end_matches(")]").trim_start_matches(" = ");
                pending = Some(value.trim().to_string());
            } else if let Some(field) = line.strip_prefix("pub ") {
                let name = field.split(':').next().unwrap().trim().to_string();
                if let Some(v) = pending.take() {
                    out.insert(name, v);
                }
            }
        }
        out
    }

    /// Field name -> value, from a record's `Debug` (only the simple values compared here).
    fn core_defaults(debug: &str) -> BTreeMap<String, String> {
        let inner = &debug[debug.find('{').unwrap() + 1..debug.rfind('}').unwrap()];
        inner
            .split(", ")
            .filter_map(|kv| kv.split_once(": "))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect()
    }

    fn check(record: &str, core_debug: String, fields_with_default: usize) {
        let mirror = mirror_defaults(record);
        let core = core_defaults(&core_debug);
        assert_eq!(
            mirror.len(),
            fields_with_default,
            "{record}: defaults in the mirror {mirror:?}"
        );
        for (field, default) in &mirror {
            let core_value = core
                .get(field)
                .unwrap_or_else(|| panic!("{record}.{field} is not in the core"));
            let agrees = match default.as_str() {
                "" => matches!(core_value.as_str(), "None" | "[]" | "false" | "\"\""),
                v => v == core_value,
            };
            assert!(
                agrees,
                "{record}.{field}: mirror default {default:?}, core default {core_value}"
            );
        }
    }

    #[test]
    fn mirror_defaults_agree_with_the_core() {
        check(
            "LearnerSettings",
            format!("{:?}", safesteps_core::LearnerSettings::default()),
            8,
        );
        check(
            "ContactQuery",
            format!("{:?}", safesteps_core::ContactQuery::default()),
            10,
        );
        check(
            "OpenOptions",
            format!("{:?}", safesteps_core::OpenOptions::default()),
            4,
        );
        // `captions` is the one setting on by default: the check sees it.
        assert_eq!(
            mirror_defaults("LearnerSettings")
                .get("captions")
                .map(String::as_str),
            Some("true")
        );
    }
}
