//! Confirmation you can trust: a callback or a redirect is only a hint; the
//! answer of bill check, which carries the bill's amount, is the truth.
//!
//! [`Client::confirm`] takes the hint and the amount the merchant billed,
//! asks iHela for the bill the hint names, checks that iHela's answer is
//! about that bill (same bill code, same merchant reference) and for that
//! amount, and returns what iHela reports, whatever the hint said.

use rust_decimal::Decimal;

use crate::bills::{BillState, PaymentOutcome};
use crate::client::Client;
use crate::error::{Error, Result};
use crate::gen2::CheckBill;
use crate::generated::open_enums::BillStatus;
use crate::money::Francs;
use crate::types::{self, BillCode, MerchantReference};

/// What a callback or a redirect claims about a bill. Never trusted as such:
/// give it to [`Client::confirm`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentHint {
    /// The merchant reference the hint names.
    pub merchant_reference: MerchantReference,
    /// The bill code the hint names.
    pub bill_code: BillCode,
    /// Whether the hint claims the bill was paid.
    pub claims_paid: bool,
}

impl From<&types::BillCallback> for PaymentHint {
    fn from(callback: &types::BillCallback) -> Self {
        Self {
            merchant_reference: callback.merchant_reference.clone(),
            bill_code: callback.bill_code.clone(),
            claims_paid: !callback.error,
        }
    }
}

impl From<&types::RedirectParams> for PaymentHint {
    fn from(params: &types::RedirectParams) -> Self {
        Self {
            merchant_reference: params.merchant_reference.clone(),
            bill_code: params.bill_code.clone(),
            claims_paid: params.paid,
        }
    }
}

/// A bill as iHela confirmed it: the bill the hint named, for the amount
/// the merchant billed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Confirmed {
    /// The merchant reference.
    pub merchant_reference: MerchantReference,
    /// The bill code.
    pub bill_code: BillCode,
    /// The status iHela answered, as received.
    pub status: BillStatus,
    /// What the status means.
    pub outcome: PaymentOutcome,
    /// The bill's amount as iHela answered it: the amount billed.
    pub amount: Decimal,
}

impl Client {
    /// Confirms a callback or a redirect with iHela: asks bill check (with
    /// the client's PIN) about the bill the hint names and returns its real
    /// status, once its answer is shown to be about that bill and for
    /// `billed`, the amount the merchant billed under that reference.
    /// Nothing the hint claims is trusted.
    ///
    /// Fails with the call's error when iHela cannot be asked or refuses,
    /// with [`Error::Mismatch`] when its answer names another bill, another
    /// merchant reference or another amount, and with [`Error::Decode`] when
    /// it gives no amount to check.
    ///
    /// ```no_run
    /// # async fn run(client: ihela::Client, query: &str) -> ihela::Result<()> {
    /// use ihela::callback::parse_redirect;
    /// use ihela::{Francs, PaymentOutcome};
    ///
    /// let params = parse_redirect(query)?;
    /// // The amount billed under `params.merchant_reference`, from your records.
    /// let billed = Francs::new(2000)?;
    /// let confirmed = client.confirm(&params, billed).await?;
    /// match confirmed.outcome {
    ///     PaymentOutcome::Paid { bank_reference } => println!("paid: {bank_reference:?}"),
    ///     PaymentOutcome::Pending => println!("not yet: show a waiting page"),
    ///     other => println!("not paid: {other:?}"),
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn confirm(&self, hint: impl Into<PaymentHint>, billed: Francs) -> Result<Confirmed> {
        let hint = hint.into();
        let bill = self.confirm_bill(&hint).await?;
        billed_amount(bill, billed)
    }

    /// Bill check about the hinted bill, its answer shown to be about it.
    pub(crate) async fn confirm_bill(&self, hint: &PaymentHint) -> Result<BillState> {
        let request = CheckBill::new(hint.merchant_reference.clone(), hint.bill_code.clone());
        let bill = self.check_bill(request).await?;
        let mismatch = |field, asked: String, answered: String| Error::Mismatch {
            operation: "check_bill",
            field,
            asked,
            answered,
        };
        if bill.code != hint.bill_code {
            return Err(mismatch("bill_code", hint.bill_code.to_string(), bill.code.to_string()));
        }
        if bill.merchant_reference != hint.merchant_reference {
            return Err(mismatch(
                "merchant_reference",
                hint.merchant_reference.to_string(),
                bill.merchant_reference.to_string(),
            ));
        }
        Ok(bill)
    }
}

/// `bill` confirmed for `billed`: its amount must be there and be that one.
pub(crate) fn billed_amount(bill: BillState, billed: Francs) -> Result<Confirmed> {
    let Some(amount) = bill.amount else {
        return Err(Error::Decode {
            operation: "check_bill",
            status: reqwest::StatusCode::OK,
            reason: "bill check gave no amount: the amount billed cannot be confirmed".to_owned(),
            body: bytes::Bytes::new(),
        });
    };
    if amount != billed.to_decimal() {
        return Err(Error::Mismatch {
            operation: "check_bill",
            field: "amount",
            asked: billed.to_decimal().to_string(),
            answered: amount.to_string(),
        });
    }
    Ok(Confirmed {
        outcome: bill.outcome(),
        merchant_reference: bill.merchant_reference,
        bill_code: bill.code,
        status: bill.status,
        amount,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bill(amount: Option<i64>) -> BillState {
        BillState {
            code: BillCode::parse("BILL-1").unwrap(),
            merchant_reference: MerchantReference::parse("order-1").unwrap(),
            status: BillStatus::Paid,
            amount: amount.map(|francs| Decimal::new(francs * 100, 2)),
            bank_reference: Some("WEB.1".into()),
        }
    }

    #[test]
    fn the_amount_must_be_there_and_be_the_one_billed() {
        let billed = Francs::new(2000).unwrap();
        let confirmed = billed_amount(bill(Some(2000)), billed).unwrap();
        assert!(confirmed.outcome.is_paid());
        assert_eq!(confirmed.amount, Decimal::from(2000));
        let short = billed_amount(bill(Some(1000)), billed).unwrap_err();
        assert!(matches!(&short, Error::Mismatch { field: "amount", .. }), "{short}");
        let none = billed_amount(bill(None), billed).unwrap_err();
        assert!(matches!(&none, Error::Decode { .. }), "{none}");
    }
}
