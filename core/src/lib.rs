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
pub mod help;
pub mod l10n;
pub mod learners;
pub mod learning;
pub mod quiz;
pub mod secrets;
pub mod store;
pub mod views;

pub use engine::{Clock, Engine};
pub use error::{Error, ErrorKind, Result};
pub use help::ContactQuery;
pub use learners::PinCheck;
pub use views::*;

/// Version of this core, compared with a pack's `min_core_version`.
pub const CORE_VERSION: &str = env!("CARGO_PKG_VERSION");
