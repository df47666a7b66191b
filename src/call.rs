//! Running one generated operation and turning its outcome into [`Error`].
//!
//! Progenitor's error loses two things this crate promises to keep: the HTTP
//! status of an answer whose body does not decode, and the typed cause of an
//! auth failure raised in a hook. The hooks record both in a per-call
//! context (a task-local), which [`run`] reads back.

use std::cell::RefCell;
use std::future::Future;

use progenitor_client::ResponseValue;
use reqwest::StatusCode;

use crate::answer::{Answer, Rejection};
use crate::error::{AuthError, Error, ErrorBody, InvalidInput, Result};
use crate::types;

#[derive(Default)]
struct CallContext {
    operation: Option<&'static str>,
    status: Option<StatusCode>,
    auth_error: Option<AuthError>,
}

tokio::task_local! {
    static CONTEXT: RefCell<CallContext>;
}

/// Records which operation is running (from the `pre` hook).
pub(crate) fn record_operation(operation: &'static str) {
    let _ = CONTEXT.try_with(|c| {
        c.borrow_mut().operation.get_or_insert(operation);
    });
}

/// Records the status of the answer being handled (from the `post` hook).
pub(crate) fn record_status(status: StatusCode) {
    let _ = CONTEXT.try_with(|c| c.borrow_mut().status = Some(status));
}

/// Records why the `pre` hook could not authenticate the call.
pub(crate) fn record_auth_error(error: AuthError) {
    let _ = CONTEXT.try_with(|c| c.borrow_mut().auth_error = Some(error));
}

/// Runs `call` in a call context of its own and returns what the hooks recorded.
async fn in_context<F: Future>(call: F) -> (F::Output, CallContext) {
    CONTEXT
        .scope(RefCell::default(), async {
            let output = call.await;
            (output, CONTEXT.with(|c| c.take()))
        })
        .await
}

/// Runs `call` (the token call) and returns the status of its answer, if
/// one came: the token fetch needs it whoever started the fetch.
pub(crate) async fn with_status<F: Future>(call: F) -> (F::Output, Option<StatusCode>) {
    let (output, context) = in_context(call).await;
    (output, context.status)
}

/// Runs a generated operation and maps its outcome into this crate's types:
/// the answer's data when it is a success, [`Error`] otherwise (including a
/// refusal inside an HTTP 200, see [`Answer`]).
pub(crate) async fn run<T: Answer>(
    call: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<types::ErrorBody>>>,
) -> Result<T::Data> {
    let (result, context) = in_context(call).await;
    // The caller's operation: a token call runs in a context of its own.
    let operation = context.operation.unwrap_or("request");
    let value = match result {
        Ok(value) => value.into_inner(),
        Err(error) => return Err(map_error(operation, error, context).await),
    };
    value.into_data().map_err(|rejection| match rejection {
        Rejection::Refused(refusal) => Error::Refused { operation, refusal },
        Rejection::Incomplete { reason, answer } => Error::Decode {
            operation,
            status: StatusCode::OK,
            reason,
            body: answer.into(),
        },
    })
}

async fn map_error(
    operation: &'static str,
    error: progenitor_client::Error<types::ErrorBody>,
    context: CallContext,
) -> Error {
    use progenitor_client::Error as E;
    let http = |status: StatusCode, body: ErrorBody| {
        if status == StatusCode::UNAUTHORIZED {
            Error::Auth {
                operation,
                source: AuthError::Unauthorized { body },
            }
        } else {
            Error::Http {
                operation,
                status,
                body,
            }
        }
    };
    match error {
        E::InvalidRequest(message) => InvalidInput::from_builder_message(&message).into(),
        E::CommunicationError(source) | E::InvalidUpgrade(source) | E::ResponseBodyError(source) => {
            Error::Transport { operation, source }
        }
        E::ErrorResponse(answer) => http(answer.status(), ErrorBody::Json(answer.into_inner())),
        E::UnexpectedResponse(response) => {
            let status = response.status();
            match response.bytes().await {
                Ok(bytes) => http(status, ErrorBody::from_bytes(&bytes)),
                Err(source) => Error::Transport { operation, source },
            }
        }
        E::InvalidResponsePayload(body, reason) => {
            let status = context.status.unwrap_or(StatusCode::OK);
            if status.is_success() {
                Error::Decode {
                    operation,
                    status,
                    reason: reason.to_string(),
                    body,
                }
            } else {
                http(status, ErrorBody::from_bytes(&body))
            }
        }
        E::Custom(message) => Error::Auth {
            operation,
            source: context.auth_error.unwrap_or(AuthError::Malformed { reason: message }),
        },
    }
}
