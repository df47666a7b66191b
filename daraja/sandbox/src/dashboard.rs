//! The dashboard (`GET /_sandbox/`, written by `pesa_sandbox::dashboard`):
//! the STK pushes with a button per answer of the customer's (pay,
//! cancel, wrong PIN, unreachable), the asynchronous requests and their
//! results, the C2B payments, every callback delivery with the merchant's
//! answer, and the balances. Phone numbers are shown masked.

use daraja::StkResultCode;
use daraja::callback::decode_stk_callback;
use pesa_sandbox::dashboard::{self, Button, Page, Row, Tone};

use crate::controls::paths;
use crate::controls::types::{CallbackKind, Delivery, PushRecord, Snapshot, StkAnswer, StkOutcome};

/// The page, from what the sandbox holds.
pub fn page(state: &Snapshot) -> String {
    let summary = format!(
        "utility balance KES {}, working KES {} · {} tokens issued",
        state.balances.utility, state.balances.working, state.tokens_issued
    );
    let mut page = Page::new("Daraja sandbox", &summary);
    page.table(
        "STK pushes",
        "pushes",
        &["checkout request", "account", "amount", "phone", "status", "callback"],
        state.pushes.iter().rev().map(|push| push_row(push, &state.deliveries)),
    );
    page.table(
        "Requests (B2C, B2B, status, balance, reversal)",
        "requests",
        &["kind", "originator conversation", "amount", "result", "receipt"],
        state.requests.iter().rev().map(|request| {
            let tone = if request.result_code == daraja::ResultCode::Completed {
                Tone::Good
            } else {
                Tone::Bad
            };
            Row::new(request.originator_conversation_id.as_str())
                .cell(request.kind)
                .cell(request.originator_conversation_id.as_str())
                .cell(request.amount.map_or_else(|| "-".to_owned(), |a| a.to_string()))
                .marked("status", &request.result_code, tone)
                .cell(request.receipt.as_ref().map_or("-", |r| r.as_str()))
        }),
    );
    page.table(
        "C2B payments",
        "c2b",
        &["receipt", "shortcode", "phone", "amount", "account", "state"],
        state.c2b_payments.iter().rev().map(|payment| {
            Row::new(payment.receipt.as_str())
                .cell(payment.receipt.as_str())
                .cell(payment.shortcode.as_str())
                .cell(payment.phone.masked())
                .cell(payment.amount)
                .cell(payment.account.as_deref().unwrap_or("-"))
                .marked("status", payment.state, Tone::Plain)
        }),
    );
    page.table(
        "Callback deliveries",
        "callbacks",
        &["kind", "URL", "attempt", "merchant's status", "merchant's answer"],
        state.deliveries.iter().rev().map(|delivery| {
            let answer = delivery
                .answer
                .as_ref()
                .map(|a| serde_json::to_string(a).unwrap_or_default());
            Row::new(&delivery.url)
                .cell(delivery.kind)
                .cell(&delivery.url)
                .cell(delivery.attempt)
                .cell(answered(delivery))
                .cell(answer.unwrap_or_default())
        }),
    );
    page.finish()
}

/// The merchant's status of a delivery, or why there was none.
fn answered(delivery: &Delivery) -> String {
    dashboard::answered(delivery.status, delivery.error.as_deref())
}

/// A push's row: its last callback delivery, and the customer's answers
/// while it is pending.
fn push_row(push: &PushRecord, deliveries: &[Delivery]) -> Row {
    let id = push.checkout_request_id.as_str();
    let answers: Vec<String> = deliveries
        .iter()
        .filter(|delivery| delivery.kind == CallbackKind::Stk)
        .filter(|delivery| {
            let body = serde_json::to_vec(&delivery.body).unwrap_or_default();
            decode_stk_callback(&body).is_ok_and(|callback| callback.checkout_request_id == push.checkout_request_id)
        })
        .map(answered)
        .collect();
    let (status, tone, buttons) = match &push.result_code {
        None => {
            let answer = |label: &str, outcome: StkOutcome| {
                let body = serde_json::to_string(&StkAnswer { outcome }).unwrap_or_default();
                Button::new(label, paths::answer_stk(id), body)
            };
            let buttons = vec![
                answer("Pay", StkOutcome::Paid),
                answer("Cancel", StkOutcome::Cancelled),
                answer("Wrong PIN", StkOutcome::WrongPin),
                answer("Unreachable", StkOutcome::Unreachable),
            ];
            ("pending".to_owned(), Tone::Plain, buttons)
        }
        Some(StkResultCode::Paid) => ("paid".to_owned(), Tone::Good, Vec::new()),
        Some(code) => (format!("failed ({code})"), Tone::Bad, Vec::new()),
    };
    Row::new(id)
        .cell(id)
        .cell(&push.account_reference)
        .cell(push.amount)
        .cell(push.phone.masked())
        .marked("status", status, tone)
        .marked("callback", dashboard::deliveries(&answers), Tone::Plain)
        .buttons(buttons)
}
