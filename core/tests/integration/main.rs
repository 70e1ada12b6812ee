//! The core's integration tests, one module per subject, in one test binary: one link
//! instead of one per file keeps the build small on disk and quick (the memory tests,
//! which count allocations with their own global allocator, stay binaries of their own).

mod age_gating;
mod api;
mod batch_append;
mod checker;
mod checker_format;
mod classroom;
mod contact_checks;
mod contacts_data;
mod database_identity;
mod engine;
mod help;
mod l10n;
mod learning;
mod lexicon_review;
mod module_completion;
mod nesting;
mod packs;
mod safety_gate;
mod seam;
mod slots;
mod store;
mod support;
mod trust;
mod ui_text;
mod videos;
