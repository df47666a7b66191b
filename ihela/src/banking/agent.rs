//! The agent service: an agent cashing customers in, and out in two
//! steps: the withdrawal a customer's code names is looked up
//! ([`AgentClient::look_up_cash_out`]), then paid out with the code of
//! that answer ([`AgentClient::cash_out`]), which only the lookup makes.

use rust_decimal::Decimal;

use super::auth::Login;
use super::generated::{Client as Api, types};
use super::partner::{Movement, checked};
use super::service::{Receipt, ServiceBuilder, intent, shared_operations};
use crate::client::Environment;
use crate::error::{Error, Result};
use crate::money::Francs;
use crate::secret::Pin;
use progenitor_client::ClientInfo as _;

/// A customer's withdrawal the agent looked up: what
/// [`AgentClient::cash_out`] pays out. Only a lookup makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingCashOut {
    validation_code: types::ValidateWithdrawalRequestValidationOperationCode,
    amount: Francs,
    /// The customer's name, when iHela gives it: check it against their ID.
    pub account_holder: Option<String>,
}

impl PendingCashOut {
    /// The amount to pay out.
    pub fn amount(&self) -> Francs {
        self.amount
    }
}

/// The agent service of one agent: cash-ins into customers' accounts and
/// cash-outs of their withdrawal codes. Cheap to clone; clones share the token.
#[derive(Debug, Clone)]
pub struct AgentClient {
    api: Api,
}

shared_operations!(AgentClient);

impl AgentClient {
    /// Starts configuring an agent client for `environment`, logging in
    /// with `login`, moving money with the agent's `pin`.
    pub fn builder(environment: Environment, login: Login, pin: Pin) -> ServiceBuilder<AgentClient> {
        ServiceBuilder::new(environment, login, pin)
    }

    /// Cashes a customer in: a deposit into their account, once under its
    /// reference (a lost answer is looked up by transaction status, never
    /// sent again).
    pub async fn cash_in(&self, deposit: &Movement) -> Result<Receipt> {
        let body = deposit.deposit(self.api.inner().pin())?;
        let intent = intent(body.amount, &body.credit_account);
        let asked = Decimal::from(body.amount.get());
        let operation = self.api.agent_deposit().body(body);
        self.shared()
            .send_once(operation, deposit.reference(), intent, asked)
            .await
    }

    /// Cash-out, step 1: the withdrawal the customer's `code` names, for
    /// `amount` (what the customer asks for). Safe to repeat.
    pub async fn look_up_cash_out(&self, code: &str, amount: Francs) -> Result<PendingCashOut> {
        let body = types::OperationLookupRequest {
            operation_code: checked(code, "operation_code")?,
            amount: amount.into(),
        };
        let found = pesa_core::call(&self.api, self.api.operation_lookup().body(body)).await?;
        if let Some(answered) = found.amount.filter(|answered| *answered != Decimal::from(amount.get())) {
            return Err(Error::Mismatch {
                operation: "operation_lookup",
                field: "amount",
                asked: amount.get().to_string(),
                answered: answered.to_string(),
            });
        }
        let code = found.validation_operation_code.unwrap_or_default();
        Ok(PendingCashOut {
            validation_code: checked(&code, "validation_operation_code")?,
            amount,
            account_holder: found.account_holder,
        })
    }

    /// Cash-out, step 2: pays out `pending` as the agent `agent_code`, once
    /// under your `reference` (a lost answer is looked up by transaction
    /// status, never sent again).
    pub async fn cash_out(
        &self,
        pending: &PendingCashOut,
        agent_code: &str,
        reference: &types::ExternalReference,
    ) -> Result<Receipt> {
        let body = types::ValidateWithdrawalRequest {
            external_reference: reference.clone(),
            pin_code: self.api.inner().pin().clone(),
            agent_code: checked(agent_code, "agent_code")?,
            amount: pending.amount.into(),
            external_code: None,
            validation_operation_code: pending.validation_code.clone(),
        };
        let intent = pesa_core::journal::Intent::new(pending.amount, pending.validation_code.as_str());
        let asked = Decimal::from(pending.amount.get());
        let operation = self.api.validate_withdrawal().body(body);
        self.shared().send_once(operation, reference, intent, asked).await
    }
}
