//! The JWT pair (SimpleJWT's views): obtained with a banking user's
//! username and password, its access token renewed with the refresh token.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse as _;
use ihela::banking::types;
use pesa_sandbox::Valid;

use super::shared::Answered;
use crate::App;
use crate::errors::ApiError;

/// SimpleJWT's answer to credentials it does not know.
const NO_ACCOUNT: &str = "No active account found with the given credentials";

/// A JWT pair for the user whose username and password these are.
pub async fn request_jwt(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::JwtRequest>,
) -> Answered<types::JwtPair> {
    let user = app
        .config
        .banking_users
        .iter()
        .position(|user| user.username == asked.username.as_str() && user.password == asked.password.expose())
        .ok_or_else(|| ApiError::unauthorized(NO_ACCOUNT).into_response())?;
    let (access, refresh) = app.tokens.issue_jwt_pair(user, &app.jwt, app.now());
    Ok(Json(types::JwtPair {
        access: access.into(),
        refresh: refresh.into(),
    }))
}

/// A new access token for a refresh token that has not expired.
pub async fn refresh_jwt(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::JwtRefreshRequest>,
) -> Answered<types::JwtRefreshed> {
    let access = app
        .tokens
        .refresh_jwt(asked.refresh.expose(), &app.jwt, app.now())
        .map_err(|detail| ApiError::unauthorized(detail).into_response())?;
    Ok(Json(types::JwtRefreshed {
        access: access.into(),
        refresh: None,
    }))
}
