//! Daraja's tokens: the app's consumer key and secret, HTTP Basic on a GET
//! of `oauth/v1/generate`. When and how often is `pesa-core`'s business
//! ([`pesa_core::Tokens`]): one token per client, shared by all its callers
//! and clones and fetched once for them, since each new Daraja token
//! invalidates the last.
//!
//! Daraja refuses an invalid token with HTTP 404 `404.001.03` (or 401
//! `401.002.01`): both renew the token once and send the call again.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use pesa_core::{AuthError, Gateway, Issued, Secret, Session, Settings};
use progenitor_client::ClientInfo;
use reqwest::StatusCode;

use crate::error::MPesa;
use crate::generated::{Client as Api, builder, types};

/// An app's consumer key and secret. `Debug` never shows the secret.
#[derive(Clone, Debug)]
pub(crate) struct Credentials {
    consumer_key: String,
    consumer_secret: Secret,
}

impl Credentials {
    /// The consumer key and secret of a Daraja app.
    pub(crate) fn new(consumer_key: impl Into<String>, consumer_secret: impl Into<Secret>) -> Self {
        Self {
            consumer_key: consumer_key.into(),
            consumer_secret: consumer_secret.into(),
        }
    }
}

/// The generated client's inner value: its session (token, retry policy).
/// Clones share it.
#[derive(Clone)]
pub struct ClientState(Arc<Session>);

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ClientState").field(&self.0).finish()
    }
}

/// The operationId of the token call.
const TOKEN_OPERATION: &str = <builder::CreateToken<'_> as pesa_core::Operation>::ID;

impl ClientState {
    /// A client's state: its credentials (HTTP Basic on the token call), or
    /// a token handed in (`token`, valid for its lifetime if known).
    pub(crate) fn new(
        credentials: Option<&Credentials>,
        token: Option<&(Secret, Option<Duration>)>,
        settings: &Settings,
    ) -> Self {
        let basic = credentials.map(|c| pesa_core::basic_header(&c.consumer_key, &c.consumer_secret));
        Self(Arc::new(Session::new(settings, TOKEN_OPERATION, token, basic)))
    }

    /// The session: token and retry policy.
    pub(crate) fn session(&self) -> &Session {
        &self.0
    }
}

impl Gateway for Api {
    type Provider = MPesa;

    fn session(&self) -> &Session {
        self.inner().session()
    }

    async fn fetch_token(&self) -> Result<Issued, AuthError> {
        if self.session().token_credentials.is_none() {
            return Err(AuthError::NoCredentials);
        }
        let request = self.create_token().grant_type(types::GrantType::ClientCredentials);
        let token = pesa_core::call(self, request).await.map_err(pesa_core::token_failure)?;
        Ok(Issued {
            token_type: "Bearer".to_owned(),
            access_token: token.access_token,
            lifetime: Some(Duration::from_secs(token.expires_in.0)),
        })
    }

    fn refuses_token(&self, status: StatusCode, body: &[u8]) -> bool {
        let refused_code = || {
            serde_json::from_slice::<types::ErrorEnvelope>(body).is_ok_and(|envelope| {
                matches!(
                    envelope.error_code,
                    crate::generated::open_enums::ErrorCode::InvalidToken
                        | crate::generated::open_enums::ErrorCode::InvalidAccessToken
                )
            })
        };
        status == StatusCode::UNAUTHORIZED || refused_code()
    }
}

pesa_core::authorizing_hooks!(Api, ClientState);
