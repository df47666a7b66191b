//! Shared by the integration tests: a mock Daraja on loopback and a client
//! for it, the sandbox's parties, and a merchant's callback endpoints that
//! report what they hear.
#![allow(dead_code)] // each test module uses some

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use daraja::callback::{CallbackPaths, Callbacks, ConfirmedC2b, ResultNotice, StkSettlement};
use daraja::mock::MockServerExt as _;
use daraja::{
    Business, CheckoutRequestId, Client, Environment, Express, Initiator, OriginatorConversationId, PhoneNumber,
    ResultUrls, Shillings, ShortCode,
};
use httpmock::MockServer;
use tokio::sync::mpsc;

/// Test credentials; distinctive so that a leak would be found by a search.
pub const CONSUMER_KEY: &str = "test-consumer-key";
pub const CONSUMER_SECRET: &str = "test-consumer-secret-7d1c";
/// The token the mock token endpoint hands out.
pub const ACCESS_TOKEN: &str = "fixture-access-token-not-a-real-one";
/// The paybill and passkey of the mock tests (Safaricom's public sandbox pair).
pub const PAYBILL: &str = "174379";
pub const PASSKEY: &str = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
/// The initiator password of the mock tests.
pub const INITIATOR_PASSWORD: &str = "test-initiator-password-4e2a";

/// A sandbox whose callbacks are delivered once (the tests' URLs that
/// nobody serves fail fast).
pub async fn quiet_sandbox() -> daraja_sandbox::Sandbox {
    daraja_sandbox::Sandbox::start_with(daraja_sandbox::Config {
        callback_attempts: 1,
        ..daraja_sandbox::Config::default()
    })
    .await
    .unwrap()
}

/// The text of `tests/fixtures/<name>.json`.
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `Basic base64(key:secret)` of the test credentials.
pub fn basic() -> String {
    format!("Basic {}", STANDARD.encode(format!("{CONSUMER_KEY}:{CONSUMER_SECRET}")))
}

/// The `Authorization` header every call after the token carries.
pub fn bearer() -> String {
    format!("Bearer {ACCESS_TOKEN}")
}

/// A mock Daraja whose initiator passwords are encrypted under the
/// sandbox's certificate (so that a test can decrypt them).
pub fn environment(server: &MockServer) -> Environment {
    Environment::Custom {
        base_url: server.base_url(),
        certificate: daraja::Certificate::from_pem(daraja_sandbox::CERTIFICATE).unwrap(),
    }
}

/// A client with the test credentials, for `server`.
pub fn client(server: &MockServer) -> Client {
    builder(server).build().unwrap()
}

/// A client builder with the test credentials, for `server`.
pub fn builder(server: &MockServer) -> daraja::ClientBuilder {
    Client::builder(environment(server)).credentials(CONSUMER_KEY, CONSUMER_SECRET)
}

/// Mocks the token endpoint (its method and path from the spec): Basic
/// credentials, the fixture token.
pub fn mock_token(server: &MockServer) -> httpmock::Mock<'_> {
    server.create_token(|when, then| {
        when.grant_type(daraja::types::GrantType::ClientCredentials)
            .into_inner()
            .header("authorization", basic());
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(fixture("create_token_issued"));
    })
}

/// A mock Daraja with its token endpoint, and a client for it.
pub async fn gateway() -> (MockServer, Client) {
    let server = MockServer::start_async().await;
    mock_token(&server);
    let client = client(&server);
    (server, client)
}

/// The base URL of a loopback port nothing listens on.
pub fn closed_port_url() -> String {
    pesa_sandbox::closed_port_url().unwrap()
}

/// A phone number the test writes.
pub fn phone(text: &str) -> PhoneNumber {
    PhoneNumber::parse(text).unwrap()
}

/// A shortcode the test writes.
pub fn shortcode(text: &str) -> ShortCode {
    ShortCode::parse(text).unwrap()
}

/// `amount` whole shillings (the tests' amounts are all valid).
pub fn shillings(amount: i64) -> Shillings {
    Shillings::new(amount).unwrap()
}

/// A merchant key the test writes.
pub fn key(text: &str) -> OriginatorConversationId {
    OriginatorConversationId::try_from(text).unwrap()
}

/// The paybill's prompts on `client`.
pub fn express(client: &Client) -> Express {
    client.express(shortcode(PAYBILL), PASSKEY)
}

/// The business of the mock tests: shortcode 600992, results to `base`.
pub fn business(client: &Client, base: &str) -> Business {
    client
        .business(
            shortcode("600992"),
            Initiator::new("testapi", INITIATOR_PASSWORD),
            ResultUrls::new(format!("{base}/mpesa/result"), format!("{base}/mpesa/timeout")).unwrap(),
        )
        .unwrap()
}

/// The sandbox's paybill prompts on `client`.
pub fn sandbox_express(client: &Client) -> Express {
    client.express(shortcode(daraja_sandbox::PAYBILL), daraja_sandbox::PASSKEY)
}

/// The sandbox's business (its initiator and password), results to `base`.
pub fn sandbox_business(client: &Client, base: &str) -> Business {
    client
        .business(
            shortcode(daraja_sandbox::BUSINESS),
            Initiator::new(daraja_sandbox::INITIATOR, daraja_sandbox::INITIATOR_PASSWORD),
            ResultUrls::new(format!("{base}/mpesa/result"), format!("{base}/mpesa/timeout")).unwrap(),
        )
        .unwrap()
}

/// What a merchant's callback endpoints heard, confirmed.
#[derive(Debug)]
pub enum Heard {
    /// A push settled.
    Settled(StkSettlement),
    /// A result of a request the merchant made (its label).
    Result(String, ResultNotice),
    /// A customer's payment, confirmed.
    Paid(ConfirmedC2b),
}

/// A merchant on loopback with every callback mounted at the default paths:
/// it knows the pushes and requests the test records, and reports what it
/// hears.
pub struct Merchant {
    /// Its base URL.
    pub base: String,
    /// Amount pushed, by checkout id.
    pub pushed: Arc<Mutex<HashMap<CheckoutRequestId, Shillings>>>,
    /// Label of each request sent, by its originator conversation id.
    pub sent: Arc<Mutex<HashMap<OriginatorConversationId, String>>>,
    heard: mpsc::UnboundedReceiver<Heard>,
}

impl Merchant {
    /// The listener is bound now (the URLs exist before any request); the
    /// callbacks are served once `serve` is given the clients.
    pub async fn bind() -> (Merchant, tokio::net::TcpListener) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let (_, heard) = mpsc::unbounded_channel();
        let merchant = Merchant {
            base: format!("http://{}", listener.local_addr().unwrap()),
            pushed: Arc::default(),
            sent: Arc::default(),
            heard,
        };
        (merchant, listener)
    }

    /// Serves `express`'s STK callbacks, the results of the requests in
    /// `sent`, and `business`'s C2B payments (every one validated).
    pub fn serve(&mut self, listener: tokio::net::TcpListener, express: Express, business: Business) {
        let (tell, heard) = mpsc::unbounded_channel();
        self.heard = heard;
        let (pushed, sent) = (self.pushed.clone(), self.sent.clone());
        let (settled, resulted, paid) = (tell.clone(), tell.clone(), tell);
        let callbacks = Callbacks::<String>::new()
            .stk(
                express,
                move |checkout| {
                    let amount = pushed.lock().unwrap().get(&checkout).copied();
                    async move { Ok::<_, Infallible>(amount) }
                },
                move |settlement| {
                    let _ = settled.send(Heard::Settled(settlement));
                    async { Ok::<_, Infallible>(()) }
                },
            )
            .results(
                move |keys| {
                    let label = sent.lock().unwrap().get(&keys.originator_conversation_id).cloned();
                    async move { Ok::<_, Infallible>(label) }
                },
                move |label, notice| {
                    let _ = resulted.send(Heard::Result(label, notice));
                    async { Ok::<_, Infallible>(()) }
                },
            )
            .c2b(
                business,
                |_| async { Ok::<_, Infallible>(daraja::callback::C2bVerdict::Accept) },
                move |payment| {
                    let _ = paid.send(Heard::Paid(payment));
                    async { Ok::<_, Infallible>(()) }
                },
            );
        let app = callbacks.into_router::<()>(&CallbackPaths::default());
        tokio::spawn(
            async move { axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await },
        );
    }

    /// Its STK callback URL.
    pub fn stk_url(&self) -> String {
        format!("{}{}", self.base, CallbackPaths::default().stk)
    }

    /// Records a push of `amount` under `checkout`.
    pub fn pushed(&self, checkout: &CheckoutRequestId, amount: Shillings) {
        self.pushed.lock().unwrap().insert(checkout.clone(), amount);
    }

    /// Records a request sent under `key`, as `label`.
    pub fn sent(&self, key: &OriginatorConversationId, label: &str) {
        self.sent.lock().unwrap().insert(key.clone(), label.to_owned());
    }

    /// What it heard next; panics after ten seconds of silence.
    pub async fn next(&mut self) -> Heard {
        tokio::time::timeout(Duration::from_secs(10), self.heard.recv())
            .await
            .expect("the merchant heard nothing for ten seconds")
            .expect("the merchant's endpoints stopped")
    }

    /// Whether it heard nothing more (call after `Sandbox::settle`).
    pub fn heard_nothing_more(&mut self) -> bool {
        self.heard.try_recv().is_err()
    }
}
