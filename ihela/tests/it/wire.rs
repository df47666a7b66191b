//! Wire tests: for every operation, the exact method, path, query, headers
//! and body the client sends (httpmock matches them; a mismatch is a 404 and
//! the mock's hit count stays 0).

use crate::common::*;
use httpmock::prelude::*;
use httpmock::{Then, When};
use ihela::gen1::InitBill;
use ihela::gen2::{CheckBill, CreateBill, CreditCashIn};
use ihela::mock::MockServerExt as _;
use ihela::{CreatedBill, CustomerQuery};
use serde_json::json;

/// What every call after the token carries (Bearer, Accept, User-Agent, and
/// no header the contract does not have, such as progenitor's
/// `api-version`), with `fixture_name` as the answer. The typed mock the test calls it from
/// (`server.list_banks(..)`) matches the method and path the spec gives.
fn merchant_call(when: When, then: Then, fixture_name: &str) -> When {
    then.status(200)
        .header("content-type", "application/json")
        .body(fixture(fixture_name));
    when.header("authorization", bearer())
        .header("accept", "application/json")
        .header("user-agent", ihela::USER_AGENT)
        .header_missing("api-version")
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
    let token = server.create_token(|when, then| {
        // The typed `body` matches JSON; the token call is a form.
        when.into_inner()
            .header("authorization", BASIC)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("user-agent", ihela::USER_AGENT)
            .header_missing("cookie")
            .header_missing("api-version")
            .body("grant_type=client_credentials");
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(fixture("create_token_issued"));
    });
    client(&server).authenticate().await.unwrap();
    token.assert_calls_async(1).await;
}

#[tokio::test]
async fn list_banks_is_a_bare_get_with_bearer() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = server.list_banks(|when, then| {
        no_body(no_query(merchant_call(
            when.into_inner(),
            then.into_inner(),
            "list_banks_count",
        )));
    });
    let banks = client(&server).list_banks().await.unwrap();
    assert_eq!(banks.len(), 3);
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn cash_in_and_cash_out_bank_lists_have_their_own_paths() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let cash_in = server.list_cash_in_banks(|when, then| {
        no_query(merchant_call(
            when.into_inner(),
            then.into_inner(),
            "list_banks_banks_count",
        ));
    });
    let cash_out = server.list_cash_out_banks(|when, then| {
        no_query(merchant_call(when.into_inner(), then.into_inner(), "list_banks_count"));
    });
    let client = client(&server);
    assert_eq!(client.list_cash_in_banks().await.unwrap().len(), 2);
    assert_eq!(client.list_cash_out_banks().await.unwrap().len(), 3);
    cash_in.assert_calls_async(1).await;
    cash_out.assert_calls_async(1).await;
}

#[tokio::test]
async fn lookup_customer_sends_either_query_name() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let by_id = server.lookup_customer(|when, then| {
        merchant_call(
            when.bank_slug(&"MF1-0001".try_into().unwrap()).into_inner(),
            then.into_inner(),
            "lookup_customer_found",
        )
        .is_true(|req| req.uri().query() == Some("customer_id=76000111"));
    });
    let by_number = server.lookup_customer(|when, then| {
        merchant_call(
            when.bank_slug(&"MF1-0001".try_into().unwrap()).into_inner(),
            then.into_inner(),
            "lookup_customer_found",
        )
        .is_true(|req| req.uri().query() == Some("account_number=000001-01"));
    });
    let client = client(&server);
    let found = client
        .lookup_customer(&slug("MF1-0001"), CustomerQuery::CustomerId("76000111".into()))
        .await
        .unwrap();
    assert_eq!(found.account_number.as_str(), "000001-01");
    client
        .lookup_customer(&slug("MF1-0001"), CustomerQuery::AccountNumber("000001-01".into()))
        .await
        .unwrap();
    by_id.assert_calls_async(1).await;
    by_number.assert_calls_async(1).await;
}

#[tokio::test]
async fn lookup_customer_escapes_the_bank_slug_in_the_path() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = server.lookup_customer(|when, then| {
        merchant_call(when.into_inner(), then.into_inner(), "lookup_customer_found").path_includes("/MF1%2F0001/");
    });
    client(&server)
        .lookup_customer(&slug("MF1/0001"), CustomerQuery::CustomerId("7".into()))
        .await
        .unwrap();
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn init_bill_posts_json_without_null_fields() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = server.init_bill(|when, then| {
        merchant_call(when.into_inner(), then.into_inner(), "init_bill_short")
            .header("content-type", "application/json")
            .json_body(json!({
                "amount": 2000,
                "user": "76000111",
                "description": "My description",
                "merchant_reference": "unique_reference",
                "bank": "MOB-0003",
                "bank_client_id": "76000111",
                "redirect_uri": "https://yourapp.com/uri/to/redirect/to/"
            }));
    });
    let bill = client(&server)
        .init_bill(
            InitBill::new(
                francs(2000),
                "76000111",
                "My description",
                reference("unique_reference"),
            )
            .bank(slug("MOB-0003"))
            .bank_client_id("76000111")
            .redirect_uri("https://yourapp.com/uri/to/redirect/to/"),
        )
        .await
        .unwrap();
    assert_eq!(bill.bill().code.as_str(), "BILL-20200813-B8GUIUDIN0");
    assert!(
        matches!(&bill, CreatedBill::ToConfirm { confirmation_uri, .. } if confirmation_uri.ends_with("B8GUIUDIN0"))
    );
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn verify_bill_crosses_the_names_as_the_gateway_expects() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = server.verify_bill(|when, then| {
        merchant_call(when.into_inner(), then.into_inner(), "verify_bill_pending")
            .header("content-type", "application/json")
            .json_body(json!({"code": "58646cc904c471d6413e", "reference": "BILL-20200813-B8GUIUDIN0"}));
    });
    let status = client(&server)
        .verify_bill(
            &reference("58646cc904c471d6413e"),
            &bill_code("BILL-20200813-B8GUIUDIN0"),
        )
        .await
        .unwrap();
    assert_eq!(status.status, ihela::BillStatus::Pending);
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn create_bill_posts_generation_2_fields_with_the_clients_pin() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = server.create_bill(|when, then| {
        merchant_call(when.into_inner(), then.into_inner(), "create_bill_created")
            .header("content-type", "application/json")
            .json_body(json!({
                "debit_bank": "MF1-0001",
                "debit_account": "0000000016-01",
                "amount": 600,
                "description": "Payment of order 752001",
                "merchant_reference": "752001",
                "pin_code": "1234"
            }));
    });
    let created = client_with_pin(&server)
        .create_bill(
            CreateBill::new(
                "0000000016-01",
                francs(600),
                "Payment of order 752001",
                reference("752001"),
            )
            .debit_bank(slug("MF1-0001")),
        )
        .await
        .unwrap();
    // The envelope's data has no confirmation page: the customer confirms in iHela.
    assert!(matches!(&created, CreatedBill::InIhela { .. }), "{created:?}");
    assert_eq!(created.bill().code.as_str(), "BILL-20260701-K3J9X2M4QA");
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn check_bill_posts_code_reference_and_pin() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = server.check_bill(|when, then| {
        merchant_call(when.into_inner(), then.into_inner(), "check_bill_paid")
            .header("content-type", "application/json")
            .json_body(
                json!({"bill_code": "CODE-20230421-W9T6CYW", "merchant_reference": "752001", "pin_code": "1234"}),
            );
    });
    let bill = client_with_pin(&server)
        .check_bill(CheckBill::new(reference("752001"), bill_code("CODE-20230421-W9T6CYW")))
        .await
        .unwrap();
    assert_eq!(bill.status, ihela::BillStatus::Paid);
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn cash_in_posts_generation_1_names() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = server.cash_in(|when, then| {
        merchant_call(when.into_inner(), then.into_inner(), "cash_in_accepted")
            .header("content-type", "application/json")
            .json_body(json!({
                "bank_slug": "MF1-0001",
                "account": "000001-01",
                "amount": 20000,
                "merchant_reference": "REF3223",
                "description": "Cashin description"
            }));
    });
    let accepted = client(&server).cash_in(cash_in_request()).await.unwrap();
    assert_eq!(accepted.reference, "CPT-5/01-199");
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn cash_in_posts_generation_2_names_with_the_clients_pin() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = server.cash_in(|when, then| {
        merchant_call(when.into_inner(), then.into_inner(), "cash_in_accepted").json_body(json!({
            "credit_bank": "MF1-0001",
            "credit_account": "000001-01",
            "credit_account_holder": "Bigirimana Fabrice",
            "amount": 20000,
            "merchant_reference": "REF3224",
            "description": "Cashin description",
            "pin_code": "1234",
            "currency": "BIF"
        }));
    });
    client_with_pin(&server)
        .cash_in(
            CreditCashIn::new(
                slug("MF1-0001"),
                account("000001-01"),
                francs(20000),
                reference("REF3224"),
                "Cashin description",
            )
            .account_holder("Bigirimana Fabrice"),
        )
        .await
        .unwrap();
    call.assert_calls_async(1).await;
}

#[tokio::test]
async fn connected_user_is_a_bare_get() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let call = server.get_connected_user(|when, then| {
        no_body(merchant_call(
            when.into_inner(),
            then.into_inner(),
            "get_connected_user_merchant",
        ));
    });
    let user = client(&server).connected_user().await.unwrap();
    assert_eq!(user.username.as_deref(), Some("merchant-username"));
    call.assert_calls_async(1).await;
}
