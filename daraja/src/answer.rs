//! What Daraja's success answers mean: a `ResponseCode` other than `0`
//! inside an HTTP 200 is a refusal, never a success.

use pesa_core::{Answer, Refusal, Rejection};

use crate::generated::open_enums::ResponseCode;
use crate::types;

/// An answer's verdict: accepted, or refused with its code and description.
fn verdict(code: &ResponseCode, description: Option<&String>) -> Result<(), Rejection<ResponseCode>> {
    if *code == ResponseCode::Accepted {
        Ok(())
    } else {
        Err(Rejection::Refused(Refusal {
            code: Some(code.clone()),
            message: description.cloned(),
            transient: false,
        }))
    }
}

macro_rules! acknowledged_answers {
    ($($ty:ident),*) => {$(
        impl Answer<ResponseCode> for types::$ty {
            type Data = types::$ty;
            fn into_data(self) -> Result<Self::Data, Rejection<ResponseCode>> {
                verdict(&self.response_code, self.response_description.as_ref()).map(|()| self)
            }
        }
    )*};
}
acknowledged_answers!(StkPushAnswer, AcceptedAnswer);

/// Answers whose `ResponseCode` may be absent, which is read as accepted: a
/// query's (its `ResultCode` is what matters), and C2B's in the seed's samples.
macro_rules! maybe_acknowledged_answers {
    ($($ty:ident),*) => {$(
        impl Answer<ResponseCode> for types::$ty {
            type Data = types::$ty;
            fn into_data(self) -> Result<Self::Data, Rejection<ResponseCode>> {
                match &self.response_code {
                    Some(code) => verdict(code, self.response_description.as_ref()).map(|()| self),
                    None => Ok(self),
                }
            }
        }
    )*};
}
maybe_acknowledged_answers!(StkQueryAnswer, C2bAnswer);

pesa_core::plain_answers!(ResponseCode; types::AccessTokenAnswer);
