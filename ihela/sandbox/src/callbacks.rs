//! Delivering the bill callback to the merchant, as the contract says: POST
//! a `BillCallback`, read a `BillCallbackAnswer`, refund the customer on
//! `"error": true`. No answer or a 5xx is delivered again, a bounded number
//! of times, with a doubling wait; any other answer ends the delivery.

use std::num::NonZeroU64;

use ihela::types::{self, BillStatus};

use crate::App;
use crate::controls::types::{BillRecord, CallbackAttempt, Delivery};

/// Delivers the callback of `bill` if the sandbox has a callback URL.
pub async fn deliver(app: &App, bill: &BillRecord) -> Option<Delivery> {
    let url = app.config.callback_url.as_deref()?;
    let paid = bill.state == BillStatus::Paid;
    let request = types::BillCallback {
        merchant_reference: bill.merchant_reference.clone(),
        bill_code: bill.code.clone(),
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
    let last = NonZeroU64::new(u64::from(app.config.callback_attempts)).unwrap_or(NonZeroU64::MIN);
    let mut attempt = NonZeroU64::MIN;
    loop {
        let record = send(app, url, attempt, &request).await;
        let retry = record.status.is_none_or(|status| status >= 500);
        let refused = record
            .answer
            .as_ref()
            .and_then(|answer| serde_json::from_value::<types::BillCallbackAnswer>(answer.clone().into()).ok())
            .is_some_and(|answer| answer.error);
        attempts.push(record.clone());
        app.store.record_callback(record);
        if !retry {
            let refunded = paid && refused;
            if refunded {
                app.store.refund_bill(&bill.code, app.now());
            }
            return Some(Delivery { attempts, refunded });
        }
        if attempt >= last {
            return Some(Delivery {
                attempts,
                refunded: false,
            });
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
        attempt = attempt.saturating_add(1);
    }
}

/// One attempt: what was sent, and the merchant's answer or why there was none.
async fn send(app: &App, url: &str, attempt: NonZeroU64, request: &types::BillCallback) -> CallbackAttempt {
    let mut record = CallbackAttempt {
        bill_code: request.bill_code.clone(),
        attempt,
        request: request.clone(),
        status: None,
        answer: None,
        error: None,
    };
    match app.http.post(url).json(request).send().await {
        Ok(response) => {
            record.status = Some(i64::from(response.status().as_u16()));
            match response.bytes().await {
                Ok(body) => record.answer = serde_json::from_slice(&body).ok(),
                Err(error) => record.error = Some(error.to_string()),
            }
        }
        Err(error) => record.error = Some(error.to_string()),
    }
    tracing::info!(bill_code = %request.bill_code, attempt, status = ?record.status, "callback delivered");
    record
}
