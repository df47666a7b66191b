//! Fault injection: the next `count` requests whose path starts with a
//! prefix fail in a chosen way (`POST /_sandbox/faults`).

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::App;

/// How a request fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultKind {
    /// Answered with `status` (and `body`, `retry_after`) without being processed.
    Status,
    /// Processed normally after `delay_ms`, even if the caller has hung up
    /// by then.
    Delay,
    /// Processed, then the connection is closed without an answer: the
    /// caller cannot know whether it happened.
    Drop,
    /// Processed, then answered with its status and a truncated body.
    Malformed,
}

/// A fault to inject, as `POST /_sandbox/faults` takes it.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Fault {
    /// The path prefix of the requests that fail (`/api/v1/payments/bill/init/`).
    pub path: String,
    /// How they fail.
    pub kind: FaultKind,
    /// The status of a `status` fault (default 503).
    #[serde(default)]
    pub status: Option<u16>,
    /// The body of a `status` fault (default a JSON `detail`); a body
    /// starting with `<` is sent as HTML.
    #[serde(default)]
    pub body: Option<String>,
    /// The `Retry-After` seconds of a `status` fault.
    #[serde(default)]
    pub retry_after: Option<u64>,
    /// The wait of a `delay` fault (default 2000 ms).
    #[serde(default)]
    pub delay_ms: Option<u64>,
    /// How many requests fail (default 1).
    #[serde(default)]
    pub count: Option<u32>,
}

impl Fault {
    /// A fault of `kind` for the next request under `path`.
    pub fn new(path: impl Into<String>, kind: FaultKind) -> Self {
        Self {
            path: path.into(),
            kind,
            status: None,
            body: None,
            retry_after: None,
            delay_ms: None,
            count: None,
        }
    }
}

/// The faults waiting for their requests.
#[derive(Debug, Default)]
pub struct Faults(Mutex<Vec<(Fault, u32)>>);

impl Faults {
    /// Adds a fault.
    pub fn add(&self, fault: Fault) {
        let count = fault.count.unwrap_or(1);
        if count > 0 {
            self.0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push((fault, count));
        }
    }

    /// The first fault for `path`, counted as used.
    fn take(&self, path: &str) -> Option<Fault> {
        let mut faults = self.0.lock().unwrap_or_else(PoisonError::into_inner);
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
        self.0.lock().unwrap_or_else(PoisonError::into_inner).clear();
    }
}

/// Marks a response whose connection must be closed without sending it.
#[derive(Debug, Clone, Copy)]
pub struct DropConnection;

/// The middleware applying the faults to the API's requests.
pub async fn inject(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let Some(fault) = app.faults.take(request.uri().path()) else {
        return next.run(request).await;
    };
    match fault.kind {
        FaultKind::Status => status_answer(&fault),
        FaultKind::Delay => {
            // Processed even when the caller stops waiting, as a real
            // server would: the caller's timeout does not undo it.
            let delay = Duration::from_millis(fault.delay_ms.unwrap_or(2000));
            let processing = tokio::spawn(async move {
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
    let status = fault
        .status
        .and_then(|code| StatusCode::from_u16(code).ok())
        .unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let (content_type, body) = match &fault.body {
        Some(body) if body.trim_start().starts_with('<') => ("text/html", body.clone()),
        Some(body) => ("application/json", body.clone()),
        None => (
            "application/json",
            serde_json::json!({"detail": format!("Injected by the sandbox: HTTP {}", status.as_u16())}).to_string(),
        ),
    };
    let mut response = (status, [(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Some(seconds) = fault.retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}
