//! What the gateway's success answers mean: an `output_ResponseCode` other
//! than `INS-0` is a refusal, never a success (the gateway reports some
//! refusals inside a 2XX answer as well as with an error status).

use pesa_core::{Answer, Refusal, Rejection};

use crate::generated::open_enums::ResponseCode;
use crate::types;

/// An answer's verdict: done, or refused with its code and description.
/// A temporary overload and an internal error may pass if tried later.
fn verdict(code: &ResponseCode, description: Option<&String>) -> Result<(), Rejection<ResponseCode>> {
    if *code == ResponseCode::Success {
        return Ok(());
    }
    Err(Rejection::Refused(Refusal {
        code: Some(code.clone()),
        message: description.cloned(),
        transient: matches!(code, ResponseCode::TemporaryOverload | ResponseCode::InternalError),
    }))
}

macro_rules! coded_answers {
    ($($ty:ty),*) => {$(
        impl Answer<ResponseCode> for $ty {
            type Data = $ty;
            fn into_data(self) -> Result<Self::Data, Rejection<ResponseCode>> {
                verdict(&self.output_response_code, self.output_response_desc.as_ref()).map(|()| self)
            }
        }
    )*};
}
coded_answers!(
    types::PaymentAnswer,
    types::StatusAnswer,
    types::MandateAnswer,
    crate::mozambique::types::PaymentAnswer,
    crate::mozambique::types::StatusAnswer
);

/// A session's answer: its code, when it has one, must be success.
impl Answer<ResponseCode> for types::SessionAnswer {
    type Data = types::SessionAnswer;
    fn into_data(self) -> Result<Self::Data, Rejection<ResponseCode>> {
        match &self.output_response_code {
            Some(code) => verdict(code, self.output_response_desc.as_ref()).map(|()| self),
            None => Ok(self),
        }
    }
}
