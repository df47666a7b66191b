//! What is retried, what is never sent twice, and what a bill init or
//! cash-in of unknown outcome becomes, on a mock gateway (counting requests).

use std::time::Duration;

use crate::common::*;
use httpmock::prelude::*;
use ihela::gen2::{CheckBill, CreateBill};
use ihela::{Client, CreatedBill, Environment, Error, RetryPolicy};
use serde_json::json;

fn policy() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
}

fn client_with(server: &MockServer, policy: RetryPolicy) -> Client {
    Client::builder(Environment::Custom(server.base_url()))
        .credentials(CLIENT_ID, CLIENT_SECRET)
        .pin(pin())
        .retry(policy)
        .recover_bills_by_reference(true)
        .build()
        .unwrap()
}

/// A gateway with a token endpoint; returns it and a client with [`policy`]
/// that looks up bills whose init answer was lost.
async fn gateway() -> (MockServer, Client) {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let client = client_with(&server, policy());
    (server, client)
}

/// Mocks `op` answering `status` with `body`, every time.
async fn always<'a>(server: &'a MockServer, op: Op, status: u16, body: &str) -> httpmock::Mock<'a> {
    mock_op(server, op, |_, then| {
        then.status(status)
            .header("content-type", "application/json")
            .header("retry-after", "0")
            .body(body);
    })
}

#[tokio::test]
async fn transient_statuses_on_a_read_are_retried_up_to_the_attempt_cap() {
    for (status, attempts) in [(503, 3), (502, 3), (504, 3), (429, 3), (500, 1), (404, 1)] {
        let (server, client) = gateway().await;
        let banks = always(&server, Op::ListBanks, status, r#"{"detail": "x"}"#).await;
        let error = client.list_banks().await.unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        banks.assert_calls_async(attempts).await;
    }
}

#[tokio::test]
async fn retries_can_be_turned_off() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let client = client_with(&server, RetryPolicy::none());
    let banks = always(&server, Op::ListBanks, 503, "{}").await;
    client.list_banks().await.unwrap_err();
    banks.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_retry_after_past_the_budget_is_not_waited_for() {
    // How long a Retry-After is waited out is `pesa-core`'s to test, on
    // tokio's paused clock; here, that the answer's header is read.
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let banks = mock_op(&server, Op::ListBanks, |_, then| {
        then.status(429).header("retry-after", "1").body("{}");
    });
    // Without the header, the first backoff (at most 200 ms) would fit.
    let impatient = client_with(&server, policy().max_elapsed(Duration::from_millis(500)));
    impatient.list_banks().await.unwrap_err();
    banks.assert_calls_async(1).await;
}

#[tokio::test]
async fn the_transient_envelope_code_07_is_retried_on_bill_check_but_not_on_cash_in() {
    let (server, client) = gateway().await;
    let envelope = json!({"success": false, "response_code": "07", "response_message": "Try again"}).to_string();
    let check = always(&server, Op::CheckBill, 200, &envelope).await;
    let request = CheckBill::new(reference("752001"), bill_code("BILL-1"));
    let error = client.check_bill(request).await.unwrap_err();
    assert!(
        matches!(&error, Error::Refused { refusal, .. } if refusal.is_transient()),
        "{error:?}"
    );
    check.assert_calls_async(3).await;

    let cash_in = always(&server, Op::CashIn, 200, &envelope).await;
    let error = client.cash_in(cash_in_request()).await.unwrap_err();
    assert!(
        matches!(&error, Error::Refused { refusal, .. } if refusal.is_transient()),
        "{error:?}"
    );
    cash_in.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_bill_init_answered_503_is_sent_once_then_found_by_its_reference() {
    let (server, client) = gateway().await;
    let init = always(&server, Op::InitBill, 503, "").await;
    let lookup = mock_op(&server, Op::VerifyBill, |when, then| {
        when.json_body(json!({"code": "order-1"}));
        then.status(200)
            .header("content-type", "application/json")
            .body(fixture("verify_bill_pending"));
    });
    let created = client.init_bill(bill_request()).await.unwrap();
    init.assert_calls_async(1).await;
    lookup.assert_calls_async(1).await;
    let verified = fixture_json("verify_bill_pending");
    let CreatedBill::Recovered { bill } = created else {
        panic!("the init answer was lost, so the bill is recovered: {created:?}")
    };
    assert_eq!(bill.code.as_str(), verified["bill"]["reference"].as_str().unwrap());
    assert_eq!(
        bill.merchant_reference.as_str(),
        verified["bill"]["code"].as_str().unwrap()
    );
    assert_eq!(bill.status, ihela::BillStatus::Pending);
}

#[tokio::test]
async fn without_recovery_a_lost_bill_init_is_an_unknown_outcome_at_once() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let client = Client::builder(Environment::Custom(server.base_url()))
        .credentials(CLIENT_ID, CLIENT_SECRET)
        .retry(policy())
        .build()
        .unwrap();
    let init = always(&server, Op::InitBill, 503, "").await;
    let lookup = always(&server, Op::VerifyBill, 200, &fixture("verify_bill_pending")).await;
    let error = client.init_bill(bill_request()).await.unwrap_err();
    assert!(
        matches!(&error, Error::OutcomeUnknown { operation: "init_bill", reference, .. } if reference == "order-1"),
        "{error:?}"
    );
    init.assert_calls_async(1).await;
    lookup.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_bill_init_that_is_not_found_afterwards_is_an_unknown_outcome() {
    let (server, client) = gateway().await;
    let init = always(&server, Op::InitBill, 500, r#"{"detail": "oops"}"#).await;
    let lookup = always(&server, Op::VerifyBill, 404, r#"{"detail": "Not found."}"#).await;
    let error = client.init_bill(bill_request()).await.unwrap_err();
    let Error::OutcomeUnknown {
        operation,
        reference: merchant_reference,
        source,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!((*operation, merchant_reference.as_str()), ("init_bill", "order-1"));
    assert_eq!(source.status().map(|s| s.as_u16()), Some(500));
    init.assert_calls_async(1).await;
    lookup.assert_calls_async(3).await;
}

#[tokio::test]
async fn a_bill_init_refused_with_a_4xx_is_not_looked_up() {
    let (server, client) = gateway().await;
    let init = always(&server, Op::InitBill, 400, r#"{"amount": ["too small"]}"#).await;
    let lookup = always(&server, Op::VerifyBill, 404, "{}").await;
    let error = client.init_bill(bill_request()).await.unwrap_err();
    assert!(
        matches!(&error, Error::Http { status, .. } if status.as_u16() == 400),
        "{error:?}"
    );
    init.assert_calls_async(1).await;
    lookup.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_create_bill_found_with_another_amount_is_a_mismatch() {
    let (server, client) = gateway().await;
    always(&server, Op::CreateBill, 502, "").await;
    let found = json!({"success": true, "response_code": "00",
        "response_data": {"bill_code": "BILL-1", "merchant_reference": "752001", "status": "Pending", "amount": "999.00"}});
    let check = always(&server, Op::CheckBill, 200, &found.to_string()).await;
    let request =
        CreateBill::new("000016-01", francs(600), "Order 752001", reference("752001")).debit_bank(slug("MF1-0001"));
    let error = client.create_bill(request).await.unwrap_err();
    assert!(
        matches!(&error, Error::Mismatch { field: "amount", asked, answered, .. } if asked == "600" && answered == "999.00"),
        "{error:?}"
    );
    check.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_cash_in_of_unknown_outcome_is_never_sent_again() {
    let (server, client) = gateway().await;
    let cash_in = always(&server, Op::CashIn, 502, "<html>Bad Gateway</html>").await;
    let error = client.cash_in(cash_in_request()).await.unwrap_err();
    assert!(
        matches!(&error, Error::OutcomeUnknown { operation: "cash_in", reference, .. } if reference == "REF3223"),
        "{error:?}"
    );
    assert!(error.to_string().contains("REF3223"), "{error}");
    cash_in.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_cash_in_that_could_not_connect_is_a_transport_error_not_an_unknown_outcome() {
    let client = Client::builder(Environment::Custom(closed_port_url()))
        .access_token("handed-in", None)
        .retry(policy())
        .build()
        .unwrap();
    let error = client.cash_in(cash_in_request()).await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Transport {
                operation: "cash_in",
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn concurrent_calls_with_an_expired_token_fetch_one_new_token() {
    let server = MockServer::start_async().await;
    let token = mock_token(&server).await;
    let banks = always(&server, Op::ListBanks, 200, &fixture("list_banks_count")).await;
    let client = Client::builder(Environment::Custom(server.base_url()))
        .credentials(CLIENT_ID, CLIENT_SECRET)
        .access_token("expired-token", Some(Duration::ZERO))
        .build()
        .unwrap();
    list_banks_concurrently(&client, 200).await;
    token.assert_calls_async(1).await;
    banks.assert_calls_async(200).await;
}
