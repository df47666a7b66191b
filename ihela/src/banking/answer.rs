//! What the banking and agent answers mean: their data once the envelope
//! says success. A `response_code` other than `"00"`, or `"success":
//! false` without a code, is a refusal (`ihela-sdk` returns the latter as a
//! success).

use pesa_core::{Answer, Rejection};

use super::generated::types;
use crate::answer::{Rejected, envelope_answer, envelope_verdict};
use crate::generated::open_enums::ResponseCode;

pesa_core::plain_answers!(ResponseCode; types::ClientToken, types::JwtPair, types::JwtRefreshed);

envelope_answer!(
    types::AccountAnswer => types::Account,
    types::BalanceAnswer => types::Balance,
    types::OperationAnswer => types::Operation,
    types::StatementAnswer => types::Statement,
    types::FeeAnswer => types::Fee
);

/// Ping: the envelope alone, accepted unless it says otherwise.
impl Answer<ResponseCode> for types::Envelope {
    type Data = ();
    fn into_data(self) -> Result<(), Rejected> {
        let verdict = envelope_verdict(
            self.success,
            self.response_code.as_ref(),
            self.response_message.as_ref(),
        );
        match verdict {
            Some(Err(refusal)) => Err(Rejection::Refused(refusal)),
            Some(Ok(())) | None => Ok(()),
        }
    }
}

/// An operation lookup: the withdrawal to validate, its code read at the
/// top level (the SDK's docs and tests) or under `response_data` (the
/// official envelope); an answer without a code is incomplete.
impl Answer<ResponseCode> for types::OperationLookupAnswer {
    type Data = types::PendingWithdrawal;
    fn into_data(self) -> Result<types::PendingWithdrawal, Rejected> {
        let verdict = envelope_verdict(
            self.success,
            self.response_code.as_ref(),
            self.response_message.as_ref(),
        );
        if let Some(Err(refusal)) = verdict {
            return Err(Rejection::Refused(refusal));
        }
        let inner = self.response_data.clone().unwrap_or_default();
        let pending = types::PendingWithdrawal {
            validation_operation_code: inner
                .validation_operation_code
                .or_else(|| self.validation_operation_code.clone()),
            amount: inner.amount.or(self.amount),
            account_holder: inner.account_holder.or_else(|| self.account_holder.clone()),
        };
        if pending.validation_operation_code.is_none() {
            return Err(Rejection::incomplete(
                "the lookup answered no validation_operation_code",
                &self,
            ));
        }
        Ok(pending)
    }
}
