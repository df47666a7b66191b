//! Running one generated operation, retried when that is safe, and turning
//! its outcome into [`Error`].
//!
//! Progenitor's error loses three things this crate needs: the HTTP status of
//! an answer whose body does not decode, its `Retry-After`, and the typed
//! cause of an auth failure raised in a hook. The hooks record them in a
//! per-call context (a task-local), which [`run`] reads back.
//!
//! Each operation runs in a `tracing` span `ihela` with the fields
//! `operation`, `attempt`, `status` and `duration_ms`; nothing secret is
//! ever recorded there.

use std::cell::RefCell;
use std::future::Future;
use std::time::Duration;

use progenitor_client::{ClientInfo as _, ResponseValue};
use reqwest::StatusCode;
use tokio::time::Instant;
use tracing::Instrument as _;
use tracing::field::Empty;

use crate::answer::{Answer, Rejection};
use crate::error::{AuthError, Error, ErrorBody, InvalidInput, Result};
use crate::generated::Client as Api;
use crate::retry::{self, Verdict};
use crate::types;

#[derive(Default)]
struct CallContext {
    operation: Option<&'static str>,
    status: Option<StatusCode>,
    retry_after: Option<Duration>,
    /// The serial of the cached token the `pre` hook put on the request.
    token: Option<u64>,
    /// Boxed: rare, and the context is swapped in and out at every poll.
    auth_error: Option<Box<AuthError>>,
}

tokio::task_local! {
    static CONTEXT: RefCell<CallContext>;
}

/// Whether an operation may be sent again after a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Repeat {
    /// Reads and status checks: repeated on any transient failure.
    Safe,
    /// Creates a bill or moves money: repeated only when it never left this
    /// process (the connection could not be opened).
    Unsafe,
}

/// What a generated operation's `send` returns.
pub(crate) type Sent<T> = std::result::Result<ResponseValue<T>, progenitor_client::Error<types::ErrorBody>>;

/// A new span for one operation; the `pre` hook fills in `operation`.
pub(crate) fn span() -> tracing::Span {
    tracing::info_span!(
        "ihela",
        operation = Empty,
        attempt = Empty,
        status = Empty,
        duration_ms = Empty
    )
}

/// Records which operation is running (from the `pre` hook).
pub(crate) fn record_operation(operation: &'static str) {
    tracing::Span::current().record("operation", operation);
    let _ = CONTEXT.try_with(|c| {
        c.borrow_mut().operation.get_or_insert(operation);
    });
}

/// Records which cached token the request carries (from the `pre` hook).
pub(crate) fn record_token(serial: u64) {
    let _ = CONTEXT.try_with(|c| c.borrow_mut().token = Some(serial));
}

/// Whether the current request runs under [`run`], which replays it after
/// a 401 by building it again (so the `exec` hook need not keep a copy).
pub(crate) fn replayed_by_run() -> bool {
    CONTEXT.try_with(|_| ()).is_ok()
}

/// Records the answer being handled (from the `post` hook).
pub(crate) fn record_answer(response: &reqwest::Response) {
    let _ = CONTEXT.try_with(|c| {
        let mut context = c.borrow_mut();
        let status = response.status();
        context.status = Some(status);
        if !status.is_success() {
            context.retry_after = retry::retry_after(response.headers());
        }
    });
}

/// Records why the `pre` hook could not authenticate the call.
pub(crate) fn record_auth_error(error: AuthError) {
    let _ = CONTEXT.try_with(|c| c.borrow_mut().auth_error = Some(Box::new(error)));
}

/// Runs the future `call` makes in a call context of its own and returns
/// what the hooks recorded. The future is made inside, so that it is stored
/// once, not once as an argument and again as the awaited value.
fn in_context<F: Future>(call: impl FnOnce() -> F) -> impl Future<Output = (F::Output, CallContext)> {
    CONTEXT.scope(RefCell::default(), async move {
        let output = call().await;
        (output, CONTEXT.with(std::cell::RefCell::take))
    })
}

/// What the hooks saw of the answer to one attempt.
pub(crate) struct Seen {
    /// Its HTTP status, when an answer came.
    pub status: Option<StatusCode>,
    /// Its `Retry-After`.
    pub retry_after: Option<Duration>,
}

/// Runs the future `call` makes (the token call) and returns what came of
/// its answer: the token fetch needs it whoever started the fetch.
pub(crate) async fn with_answer<F: Future>(call: impl FnOnce() -> F) -> (F::Output, Seen) {
    let (output, context) = in_context(call).await;
    let seen = Seen {
        status: context.status,
        retry_after: context.retry_after,
    };
    (output, seen)
}

/// Records one finished attempt on the current span and in a debug event
/// (nothing, not even the clock, when neither is enabled).
pub(crate) fn record_attempt(attempt: u32, status: Option<StatusCode>, started: Instant) {
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

/// Runs a generated operation (`send` builds each attempt's request) under
/// the client's retry policy, and maps its outcome into this crate's types:
/// the answer's data when it is a success, [`Error`] otherwise (including a
/// refusal inside an HTTP 200, see [`Answer`]).
///
/// A 401 to the token the client holds renews the token once and sends the
/// request again, built anew, within the same attempt.
pub(crate) async fn run<T, F, Fut>(api: &Api, repeat: Repeat, send: F) -> Result<T::Data>
where
    T: Answer,
    F: Fn() -> Fut,
    Fut: Future<Output = Sent<T>>,
{
    let send = &send;
    let span = span();
    let first = Instant::now();
    let result = retry::run(&api.inner().retry, first, |attempt| async move {
        let mut renewed = false;
        loop {
            let started = if attempt == 1 && !renewed {
                first
            } else {
                Instant::now()
            };
            let (result, context) = in_context(send).await;
            record_attempt(attempt, context.status, started);
            let retry_after = context.retry_after;
            let outcome = match result {
                Ok(value) => decode(value, context.operation),
                // Boxed: rare, and what it holds would weigh on every call.
                Err(error) => match Box::pin(failure(api, error, context, !renewed)).await {
                    Failure::Renewed => {
                        renewed = true;
                        continue;
                    }
                    Failure::Error(error) => Err(error),
                },
            };
            return outcome.map_err(|error| {
                let verdict = verdict(&error, repeat, retry_after);
                (error, verdict)
            });
        }
    })
    .instrument(span.clone())
    .await;
    if !span.is_disabled() {
        span.record("duration_ms", retry::millis(first.elapsed()));
    }
    result
}

/// What came of a failed attempt.
enum Failure {
    /// It was a 401 to the client's token, which is now renewed: send again.
    Renewed,
    /// It failed, in this crate's terms.
    Error(Error),
}

/// A failed attempt: a 401 to the token the client holds renews it, once
/// (`may_renew`); anything else is mapped to [`Error`].
async fn failure(
    api: &Api,
    error: progenitor_client::Error<types::ErrorBody>,
    context: CallContext,
    may_renew: bool,
) -> Failure {
    if let (true, Some(StatusCode::UNAUTHORIZED), Some(serial)) = (may_renew, context.status, context.token) {
        let state = api.inner();
        tracing::debug!("401: renewing the token once");
        match state.auth.renewed_header(api, &state.retry, serial).await {
            Ok(_) => return Failure::Renewed,
            Err(error) => tracing::warn!(%error, "token renewal failed"),
        }
    }
    Failure::Error(map_error(error, context).await)
}

/// Whether a failed attempt may be repeated.
fn verdict(error: &Error, repeat: Repeat, retry_after: Option<Duration>) -> Verdict {
    let transient = Verdict::Transient { retry_after };
    match (repeat, error) {
        (_, Error::Transport { source, .. }) if source.is_connect() => transient,
        (Repeat::Unsafe, _) => Verdict::Final,
        (Repeat::Safe, Error::Transport { .. }) => transient,
        (Repeat::Safe, Error::Http { status, .. }) if is_transient_status(*status) => transient,
        (Repeat::Safe, Error::Refused { refusal, .. }) if refusal.is_transient() => transient,
        _ => Verdict::Final,
    }
}

/// The statuses worth another attempt: 429, 502, 503, 504.
pub(crate) fn is_transient_status(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::TOO_MANY_REQUESTS
            | StatusCode::BAD_GATEWAY
            | StatusCode::SERVICE_UNAVAILABLE
            | StatusCode::GATEWAY_TIMEOUT
    )
}

/// A decoded answer in this crate's types: its data, or the refusal it holds.
fn decode<T: Answer>(value: ResponseValue<T>, operation: Option<&'static str>) -> Result<T::Data> {
    // The caller's operation: a token call runs in a context of its own.
    let operation = operation.unwrap_or("request");
    value.into_inner().into_data().map_err(|rejection| match rejection {
        Rejection::Refused(refusal) => Error::Refused { operation, refusal },
        Rejection::Incomplete { reason, answer } => Error::Decode {
            operation,
            status: StatusCode::OK,
            reason,
            body: answer.into(),
        },
    })
}

/// A failed attempt in this crate's types.
async fn map_error(error: progenitor_client::Error<types::ErrorBody>, context: CallContext) -> Error {
    use progenitor_client::Error as E;
    let operation = context.operation.unwrap_or("request");
    let http = |status: StatusCode, body: ErrorBody| {
        if status == StatusCode::UNAUTHORIZED {
            Error::Auth {
                operation,
                source: AuthError::Unauthorized { body },
            }
        } else {
            Error::Http {
                operation,
                status,
                body,
            }
        }
    };
    match error {
        // Bodies and parameters are typed before they reach the generated
        // builders, so this only comes from a call made through `api()`.
        E::InvalidRequest(message) => InvalidInput::new("request", message).into(),
        E::CommunicationError(source) | E::InvalidUpgrade(source) | E::ResponseBodyError(source) => {
            Error::Transport { operation, source }
        }
        E::ErrorResponse(answer) => http(answer.status(), ErrorBody::Json(answer.into_inner())),
        E::UnexpectedResponse(response) => {
            let status = response.status();
            match response.bytes().await {
                Ok(bytes) => http(status, ErrorBody::from_bytes(&bytes)),
                Err(source) => Error::Transport { operation, source },
            }
        }
        E::InvalidResponsePayload(body, reason) => {
            let status = context.status.unwrap_or(StatusCode::OK);
            if status.is_success() {
                Error::Decode {
                    operation,
                    status,
                    reason: reason.to_string(),
                    body,
                }
            } else {
                http(status, ErrorBody::from_bytes(&body))
            }
        }
        E::Custom(message) => Error::Auth {
            operation,
            source: context
                .auth_error
                .map_or(AuthError::Malformed { reason: message }, |error| *error),
        },
    }
}
