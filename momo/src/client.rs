//! Building a product client: the environment (base URL and target
//! environment), the product's credentials, timeouts and retries.

use pesa_core::{Secret, Settings};

use crate::auth::{ClientState, Credentials};
use crate::error::{Error, Result};
use crate::generated::{self, servers};
use crate::types::{Product, TargetEnvironment};

/// Which MoMo to talk to, and which wallet platform processes the calls.
#[derive(Debug, Clone)]
pub enum Environment {
    /// MTN's sandbox (`https://sandbox.momodeveloper.mtn.com`), target
    /// environment `sandbox`, currency EUR.
    Sandbox,
    /// Production (`https://proxy.momoapi.mtn.com`) in a market
    /// ([`TargetEnvironment::MtnUganda`], …).
    Production(TargetEnvironment),
    /// Any other base URL (a country portal, a sandbox of your own, a mock
    /// server) and its target environment.
    Custom {
        /// The base URL.
        base_url: String,
        /// The `X-Target-Environment` of every call.
        target: TargetEnvironment,
    },
}

impl Environment {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        match self {
            Environment::Sandbox => servers::SANDBOX,
            Environment::Production(_) => servers::PRODUCTION,
            Environment::Custom { base_url, .. } => base_url.trim_end_matches('/'),
        }
    }

    /// The target environment of every call.
    pub fn target(&self) -> TargetEnvironment {
        match self {
            Environment::Sandbox => TargetEnvironment::Sandbox,
            Environment::Production(target) | Environment::Custom { target, .. } => target.clone(),
        }
    }
}

/// The `User-Agent` of every request: this crate and its version.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "-rust/", env!("CARGO_PKG_VERSION"));

/// A client of one product under one API user (inside every product
/// client; not nameable outside the crate): the generated client, whose
/// session holds the product's token, its subscription key and the target
/// environment. Cheap to clone; clones share the connection pool and token.
#[derive(Debug, Clone)]
pub struct Client {
    api: generated::Client,
}

impl Client {
    /// A client of `product` in `environment`, authenticated by the
    /// subscription key and, when given, an API user.
    pub(crate) fn new(
        environment: &Environment,
        product: Product,
        subscription_key: &Secret,
        api_user: Option<&Credentials>,
        settings: &Settings,
    ) -> Result<Self> {
        let base_url = pesa_core::base_url(environment.base_url())?;
        let http = settings.http(USER_AGENT).map_err(|source| Error::Transport {
            operation: "build_client",
            source,
        })?;
        let state = ClientState::new(product, &environment.target(), subscription_key, api_user, settings)?;
        Ok(Client {
            api: generated::Client::new_with_client(base_url, http, state),
        })
    }

    /// The generated client the operations drive (through `pesa_core::call`).
    pub(crate) fn api(&self) -> &generated::Client {
        &self.api
    }

    /// How calls are retried (and lost answers looked up).
    pub(crate) fn retry(&self) -> &pesa_core::RetryPolicy {
        &pesa_core::Gateway::session(&self.api).retry
    }
}

/// Configures a product client ([`Collection`](crate::Collection),
/// [`Disbursement`](crate::Disbursement), [`Remittance`](crate::Remittance)):
/// start with its `builder`.
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder<P> {
    environment: Environment,
    credentials: Credentials,
    settings: Settings,
    product: std::marker::PhantomData<P>,
}

impl<P: crate::product::ProductClient> ClientBuilder<P> {
    /// A builder for `environment` with the product's `credentials`.
    pub(crate) fn new(environment: Environment, credentials: Credentials) -> Self {
        Self {
            environment,
            credentials,
            settings: Settings::default(),
            product: std::marker::PhantomData,
        }
    }

    pesa_core::settings_setters!();

    /// Builds the client. Fails when the base URL is not an `http(s)` URL.
    pub fn build(self) -> Result<P> {
        let client = Client::new(
            &self.environment,
            <P as crate::product::sealed::FromClient>::PRODUCT,
            self.credentials.subscription_key(),
            Some(&self.credentials),
            &self.settings,
        )?;
        Ok(<P as crate::product::sealed::FromClient>::from_client(client))
    }
}
