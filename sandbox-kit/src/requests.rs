//! The requests a sandbox received, for `GET /_sandbox/requests` (what
//! `pesa logs tail` follows): the last [`KEPT`], each with its method,
//! path (phone numbers masked), status and time taken, numbered from 1.
//! The server records them ([`crate::serve`]), with the line it logs: no
//! middleware of its own on the request path.

use std::collections::VecDeque;
use std::num::NonZeroU64;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use axum::http::Method;
use chrono::{DateTime, Utc};

use crate::controls::paths;
use crate::controls::types::LoggedRequest;

/// How many requests are kept.
pub const KEPT: usize = 1000;

/// A request as it is kept: what the request path costs is its method (a
/// copy), its path (one small string; not the `Uri`, whose shared bytes
/// would keep the connection's whole read buffer alive) and one lock; the
/// path is masked and the record built only when read.
#[derive(Debug)]
struct Entry {
    id: u64,
    at: DateTime<Utc>,
    method: Method,
    path: String,
    status: Option<u16>,
    duration_ms: u128,
}

impl Entry {
    fn logged(&self) -> LoggedRequest {
        LoggedRequest {
            id: NonZeroU64::new(self.id).unwrap_or(NonZeroU64::MIN),
            at: self.at,
            method: self.method.to_string(),
            path: crate::server::masked(&self.path),
            status: self.status.map(i64::from),
            duration_ms: i64::try_from(self.duration_ms).unwrap_or(i64::MAX),
        }
    }
}

/// The log of a sandbox's requests.
#[derive(Debug, Default)]
pub struct Requests {
    log: Mutex<(u64, VecDeque<Entry>)>,
}

impl Requests {
    /// Keeps a request the server answered (`status`, or none when its
    /// connection was dropped), but the log's own reads.
    pub(crate) fn record(&self, method: Method, path: String, at: DateTime<Utc>, status: Option<u16>, took: Duration) {
        if path == paths::READ_REQUESTS {
            return;
        }
        self.keep(Entry {
            id: 0,
            at,
            method,
            path,
            status,
            duration_ms: took.as_millis(),
        });
    }

    /// Keeps `entry`, numbering it; the oldest goes past [`KEPT`].
    fn keep(&self, mut entry: Entry) {
        let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        log.0 += 1;
        entry.id = log.0;
        if log.1.len() == KEPT {
            log.1.pop_front();
        }
        log.1.push_back(entry);
    }

    /// The requests after the one numbered `after`, oldest first, phone
    /// numbers in their paths masked.
    pub fn since(&self, after: u64) -> Vec<LoggedRequest> {
        let log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        log.1
            .iter()
            .filter(|entry| entry.id > after)
            .map(Entry::logged)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_numbered_kept_to_the_last_thousand_and_read_after_an_id() {
        let requests = Requests::default();
        for _ in 0..KEPT + 5 {
            requests.keep(Entry {
                id: 0,
                at: Utc::now(),
                method: Method::GET,
                path: "/collection/v1_0/accountholder/msisdn/256772123456/active".to_owned(),
                status: Some(200),
                duration_ms: 1,
            });
        }
        let all = requests.since(0);
        assert_eq!(all.len(), KEPT);
        assert_eq!(all[0].id.get(), 6);
        assert_eq!(
            all[0].path, "/collection/v1_0/accountholder/msisdn/*********456/active",
            "masked when read"
        );
        let ids: Vec<u64> = requests.since(1003).iter().map(|r| r.id.get()).collect();
        assert_eq!(ids, [1004, 1005]);
    }
}
