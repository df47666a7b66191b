//! MoMo's tokens: one per product and API user, from `POST
//! {product}/token/` with HTTP Basic (API user id and API key); every call,
//! the token's included, carries the product's subscription key and the
//! client's target environment. When and
//! how often is `pesa-core`'s business ([`pesa_core::Tokens`]): fetched once
//! for all the client's callers and clones, renewed before it expires and
//! once when refused (401).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use pesa_core::{AuthError, Gateway, InvalidInput, Issued, Secret, Session, Settings};
use progenitor_client::ClientInfo;
use reqwest::header::{HeaderName, HeaderValue};

use crate::error::Momo;
use crate::generated::{Client as Api, builder, headers, types};

/// What a product client authenticates with. `Debug` never shows the keys.
#[derive(Clone)]
pub struct Credentials {
    subscription_key: Secret,
    api_user: types::ReferenceId,
    api_key: Secret,
}

impl Credentials {
    /// The product's subscription key (from MTN's portal: collection,
    /// disbursement and remittance each have their own), and an API user
    /// with its API key (made with [`Provisioning`](crate::Provisioning) on
    /// the sandbox, in the partner portal for production).
    pub fn new(subscription_key: impl Into<Secret>, api_user: types::ReferenceId, api_key: impl Into<Secret>) -> Self {
        Self {
            subscription_key: subscription_key.into(),
            api_user,
            api_key: api_key.into(),
        }
    }

    /// The API user's id.
    pub fn api_user(&self) -> &types::ReferenceId {
        &self.api_user
    }

    /// The product's subscription key.
    pub(crate) fn subscription_key(&self) -> &Secret {
        &self.subscription_key
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("api_user", &self.api_user.as_str())
            .finish_non_exhaustive()
    }
}

/// A header name of the spec.
fn header_name(name: &'static str) -> HeaderName {
    HeaderName::try_from(name).unwrap_or_else(|e| unreachable!("the spec's header name {name} is one: {e}"))
}

/// The generated client's inner value: its session (token, retry policy,
/// subscription key) and the product whose token it fetches. Clones share it.
#[derive(Clone)]
pub struct ClientState(Arc<(Session, types::Product)>);

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ClientState").field(&self.0.0).field(&self.0.1).finish()
    }
}

/// The operationId of the token call.
const TOKEN_OPERATION: &str = <builder::CreateAccessToken<'_> as pesa_core::Operation>::ID;

impl ClientState {
    /// The state of a client of `product` in `target`, authenticated by the
    /// product's subscription key and an API user (without one,
    /// provisioning): every request carries the subscription key and the
    /// target environment. Fails when the target environment is not a
    /// header value.
    pub(crate) fn new(
        product: types::Product,
        target: &crate::TargetEnvironment,
        subscription_key: &Secret,
        api_user: Option<&Credentials>,
        settings: &Settings,
    ) -> Result<Self, InvalidInput> {
        let basic = api_user.map(|c| pesa_core::basic_header(c.api_user.as_str(), &c.api_key));
        let target = HeaderValue::from_str(target.as_str())
            .map_err(|_| InvalidInput::new("target_environment", "is not a header value"))?;
        let key = pesa_core::sensitive_header(subscription_key.expose());
        let session = Session::new(settings, TOKEN_OPERATION, None, basic)
            .with_header(header_name(headers::OCP_APIM_SUBSCRIPTION_KEY), key)
            .with_header(header_name(headers::X_TARGET_ENVIRONMENT), target)
            .journal_namespace(format!("momo/{product}"));
        Ok(Self(Arc::new((session, product))))
    }

    /// The session: token, retry policy, subscription key, target environment.
    pub(crate) fn session(&self) -> &Session {
        &self.0.0
    }
}

impl Gateway for Api {
    type Provider = Momo;

    fn session(&self) -> &Session {
        self.inner().session()
    }

    async fn fetch_token(&self) -> Result<Issued, AuthError> {
        if self.session().token_credentials.is_none() {
            return Err(AuthError::NoCredentials);
        }
        let request = self.create_access_token().product(self.inner().0.1);
        let token = pesa_core::call(self, request).await.map_err(pesa_core::token_failure)?;
        Ok(Issued {
            token_type: "Bearer".to_owned(),
            access_token: token.access_token,
            lifetime: Some(Duration::from_secs(token.expires_in)),
        })
    }
}

pesa_core::authorizing_hooks!(Api, ClientState);
