//! Building a client: the market and its environment, the market's public
//! key, the API key, the business's code, timeouts, retries and how long a
//! new session is waited for.

use std::time::Duration;

use pesa_core::{Secret, Settings};

use crate::auth::{ClientState, Probe};
use crate::error::{Error, Result};
use crate::generated::servers::openapi::{environment, url};
use crate::generated::{self, types};
use crate::key::PublicKey;

/// A market of Vodacom's OpenAPI gateway, with its country and currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Market {
    /// Vodacom Tanzania: country `TZN`, Tanzanian shillings (`TZS`).
    Tanzania,
    /// Vodafone Ghana: country `GHA`, Ghanaian cedis (`GHS`).
    Ghana,
}

impl Market {
    /// Its segment of the gateway's URL (`vodacomTZN`).
    pub fn segment(self) -> &'static str {
        use generated::servers::openapi::market;
        match self {
            Market::Tanzania => market::VODACOM_TZN,
            Market::Ghana => market::VODAFONE_GHA,
        }
    }

    /// The market whose URL segment is `segment` (`vodacomTZN`), if any.
    pub fn from_segment(segment: &str) -> Option<Market> {
        [Market::Tanzania, Market::Ghana]
            .into_iter()
            .find(|market| market.segment() == segment)
    }

    /// Its country, as every request names it.
    pub fn country(self) -> types::Country {
        match self {
            Market::Tanzania => types::Country::Tzn,
            Market::Ghana => types::Country::Gha,
        }
    }

    /// Its currency, as every payment names it.
    pub fn currency(self) -> types::Currency {
        match self {
            Market::Tanzania => types::Currency::Tzs,
            Market::Ghana => types::Currency::Ghs,
        }
    }
}

/// Which gateway to talk to, for which market.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Environment {
    /// Vodacom's sandbox (`https://openapi.m-pesa.com/sandbox/ipg/v2/<market>`).
    Sandbox(Market),
    /// Production (`https://openapi.m-pesa.com/openapi/ipg/v2/<market>`).
    Production(Market),
    /// Any other base URL (a sandbox of your own, a proxy, a mock server),
    /// up to the market's segment, and its market.
    Custom {
        /// The base URL.
        base_url: String,
        /// The market it serves.
        market: Market,
    },
}

impl Environment {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> String {
        match self {
            Environment::Sandbox(market) => url(environment::SANDBOX, market.segment()),
            Environment::Production(market) => url(environment::OPENAPI, market.segment()),
            Environment::Custom { base_url, .. } => base_url.trim_end_matches('/').to_owned(),
        }
    }

    /// The market.
    pub fn market(&self) -> Market {
        match self {
            Environment::Sandbox(market) | Environment::Production(market) => *market,
            Environment::Custom { market, .. } => *market,
        }
    }
}

/// The `User-Agent` of every request: this crate and its version.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "-rust/", env!("CARGO_PKG_VERSION"));

/// How long a new session is waited for by default: TK's "up to 30 seconds".
pub const DEFAULT_SESSION_WAIT: Duration = Duration::from_secs(30);

/// The default time allowed for a whole request: a C2B payment waits for
/// the customer to confirm on their phone (Assumed: Vodacom publishes no
/// limit; MoMo and Daraja prompts last about a minute).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(90);

/// Configures a [`Client`]. Start with [`Client::builder`].
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    environment: Environment,
    public_key: PublicKey,
    api_key: Secret,
    service_provider_code: types::ServiceProviderCode,
    session_wait: Duration,
    settings: Settings,
}

impl ClientBuilder {
    /// How long a new session is waited for before the call that needed
    /// it fails (default 30 s): the client asks it again and again,
    /// backing off, and goes on as soon as it is live.
    pub fn session_wait(mut self, wait: Duration) -> Self {
        self.session_wait = wait;
        self
    }

    pesa_core::settings_setters!();

    /// Builds the client. Fails when the base URL is not an `http(s)` URL
    /// or the public key cannot encrypt the API key.
    pub fn build(self) -> Result<Client> {
        let base_url = self.environment.base_url();
        let base_url = pesa_core::base_url(&base_url)?;
        let http = self.settings.http(USER_AGENT).map_err(|source| Error::Transport {
            operation: "build_client",
            source,
        })?;
        let market = self.environment.market();
        let probe = Probe {
            service_provider_code: self.service_provider_code.clone(),
            country: market.country(),
            wait: self.session_wait,
        };
        let state = ClientState::new(&self.api_key, self.public_key, probe, &self.settings)?;
        Ok(Client {
            api: generated::Client::new_with_client(base_url, http, state),
            market,
            service_provider_code: self.service_provider_code,
        })
    }
}

/// A client of Vodacom's M-Pesa OpenAPI, for one business
/// (its `ServiceProviderCode`) in one market. Cheap to clone; clones share
/// the connection pool and the session.
#[derive(Debug, Clone)]
pub struct Client {
    api: generated::Client,
    market: Market,
    service_provider_code: types::ServiceProviderCode,
}

impl Client {
    /// Starts configuring a client for `environment`: the market's
    /// `public_key` and the app's `api_key` (both from the developers'
    /// portal), and the business's `service_provider_code`.
    pub fn builder(
        environment: Environment,
        public_key: PublicKey,
        api_key: impl Into<Secret>,
        service_provider_code: types::ServiceProviderCode,
    ) -> ClientBuilder {
        let settings = Settings {
            timeout: DEFAULT_TIMEOUT,
            ..Settings::default()
        };
        ClientBuilder {
            environment,
            public_key,
            api_key: api_key.into(),
            service_provider_code,
            session_wait: DEFAULT_SESSION_WAIT,
            settings,
        }
    }

    /// Opens a session now and waits until it is live: calls open one by
    /// themselves; this checks the API key and public key up front.
    pub async fn authenticate(&self) -> Result<()> {
        pesa_core::authenticate(&self.api).await
    }

    /// The market.
    pub fn market(&self) -> Market {
        self.market
    }

    /// The business's code.
    pub fn service_provider_code(&self) -> &types::ServiceProviderCode {
        &self.service_provider_code
    }

    /// The generated client the operations drive (through `pesa_core::call`).
    pub(crate) fn api(&self) -> &generated::Client {
        &self.api
    }
}
