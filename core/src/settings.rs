//! What every client builder sets the same way: timeouts, how early a token
//! is renewed, how retries go, and the HTTP client they make, on a checked
//! base URL. Each builder embeds [`Settings`] and gets its setters from
//! [`settings_setters!`](crate::settings_setters).

use std::time::Duration;

use crate::error::InvalidInput;
use crate::journal::Journal;
use crate::retry::RetryPolicy;

/// Default time allowed to open a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default time allowed for a whole request, answer included.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default margin: a token is renewed this long before it expires.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// A client's timeouts, token margin and retry policy.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Time allowed to open a connection.
    pub connect_timeout: Duration,
    /// Time allowed for a whole request, answer included.
    pub timeout: Duration,
    /// How long before its expiry a token is renewed.
    pub refresh_margin: Duration,
    /// How calls that are safe to repeat are retried.
    pub retry: RetryPolicy,
    /// Where money-moving requests are journaled, if anywhere.
    pub journal: Option<Journal>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            refresh_margin: DEFAULT_REFRESH_MARGIN,
            retry: RetryPolicy::default(),
            journal: None,
        }
    }
}

impl Settings {
    /// The HTTP client of these settings, with `user_agent`.
    ///
    /// # Errors
    /// When the TLS backend cannot be set up.
    pub fn http(&self, user_agent: &str) -> Result<reqwest::Client, reqwest::Error> {
        reqwest::Client::builder()
            .user_agent(user_agent)
            .connect_timeout(self.connect_timeout)
            .timeout(self.timeout)
            .build()
    }
}

/// `url` without a trailing slash, when it is an `http` or `https` URL with
/// a host; refused as the field `base_url` otherwise.
///
/// # Errors
/// The [`InvalidInput`] naming `base_url`.
pub fn base_url(url: &str) -> Result<&str, InvalidInput> {
    let trimmed = url.trim_end_matches('/');
    let parsed = reqwest::Url::parse(trimmed).map_err(|e| InvalidInput::new("base_url", e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
        return Err(InvalidInput::new(
            "base_url",
            "must be an http or https URL with a host",
        ));
    }
    Ok(trimmed)
}

/// The setters of [`Settings`] for a client builder whose field `settings`
/// holds them: `connect_timeout`, `timeout`, `refresh_margin`, `retry`,
/// `journal`.
#[macro_export]
macro_rules! settings_setters {
    () => {
        /// Time allowed to open a connection (default 10 s).
        pub fn connect_timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.settings.connect_timeout = timeout;
            self
        }

        /// Time allowed for a whole request, answer included (default 30 s).
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.settings.timeout = timeout;
            self
        }

        /// How long before its expiry a token is renewed (default 60 s, at
        /// most half the token's lifetime).
        pub fn refresh_margin(mut self, margin: ::std::time::Duration) -> Self {
            self.settings.refresh_margin = margin;
            self
        }

        /// How calls that are safe to repeat are retried (default
        /// `RetryPolicy::default()`; `RetryPolicy::none()` turns retries
        /// off). The same schedule paces the lookups of a payment whose
        /// outcome is unknown.
        pub fn retry(mut self, policy: $crate::RetryPolicy) -> Self {
            self.settings.retry = policy;
            self
        }

        /// Journals every money-moving request in `store` (a
        /// `pesa_store::Sqlite` file for one server, `pesa_store::Postgres`
        /// for many) before it is sent, and its outcome when known: a
        /// request the store cannot record is not sent, a reference sent
        /// before is never sent twice, and `reconcile_pending` settles what
        /// a process that died left unknown. Default: not journaled.
        pub fn journal(mut self, store: ::std::sync::Arc<dyn $crate::pesa_store::Store>) -> Self {
            self.settings.journal = Some($crate::journal::Journal::new(store, ""));
            self
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_url_must_be_http_with_a_host() {
        assert_eq!(base_url("https://api.example/").unwrap(), "https://api.example");
        for bad in ["ftp://x", "not a url", "http://"] {
            assert_eq!(base_url(bad).unwrap_err().field(), "base_url", "{bad}");
        }
    }
}
