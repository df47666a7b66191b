//! Shared by the integration tests: a mock gateway on loopback and a client for it.
#![allow(dead_code)]

mod sandbox;

use httpmock::prelude::*;
use httpmock::{Then, When};
use ihela::mock::MockServerExt as _;
use ihela::{Client, Environment};
#[allow(unused_imports)] // Only the tests against the sandbox use it.
pub use sandbox::*;

/// Test credentials; distinctive so that a leak would be found by a search.
pub const CLIENT_ID: &str = "test-client-id";
pub const CLIENT_SECRET: &str = "test-client-secret-0f9a";
/// The token the mock token endpoint hands out.
pub const ACCESS_TOKEN: &str = "fixture-access-token-not-a-real-one";
/// `Basic base64(test-client-id:test-client-secret-0f9a)`.
pub const BASIC: &str = "Basic dGVzdC1jbGllbnQtaWQ6dGVzdC1jbGllbnQtc2VjcmV0LTBmOWE=";

/// The text of `tests/fixtures/<name>.json`.
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The JSON value of `tests/fixtures/<name>.json`.
pub fn fixture_json(name: &str) -> serde_json::Value {
    serde_json::from_str(&fixture(name)).unwrap()
}

/// An operation of the spec, for helpers that mock whichever one a test names.
#[allow(dead_code)] // each test binary uses some
#[derive(Clone, Copy, Debug)]
pub enum Op {
    CreateToken,
    ListBanks,
    InitBill,
    VerifyBill,
    CreateBill,
    CheckBill,
    CashIn,
}

/// Mocks `op` through its typed mock (its method and path come from the
/// spec); `configure` adds matchers and the answer on the raw types.
#[allow(dead_code)]
pub fn mock_op(server: &MockServer, op: Op, configure: impl FnOnce(When, Then)) -> httpmock::Mock<'_> {
    match op {
        Op::CreateToken => server.create_token(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::ListBanks => server.list_banks(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::InitBill => server.init_bill(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::VerifyBill => server.verify_bill(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::CreateBill => server.create_bill(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::CheckBill => server.check_bill(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::CashIn => server.cash_in(|when, then| configure(when.into_inner(), then.into_inner())),
    }
}

/// A client with the test credentials, for `server`.
pub fn client(server: &MockServer) -> Client {
    builder(server).build().unwrap()
}

/// A client with the test credentials and PIN, for `server`.
pub fn client_with_pin(server: &MockServer) -> Client {
    builder(server).pin(pin()).build().unwrap()
}

fn builder(server: &MockServer) -> ihela::ClientBuilder {
    Client::builder(Environment::Custom(server.base_url())).credentials(CLIENT_ID, CLIENT_SECRET)
}

/// Mocks the token endpoint (its method and path from the spec): Basic
/// credentials, form body, the fixture token.
pub async fn mock_token(server: &MockServer) -> httpmock::Mock<'_> {
    server.create_token(|when, then| {
        // The typed `body` matches JSON; the token call is a form.
        when.into_inner()
            .header("authorization", BASIC)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("grant_type=client_credentials");
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(fixture("create_token_issued"));
    })
}

/// The base URL of a loopback port nothing listens on.
pub fn closed_port_url() -> String {
    pesa_sandbox::closed_port_url().unwrap()
}

/// Lists the banks `calls` times at once, each on its own task; every call must succeed.
pub async fn list_banks_concurrently(client: &Client, calls: usize) {
    let calls = (0..calls).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.list_banks().await })
    });
    for call in futures::future::join_all(calls).await {
        call.unwrap().unwrap();
    }
}

/// The `Authorization` header every call after the token carries.
pub fn bearer() -> String {
    format!("Bearer {ACCESS_TOKEN}")
}

/// The bill of the Python client's README: 2000 BIF for order-1.
pub fn bill_request() -> ihela::gen1::InitBill {
    ihela::gen1::InitBill::new(
        francs(2000),
        "clientmail@gmail.com",
        "My description",
        reference("order-1"),
    )
}

/// The cash-in of the source documents: 20000 BIF to account 000001-01 at MF1-0001.
pub fn cash_in_request() -> ihela::gen1::CashIn {
    ihela::gen1::CashIn::new(
        slug("MF1-0001"),
        account("000001-01"),
        francs(20000),
        reference("REF3223"),
        "Cashin description",
    )
}

/// `amount` francs (the tests' amounts are all valid).
pub fn francs(amount: u64) -> ihela::Francs {
    ihela::Francs::try_from(amount).unwrap()
}

/// A merchant reference the test writes.
pub fn reference(text: &str) -> ihela::MerchantReference {
    ihela::MerchantReference::parse(text).unwrap()
}

/// A bill code the test writes.
pub fn bill_code(text: &str) -> ihela::BillCode {
    ihela::BillCode::parse(text).unwrap()
}

/// A bank slug the test writes.
pub fn slug(text: &str) -> ihela::BankSlug {
    ihela::BankSlug::parse(text).unwrap()
}

/// An account number the test writes.
pub fn account(text: &str) -> ihela::AccountNumber {
    ihela::AccountNumber::parse(text).unwrap()
}

/// The PIN of the tests.
pub fn pin() -> ihela::Pin {
    "1234".parse().unwrap()
}
