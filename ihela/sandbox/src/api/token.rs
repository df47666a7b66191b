//! `POST /oAuth2/token/`: the merchant's token (client credentials), and a
//! customer's for "log in with iHela" (a code exchanged, a refresh token
//! renewed). The client authenticates by HTTP Basic or by form fields. A
//! request the contract refuses gets OAuth2's errors (RFC 6749 section
//! 5.2), not the API's field errors.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ihela::types::{self, TokenError, TokenRequestGrantType as GrantType};
use pesa_sandbox::{Refused, Valid, field};

use crate::App;
use crate::errors::ApiError;
use crate::tokens::Issued;

/// Issues a token: the grant decides whose.
pub async fn create(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    asked: Result<Valid<types::TokenRequest>, Refused>,
) -> Result<Json<types::Token>, ApiError> {
    let invalid_request = || ApiError::oauth(StatusCode::BAD_REQUEST, TokenError::InvalidRequest, None);
    let Valid(asked) = asked.map_err(|refused| {
        let grant_type = field!(types::TokenRequest, grant_type);
        if refused.fields().any(|name| name == grant_type) {
            ApiError::oauth(StatusCode::BAD_REQUEST, TokenError::UnsupportedGrantType, None)
        } else {
            invalid_request()
        }
    })?;
    let form_secret = asked.client_secret.as_ref().map(|secret| secret.expose().to_owned());
    // One way of sending the credentials, not two (RFC 6749 section 2.3).
    let (id, secret) = match (basic_credentials(&headers), asked.client_id, form_secret) {
        (Some(credentials), None, None) => credentials,
        (Some(_), _, _) => return Err(invalid_request()),
        (None, id, secret) => (id.unwrap_or_default(), secret.unwrap_or_default()),
    };
    if !app.knows_client(&id, &secret) {
        return Err(ApiError::oauth(
            StatusCode::UNAUTHORIZED,
            TokenError::InvalidClient,
            None,
        ));
    }
    let lifetime = (app.now(), app.config.token_ttl);
    let with_refresh = app.config.refresh_tokens;
    let refused = |reason| ApiError::oauth(StatusCode::BAD_REQUEST, TokenError::InvalidGrant, Some(reason));
    let issued = match asked.grant_type {
        GrantType::ClientCredentials => Issued {
            access_token: app.tokens.issue(app.owner_of(&id), app.config.token_ttl, app.now()),
            refresh_token: None,
        },
        GrantType::AuthorizationCode => {
            let (Some(code), Some(redirect_uri)) = (asked.code, asked.redirect_uri) else {
                return Err(invalid_request());
            };
            app.tokens
                .redeem(&code, &id, &redirect_uri, lifetime, with_refresh)
                .map_err(refused)?
        }
        GrantType::RefreshToken => {
            let token = asked.refresh_token.ok_or_else(invalid_request)?;
            app.tokens
                .refresh(token.expose(), &id, lifetime, with_refresh)
                .map_err(refused)?
        }
    };
    Ok(Json(types::Token {
        access_token: issued.access_token.into(),
        token_type: "Bearer".to_owned(),
        expires_in: i64::try_from(app.config.token_ttl.as_secs()).ok(),
        scope: Some("read write".to_owned()),
        refresh_token: issued.refresh_token.map(Into::into),
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
