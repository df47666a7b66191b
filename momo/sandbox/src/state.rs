//! What the sandbox holds: API users and their keys, tokens, requests,
//! callback deliveries and the merchant's balances, as the controls'
//! generated records. One lock, never held across an `await`.

use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, Utc};
use momo::types::{Product, ReferenceId};
use rust_decimal::Decimal;

use crate::controls::types::{Balances, Delivery, RequestRecord, Snapshot, UserRecord};
use crate::world;

/// An API user, with its key once made.
#[derive(Debug, Clone)]
pub struct User {
    /// The user's id.
    pub id: ReferenceId,
    /// The host its callbacks may go to.
    pub callback_host: String,
    /// Its API key (the last one made works).
    pub key: Option<String>,
}

/// A token the sandbox issued.
#[derive(Debug, Clone)]
pub struct Token {
    /// The token.
    pub token: String,
    /// Its API user.
    pub user: ReferenceId,
    /// The product it is for.
    pub product: Product,
    /// When it expires.
    pub expires: DateTime<Utc>,
}

/// Everything, behind the store's lock.
#[derive(Debug)]
pub struct Ledger {
    /// Every API user.
    pub users: Vec<User>,
    /// Every token issued.
    pub tokens: Vec<Token>,
    /// Every request accepted.
    pub requests: Vec<RequestRecord>,
    /// Every callback delivered.
    pub deliveries: Vec<Delivery>,
    /// The merchant's account of each product.
    pub balances: Balances,
}

impl Default for Ledger {
    fn default() -> Self {
        let start = Decimal::from(world::STARTING_BALANCE);
        Self {
            users: Vec::new(),
            tokens: Vec::new(),
            requests: Vec::new(),
            deliveries: Vec::new(),
            balances: Balances {
                collection: start,
                disbursement: start,
                remittance: start,
            },
        }
    }
}

impl Ledger {
    /// The account of `product`.
    pub fn balance(&mut self, product: Product) -> &mut Decimal {
        match product {
            Product::Collection => &mut self.balances.collection,
            Product::Disbursement => &mut self.balances.disbursement,
            Product::Remittance => &mut self.balances.remittance,
        }
    }

    /// The request `reference`, if there is one.
    pub fn request(&mut self, reference: &ReferenceId) -> Option<&mut RequestRecord> {
        self.requests.iter_mut().find(|request| request.reference == *reference)
    }

    /// The user `id`, if there is one.
    pub fn user(&self, id: &ReferenceId) -> Option<&User> {
        self.users.iter().find(|user| user.id == *id)
    }
}

/// The sandbox's state.
#[derive(Debug, Default)]
pub struct Store(Mutex<Ledger>);

impl Store {
    /// The ledger, for one synchronous step.
    pub fn lock(&self) -> MutexGuard<'_, Ledger> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Everything, as the state control shows it.
    pub fn snapshot(&self) -> Snapshot {
        let ledger = self.lock();
        Snapshot {
            users: ledger
                .users
                .iter()
                .map(|user| UserRecord {
                    id: user.id.clone(),
                    callback_host: user.callback_host.clone(),
                    has_key: user.key.is_some(),
                })
                .collect(),
            requests: ledger.requests.clone(),
            deliveries: ledger.deliveries.clone(),
            balances: ledger.balances.clone(),
            tokens_issued: ledger.tokens.len() as u64,
        }
    }

    /// Forgets requests and deliveries and restores the balances; users and
    /// tokens stay.
    pub fn reset(&self) {
        let mut ledger = self.lock();
        let fresh = Ledger::default();
        ledger.requests = fresh.requests;
        ledger.deliveries = fresh.deliveries;
        ledger.balances = fresh.balances;
    }
}
