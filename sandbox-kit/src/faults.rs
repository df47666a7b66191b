//! Fault injection: the next `count` requests whose path starts with a
//! prefix fail in a chosen way (`POST /_sandbox/faults`, the controls'
//! `Fault`).

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::Gateway;
use crate::controls::types::{ControlProblem, Fault, FaultKind};

impl Fault {
    /// A fault of `kind` for the next request under `path`, with the
    /// spec's defaults for the rest.
    pub fn new(path: impl Into<String>, kind: FaultKind) -> Self {
        Fault::builder()
            .path(path.into())
            .kind(kind)
            .try_into()
            .unwrap_or_else(|e| unreachable!("the path and kind are a fault's only required fields: {e}"))
    }
}

/// The rows of a fault matrix: each way a gateway fails a call, made into
/// the [`Fault`] that plays it on one operation's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// A 500.
    Status500,
    /// A 502.
    Status502,
    /// A 503 with `Retry-After: 1`.
    Status503RetryAfter,
    /// A 429.
    Status429,
    /// The answer held back past the client's timeout (the request is
    /// processed).
    DelayPastTimeout,
    /// The connection dropped after the request was processed.
    DropAfterProcessing,
    /// A 200 whose body is not JSON.
    MalformedJson,
    /// A proxy's HTML 502 page.
    HtmlErrorPage,
    /// A 401, as for a token the gateway no longer takes.
    Unauthorized,
    /// The token endpoint drops the next 100 requests.
    TokenEndpointDown,
}

impl Scenario {
    /// The fault on the next request under `path`; a delay lasts `delay`,
    /// and the token endpoint is `token_path`.
    pub fn fault(self, path: &str, token_path: &str, delay: Duration) -> Fault {
        let status = |code: i64| Fault {
            status: code,
            ..Fault::new(path, FaultKind::Status)
        };
        match self {
            Scenario::Status500 => status(500),
            Scenario::Status502 => status(502),
            Scenario::Status503RetryAfter => Fault {
                retry_after: Some(1),
                ..status(503)
            },
            Scenario::Status429 => status(429),
            Scenario::DelayPastTimeout => Fault {
                delay_ms: u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                ..Fault::new(path, FaultKind::Delay)
            },
            Scenario::DropAfterProcessing => Fault::new(path, FaultKind::Drop),
            Scenario::MalformedJson => Fault::new(path, FaultKind::Malformed),
            Scenario::HtmlErrorPage => Fault {
                body: Some("<html><body><h1>502 Bad Gateway</h1>nginx</body></html>".into()),
                ..status(502)
            },
            Scenario::Unauthorized => status(401),
            Scenario::TokenEndpointDown => Fault {
                count: std::num::NonZeroU64::new(100).unwrap_or(std::num::NonZeroU64::MIN),
                ..Fault::new(token_path, FaultKind::Drop)
            },
        }
    }
}

/// The faults waiting for their requests.
#[derive(Debug, Default)]
pub struct Faults {
    waiting: Mutex<Vec<(Fault, u64)>>,
}

impl Faults {
    /// Adds a fault.
    pub fn add(&self, fault: Fault) {
        let count = fault.count.get();
        self.lock().push((fault, count));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(Fault, u64)>> {
        self.waiting.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The first fault for `path`, counted as used.
    fn take(&self, path: &str) -> Option<Fault> {
        let mut faults = self.lock();
        let index = faults.iter().position(|(fault, _)| path.starts_with(&fault.path))?;
        faults[index].1 -= 1;
        let fault = faults[index].0.clone();
        if faults[index].1 == 0 {
            faults.remove(index);
        }
        Some(fault)
    }

    /// Forgets every fault.
    pub fn clear(&self) {
        self.lock().clear();
    }
}

/// Marks a response whose connection must be closed without sending it.
#[derive(Debug, Clone, Copy)]
pub struct DropConnection;

/// The middleware applying the faults to the gateway's requests
/// (`axum::middleware::from_fn_with_state(gateway, inject::<G>)`).
pub async fn inject<G: Gateway>(State(gateway): State<Arc<G>>, request: Request, next: Next) -> Response {
    let Some(fault) = gateway.faults().take(request.uri().path()) else {
        return next.run(request).await;
    };
    match fault.kind {
        FaultKind::Status => status_answer(&fault),
        FaultKind::Delay => {
            // Processed even when the caller stops waiting, as a real
            // server would: the caller's timeout does not undo it.
            let delay = Duration::from_millis(fault.delay_ms);
            let processing = gateway.background().spawn(async move {
                tokio::time::sleep(delay).await;
                next.run(request).await
            });
            processing
                .await
                .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
        FaultKind::Drop => {
            let mut response = next.run(request).await;
            response.extensions_mut().insert(DropConnection);
            response
        }
        FaultKind::Malformed => {
            let (mut parts, body) = next.run(request).await.into_parts();
            let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
            let truncated = bytes.slice(..bytes.len() / 2);
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(truncated))
        }
    }
}

fn status_answer(fault: &Fault) -> Response {
    let status = u16::try_from(fault.status)
        .ok()
        .and_then(|code| StatusCode::from_u16(code).ok())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let (content_type, body) = match &fault.body {
        Some(body) if body.trim_start().starts_with('<') => ("text/html", body.clone()),
        Some(body) => ("application/json", body.clone()),
        None => {
            let problem = ControlProblem {
                detail: format!("Injected by the sandbox: HTTP {}", status.as_u16()),
            };
            ("application/json", serde_json::to_string(&problem).unwrap_or_default())
        }
    };
    let mut response = (status, [(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Some(seconds) = fault.retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}
