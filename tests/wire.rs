//! Wire tests: for every operation, the exact method, path, query, headers
//! and body the client sends (httpmock matches them; a mismatch is a 404 and
//! the mock's hit count stays 0).

mod common;

use common::*;
use httpmock::prelude::*;
use httpmock::{Mock, When};
use ihela::{CheckBill, CreateBill, CreditCashIn, CustomerQuery, InitBill, Pin};
use serde_json::json;

/// Mocks one merchant operation: the given matchers plus what every call
/// after the token carries (Bearer, Accept, User-Agent), answering `fixture`.
async fn mock_call<'a>(server: &'a MockServer, fixture_name: &str, matchers: impl FnOnce(When) -> When) -> Mock<'a> {
    let body = fixture(fixture_name);
    server
        .mock_async(|when, then| {
            matchers(
                when.header("authorization", bearer())
                    .header("accept", "application/json")
                    .header("user-agent", ihela::USER_AGENT),
            );
            then.status(200).header("content-type", "application/json").body(body);
        })
        .await
}

/// Matches a request without a query string.
fn no_query(when: When) -> When {
    when.is_true(|req| req.uri().query().is_none())
}

/// Matches a request without a body.
fn no_body(when: When) -> When {
    when.is_true(|req| req.body().is_empty())
}

#[tokio::test]
async fn create_token_sends_basic_credentials_and_a_form() {
    let server = MockServer::start_async().await;
    let token = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oAuth2/token/")
                .header("authorization", BASIC)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("user-agent", ihela::USER_AGENT)
                .header_missing("cookie")
                .body("grant_type=client_credentials");
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture("create_token_issued"));
        })
        .await;
    client(&server).authenticate().await.unwrap();
    token.assert_calls_async(1).await;
}

#[tokio::test]
async fn list_banks_is_a_bare_get_with_bearer() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = mock_call(&server, "list_banks_count", |w| {
        no_body(no_query(w.method(GET).path("/api/v1/payments/bank/")))
    })
    .await;
    let banks = client(&server).list_banks().await.unwrap();
    assert_eq!(banks.banks.len(), 3);
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn cash_in_and_cash_out_bank_lists_have_their_own_paths() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let cash_in = mock_call(&server, "list_banks_banks_count", |w| {
        no_query(w.method(GET).path("/api/v1/payments/bank/cashin/"))
    })
    .await;
    let cash_out = mock_call(&server, "list_banks_count", |w| {
        no_query(w.method(GET).path("/api/v1/payments/bank/cashout/"))
    })
    .await;
    let client = client(&server);
    assert_eq!(client.list_cash_in_banks().await.unwrap().banks_count, Some(2));
    assert_eq!(client.list_cash_out_banks().await.unwrap().count, Some(3));
    cash_in.assert_calls_async(1).await;
    cash_out.assert_calls_async(1).await;
}

#[tokio::test]
async fn lookup_customer_sends_either_query_name() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let by_id = mock_call(&server, "lookup_customer_found", |w| {
        w.method(GET)
            .path("/api/v1/bank/MF1-0001/account/lookup/")
            .is_true(|req| req.uri().query() == Some("customer_id=76000111"))
    })
    .await;
    let by_number = mock_call(&server, "lookup_customer_found", |w| {
        w.method(GET)
            .path("/api/v1/bank/MF1-0001/account/lookup/")
            .is_true(|req| req.uri().query() == Some("account_number=000001-01"))
    })
    .await;
    let client = client(&server);
    let found = client
        .lookup_customer("MF1-0001", CustomerQuery::CustomerId("76000111".into()))
        .await
        .unwrap();
    assert_eq!(found.account_number.as_str(), "000001-01");
    client
        .lookup_customer("MF1-0001", CustomerQuery::AccountNumber("000001-01".into()))
        .await
        .unwrap();
    by_id.assert_calls_async(1).await;
    by_number.assert_calls_async(1).await;
}

#[tokio::test]
async fn lookup_customer_escapes_the_bank_slug_in_the_path() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = mock_call(&server, "lookup_customer_found", |w| {
        w.method(GET).path("/api/v1/bank/MF1%2F0001/account/lookup/")
    })
    .await;
    client(&server)
        .lookup_customer("MF1/0001", CustomerQuery::CustomerId("7".into()))
        .await
        .unwrap();
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn init_bill_posts_json_without_null_fields() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = mock_call(&server, "init_bill_short", |w| {
        w.method(POST)
            .path("/api/v1/payments/bill/init/")
            .header("content-type", "application/json")
            .json_body(json!({
                "amount": 2000,
                "user": "76000111",
                "description": "My description",
                "merchant_reference": "unique_reference",
                "bank": "MOB-0003",
                "bank_client_id": "76000111",
                "redirect_uri": "https://yourapp.com/uri/to/redirect/to/"
            }))
    })
    .await;
    let bill = client(&server)
        .init_bill(
            InitBill::new(2000, "76000111", "My description", "unique_reference")
                .bank("MOB-0003")
                .bank_client_id("76000111")
                .redirect_uri("https://yourapp.com/uri/to/redirect/to/"),
        )
        .await
        .unwrap();
    assert_eq!(bill.code().as_str(), "BILL-20200813-B8GUIUDIN0");
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn verify_bill_crosses_the_names_as_the_gateway_expects() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = mock_call(&server, "verify_bill_pending", |w| {
        w.method(POST)
            .path("/api/v1/payments/bill/verify/")
            .header("content-type", "application/json")
            .json_body(json!({"code": "58646cc904c471d6413e", "reference": "BILL-20200813-B8GUIUDIN0"}))
    })
    .await;
    let status = client(&server)
        .verify_bill("58646cc904c471d6413e", "BILL-20200813-B8GUIUDIN0")
        .await
        .unwrap();
    assert_eq!(status.status, ihela::BillStatus::Pending);
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn create_bill_posts_the_later_generation_fields_with_the_pin() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = mock_call(&server, "create_bill_created", |w| {
        w.method(POST)
            .path("/api/v1/payments/bill-init/")
            .header("content-type", "application/json")
            .json_body(json!({
                "debit_bank": "MF1-0001",
                "debit_account": "0000000016-01",
                "amount": 600,
                "description": "Payment of order 752001",
                "merchant_reference": "752001",
                "pin_code": "1234"
            }))
    })
    .await;
    let pin: Pin = "1234".parse().unwrap();
    let data = client(&server)
        .create_bill(
            CreateBill::new("0000000016-01", 600, "Payment of order 752001", "752001")
                .debit_bank("MF1-0001")
                .pin(pin),
        )
        .await
        .unwrap();
    assert_eq!(
        data.bill_code.as_deref().map(String::as_str),
        Some("BILL-20260701-K3J9X2M4QA")
    );
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn check_bill_posts_code_reference_and_pin() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = mock_call(&server, "check_bill_paid", |w| {
        w.method(POST)
            .path("/api/v1/payments/bill-check/")
            .header("content-type", "application/json")
            .json_body(
                json!({"bill_code": "CODE-20230421-W9T6CYW", "merchant_reference": "752001", "pin_code": "1234"}),
            )
    })
    .await;
    let data = client(&server)
        .check_bill(
            CheckBill::new("752001")
                .bill_code("CODE-20230421-W9T6CYW")
                .pin("1234".parse::<Pin>().unwrap()),
        )
        .await
        .unwrap();
    assert_eq!(data.status, Some(ihela::BillStatus::Paid));
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn cash_in_posts_generation_1_names() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = mock_call(&server, "cash_in_accepted", |w| {
        w.method(POST)
            .path("/api/v1/payments/cash-in/")
            .header("content-type", "application/json")
            .json_body(json!({
                "bank_slug": "MF1-0001",
                "account": "000001-01",
                "amount": 20000,
                "merchant_reference": "REF3223",
                "description": "Cashin description"
            }))
    })
    .await;
    let accepted = client(&server).cash_in(cash_in_request()).await.unwrap();
    assert_eq!(accepted.reference, "CPT-5/01-199");
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn cash_in_posts_later_generation_names() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = mock_call(&server, "cash_in_accepted", |w| {
        w.method(POST).path("/api/v1/payments/cash-in/").json_body(json!({
            "credit_bank": "MF1-0001",
            "credit_account": "000001-01",
            "credit_account_holder": "Bigirimana Fabrice",
            "amount": 20000,
            "merchant_reference": "REF3224",
            "description": "Cashin description",
            "pin_code": "1234",
            "currency": "BIF"
        }))
    })
    .await;
    client(&server)
        .cash_in(
            CreditCashIn::new("MF1-0001", "000001-01", 20000, "REF3224", "Cashin description")
                .account_holder("Bigirimana Fabrice")
                .pin("1234".parse::<Pin>().unwrap())
                .currency("BIF"),
        )
        .await
        .unwrap();
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn connected_user_is_a_bare_get() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = mock_call(&server, "get_connected_user_merchant", |w| {
        no_body(w.method(GET).path("/api/v1/connected-user/"))
    })
    .await;
    let user = client(&server).connected_user().await.unwrap();
    assert_eq!(user.username.as_deref(), Some("merchant-username"));
    call.assert_calls_async(1).await;
}
