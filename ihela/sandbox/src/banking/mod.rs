//! iHela's banking and agent services (`ihela::banking::CONTRACT`): every
//! operation at the contract's paths (`ihela::banking::paths`), requests
//! read through it, answers built from its types. A partner's and an
//! agent's accounts and their customers' hold balances that move; each
//! operation is a line of the statements it touched; fees by operation
//! type; the cash-out codes a customer's request creates work once; the
//! signature is checked over the bytes received when a key is configured;
//! a reference sent again gets the first operation.
//!
//! Refusals come in the contract's envelope. Beyond the codes the contract
//! names (`05` insufficient funds), the sandbox answers with ISO 8583's
//! meanings, its own choice (no source lists iHela's): [`NO_ACCOUNT`],
//! [`NO_TRANSACTION`], [`INVALID`], [`WRONG_PIN`], [`DUPLICATE`].

mod agent;
mod auth;
mod ledger;
mod partner;
mod shared;
mod signature;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use ihela::banking::{paths, types};
use ihela::{Pin, ResponseCode};
use pesa_sandbox::field;
use serde::Serialize;
use sha2::Sha256;

use crate::App;
use crate::controls::types::BankingOperationKind as Kind;
use crate::errors::ApiError;
use crate::tokens::{NO_CREDENTIALS, Owner};
pub use ledger::Ledger;
use shared::Answered;

/// An account number the sandbox does not hold (ISO 8583 `14`, "invalid
/// account number"; the sandbox's choice).
pub const NO_ACCOUNT: &str = "14";
/// A request the sandbox cannot carry out as asked: another holder's name,
/// an unknown, spent or expired cash-out code, another amount (ISO 8583
/// `12`, "invalid transaction"; the sandbox's choice).
pub const INVALID: &str = "12";
/// A PIN that is not the caller's (ISO 8583 `55`, "incorrect PIN"; the
/// sandbox's choice).
pub const WRONG_PIN: &str = "55";
/// A reference already used for another operation (ISO 8583 `94`,
/// "duplicate transmission"; the sandbox's choice).
pub const DUPLICATE: &str = "94";
/// No transaction under this reference (ISO 8583 `25`, "unable to locate
/// record"; the sandbox's choice).
pub const NO_TRANSACTION: &str = "25";

/// A partner (without an agent code) or an agent of the banking and agent
/// services: how it logs in (client credentials, or username and password
/// for the JWT pair), its PIN, and its own account (the partner's
/// settlement account, the agent's float).
#[derive(Debug, Clone)]
pub struct BankingUser {
    /// Its username, for the JWT pair.
    pub username: String,
    /// Its password.
    pub password: String,
    /// Its client id, for the client-credentials token.
    pub client_id: String,
    /// Its client secret.
    pub client_secret: String,
    /// Its PIN, 4 to 6 digits.
    pub pin: String,
    /// Its own account: what its deposits draw on and its withdrawals feed.
    pub account: String,
    /// An agent's code; `None` for a partner.
    pub agent_code: Option<String>,
}

impl BankingUser {
    /// Whether it is an agent.
    fn is_agent(&self) -> bool {
        self.agent_code.is_some()
    }
}

/// An account the sandbox opens with.
#[derive(Debug, Clone)]
pub struct OpeningAccount {
    /// Its number (capitals, digits and dashes).
    pub number: String,
    /// Its holder's name.
    pub holder: String,
    /// Its balance, in francs.
    pub balance: u64,
}

impl OpeningAccount {
    fn new(number: &str, holder: &str, balance: u64) -> Self {
        Self {
            number: number.to_owned(),
            holder: holder.to_owned(),
            balance,
        }
    }
}

/// The partner the sandbox knows unless told otherwise.
pub fn default_partner() -> BankingUser {
    BankingUser {
        username: "sandbox-partner".to_owned(),
        password: "sandbox-partner-password".to_owned(),
        client_id: "sandbox-partner-id".to_owned(),
        client_secret: "sandbox-partner-secret".to_owned(),
        pin: "1234".to_owned(),
        account: "PARTNER-001".to_owned(),
        agent_code: None,
    }
}

/// The agent the sandbox knows unless told otherwise (its code is the
/// SDK's example's, `AGT-001`).
pub fn default_agent() -> BankingUser {
    BankingUser {
        username: "sandbox-agent".to_owned(),
        password: "sandbox-agent-password".to_owned(),
        client_id: "sandbox-agent-id".to_owned(),
        client_secret: "sandbox-agent-secret".to_owned(),
        pin: "4321".to_owned(),
        account: "AGENT-001".to_owned(),
        agent_code: Some("AGT-001".to_owned()),
    }
}

/// The first partner (`agent` false) or agent of `users`.
pub(crate) fn first_user(users: &[BankingUser], agent: bool) -> Option<&BankingUser> {
    users.iter().find(|user| user.is_agent() == agent)
}

/// Whether `users` hold a partner and an agent, each with a PIN the
/// contract takes and an account among `accounts`.
pub(crate) fn check_users(users: &[BankingUser], accounts: &[OpeningAccount]) -> Result<(), String> {
    for (agent, role) in [(false, "partner"), (true, "agent")] {
        if first_user(users, agent).is_none() {
            return Err(format!("the sandbox's banking users have no {role}"));
        }
    }
    for user in users {
        let name = &user.username;
        user.pin
            .parse::<Pin>()
            .map_err(|e| format!("the banking user {name}: pin: {e}"))?;
        if !accounts.iter().any(|account| account.number == user.account) {
            return Err(format!("the banking user {name}: no account {}", user.account));
        }
    }
    Ok(())
}

/// The accounts the sandbox opens with unless told otherwise: the
/// partner's and the agent's, and customers' whose numbers are the
/// sources' examples (`ACT-123` of the SDK's captured deposit, `76077736`
/// of its docs, the long form of iHela's docs), and one nearly empty.
pub fn default_accounts() -> Vec<OpeningAccount> {
    vec![
        OpeningAccount::new("PARTNER-001", "Sandbox Partner Bank", 50_000_000),
        OpeningAccount::new("AGENT-001", "Sandbox Agent", 2_000_000),
        OpeningAccount::new("ACT-123", "John Doe", 1_000_000),
        OpeningAccount::new("76077736", "Aline Iradukunda", 250_000),
        OpeningAccount::new("30001-01-00-0000000016-01-50", "Eric Ndayishimiye", 75_000),
        OpeningAccount::new("000002-01", "Jean Bosco Nduwimana", 1_000),
    ]
}

/// How the sandbox issues the JWT pair: SimpleJWT's default lifetimes
/// unless told otherwise (5 minutes for the access token, a day for the
/// refresh token), signed HS256 with a key of the sandbox's.
#[derive(Debug)]
pub struct Jwt {
    key: Vec<u8>,
    /// How long an access token lives.
    pub access_ttl: Duration,
    /// How long a refresh token lives.
    pub refresh_ttl: Duration,
}

impl Jwt {
    /// A random key, and these lifetimes.
    pub fn new(access_ttl: Duration, refresh_ttl: Duration) -> Self {
        Self {
            key: rand::random::<[u8; 32]>().to_vec(),
            access_ttl,
            refresh_ttl,
        }
    }

    /// A JWT of `kind` (`access`, `refresh`) for `user`, issued at `now`,
    /// living `ttl`: SimpleJWT's claims.
    pub fn encode(&self, kind: &str, user: usize, now: DateTime<Utc>, ttl: Duration) -> String {
        #[derive(Serialize)]
        struct Claims<'a> {
            token_type: &'a str,
            exp: i64,
            iat: i64,
            jti: String,
            user_id: usize,
        }
        let exp = now + ttl;
        let claims = Claims {
            token_type: kind,
            exp: exp.timestamp(),
            iat: now.timestamp(),
            jti: format!("{:032x}", rand::random::<u128>()),
            user_id: user,
        };
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
        let claims = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).unwrap_or_default());
        let signed = format!("{header}.{claims}");
        // HMAC takes a key of any length.
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(signed.as_bytes());
        let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        format!("{signed}.{signature}")
    }
}

/// The partner or agent a request acts for (an extension the
/// authentication adds).
#[derive(Debug, Clone, Copy)]
struct Caller(usize);

impl Caller {
    fn user(self, app: &App) -> &BankingUser {
        &app.config.banking_users[self.0]
    }
}

/// A refusal in the contract's envelope, with its HTTP status.
#[derive(Debug)]
struct Refusal {
    status: StatusCode,
    body: types::ErrorObject,
}

impl Refusal {
    /// A refusal with one of the sandbox's own codes.
    fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        Self::coded(status, ResponseCode::Unknown(code.to_owned()), message)
    }

    /// A refusal with `code`.
    fn coded(status: StatusCode, code: ResponseCode, message: impl Into<String>) -> Self {
        Self {
            status,
            body: types::ErrorObject {
                success: Some(false),
                response_code: Some(code),
                response_message: Some(message.into()),
                detail: None,
                error: None,
            },
        }
    }

    /// 404: no such account.
    fn no_account(account: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, NO_ACCOUNT, format!("No account {account}."))
    }

    /// 400: not carried out as asked.
    fn invalid(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, INVALID, message)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (self.status, axum::Json(self.body)).into_response()
    }
}

impl From<Refusal> for Response {
    fn from(refusal: Refusal) -> Self {
        refusal.into_response()
    }
}

/// The answer to an operation the books refused.
fn refused(refusal: ledger::Refused) -> Response {
    let reference = field!(types::DepositRequest, external_reference);
    match refusal {
        ledger::Refused::NoAccount(..) => Refusal::new(StatusCode::NOT_FOUND, NO_ACCOUNT, refusal.to_string()),
        // A refusal of the operation itself: in the envelope of a 200, as
        // the contract's example shows it.
        ledger::Refused::Insufficient => Refusal::coded(StatusCode::OK, ResponseCode::Code05, "Insufficient funds."),
        ledger::Refused::Duplicate => Refusal::new(
            StatusCode::CONFLICT,
            DUPLICATE,
            format!("{reference}: already used for another operation."),
        ),
        ledger::Refused::Invalid(message) => Refusal::invalid(message),
    }
    .into_response()
}

/// A deposit into a customer's account from the caller's own: a partner's
/// deposit, or an agent's cash-in (`kind`), by a caller of that role.
async fn deposit(
    app: &App,
    caller: Caller,
    kind: Kind,
    asked: &types::DepositRequest,
) -> Answered<types::OperationAnswer> {
    let user = role(app, caller, kind == Kind::AgentDeposit)?;
    check_pin(user, &asked.pin_code)?;
    let asked = ledger::Asked {
        kind,
        by: &user.username,
        own_account: &user.account,
        account: (field!(asked.credit_account), &asked.credit_account),
        code: None,
        holder: Some((field!(asked.credit_account_holder), &asked.credit_account_holder)),
        amount: asked.amount,
        fee: 0,
        external_reference: &asked.external_reference,
        description: &asked.description,
    };
    carry_out(app, &asked).map_err(refused)
}

/// Carries out `asked`, or answers the operation its reference made
/// before.
fn carry_out(app: &App, asked: &ledger::Asked<'_>) -> Result<axum::Json<types::OperationAnswer>, ledger::Refused> {
    let (operation, _) = app.ledger.carry_out(asked, app.now())?;
    Ok(axum::Json(shared::operation_answer(&operation)))
}

/// The fee of an operation of `kind` of `amount` francs (the sandbox's
/// schedule: deposits are free; a withdrawal costs 1%, rounded up, and at
/// least 100 francs); `None` for a kind it does not know.
fn fee_for(kind: &types::OperationType, amount: u64) -> Option<u64> {
    match kind {
        types::OperationType::Deposit => Some(0),
        types::OperationType::Withdrawal => Some(amount.div_ceil(100).max(100)),
        types::OperationType::Unknown(_) => None,
    }
}

/// The envelope's fields of a success.
fn succeeded() -> (Option<bool>, Option<ResponseCode>, Option<String>) {
    (Some(true), Some(ResponseCode::Code00), Some("Success".to_owned()))
}

/// The banking and agent services' routes, behind fault injection: the
/// token calls open, the rest behind a banking user's token; the four
/// money-moving calls behind the signature check, when a key is set; the
/// agent's behind an agent's token, the partner's behind a partner's.
pub fn router(app: Arc<App>) -> Router {
    let signed = Router::new()
        .route(paths::MAKE_DEPOSIT, post(partner::deposit))
        .route(paths::MAKE_WITHDRAWAL, post(partner::withdraw))
        .route(paths::AGENT_DEPOSIT, post(agent::deposit))
        .route(paths::VALIDATE_WITHDRAWAL, post(agent::validate_withdrawal))
        .route_layer(from_fn_with_state(app.clone(), signature::check));
    let authenticated = Router::new()
        .route(paths::PING, get(shared::ping))
        .route(paths::ACCOUNT_LOOKUP, post(shared::lookup))
        .route(paths::ACCOUNT_BALANCE, post(shared::balance))
        .route(paths::TRANSACTION_STATUS, post(shared::status))
        .route(paths::MINI_STATEMENT, get(partner::statement))
        .route(paths::TRANSACTION_FEE, post(partner::fee))
        .route(paths::OPERATION_LOOKUP, post(agent::lookup))
        .merge(signed)
        .route_layer(from_fn_with_state(app.clone(), authenticate));
    Router::new()
        .route(paths::REQUEST_JWT, post(auth::request_jwt))
        .route(paths::REFRESH_JWT, post(auth::refresh_jwt))
        .merge(authenticated)
        .layer(from_fn_with_state(app.clone(), pesa_sandbox::faults::inject::<App>))
        .with_state(app)
}

/// Lets a request through with a banking user's known, unexpired bearer
/// token (a client-credentials token or a JWT access token), and who it
/// acts for (a [`Caller`] extension); 401 otherwise, as SimpleJWT and DRF
/// answer; 403 for a merchant's or customer's token.
async fn authenticate(State(app): State<Arc<App>>, mut request: Request, next: Next) -> Response {
    let token = pesa_sandbox::bearer_token(request.headers());
    let owner = match token {
        None => Err(NO_CREDENTIALS),
        Some(token) => app.tokens.owner(&token, app.now()),
    };
    match owner {
        Ok(Owner::Banking(user)) => {
            request.extensions_mut().insert(Caller(user));
            next.run(request).await
        }
        Ok(Owner::Merchant(_)) => ApiError::forbidden().into_response(),
        Err(detail) => ApiError::unauthorized(detail).into_response(),
    }
}

/// The caller's PIN checked against `pin`: 403 in the envelope otherwise.
fn check_pin(user: &BankingUser, pin: &Pin) -> Result<(), Refusal> {
    if pin.expose() == user.pin {
        Ok(())
    } else {
        Err(Refusal::new(StatusCode::FORBIDDEN, WRONG_PIN, "Incorrect PIN."))
    }
}

/// The caller, when it is an agent (`agent`) or a partner: 403 otherwise.
fn role(app: &App, caller: Caller, agent: bool) -> Result<&BankingUser, ApiError> {
    let user = caller.user(app);
    if user.is_agent() == agent {
        Ok(user)
    } else {
        Err(ApiError::forbidden())
    }
}
