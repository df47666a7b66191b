//! The secret audit's instruments, for the clients' test suites: every
//! `tracing` event and span of the process captured at TRACE level
//! ([`LogCapture`]), what the caller can see of each outcome ([`Seen`]:
//! `Debug`, and every error's `Display` down its sources), and the check
//! that no secret value appears in either ([`assert_no_secret`]).

use std::fmt::Debug;
use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use tracing_subscriber::Layer as _;
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

/// Everything the process's global subscriber wrote.
#[derive(Clone, Default)]
pub struct LogCapture(Arc<Mutex<Vec<u8>>>);

impl Write for LogCapture {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl LogCapture {
    /// Installs the global subscriber (TRACE, spans logged when they close)
    /// writing here. Once per process: a test binary's audit is one test.
    /// `httpmock`'s own events are left out: a mock server logs the bodies
    /// it receives, by design, and is not the code audited.
    ///
    /// # Panics
    /// When a global subscriber is already installed.
    #[must_use]
    pub fn install() -> Self {
        let captured = Self::default();
        let writer = captured.clone();
        let layer = tracing_subscriber::fmt::layer()
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
            .with_ansi(false)
            .with_writer(move || writer.clone());
        let audited = Targets::new()
            .with_default(LevelFilter::TRACE)
            .with_target("httpmock", LevelFilter::OFF);
        tracing_subscriber::registry().with(layer.with_filter(audited)).init();
        captured
    }

    /// What was written so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

/// What the caller can see of every outcome.
#[derive(Debug, Default)]
pub struct Seen(Vec<String>);

impl Seen {
    /// Records `result` (its value's `Debug`, or the error's) and gives
    /// back the value, if any.
    pub fn result<T: Debug, E: std::error::Error + 'static>(&mut self, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(value) => {
                self.debug(&value);
                Some(value)
            }
            Err(error) => {
                self.error(&error);
                None
            }
        }
    }

    /// Records `error`'s `Debug` and the `Display` of it and each source.
    pub fn error(&mut self, error: &(dyn std::error::Error + 'static)) {
        self.0.push(format!("{error:?}"));
        let mut cause = Some(error);
        while let Some(error) = cause {
            self.0.push(error.to_string());
            cause = error.source();
        }
    }

    /// Records `value`'s `Debug`.
    pub fn debug(&mut self, value: &impl Debug) {
        self.0.push(format!("{value:?}"));
    }

    /// Records text the caller sees (a callback's answer).
    pub fn text(&mut self, text: impl Into<String>) {
        self.0.push(text.into());
    }

    /// Everything recorded, one outcome per line.
    pub fn joined(&self) -> String {
        self.0.join("\n")
    }

    /// How many outcomes were recorded.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Asserts that no value of `secrets` appears in `logs` or in what the
/// caller saw.
///
/// # Panics
/// Naming the secret and where it leaked.
pub fn assert_no_secret(logs: &str, seen: &Seen, secrets: &[String]) {
    let seen = seen.joined();
    for secret in secrets {
        if let Some(at) = logs.find(secret.as_str()) {
            let line_start = logs[..at].rfind('\n').map_or(0, |n| n + 1);
            let line_end = logs[at..].find('\n').map_or(logs.len(), |n| at + n);
            panic!("{secret:?} leaked into the logs: {}", &logs[line_start..line_end]);
        }
        assert!(
            !seen.contains(secret.as_str()),
            "{secret:?} leaked into Debug or an error"
        );
    }
}
