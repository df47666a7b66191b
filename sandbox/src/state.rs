//! The sandbox's state: tokens, bills, cash-ins, callbacks delivered, and
//! the merchant's balance. One lock, never held across an `await`.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rand::distr::{Alphanumeric, SampleString};
use serde::Serialize;
use serde_json::{Value, json};

use crate::fields::ApiError;

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

/// Where a bill stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BillState {
    /// Waiting for the customer.
    Pending,
    /// Paid by the customer.
    Paid,
    /// Not paid in time.
    Expired,
    /// The payment failed.
    Failed,
    /// Paid, then refunded because the merchant answered the callback with `"error": true`.
    Refunded,
}

impl BillState {
    /// The status as bill verify and bill check spell it.
    pub fn status(self) -> &'static str {
        match self {
            BillState::Pending => "Pending",
            BillState::Paid => "Paid",
            BillState::Expired => "Expired",
            BillState::Failed => "Error",
            BillState::Refunded => "Canceled",
        }
    }

    /// The status object of a full bill: label, value, css.
    fn status_info(self) -> Value {
        let (label, value, css) = match self {
            BillState::Pending => ("Initiated", "I", "warning"),
            BillState::Paid => ("Paid", "P", "success"),
            BillState::Expired => ("Expired", "E", "secondary"),
            BillState::Failed => ("Error", "F", "danger"),
            BillState::Refunded => ("Canceled", "C", "secondary"),
        };
        json!({"label": label, "value": value, "css": css})
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
    /// Where it stands.
    pub state: BillState,
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
    pub fn to_json(&self, base_url: &str) -> Value {
        let merchant_user = json!({"username": "sandbox-merchant", "email": "merchant@sandbox.invalid",
                                   "ihela_code": "SBX-MERCHANT", "bio": null, "image": null, "following": false});
        json!({
            "merchant": {"title": "Sandbox merchant", "merchant": {
                "id": 1, "title": "Sandbox merchant",
                "merchant_type": {"label": "Online shop", "value": "O", "css": "info"},
                "merchant_slug": "sandbox-merchant", "merchant_logo": null, "merchant_code": 1},
                "user": merchant_user},
            "initiated_by": merchant_user,
            "paid_by": null,
            "amount": crate::data::amount(self.request.amount),
            "currency": 108,
            "currency_info": {"iso_code": 108, "iso_alpha_code": "BIF", "title": "Burundian franc",
                              "abbreviation": "FBu", "operation_min_amount": "1.00"},
            "description": self.request.description,
            "merchant_reference": self.request.merchant_reference,
            "status": self.state.status_info(),
            "expired": self.state == BillState::Expired,
            "code": self.code,
            "redirect_uri": self.request.redirect_uri,
            "confirmation_uri": self.confirmation_uri(base_url),
            "payment_reference": self.bank_reference,
            "created_at": self.created_at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        })
    }

    /// A pending bill whose time is up at `now` becomes expired.
    fn expire_if_due(&mut self, now: DateTime<Utc>) {
        if self.state == BillState::Pending && now >= self.expires_at {
            self.state = BillState::Expired;
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

/// The envelope code of a refused cash-in: insufficient funds.
pub const INSUFFICIENT_FUNDS: &str = "05";

/// One delivery attempt of a callback.
#[derive(Debug, Clone, Serialize)]
pub struct CallbackAttempt {
    /// The bill.
    pub bill_code: String,
    /// 1 for the first attempt.
    pub attempt: u32,
    /// The body sent.
    pub request: Value,
    /// The merchant's HTTP status, if it answered.
    pub status: Option<u16>,
    /// The merchant's answer, if it was JSON.
    pub answer: Option<Value>,
    /// Why there was no answer.
    pub error: Option<String>,
}

#[derive(Debug, Default)]
struct Inner {
    tokens: HashMap<String, DateTime<Utc>>,
    tokens_issued: u64,
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
        status: &'static str,
    },
}

impl std::fmt::Display for ControlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ControlError::NoBill(code) => write!(f, "no bill {code}"),
            ControlError::NotPending { code, status } => write!(f, "bill {code} is {status}, not pending"),
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

/// Why a token is refused.
pub const NO_CREDENTIALS: &str = "Authentication credentials were not provided.";
const INVALID_TOKEN: &str = "Invalid token.";
const EXPIRED_TOKEN: &str = "Token has expired.";

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

    /// A new random token valid for `lifetime`.
    pub fn issue_token(&self, lifetime: Duration) -> String {
        let token = Alphanumeric.sample_string(&mut rand::rng(), 40);
        let expires = Utc::now() + lifetime;
        let mut inner = self.lock();
        inner.tokens.insert(token.clone(), expires);
        inner.tokens_issued += 1;
        token
    }

    /// Every token issued so far.
    pub fn issued_tokens(&self) -> Vec<String> {
        self.lock().tokens.keys().cloned().collect()
    }

    /// Whether `token` is known and not expired; the 401 detail otherwise.
    pub fn check_token(&self, token: &str) -> Result<(), &'static str> {
        match self.lock().tokens.get(token) {
            None => Err(INVALID_TOKEN),
            Some(expires) if Utc::now() >= *expires => Err(EXPIRED_TOKEN),
            Some(_) => Ok(()),
        }
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
            state: BillState::Pending,
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
                bill.state = BillState::Failed;
                bill.error_message = Some(message);
            }
            None => {
                bill.state = BillState::Paid;
                bill.bank_reference = Some(format!("SBX.BIL-{sequence}.01"));
            }
        }
        let bill = bill.clone();
        if bill.state == BillState::Paid {
            inner.balance += bill.request.amount;
        }
        Ok(bill)
    }

    /// Expires a pending bill now.
    pub fn expire_bill(&self, code: &str) -> Result<Bill, ControlError> {
        let mut inner = self.lock();
        let bill = pending(inner.bill_mut(code), code)?;
        bill.state = BillState::Expired;
        Ok(bill.clone())
    }

    /// Refunds a paid bill (the merchant answered the callback `"error": true`).
    pub fn refund_bill(&self, code: &str) {
        let mut inner = self.lock();
        let Some(bill) = inner.bill_mut(code).filter(|bill| bill.state == BillState::Paid) else {
            return;
        };
        bill.state = BillState::Refunded;
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

    /// Everything, as `GET /_sandbox/state` shows it.
    pub fn snapshot(&self) -> Value {
        let mut inner = self.lock();
        let now = Utc::now();
        for bill in &mut inner.bills {
            bill.expire_if_due(now);
        }
        json!({
            "bills": inner.bills,
            "cash_ins": inner.cash_ins,
            "callbacks": inner.callbacks,
            "balance": inner.balance,
            "tokens_issued": inner.tokens_issued,
        })
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
        Some(bill) if bill.state != BillState::Pending => Err(ControlError::NotPending {
            code: code.to_owned(),
            status: bill.state.status(),
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
        assert_eq!(paid.state, BillState::Paid);
        assert!(paid.bank_reference.is_some());
        assert!(store.pay_bill(&bill.code, None).is_err());
        assert!(store.expire_bill(&bill.code).is_err());
        assert_eq!(store.snapshot()["balance"], 2000);
        store.refund_bill(&bill.code);
        assert_eq!(
            store.find_bill(Some(&bill.code), None).unwrap().state,
            BillState::Refunded
        );
        assert_eq!(store.snapshot()["balance"], 0);
    }

    #[test]
    fn a_repeated_reference_never_creates_a_second_bill() {
        let store = Store::new(0);
        let first = store.create_bill(new_bill("r-1", 2000), MINUTE).unwrap();
        let again = store.create_bill(new_bill("r-1", 2000), MINUTE).unwrap();
        assert_eq!(again.code, first.code);
        assert!(store.create_bill(new_bill("r-1", 3000), MINUTE).is_err());
        assert_eq!(store.snapshot()["bills"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn bills_expire_when_their_time_is_up() {
        let store = Store::new(0);
        let bill = store.create_bill(new_bill("r-1", 2000), Duration::ZERO).unwrap();
        assert_eq!(
            store.find_bill(Some(&bill.code), None).unwrap().state,
            BillState::Expired
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
        assert_eq!(store.snapshot()["balance"], 400);
        assert_eq!(store.snapshot()["cash_ins"].as_array().unwrap().len(), 2);
    }
}
