//! What the business's API user (the initiator) does: pay a customer
//! (B2C), pay a business (B2B), ask a transaction's status or the account
//! balance, reverse a payment. Each is asynchronous: Daraja answers that it
//! accepted the request ([`Submitted`]), and POSTs the outcome to the
//! result URL later (see [`callback`](crate::callback)).
//!
//! Each carries the security credential, made once from the initiator's
//! password and the environment's certificate.

use pesa_core::journal::{self, Intent, Journal, Lookup, Reconciled};
use pesa_core::{Secret, checked};

use crate::client::Client;
use crate::error::{ErrorExt, Result};
use crate::money::Shillings;
use crate::party::{PartyId, ShortCode};
use crate::phone::PhoneNumber;
use crate::types;

/// The API user created on the M-Pesa organization portal, and its
/// password (never logged).
#[derive(Debug, Clone)]
pub struct Initiator {
    name: String,
    password: Secret,
}

impl Initiator {
    /// The API user `name` and its `password`.
    pub fn new(name: impl Into<String>, password: impl Into<Secret>) -> Self {
        Self {
            name: name.into(),
            password: password.into(),
        }
    }
}

/// Where Daraja POSTs the outcomes of this business's requests: the result,
/// and the notice of a request that timed out in M-Pesa's queue.
#[derive(Debug, Clone)]
pub struct ResultUrls {
    result: types::CallbackUrl,
    queue_timeout: types::CallbackUrl,
}

impl ResultUrls {
    /// The result URL and the queue timeout URL; refused, naming
    /// `result_url` or `queue_timeout_url`, when empty.
    pub fn new(result: impl Into<String>, queue_timeout: impl Into<String>) -> Result<Self> {
        Ok(Self {
            result: checked(result, "result_url")?,
            queue_timeout: checked(queue_timeout, "queue_timeout_url")?,
        })
    }
}

/// The requests of one shortcode's API user. Made by [`Client::business`];
/// cheap to clone.
#[derive(Debug, Clone)]
pub struct Business {
    client: Client,
    shortcode: ShortCode,
    initiator: types::Initiator,
    credential: Secret,
    urls: ResultUrls,
}

impl Client {
    /// The requests of the API user `initiator` for the shortcode
    /// `shortcode`, their outcomes POSTed to `urls`. The security credential
    /// is made here, once, from the initiator's password and the
    /// environment's certificate.
    pub fn business(&self, shortcode: ShortCode, initiator: Initiator, urls: ResultUrls) -> Result<Business> {
        Ok(Business {
            client: self.clone(),
            shortcode,
            initiator: checked(initiator.name, "initiator_name")?,
            credential: self.certificate().encrypt(&initiator.password)?,
            urls,
        })
    }
}

/// The journal's name of a B2C payment.
const B2C_PAYMENT: &str = "b2c_payment";
/// The journal's name of a B2B payment.
const B2B_PAYMENT: &str = "b2b_payment";
/// The journal's name of a reversal.
const REVERSAL: &str = "reversal";

/// An asynchronous request Daraja accepted: its outcome comes to the
/// result URL, under these keys.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Submitted {
    /// Accepted now.
    Accepted {
        /// M-Pesa's key of the request.
        conversation_id: types::ConversationId,
        /// The request's key (the merchant's, for a B2C).
        originator_conversation_id: types::OriginatorConversationId,
    },
    /// A B2C whose `OriginatorConversationID` Daraja already had: the first
    /// request arrived, this one was not carried out again.
    AlreadySubmitted {
        /// The merchant's key of the payment.
        originator_conversation_id: types::OriginatorConversationId,
    },
}

impl From<types::AcceptedAnswer> for Submitted {
    fn from(answer: types::AcceptedAnswer) -> Self {
        Submitted::Accepted {
            conversation_id: answer.conversation_id,
            originator_conversation_id: answer.originator_conversation_id,
        }
    }
}

/// A payment to a customer (B2C), under the merchant's own key. Send it
/// with [`Business::pay_customer`].
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct B2cPayment {
    originator_conversation_id: types::OriginatorConversationId,
    phone: PhoneNumber,
    amount: Shillings,
    command: types::B2cCommand,
    remarks: String,
    occasion: Option<String>,
}

impl B2cPayment {
    /// `amount` to `phone`, under `originator_conversation_id` (unique per
    /// payment: keep it before sending; sending it again is safe, Daraja
    /// refuses a key it has seen), as a business payment.
    pub fn new(
        originator_conversation_id: types::OriginatorConversationId,
        phone: PhoneNumber,
        amount: Shillings,
        remarks: impl Into<String>,
    ) -> Self {
        Self {
            originator_conversation_id,
            phone,
            amount,
            command: types::B2cCommand::BusinessPayment,
            remarks: remarks.into(),
            occasion: None,
        }
    }

    /// The kind of payment (default `BusinessPayment`).
    pub fn command(mut self, command: types::B2cCommand) -> Self {
        self.command = command;
        self
    }

    /// Free text, up to 100 characters.
    pub fn occasion(mut self, occasion: impl Into<String>) -> Self {
        self.occasion = Some(occasion.into());
        self
    }
}

/// A payment to another business's paybill or till (B2B). Send it with
/// [`Business::pay_business`].
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct B2bPayment {
    reference: String,
    party_b: ShortCode,
    amount: Shillings,
    account_reference: String,
    command: types::B2bCommand,
    remarks: String,
    requester: Option<PhoneNumber>,
}

impl B2bPayment {
    /// `amount` to the paybill `party_b`, for its account
    /// `account_reference`, under your `reference` (unique per payment: the
    /// B2B request carries no key of yours, so the journal keeps the
    /// payment under this one; not sent to Daraja).
    pub fn new(
        reference: impl Into<String>,
        party_b: ShortCode,
        amount: Shillings,
        account_reference: impl Into<String>,
        remarks: impl Into<String>,
    ) -> Self {
        Self {
            reference: reference.into(),
            party_b,
            amount,
            account_reference: account_reference.into(),
            command: types::B2bCommand::BusinessPayBill,
            remarks: remarks.into(),
            requester: None,
        }
    }

    /// The kind of payment (default `BusinessPayBill`; `BusinessBuyGoods` for a till).
    pub fn command(mut self, command: types::B2bCommand) -> Self {
        self.command = command;
        self
    }

    /// The customer on whose behalf the business pays.
    pub fn requester(mut self, phone: PhoneNumber) -> Self {
        self.requester = Some(phone);
        self
    }
}

/// A status query: by M-Pesa receipt, or by the merchant's key of a B2C.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StatusQuery {
    transaction_id: Option<types::TransactionId>,
    original_conversation_id: Option<types::OriginatorConversationId>,
    remarks: String,
}

impl StatusQuery {
    /// The transaction with the M-Pesa receipt `transaction_id`.
    pub fn receipt(transaction_id: types::TransactionId, remarks: impl Into<String>) -> Self {
        Self {
            transaction_id: Some(transaction_id),
            original_conversation_id: None,
            remarks: remarks.into(),
        }
    }

    /// The B2C sent under the merchant's key `originator_conversation_id`.
    pub fn b2c(originator_conversation_id: types::OriginatorConversationId, remarks: impl Into<String>) -> Self {
        Self {
            transaction_id: None,
            original_conversation_id: Some(originator_conversation_id),
            remarks: remarks.into(),
        }
    }
}

/// A reversal of a customer's payment to the business. Send it with
/// [`Business::reverse`].
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Reversal {
    transaction_id: types::TransactionId,
    amount: Shillings,
    remarks: String,
}

impl Reversal {
    /// Reverses `amount` of the payment with the M-Pesa receipt `transaction_id`.
    pub fn new(transaction_id: types::TransactionId, amount: Shillings, remarks: impl Into<String>) -> Self {
        Self {
            transaction_id,
            amount,
            remarks: remarks.into(),
        }
    }
}

impl Business {
    /// Pays a customer (B2C v3), never twice: the request goes once; when
    /// its answer is lost, Daraja is asked with transaction status whether
    /// it has the payment's key. It has: [`Submitted::AlreadySubmitted`].
    /// It cannot say: [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown); sending the same payment
    /// again (same key) is then safe, since Daraja refuses a key it has
    /// seen, which this method reads as [`Submitted::AlreadySubmitted`] too.
    ///
    /// With a journal (the builder's `journal`), the payment is recorded
    /// before it leaves: a key paid before gets its first result again,
    /// and a key whose outcome a dead process left unknown is looked up
    /// first (see [`Business::reconcile_pending`]).
    pub async fn pay_customer(&self, payment: B2cPayment) -> Result<Submitted> {
        let key = payment.originator_conversation_id.clone();
        let intent = Intent::new(payment.amount, payment.phone.as_str());
        let body = types::B2cRequest {
            originator_conversation_id: key.clone(),
            initiator_name: self.initiator.clone(),
            security_credential: self.credential.clone(),
            command_id: payment.command,
            amount: payment.amount,
            party_a: self.shortcode.clone(),
            party_b: payment.phone,
            remarks: checked(payment.remarks, "remarks")?,
            queue_time_out_url: self.urls.queue_timeout.clone(),
            result_url: self.urls.result.clone(),
            occassion: payment.occasion.map(|text| checked(text, "occasion")).transpose()?,
        };
        let api = self.client.api();
        let find = || self.known(&key);
        let send = || async {
            let sent = match pesa_core::call_once(api, api.b2c_payment().body(body)).await {
                Ok(answer) => Ok(Submitted::from(answer)),
                Err(error)
                    if error.error_code()
                        == Some(crate::generated::open_enums::ErrorCode::DuplicateOriginatorConversationId) =>
                {
                    Ok(Submitted::AlreadySubmitted {
                        originator_conversation_id: key.clone(),
                    })
                }
                Err(error) => Err(error),
            };
            pesa_core::sent_once_or_found(B2C_PAYMENT, &key, &self.retry(), sent, find).await
        };
        journal::send(self.journal().as_ref(), B2C_PAYMENT, &key, &intent, send, Some(find)).await
    }

    /// Settles the B2C, B2B payments and reversals that the journal (the
    /// builder's `journal`) holds with an unknown outcome, left by a
    /// process that died or lost an answer. A B2C is asked of Daraja by its
    /// key (transaction status): known, it is recorded as submitted (its
    /// result comes to the result URL); unknown to Daraja, as never
    /// arrived, and paying it again under its key is safe. A B2B or a
    /// reversal cannot be looked up: it stays unknown, and a new one under
    /// its reference (or receipt) is refused
    /// ([`Error::Unsettled`](crate::Error::Unsettled)) until you find out.
    /// Run it on start.
    pub async fn reconcile_pending(&self) -> Result<Vec<Reconciled>> {
        let Some(journal) = self.journal() else {
            return Ok(Vec::new());
        };
        let look_up = |operation: String, key: String| async move {
            if operation != B2C_PAYMENT {
                return Ok(Lookup::Impossible);
            }
            let key = types::OriginatorConversationId::try_from(key)?;
            Ok(self.known(&key).await?.map_or(Lookup::NotFound, Lookup::Found))
        };
        journal.reconcile(look_up).await
    }

    /// Where this client journals its B2C, B2B payments and reversals, if anywhere.
    fn journal(&self) -> Option<Journal> {
        let session = pesa_core::Gateway::session(self.client.api());
        session
            .journal
            .clone()
            .map(|journal| journal.namespaced("mpesa/business"))
    }

    /// Whether Daraja has the B2C sent under `key`: a status query by it is
    /// accepted (the status itself comes to the result URL).
    async fn known(&self, key: &types::OriginatorConversationId) -> Result<Option<Submitted>> {
        let already = Submitted::AlreadySubmitted {
            originator_conversation_id: key.clone(),
        };
        match self
            .transaction_status(StatusQuery::b2c(key.clone(), "Reconciling a lost answer"))
            .await
        {
            Ok(_) => Ok(Some(already)),
            Err(error) if error.error_code() == Some(crate::generated::open_enums::ErrorCode::TransactionNotFound) => {
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    /// Pays another business (B2B), once: Daraja takes no key of the
    /// caller's and cannot look a B2B up, so a request whose answer is lost
    /// is [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), never
    /// sent again. With a journal it is recorded under the payment's
    /// `reference` before it leaves, and a reference whose outcome is
    /// unknown is refused ([`Error::Unsettled`](crate::Error::Unsettled))
    /// until you find out from the statement.
    pub async fn pay_business(&self, payment: B2bPayment) -> Result<Submitted> {
        let reference = payment.reference;
        if reference.trim().is_empty() {
            return Err(pesa_core::InvalidInput::new("reference", "must not be empty").into());
        }
        let intent = Intent::new(payment.amount, payment.party_b.as_str());
        let body = types::B2bRequest {
            initiator: self.initiator.clone(),
            security_credential: self.credential.clone(),
            command_id: payment.command,
            sender_identifier_type: types::IdentifierType::ShortCode,
            reciever_identifier_type: types::IdentifierType::ShortCode,
            amount: payment.amount,
            party_a: self.shortcode.clone(),
            party_b: payment.party_b,
            account_reference: checked(payment.account_reference, "account_reference")?,
            requester: payment.requester,
            remarks: checked(payment.remarks, "remarks")?,
            queue_time_out_url: self.urls.queue_timeout.clone(),
            result_url: self.urls.result.clone(),
        };
        let api = self.client.api();
        let send = || async {
            let sent = pesa_core::call_once(api, api.b2b_payment().body(body)).await;
            pesa_core::sent_once(B2B_PAYMENT, &reference, sent).map(Submitted::from)
        };
        journal::send(
            self.journal().as_ref(),
            B2B_PAYMENT,
            &reference,
            &intent,
            send,
            journal::no_lookup(),
        )
        .await
    }

    /// Asks a transaction's status; it comes to the result URL. Safe to repeat.
    pub async fn transaction_status(&self, query: StatusQuery) -> Result<Submitted> {
        let body = types::TransactionStatusRequest {
            initiator: self.initiator.clone(),
            security_credential: self.credential.clone(),
            command_id: types::TransactionStatusCommand::TransactionStatusQuery,
            transaction_id: query.transaction_id,
            original_conversation_id: query.original_conversation_id,
            party_a: PartyId::from(self.shortcode.clone()),
            identifier_type: types::IdentifierType::ShortCode,
            result_url: self.urls.result.clone(),
            queue_time_out_url: self.urls.queue_timeout.clone(),
            remarks: checked(query.remarks, "remarks")?,
            occasion: None,
        };
        let api = self.client.api();
        pesa_core::call(api, api.transaction_status().body(body))
            .await
            .map(Submitted::from)
    }

    /// Asks the balances of the shortcode's accounts; they come to the
    /// result URL. Safe to repeat.
    pub async fn balance(&self, remarks: impl Into<String>) -> Result<Submitted> {
        let body = types::AccountBalanceRequest {
            initiator: self.initiator.clone(),
            security_credential: self.credential.clone(),
            command_id: types::AccountBalanceCommand::AccountBalance,
            party_a: PartyId::from(self.shortcode.clone()),
            identifier_type: types::IdentifierType::ShortCode,
            remarks: checked(remarks.into(), "remarks")?,
            queue_time_out_url: self.urls.queue_timeout.clone(),
            result_url: self.urls.result.clone(),
        };
        let api = self.client.api();
        pesa_core::call(api, api.account_balance().body(body))
            .await
            .map(Submitted::from)
    }

    /// Reverses a customer's payment, once: M-Pesa refuses a second
    /// reversal of one receipt (result `R000001`), but a request whose
    /// answer is lost is [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), not sent again.
    /// With a journal, it is recorded under its receipt before it leaves.
    pub async fn reverse(&self, reversal: Reversal) -> Result<Submitted> {
        let reference = reversal.transaction_id.to_string();
        let intent = Intent::new(reversal.amount, &reference);
        let body = types::ReversalRequest {
            initiator: self.initiator.clone(),
            security_credential: self.credential.clone(),
            command_id: types::ReversalCommand::TransactionReversal,
            transaction_id: reversal.transaction_id,
            amount: reversal.amount,
            receiver_party: self.shortcode.clone(),
            reciever_identifier_type: types::IdentifierType::ReversalReceiver,
            result_url: self.urls.result.clone(),
            queue_time_out_url: self.urls.queue_timeout.clone(),
            remarks: checked(reversal.remarks, "remarks")?,
            occasion: None,
        };
        let api = self.client.api();
        let send = || async {
            let sent = pesa_core::call_once(api, api.reversal().body(body)).await;
            pesa_core::sent_once(REVERSAL, &reference, sent).map(Submitted::from)
        };
        journal::send(
            self.journal().as_ref(),
            REVERSAL,
            &reference,
            &intent,
            send,
            journal::no_lookup(),
        )
        .await
    }

    fn retry(&self) -> pesa_core::RetryPolicy {
        use pesa_core::Gateway as _;
        self.client.api().session().retry.clone()
    }
}
