//! `pesa listen`: a loopback receiver for the sandboxes' callbacks
//! (`http://127.0.0.1:PORT/<api>/…`), each printed with its verdict (the
//! iHela signature, first delivery or duplicate) and forwarded to the
//! merchant's app, whose answer goes back to the sandbox. A forwarding
//! failure is said loudly and answered 502, so that the sandbox retries; a
//! heartbeat line says it is alive; with `--max-failures` it exits after
//! that many failures in a row, so that a supervisor restarts it. It never
//! stops silently.

use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use ihela::callback::{SIGNATURE_HEADER, SignatureKey, decode_callback};
use tokio::sync::Notify;

use crate::args::Listen;
use crate::output::{self, Exit, Failure};

/// The headers forwarded with a callback's body.
const FORWARDED: [&str; 2] = ["content-type", SIGNATURE_HEADER];

/// What every delivery shares.
struct Listener {
    routes: BTreeMap<String, String>,
    fallback: Option<String>,
    http: reqwest::Client,
    key: Option<SignatureKey>,
    seen: Mutex<HashSet<String>>,
    received: AtomicU64,
    forwarded: AtomicU64,
    failures_in_row: AtomicU32,
    failed: AtomicU64,
    max_failures: u32,
    give_up: Notify,
}

impl Listener {
    /// Where the callback `event` (`stk.failed`, `bill.paid`, `result`;
    /// empty for any) of `api` goes: the most precise route, the event's,
    /// its kind's (`stk`), its API's, then the fallback.
    fn target(&self, api: &str, event: &str) -> Option<&str> {
        let kind = event.split('.').next().unwrap_or_default();
        [event, kind, api]
            .into_iter()
            .filter(|name| !name.is_empty())
            .find_map(|name| self.routes.get(name))
            .or(self.fallback.as_ref())
            .map(String::as_str)
    }
}

/// Listens until Ctrl-C, or until `--max-failures` forwarding failures in a row.
///
/// # Errors
/// No destination; a port that cannot be bound; giving up ([`Exit::Transport`]).
pub async fn listen(asked: Listen) -> Result<(), Failure> {
    if asked.forward_to.is_none() && asked.routes.is_empty() {
        return Err(Failure::new(
            Exit::InvalidInput,
            "give --forward-to URL, or --route API=URL",
        ));
    }
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| Failure::new(Exit::Transport, e.to_string()))?;
    let listener = Arc::new(Listener {
        routes: asked.routes.into_iter().collect(),
        fallback: asked.forward_to,
        http,
        key: asked.signature_key.map(SignatureKey::new),
        seen: Mutex::default(),
        received: AtomicU64::default(),
        forwarded: AtomicU64::default(),
        failures_in_row: AtomicU32::default(),
        failed: AtomicU64::default(),
        max_failures: asked.max_failures,
        give_up: Notify::new(),
    });
    let socket = tokio::net::TcpListener::bind(("127.0.0.1", asked.port))
        .await
        .map_err(|e| Failure::new(Exit::Config, format!("port {}: {e}", asked.port)))?;
    let address = socket
        .local_addr()
        .map_err(|e| Failure::new(Exit::Config, e.to_string()))?;
    let router = Router::new()
        .route("/{api}", post(receive))
        .route("/{api}/{*rest}", post(receive))
        .with_state(listener.clone());
    output::line(&format!(
        "Ready: listening on http://{address}/<api> (ihela, daraja, momo)"
    ));
    const APIS: [&str; 3] = ["ihela", "daraja", "momo"];
    for api in APIS {
        let target = listener.target(api, "").unwrap_or("nowhere: answered 502");
        output::line(&format!("  {api:<7} http://{address}/{api} -> {target}"));
    }
    for (event, target) in listener
        .routes
        .iter()
        .filter(|(name, _)| !APIS.contains(&name.as_str()))
    {
        output::line(&format!("  {event} callbacks -> {target}"));
    }
    let server = axum::serve(socket, router);
    let heartbeat = heartbeat(listener.clone(), address, Duration::from_secs(asked.heartbeat.max(1)));
    tokio::select! {
        served = server => served.map_err(|e| Failure::new(Exit::Transport, format!("the listener stopped: {e}"))),
        () = heartbeat => Ok(()),
        stopped = pesa_sandbox::stop_requested() => {
            output::line("stopped");
            stopped.map_err(|e| Failure::new(Exit::Config, e.to_string()))
        }
        () = listener.give_up.notified() => Err(Failure::new(
            Exit::Transport,
            format!("gave up after {} forwarding failures in a row: restart pesa listen once the app is up", listener.max_failures),
        )),
    }
}

/// A line on standard error every `every`: alive, and what it has done.
async fn heartbeat(listener: Arc<Listener>, address: std::net::SocketAddr, every: Duration) {
    let started = Instant::now();
    let mut ticks = tokio::time::interval(every);
    ticks.tick().await;
    loop {
        ticks.tick().await;
        eprintln!(
            ".. listening on http://{address} for {} s: {} received, {} forwarded, {} failed",
            started.elapsed().as_secs(),
            listener.received.load(Ordering::Relaxed),
            listener.forwarded.load(Ordering::Relaxed),
            listener.failed.load(Ordering::Relaxed)
        );
    }
}

/// One delivery: printed, forwarded, answered with the app's answer.
async fn receive(
    State(listener): State<Arc<Listener>>,
    Path(path): Path<BTreeMap<String, String>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    listener.received.fetch_add(1, Ordering::Relaxed);
    let api = path.get("api").cloned().unwrap_or_default();
    let rest = path.get("rest").map_or("", String::as_str);
    let (event, id) = describe(&api, rest, &body);
    let first = listener
        .seen
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(format!("{api}:{id}"));
    let signature = signature(&listener, &api, &headers, &body);
    let delivery = if first { "first delivery" } else { "duplicate" };
    output::line(&format!("--> {api} {event} [{signature}] [{delivery}]"));
    let name = event.split_whitespace().next().unwrap_or_default();
    let Some(target) = listener.target(&api, name).map(str::to_owned) else {
        eprintln!("!! no route for {api}: answered 502 (add --route {api}=URL or --forward-to)");
        return StatusCode::BAD_GATEWAY.into_response();
    };
    let mut request = listener.http.post(&target).body(body);
    for name in FORWARDED {
        if let Some(value) = headers.get(name) {
            request = request.header(name, value.clone());
        }
    }
    let started = Instant::now();
    match request.send().await {
        Ok(answer) => {
            listener.failures_in_row.store(0, Ordering::Relaxed);
            listener.forwarded.fetch_add(1, Ordering::Relaxed);
            let status = answer.status();
            output::line(&format!(
                "<-- [{}] POST {target} ({} ms)",
                status.as_u16(),
                started.elapsed().as_millis()
            ));
            let bytes = answer.bytes().await.unwrap_or_default();
            (
                StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::BAD_GATEWAY),
                bytes,
            )
                .into_response()
        }
        Err(error) => {
            listener.failed.fetch_add(1, Ordering::Relaxed);
            let in_row = listener.failures_in_row.fetch_add(1, Ordering::Relaxed) + 1;
            eprintln!(
                "!! forwarding to {target} FAILED ({in_row} in a row): {error}; answered 502, the sandbox will retry"
            );
            if listener.max_failures > 0 && in_row >= listener.max_failures {
                eprintln!("!! giving up: {in_row} failures in a row");
                listener.give_up.notify_one();
            }
            StatusCode::BAD_GATEWAY.into_response()
        }
    }
}

/// What a callback is, for people (no personal data: codes, references
/// and statuses only), and what identifies it for dedupe; a body no
/// decoder reads is shown by its size and deduplicated by its digest.
fn describe(api: &str, rest: &str, body: &[u8]) -> (String, String) {
    let described = match api {
        "ihela" => describe_ihela(body),
        "daraja" => describe_daraja(body),
        "momo" => describe_momo(rest, body),
        _ => None,
    };
    described.unwrap_or_else(|| {
        let mut hasher = std::hash::DefaultHasher::new();
        std::hash::Hash::hash(body, &mut hasher);
        let digest = std::hash::Hasher::finish(&hasher);
        (format!("callback ({} bytes)", body.len()), format!("{digest:016x}"))
    })
}

/// An iHela bill callback.
fn describe_ihela(body: &[u8]) -> Option<(String, String)> {
    let callback = decode_callback(body).ok()?;
    let outcome = if callback.error { "failed" } else { "paid" };
    let event = format!(
        "bill.{outcome} {} ({})",
        callback.bill_code, callback.merchant_reference
    );
    Some((event, format!("{}:{outcome}", callback.bill_code)))
}

/// A Daraja STK callback, result or C2B notice.
fn describe_daraja(body: &[u8]) -> Option<(String, String)> {
    use daraja::StkResultCode;
    use daraja::callback::{decode_c2b, decode_result, decode_stk_callback};
    if let Ok(stk) = decode_stk_callback(body) {
        let outcome = if stk.result_code == StkResultCode::Paid {
            "paid".to_owned()
        } else {
            format!("failed {}", stk.result_code)
        };
        let id = format!("{}:{}", stk.checkout_request_id, stk.result_code);
        return Some((format!("stk.{outcome} {}", stk.checkout_request_id), id));
    }
    if let Ok(notice) = decode_result(body) {
        let keys = &notice.keys;
        let event = format!("result {} ({})", notice.code, keys.originator_conversation_id);
        return Some((event, format!("{}:{}", keys.conversation_id, notice.code)));
    }
    let payment = decode_c2b(body).ok()?;
    let event = format!("c2b {} KES {}", payment.trans_id, payment.trans_amount);
    Some((event, payment.trans_id.to_string()))
}

/// A MoMo callback at `{kind}/{reference}`.
fn describe_momo(rest: &str, body: &[u8]) -> Option<(String, String)> {
    use momo::callback::{CallbackKind, decode};
    let (segment, reference) = rest.split_once('/')?;
    let kind = CallbackKind::from_segment(segment)?;
    let outcome = match decode(kind, body).ok()? {
        momo::Outcome::Successful { .. } => "successful".to_owned(),
        momo::Outcome::Failed { reason } => {
            format!("failed {}", reason.map_or_else(String::new, |r| r.code.to_string()))
        }
        momo::Outcome::Pending => "pending".to_owned(),
        momo::Outcome::Other(status) => status.to_string(),
    };
    let event = format!("{segment} {} ({reference})", outcome.trim_end());
    Some((event, format!("{reference}:{outcome}")))
}

/// The callback's verdict on its source: iHela's signature `ok`, `BAD`,
/// `MISSING` or `unchecked` (no key); Daraja and MoMo sign nothing, so
/// their callbacks are to be confirmed with the gateway (as the clients'
/// callback handlers do) before anything is fulfilled.
fn signature(listener: &Listener, api: &str, headers: &HeaderMap, body: &[u8]) -> &'static str {
    match api {
        "daraja" => return "unsigned: confirm with Daraja's query",
        "momo" => return "unsigned: confirm with MTN's status",
        _ => {}
    }
    let Some(key) = listener.key.as_ref() else {
        return "signature unchecked";
    };
    let header = headers.get(SIGNATURE_HEADER).and_then(|value| value.to_str().ok());
    match (header, key.verify(body, header)) {
        (None, _) => "signature MISSING",
        (Some(_), Ok(())) => "signature ok",
        (Some(_), Err(_)) => "signature BAD",
    }
}
