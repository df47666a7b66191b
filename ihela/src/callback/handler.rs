//! A ready callback endpoint, independent of any web framework: give
//! [`CallbackHandler::handle`] the signature header and the raw body, send
//! back the [`Reply`]. With the `axum` feature, `CallbackHandler::into_router`
//! does that for axum.

use std::fmt;
use std::sync::Arc;

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use pesa_core::callback::{Busy, Decisions, Remembered as Memory, catching};
use reqwest::StatusCode;

use super::confirm::{Confirmed, PaymentHint, billed_amount};
use super::{CallbackError, SignatureKey, callback_answer, decode_callback};
use crate::bills::PaymentOutcome;
use crate::client::Client;
use crate::error::Error;
use crate::money::Francs;
use crate::types;

pub use pesa_core::callback::{DEFAULT_REMEMBERED_ANSWERS, Durable, MerchantError};

/// The merchant's verdict on a confirmed payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Keep the payment: answers `"error": false`.
    Accept,
    /// Refuse the payment, with the reason: answers `"error": true` and
    /// iHela refunds the customer.
    Refuse(String),
}

type Billed =
    dyn Fn(types::MerchantReference) -> BoxFuture<'static, Result<Option<Francs>, MerchantError>> + Send + Sync;
type Accept = dyn Fn(Confirmed) -> BoxFuture<'static, Result<Decision, MerchantError>> + Send + Sync;

/// The answer to one callback delivery: an HTTP status and a JSON body.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Reply {
    #[serde(with = "pesa_core::callback::status_code")]
    status: StatusCode,
    content: Content,
}

/// What a reply's body says.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
enum Content {
    /// The contract's answer: a verdict.
    Answer(types::BillCallbackAnswer),
    /// Why there is no verdict.
    Message(String),
}

impl Reply {
    /// HTTP 200 with the contract's answer.
    fn answered(decision: &Decision) -> Self {
        Self {
            status: StatusCode::OK,
            content: Content::Answer(callback_answer(decision)),
        }
    }

    /// An HTTP error status: no verdict, iHela may deliver again.
    fn failed(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            content: Content::Message(message.into()),
        }
    }

    /// The HTTP status to answer with.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The JSON body: the contract's answer, or `{"error_message"}` alone
    /// with an error status.
    pub fn body(&self) -> Vec<u8> {
        let body = match &self.content {
            Content::Answer(answer) => serde_json::to_vec(answer),
            Content::Message(message) => serde_json::to_vec(&serde_json::json!({ "error_message": message })),
        };
        body.unwrap_or_default()
    }
}

impl From<CallbackError> for Reply {
    fn from(error: CallbackError) -> Self {
        let status = match error {
            CallbackError::MissingSignature | CallbackError::BadSignature => StatusCode::UNAUTHORIZED,
            CallbackError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::BAD_REQUEST,
        };
        Reply::failed(status, error.to_string())
    }
}

/// An answer the closure decided, remembered for duplicates.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Remembered {
    merchant_reference: types::MerchantReference,
    reply: Reply,
}

/// What handling one delivery gave.
enum Handled {
    /// The closure decided: remember it.
    Decided(Reply),
    /// Anything else: answer, do not remember.
    Once(Reply),
}

impl Handled {
    fn into_reply(self) -> Reply {
        match self {
            Handled::Decided(reply) | Handled::Once(reply) => reply,
        }
    }
}

/// Receives iHela's bill callback: checks the optional signature, decodes
/// the body, asks the merchant what it billed under the bill's merchant
/// reference, confirms the bill with iHela's bill check (which carries the
/// amount), hands a bill paid for that amount to the merchant's closure, and
/// answers in the contract's shape.
///
/// What it answers, and why:
///
/// | the callback | what was billed | iHela (bill check) says | the merchant's closure | reply |
/// |---|---|---|---|---|
/// | signature missing or wrong (key configured) | – | – | – | 401 |
/// | empty, not JSON, wrong field types | – | – | – | 400 |
/// | larger than [`MAX_CALLBACK_BODY`](super::MAX_CALLBACK_BODY) | – | – | – | 413 |
/// | any | cannot be told now (the lookup failed) | – | – | 503 |
/// | any | any | another bill or merchant reference; or the bill is unknown | – | 422 |
/// | any | any | cannot be asked now (network, 5xx, 429, auth, code `07`) | – | 503 |
/// | any | an amount | paid, for that amount | accepts | 200 `{"error": false}` |
/// | any | an amount | paid, for that amount | refuses | 200 `{"error": true}`: iHela refunds |
/// | any | an amount | paid, for that amount | fails (error or panic) | 503 |
/// | any | an amount | paid, for another amount | – | 200 `{"error": true}`: iHela refunds |
/// | any | nothing (not an order of the merchant's) | paid | – | 200 `{"error": true}`: iHela refunds |
/// | any | any | paid, without an amount | – | 503 |
/// | claims paid | any | pending or unknown status | – | 503 |
/// | claims paid | any | expired or failed | – | 409 |
/// | reports a failure | any | not paid | – | 200 `{"error": false}` (noted) |
///
/// So a payment is accepted only when iHela confirms it paid for the
/// amount billed, and refused (refunded) only when iHela confirms it paid
/// for another one, or for nothing the merchant billed, or when the
/// merchant's closure refuses it. Anything transient answers an HTTP error
/// status instead, so that iHela can deliver again; error statuses carry
/// only `{"error_message"}` and never an `error` field that could be read as
/// a verdict.
///
/// **Duplicates.** The answer decided is remembered per bill code (with its
/// merchant reference), in memory, for the last
/// [`DEFAULT_REMEMBERED_ANSWERS`] bills: the same callback delivered again,
/// even concurrently, gets the same answer and the closure is called at most
/// once per bill. Only decided answers are remembered; a 503 is not, so a
/// later delivery tries again. That memory is per process and does not
/// survive a restart: on more than one server, or to survive restarts, give
/// the handler a shared store with [`CallbackHandler::store`] (SQLite for
/// one server, PostgreSQL for many), and a bill is decided once across
/// them.
///
/// ```no_run
/// use std::convert::Infallible;
///
/// use ihela::callback::{CallbackHandler, Decision};
/// use ihela::Francs;
///
/// # fn build(client: ihela::Client) {
/// let handler = CallbackHandler::new(
///     client,
///     // What you billed under this reference, from your records.
///     |reference| async move { Ok::<_, Infallible>(Francs::new(2000).ok()) },
///     |payment| async move {
///         // Paid, for that amount: record it under its bill code, once.
///         println!("paid: {} for {}", payment.bill_code, payment.merchant_reference);
///         Ok::<_, Infallible>(Decision::Accept)
///     },
/// );
/// # let _ = handler;
/// # }
/// ```
#[must_use = "a handler does nothing until it handles a request or is mounted"]
pub struct CallbackHandler {
    client: Client,
    billed: Arc<Billed>,
    accept: Arc<Accept>,
    signature_key: Option<SignatureKey>,
    answers: Decisions<types::BillCode, Remembered>,
}

impl fmt::Debug for CallbackHandler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallbackHandler")
            .field("client", &self.client)
            .field("signature_key", &self.signature_key)
            .field("answers", &self.answers)
            .finish_non_exhaustive()
    }
}

impl CallbackHandler {
    /// A handler confirming with `client` (its PIN goes with bill check).
    ///
    /// `billed` tells the amount the merchant billed under a merchant
    /// reference, from its own records: `None` when the reference is not one
    /// of its orders. `accept` is asked about each bill iHela confirms paid
    /// for that amount and returns the merchant's [`Decision`]. Either may
    /// return an error when it cannot answer now (the handler then answers
    /// 503, and iHela delivers again).
    pub fn new<B, BFut, A, AFut, E1, E2>(client: Client, billed: B, accept: A) -> Self
    where
        B: Fn(types::MerchantReference) -> BFut + Send + Sync + 'static,
        BFut: Future<Output = Result<Option<Francs>, E1>> + Send + 'static,
        E1: Into<MerchantError>,
        A: Fn(Confirmed) -> AFut + Send + Sync + 'static,
        AFut: Future<Output = Result<Decision, E2>> + Send + 'static,
        E2: Into<MerchantError>,
    {
        let billed = move |reference| billed(reference).map(|amount| amount.map_err(Into::into)).boxed();
        let accept = move |payment| accept(payment).map(|decision| decision.map_err(Into::into)).boxed();
        Self {
            client,
            billed: Arc::new(billed),
            accept: Arc::new(accept),
            signature_key: None,
            answers: Decisions::Memory(Memory::new(DEFAULT_REMEMBERED_ANSWERS)),
        }
    }

    /// Requires the `X-iHela-Signature` header, checked under `key`.
    pub fn signature_key(mut self, key: SignatureKey) -> Self {
        self.signature_key = Some(key);
        self
    }

    /// How many bill codes' answers to remember for duplicates (default
    /// [`DEFAULT_REMEMBERED_ANSWERS`]); `0` turns deduplication off, and the
    /// closure is then asked on every delivery of a paid bill.
    pub fn remember_answers(mut self, bills: usize) -> Self {
        self.answers = Decisions::Memory(Memory::new(bills));
        self
    }

    /// Keeps the decided answers in `store`, which every replica of the
    /// merchant shares and which outlives restarts, instead of this
    /// process's memory: a bill is decided once across them, and a replica
    /// that died deciding one is taken over after its lease. A delivery the
    /// store cannot record, or one another replica is deciding, gets 503
    /// (iHela delivers again).
    pub fn store(mut self, store: Durable) -> Self {
        self.answers = Decisions::Durable(store, "ihela");
        self
    }

    /// Handles one delivery: `signature` is the `X-iHela-Signature` header
    /// if any, `body` the raw request body.
    pub async fn handle(&self, signature: Option<&str>, body: &[u8]) -> Reply {
        let signed = match &self.signature_key {
            Some(key) => key.verify(body, signature),
            None => Ok(()),
        };
        let callback = match signed.and_then(|()| decode_callback(body)) {
            Ok(callback) => callback,
            Err(error) => {
                tracing::warn!(%error, "callback refused");
                return error.into();
            }
        };
        let hint = PaymentHint::from(&callback);
        self.handle_once(hint).await
    }

    /// Handles `hint` at most once per bill code: a decided answer is
    /// remembered and given again to the same bill and merchant reference.
    async fn handle_once(&self, hint: PaymentHint) -> Reply {
        let decide = || async {
            match self.decide(&hint).await {
                Handled::Decided(reply) => Ok(Remembered {
                    merchant_reference: hint.merchant_reference.clone(),
                    reply,
                }),
                Handled::Once(reply) => Err(reply),
            }
        };
        let busy = |busy: Busy| {
            let message = match busy {
                Busy::InProgress => "another delivery is deciding this bill; deliver again later".to_owned(),
                Busy::Unavailable(error) => {
                    tracing::error!(bill_code = %hint.bill_code, %error, "callback not recorded: the store is down");
                    "the callback cannot be recorded now; deliver again later".to_owned()
                }
            };
            Reply::failed(StatusCode::SERVICE_UNAVAILABLE, message)
        };
        let decided = self.answers.once(&hint.bill_code, decide, busy).await;
        match decided {
            Ok(remembered) if remembered.merchant_reference == hint.merchant_reference => {
                tracing::debug!(bill_code = %hint.bill_code, "callback answered as decided");
                remembered.reply
            }
            // Another merchant reference for a decided bill: confirming it
            // shows the mismatch; never the remembered answer.
            Ok(_) => self.decide(&hint).await.into_reply(),
            Err(reply) => reply,
        }
    }

    /// Confirms `hint` with iHela and, for a bill paid for the amount
    /// billed, asks the closure.
    async fn decide(&self, hint: &PaymentHint) -> Handled {
        let bill_code = &hint.bill_code;
        let billed = match catching((self.billed)(hint.merchant_reference.clone())).await {
            Ok(billed) => billed,
            Err(reason) => {
                tracing::warn!(%bill_code, %reason, "the merchant could not tell what it billed");
                return Handled::Once(merchant_unavailable());
            }
        };
        let bill = match self.client.confirm_bill(hint).await {
            Ok(bill) => bill,
            Err(error) => return Handled::Once(unconfirmed(hint, &error)),
        };
        let status = &bill.status;
        match (bill.outcome(), hint.claims_paid) {
            (PaymentOutcome::Paid { .. }, _) => {}
            (_, false) => return Handled::Once(Reply::answered(&Decision::Accept)),
            (PaymentOutcome::Pending | PaymentOutcome::Unknown, true) => {
                let message = format!("bill {bill_code} is {status} at iHela, not paid yet; deliver again later");
                return Handled::Once(Reply::failed(StatusCode::SERVICE_UNAVAILABLE, message));
            }
            (PaymentOutcome::Expired | PaymentOutcome::Failed, true) => {
                let message = format!("bill {bill_code} is {status} at iHela, not paid");
                return Handled::Once(Reply::failed(StatusCode::CONFLICT, message));
            }
        }
        let Some(billed) = billed else {
            tracing::warn!(%bill_code, "paid bill under a reference the merchant did not bill: refused, iHela refunds");
            return Handled::Decided(Reply::answered(&Decision::Refuse("Unknown order".into())));
        };
        let confirmed = match billed_amount(bill, billed) {
            Ok(confirmed) => confirmed,
            Err(Error::Mismatch { answered, .. }) => {
                tracing::warn!(%bill_code, %billed, paid = %answered, "paid another amount than billed: refused, iHela refunds");
                let reason = format!("Paid {answered}, billed {}", billed.get());
                return Handled::Decided(Reply::answered(&Decision::Refuse(reason)));
            }
            Err(error) => return Handled::Once(unconfirmed(hint, &error)),
        };
        match catching((self.accept)(confirmed)).await {
            Ok(decision) => {
                match &decision {
                    Decision::Accept => tracing::info!(%bill_code, "paid bill accepted"),
                    Decision::Refuse(reason) => tracing::info!(%bill_code, %reason, "paid bill refused: iHela refunds"),
                }
                Handled::Decided(Reply::answered(&decision))
            }
            Err(reason) => {
                tracing::warn!(%bill_code, %reason, "the merchant could not decide the paid bill");
                Handled::Once(merchant_unavailable())
            }
        }
    }
}

fn merchant_unavailable() -> Reply {
    Reply::failed(
        StatusCode::SERVICE_UNAVAILABLE,
        "the merchant cannot record the payment now; deliver again later",
    )
}

/// The reply when iHela did not confirm the hint: 422 when its answer shows
/// the hint is wrong, 503 when it could not be asked (deliver again later).
fn unconfirmed(hint: &PaymentHint, error: &Error) -> Reply {
    let disproved = match error {
        Error::Mismatch { .. } | Error::InvalidInput(_) => true,
        Error::Refused { refusal, .. } => !refusal.is_transient(),
        Error::Http { status, .. } => {
            status.is_client_error() && !matches!(*status, StatusCode::REQUEST_TIMEOUT | StatusCode::TOO_MANY_REQUESTS)
        }
        _ => false,
    };
    tracing::warn!(bill_code = %hint.bill_code, %error, disproved, "callback not confirmed");
    // The body goes back to whoever sent the callback: no detail of iHela's answer.
    if disproved {
        Reply::failed(StatusCode::UNPROCESSABLE_ENTITY, "iHela does not confirm this bill")
    } else {
        Reply::failed(
            StatusCode::SERVICE_UNAVAILABLE,
            "the bill cannot be confirmed with iHela now; deliver again later",
        )
    }
}
