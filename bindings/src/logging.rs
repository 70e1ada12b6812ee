//! The core logs through the `log` facade; an app sees those lines through a callback
//! interface it implements (Logcat on Android, os_log on iOS, a list in tests). Log lines
//! never carry a nickname or other personal data: the core logs what happened, not to whom.

use std::sync::{Arc, RwLock};

/// How serious a log line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum LogLevel {
    /// Something failed.
    Error,
    /// Something unexpected that SafeSteps handled.
    Warn,
    /// A notable event (a pack installed).
    Info,
    /// Detail for developers.
    Debug,
    /// Fine detail for developers.
    Trace,
}

impl From<log::Level> for LogLevel {
    fn from(l: log::Level) -> Self {
        match l {
            log::Level::Error => LogLevel::Error,
            log::Level::Warn => LogLevel::Warn,
            log::Level::Info => LogLevel::Info,
            log::Level::Debug => LogLevel::Debug,
            log::Level::Trace => LogLevel::Trace,
        }
    }
}

/// Where the app wants SafeSteps' log lines.
#[uniffi::export(with_foreign)]
pub trait LogSink: Send + Sync {
    /// One log line: its level, the part of SafeSteps it comes from, and the message.
    fn log(&self, level: LogLevel, target: String, message: String);
}

static SINK: RwLock<Option<Arc<dyn LogSink>>> = RwLock::new(None);

struct Forwarder;

impl log::Log for Forwarder {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target().starts_with("safesteps")
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let sink = SINK.read().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(sink) = sink {
            sink.log(
                record.level().into(),
                record.target().to_string(),
                record.args().to_string(),
            );
        }
    }

    fn flush(&self) {}
}

static FORWARDER: Forwarder = Forwarder;

/// Send SafeSteps' log lines at `max_level` and above to `sink` (replacing any earlier
/// sink). Call once at app start.
#[uniffi::export]
pub fn set_log_sink(sink: Arc<dyn LogSink>, max_level: LogLevel) {
    *SINK.write().unwrap_or_else(|e| e.into_inner()) = Some(sink);
    // Fails only when another logger was installed first (then that one gets the lines).
    let _ = log::set_logger(&FORWARDER);
    log::set_max_level(match max_level {
        LogLevel::Error => log::LevelFilter::Error,
        LogLevel::Warn => log::LevelFilter::Warn,
        LogLevel::Info => log::LevelFilter::Info,
        LogLevel::Debug => log::LevelFilter::Debug,
        LogLevel::Trace => log::LevelFilter::Trace,
    });
}

/// Stop sending log lines to the app.
#[uniffi::export]
pub fn clear_log_sink() {
    *SINK.write().unwrap_or_else(|e| e.into_inner()) = None;
}
