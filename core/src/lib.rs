//! # SafeSteps core
//!
//! Offline-first logic for teaching children to stay safe online: content
//! packs, Fluent localisation, the learner store and the rules. No FFI here;
//! `safesteps-ffi` exposes [`Engine`] to Kotlin, Swift and Python.
#![forbid(unsafe_code)]

pub mod classroom;
pub mod content;
pub mod engine;
pub mod error;
pub mod exchange;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod exchange_fuzz;
pub mod grading;
pub mod help;
pub mod l10n;
pub mod learners;
pub mod learning;
pub mod media;
mod names;
pub mod progression;
pub mod reports;
pub mod screens;
pub mod secrets;
pub mod store;
pub mod teacher;
pub mod ui_text;
pub mod views;

pub use engine::{Change, ChangeListener, Clock, Cx, Engine, State, WriteCx};
pub use error::{Error, ErrorKind, Result};
pub use help::ContactQuery;
pub use teacher::{PinCheck, TeacherSession};
pub use views::*;

/// Version of this core, compared with a pack's `min_core_version`.
pub const CORE_VERSION: &str = env!("CARGO_PKG_VERSION");
