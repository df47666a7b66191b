//! What a success answer means: its data, or a refusal hidden in an HTTP 200.
//!
//! Generation 1 answers plain objects; a cash-in says `"error": true` when it
//! is refused. Generation 2 wraps its answers in an envelope
//! `{success, response_code, response_message, response_data}` where any
//! `response_code` other than `"00"` is a refusal. [`Answer`] reads both, so
//! that the caller only ever gets the data of an accepted operation.

use pesa_core::{Answer, Rejection};

use crate::error::Refusal;
use crate::generated::open_enums::ResponseCode;
use crate::types;

/// A refusal, or an answer that does not say what it should.
pub(crate) type Rejected = Rejection<ResponseCode>;

pesa_core::plain_answers!(ResponseCode; types::BankList, types::CustomerAccount, types::User, types::Token);

impl Answer<ResponseCode> for types::BillInitResponse {
    type Data = types::Bill;
    fn into_data(self) -> Result<types::Bill, Rejected> {
        Ok(self.bill)
    }
}

impl Answer<ResponseCode> for types::BillVerifyResponse {
    type Data = types::BillVerification;
    fn into_data(self) -> Result<types::BillVerification, Rejected> {
        Ok(self.bill)
    }
}

/// A refusal with `code` and `message`; code `07` is transient.
pub(crate) fn refusal(code: Option<&ResponseCode>, message: Option<&String>) -> Refusal {
    Refusal {
        code: code.cloned(),
        message: message.cloned(),
        transient: code == Some(&ResponseCode::Code07),
    }
}

/// The envelope's verdict: `Some(Ok)` accepted, `Some(Err)` refused, `None`
/// when the envelope fields are absent.
pub(crate) fn envelope_verdict(
    success: Option<bool>,
    code: Option<&ResponseCode>,
    message: Option<&String>,
) -> Option<Result<(), Refusal>> {
    let refused = || refusal(code, message);
    match (code, success) {
        (Some(ResponseCode::Code00), Some(false)) => Some(Err(refused())),
        (Some(ResponseCode::Code00), _) => Some(Ok(())),
        (Some(_), _) | (None, Some(false)) => Some(Err(refused())),
        (None, Some(true)) => Some(Ok(())),
        (None, None) => None,
    }
}

/// Envelope answers: their `response_data` once the envelope says success.
macro_rules! envelope_answer {
    ($($ty:ty => $data:ty),*) => {$(
        impl ::pesa_core::Answer<$crate::generated::open_enums::ResponseCode> for $ty {
            type Data = $data;
            fn into_data(self) -> Result<$data, $crate::answer::Rejected> {
                let verdict = $crate::answer::envelope_verdict(
                    self.success,
                    self.response_code.as_ref(),
                    self.response_message.as_ref(),
                );
                match verdict {
                    Some(Err(refusal)) => Err(::pesa_core::Rejection::Refused(refusal)),
                    Some(Ok(())) | None => match self.response_data {
                        Some(data) => Ok(data),
                        None => Err(::pesa_core::Rejection::incomplete("the envelope has no response_data", &self)),
                    },
                }
            }
        }
    )*};
}
pub(crate) use envelope_answer;
envelope_answer!(
    types::BillInitResult => types::BillInitData,
    types::BillCheckResult => types::BillCheckData
);

impl types::CashInResult {
    /// iHela's reference: `reference`, or the same key inside the later
    /// generation's `response_data`.
    fn reference(&self) -> Option<String> {
        let in_data = || {
            self.response_data
                .as_ref()?
                .get("reference")?
                .as_str()
                .map(str::to_owned)
        };
        self.reference.clone().or_else(in_data)
    }
}

/// An accepted cash-in: iHela's reference of it, and the whole answer.
impl Answer<ResponseCode> for types::CashInResult {
    type Data = (String, types::CashInResult);

    /// Accepted only on positive evidence: `"error": false` (generation 1) or
    /// an envelope that says success, and a reference to find the payout by.
    /// Money moved or not must never be guessed.
    fn into_data(self) -> Result<(String, types::CashInResult), Rejected> {
        let envelope = envelope_verdict(
            self.success,
            self.response_code.as_ref(),
            self.response_message.as_ref(),
        );
        let refused = |message: Option<&String>| refusal(self.response_code.as_ref(), message);
        match (self.error, envelope) {
            (Some(true), _) => Err(Rejection::Refused(refused(
                self.error_message.as_ref().or(self.response_message.as_ref()),
            ))),
            (_, Some(Err(refusal))) => Err(Rejection::Refused(refusal)),
            (Some(false), _) | (None, Some(Ok(()))) => match self.reference() {
                Some(reference) => Ok((reference, self)),
                None => Err(Rejection::incomplete(
                    "the cash-in is accepted without a reference",
                    &self,
                )),
            },
            (None, None) => Err(Rejection::incomplete(
                "the cash-in answer says neither `error` nor `response_code`",
                &self,
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(success: Option<bool>, code: Option<&str>) -> Option<Result<(), Refusal>> {
        let code = code.map(ResponseCode::parse);
        envelope_verdict(success, code.as_ref(), None)
    }

    #[test]
    fn envelope_success_needs_code_00_and_no_false_success() {
        assert!(matches!(verdict(Some(true), Some("00")), Some(Ok(()))));
        assert!(matches!(verdict(None, Some("00")), Some(Ok(()))));
        assert!(matches!(verdict(Some(true), None), Some(Ok(()))));
        assert!(matches!(verdict(Some(false), Some("00")), Some(Err(_))));
        assert!(matches!(verdict(Some(true), Some("05")), Some(Err(r)) if r.code == Some(ResponseCode::Code05)));
        assert!(matches!(verdict(Some(false), None), Some(Err(_))));
        assert!(verdict(None, None).is_none());
    }

    fn cash_in(json: &str) -> Result<(String, types::CashInResult), Rejected> {
        serde_json::from_str::<types::CashInResult>(json).unwrap().into_data()
    }

    #[test]
    fn cash_in_needs_positive_evidence() {
        assert_eq!(cash_in(r#"{"error": false, "reference": "CPT-1"}"#).unwrap().0, "CPT-1");
        let enveloped = r#"{"response_code": "00", "success": true, "response_data": {"reference": "CPT-2"}}"#;
        assert_eq!(cash_in(enveloped).unwrap().0, "CPT-2");
        assert!(matches!(
            cash_in(r#"{"response_code": "00", "success": true}"#),
            Err(Rejection::Incomplete { .. })
        ));
        assert!(matches!(
            cash_in(r#"{"error": true, "error_message": "no"}"#),
            Err(Rejection::Refused(r)) if r.message.as_deref() == Some("no")
        ));
        assert!(matches!(
            cash_in(r#"{"error": false, "response_code": "07"}"#),
            Err(Rejection::Refused(r)) if r.is_transient()
        ));
        assert!(matches!(
            cash_in(r#"{"reference": "CPT-1"}"#),
            Err(Rejection::Incomplete { .. })
        ));
    }
}
