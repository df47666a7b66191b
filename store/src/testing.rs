//! A store for testing what a handler or client does when its store fails.

use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;

use crate::{Claim, Entry, Key, Recorded, Store, StoreError};

/// A store that cannot be reached: every call fails, as a database that is
/// down does. A handler must then not answer "OK", nor a client send money.
#[derive(Debug, Default, Clone, Copy)]
pub struct Down;

fn down<'a, T: Send + 'a>() -> BoxFuture<'a, Result<T, StoreError>> {
    Box::pin(async { Err(StoreError::new("connection refused")) })
}

impl Store for Down {
    fn claim<'a>(
        &'a self,
        _: &'a Key,
        _: &'a str,
        _: Duration,
        _: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Claim, StoreError>> {
        down()
    }

    fn settle<'a>(&'a self, _: &'a Key, _: &'a str, _: &'a [u8]) -> BoxFuture<'a, Result<bool, StoreError>> {
        down()
    }

    fn release<'a>(&'a self, _: &'a Key, _: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        down()
    }

    fn record_intent<'a>(
        &'a self,
        _: &'a Key,
        _: &'a str,
        _: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Recorded, StoreError>> {
        down()
    }

    fn reopen<'a>(
        &'a self,
        _: &'a Key,
        _: &'a str,
        _: &'a str,
        _: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        down()
    }

    fn record_outcome<'a>(&'a self, _: &'a Key, _: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        down()
    }

    fn unsettled<'a>(&'a self, _: &'a str) -> BoxFuture<'a, Result<Vec<Entry>, StoreError>> {
        down()
    }
}
