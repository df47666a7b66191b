//! The loopback gateway every contender calls, at each spec's paths: for
//! iHela the token call answers the `create_token_issued` fixture and the
//! bank list the `list_banks_count` fixture; for Daraja its token call
//! answers its `create_token_issued` fixture and the STK query its
//! `stk_query_paid` fixture; for MoMo the token call answers its
//! `create_access_token_mty` fixture and the request-to-pay status its
//! `get_request_to_pay_status_successful` fixture; iHela's cash-in answers
//! `cash_in_accepted` (for the store bench). The tokens are the same
//! placeholder, which every call but the token's must carry.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::serve::ListenerExt as _;

/// The token answer the gateway gives.
pub const TOKEN: &str = include_str!("../../ihela/tests/fixtures/create_token_issued.json");
/// The bank list the gateway gives: four banks, 2.6 KB.
pub const BANKS: &str = include_str!("../../ihela/tests/fixtures/list_banks_count.json");
/// Daraja's token answer.
pub const DARAJA_TOKEN: &str = include_str!("../../daraja/tests/fixtures/create_token_issued.json");
/// The STK query answer the gateway gives: paid, 290 bytes.
pub const STK_QUERY: &str = include_str!("../../daraja/tests/fixtures/stk_query_paid.json");
/// MoMo's token answer.
pub const MOMO_TOKEN: &str = include_str!("../../momo/tests/fixtures/create_access_token_mty.json");
/// The request-to-pay status the gateway gives: successful, 274 bytes.
pub const RTP_STATUS: &str = include_str!("../../momo/tests/fixtures/get_request_to_pay_status_successful.json");

/// The cash-in answer the gateway gives: accepted.
pub const CASH_IN: &str = include_str!("../../ihela/tests/fixtures/cash_in_accepted.json");

/// What the gateway counts and expects.
#[derive(Clone)]
struct Shared {
    /// `Authorization` the bank list requires: the fixture's token as Bearer.
    bearer: HeaderValue,
    token_requests: Arc<AtomicUsize>,
}

/// A running gateway: its base URL and what it counted.
#[derive(Clone)]
pub struct Gateway {
    /// `http://127.0.0.1:<port>`, no trailing slash.
    pub base_url: String,
    token_requests: Arc<AtomicUsize>,
    connections: Arc<AtomicUsize>,
}

impl Gateway {
    /// Starts the gateway on the current tokio runtime, on an ephemeral port.
    pub async fn start() -> std::io::Result<Gateway> {
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await?;
        let base_url = format!("http://{}", listener.local_addr()?);
        let token_requests = Arc::new(AtomicUsize::new(0));
        let connections = Arc::new(AtomicUsize::new(0));
        let accepted = Arc::clone(&connections);
        let listener = listener.tap_io(move |_| {
            accepted.fetch_add(1, Ordering::Relaxed);
        });
        let shared = Shared {
            bearer: bearer_of_fixture(),
            token_requests: Arc::clone(&token_requests),
        };
        let app = Router::new()
            .route(ihela::paths::CREATE_TOKEN, post(token))
            .route(ihela::paths::LIST_BANKS, get(banks))
            .route(ihela::paths::CASH_IN, post(cash_in))
            .route(daraja::paths::CREATE_TOKEN, get(daraja_token))
            .route(daraja::paths::STK_QUERY, post(stk_query))
            .route(momo::paths::CREATE_ACCESS_TOKEN, post(momo_token))
            .route(momo::paths::GET_REQUEST_TO_PAY_STATUS, get(rtp_status))
            .with_state(shared);
        tokio::spawn(async move { axum::serve(listener, app).await });
        Ok(Gateway {
            base_url,
            token_requests,
            connections,
        })
    }

    /// Starts the gateway on a thread of its own (a single-threaded runtime),
    /// so that it and the client under test each have a core.
    pub fn start_on_own_thread() -> std::io::Result<Gateway> {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::Builder::new().name("gateway".into()).spawn(move || {
            let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
                Ok(runtime) => runtime,
                Err(error) => return drop(sender.send(Err(error))),
            };
            runtime.block_on(async {
                let started = Gateway::start().await;
                let running = started.is_ok();
                let _ = sender.send(started);
                if running {
                    std::future::pending::<()>().await;
                }
            });
        })?;
        receiver
            .recv()
            .map_err(|_| std::io::Error::other("the gateway thread ended before starting"))?
    }

    /// Token calls answered so far.
    pub fn token_requests(&self) -> usize {
        self.token_requests.load(Ordering::Relaxed)
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::Relaxed)
    }
}

/// The token the gateway issues (from the fixture), as a Bearer header.
pub fn bearer_of_fixture() -> HeaderValue {
    let token: ihela::types::Token = serde_json::from_str(TOKEN).expect("the token fixture is a token");
    let mut value = HeaderValue::from_str(&format!("Bearer {}", token.access_token.expose()))
        .expect("the fixture's token is a header value");
    value.set_sensitive(true);
    value
}

async fn token(State(shared): State<Shared>) -> Response {
    shared.token_requests.fetch_add(1, Ordering::Relaxed);
    json(TOKEN)
}

async fn daraja_token(State(shared): State<Shared>) -> Response {
    shared.token_requests.fetch_add(1, Ordering::Relaxed);
    json(DARAJA_TOKEN)
}

async fn momo_token(State(shared): State<Shared>) -> Response {
    shared.token_requests.fetch_add(1, Ordering::Relaxed);
    json(MOMO_TOKEN)
}

async fn rtp_status(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    authorized(&shared, &headers, RTP_STATUS)
}

async fn banks(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    authorized(&shared, &headers, BANKS)
}

async fn cash_in(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    authorized(&shared, &headers, CASH_IN)
}

async fn stk_query(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    authorized(&shared, &headers, STK_QUERY)
}

/// `body` to a request that carries the token, 401 to any other.
fn authorized(shared: &Shared, headers: &HeaderMap, body: &'static str) -> Response {
    if headers.get(header::AUTHORIZATION) != Some(&shared.bearer) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    json(body)
}

fn json(body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}
