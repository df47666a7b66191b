//! Mozambique's payments (C2B, B2C, B2B), reversals and a transaction's
//! status, each on its operation's port; sent once under the caller's key
//! as the other markets' are (`crate::payments::submit`).

use pesa_core::journal::{Intent, Lookup, Reconciled};
use pesa_core::{InvalidInput, Msisdn};

use super::client::Client;
use super::generated::types;
use crate::error::Result;
use crate::money::Amount;
use crate::payments::{self, BusinessPayment, Payment, Processed, Receipt, Reversal, Status, own_reference};
use crate::types::{ConversationId, ThirdPartyConversationId, TransactionId};

/// The journal's names of the operations (Mozambique's own).
const C2B: &str = "mozambique_c2b_payment";
const B2C: &str = "mozambique_b2c_payment";
const B2B: &str = "mozambique_b2b_payment";
const REVERSAL: &str = "mozambique_reversal";

/// Meticais, the currency of every amount (the spec's `Amount`), as the
/// journal records it.
const CURRENCY: &str = "MZN";

impl Receipt for types::PaymentAnswer {
    fn conversation_id(&self) -> Option<ConversationId> {
        self.output_conversation_id.clone()
    }
    fn transaction_id(&self) -> Option<TransactionId> {
        self.output_transaction_id.clone()
    }
}

/// A customer's number as Mozambique takes it (`2588[45]…`), or why not.
fn customer(msisdn: &Msisdn) -> Result<types::Msisdn, InvalidInput> {
    types::Msisdn::try_from(msisdn.as_str()).map_err(|e| InvalidInput::new("customer", e.to_string()))
}

/// What the journal records of a request.
fn intent(amount: Amount, party: &str) -> Intent {
    Intent::new(format!("{amount} {CURRENCY}"), party)
}

impl Client {
    /// A customer pays the business (C2B single stage), confirming on their
    /// phone. Never made twice under its reference. (Mozambique takes no
    /// description: the payment's is not sent.)
    pub async fn c2b(&self, payment: &Payment) -> Result<Processed> {
        let body = types::C2bRequest {
            input_amount: payment.amount,
            input_customer_msisdn: customer(&payment.customer)?,
            input_service_provider_code: self.service_provider_code.clone(),
            input_third_party_reference: payment.reference.clone(),
            input_transaction_reference: payment.transaction_reference.clone(),
        };
        let operation = self.c2b.c2b_payment().body(body);
        self.submit(
            &self.c2b,
            C2B,
            &payment.reference,
            intent(payment.amount, payment.customer.as_str()),
            operation,
        )
        .await
    }

    /// The business pays a customer (B2C single stage). Never made twice
    /// under its reference.
    pub async fn b2c(&self, payment: &Payment) -> Result<Processed> {
        let body = types::B2cRequest {
            input_amount: payment.amount,
            input_customer_msisdn: customer(&payment.customer)?,
            input_service_provider_code: self.service_provider_code.clone(),
            input_third_party_reference: payment.reference.clone(),
            input_transaction_reference: payment.transaction_reference.clone(),
        };
        let operation = self.b2c.b2c_payment().body(body);
        self.submit(
            &self.b2c,
            B2C,
            &payment.reference,
            intent(payment.amount, payment.customer.as_str()),
            operation,
        )
        .await
    }

    /// The business pays another business (B2B single stage). Never made
    /// twice under its reference.
    pub async fn b2b(&self, payment: &BusinessPayment) -> Result<Processed> {
        let body = types::B2bRequest {
            input_amount: payment.amount,
            input_primary_party_code: self.service_provider_code.clone(),
            input_receiver_party_code: payment.receiver.clone(),
            input_third_party_reference: payment.reference.clone(),
            input_transaction_reference: payment.transaction_reference.clone(),
        };
        let operation = self.b2b.b2b_payment().body(body);
        self.submit(
            &self.b2b,
            B2B,
            &payment.reference,
            intent(payment.amount, payment.receiver.as_str()),
            operation,
        )
        .await
    }

    /// Reverses a successful transaction, as the builder's
    /// [`Initiator`](super::Initiator). Never made twice under its reference.
    pub async fn reverse(&self, reversal: &Reversal) -> Result<Processed> {
        let initiator = self.initiator()?;
        let body = types::ReversalRequest {
            input_initiator_identifier: types::ReversalRequestInputInitiatorIdentifier::try_from(
                initiator.identifier.as_str(),
            )
            .map_err(|e| InvalidInput::new("initiator", e.to_string()))?,
            input_reversal_amount: reversal.amount,
            input_security_credential: initiator.credential.clone(),
            input_service_provider_code: self.service_provider_code.clone(),
            input_third_party_reference: reversal.reference.clone(),
            input_transaction_id: reversal.transaction_id.clone(),
        };
        let operation = self.reversal.reversal().body(body);
        let intent = intent(reversal.amount, reversal.transaction_id.as_str());
        self.submit(&self.reversal, REVERSAL, &reversal.reference, intent, operation)
            .await
    }

    /// How the transaction `query_reference` stands: its id, or the key it
    /// was sent under. Safe to ask again (retried on transient failures).
    pub async fn status(&self, query_reference: &str) -> Result<Status> {
        let operation = self
            .status
            .query_transaction_status()
            .input_query_reference(query_reference)
            .input_service_provider_code(self.service_provider_code.clone())
            .input_third_party_reference(own_reference("query"));
        let answer = pesa_core::call(&self.status, operation).await?;
        Ok(Status::answered(
            answer.output_response_transaction_status,
            answer.output_conversation_id,
        ))
    }

    /// Settles the journal's payments and reversals whose outcome is
    /// unknown, each by a status query under its key (as
    /// [`crate::Client::reconcile_pending`] does for the other markets;
    /// Mozambique's journal entries are its own). Run it on start.
    pub async fn reconcile_pending(&self) -> Result<Vec<Reconciled>> {
        let Some(journal) = pesa_core::Gateway::session(&self.status).journal.as_ref() else {
            return Ok(Vec::new());
        };
        let look_up = |_operation: String, key: String| async move {
            let key = ThirdPartyConversationId::try_from(key)?;
            let found = payments::found(&key, self.status(key.as_str()).await?)?;
            Ok(found.map_or(Lookup::NotFound, Lookup::Found))
        };
        journal.reconcile(look_up).await
    }

    /// Sends `operation` on `api` (its operation's port) so that it is
    /// carried out once.
    async fn submit<O>(
        &self,
        api: &super::generated::Client,
        name: &'static str,
        reference: &ThirdPartyConversationId,
        intent: Intent,
        operation: O,
    ) -> Result<Processed>
    where
        O: pesa_core::Operation,
        O::Answer: pesa_core::Answer<crate::ResponseCode>,
        <O::Answer as pesa_core::Answer<crate::ResponseCode>>::Data: Receipt,
    {
        let find = || async { payments::found(reference, self.status(reference.as_str()).await?) };
        payments::submit(api, name, reference, intent, operation, find).await
    }
}
