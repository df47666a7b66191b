//! The sandbox's state: bills, cash-ins, callbacks delivered, and the
//! merchant's balance (tokens are in `tokens.rs`), held as the controls'
//! generated records. One lock, never held across an `await`; "now" is the
//! sandbox's clock, given by the caller.

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use ihela::types::{AccountNumber, BankSlug, BillCode, BillStatus, Description, Francs, MerchantReference};
use rand::distr::{Alphanumeric, SampleString};

use crate::controls::types::{BillRecord, CallbackAttempt, CashInRecord, Generation, Snapshot};
use crate::errors::ApiError;

/// What a bill init asks for. A repeated init with the same merchant
/// reference must ask for the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillTerms {
    /// The merchant's reference.
    pub merchant_reference: MerchantReference,
    /// Whole francs.
    pub amount: Francs,
    /// The description.
    pub description: Description,
    /// The bank the customer pays from.
    pub bank: BankSlug,
    /// The customer: an iHela user, or an account or phone number in `bank`.
    pub customer: String,
    /// Where iHela sends the customer's browser after payment.
    pub redirect_uri: Option<String>,
    /// The API generation that asked.
    pub generation: Generation,
}

impl BillTerms {
    fn of(bill: &BillRecord) -> Self {
        Self {
            merchant_reference: bill.merchant_reference.clone(),
            amount: bill.amount,
            description: bill.description.clone(),
            bank: bill.bank.clone(),
            customer: bill.customer.clone(),
            redirect_uri: bill.redirect_uri.clone(),
            generation: bill.generation,
        }
    }
}

/// What a cash-in asks for. A repeated cash-in with the same merchant
/// reference must ask for the same (in either generation's names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutTerms {
    /// The merchant's reference.
    pub merchant_reference: MerchantReference,
    /// The bank credited.
    pub bank: BankSlug,
    /// The account credited.
    pub account: AccountNumber,
    /// Whole francs.
    pub amount: Francs,
    /// The description.
    pub description: Description,
}

impl PayoutTerms {
    fn of(cash_in: &CashInRecord) -> Self {
        Self {
            merchant_reference: cash_in.merchant_reference.clone(),
            bank: cash_in.bank.clone(),
            account: cash_in.account.clone(),
            amount: cash_in.amount,
            description: cash_in.description.clone(),
        }
    }
}

/// Why a test control cannot act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ControlError {
    /// There is no such bill.
    NoBill(BillCode),
    /// The bill is no longer pending.
    NotPending {
        /// The bill code.
        code: BillCode,
        /// Its status.
        status: BillStatus,
    },
    /// A sign-in could not go on (an unknown client or customer, a bad
    /// authorize URL).
    SignIn(String),
    /// A customer's cash-out request could not be made (no such account,
    /// not enough in it).
    CashOut(String),
    /// The bill's payment is not decided: it has no callback to deliver.
    NoCallback {
        /// The bill code.
        code: BillCode,
        /// Its status.
        status: BillStatus,
    },
}

impl std::fmt::Display for ControlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ControlError::NoBill(code) => write!(f, "no bill {code}"),
            ControlError::NotPending { code, status } => write!(f, "bill {code} is {status}, not pending"),
            ControlError::SignIn(reason) => write!(f, "the sign-in could not go on: {reason}"),
            ControlError::CashOut(reason) => write!(f, "no cash-out request: {reason}"),
            ControlError::NoCallback { code, status } => write!(f, "bill {code} is {status}: it has no callback"),
        }
    }
}

impl std::error::Error for ControlError {}

#[derive(Debug, Default)]
struct Inner {
    bills: Vec<BillRecord>,
    cash_ins: Vec<CashInRecord>,
    callbacks: Vec<CallbackAttempt>,
    balance: u64,
    sequence: u64,
}

impl Inner {
    fn next(&mut self) -> u64 {
        self.sequence += 1;
        self.sequence
    }

    /// The bill with `code`, expired first if its time is up at `now`.
    fn bill_mut(&mut self, code: &BillCode, now: DateTime<Utc>) -> Option<&mut BillRecord> {
        let bill = self.bills.iter_mut().find(|bill| bill.code == *code)?;
        expire_if_due(bill, now);
        Some(bill)
    }
}

/// A pending bill whose time is up at `now` becomes expired.
fn expire_if_due(bill: &mut BillRecord, now: DateTime<Utc>) {
    if bill.state == BillStatus::Pending && now >= bill.expires_at {
        bill.state = BillStatus::Expired;
    }
}

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

    /// Creates a bill at `now`, payable for `lifetime`, or returns the bill
    /// already created with the same merchant reference when the terms are
    /// the same. The same reference with other terms is refused, naming it.
    pub fn create_bill(
        &self,
        terms: BillTerms,
        lifetime: Duration,
        now: DateTime<Utc>,
    ) -> Result<BillRecord, ApiError> {
        let mut inner = self.lock();
        let reference = &terms.merchant_reference;
        if let Some(existing) = inner.bills.iter().find(|b| b.merchant_reference == *reference) {
            return if BillTerms::of(existing) == terms {
                Ok(existing.clone())
            } else {
                Err(ApiError::field(
                    pesa_sandbox::field!(terms.merchant_reference),
                    format!("Already used by bill {} for another request.", existing.code),
                ))
            };
        }
        let suffix = Alphanumeric.sample_string(&mut rand::rng(), 10).to_ascii_uppercase();
        let bill = BillRecord {
            code: crate::data::valid(&format!("BILL-{}-{suffix}", now.format("%Y%m%d"))),
            merchant_reference: terms.merchant_reference,
            amount: terms.amount,
            description: terms.description,
            bank: terms.bank,
            customer: terms.customer,
            redirect_uri: terms.redirect_uri,
            generation: terms.generation,
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
    pub fn find_bill(
        &self,
        code: Option<&BillCode>,
        merchant_reference: Option<&MerchantReference>,
        now: DateTime<Utc>,
    ) -> Result<BillRecord, ApiError> {
        let mut inner = self.lock();
        let code = match code {
            Some(code) => code.clone(),
            None => inner
                .bills
                .iter()
                .find(|bill| Some(&bill.merchant_reference) == merchant_reference)
                .map(|bill| bill.code.clone())
                .ok_or_else(ApiError::not_found)?,
        };
        let bill = inner.bill_mut(&code, now).ok_or_else(ApiError::not_found)?;
        match merchant_reference {
            Some(reference) if *reference != bill.merchant_reference => Err(ApiError::not_found()),
            _ => Ok(bill.clone()),
        }
    }

    /// The customer pays a pending bill (`failure`: the payment fails with
    /// that message). Refused when the bill is not pending.
    pub fn pay_bill(
        &self,
        code: &BillCode,
        failure: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<BillRecord, ControlError> {
        let mut inner = self.lock();
        let sequence = inner.next();
        let bill = pending(inner.bill_mut(code, now), code)?;
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
            inner.balance += bill.amount.get();
        }
        Ok(bill)
    }

    /// Expires a pending bill now.
    pub fn expire_bill(&self, code: &BillCode, now: DateTime<Utc>) -> Result<BillRecord, ControlError> {
        let mut inner = self.lock();
        let bill = pending(inner.bill_mut(code, now), code)?;
        bill.state = BillStatus::Expired;
        Ok(bill.clone())
    }

    /// Refunds a paid bill (the merchant answered the callback `"error": true`).
    pub fn refund_bill(&self, code: &BillCode, now: DateTime<Utc>) {
        let mut inner = self.lock();
        let Some(bill) = inner.bill_mut(code, now).filter(|bill| bill.state == BillStatus::Paid) else {
            return;
        };
        bill.state = BillStatus::Canceled;
        let amount = bill.amount.get();
        inner.balance = inner.balance.saturating_sub(amount);
    }

    /// Records a cash-in made at `now`, accepted when the balance covers
    /// it. A repeated merchant reference gets the first cash-in again when
    /// the terms are the same, and is refused, naming it, otherwise.
    pub fn cash_in(
        &self,
        terms: PayoutTerms,
        generation: Generation,
        now: DateTime<Utc>,
    ) -> Result<CashInRecord, ApiError> {
        let mut inner = self.lock();
        let reference = &terms.merchant_reference;
        if let Some(existing) = inner.cash_ins.iter().find(|c| c.merchant_reference == *reference) {
            return if PayoutTerms::of(existing) == terms {
                Ok(existing.clone())
            } else {
                Err(ApiError::field(
                    pesa_sandbox::field!(terms.merchant_reference),
                    "Already used by another cash-in.",
                ))
            };
        }
        let sequence = inner.next();
        let accepted = terms.amount.get() <= inner.balance;
        if accepted {
            inner.balance -= terms.amount.get();
        }
        let cash_in = CashInRecord {
            merchant_reference: terms.merchant_reference,
            bank: terms.bank,
            account: terms.account,
            amount: terms.amount,
            description: terms.description,
            generation,
            accepted,
            reference: accepted.then(|| format!("CPT-{sequence}/01-{}", sequence % 1000)),
            created_at: now,
        };
        inner.cash_ins.push(cash_in.clone());
        Ok(cash_in)
    }

    /// Records one callback delivery attempt.
    pub fn record_callback(&self, attempt: CallbackAttempt) {
        self.lock().callbacks.push(attempt);
    }

    /// Everything at `now`, as `GET /_sandbox/state` shows it, with the
    /// count of tokens issued.
    pub fn snapshot(&self, tokens_issued: u64, now: DateTime<Utc>) -> Snapshot {
        let mut inner = self.lock();
        for bill in &mut inner.bills {
            expire_if_due(bill, now);
        }
        Snapshot {
            bills: inner.bills.clone(),
            cash_ins: inner.cash_ins.clone(),
            callbacks: inner.callbacks.clone(),
            balance: i64::try_from(inner.balance).unwrap_or(i64::MAX),
            tokens_issued: i64::try_from(tokens_issued).unwrap_or(i64::MAX),
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
fn pending<'a>(bill: Option<&'a mut BillRecord>, code: &BillCode) -> Result<&'a mut BillRecord, ControlError> {
    match bill {
        None => Err(ControlError::NoBill(code.clone())),
        Some(bill) if bill.state != BillStatus::Pending => Err(ControlError::NotPending {
            code: code.clone(),
            status: bill.state.clone(),
        }),
        Some(bill) => Ok(bill),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::valid;

    const MINUTE: Duration = Duration::from_secs(60);

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-04T10:00:00Z").unwrap().to_utc()
    }

    fn new_bill(reference: &str, amount: u64) -> BillTerms {
        BillTerms {
            merchant_reference: valid(reference),
            amount: Francs::try_from(amount).unwrap(),
            description: valid("d"),
            bank: valid("MF1-0001"),
            customer: "000001-01".into(),
            redirect_uri: None,
            generation: Generation::Gen1,
        }
    }

    fn code(text: &str) -> BillCode {
        valid(text)
    }

    #[test]
    fn a_bill_moves_from_pending_to_paid_once() {
        let store = Store::new(0);
        let bill = store.create_bill(new_bill("r-1", 2000), MINUTE, now()).unwrap();
        assert!(bill.code.starts_with("BILL-20261204-") && bill.code.len() == "BILL-YYYYMMDD-XXXXXXXXXX".len());
        let paid = store.pay_bill(&bill.code, None, now()).unwrap();
        assert_eq!(paid.state, BillStatus::Paid);
        assert!(paid.bank_reference.is_some());
        assert!(store.pay_bill(&bill.code, None, now()).is_err());
        assert!(store.expire_bill(&bill.code, now()).is_err());
        assert_eq!(store.snapshot(0, now()).balance, 2000);
        store.refund_bill(&bill.code, now());
        let refunded = store.find_bill(Some(&bill.code), None, now()).unwrap();
        assert_eq!(refunded.state, BillStatus::Canceled);
        assert_eq!(store.snapshot(0, now()).balance, 0);
    }

    #[test]
    fn a_repeated_reference_never_creates_a_second_bill() {
        let store = Store::new(0);
        let first = store.create_bill(new_bill("r-1", 2000), MINUTE, now()).unwrap();
        let again = store.create_bill(new_bill("r-1", 2000), MINUTE, now()).unwrap();
        assert_eq!(again.code, first.code);
        assert!(store.create_bill(new_bill("r-1", 3000), MINUTE, now()).is_err());
        assert_eq!(store.snapshot(0, now()).bills.len(), 1);
    }

    #[test]
    fn bills_expire_when_the_clock_says_their_time_is_up() {
        let store = Store::new(0);
        let bill = store.create_bill(new_bill("r-1", 2000), MINUTE, now()).unwrap();
        let before = store.find_bill(Some(&bill.code), None, now() + MINUTE / 2).unwrap();
        assert_eq!(before.state, BillStatus::Pending);
        let after = store.find_bill(Some(&bill.code), None, now() + MINUTE).unwrap();
        assert_eq!(after.state, BillStatus::Expired);
        assert!(store.pay_bill(&bill.code, None, now()).is_err());
    }

    #[test]
    fn bills_are_found_by_code_and_reference_together() {
        let store = Store::new(0);
        let bill = store.create_bill(new_bill("r-1", 2000), MINUTE, now()).unwrap();
        assert!(store.find_bill(Some(&bill.code), Some(&valid("r-1")), now()).is_ok());
        assert!(store.find_bill(None, Some(&valid("r-1")), now()).is_ok());
        assert!(store.find_bill(Some(&bill.code), Some(&valid("r-2")), now()).is_err());
        assert!(store.find_bill(Some(&code("BILL-00000000-NOPE")), None, now()).is_err());
    }

    #[test]
    fn a_cash_in_needs_the_balance_and_is_kept_once() {
        let store = Store::new(1000);
        let cash_in = |reference: &str, amount| {
            let terms = PayoutTerms {
                merchant_reference: valid(reference),
                bank: valid("MF1-0001"),
                account: valid("000001-01"),
                amount: Francs::try_from(amount).unwrap(),
                description: valid("d"),
            };
            store.cash_in(terms, Generation::Gen1, now())
        };
        assert!(cash_in("c-1", 600).unwrap().accepted);
        assert!(!cash_in("c-2", 600).unwrap().accepted);
        let repeated = cash_in("c-1", 600).unwrap().reference;
        assert_eq!(repeated.as_deref().map(|r| r.starts_with("CPT-")), Some(true));
        assert!(cash_in("c-1", 700).is_err());
        assert_eq!(store.snapshot(0, now()).balance, 400);
        assert_eq!(store.snapshot(0, now()).cash_ins.len(), 2);
    }
}
