//! Bills, in both generations: one shape for where a bill stands
//! ([`BillState`]) and one for what creating one gave ([`CreatedBill`]),
//! whichever operation answered.
//!
//! A bill is created once per merchant reference: bill init (`init_bill`,
//! `create_bill`) is never sent again once it may have reached iHela. When
//! its answer is lost, the outcome is [`Error::OutcomeUnknown`], unless the
//! client was built with
//! [`recover_bills_by_reference`](crate::ClientBuilder::recover_bills_by_reference),
//! which looks the bill up by its merchant reference alone (the sandbox does
//! it; whether the live gateway does is not documented).

use pesa_core::Rejection;
use pesa_core::journal::{self, Intent, Journal, Lookup, Reconciled};
use reqwest::StatusCode;
use rust_decimal::Decimal;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::gen1::InitBill;
use crate::gen2::{CheckBill, CreateBill};
use crate::generated::open_enums::BillStatus;
use crate::types::{self, BillCode, MerchantReference};

/// The operation of generation 1's bill init (the journal's name for it).
const INIT_BILL: &str = "init_bill";
/// The operation of generation 2's bill init.
const CREATE_BILL: &str = "create_bill";

/// A bill as iHela reports it: what bill init, bill verify, bill check or a
/// lookup by merchant reference answered.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BillState {
    /// The bill's code in iHela.
    pub code: BillCode,
    /// The merchant's reference of the bill.
    pub merchant_reference: MerchantReference,
    /// The bill's status. A new bill whose answer names none is
    /// `Initiated`, the status iHela gives every new bill.
    pub status: BillStatus,
    /// The amount billed, when the answer carries it: bill init does,
    /// generation 2's bill check may, bill verify never does.
    pub amount: Option<Decimal>,
    /// The bank reference of the payment, once paid.
    pub bank_reference: Option<String>,
}

impl BillState {
    /// What the bill's status means.
    pub fn outcome(&self) -> PaymentOutcome {
        PaymentOutcome::from_status(&self.status, self.bank_reference.clone())
    }
}

/// What creating a bill gave, and so what the merchant does next.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum CreatedBill {
    /// iHela answered with the page where the customer confirms the
    /// payment: send the customer's browser to `confirmation_uri`.
    ToConfirm {
        /// The new bill.
        bill: BillState,
        /// Where the customer confirms it.
        confirmation_uri: String,
    },
    /// iHela answered without a confirmation page (generation 2 may): the
    /// customer confirms the bill among their pending bills in iHela, or in
    /// their wallet's prompt.
    InIhela {
        /// The new bill.
        bill: BillState,
    },
    /// The answer was lost, and the bill found by its merchant reference
    /// (see [`recover_bills_by_reference`](crate::ClientBuilder::recover_bills_by_reference)):
    /// it exists; its confirmation page is not known. The customer finds it
    /// among their pending bills in iHela.
    Recovered {
        /// The bill found.
        bill: BillState,
    },
}

impl CreatedBill {
    /// The bill, whichever way it came.
    pub fn bill(&self) -> &BillState {
        match self {
            CreatedBill::ToConfirm { bill, .. } | CreatedBill::InIhela { bill } | CreatedBill::Recovered { bill } => {
                bill
            }
        }
    }

    /// Where the customer confirms the bill, when iHela said.
    pub fn confirmation_uri(&self) -> Option<&str> {
        match self {
            CreatedBill::ToConfirm { confirmation_uri, .. } => Some(confirmation_uri),
            CreatedBill::InIhela { .. } | CreatedBill::Recovered { .. } => None,
        }
    }
}

/// Where a bill stands, by what its status means.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
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
    /// A status this crate does not know: do not deliver; ask again later
    /// or look at it by hand.
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

impl Client {
    /// Creates a bill for a customer to confirm (`bill/init/`, generation 1).
    /// A bad value is refused before anything is sent, naming the field.
    ///
    /// It is never sent twice once it may have reached the gateway: when no
    /// definite answer comes back (timeout, connection dropped, 5xx,
    /// unreadable 200), the error is [`Error::OutcomeUnknown`], or, with
    /// [`recover_bills_by_reference`](crate::ClientBuilder::recover_bills_by_reference),
    /// the bill is looked up by its merchant reference and returned as
    /// [`CreatedBill::Recovered`].
    pub async fn init_bill(&self, request: InitBill) -> Result<CreatedBill> {
        let reference = request.merchant_reference().clone();
        let body = request.body()?;
        let intent = Intent::new(body.amount, &body.user);
        let issued = || async {
            pesa_core::call(self.api(), self.api().init_bill().body(body))
                .await
                .map(|bill| {
                    let confirmation_uri = bill.confirmation_uri.clone();
                    let bill = BillState {
                        code: bill.code,
                        merchant_reference: bill.merchant_reference,
                        status: initiated(bill.status.and_then(|status| status.label)),
                        amount: Some(bill.amount),
                        bank_reference: bill.payment_reference,
                    };
                    CreatedBill::ToConfirm { bill, confirmation_uri }
                })
        };
        let find = || async {
            Ok(self
                .find_bill(&reference)
                .await?
                .map(|bill| CreatedBill::Recovered { bill }))
        };
        self.settle_bill(INIT_BILL, &reference, &intent, issued, find).await
    }

    /// The real status of a bill (`bill/verify/`, generation 1), by its
    /// merchant reference and code (the wire's crossed names are handled
    /// here). Bill verify gives no amount.
    pub async fn verify_bill(&self, merchant_reference: &MerchantReference, bill_code: &BillCode) -> Result<BillState> {
        self.verify(merchant_reference.clone(), Some(bill_code.clone())).await
    }

    /// A bill by its merchant reference alone (bill verify without the bill
    /// code), or `None` when the gateway knows no such bill (404).
    ///
    /// How to find a bill whose init answer was lost. The sandbox supports
    /// it; the published clients always send the bill code too, so whether
    /// the live gateway does is not documented.
    pub async fn find_bill(&self, merchant_reference: &MerchantReference) -> Result<Option<BillState>> {
        not_found_as_none(self.verify(merchant_reference.clone(), None).await)
    }

    async fn verify(&self, code: MerchantReference, reference: Option<BillCode>) -> Result<BillState> {
        let body = types::BillVerifyRequest { code, reference };
        let bill = pesa_core::call(self.api(), self.api().verify_bill().body(body)).await?;
        Ok(BillState {
            code: bill.reference,
            merchant_reference: bill.code,
            status: bill.status,
            amount: None,
            bank_reference: bill.bank_reference,
        })
    }

    /// Creates a bill debiting a customer's account (`bill-init/`,
    /// generation 2), with the client's PIN.
    ///
    /// Like [`Client::init_bill`], it is never sent twice once it may have
    /// reached the gateway; with
    /// [`recover_bills_by_reference`](crate::ClientBuilder::recover_bills_by_reference)
    /// a lost answer is looked up by bill check with the merchant reference
    /// alone, and the bill returned if found with the amount asked
    /// ([`Error::Mismatch`] when a bill with that reference exists for
    /// another amount).
    pub async fn create_bill(&self, request: CreateBill) -> Result<CreatedBill> {
        let reference = request.merchant_reference().clone();
        let body = request.body(self.state().pin())?;
        let asked = body.amount.to_decimal();
        let intent = Intent::new(body.amount, &body.debit_account);
        let sent = || async {
            pesa_core::call(self.api(), self.api().create_bill().body(body.clone()))
                .await
                .and_then(|data| created(data, &reference))
        };
        let find = || async {
            match self.find_created_bill(&reference).await? {
                Some(bill) if bill.amount.is_some_and(|amount| amount != asked) => Err(Error::Mismatch {
                    operation: "check_bill",
                    field: "amount",
                    asked: asked.to_string(),
                    answered: bill.amount.map(|amount| amount.to_string()).unwrap_or_default(),
                }),
                found => Ok(found.map(|bill| CreatedBill::Recovered { bill })),
            }
        };
        self.settle_bill(CREATE_BILL, &reference, &intent, sent, find).await
    }

    /// A generation 2 bill by its merchant reference alone (bill check
    /// without the bill code), or `None` when the gateway knows none.
    async fn find_created_bill(&self, merchant_reference: &MerchantReference) -> Result<Option<BillState>> {
        let lookup = types::BillCheckRequest {
            merchant_reference: merchant_reference.clone(),
            bill_code: None,
            pin_code: self.state().pin().cloned(),
        };
        not_found_as_none(self.check(lookup).await)
    }

    /// Settles the bills and cash-ins that the journal (the builder's
    /// `journal`) holds with an unknown outcome, left by a process that
    /// died or lost an answer. With
    /// [`recover_bills_by_reference`](crate::ClientBuilder::recover_bills_by_reference),
    /// a bill is looked up by its merchant reference: found, it is recorded
    /// as created; not there, as never arrived. A cash-in cannot be looked
    /// up (the API has no lookup for it): it stays unknown, and a cash-in
    /// under its reference is refused
    /// ([`Error::Unsettled`](crate::Error::Unsettled)) until you find out
    /// from the merchant account's statement. Run it on start.
    pub async fn reconcile_pending(&self) -> Result<Vec<Reconciled>> {
        let Some(journal) = self.journal() else {
            return Ok(Vec::new());
        };
        let recovers = self.state().recovers_bills();
        let look_up = |operation: String, reference: String| async move {
            let found = match operation.as_str() {
                INIT_BILL if recovers => self.find_bill(&reference.parse()?).await?,
                CREATE_BILL if recovers => self.find_created_bill(&reference.parse()?).await?,
                _ => return Ok(Lookup::Impossible),
            };
            Ok(found.map_or(Lookup::NotFound, |bill| Lookup::Found(CreatedBill::Recovered { bill })))
        };
        journal.reconcile(look_up).await
    }

    /// Where this client journals its bills and cash-ins, if anywhere.
    pub(crate) fn journal(&self) -> Option<&Journal> {
        self.state().session().journal.as_ref()
    }

    /// The real status of a bill (`bill-check/`, generation 2), with the
    /// client's PIN; with its amount when iHela gives it.
    pub async fn check_bill(&self, request: CheckBill) -> Result<BillState> {
        self.check(request.body(self.state().pin())).await
    }

    async fn check(&self, body: types::BillCheckRequest) -> Result<BillState> {
        let (asked_code, asked_reference) = (body.bill_code.clone(), body.merchant_reference.clone());
        let data = pesa_core::call(self.api(), self.api().check_bill().body(body)).await?;
        let (Some(code), Some(status)) = (data.bill_code.clone().or(asked_code), data.status.clone()) else {
            return Err(incomplete(
                "check_bill",
                "bill check answered no bill code or no status",
                &data,
            ));
        };
        Ok(BillState {
            code,
            merchant_reference: data.merchant_reference.unwrap_or(asked_reference),
            status,
            amount: data.amount,
            bank_reference: data.bank_reference.or(data.payment_reference),
        })
    }

    /// A bill init sent by `send`, journaled as `intent`: the bill, or,
    /// when its outcome is unknown and the client recovers bills by
    /// reference, what `find` finds; otherwise [`Error::OutcomeUnknown`].
    async fn settle_bill<S, F>(
        &self,
        operation: &'static str,
        reference: &MerchantReference,
        intent: &Intent,
        send: impl FnOnce() -> S,
        find: impl Fn() -> F,
    ) -> Result<CreatedBill>
    where
        S: Future<Output = Result<CreatedBill>>,
        F: Future<Output = Result<Option<CreatedBill>>>,
    {
        let state = self.state();
        let recovers = state.recovers_bills();
        let settled = || async {
            let result = send().await;
            if recovers {
                let retry = &state.session().retry;
                pesa_core::sent_once_or_found(operation, reference.as_str(), retry, result, &find).await
            } else {
                pesa_core::sent_once(operation, reference.as_str(), result)
            }
        };
        let look_up = recovers.then_some(&find);
        journal::send(self.journal(), operation, reference.as_str(), intent, settled, look_up).await
    }
}

/// A new bill's status: the answer's, or `Initiated` when it names none.
fn initiated(status: Option<BillStatus>) -> BillStatus {
    status.unwrap_or(BillStatus::Initiated)
}

/// Generation 2's created bill: a code is required, the rest is read as given.
fn created(data: types::BillInitData, asked: &MerchantReference) -> Result<CreatedBill> {
    let Some(code) = data.bill_code.clone().or_else(|| data.code.clone()) else {
        return Err(incomplete("create_bill", "bill-init answered no bill code", &data));
    };
    let bill = BillState {
        code,
        merchant_reference: data.merchant_reference.clone().unwrap_or_else(|| asked.clone()),
        status: initiated(data.status.clone()),
        amount: data.amount,
        bank_reference: None,
    };
    Ok(match data.confirmation_uri {
        Some(confirmation_uri) => CreatedBill::ToConfirm { bill, confirmation_uri },
        None => CreatedBill::InIhela { bill },
    })
}

/// An accepted answer that lacks what the caller needs: a decode error
/// keeping what was received.
fn incomplete(operation: &'static str, reason: &str, data: &impl serde::Serialize) -> Error {
    match Rejection::<()>::incomplete(reason, data) {
        Rejection::Incomplete { reason, answer } => Error::Decode {
            operation,
            status: StatusCode::OK,
            reason,
            body: answer.into(),
        },
        Rejection::Refused(_) => unreachable!("`incomplete` makes an incomplete rejection"),
    }
}

/// A 404 answer as `None`.
pub(crate) fn not_found_as_none<T>(result: Result<T>) -> Result<Option<T>> {
    match result {
        Ok(found) => Ok(Some(found)),
        Err(Error::Http { status, .. }) if status == StatusCode::NOT_FOUND => Ok(None),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_created_bill_says_where_the_customer_confirms_it() {
        let reference = MerchantReference::parse("752001").unwrap();
        let data: types::BillInitData = serde_json::from_value(serde_json::json!({
            "code": "CODE-20230421-W9T6CYW", "amount": "600.00"
        }))
        .unwrap();
        let without_page = created_with(data.clone(), &reference);
        assert!(matches!(&without_page, CreatedBill::InIhela { .. }), "{without_page:?}");
        assert_eq!(without_page.bill().merchant_reference, reference);
        assert_eq!(without_page.bill().status, BillStatus::Initiated);
        let with_page = types::BillInitData {
            confirmation_uri: Some("https://gate.example/confirm".into()),
            ..data
        };
        assert_eq!(
            created_with(with_page, &reference).confirmation_uri(),
            Some("https://gate.example/confirm")
        );
        let no_code = types::BillInitData {
            bill_code: None,
            code: None,
            ..types::BillInitData::default()
        };
        assert!(matches!(created(no_code, &reference), Err(Error::Decode { .. })));
    }

    fn created_with(data: types::BillInitData, reference: &MerchantReference) -> CreatedBill {
        created(data, reference).unwrap()
    }
}
