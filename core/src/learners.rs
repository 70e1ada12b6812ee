//! Learner profiles on a shared device: nickname and avatar (never a real name),
//! settings, picture-password sign-in, the teacher PIN, and erasure.

use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::secrets::{self, PICTURE_PASSWORD, TEACHER_PIN};
use crate::store::Learner;
use crate::views::*;

/// The longest nickname, in characters.
pub const MAX_NICKNAME_CHARS: usize = 24;
/// Pictures in a picture password, fewest and most.
pub const PICTURE_PASSWORD_LEN: std::ops::RangeInclusive<usize> = 3..=6;
/// Digits in a teacher PIN, fewest and most.
pub const PIN_LEN: std::ops::RangeInclusive<usize> = 4..=12;
const TEACHER: &str = "teacher";

/// Outcome of checking the teacher PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    /// Right PIN.
    Ok,
    /// Wrong PIN; `wait_seconds` before the next try is accepted (0: try again now).
    Wrong {
        /// Failures in a row.
        failures: u32,
        /// Seconds to wait before the next try.
        wait_seconds: u32,
    },
    /// Too soon after failures: not checked. Wait this long.
    Wait {
        /// Seconds to wait.
        seconds: u32,
    },
    /// No PIN was set yet.
    NotSet,
}

/// A recovery code: 16 characters from an alphabet without look-alikes, in groups of 4.
fn recovery_code() -> Result<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::InvalidInput(format!("no randomness for a recovery code: {e}")))?;
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect();
    Ok(chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-"))
}

fn subject(learner_id: &str) -> String {
    format!("learner:{learner_id}")
}

pub(crate) fn learner_view(l: &Learner) -> LearnerView {
    LearnerView {
        id: l.id.clone(),
        nickname: l.nickname.clone(),
        avatar: l.avatar.clone(),
        age_band: l.age_band.as_deref().and_then(AgeBand::parse),
        has_picture_password: l.picture_password.is_some(),
        settings: settings_of(l),
    }
}

pub(crate) fn settings_of(l: &Learner) -> LearnerSettings {
    serde_json::from_str(&l.settings_json).unwrap_or_default()
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

fn validate_pin(pin: &str) -> Result<()> {
    if !PIN_LEN.contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(Error::InvalidInput(format!(
            "a PIN is {} to {} digits",
            PIN_LEN.start(),
            PIN_LEN.end()
        )));
    }
    Ok(())
}

impl Engine {
    /// Create a learner with a nickname, an avatar id from [`Engine::avatars`], and an
    /// optional age band.
    ///
    /// Nicknames are checked so they cannot carry contact details: no `@`, no run of 5 or
    /// more digits, at most [`MAX_NICKNAME_CHARS`] characters.
    pub fn create_learner(
        &self,
        nickname: &str,
        avatar: &str,
        age_band: Option<AgeBand>,
    ) -> Result<LearnerView> {
        let nickname = nickname.trim();
        validate_nickname(nickname)?;
        self.check_avatar(avatar)?;
        let learner = Learner {
            id: uuid::Uuid::new_v4().to_string(),
            nickname: nickname.to_string(),
            avatar: avatar.to_string(),
            created_at_ms: self.now(),
            age_band: age_band.map(|a| a.as_str().to_string()),
            settings_json: serde_json::to_string(&LearnerSettings::default())?,
            picture_password: None,
            origin_device: None,
        };
        self.store().insert_learner(&learner)?;
        Ok(learner_view(&learner))
    }

    fn check_avatar(&self, avatar: &str) -> Result<()> {
        let path = format!("media/avatars/{avatar}.svg");
        if self.avatars().iter().any(|a| a.path == path) {
            Ok(())
        } else {
            Err(Error::InvalidInput(format!(
                "'{avatar}' is not an avatar of this app"
            )))
        }
    }

    /// All learners on this device, oldest first.
    pub fn learners(&self) -> Result<Vec<LearnerView>> {
        Ok(self.store().learners()?.iter().map(learner_view).collect())
    }

    /// One learner.
    pub fn learner(&self, learner_id: &str) -> Result<LearnerView> {
        Ok(learner_view(&self.store().learner(learner_id)?))
    }

    /// Change nickname, avatar and age band.
    pub fn update_learner(
        &self,
        learner_id: &str,
        nickname: &str,
        avatar: &str,
        age_band: Option<AgeBand>,
    ) -> Result<LearnerView> {
        let nickname = nickname.trim();
        validate_nickname(nickname)?;
        self.check_avatar(avatar)?;
        let mut store = self.store();
        let mut l = store.learner(learner_id)?;
        l.nickname = nickname.to_string();
        l.avatar = avatar.to_string();
        l.age_band = age_band.map(|a| a.as_str().to_string());
        store.update_learner(&l)?;
        Ok(learner_view(&l))
    }

    /// Change a learner's settings (locales, sign language, accessibility).
    pub fn update_learner_settings(
        &self,
        learner_id: &str,
        settings: LearnerSettings,
    ) -> Result<LearnerView> {
        let mut settings = settings;
        crate::engine::parse_locales(&settings.locales)?;
        settings.sign_language = settings
            .sign_language
            .map(|s| crate::engine::normalize_sign_language(&s))
            .transpose()?;
        let mut store = self.store();
        let mut l = store.learner(learner_id)?;
        l.settings_json = serde_json::to_string(&settings)?;
        store.update_learner(&l)?;
        Ok(learner_view(&l))
    }

    /// Erase a learner: profile, events, attempts, progress. Nothing of theirs stays in
    /// the database file (secure_delete, then the write-ahead log is flushed).
    pub fn delete_learner(&self, learner_id: &str) -> Result<()> {
        self.store().delete_learner(learner_id)
    }

    /// The avatars a learner can pick, with alt text.
    pub fn avatars(&self) -> Vec<Picture> {
        self.pictures_in("media/avatars/", "avatar-")
    }

    /// The pictures a picture password is made from, with alt text (ids are the file names).
    pub fn picture_password_grid(&self) -> Vec<Picture> {
        self.pictures_in("media/picture-password/", "picture-")
    }

    fn pictures_in(&self, folder: &str, message_prefix: &str) -> Vec<Picture> {
        let cat = self.catalog();
        let l10n = self.l10n();
        cat.files
            .paths(folder, ".svg")
            .map(|path| {
                let id = path.trim_start_matches(folder).trim_end_matches(".svg");
                Picture {
                    path: path.to_string(),
                    alt: l10n
                        .text(&format!("{message_prefix}{id}"))
                        .map(|t| t.value)
                        .unwrap_or_else(|| id.replace('-', " ")),
                }
            })
            .collect()
    }

    fn check_picture_sequence(&self, sequence: &[String]) -> Result<String> {
        if !PICTURE_PASSWORD_LEN.contains(&sequence.len()) {
            return Err(Error::InvalidInput(format!(
                "a picture password has {} to {} pictures",
                PICTURE_PASSWORD_LEN.start(),
                PICTURE_PASSWORD_LEN.end()
            )));
        }
        let grid = self.picture_password_grid();
        for id in sequence {
            let path = format!("media/picture-password/{id}.svg");
            if !grid.iter().any(|p| p.path == path) {
                return Err(Error::InvalidInput(format!(
                    "'{id}' is not one of the password pictures"
                )));
            }
        }
        Ok(sequence.join("|"))
    }

    /// Set (or with `None`, remove) a learner's picture password: a short sequence of
    /// picture ids from [`Engine::picture_password_grid`]. Stored only as an Argon2 hash.
    pub fn set_picture_password(
        &self,
        learner_id: &str,
        sequence: Option<&[String]>,
    ) -> Result<()> {
        let hash = match sequence {
            Some(seq) => Some(secrets::hash_secret(&self.check_picture_sequence(seq)?)?),
            None => None,
        };
        self.store()
            .set_picture_password(learner_id, hash.as_deref())
    }

    /// Sign in by picking one's avatar, then the picture password if one is set.
    /// A wrong sequence says "not right"; after several in a row the child waits a
    /// little (up to 5 minutes), never for good. A teacher can reset the password.
    pub fn sign_in(&self, learner_id: &str, sequence: Option<&[String]>) -> Result<SignInResult> {
        let learner = self.store().learner(learner_id)?;
        let Some(hash) = &learner.picture_password else {
            return Ok(SignInResult::SignedIn {
                learner: learner_view(&learner),
            });
        };
        let Some(sequence) = sequence else {
            return Ok(SignInResult::PicturePasswordNeeded);
        };
        let subject = subject(learner_id);
        let now = self.wall_clock();
        let before = self.store().failures(&subject)?;
        let wait = PICTURE_PASSWORD.remaining(before.count, before.last_ms, now);
        if wait > 0 {
            return Ok(SignInResult::Wait { seconds: wait });
        }
        if secrets::verify_secret(hash, &sequence.join("|")) {
            self.store().clear_failures(&subject)?;
            return Ok(SignInResult::SignedIn {
                learner: learner_view(&learner),
            });
        }
        let after = self.store().record_failure(&subject, now)?;
        Ok(SignInResult::NotRight {
            failures: after.count,
        })
    }

    /// Whether a teacher PIN has been set on this device.
    pub fn has_teacher_pin(&self) -> Result<bool> {
        Ok(self.store().teacher_pin_hash()?.is_some())
    }

    /// Set the teacher PIN. Changing an existing PIN needs the current one. Returns a new
    /// recovery code: show it once, for the teacher to keep on paper. With it,
    /// [`Engine::recover_teacher_pin`] sets a new PIN (see docs/teacher-pin-recovery.md).
    pub fn set_teacher_pin(&self, current: Option<&str>, new_pin: &str) -> Result<String> {
        validate_pin(new_pin)?;
        if self.store().teacher_pin_hash()?.is_some() {
            let current = current.ok_or_else(|| {
                Error::InvalidInput("the current PIN is needed to change it".into())
            })?;
            match self.check_teacher_pin(current)? {
                PinCheck::Ok => {}
                PinCheck::Wait { seconds }
                | PinCheck::Wrong {
                    wait_seconds: seconds,
                    ..
                } => {
                    return Err(Error::Locked(format!(
                        "the current PIN was not right; try again in {seconds} seconds"
                    )));
                }
                PinCheck::NotSet => unreachable!("a PIN is set"),
            }
        }
        self.store_new_pin(new_pin)
    }

    fn store_new_pin(&self, new_pin: &str) -> Result<String> {
        let hash = secrets::hash_secret(new_pin)?;
        let code = recovery_code()?;
        let recovery = secrets::hash_secret(&code.replace('-', ""))?;
        self.store().set_teacher_pin_hash(&hash, &recovery)?;
        Ok(code)
    }

    /// Set a new teacher PIN with the recovery code given when the PIN was set. Wrong codes
    /// count like wrong PINs (the wait grows and survives restarts). Returns a new code.
    pub fn recover_teacher_pin(&self, recovery_code: &str, new_pin: &str) -> Result<String> {
        validate_pin(new_pin)?;
        let Some(hash) = self.store().teacher_recovery_hash()? else {
            return Err(Error::Locked("no teacher PIN is set on this device".into()));
        };
        let now = self.wall_clock();
        let before = self.store().failures(TEACHER)?;
        let wait = TEACHER_PIN.remaining(before.count, before.last_ms, now);
        if wait > 0 {
            return Err(Error::Locked(format!("try again in {wait} seconds")));
        }
        let normalized: String = recovery_code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if !secrets::verify_secret(&hash, &normalized) {
            let after = self.store().record_failure(TEACHER, now)?;
            return Err(Error::Locked(format!(
                "that recovery code was not right; try again in {} seconds",
                TEACHER_PIN.wait_after(after.count)
            )));
        }
        self.store_new_pin(new_pin)
    }

    /// The last resort when PIN and recovery code are both lost: erase teacher mode. The
    /// PIN, classes, groups, assignments, pinned device keys and every learner profile that
    /// came from another device (with all their progress) are erased, so no report of
    /// anyone's progress is handed to whoever resets. Learners created on this device
    /// keep their own progress. A new PIN can then be set. Returns the learners erased.
    pub fn erase_teacher_mode(&self) -> Result<u32> {
        self.teacher_sessions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        self.store().erase_teacher_mode()
    }

    /// Check the teacher PIN. Failures are stored before the answer is given, so the
    /// growing wait survives closing the app.
    pub fn check_teacher_pin(&self, pin: &str) -> Result<PinCheck> {
        let Some(hash) = self.store().teacher_pin_hash()? else {
            return Ok(PinCheck::NotSet);
        };
        let now = self.wall_clock();
        let before = self.store().failures(TEACHER)?;
        let wait = TEACHER_PIN.remaining(before.count, before.last_ms, now);
        if wait > 0 {
            return Ok(PinCheck::Wait { seconds: wait });
        }
        if secrets::verify_secret(&hash, pin) {
            self.store().clear_failures(TEACHER)?;
            return Ok(PinCheck::Ok);
        }
        let after = self.store().record_failure(TEACHER, now)?;
        Ok(PinCheck::Wrong {
            failures: after.count,
            wait_seconds: TEACHER_PIN.wait_after(after.count),
        })
    }

    /// A teacher removes a learner's picture password (the child sets a new one).
    pub fn reset_picture_password(&self, teacher_pin: &str, learner_id: &str) -> Result<()> {
        self.require_teacher(teacher_pin)?;
        self.store().set_picture_password(learner_id, None)
    }

    /// Fail with `Locked` unless `pin` is the teacher PIN.
    pub fn require_teacher(&self, pin: &str) -> Result<()> {
        match self.check_teacher_pin(pin)? {
            PinCheck::Ok => Ok(()),
            PinCheck::NotSet => Err(Error::Locked(
                "no teacher PIN is set on this device yet".into(),
            )),
            PinCheck::Wrong {
                wait_seconds: 0, ..
            } => Err(Error::Locked("that PIN was not right".into())),
            PinCheck::Wrong {
                wait_seconds: s, ..
            }
            | PinCheck::Wait { seconds: s } => Err(Error::Locked(format!(
                "that PIN was not right; try again in {s} seconds"
            ))),
        }
    }
}
