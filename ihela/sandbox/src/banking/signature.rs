//! `X-iHela-Signature` on the money-moving calls: a header that is not
//! what the contract describes (64 hex digits) is refused with 400; when
//! the sandbox has a key, the header must be the hex HMAC-SHA256 of the
//! body's bytes as received, checked before the body is read, or the call
//! is refused with 403. Either way nothing is carried out.

use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ihela::banking::{headers, types};

use crate::App;
use crate::errors::ApiError;

/// The largest body read (1 MiB).
const MAX_BODY: usize = 1 << 20;

/// Lets a request through when its signature matches its body, or the
/// sandbox has no key.
pub async fn check(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    if let Some(value) = request.headers().get(headers::X_I_HELA_SIGNATURE) {
        // The four operations share the contract's `Signature` parameter:
        // one of its generated types reads them all.
        let text = value.to_str().unwrap_or_default();
        if let Err(why) = types::MakeDepositXiHelaSignature::try_from(text) {
            let detail = format!("{}: {why}", headers::X_I_HELA_SIGNATURE);
            return ApiError::detail(StatusCode::BAD_REQUEST, detail).into_response();
        }
    }
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
