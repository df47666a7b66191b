//! The banking and agent services' books: accounts and their balances,
//! the operations carried out (each a line on the statements of the
//! accounts it moved), and the customers' cash-out requests. One lock,
//! never held across an `await`; "now" is the sandbox's clock, given by
//! the caller. A refused operation changes nothing and is not kept, so its
//! reference may be sent again.

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rand::distr::{Alphanumeric, SampleString};

use ihela::Francs;

use super::OpeningAccount;
use pesa_sandbox::field;

use crate::controls::types::{
    BankAccountRecord, BankingOperationKind as Kind, BankingOperationRecord, BankingSnapshot, CashOutAsk,
    CashOutRequestRecord,
};

/// Why an operation is not carried out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// No account with this number (which field named it).
    NoAccount(&'static str, String),
    /// The account debited holds less than the amount and its fee.
    Insufficient,
    /// The reference was used for another operation.
    Duplicate,
    /// Not as asked: another holder, a spent code, another amount.
    Invalid(String),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::NoAccount(field, number) => write!(f, "{field}: no account {number}"),
            Refused::Insufficient => f.write_str("insufficient funds"),
            Refused::Duplicate => f.write_str("the reference was used for another operation"),
            Refused::Invalid(why) => f.write_str(why),
        }
    }
}

/// An operation asked for: what moves, between which accounts.
#[derive(Debug, Clone)]
pub struct Asked<'a> {
    /// What it does.
    pub kind: Kind,
    /// The partner's or agent's username.
    pub by: &'a str,
    /// The partner's or agent's own account (settlement, float).
    pub own_account: &'a str,
    /// The customer's account, and the field that named it; for a
    /// cash-out, the account of the request its code names.
    pub account: (&'static str, &'a str),
    /// A cash-out's validation code (from the lookup).
    pub code: Option<&'a str>,
    /// The holder's name as the caller has it, and its field; `None` when
    /// the request names none (a cash-out).
    pub holder: Option<(&'static str, &'a str)>,
    /// The amount.
    pub amount: Francs,
    /// The fee charged to the customer's account.
    pub fee: u64,
    /// The caller's reference.
    pub external_reference: &'a str,
    /// What it is for.
    pub description: &'a str,
}

/// One line of a statement.
#[derive(Debug, Clone)]
pub struct Line {
    /// The account.
    pub account: String,
    /// iHela's reference of the operation.
    pub reference: String,
    /// The caller's reference.
    pub external_reference: String,
    /// What kind of operation, or `fee`.
    pub operation_type: String,
    /// Francs in (positive) or out (negative).
    pub amount: i64,
    /// The balance after it.
    pub balance_after: u64,
    /// What it was for.
    pub description: String,
    /// When.
    pub date: DateTime<Utc>,
}

#[derive(Debug)]
struct Inner {
    opening: Vec<OpeningAccount>,
    accounts: Vec<BankAccountRecord>,
    operations: Vec<BankingOperationRecord>,
    lines: Vec<Line>,
    requests: Vec<CashOutRequestRecord>,
}

/// The books, shared by every request.
#[derive(Debug)]
pub struct Ledger {
    inner: Mutex<Inner>,
}

impl Ledger {
    /// Books with `opening` accounts.
    pub fn new(opening: Vec<OpeningAccount>) -> Self {
        let accounts = opened(&opening);
        Self {
            inner: Mutex::new(Inner {
                opening,
                accounts,
                operations: Vec::new(),
                lines: Vec::new(),
                requests: Vec::new(),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The account `number`.
    pub fn account(&self, number: &str) -> Option<BankAccountRecord> {
        self.lock()
            .accounts
            .iter()
            .find(|a| a.account_number == number)
            .cloned()
    }

    /// The operation made by `by` under `external_reference`, or with
    /// iHela's `reference`.
    pub fn operation(&self, by: &str, external_reference: &str, reference: &str) -> Option<BankingOperationRecord> {
        self.lock()
            .operations
            .iter()
            .find(|op| {
                (op.by == by && !external_reference.is_empty() && op.external_reference == external_reference)
                    || (!reference.is_empty() && op.reference == reference)
            })
            .cloned()
    }

    /// The last `count` lines of `account`'s statement, newest first.
    pub fn statement(&self, account: &str, count: usize) -> Vec<Line> {
        let inner = self.lock();
        inner
            .lines
            .iter()
            .rev()
            .filter(|line| line.account == account)
            .take(count)
            .cloned()
            .collect()
    }

    /// Carries out `asked` at `now`, or answers the operation its reference
    /// made before when it asked the same (`true`: a repeat).
    ///
    /// # Errors
    /// Why it is not carried out; nothing changes then.
    pub fn carry_out(&self, asked: &Asked<'_>, now: DateTime<Utc>) -> Result<(BankingOperationRecord, bool), Refused> {
        let mut inner = self.lock();
        if let Some(before) = inner.repeat(asked)? {
            return Ok((before, true));
        }
        let request = asked
            .code
            .map(|code| inner.looked_up(code, asked.amount, now))
            .transpose()?;
        let (field, number) = asked.account;
        let number = match request {
            Some(index) => inner.requests[index].account_number.clone(),
            None => number.to_owned(),
        };
        let number = number.as_str();
        let customer = inner
            .index(number)
            .ok_or(Refused::NoAccount(field, number.to_owned()))?;
        if let Some((field, holder)) = asked.holder
            && !inner.accounts[customer].holder.eq_ignore_ascii_case(holder.trim())
        {
            return Err(Refused::Invalid(format!("{field}: not the holder of {number}.")));
        }
        let own = inner
            .index(asked.own_account)
            .ok_or_else(|| Refused::NoAccount("account", asked.own_account.to_owned()))?;
        // Into the customer's account from the caller's, or out of it into the caller's.
        let into_customer = matches!(asked.kind, Kind::Deposit | Kind::AgentDeposit);
        let amount = asked.amount.get();
        let (from, to, debited) = if into_customer {
            (own, customer, amount)
        } else {
            (customer, own, amount + asked.fee)
        };
        if inner.accounts[from].balance < i64::try_from(debited).unwrap_or(i64::MAX) {
            return Err(Refused::Insufficient);
        }
        let record = BankingOperationRecord {
            reference: format!("{}-{:06}", prefix(asked.kind), inner.operations.len() + 1),
            external_reference: asked.external_reference.to_owned(),
            kind: asked.kind,
            account_number: number.to_owned(),
            amount: asked.amount,
            fee: signed(asked.fee),
            by: asked.by.to_owned(),
            created_at: now,
        };
        let kind = asked.kind.to_string();
        inner.post(from, -signed(amount), &kind, &record, asked.description);
        if asked.fee > 0 {
            inner.post(customer, -signed(asked.fee), "fee", &record, asked.description);
        }
        inner.post(to, signed(amount), &kind, &record, asked.description);
        if let Some(index) = request {
            inner.requests[index].paid_under = Some(record.external_reference.clone());
        }
        inner.operations.push(record.clone());
        Ok((record, false))
    }

    /// A customer's request to withdraw `amount` from `account` at an
    /// agent: its codes, working until `now + ttl`.
    ///
    /// # Errors
    /// No such account; a balance below the amount.
    pub fn request_cash_out(
        &self,
        account: &str,
        amount: Francs,
        (now, ttl): (DateTime<Utc>, Duration),
    ) -> Result<CashOutRequestRecord, Refused> {
        let mut inner = self.lock();
        let index = inner
            .index(account)
            .ok_or_else(|| Refused::NoAccount(field!(CashOutAsk, account_number), account.to_owned()))?;
        if inner.accounts[index].balance < signed(amount.get()) {
            return Err(Refused::Insufficient);
        }
        let mut rng = rand::rng();
        let request = CashOutRequestRecord {
            operation_code: format!("{:08}", rand::Rng::random_range(&mut rng, 0..100_000_000u32)),
            validation_operation_code: format!("VAL-{}", Alphanumeric.sample_string(&mut rng, 12).to_uppercase()),
            account_number: account.to_owned(),
            amount,
            expires_at: now + ttl,
            looked_up: false,
            paid_under: None,
        };
        inner.requests.push(request.clone());
        Ok(request)
    }

    /// The agent looks up the request of `operation_code` for `amount`:
    /// found, pending, unexpired and for that amount.
    ///
    /// # Errors
    /// [`Refused::Invalid`] otherwise.
    pub fn look_up(
        &self,
        operation_code: &str,
        amount: Francs,
        now: DateTime<Utc>,
    ) -> Result<CashOutRequestRecord, Refused> {
        let mut inner = self.lock();
        let request = inner
            .requests
            .iter_mut()
            .find(|r| r.operation_code == operation_code)
            .ok_or_else(|| Refused::Invalid(format!("No withdrawal with the code {operation_code}.")))?;
        usable(request, amount, now)?;
        request.looked_up = true;
        Ok(request.clone())
    }

    /// Everything held.
    pub fn snapshot(&self) -> BankingSnapshot {
        let inner = self.lock();
        BankingSnapshot {
            accounts: inner.accounts.clone(),
            operations: inner.operations.clone(),
            cash_out_requests: inner.requests.clone(),
        }
    }

    /// Back to the opening balances, nothing carried out or requested.
    pub fn reset(&self) {
        let mut inner = self.lock();
        inner.accounts = opened(&inner.opening);
        inner.operations.clear();
        inner.lines.clear();
        inner.requests.clear();
    }
}

impl Inner {
    fn index(&self, number: &str) -> Option<usize> {
        self.accounts.iter().position(|a| a.account_number == number)
    }

    /// The request a lookup answered with `validation_code`, usable at
    /// `now` for `amount`.
    fn looked_up(&self, validation_code: &str, amount: Francs, now: DateTime<Utc>) -> Result<usize, Refused> {
        let index = self
            .requests
            .iter()
            .position(|r| r.validation_operation_code == validation_code && r.looked_up)
            .ok_or_else(|| Refused::Invalid(format!("No looked-up withdrawal with the code {validation_code}.")))?;
        usable(&self.requests[index], amount, now)?;
        Ok(index)
    }

    /// The operation `asked`'s reference made before, when it asked the
    /// same; a refusal when it asked something else.
    fn repeat(&self, asked: &Asked<'_>) -> Result<Option<BankingOperationRecord>, Refused> {
        let Some(before) = self
            .operations
            .iter()
            .find(|op| op.by == asked.by && op.external_reference == asked.external_reference)
        else {
            return Ok(None);
        };
        let same_account = match asked.code {
            Some(code) => self.requests.iter().any(|r| {
                r.validation_operation_code == code && r.paid_under.as_deref() == Some(asked.external_reference)
            }),
            None => before.account_number == asked.account.1,
        };
        let same = before.kind == asked.kind && same_account && before.amount == asked.amount;
        if same {
            Ok(Some(before.clone()))
        } else {
            Err(Refused::Duplicate)
        }
    }

    /// Moves `amount` on account `index` and writes the line.
    fn post(&mut self, index: usize, amount: i64, kind: &str, record: &BankingOperationRecord, description: &str) {
        let account = &mut self.accounts[index];
        account.balance += amount;
        let line = Line {
            account: account.account_number.clone(),
            reference: record.reference.clone(),
            external_reference: record.external_reference.clone(),
            operation_type: kind.to_owned(),
            amount,
            balance_after: u64::try_from(account.balance).unwrap_or(0),
            description: description.to_owned(),
            date: record.created_at,
        };
        self.lines.push(line);
    }
}

/// Whether a cash-out request can be paid now, for `amount`.
fn usable(request: &CashOutRequestRecord, amount: Francs, now: DateTime<Utc>) -> Result<(), Refused> {
    let code = &request.operation_code;
    if request.paid_under.is_some() {
        return Err(Refused::Invalid(format!("The withdrawal {code} was already paid.")));
    }
    if now >= request.expires_at {
        return Err(Refused::Invalid(format!("The withdrawal {code} expired.")));
    }
    if request.amount != amount {
        return Err(Refused::Invalid(format!(
            "The withdrawal {code} is for {} francs.",
            request.amount
        )));
    }
    Ok(())
}

fn opened(opening: &[OpeningAccount]) -> Vec<BankAccountRecord> {
    opening
        .iter()
        .map(|a| BankAccountRecord {
            account_number: a.number.clone(),
            holder: a.holder.clone(),
            balance: signed(a.balance),
        })
        .collect()
}

/// Francs as the records' signed integers (the sandbox's amounts are far
/// below `i64::MAX`).
fn signed(francs: u64) -> i64 {
    i64::try_from(francs).unwrap_or(i64::MAX)
}

/// The prefix of iHela's references of operations of `kind`.
fn prefix(kind: Kind) -> &'static str {
    match kind {
        Kind::Deposit => "DEP",
        Kind::Withdrawal => "WDR",
        Kind::AgentDeposit => "AGD",
        Kind::CashOut => "CSO",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-05T10:00:00Z").unwrap().to_utc()
    }

    fn ledger() -> Ledger {
        Ledger::new(vec![
            OpeningAccount::new("PARTNER", "Partner", 10_000),
            OpeningAccount::new("ACT-1", "John Doe", 1_000),
        ])
    }

    fn francs(amount: i64) -> Francs {
        Francs::new(amount).unwrap()
    }

    fn asked(kind: Kind, amount: i64, reference: &str) -> Asked<'_> {
        Asked {
            kind,
            by: "partner",
            own_account: "PARTNER",
            account: ("credit_account", "ACT-1"),
            holder: Some(("credit_account_holder", "john doe")),
            amount: francs(amount),
            fee: if kind == Kind::Withdrawal { 100 } else { 0 },
            code: None,
            external_reference: reference,
            description: "test",
        }
    }

    fn balance(ledger: &Ledger, account: &str) -> i64 {
        ledger.account(account).unwrap().balance
    }

    #[test]
    fn money_moves_between_accounts_once_per_reference() {
        let ledger = ledger();
        let (first, repeat) = ledger.carry_out(&asked(Kind::Deposit, 500, "R1"), now()).unwrap();
        assert!(!repeat);
        assert_eq!((balance(&ledger, "PARTNER"), balance(&ledger, "ACT-1")), (9_500, 1_500));
        let (again, repeat) = ledger.carry_out(&asked(Kind::Deposit, 500, "R1"), now()).unwrap();
        assert!(repeat);
        assert_eq!(again.reference, first.reference);
        assert_eq!(balance(&ledger, "ACT-1"), 1_500, "a repeat moves nothing");
        assert_eq!(
            ledger.carry_out(&asked(Kind::Deposit, 600, "R1"), now()).unwrap_err(),
            Refused::Duplicate
        );
        // A withdrawal takes its fee too; more than is there is refused and changes nothing.
        ledger.carry_out(&asked(Kind::Withdrawal, 400, "R2"), now()).unwrap();
        assert_eq!((balance(&ledger, "PARTNER"), balance(&ledger, "ACT-1")), (9_900, 1_000));
        assert_eq!(
            ledger
                .carry_out(&asked(Kind::Withdrawal, 950, "R3"), now())
                .unwrap_err(),
            Refused::Insufficient
        );
        assert_eq!(balance(&ledger, "ACT-1"), 1_000);
        let lines: Vec<i64> = ledger.statement("ACT-1", 10).iter().map(|l| l.amount).collect();
        assert_eq!(lines, vec![-100, -400, 500], "newest first, the fee its own line");
    }

    #[test]
    fn another_holder_or_account_is_refused() {
        let ledger = ledger();
        let mut wrong = asked(Kind::Deposit, 500, "R1");
        wrong.holder = Some(("credit_account_holder", "Jane Roe"));
        assert!(matches!(ledger.carry_out(&wrong, now()), Err(Refused::Invalid(_))));
        wrong.account = ("credit_account", "NOPE");
        assert_eq!(
            ledger.carry_out(&wrong, now()).unwrap_err(),
            Refused::NoAccount("credit_account", "NOPE".to_owned())
        );
    }

    #[test]
    fn a_cash_out_code_works_once_for_its_amount_until_it_expires() {
        let ledger = ledger();
        let minute = Duration::from_secs(60);
        let request = ledger.request_cash_out("ACT-1", francs(300), (now(), minute)).unwrap();
        let cash_out = |code: &str, reference: &'static str, at| {
            let mut asked = asked(Kind::CashOut, 300, reference);
            asked.holder = None;
            let code = code.to_owned();
            ledger.carry_out(
                &Asked {
                    code: Some(&code),
                    ..asked
                },
                at,
            )
        };
        let validation = request.validation_operation_code.clone();
        assert!(cash_out(&validation, "C1", now()).is_err(), "not looked up yet");
        assert!(ledger.look_up(&request.operation_code, francs(301), now()).is_err());
        ledger.look_up(&request.operation_code, francs(300), now()).unwrap();
        let (paid, _) = cash_out(&validation, "C1", now()).unwrap();
        assert_eq!(
            (paid.account_number.as_str(), balance(&ledger, "ACT-1")),
            ("ACT-1", 700)
        );
        assert!(
            cash_out(&validation, "C1", now()).unwrap().1,
            "the same reference: the first answer"
        );
        assert!(cash_out(&validation, "C2", now()).is_err(), "spent");
        assert!(
            ledger.look_up(&request.operation_code, francs(300), now()).is_err(),
            "spent"
        );
        let late = ledger.request_cash_out("ACT-1", francs(300), (now(), minute)).unwrap();
        assert!(
            ledger
                .look_up(&late.operation_code, francs(300), now() + minute)
                .is_err(),
            "expired"
        );
        assert_eq!(
            ledger
                .request_cash_out("ACT-1", francs(5_000), (now(), minute))
                .unwrap_err(),
            Refused::Insufficient
        );
    }
}
