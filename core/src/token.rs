//! The access token a client's calls carry: one per credential, shared by
//! every clone and concurrent call of the client.
//!
//! - fetched lazily, on the first call that needs it;
//! - one fetch in flight at a time: concurrent calls wait for it and share
//!   its result;
//! - renewed a margin before it expires, and once when the gateway answers
//!   401 to it (the call path then sends the request again, once);
//! - kept as a ready `Authorization` header marked sensitive; neither the
//!   token nor the credentials appear in `Debug`, logs or errors.
//!
//! How a token is fetched is each client's business (its token operation,
//! run through the call path like any other); this module only decides when.

use std::fmt;
use std::future::Future;
use std::sync::{PoisonError, RwLock};
use std::time::Duration;

use reqwest::header::HeaderValue;
use tokio::time::Instant;

use crate::secret::Secret;

/// A token a gateway issued, as its token operation answered it.
#[derive(Debug)]
pub struct Issued {
    /// The header scheme (`Bearer`; an empty or any-case `bearer` is `Bearer`).
    pub token_type: String,
    /// The token.
    pub access_token: Secret,
    /// How long it lives, when the gateway says.
    pub lifetime: Option<Duration>,
}

/// A token kept for use: the ready header and when to renew it.
#[derive(Clone)]
pub struct Token {
    /// `Authorization: Bearer …`, marked sensitive.
    pub(crate) header: HeaderValue,
    renew_at: Option<Instant>,
    /// Counts tokens, so that a 401 renews only the token that was refused.
    pub(crate) serial: u64,
}

impl Token {
    fn is_fresh(&self) -> bool {
        self.renew_at.is_none_or(|at| Instant::now() < at)
    }
}

/// One cached token and the single flight that renews it.
pub struct Tokens {
    margin: Duration,
    cached: RwLock<Option<Token>>,
    /// Held for writing by the one fetch in flight; waiters take a read.
    fetching: tokio::sync::RwLock<()>,
}

impl fmt::Debug for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tokens")
            .field("margin", &self.margin)
            .field("has_token", &self.read().is_some())
            .finish()
    }
}

impl Tokens {
    /// No token yet; tokens are renewed `margin` before they expire (at
    /// most half their lifetime).
    pub fn new(margin: Duration) -> Self {
        Self {
            margin,
            cached: RwLock::new(None),
            fetching: tokio::sync::RwLock::new(()),
        }
    }

    /// Starts with `token`, obtained elsewhere, valid for `lifetime` if known.
    pub fn with_token(margin: Duration, token: &Secret, lifetime: Option<Duration>) -> Self {
        let tokens = Self::new(margin);
        let issued = Issued {
            token_type: String::new(),
            access_token: token.clone(),
            lifetime,
        };
        tokens.keep(&issued, Instant::now());
        tokens
    }

    /// How long before its expiry a token is renewed.
    pub fn margin(&self) -> Duration {
        self.margin
    }

    fn read(&self) -> Option<Token> {
        // A poisoned lock only means a panic elsewhere; the value is still sound.
        self.cached.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// The cached token, fresh or not: what a request that a fresh token
    /// was just made sure of carries.
    pub fn current(&self) -> Option<Token> {
        self.read()
    }

    /// The cached token, when it is fresh: one read of the cache, no wait.
    pub fn fresh(&self) -> Option<Token> {
        self.read().filter(Token::is_fresh)
    }

    /// A fresh token: the cached one, or one `fetch` gets (once for all
    /// callers waiting).
    pub async fn get<E, F, Fut>(&self, fetch: F) -> Result<Token, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Issued, E>>,
    {
        self.single_flight(fetch, |_| true).await
    }

    /// A fresh token other than `refused` (the serial of the token the
    /// gateway answered 401 to): the one another caller already renewed,
    /// or a new one.
    pub async fn renew<E, F, Fut>(&self, refused: u64, fetch: F) -> Result<Token, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Issued, E>>,
    {
        self.single_flight(fetch, |token| token.serial != refused).await
    }

    /// Fetches a new token now, whatever the cached one.
    pub async fn force<E, F, Fut>(&self, fetch: F) -> Result<Token, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Issued, E>>,
    {
        let _fetching = self.fetching.write().await;
        self.fetch(fetch).await
    }

    /// A fresh token that `usable` accepts: the cached one, or one fetched
    /// by the first caller that needs it while the others wait for it. When
    /// the fetch ends, every waiter is woken at once (a read of
    /// `fetching`), so that their calls leave together; woken in turn, each
    /// would start while earlier ones finish, and the connection pool would
    /// open connections it does not need. If that fetch failed, the waiters
    /// fetch again, one after another.
    async fn single_flight<E, F, Fut>(&self, fetch: F, usable: impl Fn(&Token) -> bool) -> Result<Token, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Issued, E>>,
    {
        if let Some(token) = self.fresh().filter(&usable) {
            return Ok(token);
        }
        let _fetching = if let Ok(fetching) = self.fetching.try_write() {
            fetching
        } else {
            drop(self.fetching.read().await);
            if let Some(token) = self.fresh().filter(&usable) {
                return Ok(token);
            }
            self.fetching.write().await
        };
        // A fetch may have ended between the look and the lock.
        if let Some(token) = self.fresh().filter(&usable) {
            return Ok(token);
        }
        self.fetch(fetch).await
    }

    async fn fetch<E, F, Fut>(&self, fetch: F) -> Result<Token, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Issued, E>>,
    {
        let started = Instant::now();
        let issued = fetch().await?;
        Ok(self.keep(&issued, started))
    }

    /// Keeps `issued`, asked for at `started`, as the token calls carry.
    pub fn keep(&self, issued: &Issued, started: Instant) -> Token {
        let serial = self.read().map_or(1, |t| t.serial + 1);
        let token = Token {
            header: bearer_header(&issued.token_type, &issued.access_token),
            renew_at: issued.lifetime.map(|l| renew_at(started, l, self.margin)),
            serial,
        };
        *self.cached.write().unwrap_or_else(PoisonError::into_inner) = Some(token.clone());
        tracing::debug!(expires_in = ?issued.lifetime, "obtained an access token");
        token
    }
}

/// When to renew a token obtained at `obtained` for `lifetime`: `margin`
/// before it expires, but never earlier than half its lifetime.
fn renew_at(obtained: Instant, lifetime: Duration, margin: Duration) -> Instant {
    obtained + lifetime.saturating_sub(margin.min(lifetime / 2))
}

/// A header value marked sensitive (never shown by `Debug`).
pub fn sensitive_header(value: &str) -> HeaderValue {
    // Header values cannot hold control characters; a token that does is
    // unusable, and sending an empty header makes the gateway say so (401).
    let mut header = HeaderValue::from_str(value).unwrap_or_else(|_| HeaderValue::from_static(""));
    header.set_sensitive(true);
    header
}

/// `Authorization: Basic base64(id:secret)`, marked sensitive.
pub fn basic_header(id: &str, secret: &Secret) -> HeaderValue {
    use base64::Engine as _;
    let pair = format!("{id}:{}", secret.expose());
    let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
    sensitive_header(&format!("Basic {encoded}"))
}

fn bearer_header(token_type: &str, token: &Secret) -> HeaderValue {
    let scheme = if token_type.is_empty() || token_type.eq_ignore_ascii_case("bearer") {
        "Bearer"
    } else {
        token_type
    };
    sensitive_header(&format!("{scheme} {}", token.expose()))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    const HOUR: Duration = Duration::from_secs(3600);

    fn issued(token: &str) -> Issued {
        Issued {
            token_type: "bearer".into(),
            access_token: Secret::new(token),
            lifetime: Some(HOUR),
        }
    }

    #[test]
    fn renewal_keeps_the_margin_but_never_before_half_the_lifetime() {
        let now = Instant::now();
        let minute = Duration::from_secs(60);
        assert_eq!(renew_at(now, HOUR, minute), now + HOUR - minute);
        assert_eq!(renew_at(now, minute, HOUR), now + minute / 2);
        assert_eq!(renew_at(now, Duration::ZERO, minute), now);
    }

    #[test]
    fn headers_are_sensitive_and_debug_shows_no_token() {
        let tokens = Tokens::with_token(HOUR, &Secret::new("the-access-token"), None);
        let shown = format!("{tokens:?}");
        assert!(
            shown.contains("has_token: true") && !shown.contains("the-access-token"),
            "{shown}"
        );
        let token = tokens.fresh().unwrap();
        assert!(token.header.is_sensitive());
        assert_eq!(token.header, "Bearer the-access-token");
        let basic = basic_header("id", &Secret::new("the-client-secret"));
        assert!(
            basic.is_sensitive() && !format!("{basic:?}").contains("aWQ6"),
            "{basic:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn concurrent_callers_share_one_fetch_and_a_401_renews_once() {
        let tokens = Arc::new(Tokens::new(Duration::from_secs(60)));
        let fetches = Arc::new(AtomicU32::new(0));
        let fetch = || {
            let fetches = fetches.clone();
            move || async move {
                fetches.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(10)).await;
                Ok::<_, ()>(issued("t"))
            }
        };
        let callers = (0..20).map(|_| {
            let tokens = tokens.clone();
            let fetch = fetch();
            tokio::spawn(async move { tokens.get(fetch).await.unwrap().serial })
        });
        for caller in callers.collect::<Vec<_>>() {
            assert_eq!(caller.await.unwrap(), 1);
        }
        assert_eq!(fetches.load(Ordering::SeqCst), 1);
        // Two calls refused with token 1 renew it once between them.
        assert_eq!(tokens.renew(1, fetch()).await.unwrap().serial, 2);
        assert_eq!(tokens.renew(1, fetch()).await.unwrap().serial, 2);
        assert_eq!(fetches.load(Ordering::SeqCst), 2);
        // Near its expiry, it is renewed before use.
        tokio::time::advance(HOUR - Duration::from_secs(30)).await;
        assert_eq!(tokens.get(fetch()).await.unwrap().serial, 3);
    }

    #[tokio::test]
    async fn a_failed_fetch_is_tried_again_by_the_next_caller() {
        let tokens = Tokens::new(Duration::from_secs(60));
        assert_eq!(
            tokens.get(|| async { Err::<Issued, _>("down") }).await.err(),
            Some("down")
        );
        assert!(tokens.get(|| async { Ok::<_, &str>(issued("t")) }).await.is_ok());
    }
}
