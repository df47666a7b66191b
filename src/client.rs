//! Building a client and calling the merchant operations.
//!
//! [`Client`] wraps the generated client: each method checks its input, gets
//! a token when needed, sends the request the spec describes, and returns the
//! answer's data or an [`Error`](crate::Error). [`Client::api`] gives the
//! generated client itself, for anything not wrapped here.

use std::time::Duration;

use reqwest::Url;

use crate::answer::Answer;
use crate::auth::{Auth, Credentials};
use crate::call;
use crate::error::{Error, InvalidInput, Result};
use crate::generated::{self, servers};
use crate::secret::Secret;
use crate::types;

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

/// Default time allowed to open a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default time allowed for a whole request, answer included.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default margin: a token is renewed this long before it expires.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// The `User-Agent` of every request: this crate and its version.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "-rust/", env!("CARGO_PKG_VERSION"));

/// Configures a [`Client`]. Start with [`Client::builder`].
#[derive(Debug)]
pub struct ClientBuilder {
    environment: Environment,
    credentials: Option<Credentials>,
    token: Option<(Secret, Option<Duration>)>,
    connect_timeout: Duration,
    timeout: Duration,
    refresh_margin: Duration,
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

    /// Time allowed to open a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Time allowed for a whole request, answer included (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How long before its expiry a token is renewed (default 60 s, at most
    /// half the token's lifetime).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.refresh_margin = margin;
        self
    }

    /// Builds the client. Fails when the base URL is not an `http(s)` URL or
    /// when neither credentials nor a token were given.
    pub fn build(self) -> Result<Client> {
        let base_url = self.environment.base_url();
        let parsed = Url::parse(base_url).map_err(|e| InvalidInput::new("base_url", e.to_string()))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
            return Err(InvalidInput::new("base_url", "must be an http or https URL with a host").into());
        }
        if self.credentials.is_none() && self.token.is_none() {
            return Err(InvalidInput::new("credentials", "give credentials or an access token").into());
        }
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(self.connect_timeout)
            .timeout(self.timeout)
            .build()
            .map_err(|source| Error::Transport {
                operation: "build_client",
                source,
            })?;
        let auth = Auth::new(self.credentials, self.token, self.refresh_margin);
        Ok(Client {
            api: generated::Client::new_with_client(base_url, http, auth),
        })
    }
}

/// Who to look up with [`Client::lookup_customer`]: the query name decides
/// which generation's parameter is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomerQuery {
    /// `customer_id`, the name `ihela-python-client` 0.0.5 sends.
    CustomerId(String),
    /// `account_number`, the name later clients send.
    AccountNumber(String),
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
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            refresh_margin: DEFAULT_REFRESH_MARGIN,
        }
    }

    /// The generated client, for calls this wrapper does not cover. Its calls
    /// use the same token and hooks, but return progenitor's error type.
    pub fn api(&self) -> &generated::Client {
        &self.api
    }

    /// How many times this client (and its clones) asked for a token.
    pub fn token_fetches(&self) -> u64 {
        progenitor_client::ClientInfo::inner(&self.api).token_fetches()
    }

    /// Asks the token endpoint for a new token now (`create_token`). Calls
    /// get tokens by themselves; this is for checking credentials up front.
    pub async fn authenticate(&self) -> Result<()> {
        progenitor_client::ClientInfo::inner(&self.api)
            .force_renew(&self.api)
            .await
            .map_err(|source| Error::Auth {
                operation: "create_token",
                source,
            })
    }

    /// Every bank and wallet (`list_banks`).
    pub async fn list_banks(&self) -> Result<types::BankList> {
        call::run(self.api.list_banks().send()).await
    }

    /// Banks a merchant can pay money out to (`list_cash_in_banks`).
    pub async fn list_cash_in_banks(&self) -> Result<types::BankList> {
        call::run(self.api.list_cash_in_banks().send()).await
    }

    /// Banks a customer can pay a bill from (`list_cash_out_banks`).
    pub async fn list_cash_out_banks(&self) -> Result<types::BankList> {
        call::run(self.api.list_cash_out_banks().send()).await
    }

    /// A customer's account number and name in a bank (`lookup_customer`).
    pub async fn lookup_customer(&self, bank_slug: &str, who: CustomerQuery) -> Result<types::CustomerAccount> {
        let slug = types::BankSlug::try_from(bank_slug).map_err(|e| InvalidInput::new("bank_slug", e.to_string()))?;
        let request = self.api.lookup_customer().bank_slug(slug);
        let request = match who {
            CustomerQuery::CustomerId(id) => request.customer_id(id),
            CustomerQuery::AccountNumber(number) => request.account_number(number),
        };
        call::run(request.send()).await
    }

    /// Creates a bill (`init_bill`, generation 1) and returns it.
    ///
    /// Takes the request or its builder (`types::BillInitRequest::builder()`);
    /// a missing or invalid field is refused before anything is sent.
    pub async fn init_bill<B>(&self, request: B) -> Result<types::Bill>
    where
        B: TryInto<types::BillInitRequest>,
        B::Error: std::fmt::Display,
    {
        self.send_body(request, |api, body: types::BillInitRequest| {
            api.init_bill().body(body).send()
        })
        .await
    }

    /// The real status of a bill (`verify_bill`, generation 1).
    ///
    /// The wire names are crossed (`code` is the merchant reference,
    /// `reference` the bill code); this method takes them by meaning.
    pub async fn verify_bill(&self, merchant_reference: &str, bill_code: &str) -> Result<types::BillVerification> {
        // Checked here so that an error names the field by its meaning.
        let code = types::MerchantReference::try_from(merchant_reference)
            .map_err(|e| InvalidInput::new("merchant_reference", e.to_string()))?;
        let reference =
            types::BillCode::try_from(bill_code).map_err(|e| InvalidInput::new("bill_code", e.to_string()))?;
        let request = types::BillVerifyRequest::builder().code(code).reference(reference);
        self.send_body(request, |api, body: types::BillVerifyRequest| {
            api.verify_bill().body(body).send()
        })
        .await
    }

    /// Creates a bill debiting a customer's account (`create_bill`, the later
    /// generation's `bill-init/`) and returns the envelope's data.
    pub async fn create_bill<B>(&self, request: B) -> Result<types::BillInitData>
    where
        B: TryInto<types::BillCreateRequest>,
        B::Error: std::fmt::Display,
    {
        self.send_body(request, |api, body: types::BillCreateRequest| {
            api.create_bill().body(body).send()
        })
        .await
    }

    /// The real status of a bill (`check_bill`, the later generation's
    /// `bill-check/`), from the envelope's data.
    pub async fn check_bill<B>(&self, request: B) -> Result<types::BillCheckData>
    where
        B: TryInto<types::BillCheckRequest>,
        B::Error: std::fmt::Display,
    {
        self.send_body(request, |api, body: types::BillCheckRequest| {
            api.check_bill().body(body).send()
        })
        .await
    }

    /// Pays money out to a customer's account (`cash_in`).
    ///
    /// Returns only an accepted cash-in: a refusal inside HTTP 200
    /// (`"error": true`, or a `response_code` other than `"00"`) is
    /// [`Error::Refused`]. Exactly one account pair must be given: `bank_slug`
    /// and `account` (generation 1) or `credit_bank` and `credit_account`.
    pub async fn cash_in<B>(&self, request: B) -> Result<types::CashInResult>
    where
        B: TryInto<types::CashInRequest>,
        B::Error: std::fmt::Display,
    {
        let request = convert(request)?;
        check_cash_in_account(&request)?;
        self.send_body(request, |api, body: types::CashInRequest| {
            api.cash_in().body(body).send()
        })
        .await
    }

    /// The user behind the token (`get_connected_user`).
    pub async fn connected_user(&self) -> Result<types::User> {
        call::run(self.api.get_connected_user().send()).await
    }

    /// Converts `request` (refusing it with the field named) and sends it.
    async fn send_body<'a, B, R, T, F>(
        &'a self,
        request: B,
        send: impl FnOnce(&'a generated::Client, R) -> F,
    ) -> Result<T::Data>
    where
        B: TryInto<R>,
        B::Error: std::fmt::Display,
        T: Answer,
        F: Future<Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<types::ErrorBody>>>,
    {
        let body = convert(request)?;
        call::run(send(&self.api, body)).await
    }
}

/// Converts a request or its builder, naming the field that is wrong.
fn convert<B, R>(request: B) -> Result<R, InvalidInput>
where
    B: TryInto<R>,
    B::Error: std::fmt::Display,
{
    request
        .try_into()
        .map_err(|e| InvalidInput::from_body_reason(&e.to_string()))
}

/// A cash-in names its account with one generation's pair, complete.
fn check_cash_in_account(request: &types::CashInRequest) -> Result<(), InvalidInput> {
    // Whether one pair is given; an incomplete pair names its missing half.
    let pair = |bank: bool, account: bool, bank_field: &str, account_field: &str| match (bank, account) {
        (true, true) => Ok(true),
        (false, false) => Ok(false),
        (true, false) => Err(InvalidInput::new(
            account_field,
            format!("is required with `{bank_field}`"),
        )),
        (false, true) => Err(InvalidInput::new(
            bank_field,
            format!("is required with `{account_field}`"),
        )),
    };
    let first = pair(
        request.bank_slug.is_some(),
        request.account.is_some(),
        "bank_slug",
        "account",
    )?;
    let later = pair(
        request.credit_bank.is_some(),
        request.credit_account.is_some(),
        "credit_bank",
        "credit_account",
    )?;
    match (first, later) {
        (true, false) | (false, true) => Ok(()),
        (true, true) => Err(InvalidInput::new(
            "credit_bank",
            "give `bank_slug` + `account` or `credit_bank` + `credit_account`, not both",
        )),
        (false, false) => Err(InvalidInput::new(
            "bank_slug",
            "is required (or `credit_bank` in the later generation)",
        )),
    }
}
