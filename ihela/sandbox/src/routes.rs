//! The sandbox's own controls (`openapi/ihela-sandbox.yaml`), under
//! `/_sandbox/`, a prefix the real API does not use: show, pay, fail or
//! expire a bill, read or reset the state. The controls every sandbox
//! shares (faults, clock) are `pesa_sandbox::controls_router`'s.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use ihela::types::{BillCode, BillStatus};
use pesa_sandbox::{Params, Valid};

use crate::controls::types::{
    BankingSnapshot, BillView, CashOutAsk, CashOutRequestRecord, ControlRefusal, Payment, Snapshot,
};
use crate::controls::{parameters, paths};
use crate::state::ControlError;
use crate::{App, callbacks};

/// The routes of the test controls.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(paths::SHOW_BILL, get(show_bill))
        .route(paths::PAY_BILL, post(pay_bill))
        .route(paths::EXPIRE_BILL, post(expire_bill))
        .route(paths::REPLAY_CALLBACK, post(replay_callback))
        .route(paths::DASHBOARD, get(dashboard))
        .route(paths::READ_STATE, get(read_state))
        .route(paths::RESET, post(reset))
        .route(paths::READ_BANKING, get(read_banking))
        .route(paths::REQUEST_CASH_OUT, post(request_cash_out))
        .with_state(app)
}

/// The customer pays `code` (or the payment fails with `failure`); the
/// callback is delivered before the answer: the bill's new state, its
/// redirect URL and the callback's delivery.
pub async fn pay(app: &App, code: &BillCode, failure: Option<String>) -> Result<BillView, ControlError> {
    let bill = app.store.pay_bill(code, failure, app.now())?;
    let callback = callbacks::deliver(app, &bill).await;
    // The callback's answer may have refunded it.
    let bill = app
        .store
        .find_bill(Some(code), None, app.now())
        .map_err(|_| ControlError::NoBill(code.clone()))?;
    Ok(BillView {
        callback,
        ..bill.view(&app.base_url)
    })
}

/// Delivers the callback of the paid or failed bill `code` again.
pub async fn replay(app: &App, code: &BillCode) -> Result<BillView, ControlError> {
    let bill = app
        .store
        .find_bill(Some(code), None, app.now())
        .map_err(|_| ControlError::NoBill(code.clone()))?;
    if !matches!(bill.state, BillStatus::Paid | BillStatus::Error) {
        return Err(ControlError::NoCallback {
            code: code.clone(),
            status: bill.state,
        });
    }
    let callback = callbacks::deliver(app, &bill).await;
    Ok(BillView {
        callback,
        ..bill.view(&app.base_url)
    })
}

/// The bill `code` expires now.
pub fn expire(app: &App, code: &BillCode) -> Result<BillView, ControlError> {
    let bill = app.store.expire_bill(code, app.now())?;
    Ok(bill.view(&app.base_url))
}

impl IntoResponse for ControlError {
    fn into_response(self) -> Response {
        let status = match self {
            ControlError::NoBill(_) => StatusCode::NOT_FOUND,
            ControlError::NotPending { .. } | ControlError::NoCallback { .. } => StatusCode::CONFLICT,
            ControlError::SignIn(_) | ControlError::CashOut(_) => StatusCode::BAD_REQUEST,
        };
        let detail = self.to_string();
        (status, Json(ControlRefusal { detail })).into_response()
    }
}

async fn show_bill(
    State(app): State<Arc<App>>,
    Params(asked): Params<parameters::ShowBill>,
) -> Result<Json<BillView>, ControlError> {
    let bill = app
        .store
        .find_bill(Some(&asked.code), None, app.now())
        .map_err(|_| ControlError::NoBill(asked.code))?;
    Ok(Json(bill.view(&app.base_url)))
}

async fn pay_bill(
    State(app): State<Arc<App>>,
    Params(asked): Params<parameters::PayBill>,
    Valid(payment): Valid<Payment>,
) -> Result<Json<BillView>, ControlError> {
    let failure = payment
        .error
        .then(|| payment.error_message.unwrap_or_else(|| "Payment failed".to_owned()));
    Ok(Json(pay(&app, &asked.code, failure).await?))
}

async fn expire_bill(
    State(app): State<Arc<App>>,
    Params(asked): Params<parameters::ExpireBill>,
) -> Result<Json<BillView>, ControlError> {
    Ok(Json(expire(&app, &asked.code)?))
}

async fn replay_callback(
    State(app): State<Arc<App>>,
    Params(asked): Params<parameters::ReplayCallback>,
) -> Result<Json<BillView>, ControlError> {
    Ok(Json(replay(&app, &asked.code).await?))
}

async fn dashboard(State(app): State<Arc<App>>) -> Html<String> {
    Html(crate::dashboard::page(
        &app.snapshot(),
        &app.ledger.snapshot(),
        &app.base_url,
    ))
}

async fn read_state(State(app): State<Arc<App>>) -> Json<Snapshot> {
    Json(app.snapshot())
}

async fn read_banking(State(app): State<Arc<App>>) -> Json<BankingSnapshot> {
    Json(app.ledger.snapshot())
}

async fn request_cash_out(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<CashOutAsk>,
) -> Result<(StatusCode, Json<CashOutRequestRecord>), ControlError> {
    Ok((StatusCode::CREATED, Json(cash_out_request(&app, &asked)?)))
}

/// A customer's request to withdraw cash at an agent: the code they show.
pub fn cash_out_request(app: &App, asked: &CashOutAsk) -> Result<CashOutRequestRecord, ControlError> {
    app.ledger
        .request_cash_out(
            &asked.account_number,
            asked.amount,
            (app.now(), app.config.cash_out_ttl),
        )
        .map_err(|refused| ControlError::CashOut(refused.to_string()))
}

async fn reset(State(app): State<Arc<App>>) -> StatusCode {
    app.store.reset();
    app.ledger.reset();
    app.kit.faults.clear();
    StatusCode::NO_CONTENT
}
