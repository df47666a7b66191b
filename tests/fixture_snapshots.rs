//! Fixture snapshots: each recorded answer in `tests/fixtures/` is served by
//! httpmock, decoded by the client, and the decoded value is snapshotted
//! (`tests/snapshots/`). A change in the spec or the types shows up as a diff;
//! review it with `cargo xtask snapshots --review`.

mod common;

use common::*;
use httpmock::prelude::*;
use ihela::{CheckBill, Client, CreateBill, CustomerQuery, InitBill, types};

/// Serves `fixture_name` at `method path` (any query) behind the mock token.
async fn serve(server: &MockServer, method: httpmock::Method, path: &str, fixture_name: &str) {
    mock_token(server).await;
    let body = fixture(fixture_name);
    server
        .mock_async(|when, then| {
            when.method(method).path(path);
            then.status(200).header("content-type", "application/json").body(body);
        })
        .await;
}

async fn served(method: httpmock::Method, path: &str, fixture_name: &str) -> (MockServer, Client) {
    let server = MockServer::start_async().await;
    serve(&server, method, path, fixture_name).await;
    let client = client(&server);
    (server, client)
}

fn check_request() -> CheckBill {
    CheckBill::new("752001").bill_code("CODE-20230421-W9T6CYW")
}

#[tokio::test]
async fn list_banks_with_count() {
    let (_s, client) = served(GET, "/api/v1/payments/bank/", "list_banks_count").await;
    insta::assert_debug_snapshot!(client.list_banks().await.unwrap());
}

#[tokio::test]
async fn list_banks_with_banks_count() {
    let (_s, client) = served(GET, "/api/v1/payments/bank/", "list_banks_banks_count").await;
    insta::assert_debug_snapshot!(client.list_banks().await.unwrap());
}

#[tokio::test]
async fn lookup_customer() {
    let (_s, client) = served(GET, "/api/v1/bank/MF1-0001/account/lookup/", "lookup_customer_found").await;
    let who = CustomerQuery::CustomerId("76000111".into());
    insta::assert_debug_snapshot!(client.lookup_customer("MF1-0001", who).await.unwrap());
}

#[tokio::test]
async fn init_bill_short_and_full() {
    for name in ["init_bill_short", "init_bill_full"] {
        let (_s, client) = served(POST, "/api/v1/payments/bill/init/", name).await;
        let request = InitBill::new(2000, "clientmail@gmail.com", "My description", "58646cc904c471d6413e");
        insta::assert_debug_snapshot!(name, client.init_bill(request).await.unwrap());
    }
}

#[tokio::test]
async fn verify_bill_each_status() {
    for name in ["verify_bill_pending", "verify_bill_paid", "verify_bill_expired"] {
        let (_s, client) = served(POST, "/api/v1/payments/bill/verify/", name).await;
        let status = client
            .verify_bill("58646cc904c471d6413e", "BILL-20200813-B8GUIUDIN0")
            .await
            .unwrap();
        insta::assert_debug_snapshot!(name, status);
    }
}

#[tokio::test]
async fn cash_in_accepted() {
    let (_s, client) = served(POST, "/api/v1/payments/cash-in/", "cash_in_accepted").await;
    insta::assert_debug_snapshot!(client.cash_in(cash_in_request()).await.unwrap());
}

#[tokio::test]
async fn cash_in_refused_is_an_error() {
    let (_s, client) = served(POST, "/api/v1/payments/cash-in/", "cash_in_refused").await;
    let error = client.cash_in(cash_in_request()).await.unwrap_err();
    insta::assert_debug_snapshot!(error);
}

#[tokio::test]
async fn create_token() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let client = client(&server);
    let token = client
        .api()
        .create_token()
        .body(types::TokenRequest::builder().grant_type(types::TokenRequestGrantType::ClientCredentials))
        .send()
        .await
        .unwrap()
        .into_inner();
    // The access token is a Secret: the snapshot shows `[redacted]`.
    insta::assert_debug_snapshot!(token);
}

#[tokio::test]
async fn create_bill_created() {
    let (_s, client) = served(POST, "/api/v1/payments/bill-init/", "create_bill_created").await;
    let request = CreateBill::new("0000000016-01", 600, "Order 752001", "752001").debit_bank("MF1-0001");
    insta::assert_debug_snapshot!(client.create_bill(request).await.unwrap());
}

#[tokio::test]
async fn check_bill_paid() {
    let (_s, client) = served(POST, "/api/v1/payments/bill-check/", "check_bill_paid").await;
    insta::assert_debug_snapshot!(client.check_bill(check_request()).await.unwrap());
}

#[tokio::test]
async fn check_bill_envelope_failure_is_an_error() {
    let (_s, client) = served(POST, "/api/v1/payments/bill-check/", "check_bill_envelope_failure").await;
    let error = client.check_bill(check_request()).await.unwrap_err();
    insta::assert_debug_snapshot!(error);
}

#[tokio::test]
async fn connected_user() {
    let (_s, client) = served(GET, "/api/v1/connected-user/", "get_connected_user_merchant").await;
    insta::assert_debug_snapshot!(client.connected_user().await.unwrap());
}

#[test]
fn callback_request_and_answer() {
    let request: types::BillCallback = serde_json::from_str(&fixture("bill_paid_request")).unwrap();
    insta::assert_debug_snapshot!("callback_request", request);
    let answer: types::BillCallbackAnswer = serde_json::from_str(&fixture("bill_paid_answer")).unwrap();
    insta::assert_debug_snapshot!("callback_answer", answer);
}
