//! Sign-language video production and delivery.
//!
//! - [`probe`]: read an MP4 file's container, length, size and picture size with
//!   Mozilla's `mp4parse` and check them against [`VideoLimits`].
//! - [`captions`]: WebVTT captions made from a slot's text, cues split by sentence.
//! - [`plan`]: the shot list a signer follows (CSV and a printable HTML page).
//! - [`workshop`]: a recording team's pack folder: import, review, status.
//! - [`pack`]: signed media packs, one per sign language (build, stream-verify, install).
//!
//! Decision 0022 explains the choices (docs/decisions/0022-sign-language-video-production.md).

pub mod captions;
pub mod pack;
#[cfg(feature = "authoring")]
pub mod plan;
pub mod probe;
#[doc(hidden)]
pub mod test_media;
#[cfg(feature = "authoring")]
pub mod workshop;

use std::path::Path;

pub use pack::{InstalledMedia, MediaCaption, MediaManifest, MediaVideo};
pub use probe::{VideoFacts, VideoLimits};

/// What went wrong with a video, a caption or a media pack. Every message names the file
/// (a short, escaped excerpt of its name) and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum VideoError {
    /// A file is named for a slot the pack does not have.
    #[error(
        "{file}: no video slot '{slot}' in this pack (name files <slot-id>.mp4; `safesteps videos plan` lists the slots)"
    )]
    UnknownSlot {
        /// The file (excerpt).
        file: String,
        /// The slot id read from its name (excerpt).
        slot: String,
    },
    /// Not an MP4 file (another container, or not a video at all).
    #[error("{file}: not an MP4 video ({reason}); export the recording as MP4 (H.264)")]
    WrongContainer {
        /// The file (excerpt).
        file: String,
        /// What was found.
        reason: String,
    },
    /// The file ends early or is damaged.
    #[error("{file}: the video is truncated or damaged ({reason}); copy or export it again")]
    Truncated {
        /// The file (excerpt).
        file: String,
        /// What is missing.
        reason: String,
    },
    /// No H.264 (AVC) video track.
    #[error("{file}: {reason}; SafeSteps plays H.264 (AVC) video in MP4")]
    WrongCodec {
        /// The file (excerpt).
        file: String,
        /// What was found.
        reason: String,
    },
    /// Outside the length, size or resolution limits.
    #[error("{file}: {reason}")]
    OutOfLimits {
        /// The file (excerpt).
        file: String,
        /// Which limit and by how much.
        reason: String,
    },
    /// A review that cannot be recorded (no video, same person as the signer...).
    #[error("{0}")]
    Review(String),
    /// A media pack refused (signature, sign language, base pack, hashes, container).
    #[error("the media pack was refused: {0}")]
    MediaPackRejected(String),
    /// A media pack for another sign language than the one asked for.
    #[error("the media pack is for sign language '{found}', not '{expected}'")]
    WrongSignLanguage {
        /// The pack's sign language.
        found: String,
        /// The one expected.
        expected: String,
    },
    /// A media pack made for another base pack (id or version).
    #[error("the media pack belongs to {found}, but the content in use is {in_use}")]
    BasePackMismatch {
        /// The base pack the media pack names.
        found: String,
        /// The pack in use.
        in_use: String,
    },
}

impl VideoError {
    /// The class of error for front ends: media pack refusals are content problems,
    /// the rest are the caller's input.
    pub fn kind(&self) -> crate::ErrorKind {
        match self {
            VideoError::MediaPackRejected(_)
            | VideoError::WrongSignLanguage { .. }
            | VideoError::BasePackMismatch { .. } => crate::ErrorKind::ContentInvalid,
            _ => crate::ErrorKind::InvalidInput,
        }
    }
}

/// A file name for messages: a short, escaped excerpt of its last component.
pub(crate) fn file_label(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned());
    crate::error::excerpt(&name)
}

/// A slot id, sign language or locale is safe to use in a file name: `[a-z0-9.-]`, no
/// leading dot, at most 120 characters.
pub(crate) fn safe_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 120
        && !s.starts_with('.')
        && !s.contains("..")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

/// A BCP 47 tag safe in a path (letters, digits, `-`).
pub(crate) fn safe_locale(s: &str) -> bool {
    !s.is_empty() && s.len() <= 35 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Now as RFC 3339 (UTC, seconds) from milliseconds since the epoch.
pub fn rfc3339(ms: i64) -> String {
    utc_stamp(ms, "-", ":").unwrap_or_else(|| "1970-01-01T00:00:00Z".into())
}

/// `ms` in UTC as `YYYY<d>MM<d>DDTHH<t>MM<t>SSZ` (`None` outside chrono's years 0-9999
/// here). Written from chrono's calendar fields, not with its `format`: the library
/// links none of chrono's formatting and parsing code (decision 0015).
pub(crate) fn utc_stamp(ms: i64, d: &str, t: &str) -> Option<String> {
    use chrono::{Datelike, Timelike};
    let at = chrono::DateTime::from_timestamp_millis(ms)?;
    let year = u32::try_from(at.year()).ok().filter(|y| *y <= 9999)?;
    Some(format!(
        "{year:04}{d}{:02}{d}{:02}T{:02}{t}{:02}{t}{:02}Z",
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    ))
}

/// The wall clock in milliseconds since the epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod stamp_tests {
    #[test]
    fn stamps_are_utc_calendar_fields() {
        // 2024-02-29 13:05:09 UTC.
        let ms = 1_709_211_909_000;
        assert_eq!(super::rfc3339(ms), "2024-02-29T13:05:09Z");
        assert_eq!(
            super::utc_stamp(ms + 999, "", "").unwrap(),
            "20240229T130509Z"
        );
        assert_eq!(super::rfc3339(0), "1970-01-01T00:00:00Z");
    }
}
