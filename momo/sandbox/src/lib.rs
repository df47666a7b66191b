//! # mtn-momo-sandbox
//!
//! A stateful fake of MTN's Mobile Money Open API, on loopback: every
//! operation of `momo/openapi/momo.yaml` at the same paths, requests read
//! through the contract, API users and keys provisioned as MTN's sandbox
//! does, one token per product and user, EUR, MTN's published test numbers
//! forcing their outcomes, requests to pay that wait for a simulated
//! customer, payouts that MTN settles by itself, balances that move, 409 on
//! a reused reference, and one callback per request (POST for v1, PUT for
//! v2), never retried. Test controls are under `/_sandbox/`.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = momo_sandbox::Sandbox::start().await?;
//! let credentials = sandbox.provision("127.0.0.1").await?;
//! let collection = momo::Collection::builder(sandbox.environment(), credentials).build()?;
//! # let _ = collection;
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod api;
mod dashboard;
mod deliver;
mod errors;
mod routes;
mod settle;
mod state;
mod world;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use momo::types::{Product, ReferenceId};
use pesa_sandbox::{Bound, Kit, Rejection, Running};

pub use controls::types::{
    Balances, CallbackMethod, Delivery, RequestKind, RequestRecord, SettlementOutcome, Snapshot, UserRecord,
};
pub use pesa_sandbox::{Fault, FaultKind};
pub use routes::ControlError;
pub use world::{COLLECTION_KEY, CURRENCY, DISBURSEMENT_KEY, REMITTANCE_KEY, STARTING_BALANCE};

/// The sandbox's own controls, generated from `openapi/momo-sandbox.yaml`:
/// their `types` (the records `Sandbox::state` gives), `paths`, and a
/// `Client` to drive a sandbox binary from outside.
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
pub mod controls {
    include!(concat!(env!("OUT_DIR"), "/controls.rs"));
}

/// How the sandbox behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// The port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// The subscription key of each product: collection, disbursement,
    /// remittance (provisioning takes any of them).
    pub subscription_keys: [String; 3],
    /// How long a token lives (default one hour, MTY).
    pub token_ttl: Duration,
    /// Whether a request to pay or to withdraw from an ordinary number
    /// succeeds at once, as MTN's sandbox does ("any other number results in
    /// Success"); by default it waits for the simulated customer
    /// ([`Sandbox::settle_request`]).
    pub auto_approve: bool,
    /// How long MTN works on a payout (transfer, deposit, refund, cash
    /// transfer) before it is final (default 50 ms).
    pub payout_delay: Duration,
    /// How long the merchant has to answer a callback (default 5 s).
    pub callback_timeout: Duration,
    /// Where the sandbox's clock starts, stopped there until moved
    /// ([`Sandbox::advance`]); the system's time when not set (default).
    pub clock_start: Option<DateTime<Utc>>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            port: 0,
            subscription_keys: [COLLECTION_KEY, DISBURSEMENT_KEY, REMITTANCE_KEY].map(str::to_owned),
            token_ttl: Duration::from_secs(3600),
            auto_approve: false,
            payout_delay: Duration::from_millis(50),
            callback_timeout: Duration::from_secs(5),
            clock_start: None,
        }
    }
}

impl Config {
    /// The subscription key of `product`.
    pub fn subscription_key(&self, product: Product) -> &str {
        let [collection, disbursement, remittance] = &self.subscription_keys;
        match product {
            Product::Collection => collection,
            Product::Disbursement => disbursement,
            Product::Remittance => remittance,
        }
    }
}

/// What every request handler shares.
#[derive(Debug)]
struct App {
    config: Config,
    store: state::Store,
    kit: Kit,
    http: reqwest::Client,
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
}

/// A running sandbox. Stopped when dropped, or with [`Sandbox::stop`].
#[derive(Debug)]
pub struct Sandbox {
    app: Arc<App>,
    base_url: String,
    running: Running,
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
        let http = reqwest::Client::builder()
            .timeout(config.callback_timeout)
            .build()
            .map_err(std::io::Error::other)?;
        let controls = include_str!("../openapi/momo-sandbox.json");
        let kit = Kit::new(&[momo::CONTRACT, controls], config.clock_start)?;
        let app = Arc::new(App {
            store: state::Store::default(),
            kit,
            config,
            http,
        });
        let router = api::router(app.clone())
            .merge(routes::router(app.clone()))
            .merge(pesa_sandbox::controls_router(app.clone()));
        let running = bound.serve(router, app.kit.requests.clone());
        Ok(Sandbox { app, base_url, running })
    }

    /// The base URL, `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The environment of this sandbox: its base URL, target `sandbox`.
    pub fn environment(&self) -> momo::Environment {
        momo::Environment::Custom {
            base_url: self.base_url.clone(),
            target: momo::TargetEnvironment::Sandbox,
        }
    }

    /// The subscription key of `product`.
    pub fn subscription_key(&self, product: Product) -> &str {
        self.app.config.subscription_key(product)
    }

    /// A new API user whose callbacks go to `callback_host`, with its key,
    /// made through the provisioning API as a merchant does: the
    /// credentials of a collection client (use [`momo::Credentials::new`]
    /// with another product's key for the others).
    pub async fn provision(&self, callback_host: &str) -> momo::Result<momo::Credentials> {
        self.provision_for(Product::Collection, callback_host).await
    }

    /// [`Sandbox::provision`] with `product`'s subscription key.
    pub async fn provision_for(&self, product: Product, callback_host: &str) -> momo::Result<momo::Credentials> {
        let provisioning = momo::Provisioning::new(&self.environment(), self.subscription_key(product))?;
        provisioning.create_user(&ReferenceId::new(), callback_host).await
    }

    /// Everything the sandbox holds, as `GET /_sandbox/state` shows it.
    pub fn state(&self) -> Snapshot {
        self.app.store.snapshot()
    }

    /// Every API key and access token issued so far, for tests that check a
    /// client never lets one leak. Never shown over HTTP.
    pub fn issued_secrets(&self) -> Vec<String> {
        let ledger = self.app.store.lock();
        let keys = ledger.users.iter().filter_map(|user| user.key.clone());
        keys.chain(ledger.tokens.iter().map(|token| token.token.clone()))
            .collect()
    }

    /// The pending request `reference` ends as `outcome` says, as `POST
    /// /_sandbox/requests/{reference}` does: its callback is delivered
    /// before this returns.
    pub async fn settle_request(
        &self,
        reference: &ReferenceId,
        outcome: SettlementOutcome,
    ) -> Result<RequestRecord, ControlError> {
        routes::settle_request(&self.app, reference, outcome).await
    }

    /// Moves the sandbox's clock forward by `by` (as `POST
    /// /_sandbox/clock/advance` does): tokens expire as if that much time
    /// had passed. Returns the new now.
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

    /// Returns once every payout the sandbox works on is final and every
    /// callback it owes delivered: await it before counting what the
    /// merchant received, rather than sleeping.
    pub async fn settle(&self) {
        self.app.kit.background.settled().await;
    }

    /// Stops serving and waits until open connections are closed.
    pub async fn stop(self) {
        self.running.stop().await;
    }
}
