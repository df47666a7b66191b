//! Test controls under `/_sandbox/`, a prefix the real API does not use:
//! pay, fail or expire a bill, inject faults, read or reset the state.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use ihela::{BillStatus, types};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::callbacks::Delivery;
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

/// A bill as a control leaves it.
#[derive(Debug, Clone, Serialize)]
pub struct BillView {
    /// The full bill, as bill init answers it.
    pub bill: types::Bill,
    /// Its status.
    pub status: BillStatus,
    /// Where iHela sends the customer's browser, when the bill has a redirect URI.
    pub redirect_url: Option<String>,
    /// The callback's delivery, after a payment, when the sandbox has a callback URL.
    pub callback: Option<Delivery>,
}

/// The customer pays `code` (or the payment fails with `failure`); the
/// callback is delivered before the answer: the bill's new state, its
/// redirect URL and the callback's delivery.
pub async fn pay(app: &App, code: &str, failure: Option<String>) -> Result<BillView, ControlError> {
    let bill = app.store.pay_bill(code, failure)?;
    let callback = callbacks::deliver(app, &bill).await;
    // The callback's answer may have refunded it.
    let bill = app
        .store
        .find_bill(Some(code), None)
        .map_err(|_| ControlError::NoBill(code.to_owned()))?;
    Ok(BillView {
        callback,
        ..describe(app, &bill)
    })
}

/// The bill `code` expires now.
pub fn expire(app: &App, code: &str) -> Result<BillView, ControlError> {
    app.store.expire_bill(code).map(|bill| describe(app, &bill))
}

/// A bill, its status and its redirect URL.
fn describe(app: &App, bill: &Bill) -> BillView {
    BillView {
        bill: bill.answer(&app.base_url),
        status: bill.state.clone(),
        redirect_url: redirect_url(bill),
        callback: None,
    }
}

/// Where iHela sends the customer's browser: the bill's redirect URI with
/// the redirect parameters of the contract.
fn redirect_url(bill: &Bill) -> Option<String> {
    let params = types::RedirectParams {
        merchant_reference: bill.merchant_reference(),
        bill_code: bill.bill_code(),
        paid: bill.bank_reference.is_some(),
        status: bill.state.clone(),
        bank_reference: bill.bank_reference.clone(),
    };
    crate::urls::with_params(bill.request.redirect_uri.as_deref()?, &params)
}

fn control_error(error: ControlError) -> Response {
    let status = match error {
        ControlError::NoBill(_) => StatusCode::NOT_FOUND,
        ControlError::NotPending { .. } => StatusCode::CONFLICT,
        ControlError::SignIn(_) => StatusCode::BAD_REQUEST,
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

async fn state(State(app): State<Arc<App>>) -> Json<crate::state::Snapshot> {
    Json(app.snapshot())
}

async fn reset(State(app): State<Arc<App>>) -> StatusCode {
    app.store.reset();
    app.faults.clear();
    StatusCode::NO_CONTENT
}
