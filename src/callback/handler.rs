//! A ready callback endpoint, independent of any web framework: give
//! [`CallbackHandler::handle`] the signature header and the raw body, send
//! back the [`Reply`]. With the `axum` feature, `CallbackHandler::into_router`
//! does that for axum.

use std::fmt;
use std::num::NonZeroUsize;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use lru::LruCache;
use reqwest::StatusCode;
use tokio::sync::OnceCell;

use super::confirm::{Confirmed, PaymentHint, PaymentOutcome, Via};
use super::{CallbackError, SignatureKey, callback_answer, decode_callback};
use crate::client::Client;
use crate::error::Error;
use crate::secret::Pin;
use crate::types;

/// How many bill codes' answers a handler remembers by default.
pub const DEFAULT_REMEMBERED_ANSWERS: usize = 10_000;

/// The merchant's verdict on a confirmed payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Keep the payment: answers `"error": false`.
    Accept,
    /// Refuse the payment, with the reason: answers `"error": true` and
    /// iHela refunds the customer.
    Refuse(String),
}

/// An error of the merchant's closure: the payment cannot be decided now
/// (database down...). The handler answers 503 and iHela delivers again.
pub type MerchantError = Box<dyn std::error::Error + Send + Sync>;

type Accept = dyn Fn(Confirmed) -> BoxFuture<'static, Result<Decision, MerchantError>> + Send + Sync;

/// The answer to one callback delivery: an HTTP status and a JSON body.
#[derive(Debug, Clone)]
pub struct Reply {
    status: StatusCode,
    content: Content,
}

/// What a reply's body says.
#[derive(Debug, Clone)]
enum Content {
    /// The contract's answer: a verdict.
    Answer(types::BillCallbackAnswer),
    /// Why there is no verdict.
    Message(String),
}

impl Reply {
    /// HTTP 200 with the contract's answer.
    fn answered(accepted: bool, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::OK,
            content: Content::Answer(callback_answer(accepted, message)),
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
#[derive(Debug)]
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

type Answers = Mutex<LruCache<types::BillCode, Arc<OnceCell<Remembered>>>>;

/// A memory of the last `bills` decided answers; none for 0.
fn remember(bills: usize) -> Option<Answers> {
    NonZeroUsize::new(bills).map(|cap| Mutex::new(LruCache::new(cap)))
}

/// Receives iHela's bill callback: checks the optional signature, decodes
/// the body, confirms the bill with iHela, hands a paid bill to the
/// merchant's closure, and answers in the contract's shape.
///
/// What it answers, and why:
///
/// | the callback | iHela (bill verify) says | the merchant's closure | reply |
/// |---|---|---|---|
/// | signature missing or wrong (key configured) | – | – | 401 |
/// | empty, not JSON, wrong field types | – | – | 400 |
/// | larger than [`MAX_CALLBACK_BODY`](super::MAX_CALLBACK_BODY) | – | – | 413 |
/// | any | another bill, merchant reference or amount; or the bill is unknown | – | 422 |
/// | any | cannot be asked now (network, 5xx, 429, auth, code `07`) | – | 503 |
/// | any | paid | accepts | 200 `{"error": false}` |
/// | any | paid | refuses | 200 `{"error": true}`: iHela refunds |
/// | any | paid | fails (error or panic) | 503 |
/// | claims paid | pending or unknown status | – | 503 |
/// | claims paid | expired or failed | – | 409 |
/// | reports a failure | not paid | – | 200 `{"error": false}` (noted) |
///
/// `"error": true` makes iHela refund the customer, so it is only ever the
/// merchant's own refusal. Anything transient answers an HTTP error status
/// instead, so that iHela can deliver again; error statuses carry only
/// `{"error_message"}` and never an `error` field that could be read as a
/// verdict.
///
/// **Duplicates.** The answer decided by the closure is remembered per bill
/// code (with its merchant reference), in memory, for the last
/// [`DEFAULT_REMEMBERED_ANSWERS`] bills: the same callback delivered again,
/// even concurrently, gets the same answer and the closure is called at most
/// once per bill. Only decided answers are remembered; a 503 is not, so a
/// later delivery tries again. The memory does not survive a restart and is
/// per process: the merchant's own store must still record a bill code once
/// (a unique key), which is what makes a delivery after a restart harmless.
///
/// ```no_run
/// use ihela::callback::{CallbackHandler, Decision};
///
/// # fn build(client: ihela::Client) {
/// let handler = CallbackHandler::new(client, |payment| async move {
///     // Record the payment under its bill code, once (a unique key).
///     println!("paid: {} for {}", payment.bill_code, payment.merchant_reference);
///     Ok::<_, std::io::Error>(Decision::Accept)
/// });
/// # let _ = handler;
/// # }
/// ```
#[must_use = "a handler does nothing until it handles a request or is mounted"]
pub struct CallbackHandler {
    client: Client,
    accept: Arc<Accept>,
    signature_key: Option<SignatureKey>,
    via: Via,
    answers: Option<Answers>,
}

impl fmt::Debug for CallbackHandler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallbackHandler")
            .field("client", &self.client)
            .field("signature_key", &self.signature_key)
            .field("via", &self.via)
            .field("remembers", &self.answers.as_ref().map(|a| lock(a).cap()))
            .finish_non_exhaustive()
    }
}

impl CallbackHandler {
    /// A handler confirming with `client` and asking `accept` about each
    /// paid bill. `accept` returns the merchant's [`Decision`], or an error
    /// when it cannot decide now (the handler then answers 503).
    pub fn new<F, Fut, E>(client: Client, accept: F) -> Self
    where
        F: Fn(Confirmed) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Decision, E>> + Send + 'static,
        E: Into<MerchantError>,
    {
        let accept = move |payment| accept(payment).map(|decision| decision.map_err(Into::into)).boxed();
        Self {
            client,
            accept: Arc::new(accept),
            signature_key: None,
            via: Via::BillVerify,
            answers: remember(DEFAULT_REMEMBERED_ANSWERS),
        }
    }

    /// Requires the `X-iHela-Signature` header, checked under `key`.
    pub fn signature_key(mut self, key: SignatureKey) -> Self {
        self.signature_key = Some(key);
        self
    }

    /// Confirms with bill check (the later generation) instead of bill verify.
    pub fn via_bill_check(mut self, pin: Option<Pin>) -> Self {
        self.via = Via::BillCheck(pin);
        self
    }

    /// How many bill codes' answers to remember for duplicates (default
    /// [`DEFAULT_REMEMBERED_ANSWERS`]); `0` turns deduplication off, and the
    /// closure is then asked on every delivery of a paid bill.
    pub fn remember_answers(mut self, bills: usize) -> Self {
        self.answers = remember(bills);
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
        match &self.answers {
            Some(answers) => self.handle_once(answers, hint).await,
            None => self.decide(&hint).await.into_reply(),
        }
    }

    /// Handles `hint` at most once per bill code: a decided answer is
    /// remembered and given again to the same bill and merchant reference.
    async fn handle_once(&self, answers: &Answers, hint: PaymentHint) -> Reply {
        let cell = lock(answers)
            .get_or_insert(hint.bill_code.clone(), Default::default)
            .clone();
        let decided = cell
            .get_or_try_init(|| async {
                match self.decide(&hint).await {
                    Handled::Decided(reply) => Ok(Remembered {
                        merchant_reference: hint.merchant_reference.clone(),
                        reply,
                    }),
                    Handled::Once(reply) => Err(reply),
                }
            })
            .await;
        match decided {
            Ok(remembered) if remembered.merchant_reference == hint.merchant_reference => {
                tracing::debug!(bill_code = %hint.bill_code, "callback answered as decided");
                remembered.reply.clone()
            }
            // Another merchant reference for a decided bill: confirming it
            // shows the mismatch; never the remembered answer.
            Ok(_) => self.decide(&hint).await.into_reply(),
            Err(reply) => {
                forget_undecided(answers, &hint.bill_code, &cell);
                reply
            }
        }
    }

    /// Confirms `hint` with iHela and, for a paid bill, asks the closure.
    async fn decide(&self, hint: &PaymentHint) -> Handled {
        let confirmed = match self.client.confirm(hint.clone()).via(self.via.clone()).send().await {
            Ok(confirmed) => confirmed,
            Err(error) => return Handled::Once(unconfirmed(hint, &error)),
        };
        let status = &confirmed.status;
        let bill = &hint.bill_code;
        match (&confirmed.outcome, hint.claims_paid) {
            (PaymentOutcome::Paid { .. }, _) => {}
            (_, false) => return Handled::Once(Reply::answered(true, "Noted")),
            (PaymentOutcome::Pending | PaymentOutcome::Unknown, true) => {
                let message = format!("bill {bill} is {status} at iHela, not paid yet; deliver again later");
                return Handled::Once(Reply::failed(StatusCode::SERVICE_UNAVAILABLE, message));
            }
            (PaymentOutcome::Expired | PaymentOutcome::Failed, true) => {
                let message = format!("bill {bill} is {status} at iHela, not paid");
                return Handled::Once(Reply::failed(StatusCode::CONFLICT, message));
            }
        }
        let decision = AssertUnwindSafe((self.accept)(confirmed)).catch_unwind().await;
        match decision {
            Ok(Ok(Decision::Accept)) => {
                tracing::info!(bill_code = %bill, "paid bill accepted");
                Handled::Decided(Reply::answered(true, "Success"))
            }
            Ok(Ok(Decision::Refuse(reason))) => {
                tracing::info!(bill_code = %bill, %reason, "paid bill refused: iHela refunds");
                Handled::Decided(Reply::answered(false, reason))
            }
            Ok(Err(error)) => {
                tracing::warn!(bill_code = %bill, %error, "the merchant could not decide the paid bill");
                Handled::Once(merchant_unavailable())
            }
            Err(_panic) => {
                tracing::error!(bill_code = %bill, "the merchant's callback closure panicked");
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

/// Drops the entry of a bill nobody decided, unless another delivery holds
/// it: only decided bills occupy the memory.
fn forget_undecided(answers: &Answers, bill_code: &types::BillCode, cell: &Arc<OnceCell<Remembered>>) {
    let mut answers = lock(answers);
    let unused = answers
        .peek(bill_code)
        .is_some_and(|entry| Arc::ptr_eq(entry, cell) && Arc::strong_count(cell) == 2 && !cell.initialized());
    if unused {
        answers.pop(bill_code);
    }
}

/// Locks the memory; a panic elsewhere while it was held leaves it usable.
fn lock(answers: &Answers) -> MutexGuard<'_, LruCache<types::BillCode, Arc<OnceCell<Remembered>>>> {
    answers.lock().unwrap_or_else(PoisonError::into_inner)
}
