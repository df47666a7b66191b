//! A request's callback: its result sent once to its `X-Callback-Url`, by
//! POST (v1) or PUT (v2), never retried ("the Wallet Platform will only
//! send the callback once. There is no retry", MTN-CB); recorded.

use crate::App;
use crate::controls::types::{CallbackMethod, Delivery, RequestRecord};

/// Delivers the callback of the final `record`, if it has a callback URL.
pub async fn deliver(app: &App, record: &RequestRecord) {
    let Some(url) = record.callback_url.clone() else {
        return;
    };
    let body = match crate::settle::callback_body(record) {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    let request = match record.callback_method {
        CallbackMethod::Post => app.http.post(&url),
        CallbackMethod::Put => app.http.put(&url),
    };
    let mut delivery = Delivery {
        reference: record.reference.clone(),
        method: record.callback_method,
        url,
        body: body.clone(),
        status: None,
        error: None,
    };
    match request.json(&body).send().await {
        Ok(response) => delivery.status = Some(i64::from(response.status().as_u16())),
        Err(error) => delivery.error = Some(error.to_string()),
    }
    tracing::info!(method = ?delivery.method, status = ?delivery.status, "callback delivered");
    app.store.lock().deliveries.push(delivery);
}
