//! Payments: a customer paying the business (C2B), the business paying a
//! customer (B2C) or another business (B2B), a reversal, and a
//! transaction's status.
//!
//! Every money-moving request carries the caller's key, its
//! `ThirdPartyConversationID`, chosen before it leaves: the gateway
//! refuses a second request under it (`INS-10`), so it is sent again only
//! when it is known not to be there. A lost answer, or an `INS-10`, is
//! answered by a status query under that key: completed, it is the result;
//! not there, the request is sent again under the same key, which cannot
//! make a second one. With a journal, the request is recorded before it
//! leaves (see `pesa_core::journal`).

use pesa_core::Msisdn;
use pesa_core::journal::{self, Intent, Lookup, Reconciled};
use serde::{Deserialize, Serialize};

use crate::client::Client;
use crate::error::{self, Error, Result};
use crate::generated::open_enums::TransactionStatus;
use crate::money::Amount;
use crate::types::{self, ConversationId, ThirdPartyConversationId, TransactionId, TransactionReference};

/// A customer's payment to the business ([`Client::c2b`]) or a payment to
/// a customer ([`Client::b2c`]).
#[derive(Debug, Clone)]
pub struct Payment {
    pub(crate) reference: ThirdPartyConversationId,
    pub(crate) customer: Msisdn,
    pub(crate) amount: Amount,
    pub(crate) transaction_reference: TransactionReference,
    pub(crate) description: String,
}

impl Payment {
    /// `amount` from or to `customer`, under `reference` (your key: keep it
    /// with the order before sending), with the business's
    /// `transaction_reference` and what it is for (`description`, shown to
    /// the customer, checked when it is sent).
    pub fn new(
        reference: ThirdPartyConversationId,
        customer: Msisdn,
        amount: Amount,
        transaction_reference: TransactionReference,
        description: impl Into<String>,
    ) -> Self {
        Self {
            reference,
            customer,
            amount,
            transaction_reference,
            description: description.into(),
        }
    }

    /// Its key.
    pub fn reference(&self) -> &ThirdPartyConversationId {
        &self.reference
    }
}

/// A payment to another business ([`Client::b2b`]).
#[derive(Debug, Clone)]
pub struct BusinessPayment {
    pub(crate) reference: ThirdPartyConversationId,
    pub(crate) receiver: types::ServiceProviderCode,
    pub(crate) amount: Amount,
    pub(crate) transaction_reference: TransactionReference,
    pub(crate) description: String,
}

impl BusinessPayment {
    /// `amount` to the business `receiver`, under `reference`, with the
    /// business's `transaction_reference` and what is bought.
    pub fn new(
        reference: ThirdPartyConversationId,
        receiver: types::ServiceProviderCode,
        amount: Amount,
        transaction_reference: TransactionReference,
        description: impl Into<String>,
    ) -> Self {
        Self {
            reference,
            receiver,
            amount,
            transaction_reference,
            description: description.into(),
        }
    }
}

/// A reversal of a successful transaction ([`Client::reverse`]).
#[derive(Debug, Clone)]
pub struct Reversal {
    pub(crate) reference: ThirdPartyConversationId,
    pub(crate) transaction_id: TransactionId,
    pub(crate) amount: Amount,
}

impl Reversal {
    /// `amount` of the transaction `transaction_id` given back, under
    /// `reference` (the reversal's own key).
    pub fn new(reference: ThirdPartyConversationId, transaction_id: TransactionId, amount: Amount) -> Self {
        Self {
            reference,
            transaction_id,
            amount,
        }
    }
}

/// A money-moving request carried out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Processed {
    /// Your key, as sent.
    pub reference: ThirdPartyConversationId,
    /// The gateway's key of the request, when it gave one.
    pub conversation_id: Option<ConversationId>,
    /// M-Pesa's id of the transaction: given by the answer, not by a
    /// status query (when the request was found rather than answered).
    pub transaction_id: Option<TransactionId>,
    /// Whether it was found made before (a lost answer, or a call again
    /// under the same key) rather than made by this call.
    pub already_existed: bool,
}

/// An answer to a money-moving request: the keys it gives.
pub(crate) trait Receipt {
    /// The gateway's key of the request.
    fn conversation_id(&self) -> Option<ConversationId>;
    /// M-Pesa's id of the transaction made.
    fn transaction_id(&self) -> Option<TransactionId>;
}

impl Receipt for types::PaymentAnswer {
    fn conversation_id(&self) -> Option<ConversationId> {
        self.output_conversation_id.clone()
    }
    fn transaction_id(&self) -> Option<TransactionId> {
        self.output_transaction_id.clone()
    }
}

impl Receipt for types::MandateAnswer {
    fn conversation_id(&self) -> Option<ConversationId> {
        self.output_conversation_id.clone()
    }
    /// A mandate's answer names no transaction.
    fn transaction_id(&self) -> Option<TransactionId> {
        None
    }
}

impl Processed {
    /// The result of an answer to the request sent under `reference`.
    pub(crate) fn answered(reference: &ThirdPartyConversationId, answer: &impl Receipt) -> Self {
        Self {
            reference: reference.clone(),
            conversation_id: answer.conversation_id(),
            transaction_id: answer.transaction_id(),
            already_existed: false,
        }
    }
}

/// How a transaction stands ([`Client::status`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Where it stands ([`TransactionStatus::NotKnown`] when the gateway
    /// knows nothing under the reference, or said nothing).
    pub state: TransactionStatus,
    /// The gateway's key of the query.
    pub conversation_id: Option<ConversationId>,
}

impl Status {
    /// A status query's answer: its status (not known when it said none)
    /// and its conversation id.
    pub(crate) fn answered(state: Option<TransactionStatus>, conversation_id: Option<ConversationId>) -> Self {
        Self {
            state: state.unwrap_or(TransactionStatus::NotKnown),
            conversation_id,
        }
    }
}

/// The journal's names of the operations.
const C2B: &str = "c2b_payment";
const B2C: &str = "b2c_payment";
const B2B: &str = "b2b_payment";
const REVERSAL: &str = "reversal";

impl Client {
    /// A customer pays the business (C2B single stage): the customer is
    /// asked on their phone, and the answer comes once they confirmed (or
    /// not: [`Error::Refused`] with `INS-5` cancelled, `INS-2006`
    /// insufficient balance…). Never made twice under its reference.
    pub async fn c2b(&self, payment: &Payment) -> Result<Processed> {
        let market = self.market();
        let body = types::C2bRequest {
            input_amount: payment.amount,
            input_country: market.country(),
            input_currency: market.currency(),
            input_customer_msisdn: payment.customer.clone(),
            input_service_provider_code: self.service_provider_code().clone(),
            input_third_party_conversation_id: payment.reference.clone(),
            input_transaction_reference: payment.transaction_reference.clone(),
            input_purchased_items_desc: pesa_core::checked(payment.description.clone(), "description")?,
        };
        let operation = self.api().c2b_payment().body(body);
        self.submit(
            C2B,
            &payment.reference,
            self.intent(payment.amount, payment.customer.as_str()),
            operation,
        )
        .await
    }

    /// The business pays a customer (B2C single stage). Never made twice
    /// under its reference.
    pub async fn b2c(&self, payment: &Payment) -> Result<Processed> {
        let market = self.market();
        let body = types::B2cRequest {
            input_amount: payment.amount,
            input_country: market.country(),
            input_currency: market.currency(),
            input_customer_msisdn: payment.customer.clone(),
            input_service_provider_code: self.service_provider_code().clone(),
            input_third_party_conversation_id: payment.reference.clone(),
            input_transaction_reference: payment.transaction_reference.clone(),
            input_payment_items_desc: pesa_core::checked(payment.description.clone(), "description")?,
        };
        let operation = self.api().b2c_payment().body(body);
        self.submit(
            B2C,
            &payment.reference,
            self.intent(payment.amount, payment.customer.as_str()),
            operation,
        )
        .await
    }

    /// The business pays another business (B2B single stage). Never made
    /// twice under its reference.
    pub async fn b2b(&self, payment: &BusinessPayment) -> Result<Processed> {
        let market = self.market();
        let body = types::B2bRequest {
            input_amount: payment.amount,
            input_country: market.country(),
            input_currency: market.currency(),
            input_primary_party_code: self.service_provider_code().clone(),
            input_receiver_party_code: payment.receiver.clone(),
            input_third_party_conversation_id: payment.reference.clone(),
            input_transaction_reference: payment.transaction_reference.clone(),
            input_purchased_items_desc: pesa_core::checked(payment.description.clone(), "description")?,
        };
        let operation = self.api().b2b_payment().body(body);
        self.submit(
            B2B,
            &payment.reference,
            self.intent(payment.amount, payment.receiver.as_str()),
            operation,
        )
        .await
    }

    /// Reverses a successful transaction. Never made twice under its reference.
    pub async fn reverse(&self, reversal: &Reversal) -> Result<Processed> {
        let body = types::ReversalRequest {
            input_country: self.market().country(),
            input_reversal_amount: reversal.amount,
            input_service_provider_code: self.service_provider_code().clone(),
            input_third_party_conversation_id: reversal.reference.clone(),
            input_transaction_id: reversal.transaction_id.clone(),
        };
        let operation = self.api().reversal().body(body);
        let intent = self.intent(reversal.amount, reversal.transaction_id.as_str());
        self.submit(REVERSAL, &reversal.reference, intent, operation).await
    }

    /// How the transaction `query_reference` stands: its id, or the key it
    /// was sent under. Safe to ask again (retried on transient failures).
    pub async fn status(&self, query_reference: &str) -> Result<Status> {
        let api = self.api();
        let operation = api
            .query_transaction_status()
            .input_country(self.market().country())
            .input_query_reference(query_reference)
            .input_service_provider_code(self.service_provider_code().clone())
            .input_third_party_conversation_id(own_reference("query"));
        let answer = pesa_core::call(api, operation).await?;
        Ok(Status::answered(
            answer.output_response_transaction_status,
            answer.output_conversation_id,
        ))
    }

    /// Settles the journal's payments and reversals whose outcome is
    /// unknown (left by a process that died or lost an answer), each by a
    /// status query under its key: completed, it is recorded as carried
    /// out; not known to the gateway, as never arrived (sending it again
    /// under its key is safe); anything else stays unknown. Run it on start.
    pub async fn reconcile_pending(&self) -> Result<Vec<Reconciled>> {
        let Some(journal) = pesa_core::Gateway::session(self.api()).journal.as_ref() else {
            return Ok(Vec::new());
        };
        let look_up = |_operation: String, key: String| async move {
            let key = ThirdPartyConversationId::try_from(key)?;
            Ok(self.find(&key).await?.map_or(Lookup::NotFound, Lookup::Found))
        };
        journal.reconcile(look_up).await
    }

    /// What the journal records of a request: its amount in the market's
    /// currency and its party (masked by the journal).
    fn intent(&self, amount: Amount, party: &str) -> Intent {
        Intent::new(format!("{amount} {}", self.market().currency()), party)
    }

    /// Sends `operation` (a money-moving request under `reference`) so that
    /// it is carried out once (see the module's documentation).
    pub(crate) async fn submit<O>(
        &self,
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
        let find = || self.find(reference);
        submit(self.api(), name, reference, intent, operation, find).await
    }

    /// The request sent under `reference`, as a status query finds it (see [`found`]).
    async fn find(&self, reference: &ThirdPartyConversationId) -> Result<Option<Processed>> {
        found(reference, self.status(reference.as_str()).await?)
    }
}

/// Sends `operation` (a money-moving request under `reference`) through
/// `api` so that it is carried out once (see the module's documentation):
/// what every market's client does, `find` asking its gateway.
pub(crate) async fn submit<G, O, F>(
    api: &G,
    name: &'static str,
    reference: &ThirdPartyConversationId,
    intent: Intent,
    operation: O,
    find: impl Fn() -> F,
) -> Result<Processed>
where
    G: pesa_core::Gateway<Provider = crate::Vodacom>,
    O: pesa_core::Operation,
    O::Answer: pesa_core::Answer<crate::ResponseCode>,
    <O::Answer as pesa_core::Answer<crate::ResponseCode>>::Data: Receipt,
    F: Future<Output = Result<Option<Processed>>>,
{
    let send = || {
        let operation = operation.clone();
        async move {
            let answer = pesa_core::call_once(api, operation).await?;
            Ok(Processed::answered(reference, &answer))
        }
    };
    let sent = || {
        pesa_core::sent_by_reference(
            O::ID,
            reference.as_str(),
            &api.session().retry,
            send,
            &find,
            error::duplicate,
        )
    };
    let journal = api.session().journal.as_ref();
    journal::send(journal, name, reference.as_str(), &intent, sent, Some(&find)).await
}

/// The request sent under `reference`, as its `status` says: completed, it
/// was carried out; not known, it is not there; cancelled or expired, it
/// was refused (nothing moved); pending, not known yet (`None`: the request
/// is not sent again, the gateway refuses its key).
pub(crate) fn found(reference: &ThirdPartyConversationId, status: Status) -> Result<Option<Processed>> {
    match status.state {
        TransactionStatus::Completed => Ok(Some(Processed {
            reference: reference.clone(),
            conversation_id: status.conversation_id,
            transaction_id: None,
            already_existed: true,
        })),
        TransactionStatus::Cancelled | TransactionStatus::Expired => Err(Error::Refused {
            operation: "query_transaction_status",
            refusal: pesa_core::Refusal {
                code: None,
                message: Some(format!("the transaction under {reference} is {}", status.state)),
                transient: false,
            },
        }),
        _ => Ok(None),
    }
}

/// A `ThirdPartyConversationID` of the client's own (a status query's, a
/// new session's question): `kind`, the process, the time and a count,
/// unique enough to match no transaction.
pub(crate) fn own_reference(kind: &str) -> ThirdPartyConversationId {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() % 1_000_000_000_000);
    let count = COUNT.fetch_add(1, Ordering::Relaxed);
    let text = format!("{kind}{}x{nanos}x{count}", std::process::id());
    ThirdPartyConversationId::try_from(text.as_str())
        .unwrap_or_else(|e| unreachable!("{text} is letters and digits, under 40: {e}"))
}
