//! The banking service: a partner moving money in and out of iHela
//! accounts, reading statements and fees.

use rust_decimal::Decimal;

use super::auth::Login;
use super::generated::{Client as Api, open_enums, types};
use super::service::{Receipt, ServiceBuilder, intent, shared_operations};
use crate::client::Environment;
use crate::error::{InvalidInput, Result};
use crate::money::Francs;
use crate::secret::Pin;
use progenitor_client::ClientInfo as _;

/// A deposit into an iHela account, or a withdrawal from one: the account,
/// its holder as iHela has it, the amount, what it is for, and your
/// reference (its identity: choose and store it before sending; a retry
/// sends the same one).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Movement {
    account: types::AccountNumber,
    holder: String,
    amount: Francs,
    description: String,
    reference: types::ExternalReference,
    external_code: Option<String>,
}

impl Movement {
    /// `amount` into or out of `account`, held by `holder`, for
    /// `description`, under your `reference`.
    pub fn new(
        account: types::AccountNumber,
        holder: impl Into<String>,
        amount: Francs,
        description: impl Into<String>,
        reference: types::ExternalReference,
    ) -> Self {
        Self {
            account,
            holder: holder.into(),
            amount,
            description: description.into(),
            reference,
            external_code: None,
        }
    }

    /// A code of yours sent with a deposit (at most 100 characters).
    pub fn external_code(mut self, code: impl Into<String>) -> Self {
        self.external_code = Some(code.into());
        self
    }

    /// Its reference.
    pub fn reference(&self) -> &types::ExternalReference {
        &self.reference
    }

    /// The deposit body, every field checked, with `pin`.
    pub(crate) fn deposit(&self, pin: &Pin) -> Result<types::DepositRequest, InvalidInput> {
        Ok(types::DepositRequest {
            credit_account: self.account.clone(),
            credit_account_holder: checked(&self.holder, "credit_account_holder")?,
            amount: self.amount,
            description: checked(&self.description, "description")?,
            external_reference: self.reference.clone(),
            pin_code: pin.clone(),
            external_code: self
                .external_code
                .as_deref()
                .map(|code| checked(code, "external_code"))
                .transpose()?,
        })
    }
}

/// A text field made into its generated type, refused by name.
pub(crate) fn checked<T: std::str::FromStr>(text: &str, field: &'static str) -> Result<T, InvalidInput>
where
    T::Err: std::fmt::Display,
{
    text.parse()
        .map_err(|error: T::Err| InvalidInput::new(field, error.to_string()))
}

/// The banking service of one partner: deposits into and withdrawals from
/// iHela accounts, statements, fees. Cheap to clone; clones share the token.
#[derive(Debug, Clone)]
pub struct BankingClient {
    api: Api,
}

shared_operations!(BankingClient);

impl BankingClient {
    /// Starts configuring a banking client for `environment`, logging in
    /// with `login`, moving money with the partner's `pin`.
    pub fn builder(environment: Environment, login: Login, pin: Pin) -> ServiceBuilder<BankingClient> {
        ServiceBuilder::new(environment, login, pin)
    }

    /// Deposits into an account, once under its reference: a lost answer is
    /// looked up by transaction status, never sent again
    /// ([`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown) when it
    /// cannot be found); a refusal (`05` insufficient funds…) is
    /// [`Error::Refused`](crate::Error::Refused).
    pub async fn deposit(&self, deposit: &Movement) -> Result<Receipt> {
        let body = deposit.deposit(self.api.inner().pin())?;
        let intent = intent(deposit.amount, &deposit.account);
        let operation = self.api.make_deposit().body(body);
        let asked = Decimal::from(deposit.amount.get());
        self.shared()
            .send_once(operation, &deposit.reference, intent, asked)
            .await
    }

    /// Withdraws from an account, once under its reference, as
    /// [`BankingClient::deposit`] deposits.
    pub async fn withdraw(&self, withdrawal: &Movement) -> Result<Receipt> {
        let body = types::WithdrawalRequest {
            debit_account: withdrawal.account.clone(),
            debit_account_holder: checked(&withdrawal.holder, "debit_account_holder")?,
            amount: withdrawal.amount,
            description: checked(&withdrawal.description, "description")?,
            external_reference: withdrawal.reference.clone(),
            pin_code: self.api.inner().pin().clone(),
        };
        let intent = intent(withdrawal.amount, &withdrawal.account);
        let operation = self.api.make_withdrawal().body(body);
        let asked = Decimal::from(withdrawal.amount.get());
        self.shared()
            .send_once(operation, &withdrawal.reference, intent, asked)
            .await
    }

    /// The last operations of `account`.
    pub async fn statement(&self, account: &types::AccountNumber) -> Result<types::Statement> {
        let operation = self.api.mini_statement().account_number(account.clone());
        pesa_core::call(&self.api, operation).await
    }

    /// The fee iHela charges for an operation of `kind` of `amount` francs.
    pub async fn fee(&self, kind: open_enums::OperationType, amount: Francs) -> Result<types::Fee> {
        let body = types::FeeRequest {
            currency: open_enums::Currency::Bif,
            operation_type: kind,
            amount: amount.into(),
        };
        pesa_core::call(&self.api, self.api.transaction_fee().body(body)).await
    }
}
