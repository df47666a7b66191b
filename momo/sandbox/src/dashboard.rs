//! The dashboard (`GET /_sandbox/`, written by `pesa_sandbox::dashboard`):
//! every request (to pay, to withdraw, transfers, deposits, refunds…)
//! with buttons to settle a pending one (approve, reject, expire, fail),
//! every callback delivery with the merchant's answer, the API users and
//! the balances. Parties are shown masked.

use momo::types::Status;
use pesa_sandbox::dashboard::{self, Button, Page, Row, Tone};

use crate::controls::paths;
use crate::controls::types::{Delivery, RequestRecord, Settlement, SettlementOutcome, Snapshot};

/// The page, from what the sandbox holds.
pub fn page(state: &Snapshot) -> String {
    let balances = &state.balances;
    let summary = format!(
        "balances: collection {}, disbursement {}, remittance {} · {} tokens issued",
        balances.collection, balances.disbursement, balances.remittance, state.tokens_issued
    );
    let mut page = Page::new("MTN MoMo sandbox", &summary);
    page.table(
        "Requests",
        "requests",
        &[
            "reference",
            "kind",
            "external id",
            "amount",
            "party",
            "status",
            "callback",
        ],
        state
            .requests
            .iter()
            .rev()
            .map(|request| request_row(request, &state.deliveries)),
    );
    page.table(
        "Callback deliveries",
        "callbacks",
        &["request", "method", "URL", "merchant's status"],
        state.deliveries.iter().rev().map(|delivery| {
            Row::new(delivery.reference.as_str())
                .cell(delivery.reference.as_str())
                .cell(delivery.method)
                .cell(&delivery.url)
                .cell(answered(delivery))
        }),
    );
    page.table(
        "API users",
        "users",
        &["API user", "callback host", "has a key"],
        state.users.iter().map(|user| {
            Row::new(user.id.as_str())
                .cell(user.id.as_str())
                .cell(&user.callback_host)
                .cell(user.has_key)
        }),
    );
    page.finish()
}

/// The merchant's status of a delivery, or why there was none.
fn answered(delivery: &Delivery) -> String {
    dashboard::answered(delivery.status, delivery.error.as_deref())
}

/// A request's row: its last delivery, and the settlements while it is pending.
fn request_row(request: &RequestRecord, deliveries: &[Delivery]) -> Row {
    let reference = request.reference.as_str();
    let answers: Vec<String> = deliveries
        .iter()
        .filter(|delivery| delivery.reference == request.reference)
        .map(answered)
        .collect();
    let callback = match &request.callback_url {
        None => "none asked".to_owned(),
        Some(_) => dashboard::deliveries(&answers),
    };
    let (tone, buttons) = match &request.status {
        Status::Successful => (Tone::Good, Vec::new()),
        Status::Failed => (Tone::Bad, Vec::new()),
        _ => {
            let settle = |label: &str, outcome: SettlementOutcome| {
                let body = serde_json::to_string(&Settlement { outcome }).unwrap_or_default();
                Button::new(label, paths::settle_request(reference), body)
            };
            let buttons = vec![
                settle("Approve", SettlementOutcome::Approved),
                settle("Reject", SettlementOutcome::Rejected),
                settle("Expire", SettlementOutcome::Expired),
                settle("Fail", SettlementOutcome::Failed),
            ];
            (Tone::Plain, buttons)
        }
    };
    let status = match &request.reason {
        Some(reason) => format!("{} ({})", request.status, reason.code),
        None => request.status.to_string(),
    };
    Row::new(reference)
        .cell(reference)
        .cell(request.kind)
        .cell(&request.external_id)
        .cell(format!("{} {}", request.amount, request.currency))
        .cell(
            request
                .party
                .as_ref()
                .map_or_else(|| "-".to_owned(), |party| party.masked()),
        )
        .marked("status", status, tone)
        .marked("callback", callback, Tone::Plain)
        .buttons(buttons)
}
