//! `POST /oAuth2/token/`: client credentials by HTTP Basic or by form fields.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ihela::types;

use crate::App;
use crate::fields::{ApiError, Fields};

/// The longest client id or secret accepted.
const MAX_CREDENTIAL: usize = 255;

/// Issues a bearer token to the sandbox's client.
pub async fn create(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    mut fields: Fields,
) -> Result<Json<types::Token>, ApiError> {
    let invalid_request = || ApiError::oauth(StatusCode::BAD_REQUEST, "invalid_request");
    let form_id = fields.optional_nonblank("client_id", MAX_CREDENTIAL);
    let form_secret = fields.optional_nonblank("client_secret", MAX_CREDENTIAL);
    let grant_type = fields.optional_text("grant_type");
    fields.finish().map_err(|_| invalid_request())?;
    // One way of sending the credentials, not two (RFC 6749 section 2.3).
    let (id, secret) = match (basic_credentials(&headers), form_id, form_secret) {
        (Some(credentials), None, None) => credentials,
        (Some(_), _, _) => return Err(invalid_request()),
        (None, id, secret) => (id.unwrap_or_default(), secret.unwrap_or_default()),
    };
    match grant_type.as_deref() {
        Some("client_credentials") => {}
        Some(_) => return Err(ApiError::oauth(StatusCode::BAD_REQUEST, "unsupported_grant_type")),
        None => return Err(invalid_request()),
    }
    if id != app.config.client_id || secret != app.config.client_secret {
        return Err(ApiError::oauth(StatusCode::UNAUTHORIZED, "invalid_client"));
    }
    let lifetime = app.config.token_ttl;
    Ok(Json(types::Token {
        access_token: app.store.issue_token(lifetime).into(),
        token_type: "Bearer".to_owned(),
        expires_in: i64::try_from(lifetime.as_secs()).ok(),
        scope: Some("read write".to_owned()),
        refresh_token: None,
    }))
}

/// The id and secret of an `Authorization: Basic` header.
fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    Some((id.to_owned(), secret.to_owned()))
}
