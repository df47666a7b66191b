//! Building a client: the environment, credentials, the merchant's PIN,
//! timeouts and retries, in code or from the environment.
//!
//! [`Client`] drives the generated client; its operations are in
//! `banks.rs`, `bills.rs` and `cash_in.rs`.

use std::time::Duration;

use pesa_core::{Secret, Settings};

use crate::auth::{ClientState, Credentials, Options};
use crate::error::{Error, InvalidInput, Result};
use crate::generated::{self, servers};
use crate::secret::Pin;

/// Which iHela gateway to talk to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Environment {
    /// The test gateway (`https://testgate.ihela.online`).
    Test,
    /// The production gateway (`https://gate.ihela.online`).
    Production,
    /// Any other base URL: a sandbox, a proxy, a mock server.
    Custom(String),
}

impl Environment {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        match self {
            Environment::Test => servers::TEST,
            Environment::Production => servers::PRODUCTION,
            Environment::Custom(url) => url.trim_end_matches('/'),
        }
    }
}

/// The `User-Agent` of every request: this crate and its version.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "-rust/", env!("CARGO_PKG_VERSION"));

/// Configures a [`Client`]. Start with [`Client::builder`].
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    environment: Environment,
    credentials: Option<Credentials>,
    token: Option<(Secret, Option<Duration>)>,
    settings: Settings,
    options: Options,
}

impl ClientBuilder {
    /// The merchant's client id and secret (OAuth2 client credentials).
    pub fn credentials(mut self, client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        self.credentials = Some(Credentials::new(client_id, client_secret));
        self
    }

    /// An access token obtained elsewhere, valid for `lifetime` if known.
    /// With credentials too, the client renews it when it expires or is
    /// refused; without, such a call fails with [`AuthError::NoCredentials`](crate::AuthError::NoCredentials).
    pub fn access_token(mut self, token: impl Into<Secret>, lifetime: Option<Duration>) -> Self {
        self.token = Some((token.into(), lifetime));
        self
    }

    pesa_core::settings_setters!();

    /// The merchant's PIN, sent with generation 2's calls (bill-init,
    /// bill-check, cash-in) and with the confirmations that use bill check.
    pub fn pin(mut self, pin: Pin) -> Self {
        self.options.pin = Some(pin);
        self
    }

    /// When a bill init's answer is lost, look the bill up by its merchant
    /// reference alone (bill verify or bill check without a bill code)
    /// before saying its outcome is unknown (default off). The sandbox
    /// answers such lookups; the published clients always send a bill code,
    /// so whether the live gateway does is not documented: turn it on only
    /// where the gateway is known to.
    pub fn recover_bills_by_reference(mut self, recover: bool) -> Self {
        self.options.recover_bills = recover;
        self
    }

    /// Builds the client. Fails when the base URL is not an `http(s)` URL or
    /// when neither credentials nor a token were given.
    pub fn build(self) -> Result<Client> {
        let base_url = pesa_core::base_url(self.environment.base_url())?;
        if self.credentials.is_none() && self.token.is_none() {
            return Err(InvalidInput::new("credentials", "give credentials or an access token").into());
        }
        let http = self.settings.http(USER_AGENT).map_err(|source| Error::Transport {
            operation: "build_client",
            source,
        })?;
        let state = ClientState::merchant(self.credentials, self.token.as_ref(), &self.settings, self.options);
        Ok(Client {
            api: generated::Client::new_with_client(base_url, http, state),
        })
    }
}

/// A client of the iHela merchant API. Cheap to clone; clones share the
/// connection pool and the token.
#[derive(Debug, Clone)]
pub struct Client {
    api: generated::Client,
}

impl Client {
    /// Starts configuring a client for `environment`.
    pub fn builder(environment: Environment) -> ClientBuilder {
        ClientBuilder {
            environment,
            credentials: None,
            token: None,
            settings: Settings::default(),
            options: Options::default(),
        }
    }

    /// A builder from the environment: `IHELA_CLIENT_ID` and
    /// `IHELA_CLIENT_SECRET` (required), the gateway from `IHELA_BASE_URL`
    /// or `IHELA_ENVIRONMENT` (`test`, the default, or `production`), and
    /// `IHELA_PIN` when set. A missing or bad variable is refused, naming it.
    ///
    /// ```no_run
    /// # fn run() -> ihela::Result<()> {
    /// let client = ihela::Client::from_env()?.build()?;
    /// # let _ = client;
    /// # Ok(())
    /// # }
    /// ```
    pub fn from_env() -> Result<ClientBuilder> {
        Self::from_vars(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
    }

    /// [`Client::from_env`] with the variables `var` gives.
    fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<ClientBuilder> {
        let required = |name: &str| var(name).ok_or_else(|| InvalidInput::new(name, "is not set"));
        let environment = match (var("IHELA_BASE_URL"), var("IHELA_ENVIRONMENT").as_deref()) {
            (Some(url), _) => Environment::Custom(url),
            (None, None | Some("test")) => Environment::Test,
            (None, Some("production")) => Environment::Production,
            (None, Some(_)) => {
                return Err(InvalidInput::new("IHELA_ENVIRONMENT", "must be `test` or `production`").into());
            }
        };
        let mut builder = Client::builder(environment).credentials(
            required("IHELA_CLIENT_ID")?,
            Secret::new(required("IHELA_CLIENT_SECRET")?),
        );
        if let Some(pin) = var("IHELA_PIN") {
            let pin = pin
                .parse()
                .map_err(|_| InvalidInput::new("IHELA_PIN", "must be 4 to 6 digits"))?;
            builder = builder.pin(pin);
        }
        Ok(builder)
    }

    /// The generated client the operations drive (through `pesa_core::call`).
    pub(crate) fn api(&self) -> &generated::Client {
        &self.api
    }

    /// A client on the same gateway and connection pool whose calls carry
    /// `state`'s token instead of this client's.
    pub(crate) fn with_state(&self, state: ClientState) -> Client {
        use progenitor_client::ClientInfo as _;
        Client {
            api: generated::Client::new_with_client(self.api.baseurl(), self.api.client().clone(), state),
        }
    }

    pub(crate) fn state(&self) -> &ClientState {
        progenitor_client::ClientInfo::inner(&self.api)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn from(vars: &[(&str, &str)]) -> Result<ClientBuilder> {
        let vars: HashMap<String, String> = vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        Client::from_vars(|name| vars.get(name).cloned())
    }

    fn refused(result: Result<ClientBuilder>) -> String {
        match result {
            Err(Error::InvalidInput(input)) => input.field().to_owned(),
            other => panic!("not refused: {other:?}"),
        }
    }

    #[test]
    fn from_the_environment_each_missing_or_bad_variable_is_named() {
        let id = ("IHELA_CLIENT_ID", "id");
        let secret = ("IHELA_CLIENT_SECRET", "the-secret");
        assert_eq!(refused(from(&[secret])), "IHELA_CLIENT_ID");
        assert_eq!(refused(from(&[id])), "IHELA_CLIENT_SECRET");
        assert_eq!(
            refused(from(&[id, secret, ("IHELA_ENVIRONMENT", "prod")])),
            "IHELA_ENVIRONMENT"
        );
        assert_eq!(refused(from(&[id, secret, ("IHELA_PIN", "12")])), "IHELA_PIN");
        let production = from(&[id, secret, ("IHELA_ENVIRONMENT", "production")]).unwrap();
        assert_eq!(production.environment, Environment::Production);
        let custom = from(&[id, secret, ("IHELA_BASE_URL", "http://127.0.0.1:8089")]).unwrap();
        assert_eq!(custom.environment, Environment::Custom("http://127.0.0.1:8089".into()));
        let with_pin = from(&[id, secret, ("IHELA_PIN", "1234")]).unwrap();
        assert!(with_pin.options.pin.is_some());
        assert!(!format!("{with_pin:?}").contains("the-secret"));
        assert_eq!(from(&[id, secret]).unwrap().environment, Environment::Test);
    }
}
