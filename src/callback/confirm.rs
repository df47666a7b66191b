//! Confirmation you can trust: a callback or a redirect is only a hint; the
//! answer of bill verify (or bill check) is the truth.
//!
//! [`Client::confirm`] takes the hint, asks iHela for the bill it names,
//! checks that iHela's answer is about that bill (same bill code, same
//! merchant reference, and, when confirmed by bill check, the expected amount),
//! and returns the [`PaymentOutcome`] iHela reports, whatever the hint said.

use rust_decimal::Decimal;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::generated::open_enums::BillStatus;
use crate::requests::CheckBill;
use crate::secret::Pin;
use crate::types;

/// What a callback or a redirect claims about a bill. Never trusted as such:
/// give it to [`Client::confirm`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentHint {
    /// The merchant reference the hint names.
    pub merchant_reference: types::MerchantReference,
    /// The bill code the hint names.
    pub bill_code: types::BillCode,
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

/// Where a bill stands, according to iHela.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentOutcome {
    /// Paid (`Paid`, or `Processed` as the redirect spells it). The bank
    /// reference is the one to find in the merchant's statement; iHela may
    /// leave it out.
    Paid {
        /// The bank reference of the payment, when iHela gives it.
        bank_reference: Option<String>,
    },
    /// Not paid yet (`Pending`, `Initiated`, `Initial`): ask again later.
    Pending,
    /// Expired unpaid (`Expired`).
    Expired,
    /// The payment failed or was cancelled (`Error`, `Canceled`).
    Failed,
    /// A status this crate does not know (see [`Confirmed::status`]): do not
    /// deliver, ask again later or look at it by hand.
    Unknown,
}

impl PaymentOutcome {
    /// The outcome a status means.
    pub fn from_status(status: &BillStatus, bank_reference: Option<String>) -> Self {
        match status {
            BillStatus::Paid | BillStatus::Processed => PaymentOutcome::Paid { bank_reference },
            BillStatus::Pending | BillStatus::Initiated | BillStatus::Initial => PaymentOutcome::Pending,
            BillStatus::Expired => PaymentOutcome::Expired,
            BillStatus::Canceled | BillStatus::Error => PaymentOutcome::Failed,
            BillStatus::Unknown(_) => PaymentOutcome::Unknown,
        }
    }

    /// Whether the bill is paid.
    pub fn is_paid(&self) -> bool {
        matches!(self, PaymentOutcome::Paid { .. })
    }

    /// Whether the outcome can no longer change (paid, expired, failed).
    pub fn is_final(&self) -> bool {
        matches!(
            self,
            PaymentOutcome::Paid { .. } | PaymentOutcome::Expired | PaymentOutcome::Failed
        )
    }
}

/// A bill's status as iHela confirmed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmed {
    /// The merchant reference, as iHela answered it.
    pub merchant_reference: types::MerchantReference,
    /// The bill code, as iHela answered it.
    pub bill_code: types::BillCode,
    /// The status iHela answered, as received.
    pub status: BillStatus,
    /// What the status means.
    pub outcome: PaymentOutcome,
    /// The bill's amount, when the answer carries it (bill check may; bill
    /// verify does not).
    pub amount: Option<Decimal>,
}

/// Which operation asks iHela.
#[derive(Debug, Clone)]
pub(crate) enum Via {
    /// `verify_bill`, generation 1.
    BillVerify,
    /// `check_bill`, the later generation, with the merchant PIN if needed.
    BillCheck(Option<Pin>),
}

/// A confirmation being prepared; see [`Client::confirm`].
#[derive(Debug)]
#[must_use = "nothing is asked until `send` is awaited"]
pub struct Confirm<'a> {
    client: &'a Client,
    hint: PaymentHint,
    via: Via,
}

impl<'a> Confirm<'a> {
    /// Asks with bill check (the later generation) instead of bill verify;
    /// its answer may carry the amount, which can then be checked.
    pub fn via_bill_check(self, pin: Option<Pin>) -> ConfirmByCheck<'a> {
        ConfirmByCheck {
            confirm: self.via(Via::BillCheck(pin)),
            expected_amount: None,
        }
    }

    pub(crate) fn via(mut self, via: Via) -> Self {
        self.via = via;
        self
    }

    /// Asks iHela and checks that the answer is about the hinted bill.
    ///
    /// Fails with the call's error when iHela cannot be asked or refuses
    /// (the hint is then not trusted either), and with [`Error::Mismatch`]
    /// when the answer names another bill or merchant reference.
    pub async fn send(self) -> Result<Confirmed> {
        self.ask(None).await
    }

    async fn ask(self, expected_amount: Option<Decimal>) -> Result<Confirmed> {
        let hint = &self.hint;
        let (operation, answer) = match self.via {
            Via::BillVerify => {
                let bill = self
                    .client
                    .verify_bill(&hint.merchant_reference, &hint.bill_code)
                    .await?;
                let answer = Answered {
                    merchant_reference: Some(bill.merchant_reference),
                    bill_code: Some(bill.bill_code),
                    status: bill.status,
                    bank_reference: bill.bank_reference,
                    amount: None,
                };
                ("verify_bill", answer)
            }
            Via::BillCheck(pin) => {
                let mut request = CheckBill::new(&hint.merchant_reference).bill_code(&hint.bill_code);
                if let Some(pin) = pin {
                    request = request.pin(pin);
                }
                let data = self.client.check_bill(request).await?;
                let Some(status) = data.status.clone() else {
                    return Err(Error::Decode {
                        operation: "check_bill",
                        status: reqwest::StatusCode::OK,
                        reason: "the bill check answer has no status".to_owned(),
                        body: serde_json::to_vec(&data).unwrap_or_default().into(),
                    });
                };
                let answer = Answered {
                    merchant_reference: data.merchant_reference,
                    bill_code: data.bill_code,
                    status,
                    bank_reference: data.bank_reference.or(data.payment_reference),
                    amount: data.amount,
                };
                ("check_bill", answer)
            }
        };
        answer.confirm(operation, hint, expected_amount)
    }
}

/// A confirmation by bill check, whose answer may carry the bill's amount;
/// see [`Confirm::via_bill_check`].
#[derive(Debug)]
#[must_use = "nothing is asked until `send` is awaited"]
pub struct ConfirmByCheck<'a> {
    confirm: Confirm<'a>,
    expected_amount: Option<Decimal>,
}

impl ConfirmByCheck<'_> {
    /// The amount the merchant billed: an answer with another amount, or
    /// with none, is [`Error::Mismatch`].
    pub fn expected_amount(mut self, amount: impl Into<Decimal>) -> Self {
        self.expected_amount = Some(amount.into());
        self
    }

    /// Asks bill check and checks that the answer is about the hinted bill
    /// (and its amount, when expected); see [`Confirm::send`].
    pub async fn send(self) -> Result<Confirmed> {
        self.confirm.ask(self.expected_amount).await
    }
}

/// What bill verify or bill check answered, in one shape.
struct Answered {
    merchant_reference: Option<types::MerchantReference>,
    bill_code: Option<types::BillCode>,
    status: BillStatus,
    bank_reference: Option<String>,
    amount: Option<Decimal>,
}

impl Answered {
    /// Checks the answer against the hint: a field the answer carries must
    /// be what was asked.
    fn confirm(
        self,
        operation: &'static str,
        hint: &PaymentHint,
        expected_amount: Option<Decimal>,
    ) -> Result<Confirmed> {
        let mismatch = |field: &'static str, asked: String, answered: String| Error::Mismatch {
            operation,
            field,
            asked,
            answered,
        };
        if let Some(code) = self.bill_code.as_ref().filter(|code| **code != hint.bill_code) {
            return Err(mismatch("bill_code", hint.bill_code.to_string(), code.to_string()));
        }
        if let Some(reference) = self
            .merchant_reference
            .as_ref()
            .filter(|reference| **reference != hint.merchant_reference)
        {
            return Err(mismatch(
                "merchant_reference",
                hint.merchant_reference.to_string(),
                reference.to_string(),
            ));
        }
        if let Some(expected) = expected_amount
            && self.amount != Some(expected)
        {
            let answered = self
                .amount
                .map_or_else(|| "no amount".to_owned(), |amount| amount.to_string());
            return Err(mismatch("amount", expected.to_string(), answered));
        }
        Ok(Confirmed {
            merchant_reference: hint.merchant_reference.clone(),
            bill_code: hint.bill_code.clone(),
            outcome: PaymentOutcome::from_status(&self.status, self.bank_reference),
            status: self.status,
            amount: self.amount,
        })
    }
}

impl Client {
    /// Confirms a callback or a redirect with iHela: asks bill verify (or
    /// bill check, see [`Confirm::via_bill_check`]) for the bill the hint
    /// names and returns its real status. Nothing the hint claims is trusted.
    ///
    /// ```no_run
    /// # async fn run(client: ihela::Client, query: &str) -> ihela::Result<()> {
    /// use ihela::callback::{PaymentOutcome, parse_redirect};
    ///
    /// let params = parse_redirect(query).expect("a redirect"); // say 400 instead
    /// let confirmed = client.confirm(&params).send().await?;
    /// match confirmed.outcome {
    ///     PaymentOutcome::Paid { bank_reference } => println!("paid: {bank_reference:?}"),
    ///     PaymentOutcome::Pending => println!("not yet: show a waiting page"),
    ///     other => println!("not paid: {other:?}"),
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn confirm(&self, hint: impl Into<PaymentHint>) -> Confirm<'_> {
        Confirm {
            client: self,
            hint: hint.into(),
            via: Via::BillVerify,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint() -> PaymentHint {
        PaymentHint {
            merchant_reference: "order-1".try_into().unwrap(),
            bill_code: "BILL-1".try_into().unwrap(),
            claims_paid: true,
        }
    }

    fn answered(reference: Option<&str>, code: Option<&str>, amount: Option<i64>) -> Answered {
        Answered {
            merchant_reference: reference.map(|r| r.try_into().unwrap()),
            bill_code: code.map(|c| c.try_into().unwrap()),
            status: BillStatus::Paid,
            bank_reference: Some("WEB.1".into()),
            amount: amount.map(Decimal::from),
        }
    }

    #[test]
    fn every_known_status_has_an_outcome() {
        for status in BillStatus::KNOWN {
            assert_ne!(
                PaymentOutcome::from_status(status, None),
                PaymentOutcome::Unknown,
                "{status}"
            );
        }
        let refunded = BillStatus::parse("Refunded");
        assert_eq!(PaymentOutcome::from_status(&refunded, None), PaymentOutcome::Unknown);
        assert!(PaymentOutcome::from_status(&BillStatus::Processed, None).is_paid());
        assert!(!PaymentOutcome::Pending.is_final() && PaymentOutcome::Expired.is_final());
    }

    #[test]
    fn the_answer_must_name_the_hinted_bill() {
        let ok = answered(Some("order-1"), Some("BILL-1"), None).confirm("verify_bill", &hint(), None);
        assert!(ok.unwrap().outcome.is_paid());
        let absent = answered(None, None, Some(2000)).confirm("check_bill", &hint(), Some(Decimal::new(200_000, 2)));
        assert_eq!(absent.unwrap().amount, Some(Decimal::from(2000)));
        let cases = [
            (answered(Some("order-1"), Some("BILL-2"), None), "bill_code"),
            (answered(Some("order-2"), Some("BILL-1"), None), "merchant_reference"),
            (answered(None, None, Some(1000)), "amount"),
            (answered(None, None, None), "amount"),
        ];
        for (answer, field) in cases {
            let error = answer
                .confirm("check_bill", &hint(), Some(Decimal::from(2000)))
                .unwrap_err();
            assert!(
                matches!(&error, Error::Mismatch { field: f, .. } if *f == field),
                "{error}"
            );
        }
    }
}
