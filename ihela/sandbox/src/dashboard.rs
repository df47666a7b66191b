//! The dashboard (`GET /_sandbox/`, written by `pesa_sandbox::dashboard`):
//! the bills, the callback deliveries and the merchant's answers, the
//! cash-ins and the banking accounts, with a button per test control (pay,
//! fail, expire, deliver the callback again).

use ihela::types::BillStatus;
use pesa_sandbox::dashboard::{self, Button, Page, Row, Tone};

use crate::controls::paths;
use crate::controls::types::{BankingSnapshot, BillRecord, CallbackAttempt, Snapshot};

/// The page, from what the sandbox holds.
pub fn page(state: &Snapshot, banking: &BankingSnapshot, base_url: &str) -> String {
    let summary = format!(
        "{base_url} · balance {} BIF · {} tokens issued",
        state.balance, state.tokens_issued
    );
    let mut page = Page::new("iHela sandbox", &summary);
    page.table(
        "Bills",
        "bills",
        &["code", "reference", "amount", "customer", "status", "callback"],
        state.bills.iter().rev().map(|bill| bill_row(bill, &state.callbacks)),
    );
    page.table(
        "Callback deliveries",
        "callbacks",
        &["bill", "attempt", "sent", "merchant's status", "merchant's answer"],
        state.callbacks.iter().rev().map(|attempt| {
            let answer = attempt
                .answer
                .as_ref()
                .map(|a| serde_json::to_string(a).unwrap_or_default());
            Row::new(attempt.bill_code.as_str())
                .cell(attempt.bill_code.as_str())
                .cell(attempt.attempt)
                .cell(if attempt.request.error { "failed" } else { "paid" })
                .cell(answered(attempt))
                .cell(answer.unwrap_or_default())
        }),
    );
    page.table(
        "Cash-ins",
        "cash-ins",
        &[
            "reference",
            "bank",
            "account",
            "amount",
            "accepted",
            "iHela's reference",
        ],
        state.cash_ins.iter().rev().map(|cash_in| {
            Row::new(cash_in.merchant_reference.as_str())
                .cell(cash_in.merchant_reference.as_str())
                .cell(cash_in.bank.as_str())
                .cell(cash_in.account.as_str())
                .cell(cash_in.amount)
                .cell(cash_in.accepted)
                .cell(cash_in.reference.as_deref().unwrap_or("-"))
        }),
    );
    page.table(
        "Banking and agent accounts",
        "accounts",
        &["account", "holder", "balance"],
        banking.accounts.iter().map(|account| {
            Row::new(&account.account_number)
                .cell(&account.account_number)
                .cell(&account.holder)
                .cell(account.balance)
        }),
    );
    page.note(&format!("{} banking operations", banking.operations.len()));
    page.finish()
}

/// The merchant's status of an attempt, or why there was none.
fn answered(attempt: &CallbackAttempt) -> String {
    dashboard::answered(attempt.status, attempt.error.as_deref())
}

/// A bill's row: its last delivery and the controls that apply to it now.
fn bill_row(bill: &BillRecord, callbacks: &[CallbackAttempt]) -> Row {
    let answers: Vec<String> = callbacks
        .iter()
        .filter(|attempt| attempt.bill_code == bill.code)
        .map(answered)
        .collect();
    let code = bill.code.as_str();
    let (tone, buttons) = match bill.state {
        BillStatus::Pending | BillStatus::Initiated | BillStatus::Initial => (
            Tone::Plain,
            vec![
                Button::new("Pay", paths::pay_bill(code), "{}"),
                Button::new(
                    "Fail",
                    paths::pay_bill(code),
                    r#"{"error": true, "error_message": "Failed in the dashboard"}"#,
                ),
                Button::new("Expire", paths::expire_bill(code), "{}"),
            ],
        ),
        BillStatus::Paid => (
            Tone::Good,
            vec![Button::new(
                "Deliver the callback again",
                paths::replay_callback(code),
                "{}",
            )],
        ),
        BillStatus::Error => (
            Tone::Bad,
            vec![Button::new(
                "Deliver the callback again",
                paths::replay_callback(code),
                "{}",
            )],
        ),
        _ => (Tone::Bad, Vec::new()),
    };
    Row::new(code)
        .cell(code)
        .cell(bill.merchant_reference.as_str())
        .cell(bill.amount)
        .cell(&bill.customer)
        .marked("status", &bill.state, tone)
        .marked("callback", dashboard::deliveries(&answers), Tone::Plain)
        .buttons(buttons)
}
