//! Daraja's operations, at the spec's paths (`daraja::paths`). Every
//! request is read through the contract (`pesa_sandbox::Valid`, `Params`)
//! into `daraja::types`; all but the token call need the app's current
//! token.

mod business;
mod c2b;
mod express;
mod token;

use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use daraja::paths;
use daraja::types::ErrorCode;

use crate::App;
use crate::errors::ApiError;

/// The API's routes, behind fault injection.
pub fn router(app: Arc<App>) -> Router {
    let authenticated = Router::new()
        .route(paths::STK_PUSH, post(express::push))
        .route(paths::STK_QUERY, post(express::query))
        .route(paths::C2B_REGISTER_URLS, post(c2b::register))
        .route(paths::C2B_REGISTER_URLS_V1, post(c2b::register))
        .route(paths::C2B_SIMULATE, post(c2b::simulate))
        .route(paths::C2B_SIMULATE_V1, post(c2b::simulate_v1))
        .route(paths::B2C_PAYMENT, post(business::b2c))
        .route(paths::B2C_PAYMENT_V1, post(business::b2c_v1))
        .route(paths::B2B_PAYMENT, post(business::b2b))
        .route(paths::TRANSACTION_STATUS, post(business::status))
        .route(paths::ACCOUNT_BALANCE, post(business::balance))
        .route(paths::REVERSAL, post(business::reversal))
        .route_layer(from_fn_with_state(app.clone(), authenticate));
    Router::new()
        .route(paths::CREATE_TOKEN, get(token::create))
        .merge(authenticated)
        .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, ErrorCode::ResourceNotFound, "Resource not found") })
        .layer(from_fn_with_state(app.clone(), pesa_sandbox::faults::inject::<App>))
        .with_state(app)
}

/// Lets a request through with the app's current, unexpired token; a
/// token that is not (or no longer) valid gets `404.001.03 Invalid Access
/// Token`, as Daraja answers, and a request without one `401.002.01`.
async fn authenticate(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let token = pesa_sandbox::bearer_token(request.headers());
    match token {
        Some(token) if app.tokens.valid(&token, app.now()) => next.run(request).await,
        Some(_) => ApiError::invalid_token().into_response(),
        None => ApiError::no_token().into_response(),
    }
}
