//! iHela's tokens: whose token a client holds and how iHela gives a new one.
//! When and how often is `pesa-core`'s business ([`pesa_core::Tokens`]).
//!
//! A client's token is the merchant's own (client credentials, HTTP Basic
//! on the token call) or, for a [`CustomerClient`](crate::CustomerClient),
//! a signed-in customer's ("log in with iHela": a code exchanged once,
//! renewed with its refresh token; the credentials go in the form, as iHela
//! documents that grant and `ihela-sdk` sends it). The two never share a
//! [`ClientState`].

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use pesa_core::{AuthError, Gateway, Issued, Secret, Session, Settings, Tokens};
use progenitor_client::ClientInfo;
use reqwest::StatusCode;

use crate::error::Ihela;
use crate::generated::{Client as Api, builder, types};
use crate::secret::Pin;

/// A merchant's OAuth2 client credentials. `Debug` never shows the secret.
#[derive(Clone, Debug)]
pub(crate) struct Credentials {
    pub(crate) client_id: String,
    client_secret: Secret,
}

impl Credentials {
    /// The client id and secret iHela gave the merchant.
    pub(crate) fn new(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        }
    }
}

/// Whose token a client holds, and so how it gets a new one.
enum Grant {
    /// The merchant's own: client credentials.
    Merchant,
    /// A signed-in customer's: from a code exchange, renewed with the
    /// refresh token of the last answer that carried one.
    Customer { refresh_token: Mutex<Option<Secret>> },
}

struct Inner {
    session: Session,
    credentials: Option<Credentials>,
    grant: Grant,
    options: Options,
}

/// What a merchant sets once for all its calls.
#[derive(Debug, Clone, Default)]
pub(crate) struct Options {
    /// The merchant's PIN, sent with generation 2's calls.
    pub(crate) pin: Option<Pin>,
    /// Whether a bill whose init answer was lost is looked up by its
    /// merchant reference alone.
    pub(crate) recover_bills: bool,
}

/// The generated client's inner value: its session (token, retry policy)
/// and whose token it holds. Clones share it.
#[derive(Clone)]
pub struct ClientState(Arc<Inner>);

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let grant = match self.0.grant {
            Grant::Merchant => "merchant",
            Grant::Customer { .. } => "customer",
        };
        f.debug_struct("ClientState")
            .field("grant", &grant)
            .field("credentials", &self.0.credentials)
            .field("session", &self.0.session)
            .field("options", &self.0.options)
            .finish()
    }
}

/// The operationId of the token call.
const TOKEN_OPERATION: &str = <builder::CreateToken<'_> as pesa_core::Operation>::ID;

impl ClientState {
    /// The merchant's state: its credentials (HTTP Basic on the token call),
    /// or a token handed in (`token`, valid for its lifetime if known).
    pub(crate) fn merchant(
        credentials: Option<Credentials>,
        token: Option<&(Secret, Option<Duration>)>,
        settings: &Settings,
        options: Options,
    ) -> Self {
        let basic = credentials
            .as_ref()
            .map(|c| pesa_core::basic_header(&c.client_id, &c.client_secret));
        let session = Session::new(settings, TOKEN_OPERATION, token, basic).journal_namespace("ihela");
        Self(Arc::new(Inner {
            session,
            credentials,
            grant: Grant::Merchant,
            options,
        }))
    }

    /// A state for a customer who signs in with iHela through this
    /// merchant's client: its credentials (for the exchange and the
    /// renewals, in the form), retry policy and recovery of bills, no token
    /// until [`Api::exchange`], no PIN: nothing else shared. None without
    /// credentials.
    pub(crate) fn for_customer(&self) -> Option<Self> {
        let credentials = self.0.credentials.clone()?;
        let session = Session {
            tokens: Tokens::new(self.refresh_margin()),
            retry: self.0.session.retry.clone(),
            token_operation: TOKEN_OPERATION,
            token_credentials: None,
            headers: self.0.session.headers.clone(),
            journal: self.0.session.journal.clone(),
        };
        Some(Self(Arc::new(Inner {
            session,
            credentials: Some(credentials),
            grant: Grant::Customer {
                refresh_token: Mutex::new(None),
            },
            options: Options {
                pin: None,
                recover_bills: self.0.options.recover_bills,
            },
        })))
    }

    fn refresh_margin(&self) -> Duration {
        self.0.session.tokens.margin()
    }

    /// The session: token and retry policy.
    pub(crate) fn session(&self) -> &Session {
        &self.0.session
    }

    /// The merchant's PIN, when one was given.
    pub(crate) fn pin(&self) -> Option<&Pin> {
        self.0.options.pin.as_ref()
    }

    /// Whether a bill whose init answer was lost is looked up by its
    /// merchant reference alone.
    pub(crate) fn recovers_bills(&self) -> bool {
        self.0.options.recover_bills
    }

    /// The merchant's client id, when the client has credentials.
    pub(crate) fn client_id(&self) -> Option<&str> {
        self.0.credentials.as_ref().map(|c| c.client_id.as_str())
    }

    /// The token request that renews this state's token.
    fn renewal(&self) -> Result<types::TokenRequest, AuthError> {
        let credentials = self.0.credentials.as_ref().ok_or(AuthError::NoCredentials)?;
        Ok(match &self.0.grant {
            Grant::Merchant => token_request(types::TokenRequestGrantType::ClientCredentials, None),
            Grant::Customer { refresh_token } => {
                let refresh_token = lock(refresh_token)
                    .clone()
                    .ok_or(AuthError::CannotRenew { body: None })?;
                types::TokenRequest {
                    refresh_token: Some(refresh_token),
                    ..token_request(types::TokenRequestGrantType::RefreshToken, Some(credentials))
                }
            }
        })
    }

    /// Keeps a customer's refresh token from `token`, when it carries one.
    fn keep_refresh_token(&self, token: &types::Token) {
        if let (Grant::Customer { refresh_token }, Some(new)) = (&self.0.grant, &token.refresh_token) {
            *lock(refresh_token) = Some(new.clone());
        }
    }

    /// A renewal's failure: for a customer, iHela refusing the refresh
    /// token (400 or 401) means signing in again.
    fn renewal_error(&self, error: AuthError) -> AuthError {
        match (&self.0.grant, error) {
            (Grant::Customer { .. }, AuthError::Rejected { status, body })
                if status == StatusCode::BAD_REQUEST || status == StatusCode::UNAUTHORIZED =>
            {
                AuthError::CannotRenew { body: Some(body) }
            }
            (_, error) => error,
        }
    }
}

/// A token request of `grant_type`, with the credentials as form fields when given.
fn token_request(grant_type: types::TokenRequestGrantType, credentials: Option<&Credentials>) -> types::TokenRequest {
    types::TokenRequest {
        grant_type,
        client_id: credentials.map(|c| c.client_id.clone()),
        client_secret: credentials.map(|c| c.client_secret.clone()),
        code: None,
        redirect_uri: None,
        refresh_token: None,
    }
}

/// `mutex`'s value; a poisoned lock only means a panic elsewhere.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn issued(token: types::Token) -> Issued {
    Issued {
        token_type: token.token_type,
        access_token: token.access_token,
        lifetime: token
            .expires_in
            .map(|s| Duration::from_secs(u64::try_from(s).unwrap_or(0))),
    }
}

impl Gateway for Api {
    type Provider = Ihela;

    fn session(&self) -> &Session {
        self.inner().session()
    }

    async fn fetch_token(&self) -> Result<Issued, AuthError> {
        let state = self.inner();
        let request = state.renewal()?;
        let token = pesa_core::call(self, self.create_token().body(request))
            .await
            .map_err(|error| state.renewal_error(pesa_core::token_failure(error)))?;
        state.keep_refresh_token(&token);
        Ok(issued(token))
    }
}

impl Api {
    /// Exchanges a sign-in code ("log in with iHela") for the customer's
    /// token, once: a code works once, so an exchange whose answer was lost
    /// is not repeated.
    pub(crate) async fn exchange(&self, code: String, redirect_uri: String) -> Result<(), AuthError> {
        let state = self.inner();
        let request = types::TokenRequest {
            code: Some(code),
            redirect_uri: Some(redirect_uri),
            ..token_request(
                types::TokenRequestGrantType::AuthorizationCode,
                Some(state.0.credentials.as_ref().ok_or(AuthError::NoCredentials)?),
            )
        };
        let exchange = || async {
            let token = pesa_core::call_once(self, self.create_token().body(request))
                .await
                .map_err(pesa_core::token_failure)?;
            state.keep_refresh_token(&token);
            Ok(issued(token))
        };
        state.session().tokens.force(exchange).await.map(drop)
    }
}

pesa_core::authorizing_hooks!(Api, ClientState);
