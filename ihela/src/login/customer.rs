//! The client of a customer signed in with iHela.

use crate::bills::{BillState, CreatedBill};
use crate::client::Client;
use crate::error::{Error, Result};
use crate::gen2::{CheckBill, CustomerBill};
use crate::types;

/// Acts for one customer signed in with iHela ([`Client::finish_login`]),
/// with their token: the user-scoped operations only.
///
/// It shares the merchant client's connections and retry policy, never its
/// token: the merchant's calls never carry the customer's token, and these
/// never carry the merchant's. The customer's token is renewed with the
/// refresh token of the last answer that carried one; when it cannot be
/// (none was given, or iHela refuses it), calls fail with
/// [`AuthError::CannotRenew`](crate::AuthError::CannotRenew): sign the
/// customer in again. Cheap to clone; `Debug` shows no token.
#[derive(Debug, Clone)]
pub struct CustomerClient {
    client: Client,
}

impl CustomerClient {
    /// A client for a customer about to sign in through `merchant`, without
    /// a token yet; None when `merchant` has no credentials.
    pub(super) fn signing_in(merchant: &Client) -> Option<Self> {
        let state = merchant.state().for_customer()?;
        Some(Self {
            client: merchant.with_state(state),
        })
    }

    /// Exchanges the sign-in `code`, issued for `redirect_uri`, for the
    /// customer's token.
    pub(super) async fn exchange(&self, code: String, redirect_uri: String) -> Result<()> {
        self.client
            .api()
            .exchange(code, redirect_uri)
            .await
            .map_err(|source| Error::Auth {
                operation: self.client.state().session().token_operation,
                source,
            })
    }

    /// The signed-in customer (`get_connected_user` with their token).
    pub async fn connected_user(&self) -> Result<types::User> {
        self.client.connected_user().await
    }

    /// A bill the customer pays (`bill-init/` with their token), sent once
    /// as [`Client::create_bill`].
    pub async fn create_bill(&self, bill: CustomerBill) -> Result<CreatedBill> {
        self.client.create_bill(bill.into_request()).await
    }

    /// The status of one of the customer's bills (`bill-check/` with their token).
    pub async fn check_bill(&self, request: CheckBill) -> Result<BillState> {
        self.client.check_bill(request).await
    }
}
