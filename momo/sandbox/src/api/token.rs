//! `POST /{product}/token/`: a token of the product for the API user whose
//! id and key come as HTTP Basic.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use momo::{Secret, parameters, types};
use pesa_sandbox::Params;
use rand::distr::{Alphanumeric, SampleString};

use crate::App;
use crate::api::header;
use crate::errors::ApiError;
use crate::state::Token;

/// Issues a token; tokens issued before stay valid until they expire.
pub async fn create(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Params(asked): Params<parameters::CreateAccessToken>,
) -> Result<Json<types::AccessTokenAnswer>, ApiError> {
    let (id, key) = basic(&headers).ok_or_else(ApiError::login_failed)?;
    let lifetime = chrono::Duration::from_std(app.config.token_ttl).unwrap_or(chrono::Duration::hours(1));
    let expires = app.now() + lifetime;
    let mut ledger = app.store.lock();
    let user = ledger
        .users
        .iter()
        .find(|user| user.id.as_str() == id && user.key.as_deref() == Some(key.as_str()))
        .ok_or_else(ApiError::login_failed)?;
    // A JWT's three parts, as MTN's tokens are (their content is the sandbox's own).
    let part = || Alphanumeric.sample_string(&mut rand::rng(), 24);
    let token = format!("eyJ0eXAiOiJKV1QiLCJhbGciOiJSMjU2In0.{}.{}", part(), part());
    let user = user.id.clone();
    ledger.tokens.push(Token {
        token: token.clone(),
        user,
        product: asked.product,
        expires,
    });
    Ok(Json(types::AccessTokenAnswer {
        access_token: Secret::new(token),
        token_type: Some("access_token".to_owned()),
        expires_in: app.config.token_ttl.as_secs(),
    }))
}

/// The id and key of an `Authorization: Basic` header.
fn basic(headers: &HeaderMap) -> Option<(String, String)> {
    let (scheme, encoded) = header(headers, "authorization")?.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (id, key) = decoded.split_once(':')?;
    Some((id.to_owned(), key.to_owned()))
}
