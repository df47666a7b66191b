//! Building a client and calling the merchant operations.
//!
//! [`Client`] wraps the generated client: each method checks its input, gets
//! a token when needed, sends the request the spec describes, and returns the
//! answer's data or an [`Error`](crate::Error). [`Client::api`] gives the
//! generated client itself, for anything not wrapped here.

use std::time::Duration;

use reqwest::Url;

use std::fmt;

use reqwest::StatusCode;

use crate::answer::Answer;
use crate::auth::{Auth, Credentials};
use crate::call::{self, Repeat};
use crate::error::{Error, InvalidInput, Result};
use crate::generated::{self, servers};
use crate::retry::{self, RetryPolicy, Verdict};
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
    retry: RetryPolicy,
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

    /// How calls that are safe to repeat are retried (default
    /// [`RetryPolicy::default`]; [`RetryPolicy::none`] turns retries off).
    /// The same schedule paces the lookups of a bill whose init outcome is unknown.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
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
        let auth = Auth::new(self.credentials, self.token, self.refresh_margin, self.retry);
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
            retry: RetryPolicy::default(),
        }
    }

    /// The generated client, for calls this wrapper does not cover. Its calls
    /// use the same token and hooks, but return progenitor's error type.
    pub fn api(&self) -> &generated::Client {
        &self.api
    }

    /// How many requests this client (and its clones) sent to the token endpoint.
    pub fn token_fetches(&self) -> u64 {
        self.auth().token_fetches()
    }

    fn auth(&self) -> &Auth {
        progenitor_client::ClientInfo::inner(&self.api)
    }

    /// Asks the token endpoint for a new token now (`create_token`). Calls
    /// get tokens by themselves; this is for checking credentials up front.
    pub async fn authenticate(&self) -> Result<()> {
        self.auth().force_renew(&self.api).await.map_err(|source| Error::Auth {
            operation: "create_token",
            source,
        })
    }

    /// Every bank and wallet (`list_banks`).
    pub async fn list_banks(&self) -> Result<types::BankList> {
        self.get(|| self.api.list_banks().send()).await
    }

    /// Banks a merchant can pay money out to (`list_cash_in_banks`).
    pub async fn list_cash_in_banks(&self) -> Result<types::BankList> {
        self.get(|| self.api.list_cash_in_banks().send()).await
    }

    /// Banks a customer can pay a bill from (`list_cash_out_banks`).
    pub async fn list_cash_out_banks(&self) -> Result<types::BankList> {
        self.get(|| self.api.list_cash_out_banks().send()).await
    }

    /// A customer's account number and name in a bank (`lookup_customer`).
    pub async fn lookup_customer(&self, bank_slug: &str, who: CustomerQuery) -> Result<types::CustomerAccount> {
        let slug = types::BankSlug::try_from(bank_slug).map_err(|e| InvalidInput::new("bank_slug", e.to_string()))?;
        let request = self.api.lookup_customer().bank_slug(slug);
        let request = match who {
            CustomerQuery::CustomerId(id) => request.customer_id(id),
            CustomerQuery::AccountNumber(number) => request.account_number(number),
        };
        self.get(|| request.clone().send()).await
    }

    /// Creates a bill (`init_bill`, generation 1) and returns it.
    ///
    /// Takes the request or its builder (`types::BillInitRequest::builder()`);
    /// a missing or invalid field is refused before anything is sent.
    ///
    /// It is never sent twice once it may have reached the gateway. When no
    /// definite answer comes back (timeout, connection dropped, 5xx,
    /// unreadable 200), the bill is looked up by its merchant reference
    /// (bill verify without a bill code), on the retry policy's schedule.
    /// If found, it is returned, built from the request and the lookup (the
    /// fields only an init answer has, such as `confirmation_uri`, are then
    /// absent); if not, the error is [`Error::OutcomeUnknown`].
    pub async fn init_bill<B>(&self, request: B) -> Result<types::Bill>
    where
        B: TryInto<types::BillInitRequest>,
        B::Error: fmt::Display,
    {
        let body: types::BillInitRequest = convert(request)?;
        let sent = self
            .send(Repeat::Unsafe, &body, |api, body| api.init_bill().body(body).send())
            .await;
        match sent {
            Err(error) if error.leaves_outcome_unknown() => {
                let find = || async {
                    let found = self.find_bill(&body.merchant_reference).await?;
                    Ok(found.map(|bill| bill_from_lookup(&body, bill)))
                };
                self.reconcile("init_bill", &body.merchant_reference, error, find).await
            }
            other => other,
        }
    }

    /// The real status of a bill (`verify_bill`, generation 1).
    ///
    /// The wire names are crossed (`code` is the merchant reference,
    /// `reference` the bill code); this method takes them by meaning.
    pub async fn verify_bill(&self, merchant_reference: &str, bill_code: &str) -> Result<types::BillVerification> {
        // Checked here so that an error names the field by its meaning.
        let code = merchant_reference_of(merchant_reference)?;
        let reference =
            types::BillCode::try_from(bill_code).map_err(|e| InvalidInput::new("bill_code", e.to_string()))?;
        self.verify(code, Some(reference)).await
    }

    /// A bill by its merchant reference alone (`verify_bill` without the
    /// bill code), or `None` when the gateway knows no such bill (404).
    ///
    /// This is how to find a bill whose init answer was lost. The sandbox
    /// supports it; the published clients always send the bill code too, so
    /// whether the live gateway does is not documented.
    pub async fn find_bill(&self, merchant_reference: &str) -> Result<Option<types::BillVerification>> {
        let code = merchant_reference_of(merchant_reference)?;
        not_found_as_none(self.verify(code, None).await)
    }

    async fn verify(
        &self,
        code: types::MerchantReference,
        reference: Option<types::BillCode>,
    ) -> Result<types::BillVerification> {
        let body = types::BillVerifyRequest { code, reference };
        self.send(Repeat::Safe, &body, |api, body| api.verify_bill().body(body).send())
            .await
    }

    /// Creates a bill debiting a customer's account (`create_bill`, the later
    /// generation's `bill-init/`) and returns the envelope's data.
    ///
    /// Like [`Client::init_bill`], it is never sent twice once it may have
    /// reached the gateway: when its outcome is unknown, the bill is looked
    /// up by bill check with the merchant reference (and the request's PIN),
    /// and returned if found with the amount asked; otherwise the error is
    /// [`Error::OutcomeUnknown`] (or [`Error::Mismatch`] when a bill with
    /// that reference exists for another amount).
    pub async fn create_bill<B>(&self, request: B) -> Result<types::BillInitData>
    where
        B: TryInto<types::BillCreateRequest>,
        B::Error: fmt::Display,
    {
        let body: types::BillCreateRequest = convert(request)?;
        let sent = self
            .send(Repeat::Unsafe, &body, |api, body| api.create_bill().body(body).send())
            .await;
        match sent {
            Err(error) if error.leaves_outcome_unknown() => {
                let find = || async {
                    let check = types::BillCheckRequest::builder()
                        .merchant_reference(body.merchant_reference.clone())
                        .pin_code(body.pin_code.clone());
                    let found = not_found_as_none(self.check_bill(check).await)?;
                    found.map(|data| created_from_check(&body, data)).transpose()
                };
                self.reconcile("create_bill", &body.merchant_reference, error, find)
                    .await
            }
            other => other,
        }
    }

    /// The real status of a bill (`check_bill`, the later generation's
    /// `bill-check/`), from the envelope's data. Without `bill_code`, the
    /// bill is looked up by `merchant_reference` alone (see [`Client::find_bill`]).
    pub async fn check_bill<B>(&self, request: B) -> Result<types::BillCheckData>
    where
        B: TryInto<types::BillCheckRequest>,
        B::Error: fmt::Display,
    {
        let body: types::BillCheckRequest = convert(request)?;
        self.send(Repeat::Safe, &body, |api, body| api.check_bill().body(body).send())
            .await
    }

    /// Pays money out to a customer's account (`cash_in`).
    ///
    /// Returns only an accepted cash-in: a refusal inside HTTP 200
    /// (`"error": true`, or a `response_code` other than `"00"`) is
    /// [`Error::Refused`]. The account is named one of two ways, by type:
    /// `types::AccountCashIn` (`bank_slug` and `account`, generation 1) or
    /// `types::CreditCashIn` (`credit_bank` and `credit_account`); either's
    /// builder is taken.
    ///
    /// It is never sent twice once it may have reached the gateway, and the
    /// API has no way to look a cash-in up: when no definite answer comes
    /// back (timeout, connection dropped, 5xx, unreadable 200), the error is
    /// [`Error::OutcomeUnknown`] with the merchant reference. Do not pay
    /// again under a new reference before finding out (see the README).
    pub async fn cash_in<B>(&self, request: B) -> Result<types::CashInResult>
    where
        B: TryInto<types::CashInRequest>,
        B::Error: fmt::Display,
    {
        let body: types::CashInRequest = convert(request)?;
        let sent = self
            .send(Repeat::Unsafe, &body, |api, body| api.cash_in().body(body).send())
            .await;
        match sent {
            Err(error) if error.leaves_outcome_unknown() => {
                tracing::error!(
                    merchant_reference = %**body.merchant_reference(),
                    %error,
                    "cash-in outcome unknown: not sent again"
                );
                Err(Error::OutcomeUnknown {
                    operation: "cash_in",
                    merchant_reference: body.merchant_reference().to_string(),
                    source: Box::new(error),
                })
            }
            other => other,
        }
    }

    /// The user behind the token (`get_connected_user`).
    pub async fn connected_user(&self) -> Result<types::User> {
        self.get(|| self.api.get_connected_user().send()).await
    }

    /// Runs a request without a body, which is always safe to repeat.
    async fn get<T, F>(&self, send: impl FnMut() -> F) -> Result<T::Data>
    where
        T: Answer,
        F: Future<Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<types::ErrorBody>>>,
    {
        call::run(self.auth().retry_policy(), Repeat::Safe, send).await
    }

    /// Sends `body` with `send`, a copy for each attempt.
    async fn send<'a, R, T, F>(
        &'a self,
        repeat: Repeat,
        body: &R,
        send: impl Fn(&'a generated::Client, R) -> F,
    ) -> Result<T::Data>
    where
        R: Clone,
        T: Answer,
        F: Future<Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<types::ErrorBody>>>,
    {
        call::run(self.auth().retry_policy(), repeat, || send(&self.api, body.clone())).await
    }

    /// Looks up, on the retry policy's schedule, what a bill init whose
    /// outcome is unknown (`cause`) may have created under `merchant_reference`.
    async fn reconcile<T, F>(
        &self,
        operation: &'static str,
        merchant_reference: &str,
        cause: Error,
        mut find: impl FnMut() -> F,
    ) -> Result<T>
    where
        F: Future<Output = Result<Option<T>>>,
    {
        tracing::warn!(operation, merchant_reference, error = %cause, "outcome unknown: looking the bill up by its merchant reference");
        let lookups = retry::run(self.auth().retry_policy(), |_| {
            let lookup = find();
            async move {
                match lookup.await {
                    Ok(Some(found)) => Ok(found),
                    Ok(None) => Err((Lookup::NotFound, Verdict::Transient { retry_after: None })),
                    Err(error) => Err((Lookup::Failed(error), Verdict::Final)),
                }
            }
        });
        match lookups.await {
            Ok(found) => {
                tracing::info!(
                    operation,
                    merchant_reference,
                    "found the bill by its merchant reference"
                );
                Ok(found)
            }
            Err(Lookup::Failed(mismatch @ Error::Mismatch { .. })) => Err(mismatch),
            Err(lookup) => {
                tracing::error!(operation, merchant_reference, %lookup, "bill outcome unknown");
                Err(Error::OutcomeUnknown {
                    operation,
                    merchant_reference: merchant_reference.to_owned(),
                    source: Box::new(cause),
                })
            }
        }
    }
}

/// How one lookup of a bill by its reference ended, when it found nothing.
enum Lookup {
    NotFound,
    Failed(Error),
}

impl fmt::Display for Lookup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lookup::NotFound => f.write_str("no bill with this merchant reference (yet)"),
            Lookup::Failed(error) => write!(f, "the lookup failed: {error}"),
        }
    }
}

/// A 404 answer as `None`.
fn not_found_as_none<T>(result: Result<T>) -> Result<Option<T>> {
    match result {
        Ok(found) => Ok(Some(found)),
        Err(Error::Http { status, .. }) if status == StatusCode::NOT_FOUND => Ok(None),
        Err(error) => Err(error),
    }
}

/// The bill a lookup found for `request`, as the init answer would have
/// given it, without the fields only that answer has.
fn bill_from_lookup(request: &types::BillInitRequest, found: types::BillVerification) -> types::Bill {
    types::Bill {
        amount: request.amount.to_decimal(),
        code: found.reference,
        confirmation_uri: None,
        created_at: None,
        currency: None,
        currency_info: None,
        description: Some(request.description.to_string()),
        expired: None,
        initiated_by: None,
        merchant: None,
        merchant_reference: found.code,
        paid_by: None,
        payment_reference: found.bank_reference,
        redirect_uri: request.redirect_uri.clone(),
        status: Some(types::BillStatusInfo {
            css: None,
            label: Some(found.status),
            value: None,
        }),
    }
}

/// The bill a bill check found for `request`, refused when its amount is
/// another one (the reference then belongs to another bill).
fn created_from_check(request: &types::BillCreateRequest, found: types::BillCheckData) -> Result<types::BillInitData> {
    let asked = request.amount.to_decimal();
    if let Some(amount) = found.amount.filter(|amount| *amount != asked) {
        return Err(Error::Mismatch {
            operation: "check_bill",
            field: "amount",
            asked: asked.to_string(),
            answered: amount.to_string(),
        });
    }
    Ok(types::BillInitData {
        bill_code: found.bill_code.clone(),
        code: found.bill_code,
        merchant_reference: found.merchant_reference,
        amount: Some(asked),
        status: found.status,
        confirmation_uri: None,
        created_at: None,
    })
}

/// A merchant reference as the verify request's `code`, refused under its
/// meaning (`merchant_reference`) rather than its wire name.
fn merchant_reference_of(value: &str) -> Result<types::MerchantReference, InvalidInput> {
    types::MerchantReference::try_from(value).map_err(|e| InvalidInput::new("merchant_reference", e.to_string()))
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
