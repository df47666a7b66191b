//! MoMo's error answers, built from the contract's `ErrorBody`: MTN's
//! `{code, message}`, and the API gateway's `{statusCode, message}` for a
//! bad subscription key or token.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use momo::types::{ErrorBody, ReasonCode};
use pesa_sandbox::Rejection;

/// An error answer of the gateway.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    body: ErrorBody,
}

impl ApiError {
    /// `status` with MTN's `code` and `message`.
    pub fn new(status: StatusCode, code: ReasonCode, message: impl Into<String>) -> Self {
        Self {
            status,
            body: ErrorBody {
                code: Some(code),
                message: Some(message.into()),
                status_code: None,
                error: None,
            },
        }
    }

    /// HTTP 400 with a message only: a request MTN cannot read.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            body: ErrorBody {
                code: None,
                message: Some(message.into()),
                status_code: None,
                error: None,
            },
        }
    }

    /// HTTP 401 from the API gateway (`{statusCode, message}`, MTN-ERR).
    pub fn gateway_unauthorized(message: &str) -> Self {
        Self {
            status: StatusCode::UNAUTHORIZED,
            body: ErrorBody {
                code: None,
                message: Some(message.to_owned()),
                status_code: Some(401),
                error: None,
            },
        }
    }

    /// HTTP 401 of the token call (`{error}`, MTY).
    pub fn login_failed() -> Self {
        Self {
            status: StatusCode::UNAUTHORIZED,
            body: ErrorBody {
                code: None,
                message: None,
                status_code: None,
                error: Some("login_failed".to_owned()),
            },
        }
    }

    /// HTTP 404 `RESOURCE_NOT_FOUND` (MTY).
    pub fn not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            ReasonCode::ResourceNotFound,
            "Requested resource was not found.",
        )
    }

    /// HTTP 409 `RESOURCE_ALREADY_EXIST` (MTY).
    pub fn conflict() -> Self {
        Self::new(
            StatusCode::CONFLICT,
            ReasonCode::ResourceAlreadyExist,
            "Duplicated reference id. Creation of resource failed.",
        )
    }

    /// The answer to a request that does not follow the contract: 400,
    /// naming the first field wrong.
    pub fn rejected(rejection: &Rejection) -> Self {
        match rejection {
            Rejection::Invalid(problems) => {
                let field = problems.first().map_or("request", |problem| problem.field.as_str());
                Self::bad_request(format!("Invalid {}", if field.is_empty() { "request" } else { field }))
            }
            Rejection::Unreadable(_) | Rejection::UnsupportedMediaType(_) => Self::bad_request("Invalid request"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}
