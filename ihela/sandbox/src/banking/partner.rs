//! The partner's operations: deposits into and withdrawals from customers'
//! accounts, the mini statement, the fees.

use std::sync::Arc;

use axum::extract::State;
use axum::{Extension, Json};
use ihela::banking::{parameters, types};
use pesa_sandbox::{Params, Valid, field};
use rust_decimal::Decimal;

use super::ledger::Asked;
use super::shared::Answered;
use super::{Caller, Refusal, carry_out, check_pin, fee_for, refused, role, succeeded};
use crate::App;
use crate::controls::types::BankingOperationKind as Kind;

/// How many lines a mini statement shows (the sandbox's choice).
const MINI_STATEMENT_LINES: usize = 10;

/// A deposit into a customer's account, from the partner's.
pub async fn deposit(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Valid(asked): Valid<types::DepositRequest>,
) -> Answered<types::OperationAnswer> {
    super::deposit(&app, caller, Kind::Deposit, &asked).await
}

/// A withdrawal from a customer's account, into the partner's, with its fee.
pub async fn withdraw(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Valid(asked): Valid<types::WithdrawalRequest>,
) -> Answered<types::OperationAnswer> {
    let user = role(&app, caller, false)?;
    check_pin(user, &asked.pin_code)?;
    carry_out(
        &app,
        &Asked {
            kind: Kind::Withdrawal,
            by: &user.username,
            own_account: &user.account,
            account: (field!(asked.debit_account), &asked.debit_account),
            code: None,
            holder: Some((field!(asked.debit_account_holder), &asked.debit_account_holder)),
            amount: asked.amount,
            fee: fee_for(&types::OperationType::Withdrawal, asked.amount.get()).unwrap_or(0),
            external_reference: &asked.external_reference,
            description: &asked.description,
        },
    )
    .map_err(refused)
}

/// The last operations of an account, newest first.
pub async fn statement(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Params(asked): Params<parameters::MiniStatement>,
) -> Answered<types::StatementAnswer> {
    role(&app, caller, false)?;
    let account = asked.account_number.as_str();
    if app.ledger.account(account).is_none() {
        return Err(Refusal::no_account(account).into());
    }
    let entries = app
        .ledger
        .statement(account, MINI_STATEMENT_LINES)
        .into_iter()
        .map(|line| types::StatementEntry {
            reference: Some(line.reference),
            external_reference: Some(line.external_reference),
            operation_type: Some(line.operation_type),
            amount: Some(Decimal::from(line.amount)),
            balance_after: Some(Decimal::from(line.balance_after)),
            description: Some(line.description),
            date: Some(line.date),
        })
        .collect();
    let (success, response_code, response_message) = succeeded();
    Ok(Json(types::StatementAnswer {
        success,
        response_code,
        response_message,
        response_data: Some(types::Statement {
            account_number: Some(account.to_owned()),
            entries: Some(entries),
        }),
    }))
}

/// The fee of an operation of a kind and amount, in francs.
pub async fn fee(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Valid(asked): Valid<types::FeeRequest>,
) -> Answered<types::FeeAnswer> {
    role(&app, caller, false)?;
    if asked.currency != types::Currency::Bif {
        let currency = field!(asked.currency);
        return Err(Refusal::invalid(format!("{currency}: the sandbox has only {}.", types::Currency::Bif)).into());
    }
    let kind = field!(asked.operation_type);
    let fee = fee_for(&asked.operation_type, asked.amount.francs().get())
        .ok_or_else(|| Refusal::invalid(format!("{kind}: no fee for {}.", asked.operation_type)))?;
    let (success, response_code, response_message) = succeeded();
    Ok(Json(types::FeeAnswer {
        success,
        response_code,
        response_message,
        response_data: Some(types::Fee {
            fee: Some(Decimal::from(fee)),
            currency: Some(types::Currency::Bif),
        }),
    }))
}
