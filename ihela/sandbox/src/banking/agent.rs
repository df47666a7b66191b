//! The agent's operations: cashing a customer in, and out in two steps
//! (the customer's code looked up, then the withdrawal validated with the
//! code the lookup answered).

use std::sync::Arc;

use axum::extract::State;
use axum::{Extension, Json};
use ihela::banking::types;
use pesa_sandbox::{Valid, field};

use super::ledger::Asked;
use super::shared::Answered;
use super::{Caller, Refusal, carry_out, check_pin, fee_for, refused, role, succeeded};
use crate::App;
use crate::controls::types::BankingOperationKind as Kind;

/// A cash-in: a deposit into a customer's account, from the agent's float.
pub async fn deposit(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Valid(asked): Valid<types::DepositRequest>,
) -> Answered<types::OperationAnswer> {
    super::deposit(&app, caller, Kind::AgentDeposit, &asked).await
}

/// Cash-out, step 1: the withdrawal the customer's code names, for the
/// amount the customer asks.
pub async fn lookup(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Valid(asked): Valid<types::OperationLookupRequest>,
) -> Answered<types::OperationLookupAnswer> {
    role(&app, caller, true)?;
    let request = app
        .ledger
        .look_up(&asked.operation_code, asked.amount.francs(), app.now())
        .map_err(refused)?;
    let holder = app.ledger.account(&request.account_number).map(|a| a.holder);
    let pending = types::PendingWithdrawal {
        validation_operation_code: Some(request.validation_operation_code),
        amount: Some(request.amount.to_decimal()),
        account_holder: holder,
    };
    let (success, response_code, response_message) = succeeded();
    // At the top level as the SDK's docs show it, and under
    // `response_data` as iHela's envelope puts payloads.
    Ok(Json(types::OperationLookupAnswer {
        success,
        response_code,
        response_message,
        validation_operation_code: pending.validation_operation_code.clone(),
        amount: pending.amount,
        account_holder: pending.account_holder.clone(),
        response_data: Some(pending),
    }))
}

/// Cash-out, step 2: the customer's account is debited (with the
/// withdrawal's fee), the agent's float credited; the code is spent.
pub async fn validate_withdrawal(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Valid(asked): Valid<types::ValidateWithdrawalRequest>,
) -> Answered<types::OperationAnswer> {
    let user = role(&app, caller, true)?;
    check_pin(user, &asked.pin_code)?;
    if user.agent_code.as_deref() != Some(asked.agent_code.as_str()) {
        let agent_code = field!(asked.agent_code);
        return Err(Refusal::invalid(format!("{agent_code}: not this agent's code.")).into());
    }
    let amount = asked.amount.francs();
    carry_out(
        &app,
        &Asked {
            kind: Kind::CashOut,
            by: &user.username,
            own_account: &user.account,
            account: (field!(asked.validation_operation_code), ""),
            code: Some(&asked.validation_operation_code),
            holder: None,
            amount,
            fee: fee_for(&types::OperationType::Withdrawal, amount.get()).unwrap_or(0),
            external_reference: &asked.external_reference,
            description: "Cash-out",
        },
    )
    .map_err(refused)
}
