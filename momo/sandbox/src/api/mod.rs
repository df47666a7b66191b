//! MTN's operations, at the spec's paths (`momo::paths`). Every request is
//! read through the contract (`pesa_sandbox::Valid`, `Params`) into
//! `momo::types`; every one needs a subscription key of its product, and
//! all but provisioning and the token call a token of that product and the
//! `sandbox` target environment.

mod account;
mod provisioning;
mod requests;
mod token;

use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use momo::types::{Product, ReasonCode, ReferenceId, TargetEnvironment};
use momo::{headers, paths};

use crate::App;
use crate::errors::ApiError;

/// Who calls: the API user a token was issued to, for the token's product.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The API user.
    pub user: ReferenceId,
    /// The product of its token.
    pub product: Product,
}

/// The API's routes, behind fault injection.
pub fn router(app: Arc<App>) -> Router {
    let authenticated = Router::new()
        .route(paths::GET_ACCOUNT_BALANCE, get(account::balance))
        .route(
            paths::GET_ACCOUNT_BALANCE_IN_CURRENCY,
            get(account::balance_in_currency),
        )
        .route(paths::VALIDATE_ACCOUNT_HOLDER_STATUS, get(account::active))
        .route(paths::GET_BASIC_USERINFO, get(account::basic_user_info))
        .route(paths::REQUEST_TO_PAY, post(requests::request_to_pay))
        .route(paths::GET_REQUEST_TO_PAY_STATUS, get(requests::request_to_pay_status))
        .route(paths::REQUEST_TO_WITHDRAW_V1, post(requests::request_to_withdraw_v1))
        .route(paths::REQUEST_TO_WITHDRAW_V2, post(requests::request_to_withdraw_v2))
        .route(
            paths::GET_REQUEST_TO_WITHDRAW_STATUS,
            get(requests::request_to_withdraw_status),
        )
        .route(paths::DEPOSIT_V1, post(requests::deposit_v1))
        .route(paths::DEPOSIT_V2, post(requests::deposit_v2))
        .route(paths::GET_DEPOSIT_STATUS, get(requests::deposit_status))
        .route(paths::TRANSFER, post(requests::transfer))
        .route(paths::GET_TRANSFER_STATUS, get(requests::transfer_status))
        .route(paths::REFUND_V1, post(requests::refund_v1))
        .route(paths::REFUND_V2, post(requests::refund_v2))
        .route(paths::GET_REFUND_STATUS, get(requests::refund_status))
        .route(paths::CASH_TRANSFER, post(requests::cash_transfer))
        .route(paths::GET_CASH_TRANSFER_STATUS, get(requests::cash_transfer_status))
        .route_layer(from_fn_with_state(app.clone(), authenticate));
    Router::new()
        .route(paths::CREATE_API_USER, post(provisioning::create_user))
        .route(paths::GET_API_USER, get(provisioning::user))
        .route(paths::CREATE_API_KEY, post(provisioning::create_key))
        .route(paths::CREATE_ACCESS_TOKEN, post(token::create))
        .merge(authenticated)
        .route_layer(from_fn_with_state(app.clone(), subscribed))
        .fallback(|| async { ApiError::not_found() })
        .layer(from_fn_with_state(app.clone(), pesa_sandbox::faults::inject::<App>))
        .with_state(app)
}

/// The product a path is under (its first segment), if any.
fn product_of(path: &str) -> Option<Product> {
    let segment = path.trim_start_matches('/').split('/').next()?;
    segment.parse().ok()
}

/// A header's text.
pub fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

/// Lets a request through with the subscription key of its product (any
/// product's for provisioning), as MTN's API gateway does.
async fn subscribed(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let key = header(request.headers(), headers::OCP_APIM_SUBSCRIPTION_KEY);
    let known = match product_of(request.uri().path()) {
        Some(product) => key == Some(app.config.subscription_key(product)),
        None => key.is_some_and(|key| app.config.subscription_keys.iter().any(|known| known == key)),
    };
    if !known {
        return ApiError::gateway_unauthorized(
            "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.",
        )
        .into_response();
    }
    next.run(request).await
}

/// Lets a request through with an unexpired token of its product and the
/// sandbox's target environment; the caller goes in its extensions.
async fn authenticate(State(app): State<Arc<App>>, mut request: Request, next: Next) -> Response {
    let token = pesa_sandbox::bearer_token(request.headers());
    let product = product_of(request.uri().path());
    let now = app.now();
    let caller = token.and_then(|token| {
        let ledger = app.store.lock();
        let issued = ledger.tokens.iter().find(|issued| issued.token == token)?;
        (now < issued.expires && Some(issued.product) == product).then(|| Caller {
            user: issued.user.clone(),
            product: issued.product,
        })
    });
    let Some(caller) = caller else {
        return ApiError::gateway_unauthorized("Access denied due to invalid or expired access token.").into_response();
    };
    match header(request.headers(), headers::X_TARGET_ENVIRONMENT).map(str::parse::<TargetEnvironment>) {
        Some(Ok(TargetEnvironment::Sandbox)) => {}
        Some(_) => {
            return ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                ReasonCode::NotAllowedTargetEnvironment,
                "Access to target environment is forbidden.",
            )
            .into_response();
        }
        None => return ApiError::bad_request(format!("{} is missing", headers::X_TARGET_ENVIRONMENT)).into_response(),
    }
    request.extensions_mut().insert(caller);
    next.run(request).await
}
