//! `GET /oauth/v1/generate`: a token for the app's consumer key and secret
//! (HTTP Basic), which invalidates the app's previous one.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use daraja::types::{self, ErrorCode};
use daraja::{Secret, parameters};
use pesa_sandbox::{Params, Refused};

use crate::App;
use crate::errors::ApiError;

/// Issues a token.
pub async fn create(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    asked: Result<Params<parameters::CreateToken>, Refused>,
) -> Result<Json<types::AccessTokenAnswer>, ApiError> {
    if asked.is_err() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidGrantType,
            "Invalid grant type passed",
        ));
    }
    let known = basic(&headers)
        .is_some_and(|(key, secret)| key == app.config.consumer_key && secret == app.config.consumer_secret);
    if !known {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidAuthenticationType,
            "Invalid Authentication passed",
        ));
    }
    let lifetime = chrono::Duration::from_std(app.config.token_ttl).unwrap_or(chrono::Duration::hours(1));
    let token = app.tokens.issue(&app.config.consumer_key, app.now() + lifetime);
    // Daraja's sample says 3599 for an hour's token.
    let seconds = app.config.token_ttl.as_secs().saturating_sub(1);
    Ok(Json(types::AccessTokenAnswer {
        access_token: Secret::new(token),
        expires_in: types::Seconds(seconds),
    }))
}

/// The key and secret of an `Authorization: Basic` header.
fn basic(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (key, secret) = decoded.split_once(':')?;
    Some((key.to_owned(), secret.to_owned()))
}
