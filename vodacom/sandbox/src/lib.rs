//! # vodacom-sandbox
//!
//! A stateful fake of Vodacom's M-Pesa OpenAPI gateway (Tanzania, Ghana),
//! on loopback: every operation of `vodacom/openapi/vodacom.yaml` under the
//! spec's server path (`/{environment}/ipg/v2/{market}`), requests read
//! through the contract; its own keypair (a published test key), so that
//! the API key and the session a client encrypts are decrypted for real;
//! sessions live only after a delay on the sandbox's clock; `INS-*`
//! answers with their HTTP statuses; a `ThirdPartyConversationID` sent
//! twice refused (`INS-10`); customers' answers by test number; the
//! business's balance in each market moving; reversals and mandates kept.
//! Mozambique's variant (`vodacom-mozambique.yaml`) beside them: no
//! session, the API key on every request, each operation on a port of its
//! own. Test controls are under `/_sandbox/`.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use vodacom::Market;
//! let sandbox = vodacom_sandbox::Sandbox::start().await?;
//! let client = sandbox.client_builder(Market::Tanzania).build()?;
//! # let _ = client;
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod api;
mod errors;
mod keys;
mod routes;
mod sessions;
mod state;
mod world;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use pesa_sandbox::{Bound, Kit, Rejection, Running};
use vodacom::Market;
use vodacom::mozambique::Ports;

pub use controls::types::{MandateRecord, MarketBalance, Sessions, Snapshot, TransactionKind, TransactionRecord};
pub use pesa_sandbox::{Fault, FaultKind};
pub use world::{API_KEY, CUSTOMER_ANSWERS, MOZAMBIQUE_INITIATOR, SERVICE_PROVIDER_CODE, STARTING_BALANCE};

/// The sandbox's own controls, generated from
/// `openapi/vodacom-sandbox.yaml`: their `types` (the records
/// `Sandbox::state` gives), `paths`, and a `Client` to drive a sandbox
/// binary from outside.
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
pub mod controls {
    include!(concat!(env!("OUT_DIR"), "/controls.rs"));
}

/// The public key a client encrypts with for this sandbox (base64 DER,
/// as Vodacom's portal gives a market's key): the half of a test keypair
/// published with this crate (`keys/`).
pub const PUBLIC_KEY: &str = include_str!("../keys/sandbox-public.b64");

/// How the sandbox behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// The port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// The API key of the sandbox's app (default [`API_KEY`]).
    pub api_key: String,
    /// The business's code (default [`SERVICE_PROVIDER_CODE`]).
    pub service_provider_code: String,
    /// How long after it is opened a session becomes live (default 1 s;
    /// the gateway: "up to 30 seconds", TK).
    pub session_live_after: Duration,
    /// How long a live session lasts (default one hour; Assumed, Vodacom
    /// publishes none).
    pub session_lifetime: Duration,
    /// Where the sandbox's clock starts, stopped there until moved
    /// ([`Sandbox::advance`]); the system's time when not set (default).
    pub clock_start: Option<DateTime<Utc>>,
    /// The ports of Mozambique's operations on 127.0.0.1 (0: a free one
    /// each, the default).
    pub mozambique_ports: Ports,
    /// Mozambique's initiator of reversals and its security credential
    /// (default [`MOZAMBIQUE_INITIATOR`]).
    pub mozambique_initiator: (String, String),
}

impl Default for Config {
    fn default() -> Self {
        Self {
            port: 0,
            api_key: API_KEY.to_owned(),
            service_provider_code: SERVICE_PROVIDER_CODE.to_owned(),
            session_live_after: Duration::from_secs(1),
            session_lifetime: Duration::from_secs(3600),
            clock_start: None,
            mozambique_ports: Ports::all(0),
            mozambique_initiator: (MOZAMBIQUE_INITIATOR.0.to_owned(), MOZAMBIQUE_INITIATOR.1.to_owned()),
        }
    }
}

/// What every request handler shares.
#[derive(Debug)]
struct App {
    config: Config,
    keys: keys::Keys,
    sessions: sessions::Sessions,
    store: state::Store,
    kit: Kit,
}

impl pesa_sandbox::Gateway for App {
    fn kit(&self) -> &Kit {
        &self.kit
    }

    fn reject(&self, rejection: Rejection) -> axum::response::Response {
        axum::response::IntoResponse::into_response(errors::ApiError::rejected(&rejection))
    }
}

impl App {
    /// Now, by the sandbox's clock.
    fn now(&self) -> DateTime<Utc> {
        self.kit.clock.now()
    }

    /// Everything the sandbox holds, its sessions counted now.
    fn snapshot(&self) -> Snapshot {
        let (opened, live) = self.sessions.count(self.now());
        self.store.snapshot(Sessions { opened, live })
    }
}

/// A running sandbox. Stopped when dropped, or with [`Sandbox::stop`].
#[derive(Debug)]
pub struct Sandbox {
    app: Arc<App>,
    base_url: String,
    running: Running,
    mozambique_ports: Ports,
    mozambique: Vec<Running>,
}

impl Sandbox {
    /// Starts a sandbox with the default [`Config`] on a free port of
    /// 127.0.0.1: what a merchant's integration test needs.
    pub async fn start() -> std::io::Result<Sandbox> {
        Self::start_with(Config::default()).await
    }

    /// Starts a sandbox on 127.0.0.1 (`config.port`, 0 for a free port).
    pub async fn start_with(config: Config) -> std::io::Result<Sandbox> {
        let bound = Bound::loopback(config.port).await?;
        let base_url = bound.base_url().to_owned();
        let controls = include_str!("../openapi/vodacom-sandbox.json");
        let kit = Kit::new(
            &[vodacom::CONTRACT, vodacom::mozambique::CONTRACT, controls],
            config.clock_start,
        )?;
        let app = Arc::new(App {
            keys: keys::Keys::sandbox(),
            sessions: sessions::Sessions::new(config.session_live_after, config.session_lifetime),
            store: state::Store::default(),
            kit,
            config,
        });
        let router = api::router(app.clone())
            .merge(routes::router(app.clone()))
            .merge(pesa_sandbox::controls_router(app.clone()));
        let running = bound.serve(router, app.kit.requests.clone());
        let (mozambique_ports, mozambique) = serve_mozambique(&app).await?;
        Ok(Sandbox {
            app,
            base_url,
            running,
            mozambique_ports,
            mozambique,
        })
    }

    /// The base URL, `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The environment of `market` on this sandbox: its URL up to the
    /// market's segment (`…/sandbox/ipg/v2/vodacomTZN`).
    pub fn environment(&self, market: Market) -> vodacom::Environment {
        let path = vodacom::servers::openapi::url(vodacom::servers::openapi::environment::SANDBOX, market.segment());
        vodacom::Environment::Custom {
            base_url: format!("{}{}", self.base_url, pesa_sandbox::server_path(&path)),
            market,
        }
    }

    /// Mozambique's environment on this sandbox: 127.0.0.1 and the port of
    /// each operation.
    pub fn mozambique_environment(&self) -> vodacom::mozambique::Environment {
        vodacom::mozambique::Environment::Custom {
            host: "http://127.0.0.1".to_owned(),
            ports: self.mozambique_ports,
        }
    }

    /// A Mozambique client builder on this sandbox, with its key, the app's
    /// API key, the business's code and the initiator of reversals.
    pub fn mozambique_client_builder(&self) -> vodacom::mozambique::ClientBuilder {
        let (initiator, credential) = &self.app.config.mozambique_initiator;
        vodacom::mozambique::Client::builder(
            self.mozambique_environment(),
            self.public_key(),
            self.api_key(),
            self.service_provider_code(),
        )
        .initiator(vodacom::mozambique::Initiator::new(
            initiator.clone(),
            credential.clone(),
        ))
    }

    /// The sandbox's public key, as a client takes it.
    pub fn public_key(&self) -> vodacom::PublicKey {
        vodacom::PublicKey::parse(PUBLIC_KEY).unwrap_or_else(|e| unreachable!("the bundled key reads: {e}"))
    }

    /// The app's API key.
    pub fn api_key(&self) -> &str {
        &self.app.config.api_key
    }

    /// The business's code.
    pub fn service_provider_code(&self) -> vodacom::ServiceProviderCode {
        self.app
            .config
            .service_provider_code
            .parse()
            .unwrap_or_else(|e| unreachable!("the sandbox's business code is one: {e}"))
    }

    /// A client builder for `market` on this sandbox, with its key, the
    /// app's API key and the business's code: set what else you need, then
    /// build.
    pub fn client_builder(&self, market: Market) -> vodacom::ClientBuilder {
        vodacom::Client::builder(
            self.environment(market),
            self.public_key(),
            self.api_key(),
            self.service_provider_code(),
        )
    }

    /// Everything the sandbox holds, as `GET /_sandbox/state` shows it.
    pub fn state(&self) -> Snapshot {
        self.app.snapshot()
    }

    /// The API key and every session id opened so far, for tests that
    /// check a client never lets one leak. Never shown over HTTP.
    pub fn issued_secrets(&self) -> Vec<String> {
        let mut secrets = self.app.sessions.ids();
        secrets.push(self.app.config.api_key.clone());
        secrets
    }

    /// Moves the sandbox's clock forward by `by` (as `POST
    /// /_sandbox/clock/advance` does): sessions become live, and end, as
    /// if that much time had passed. Returns the new now.
    pub fn advance(&self, by: Duration) -> DateTime<Utc> {
        self.app.kit.clock.advance(by)
    }

    /// The next matching requests fail as `fault` says.
    pub fn inject(&self, fault: Fault) {
        self.app.kit.faults.add(fault);
    }

    /// Forgets every fault not yet played.
    pub fn clear_faults(&self) {
        self.app.kit.faults.clear();
    }

    /// Returns once a delayed request has done what it does: await it
    /// before counting what the sandbox holds, rather than sleeping.
    pub async fn settle(&self) {
        self.app.kit.background.settled().await;
    }

    /// Stops serving and waits until open connections are closed.
    pub async fn stop(self) {
        self.running.stop().await;
        for running in self.mozambique {
            running.stop().await;
        }
    }
}

/// Serves Mozambique's operations, each on its port of
/// `app.config.mozambique_ports`: the ports bound, and the servers.
async fn serve_mozambique(app: &Arc<App>) -> std::io::Result<(Ports, Vec<Running>)> {
    let asked = app.config.mozambique_ports;
    let mut bound = Vec::new();
    for port in [asked.c2b, asked.b2c, asked.b2b, asked.reversal, asked.status] {
        bound.push(Bound::loopback(port).await?);
    }
    let port_of = |bound: &Bound| {
        bound
            .base_url()
            .rsplit_once(':')
            .and_then(|(_, port)| port.parse().ok())
            .unwrap_or_else(|| unreachable!("a loopback URL ends with its port: {}", bound.base_url()))
    };
    let ports = Ports {
        c2b: port_of(&bound[0]),
        b2c: port_of(&bound[1]),
        b2b: port_of(&bound[2]),
        reversal: port_of(&bound[3]),
        status: port_of(&bound[4]),
    };
    let routers = api::mozambique::routers(app);
    let running = bound
        .into_iter()
        .zip(routers)
        .map(|(bound, router)| bound.serve(router, app.kit.requests.clone()))
        .collect();
    Ok((ports, running))
}
