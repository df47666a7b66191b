//! Daraja's callbacks, which Daraja does not sign: each is decoded as
//! tolerantly as the samples require, delivered again or forged at will by
//! anyone who knows the URL, and so confirmed with Daraja before the
//! merchant's code may act on it.
//!
//! - **STK push** ([`Callbacks::stk`]): confirmed with the STK query of its
//!   checkout id, for a push the merchant made (whose amount it knows).
//! - **Results** of B2C, B2B, status, balance and reversal
//!   ([`Callbacks::result`]): correlated with a request the merchant made,
//!   by the keys Daraja returned to it alone (`ConversationID`, or the
//!   merchant's own `OriginatorConversationID` of a B2C).
//! - **C2B** payments ([`Callbacks::confirmation`]): confirmed with a
//!   transaction status query of the receipt, whose own result comes back
//!   on the result URL under a `ConversationID` only the merchant knows;
//!   validation ([`Callbacks::validation`]) answers the merchant's verdict.
//!
//! Each payment is handled once per process: deliveries of the same one
//! (even concurrent) get the same answer; with a shared store
//! ([`Callbacks::store`]), once across replicas and restarts. An optional allow-list of source
//! addresses ([`Callbacks::allow_sources`]) refuses the rest with 403.
//! With the `axum` feature, `Callbacks::into_router` mounts them.

#[cfg(feature = "axum")]
mod axum;
mod c2b;
mod handler;
mod results;
pub(crate) mod stk;

use std::net::IpAddr;

use reqwest::StatusCode;

#[cfg(feature = "axum")]
pub use self::axum::CallbackPaths;
pub use c2b::{C2bVerdict, ConfirmedC2b};
pub use handler::Callbacks;
pub use pesa_core::callback::{DEFAULT_REMEMBERED_ANSWERS, Durable, MAX_CALLBACK_BODY, MerchantError};
pub use results::{AccountBalance, ResultKeys, ResultNotice};
pub use stk::StkSettlement;

use crate::types;
pub use pesa_core::CallbackError;

/// The answer to one callback delivery: an HTTP status and a JSON body.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reply {
    #[serde(with = "pesa_core::callback::status_code")]
    status: StatusCode,
    body: serde_json::Value,
}

impl Reply {
    /// HTTP 200 with the acknowledgement integrators answer (`ResultCode`
    /// 0, `Accepted`).
    fn acknowledged() -> Self {
        let body = types::Acknowledgement {
            result_code: Some(0),
            result_desc: Some("Accepted".to_owned()),
        };
        Self::json(StatusCode::OK, &body)
    }

    /// `status` with `body`.
    fn json(status: StatusCode, body: &impl serde::Serialize) -> Self {
        Self {
            status,
            body: serde_json::to_value(body).unwrap_or_default(),
        }
    }

    /// An error status with `{"error_message"}`: the callback is not taken.
    fn failed(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            body: serde_json::json!({ "error_message": message.into() }),
        }
    }

    /// The HTTP status to answer with.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The JSON body.
    pub fn body(&self) -> Vec<u8> {
        serde_json::to_vec(&self.body).unwrap_or_default()
    }
}

impl From<CallbackError> for Reply {
    fn from(error: CallbackError) -> Self {
        let status = match error {
            CallbackError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::BAD_REQUEST,
        };
        Reply::failed(status, error.to_string())
    }
}

/// 503: the callback cannot be handled now (the merchant or Daraja could
/// not be asked); whether Daraja delivers again is not documented.
fn unavailable(message: &str) -> Reply {
    Reply::failed(StatusCode::SERVICE_UNAVAILABLE, message)
}

/// Which source addresses may deliver callbacks; any when none are listed.
#[derive(Debug, Clone, Default)]
struct Sources(Vec<IpAddr>);

impl Sources {
    fn allows(&self, peer: Option<IpAddr>) -> bool {
        self.0.is_empty() || peer.is_some_and(|peer| self.0.contains(&peer))
    }
}

/// Decodes an STK callback body (`{"Body": {"stkCallback": …}}`).
pub fn decode_stk_callback(body: &[u8]) -> Result<types::StkOutcome, CallbackError> {
    pesa_core::callback::decode::<types::StkCallback>(body).map(|callback| callback.body.stk_callback)
}

/// Decodes a result body (`{"Result": …}`) of B2C, B2B, status, balance or reversal.
pub fn decode_result(body: &[u8]) -> Result<ResultNotice, CallbackError> {
    pesa_core::callback::decode::<types::ResultCallback>(body).map(|callback| ResultNotice::from(callback.result))
}

/// Decodes a C2B validation or confirmation body.
pub fn decode_c2b(body: &[u8]) -> Result<types::C2bPayment, CallbackError> {
    pesa_core::callback::decode(body)
}
