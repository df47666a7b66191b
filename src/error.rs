//! The one error type of the crate.
//!
//! Every call returns [`Result<T>`]. The variants say who failed: the caller
//! ([`Error::InvalidInput`], nothing was sent), the network
//! ([`Error::Transport`]), the gateway ([`Error::Http`], [`Error::Decode`]),
//! authentication ([`Error::Auth`]), the business rules ([`Error::Refused`],
//! a refusal that came with HTTP 200), or the bill a callback named
//! ([`Error::Mismatch`]). A caller using `?` can therefore never take a
//! refused cash-in for a success.

use std::fmt;

use reqwest::StatusCode;

use crate::generated::open_enums::ResponseCode;
use crate::types;

/// The result of every call of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong with a call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input was refused before anything was sent.
    #[error("invalid input: {0}")]
    InvalidInput(#[from] InvalidInput),

    /// A callback body or redirect query that is not the contract's (see
    /// [`callback`](crate::callback)): nothing was asked of iHela.
    #[error("{0}")]
    Callback(#[from] crate::callback::CallbackError),

    /// A browser's return from "log in with iHela" that is not a login: a
    /// wrong or missing `state`, the customer's refusal, no code (see
    /// [`login`](crate::login)). No code was exchanged.
    #[error("log in with iHela: {0}")]
    Login(#[from] crate::login::LoginError),

    /// The request did not complete: connection refused, timeout, TLS,
    /// connection closed. Whether the gateway acted on it is unknown.
    #[error("{operation}: transport error: {source}")]
    Transport {
        /// The operation id from the spec.
        operation: &'static str,
        /// The underlying error (connect, timeout, body read).
        #[source]
        source: reqwest::Error,
    },

    /// The gateway answered with an error status (4xx other than 401, 5xx,
    /// or a status the spec does not list).
    #[error("{operation}: HTTP {status}: {body}")]
    Http {
        /// The operation id from the spec.
        operation: &'static str,
        /// The HTTP status.
        status: StatusCode,
        /// The body, decoded when it is JSON, raw otherwise.
        body: ErrorBody,
    },

    /// A success answer that does not match the spec.
    #[error("{operation}: cannot decode the HTTP {status} answer: {reason}")]
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
    #[error("{operation}: authentication failed: {source}")]
    Auth {
        /// The operation id from the spec.
        operation: &'static str,
        /// What failed.
        #[source]
        source: AuthError,
    },

    /// iHela refused the operation inside an HTTP 200 answer (`"error": true`,
    /// `success: false`, or a `response_code` other than `"00"`).
    #[error("{operation}: refused by iHela: {refusal}")]
    Refused {
        /// The operation id from the spec.
        operation: &'static str,
        /// The code and message iHela gave.
        refusal: Refusal,
    },

    /// iHela's answer is about another bill than the one asked about: the
    /// callback or redirect that named it is forged or mistaken.
    #[error("{operation}: iHela answered {field} {answered:?}, not {asked:?} as asked: the hint is not confirmed")]
    Mismatch {
        /// The operation id from the spec.
        operation: &'static str,
        /// The field that differs (`bill_code`, `merchant_reference`, `amount`).
        field: &'static str,
        /// The value asked about (from the hint, or the expected amount).
        asked: String,
        /// The value iHela answered.
        answered: String,
    },

    /// A bill init or cash-in may or may not have been carried out: the
    /// request may have reached the gateway, but no readable answer came
    /// back (timeout, connection dropped, 5xx, unreadable 200), and for a
    /// bill, looking it up by its merchant reference did not find it either.
    ///
    /// The client never sends it again by itself. Keep `merchant_reference`
    /// and find out before paying or billing again under a new reference:
    /// for a bill, [`Client::find_bill`](crate::Client::find_bill) later; for
    /// a cash-in, which the API cannot look up, the merchant's iHela
    /// statement or iHela's support. `source` is what went wrong.
    #[error("{operation}: outcome unknown for merchant reference {merchant_reference:?}: {source}")]
    OutcomeUnknown {
        /// The operation id from the spec (`init_bill`, `create_bill`, `cash_in`).
        operation: &'static str,
        /// The reference the request carried.
        merchant_reference: String,
        /// The failure that left the outcome unknown.
        #[source]
        source: Box<Error>,
    },
}

impl Error {
    /// The HTTP status of the gateway's answer, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Http { status, .. } | Error::Decode { status, .. } => Some(*status),
            Error::Auth { source, .. } => source.status(),
            Error::Refused { .. } | Error::Mismatch { .. } => Some(StatusCode::OK),
            Error::InvalidInput(_) | Error::Callback(_) | Error::Login(_) | Error::Transport { .. } => None,
            Error::OutcomeUnknown { source, .. } => source.status(),
        }
    }

    /// Whether a request that creates a bill or moves money may have been
    /// carried out although this error came back: it may have reached the
    /// gateway and no definite answer was read.
    pub(crate) fn leaves_outcome_unknown(&self) -> bool {
        match self {
            Error::Transport { source, .. } => !source.is_connect(),
            Error::Http { status, .. } => status.is_server_error(),
            Error::Decode { status, .. } => status.is_success(),
            _ => false,
        }
    }
}

/// An error body as received: JSON when it decodes, the raw text otherwise.
#[derive(Debug, Clone)]
pub enum ErrorBody {
    /// A JSON object (field errors, `detail`, OAuth2 `error`, an envelope...).
    Json(types::ErrorBody),
    /// Anything else (an HTML error page, plain text, a JSON non-object).
    Raw(String),
}

impl ErrorBody {
    /// Keeps `bytes` as JSON when they are a JSON object, as text otherwise.
    pub fn from_bytes(bytes: &[u8]) -> Self {
        match serde_json::from_slice::<types::ErrorBody>(bytes) {
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
            ErrorBody::Json(json) => serde_json::to_string(&json.0).unwrap_or_default(),
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

/// A generated type made by hand (`types::BankSlug::try_from("..")?`). The
/// type does not know which field it is for, so the field is `value`; give
/// requests the text instead ([`InitBill::bank`](crate::InitBill::bank)…)
/// and the error names the field.
impl From<types::error::ConversionError> for Error {
    fn from(error: types::error::ConversionError) -> Self {
        InvalidInput::new("value", error.to_string()).into()
    }
}

/// An amount that is not whole francs of at least 1.
impl From<crate::money::AmountError> for Error {
    fn from(error: crate::money::AmountError) -> Self {
        InvalidInput::new("amount", error.to_string()).into()
    }
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
    /// The token endpoint answered 200 with something that is not a token.
    /// The body is not kept: it may hold a token.
    #[error("token endpoint answer is not a token ({reason})")]
    Malformed {
        /// Where decoding failed (never the values).
        reason: String,
    },
    /// A signed-in customer's token ("log in with iHela") expired or was
    /// refused, and cannot be renewed: no refresh token came with it, or
    /// iHela refused the refresh token (`body`). Sign the customer in again.
    #[error("the customer's sign-in cannot be renewed{}; sign the customer in again", .body.as_ref().map(|body| format!(" (token endpoint: {body})")).unwrap_or_default())]
    CannotRenew {
        /// iHela's answer to the refresh, when it refused one.
        body: Option<ErrorBody>,
    },
    /// The gateway refused a freshly obtained token (HTTP 401).
    #[error("the gateway refused the access token (HTTP 401): {body}")]
    Unauthorized {
        /// The body of the 401 answer.
        body: ErrorBody,
    },
}

impl AuthError {
    fn status(&self) -> Option<StatusCode> {
        match self {
            AuthError::Rejected { status, .. } => Some(*status),
            AuthError::Unauthorized { .. } => Some(StatusCode::UNAUTHORIZED),
            AuthError::Malformed { .. } => Some(StatusCode::OK),
            AuthError::NoCredentials | AuthError::Transport(_) | AuthError::CannotRenew { .. } => None,
        }
    }
}

/// A refusal iHela reported inside an HTTP 200 answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The envelope's `response_code`, when there is one (`Code05`
    /// insufficient funds, `Code07` transient).
    pub code: Option<ResponseCode>,
    /// iHela's message (`error_message` or `response_message`).
    pub message: Option<String>,
}

impl Refusal {
    /// Whether iHela says the refusal is transient (code `07`).
    pub fn is_transient(&self) -> bool {
        self.code == Some(ResponseCode::Code07)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.code, &self.message) {
            (Some(code), Some(message)) => write!(f, "code {code}: {message}"),
            (Some(code), None) => write!(f, "code {code}"),
            (None, Some(message)) => f.write_str(message),
            (None, None) => f.write_str("no reason given"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_mark_works_on_every_conversion_a_caller_makes() {
        fn field_of<T: fmt::Debug>(made: crate::Result<T>) -> String {
            match made.unwrap_err() {
                Error::InvalidInput(input) => input.field().to_owned(),
                other => panic!("not an input error: {other}"),
            }
        }
        let slug = || -> crate::Result<types::BankSlug> { Ok(types::BankSlug::try_from("")?) };
        let pin = || -> crate::Result<crate::Pin> { Ok("12".parse::<crate::Pin>()?) };
        let amount = || -> crate::Result<crate::Francs> { Ok(crate::Francs::try_from(0_u64)?) };
        assert_eq!(field_of(slug()), "value");
        assert_eq!(field_of(pin()), "pin_code");
        assert_eq!(field_of(amount()), "amount");
    }

    #[test]
    fn error_bodies_keep_json_or_raw_text_and_are_shortened() {
        let json = ErrorBody::from_bytes(br#"{"amount": ["too small"]}"#);
        assert_eq!(json.get("amount").unwrap()[0], "too small");
        let html = ErrorBody::from_bytes(b"<html>Bad Gateway</html>");
        assert!(matches!(&html, ErrorBody::Raw(text) if text == "<html>Bad Gateway</html>"));
        let long = ErrorBody::Raw("x".repeat(1000)).to_string();
        assert_eq!(long.chars().count(), SHOWN_BODY_CHARS + 1);
        assert_eq!(ErrorBody::Raw(String::new()).to_string(), "(empty body)");
    }
}
