//! How a request ends: at once when one of MTN's test numbers forces its
//! outcome, after the payout delay for what MTN settles by itself
//! (transfers, deposits, refunds, cash transfers), or when the simulated
//! customer answers (a control). The money moves on success, and the
//! callback goes once.

use std::sync::Arc;

use momo::types::{self, ErrorReason, Party, Product, Reason, ReasonCode, Status};
use rand::Rng as _;

use crate::App;
use crate::controls::types::{RequestKind, RequestRecord};
use crate::state::Ledger;
use crate::world::{self, Ending};

/// Starts `record`, just created: its test number's outcome, or MTN's own
/// processing of a payout, or nothing (it waits for the customer).
pub fn begin(app: &Arc<App>, record: &RequestRecord) {
    let msisdn = match &record.party {
        Some(Party::Msisdn(number)) => Some(number.as_str()),
        _ => None,
    };
    let scenario = msisdn.and_then(|number| match record.kind {
        RequestKind::RequestToPay | RequestKind::RequestToWithdraw | RequestKind::Deposit => {
            world::payer_scenario(number)
        }
        RequestKind::Transfer | RequestKind::CashTransfer => world::payee_scenario(number),
        RequestKind::Refund => None,
    });
    let customer_decides = matches!(record.kind, RequestKind::RequestToPay | RequestKind::RequestToWithdraw);
    let ending = match scenario {
        // Ongoing or delayed: pending, with the reason, until a control ends it.
        Some((Status::Pending, reason)) => {
            if let Some(request) = app.store.lock().request(&record.reference) {
                request.reason = reason.map(|code| error_reason(&code));
            }
            return;
        }
        Some(ending) => ending,
        None if customer_decides && !app.config.auto_approve => return,
        None => (Status::Successful, None),
    };
    let worker = app.clone();
    let reference = record.reference.clone();
    let delay = if customer_decides {
        None
    } else {
        Some(app.config.payout_delay)
    };
    app.kit.background.spawn(async move {
        if let Some(delay) = delay {
            tokio::time::sleep(delay).await;
        }
        finish(&worker, &reference, ending).await
    });
}

/// Ends the pending request `reference` with `ending`: the money moves on
/// success (or it fails when the account paying cannot), and the callback
/// is delivered. `None` when it is not pending.
pub async fn finish(app: &App, reference: &types::ReferenceId, ending: Ending) -> Option<RequestRecord> {
    let record = {
        let mut ledger = app.store.lock();
        let request = ledger.request(reference)?;
        if request.status != Status::Pending {
            return None;
        }
        let mut done = request.clone();
        let (status, reason) = match ending {
            (Status::Successful, _) => match moved(&mut ledger, &done) {
                Ok(()) => (Status::Successful, None),
                Err(code) => (Status::Failed, Some(code)),
            },
            other => other,
        };
        done.status = status.clone();
        done.reason = reason.map(|code| error_reason(&code));
        if status == Status::Successful {
            done.financial_transaction_id = Some(rand::rng().random_range(100_000_000..1_000_000_000u64).to_string());
        }
        if let Some(request) = ledger.request(reference) {
            *request = done.clone();
        }
        done
    };
    crate::deliver::deliver(app, &record).await;
    Some(record)
}

/// Moves the money of the successful `request`, or says why it cannot.
fn moved(ledger: &mut Ledger, request: &RequestRecord) -> Result<(), ReasonCode> {
    let amount = request.amount.get();
    let debited = match request.kind {
        RequestKind::RequestToPay | RequestKind::RequestToWithdraw => {
            *ledger.balance(Product::Collection) += amount;
            return Ok(());
        }
        RequestKind::Refund => {
            refundable(ledger, request)?;
            Product::Disbursement
        }
        RequestKind::Deposit | RequestKind::Transfer | RequestKind::CashTransfer => request.product,
    };
    let balance = ledger.balance(debited);
    if *balance < amount {
        return Err(ReasonCode::NotEnoughFunds);
    }
    *balance -= amount;
    Ok(())
}

/// Whether `refund` may be paid: its request to pay was successful, in the
/// same currency, and is not refunded beyond its amount.
fn refundable(ledger: &Ledger, refund: &RequestRecord) -> Result<(), ReasonCode> {
    let refunded = refund.refunded.as_ref().ok_or(ReasonCode::ResourceNotFound)?;
    let paid = ledger
        .requests
        .iter()
        .find(|r| r.reference == *refunded && r.kind == RequestKind::RequestToPay && r.status == Status::Successful)
        .ok_or(ReasonCode::ResourceNotFound)?;
    let before: rust_decimal::Decimal = ledger
        .requests
        .iter()
        .filter(|r| r.kind == RequestKind::Refund && r.status == Status::Successful)
        .filter(|r| r.refunded.as_ref() == Some(refunded))
        .map(|r| r.amount.get())
        .sum();
    if paid.currency != refund.currency || before + refund.amount.get() > paid.amount.get() {
        return Err(ReasonCode::NotAllowed);
    }
    Ok(())
}

/// MTN's reason for `code`, with its description as the message.
fn error_reason(code: &ReasonCode) -> ErrorReason {
    ErrorReason {
        code: code.clone(),
        message: code.description().map(str::to_owned),
    }
}

fn reason(record: &RequestRecord) -> Option<Reason> {
    record.reason.as_ref().map(|reason| Reason {
        code: reason.code.clone(),
        message: reason.message.clone(),
    })
}

fn financial_transaction_id(record: &RequestRecord) -> Option<types::FinancialTransactionId> {
    record
        .financial_transaction_id
        .clone()
        .map(types::FinancialTransactionId)
}

/// A request to pay or to withdraw, as its status and callback show it.
pub fn request_to_pay_result(record: &RequestRecord) -> types::RequestToPayResult {
    types::RequestToPayResult {
        amount: record.amount.get(),
        currency: record.currency,
        external_id: Some(types::Text(record.external_id.clone())),
        financial_transaction_id: financial_transaction_id(record),
        payer: record.party.clone(),
        payer_message: record.payer_message.clone(),
        payee_note: record.payee_note.clone(),
        status: record.status.clone(),
        reason: reason(record),
    }
}

/// A transfer, deposit or refund, as its status and callback show it.
pub fn transfer_result(record: &RequestRecord) -> types::TransferResult {
    types::TransferResult {
        amount: record.amount.get(),
        currency: record.currency,
        external_id: Some(types::Text(record.external_id.clone())),
        financial_transaction_id: financial_transaction_id(record),
        payee: record.party.clone(),
        payer_message: record.payer_message.clone(),
        payee_note: record.payee_note.clone(),
        status: record.status.clone(),
        reason: reason(record),
    }
}

/// A cash transfer, as its status and callback show it.
pub fn cash_transfer_result(record: &RequestRecord) -> types::CashTransferResult {
    types::CashTransferResult {
        amount: record.amount.get(),
        currency: record.currency,
        external_id: Some(types::Text(record.external_id.clone())),
        financial_transaction_id: financial_transaction_id(record),
        payee: record.party.clone(),
        payer_message: record.payer_message.clone(),
        payee_note: record.payee_note.clone(),
        status: record.status.clone(),
        reason: reason(record),
        orginating_country: None,
        original_amount: None,
        original_currency: None,
    }
}

/// The body of `record`'s callback: its result, as its status shows it.
pub fn callback_body(record: &RequestRecord) -> serde_json::Value {
    let body = match record.kind {
        RequestKind::RequestToPay | RequestKind::RequestToWithdraw => {
            serde_json::to_value(request_to_pay_result(record))
        }
        RequestKind::CashTransfer => serde_json::to_value(cash_transfer_result(record)),
        RequestKind::Deposit | RequestKind::Transfer | RequestKind::Refund => {
            serde_json::to_value(transfer_result(record))
        }
    };
    body.unwrap_or_default()
}
