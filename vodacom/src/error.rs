//! The one error type of the crate: `pesa-core`'s [`Error`], named for
//! Vodacom's M-Pesa ([`Vodacom`]), so that a refusal carries the gateway's
//! `INS-*` [`ResponseCode`]. The gateway refuses with an HTTP error status
//! and the code in its body (`{output_ResponseCode, output_ResponseDesc}`):
//! [`ErrorExt::refusal`] reads it as the spec's
//! [`Refusal`](crate::types::Refusal).

pub use pesa_core::{AuthError, ErrorBody, InvalidInput};

use crate::generated::open_enums::ResponseCode;
use crate::types;

/// M-Pesa in Vodacom's markets, as the errors of this crate name it: its
/// refusals carry a [`ResponseCode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vodacom;

impl pesa_core::Provider for Vodacom {
    const NAME: &'static str = "M-Pesa (Vodacom)";
    type Code = ResponseCode;
}

/// Everything that can go wrong with a call: who failed is in the variant
/// (the caller, the network, the gateway, the session, the business
/// rules, or an outcome that is unknown).
pub type Error = pesa_core::Error<Vodacom>;

/// The result of every call of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What the gateway's error answers say.
pub trait ErrorExt {
    /// The refusal in the gateway's answer, when the error is one (`Http`,
    /// a refused session's answer, or the cause of `OutcomeUnknown`).
    fn refusal(&self) -> Option<types::Refusal>;

    /// Its `INS-*` code, from an error answer or a refusal inside a success.
    fn response_code(&self) -> Option<ResponseCode>;
}

impl ErrorExt for Error {
    fn refusal(&self) -> Option<types::Refusal> {
        let body = match self {
            Error::Http { body, .. }
            | Error::Auth {
                source: AuthError::Unauthorized { body, .. } | AuthError::Rejected { body, .. },
                ..
            } => body,
            Error::OutcomeUnknown { source, .. } => return source.refusal(),
            _ => return None,
        };
        match body {
            ErrorBody::Json(json) => serde_json::from_value(serde_json::Value::Object(json.clone())).ok(),
            ErrorBody::Raw(_) => None,
        }
    }

    fn response_code(&self) -> Option<ResponseCode> {
        match self {
            Error::Refused { refusal, .. } => refusal.code.clone(),
            _ => self.refusal().map(|refusal| refusal.output_response_code),
        }
    }
}

/// Whether `error` says the `ThirdPartyConversationID` was sent before
/// (`INS-10`, HTTP 409): the request exists, and was not made again.
pub(crate) fn duplicate(error: &Error) -> bool {
    error.response_code() == Some(ResponseCode::DuplicateTransaction)
}

/// A generated type made by hand (`types::TransactionReference::try_from("..")?`).
/// The type does not know which field it is for, so the field is `value`.
impl From<types::error::ConversionError> for Error {
    fn from(error: types::error::ConversionError) -> Self {
        InvalidInput::new("value", error.to_string()).into()
    }
}
