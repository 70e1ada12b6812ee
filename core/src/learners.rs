//! Learner profiles on a shared device: nickname and avatar (never a real name),
//! settings, picture-password sign-in, and erasure. The teacher PIN is in [`crate::teacher`].

use crate::engine::{Change, Engine};
use crate::error::{Error, Result, excerpt};
use crate::secrets::{self, Attempt, PICTURE_PASSWORD};
use crate::store::Learner;
use crate::views::*;

/// The longest nickname, in characters.
pub const MAX_NICKNAME_CHARS: usize = 24;
/// Pictures in a picture password, fewest and most.
pub const PICTURE_PASSWORD_LEN: std::ops::RangeInclusive<usize> = 3..=6;

fn subject(learner_id: &str) -> String {
    format!("learner:{learner_id}")
}

pub(crate) fn learner_view(l: &Learner) -> LearnerView {
    LearnerView {
        id: l.id.clone(),
        nickname: l.nickname.clone(),
        nickname_direction: crate::l10n::direction_of_text(&l.nickname),
        avatar: l.avatar.clone(),
        age_band: l.age_band,
        has_picture_password: l.picture_password.is_some(),
        settings: settings_of(l),
    }
}

pub(crate) fn settings_of(l: &Learner) -> LearnerSettings {
    l.settings.clone()
}

/// Digits in a row (separators between them do not count) that make a nickname look like
/// a phone number.
const MAX_DIGITS_IN_A_ROW: usize = 4;

/// A nickname as stored: NFKC-normalised (full-width and other compatibility forms
/// folded) and trimmed. Refused when empty, too long, holding control or invisible
/// formatting characters, an `@`, or five or more digits in any script with only
/// separators (spaces, dashes, dots, brackets, `+`) between them: a nickname must not
/// carry contact details.
fn validate_nickname(nickname: &str) -> Result<String> {
    use unicode_normalization::UnicodeNormalization;
    let nickname: String = nickname.nfkc().collect::<String>().trim().to_string();
    if nickname.is_empty() {
        return Err(Error::name("empty", "a nickname is needed"));
    }
    if nickname.chars().count() > MAX_NICKNAME_CHARS {
        return Err(Error::name(
            "too-long",
            format!("a nickname can have at most {MAX_NICKNAME_CHARS} letters"),
        ));
    }
    let contact = || {
        Error::name(
            "contact",
            "a nickname cannot hold a phone number or an email address",
        )
    };
    let mut digits = 0;
    for ch in nickname.chars() {
        if ch.is_control() || is_invisible_format(ch) {
            return Err(Error::name(
                "hidden",
                "a nickname cannot hold control or invisible characters",
            ));
        }
        if ch == '@' {
            return Err(contact());
        }
        if ch.is_numeric() {
            digits += 1;
            if digits > MAX_DIGITS_IN_A_ROW {
                return Err(contact());
            }
        } else if ch.is_alphabetic() {
            digits = 0;
        }
    }
    Ok(nickname)
}

/// Zero-width and bidirectional formatting characters, which can hide what a nickname holds.
fn is_invisible_format(ch: char) -> bool {
    matches!(ch, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
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
        let nickname = validate_nickname(nickname)?;
        self.check_avatar(avatar)?;
        let learner = Learner {
            id: uuid::Uuid::new_v4().to_string(),
            nickname: nickname.to_string(),
            avatar: avatar.to_string(),
            created_at_ms: self.wall_clock(),
            age_band,
            settings: LearnerSettings::default(),
            picture_password: None,
            origin_device: None,
        };
        self.write(|cx| {
            cx.db.insert_learner(&learner)?;
            cx.changed(Change::LearnerChanged {
                learner_id: learner.id.clone(),
            });
            Ok(())
        })?;
        Ok(learner_view(&learner))
    }

    fn check_avatar(&self, avatar: &str) -> Result<()> {
        let path = format!("media/avatars/{avatar}.svg");
        if self.avatars().iter().any(|a| a.path == path) {
            Ok(())
        } else {
            Err(Error::InvalidInput(format!(
                "'{}' is not an avatar of this app",
                excerpt(avatar)
            )))
        }
    }

    /// All learners on this device, oldest first.
    pub fn learners(&self) -> Result<Vec<LearnerView>> {
        self.read(|cx| Ok(cx.db.learners()?.iter().map(learner_view).collect()))
    }

    /// One learner.
    pub fn learner(&self, learner_id: &str) -> Result<LearnerView> {
        self.read(|cx| Ok(learner_view(&cx.db.learner(learner_id)?)))
    }

    /// Change nickname, avatar and age band.
    pub fn update_learner(
        &self,
        learner_id: &str,
        nickname: &str,
        avatar: &str,
        age_band: Option<AgeBand>,
    ) -> Result<LearnerView> {
        let nickname = validate_nickname(nickname)?;
        self.check_avatar(avatar)?;
        self.write(|cx| {
            let mut l = cx.db.learner(learner_id)?;
            l.nickname = nickname.to_string();
            l.avatar = avatar.to_string();
            l.age_band = age_band;
            cx.db.update_learner(&l)?;
            cx.changed(Change::LearnerChanged {
                learner_id: l.id.clone(),
            });
            Ok(learner_view(&l))
        })
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
        self.write(|cx| {
            let mut l = cx.db.learner(learner_id)?;
            l.settings = settings;
            cx.db.update_learner(&l)?;
            cx.changed(Change::LearnerChanged {
                learner_id: l.id.clone(),
            });
            Ok(learner_view(&l))
        })
    }

    /// Erase a learner: profile, events, attempts, progress, assignments to them alone.
    /// Nothing of theirs stays in the database file (secure_delete, then the write-ahead
    /// log is emptied; while another connection still reads, this is an error saying so,
    /// and the log is emptied after a later write). A tombstone stays and travels in
    /// bundles, so no device brings the learner back from an old bundle.
    pub fn delete_learner(&self, learner_id: &str) -> Result<()> {
        self.write(|cx| {
            if !cx
                .db
                .erase_learner(learner_id, cx.event_time(), cx.db.device_id())?
            {
                return Err(Error::not_found("learner", learner_id));
            }
            cx.checkpoint_after_commit();
            cx.changed(Change::LearnerErased {
                learner_id: learner_id.to_string(),
            });
            Ok(())
        })
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
        let state = self.state();
        let l10n = &state.localizer;
        state
            .catalog
            .files
            .paths(folder, ".svg")
            .map(|path| {
                let id = path.trim_start_matches(folder).trim_end_matches(".svg");
                let alt = l10n.text(&format!("{message_prefix}{id}"));
                let direction =
                    crate::l10n::direction_of(alt.as_ref().map_or(l10n.primary(), |t| &t.locale));
                Picture::new(
                    path,
                    alt.map(|t| t.value).unwrap_or_else(|| id.replace('-', " ")),
                    direction,
                )
            })
            .collect()
    }

    fn check_picture_sequence(&self, sequence: &[String]) -> Result<String> {
        if !PICTURE_PASSWORD_LEN.contains(&sequence.len()) {
            return Err(Error::pin_format(
                Some("picture-password"),
                format!(
                    "a picture password has {} to {} pictures",
                    PICTURE_PASSWORD_LEN.start(),
                    PICTURE_PASSWORD_LEN.end()
                ),
            ));
        }
        let grid = self.picture_password_grid();
        for id in sequence {
            let path = format!("media/picture-password/{id}.svg");
            if !grid.iter().any(|p| p.path == path) {
                return Err(Error::pin_format(
                    Some("picture-password"),
                    format!("'{}' is not one of the password pictures", excerpt(id)),
                ));
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
        self.write(|cx| {
            cx.db.set_picture_password(learner_id, hash.as_deref())?;
            cx.changed(Change::LearnerChanged {
                learner_id: learner_id.to_string(),
            });
            Ok(())
        })
    }

    /// Sign in by picking one's avatar, then the picture password if one is set.
    /// A wrong sequence says "not right"; after several in a row the child waits a
    /// little (up to 5 minutes), never for good. A teacher can reset the password.
    pub fn sign_in(&self, learner_id: &str, sequence: Option<&[String]>) -> Result<SignInResult> {
        let learner = self.read(|cx| cx.db.learner(learner_id))?;
        let Some(hash) = &learner.picture_password else {
            return Ok(SignInResult::SignedIn {
                learner: learner_view(&learner),
            });
        };
        let Some(sequence) = sequence else {
            return Ok(SignInResult::PicturePasswordNeeded);
        };
        let guess = sequence.join("|");
        Ok(
            match secrets::attempt(self, &subject(learner_id), hash, &guess, &PICTURE_PASSWORD)? {
                Attempt::Right => SignInResult::SignedIn {
                    learner: learner_view(&learner),
                },
                Attempt::Wait { seconds } => SignInResult::Wait {
                    seconds: int(seconds),
                },
                Attempt::Wrong { failures, .. } => SignInResult::NotRight {
                    failures: int(failures),
                },
            },
        )
    }
}
