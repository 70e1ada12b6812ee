//! The pack format as it is written on disk (TOML), deserialized with serde.
//!
//! See `docs/content-format.md` for the author's view of these types.
//! Text never lives in TOML: every field that shows words is a Fluent message id,
//! and most have a conventional default so authors rarely write them.

use serde::{Deserialize, Serialize};

/// `pack.toml`: what a pack is and what it covers.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Reverse-DNS id, e.g. `org.safesteps.default`.
    pub id: String,
    /// Semantic version; a pack replaces another of the same id only when newer.
    pub version: semver::Version,
    /// Who wrote and signs the pack.
    pub publisher: String,
    /// Locale every message must exist in; the last fallback.
    pub default_locale: String,
    /// Oldest core that understands this pack.
    pub min_core_version: semver::Version,
    /// Sign languages (ISO 639-3) the pack has videos for or plans to.
    #[serde(default)]
    pub sign_languages: Vec<String>,
    /// Text locales and their review status.
    pub locales: Vec<LocaleEntry>,
    /// Share of a module's quiz score needed to master it, unless the module says otherwise.
    #[serde(default = "default_mastery")]
    pub mastery_threshold: f64,
    /// How quizzes behave (retries, shuffling).
    #[serde(default)]
    pub quiz: QuizPolicy,
}

/// Quiz rules for the whole pack.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuizPolicy {
    /// Attempts at one question in one run of a lesson before the right answer is shown
    /// (0: never shown, retry as often as needed).
    #[serde(default = "default_max_attempts")]
    pub max_attempts: u32,
    /// Shuffle answer options (reproducibly per learner and attempt). Ordering questions
    /// are always shuffled; true/false never.
    #[serde(default = "default_true")]
    pub shuffle: bool,
}

impl Default for QuizPolicy {
    fn default() -> Self {
        QuizPolicy {
            max_attempts: default_max_attempts(),
            shuffle: true,
        }
    }
}

fn default_max_attempts() -> u32 {
    3
}

fn default_true() -> bool {
    true
}

fn default_mastery() -> f64 {
    0.8
}

/// One text locale of a pack.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleEntry {
    /// BCP 47 tag, e.g. `en`, `ur`, `zu`.
    pub tag: String,
    /// Whether a native speaker reviewed the translation.
    pub status: ReviewStatus,
}

/// Whether a translation was reviewed by a native speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// Reviewed by a native speaker.
    Reviewed,
    /// Not reviewed: apps may show a "draft translation" notice.
    Draft,
}

/// Who a module is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// A child learner (see the module's age band).
    Child,
    /// A parent or other caregiver.
    Caregiver,
    /// A teacher running lessons.
    Teacher,
}

/// `modules/<id>.toml`: one module and its lessons.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleDef {
    /// Unique module id.
    pub id: String,
    /// Who the module is for.
    pub audience: Audience,
    /// Age band for child modules, e.g. `"6-9"`.
    #[serde(default)]
    pub ages: Option<String>,
    /// Modules that must be completed first.
    #[serde(default)]
    pub prerequisites: Vec<String>,
    /// Title message id (default `<id>-title`).
    #[serde(default)]
    pub title: Option<String>,
    /// Summary message id (default `<id>-summary`).
    #[serde(default)]
    pub summary: Option<String>,
    /// Cover picture, a path inside the pack.
    #[serde(default)]
    pub picture: Option<String>,
    /// Mastery threshold overriding the pack's.
    #[serde(default)]
    pub mastery_threshold: Option<f64>,
    /// Badge picture earned by completing the module; its name is message `<id>-badge`
    /// (with `.alt` describing the picture).
    #[serde(default)]
    pub badge: Option<String>,
    /// Optional knowledge check before and after the module, to measure learning gain.
    #[serde(default)]
    pub knowledge_check: Option<KnowledgeCheckDef>,
    /// Recurring characters of the module, by id in `characters.toml` (the character
    /// bible): the checker holds the module's texts to the bible (names, stated ages) and
    /// each child character's age to the module's age band.
    #[serde(default)]
    pub characters: Vec<String>,
    /// Lessons in order.
    pub lessons: Vec<LessonDef>,
}

/// Questions asked before a module (`pre`) and after it (`post`; the same questions when
/// left out, or a parallel set of the same length).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeCheckDef {
    /// Questions before the module (quiz steps).
    pub pre: Vec<StepDef>,
    /// Questions after the module; defaults to `pre`.
    #[serde(default)]
    pub post: Vec<StepDef>,
}

impl KnowledgeCheckDef {
    /// The questions of a phase.
    pub fn questions(&self, phase: CheckPhase) -> &[StepDef] {
        match phase {
            CheckPhase::Pre => &self.pre,
            CheckPhase::Post if self.post.is_empty() => &self.pre,
            CheckPhase::Post => &self.post,
        }
    }
}

/// Before or after a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckPhase {
    /// Before the module.
    Pre,
    /// After the module.
    Post,
}

/// One lesson: steps in order.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LessonDef {
    /// Unique lesson id.
    pub id: String,
    /// Title message id (default `<id>-title`).
    #[serde(default)]
    pub title: Option<String>,
    /// The steps.
    pub steps: Vec<StepDef>,
}

/// Kinds of lesson step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
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

/// One step of a lesson.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StepDef {
    /// Unique step id (also the question id of a quiz step).
    pub id: String,
    /// What kind of step.
    pub kind: StepKind,
    /// Message id of the text (default: the step id). Attributes: `.easy`, `.alt`, `.hint`.
    #[serde(default)]
    pub text: Option<String>,
    /// Picture path inside the pack. Its alt text is the message's `.alt` attribute.
    #[serde(default)]
    pub picture: Option<String>,
    /// The question of a quiz step.
    #[serde(default)]
    pub question: Option<QuestionDef>,
    /// Pathway id a pathway step links to.
    #[serde(default)]
    pub pathway: Option<String>,
    /// Optional narration audio (never the only way to get the content).
    #[serde(default)]
    pub audio: Option<String>,
}

/// Question types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
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

/// A question.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDef {
    /// The question type.
    #[serde(rename = "type")]
    pub kind: QuestionKind,
    /// Options. For ordering questions, in the correct order.
    pub options: Vec<OptionDef>,
    /// Override the pack's shuffling for this question.
    #[serde(default)]
    pub shuffle: Option<bool>,
}

/// One answer option.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OptionDef {
    /// Option id, unique within its question.
    pub id: String,
    /// Whether choosing it is right (ignored for ordering questions).
    #[serde(default)]
    pub correct: bool,
    /// Message id (default `<step id>-<option id>`). Attribute `.feedback` is shown after answering.
    #[serde(default)]
    pub text: Option<String>,
    /// Picture path inside the pack (required for picture choice).
    #[serde(default)]
    pub picture: Option<String>,
}

/// `media/videos.toml`: sign-language videos of steps, recorded or still to record.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VideoManifest {
    /// Steps whose video is still to be recorded, per sign language (compact: one list
    /// per sign language rather than one table per step).
    #[serde(default)]
    pub needs_recording: std::collections::BTreeMap<String, Vec<String>>,
    /// Recorded videos (and any planned one written out in full).
    #[serde(default)]
    pub video: Vec<VideoEntry>,
}

impl VideoManifest {
    /// Every entry, the `needs_recording` lists written out as entries.
    pub fn expanded(&self) -> Vec<VideoEntry> {
        let mut all = self.video.clone();
        for (sign_language, steps) in &self.needs_recording {
            all.extend(steps.iter().map(|step| VideoEntry {
                step: step.clone(),
                sign_language: sign_language.clone(),
                status: VideoStatus::NeedsRecording,
                file: None,
                bytes: None,
                sha256: None,
                captions: Default::default(),
                duration_ms: None,
                width: None,
                height: None,
                signer: None,
                recorded_at: None,
                caption_sha256: Default::default(),
                review: None,
            }));
        }
        all
    }
}

/// Whether a sign-language video exists yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VideoStatus {
    /// Recorded; `file`, `bytes`, `sha256` and captions are given.
    Recorded,
    /// Planned; apps show the text and picture and say the video is coming.
    NeedsRecording,
}

/// One sign-language video of one step.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VideoEntry {
    /// The step it signs.
    pub step: String,
    /// ISO 639-3 sign language (`pks`, `sfs`, `zsl`, `bfi`, `ase`).
    pub sign_language: String,
    /// Recorded or not yet.
    pub status: VideoStatus,
    /// Path of the video (in this pack or a media pack).
    #[serde(default)]
    pub file: Option<String>,
    /// Size in bytes, to verify a downloaded file.
    #[serde(default)]
    pub bytes: Option<u64>,
    /// SHA-256 (hex) of the video file.
    #[serde(default)]
    pub sha256: Option<String>,
    /// WebVTT captions per text locale (`en = "media/captions/en/x.vtt"`).
    #[serde(default)]
    pub captions: std::collections::BTreeMap<String, String>,
    /// Length of the video in milliseconds (read from the file at import).
    #[serde(default)]
    pub duration_ms: Option<u64>,
    /// Width of the picture in pixels.
    #[serde(default)]
    pub width: Option<u32>,
    /// Height of the picture in pixels.
    #[serde(default)]
    pub height: Option<u32>,
    /// Who signed the video (a name or initials the team chooses), given at import.
    #[serde(default)]
    pub signer: Option<String>,
    /// When the video was imported (RFC 3339, UTC).
    #[serde(default)]
    pub recorded_at: Option<String>,
    /// SHA-256 of each caption file as `safesteps videos import` made it, per locale: a
    /// file whose hash differs was changed by an editor and is never overwritten.
    #[serde(default)]
    pub caption_sha256: std::collections::BTreeMap<String, String>,
    /// The second signer's review. Only approved videos are shown to children.
    #[serde(default)]
    pub review: Option<VideoReview>,
}

impl VideoEntry {
    /// Recorded and approved by a reviewer: the only videos shown to children.
    pub fn approved(&self) -> bool {
        self.status == VideoStatus::Recorded
            && self
                .review
                .as_ref()
                .is_some_and(|r| r.decision == ReviewDecision::Approved)
    }
}

/// A second signer's decision on a recorded video.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VideoReview {
    /// Who reviewed (must differ from the signer when the signer is known).
    pub reviewer: String,
    /// Approved or rejected.
    pub decision: ReviewDecision,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// Why (required for a rejection; optional for an approval).
    #[serde(default)]
    pub reason: Option<String>,
}

/// A reviewer's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewDecision {
    /// The signing is right and clear: children may see it.
    Approved,
    /// To be recorded again (the reason says why).
    Rejected,
}

/// `screens.toml`: the short instructions of the app's key screens and what each kind of
/// help contact is, each with a picture and a sign-language video slot.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScreensFile {
    /// Key screens (see [`crate::content::slots::KEY_SCREENS`]).
    #[serde(default)]
    pub screen: Vec<ScreenDef>,
    /// What each kind of help contact is ("A child helpline is ...").
    #[serde(default)]
    pub contact_kind: Vec<ContactKindDef>,
}

/// The short instructions of one screen.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScreenDef {
    /// Screen name, e.g. `learner-picker`, `home`, `lesson`, `quick-exit`.
    pub name: String,
    /// Message id (default `screen-<name>-instructions`), with `.easy` and `.alt`.
    #[serde(default)]
    pub text: Option<String>,
    /// Picture path inside the pack.
    #[serde(default)]
    pub picture: Option<String>,
}

/// What one kind of help contact is, for someone who has never heard of it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContactKindDef {
    /// The kind.
    pub kind: ContactKind,
    /// Message id (default `contact-about-<kind>`), with `.easy` and `.alt`.
    #[serde(default)]
    pub text: Option<String>,
    /// Picture path inside the pack.
    #[serde(default)]
    pub picture: Option<String>,
}

/// `characters.toml`: the character bible.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CharactersFile {
    /// Every recurring character.
    #[serde(default)]
    pub character: Vec<CharacterDef>,
}

/// One recurring character of the pack's stories.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CharacterDef {
    /// Id modules refer to (`characters = ["sami"]`).
    pub id: String,
    /// Name as learners read it (in the default locale).
    pub name: String,
    /// Age in years.
    pub age: u8,
    /// `girl`, `boy`, `woman`, `man` or another word the stories use.
    pub gender: String,
    /// ISO 3166-1 alpha-2 country.
    pub country: String,
    /// Deaf or hard of hearing.
    pub deaf: bool,
    /// The sign language they use (ISO 639-3), if they sign.
    #[serde(default)]
    pub sign_language: Option<String>,
    /// Family and home, for authors.
    pub family: String,
    /// More for authors (never shown to learners).
    #[serde(default)]
    pub notes: Option<String>,
}

impl CharacterDef {
    /// A child (under 18).
    pub fn is_child(&self) -> bool {
        self.age < 18
    }
}

/// `contacts/<country>.toml`: help contacts, converted from researched data with sources.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContactsFile {
    /// The contacts.
    #[serde(default)]
    pub contact: Vec<ContactDef>,
}

/// What a help contact is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
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

impl ContactKind {
    /// Every kind, in display order (labels, checks).
    pub const ALL: [ContactKind; 10] = [
        ContactKind::Emergency,
        ContactKind::ChildHelpline,
        ContactKind::OnlineHarmHelpline,
        ContactKind::CsamHotline,
        ContactKind::PoliceCyber,
        ContactKind::DeafSupport,
        ContactKind::TakedownTool,
        ContactKind::HotlineDirectory,
        ContactKind::HelplineDirectory,
        ContactKind::GlobalTool,
    ];
}

/// How to reach a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
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

impl ChannelType {
    /// Every channel type (labels, checks).
    pub const ALL: [ChannelType; 10] = [
        ChannelType::Phone,
        ChannelType::Sms,
        ChannelType::Whatsapp,
        ChannelType::Chat,
        ChannelType::Web,
        ChannelType::Email,
        ChannelType::App,
        ChannelType::Ussd,
        ChannelType::InPerson,
        ChannelType::VideoRelay,
    ];

    /// Usable without hearing: everything but a voice call and an in-person visit
    /// (a video relay is a sign-language call).
    pub fn usable_without_hearing(self) -> bool {
        !matches!(self, ChannelType::Phone | ChannelType::InPerson)
    }
}

/// Whether using a channel costs the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
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

fn unknown_free() -> FreeToUse {
    FreeToUse::Unknown
}

/// How sure the research is about a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

/// One help contact.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContactDef {
    /// Unique id.
    pub id: String,
    /// ISO 3166-1 alpha-2, `EU` for EU-wide, `ZZ` for worldwide.
    pub country: String,
    /// Organisation and service name, as the source gives it.
    pub organisation: String,
    /// What it is for.
    pub kind: ContactKind,
    /// ISO 3166-2 regions it covers (empty: the whole country).
    #[serde(default)]
    pub regions: Vec<String>,
    /// Countries an EU-wide entry applies in.
    #[serde(default)]
    pub applies_in: Vec<String>,
    /// A worldwide service that serves people in every country.
    #[serde(default)]
    pub worldwide: bool,
    /// Kinds a worldwide tool stands in for when a country has none.
    #[serde(default)]
    pub fallback_for: Vec<ContactKind>,
    /// Oldest age served, when the data states one.
    #[serde(default)]
    pub max_age: Option<u8>,
    /// Languages (BCP 47 or ISO 639-3 sign languages).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Accessibility as the research describes it: for authors (it holds remarks such as
    /// "not confirmed as a public channel"); never shown. `deaf_support`, sign languages
    /// and each channel's `usable_without_hearing` are what apps show.
    #[serde(default)]
    pub accessibility: Option<String>,
    /// Where the information came from.
    pub source_url: String,
    /// When the source was seen.
    pub source_seen: String,
    /// How sure the research is.
    pub confidence: Confidence,
    /// The research flagged it: a person must check it before an app relies on it. Kept as
    /// the research set it; a [`Verification`] record is what clears it.
    pub verify_before_shipping: bool,
    /// Who checked the contact, when and how (`safesteps contacts verify` writes it).
    #[serde(default)]
    pub verification: Option<Verification>,
    /// Research notes, for authors only: never shown to anyone using an app.
    #[serde(default)]
    pub notes: Option<String>,
    /// Message id of a note people may see (checked like every other text), e.g. what a
    /// directory is for. Research notes never take its place.
    #[serde(default)]
    pub public_note: Option<String>,
    /// Further sources.
    #[serde(default)]
    pub secondary_sources: Vec<String>,
    /// Ways to reach it.
    #[serde(default)]
    pub channel: Vec<ChannelDef>,
}

/// One way to reach a contact.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelDef {
    /// Channel type.
    #[serde(rename = "type")]
    pub kind: ChannelType,
    /// Number, URL, app name, address.
    pub value: String,
    /// What the source says about this channel: research, for authors only (it may say
    /// "exact path unverified" or "per one radio report"); never shown.
    #[serde(default)]
    pub label: Option<String>,
    /// Message id of what people see about this channel ("Police", "Only for online money
    /// fraud"), checked like every other text.
    #[serde(default)]
    pub public_label: Option<String>,
    /// Hours as the source words them.
    #[serde(default)]
    pub hours_text: Option<String>,
    /// Hours in OpenStreetMap opening_hours syntax, when known.
    #[serde(default)]
    pub hours: Option<String>,
    /// IANA time zone the hours are in.
    #[serde(default)]
    pub timezone: Option<String>,
    /// The week `hours` give (open intervals in minutes from Monday 00:00), made when the
    /// pack was built: set when a pack is read, never written in a source (refused as an
    /// unknown field). `None` when `hours` are absent or have no week (an E024 error).
    #[serde(skip)]
    pub week: Option<crate::help::week::Week>,
    /// Cost as the source words it.
    #[serde(default)]
    pub cost: Option<String>,
    /// Whether it is free to use, read from the cost text.
    #[serde(default = "unknown_free")]
    pub free: FreeToUse,
    /// Channel languages, when they differ from the contact's.
    #[serde(default)]
    pub languages: Vec<String>,
    /// The value names the channel (a Facebook page, a relay service) but the data has no
    /// address for it: shown as words, with no action. Only for chat, web, app, video
    /// relay and in-person channels; numbers and email addresses always need a real value.
    #[serde(default)]
    pub unlinked: bool,
}

/// How a contact was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationMethod {
    /// Someone called or messaged the service and reached it.
    Called,
    /// The service's own or a government's official publication confirms it.
    OfficialPublication,
    /// Someone visited the service.
    Visit,
}

/// A record that a person checked a contact.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    /// When (ISO 8601 date, `YYYY-MM-DD`).
    pub date: String,
    /// Who checked it (a person or a partner organisation).
    pub by: String,
    /// How.
    pub method: VerificationMethod,
    /// What was checked or where it was published (optional).
    #[serde(default)]
    pub evidence: Option<String>,
}

impl ContactDef {
    /// Its status: checked by a person, not flagged by the research, or still to check.
    pub fn status(&self) -> ContactStatus {
        if self.verification.is_some() {
            ContactStatus::Verified
        } else if self.verify_before_shipping {
            ContactStatus::Unverified
        } else {
            ContactStatus::Researched
        }
    }
}

/// Whether a contact can be relied on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactStatus {
    /// A person checked it (see its verification record).
    Verified,
    /// The research found it reliable and did not flag it; no one has checked it yet.
    Researched,
    /// The research flagged it: check it before relying on it.
    Unverified,
}

/// `pathways/<situation>.toml`: steps to take in a situation, for a child or a caregiver.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PathwayDef {
    /// Situation id, e.g. `asked-for-pictures`.
    pub id: String,
    /// Who it is written for.
    pub audience: Audience,
    /// Title message id (default `pathway-<id>-title`).
    #[serde(default)]
    pub title: Option<String>,
    /// Steps in order.
    pub steps: Vec<PathwayStepDef>,
}

/// One step of a pathway.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PathwayStepDef {
    /// Step id, unique in the pathway.
    pub id: String,
    /// Message id (default `pathway-<pathway>-<step>`), with `.easy`.
    #[serde(default)]
    pub text: Option<String>,
    /// Kinds of contact to show with this step, resolved for the user's country.
    #[serde(default)]
    pub contacts: Vec<ContactKind>,
    /// A picture for the step.
    #[serde(default)]
    pub picture: Option<String>,
}

/// A built pack's catalog (`catalog.bin`): each source file's data, with its path where
/// `Parsed` keeps one. `build.rs` writes the embedded pack's, `safesteps pack build` every
/// installed pack's (both with `catalog_doc::catalog_bytes`), and the library reads it
/// with [`BuiltCatalog::decode`]. The file is [`CATALOG_MAGIC`], then this struct in
/// postcard: fields in declaration order without their names, so a change of any type in
/// this file is a change of the format ([`CATALOG_FORMAT`]). See
/// docs/decisions/0030-built-packs-no-toml-in-the-library.md.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct BuiltCatalog {
    /// [`CATALOG_FORMAT`]; read first, so another format is named as such.
    pub format: u64,
    /// `pack.toml`.
    pub manifest: Manifest,
    /// `modules/*.toml`, by path.
    pub modules: Vec<(String, ModuleDef)>,
    /// `media/videos.toml`, when the pack has one.
    pub videos: Option<VideoManifest>,
    /// Each hours expression of the contacts with its week: open intervals in minutes
    /// from Monday 00:00 (`catalog_doc::week_of`), set on the channels when read.
    pub weeks: std::collections::BTreeMap<String, Vec<[u16; 2]>>,
    /// `contacts/*.toml`, by path.
    pub contacts: Vec<(String, ContactsFile)>,
    /// `pathways/*.toml`, by path.
    pub pathways: Vec<(String, PathwayDef)>,
    /// `screens.toml`, when the pack has one.
    pub screens: Option<ScreensFile>,
    /// `characters.toml`, when the pack has one.
    pub characters: Option<CharactersFile>,
}

/// Format of built packs and their catalog. 1: TOML sources with `SIGNATURE.toml`; 2:
/// `catalog.json` and `SIGNATURE.json`; 3: `catalog.json` with `weeks`; 4: `catalog.bin`
/// (postcard).
pub const CATALOG_FORMAT: u64 = 4;

/// Path of the built catalog inside a built pack.
pub const CATALOG_FILE: &str = "catalog.bin";

/// The first bytes of a built catalog, before its format.
pub const CATALOG_MAGIC: &[u8; 8] = b"SSCATLG\n";

impl BuiltCatalog {
    /// The catalog's bytes: [`CATALOG_MAGIC`] then the catalog in postcard.
    pub fn encode(&self) -> Result<Vec<u8>, String> {
        let mut out = CATALOG_MAGIC.to_vec();
        out.extend(postcard::to_allocvec(self).map_err(|e| e.to_string())?);
        Ok(out)
    }
}
