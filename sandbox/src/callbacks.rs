//! Delivering the bill callback to the merchant, as the contract says: POST
//! `{merchant_reference, bill_code, error, error_message, payment_reference}`,
//! read `{error, error_message}`, refund the customer on `"error": true`.
//! No answer or a 5xx is delivered again, a bounded number of times, with a
//! doubling wait; any other answer ends the delivery.

use ihela::{BillStatus, types};
use serde::Serialize;

use crate::App;
use crate::state::{Bill, CallbackAttempt};

/// How a callback's delivery ended.
#[derive(Debug, Clone, Serialize)]
pub struct Delivery {
    /// Every attempt, first to last.
    pub attempts: Vec<CallbackAttempt>,
    /// Whether the merchant refused a paid bill, and the customer was refunded.
    pub refunded: bool,
}

/// Delivers the callback of `bill` if the sandbox has a callback URL.
pub async fn deliver(app: &App, bill: &Bill) -> Option<Delivery> {
    let url = app.config.callback_url.as_deref()?;
    let paid = bill.state == BillStatus::Paid;
    let request = types::BillCallback {
        merchant_reference: bill.merchant_reference(),
        bill_code: bill.bill_code(),
        error: !paid,
        error_message: Some(if paid {
            "Success".to_owned()
        } else {
            bill.error_message
                .clone()
                .unwrap_or_else(|| "Payment failed".to_owned())
        }),
        payment_reference: bill.bank_reference.clone(),
    };
    let mut attempts = Vec::new();
    let mut wait = app.config.callback_backoff;
    for attempt in 1..=app.config.callback_attempts.max(1) {
        let record = send(app, url, &bill.code, attempt, &request).await;
        let retry = record.status.is_none_or(|status| status >= 500);
        let refused = record
            .answer
            .as_ref()
            .and_then(|answer| serde_json::from_value::<types::BillCallbackAnswer>(answer.clone()).ok())
            .is_some_and(|answer| answer.error);
        attempts.push(record.clone());
        app.store.record_callback(record);
        if !retry {
            let refunded = paid && refused;
            if refunded {
                app.store.refund_bill(&bill.code);
            }
            return Some(Delivery { attempts, refunded });
        }
        if attempt < app.config.callback_attempts {
            tokio::time::sleep(wait).await;
            wait *= 2;
        }
    }
    Some(Delivery {
        attempts,
        refunded: false,
    })
}

async fn send(app: &App, url: &str, bill_code: &str, attempt: u32, request: &types::BillCallback) -> CallbackAttempt {
    let mut record = CallbackAttempt {
        bill_code: bill_code.to_owned(),
        attempt,
        request: request.clone(),
        status: None,
        answer: None,
        error: None,
    };
    match app.http.post(url).json(request).send().await {
        Ok(response) => {
            record.status = Some(response.status().as_u16());
            match response.bytes().await {
                Ok(body) => record.answer = serde_json::from_slice(&body).ok(),
                Err(error) => record.error = Some(error.to_string()),
            }
        }
        Err(error) => record.error = Some(error.to_string()),
    }
    tracing::info!(bill_code, attempt, status = ?record.status, "callback delivered");
    record
}
