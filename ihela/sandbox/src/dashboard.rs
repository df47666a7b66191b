//! The dashboard (`GET /_sandbox/`): one page listing the bills, the
//! callback deliveries and the merchant's answers, the cash-ins and the
//! banking accounts, with a button per test control (pay, fail, expire,
//! deliver the callback again). A few lines of plain JavaScript post the
//! controls and reload the page, which also reloads itself every two
//! seconds. Every value is escaped.

use std::fmt::Write as _;

use html_escape::encode_double_quoted_attribute as attribute;
use html_escape::encode_text as text;
use ihela::types::BillStatus;

use crate::controls::paths;
use crate::controls::types::{BankingSnapshot, BillRecord, CallbackAttempt, Snapshot};

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}\
table{border-collapse:collapse;margin-bottom:2rem}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}\
th{background:#f4f4f4}.Paid{color:#060}.Error,.Expired,.Canceled{color:#a00}button{margin-right:.3rem}\
.muted{color:#777}";

const SCRIPT: &str = "for (const button of document.querySelectorAll('button[data-action]')) {\
button.addEventListener('click', async () => {\
button.disabled = true;\
await fetch(button.dataset.action, {method: 'POST', headers: {'content-type': 'application/json'}, body: button.dataset.body || '{}'});\
location.reload();});}\
setTimeout(() => location.reload(), 2000);";

/// The page, from what the sandbox holds.
pub fn page(state: &Snapshot, banking: &BankingSnapshot, base_url: &str) -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>iHela sandbox</title>\
         <style>{STYLE}</style></head><body><h1>iHela sandbox</h1>\
         <p class=\"muted\">{} · test data only · refreshes every 2 s · balance {} BIF · {} tokens issued</p>",
        text(base_url),
        state.balance,
        state.tokens_issued
    );
    bills(&mut html, state);
    deliveries(&mut html, &state.callbacks);
    cash_ins(&mut html, state);
    accounts(&mut html, banking);
    let _ = write!(html, "<script>{SCRIPT}</script></body></html>");
    html
}

fn bills(html: &mut String, state: &Snapshot) {
    html.push_str(
        "<h2>Bills</h2><table id=\"bills\"><tr><th>code</th><th>reference</th><th>amount</th>\
         <th>customer</th><th>status</th><th>callback</th><th>controls</th></tr>",
    );
    for bill in state.bills.iter().rev() {
        let attempts: Vec<&CallbackAttempt> = state.callbacks.iter().filter(|a| a.bill_code == bill.code).collect();
        let callback = match attempts.last() {
            None => "-".to_owned(),
            Some(last) => {
                let answer = last
                    .status
                    .map_or_else(|| last.error.clone().unwrap_or_default(), |s| s.to_string());
                format!(
                    "{answer} ({} attempt{})",
                    attempts.len(),
                    if attempts.len() == 1 { "" } else { "s" }
                )
            }
        };
        let _ = write!(
            html,
            "<tr data-code=\"{code}\"><td>{code}</td><td>{reference}</td><td>{amount}</td><td>{customer}</td>\
             <td class=\"status {status}\">{status}</td><td class=\"callback\">{callback}</td><td>{controls}</td></tr>",
            code = text(bill.code.as_str()),
            reference = text(bill.merchant_reference.as_str()),
            amount = bill.amount,
            customer = text(&bill.customer),
            status = text(&bill.state.to_string()),
            callback = text(&callback),
            controls = controls(bill),
        );
    }
    html.push_str("</table>");
}

/// The buttons of the controls that apply to `bill` now.
fn controls(bill: &BillRecord) -> String {
    let button = |label: &str, action: String, body: &str| {
        format!(
            "<button data-action=\"{}\" data-body=\"{}\">{label}</button>",
            attribute(&action),
            attribute(body)
        )
    };
    let code = bill.code.as_str();
    match bill.state {
        BillStatus::Pending | BillStatus::Initiated | BillStatus::Initial => [
            button("Pay", paths::pay_bill(code), "{}"),
            button(
                "Fail",
                paths::pay_bill(code),
                r#"{"error": true, "error_message": "Failed in the dashboard"}"#,
            ),
            button("Expire", paths::expire_bill(code), "{}"),
        ]
        .concat(),
        BillStatus::Paid | BillStatus::Error => {
            button("Deliver the callback again", paths::replay_callback(code), "{}")
        }
        _ => String::new(),
    }
}

fn deliveries(html: &mut String, attempts: &[CallbackAttempt]) {
    html.push_str(
        "<h2>Callback deliveries</h2><table id=\"callbacks\"><tr><th>bill</th><th>attempt</th>\
         <th>sent</th><th>merchant's status</th><th>merchant's answer</th></tr>",
    );
    for attempt in attempts.iter().rev() {
        let sent = if attempt.request.error { "failed" } else { "paid" };
        let status = attempt
            .status
            .map_or_else(|| attempt.error.clone().unwrap_or_default(), |s| s.to_string());
        let answer = attempt
            .answer
            .as_ref()
            .map(|a| serde_json::to_string(a).unwrap_or_default())
            .unwrap_or_default();
        let _ = write!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{sent}</td><td>{}</td><td><code>{}</code></td></tr>",
            text(attempt.bill_code.as_str()),
            attempt.attempt,
            text(&status),
            text(&answer)
        );
    }
    html.push_str("</table>");
}

fn cash_ins(html: &mut String, state: &Snapshot) {
    html.push_str(
        "<h2>Cash-ins</h2><table id=\"cash-ins\"><tr><th>reference</th><th>bank</th><th>account</th>\
         <th>amount</th><th>accepted</th><th>iHela's reference</th></tr>",
    );
    for cash_in in state.cash_ins.iter().rev() {
        let _ = write!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            text(cash_in.merchant_reference.as_str()),
            text(cash_in.bank.as_str()),
            text(cash_in.account.as_str()),
            cash_in.amount,
            cash_in.accepted,
            text(cash_in.reference.as_deref().unwrap_or("-"))
        );
    }
    html.push_str("</table>");
}

fn accounts(html: &mut String, banking: &BankingSnapshot) {
    html.push_str(
        "<h2>Banking and agent accounts</h2><table id=\"accounts\"><tr><th>account</th><th>holder</th>\
         <th>balance</th></tr>",
    );
    for account in &banking.accounts {
        let _ = write!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            text(&account.account_number),
            text(&account.holder),
            account.balance
        );
    }
    let _ = write!(
        html,
        "</table><p class=\"muted\">{} banking operations</p>",
        banking.operations.len()
    );
}
