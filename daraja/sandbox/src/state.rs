//! What the sandbox holds: pushes, asynchronous requests, customers'
//! payments to shortcodes, the transactions M-Pesa would find by receipt,
//! callback deliveries, C2B registrations, and balances, as the controls'
//! generated records. One lock, never held across an `await`.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use daraja::Shillings;
use daraja::types::{ConversationId, OriginatorConversationId, TransactionId};
use rust_decimal::Decimal;

use crate::controls::types::{Balances, C2bRecord, Delivery, PushRecord, Registration, RequestRecord, Snapshot};
use crate::world;

/// A transaction M-Pesa made, as transaction status finds it by receipt (or
/// by the merchant's key of a B2C).
#[derive(Debug, Clone)]
pub struct Transaction {
    /// Its receipt.
    pub receipt: TransactionId,
    /// The merchant's key, for a B2C v3.
    pub originator_conversation_id: Option<OriginatorConversationId>,
    /// The conversation of the request that made it.
    pub conversation_id: ConversationId,
    /// What it was (`Business Payment to Customer via API`, `Pay Bill Online`…).
    pub reason: &'static str,
    /// The amount.
    pub amount: Shillings,
    /// The party debited, as results show it.
    pub debit: String,
    /// The party credited, as results show it.
    pub credit: String,
    /// When it completed, `YYYYMMDDHHmmss`.
    pub completed: String,
}

/// Everything, behind the store's lock.
#[derive(Debug, Default)]
pub struct Ledger {
    /// Every STK push.
    pub pushes: Vec<PushRecord>,
    /// Every asynchronous request accepted.
    pub requests: Vec<RequestRecord>,
    /// Every customer payment to a shortcode.
    pub c2b: Vec<C2bRecord>,
    /// Every transaction, for status queries.
    pub transactions: Vec<Transaction>,
    /// Every callback delivery attempt.
    pub deliveries: Vec<Delivery>,
    /// The C2B URLs of each shortcode.
    pub registrations: Vec<Registration>,
    /// The business's utility account (B2C and B2B pay from it).
    pub utility: Decimal,
    /// The business's working account (customers' payments credit it).
    pub working: Decimal,
    /// Customers' balances, by number, once they moved.
    customers: HashMap<String, Decimal>,
}

impl Ledger {
    fn opened() -> Self {
        let (utility, working) = world::opening_balances();
        Self {
            utility,
            working,
            ..Self::default()
        }
    }

    /// A customer's balance.
    pub fn customer_balance(&mut self, phone: &str) -> &mut Decimal {
        self.customers.entry(phone.to_owned()).or_insert_with(|| {
            Decimal::from(world::customer(phone).map_or(world::DEFAULT_BALANCE, |customer| customer.balance))
        })
    }

    /// The transaction with `receipt`, or the B2C sent under the merchant's `key`.
    pub fn transaction(
        &self,
        receipt: Option<&TransactionId>,
        key: Option<&OriginatorConversationId>,
    ) -> Option<&Transaction> {
        self.transactions.iter().find(|transaction| {
            receipt.is_some_and(|receipt| transaction.receipt == *receipt)
                || key.is_some_and(|key| transaction.originator_conversation_id.as_ref() == Some(key))
        })
    }
}

/// The state, shared by every request.
#[derive(Debug)]
pub struct Store(Mutex<Ledger>);

impl Default for Store {
    fn default() -> Self {
        Self(Mutex::new(Ledger::opened()))
    }
}

impl Store {
    /// The ledger; a panic elsewhere while it was held leaves it usable.
    pub fn lock(&self) -> MutexGuard<'_, Ledger> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Everything, as `GET /_sandbox/state` shows it.
    pub fn snapshot(&self, tokens_issued: u64) -> Snapshot {
        let ledger = self.lock();
        Snapshot {
            pushes: ledger.pushes.clone(),
            requests: ledger.requests.clone(),
            c2b_payments: ledger.c2b.clone(),
            deliveries: ledger.deliveries.clone(),
            registrations: ledger.registrations.clone(),
            balances: Balances {
                utility: ledger.utility.to_string(),
                working: ledger.working.to_string(),
            },
            tokens_issued,
        }
    }

    /// Forgets everything but the registrations, and restores the balances.
    pub fn reset(&self) {
        let mut ledger = self.lock();
        let registrations = std::mem::take(&mut ledger.registrations);
        *ledger = Ledger {
            registrations,
            ..Ledger::opened()
        };
    }
}
