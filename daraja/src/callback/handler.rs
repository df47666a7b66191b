//! [`Callbacks`]: every callback endpoint of a merchant, independent of any
//! web framework. Give each method the peer's address and the raw body,
//! send back the [`Reply`].

use std::collections::HashMap;
use std::fmt;
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use pesa_core::callback::{Busy, DEFAULT_REMEMBERED_ANSWERS, Decisions, Durable, MerchantError, Remembered, catching};
use reqwest::StatusCode;

use super::c2b::{C2bVerdict, ConfirmedC2b};
use super::results::{ResultKeys, ResultNotice};
use super::stk::{Metadata, StkSettlement};
use super::{Reply, Sources, decode_c2b, decode_result, decode_stk_callback, unavailable};
use crate::business::{Business, StatusQuery, Submitted};
use crate::express::{Express, StkStatus};
use crate::money::Shillings;
use crate::types::{self, ParameterKey};

type Pushed =
    dyn Fn(types::CheckoutRequestId) -> BoxFuture<'static, Result<Option<Shillings>, MerchantError>> + Send + Sync;
type Settled = dyn Fn(StkSettlement) -> BoxFuture<'static, Result<(), MerchantError>> + Send + Sync;
type Known<R> = dyn Fn(ResultKeys) -> BoxFuture<'static, Result<Option<R>, MerchantError>> + Send + Sync;
type OnResult<R> = dyn Fn(R, ResultNotice) -> BoxFuture<'static, Result<(), MerchantError>> + Send + Sync;
type Validate = dyn Fn(types::C2bPayment) -> BoxFuture<'static, Result<C2bVerdict, MerchantError>> + Send + Sync;
type Paid = dyn Fn(ConfirmedC2b) -> BoxFuture<'static, Result<(), MerchantError>> + Send + Sync;

/// A closure of the merchant's, boxed.
fn boxed<A, T, E, Fut>(
    f: impl Fn(A) -> Fut + Send + Sync + 'static,
) -> impl Fn(A) -> BoxFuture<'static, Result<T, MerchantError>>
where
    Fut: Future<Output = Result<T, E>> + Send + 'static,
    E: Into<MerchantError> + 'static,
{
    move |a| f(a).map(|result| result.map_err(Into::into)).boxed()
}

struct StkSide {
    express: Express,
    pushed: Box<Pushed>,
    settled: Box<Settled>,
}

struct ResultSide<R> {
    known: Box<Known<R>>,
    on_result: Box<OnResult<R>>,
}

struct C2bSide {
    business: Business,
    validate: Box<Validate>,
    paid: Box<Paid>,
    /// Confirmations waiting for their status result, by its conversation.
    confirming: Mutex<HashMap<types::ConversationId, types::C2bPayment>>,
}

/// What handling one delivery gave.
enum Handled {
    /// Decided: remember the answer for deliveries of the same payment.
    Decided(Reply),
    /// Anything else: answer, do not remember.
    Once(Reply),
}

/// Every callback of a merchant: STK push, the results of its asynchronous
/// requests (`R` is the merchant's record of a request, handed back with
/// its result), and C2B validation and confirmation. Configure the kinds
/// used; a kind not configured is acknowledged and ignored.
///
/// ```no_run
/// use std::convert::Infallible;
///
/// use daraja::callback::Callbacks;
/// use daraja::{Shillings, StkStatus};
///
/// # fn build(express: daraja::Express) {
/// let callbacks = Callbacks::<()>::new().stk(
///     express,
///     // The amount you pushed for this checkout, from your records.
///     |checkout| async move { Ok::<_, Infallible>(Shillings::new(1500).ok()) },
///     |settled| async move {
///         if settled.status == StkStatus::Paid {
///             println!("{} paid {}", settled.checkout_request_id, settled.amount);
///         }
///         Ok::<_, Infallible>(())
///     },
/// );
/// # let _ = callbacks;
/// # }
/// ```
#[must_use = "callbacks do nothing until they handle a request or are mounted"]
pub struct Callbacks<R = ()> {
    stk: Option<StkSide>,
    results: Option<ResultSide<R>>,
    c2b: Option<C2bSide>,
    sources: Sources,
    stk_answers: Decisions<types::CheckoutRequestId, Reply>,
    result_answers: Decisions<types::ConversationId, Reply>,
    c2b_answers: Decisions<types::TransactionId, Reply>,
}

impl<R> fmt::Debug for Callbacks<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Callbacks")
            .field("stk", &self.stk.is_some())
            .field("results", &self.results.is_some())
            .field("c2b", &self.c2b.is_some())
            .field("sources", &self.sources)
            .finish_non_exhaustive()
    }
}

impl<R: Send + 'static> Default for Callbacks<R> {
    fn default() -> Self {
        Self::new()
    }
}

impl<R: Send + 'static> Callbacks<R> {
    /// No kind configured yet; answers remembered for the last
    /// [`DEFAULT_REMEMBERED_ANSWERS`] payments of each kind.
    pub fn new() -> Self {
        Self {
            stk: None,
            results: None,
            c2b: None,
            sources: Sources::default(),
            stk_answers: Decisions::Memory(Remembered::new(DEFAULT_REMEMBERED_ANSWERS)),
            result_answers: Decisions::Memory(Remembered::new(DEFAULT_REMEMBERED_ANSWERS)),
            c2b_answers: Decisions::Memory(Remembered::new(DEFAULT_REMEMBERED_ANSWERS)),
        }
    }

    /// STK callbacks of `express`'s pushes: `pushed` tells the amount the
    /// merchant pushed for a checkout id (`None` when it is not one of its
    /// pushes: the callback is then acknowledged and nothing else);
    /// `settled` is told how a push ended once the STK query confirms it.
    pub fn stk<P, PFut, S, SFut, E1, E2>(mut self, express: Express, pushed: P, settled: S) -> Self
    where
        P: Fn(types::CheckoutRequestId) -> PFut + Send + Sync + 'static,
        PFut: Future<Output = Result<Option<Shillings>, E1>> + Send + 'static,
        E1: Into<MerchantError> + 'static,
        S: Fn(StkSettlement) -> SFut + Send + Sync + 'static,
        SFut: Future<Output = Result<(), E2>> + Send + 'static,
        E2: Into<MerchantError> + 'static,
    {
        self.stk = Some(StkSide {
            express,
            pushed: Box::new(boxed(pushed)),
            settled: Box::new(boxed(settled)),
        });
        self
    }

    /// Results of the merchant's asynchronous requests: `known` finds the
    /// merchant's record of the request with these keys (`None` when there
    /// is none: the result is acknowledged and nothing else), and
    /// `on_result` gets it back with the result.
    pub fn results<K, KFut, O, OFut, E1, E2>(mut self, known: K, on_result: O) -> Self
    where
        K: Fn(ResultKeys) -> KFut + Send + Sync + 'static,
        KFut: Future<Output = Result<Option<R>, E1>> + Send + 'static,
        E1: Into<MerchantError> + 'static,
        O: Fn(R, ResultNotice) -> OFut + Send + Sync + 'static,
        OFut: Future<Output = Result<(), E2>> + Send + 'static,
        E2: Into<MerchantError> + 'static,
    {
        let on_result = move |r: R, notice: ResultNotice| on_result(r, notice).map(|o| o.map_err(Into::into)).boxed();
        self.results = Some(ResultSide {
            known: Box::new(boxed(known)),
            on_result: Box::new(on_result),
        });
        self
    }

    /// C2B payments to the merchant's shortcode: `validate` answers
    /// validation requests; `paid` is told of a payment once `business`'s
    /// transaction status query of its receipt confirms it (that query's
    /// result arrives on the result URL, so [`Callbacks::result`] must be
    /// mounted too).
    pub fn c2b<V, VFut, P, PFut, E1, E2>(mut self, business: Business, validate: V, paid: P) -> Self
    where
        V: Fn(types::C2bPayment) -> VFut + Send + Sync + 'static,
        VFut: Future<Output = Result<C2bVerdict, E1>> + Send + 'static,
        E1: Into<MerchantError> + 'static,
        P: Fn(ConfirmedC2b) -> PFut + Send + Sync + 'static,
        PFut: Future<Output = Result<(), E2>> + Send + 'static,
        E2: Into<MerchantError> + 'static,
    {
        self.c2b = Some(C2bSide {
            business,
            validate: Box::new(boxed(validate)),
            paid: Box::new(boxed(paid)),
            confirming: Mutex::new(HashMap::new()),
        });
        self
    }

    /// Only these source addresses may deliver callbacks (Safaricom
    /// publishes its list to its partners); others get 403. All may, when
    /// none are given (the default).
    pub fn allow_sources(mut self, addresses: impl IntoIterator<Item = IpAddr>) -> Self {
        self.sources = Sources(addresses.into_iter().collect());
        self
    }

    /// How many payments' answers to remember per kind (default
    /// [`DEFAULT_REMEMBERED_ANSWERS`]); `0` decides every delivery again.
    pub fn remember_answers(mut self, payments: usize) -> Self {
        self.stk_answers = Decisions::Memory(Remembered::new(payments));
        self.result_answers = Decisions::Memory(Remembered::new(payments));
        self.c2b_answers = Decisions::Memory(Remembered::new(payments));
        self
    }

    /// Keeps the decided answers in `store`, which every replica of the
    /// merchant shares and which outlives restarts, instead of this
    /// process's memory: a push, result or C2B payment is handled once
    /// across them, and a replica that died handling one is taken over
    /// after its lease. A delivery the store cannot record, or one another
    /// replica is handling, gets 503 (Daraja delivers again).
    ///
    /// A C2B confirmation waits in the memory of the replica that asked
    /// its status for that status's result: give each replica's
    /// [`Business`] its own result URL, so the result comes back to it.
    pub fn store(mut self, store: Durable) -> Self {
        self.stk_answers = Decisions::Durable(store.clone(), "mpesa/stk");
        self.result_answers = Decisions::Durable(store.clone(), "mpesa/result");
        self.c2b_answers = Decisions::Durable(store, "mpesa/c2b");
        self
    }

    /// The gate every delivery passes: the source, then the body.
    fn admitted<T>(&self, peer: Option<IpAddr>, decoded: Result<T, super::CallbackError>) -> Result<T, Reply> {
        if !self.sources.allows(peer) {
            tracing::warn!(?peer, "callback from an address not allowed: refused");
            return Err(Reply::failed(
                StatusCode::FORBIDDEN,
                "this address may not deliver callbacks",
            ));
        }
        decoded.map_err(|error| {
            tracing::warn!(%error, "callback refused");
            Reply::from(error)
        })
    }

    /// An STK callback: confirmed with the STK query, then settled once.
    pub async fn stk_callback(&self, peer: Option<IpAddr>, body: &[u8]) -> Reply {
        let outcome = match self.admitted(peer, decode_stk_callback(body)) {
            Ok(outcome) => outcome,
            Err(reply) => return reply,
        };
        let Some(side) = &self.stk else {
            return Reply::acknowledged();
        };
        let key = outcome.checkout_request_id.clone();
        once(&self.stk_answers, &key, || side.decide(outcome)).await
    }

    /// A result: a C2B confirmation's status result, or the result of one
    /// of the merchant's requests, handled once.
    pub async fn result(&self, peer: Option<IpAddr>, body: &[u8]) -> Reply {
        let notice = match self.admitted(peer, decode_result(body)) {
            Ok(notice) => notice,
            Err(reply) => return reply,
        };
        let key = notice.keys.conversation_id.clone();
        if let Some(c2b) = &self.c2b
            && let Some(payment) = c2b.waiting(&key)
        {
            return once(&self.result_answers, &key, || c2b.confirmed(payment, notice)).await;
        }
        let Some(side) = &self.results else {
            return Reply::acknowledged();
        };
        once(&self.result_answers, &key, || side.deliver(notice)).await
    }

    /// A queue timeout notice: acknowledged and logged (its body has no
    /// published shape); the request's result, if any, comes separately.
    pub async fn queue_timeout(&self, peer: Option<IpAddr>, body: &[u8]) -> Reply {
        let notice = pesa_core::callback::decode::<serde_json::Value>(body);
        match self.admitted(peer, notice) {
            Ok(_) => {
                tracing::warn!("a request timed out in M-Pesa's queue");
                Reply::acknowledged()
            }
            Err(reply) => reply,
        }
    }

    /// A C2B validation request: the merchant's verdict.
    pub async fn validation(&self, peer: Option<IpAddr>, body: &[u8]) -> Reply {
        let payment = match self.admitted(peer, decode_c2b(body)) {
            Ok(payment) => payment,
            Err(reply) => return reply,
        };
        let Some(side) = &self.c2b else {
            return verdict(&C2bVerdict::Accept);
        };
        match catching((side.validate)(payment)).await {
            Ok(decided) => verdict(&decided),
            Err(reason) => {
                tracing::warn!(%reason, "the merchant could not validate a C2B payment");
                unavailable("the merchant cannot validate the payment now")
            }
        }
    }

    /// A C2B confirmation: acknowledged once its receipt's status query is
    /// accepted; the merchant hears of it when that query's result confirms it.
    pub async fn confirmation(&self, peer: Option<IpAddr>, body: &[u8]) -> Reply {
        let payment = match self.admitted(peer, decode_c2b(body)) {
            Ok(payment) => payment,
            Err(reply) => return reply,
        };
        let Some(side) = &self.c2b else {
            return Reply::acknowledged();
        };
        let key = payment.trans_id.clone();
        once(&self.c2b_answers, &key, || side.confirm(payment)).await
    }
}

/// The answer decided for `key`, or `decide`'s; 503 when the store has none
/// to give (another replica deciding, or the store down).
async fn once<K, Fut>(decisions: &Decisions<K, Reply>, key: &K, decide: impl FnOnce() -> Fut) -> Reply
where
    K: std::hash::Hash + Eq + Clone + fmt::Display,
    Fut: Future<Output = Handled>,
{
    let decide = || async {
        match decide().await {
            Handled::Decided(reply) => Ok(reply),
            Handled::Once(reply) => Err(reply),
        }
    };
    let busy = |busy: Busy| match busy {
        Busy::InProgress => unavailable("another delivery is handling this payment"),
        Busy::Unavailable(error) => {
            tracing::error!(%key, %error, "callback not recorded: the store is down");
            unavailable("the callback cannot be recorded now")
        }
    };
    decisions.once(key, decide, busy).await.unwrap_or_else(|reply| reply)
}

/// The answer to a validation request.
fn verdict(decided: &C2bVerdict) -> Reply {
    let (result_code, result_desc) = match decided {
        C2bVerdict::Accept => (types::C2bValidationCode::Accepted, "Accepted"),
        C2bVerdict::Reject(code) => (code.clone(), "Rejected"),
    };
    let answer = types::C2bValidationAnswer {
        result_code,
        result_desc: result_desc.to_owned(),
        third_party_trans_id: None,
    };
    Reply::json(StatusCode::OK, &answer)
}

impl StkSide {
    /// Confirms `outcome`'s push with the STK query and settles it.
    async fn decide(&self, outcome: types::StkOutcome) -> Handled {
        let checkout = outcome.checkout_request_id.clone();
        let amount = match catching((self.pushed)(checkout.clone())).await {
            Ok(Some(amount)) => amount,
            Ok(None) => {
                tracing::warn!(%checkout, "STK callback for a push the merchant did not make: ignored");
                return Handled::Once(Reply::acknowledged());
            }
            Err(reason) => {
                tracing::warn!(%checkout, %reason, "the merchant could not tell what it pushed");
                return Handled::Once(unavailable("the merchant cannot tell the push now"));
            }
        };
        let status = match self.express.status(&checkout).await {
            Ok(StkStatus::Pending) => {
                return Handled::Once(unavailable("the push is still being processed at M-Pesa"));
            }
            Ok(status) => status,
            Err(error) => {
                tracing::warn!(%checkout, %error, "the STK query could not confirm the callback");
                return Handled::Once(unavailable("the push cannot be confirmed with M-Pesa now"));
            }
        };
        let metadata = Metadata::of(&outcome);
        if status == StkStatus::Paid && metadata.amount().is_some_and(|claimed| claimed != amount.to_decimal()) {
            tracing::warn!(%checkout, %amount, "the callback claims another amount than was pushed: the push's is kept");
        }
        let settlement = StkSettlement {
            checkout_request_id: checkout.clone(),
            amount,
            receipt: metadata.receipt(),
            phone: metadata.phone(),
            status,
        };
        match catching((self.settled)(settlement)).await {
            Ok(()) => Handled::Decided(Reply::acknowledged()),
            Err(reason) => {
                tracing::warn!(%checkout, %reason, "the merchant could not record the settled push");
                Handled::Once(unavailable("the merchant cannot record the push now"))
            }
        }
    }
}

impl<R: Send + 'static> ResultSide<R> {
    /// Hands `notice` to the merchant with its record of the request.
    async fn deliver(&self, notice: ResultNotice) -> Handled {
        let keys = notice.keys.clone();
        let record = match catching((self.known)(keys.clone())).await {
            Ok(Some(record)) => record,
            Ok(None) => {
                tracing::warn!(conversation_id = %keys.conversation_id, "result of a request the merchant did not make: ignored");
                return Handled::Once(Reply::acknowledged());
            }
            Err(reason) => {
                tracing::warn!(%reason, "the merchant could not find the request of a result");
                return Handled::Once(unavailable("the merchant cannot find the request now"));
            }
        };
        match catching((self.on_result)(record, notice)).await {
            Ok(()) => Handled::Decided(Reply::acknowledged()),
            Err(reason) => {
                tracing::warn!(%reason, "the merchant could not record a result");
                Handled::Once(unavailable("the merchant cannot record the result now"))
            }
        }
    }
}

impl C2bSide {
    /// The confirmation waiting for the status result of `conversation`.
    fn waiting(&self, conversation: &types::ConversationId) -> Option<types::C2bPayment> {
        let waiting = self.confirming.lock().unwrap_or_else(PoisonError::into_inner);
        waiting.get(conversation).cloned()
    }

    /// Asks the status of `payment`'s receipt, and keeps it until the answer.
    async fn confirm(&self, payment: types::C2bPayment) -> Handled {
        let query = StatusQuery::receipt(payment.trans_id.clone(), "Confirming a C2B payment");
        match self.business.transaction_status(query).await {
            Ok(Submitted::Accepted { conversation_id, .. }) => {
                self.confirming
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .insert(conversation_id, payment);
                Handled::Decided(Reply::acknowledged())
            }
            Ok(Submitted::AlreadySubmitted { .. }) | Err(_) => {
                tracing::warn!(receipt = %payment.trans_id, "the C2B payment's status cannot be asked now");
                Handled::Once(unavailable("the payment cannot be confirmed with M-Pesa now"))
            }
        }
    }

    /// The status result of a confirmation: the merchant hears of the
    /// payment when M-Pesa says it completed, for that amount and receipt.
    async fn confirmed(&self, payment: types::C2bPayment, notice: ResultNotice) -> Handled {
        let conversation = notice.keys.conversation_id.clone();
        let handled = self.release(payment, notice).await;
        if matches!(handled, Handled::Decided(_)) {
            let mut waiting = self.confirming.lock().unwrap_or_else(PoisonError::into_inner);
            waiting.remove(&conversation);
        }
        handled
    }

    /// Hands `payment` to the merchant when `notice` confirms it.
    async fn release(&self, payment: types::C2bPayment, notice: ResultNotice) -> Handled {
        let receipt = payment.trans_id.clone();
        let amount = notice.amount(&ParameterKey::Amount);
        let same_receipt = notice
            .text(&ParameterKey::ReceiptNo)
            .is_none_or(|no| no == receipt.as_str());
        if !notice.is_completed() || amount != Some(payment.trans_amount) || !same_receipt {
            tracing::warn!(%receipt, code = %notice.code, "M-Pesa does not confirm the C2B payment as reported: not delivered");
            return Handled::Decided(Reply::acknowledged());
        }
        let confirmed = ConfirmedC2b {
            receipt: receipt.clone(),
            amount: payment.trans_amount,
            payment,
        };
        match catching((self.paid)(confirmed)).await {
            Ok(()) => Handled::Decided(Reply::acknowledged()),
            Err(reason) => {
                tracing::warn!(%receipt, %reason, "the merchant could not record a confirmed C2B payment");
                Handled::Once(unavailable("the merchant cannot record the payment now"))
            }
        }
    }
}
