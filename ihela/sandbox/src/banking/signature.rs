//! `X-iHela-Signature` on the money-moving calls: when the sandbox has a
//! key, the hex HMAC-SHA256 of the body's bytes as received, checked
//! before the body is read; a missing or other signature is refused with
//! 403 and nothing is carried out.

use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ihela::banking::headers;

use crate::App;
use crate::errors::ApiError;

/// The largest body read (1 MiB).
const MAX_BODY: usize = 1 << 20;

/// Lets a request through when its signature matches its body, or the
/// sandbox has no key.
pub async fn check(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let Some(key) = app.config.signature_key.as_ref() else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return ApiError::detail(StatusCode::PAYLOAD_TOO_LARGE, "The body is too large.").into_response();
    };
    let signature = parts
        .headers
        .get(headers::X_I_HELA_SIGNATURE)
        .and_then(|value| value.to_str().ok());
    if let Err(why) = key.verify(&bytes, signature) {
        let detail = format!("{}: {why}", headers::X_I_HELA_SIGNATURE);
        return ApiError::detail(StatusCode::FORBIDDEN, detail).into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}
