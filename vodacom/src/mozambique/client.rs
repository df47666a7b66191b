//! Building a Mozambique client: the environment (a host, and a port per
//! operation), the market's public key, the API key, the business's code,
//! the initiator of reversals, timeouts and retries.

use pesa_core::{Secret, Settings};

use super::auth::ClientState;
use super::generated::{self, paths, servers};
use crate::client::{DEFAULT_TIMEOUT, USER_AGENT};
use crate::error::{Error, InvalidInput, Result};
use crate::key::PublicKey;
use crate::types::ServiceProviderCode;

/// The port of each operation (TK: c2b 18352, b2c 18345, b2b 18349, status
/// 18353, reversal 18354), as the spec's paths give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ports {
    /// C2B single stage.
    pub c2b: u16,
    /// B2C single stage.
    pub b2c: u16,
    /// B2B single stage.
    pub b2b: u16,
    /// Reversal.
    pub reversal: u16,
    /// Transaction status.
    pub status: u16,
}

impl Ports {
    /// The gateway's ports, read from the spec (each path's first server).
    pub fn gateway() -> Self {
        Self {
            c2b: port_of(paths::C2B_PAYMENT_SERVERS),
            b2c: port_of(paths::B2C_PAYMENT_SERVERS),
            b2b: port_of(paths::B2B_PAYMENT_SERVERS),
            reversal: port_of(paths::REVERSAL_SERVERS),
            status: port_of(paths::QUERY_TRANSACTION_STATUS_SERVERS),
        }
    }

    /// Every operation on one port (a proxy or a mock server in front of all five).
    pub fn all(port: u16) -> Self {
        Self {
            c2b: port,
            b2c: port,
            b2b: port,
            reversal: port,
            status: port,
        }
    }
}

/// The port of a path's first server (`https://host:18352`).
fn port_of(servers: &[&str]) -> u16 {
    servers
        .first()
        .and_then(|url| url.rsplit_once(':'))
        .and_then(|(_, port)| port.parse().ok())
        .unwrap_or_else(|| unreachable!("every path of Mozambique's spec has a server with a port: {servers:?}"))
}

/// Which gateway to talk to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Environment {
    /// Vodacom Mozambique's sandbox (`api.sandbox.vm.co.mz`, the spec's ports).
    Sandbox,
    /// Production (`api.mpesa.vm.co.mz`, the spec's ports).
    Production,
    /// Any other host (`http://127.0.0.1`, no port, no path) and its ports.
    Custom {
        /// The scheme and host.
        host: String,
        /// Each operation's port.
        ports: Ports,
    },
}

impl Environment {
    /// The host (`https://api.sandbox.vm.co.mz`) and the ports.
    fn host_and_ports(&self) -> (&str, Ports) {
        match self {
            Environment::Sandbox => (servers::SANDBOX, Ports::gateway()),
            Environment::Production => (servers::PRODUCTION, Ports::gateway()),
            Environment::Custom { host, ports } => (host.trim_end_matches('/'), *ports),
        }
    }
}

/// The initiator of reversals, as Vodacom named it, and its security
/// credential (a secret).
#[derive(Debug, Clone)]
pub struct Initiator {
    pub(crate) identifier: String,
    pub(crate) credential: Secret,
}

impl Initiator {
    /// The initiator `identifier` and its `credential`, both given by Vodacom.
    pub fn new(identifier: impl Into<String>, credential: impl Into<Secret>) -> Self {
        Self {
            identifier: identifier.into(),
            credential: credential.into(),
        }
    }
}

/// Configures a [`Client`]. Start with [`Client::builder`].
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    environment: Environment,
    public_key: PublicKey,
    api_key: Secret,
    service_provider_code: ServiceProviderCode,
    initiator: Option<Initiator>,
    settings: Settings,
}

impl ClientBuilder {
    /// The initiator of reversals ([`Client::reverse`] needs one).
    pub fn initiator(mut self, initiator: Initiator) -> Self {
        self.initiator = Some(initiator);
        self
    }

    pesa_core::settings_setters!();

    /// Builds the client. Fails when the host is not an `http(s)` URL or
    /// the public key cannot encrypt the API key.
    pub fn build(self) -> Result<Client> {
        let http = self.settings.http(USER_AGENT).map_err(|source| Error::Transport {
            operation: "build_client",
            source,
        })?;
        let state = ClientState::new(&self.api_key, self.public_key, &self.settings)?;
        let (host, ports) = self.environment.host_and_ports();
        let api = |port: u16| -> Result<generated::Client> {
            let base_url = format!("{host}:{port}");
            let base_url = pesa_core::base_url(&base_url)?;
            Ok(generated::Client::new_with_client(
                base_url,
                http.clone(),
                state.clone(),
            ))
        };
        Ok(Client {
            c2b: api(ports.c2b)?,
            b2c: api(ports.b2c)?,
            b2b: api(ports.b2b)?,
            reversal: api(ports.reversal)?,
            status: api(ports.status)?,
            service_provider_code: self.service_provider_code,
            initiator: self.initiator,
        })
    }
}

/// A client of M-Pesa in Mozambique, for one business (its
/// `ServiceProviderCode`). Cheap to clone; clones share the connections.
#[derive(Debug, Clone)]
pub struct Client {
    pub(super) c2b: generated::Client,
    pub(super) b2c: generated::Client,
    pub(super) b2b: generated::Client,
    pub(super) reversal: generated::Client,
    pub(super) status: generated::Client,
    pub(super) service_provider_code: ServiceProviderCode,
    pub(super) initiator: Option<Initiator>,
}

impl Client {
    /// Starts configuring a client for `environment`: the market's
    /// `public_key` and the app's `api_key` (both from the developers'
    /// portal), and the business's `service_provider_code`.
    pub fn builder(
        environment: Environment,
        public_key: PublicKey,
        api_key: impl Into<Secret>,
        service_provider_code: ServiceProviderCode,
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
            initiator: None,
            settings,
        }
    }

    /// The business's code.
    pub fn service_provider_code(&self) -> &ServiceProviderCode {
        &self.service_provider_code
    }

    /// The initiator of reversals, or why there is none.
    pub(super) fn initiator(&self) -> Result<&Initiator, InvalidInput> {
        self.initiator
            .as_ref()
            .ok_or_else(|| InvalidInput::new("initiator", "a reversal needs ClientBuilder::initiator"))
    }
}
