//! Local storage: SQLite through rusqlite. All SQL lives in [`db`].

pub mod classroom;
pub mod db;
pub mod schema;

pub use db::{Attempt, Event, EventKind, Learner, Store};
