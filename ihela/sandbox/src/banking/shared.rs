//! What the banking and agent services both answer: ping, account lookup
//! and balance, transaction status.

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use axum::{Extension, Json};
use ihela::banking::types;
use pesa_sandbox::{Params, Valid};
use rust_decimal::Decimal;

use super::{Caller, Refusal, succeeded};
use crate::App;
use crate::controls::types::BankingOperationRecord;

/// A handler's answer: the contract's type, or an error answer.
pub type Answered<T> = Result<Json<T>, Response>;

/// The service answers, and the token is good.
pub async fn ping() -> Json<types::Envelope> {
    let (success, response_code, response_message) = succeeded();
    Json(types::Envelope {
        success,
        response_code,
        response_message,
    })
}

/// The account and its holder.
pub async fn lookup(
    State(app): State<Arc<App>>,
    _: Params<ihela::banking::parameters::AccountLookup>,
    Valid(asked): Valid<types::AccountQuery>,
) -> Answered<types::AccountAnswer> {
    let account = app
        .ledger
        .account(&asked.account_number)
        .ok_or_else(|| Refusal::no_account(&asked.account_number))?;
    let (success, response_code, response_message) = succeeded();
    Ok(Json(types::AccountAnswer {
        success,
        response_code,
        response_message,
        response_data: Some(types::Account {
            account_number: Some(asked.account_number),
            account_holder: Some(account.holder),
        }),
    }))
}

/// What the account holds.
pub async fn balance(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::AccountQuery>,
) -> Answered<types::BalanceAnswer> {
    let account = app
        .ledger
        .account(&asked.account_number)
        .ok_or_else(|| Refusal::no_account(&asked.account_number))?;
    let (success, response_code, response_message) = succeeded();
    Ok(Json(types::BalanceAnswer {
        success,
        response_code,
        response_message,
        response_data: Some(types::Balance {
            account_number: Some(asked.account_number),
            balance: Some(Decimal::from(account.balance)),
            currency: Some(types::Currency::Bif),
        }),
    }))
}

/// The operation the caller made under `external_reference`, or with
/// iHela's `reference`: 404 when there is none.
pub async fn status(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Valid(asked): Valid<types::TransactionStatusRequest>,
) -> Answered<types::OperationAnswer> {
    let external = asked.external_reference.unwrap_or_default();
    let reference = asked.reference.unwrap_or_default();
    let user = caller.user(&app);
    let found = app
        .ledger
        .operation(&user.username, &external, &reference)
        .ok_or_else(|| {
            Refusal::new(
                axum::http::StatusCode::NOT_FOUND,
                super::NO_TRANSACTION,
                "No such transaction.",
            )
        })?;
    Ok(Json(operation_answer(&found)))
}

/// An operation carried out, as the money-moving calls and transaction
/// status answer it.
pub fn operation_answer(operation: &BankingOperationRecord) -> types::OperationAnswer {
    let (success, response_code, response_message) = succeeded();
    types::OperationAnswer {
        success,
        response_code,
        response_message,
        response_data: Some(types::Operation {
            reference: Some(operation.reference.clone()),
            external_reference: operation.external_reference.parse().ok(),
            status: Some(types::OperationStatus::Success),
            amount: Some(operation.amount.to_decimal()),
            fee: Some(Decimal::from(operation.fee)),
        }),
    }
}
