//! # ihela-sandbox
//!
//! A stateful fake of the iHela merchant gateway, on loopback: every
//! operation of `openapi/ihela-merchant.yaml` in both API generations, at the
//! same paths, with tokens that expire, the banks and customers of the
//! source documents, bills that get paid, expire or fail, cash-ins that
//! respect the merchant's balance and the banks' limits, the callback POSTed
//! to the merchant, and test controls under `/_sandbox/`.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let sandbox = ihela_sandbox::Sandbox::start().await?;
//! println!("{} ({} / {})", sandbox.base_url(), sandbox.client_id(), sandbox.client_secret());
//! # Ok(())
//! # }
//! ```
//!
//! It serves iHela's banking and agent services too
//! (`ihela::banking::CONTRACT`, at the same host): a partner and an agent
//! ([`BankingUser`], logging in with client credentials or the JWT pair),
//! accounts with holders and balances that move, statements, fees,
//! cash-out codes that a customer's request creates and that work once, the
//! signature checked over the bytes received when [`Config::signature_key`]
//! is set, and a reference sent again answered with its first operation.
//!
//! **Repeated merchant references** (the sandbox's choice, the real gateway's
//! is not documented): a bill init or a cash-in repeated with the same
//! `merchant_reference` and the same details gets the first bill or cash-in
//! again (HTTP 200, nothing new is created); the same reference with other
//! details is HTTP 400 naming `merchant_reference`.

#![warn(missing_docs)]

mod api;
mod banking;
mod callbacks;
mod dashboard;
mod data;
mod errors;
mod login;
mod routes;
mod state;
mod tokens;
mod urls;
mod views;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use ihela::BillCode;
use pesa_sandbox::{Bound, Kit, Rejection, Running};

pub use banking::{
    BankingUser, DUPLICATE, INVALID, NO_ACCOUNT, NO_TRANSACTION, OpeningAccount, WRONG_PIN, default_accounts,
    default_agent, default_partner,
};
pub use controls::types::{
    BankAccountRecord, BankingOperationKind, BankingOperationRecord, BankingSnapshot, BillRecord, BillView,
    CallbackAttempt, CashInRecord, CashOutRequestRecord, Delivery, Generation, Snapshot,
};
use ihela::callback::SignatureKey;
pub use pesa_sandbox::{Fault, FaultKind};
pub use state::ControlError;

/// The sandbox's own controls, generated from `openapi/ihela-sandbox.yaml`:
/// their `types` (the records `Sandbox::state` gives), `paths`, and a
/// `Client` to drive a sandbox binary from outside.
#[allow(missing_docs, unused_imports, dead_code, clippy::all, clippy::pedantic)]
pub mod controls {
    include!(concat!(env!("OUT_DIR"), "/controls.rs"));
}

/// The iHela contracts this sandbox serves, and its own controls, as JSON.
/// The merchant contract comes after the banking one, whose token call
/// (the same path) it describes in full.
const CONTRACTS: [&str; 3] = [
    ihela::banking::CONTRACT,
    ihela::CONTRACT,
    include_str!("../openapi/ihela-sandbox.json"),
];

/// The client id the sandbox accepts unless told otherwise.
pub const DEFAULT_CLIENT_ID: &str = "sandbox-client-id";
/// The client secret the sandbox accepts unless told otherwise.
pub const DEFAULT_CLIENT_SECRET: &str = "sandbox-client-secret";

/// How the sandbox behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// The port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// The client id accepted by the token endpoint.
    pub client_id: String,
    /// The client secret accepted by the token endpoint.
    pub client_secret: String,
    /// Where the callback is POSTed when a bill is paid or fails; none by default.
    pub callback_url: Option<String>,
    /// How long a token lives (default one hour).
    pub token_ttl: Duration,
    /// How long a bill stays payable (default one week, as iHela's documentation says).
    pub bill_ttl: Duration,
    /// How long a bill in a mobile wallet stays payable (default 10 minutes).
    pub wallet_bill_ttl: Duration,
    /// How many times a callback is delivered at most (default 5).
    pub callback_attempts: u32,
    /// The wait before the second delivery, doubled after each (default 200 ms).
    pub callback_backoff: Duration,
    /// How long the merchant has to answer a callback (default 5 s).
    pub callback_timeout: Duration,
    /// The merchant's balance at start, in francs, which cash-ins draw on
    /// (default 10,000,000).
    pub merchant_balance: u64,
    /// More merchants the token endpoint accepts, as (client id, client
    /// secret); none by default. For tests of what one merchant's sign-in
    /// code does in another's hands.
    pub other_clients: Vec<(String, String)>,
    /// How long a "log in with iHela" code can be exchanged (default 5
    /// minutes).
    pub code_ttl: Duration,
    /// Whether a customer's token comes with a refresh token (default yes).
    pub refresh_tokens: bool,
    /// Where the sandbox's clock starts, stopped there until moved
    /// ([`Sandbox::advance`]); the system's time when not set (default).
    pub clock_start: Option<DateTime<Utc>>,
    /// The banking partners and agents (default: [`default_partner`] and
    /// [`default_agent`]).
    pub banking_users: Vec<BankingUser>,
    /// The banking and agent services' accounts at start (default:
    /// [`default_accounts`]).
    pub banking_accounts: Vec<OpeningAccount>,
    /// The key the money-moving banking calls must be signed with
    /// (`X-iHela-Signature`); none by default, when signatures are not
    /// checked.
    pub signature_key: Option<SignatureKey>,
    /// How long a JWT access token lives (default 5 minutes, SimpleJWT's).
    pub jwt_access_ttl: Duration,
    /// How long a JWT refresh token lives (default a day, SimpleJWT's).
    pub jwt_refresh_ttl: Duration,
    /// How long a customer's cash-out code works (default 15 minutes, the
    /// sandbox's choice).
    pub cash_out_ttl: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            port: 0,
            client_id: DEFAULT_CLIENT_ID.to_owned(),
            client_secret: DEFAULT_CLIENT_SECRET.to_owned(),
            callback_url: None,
            token_ttl: Duration::from_secs(3600),
            bill_ttl: Duration::from_secs(7 * 24 * 3600),
            wallet_bill_ttl: Duration::from_secs(600),
            callback_attempts: 5,
            callback_backoff: Duration::from_millis(200),
            callback_timeout: Duration::from_secs(5),
            merchant_balance: 10_000_000,
            other_clients: Vec::new(),
            code_ttl: Duration::from_secs(300),
            refresh_tokens: true,
            clock_start: None,
            banking_users: vec![default_partner(), default_agent()],
            banking_accounts: default_accounts(),
            signature_key: None,
            jwt_access_ttl: Duration::from_secs(300),
            jwt_refresh_ttl: Duration::from_secs(24 * 3600),
            cash_out_ttl: Duration::from_secs(900),
        }
    }
}

/// What every request handler shares.
#[derive(Debug)]
struct App {
    config: Config,
    base_url: String,
    store: state::Store,
    tokens: tokens::Tokens,
    ledger: banking::Ledger,
    jwt: banking::Jwt,
    kit: Kit,
    http: reqwest::Client,
}

impl pesa_sandbox::Gateway for App {
    fn kit(&self) -> &Kit {
        &self.kit
    }

    fn reject(&self, rejection: Rejection) -> axum::response::Response {
        axum::response::IntoResponse::into_response(errors::ApiError::rejected(rejection))
    }
}

impl App {
    /// Now, by the sandbox's clock.
    fn now(&self) -> DateTime<Utc> {
        self.kit.clock.now()
    }

    /// Everything the sandbox holds.
    fn snapshot(&self) -> Snapshot {
        self.store.snapshot(self.tokens.issued(), self.now())
    }

    /// Whether `client_id` and `client_secret` are a merchant's the
    /// sandbox knows.
    fn knows_client(&self, client_id: &str, client_secret: &str) -> bool {
        self.clients()
            .any(|(id, secret)| id == client_id && secret == client_secret)
    }

    /// Whether `client_id` is a merchant's the sandbox knows.
    fn knows_client_id(&self, client_id: &str) -> bool {
        self.clients().any(|(id, _)| id == client_id)
    }

    fn clients(&self) -> impl Iterator<Item = (&str, &str)> {
        let main = (self.config.client_id.as_str(), self.config.client_secret.as_str());
        let others = self
            .config
            .other_clients
            .iter()
            .map(|(id, secret)| (id.as_str(), secret.as_str()));
        let banking = self
            .config
            .banking_users
            .iter()
            .map(|user| (user.client_id.as_str(), user.client_secret.as_str()));
        std::iter::once(main).chain(others).chain(banking)
    }

    /// Who a client-credentials token of `client_id` is issued to: a
    /// banking partner or agent, or a merchant.
    fn owner_of(&self, client_id: &str) -> tokens::Owner {
        match self
            .config
            .banking_users
            .iter()
            .position(|user| user.client_id == client_id)
        {
            Some(user) => tokens::Owner::Banking(user),
            None => tokens::Owner::Merchant(tokens::Holder::Merchant),
        }
    }
}

/// A running sandbox. Stopped when dropped, or with [`Sandbox::stop`].
#[derive(Debug)]
pub struct Sandbox {
    app: Arc<App>,
    running: Running,
}

impl Sandbox {
    /// Starts a sandbox with the default [`Config`] on a free port of
    /// 127.0.0.1: what a merchant's integration test needs.
    pub async fn start() -> std::io::Result<Sandbox> {
        Self::start_with(Config::default()).await
    }

    /// Starts a sandbox on 127.0.0.1 (`config.port`, 0 for a free port).
    ///
    /// # Errors
    /// When the port cannot be bound, or the banking users are not a partner
    /// and an agent at least, each with a PIN of 4 to 6 digits and an
    /// account among the banking accounts.
    pub async fn start_with(config: Config) -> std::io::Result<Sandbox> {
        banking::check_users(&config.banking_users, &config.banking_accounts).map_err(std::io::Error::other)?;
        let bound = Bound::loopback(config.port).await?;
        let base_url = bound.base_url().to_owned();
        let http = reqwest::Client::builder()
            .timeout(config.callback_timeout)
            .build()
            .map_err(std::io::Error::other)?;
        let mut kit = Kit::new(&CONTRACTS, config.clock_start)?;
        // iHela's gateway is a Django REST framework application, whose
        // integer fields take `500.0`, what `ihela-sdk` sends.
        kit.contract.read_whole_floats_as_integers();
        let app = Arc::new(App {
            store: state::Store::new(config.merchant_balance),
            tokens: tokens::Tokens::default(),
            ledger: banking::Ledger::new(config.banking_accounts.clone()),
            jwt: banking::Jwt::new(config.jwt_access_ttl, config.jwt_refresh_ttl),
            kit,
            config,
            base_url,
            http,
        });
        let router = api::router(app.clone())
            .merge(banking::router(app.clone()))
            .merge(routes::router(app.clone()))
            .merge(login::router(app.clone()))
            .merge(pesa_sandbox::controls_router(app.clone()));
        let running = bound.serve(router, app.kit.requests.clone());
        Ok(Sandbox { app, running })
    }

    /// The base URL, `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.app.base_url
    }

    /// The client id the token endpoint accepts.
    pub fn client_id(&self) -> &str {
        &self.app.config.client_id
    }

    /// The client secret the token endpoint accepts.
    pub fn client_secret(&self) -> &str {
        &self.app.config.client_secret
    }

    /// A client builder for this sandbox, with its credentials: add what
    /// the test needs (`.retry(..)`, `.timeout(..)`) and `.build()`.
    pub fn client(&self) -> ihela::ClientBuilder {
        ihela::Client::builder(ihela::Environment::Custom(self.base_url().to_owned()))
            .credentials(self.client_id(), self.client_secret())
    }

    /// Everything the sandbox holds, as `GET /_sandbox/state` shows it.
    pub fn state(&self) -> Snapshot {
        self.app.snapshot()
    }

    /// Every access and refresh token issued so far, expired or not: for
    /// tests that check a client never lets one leak. Never shown over HTTP.
    pub fn issued_tokens(&self) -> Vec<String> {
        self.app.tokens.issued_tokens()
    }

    /// A banking client for this sandbox, logging in as its first partner
    /// with the JWT pair: add what the test needs and `.build()`.
    pub fn banking_client(&self) -> ihela::banking::ServiceBuilder<ihela::banking::BankingClient> {
        let partner = self.banking_user(false);
        ihela::banking::BankingClient::builder(self.environment(), login(partner), pin(partner))
    }

    /// An agent client for this sandbox, logging in as its first agent
    /// with the JWT pair.
    pub fn agent_client(&self) -> ihela::banking::ServiceBuilder<ihela::banking::AgentClient> {
        let agent = self.banking_user(true);
        ihela::banking::AgentClient::builder(self.environment(), login(agent), pin(agent))
    }

    /// The first partner (`agent` false) or agent the sandbox knows (it
    /// starts only with both).
    pub fn banking_user(&self, agent: bool) -> &BankingUser {
        banking::first_user(&self.app.config.banking_users, agent).expect("checked when the sandbox started")
    }

    fn environment(&self) -> ihela::Environment {
        ihela::Environment::Custom(self.base_url().to_owned())
    }

    /// The banking and agent services' accounts, operations and cash-out
    /// requests, as `GET /_sandbox/banking` shows them.
    pub fn banking(&self) -> BankingSnapshot {
        self.app.ledger.snapshot()
    }

    /// A customer asks to withdraw `amount` francs from `account` at an
    /// agent, as `POST /_sandbox/banking/cash-out-requests` does: the
    /// request, with the code the customer shows the agent.
    pub fn request_cash_out(&self, account: &str, amount: ihela::Francs) -> Result<CashOutRequestRecord, ControlError> {
        let asked = controls::types::CashOutAsk {
            account_number: account.to_owned(),
            amount,
        };
        routes::cash_out_request(&self.app, &asked)
    }

    /// The customer pays the bill, as `POST /_sandbox/bills/{code}/pay`
    /// does: the callback is delivered before this returns.
    pub async fn pay(&self, bill_code: &BillCode) -> Result<BillView, ControlError> {
        routes::pay(&self.app, bill_code, None).await
    }

    /// The customer's payment fails with `message`.
    pub async fn fail(&self, bill_code: &BillCode, message: &str) -> Result<BillView, ControlError> {
        routes::pay(&self.app, bill_code, Some(message.to_owned())).await
    }

    /// Delivers the callback of a paid or failed bill again, as `POST
    /// /_sandbox/bills/{code}/callback` does.
    pub async fn replay_callback(&self, bill_code: &BillCode) -> Result<BillView, ControlError> {
        routes::replay(&self.app, bill_code).await
    }

    /// The bill expires now.
    pub fn expire(&self, bill_code: &BillCode) -> Result<BillView, ControlError> {
        routes::expire(&self.app, bill_code)
    }

    /// Moves the sandbox's clock forward by `by` (as `POST
    /// /_sandbox/clock/advance` does): tokens, sign-in codes and bills
    /// expire as if that much time had passed. Returns the new now.
    pub fn advance(&self, by: Duration) -> DateTime<Utc> {
        self.app.kit.clock.advance(by)
    }

    /// The customer `customer_id` (one of the sandbox's iHela customers:
    /// `76000111`, `76000116`) approves the login of `authorize_url`
    /// ([`ihela::Client::start_login`]'s URL), as the consent page's form
    /// does: where iHela sends the browser back, with the one-time code.
    pub fn approve_sign_in(&self, authorize_url: &str, customer_id: &str) -> Result<String, ControlError> {
        login::submit(&self.app, authorize_url, Some(customer_id))
    }

    /// The customer refuses the login of `authorize_url`: where iHela
    /// sends the browser back, with `error=access_denied`.
    pub fn deny_sign_in(&self, authorize_url: &str) -> Result<String, ControlError> {
        login::submit(&self.app, authorize_url, None)
    }

    /// The next matching requests fail as `fault` says.
    pub fn inject(&self, fault: Fault) {
        self.app.kit.faults.add(fault);
    }

    /// Returns once every request a `delay` fault held has been processed,
    /// though its caller gave up: await it before counting what the
    /// sandbox holds, rather than sleeping.
    pub async fn settle(&self) {
        self.app.kit.background.settled().await;
    }

    /// Stops serving and waits until open connections are closed.
    pub async fn stop(self) {
        self.running.stop().await;
    }
}

/// How `user` logs in: the JWT pair, with its username and password.
fn login(user: &BankingUser) -> ihela::banking::Login {
    ihela::banking::Login::password(user.username.clone(), user.password.clone())
}

/// `user`'s PIN.
fn pin(user: &BankingUser) -> ihela::Pin {
    user.pin.parse().expect("checked when the sandbox started")
}
