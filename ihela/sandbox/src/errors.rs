//! The gateway's error answers, as iHela's (a Django REST framework
//! application) gives them, built from the contract's types: field errors
//! (`FieldErrors`, HTTP 400, every bad field at once), a `detail`
//! (`ErrorDetail`) and the token endpoint's OAuth2 errors (`OAuthError`).
//!
//! What the schemas refuse comes from `pesa-sandbox`'s contract reader; the
//! problems the sandbox finds itself (an unknown bank, a bank's limits)
//! name their field with `pesa_sandbox::field!`, checked by the compiler.
//! Only the wording is the sandbox's own.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use ihela::types;
use pesa_sandbox::{Problem, ProblemKind, Rejection};
use serde::Serialize;

/// The field errors of DRF for the request as a whole.
const NON_FIELD_ERRORS: &str = "non_field_errors";

/// An error answer of the gateway.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    body: Body,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Body {
    Fields(types::FieldErrors),
    Detail(types::ErrorDetail),
    OAuth(types::OAuthError),
}

impl ApiError {
    /// HTTP 400 naming one field.
    pub fn field(name: &str, message: impl Into<String>) -> Self {
        let mut problems = Problems::default();
        problems.add(name, message);
        problems.into_error()
    }

    /// A `detail` answer with `status`.
    pub fn detail(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            status,
            body: Body::Detail(types::ErrorDetail { detail: detail.into() }),
        }
    }

    /// HTTP 401 with DRF's `detail`.
    pub fn unauthorized(detail: &str) -> Self {
        Self::detail(StatusCode::UNAUTHORIZED, detail)
    }

    /// HTTP 403 with DRF's `detail`: the token may not do this.
    pub fn forbidden() -> Self {
        Self::detail(
            StatusCode::FORBIDDEN,
            "You do not have permission to perform this action.",
        )
    }

    /// HTTP 404 with DRF's `detail`.
    pub fn not_found() -> Self {
        Self::detail(StatusCode::NOT_FOUND, "Not found.")
    }

    /// An OAuth2 error of the token endpoint (RFC 6749 section 5.2).
    pub fn oauth(status: StatusCode, error: types::TokenError, description: Option<&str>) -> Self {
        Self {
            status,
            body: Body::OAuth(types::OAuthError {
                error,
                error_description: description.map(str::to_owned),
            }),
        }
    }

    /// The answer to a request that does not follow the contract.
    pub fn rejected(rejection: Rejection) -> Self {
        match rejection {
            Rejection::Invalid(found) => {
                let mut problems = Problems::default();
                for problem in found {
                    problems.problem(&problem);
                }
                problems.into_error()
            }
            Rejection::Unreadable(reason) => Self::field(NON_FIELD_ERRORS, format!("Malformed body: {reason}")),
            Rejection::UnsupportedMediaType(media_type) => Self::detail(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!("Unsupported media type \"{media_type}\" in request."),
            ),
        }
    }
}

impl From<ApiError> for Response {
    fn from(error: ApiError) -> Self {
        error.into_response()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}

/// The problems found in a request so far, by field.
#[derive(Debug)]
pub struct Problems(types::FieldErrors);

impl Default for Problems {
    fn default() -> Self {
        Self(types::FieldErrors(Default::default()))
    }
}

impl Problems {
    /// Records that `field` is wrong.
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        let field = if field.is_empty() { NON_FIELD_ERRORS } else { field };
        self.0.0.entry(field.to_owned()).or_default().push(message.into());
    }

    /// Records a problem the contract reader found, in DRF's words.
    fn problem(&mut self, problem: &Problem) {
        let message = match &problem.kind {
            ProblemKind::Required => "This field is required.".to_owned(),
            ProblemKind::TooShort(1) => "This field may not be blank.".to_owned(),
            ProblemKind::TooShort(limit) => format!("Ensure this field has at least {limit} characters."),
            ProblemKind::TooLong(limit) => format!("Ensure this field has no more than {limit} characters."),
            ProblemKind::BelowMinimum(limit) => format!("Ensure this value is greater than or equal to {limit}."),
            ProblemKind::AboveMaximum(limit) => format!("Ensure this value is less than or equal to {limit}."),
            ProblemKind::Type(kind) if kind == "integer" => "A valid integer is required.".to_owned(),
            ProblemKind::Type(kind) if kind == "string" => "Not a valid string.".to_owned(),
            ProblemKind::Type(kind) => format!("Not a valid {kind}."),
            ProblemKind::Pattern(_) => "This value does not have the expected format.".to_owned(),
            ProblemKind::NotAllowed => "Not a valid choice.".to_owned(),
            ProblemKind::Ambiguous => "Give one form of the request, not both.".to_owned(),
            ProblemKind::Other(reason) => reason.clone(),
        };
        self.add(&problem.field, message);
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.0.0.is_empty()
    }

    /// `Ok` when nothing was found, the 400 answer naming every problem otherwise.
    pub fn finish(self) -> Result<(), ApiError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self.into_error())
        }
    }

    fn into_error(self) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            body: Body::Fields(self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(error: ApiError) -> serde_json::Value {
        serde_json::to_value(&error.body).unwrap()
    }

    #[test]
    fn problems_are_worded_as_drf_words_them_by_field() {
        let rejection = Rejection::Invalid(vec![
            Problem {
                field: "amount".into(),
                kind: ProblemKind::BelowMinimum(serde_json::json!(1)),
            },
            Problem {
                field: "description".into(),
                kind: ProblemKind::TooShort(1),
            },
            Problem {
                field: String::new(),
                kind: ProblemKind::Ambiguous,
            },
        ]);
        let answer = body(ApiError::rejected(rejection));
        assert_eq!(answer["amount"][0], "Ensure this value is greater than or equal to 1.");
        assert_eq!(answer["description"][0], "This field may not be blank.");
        assert!(answer["non_field_errors"].is_array(), "{answer}");
        assert_eq!(body(ApiError::not_found()), serde_json::json!({"detail": "Not found."}));
        let oauth = ApiError::oauth(StatusCode::BAD_REQUEST, types::TokenError::InvalidGrant, None);
        assert_eq!(body(oauth), serde_json::json!({"error": "invalid_grant"}));
    }
}
