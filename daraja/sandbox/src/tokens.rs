//! Access tokens: each new token of an app invalidates the one before it
//! (DJ:Authorization FAQ 3), and a token lives `lifetime`.

use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, Utc};
use rand::distr::{Alphanumeric, SampleString};

#[derive(Debug, Default)]
struct Inner {
    /// The valid token of each app (consumer key), and when it expires.
    current: Vec<(String, String, DateTime<Utc>)>,
    issued: u64,
    every: Vec<String>,
}

/// Every token issued.
#[derive(Debug, Default)]
pub struct Tokens(Mutex<Inner>);

impl Tokens {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A new token for `app`, valid until `expires`; the app's previous one
    /// stops working.
    pub fn issue(&self, app: &str, expires: DateTime<Utc>) -> String {
        let token = Alphanumeric.sample_string(&mut rand::rng(), 28);
        let mut inner = self.lock();
        inner.current.retain(|(owner, _, _)| owner != app);
        inner.current.push((app.to_owned(), token.clone(), expires));
        inner.issued += 1;
        inner.every.push(token.clone());
        token
    }

    /// Whether `token` is an app's current one, unexpired at `now`.
    pub fn valid(&self, token: &str, now: DateTime<Utc>) -> bool {
        self.lock()
            .current
            .iter()
            .any(|(_, current, expires)| current == token && now < *expires)
    }

    /// How many tokens were issued.
    pub fn issued(&self) -> u64 {
        self.lock().issued
    }

    /// Every token ever issued, for leak checks.
    pub fn every(&self) -> Vec<String> {
        self.lock().every.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_token_invalidates_the_last() {
        let tokens = Tokens::default();
        let now = Utc::now();
        let first = tokens.issue("app", now + chrono::Duration::hours(1));
        assert!(tokens.valid(&first, now));
        let second = tokens.issue("app", now + chrono::Duration::hours(1));
        assert!(!tokens.valid(&first, now) && tokens.valid(&second, now));
        assert!(!tokens.valid(&second, now + chrono::Duration::hours(2)));
        let other = tokens.issue("other-app", now + chrono::Duration::hours(1));
        assert!(tokens.valid(&second, now) && tokens.valid(&other, now));
        assert_eq!(tokens.issued(), 3);
    }
}
