//! The one error type of the crate: `pesa-core`'s [`Error`], named for MTN
//! MoMo ([`Momo`]).
//!
//! MTN's error answers carry `{code, message}`, the API gateway's
//! `{statusCode, message}` or `{error}`: [`ErrorExt::error_body`] reads any
//! of them from an [`Error::Http`] (or a refused token's answer) as the
//! spec's [`ErrorBody`](crate::types::ErrorBody).

pub use pesa_core::{AuthError, ErrorBody, InvalidInput};
use reqwest::StatusCode;

use crate::types::{self, ReasonCode};

/// MTN Mobile Money, as the errors of this crate name it: its refusals
/// carry a [`ReasonCode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Momo;

impl pesa_core::Provider for Momo {
    const NAME: &'static str = "MTN MoMo";
    type Code = ReasonCode;
}

/// Everything that can go wrong with a call: who failed is in the variant
/// (the caller, the network, the gateway, authentication, a confirmation,
/// or an outcome that is unknown).
pub type Error = pesa_core::Error<Momo>;

/// The result of every call of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What MoMo's error answers say.
pub trait ErrorExt {
    /// The body of MoMo's error answer, when the error is one (`Http`, a
    /// refused token, or the cause of `OutcomeUnknown`).
    fn error_body(&self) -> Option<types::ErrorBody>;

    /// Its `code`.
    fn reason_code(&self) -> Option<ReasonCode> {
        self.error_body().and_then(|body| body.code)
    }
}

impl ErrorExt for Error {
    fn error_body(&self) -> Option<types::ErrorBody> {
        let body = match self {
            Error::Http { body, .. }
            | Error::Auth {
                source: AuthError::Unauthorized { body, .. } | AuthError::Rejected { body, .. },
                ..
            } => body,
            Error::OutcomeUnknown { source, .. } => return source.error_body(),
            _ => return None,
        };
        match body {
            ErrorBody::Json(json) => serde_json::from_value(serde_json::Value::Object(json.clone())).ok(),
            ErrorBody::Raw(_) => None,
        }
    }
}

/// Whether `error` is MTN's refusal of a reused `X-Reference-Id` (409): the
/// request under it exists.
pub(crate) fn duplicate(error: &Error) -> bool {
    error.status() == Some(StatusCode::CONFLICT)
}

/// Whether `error` says there is nothing under the reference asked (404).
pub(crate) fn not_found(error: &Error) -> bool {
    matches!(error, Error::Http { status, .. } if *status == StatusCode::NOT_FOUND)
}

/// A generated type made by hand (`types::Message::try_from("..")?`). The
/// type does not know which field it is for, so the field is `value`.
impl From<types::error::ConversionError> for Error {
    fn from(error: types::error::ConversionError) -> Self {
        InvalidInput::new("value", error.to_string()).into()
    }
}
