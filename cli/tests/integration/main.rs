//! The CLI's tests, one module per command family, in one test binary (one link instead
//! of one per file: smaller on disk and quicker to build).

mod check_pack;
mod deep_input;
mod demo;
mod exchange;
mod help_cli;
mod support;
mod videos_cli;
