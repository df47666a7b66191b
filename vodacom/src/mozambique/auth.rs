//! No session: every request carries the API key itself, encrypted under
//! the market's public key (TK `bearer_token`). The encryption is made
//! once, when the client is built, and carried as the session's token,
//! which never expires. A 401 refuses the API key itself: it is returned
//! as it is (the spec's security is the key, not a bearer token the
//! gateway issued, so nothing is renewed).

use std::fmt;
use std::sync::Arc;

use pesa_core::{AuthError, Gateway, Issued, Secret, Session, Settings};
use progenitor_client::ClientInfo;

use super::generated::Client as Api;
use crate::error::Vodacom;
use crate::key::PublicKey;

/// The generated clients' inner value (one per operation's port, sharing
/// it): the encrypted API key as the session's token, the key to encrypt
/// it again, retries. Clones share it.
#[derive(Clone)]
pub struct ClientState(Arc<State>);

struct State {
    session: Session,
    key: PublicKey,
    api_key: Secret,
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("session", &self.0.session)
            .field("key", &self.0.key)
            .finish_non_exhaustive()
    }
}

impl ClientState {
    /// The state of a client with `api_key`, encrypted now under `key`.
    ///
    /// # Errors
    /// When the key cannot encrypt the API key.
    pub(crate) fn new(api_key: &Secret, key: PublicKey, settings: &Settings) -> Result<Self, pesa_core::InvalidInput> {
        let token = (key.encrypt(api_key)?, None);
        let mut session =
            Session::new(settings, NO_TOKEN_OPERATION, Some(&token), None).journal_namespace("vodacom-mozambique");
        session.headers.insert(reqwest::header::ORIGIN, crate::auth::origin());
        Ok(Self(Arc::new(State {
            session,
            key,
            api_key: api_key.clone(),
        })))
    }

    /// The session: the encrypted API key and the retry policy.
    pub(crate) fn session(&self) -> &Session {
        &self.0.session
    }
}

/// Mozambique has no token operation: no operationId is this.
const NO_TOKEN_OPERATION: &str = "";

impl Gateway for Api {
    type Provider = Vodacom;

    fn session(&self) -> &Session {
        self.inner().session()
    }

    /// The API key encrypted again, no request made: what the call path
    /// would ask for if the client held no token (it is built with one).
    async fn fetch_token(&self) -> Result<Issued, AuthError> {
        let state = &self.inner().0;
        let encrypted = state.key.encrypt(&state.api_key).map_err(|e| AuthError::Malformed {
            reason: format!("the API key cannot be encrypted: {e}"),
        })?;
        Ok(Issued {
            token_type: "Bearer".to_owned(),
            access_token: encrypted,
            lifetime: None,
        })
    }
}

pesa_core::authorizing_hooks!(Api, ClientState);
