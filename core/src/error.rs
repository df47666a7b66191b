//! The one error type of every client: [`Error`], generic over the
//! [`Provider`] only for what differs between payment APIs (its name and the
//! codes of its refusals). Each client crate names it for its provider
//! (`pub type Error = pesa_core::Error<Ihela>`).
//!
//! The variants say who failed: the caller ([`Error::InvalidInput`], nothing
//! was sent), the network ([`Error::Transport`]), the gateway
//! ([`Error::Http`], [`Error::Decode`]), authentication ([`Error::Auth`]), the
//! business rules ([`Error::Refused`], a refusal that came with a success
//! status), a confirmation that does not match ([`Error::Mismatch`]), or a
//! payment whose outcome could not be known ([`Error::OutcomeUnknown`]). A
//! caller using `?` can never take a refused payment for a success.

use std::fmt;

use reqwest::StatusCode;

/// A payment API: what its errors say about it.
pub trait Provider: Send + Sync + 'static {
    /// Its name in messages (`iHela`, `M-Pesa`).
    const NAME: &'static str;
    /// The codes it gives with a refusal (an open enum of the spec).
    type Code: fmt::Debug + fmt::Display + Clone + PartialEq + Send + Sync + 'static;
}

/// Everything that can go wrong with a call.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<P: Provider> {
    /// The input was refused before anything was sent.
    InvalidInput(InvalidInput),

    /// A callback body or redirect query that is not the contract's: nothing
    /// was asked of the gateway.
    Callback(CallbackError),

    /// A browser's return from a sign-in ("log in with iHela") that is not a
    /// sign-in: a wrong or missing `state`, the customer's refusal, no code.
    /// No code was exchanged.
    Login(LoginError),

    /// The request did not complete: connection refused, timeout, TLS,
    /// connection closed. Whether the gateway acted on it is unknown.
    Transport {
        /// The operation id from the spec.
        operation: &'static str,
        /// The underlying error (connect, timeout, body read).
        source: reqwest::Error,
    },

    /// The gateway answered with an error status (4xx other than 401, 5xx,
    /// or a status the spec does not list).
    Http {
        /// The operation id from the spec.
        operation: &'static str,
        /// The HTTP status.
        status: StatusCode,
        /// The body, decoded when it is a JSON object, raw otherwise.
        body: ErrorBody,
    },

    /// A success answer that does not match the spec.
    Decode {
        /// The operation id from the spec.
        operation: &'static str,
        /// The HTTP status of the answer.
        status: StatusCode,
        /// What did not match.
        reason: String,
        /// The raw body, kept for diagnosis.
        body: bytes::Bytes,
    },

    /// No valid access token could be had, or the gateway refused it.
    Auth {
        /// The operation id from the spec.
        operation: &'static str,
        /// What failed.
        source: AuthError,
    },

    /// The provider refused the operation inside a success answer (iHela's
    /// `"error": true`, an envelope code other than success).
    Refused {
        /// The operation id from the spec.
        operation: &'static str,
        /// The code and message the provider gave.
        refusal: Refusal<P::Code>,
    },

    /// The provider's answer is about another payment than the one asked
    /// about, or for another amount: the callback or redirect that named it
    /// is forged or mistaken, or the amount is not the one billed.
    Mismatch {
        /// The operation id from the spec.
        operation: &'static str,
        /// The field that differs (`bill_code`, `merchant_reference`, `amount`).
        field: &'static str,
        /// The value expected (from the hint, or the amount billed).
        asked: String,
        /// The value the provider answered.
        answered: String,
    },

    /// A payment may or may not have been carried out: the request may have
    /// reached the gateway, but no readable answer came back (timeout,
    /// connection dropped, 5xx, unreadable success), and looking it up by its
    /// reference, where the API allows it, did not settle it either.
    ///
    /// The client never sends it again by itself. Keep `reference` and find
    /// out before paying again under a new reference; `source` is what went
    /// wrong.
    OutcomeUnknown {
        /// The operation id from the spec.
        operation: &'static str,
        /// The caller's reference the request carried.
        reference: String,
        /// The failure that left the outcome unknown.
        source: Box<Error<P>>,
    },

    /// The payment journal could not record the request, so it was not
    /// sent (money that cannot be journaled is not sent), or could not be
    /// read.
    Journal {
        /// The operation id from the spec.
        operation: &'static str,
        /// The caller's reference.
        reference: String,
        /// What the store said.
        source: pesa_store::StoreError,
    },

    /// The journal holds a request under this reference whose outcome is
    /// still unknown (a process died, or its answer was lost), and the API
    /// cannot look it up: it is not sent again. Find out (the provider's
    /// statement), then pay under a new reference if it never arrived.
    Unsettled {
        /// The operation id from the spec.
        operation: &'static str,
        /// The caller's reference.
        reference: String,
        /// When the first request was journaled.
        recorded: chrono::DateTime<chrono::Utc>,
    },
}

// Written out rather than derived: the derive's bounds would recurse
// through `OutcomeUnknown`'s boxed source.
impl<P: Provider> fmt::Display for Error<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidInput(input) => write!(f, "invalid input: {input}"),
            Error::Callback(error) => write!(f, "{error}"),
            Error::Login(error) => write!(f, "sign-in: {error}"),
            Error::Transport { operation, source } => write!(f, "{operation}: transport error: {source}"),
            Error::Http {
                operation,
                status,
                body,
            } => write!(f, "{operation}: HTTP {status}: {body}"),
            Error::Decode {
                operation,
                status,
                reason,
                ..
            } => write!(f, "{operation}: cannot decode the HTTP {status} answer: {reason}"),
            Error::Auth { operation, source } => write!(f, "{operation}: authentication failed: {source}"),
            Error::Refused { operation, refusal } => write!(f, "{operation}: refused by {}: {refusal}", P::NAME),
            Error::Mismatch {
                operation,
                field,
                asked,
                answered,
            } => write!(
                f,
                "{operation}: {} answered {field} {answered:?}, not {asked:?} as expected: not confirmed",
                P::NAME
            ),
            Error::OutcomeUnknown {
                operation,
                reference,
                source,
            } => write!(f, "{operation}: outcome unknown for reference {reference:?}: {source}"),
            Error::Journal {
                operation,
                reference,
                source,
            } => write!(f, "{operation}: not sent under reference {reference:?}: {source}"),
            Error::Unsettled {
                operation,
                reference,
                recorded,
            } => write!(
                f,
                "{operation}: a request under reference {reference:?} was sent at {recorded} and its outcome is still unknown: not sent again"
            ),
        }
    }
}

impl<P: Provider + fmt::Debug> std::error::Error for Error<P> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidInput(input) => Some(input),
            Error::Callback(error) => Some(error),
            Error::Login(error) => Some(error),
            Error::Transport { source, .. } => Some(source),
            Error::Auth { source, .. } => Some(source),
            Error::OutcomeUnknown { source, .. } => Some(source.as_ref()),
            Error::Journal { source, .. } => Some(source),
            Error::Unsettled { .. } => None,
            Error::Http { .. } | Error::Decode { .. } | Error::Refused { .. } | Error::Mismatch { .. } => None,
        }
    }
}

macro_rules! from_input {
    ($($ty:ident => $variant:ident),*) => {$(
        impl<P: Provider> From<$ty> for Error<P> {
            fn from(error: $ty) -> Self {
                Error::$variant(error)
            }
        }
    )*};
}
from_input!(InvalidInput => InvalidInput, CallbackError => Callback, LoginError => Login);

/// An amount that is not whole units of at least 1: the field `amount`.
impl<P: Provider> From<crate::money::AmountError> for Error<P> {
    fn from(error: crate::money::AmountError) -> Self {
        InvalidInput::new("amount", error.to_string()).into()
    }
}

impl<P: Provider> Error<P> {
    /// The error status of the gateway's answer: for [`Error::Http`],
    /// [`Error::Decode`] and a refused token ([`Error::Auth`]), and for
    /// [`Error::OutcomeUnknown`] the status of its cause. `None` when no
    /// answer came, when nothing was sent, and for a refusal or mismatch,
    /// which come inside success answers.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Http { status, .. } | Error::Decode { status, .. } => Some(*status),
            Error::Auth { source, .. } => source.status(),
            Error::OutcomeUnknown { source, .. } => source.status(),
            Error::InvalidInput(_)
            | Error::Callback(_)
            | Error::Login(_)
            | Error::Transport { .. }
            | Error::Refused { .. }
            | Error::Mismatch { .. }
            | Error::Journal { .. }
            | Error::Unsettled { .. } => None,
        }
    }

    /// Whether a request that creates a payment or moves money may have been
    /// carried out although this error came back: it may have reached the
    /// gateway and no definite answer was read.
    pub fn leaves_outcome_unknown(&self) -> bool {
        match self {
            Error::Transport { source, .. } => !source.is_connect(),
            Error::Http { status, .. } => status.is_server_error(),
            Error::Decode { status, .. } => status.is_success(),
            Error::OutcomeUnknown { .. } | Error::Unsettled { .. } => true,
            _ => false,
        }
    }

    /// Whether another attempt may succeed: a connection that could not be
    /// opened, a timeout or dropped connection, 429, 502, 503, 504, or a
    /// refusal the provider calls transient. (Whether another attempt is
    /// *safe* is the operation's business: see the call path.)
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Transport { .. } => true,
            Error::Http { status, .. } => is_transient_status(*status),
            Error::Refused { refusal, .. } => refusal.transient,
            Error::Auth { source, .. } => source.is_transient(),
            _ => false,
        }
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

/// An error body as received: a JSON object when it is one, the raw text
/// otherwise (an HTML page from a proxy, plain text).
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorBody {
    /// A JSON object (field errors, `detail`, OAuth2 `error`, an envelope...).
    Json(serde_json::Map<String, serde_json::Value>),
    /// Anything else.
    Raw(String),
}

impl ErrorBody {
    /// Keeps `bytes` as JSON when they are a JSON object, as text otherwise.
    pub fn from_bytes(bytes: &[u8]) -> Self {
        match serde_json::from_slice(bytes) {
            Ok(json) => ErrorBody::Json(json),
            Err(_) => ErrorBody::Raw(String::from_utf8_lossy(bytes).into_owned()),
        }
    }

    /// The JSON value of `key`, when the body is a JSON object that has it.
    pub fn get(&self, key: &str) -> Option<&serde_json::Value> {
        match self {
            ErrorBody::Json(json) => json.get(key),
            ErrorBody::Raw(_) => None,
        }
    }
}

/// At most this many characters of a body go into an error message.
const SHOWN_BODY_CHARS: usize = 300;

impl fmt::Display for ErrorBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ErrorBody::Json(json) => serde_json::to_string(json).unwrap_or_default(),
            ErrorBody::Raw(raw) => raw.clone(),
        };
        let mut chars = text.chars();
        let shown: String = chars.by_ref().take(SHOWN_BODY_CHARS).collect();
        if chars.next().is_some() {
            write!(f, "{shown}…")
        } else if shown.is_empty() {
            f.write_str("(empty body)")
        } else {
            f.write_str(&shown)
        }
    }
}

/// Input refused before anything was sent, naming the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{field}` {reason}")]
pub struct InvalidInput {
    field: String,
    reason: String,
}

impl InvalidInput {
    /// A refusal of `field` for `reason`.
    pub fn new(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// The name of the field, as in the spec.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// Why it was refused.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

/// `value` checked against the generated type `T` (the spec's constraints:
/// lengths, patterns), refused under `field` when it does not fit.
///
/// # Errors
/// The [`InvalidInput`] naming `field`, with the type's reason.
pub fn checked<T>(value: impl Into<String>, field: &'static str) -> Result<T, InvalidInput>
where
    T: TryFrom<String>,
    T::Error: fmt::Display,
{
    T::try_from(value.into()).map_err(|e| InvalidInput::new(field, e.to_string()))
}

/// Why no valid access token could be had or used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// The client holds a fixed token and no credentials to renew it.
    #[error("the access token expired or was refused, and the client has no credentials to renew it")]
    NoCredentials,
    /// The token endpoint could not be reached.
    #[error("token endpoint unreachable: {0}")]
    Transport(#[source] reqwest::Error),
    /// The token endpoint refused the credentials or failed.
    #[error("token endpoint answered HTTP {status}: {body}")]
    Rejected {
        /// The HTTP status of the token endpoint.
        status: StatusCode,
        /// Its body.
        body: ErrorBody,
    },
    /// The token endpoint answered with something that is not a token. The
    /// body is not kept: it may hold a token.
    #[error("token endpoint answer is not a token ({reason})")]
    Malformed {
        /// Where decoding failed (never the values).
        reason: String,
    },
    /// A signed-in customer's token expired or was refused, and cannot be
    /// renewed: no refresh token came with it, or the provider refused the
    /// refresh token (`body`). Sign the customer in again.
    #[error("the customer's sign-in cannot be renewed{}; sign the customer in again", .body.as_ref().map(|body| format!(" (token endpoint: {body})")).unwrap_or_default())]
    CannotRenew {
        /// The provider's answer to the refresh, when it refused one.
        body: Option<ErrorBody>,
    },
    /// The gateway refused a freshly obtained token (HTTP 401, or what the
    /// gateway answers instead).
    #[error("the gateway refused the access token (HTTP {status}): {body}")]
    Unauthorized {
        /// The status of the refusal.
        status: StatusCode,
        /// Its body.
        body: ErrorBody,
    },
}

impl AuthError {
    fn status(&self) -> Option<StatusCode> {
        match self {
            AuthError::Rejected { status, .. } => Some(*status),
            AuthError::Unauthorized { status, .. } => Some(*status),
            AuthError::Malformed { .. }
            | AuthError::NoCredentials
            | AuthError::Transport(_)
            | AuthError::CannotRenew { .. } => None,
        }
    }

    fn is_transient(&self) -> bool {
        match self {
            AuthError::Transport(_) => true,
            AuthError::Rejected { status, .. } => is_transient_status(*status),
            _ => false,
        }
    }
}

/// A refusal a provider reported inside a success answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal<C> {
    /// The provider's code, when it gave one (iHela's `05`: insufficient funds).
    pub code: Option<C>,
    /// The provider's message.
    pub message: Option<String>,
    /// Whether the provider says trying again later may succeed.
    pub transient: bool,
}

impl<C> Refusal<C> {
    /// Whether the provider says trying again later may succeed.
    pub fn is_transient(&self) -> bool {
        self.transient
    }
}

impl<C: fmt::Display> fmt::Display for Refusal<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.code, &self.message) {
            (Some(code), Some(message)) => write!(f, "code {code}: {message}"),
            (Some(code), None) => write!(f, "code {code}"),
            (None, Some(message)) => f.write_str(message),
            (None, None) => f.write_str("no reason given"),
        }
    }
}

/// Why a callback or a redirect was refused before anything was asked of
/// the provider.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallbackError {
    /// The body is empty.
    #[error("the callback body is empty")]
    Empty,
    /// The body is larger than the handler accepts.
    #[error("the callback body is {size} bytes, more than the {limit} accepted")]
    TooLarge {
        /// The size received.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The body is not the contract's callback (bad JSON, a missing field, a wrong type).
    #[error("the callback body is not the contract's: {0}")]
    Malformed(String),
    /// A signature key is configured and the request has no signature.
    #[error("the callback carries no signature")]
    MissingSignature,
    /// The signature does not match the body under the key.
    #[error("the callback signature does not match its body")]
    BadSignature,
    /// The redirect query is missing a parameter or has a malformed one.
    #[error("the redirect parameters are not valid: {0}")]
    Redirect(String),
}

/// Why a browser's return from a sign-in (OAuth2 authorization code flow) is
/// not a sign-in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoginError {
    /// No sign-in was started in this browser (no pending sign-in).
    #[error("no sign-in was started in this browser")]
    NotStarted,
    /// The redirect carries no `state`: not a sign-in this site started.
    #[error("the redirect carries no state: not a sign-in this site started")]
    MissingState,
    /// The redirect's `state` is not the pending sign-in's: a forged or
    /// replayed redirect, or another browser's.
    #[error("the redirect's state is not this browser's: not a sign-in this site started")]
    StateMismatch,
    /// The customer refused to sign in (`access_denied`).
    #[error("the customer did not allow the sign-in")]
    Denied,
    /// The provider gave no code, for another reason.
    #[error("no code was given: {error}{}", .description.as_ref().map(|d| format!(" ({d})")).unwrap_or_default())]
    Failed {
        /// The provider's `error` (RFC 6749 section 4.1.2.1).
        error: String,
        /// The provider's `error_description`.
        description: Option<String>,
    },
    /// The redirect carries the right state but neither a code nor an error.
    #[error("the redirect carries no code")]
    MissingCode,
    /// The redirect's query is not the contract's.
    #[error("the redirect's query is malformed: {0}")]
    Malformed(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Test;
    impl Provider for Test {
        const NAME: &'static str = "Test";
        type Code = String;
    }

    #[test]
    fn error_bodies_keep_json_or_raw_text_and_are_shortened() {
        let json = ErrorBody::from_bytes(br#"{"amount": ["too small"]}"#);
        assert_eq!(json.get("amount").unwrap()[0], "too small");
        let html = ErrorBody::from_bytes(b"<html>Bad Gateway</html>");
        assert!(matches!(&html, ErrorBody::Raw(text) if text == "<html>Bad Gateway</html>"));
        assert!(matches!(ErrorBody::from_bytes(b"[1]"), ErrorBody::Raw(_)));
        let long = ErrorBody::Raw("x".repeat(1000)).to_string();
        assert_eq!(long.chars().count(), SHOWN_BODY_CHARS + 1);
        assert_eq!(ErrorBody::Raw(String::new()).to_string(), "(empty body)");
    }

    #[test]
    fn a_refusal_has_no_error_status() {
        let refused: Error<Test> = Error::Refused {
            operation: "cash_in",
            refusal: Refusal {
                code: Some("05".into()),
                message: Some("Insufficient funds".into()),
                transient: false,
            },
        };
        assert_eq!(refused.status(), None);
        assert_eq!(
            refused.to_string(),
            "cash_in: refused by Test: code 05: Insufficient funds"
        );
        let http: Error<Test> = Error::Http {
            operation: "list_banks",
            status: StatusCode::BAD_GATEWAY,
            body: ErrorBody::Raw("<html>".into()),
        };
        assert_eq!(http.status(), Some(StatusCode::BAD_GATEWAY));
        assert!(http.is_transient() && http.leaves_outcome_unknown());
    }
}
