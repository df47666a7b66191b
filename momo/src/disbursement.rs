//! Disbursement: the merchant paying people (transfers, deposits) and
//! refunding requests to pay.

use crate::Reconciled;
use crate::Version;
use crate::auth::Credentials;
use crate::callback::CallbackKind;
use crate::client::{Client, ClientBuilder, Environment};
use crate::error::Result;
use crate::product::{Accepted, account_operations, creating};
use crate::request::{Payment, Refund};
use crate::types::{self, PayoutProduct, Product, ReferenceId};

/// The disbursement product under one API user: its own subscription key
/// and token. Cheap to clone; clones share the token.
#[derive(Debug, Clone)]
pub struct Disbursement {
    client: Client,
}

account_operations!(Disbursement);

impl Disbursement {
    const PRODUCT_ID: Product = Product::Disbursement;

    /// Starts configuring a disbursement client for `environment`.
    pub fn builder(environment: Environment, credentials: Credentials) -> ClientBuilder<Disbursement> {
        ClientBuilder::new(environment, credentials)
    }

    /// Pays `payment` to its payee, once under its reference (a lost answer
    /// is looked up before anything is sent again). Accepted is not paid:
    /// ask [`Disbursement::transfer_status`].
    pub async fn transfer(&self, payment: &Payment) -> Result<Accepted> {
        transfer(&self.client, PayoutProduct::Disbursement, payment).await
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
                let mine = matches!(
                    kind,
                    CallbackKind::Transfer | CallbackKind::Deposit | CallbackKind::Refund
                );
                mine.then_some(async move {
                    match kind {
                        CallbackKind::Transfer => self.transfer_status(&reference).await.map(drop),
                        CallbackKind::Deposit => self.deposit_status(&reference).await.map(drop),
                        _ => self.refund_status(&reference).await.map(drop),
                    }
                })
            })
            .await
    }

    /// How the transfer `reference` stands.
    pub async fn transfer_status(&self, reference: &ReferenceId) -> Result<types::TransferResult> {
        transfer_status(&self.client, PayoutProduct::Disbursement, reference).await
    }

    /// Deposits `payment` into the payee's account, once under its
    /// reference; its callback is POSTed (`V1`) or PUT (`V2`).
    pub async fn deposit(&self, payment: &Payment, version: Version) -> Result<Accepted> {
        let notes = payment.notes.checked()?;
        let body = payment.transfer(&notes)?;
        let reference = &payment.reference;
        let client = &self.client;
        let expected = payment.expected(CallbackKind::Deposit);
        let find = || self.deposit_status(reference);
        match version {
            Version::V1 => {
                let operation = creating!(client, deposit_v1, reference, notes, body);
                client.submit(reference, operation, expected, find).await
            }
            Version::V2 => {
                let operation = creating!(client, deposit_v2, reference, notes, body);
                client.submit(reference, operation, expected, find).await
            }
        }
    }

    /// How the deposit `reference` (either version) stands.
    pub async fn deposit_status(&self, reference: &ReferenceId) -> Result<types::TransferResult> {
        let api = self.client.api();
        let operation = api.get_deposit_status().reference_id(reference.clone());
        pesa_core::call(api, operation).await
    }

    /// Refunds `refund`, once under its reference; its callback is POSTed
    /// (`V1`) or PUT (`V2`).
    pub async fn refund(&self, refund: &Refund, version: Version) -> Result<Accepted> {
        let notes = refund.notes.checked()?;
        let body = refund.body(&notes)?;
        let reference = &refund.reference;
        let client = &self.client;
        let expected = refund.expected();
        let find = || self.refund_status(reference);
        match version {
            Version::V1 => {
                let operation = creating!(client, refund_v1, reference, notes, body);
                client.submit(reference, operation, expected, find).await
            }
            Version::V2 => {
                let operation = creating!(client, refund_v2, reference, notes, body);
                client.submit(reference, operation, expected, find).await
            }
        }
    }

    /// How the refund `reference` (either version) stands.
    pub async fn refund_status(&self, reference: &ReferenceId) -> Result<types::TransferResult> {
        let api = self.client.api();
        let operation = api.get_refund_status().reference_id(reference.clone());
        pesa_core::call(api, operation).await
    }
}

/// A transfer by `product` (disbursement or remittance).
pub(crate) async fn transfer(client: &Client, product: PayoutProduct, payment: &Payment) -> Result<Accepted> {
    let notes = payment.notes.checked()?;
    let body = payment.transfer(&notes)?;
    let operation = creating!(client, transfer, payment.reference, notes, body).product(product);
    let kind = match product {
        PayoutProduct::Disbursement => CallbackKind::Transfer,
        PayoutProduct::Remittance => CallbackKind::RemittanceTransfer,
    };
    let expected = payment.expected(kind);
    let find = || transfer_status(client, product, &payment.reference);
    client.submit(&payment.reference, operation, expected, find).await
}

/// How a transfer by `product` stands.
pub(crate) async fn transfer_status(
    client: &Client,
    product: PayoutProduct,
    reference: &ReferenceId,
) -> Result<types::TransferResult> {
    let api = client.api();
    let operation = api
        .get_transfer_status()
        .product(product)
        .reference_id(reference.clone());
    pesa_core::call(api, operation).await
}
