//! The gateway's refusals: an `INS-*` code in the contract's `Refusal`,
//! under the HTTP status the code's description in the spec gives it
//! (CODES' table: `INS-10` 409, `INS-2` 401, …).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use pesa_sandbox::{ProblemKind, Rejection};
use vodacom::types::{ConversationId, Refusal, ResponseCode, ThirdPartyConversationId};

/// A refusal of the gateway.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    body: Box<Refusal>,
}

impl ApiError {
    /// `code`, described as the spec describes it.
    pub fn new(code: ResponseCode) -> Self {
        let description = words(&code);
        Self::with(code, description)
    }

    /// `code`, with `description` saying more.
    pub fn with(code: ResponseCode, description: impl Into<String>) -> Self {
        Self {
            status: http_status(&code),
            body: Box::new(Refusal {
                output_response_code: code,
                output_response_desc: Some(description.into()),
                output_conversation_id: None,
                output_transaction_id: None,
                output_third_party_conversation_id: None,
            }),
        }
    }

    /// The same refusal, naming the request's key and the gateway's.
    pub fn about(mut self, reference: &ThirdPartyConversationId, conversation: ConversationId) -> Self {
        self.body.output_third_party_conversation_id = Some(reference.clone());
        self.body.output_conversation_id = Some(conversation);
        self
    }

    /// A path the gateway does not serve (`INS-22`, Assumed: the gateway's
    /// own answer to an unknown path is not published).
    pub fn not_found() -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            ..Self::new(ResponseCode::InvalidOperationType)
        }
    }

    /// A request the contract refuses: `INS-20` when a parameter is
    /// missing, else `INS-21`, naming the fields.
    pub fn rejected(rejection: &Rejection) -> Self {
        match rejection {
            Rejection::Invalid(problems) => {
                let missing = problems.iter().any(|problem| problem.kind == ProblemKind::Required);
                let code = if missing {
                    ResponseCode::MissingParameters
                } else {
                    ResponseCode::ParameterValidationFailed
                };
                let fields: Vec<&str> = problems.iter().map(|problem| problem.field.as_str()).collect();
                let description = format!("{}: {}", words(&code), fields.join(", "));
                Self::with(code, description)
            }
            Rejection::Unreadable(why) => Self::with(
                ResponseCode::ParameterValidationFailed,
                format!(
                    "{}: the body does not read: {why}",
                    words(&ResponseCode::ParameterValidationFailed)
                ),
            ),
            Rejection::UnsupportedMediaType(media_type) => Self::with(
                ResponseCode::ParameterValidationFailed,
                format!(
                    "{}: not taken as {media_type}",
                    words(&ResponseCode::ParameterValidationFailed)
                ),
            ),
        }
    }
}

impl ApiError {
    /// The refusal in Mozambique's shape (`output_ThirdPartyReference` for
    /// the caller's key).
    pub fn mozambique(self) -> Response {
        let body = vodacom::mozambique::types::Refusal {
            output_response_code: self.body.output_response_code,
            output_response_desc: self.body.output_response_desc,
            output_conversation_id: self.body.output_conversation_id,
            output_third_party_reference: self.body.output_third_party_conversation_id.map(|key| key.to_string()),
        };
        (self.status, Json(body)).into_response()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(*self.body)).into_response()
    }
}

/// A code's meaning, from its description in the spec, without the HTTP
/// status in brackets.
pub fn words(code: &ResponseCode) -> String {
    let description = code.description().unwrap_or("Refused");
    let words = description.split(" (").next().unwrap_or(description);
    words.trim_end_matches('.').to_owned()
}

/// The HTTP status a code is answered with: the number in brackets in its
/// description in the spec (`(409)`, `(HTTP 201)`); 400 when it gives none.
pub fn http_status(code: &ResponseCode) -> StatusCode {
    let description = code.description().unwrap_or_default();
    description
        .split('(')
        .skip(1)
        .filter_map(|bracket| bracket.trim_start_matches("HTTP ").get(..3))
        .find_map(|digits| digits.parse::<u16>().ok())
        .and_then(|status| StatusCode::from_u16(status).ok())
        .unwrap_or(StatusCode::BAD_REQUEST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_has_the_status_and_words_of_the_spec() {
        assert_eq!(http_status(&ResponseCode::Success), StatusCode::CREATED);
        assert_eq!(http_status(&ResponseCode::DuplicateTransaction), StatusCode::CONFLICT);
        assert_eq!(http_status(&ResponseCode::InvalidApiKey), StatusCode::UNAUTHORIZED);
        assert_eq!(
            http_status(&ResponseCode::InsufficientBalance),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            http_status(&ResponseCode::TemporaryOverload),
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(http_status(&ResponseCode::DirectDebitMissing), StatusCode::BAD_REQUEST);
        assert_eq!(words(&ResponseCode::DuplicateTransaction), "Duplicate transaction");
        assert_eq!(words(&ResponseCode::Success), "Request processed successfully");
    }
}
