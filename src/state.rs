//! What every call of a client shares: the generated client's inner value
//! ([`ClientState`]: the token and the retry policy) and the hooks that
//! progenitor runs around each request.
//!
//! - `pre`: records the operation for the call's context and puts the
//!   token on the request (HTTP Basic for the token call itself);
//! - `exec`: sends it and, on a 401 to a token the client still holds,
//!   renews that token once and replays the request once;
//! - `post`: records the answer's status and `Retry-After`.

use std::fmt;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::AUTHORIZATION;
use reqwest::{Request, Response, StatusCode};

use crate::auth::Auth;
use crate::call;
use crate::generated::Client as Api;
use crate::retry::RetryPolicy;

/// The operation id of the token call in the spec.
const TOKEN_OPERATION: &str = "create_token";

/// The generated client's inner value: a client's token and retry policy.
#[derive(Clone)]
pub struct ClientState {
    pub(crate) auth: Auth,
    pub(crate) retry: RetryPolicy,
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("auth", &self.auth)
            .field("retry", &self.retry)
            .finish()
    }
}

impl ClientHooks<ClientState> for Api {
    async fn pre<E>(&self, request: &mut Request, info: &OperationInfo) -> Result<(), progenitor_client::Error<E>> {
        call::record_operation(info.operation_id);
        let state = self.inner();
        let header = if info.operation_id == TOKEN_OPERATION {
            state.auth.basic_header()
        } else {
            match state.auth.header(self, &state.retry).await {
                Ok(header) => Some(header),
                Err(error) => {
                    let message = error.to_string();
                    call::record_auth_error(error);
                    return Err(progenitor_client::Error::Custom(message));
                }
            }
        };
        if let Some(header) = header {
            request.headers_mut().insert(AUTHORIZATION, header);
        }
        Ok(())
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        let state = self.inner();
        let replay = if info.operation_id == TOKEN_OPERATION {
            None
        } else {
            request.try_clone()
        };
        let used = state.auth.serial_of(&request);
        let response = self.client().execute(request).await?;
        let (Some(mut replay), Some(used)) = (replay, used) else {
            return Ok(response);
        };
        if response.status() != StatusCode::UNAUTHORIZED {
            return Ok(response);
        }
        tracing::debug!(operation = info.operation_id, "401: renewing the token once");
        match state.auth.renewed_header(self, &state.retry, used).await {
            Ok(header) => {
                replay.headers_mut().insert(AUTHORIZATION, header);
                self.client().execute(replay).await
            }
            Err(error) => {
                tracing::warn!(operation = info.operation_id, %error, "token renewal failed");
                Ok(response)
            }
        }
    }

    async fn post<E>(
        &self,
        result: &reqwest::Result<Response>,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        if let Ok(response) = result {
            call::record_answer(response);
        }
        Ok(())
    }
}
