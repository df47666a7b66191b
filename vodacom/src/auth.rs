//! The session: one per client (clones share it), opened with the API key
//! encrypted under the market's public key, and carried by every other
//! request as the session id encrypted the same way. When and how often is
//! `pesa-core`'s business ([`pesa_core::Tokens`]): opened on the first
//! call, once for all callers waiting, and opened again once when the
//! gateway refuses it (401).
//!
//! A new session "can take up to 30 seconds to become live" (TK), and is
//! refused until it is. The client does not sleep a fixed time: once the
//! session is answered it asks the gateway a harmless question with it (a
//! transaction status under a reference of its own), backing off from
//! 250 ms to 4 s, and uses it as soon as the answer is anything but 401,
//! within [`ClientBuilder::session_wait`](crate::ClientBuilder::session_wait)
//! (30 s by default).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use pesa_core::{AuthError, Gateway, Issued, Secret, Session, Settings};
use progenitor_client::ClientInfo;
use reqwest::StatusCode;

use crate::error::Vodacom;
use crate::generated::open_enums::ResponseCode;
use crate::generated::{Client as Api, builder, parameters, paths, types};
use crate::key::PublicKey;

/// The operationId of the session call.
const SESSION_OPERATION: &str = <builder::GetSession<'_> as pesa_core::Operation>::ID;

/// The first wait before asking a new session again; doubled up to [`MAX_PAUSE`].
const FIRST_PAUSE: Duration = Duration::from_millis(250);
/// The longest wait between two questions to a new session.
const MAX_PAUSE: Duration = Duration::from_secs(4);

/// What the client asks a new session to see whether it is live: the
/// business's code and its market's country, which a status query needs.
#[derive(Debug, Clone)]
pub(crate) struct Probe {
    pub(crate) service_provider_code: types::ServiceProviderCode,
    pub(crate) country: types::Country,
    pub(crate) wait: Duration,
}

/// The generated client's inner value: its session (the encrypted session
/// id, retries), the market's key, and how a new session is waited for.
/// Clones share it.
#[derive(Clone)]
pub struct ClientState(Arc<State>);

struct State {
    session: Session,
    key: PublicKey,
    probe: Probe,
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("session", &self.0.session)
            .field("key", &self.0.key)
            .field("probe", &self.0.probe)
            .finish()
    }
}

impl ClientState {
    /// A client's state: the API key (encrypted now, as the session call's
    /// `Authorization`) under `key`.
    ///
    /// # Errors
    /// When the key cannot encrypt the API key.
    pub(crate) fn new(
        api_key: &Secret,
        key: PublicKey,
        probe: Probe,
        settings: &Settings,
    ) -> Result<Self, pesa_core::InvalidInput> {
        let credentials = bearer(&key.encrypt(api_key)?);
        let mut session =
            Session::new(settings, SESSION_OPERATION, None, Some(credentials)).journal_namespace("vodacom");
        session.headers.insert(reqwest::header::ORIGIN, origin());
        Ok(Self(Arc::new(State { session, key, probe })))
    }

    /// The session: the encrypted session id and the retry policy.
    pub(crate) fn session(&self) -> &Session {
        &self.0.session
    }
}

/// The `Origin` every request carries (the spec's one value).
pub(crate) fn origin() -> reqwest::header::HeaderValue {
    let origin = types::Origin::X.to_string();
    reqwest::header::HeaderValue::from_str(&origin).unwrap_or_else(|e| unreachable!("{origin} is a header value: {e}"))
}

/// `Bearer <encrypted>`, marked sensitive.
fn bearer(encrypted: &Secret) -> reqwest::header::HeaderValue {
    pesa_core::sensitive_header(&format!("Bearer {}", encrypted.expose()))
}

impl Gateway for Api {
    type Provider = Vodacom;

    fn session(&self) -> &Session {
        self.inner().session()
    }

    async fn fetch_token(&self) -> Result<Issued, AuthError> {
        let answer = pesa_core::call(self, self.get_session())
            .await
            .map_err(pesa_core::token_failure)?;
        let state = &self.inner().0;
        let encrypted = state
            .key
            .encrypt(&answer.output_session_id)
            .map_err(|e| AuthError::Malformed {
                reason: format!("the session id cannot be encrypted: {e}"),
            })?;
        wait_until_live(self, &encrypted, &state.probe).await?;
        Ok(Issued {
            token_type: "Bearer".to_owned(),
            access_token: encrypted,
            lifetime: None,
        })
    }

    /// A 401 refuses the session only when it says so (`INS-2`, or no
    /// code): the gateway also answers 401 for a customer who cancelled
    /// (`INS-5`), a failed transaction (`INS-6`) or an inactive user
    /// (`INS-4`), which must never be sent again.
    fn refuses_token(&self, status: StatusCode, body: &[u8]) -> bool {
        let code = serde_json::from_slice::<types::Refusal>(body)
            .ok()
            .map(|refusal| refusal.output_response_code);
        status == StatusCode::UNAUTHORIZED && code.is_none_or(|code| code == ResponseCode::InvalidApiKey)
    }
}

/// Asks the gateway with the new session (`encrypted`) until it is not
/// refused (401), backing off, within `probe.wait`.
async fn wait_until_live(api: &Api, encrypted: &Secret, probe: &Probe) -> Result<(), AuthError> {
    let started = tokio::time::Instant::now();
    let mut pause = FIRST_PAUSE;
    let mut asked = 0u32;
    loop {
        asked += 1;
        let reference = crate::payments::own_reference("probe");
        let query = parameters::QueryTransactionStatus {
            input_country: probe.country,
            input_query_reference: types::QueryReference::try_from(reference.as_str())
                .unwrap_or_else(|e| unreachable!("{reference} is not empty: {e}")),
            input_service_provider_code: probe.service_provider_code.clone(),
            input_third_party_conversation_id: reference,
        };
        let answer = api
            .client()
            .get(format!("{}{}", api.baseurl(), paths::QUERY_TRANSACTION_STATUS))
            .header(reqwest::header::AUTHORIZATION, bearer(encrypted))
            .header(reqwest::header::ORIGIN, origin())
            .query(&query)
            .send()
            .await
            .map_err(AuthError::Transport)?;
        let status = answer.status();
        if status != StatusCode::UNAUTHORIZED {
            tracing::debug!(
                asked,
                waited_ms = started.elapsed().as_millis() as u64,
                "the new session is live"
            );
            return Ok(());
        }
        if started.elapsed() + pause > probe.wait {
            let body = answer.text().await.unwrap_or_default();
            tracing::warn!(asked, "the new session did not become live in time");
            return Err(AuthError::Unauthorized {
                status,
                body: pesa_core::ErrorBody::Raw(body),
            });
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(MAX_PAUSE);
    }
}

pesa_core::authorizing_hooks!(Api, ClientState);
