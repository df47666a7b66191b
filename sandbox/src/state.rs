//! The sandbox's state: bills, cash-ins, callbacks delivered, and the
//! merchant's balance (tokens are in `tokens.rs`). One lock, never held
//! across an `await`.

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use ihela::{BillStatus, types};
use rand::distr::{Alphanumeric, SampleString};
use serde::Serialize;
use serde_json::Value;

use crate::fields::ApiError;

/// A value the sandbox checked when it was asked, or made itself, or holds
/// in its tables, as its generated type.
pub fn valid<T>(value: &str) -> T
where
    T: for<'a> TryFrom<&'a str, Error = types::error::ConversionError>,
{
    T::try_from(value).unwrap_or_else(|e| unreachable!("{value:?} was checked when it was asked: {e}"))
}

/// Which generation of the API created an object: it decides the shape of
/// the answers about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Generation {
    /// `bill/init/`, `bank_slug` + `account` (ihela-python-client 0.0.5).
    First,
    /// `bill-init/`, `credit_bank` + `credit_account` (ihela-sdk 2026).
    Later,
}

/// The label, one-letter value and CSS class of a bill's status, as a full
/// bill (bill init) shows it.
fn status_info(status: &BillStatus) -> types::BillStatusInfo {
    let (label, value, css) = match status {
        BillStatus::Pending => (BillStatus::Initiated, "I", "warning"),
        BillStatus::Paid => (BillStatus::Paid, "P", "success"),
        BillStatus::Expired => (BillStatus::Expired, "E", "secondary"),
        BillStatus::Error => (BillStatus::Error, "F", "danger"),
        other => (other.clone(), "C", "secondary"),
    };
    types::BillStatusInfo {
        label: Some(label),
        value: Some(value.to_owned()),
        css: Some(css.to_owned()),
    }
}

/// What a bill init asks for. A repeated init with the same merchant
/// reference must ask for the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BillRequest {
    /// The merchant's reference.
    pub merchant_reference: String,
    /// Whole francs.
    pub amount: u64,
    /// The description.
    pub description: String,
    /// The bank the customer pays from.
    pub bank: String,
    /// The customer: an iHela user, or an account or phone number in `bank`.
    pub customer: String,
    /// Where iHela sends the customer's browser after payment.
    pub redirect_uri: Option<String>,
    /// The API generation that asked.
    pub generation: Generation,
}

/// A bill.
#[derive(Debug, Clone, Serialize)]
pub struct Bill {
    /// `BILL-YYYYMMDD-XXXXXXXXXX`.
    pub code: String,
    /// What was asked.
    #[serde(flatten)]
    pub request: BillRequest,
    /// Where it stands: `Pending`, `Paid`, `Expired`, `Error` (failed) or
    /// `Canceled` (refunded after the merchant refused it).
    pub state: BillStatus,
    /// The bank reference of the payment, once paid.
    pub bank_reference: Option<String>,
    /// Why the payment failed.
    pub error_message: Option<String>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it expires unpaid.
    pub expires_at: DateTime<Utc>,
}

impl Bill {
    /// The full bill, as bill init (generation 1) answers it.
    pub fn answer(&self, base_url: &str) -> types::Bill {
        let merchant_user = crate::data::merchant_user();
        let merchant = types::MerchantInfo {
            id: Some(1),
            title: Some("Sandbox merchant".to_owned()),
            merchant_type: Some(types::LabelledValue {
                label: Some("Online shop".to_owned()),
                value: Some("O".to_owned()),
                css: Some("info".to_owned()),
            }),
            merchant_slug: Some("sandbox-merchant".to_owned()),
            merchant_logo: None,
            merchant_code: Some(1),
        };
        types::Bill {
            merchant: Some(types::BillMerchant {
                title: Some("Sandbox merchant".to_owned()),
                merchant: Some(merchant),
                user: Some(merchant_user.clone()),
            }),
            initiated_by: Some(merchant_user),
            paid_by: None,
            amount: crate::data::amount(self.request.amount),
            currency: Some(108),
            currency_info: Some(types::CurrencyInfo {
                iso_code: Some(108),
                iso_alpha_code: Some("BIF".to_owned()),
                title: Some("Burundian franc".to_owned()),
                abbreviation: Some("FBu".to_owned()),
                operation_min_amount: Some(crate::data::amount(1)),
            }),
            description: Some(self.request.description.clone()),
            merchant_reference: self.merchant_reference(),
            status: Some(status_info(&self.state)),
            expired: Some(self.state == BillStatus::Expired),
            code: self.bill_code(),
            redirect_uri: self.request.redirect_uri.clone(),
            confirmation_uri: self.confirmation_uri(base_url),
            payment_reference: self.bank_reference.clone(),
            created_at: Some(self.created_at),
        }
    }

    /// The bill's code, as the generated type.
    pub fn bill_code(&self) -> types::BillCode {
        valid(&self.code)
    }

    /// The merchant reference, as the generated type.
    pub fn merchant_reference(&self) -> types::MerchantReference {
        valid(&self.request.merchant_reference)
    }

    /// A pending bill whose time is up at `now` becomes expired.
    fn expire_if_due(&mut self, now: DateTime<Utc>) {
        if self.state == BillStatus::Pending && now >= self.expires_at {
            self.state = BillStatus::Expired;
        }
    }

    /// Where the customer confirms the bill (the sandbox shows the bill there).
    pub fn confirmation_uri(&self, base_url: &str) -> String {
        format!("{base_url}/_sandbox/bills/{}", self.code)
    }
}

/// What a cash-in asks for. A repeated cash-in with the same merchant
/// reference must ask for the same (in either generation's names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CashInRequest {
    /// The merchant's reference.
    pub merchant_reference: String,
    /// The bank credited.
    pub bank: String,
    /// The account credited.
    pub account: String,
    /// Whole francs.
    pub amount: u64,
    /// The description.
    pub description: String,
}

/// A cash-in, accepted or refused.
#[derive(Debug, Clone, Serialize)]
pub struct CashIn {
    /// What was asked.
    #[serde(flatten)]
    pub request: CashInRequest,
    /// The API generation that asked.
    pub generation: Generation,
    /// Whether it was accepted (the merchant's balance covered it).
    pub accepted: bool,
    /// iHela's reference, when accepted.
    pub reference: Option<String>,
    /// When it was asked.
    pub created_at: DateTime<Utc>,
}

/// Everything the sandbox holds (`GET /_sandbox/state`, `Sandbox::state`).
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    /// Every bill, oldest first.
    pub bills: Vec<Bill>,
    /// Every cash-in, accepted or refused, oldest first.
    pub cash_ins: Vec<CashIn>,
    /// Every callback delivery attempt.
    pub callbacks: Vec<CallbackAttempt>,
    /// The merchant's balance, in francs.
    pub balance: u64,
    /// How many tokens were issued.
    pub tokens_issued: u64,
}

/// One delivery attempt of a callback.
#[derive(Debug, Clone, Serialize)]
pub struct CallbackAttempt {
    /// The bill.
    pub bill_code: String,
    /// 1 for the first attempt.
    pub attempt: u32,
    /// The body sent.
    pub request: types::BillCallback,
    /// The merchant's HTTP status, if it answered.
    pub status: Option<u16>,
    /// The merchant's answer, if it was JSON.
    pub answer: Option<Value>,
    /// Why there was no answer.
    pub error: Option<String>,
}

#[derive(Debug, Default)]
struct Inner {
    bills: Vec<Bill>,
    cash_ins: Vec<CashIn>,
    callbacks: Vec<CallbackAttempt>,
    balance: u64,
    sequence: u64,
}

impl Inner {
    fn next(&mut self) -> u64 {
        self.sequence += 1;
        self.sequence
    }

    /// The bill with `code`, expired first if its time is up.
    fn bill_mut(&mut self, code: &str) -> Option<&mut Bill> {
        let bill = self.bills.iter_mut().find(|bill| bill.code == code)?;
        bill.expire_if_due(Utc::now());
        Some(bill)
    }
}

/// Why a test control cannot act on a bill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ControlError {
    /// There is no such bill.
    NoBill(String),
    /// The bill is no longer pending.
    NotPending {
        /// The bill code.
        code: String,
        /// Its status.
        status: BillStatus,
    },
    /// A sign-in could not go on (an unknown client or customer, a bad
    /// authorize URL).
    SignIn(String),
}

impl std::fmt::Display for ControlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ControlError::NoBill(code) => write!(f, "no bill {code}"),
            ControlError::NotPending { code, status } => write!(f, "bill {code} is {status}, not pending"),
            ControlError::SignIn(reason) => write!(f, "the sign-in could not go on: {reason}"),
        }
    }
}

impl std::error::Error for ControlError {}

/// The state, shared by every request.
#[derive(Debug)]
pub struct Store {
    inner: Mutex<Inner>,
    initial_balance: u64,
}

impl Store {
    /// An empty state with the merchant's starting balance.
    pub fn new(balance: u64) -> Self {
        Self {
            inner: Mutex::new(Inner {
                balance,
                ..Inner::default()
            }),
            initial_balance: balance,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Creates a bill, or returns the bill already created with the same
    /// merchant reference when the request is the same.
    /// The same reference with other details is refused, naming it.
    pub fn create_bill(&self, request: BillRequest, lifetime: Duration) -> Result<Bill, ApiError> {
        let mut inner = self.lock();
        let reference = &request.merchant_reference;
        if let Some(existing) = inner.bills.iter().find(|b| b.request.merchant_reference == *reference) {
            return if existing.request == request {
                Ok(existing.clone())
            } else {
                Err(ApiError::field(
                    "merchant_reference",
                    format!("Already used by bill {} for another request.", existing.code),
                ))
            };
        }
        let now = Utc::now();
        let suffix = Alphanumeric.sample_string(&mut rand::rng(), 10).to_ascii_uppercase();
        let bill = Bill {
            code: format!("BILL-{}-{suffix}", now.format("%Y%m%d")),
            request,
            state: BillStatus::Pending,
            bank_reference: None,
            error_message: None,
            created_at: now,
            expires_at: now + lifetime,
        };
        inner.bills.push(bill.clone());
        Ok(bill)
    }

    /// The bill with `code`; when `merchant_reference` is given too, it
    /// must be that bill's. Without a code, the bill with the reference.
    pub fn find_bill(&self, code: Option<&str>, merchant_reference: Option<&str>) -> Result<Bill, ApiError> {
        let mut inner = self.lock();
        let code = match code {
            Some(code) => code.to_owned(),
            None => inner
                .bills
                .iter()
                .find(|bill| Some(bill.request.merchant_reference.as_str()) == merchant_reference)
                .map(|bill| bill.code.clone())
                .ok_or_else(ApiError::not_found)?,
        };
        let bill = inner.bill_mut(&code).ok_or_else(ApiError::not_found)?;
        match merchant_reference {
            Some(reference) if reference != bill.request.merchant_reference => Err(ApiError::not_found()),
            _ => Ok(bill.clone()),
        }
    }

    /// The customer pays a pending bill (`failure`: the payment fails with
    /// that message). Refused when the bill is not pending.
    pub fn pay_bill(&self, code: &str, failure: Option<String>) -> Result<Bill, ControlError> {
        let mut inner = self.lock();
        let sequence = inner.next();
        let bill = pending(inner.bill_mut(code), code)?;
        match failure {
            Some(message) => {
                bill.state = BillStatus::Error;
                bill.error_message = Some(message);
            }
            None => {
                bill.state = BillStatus::Paid;
                bill.bank_reference = Some(format!("SBX.BIL-{sequence}.01"));
            }
        }
        let bill = bill.clone();
        if bill.state == BillStatus::Paid {
            inner.balance += bill.request.amount;
        }
        Ok(bill)
    }

    /// Expires a pending bill now.
    pub fn expire_bill(&self, code: &str) -> Result<Bill, ControlError> {
        let mut inner = self.lock();
        let bill = pending(inner.bill_mut(code), code)?;
        bill.state = BillStatus::Expired;
        Ok(bill.clone())
    }

    /// Refunds a paid bill (the merchant answered the callback `"error": true`).
    pub fn refund_bill(&self, code: &str) {
        let mut inner = self.lock();
        let Some(bill) = inner.bill_mut(code).filter(|bill| bill.state == BillStatus::Paid) else {
            return;
        };
        bill.state = BillStatus::Canceled;
        let amount = bill.request.amount;
        inner.balance = inner.balance.saturating_sub(amount);
    }

    /// Records a cash-in, accepted when the balance covers it. A repeated
    /// merchant reference gets the first cash-in again when the request is
    /// the same, and is refused, naming it, otherwise.
    pub fn cash_in(&self, request: CashInRequest, generation: Generation) -> Result<CashIn, ApiError> {
        let mut inner = self.lock();
        let reference = &request.merchant_reference;
        if let Some(existing) = inner
            .cash_ins
            .iter()
            .find(|c| c.request.merchant_reference == *reference)
        {
            return if existing.request == request {
                Ok(existing.clone())
            } else {
                Err(ApiError::field(
                    "merchant_reference",
                    "Already used by another cash-in.",
                ))
            };
        }
        let sequence = inner.next();
        let accepted = request.amount <= inner.balance;
        if accepted {
            inner.balance -= request.amount;
        }
        let cash_in = CashIn {
            request,
            generation,
            accepted,
            reference: accepted.then(|| format!("CPT-{sequence}/01-{}", sequence % 1000)),
            created_at: Utc::now(),
        };
        inner.cash_ins.push(cash_in.clone());
        Ok(cash_in)
    }

    /// Records one callback delivery attempt.
    pub fn record_callback(&self, attempt: CallbackAttempt) {
        self.lock().callbacks.push(attempt);
    }

    /// Everything, as `GET /_sandbox/state` shows it, with the count of
    /// tokens issued.
    pub fn snapshot(&self, tokens_issued: u64) -> Snapshot {
        let mut inner = self.lock();
        let now = Utc::now();
        for bill in &mut inner.bills {
            bill.expire_if_due(now);
        }
        Snapshot {
            bills: inner.bills.clone(),
            cash_ins: inner.cash_ins.clone(),
            callbacks: inner.callbacks.clone(),
            balance: inner.balance,
            tokens_issued,
        }
    }

    /// Forgets every bill, cash-in and callback, and restores the balance.
    /// Tokens stay valid, so that connected clients go on working.
    pub fn reset(&self) {
        let mut inner = self.lock();
        inner.bills.clear();
        inner.cash_ins.clear();
        inner.callbacks.clear();
        inner.balance = self.initial_balance;
    }
}

/// The bill, if it exists and is pending.
fn pending<'a>(bill: Option<&'a mut Bill>, code: &str) -> Result<&'a mut Bill, ControlError> {
    match bill {
        None => Err(ControlError::NoBill(code.to_owned())),
        Some(bill) if bill.state != BillStatus::Pending => Err(ControlError::NotPending {
            code: code.to_owned(),
            status: bill.state.clone(),
        }),
        Some(bill) => Ok(bill),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: Duration = Duration::from_secs(60);

    fn new_bill(reference: &str, amount: u64) -> BillRequest {
        BillRequest {
            merchant_reference: reference.into(),
            amount,
            description: "d".into(),
            bank: "MF1-0001".into(),
            customer: "000001-01".into(),
            redirect_uri: None,
            generation: Generation::First,
        }
    }

    #[test]
    fn a_bill_moves_from_pending_to_paid_once() {
        let store = Store::new(0);
        let bill = store.create_bill(new_bill("r-1", 2000), MINUTE).unwrap();
        assert!(bill.code.starts_with("BILL-") && bill.code.len() == "BILL-YYYYMMDD-XXXXXXXXXX".len());
        let paid = store.pay_bill(&bill.code, None).unwrap();
        assert_eq!(paid.state, BillStatus::Paid);
        assert!(paid.bank_reference.is_some());
        assert!(store.pay_bill(&bill.code, None).is_err());
        assert!(store.expire_bill(&bill.code).is_err());
        assert_eq!(store.snapshot(0).balance, 2000);
        store.refund_bill(&bill.code);
        assert_eq!(
            store.find_bill(Some(&bill.code), None).unwrap().state,
            BillStatus::Canceled
        );
        assert_eq!(store.snapshot(0).balance, 0);
    }

    #[test]
    fn a_repeated_reference_never_creates_a_second_bill() {
        let store = Store::new(0);
        let first = store.create_bill(new_bill("r-1", 2000), MINUTE).unwrap();
        let again = store.create_bill(new_bill("r-1", 2000), MINUTE).unwrap();
        assert_eq!(again.code, first.code);
        assert!(store.create_bill(new_bill("r-1", 3000), MINUTE).is_err());
        assert_eq!(store.snapshot(0).bills.len(), 1);
    }

    #[test]
    fn bills_expire_when_their_time_is_up() {
        let store = Store::new(0);
        let bill = store.create_bill(new_bill("r-1", 2000), Duration::ZERO).unwrap();
        assert_eq!(
            store.find_bill(Some(&bill.code), None).unwrap().state,
            BillStatus::Expired
        );
        assert!(store.pay_bill(&bill.code, None).is_err());
    }

    #[test]
    fn bills_are_found_by_code_and_reference_together() {
        let store = Store::new(0);
        let bill = store.create_bill(new_bill("r-1", 2000), MINUTE).unwrap();
        assert!(store.find_bill(Some(&bill.code), Some("r-1")).is_ok());
        assert!(store.find_bill(None, Some("r-1")).is_ok());
        assert!(store.find_bill(Some(&bill.code), Some("r-2")).is_err());
        assert!(store.find_bill(Some("BILL-00000000-NOPE"), None).is_err());
    }

    #[test]
    fn a_cash_in_needs_the_balance_and_is_kept_once() {
        let store = Store::new(1000);
        let cash_in = |reference: &str, amount| {
            let request = CashInRequest {
                merchant_reference: reference.into(),
                bank: "MF1-0001".into(),
                account: "000001-01".into(),
                amount,
                description: "d".into(),
            };
            store.cash_in(request, Generation::First)
        };
        assert!(cash_in("c-1", 600).unwrap().accepted);
        assert!(!cash_in("c-2", 600).unwrap().accepted);
        let repeated = cash_in("c-1", 600).unwrap().reference;
        assert_eq!(repeated.as_deref().map(|r| r.starts_with("CPT-")), Some(true));
        assert!(cash_in("c-1", 700).is_err());
        assert_eq!(store.snapshot(0).balance, 400);
        assert_eq!(store.snapshot(0).cash_ins.len(), 2);
    }
}
