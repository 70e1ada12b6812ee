//! Internal error type of the core.
//!
//! Every fallible core function returns [`Result`]. Front ends (bindings, CLI)
//! branch on [`Error::kind`] and show [`Error`]'s `Display`, which is written
//! for people and never contains a learner's personal data.

use std::path::PathBuf;

/// Result alias used throughout the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The few classes of failure an app can act on. Bindings map each to one
/// `ApiError` variant; each has a stable [`ErrorKind::code`] and a Fluent message
/// `ui-error-<code>` in every locale of the pack (see [`crate::ui_text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// An id (module, lesson, learner, question, UI text...) that does not exist.
    NotFound,
    /// The app passed something invalid that none of the kinds below covers (a
    /// database path that is not a file, an empty module list, a bad size). A mistake
    /// in the app, not the person's: nothing was changed.
    InvalidInput,
    /// A name a person typed was refused: a learner's nickname (empty, too long,
    /// holding a phone number, an email address or hidden characters), a class's or a
    /// group's name. Show the message next to the name field; nothing was changed.
    NameRefused,
    /// A teacher PIN, a recovery code or a picture password has the wrong form (PIN
    /// not 4 to 12 digits, the current PIN missing, a picture not in the grid). Show
    /// the rule; nothing was changed. A *wrong* PIN is not this: see `Locked`.
    PinFormat,
    /// An answer does not fit its question (an option that is not in it, two choices
    /// for a one-answer question, an ordering that leaves options out, a step that is
    /// not a question). Usually an app bug; nothing was recorded.
    AnswerShape,
    /// A language tag, a sign-language code or a country code that is not well formed.
    UnknownLocale,
    /// A bundle, a piece of one or a pairing offer was refused (not from a paired
    /// device, damaged, too large, the wrong kind, or a pairing code that does not
    /// match). Nothing in it was applied; ask for it again.
    BundleRefused,
    /// Content (a pack) is malformed, fails verification, or is not usable.
    ContentInvalid,
    /// The database cannot be opened, read or written. Nothing acknowledged is lost.
    Storage,
    /// The database was written by a newer SafeSteps; update the app.
    DatabaseTooNew,
    /// A PIN or password is needed, was wrong, or must wait; nothing was done.
    Locked,
    /// The device's storage is full: nothing was written. Free some space and try again.
    StorageFull,
    /// A fault inside SafeSteps (no randomness, a hash or an export that could not be
    /// made). Not the caller's fault; nothing was changed.
    Internal,
    /// The object was closed; open a new one.
    Closed,
    /// The database file is damaged, or a write-ahead log next to it belongs to another
    /// copy. Nothing was changed; `Engine::open_recovering` moves the damaged files aside
    /// (kept for recovery) and starts again.
    DatabaseCorrupt,
    /// The file is a database of another app (or not a database SafeSteps made). It was
    /// not changed; use another path.
    ForeignDatabase,
    /// The database file (or its folder) cannot be written. Nothing was changed.
    DatabaseReadOnly,
}

impl ErrorKind {
    /// Every kind, in the order of the README's table.
    pub const ALL: [ErrorKind; 17] = [
        ErrorKind::NotFound,
        ErrorKind::InvalidInput,
        ErrorKind::NameRefused,
        ErrorKind::PinFormat,
        ErrorKind::AnswerShape,
        ErrorKind::UnknownLocale,
        ErrorKind::BundleRefused,
        ErrorKind::ContentInvalid,
        ErrorKind::Storage,
        ErrorKind::DatabaseTooNew,
        ErrorKind::Locked,
        ErrorKind::StorageFull,
        ErrorKind::Internal,
        ErrorKind::Closed,
        ErrorKind::DatabaseCorrupt,
        ErrorKind::ForeignDatabase,
        ErrorKind::DatabaseReadOnly,
    ];

    /// The stable code of this kind (`name-refused`): apps and logs may rely on it, and
    /// `ui-error-<code>` is its message for people.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not-found",
            ErrorKind::InvalidInput => "invalid-input",
            ErrorKind::NameRefused => "name-refused",
            ErrorKind::PinFormat => "pin-format",
            ErrorKind::AnswerShape => "answer-shape",
            ErrorKind::UnknownLocale => "unknown-locale",
            ErrorKind::BundleRefused => "bundle-refused",
            ErrorKind::ContentInvalid => "content-invalid",
            ErrorKind::Storage => "storage",
            ErrorKind::DatabaseTooNew => "database-too-new",
            ErrorKind::Locked => "locked",
            ErrorKind::StorageFull => "storage-full",
            ErrorKind::Internal => "internal",
            ErrorKind::Closed => "closed",
            ErrorKind::DatabaseCorrupt => "database-corrupt",
            ErrorKind::ForeignDatabase => "foreign-database",
            ErrorKind::DatabaseReadOnly => "database-read-only",
        }
    }
}

/// Everything that can go wrong inside the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No item of this kind with this id.
    #[error("{kind} '{}' was not found", excerpt(.id))]
    NotFound {
        /// What was looked up, in words ("lesson", "learner").
        kind: &'static str,
        /// The id that was asked for. Ids are content or random ids, never personal data.
        id: String,
    },
    /// Invalid input from the caller that no more exact kind covers.
    #[error("{0}")]
    InvalidInput(String),
    /// Input refused for a reason an app reacts to ([`ErrorKind::NameRefused`],
    /// [`ErrorKind::PinFormat`], [`ErrorKind::AnswerShape`], [`ErrorKind::UnknownLocale`],
    /// [`ErrorKind::BundleRefused`]).
    #[error("{detail}")]
    Refused {
        /// The kind.
        kind: ErrorKind,
        /// A more exact, stable reason within the kind (`contact`, `empty`), when there
        /// is one: its message is `ui-error-<code>-<reason>`.
        reason: Option<&'static str>,
        /// What was wrong, in English, for developers and logs (at most a short,
        /// escaped excerpt of the input).
        detail: String,
        /// Seconds to wait before the next try, when that is part of the refusal (a
        /// wrong PIN): `$seconds` in the message.
        wait_seconds: Option<u32>,
    },
    /// A content pack failed to parse or validate.
    #[error("the content pack is not valid: {0}")]
    ContentInvalid(String),
    /// A pack file was refused (signature, hashes, format, version). The current pack stays in use.
    #[error("the content pack was refused: {0}")]
    PackRejected(String),
    /// The database was written by a newer schema than this build knows.
    #[error(
        "this database was written by a newer version of SafeSteps (schema {found}, this app knows up to {supported}); please update the app"
    )]
    DatabaseTooNew {
        /// Schema version found in the file.
        found: i64,
        /// Highest schema version this build can use.
        supported: i64,
    },
    /// The database file is damaged (or is not a database at all). Nothing was changed.
    #[error("the database file {path} is damaged: {reason}; nothing was changed")]
    DatabaseCorrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite (or the check of the file's header) said.
        reason: String,
    },
    /// A write-ahead log (`-wal`) next to the database belongs to another copy of it (or
    /// to another database): replaying it would lose or damage data. Nothing was changed.
    #[error(
        "the write-ahead log next to the database file {path} does not belong to it ({reason}); nothing was changed"
    )]
    StrayWal {
        /// The database file.
        path: PathBuf,
        /// What did not match.
        reason: String,
    },
    /// The file is an SQLite database of another app. It was not changed.
    #[error("the file {path} is not a SafeSteps database ({reason}); it was not changed")]
    ForeignDatabase {
        /// The file.
        path: PathBuf,
        /// Why it is not ours.
        reason: String,
    },
    /// The database file, its write-ahead log or its folder cannot be written.
    #[error("the database file {path} cannot be written ({reason}); nothing was changed")]
    DatabaseReadOnly {
        /// The file.
        path: PathBuf,
        /// What is read-only.
        reason: String,
    },
    /// The engine was closed; no call works after that.
    #[error("SafeSteps was closed; open it again to go on")]
    Closed,
    /// A fault inside SafeSteps, not caused by the caller's input.
    #[error("internal error: {0}")]
    Internal(String),
    /// The database is in use by another connection for longer than the wait allows.
    #[error("{0}")]
    Busy(String),
    /// SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Schema migration failure.
    #[error("could not upgrade the database: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// File system failure.
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    /// TOML parse failure (a pack's sources; only with the `authoring` feature: the app
    /// library reads no TOML).
    #[cfg(feature = "authoring")]
    #[error("content file could not be read: {0}")]
    Toml(#[from] toml::de::Error),
    /// JSON (event payload) failure.
    #[error("stored data could not be read: {0}")]
    Json(#[from] serde_json::Error),
    /// A sign-language video, caption or media pack problem.
    #[error(transparent)]
    Video(#[from] crate::media::VideoError),
}

impl Error {
    /// Shorthand for [`Error::NotFound`].
    pub fn not_found(kind: &'static str, id: impl Into<String>) -> Self {
        Error::NotFound {
            kind,
            id: id.into(),
        }
    }

    /// Input refused as `kind`, with an exact `reason` (see [`Error::Refused`]).
    pub fn refused(
        kind: ErrorKind,
        reason: Option<&'static str>,
        detail: impl Into<String>,
    ) -> Self {
        Error::Refused {
            kind,
            reason,
            detail: detail.into(),
            wait_seconds: None,
        }
    }

    /// A PIN or session is needed, was wrong, or must wait ([`ErrorKind::Locked`]):
    /// `reason` is `wrong-pin`, `wrong-recovery-code`, `wait`, `no-pin`, `session-ended`
    /// or `erased`; `wait_seconds` the wait before the next try, when there is one.
    pub fn locked(
        reason: &'static str,
        wait_seconds: Option<u32>,
        detail: impl Into<String>,
    ) -> Self {
        Error::Refused {
            kind: ErrorKind::Locked,
            reason: Some(reason),
            detail: detail.into(),
            wait_seconds,
        }
    }

    /// Seconds to wait before the next try, when the error says so.
    pub fn wait_seconds(&self) -> Option<u32> {
        match self {
            Error::Refused { wait_seconds, .. } => *wait_seconds,
            _ => None,
        }
    }

    /// A name refused ([`ErrorKind::NameRefused`]) for `reason`.
    pub fn name(reason: &'static str, detail: impl Into<String>) -> Self {
        Self::refused(ErrorKind::NameRefused, Some(reason), detail)
    }

    /// A PIN, recovery code or picture password of the wrong form ([`ErrorKind::PinFormat`]).
    pub fn pin_format(reason: Option<&'static str>, detail: impl Into<String>) -> Self {
        Self::refused(ErrorKind::PinFormat, reason, detail)
    }

    /// An answer that does not fit its question ([`ErrorKind::AnswerShape`]).
    pub fn answer_shape(detail: impl Into<String>) -> Self {
        Self::refused(ErrorKind::AnswerShape, None, detail)
    }

    /// A language, sign-language or country code not well formed ([`ErrorKind::UnknownLocale`]).
    pub fn unknown_locale(detail: impl Into<String>) -> Self {
        Self::refused(ErrorKind::UnknownLocale, None, detail)
    }

    /// A bundle, piece or pairing offer refused ([`ErrorKind::BundleRefused`]).
    pub fn bundle(reason: Option<&'static str>, detail: impl Into<String>) -> Self {
        Self::refused(ErrorKind::BundleRefused, reason, detail)
    }

    /// The exact reason within the kind, when there is one (`ui-error-<code>-<reason>`).
    pub fn reason(&self) -> Option<&'static str> {
        match self {
            Error::Refused { reason, .. } => *reason,
            _ => None,
        }
    }

    /// The class of this error, for front ends to branch on.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::InvalidInput(_) => ErrorKind::InvalidInput,
            Error::Refused { kind, .. } => *kind,
            Error::ContentInvalid(_) | Error::PackRejected(_) => ErrorKind::ContentInvalid,
            #[cfg(feature = "authoring")]
            Error::Toml(_) => ErrorKind::ContentInvalid,
            Error::DatabaseTooNew { .. } => ErrorKind::DatabaseTooNew,
            Error::Migration(rusqlite_migration::Error::MigrationDefinition(
                rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
            )) => ErrorKind::DatabaseTooNew,
            Error::Internal(_) => ErrorKind::Internal,
            Error::Video(e) => e.kind(),
            Error::Closed => ErrorKind::Closed,
            Error::Sqlite(e) if is_full(e.sqlite_error_code()) => ErrorKind::StorageFull,
            Error::Sqlite(e) if is_corrupt(e.sqlite_error_code()) => ErrorKind::DatabaseCorrupt,
            Error::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) => {
                ErrorKind::DatabaseReadOnly
            }
            Error::Migration(rusqlite_migration::Error::RusqliteError { err, .. })
                if is_full(err.sqlite_error_code()) =>
            {
                ErrorKind::StorageFull
            }
            Error::Io(e) if e.kind() == std::io::ErrorKind::StorageFull => ErrorKind::StorageFull,
            Error::DatabaseCorrupt { .. } | Error::StrayWal { .. } => ErrorKind::DatabaseCorrupt,
            Error::ForeignDatabase { .. } => ErrorKind::ForeignDatabase,
            Error::DatabaseReadOnly { .. } => ErrorKind::DatabaseReadOnly,
            Error::Busy(_)
            | Error::Sqlite(_)
            | Error::Migration(_)
            | Error::Io(_)
            | Error::Json(_) => ErrorKind::Storage,
        }
    }
}

/// SQLITE_CORRUPT or SQLITE_NOTADB: a damaged page noticed after the file was opened.
fn is_corrupt(code: Option<rusqlite::ErrorCode>) -> bool {
    matches!(
        code,
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// SQLITE_FULL: the disk (or the database's size limit) is full.
fn is_full(code: Option<rusqlite::ErrorCode>) -> bool {
    code == Some(rusqlite::ErrorCode::DiskFull)
}

/// A short, escaped excerpt of input for an error message: at most 40 characters,
/// control and invisible characters escaped, so a message never carries a whole input.
pub fn excerpt(input: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = input
        .chars()
        .take(MAX)
        .flat_map(char::escape_debug)
        .collect();
    if input.chars().count() > MAX {
        out.push('…');
    }
    out
}
