//! `GET /getSession/`: a session for the API key, sent encrypted with the
//! sandbox's public key; live only after the configured delay.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header::AUTHORIZATION};
use vodacom::Secret;
use vodacom::types::{ResponseCode, SessionAnswer};

use crate::App;
use crate::api::Served;
use crate::errors::{ApiError, http_status, words};

/// Opens a session when the `Authorization` carries the app's API key,
/// encrypted; `INS-2` (401) otherwise.
pub async fn open(
    State(app): State<Arc<App>>,
    _market: Served,
    headers: HeaderMap,
) -> Result<(StatusCode, Json<SessionAnswer>), ApiError> {
    let header = headers.get(AUTHORIZATION).and_then(|value| value.to_str().ok());
    let api_key = header.and_then(|header| app.keys.bearer(header));
    if api_key.as_deref() != Some(app.config.api_key.as_str()) {
        return Err(ApiError::new(ResponseCode::InvalidApiKey));
    }
    let id = app.sessions.open(app.now());
    let code = ResponseCode::Success;
    Ok((
        http_status(&code),
        Json(SessionAnswer {
            output_response_desc: Some(words(&code)),
            output_response_code: Some(code),
            output_session_id: Secret::new(id),
        }),
    ))
}
