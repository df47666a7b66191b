//! Remittance: money sent across borders, to a wallet (transfer) or paid
//! out with the payer's identity (cash transfer).

use crate::Reconciled;
use crate::auth::Credentials;
use crate::callback::CallbackKind;
use crate::client::{Client, ClientBuilder, Environment};
use crate::disbursement::{transfer, transfer_status};
use crate::error::Result;
use crate::product::{Accepted, account_operations, creating};
use crate::request::{CashTransfer, Payment};
use crate::types::{self, PayoutProduct, Product, ReferenceId};

/// The remittance product under one API user: its own subscription key and
/// token. Cheap to clone; clones share the token.
#[derive(Debug, Clone)]
pub struct Remittance {
    client: Client,
}

account_operations!(Remittance);

impl Remittance {
    const PRODUCT_ID: Product = Product::Remittance;

    /// Starts configuring a remittance client for `environment`.
    pub fn builder(environment: Environment, credentials: Credentials) -> ClientBuilder<Remittance> {
        ClientBuilder::new(environment, credentials)
    }

    /// Sends `payment` to its payee's wallet, once under its reference.
    pub async fn transfer(&self, payment: &Payment) -> Result<Accepted> {
        transfer(&self.client, PayoutProduct::Remittance, payment).await
    }

    /// Settles the requests of this product that the journal (the
    /// builder's `journal`) holds with an unknown outcome, left by a
    /// process that died or lost an answer: each is read back by its
    /// reference; found, it is recorded as accepted; not there, as never
    /// arrived (sending it again under its reference is then safe). Run it
    /// on start. Without a journal there is nothing to settle.
    pub async fn reconcile_pending(&self) -> Result<Vec<Reconciled>> {
        self.client
            .reconcile(|kind, reference| {
                let mine = matches!(kind, CallbackKind::RemittanceTransfer | CallbackKind::CashTransfer);
                mine.then_some(async move {
                    match kind {
                        CallbackKind::RemittanceTransfer => self.transfer_status(&reference).await.map(drop),
                        _ => self.cash_transfer_status(&reference).await.map(drop),
                    }
                })
            })
            .await
    }

    /// How the remittance transfer `reference` stands.
    pub async fn transfer_status(&self, reference: &ReferenceId) -> Result<types::TransferResult> {
        transfer_status(&self.client, PayoutProduct::Remittance, reference).await
    }

    /// Sends `cash`, paid out with the payer's identity, once under its
    /// reference (its callback is PUT).
    pub async fn cash_transfer(&self, cash: &CashTransfer) -> Result<Accepted> {
        let payment = &cash.payment;
        let notes = payment.notes.checked()?;
        let body = cash.body(&notes)?;
        let operation = creating!(self.client, cash_transfer, payment.reference, notes, body);
        let expected = payment.expected(CallbackKind::CashTransfer);
        let find = || self.cash_transfer_status(&payment.reference);
        self.client.submit(&payment.reference, operation, expected, find).await
    }

    /// How the cash transfer `reference` stands.
    pub async fn cash_transfer_status(&self, reference: &ReferenceId) -> Result<types::CashTransferResult> {
        let api = self.client.api();
        let operation = api.get_cash_transfer_status().reference_id(reference.clone());
        pesa_core::call(api, operation).await
    }
}
