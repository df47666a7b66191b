//! MoMo's callbacks: MTN sends one, once, unsigned and without retry
//! (MTN-CB), and it may not carry the request's reference. So the
//! reference goes in the callback URL ([`callback_url`]), and a delivery is
//! only a hint: [`Callbacks`] reads the request's status from MTN before the
//! merchant's closure may act, once per request, however many deliveries
//! (even forged or concurrent ones) arrive. A callback that never comes is
//! covered by [`poll::until_final`](crate::poll::until_final).
//!
//! With the `axum` feature, `Callbacks::into_router` mounts the handler for
//! POST (v1 operations) and PUT (v2).

#[cfg(feature = "axum")]
mod axum;

use std::fmt;

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
pub use pesa_core::CallbackError;
pub use pesa_core::callback::Durable;
pub use pesa_core::callback::MAX_CALLBACK_BODY;
use pesa_core::callback::{Busy, DEFAULT_REMEMBERED_ANSWERS, Decisions, MerchantError, Remembered, catching};
use reqwest::StatusCode;
use rust_decimal::Decimal;

use crate::outcome::{Outcome, Transaction};
use crate::types::{self, ReferenceId};
use crate::{Collection, Currency, Disbursement, Remittance};

/// What a callback is about: the kind of request, as the path segment of
/// its URL names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CallbackKind {
    /// A request to pay (collection).
    RequestToPay,
    /// A request to withdraw (collection).
    RequestToWithdraw,
    /// A deposit (disbursement).
    Deposit,
    /// A transfer (disbursement).
    Transfer,
    /// A refund (disbursement).
    Refund,
    /// A transfer (remittance).
    RemittanceTransfer,
    /// A cash transfer (remittance).
    CashTransfer,
}

impl CallbackKind {
    /// Every kind.
    pub const ALL: [CallbackKind; 7] = [
        CallbackKind::RequestToPay,
        CallbackKind::RequestToWithdraw,
        CallbackKind::Deposit,
        CallbackKind::Transfer,
        CallbackKind::Refund,
        CallbackKind::RemittanceTransfer,
        CallbackKind::CashTransfer,
    ];

    /// Its path segment (`request-to-pay`).
    pub fn segment(self) -> &'static str {
        match self {
            CallbackKind::RequestToPay => "request-to-pay",
            CallbackKind::RequestToWithdraw => "request-to-withdraw",
            CallbackKind::Deposit => "deposit",
            CallbackKind::Transfer => "transfer",
            CallbackKind::Refund => "refund",
            CallbackKind::RemittanceTransfer => "remittance-transfer",
            CallbackKind::CashTransfer => "cash-transfer",
        }
    }

    /// The kind a path segment names.
    pub fn from_segment(segment: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.segment() == segment)
    }
}

/// The callback URL of the request `reference` of `kind`, under `base` (the
/// merchant's callback root, on the API user's callback host):
/// `{base}/{kind}/{reference}`. Give it to the request's `callback_url`.
pub fn callback_url(base: &str, kind: CallbackKind, reference: &ReferenceId) -> String {
    format!("{}/{}/{}", base.trim_end_matches('/'), kind.segment(), reference)
}

/// A request that ended, as MTN confirmed it (not as a callback claimed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settlement {
    /// What the request was.
    pub kind: CallbackKind,
    /// Its reference.
    pub reference: ReferenceId,
    /// How it ended (final: successful or failed).
    pub outcome: Outcome,
    /// Its amount, as MTN holds it: compare it with your order.
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
    /// Your `externalId`, as MTN echoes it.
    pub external_id: Option<String>,
}

impl Settlement {
    fn of(kind: CallbackKind, reference: ReferenceId, request: &impl Transaction) -> Self {
        Self {
            kind,
            reference,
            outcome: request.outcome(),
            amount: request.amount(),
            currency: request.currency(),
            external_id: request.external_id().map(str::to_owned),
        }
    }
}

/// The key a request's answer is decided under: its kind and reference
/// (`request-to-pay/<reference>` in a store).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Decided(CallbackKind, ReferenceId);

impl fmt::Display for Decided {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.0.segment(), self.1)
    }
}

/// The answer to one delivery: an HTTP status and a JSON body.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reply {
    #[serde(with = "pesa_core::callback::status_code")]
    status: StatusCode,
    body: serde_json::Value,
}

impl Reply {
    fn new(status: StatusCode, message: &str) -> Self {
        Self {
            status,
            body: serde_json::json!({ "message": message }),
        }
    }

    /// The HTTP status to answer with.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The JSON body.
    pub fn body(&self) -> Vec<u8> {
        serde_json::to_vec(&self.body).unwrap_or_default()
    }
}

impl From<CallbackError> for Reply {
    fn from(error: CallbackError) -> Self {
        let status = match error {
            CallbackError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::BAD_REQUEST,
        };
        Reply::new(status, &error.to_string())
    }
}

type Settled = dyn Fn(Settlement) -> BoxFuture<'static, Result<(), MerchantError>> + Send + Sync;

/// The merchant's callback endpoint: the product clients that confirm
/// deliveries, and the closure that fulfils what MTN confirmed.
///
/// ```no_run
/// use std::convert::Infallible;
///
/// use momo::callback::Callbacks;
/// use momo::Outcome;
///
/// # fn build(collection: momo::Collection) {
/// let callbacks = Callbacks::new(|settled| async move {
///     if let Outcome::Successful { .. } = settled.outcome {
///         println!("{} paid {} {}", settled.reference, settled.amount, settled.currency);
///     }
///     Ok::<_, Infallible>(())
/// })
/// .collection(collection);
/// # let _ = callbacks;
/// # }
/// ```
#[must_use = "callbacks do nothing until they handle a request or are mounted"]
pub struct Callbacks {
    collection: Option<Collection>,
    disbursement: Option<Disbursement>,
    remittance: Option<Remittance>,
    settled: Box<Settled>,
    answers: Decisions<Decided, Reply>,
}

impl fmt::Debug for Callbacks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Callbacks")
            .field("collection", &self.collection.is_some())
            .field("disbursement", &self.disbursement.is_some())
            .field("remittance", &self.remittance.is_some())
            .finish_non_exhaustive()
    }
}

impl Callbacks {
    /// Callbacks whose confirmed, final requests go to `settled`, once per
    /// request. Its error (or panic) answers 503, and a later delivery or
    /// [`Callbacks::handle`] call decides again.
    pub fn new<E, Fut>(settled: impl Fn(Settlement) -> Fut + Send + Sync + 'static) -> Self
    where
        Fut: Future<Output = Result<(), E>> + Send + 'static,
        E: Into<MerchantError> + 'static,
    {
        Self {
            collection: None,
            disbursement: None,
            remittance: None,
            settled: Box::new(move |settlement| settled(settlement).map(|r| r.map_err(Into::into)).boxed()),
            answers: Decisions::Memory(Remembered::new(DEFAULT_REMEMBERED_ANSWERS)),
        }
    }

    /// Confirms requests to pay and to withdraw with `collection`.
    pub fn collection(mut self, collection: Collection) -> Self {
        self.collection = Some(collection);
        self
    }

    /// Confirms deposits, transfers and refunds with `disbursement`.
    pub fn disbursement(mut self, disbursement: Disbursement) -> Self {
        self.disbursement = Some(disbursement);
        self
    }

    /// Confirms remittance transfers and cash transfers with `remittance`.
    pub fn remittance(mut self, remittance: Remittance) -> Self {
        self.remittance = Some(remittance);
        self
    }

    /// How many requests' answers are remembered (default 10,000; 0 for
    /// none), in this process's memory.
    pub fn remember(mut self, requests: usize) -> Self {
        self.answers = Decisions::Memory(Remembered::new(requests));
        self
    }

    /// Keeps the decided answers in `store`, which every replica of the
    /// merchant shares and which outlives restarts, instead of this
    /// process's memory: a request is fulfilled once across them, and a
    /// replica that died deciding one is taken over after its lease. A
    /// delivery the store cannot record, or one another replica is
    /// deciding, gets 503.
    pub fn store(mut self, store: Durable) -> Self {
        self.answers = Decisions::Durable(store, "momo");
        self
    }

    /// Handles one delivery to `{kind}/{reference}` with `body`: the body
    /// must be a request's result (else 400), then MTN is asked how the
    /// request stands. Final, the merchant's closure gets it once and the
    /// answer is 200; still pending (a forged or early callback), 202 and
    /// nothing else; MTN not answering or the closure failing, 503.
    pub async fn handle(&self, kind: CallbackKind, reference: ReferenceId, body: &[u8]) -> Reply {
        if let Err(error) = decode(kind, body) {
            tracing::warn!(kind = kind.segment(), %error, "callback refused");
            return error.into();
        }
        let key = Decided(kind, reference.clone());
        let busy = |busy: Busy| match busy {
            Busy::InProgress => Reply::new(StatusCode::SERVICE_UNAVAILABLE, "another delivery is deciding it"),
            Busy::Unavailable(error) => {
                tracing::error!(kind = kind.segment(), %error, "callback not recorded: the store is down");
                Reply::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the callback could not be recorded now",
                )
            }
        };
        let decided = self.answers.once(&key, || self.decide(kind, reference), busy).await;
        decided.unwrap_or_else(|reply| reply)
    }

    /// Confirms the request with MTN and, when final, hands it to the
    /// merchant: `Ok` is decided (remembered), `Err` is not.
    async fn decide(&self, kind: CallbackKind, reference: ReferenceId) -> Result<Reply, Reply> {
        let confirmed = match self.confirm(kind, &reference).await {
            Some(Ok(settlement)) => settlement,
            Some(Err(error)) => {
                tracing::warn!(kind = kind.segment(), %error, "callback not confirmed: MTN could not be asked");
                return Err(Reply::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the request could not be confirmed now",
                ));
            }
            None => {
                return Err(Reply::new(
                    StatusCode::NOT_FOUND,
                    "no client confirms this kind of request",
                ));
            }
        };
        if !confirmed.outcome.is_final() {
            tracing::info!(
                kind = kind.segment(),
                "callback for a request MTN says is pending: ignored"
            );
            return Err(Reply::new(StatusCode::ACCEPTED, "the request is still pending"));
        }
        match catching((self.settled)(confirmed)).await {
            Ok(()) => Ok(Reply::new(StatusCode::OK, "received")),
            Err(reason) => {
                tracing::error!(kind = kind.segment(), %reason, "the merchant could not take the settlement");
                Err(Reply::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the merchant could not take it now",
                ))
            }
        }
    }

    /// The request as MTN holds it; `None` when no client confirms `kind`.
    async fn confirm(&self, kind: CallbackKind, reference: &ReferenceId) -> Option<crate::Result<Settlement>> {
        let settled = |request: &dyn TransactionOf| request.settlement(kind, reference.clone());
        Some(match kind {
            CallbackKind::RequestToPay => self
                .collection
                .as_ref()?
                .request_to_pay_status(reference)
                .await
                .map(|r| settled(&r)),
            CallbackKind::RequestToWithdraw => self
                .collection
                .as_ref()?
                .request_to_withdraw_status(reference)
                .await
                .map(|r| settled(&r)),
            CallbackKind::Deposit => self
                .disbursement
                .as_ref()?
                .deposit_status(reference)
                .await
                .map(|r| settled(&r)),
            CallbackKind::Transfer => self
                .disbursement
                .as_ref()?
                .transfer_status(reference)
                .await
                .map(|r| settled(&r)),
            CallbackKind::Refund => self
                .disbursement
                .as_ref()?
                .refund_status(reference)
                .await
                .map(|r| settled(&r)),
            CallbackKind::RemittanceTransfer => self
                .remittance
                .as_ref()?
                .transfer_status(reference)
                .await
                .map(|r| settled(&r)),
            CallbackKind::CashTransfer => self
                .remittance
                .as_ref()?
                .cash_transfer_status(reference)
                .await
                .map(|r| settled(&r)),
        })
    }
}

/// A request's result as a settlement, whatever its type.
trait TransactionOf {
    fn settlement(&self, kind: CallbackKind, reference: ReferenceId) -> Settlement;
}

impl<T: Transaction> TransactionOf for T {
    fn settlement(&self, kind: CallbackKind, reference: ReferenceId) -> Settlement {
        Settlement::of(kind, reference, self)
    }
}

/// Decodes a callback body as the result of a request of `kind`.
pub fn decode(kind: CallbackKind, body: &[u8]) -> Result<Outcome, CallbackError> {
    use pesa_core::callback::decode;
    Ok(match kind {
        CallbackKind::RequestToPay | CallbackKind::RequestToWithdraw => {
            decode::<types::RequestToPayResult>(body)?.outcome()
        }
        CallbackKind::CashTransfer => decode::<types::CashTransferResult>(body)?.outcome(),
        CallbackKind::Deposit | CallbackKind::Transfer | CallbackKind::Refund | CallbackKind::RemittanceTransfer => {
            decode::<types::TransferResult>(body)?.outcome()
        }
    })
}
