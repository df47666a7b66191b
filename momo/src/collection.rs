//! Collection: customers paying the merchant. A request to pay prompts the
//! customer's phone; it stays `PENDING` until they approve or decline it,
//! or MTN times it out.

use crate::Reconciled;
use crate::Version;
use crate::auth::Credentials;
use crate::callback::CallbackKind;
use crate::client::{Client, ClientBuilder, Environment};
use crate::error::Result;
use crate::product::{Accepted, account_operations, creating};
use crate::request::Payment;
use crate::types::{self, Product, ReferenceId};

/// The collection product under one API user: its own subscription key and
/// token. Cheap to clone; clones share the token.
#[derive(Debug, Clone)]
pub struct Collection {
    client: Client,
}

account_operations!(Collection);

impl Collection {
    const PRODUCT_ID: Product = Product::Collection;

    /// Starts configuring a collection client for `environment`.
    pub fn builder(environment: Environment, credentials: Credentials) -> ClientBuilder<Collection> {
        ClientBuilder::new(environment, credentials)
    }

    /// Asks the payer to approve `payment` on their phone. Sent once under
    /// its reference: a lost answer is looked up before the request is sent
    /// again, and a reused reference whose request matches is
    /// [`Accepted::already_existed`]. Accepted is not paid: ask
    /// [`Collection::request_to_pay_status`], or wait for the callback.
    pub async fn request_to_pay(&self, payment: &Payment) -> Result<Accepted> {
        let notes = payment.notes.checked()?;
        let body = payment.request_to_pay(&notes)?;
        let operation = creating!(self.client, request_to_pay, payment.reference, notes, body);
        let expected = payment.expected(CallbackKind::RequestToPay);
        let find = || self.request_to_pay_status(&payment.reference);
        self.client.submit(&payment.reference, operation, expected, find).await
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
                let mine = matches!(kind, CallbackKind::RequestToPay | CallbackKind::RequestToWithdraw);
                mine.then_some(async move {
                    match kind {
                        CallbackKind::RequestToPay => self.request_to_pay_status(&reference).await.map(drop),
                        _ => self.request_to_withdraw_status(&reference).await.map(drop),
                    }
                })
            })
            .await
    }

    /// How the request to pay `reference` stands ([`Transaction::outcome`](crate::Transaction::outcome)).
    pub async fn request_to_pay_status(&self, reference: &ReferenceId) -> Result<types::RequestToPayResult> {
        let api = self.client.api();
        let operation = api.get_request_to_pay_status().reference_id(reference.clone());
        pesa_core::call(api, operation).await
    }

    /// Asks the customer to approve a withdrawal of `payment` from their
    /// account, sent once under its reference as a request to pay is; its
    /// callback is POSTed (`V1`) or PUT (`V2`).
    pub async fn request_to_withdraw(&self, payment: &Payment, version: Version) -> Result<Accepted> {
        let notes = payment.notes.checked()?;
        let body = payment.request_to_pay(&notes)?;
        let expected = payment.expected(CallbackKind::RequestToWithdraw);
        let find = || self.request_to_withdraw_status(&payment.reference);
        let reference = &payment.reference;
        let client = &self.client;
        match version {
            Version::V1 => {
                let operation = creating!(client, request_to_withdraw_v1, reference, notes, body);
                client.submit(reference, operation, expected, find).await
            }
            Version::V2 => {
                let operation = creating!(client, request_to_withdraw_v2, reference, notes, body);
                client.submit(reference, operation, expected, find).await
            }
        }
    }

    /// How the request to withdraw `reference` (either version) stands.
    pub async fn request_to_withdraw_status(&self, reference: &ReferenceId) -> Result<types::RequestToPayResult> {
        let api = self.client.api();
        let operation = api.get_request_to_withdraw_status().reference_id(reference.clone());
        pesa_core::call(api, operation).await
    }
}
