//! How a banking or agent client gets its token, and what every request of
//! it carries.
//!
//! Two logins, as the contract describes: the client-credentials token the
//! SDK sends ([`Login::client_credentials`]), or the JWT pair the official
//! documentation describes ([`Login::password`]): obtained with the
//! username and password, its access token renewed with the refresh token,
//! and when that is refused, obtained again. Either way one token is shared
//! by every call and clone (`pesa_core::Tokens`: single flight, renewed
//! before it expires, and once on a 401). The four money-moving calls carry
//! `X-iHela-Signature` over the exact bytes sent, when a key is set.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use base64::Engine as _;
use pesa_core::{AuthError, Gateway, Issued, Secret, Session, Settings};
use progenitor_client::{ClientInfo, OperationInfo};
use reqwest::StatusCode;
use reqwest::header::{HeaderName, HeaderValue};

use super::generated::{Client as Api, builder, headers, types};
use crate::callback::SignatureKey;
use crate::error::Ihela;
use crate::secret::Pin;

/// How a banking or agent client logs in.
#[derive(Clone)]
pub struct Login(Kind);

#[derive(Clone)]
enum Kind {
    /// OAuth2 client credentials (HTTP Basic on `create_token`).
    ClientCredentials { client_id: String, client_secret: Secret },
    /// The partner's username and password, for the JWT pair.
    Password { username: String, password: Secret },
}

impl Login {
    /// The merchant API's client credentials, as `ihela-sdk` logs in.
    pub fn client_credentials(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        Self(Kind::ClientCredentials {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        })
    }

    /// The partner's or agent's username and password, for the JWT pair
    /// iHela's documentation describes.
    pub fn password(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        Self(Kind::Password {
            username: username.into(),
            password: password.into(),
        })
    }
}

impl fmt::Debug for Login {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Kind::ClientCredentials { client_id, .. } => f
                .debug_struct("ClientCredentials")
                .field("client_id", client_id)
                .finish_non_exhaustive(),
            Kind::Password { username, .. } => f
                .debug_struct("Password")
                .field("username", username)
                .finish_non_exhaustive(),
        }
    }
}

/// The operations that get a token, and so carry none.
const CREATE_TOKEN: &str = <builder::CreateToken<'_> as pesa_core::Operation>::ID;
const REQUEST_JWT: &str = <builder::RequestJwt<'_> as pesa_core::Operation>::ID;
const REFRESH_JWT: &str = <builder::RefreshJwt<'_> as pesa_core::Operation>::ID;

/// The operations that move money, signed when a key is set.
const SIGNED: [&str; 4] = [
    <builder::MakeDeposit<'_> as pesa_core::Operation>::ID,
    <builder::MakeWithdrawal<'_> as pesa_core::Operation>::ID,
    <builder::AgentDeposit<'_> as pesa_core::Operation>::ID,
    <builder::ValidateWithdrawal<'_> as pesa_core::Operation>::ID,
];

struct Inner {
    session: Session,
    login: Kind,
    /// The JWT pair's refresh token, once a pair was issued.
    refresh: Mutex<Option<Secret>>,
    signature_key: Option<SignatureKey>,
    pin: Pin,
}

/// The generated banking client's inner value: its session, login, PIN and
/// signature key. Clones share it.
#[derive(Clone)]
pub struct BankingState(Arc<Inner>);

impl fmt::Debug for BankingState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BankingState")
            .field("session", &self.0.session)
            .field("signed", &self.0.signature_key.is_some())
            .finish_non_exhaustive()
    }
}

impl BankingState {
    /// The state of a client logging in with `login`.
    pub(crate) fn new(login: Login, pin: Pin, signature_key: Option<SignatureKey>, settings: &Settings) -> Self {
        let (token_operation, basic) = match &login.0 {
            Kind::ClientCredentials {
                client_id,
                client_secret,
            } => (CREATE_TOKEN, Some(pesa_core::basic_header(client_id, client_secret))),
            Kind::Password { .. } => (REQUEST_JWT, None),
        };
        let session = Session::new(settings, token_operation, None, basic).journal_namespace("ihela/banking");
        Self(Arc::new(Inner {
            session,
            login: login.0,
            refresh: Mutex::new(None),
            signature_key,
            pin,
        }))
    }

    /// The session: token, retry policy, journal.
    pub(crate) fn session(&self) -> &Session {
        &self.0.session
    }

    /// The partner's or agent's PIN.
    pub(crate) fn pin(&self) -> &Pin {
        &self.0.pin
    }

    fn refresh_token(&self) -> Option<Secret> {
        self.0.refresh.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    fn keep_refresh_token(&self, refresh: Option<Secret>) {
        *self.0.refresh.lock().unwrap_or_else(PoisonError::into_inner) = refresh;
    }

    /// Adds what `request` of `operation` carries: its token (none on the
    /// token calls, Basic on `create_token`), the session's headers, and
    /// the signature of its exact body on the money-moving calls.
    fn prepare(&self, request: &mut reqwest::Request, operation: &str) {
        let session = &self.0.session;
        match operation {
            REQUEST_JWT | REFRESH_JWT => {
                for (name, value) in &session.headers {
                    request.headers_mut().insert(name, value.clone());
                }
            }
            _ => pesa_core::authorize(session, request, operation),
        }
        let Some(key) = self.0.signature_key.as_ref().filter(|_| SIGNED.contains(&operation)) else {
            return;
        };
        let body = request.body().and_then(reqwest::Body::as_bytes).unwrap_or_default();
        if let Ok(signature) = HeaderValue::from_str(&key.sign(body)) {
            request.headers_mut().insert(signature_header(), signature);
        }
    }
}

/// The signature header, named as the contract names it.
fn signature_header() -> HeaderName {
    HeaderName::from_bytes(headers::X_I_HELA_SIGNATURE.as_bytes())
        .unwrap_or_else(|e| unreachable!("the contract's header name is valid: {e}"))
}

impl progenitor_client::ClientHooks<BankingState> for Api {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        self.inner().prepare(request, info.operation_id);
        Ok(())
    }
}

impl Gateway for Api {
    type Provider = Ihela;

    fn session(&self) -> &Session {
        self.inner().session()
    }

    async fn fetch_token(&self) -> Result<Issued, AuthError> {
        match &self.inner().0.login {
            Kind::ClientCredentials { .. } => {
                let request = types::ClientCredentialsRequest {
                    grant_type: types::ClientCredentialsRequestGrantType::ClientCredentials,
                };
                let token = pesa_core::call(self, self.create_token().body(request))
                    .await
                    .map_err(pesa_core::token_failure)?;
                Ok(Issued {
                    token_type: token.token_type,
                    access_token: token.access_token,
                    lifetime: token
                        .expires_in
                        .map(|s| Duration::from_secs(u64::try_from(s).unwrap_or(0))),
                })
            }
            Kind::Password { username, password } => self.jwt(username, password).await,
        }
    }
}

impl Api {
    /// A JWT access token: renewed with the refresh token when there is
    /// one; when it is refused (spent, expired), or there is none, a new
    /// pair from the username and password.
    async fn jwt(&self, username: &str, password: &Secret) -> Result<Issued, AuthError> {
        let state = self.inner();
        if let Some(refresh) = state.refresh_token() {
            let body = types::JwtRefreshRequest { refresh };
            match pesa_core::call(self, self.refresh_jwt().body(body)).await {
                Ok(refreshed) => {
                    if let Some(rotated) = refreshed.refresh {
                        state.keep_refresh_token(Some(rotated));
                    }
                    return Ok(bearer(refreshed.access));
                }
                Err(error) => {
                    let refused = matches!(error.status(), Some(StatusCode::UNAUTHORIZED | StatusCode::BAD_REQUEST));
                    if !refused {
                        return Err(pesa_core::token_failure(error));
                    }
                    tracing::info!("the refresh token was refused: logging in again");
                    state.keep_refresh_token(None);
                }
            }
        }
        let body = types::JwtRequest {
            username: username.parse().map_err(|_| AuthError::NoCredentials)?,
            password: password.clone(),
        };
        let pair = pesa_core::call(self, self.request_jwt().body(body))
            .await
            .map_err(pesa_core::token_failure)?;
        state.keep_refresh_token(Some(pair.refresh));
        Ok(bearer(pair.access))
    }
}

/// A JWT access token as the session's token, valid until its `exp`
/// claim when it has one it can read.
fn bearer(access: Secret) -> Issued {
    let lifetime = expiry(access.expose()).and_then(|exp| {
        let left = exp - chrono::Utc::now().timestamp();
        u64::try_from(left).ok().map(Duration::from_secs)
    });
    Issued {
        token_type: "Bearer".to_owned(),
        access_token: access,
        lifetime,
    }
}

/// The `exp` claim of a JWT (seconds since the epoch), when it is one.
fn expiry(jwt: &str) -> Option<i64> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    claims.get("exp")?.as_i64()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jwt_expiry_is_read_from_its_claims_and_anything_else_has_none() {
        let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"{"exp":1780000000,"user_id":7}"#);
        assert_eq!(
            expiry(&format!("eyJhbGciOiJIUzI1NiJ9.{claims}.c2ln")),
            Some(1_780_000_000)
        );
        assert_eq!(expiry("not-a-jwt"), None);
        assert_eq!(expiry("a.!!!.c"), None);
    }

    #[test]
    fn a_login_never_shows_its_secret() {
        let shown = format!(
            "{:?} {:?}",
            Login::password("partner", "hunter2-password"),
            Login::client_credentials("id", "client-secret-9")
        );
        assert!(
            !shown.contains("hunter2") && !shown.contains("client-secret-9"),
            "{shown}"
        );
    }
}
