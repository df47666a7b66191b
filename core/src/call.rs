//! The one call path, from an operation down to the socket:
//!
//! 1. [`call`] starts a `tracing` span and runs attempts under the client's
//!    [`RetryPolicy`];
//! 2. each attempt gets a fresh token from the client's [`Tokens`] (fetched,
//!    once for all callers, by the client's token operation, itself run by
//!    [`call`]), then sends the operation: the generated `send`, whose `pre`
//!    hook ([`authorize`]) puts that token on the request;
//! 3. a 401 to that token renews it once and sends again, within the attempt
//!    (when the renewal fails, its error is the call's: it says what to do);
//! 4. the answer is read: a success is decoded and asked whether it carries a
//!    refusal ([`Answer`]); anything else becomes an [`Error`], with its
//!    status, `Retry-After` and body;
//! 5. a failure is attempted again only when it is transient *and* the
//!    operation is safe to repeat ([`Operation::RETRY_SAFE`]), or when nothing
//!    left the process (the connection could not be opened).
//!
//! Nothing is passed around on the side: what an attempt needs is in its
//! arguments, what it learns is in its result.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderName};
use tokio::time::Instant;
use tracing::Instrument as _;
use tracing::field::Empty;

use crate::answer::{Answer, Rejection};
use crate::error::{AuthError, Error, ErrorBody, InvalidInput, Provider};
use crate::retry::{self, RetryPolicy, Verdict};
use crate::secret::Secret;
use crate::settings::Settings;
use crate::token::{Issued, Token, Tokens};

/// One operation of a generated client, ready to send: each client's build
/// script generates this for every builder of its spec, from the spec.
pub trait Operation: Clone + Send {
    /// The operationId.
    const ID: &'static str;
    /// Whether it carries the session's access token (its security names a
    /// bearer scheme); the token call and the gateway's open operations
    /// (MoMo's sandbox provisioning) do not.
    const TOKEN: bool;
    /// Whether sending it twice does no harm: a GET, or an operation the
    /// spec marks `x-retry-safe` (a read sent as POST, a token call).
    const RETRY_SAFE: bool;
    /// The HTTP status of its success answer.
    const SUCCESS: u16;
    /// The type of its success answer.
    type Answer;
    /// Sends it once: the generated `send`.
    fn send(self) -> impl Future<Output = Result<ResponseValue<Self::Answer>, progenitor_client::Error>> + Send;
}

/// What a client's calls share: its token and its retry policy, and how its
/// token operation authenticates. A generated client holds one (its inner
/// value); clones of the client share it.
pub struct Session {
    /// The token its calls carry.
    pub tokens: Tokens,
    /// How calls that are safe to repeat are retried.
    pub retry: RetryPolicy,
    /// The operationId of the token call, which carries `token_credentials`
    /// instead of a token.
    pub token_operation: &'static str,
    /// The `Authorization` of the token call (HTTP Basic with the client's
    /// credentials), or none when they go in its body.
    pub token_credentials: Option<reqwest::header::HeaderValue>,
    /// Headers every request carries, the token call's included (MoMo's
    /// subscription key); marked sensitive when they are secrets.
    pub headers: reqwest::header::HeaderMap,
    /// Where its money-moving requests are journaled, if anywhere.
    pub journal: Option<crate::journal::Journal>,
}

impl Session {
    /// A client's session under `settings`: the token handed in (`token`,
    /// valid for its lifetime if known) or none yet, and the token call
    /// `token_operation` authenticated by `token_credentials`.
    pub fn new(
        settings: &Settings,
        token_operation: &'static str,
        token: Option<&(Secret, Option<Duration>)>,
        token_credentials: Option<reqwest::header::HeaderValue>,
    ) -> Self {
        let tokens = match token {
            Some((token, lifetime)) => Tokens::with_token(settings.refresh_margin, token, *lifetime),
            None => Tokens::new(settings.refresh_margin),
        };
        Self {
            tokens,
            retry: settings.retry.clone(),
            token_operation,
            token_credentials,
            headers: reqwest::header::HeaderMap::new(),
            journal: settings.journal.clone(),
        }
    }

    /// The session, its journal (if any) under `namespace` (`ihela`).
    #[must_use]
    pub fn journal_namespace(mut self, namespace: impl Into<String>) -> Self {
        self.journal = self.journal.map(|journal| journal.namespaced(namespace));
        self
    }

    /// The session, every request of which carries `name: value` too.
    #[must_use]
    pub fn with_header(mut self, name: HeaderName, value: reqwest::header::HeaderValue) -> Self {
        self.headers.insert(name, value);
        self
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("tokens", &self.tokens)
            .field("retry", &self.retry)
            .field("token_operation", &self.token_operation)
            .finish_non_exhaustive()
    }
}

/// What a call of `O` to the provider `P` gives back: its answer's data.
type Data<O, P> = <<O as Operation>::Answer as Answer<<P as Provider>::Code>>::Data;

/// A success answer's body decoded as `T`, its status kept: what the
/// generated clients' `send` returns (`pesa-codegen` has them call this
/// rather than progenitor's `ResponseValue::from_response`, which also
/// copies every header of the answer, which the call path never reads).
///
/// # Errors
/// The body could not be read, or is not a `T`.
pub async fn answer_value<T: serde::de::DeserializeOwned, E>(
    response: reqwest::Response,
) -> Result<ResponseValue<T>, progenitor_client::Error<E>> {
    let status = response.status();
    let full = response
        .bytes()
        .await
        .map_err(progenitor_client::Error::ResponseBodyError)?;
    let inner = serde_json::from_slice(&full).map_err(|e| progenitor_client::Error::InvalidResponsePayload(full, e))?;
    Ok(ResponseValue::new(inner, status, reqwest::header::HeaderMap::new()))
}

/// A success answer without a body (`202 Accepted`), its status kept:
/// [`answer_value`] for the operations that answer nothing.
pub fn empty_answer(response: reqwest::Response) -> ResponseValue<()> {
    ResponseValue::new((), response.status(), reqwest::header::HeaderMap::new())
}

/// A generated client, as the call path sees it.
pub trait Gateway: Sync {
    /// Whose API it is.
    type Provider: Provider;
    /// Its token and retry policy.
    fn session(&self) -> &Session;
    /// Asks the gateway for a new token: the client's token operation, run
    /// by [`call`] like any other, its failure as an [`AuthError`] (see
    /// [`token_failure`]).
    fn fetch_token(&self) -> impl Future<Output = Result<Issued, AuthError>> + Send;
    /// Whether an error answer (`status`, `body`) to a call that carried a
    /// token says the token was refused, so that it is renewed once and the
    /// call sent again. HTTP 401 by default; a gateway that says it otherwise
    /// (M-Pesa's 404 `404.001.03`) adds its own.
    fn refuses_token(&self, status: StatusCode, body: &[u8]) -> bool {
        let _ = body;
        status == StatusCode::UNAUTHORIZED
    }
}

/// A fresh token of `gateway`'s session.
async fn token<G: Gateway>(gateway: &G) -> Result<Token, AuthError> {
    let tokens = &gateway.session().tokens;
    match tokens.fresh() {
        Some(token) => Ok(token),
        None => tokens.get(|| fetch_token(gateway)).await,
    }
}

/// `gateway`'s token operation, boxed: a fetch is rare, and it runs the call
/// path again, whose future would otherwise contain itself.
fn fetch_token<G: Gateway>(gateway: &G) -> Pin<Box<dyn Future<Output = Result<Issued, AuthError>> + Send + '_>> {
    Box::pin(gateway.fetch_token())
}

/// What the generated client's `pre` hook does for every request: the
/// token call gets the client's credentials, any other call the session's
/// token, which [`call`] made sure is fresh just before; every call, the
/// session's own [`headers`](Session::headers). (Progenitor's `api-version`
/// header, which no contract of this workspace has, is never added:
/// `pesa-codegen` takes it out of the generated code.)
pub fn authorize(session: &Session, request: &mut reqwest::Request, operation: &str) {
    let headers = request.headers_mut();
    let authorization = if operation == session.token_operation {
        session.token_credentials.clone()
    } else {
        session.tokens.current().map(|token| token.header)
    };
    if let Some(authorization) = authorization {
        headers.insert(AUTHORIZATION, authorization);
    }
    for (name, value) in &session.headers {
        headers.insert(name, value.clone());
    }
}

/// The generated client `$api`'s progenitor hooks: its `pre` hook is
/// [`authorize`], on the session its inner value `$state` gives
/// (`$state::session()`).
#[macro_export]
macro_rules! authorizing_hooks {
    ($api:ty, $state:ty) => {
        impl ::progenitor_client::ClientHooks<$state> for $api {
            async fn pre<E>(
                &self,
                request: &mut ::reqwest::Request,
                info: &::progenitor_client::OperationInfo,
            ) -> ::std::result::Result<(), ::progenitor_client::Error<E>> {
                $crate::authorize(
                    ::progenitor_client::ClientInfo::inner(self).session(),
                    request,
                    info.operation_id,
                );
                Ok(())
            }
        }
    };
}

/// Asks `gateway`'s token endpoint for a new token now, whatever the
/// current one: calls get tokens by themselves, this checks credentials up
/// front.
pub async fn authenticate<G: Gateway>(gateway: &G) -> Result<(), Error<G::Provider>> {
    let session = gateway.session();
    match session.tokens.force(|| gateway.fetch_token()).await {
        Ok(_) => Ok(()),
        Err(source) => Err(Error::Auth {
            operation: session.token_operation,
            source,
        }),
    }
}

/// Runs `operation` on `gateway`: the whole call path (see the module's
/// documentation). Returns the answer's data, or the [`Error`] that says
/// what went wrong.
pub async fn call<G, O>(gateway: &G, operation: O) -> Result<Data<O, G::Provider>, Error<G::Provider>>
where
    G: Gateway,
    O: Operation,
    O::Answer: Answer<<G::Provider as Provider>::Code>,
{
    run(gateway, operation, &gateway.session().retry).await
}

/// [`call`] with a single attempt, whatever the operation and the client's
/// retry policy: for a request that works once (a sign-in code exchanged).
pub async fn call_once<G, O>(gateway: &G, operation: O) -> Result<Data<O, G::Provider>, Error<G::Provider>>
where
    G: Gateway,
    O: Operation,
    O::Answer: Answer<<G::Provider as Provider>::Code>,
{
    run(gateway, operation, &RetryPolicy::none()).await
}

async fn run<G, O>(gateway: &G, operation: O, retry: &RetryPolicy) -> Result<Data<O, G::Provider>, Error<G::Provider>>
where
    G: Gateway,
    O: Operation,
    O::Answer: Answer<<G::Provider as Provider>::Code>,
{
    let span = tracing::info_span!(
        "call",
        provider = G::Provider::NAME,
        operation = O::ID,
        attempt = Empty,
        status = Empty,
        duration_ms = Empty
    );
    let first = Instant::now();
    let operation = &operation;
    let result = retry::run(retry, first, |attempt| async move {
        let started = if attempt == 1 { first } else { Instant::now() };
        let (outcome, seen) = attempt_once(gateway, operation).await;
        record_attempt(attempt, seen.status, started);
        outcome.map_err(|error| {
            let verdict = verdict::<O, _>(&error, seen.retry_after);
            (error, verdict)
        })
    })
    .instrument(span.clone())
    .await;
    if !span.is_disabled() {
        span.record("duration_ms", retry::millis(first.elapsed()));
    }
    result
}

/// What one attempt saw of the gateway's last answer.
#[derive(Default)]
struct Seen {
    status: Option<StatusCode>,
    retry_after: Option<Duration>,
}

/// One attempt: a fresh token, the request, and once more with a renewed
/// token when the gateway answers 401 to it.
async fn attempt_once<G, O>(gateway: &G, operation: &O) -> (Result<Data<O, G::Provider>, Error<G::Provider>>, Seen)
where
    G: Gateway,
    O: Operation,
    O::Answer: Answer<<G::Provider as Provider>::Code>,
{
    let session = gateway.session();
    let bearer = O::TOKEN;
    let mut renewed = false;
    loop {
        let token = if bearer {
            match token(gateway).await {
                Ok(token) => Some(token),
                Err(source) => {
                    return (
                        Err(Error::Auth {
                            operation: O::ID,
                            source,
                        }),
                        Seen::default(),
                    );
                }
            }
        } else {
            None
        };
        match operation.clone().send().await {
            Ok(value) => {
                let seen = Seen {
                    status: Some(value.status()),
                    retry_after: None,
                };
                return (decode::<O, G::Provider>(value.into_inner()), seen);
            }
            Err(progenitor_client::Error::UnexpectedResponse(response)) => {
                let status = response.status();
                let retry_after = retry::retry_after(response.headers());
                let seen = Seen {
                    status: Some(status),
                    retry_after,
                };
                let bytes = match Box::pin(response.bytes()).await {
                    Ok(bytes) => bytes,
                    Err(source) => {
                        let error = Error::Transport {
                            operation: O::ID,
                            source,
                        };
                        return (Err(error), seen);
                    }
                };
                let refused = bearer && gateway.refuses_token(status, &bytes);
                if let (true, Some(token), false) = (refused, &token, renewed) {
                    // Boxed: rare, and its state would weigh on every call.
                    match Box::pin(session.tokens.renew(token.serial, || fetch_token(gateway))).await {
                        Ok(_) => {
                            tracing::debug!(%status, "token refused: renewed, sending again");
                            renewed = true;
                            continue;
                        }
                        // A handed-in token without credentials: the refusal is the answer.
                        Err(AuthError::NoCredentials) => {}
                        Err(source) => {
                            // What to do is the renewal's to say (sign the customer in again,
                            // check the credentials), not the refused token's.
                            tracing::warn!(error = %source, "token refused: it could not be renewed");
                            let error = Error::Auth {
                                operation: O::ID,
                                source,
                            };
                            return (Err(error), seen);
                        }
                    }
                }
                return (Err(unexpected::<O, _>(status, bytes, refused)), seen);
            }
            Err(other) => return (Err(failure::<O, _>(other)), Seen::default()),
        }
    }
}

/// A decoded success: its data, or the refusal it carries.
fn decode<O, P>(answer: O::Answer) -> Result<Data<O, P>, Error<P>>
where
    O: Operation,
    P: Provider,
    O::Answer: Answer<P::Code>,
{
    answer.into_data().map_err(|rejection| match rejection {
        Rejection::Refused(refusal) => Error::Refused {
            operation: O::ID,
            refusal,
        },
        Rejection::Incomplete { reason, answer } => Error::Decode {
            operation: O::ID,
            status: success_status::<O>(),
            reason,
            body: answer.into(),
        },
    })
}

fn success_status<O: Operation>() -> StatusCode {
    StatusCode::from_u16(O::SUCCESS).unwrap_or(StatusCode::OK)
}

/// An answer the spec does not give a success schema for: an error status
/// (the generated client leaves every error answer to this), or a success
/// status the spec does not list. `refused_token`: the gateway said the
/// token the call carried was refused.
fn unexpected<O: Operation, P: Provider>(status: StatusCode, bytes: bytes::Bytes, refused_token: bool) -> Error<P> {
    if status.is_success() {
        return Error::Decode {
            operation: O::ID,
            status,
            reason: format!("the spec gives no answer for HTTP {status}"),
            body: bytes,
        };
    }
    let body = ErrorBody::from_bytes(&bytes);
    if refused_token {
        return Error::Auth {
            operation: O::ID,
            source: AuthError::Unauthorized { status, body },
        };
    }
    Error::Http {
        operation: O::ID,
        status,
        body,
    }
}

/// The generated client's other failures.
fn failure<O: Operation, P: Provider>(error: progenitor_client::Error) -> Error<P> {
    use progenitor_client::Error as E;
    match error {
        E::CommunicationError(source) | E::InvalidUpgrade(source) | E::ResponseBodyError(source) => Error::Transport {
            operation: O::ID,
            source,
        },
        E::InvalidResponsePayload(body, reason) => Error::Decode {
            operation: O::ID,
            status: success_status::<O>(),
            reason: reason.to_string(),
            body,
        },
        // Requests are typed before they reach the generated builders, whose
        // hooks do not fail: these come only from a value a builder could
        // not convert.
        E::InvalidRequest(message) | E::Custom(message) => InvalidInput::new("request", message).into(),
        E::ErrorResponse(answer) => Error::Http {
            operation: O::ID,
            status: answer.status(),
            body: ErrorBody::Raw(String::new()),
        },
        E::UnexpectedResponse(response) => Error::Http {
            operation: O::ID,
            status: response.status(),
            body: ErrorBody::Raw(String::new()),
        },
    }
}

/// Whether a failed attempt may be made again: when it is transient and the
/// operation is safe to repeat, or when the request never left the process.
fn verdict<O: Operation, P: Provider>(error: &Error<P>, retry_after: Option<Duration>) -> Verdict {
    let never_left = matches!(error, Error::Transport { source, .. } if source.is_connect());
    let auth = matches!(error, Error::Auth { .. });
    if !auth && error.is_transient() && (O::RETRY_SAFE || never_left) {
        Verdict::Transient { retry_after }
    } else {
        Verdict::Final
    }
}

/// Records one finished attempt on the current span and in a debug event
/// (nothing, not even the clock, when neither is enabled).
fn record_attempt(attempt: u32, status: Option<StatusCode>, started: Instant) {
    let span = tracing::Span::current();
    if span.is_disabled() && !tracing::enabled!(tracing::Level::DEBUG) {
        return;
    }
    let duration_ms = retry::millis(started.elapsed());
    let status = status.map(|s| s.as_u16());
    span.record("attempt", attempt);
    span.record("duration_ms", duration_ms);
    if let Some(status) = status {
        span.record("status", status);
    }
    tracing::debug!(attempt, status, duration_ms, "attempt finished");
}

/// A token operation's failure, as the calls that needed the token see it:
/// no answer, a refusal (with its status and body), or an answer that is
/// not a token. A body that did not decode is not kept: it may hold a token.
pub fn token_failure<P: Provider>(error: Error<P>) -> AuthError {
    match error {
        Error::Transport { source, .. } => AuthError::Transport(source),
        Error::Http { status, body, .. } => AuthError::Rejected { status, body },
        Error::Auth {
            source: AuthError::Unauthorized { status, body },
            ..
        } => AuthError::Rejected { status, body },
        Error::Auth { source, .. } => source,
        Error::Decode { status, body, .. } if !status.is_success() => AuthError::Rejected {
            status,
            body: ErrorBody::from_bytes(&body),
        },
        Error::Decode { body, .. } => AuthError::Malformed {
            reason: match serde_json::from_slice::<serde::de::IgnoredAny>(&body) {
                Ok(_) => "a JSON value without the token's fields".to_owned(),
                Err(error) => format!(
                    "{:?} error at line {} column {}",
                    error.classify(),
                    error.line(),
                    error.column()
                ),
            },
        },
        other => AuthError::Malformed {
            reason: other.to_string(),
        },
    }
}
