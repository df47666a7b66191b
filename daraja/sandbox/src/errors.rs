//! Daraja's error answers, built from the contract's `ErrorEnvelope`: every
//! non-2xx answer, including a request the contract refuses (`400.002.02
//! Bad Request - Invalid X`, naming the first field wrong, as Daraja does).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use daraja::types::{ErrorCode, ErrorEnvelope};
use pesa_sandbox::Rejection;

/// An error answer of the gateway.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    envelope: ErrorEnvelope,
}

impl ApiError {
    /// `status` with `code` and `message`.
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            envelope: ErrorEnvelope {
                request_id: Some(crate::keys::request_id()),
                error_code: code,
                error_message: Some(message.into()),
            },
        }
    }

    /// HTTP 400 `Bad Request - Invalid {field}`.
    pub fn invalid(field: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::BadRequest,
            format!("Bad Request - Invalid {field}"),
        )
    }

    /// HTTP 404 `Invalid Access Token` (DJ:MpesaExpressSimulate).
    pub fn invalid_token() -> Self {
        Self::new(StatusCode::NOT_FOUND, ErrorCode::InvalidToken, "Invalid Access Token")
    }

    /// HTTP 401 `401.002.01`: a request without an access token.
    pub fn no_token() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidAccessToken,
            "Error Occurred - Invalid Access Token - no access token",
        )
    }

    /// HTTP 500 `500.001.1001` with `message` (wrong STK password, a push
    /// still being processed).
    pub fn merchant(message: &str) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::MerchantRefused, message)
    }

    /// The answer to a request that does not follow the contract.
    pub fn rejected(rejection: &Rejection) -> Self {
        match rejection {
            Rejection::Invalid(problems) => {
                let field = problems.first().map_or("request", |problem| problem.field.as_str());
                Self::invalid(if field.is_empty() { "request" } else { field })
            }
            Rejection::Unreadable(_) | Rejection::UnsupportedMediaType(_) => Self::invalid("request"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.envelope)).into_response()
    }
}
