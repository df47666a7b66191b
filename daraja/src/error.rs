//! The one error type of the crate: `pesa-core`'s [`Error`], named for
//! M-Pesa ([`MPesa`]), so that a refusal inside a success answer carries
//! Daraja's [`ResponseCode`].
//!
//! Every non-2xx answer of Daraja is the error envelope `{requestId,
//! errorCode, errorMessage}`: [`ErrorExt::envelope`] reads it from an
//! [`Error::Http`] (or a refused token's answer) as the spec's
//! [`ErrorEnvelope`](crate::types::ErrorEnvelope), with its
//! [`ErrorCode`](crate::types::ErrorCode).

pub use pesa_core::{AuthError, ErrorBody, InvalidInput};

use crate::generated::open_enums::ResponseCode;
use crate::types;

/// M-Pesa, as the errors of this crate name it: its refusals carry a
/// [`ResponseCode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MPesa;

impl pesa_core::Provider for MPesa {
    const NAME: &'static str = "M-Pesa";
    type Code = ResponseCode;
}

/// Everything that can go wrong with a call: who failed is in the variant
/// (the caller, the network, the gateway, authentication, the business
/// rules, a confirmation, or an outcome that is unknown).
pub type Error = pesa_core::Error<MPesa>;

/// The result of every call of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A refusal Daraja reported inside an HTTP 200 answer: its `ResponseCode`
/// and its description.
pub type Refusal = pesa_core::Refusal<ResponseCode>;

/// What Daraja's error answers say.
pub trait ErrorExt {
    /// The error envelope of Daraja's answer, when the error is one
    /// (`Http`, a refused token, or the cause of `OutcomeUnknown`).
    fn envelope(&self) -> Option<types::ErrorEnvelope>;

    /// Its `errorCode`.
    fn error_code(&self) -> Option<crate::generated::open_enums::ErrorCode> {
        self.envelope().map(|envelope| envelope.error_code)
    }
}

impl ErrorExt for Error {
    fn envelope(&self) -> Option<types::ErrorEnvelope> {
        let body = match self {
            Error::Http { body, .. }
            | Error::Auth {
                source: AuthError::Unauthorized { body, .. } | AuthError::Rejected { body, .. },
                ..
            } => body,
            Error::OutcomeUnknown { source, .. } => return source.envelope(),
            _ => return None,
        };
        match body {
            ErrorBody::Json(json) => serde_json::from_value(serde_json::Value::Object(json.clone())).ok(),
            ErrorBody::Raw(_) => None,
        }
    }
}

/// A generated type made by hand (`types::Remarks::try_from("..")?`). The
/// type does not know which field it is for, so the field is `value`.
impl From<types::error::ConversionError> for Error {
    fn from(error: types::error::ConversionError) -> Self {
        InvalidInput::new("value", error.to_string()).into()
    }
}
