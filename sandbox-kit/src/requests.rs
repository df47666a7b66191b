//! The requests a sandbox received, for `GET /_sandbox/requests` (what
//! `pesa logs tail` follows): the last [`KEPT`], each with its method,
//! path (phone numbers masked), status and time taken, numbered from 1.

use std::collections::VecDeque;
use std::num::NonZeroU64;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::Gateway;
use crate::controls::paths;
use crate::controls::types::LoggedRequest;
use crate::faults::DropConnection;

/// How many requests are kept.
pub const KEPT: usize = 1000;

/// The log of a sandbox's requests.
#[derive(Debug, Default)]
pub struct Requests {
    log: Mutex<(u64, VecDeque<LoggedRequest>)>,
}

impl Requests {
    /// Keeps `request`, numbering it (its `id` is replaced); the oldest
    /// goes past [`KEPT`].
    fn keep(&self, mut request: LoggedRequest) {
        let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        log.0 += 1;
        request.id = NonZeroU64::new(log.0).unwrap_or(NonZeroU64::MIN);
        if log.1.len() == KEPT {
            log.1.pop_front();
        }
        log.1.push_back(request);
    }

    /// The requests after the one numbered `after`, oldest first.
    pub fn since(&self, after: u64) -> Vec<LoggedRequest> {
        let log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        log.1
            .iter()
            .filter(|request| request.id.get() > after)
            .cloned()
            .collect()
    }
}

/// The middleware that keeps every request but the log's own
/// (`axum::middleware::from_fn_with_state(gateway, requests::record::<G>)`,
/// over the whole router).
pub async fn record<G: Gateway>(State(gateway): State<Arc<G>>, request: Request, next: Next) -> Response {
    if request.uri().path() == paths::READ_REQUESTS {
        return next.run(request).await;
    }
    let method = request.method().to_string();
    let path = crate::server::masked(request.uri().path());
    let at = chrono::Utc::now();
    let started = Instant::now();
    let response = next.run(request).await;
    let dropped = response.extensions().get::<DropConnection>().is_some();
    gateway.kit().requests.keep(LoggedRequest {
        id: NonZeroU64::MIN,
        at,
        method,
        path,
        status: (!dropped).then(|| i64::from(response.status().as_u16())),
        duration_ms: i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX),
    });
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_numbered_kept_to_the_last_thousand_and_read_after_an_id() {
        let requests = Requests::default();
        for _ in 0..KEPT + 5 {
            requests.keep(LoggedRequest {
                id: NonZeroU64::MIN,
                at: chrono::Utc::now(),
                method: "GET".to_owned(),
                path: "/".to_owned(),
                status: Some(200),
                duration_ms: 1,
            });
        }
        let all = requests.since(0);
        assert_eq!(all.len(), KEPT);
        assert_eq!(all[0].id.get(), 6);
        let ids: Vec<u64> = requests.since(1003).iter().map(|r| r.id.get()).collect();
        assert_eq!(ids, [1004, 1005]);
    }
}
