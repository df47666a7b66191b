//! The sandbox's own controls (`openapi/vodacom-sandbox.yaml`), under
//! `/_sandbox/`: the state and a reset. The controls every sandbox shares
//! (faults, clock, requests) are `pesa_sandbox::controls_router`'s.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};

use crate::App;
use crate::controls::paths;
use crate::controls::types::Snapshot;

/// The routes of the test controls.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(paths::READ_STATE, get(state))
        .route(paths::RESET, post(reset))
        .with_state(app)
}

async fn state(State(app): State<Arc<App>>) -> Json<Snapshot> {
    Json(app.snapshot())
}

async fn reset(State(app): State<Arc<App>>) -> StatusCode {
    app.store.reset();
    app.sessions.reset();
    app.kit.faults.clear();
    StatusCode::NO_CONTENT
}
