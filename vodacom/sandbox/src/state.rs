//! What the sandbox holds besides its sessions: the transactions it
//! answered, the mandates, and the business's balance in each market
//! (Mozambique's apart: its own records), as the controls' generated
//! records. One lock, never held across an `await`.

use std::sync::{Mutex, MutexGuard, PoisonError};

use rust_decimal::Decimal;
use vodacom::Market;
use vodacom::types::ThirdPartyConversationId;

use crate::controls::types::{MandateRecord, MarketBalance, Mozambique, Sessions, Snapshot, TransactionRecord};
use crate::world;

/// Everything, behind the store's lock.
#[derive(Debug)]
pub struct Ledger {
    /// Every money-moving request answered, oldest first.
    pub transactions: Vec<TransactionRecord>,
    /// Every mandate created, oldest first.
    pub mandates: Vec<MandateRecord>,
    /// The business's account in each market.
    pub balances: Vec<MarketBalance>,
    /// Mozambique's transactions and the business's account there.
    pub mozambique: Mozambique,
}

impl Default for Ledger {
    fn default() -> Self {
        let balances = [Market::Tanzania, Market::Ghana].map(|market| MarketBalance {
            country: market.country(),
            currency: market.currency(),
            balance: Decimal::from(world::STARTING_BALANCE),
        });
        Self {
            transactions: Vec::new(),
            mandates: Vec::new(),
            balances: balances.to_vec(),
            mozambique: Mozambique {
                transactions: Vec::new(),
                balance: Decimal::from(world::STARTING_BALANCE),
            },
        }
    }
}

impl Ledger {
    /// Whether a request was answered under `reference` already.
    pub fn used(&self, reference: &ThirdPartyConversationId) -> bool {
        let transactions = self.transactions.iter().map(|t| &t.third_party_conversation_id);
        let mandates = self.mandates.iter().map(|m| &m.third_party_conversation_id);
        transactions.chain(mandates).any(|used| used == reference)
    }

    /// The transaction `query` names in `market`: by M-Pesa's id, the
    /// gateway's conversation id or the caller's key.
    pub fn transaction(&self, market: Market, query: &str) -> Option<&TransactionRecord> {
        self.transactions.iter().rev().find(|t| {
            t.country == market.country()
                && (t.third_party_conversation_id.as_str() == query
                    || t.conversation_id.as_str() == query
                    || t.transaction_id.as_ref().is_some_and(|id| id.as_str() == query))
        })
    }

    /// The business's balance in `market`.
    pub fn balance(&mut self, market: Market) -> &mut Decimal {
        let index = self
            .balances
            .iter()
            .position(|balance| balance.country == market.country())
            .unwrap_or_else(|| unreachable!("every market has a balance from the start"));
        &mut self.balances[index].balance
    }
}

/// The ledger behind its lock.
#[derive(Debug, Default)]
pub struct Store(Mutex<Ledger>);

impl Store {
    /// The ledger, locked.
    pub fn lock(&self) -> MutexGuard<'_, Ledger> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Everything, with the `sessions` counted.
    pub fn snapshot(&self, sessions: Sessions) -> Snapshot {
        let ledger = self.lock();
        Snapshot {
            sessions,
            transactions: ledger.transactions.clone(),
            mandates: ledger.mandates.clone(),
            balances: ledger.balances.clone(),
            mozambique: ledger.mozambique.clone(),
        }
    }

    /// Back to the start.
    pub fn reset(&self) {
        *self.lock() = Ledger::default();
    }
}
