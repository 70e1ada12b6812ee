//! Teacher mode: the PIN, its recovery code and attempt limits, and the teacher session.
//!
//! What needs the PIN is a method of a [`TeacherSession`], which only
//! [`Engine::teacher_session`] makes, with the right PIN: no call can forget the check.
//! A session ends after [`SESSION_IDLE_MS`] without use, when closed, or when teacher mode
//! is erased.

use std::sync::atomic::{AtomicI64, Ordering};

use crate::engine::{Change, Engine};
use crate::error::{Error, Result};
use crate::secrets::{self, Attempt, TEACHER_PIN};
use crate::views::*;
use crate::{classroom, exchange, reports};

/// Digits in a teacher PIN, fewest and most.
pub const PIN_LEN: std::ops::RangeInclusive<usize> = 4..=12;
/// A teacher session ends after this long without use.
pub const SESSION_IDLE_MS: i64 = 15 * 60 * 1000;
const TEACHER: &str = "teacher";

/// Outcome of checking the teacher PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

impl From<Attempt> for PinCheck {
    fn from(a: Attempt) -> Self {
        match a {
            Attempt::Right => PinCheck::Ok,
            Attempt::Wrong {
                failures,
                wait_seconds,
            } => PinCheck::Wrong {
                failures: crate::views::int(failures),
                wait_seconds: crate::views::int(wait_seconds),
            },
            Attempt::Wait { seconds } => PinCheck::Wait {
                seconds: crate::views::int(seconds),
            },
        }
    }
}

/// A recovery code: 16 characters from an alphabet without look-alikes, in groups of 4.
fn recovery_code() -> Result<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Internal(format!("no randomness for a recovery code: {e}")))?;
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

fn validate_pin(pin: &str) -> Result<()> {
    if !PIN_LEN.contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(Error::pin_format(
            None,
            format!("a PIN is {} to {} digits", PIN_LEN.start(), PIN_LEN.end()),
        ));
    }
    Ok(())
}

impl Engine {
    /// Whether a teacher PIN has been set on this device.
    pub fn has_teacher_pin(&self) -> Result<bool> {
        self.read(|cx| Ok(cx.db.teacher_pin_hash()?.is_some()))
    }

    /// Set the teacher PIN. Changing an existing PIN needs the current one. Returns a new
    /// recovery code: show it once, for the teacher to keep on paper. With it,
    /// [`Engine::recover_teacher_pin`] sets a new PIN (see docs/teacher-pin-recovery.md).
    pub fn set_teacher_pin(&self, current: Option<&str>, new_pin: &str) -> Result<String> {
        validate_pin(new_pin)?;
        if self.has_teacher_pin()? {
            let current = current.ok_or_else(|| {
                Error::pin_format(
                    Some("current-needed"),
                    "the current PIN is needed to change it",
                )
            })?;
            match self.check_teacher_pin(current)? {
                PinCheck::Ok => {}
                PinCheck::Wait { seconds }
                | PinCheck::Wrong {
                    wait_seconds: seconds,
                    ..
                } => {
                    return Err(Error::locked(
                        "wrong-pin",
                        u32::try_from(seconds).ok(),
                        format!("the current PIN was not right; try again in {seconds} seconds"),
                    ));
                }
                PinCheck::NotSet => {
                    return Err(Error::locked(
                        "erased",
                        None,
                        "the teacher PIN was erased meanwhile",
                    ));
                }
            }
        }
        self.store_new_pin(new_pin)
    }

    fn store_new_pin(&self, new_pin: &str) -> Result<String> {
        let hash = secrets::hash_secret(new_pin)?;
        let code = recovery_code()?;
        let recovery = secrets::hash_secret(&code.replace('-', ""))?;
        self.write(|cx| cx.db.set_teacher_pin_hash(&hash, &recovery))?;
        Ok(code)
    }

    /// Set a new teacher PIN with the recovery code given when the PIN was set. Wrong codes
    /// count like wrong PINs (the wait grows and survives restarts). Returns a new code.
    pub fn recover_teacher_pin(&self, recovery_code: &str, new_pin: &str) -> Result<String> {
        validate_pin(new_pin)?;
        let Some(hash) = self.read(|cx| cx.db.teacher_recovery_hash())? else {
            return Err(Error::locked(
                "no-pin",
                None,
                "no teacher PIN is set on this device",
            ));
        };
        let normalized: String = recovery_code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if normalized.len() != 16 {
            // The wrong form is said as such and costs no attempt: it tells nothing about the code.
            return Err(Error::pin_format(
                Some("recovery-code"),
                "a recovery code has 16 letters and digits (in groups of 4)",
            ));
        }
        match secrets::attempt(self, TEACHER, &hash, &normalized, &TEACHER_PIN)? {
            Attempt::Right => self.store_new_pin(new_pin),
            Attempt::Wait { seconds } => Err(Error::locked(
                "wait",
                Some(seconds),
                format!("try again in {seconds} seconds"),
            )),
            Attempt::Wrong { wait_seconds, .. } => Err(Error::locked(
                "wrong-recovery-code",
                Some(wait_seconds),
                format!("that recovery code was not right; try again in {wait_seconds} seconds"),
            )),
        }
    }

    /// The last resort when PIN and recovery code are both lost: erase teacher mode. The
    /// PIN, classes, groups, assignments, pinned device keys and every learner profile that
    /// came from another device (with all their progress) are erased, so no report of
    /// anyone's progress is handed to whoever resets. Learners created on this device
    /// keep their own progress. Open teacher sessions end. Returns the learners erased.
    pub fn erase_teacher_mode(&self) -> Result<u32> {
        self.teacher_epoch().fetch_add(1, Ordering::SeqCst);
        log::warn!("teacher mode erased on this device");
        self.write(|cx| {
            let removed = cx.db.erase_teacher_mode()?;
            cx.checkpoint_after_commit();
            cx.changed(Change::AssignmentsChanged);
            Ok(removed)
        })
    }

    /// Check the teacher PIN. Failures are stored before the answer is given, so the
    /// growing wait survives closing the app.
    pub fn check_teacher_pin(&self, pin: &str) -> Result<PinCheck> {
        let Some(hash) = self.read(|cx| cx.db.teacher_pin_hash())? else {
            return Ok(PinCheck::NotSet);
        };
        Ok(secrets::attempt(self, TEACHER, &hash, pin, &TEACHER_PIN)?.into())
    }

    /// Open a teacher session with the PIN. Everything that needs the PIN is a method of
    /// the session.
    pub fn teacher_session(&self, pin: &str) -> Result<TeacherSession> {
        match self.check_teacher_pin(pin)? {
            PinCheck::Ok => {
                log::info!("teacher session opened");
                Ok(TeacherSession::start(self))
            }
            PinCheck::NotSet => Err(Error::locked(
                "no-pin",
                None,
                "no teacher PIN is set on this device yet",
            )),
            PinCheck::Wrong {
                wait_seconds: 0, ..
            } => Err(Error::locked("wrong-pin", None, "that PIN was not right")),
            PinCheck::Wrong {
                wait_seconds: s, ..
            }
            | PinCheck::Wait { seconds: s } => Err(Error::locked(
                "wrong-pin",
                u32::try_from(s).ok(),
                format!("that PIN was not right; try again in {s} seconds"),
            )),
        }
    }
}

/// An open teacher session: proof that the PIN was given. Made only by
/// [`Engine::teacher_session`].
#[derive(Debug)]
pub struct TeacherSession {
    engine: Engine,
    epoch: u64,
    expires_ms: AtomicI64,
}

/// A session opened without the PIN, for the API fuzz target (cargo feature `fuzzing`
/// only; never in an app build): checking a PIN hashes it with Argon2 (tens of
/// milliseconds), which would keep the fuzzer from exploring the teacher's calls.
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub fn session_for_fuzzing(engine: &Engine) -> TeacherSession {
    TeacherSession::start(engine)
}

impl TeacherSession {
    /// A session of `engine` from now, in teacher mode as it is (its epoch).
    fn start(engine: &Engine) -> TeacherSession {
        TeacherSession {
            engine: engine.clone(),
            epoch: engine.teacher_epoch().load(Ordering::SeqCst),
            expires_ms: AtomicI64::new(engine.wall_clock().saturating_add(SESSION_IDLE_MS)),
        }
    }

    /// The engine, or `Locked` unless the session is still open; each use extends it.
    pub(crate) fn engine(&self) -> Result<&Engine> {
        let now = self.engine.wall_clock();
        if self.engine.teacher_epoch().load(Ordering::SeqCst) != self.epoch {
            return Err(Error::locked(
                "erased",
                None,
                "teacher mode was erased on this device; set a new PIN",
            ));
        }
        if now >= self.expires_ms.load(Ordering::SeqCst) {
            return Err(Error::locked(
                "session-ended",
                None,
                "the teacher session ended; enter the PIN again",
            ));
        }
        self.expires_ms
            .store(now.saturating_add(SESSION_IDLE_MS), Ordering::SeqCst);
        Ok(&self.engine)
    }

    /// End the session: every later call fails with `Locked`.
    pub fn close(&self) {
        if self.expires_ms.swap(i64::MIN, Ordering::SeqCst) != i64::MIN {
            log::info!("teacher session closed");
        }
    }

    /// Whether the session is still open (without extending it).
    pub fn is_open(&self) -> bool {
        self.engine.teacher_epoch().load(Ordering::SeqCst) == self.epoch
            && self.engine.wall_clock() < self.expires_ms.load(Ordering::SeqCst)
    }

    // ---- classes and groups -------------------------------------------------

    /// Create a class.
    pub fn create_class(&self, name: &str) -> Result<ClassView> {
        self.engine()?
            .write(|cx| assignments_changed(cx, classroom::create_class(cx, name)))
    }

    /// Rename a class.
    pub fn rename_class(&self, class_id: &str, name: &str) -> Result<ClassView> {
        self.engine()?
            .write(|cx| assignments_changed(cx, classroom::rename_class(cx, class_id, name)))
    }

    /// All classes with their learners and groups.
    pub fn classes(&self) -> Result<Vec<ClassView>> {
        self.engine()?.read(classroom::classes)
    }

    /// Put a learner in a class (a learner can be in several).
    pub fn add_to_class(&self, class_id: &str, learner_id: &str) -> Result<ClassView> {
        self.engine()?
            .write(|cx| assignments_changed(cx, classroom::add_to_class(cx, class_id, learner_id)))
    }

    /// Take a learner out of a class (and its groups).
    pub fn remove_from_class(&self, class_id: &str, learner_id: &str) -> Result<ClassView> {
        self.engine()?.write(|cx| {
            assignments_changed(cx, classroom::remove_from_class(cx, class_id, learner_id))
        })
    }

    /// Create a group inside a class.
    pub fn create_group(&self, class_id: &str, name: &str) -> Result<GroupView> {
        self.engine()?
            .write(|cx| assignments_changed(cx, classroom::create_group(cx, class_id, name)))
    }

    /// Put a learner of the group's class in the group (a learner can be in several).
    pub fn add_to_group(&self, group_id: &str, learner_id: &str) -> Result<GroupView> {
        self.engine()?
            .write(|cx| assignments_changed(cx, classroom::add_to_group(cx, group_id, learner_id)))
    }

    // ---- assignments ----------------------------------------------------------

    /// Assign modules to a class, a group or a learner.
    pub fn assign(&self, a: &NewAssignment) -> Result<AssignmentView> {
        self.engine()?
            .write(|cx| assignments_changed(cx, classroom::assign(cx, a)))
    }

    /// Change an assignment (modules, target, dates).
    pub fn update_assignment(&self, id: &str, a: &NewAssignment) -> Result<AssignmentView> {
        self.engine()?
            .write(|cx| assignments_changed(cx, classroom::update_assignment(cx, id, a)))
    }

    /// Withdraw an assignment: learners no longer see it.
    pub fn withdraw_assignment(&self, id: &str) -> Result<AssignmentView> {
        self.engine()?
            .write(|cx| assignments_changed(cx, classroom::withdraw_assignment(cx, id)))
    }

    /// All assignments, newest first.
    pub fn assignments(&self) -> Result<Vec<AssignmentView>> {
        self.engine()?.read(classroom::assignments)
    }

    // ---- reports and exports -------------------------------------------------------

    /// The report for a class: per learner, per module and per question.
    pub fn class_report(&self, class_id: &str) -> Result<ClassReport> {
        self.engine()?
            .read(|cx| reports::class_report(cx, class_id))
    }

    /// The class report as CSV, one row per learner (with nicknames: for the teacher).
    pub fn export_learners_csv(&self, class_id: &str) -> Result<String> {
        self.engine()?
            .read(|cx| reports::learners_csv(cx, class_id))
    }

    /// An aggregate CSV for sharing outside the school: one row per class and module,
    /// no nicknames, and no figures for any group smaller than `min_group` learners.
    pub fn export_aggregate_csv(&self, min_group: u32) -> Result<String> {
        self.engine()?
            .read(|cx| reports::aggregate_csv(cx, min_group))
    }

    /// An assignments bundle for learners' devices: classes, groups, memberships and
    /// every assignment (withdrawn ones too, so withdrawals travel).
    pub fn export_assignments_bundle(&self) -> Result<Vec<u8>> {
        exchange::export_assignments_bundle(self.engine()?)
    }

    /// Remove a learner's picture password (the child sets a new one).
    pub fn reset_picture_password(&self, learner_id: &str) -> Result<()> {
        self.engine()?.write(|cx| {
            cx.db.set_picture_password(learner_id, None)?;
            cx.changed(Change::LearnerChanged {
                learner_id: learner_id.to_string(),
            });
            Ok(())
        })
    }
}

/// A classroom change, told to change listeners when it succeeds.
fn assignments_changed<T>(cx: &crate::engine::WriteCx<'_>, result: Result<T>) -> Result<T> {
    if result.is_ok() {
        cx.changed(Change::AssignmentsChanged);
    }
    result
}
