//! Ready-to-show view models: text already localized, media already chosen.
//! Front ends (bindings, CLI) show these as they are.

pub use crate::content::{Audience, QuestionKind, ReviewStatus, StepKind, VideoStatus};
pub use crate::l10n::{LocaleProblem, TextDirection};
pub use crate::ui_text::{UiArg, UiText};

use serde::{Deserialize, Serialize};

pub use crate::content::{
    ChannelType, CheckPhase, Confidence, ContactKind, ContactStatus, FreeToUse, Verification,
    VerificationMethod,
};

/// A count or number for the apps: records use `i32` (Kotlin `Int`, Swift `Int32`) rather
/// than unsigned types, which Kotlin and Swift code must convert everywhere; counts are
/// never negative and saturate at `i32::MAX`.
pub(crate) fn int<T: TryInto<i32>>(n: T) -> i32 {
    n.try_into().unwrap_or(i32::MAX)
}

/// Age bands of child modules and learners, written "6-9", "10-14", "15-17" in packs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    /// 6 to 9 years.
    #[serde(rename = "6-9")]
    Ages6To9,
    /// 10 to 14 years.
    #[serde(rename = "10-14")]
    Ages10To14,
    /// 15 to 17 years.
    #[serde(rename = "15-17")]
    Ages15To17,
}

impl AgeBand {
    /// The band as written in packs ("6-9").
    pub fn name(self) -> String {
        crate::names::serde_name(&self)
    }

    /// Parse "6-9", "10-14", "15-17".
    pub fn parse(s: &str) -> Option<Self> {
        crate::names::from_serde_name(s.trim())
    }
}

/// A learner's own preferences. They change what the core returns, not just a flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LearnerSettings {
    /// Preferred text locales, most preferred first (empty: the app's).
    pub locales: Vec<String>,
    /// Sign language (ISO 639-3), separate from the text locale.
    pub sign_language: Option<String>,
    /// Put the sign-language video before the picture and text.
    pub sign_video_first: bool,
    /// Show captions on videos (on by default).
    pub captions: bool,
    /// Show the easy-read text instead of the full text.
    pub easy_read: bool,
    /// Larger text.
    pub larger_text: bool,
    /// Reduce motion (no animations).
    pub reduced_motion: bool,
    /// Never offer audio.
    pub no_audio: bool,
}

impl Default for LearnerSettings {
    fn default() -> Self {
        LearnerSettings {
            locales: Vec::new(),
            sign_language: None,
            sign_video_first: false,
            captions: true,
            easy_read: false,
            larger_text: false,
            reduced_motion: false,
            no_audio: false,
        }
    }
}

/// What a step shows, in the order to show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// How to draw a lesson for this learner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DisplaySettings {
    /// Text size multiplier (1.0 normal; 1.3 with larger text).
    pub text_scale: f32,
    /// Avoid animations.
    pub reduced_motion: bool,
    /// Show captions on videos by default.
    pub captions: bool,
}

/// Options for opening SafeSteps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenOptions {
    /// Preferred text locales, most preferred first (BCP 47, e.g. `["ur-PK", "en"]`).
    pub preferred_locales: Vec<String>,
    /// Country (ISO 3166-1 alpha-2) for help contacts, e.g. `"PK"`.
    pub country: Option<String>,
    /// Preferred sign language (ISO 639-3: `pks`, `sfs`, `zsl`, `bfi`, `ase`), separate from the text locale.
    pub sign_language: Option<String>,
    /// Publisher public keys (hex ed25519) this app trusts for installed packs. Empty: only
    /// the embedded pack is ever used.
    pub trusted_publisher_keys: Vec<String>,
    /// Folder for installed packs (default: the database path with `-packs` appended).
    pub pack_dir: Option<String>,
}

/// Where the content in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackSource {
    /// Compiled into the app.
    Embedded,
    /// Installed from a signed pack file.
    Installed,
}

/// A text locale of the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag.
    pub tag: String,
    /// Reviewed by a native speaker, or a draft.
    pub status: ReviewStatus,
    /// Reading direction.
    pub direction: TextDirection,
}

/// What content is in use.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// A module in a list.
#[derive(Debug, Clone, PartialEq)]
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

/// A picture with its alt text (for screen readers and for anyone who cannot see it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

impl Picture {
    /// A pack picture: its id is the file name without the extension.
    pub fn new(path: &str, alt: String, direction: TextDirection) -> Self {
        let name = path.rsplit('/').next().unwrap_or(path);
        let id = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        Picture {
            id: id.to_string(),
            path: path.to_string(),
            alt,
            direction,
        }
    }
}

/// A lesson, ready to play.
#[derive(Debug, Clone, PartialEq)]
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

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq)]
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

/// A sign-language video of a step (or of another video slot: a pathway step, a
/// knowledge-check question, a contact kind, a screen's instructions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    /// Absolute path of the playable video file, when this sign language's media pack
    /// is installed on the device and holds this video (approved by a second signer).
    pub file_path: Option<String>,
    /// Absolute paths of its WebVTT caption files, the learner's locales first.
    pub caption_files: Vec<CaptionFile>,
}

/// A WebVTT caption file of an installed video.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaptionFile {
    /// BCP 47 text locale.
    pub locale: String,
    /// Absolute path of the `.vtt` file.
    pub path: String,
    /// The translation was not reviewed by a native speaker: show a draft notice (every
    /// cue also starts with "[draft]").
    pub draft: bool,
}

/// A sign-language media pack installed on the device.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// The sign-language media packs on the device.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MediaPacks {
    /// Installed and in use, one per sign language.
    pub installed: Vec<MediaPackInfo>,
    /// Installed packs not in use, and why (e.g. built for another content pack).
    pub problems: Vec<String>,
}

/// A question.
#[derive(Debug, Clone, PartialEq)]
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

/// An answer option.
#[derive(Debug, Clone, PartialEq)]
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

/// Feedback on one option after answering.
#[derive(Debug, Clone, PartialEq)]
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

/// Result of answering a question; the attempt is already stored.
#[derive(Debug, Clone, PartialEq)]
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

/// An answer graded without a learner profile (a caregiver trying a quiz): nothing was
/// recorded.
#[derive(Debug, Clone, PartialEq)]
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

/// A badge for a completed module.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// Where a learner stands with a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// A knowledge check (before or after a module), ready to show.
#[derive(Debug, Clone, PartialEq)]
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

/// Learning gain on a module's knowledge check.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// The result of a sign-in attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// How far a learner is in a lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// A learner profile as shown in a picker.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// Open or closed now, or not known (unknown hours are never shown as closed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenState {
    /// Open.
    Open,
    /// Closed.
    Closed,
    /// Hours not known.
    Unknown,
}

/// One way to reach a help contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// A help contact, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// A country the pack has help contacts for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryContacts {
    /// ISO 3166-1 alpha-2 code (`PK`); name it in the app's language with the platform
    /// (`Locale("", code).displayCountry`, `Locale.current.localizedString(forRegionCode:)`).
    pub country: String,
    /// Contacts of its own (worldwide services come on top).
    pub contacts: i32,
    /// Of those, checked by a person or researched (not flagged "check this number").
    pub checked: i32,
}

/// A reporting pathway in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// A step of a pathway, with its contacts resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    /// The step's picture, with alt text.
    pub picture: Option<Picture>,
    /// Sign-language videos of the step (slot `pathway.<id>.<n>`), the app's sign
    /// language first.
    pub videos: Vec<SignVideo>,
}

/// A reporting pathway, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    /// The quick-exit explanation with its picture and sign-language videos, when the
    /// pack has it (`screens.toml`, screen `quick-exit`).
    pub quick_exit: Option<ScreenInstructions>,
    /// What each kind of contact on this screen is ("A child helpline is ..."), in the
    /// order the kinds first appear, for those the pack explains.
    pub contact_kinds: Vec<ContactKindInfo>,
}

/// A key screen's short instructions, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreenInstructions {
    /// Screen name (`learner-picker`, `home`, `lesson`, `quiz`, `knowledge-check`,
    /// `help`, `pathway`, `settings`, `quick-exit`).
    pub name: String,
    /// The instructions (easy-read when the learner asked for it and the pack has it).
    pub text: String,
    /// Easy-read form, when the pack has one.
    pub easy_text: Option<String>,
    /// Locale of the text.
    pub locale: String,
    /// Its direction.
    pub direction: TextDirection,
    /// Picture, with alt text.
    pub picture: Option<Picture>,
    /// Sign-language videos (slot `screen.<name>`), the viewer's sign language first.
    pub videos: Vec<SignVideo>,
}

/// What a kind of help contact is, for someone who has never heard of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactKindInfo {
    /// The kind.
    pub kind: ContactKind,
    /// Its short label ("Child helpline").
    pub label: String,
    /// What it is (easy-read when the learner asked for it and the pack has it).
    pub text: String,
    /// Easy-read form, when the pack has one.
    pub easy_text: Option<String>,
    /// Locale of the text.
    pub locale: String,
    /// Its direction.
    pub direction: TextDirection,
    /// Picture, with alt text.
    pub picture: Option<Picture>,
    /// Sign-language videos (slot `contact-kind.<kind>`), the viewer's sign language first.
    pub videos: Vec<SignVideo>,
}

/// Who an assignment is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum AssignmentTarget {
    /// Everyone in a class.
    Class(String),
    /// Everyone in a group.
    Group(String),
    /// One learner.
    Learner(String),
}

/// The kind of an [`AssignmentTarget`], as stored (its serde name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// A class.
    Class,
    /// A group.
    Group,
    /// A learner.
    Learner,
}

impl AssignmentTarget {
    /// Its kind and id.
    pub fn parts(&self) -> (TargetKind, &str) {
        match self {
            AssignmentTarget::Class(id) => (TargetKind::Class, id),
            AssignmentTarget::Group(id) => (TargetKind::Group, id),
            AssignmentTarget::Learner(id) => (TargetKind::Learner, id),
        }
    }

    /// Made from its kind and id.
    pub fn from_parts(kind: TargetKind, id: String) -> Self {
        match kind {
            TargetKind::Class => AssignmentTarget::Class(id),
            TargetKind::Group => AssignmentTarget::Group(id),
            TargetKind::Learner => AssignmentTarget::Learner(id),
        }
    }
}

/// What a paired device may send here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeerRole {
    /// The teacher's device: its assignment bundles change classes, groups and assignments.
    Teacher,
    /// A learner's device: its progress bundles carry its own learners' profiles and events.
    Learner,
}

/// A device paired with this one.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// What this device shows so another device can pair with it: a QR payload and, in
/// big digits, the short code the other screen must show too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairingOffer {
    /// This device's id.
    pub device_id: String,
    /// Text for a QR code (or to type): `safesteps-pair:1:<device id>:<public key>`.
    pub offer: String,
    /// Six digits derived from the device id and key; the other screen shows the same.
    pub code: String,
}

/// What a teacher assigns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssignment {
    /// Modules, in the order to do them.
    pub module_ids: Vec<String>,
    /// Class, group or learner.
    pub target: AssignmentTarget,
    /// Shown to learners from this time (ms since the epoch); now when `None`.
    pub start_ms: Option<i64>,
    /// Due (ms since the epoch).
    pub due_ms: Option<i64>,
}

/// An assignment, as the teacher sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// How an assigned module stands against its due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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

/// An assignment as a learner sees it on a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentInfo {
    /// Assignment id.
    pub assignment_id: String,
    /// Due (ms since the epoch).
    pub due_ms: Option<i64>,
    /// Due state now.
    pub due_state: DueState,
}

/// A group of a class.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// A class with its learners and groups.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// One learner's line in a class report.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// One module's line in a class report.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// How a question goes for a class: how often it is answered wrong, and the wrong
/// option chosen most (a misconception to talk about).
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// A class report.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// What a bundle carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BundleKind {
    /// Learners' profiles (nickname, avatar, age band), class memberships and learning events.
    Progress,
    /// Classes, groups and assignments from a teacher.
    Assignments,
}

/// What importing a bundle changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// Where a chunked transfer stands.
#[derive(Debug, Clone, PartialEq, Eq)]
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
