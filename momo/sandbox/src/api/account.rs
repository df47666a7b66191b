//! The merchant's balance, and the customers' accounts: MTN's test numbers
//! answer as MTN's sandbox documents.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use momo::types::{self, ReasonCode};
use momo::{Currency, parameters};
use pesa_sandbox::Params;

use crate::App;
use crate::api::Caller;
use crate::errors::ApiError;
use crate::world;

/// `GET /{product}/v1_0/account/balance`.
pub async fn balance(State(app): State<Arc<App>>, Extension(caller): Extension<Caller>) -> Json<types::Balance> {
    Json(types::Balance {
        available_balance: *app.store.lock().balance(caller.product),
        currency: sandbox_currency(),
    })
}

/// `GET /{product}/v1_0/account/balance/{currency}`: EUR only.
pub async fn balance_in_currency(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Params(asked): Params<parameters::GetAccountBalanceInCurrency>,
) -> Result<Json<types::Balance>, ApiError> {
    if asked.currency != sandbox_currency() {
        return Err(invalid_currency());
    }
    Ok(balance(State(app), Extension(caller)).await)
}

/// `GET /{product}/v1_0/accountholder/{type}/{id}/active`.
pub async fn active(
    Params(asked): Params<parameters::ValidateAccountHolderStatus>,
) -> Result<Json<types::ActiveResult>, ApiError> {
    match world::active_scenario(&asked.account_holder_id) {
        Ok(result) => Ok(Json(types::ActiveResult { result })),
        Err(code) => {
            let message = code.description().unwrap_or("Refused").to_owned();
            Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, code, message))
        }
    }
}

/// `GET /{product}/v1_0/accountholder/msisdn/{msisdn}/basicuserinfo`: the
/// sandbox's account holders are all "Sand Box".
pub async fn basic_user_info(
    Params(asked): Params<parameters::GetBasicUserinfo>,
) -> Result<Json<types::BasicUserInfo>, ApiError> {
    if world::active_scenario(asked.account_holder_msisdn.as_str()) != Ok(true) {
        return Err(ApiError::not_found());
    }
    Ok(Json(types::BasicUserInfo {
        given_name: Some("Sand".to_owned()),
        family_name: Some("Box".to_owned()),
        birthdate: Some("1976-08-13".to_owned()),
        locale: Some("sv_SE".to_owned()),
        gender: Some("M".to_owned()),
        status: Some("ACTIVE".to_owned()),
    }))
}

/// The sandbox's only currency.
pub fn sandbox_currency() -> Currency {
    Currency::parse(world::CURRENCY).unwrap_or(Currency::EUR)
}

/// HTTP 400 `INVALID_CURRENCY`: MTN refuses a currency that does not match
/// the target environment (MTN-ERR).
pub fn invalid_currency() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        ReasonCode::InvalidCurrency,
        format!("Currency not supported in this environment; use {}.", world::CURRENCY),
    )
}
