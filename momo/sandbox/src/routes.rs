//! The sandbox's own controls (`openapi/momo-sandbox.yaml`), under
//! `/_sandbox/`: the end of a pending request, the state, a reset. The
//! controls every sandbox shares (faults, clock) are
//! `pesa_sandbox::controls_router`'s.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use momo::types::{ReasonCode, ReferenceId, Status};
use pesa_sandbox::{Params, Valid};

use crate::App;
use crate::controls::types::{ControlRefusal, RequestRecord, Settlement, SettlementOutcome, Snapshot};
use crate::controls::{parameters, paths};

/// Why a control cannot act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ControlError {
    /// There is no such request.
    NoRequest(ReferenceId),
    /// The request is already final.
    Final(ReferenceId),
}

impl std::fmt::Display for ControlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ControlError::NoRequest(id) => write!(f, "no request {id}"),
            ControlError::Final(id) => write!(f, "request {id} is already final"),
        }
    }
}

impl std::error::Error for ControlError {}

impl IntoResponse for ControlError {
    fn into_response(self) -> Response {
        let status = match self {
            ControlError::NoRequest(_) => StatusCode::NOT_FOUND,
            ControlError::Final(_) => StatusCode::CONFLICT,
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
        .route(paths::SETTLE_REQUEST, post(settle))
        .route(paths::DASHBOARD, get(dashboard))
        .route(paths::READ_STATE, get(read_state))
        .route(paths::RESET, post(reset))
        .with_state(app)
}

/// The pending request `reference` ends as `outcome` says; its callback is
/// delivered before this returns.
pub async fn settle_request(
    app: &App,
    reference: &ReferenceId,
    outcome: SettlementOutcome,
) -> Result<RequestRecord, ControlError> {
    let ending = match outcome {
        SettlementOutcome::Approved => (Status::Successful, None),
        SettlementOutcome::Rejected => (Status::Failed, Some(ReasonCode::ApprovalRejected)),
        SettlementOutcome::Expired => (Status::Failed, Some(ReasonCode::Expired)),
        SettlementOutcome::Failed => (Status::Failed, Some(ReasonCode::InternalProcessingError)),
    };
    if app.store.lock().request(reference).is_none() {
        return Err(ControlError::NoRequest(reference.clone()));
    }
    crate::settle::finish(app, reference, ending)
        .await
        .ok_or_else(|| ControlError::Final(reference.clone()))
}

async fn settle(
    State(app): State<Arc<App>>,
    Params(asked): Params<parameters::SettleRequest>,
    Valid(settlement): Valid<Settlement>,
) -> Result<Json<RequestRecord>, ControlError> {
    settle_request(&app, &asked.reference_id, settlement.outcome)
        .await
        .map(Json)
}

async fn dashboard(State(app): State<Arc<App>>) -> Html<String> {
    Html(crate::dashboard::page(&app.store.snapshot()))
}

async fn read_state(State(app): State<Arc<App>>) -> Json<Snapshot> {
    Json(app.store.snapshot())
}

async fn reset(State(app): State<Arc<App>>) -> StatusCode {
    app.store.reset();
    app.kit.faults.clear();
    StatusCode::NO_CONTENT
}
