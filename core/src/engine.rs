//! [`Engine`]: the one object front ends hold. `Send + Sync`, every method takes `&self`.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::content::{Catalog, LessonDef, ModuleDef, StepDef, StepKind, ids};
use crate::error::{Error, Result};
use crate::l10n::{Localizer, Text, direction_of, parse_locale};
use crate::quiz;
use crate::store::{Event, EventKind, Learner, Store};
use crate::views::*;

/// Milliseconds since the Unix epoch; replaceable in tests.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

fn system_clock() -> Clock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    })
}

/// The longest nickname, in characters.
pub const MAX_NICKNAME_CHARS: usize = 24;

/// SafeSteps: content, localisation and the learner store behind one object.
pub struct Engine {
    catalog: RwLock<Arc<Catalog>>,
    localizer: RwLock<Arc<Localizer>>,
    preferred: RwLock<Vec<LanguageIdentifier>>,
    country: RwLock<Option<String>>,
    store: Mutex<Store>,
    clock: Clock,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

fn read<T: ?Sized>(l: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    // A panic while holding a lock leaves data that is still whole (writes are transactions), so go on.
    l.read().unwrap_or_else(|e| e.into_inner())
}
fn write<T: ?Sized>(l: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    l.write().unwrap_or_else(|e| e.into_inner())
}

impl Engine {
    /// Open the database at `db_path` (created if missing) with the embedded default pack.
    pub fn open(db_path: &Path, options: OpenOptions) -> Result<Self> {
        Self::open_with(
            Store::open(db_path)?,
            Catalog::embedded()?,
            options,
            system_clock(),
        )
    }

    /// Open with an explicit store, catalog and clock (tests, tools).
    pub fn open_with(
        store: Store,
        catalog: Catalog,
        options: OpenOptions,
        clock: Clock,
    ) -> Result<Self> {
        let preferred = parse_locales(&options.preferred_locales)?;
        let country = options.country.map(|c| normalize_country(&c)).transpose()?;
        let localizer = Localizer::new(&catalog.resources, &preferred)?;
        Ok(Engine {
            catalog: RwLock::new(Arc::new(catalog)),
            localizer: RwLock::new(Arc::new(localizer)),
            preferred: RwLock::new(preferred),
            country: RwLock::new(country),
            store: Mutex::new(store),
            clock,
        })
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn catalog(&self) -> Arc<Catalog> {
        Arc::clone(&read(&self.catalog))
    }

    fn l10n(&self) -> Arc<Localizer> {
        Arc::clone(&read(&self.localizer))
    }

    /// Change the preferred text locales (most preferred first).
    pub fn set_preferred_locales(&self, locales: &[String]) -> Result<()> {
        let preferred = parse_locales(locales)?;
        let localizer = Localizer::new(&self.catalog().resources, &preferred)?;
        *write(&self.localizer) = Arc::new(localizer);
        *write(&self.preferred) = preferred;
        Ok(())
    }

    /// The country used for help contacts.
    pub fn country(&self) -> Option<String> {
        read(&self.country).clone()
    }

    /// Set the country (ISO 3166-1 alpha-2).
    pub fn set_country(&self, country: Option<String>) -> Result<()> {
        *write(&self.country) = country.map(|c| normalize_country(&c)).transpose()?;
        Ok(())
    }

    /// This device's random id.
    pub fn device_id(&self) -> String {
        self.store().device_id().to_string()
    }

    /// The pack in use and the active locale.
    pub fn pack_info(&self) -> PackInfo {
        let cat = self.catalog();
        let l10n = self.l10n();
        let m = &cat.manifest;
        PackInfo {
            id: m.id.clone(),
            version: m.version.to_string(),
            publisher: m.publisher.clone(),
            default_locale: m.default_locale.clone(),
            locales: m
                .locales
                .iter()
                .map(|l| LocaleInfo {
                    tag: l.tag.clone(),
                    status: l.status,
                    direction: parse_locale(&l.tag)
                        .map(|id| direction_of(&id))
                        .unwrap_or(TextDirection::Ltr),
                })
                .collect(),
            sign_languages: m.sign_languages.clone(),
            active_locale: l10n.primary().to_string(),
            active_direction: direction_of(l10n.primary()),
        }
    }

    /// Bytes of a pack file (pictures). Unknown paths are `NotFound`.
    pub fn media(&self, path: &str) -> Result<Vec<u8>> {
        self.catalog()
            .files
            .get(path)
            .filter(|_| path.starts_with("media/"))
            .map(|b| b.to_vec())
            .ok_or_else(|| Error::not_found("media file", path))
    }

    // ---- learners -----------------------------------------------------------

    /// Create a learner with a nickname and an avatar id from [`Engine::avatars`].
    ///
    /// Nicknames are checked so they cannot carry contact details: no `@`, no
    /// run of 5 or more digits, at most [`MAX_NICKNAME_CHARS`] characters.
    pub fn create_learner(&self, nickname: &str, avatar: &str) -> Result<LearnerView> {
        let nickname = nickname.trim();
        validate_nickname(nickname)?;
        if !self.avatars().iter().any(|a| a.path == avatar_path(avatar)) {
            return Err(Error::InvalidInput(format!(
                "'{avatar}' is not an avatar of this app"
            )));
        }
        let learner = Learner {
            id: uuid::Uuid::new_v4().to_string(),
            nickname: nickname.to_string(),
            avatar: avatar.to_string(),
            created_at_ms: (self.clock)(),
        };
        self.store().insert_learner(&learner)?;
        Ok(learner_view(learner))
    }

    /// All learners on this device.
    pub fn learners(&self) -> Result<Vec<LearnerView>> {
        Ok(self
            .store()
            .learners()?
            .into_iter()
            .map(learner_view)
            .collect())
    }

    /// The avatars a learner can pick, with alt text.
    pub fn avatars(&self) -> Vec<Picture> {
        let cat = self.catalog();
        let l10n = self.l10n();
        cat.files
            .paths("media/avatars/", ".svg")
            .map(|path| {
                let id = path
                    .trim_start_matches("media/avatars/")
                    .trim_end_matches(".svg");
                Picture {
                    path: path.to_string(),
                    alt: l10n
                        .text(&format!("avatar-{id}"))
                        .map(|t| t.value)
                        .unwrap_or_else(|| id.replace('-', " ")),
                }
            })
            .collect()
    }

    // ---- content views ----------------------------------------------------

    /// Modules in order, with the learner's completed lesson count when a learner is given.
    pub fn modules(&self, learner_id: Option<&str>) -> Result<Vec<ModuleSummary>> {
        let cat = self.catalog();
        let l10n = self.l10n();
        let store = self.store();
        if let Some(id) = learner_id {
            store.learner(id)?;
        }
        cat.modules
            .iter()
            .map(|m| {
                let mut completed = 0;
                if let Some(id) = learner_id {
                    for lesson in &m.lessons {
                        if progress(&store, id, lesson)?.completed {
                            completed += 1;
                        }
                    }
                }
                Ok(ModuleSummary {
                    id: m.id.clone(),
                    title: text(&l10n, &ids::module_title(m)).value,
                    summary: text(&l10n, &ids::module_summary(m)).value,
                    audience: m.audience,
                    ages: m.ages.clone(),
                    lesson_ids: m.lessons.iter().map(|l| l.id.clone()).collect(),
                    lessons_completed: completed,
                    picture: m
                        .picture
                        .as_ref()
                        .map(|p| picture(&l10n, p, &ids::module_title(m))),
                })
            })
            .collect()
    }

    /// A lesson ready to play. With a learner, `resume_index` is where they left off.
    pub fn lesson(&self, lesson_id: &str, learner_id: Option<&str>) -> Result<LessonView> {
        let cat = self.catalog();
        let l10n = self.l10n();
        let (module, lesson) = cat.lesson(lesson_id)?;
        let mut resume_index = 0;
        if let Some(learner) = learner_id {
            let store = self.store();
            store.learner(learner)?;
            let p = progress(&store, learner, lesson)?;
            if let Some(step) = p.resume_step_id {
                resume_index = lesson.steps.iter().position(|s| s.id == step).unwrap_or(0) as u32;
            }
        }
        let title = text(&l10n, &ids::lesson_title(lesson));
        Ok(LessonView {
            id: lesson.id.clone(),
            module_id: module.id.clone(),
            locale: title.locale.to_string(),
            direction: direction_of(&title.locale),
            title: title.value,
            steps: lesson
                .steps
                .iter()
                .enumerate()
                .map(|(i, s)| step_view(&l10n, s, i, lesson.steps.len()))
                .collect(),
            resume_index,
        })
    }

    // ---- learning -----------------------------------------------------------

    /// Record that a learner saw a step (drives resume and completion).
    pub fn mark_step_seen(&self, learner_id: &str, step_id: &str) -> Result<LessonProgress> {
        let cat = self.catalog();
        let step = cat.step(step_id)?;
        let mut store = self.store();
        store.learner(learner_id)?;
        let event = self.event(
            &store,
            learner_id,
            EventKind::StepSeen {
                lesson_id: step.lesson.id.clone(),
                step_id: step_id.to_string(),
            },
        );
        store.append(&event)?;
        progress(&store, learner_id, step.lesson)
    }

    /// Grade an answer, store the attempt, and return feedback.
    pub fn answer(
        &self,
        learner_id: &str,
        question_id: &str,
        selected: &[String],
        time_taken_ms: Option<i64>,
    ) -> Result<AnswerResult> {
        let cat = self.catalog();
        let l10n = self.l10n();
        let step = cat.step(question_id)?;
        let question = step.step.question.as_ref().ok_or_else(|| {
            Error::InvalidInput(format!("step '{question_id}' is not a question"))
        })?;
        let grade = quiz::grade(question_id, question, selected)?;
        let mut store = self.store();
        store.learner(learner_id)?;
        let event = self.event(
            &store,
            learner_id,
            EventKind::Answered {
                lesson_id: step.lesson.id.clone(),
                question_id: question_id.to_string(),
                selected: selected.to_vec(),
                score: grade.score,
                correct: grade.correct,
                time_taken_ms,
                hints_used: 0,
            },
        );
        store.append(&event)?;
        let attempt_number = store
            .attempts_in_lesson(learner_id, &step.lesson.id)?
            .iter()
            .filter(|a| a.question_id == question_id)
            .count() as u32;
        let options = question
            .options
            .iter()
            .map(|o| {
                let msg = ids::option_text(step.step, o);
                OptionFeedback {
                    option_id: o.id.clone(),
                    chosen: selected.contains(&o.id),
                    correct: o.correct,
                    feedback: l10n.attr(&msg, "feedback").map(|t| t.value),
                }
            })
            .collect();
        let mut args = FluentArgs::new();
        args.set("score", (grade.score * 100.0).round());
        let key = if grade.correct {
            "quiz-correct"
        } else if grade.score > 0.0 {
            "quiz-partly"
        } else {
            "quiz-not-yet"
        };
        let message = l10n
            .format(key, None, Some(&args))
            .map(|t| t.value)
            .unwrap_or_default();
        Ok(AnswerResult {
            question_id: question_id.to_string(),
            correct: grade.correct,
            score: grade.score,
            message,
            options,
            attempt_number,
            progress: progress(&store, learner_id, step.lesson)?,
        })
    }

    /// A learner's progress in a lesson.
    pub fn lesson_progress(&self, learner_id: &str, lesson_id: &str) -> Result<LessonProgress> {
        let cat = self.catalog();
        let (_, lesson) = cat.lesson(lesson_id)?;
        let store = self.store();
        store.learner(learner_id)?;
        progress(&store, learner_id, lesson)
    }

    fn event(&self, store: &Store, learner_id: &str, kind: EventKind) -> Event {
        Event {
            id: uuid::Uuid::new_v4().to_string(),
            learner_id: learner_id.to_string(),
            device_id: store.device_id().to_string(),
            at_ms: (self.clock)(),
            kind,
        }
    }

    /// The module a lesson belongs to (for front ends that only kept a lesson id).
    pub fn module_of_lesson(&self, lesson_id: &str) -> Result<String> {
        Ok(self.catalog().lesson(lesson_id)?.0.id.clone())
    }

    /// Run `f` with the catalog (CLI tools, tests).
    pub fn with_catalog<T>(&self, f: impl FnOnce(&Catalog) -> T) -> T {
        f(&self.catalog())
    }
}

fn parse_locales(tags: &[String]) -> Result<Vec<LanguageIdentifier>> {
    tags.iter().map(|t| parse_locale(t)).collect()
}

fn normalize_country(c: &str) -> Result<String> {
    let c = c.trim().to_ascii_uppercase();
    if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(Error::InvalidInput(format!(
            "'{c}' is not a two-letter country code (such as PK or ZA)"
        )))
    }
}

fn validate_nickname(nickname: &str) -> Result<()> {
    if nickname.is_empty() {
        return Err(Error::InvalidInput("a nickname is needed".into()));
    }
    if nickname.chars().count() > MAX_NICKNAME_CHARS {
        return Err(Error::InvalidInput(format!(
            "a nickname can have at most {MAX_NICKNAME_CHARS} letters"
        )));
    }
    let mut digits = 0;
    for ch in nickname.chars() {
        digits = if ch.is_ascii_digit() { digits + 1 } else { 0 };
        if digits >= 5 || ch == '@' {
            return Err(Error::InvalidInput(
                "a nickname cannot hold a phone number or an email address".into(),
            ));
        }
        if ch.is_control() {
            return Err(Error::InvalidInput(
                "a nickname cannot hold control characters".into(),
            ));
        }
    }
    Ok(())
}

fn avatar_path(id: &str) -> String {
    format!("media/avatars/{id}.svg")
}

fn learner_view(l: Learner) -> LearnerView {
    LearnerView {
        id: l.id,
        nickname: l.nickname,
        avatar: l.avatar,
    }
}

/// A message that validation guaranteed exists in the default locale.
fn text(l10n: &Localizer, id: &str) -> Text {
    l10n.text(id).unwrap_or_else(|| Text {
        // Unreachable for a validated pack; an empty string is still better than an id.
        value: String::new(),
        locale: l10n.primary().clone(),
    })
}

fn picture(l10n: &Localizer, path: &str, message: &str) -> Picture {
    Picture {
        path: path.to_string(),
        alt: l10n
            .attr(message, "alt")
            .map(|t| t.value)
            .unwrap_or_default(),
    }
}

fn step_view(l10n: &Localizer, s: &StepDef, index: usize, total: usize) -> StepView {
    let msg = ids::step_text(s);
    let main = text(l10n, &msg);
    StepView {
        id: s.id.clone(),
        kind: s.kind,
        number: index as u32 + 1,
        total: total as u32,
        easy_text: l10n.attr(&msg, "easy").map(|t| t.value),
        direction: direction_of(&main.locale),
        locale: main.locale.to_string(),
        text: main.value,
        picture: s.picture.as_ref().map(|p| picture(l10n, p, &msg)),
        question: s.question.as_ref().map(|q| QuestionView {
            id: s.id.clone(),
            kind: q.kind,
            hint: l10n.attr(&msg, "hint").map(|t| t.value),
            options: q
                .options
                .iter()
                .map(|o| {
                    let om = ids::option_text(s, o);
                    OptionView {
                        id: o.id.clone(),
                        text: text(l10n, &om).value,
                        picture: o.picture.as_ref().map(|p| picture(l10n, p, &om)),
                    }
                })
                .collect(),
        }),
    }
}

/// Progress derived from the store and the lesson's definition.
fn progress(store: &Store, learner_id: &str, lesson: &LessonDef) -> Result<LessonProgress> {
    let seen = store.steps_seen(learner_id, &lesson.id)?;
    let attempts = store.attempts_in_lesson(learner_id, &lesson.id)?;
    let questions: Vec<&StepDef> = lesson
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Quiz)
        .collect();
    let passed = questions
        .iter()
        .filter(|q| attempts.iter().any(|a| a.question_id == q.id && a.correct))
        .count();
    let steps_seen = lesson.steps.iter().filter(|s| seen.contains(&s.id)).count();
    Ok(LessonProgress {
        lesson_id: lesson.id.clone(),
        steps_seen: steps_seen as u32,
        steps_total: lesson.steps.len() as u32,
        questions_passed: passed as u32,
        questions_total: questions.len() as u32,
        completed: steps_seen == lesson.steps.len() && passed == questions.len(),
        resume_step_id: store.last_step(learner_id, &lesson.id)?,
    })
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Engine>();
    let _ = |m: &ModuleDef| m.id.len();
}
