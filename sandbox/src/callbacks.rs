//! Delivering the bill callback to the merchant, as the contract says: POST
//! `{merchant_reference, bill_code, error, error_message, payment_reference}`,
//! read `{error, error_message}`, refund the customer on `"error": true`.
//! No answer or a 5xx is delivered again, a bounded number of times, with a
//! doubling wait; any other answer ends the delivery.

use serde_json::{Value, json};

use crate::App;
use crate::state::{Bill, BillState, CallbackAttempt};

/// Delivers the callback of `bill` if the sandbox has a callback URL;
/// returns the attempts made and whether the customer was refunded.
pub async fn deliver(app: &App, bill: &Bill) -> Option<Value> {
    let url = app.config.callback_url.as_deref()?;
    let paid = bill.state == BillState::Paid;
    let request = json!({
        "merchant_reference": bill.request.merchant_reference,
        "bill_code": bill.code,
        "error": !paid,
        "error_message": if paid { "Success" } else { bill.error_message.as_deref().unwrap_or("Payment failed") },
        "payment_reference": bill.bank_reference,
    });
    let mut attempts = Vec::new();
    let mut wait = app.config.callback_backoff;
    for attempt in 1..=app.config.callback_attempts.max(1) {
        let record = send(app, url, &bill.code, attempt, &request).await;
        let retry = record.status.is_none_or(|status| status >= 500);
        let refused = record.answer.as_ref().and_then(|answer| answer.get("error")) == Some(&Value::Bool(true));
        attempts.push(record.clone());
        app.store.record_callback(record);
        if !retry {
            let refunded = paid && refused;
            if refunded {
                app.store.refund_bill(&bill.code);
            }
            return Some(json!({"attempts": attempts, "refunded": refunded}));
        }
        if attempt < app.config.callback_attempts {
            tokio::time::sleep(wait).await;
            wait *= 2;
        }
    }
    Some(json!({"attempts": attempts, "refunded": false}))
}

async fn send(app: &App, url: &str, bill_code: &str, attempt: u32, request: &Value) -> CallbackAttempt {
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
