//! Paying money out to a customer's account (`cash-in/`), in either
//! generation's form: [`gen1::CashIn`](crate::gen1::CashIn) or
//! [`gen2::CreditCashIn`](crate::gen2::CreditCashIn).

use pesa_core::journal::{self, Intent};

use crate::client::Client;
use crate::error::Result;
use crate::requests::{IntoCashIn, sealed};
use crate::types::{self, MerchantReference};

/// The operation (the journal's name for it).
const CASH_IN: &str = "cash_in";

/// A cash-in iHela accepted.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CashInReceipt {
    /// iHela's reference of the cash-in (`CPT-5/01-199`), to find in the
    /// merchant account's statement.
    pub reference: String,
    /// The merchant's reference the cash-in was sent under.
    pub merchant_reference: MerchantReference,
}

impl Client {
    /// Pays money out to a customer's account (`cash-in/`), named with
    /// generation 1's fields ([`gen1::CashIn`](crate::gen1::CashIn)) or
    /// generation 2's ([`gen2::CreditCashIn`](crate::gen2::CreditCashIn),
    /// with the client's PIN).
    ///
    /// Returns only an accepted cash-in, with iHela's reference: a refusal
    /// inside HTTP 200 (`"error": true`, or a `response_code` other than
    /// `"00"`) is [`Error::Refused`](crate::Error::Refused).
    ///
    /// It is never sent twice once it may have reached the gateway, and the
    /// API has no way to look a cash-in up: when no definite answer comes
    /// back (timeout, connection dropped, 5xx, unreadable 200, or an
    /// acceptance without a reference), the error is
    /// [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown) with the
    /// merchant reference. Do not pay again under a new reference before
    /// finding out (see the README).
    pub async fn cash_in(&self, request: impl IntoCashIn) -> Result<CashInReceipt> {
        let merchant_reference = sealed::IntoCashIn::merchant_reference(&request).clone();
        let body = sealed::IntoCashIn::body(request, self.state().pin())?;
        let intent = match &body {
            types::CashInRequest::AccountCashIn(body) => Intent::new(body.amount, body.account.as_str()),
            types::CashInRequest::CreditAccountCashIn(body) => Intent::new(body.amount, body.credit_account.as_str()),
        };
        let reference = merchant_reference.as_str();
        let send = || async {
            let sent = pesa_core::call(self.api(), self.api().cash_in().body(body)).await;
            let (reference, _) = pesa_core::sent_once(CASH_IN, reference, sent)?;
            Ok(CashInReceipt {
                reference,
                merchant_reference: merchant_reference.clone(),
            })
        };
        journal::send(self.journal(), CASH_IN, reference, &intent, send, journal::no_lookup()).await
    }
}
