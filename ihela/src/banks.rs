//! What both generations share: the token, the banks and wallets, customer
//! lookup, and the user behind the token.

use crate::client::Client;
use crate::error::Result;
use crate::types::{self, BankSlug};

/// Who to look up with [`Client::lookup_customer`]: the query name decides
/// which generation's parameter is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomerQuery {
    /// `customer_id`, the name `ihela-python-client` 0.0.5 sends.
    CustomerId(String),
    /// `account_number`, the name later clients send.
    AccountNumber(String),
}

impl Client {
    /// Asks the token endpoint for a new token now. Calls get tokens by
    /// themselves; this is for checking credentials up front.
    pub async fn authenticate(&self) -> Result<()> {
        pesa_core::authenticate(self.api()).await
    }

    /// Every bank and wallet (`list_banks`), each with the slug bills and
    /// cash-ins take.
    pub async fn list_banks(&self) -> Result<Vec<types::Bank>> {
        Ok(pesa_core::call(self.api(), self.api().list_banks()).await?.banks)
    }

    /// Banks a merchant can pay money out to (`list_cash_in_banks`).
    pub async fn list_cash_in_banks(&self) -> Result<Vec<types::Bank>> {
        Ok(pesa_core::call(self.api(), self.api().list_cash_in_banks())
            .await?
            .banks)
    }

    /// Banks a customer can pay a bill from (`list_cash_out_banks`).
    pub async fn list_cash_out_banks(&self) -> Result<Vec<types::Bank>> {
        Ok(pesa_core::call(self.api(), self.api().list_cash_out_banks())
            .await?
            .banks)
    }

    /// A customer's account number and name in a bank (`lookup_customer`):
    /// its account number feeds a cash-in as is.
    pub async fn lookup_customer(&self, bank_slug: &BankSlug, who: CustomerQuery) -> Result<types::CustomerAccount> {
        let request = self.api().lookup_customer().bank_slug(bank_slug.clone());
        let request = match who {
            CustomerQuery::CustomerId(id) => request.customer_id(id),
            CustomerQuery::AccountNumber(number) => request.account_number(number),
        };
        pesa_core::call(self.api(), request).await
    }

    /// The user behind the token (`get_connected_user`).
    pub async fn connected_user(&self) -> Result<types::User> {
        pesa_core::call(self.api(), self.api().get_connected_user()).await
    }
}
