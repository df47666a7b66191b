//! Confirmation against a mock gateway: a callback or a redirect is only a
//! hint, and the outcome is what bill check answers, for the amount billed.

use crate::common::*;
use httpmock::prelude::*;
use ihela::callback::{CallbackError, decode_callback, parse_redirect};
use ihela::{Error, PaymentOutcome};
use rust_decimal::Decimal;
use serde_json::json;

/// The bill of the source document's callback.
const REFERENCE: &str = "MERCHANT_REFERENCE";
const BILL: &str = "BILL-20200813-B8GUIUDIN0";

/// Mocks bill check for `REFERENCE`/`BILL`, with the client's PIN,
/// answering `status` with `data` in the envelope (or `data` whole for an
/// error status).
async fn mock_check(server: &MockServer, status: u16, data: serde_json::Value) -> httpmock::Mock<'_> {
    mock_op(server, Op::CheckBill, |when, then| {
        when.header("authorization", bearer())
            .json_body(json!({"bill_code": BILL, "merchant_reference": REFERENCE, "pin_code": "1234"}));
        let body = if status == 200 {
            json!({"success": true, "response_code": "00", "response_message": "Success", "response_data": data})
        } else {
            data
        };
        then.status(status)
            .header("content-type", "application/json")
            .json_body(body);
    })
}

/// iHela's check answer for the bill, with `status` and an amount of 2000.
fn checked(status: &str, bank_reference: Option<&str>) -> serde_json::Value {
    json!({"bill_code": BILL, "merchant_reference": REFERENCE, "status": status, "amount": "2000.00", "bank_reference": bank_reference})
}

fn callback() -> ihela::types::BillCallback {
    decode_callback(fixture("bill_paid_request").as_bytes()).unwrap()
}

fn redirect(paid: bool, status: &str) -> ihela::types::RedirectParams {
    parse_redirect(&format!(
        "https://shop.example/paid/?merchant_reference={REFERENCE}&bill_code={BILL}&paid={paid}&status={status}"
    ))
    .unwrap()
}

#[tokio::test]
async fn a_paid_callback_is_confirmed_for_the_amount_billed_with_ihelas_bank_reference() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let check = mock_check(&server, 200, checked("Paid", Some("WEB.BIL-9.99"))).await;
    let confirmed = client_with_pin(&server)
        .confirm(&callback(), francs(2000))
        .await
        .unwrap();
    check.assert_calls_async(1).await;
    assert_eq!(confirmed.bill_code.as_str(), BILL);
    assert_eq!(confirmed.merchant_reference.as_str(), REFERENCE);
    // The bank reference is iHela's, not the callback's `WEB.BIL-1.01`.
    assert_eq!(
        confirmed.outcome,
        PaymentOutcome::Paid {
            bank_reference: Some("WEB.BIL-9.99".into())
        }
    );
    assert_eq!(confirmed.amount, Decimal::new(200_000, 2));
}

#[tokio::test]
async fn another_amount_than_the_one_billed_is_a_mismatch() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_check(&server, 200, checked("Paid", None)).await;
    let error = client_with_pin(&server)
        .confirm(&callback(), francs(5000))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Mismatch { field: "amount", asked, answered, .. } if asked == "5000" && answered == "2000.00"),
        "{error}"
    );
}

#[tokio::test]
async fn an_answer_without_an_amount_confirms_nothing() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_check(&server, 200, json!({"bill_code": BILL, "status": "Paid"})).await;
    let error = client_with_pin(&server)
        .confirm(&callback(), francs(2000))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { reason, .. } if reason.contains("no amount")),
        "{error}"
    );
}

#[tokio::test]
async fn a_redirect_claiming_paid_is_pending_when_check_says_pending() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_check(&server, 200, checked("Pending", None)).await;
    let confirmed = client_with_pin(&server)
        .confirm(&redirect(true, "Paid"), francs(2000))
        .await
        .unwrap();
    assert_eq!(confirmed.outcome, PaymentOutcome::Pending);
    assert_eq!(confirmed.status, ihela::BillStatus::Pending);
}

#[tokio::test]
async fn an_expired_bill_is_expired_whatever_the_hint_says() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_check(&server, 200, checked("Expired", None)).await;
    let client = client_with_pin(&server);
    for hint in [redirect(true, "Paid"), redirect(false, "Expired")] {
        let confirmed = client.confirm(&hint, francs(2000)).await.unwrap();
        assert_eq!(confirmed.outcome, PaymentOutcome::Expired);
    }
}

#[tokio::test]
async fn an_answer_about_another_bill_is_a_mismatch() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let other_bill = json!({"bill_code": "BILL-20200813-OTHER00000", "merchant_reference": REFERENCE, "status": "Paid", "amount": "2000.00"});
    mock_check(&server, 200, other_bill).await;
    let error = client_with_pin(&server)
        .confirm(&callback(), francs(2000))
        .await
        .unwrap_err();
    match &error {
        Error::Mismatch {
            operation,
            field,
            asked,
            answered,
        } => {
            assert_eq!((*operation, *field), ("check_bill", "bill_code"));
            assert_eq!((asked.as_str(), answered.as_str()), (BILL, "BILL-20200813-OTHER00000"));
        }
        other => panic!("expected a mismatch, got {other:?}"),
    }
}

#[tokio::test]
async fn an_answer_for_another_merchant_reference_is_a_mismatch() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let other = json!({"bill_code": BILL, "merchant_reference": "order-7", "status": "Paid", "amount": "2000.00"});
    mock_check(&server, 200, other).await;
    let error = client_with_pin(&server)
        .confirm(&callback(), francs(2000))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Mismatch {
                field: "merchant_reference",
                ..
            }
        ),
        "{error}"
    );
}

#[tokio::test]
async fn a_failing_check_confirms_nothing() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_check(&server, 500, json!({"detail": "boom"})).await;
    let error = client_with_pin(&server)
        .confirm(&callback(), francs(2000))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Http { status, .. } if status.as_u16() == 500),
        "{error}"
    );
}

#[tokio::test]
async fn an_unknown_bill_confirms_nothing() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_check(&server, 404, json!({"detail": "Not found."})).await;
    let error = client_with_pin(&server)
        .confirm(&redirect(true, "Paid"), francs(2000))
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "{error}");
}

#[tokio::test]
async fn an_empty_reference_in_a_callback_is_refused_when_decoded() {
    let forged = decode_callback(br#"{"merchant_reference": "", "bill_code": "B", "error": false}"#).unwrap_err();
    assert!(
        matches!(&forged, CallbackError::Malformed(reason) if reason.contains("merchant_reference")),
        "{forged}"
    );
    // `?` turns it into the crate's one error type.
    let as_error: Error = forged.into();
    assert!(matches!(as_error, Error::Callback(_)), "{as_error}");
}

#[tokio::test]
async fn generation_2_statuses_map_to_outcomes() {
    let cases = [
        ("Initial", PaymentOutcome::Pending),
        ("Canceled", PaymentOutcome::Failed),
        ("Error", PaymentOutcome::Failed),
        ("Refunded", PaymentOutcome::Unknown),
    ];
    for (status, outcome) in cases {
        let server = MockServer::start_async().await;
        mock_token(&server).await;
        mock_check(&server, 200, checked(status, None)).await;
        let confirmed = client_with_pin(&server)
            .confirm(&callback(), francs(2000))
            .await
            .unwrap();
        assert_eq!(confirmed.outcome, outcome, "{status}");
    }
}
