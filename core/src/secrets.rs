//! Picture passwords and the teacher PIN: Argon2id hashes, and waits that grow with
//! failures and survive restarts (the failure count and time are in the database).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{Error, Result};

/// Argon2id with 19 MiB of memory and 2 passes (OWASP's minimum for Argon2id): about a
/// tenth of a second on a cheap phone, slow enough to make guessing a PIN from a copied
/// database file costly.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hash a secret with a fresh random salt; returns a PHC string.
pub fn hash_secret(secret: &str) -> Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)
        .map_err(|e| Error::Internal(format!("no randomness for a salt: {e}")))?;
    let salt = SaltString::encode_b64(&salt)
        .map_err(|e| Error::Internal(format!("could not encode a salt: {e}")))?;
    Ok(hasher()
        .hash_password(secret.as_bytes(), &salt)
        .map_err(|e| Error::Internal(format!("could not hash the secret: {e}")))?
        .to_string())
}

/// Whether `secret` matches the stored hash (a malformed hash never matches).
pub fn verify_secret(hash: &str, secret: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| hasher().verify_password(secret.as_bytes(), &parsed).is_ok())
        .unwrap_or(false)
}

/// How failures slow down the next try.
#[derive(Debug, Clone, Copy)]
pub struct Throttle {
    /// Failures allowed before any wait.
    pub free: u32,
    /// First wait, in seconds; it doubles with each further failure.
    pub base_seconds: u32,
    /// Longest wait, in seconds. There is no permanent lock-out.
    pub max_seconds: u32,
}

/// Children: 5 free tries, then 30 s doubling up to 5 minutes.
pub const PICTURE_PASSWORD: Throttle = Throttle {
    free: 5,
    base_seconds: 30,
    max_seconds: 300,
};

/// Teacher PIN: 3 free tries, then 30 s doubling up to an hour.
pub const TEACHER_PIN: Throttle = Throttle {
    free: 3,
    base_seconds: 30,
    max_seconds: 3600,
};

impl Throttle {
    /// The wait after `failures` failures, in seconds.
    pub fn wait_after(&self, failures: u32) -> u32 {
        if failures < self.free {
            return 0;
        }
        let doublings = (failures - self.free).min(20);
        self.base_seconds
            .saturating_mul(1u32 << doublings)
            .min(self.max_seconds)
    }

    /// Seconds still to wait at `now_ms` after `failures` failures, the last at `last_ms`.
    /// Never more than the wait itself: a clock set back counts as no time passed, not
    /// as years still to wait.
    pub fn remaining(&self, failures: u32, last_ms: i64, now_ms: i64) -> u32 {
        let wait_ms = i64::from(self.wait_after(failures)) * 1000;
        let elapsed = now_ms.saturating_sub(last_ms).max(0);
        let left = wait_ms.saturating_sub(elapsed);
        if left <= 0 {
            0
        } else {
            ((left + 999) / 1000) as u32
        }
    }
}

/// The outcome of one try at a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attempt {
    /// Right.
    Right,
    /// Wrong: failures in a row now, and the wait before the next try.
    Wrong {
        /// Failures in a row.
        failures: u32,
        /// Seconds before the next try is checked.
        wait_seconds: u32,
    },
    /// Too soon after failures: not checked.
    Wait {
        /// Seconds to wait.
        seconds: u32,
    },
}

/// One try at a secret stored as `hash`, throttled per `subject`.
///
/// In one transaction, before the slow hash runs: if the wait after earlier failures is
/// not over, the try is not checked; otherwise a failure is recorded first, so tries made
/// in parallel count (eight at once get the free tries, not eight checks). A right answer
/// then clears the failures. The wait never trusts the wall clock alone: a clock set back
/// restarts the wait (at most the throttle's maximum), and while the app runs the wait
/// is also measured on a monotonic clock, so setting the clock forward skips nothing.
pub(crate) fn attempt(
    engine: &crate::Engine,
    subject: &str,
    hash: &str,
    guess: &str,
    throttle: &Throttle,
) -> Result<Attempt> {
    let gate = engine.write(|cx| {
        let before = cx.db.failures(subject)?;
        let mut last = before.last_ms;
        if before.count > 0 && cx.now < last {
            // The clock went back: the wait counts again from now, never from the future.
            cx.db.rebase_failures(subject, cx.now)?;
            last = cx.now;
        }
        let wall = throttle.remaining(before.count, last, cx.now);
        let wait =
            wall.max(engine.monotonic_wait(subject, throttle.wait_after(before.count), wall));
        if wait > 0 {
            return Ok(Err(wait));
        }
        let after = cx.db.record_failure(subject, cx.now)?;
        engine.note_failure(subject);
        Ok(Ok(after))
    })?;
    let after = match gate {
        Err(seconds) => return Ok(Attempt::Wait { seconds }),
        Ok(after) => after,
    };
    if verify_secret(hash, guess) {
        engine.write(|cx| cx.db.clear_failures(subject))?;
        engine.forget_failures(subject);
        return Ok(Attempt::Right);
    }
    Ok(Attempt::Wrong {
        failures: after.count,
        wait_seconds: throttle.wait_after(after.count),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_differ_by_salt() {
        let a = hash_secret("1234").unwrap();
        let b = hash_secret("1234").unwrap();
        assert_ne!(a, b, "salted");
        assert!(a.starts_with("$argon2id$"));
        assert!(verify_secret(&a, "1234"));
        assert!(!verify_secret(&a, "1235"));
        assert!(!verify_secret("not a hash", "1234"));
    }

    #[test]
    fn waits_grow_and_are_capped() {
        let t = TEACHER_PIN;
        assert_eq!(t.wait_after(2), 0);
        assert_eq!(t.wait_after(3), 30);
        assert_eq!(t.wait_after(4), 60);
        assert_eq!(t.wait_after(10), 3600);
        assert_eq!(t.wait_after(1000), 3600);
        assert_eq!(t.remaining(3, 10_000, 10_000), 30);
        assert_eq!(t.remaining(3, 10_000, 39_500), 1);
        assert_eq!(t.remaining(3, 10_000, 40_000), 0);
        assert_eq!(PICTURE_PASSWORD.wait_after(4), 0);
        assert_eq!(PICTURE_PASSWORD.wait_after(5), 30);
    }
}
