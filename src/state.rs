//! What every call of a client shares: the generated client's inner value
//! ([`ClientState`]: the token and the retry policy) and the hooks that
//! progenitor runs around each request.
//!
//! - `pre`: records the operation for the call's context and puts the
//!   token on the request (HTTP Basic on the merchant's own token call; a
//!   customer's token calls carry the credentials in their form);
//! - `exec`: sends it. A call run by `call::run` (every method of
//!   [`Client`](crate::Client)) is replayed there after a 401, built anew;
//!   a call made on `Client::api()` directly is replayed here, from a copy
//!   kept for that;
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
        if info.operation_id == TOKEN_OPERATION {
            if let Some(header) = state.auth.basic_header() {
                request.headers_mut().insert(AUTHORIZATION, header);
            }
            return Ok(());
        }
        let token = match state.auth.fresh() {
            Some(token) => token,
            // Boxed: a fetch is rare, and its state would weigh on every call.
            None => Box::pin(state.auth.token(self, &state.retry)).await.map_err(|error| {
                let message = error.to_string();
                call::record_auth_error(error);
                progenitor_client::Error::Custom(message)
            })?,
        };
        call::record_token(token.serial);
        request.headers_mut().insert(AUTHORIZATION, token.header);
        Ok(())
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        if info.operation_id == TOKEN_OPERATION || call::replayed_by_run() {
            return self.client().execute(request).await;
        }
        // Boxed: only calls made on `Client::api()` directly come here.
        Box::pin(self.execute_replaying(request, info)).await
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

impl Api {
    /// Sends `request`, made on the generated client directly, and on a 401
    /// to a token the client still holds renews that token once and replays
    /// a copy of the request once.
    async fn execute_replaying(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        let state = self.inner();
        let replay = request.try_clone();
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
}
