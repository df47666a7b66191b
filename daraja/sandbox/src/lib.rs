//! # daraja-sandbox
//!
//! A stateful fake of Safaricom's M-Pesa Daraja, on loopback: every
//! operation of `daraja/openapi/daraja.yaml` at the same paths, requests
//! read through the contract, tokens that invalidate the one before, STK
//! prompts that wait for a simulated customer and then POST their
//! callback, asynchronous requests that answer at once and POST their
//! result later with balances that move, C2B simulations that call the
//! registered URLs, and its own keypair, so that a client's security
//! credential is decrypted and the initiator's password checked for real.
//! Test controls are under `/_sandbox/`.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let sandbox = daraja_sandbox::Sandbox::start().await?;
//! let client = sandbox.client().build().expect("the sandbox's client");
//! # let _ = client;
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod api;
mod credential;
mod dashboard;
mod deliver;
mod errors;
mod keys;
mod routes;
mod state;
mod tokens;
mod world;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use daraja::types::CheckoutRequestId;
use pesa_sandbox::{Bound, Kit, Rejection, Running};

pub use controls::types::{
    C2bRecord, C2bState, CallbackKind, Delivery, PushRecord, RequestKind, RequestRecord, Snapshot, StkOutcome,
};
pub use pesa_sandbox::{Fault, FaultKind};
pub use routes::ControlError;
pub use world::{
    BUSINESS, CONSUMER_KEY, CONSUMER_SECRET, CUSTOMERS, Customer, INITIATOR, INITIATOR_PASSWORD, PASSKEY, PAYBILL, TILL,
};

/// The sandbox's own controls, generated from `openapi/daraja-sandbox.yaml`:
/// their `types` (the records `Sandbox::state` gives), `paths`, and a
/// `Client` to drive a sandbox binary from outside.
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
pub mod controls {
    include!(concat!(env!("OUT_DIR"), "/controls.rs"));
}

/// The certificate a client encrypts initiator passwords with for this
/// sandbox (`keys/sandbox-certificate.pem`: a test key, published).
pub const CERTIFICATE: &str = include_str!("../keys/sandbox-certificate.pem");

/// How the sandbox behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// The port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// The consumer key the token endpoint accepts.
    pub consumer_key: String,
    /// The consumer secret the token endpoint accepts.
    pub consumer_secret: String,
    /// How long a token lives (default one hour, as Daraja's).
    pub token_ttl: Duration,
    /// How far an STK `Timestamp` may be from the sandbox's Nairobi time
    /// (default one hour). Assumed: Daraja's own tolerance is not published.
    pub timestamp_tolerance: Duration,
    /// How long M-Pesa works on an accepted asynchronous request before
    /// POSTing its result (default 100 ms; Daraja's takes seconds): the
    /// merchant has recorded the answer's keys by then, as with Daraja.
    pub result_delay: Duration,
    /// How many times a callback is delivered at most (default 5).
    pub callback_attempts: u32,
    /// The wait before the second delivery, doubled after each (default 200 ms).
    pub callback_backoff: Duration,
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
            consumer_key: CONSUMER_KEY.to_owned(),
            consumer_secret: CONSUMER_SECRET.to_owned(),
            token_ttl: Duration::from_secs(3600),
            timestamp_tolerance: Duration::from_secs(3600),
            result_delay: Duration::from_millis(100),
            callback_attempts: 5,
            callback_backoff: Duration::from_millis(200),
            callback_timeout: Duration::from_secs(5),
            clock_start: None,
        }
    }
}

/// What every request handler shares.
#[derive(Debug)]
struct App {
    config: Config,
    store: state::Store,
    tokens: tokens::Tokens,
    keys: credential::Keys,
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

/// Nairobi's time: UTC+3 all year (Kenya keeps no daylight saving).
const NAIROBI: chrono::FixedOffset = match chrono::FixedOffset::east_opt(3 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+3 is a valid offset"),
};

/// `at` in Nairobi time, as `format` writes it.
fn nairobi(at: DateTime<Utc>, format: &str) -> String {
    at.with_timezone(&NAIROBI).format(format).to_string()
}

/// A value the sandbox made itself (an id, a receipt) as its generated type.
fn valid<T>(value: &str) -> T
where
    T: for<'a> TryFrom<&'a str, Error = daraja::types::error::ConversionError>,
{
    T::try_from(value).unwrap_or_else(|e| unreachable!("{value:?} is made to the spec's shape: {e}"))
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
        let controls = include_str!("../openapi/daraja-sandbox.json");
        let kit = Kit::new(&[daraja::CONTRACT, controls], config.clock_start)?;
        let app = Arc::new(App {
            store: state::Store::default(),
            tokens: tokens::Tokens::default(),
            keys: credential::Keys::default(),
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

    /// The consumer key the token endpoint accepts.
    pub fn consumer_key(&self) -> &str {
        &self.app.config.consumer_key
    }

    /// The consumer secret the token endpoint accepts.
    pub fn consumer_secret(&self) -> &str {
        &self.app.config.consumer_secret
    }

    /// The environment of this sandbox: its base URL and its certificate.
    pub fn environment(&self) -> daraja::Environment {
        let certificate = daraja::Certificate::from_pem(CERTIFICATE)
            .unwrap_or_else(|e| unreachable!("the bundled certificate reads: {e}"));
        daraja::Environment::Custom {
            base_url: self.base_url.clone(),
            certificate,
        }
    }

    /// A client builder for this sandbox, with its credentials: add what
    /// the test needs (`.retry(..)`, `.timeout(..)`) and `.build()`.
    pub fn client(&self) -> daraja::ClientBuilder {
        daraja::Client::builder(self.environment()).credentials(self.consumer_key(), self.consumer_secret())
    }

    /// Everything the sandbox holds, as `GET /_sandbox/state` shows it.
    pub fn state(&self) -> Snapshot {
        self.app.store.snapshot(self.app.tokens.issued())
    }

    /// Every access token issued so far, for tests that check a client
    /// never lets one leak. Never shown over HTTP.
    pub fn issued_tokens(&self) -> Vec<String> {
        self.app.tokens.every()
    }

    /// The customer answers the prompt `checkout_request_id`, as `POST
    /// /_sandbox/stk/{id}` does: its callback is delivered before this
    /// returns.
    pub async fn answer_stk(
        &self,
        checkout_request_id: &CheckoutRequestId,
        outcome: StkOutcome,
    ) -> Result<PushRecord, ControlError> {
        routes::answer(&self.app, checkout_request_id, outcome).await
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

    /// Returns once every result and callback the sandbox owes has been
    /// delivered (and every request a `delay` fault held, processed): await
    /// it before counting what the merchant received, rather than sleeping.
    pub async fn settle(&self) {
        self.app.kit.background.settled().await;
    }

    /// Stops serving and waits until open connections are closed.
    pub async fn stop(self) {
        self.running.stop().await;
    }
}
