//! Serving the router on a listener: one line logged and one record kept
//! per request, a way to close a connection without answering (the `drop`
//! fault), and a clean shutdown that lets open requests finish.

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::Method;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tower::ServiceExt;

use crate::faults::DropConnection;
use crate::requests::Requests;

/// How long open connections get to finish at shutdown.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// The error that makes hyper close a connection without an answer.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for Dropped {}

/// Serves `router` on `listener` until `shutdown` completes: each request
/// is logged on one line (method, path with phone numbers masked, status,
/// time taken) and kept in `requests`, in the one place that times it.
pub async fn serve(listener: TcpListener, router: Router, requests: Arc<Requests>, shutdown: impl Future<Output = ()>) {
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(error) => {
                    tracing::warn!(%error, "accept failed");
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let router = router.clone();
        let requests = requests.clone();
        let service = hyper::service::service_fn(move |request: Request<hyper::body::Incoming>| {
            let router = router.clone();
            let requests = requests.clone();
            async move {
                let method = request.method().clone();
                let path = request.uri().path().to_owned();
                let at = chrono::Utc::now();
                let started = Instant::now();
                let response = router
                    .oneshot(request.map(Body::new))
                    .await
                    .unwrap_or_else(|never: Infallible| match never {});
                let took = started.elapsed();
                let dropped = response.extensions().get::<DropConnection>().is_some();
                let status = (!dropped).then(|| response.status().as_u16());
                log(&method, &path, status, took);
                requests.record(method, path, at, status, took);
                if dropped { Err(Dropped) } else { Ok(response) }
            }
        });
        let connection = graceful.watch(http1::Builder::new().serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // A dropped connection ends with an error by design; nothing to report.
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await;
}

/// `path` with every run of 8 digits or more (a phone number: MoMo puts
/// MSISDNs in paths) hidden but for its last three: personal data is never
/// logged whole.
pub(crate) fn masked(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if digits.len() >= 8 {
            let shown = digits.len() - 3;
            out.extend(std::iter::repeat_n('*', shown));
            out.push_str(&digits[shown..]);
        } else {
            out.push_str(digits);
        }
        digits.clear();
    };
    for c in path.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

/// Logs a request on one line: method, path (phone numbers in it masked),
/// status, time taken; nothing is masked when the line would not be
/// written (`RUST_LOG=off`).
fn log(method: &Method, path: &str, status: Option<u16>, took: Duration) {
    if !tracing::enabled!(tracing::Level::INFO) {
        return;
    }
    let path = masked(path);
    let elapsed = took.as_millis();
    match status {
        Some(status) => tracing::info!("{method} {path} -> {status} ({elapsed} ms)"),
        None => tracing::info!("{method} {path} -> connection dropped ({elapsed} ms)"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn phone_numbers_in_paths_are_masked_and_nothing_else_is() {
        let path = "/collection/v1_0/accountholder/msisdn/256772123456/active";
        assert_eq!(
            super::masked(path),
            "/collection/v1_0/accountholder/msisdn/*********456/active"
        );
        assert_eq!(super::masked("/bank/MF1-0001/lookup/"), "/bank/MF1-0001/lookup/");
    }
}
