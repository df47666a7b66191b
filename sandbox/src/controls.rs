//! Test controls under `/_sandbox/`, a prefix the real API does not use:
//! pay, fail or expire a bill, inject faults, read or reset the state.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::faults::Fault;
use crate::state::{Bill, ControlError};
use crate::{App, callbacks};

/// The routes of the test controls.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/_sandbox/bills/{code}", get(show_bill))
        .route("/_sandbox/bills/{code}/pay", post(pay_route))
        .route("/_sandbox/bills/{code}/expire", post(expire_route))
        .route("/_sandbox/faults", post(add_fault).delete(clear_faults))
        .route("/_sandbox/state", get(state))
        .route("/_sandbox/reset", post(reset))
        .with_state(app)
}

/// The optional body of the pay control: a failed payment.
#[derive(Debug, Default, Deserialize)]
struct PayRequest {
    #[serde(default)]
    error: bool,
    #[serde(default)]
    error_message: Option<String>,
}

/// The customer pays `code` (or the payment fails with `failure`); the
/// callback is delivered before the answer: the bill's new state, its
/// redirect URL and the callback's delivery.
pub async fn pay(app: &App, code: &str, failure: Option<String>) -> Result<Value, ControlError> {
    let bill = app.store.pay_bill(code, failure)?;
    let callback = callbacks::deliver(app, &bill).await;
    // The callback's answer may have refunded it.
    let bill = app
        .store
        .find_bill(Some(code), None)
        .map_err(|_| ControlError::NoBill(code.to_owned()))?;
    let mut answer = describe(app, &bill);
    answer["callback"] = callback.unwrap_or(Value::Null);
    Ok(answer)
}

/// The bill `code` expires now.
pub fn expire(app: &App, code: &str) -> Result<Value, ControlError> {
    app.store.expire_bill(code).map(|bill| describe(app, &bill))
}

/// A bill, its status and its redirect URL.
fn describe(app: &App, bill: &Bill) -> Value {
    json!({
        "bill": bill.to_json(&app.base_url),
        "status": bill.state.status(),
        "redirect_url": redirect_url(bill),
    })
}

/// Where iHela sends the customer's browser: the bill's redirect URI with
/// `merchant_reference`, `bill_code`, `paid`, `status` and `bank_reference`.
fn redirect_url(bill: &Bill) -> Option<String> {
    let mut url = reqwest::Url::parse(bill.request.redirect_uri.as_deref()?).ok()?;
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("merchant_reference", &bill.request.merchant_reference)
            .append_pair("bill_code", &bill.code)
            .append_pair("paid", if bill.bank_reference.is_some() { "true" } else { "false" })
            .append_pair("status", bill.state.status());
        if let Some(reference) = &bill.bank_reference {
            query.append_pair("bank_reference", reference);
        }
    }
    Some(url.into())
}

fn control_error(error: ControlError) -> Response {
    let status = match error {
        ControlError::NoBill(_) => StatusCode::NOT_FOUND,
        ControlError::NotPending { .. } => StatusCode::CONFLICT,
    };
    (status, Json(json!({"detail": error.to_string()}))).into_response()
}

async fn show_bill(State(app): State<Arc<App>>, Path(code): Path<String>) -> Response {
    match app.store.find_bill(Some(&code), None) {
        Ok(bill) => Json(describe(&app, &bill)).into_response(),
        Err(error) => error.into_response(),
    }
}

async fn pay_route(State(app): State<Arc<App>>, Path(code): Path<String>, body: Bytes) -> Response {
    let request: PayRequest = if body.iter().all(u8::is_ascii_whitespace) {
        PayRequest::default()
    } else {
        match serde_json::from_slice(&body) {
            Ok(request) => request,
            Err(error) => return (StatusCode::BAD_REQUEST, Json(json!({"detail": error.to_string()}))).into_response(),
        }
    };
    let failure = request
        .error
        .then(|| request.error_message.unwrap_or_else(|| "Payment failed".to_owned()));
    match pay(&app, &code, failure).await {
        Ok(answer) => Json(answer).into_response(),
        Err(error) => control_error(error),
    }
}

async fn expire_route(State(app): State<Arc<App>>, Path(code): Path<String>) -> Response {
    match expire(&app, &code) {
        Ok(answer) => Json(answer).into_response(),
        Err(error) => control_error(error),
    }
}

async fn add_fault(State(app): State<Arc<App>>, Json(fault): Json<Fault>) -> Response {
    let answer = json!({ "fault": fault });
    app.faults.add(fault);
    (StatusCode::CREATED, Json(answer)).into_response()
}

async fn clear_faults(State(app): State<Arc<App>>) -> StatusCode {
    app.faults.clear();
    StatusCode::NO_CONTENT
}

async fn state(State(app): State<Arc<App>>) -> Json<Value> {
    Json(app.store.snapshot())
}

async fn reset(State(app): State<Arc<App>>) -> StatusCode {
    app.store.reset();
    app.faults.clear();
    StatusCode::NO_CONTENT
}
