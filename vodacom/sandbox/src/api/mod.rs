//! Vodacom's operations, under the server's path of the spec
//! (`/{environment}/ipg/v2/{market}`, `vodacom::servers`) and the
//! operation's (`vodacom::paths`). Every request is read through the
//! contract (`pesa_sandbox::Valid`, `Params`) into `vodacom::types`; every
//! one but `getSession` needs a live session, sent encrypted.

mod mandates;
pub mod mozambique;
mod payments;
mod session;

use std::sync::Arc;

use axum::Router;
use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::header::{AUTHORIZATION, ORIGIN};
use axum::http::request::Parts;
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use vodacom::servers::openapi::environment;
use vodacom::types::{ConversationId, Country, Currency, Origin, ResponseCode, ServiceProviderCode, TransactionId};
use vodacom::{Market, fields, paths};

use crate::App;
use crate::errors::{ApiError, words};
use crate::sessions::Standing;

/// The path every operation's is under: the spec's server's.
pub fn base_path() -> &'static str {
    pesa_sandbox::server_path(vodacom::servers::OPENAPI)
}

/// The route of the operation at `path`.
fn at(path: &str) -> String {
    format!("{}{path}", base_path())
}

/// The gateway's routes, behind fault injection.
pub fn router(app: Arc<App>) -> Router {
    let in_session = Router::new()
        .route(&at(paths::C2B_PAYMENT), post(payments::c2b))
        .route(&at(paths::B2C_PAYMENT), post(payments::b2c))
        .route(&at(paths::B2B_PAYMENT), post(payments::b2b))
        .route(&at(paths::REVERSAL), put(payments::reversal))
        .route(&at(paths::QUERY_TRANSACTION_STATUS), get(payments::status))
        .route(&at(paths::DIRECT_DEBIT_CREATE), post(mandates::create))
        .route(&at(paths::DIRECT_DEBIT_PAYMENT), post(mandates::pay))
        .route_layer(from_fn_with_state(app.clone(), live_session));
    Router::new()
        .route(&at(paths::GET_SESSION), get(session::open))
        .merge(in_session)
        .route_layer(axum::middleware::from_fn(origin))
        .fallback(|| async { ApiError::not_found() })
        .layer(from_fn_with_state(app.clone(), pesa_sandbox::faults::inject::<App>))
        .with_state(app)
}

/// The market a request is for, from its path (`vodacomTZN`), under an
/// environment the spec names (`sandbox`, `openapi`: the sandbox answers
/// both alike).
#[derive(Debug, Clone, Copy)]
pub struct Served(pub Market);

impl<S: Send + Sync> FromRequestParts<S> for Served {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::not_found())?;
        let value = |name: &str| params.iter().find(|(key, _)| *key == name).map(|(_, value)| value);
        let known_environment =
            value("environment").is_some_and(|e| [environment::SANDBOX, environment::OPENAPI].contains(&e));
        match value("market").and_then(Market::from_segment) {
            Some(market) if known_environment => Ok(Served(market)),
            _ => Err(ApiError::not_found()),
        }
    }
}

/// Refuses an `Origin` header the contract does not allow (`INS-21`,
/// naming it): the spec's `Origin` schema, read by its generated type.
async fn origin(request: Request, next: Next) -> Response {
    let origin = request
        .headers()
        .get(ORIGIN)
        .map(|value| value.to_str().map(str::parse::<Origin>));
    if let Some(Err(_) | Ok(Err(_))) = origin {
        let code = ResponseCode::ParameterValidationFailed;
        return ApiError::with(code.clone(), format!("{}: {ORIGIN}", words(&code))).into_response();
    }
    next.run(request).await
}

/// Lets a request through when its `Authorization` carries, encrypted with
/// the sandbox's key, a session that is live by the sandbox's clock; else
/// `INS-2` (401), as for an invalid API key.
async fn live_session(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let header = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok());
    let session = header.and_then(|header| app.keys.bearer(header));
    let standing = session.map_or(Standing::Unknown, |id| app.sessions.standing(&id, app.now()));
    let why = match standing {
        Standing::Live => return next.run(request).await,
        Standing::NotLiveYet => "the session is not live yet",
        Standing::Unknown => "no session is known under the bearer",
    };
    let code = ResponseCode::InvalidApiKey;
    ApiError::with(code.clone(), format!("{}: {why}", words(&code))).into_response()
}

/// Refuses a request for another market's country or currency (`INS-21`,
/// naming the field), or another business (`INS-13`).
pub fn check_market(
    app: &App,
    Served(market): Served,
    country: &Country,
    currency: Option<&Currency>,
    business: &ServiceProviderCode,
) -> Result<(), ApiError> {
    let invalid = |field: &str| {
        let code = ResponseCode::ParameterValidationFailed;
        ApiError::with(code.clone(), format!("{}: {field}", words(&code)))
    };
    if *country != market.country() {
        return Err(invalid(fields::c2b_request::INPUT_COUNTRY));
    }
    if currency.is_some_and(|currency| *currency != market.currency()) {
        return Err(invalid(fields::c2b_request::INPUT_CURRENCY));
    }
    if business.as_str() != app.config.service_provider_code {
        return Err(ApiError::new(ResponseCode::InvalidShortcode));
    }
    Ok(())
}

/// A new conversation id: 32 hex characters, as S3's.
pub fn conversation_id() -> ConversationId {
    random_text(32, b"0123456789abcdef")
        .parse()
        .unwrap_or_else(|e| unreachable!("32 characters are a conversation id: {e}"))
}

/// A new transaction id: 10 capitals and digits, as S3's `49XCD123F6`.
pub fn transaction_id() -> TransactionId {
    random_text(10, b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        .parse()
        .unwrap_or_else(|e| unreachable!("10 characters are a transaction id: {e}"))
}

fn random_text(length: usize, alphabet: &[u8]) -> String {
    let mut bytes = vec![0u8; length];
    // Ids need only be unlikely to repeat in a sandbox.
    let _ = getrandom::fill(&mut bytes);
    bytes
        .iter()
        .map(|byte| char::from(alphabet[usize::from(*byte) % alphabet.len()]))
        .collect()
}
