//! `POST /oAuth2/token/`: the merchant's token (client credentials), and a
//! customer's for "log in with iHela" (a code exchanged, a refresh token
//! renewed). The client authenticates by HTTP Basic or by form fields.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ihela::types;

use crate::App;
use crate::fields::{ApiError, Fields};
use crate::tokens::Issued;

/// The longest client id, secret, code or token accepted.
const MAX_CREDENTIAL: usize = 255;

/// Issues a token: the grant decides whose.
pub async fn create(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    mut fields: Fields,
) -> Result<Json<types::Token>, ApiError> {
    let invalid_request = || ApiError::oauth(StatusCode::BAD_REQUEST, "invalid_request");
    let form_id = fields.optional_nonblank("client_id", MAX_CREDENTIAL);
    let form_secret = fields.optional_nonblank("client_secret", MAX_CREDENTIAL);
    let grant_type = fields.optional_text("grant_type");
    let code = fields.optional_nonblank("code", MAX_CREDENTIAL);
    let redirect_uri = fields.optional_nonblank("redirect_uri", usize::MAX);
    let refresh_token = fields.optional_nonblank("refresh_token", MAX_CREDENTIAL);
    fields.finish().map_err(|_| invalid_request())?;
    // One way of sending the credentials, not two (RFC 6749 section 2.3).
    let (id, secret) = match (basic_credentials(&headers), form_id, form_secret) {
        (Some(credentials), None, None) => credentials,
        (Some(_), _, _) => return Err(invalid_request()),
        (None, id, secret) => (id.unwrap_or_default(), secret.unwrap_or_default()),
    };
    let grant = match grant_type.as_deref() {
        Some("client_credentials") => Grant::ClientCredentials,
        Some("authorization_code") => Grant::Code {
            code: code.ok_or_else(invalid_request)?,
            redirect_uri: redirect_uri.ok_or_else(invalid_request)?,
        },
        Some("refresh_token") => Grant::Refresh(refresh_token.ok_or_else(invalid_request)?),
        Some(_) => return Err(ApiError::oauth(StatusCode::BAD_REQUEST, "unsupported_grant_type")),
        None => return Err(invalid_request()),
    };
    if !app.knows_client(&id, &secret) {
        return Err(ApiError::oauth(StatusCode::UNAUTHORIZED, "invalid_client"));
    }
    let lifetime = app.config.token_ttl;
    let with_refresh = app.config.refresh_tokens;
    let issued = match grant {
        Grant::ClientCredentials => Issued {
            access_token: app.tokens.issue_merchant(lifetime),
            refresh_token: None,
        },
        Grant::Code { code, redirect_uri } => app
            .tokens
            .redeem(&code, &id, &redirect_uri, lifetime, with_refresh)
            .map_err(ApiError::invalid_grant)?,
        Grant::Refresh(token) => app
            .tokens
            .refresh(&token, &id, lifetime, with_refresh)
            .map_err(ApiError::invalid_grant)?,
    };
    Ok(Json(types::Token {
        access_token: issued.access_token.into(),
        token_type: "Bearer".to_owned(),
        expires_in: i64::try_from(lifetime.as_secs()).ok(),
        scope: Some("read write".to_owned()),
        refresh_token: issued.refresh_token.map(Into::into),
    }))
}

/// What a token request asks for.
enum Grant {
    ClientCredentials,
    Code { code: String, redirect_uri: String },
    Refresh(String),
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
