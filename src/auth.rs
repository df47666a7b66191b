//! OAuth2 tokens: the one a client's calls carry.
//!
//! [`Auth`] holds the credentials and one cached token shared by every clone
//! of the client (the hooks in `state.rs` put it on each request). The token
//! is the merchant's own (client credentials) or, for a
//! [`CustomerClient`](crate::CustomerClient), a signed-in customer's ("log
//! in with iHela": a code exchanged once, renewed with its refresh token);
//! the two never share an [`Auth`]:
//!
//! - the token is fetched lazily, on the first call that needs it;
//! - one fetch is in flight at a time: concurrent calls wait for it and share
//!   its result;
//! - it is renewed a margin before `expires_in` runs out, and once when the
//!   gateway answers 401 (the request is then replayed once);
//! - the merchant's token call carries the credentials as HTTP Basic; a
//!   customer's (code exchange, refresh) as form fields, as iHela documents
//!   that grant and `ihela-sdk` sends it;
//! - the `Authorization` header values are marked sensitive, and the secret
//!   and token never appear in `Debug`, logs or errors.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderValue};
use tokio::time::Instant;
use tracing::Instrument as _;

use crate::call;
use crate::error::{AuthError, ErrorBody};
use crate::generated::Client as Api;
use crate::retry::{self, RetryPolicy, Verdict};
use crate::secret::Secret;
use crate::types;

/// A merchant's OAuth2 client credentials. `Debug` never shows the secret.
#[derive(Clone, Debug)]
pub(crate) struct Credentials {
    client_id: String,
    client_secret: Secret,
}

impl Credentials {
    /// The client id and secret iHela gave the merchant.
    pub(crate) fn new(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        }
    }

    /// The client id and secret as the token request's form fields.
    fn form_fields(&self) -> (Option<String>, Option<Secret>) {
        (Some(self.client_id.clone()), Some(self.client_secret.clone()))
    }

    fn basic_header(&self) -> HeaderValue {
        use base64::Engine as _;
        let pair = format!("{}:{}", self.client_id, self.client_secret.expose());
        let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
        sensitive_header(&format!("Basic {encoded}"))
    }
}

/// A token kept for use: the ready header and when to renew it.
#[derive(Clone)]
pub(crate) struct CachedToken {
    /// `Authorization: Bearer …`, marked sensitive.
    pub(crate) header: HeaderValue,
    renew_at: Option<Instant>,
    /// Counts tokens, so that a 401 renews only the token that was refused.
    pub(crate) serial: u64,
}

impl CachedToken {
    fn is_fresh(&self) -> bool {
        self.renew_at.is_none_or(|at| Instant::now() < at)
    }
}

/// Whose token an [`Auth`] holds, and so how it gets a new one.
enum Grant {
    /// The merchant's own: client credentials.
    Merchant,
    /// A signed-in customer's: from a code exchange, renewed with the
    /// refresh token of the last answer that carried one.
    Customer { refresh_token: Mutex<Option<Secret>> },
}

struct State {
    credentials: Option<Credentials>,
    grant: Grant,
    refresh_margin: Duration,
    cached: RwLock<Option<CachedToken>>,
    /// Held for writing while a token is fetched (the single flight);
    /// callers wait for that fetch with a read.
    fetching: tokio::sync::RwLock<()>,
}

/// The token state of a client, shared by its clones.
#[derive(Clone)]
pub(crate) struct Auth(Arc<State>);

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let grant = match self.0.grant {
            Grant::Merchant => "merchant",
            Grant::Customer { .. } => "customer",
        };
        f.debug_struct("Auth")
            .field("grant", &grant)
            .field("credentials", &self.0.credentials)
            .field("has_token", &self.read().is_some())
            .finish()
    }
}

impl Auth {
    /// The merchant's auth from credentials, with a fixed token handed in
    /// when `token` is set.
    pub(crate) fn new(
        credentials: Option<Credentials>,
        token: Option<(Secret, Option<Duration>)>,
        refresh_margin: Duration,
    ) -> Self {
        let cached = token.map(|(token, lifetime)| CachedToken {
            header: bearer_header("Bearer", &token),
            renew_at: lifetime.map(|l| renew_at(Instant::now(), l, refresh_margin)),
            serial: 0,
        });
        Self::with_grant(credentials, Grant::Merchant, cached, refresh_margin)
    }

    /// A new auth for a customer who signs in with iHela through this
    /// (merchant's) client: no token until [`Auth::exchange`], this auth's
    /// credentials for the exchange and the renewals, nothing shared with
    /// it. None without credentials.
    pub(crate) fn for_customer(&self) -> Option<Auth> {
        let grant = Grant::Customer {
            refresh_token: Mutex::new(None),
        };
        let credentials = self.0.credentials.clone()?;
        Some(Self::with_grant(Some(credentials), grant, None, self.0.refresh_margin))
    }

    /// The merchant's client id, when the client has credentials.
    pub(crate) fn client_id(&self) -> Option<&str> {
        self.0.credentials.as_ref().map(|c| c.client_id.as_str())
    }

    fn with_grant(
        credentials: Option<Credentials>,
        grant: Grant,
        cached: Option<CachedToken>,
        refresh_margin: Duration,
    ) -> Self {
        Self(Arc::new(State {
            credentials,
            grant,
            refresh_margin,
            cached: RwLock::new(cached),
            fetching: tokio::sync::RwLock::new(()),
        }))
    }

    /// The token call's `Authorization`: the merchant's credentials as HTTP
    /// Basic. None for a customer's token calls, which send them as form
    /// fields (sending both is refused, RFC 6749 section 2.3).
    pub(crate) fn basic_header(&self) -> Option<HeaderValue> {
        match self.0.grant {
            Grant::Merchant => self.0.credentials.as_ref().map(Credentials::basic_header),
            Grant::Customer { .. } => None,
        }
    }

    /// Which token `request` carries: the cached one's serial, if it is that one.
    pub(crate) fn serial_of(&self, request: &reqwest::Request) -> Option<u64> {
        let current = self.read()?;
        (request.headers().get(AUTHORIZATION) == Some(&current.header)).then_some(current.serial)
    }

    fn read(&self) -> Option<CachedToken> {
        // A poisoned lock only means a panic elsewhere; the value is still sound.
        self.0.cached.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// The cached token, when it is fresh: one read of the cache, no wait.
    pub(crate) fn fresh(&self) -> Option<CachedToken> {
        self.read().filter(CachedToken::is_fresh)
    }

    /// A fresh token: the cached one, or one fetched (once for all callers)
    /// under `retry`.
    pub(crate) async fn token(&self, api: &Api, retry: &RetryPolicy) -> Result<CachedToken, AuthError> {
        self.single_flight(api, retry, |_| true).await
    }

    /// The `Authorization` of a token other than the one the gateway
    /// refused (`refused` serial).
    pub(crate) async fn renewed_header(
        &self,
        api: &Api,
        retry: &RetryPolicy,
        refused: u64,
    ) -> Result<HeaderValue, AuthError> {
        let token = self.single_flight(api, retry, |token| token.serial != refused).await?;
        Ok(token.header)
    }

    /// Fetches a new token now, whatever the cached one.
    pub(crate) async fn force_renew(&self, api: &Api, retry: &RetryPolicy) -> Result<(), AuthError> {
        let _fetching = self.0.fetching.write().await;
        self.fetch(api, retry).await.map(drop)
    }

    /// A fresh token that `usable` accepts: the cached one, or one fetched
    /// by the first caller that needs it while the others wait for it. When
    /// the fetch ends, every waiter is woken at once (a read of
    /// `fetching`), so that their calls leave together; woken in turn, each
    /// would start while earlier ones finish, and the connection pool would
    /// open connections it does not need. If that fetch failed, the waiters
    /// fetch again, one after another.
    async fn single_flight(
        &self,
        api: &Api,
        retry: &RetryPolicy,
        usable: impl Fn(&CachedToken) -> bool,
    ) -> Result<CachedToken, AuthError> {
        if let Some(token) = self.fresh().filter(&usable) {
            return Ok(token);
        }
        let _fetching = if let Ok(fetching) = self.0.fetching.try_write() {
            fetching
        } else {
            drop(self.0.fetching.read().await);
            if let Some(token) = self.fresh().filter(&usable) {
                return Ok(token);
            }
            self.0.fetching.write().await
        };
        // A fetch may have ended between the look and the lock.
        if let Some(token) = self.fresh().filter(&usable) {
            return Ok(token);
        }
        self.fetch(api, retry).await
    }

    /// Exchanges a sign-in code ("log in with iHela") for the customer's
    /// token, once: a code works once, so an exchange whose answer was lost
    /// is not repeated.
    pub(crate) async fn exchange(&self, api: &Api, code: String, redirect_uri: String) -> Result<(), AuthError> {
        let credentials = self.0.credentials.as_ref().ok_or(AuthError::NoCredentials)?;
        let (client_id, client_secret) = credentials.form_fields();
        let request = types::TokenRequest {
            grant_type: types::TokenRequestGrantType::AuthorizationCode,
            code: Some(code),
            redirect_uri: Some(redirect_uri),
            client_id,
            client_secret,
            refresh_token: None,
        };
        let _fetching = self.0.fetching.write().await;
        let started = Instant::now();
        let token = self
            .ask_token(api, 1, &request)
            .instrument(call::span())
            .await
            .map_err(|(error, _)| error)?;
        self.keep(&token, started);
        Ok(())
    }

    /// The token request that renews this auth's token.
    fn renewal(&self) -> Result<types::TokenRequest, AuthError> {
        let credentials = self.0.credentials.as_ref().ok_or(AuthError::NoCredentials)?;
        match &self.0.grant {
            Grant::Merchant => Ok(types::TokenRequest {
                grant_type: types::TokenRequestGrantType::ClientCredentials,
                client_id: None,
                client_secret: None,
                code: None,
                redirect_uri: None,
                refresh_token: None,
            }),
            Grant::Customer { refresh_token } => {
                let refresh_token = lock(refresh_token)
                    .clone()
                    .ok_or(AuthError::CannotRenew { body: None })?;
                let (client_id, client_secret) = credentials.form_fields();
                Ok(types::TokenRequest {
                    grant_type: types::TokenRequestGrantType::RefreshToken,
                    client_id,
                    client_secret,
                    code: None,
                    redirect_uri: None,
                    refresh_token: Some(refresh_token),
                })
            }
        }
    }

    /// One attempt at the token call, and whether another is worth it.
    async fn ask_token(
        &self,
        api: &Api,
        attempt: u32,
        request: &types::TokenRequest,
    ) -> Result<types::Token, (AuthError, Verdict)> {
        let body = request.clone();
        let started = Instant::now();
        let (answer, seen) = call::with_answer(|| api.create_token().body(body).send()).await;
        call::record_attempt(attempt, seen.status, started);
        match answer {
            Ok(value) => Ok(value.into_inner()),
            Err(error) => {
                let error = token_error(error, seen.status).await;
                let transient = match &error {
                    AuthError::Transport(_) => true,
                    AuthError::Rejected { status, .. } => call::is_transient_status(*status),
                    _ => false,
                };
                let verdict = if transient {
                    Verdict::Transient {
                        retry_after: seen.retry_after,
                    }
                } else {
                    Verdict::Final
                };
                Err((error, verdict))
            }
        }
    }

    /// Asks the token endpoint, retried under `retry`; the caller holds
    /// `fetching` for writing.
    ///
    /// Boxed: the token call runs the hooks again, which would make the
    /// future contain itself.
    fn fetch<'a>(
        &'a self,
        api: &'a Api,
        retry: &'a RetryPolicy,
    ) -> Pin<Box<dyn Future<Output = Result<CachedToken, AuthError>> + Send + 'a>> {
        Box::pin(async move {
            let request = self.renewal()?;
            let started = Instant::now();
            let token = retry::run(retry, started, |attempt| self.ask_token(api, attempt, &request))
                .instrument(call::span())
                .await
                .map_err(|error| self.renewal_error(error))?;
            Ok(self.keep(&token, started))
        })
    }

    /// A renewal's failure: for a customer, iHela refusing the refresh
    /// token (400 or 401) means signing in again.
    fn renewal_error(&self, error: AuthError) -> AuthError {
        match (&self.0.grant, error) {
            (Grant::Customer { .. }, AuthError::Rejected { status, body })
                if status == StatusCode::BAD_REQUEST || status == StatusCode::UNAUTHORIZED =>
            {
                AuthError::CannotRenew { body: Some(body) }
            }
            (_, error) => error,
        }
    }

    /// Keeps `token`, obtained by a request sent at `started`, as the one
    /// calls carry (and a customer's refresh token, when it has one).
    fn keep(&self, token: &types::Token, started: Instant) -> CachedToken {
        let lifetime = token
            .expires_in
            .map(|s| Duration::from_secs(u64::try_from(s).unwrap_or(0)));
        let serial = self.read().map_or(1, |t| t.serial + 1);
        let cached = CachedToken {
            header: bearer_header(&token.token_type, &token.access_token),
            renew_at: lifetime.map(|l| renew_at(started, l, self.0.refresh_margin)),
            serial,
        };
        *self.0.cached.write().unwrap_or_else(PoisonError::into_inner) = Some(cached.clone());
        if let (Grant::Customer { refresh_token }, Some(new)) = (&self.0.grant, &token.refresh_token) {
            *lock(refresh_token) = Some(new.clone());
        }
        tracing::debug!(expires_in = ?lifetime, "obtained an access token");
        cached
    }
}

/// `mutex`'s value; a poisoned lock only means a panic elsewhere.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// When to renew a token obtained at `obtained` for `lifetime`: `margin`
/// before it expires, but never earlier than half its lifetime.
fn renew_at(obtained: Instant, lifetime: Duration, margin: Duration) -> Instant {
    obtained + lifetime.saturating_sub(margin.min(lifetime / 2))
}

/// Turns the token call's failure into an [`AuthError`] that keeps no token.
async fn token_error(error: progenitor_client::Error<types::ErrorBody>, status: Option<StatusCode>) -> AuthError {
    use progenitor_client::Error as E;
    match error {
        E::CommunicationError(e) | E::ResponseBodyError(e) | E::InvalidUpgrade(e) => AuthError::Transport(e),
        E::ErrorResponse(answer) => AuthError::Rejected {
            status: answer.status(),
            body: ErrorBody::Json(answer.into_inner()),
        },
        E::UnexpectedResponse(response) => {
            let status = response.status();
            let body = ErrorBody::from_bytes(&response.bytes().await.unwrap_or_default());
            AuthError::Rejected { status, body }
        }
        E::InvalidResponsePayload(bytes, e) => match status {
            Some(status) if !status.is_success() => AuthError::Rejected {
                status,
                body: ErrorBody::from_bytes(&bytes),
            },
            // A 200 body may hold a token: say where it broke, not what it held.
            _ => AuthError::Malformed {
                reason: format!("{:?} error at line {} column {}", e.classify(), e.line(), e.column()),
            },
        },
        E::InvalidRequest(reason) | E::Custom(reason) => AuthError::Malformed { reason },
    }
}

fn sensitive_header(value: &str) -> HeaderValue {
    // Header values cannot hold control characters; a token that does is
    // unusable, and sending an empty header makes the gateway say so (401).
    let mut header = HeaderValue::from_str(value).unwrap_or_else(|_| HeaderValue::from_static(""));
    header.set_sensitive(true);
    header
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
    use super::*;

    #[test]
    fn renewal_keeps_the_margin_but_never_before_half_the_lifetime() {
        let now = Instant::now();
        let hour = Duration::from_secs(3600);
        let minute = Duration::from_secs(60);
        assert_eq!(renew_at(now, hour, minute), now + hour - minute);
        assert_eq!(renew_at(now, minute, hour), now + minute / 2);
        assert_eq!(renew_at(now, Duration::ZERO, minute), now);
    }

    #[test]
    fn debug_shows_neither_secret_nor_token() {
        let auth = Auth::new(
            Some(Credentials::new("id", "the-client-secret")),
            Some((Secret::new("the-access-token"), None)),
            Duration::from_secs(60),
        );
        let shown = format!("{auth:?}");
        assert!(shown.contains("has_token: true"), "{shown}");
        assert!(
            !shown.contains("the-client-secret") && !shown.contains("the-access-token"),
            "{shown}"
        );
        let header = Credentials::new("id", "the-client-secret").basic_header();
        assert!(header.is_sensitive());
        assert!(!format!("{header:?}").contains("aWQ6"), "{header:?}");
    }
}
