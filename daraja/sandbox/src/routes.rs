//! The sandbox's own controls (`openapi/daraja-sandbox.yaml`), under
//! `/_sandbox/`: the customer's answer to an STK prompt, the state, a
//! reset. The controls every sandbox shares (faults, clock) are
//! `pesa_sandbox::controls_router`'s.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use daraja::types::{self, CheckoutRequestId, MetadataName, StkResultCode, Value};
use pesa_sandbox::{Params, Valid};

use crate::controls::types::{
    C2bRecord, C2bState, CallbackKind, ControlRefusal, PushRecord, Snapshot, StkAnswer, StkOutcome,
};
use crate::controls::{parameters, paths};
use crate::state::Transaction;
use crate::{App, keys, world};

/// Why a control cannot act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ControlError {
    /// There is no such push.
    NoPush(CheckoutRequestId),
    /// The push was already answered.
    Answered(CheckoutRequestId),
}

impl std::fmt::Display for ControlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ControlError::NoPush(id) => write!(f, "no push {id}"),
            ControlError::Answered(id) => write!(f, "push {id} was already answered"),
        }
    }
}

impl std::error::Error for ControlError {}

impl IntoResponse for ControlError {
    fn into_response(self) -> Response {
        let status = match self {
            ControlError::NoPush(_) => StatusCode::NOT_FOUND,
            ControlError::Answered(_) => StatusCode::CONFLICT,
        };
        (
            status,
            Json(ControlRefusal {
                detail: self.to_string(),
            }),
        )
            .into_response()
    }
}

/// The routes of the test controls.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(paths::ANSWER_STK, post(answer_stk))
        .route(paths::DASHBOARD, get(dashboard))
        .route(paths::READ_STATE, get(read_state))
        .route(paths::RESET, post(reset))
        .with_state(app)
}

/// The customer answers the prompt `id`: the push ends, the money moves on
/// a payment, and the callback is delivered before this returns.
pub async fn answer(app: &App, id: &CheckoutRequestId, outcome: StkOutcome) -> Result<PushRecord, ControlError> {
    let push = {
        let mut ledger = app.store.lock();
        let now = app.now();
        let index = ledger
            .pushes
            .iter()
            .position(|push| push.checkout_request_id == *id)
            .ok_or_else(|| ControlError::NoPush(id.clone()))?;
        if ledger.pushes[index].result_code.is_some() {
            return Err(ControlError::Answered(id.clone()));
        }
        let push = ledger.pushes[index].clone();
        let amount = push.amount.to_decimal();
        let code = match outcome {
            StkOutcome::Cancelled => StkResultCode::CancelledByUser,
            StkOutcome::WrongPin => StkResultCode::WrongPin,
            StkOutcome::Unreachable => StkResultCode::PhoneUnreachable,
            StkOutcome::Paid if *ledger.customer_balance(push.phone.as_str()) < amount => {
                StkResultCode::InsufficientBalance
            }
            StkOutcome::Paid => StkResultCode::Paid,
        };
        let mut done = PushRecord {
            result_code: Some(code.clone()),
            ..push
        };
        if code == StkResultCode::Paid {
            let receipt = keys::receipt();
            *ledger.customer_balance(done.phone.as_str()) -= amount;
            ledger.working += amount;
            ledger.transactions.push(Transaction {
                receipt: receipt.clone(),
                originator_conversation_id: None,
                conversation_id: keys::conversation_id(now),
                reason: "Pay Bill Online",
                amount: done.amount,
                debit: world::public_name(done.phone.as_str()),
                credit: done.shortcode.to_string(),
                completed: crate::nairobi(now, "%Y%m%d%H%M%S"),
            });
            ledger.c2b.push(C2bRecord {
                receipt: receipt.clone(),
                shortcode: done.shortcode.clone(),
                phone: done.phone.clone(),
                amount: done.amount,
                account: Some(done.account_reference.clone()),
                state: C2bState::Completed,
                created_at: now,
            });
            done.receipt = Some(receipt);
        }
        ledger.pushes[index] = done.clone();
        done
    };
    call_back(app, &push).await;
    Ok(push)
}

/// POSTs how `push` ended to its callback URL.
pub async fn call_back(app: &App, push: &PushRecord) {
    let Some(code) = push.result_code.clone() else {
        return;
    };
    let metadata = push.receipt.as_ref().map(|receipt| {
        let now = app.now();
        let item = |name, value| types::MetadataItem {
            name,
            value: Some(value),
        };
        let phone = push
            .phone
            .as_str()
            .parse()
            .map(Value::Number)
            .unwrap_or(Value::Text(push.phone.to_string()));
        let date = crate::nairobi(now, "%Y%m%d%H%M%S");
        types::CallbackMetadata {
            item: vec![
                item(MetadataName::Amount, Value::Number(push.amount.to_decimal())),
                item(MetadataName::MpesaReceiptNumber, Value::Text(receipt.to_string())),
                types::MetadataItem {
                    name: MetadataName::Balance,
                    value: None,
                },
                item(
                    MetadataName::TransactionDate,
                    date.parse().map(Value::Number).unwrap_or(Value::Text(date)),
                ),
                item(MetadataName::PhoneNumber, phone),
            ],
        }
    });
    let body = types::StkCallback {
        body: types::StkCallbackBody {
            stk_callback: types::StkOutcome {
                merchant_request_id: push.merchant_request_id.clone(),
                checkout_request_id: push.checkout_request_id.clone(),
                result_desc: code.description().map(str::to_owned),
                result_code: code,
                callback_metadata: metadata,
            },
        },
    };
    crate::deliver::deliver(app, CallbackKind::Stk, &push.callback_url, &body).await;
}

async fn answer_stk(
    State(app): State<Arc<App>>,
    Params(asked): Params<parameters::AnswerStk>,
    Valid(answer_body): Valid<StkAnswer>,
) -> Result<Json<PushRecord>, ControlError> {
    Ok(Json(
        answer(&app, &asked.checkout_request_id, answer_body.outcome).await?,
    ))
}

async fn dashboard(State(app): State<Arc<App>>) -> Html<String> {
    Html(crate::dashboard::page(&app.store.snapshot(app.tokens.issued())))
}

async fn read_state(State(app): State<Arc<App>>) -> Json<Snapshot> {
    Json(app.store.snapshot(app.tokens.issued()))
}

async fn reset(State(app): State<Arc<App>>) -> StatusCode {
    app.store.reset();
    app.kit.faults.clear();
    StatusCode::NO_CONTENT
}
