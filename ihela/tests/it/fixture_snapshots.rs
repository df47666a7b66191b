//! Fixture snapshots: each recorded answer in `tests/fixtures/` is served by
//! httpmock, decoded by the client, and what the merchant gets is
//! snapshotted (`tests/it/snapshots/`); the answers whose curated shape
//! keeps only part of them are snapshotted as the generated types decode
//! them too. A change in the spec or the types shows up as a diff; review it
//! with `cargo xtask snapshots --review`.

use crate::common::*;
use httpmock::Then;
use httpmock::prelude::*;
use ihela::gen1::InitBill;
use ihela::gen2::{CheckBill, CreateBill};
use ihela::mock::MockServerExt as _;
use ihela::{Client, CustomerQuery, types};

/// A mock gateway with the mock token, and a client for it.
async fn gateway() -> (MockServer, Client) {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let client = client(&server);
    (server, client)
}

/// Answers `fixture_name` with HTTP 200, from the operation's typed mock
/// (`server.list_banks(..)`: the method and path come from the spec).
fn answer(then: Then, fixture_name: &str) {
    then.status(200)
        .header("content-type", "application/json")
        .body(fixture(fixture_name));
}

fn check_request() -> CheckBill {
    CheckBill::new(reference("752001"), bill_code("CODE-20230421-W9T6CYW"))
}

#[tokio::test]
async fn list_banks_with_count() {
    let (server, client) = gateway().await;
    server.list_banks(|_, then| answer(then.into_inner(), "list_banks_count"));
    insta::assert_debug_snapshot!(client.list_banks().await.unwrap());
}

#[tokio::test]
async fn list_banks_with_banks_count() {
    let (server, client) = gateway().await;
    server.list_banks(|_, then| answer(then.into_inner(), "list_banks_banks_count"));
    insta::assert_debug_snapshot!(client.list_banks().await.unwrap());
}

#[tokio::test]
async fn lookup_customer() {
    let (server, client) = gateway().await;
    server.lookup_customer(|_, then| answer(then.into_inner(), "lookup_customer_found"));
    let who = CustomerQuery::CustomerId("76000111".into());
    insta::assert_debug_snapshot!(client.lookup_customer(&slug("MF1-0001"), who).await.unwrap());
}

#[tokio::test]
async fn init_bill_short_and_full() {
    for name in ["init_bill_short", "init_bill_full"] {
        let (server, client) = gateway().await;
        server.init_bill(|_, then| answer(then.into_inner(), name));
        let request = InitBill::new(
            francs(2000),
            "clientmail@gmail.com",
            "My description",
            reference("58646cc904c471d6413e"),
        );
        insta::assert_debug_snapshot!(name, client.init_bill(request).await.unwrap());
        // The whole bill, as the generated type reads it.
        let decoded: types::BillInitResponse = serde_json::from_str(&fixture(name)).unwrap();
        insta::assert_debug_snapshot!(format!("{name}_decoded"), decoded);
    }
}

#[tokio::test]
async fn verify_bill_each_status() {
    for name in ["verify_bill_pending", "verify_bill_paid", "verify_bill_expired"] {
        let (server, client) = gateway().await;
        server.verify_bill(|_, then| answer(then.into_inner(), name));
        let status = client
            .verify_bill(
                &reference("58646cc904c471d6413e"),
                &bill_code("BILL-20200813-B8GUIUDIN0"),
            )
            .await
            .unwrap();
        insta::assert_debug_snapshot!(name, status);
    }
}

#[tokio::test]
async fn cash_in_accepted() {
    let (server, client) = gateway().await;
    server.cash_in(|_, then| answer(then.into_inner(), "cash_in_accepted"));
    insta::assert_debug_snapshot!(client.cash_in(cash_in_request()).await.unwrap());
}

#[tokio::test]
async fn cash_in_refused_is_an_error() {
    let (server, client) = gateway().await;
    server.cash_in(|_, then| answer(then.into_inner(), "cash_in_refused"));
    let error = client.cash_in(cash_in_request()).await.unwrap_err();
    insta::assert_debug_snapshot!(error);
}

#[test]
fn create_token() {
    // The client keeps the token to itself: decoded here as it reads it.
    let token: types::Token = serde_json::from_str(&fixture("create_token_issued")).unwrap();
    // The access token is a Secret: the snapshot shows `[redacted]`.
    insta::assert_debug_snapshot!(token);
}

#[tokio::test]
async fn create_bill_created() {
    let (server, client) = gateway().await;
    server.create_bill(|_, then| answer(then.into_inner(), "create_bill_created"));
    let request =
        CreateBill::new("0000000016-01", francs(600), "Order 752001", reference("752001")).debit_bank(slug("MF1-0001"));
    insta::assert_debug_snapshot!(client.create_bill(request).await.unwrap());
}

#[tokio::test]
async fn check_bill_paid() {
    let (server, client) = gateway().await;
    server.check_bill(|_, then| answer(then.into_inner(), "check_bill_paid"));
    insta::assert_debug_snapshot!(client.check_bill(check_request()).await.unwrap());
}

#[tokio::test]
async fn check_bill_envelope_failure_is_an_error() {
    let (server, client) = gateway().await;
    server.check_bill(|_, then| answer(then.into_inner(), "check_bill_envelope_failure"));
    let error = client.check_bill(check_request()).await.unwrap_err();
    insta::assert_debug_snapshot!(error);
}

#[tokio::test]
async fn connected_user() {
    let (server, client) = gateway().await;
    server.get_connected_user(|_, then| answer(then.into_inner(), "get_connected_user_merchant"));
    insta::assert_debug_snapshot!(client.connected_user().await.unwrap());
}

#[test]
fn callback_request_and_answer() {
    let request: types::BillCallback = serde_json::from_str(&fixture("bill_paid_request")).unwrap();
    insta::assert_debug_snapshot!("callback_request", request);
    let answer: types::BillCallbackAnswer = serde_json::from_str(&fixture("bill_paid_answer")).unwrap();
    insta::assert_debug_snapshot!("callback_answer", answer);
}
