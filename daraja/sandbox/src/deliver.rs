//! POSTing a callback to a merchant: an STK outcome, a result, a C2B
//! validation or confirmation. No answer or a 5xx is delivered again, a
//! bounded number of times, with a doubling wait; every attempt is recorded.

use std::num::NonZeroU64;

use serde::Serialize;

use crate::App;
use crate::controls::types::{CallbackKind, Delivery};

/// Delivers `body` to `url`; the attempts, first to last.
pub async fn deliver(app: &App, kind: CallbackKind, url: &str, body: &impl Serialize) -> Vec<Delivery> {
    let body = match serde_json::to_value(body) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let mut attempts = Vec::new();
    let mut wait = app.config.callback_backoff;
    let last = NonZeroU64::new(u64::from(app.config.callback_attempts)).unwrap_or(NonZeroU64::MIN);
    let mut attempt = NonZeroU64::MIN;
    loop {
        let record = send(app, kind, url, attempt, &body).await;
        let again = record.status.is_none_or(|status| status >= 500);
        app.store.lock().deliveries.push(record.clone());
        attempts.push(record);
        if !again || attempt >= last {
            return attempts;
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
        attempt = attempt.saturating_add(1);
    }
}

async fn send(
    app: &App,
    kind: CallbackKind,
    url: &str,
    attempt: NonZeroU64,
    body: &serde_json::Map<String, serde_json::Value>,
) -> Delivery {
    let mut record = Delivery {
        kind,
        url: url.to_owned(),
        attempt,
        body: body.clone(),
        status: None,
        answer: None,
        error: None,
    };
    match app.http.post(url).json(body).send().await {
        Ok(response) => {
            record.status = Some(i64::from(response.status().as_u16()));
            match response.bytes().await {
                Ok(bytes) => record.answer = serde_json::from_slice(&bytes).ok(),
                Err(error) => record.error = Some(error.to_string()),
            }
        }
        Err(error) => record.error = Some(error.to_string()),
    }
    tracing::info!(?kind, attempt, status = ?record.status, "callback delivered");
    record
}
