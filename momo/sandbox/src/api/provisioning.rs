//! Sandbox provisioning: API users under the caller's `X-Reference-Id`, and
//! their keys (MTY:sandbox-provisioning-api).

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use momo::types::{self, ReferenceId, TargetEnvironment};
use momo::{Secret, headers, parameters};
use pesa_sandbox::{Params, Valid};
use rand::distr::{Alphanumeric, SampleString};

use crate::App;
use crate::api::header;
use crate::errors::ApiError;
use crate::state::User;

/// The `X-Reference-Id` of a creating request: a UUID v4, else 400.
pub fn reference(headers: &HeaderMap) -> Result<ReferenceId, ApiError> {
    let value = header(headers, headers::X_REFERENCE_ID)
        .ok_or_else(|| ApiError::bad_request(format!("{} is missing", headers::X_REFERENCE_ID)))?;
    ReferenceId::try_from(value.to_owned())
        .map_err(|_| ApiError::bad_request(format!("{} must be a UUID version 4", headers::X_REFERENCE_ID)))
}

/// `POST /v1_0/apiuser`: 201, or 409 for a reused id.
pub async fn create_user(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Valid(asked): Valid<types::ApiUser>,
) -> Result<StatusCode, ApiError> {
    let id = reference(&headers)?;
    let mut ledger = app.store.lock();
    if ledger.user(&id).is_some() {
        return Err(ApiError::conflict());
    }
    ledger.users.push(User {
        id,
        callback_host: asked.provider_callback_host.to_string(),
        key: None,
    });
    Ok(StatusCode::CREATED)
}

/// `GET /v1_0/apiuser/{apiUser}`.
pub async fn user(
    State(app): State<Arc<App>>,
    Params(asked): Params<parameters::GetApiUser>,
) -> Result<Json<types::ApiUserResult>, ApiError> {
    let ledger = app.store.lock();
    let user = ledger.user(&asked.api_user).ok_or_else(ApiError::not_found)?;
    Ok(Json(types::ApiUserResult {
        provider_callback_host: user.callback_host.clone(),
        target_environment: TargetEnvironment::Sandbox,
    }))
}

/// `POST /v1_0/apiuser/{apiUser}/apikey`: a new key, which replaces the last.
pub async fn create_key(
    State(app): State<Arc<App>>,
    Params(asked): Params<parameters::CreateApiKey>,
) -> Result<(StatusCode, Json<types::ApiKeyResult>), ApiError> {
    let key = Alphanumeric.sample_string(&mut rand::rng(), 32);
    let mut ledger = app.store.lock();
    let user = ledger
        .users
        .iter_mut()
        .find(|user| user.id == asked.api_user)
        .ok_or_else(ApiError::not_found)?;
    user.key = Some(key.clone());
    Ok((
        StatusCode::CREATED,
        Json(types::ApiKeyResult {
            api_key: Secret::new(key),
        }),
    ))
}
