//! Confirmation against a mock gateway: a callback or a redirect is only a
//! hint, and the outcome is what bill verify (or bill check) answers.

mod common;

use common::*;
use httpmock::prelude::*;
use ihela::Error;
use ihela::callback::{CallbackError, PaymentOutcome, decode_callback, parse_redirect};
use rust_decimal::Decimal;
use serde_json::json;

/// The bill of the source document's callback.
const REFERENCE: &str = "MERCHANT_REFERENCE";
const BILL: &str = "BILL-20200813-B8GUIUDIN0";

/// Mocks bill verify for `REFERENCE`/`BILL` (names crossed as on the wire),
/// answering `bill` as the bill verify answer's `bill`.
async fn mock_verify(server: &MockServer, status: u16, bill: serde_json::Value) -> httpmock::Mock<'_> {
    mock_op(server, Op::VerifyBill, |when, then| {
        when.header("authorization", bearer())
            .json_body(json!({"code": REFERENCE, "reference": BILL}));
        then.status(status)
            .header("content-type", "application/json")
            .json_body(json!({ "bill": bill }));
    })
}

/// iHela's verify answer for the bill, with `status`.
fn verified(status: &str, bank_reference: Option<&str>) -> serde_json::Value {
    json!({"reference": BILL, "code": REFERENCE, "status": status, "bank_reference": bank_reference})
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
async fn a_paid_callback_is_confirmed_with_the_bank_reference_from_verify() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let verify = mock_verify(&server, 200, verified("Paid", Some("WEB.BIL-9.99"))).await;
    let confirmed = client(&server).confirm(&callback()).send().await.unwrap();
    verify.assert_calls_async(1).await;
    assert_eq!(confirmed.bill_code.as_str(), BILL);
    assert_eq!(confirmed.merchant_reference.as_str(), REFERENCE);
    // The bank reference is iHela's, not the callback's `WEB.BIL-1.01`.
    assert_eq!(
        confirmed.outcome,
        PaymentOutcome::Paid {
            bank_reference: Some("WEB.BIL-9.99".into())
        }
    );
    assert_eq!(confirmed.amount, None, "bill verify carries no amount");
}

#[tokio::test]
async fn a_redirect_claiming_paid_is_pending_when_verify_says_pending() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_verify(&server, 200, verified("Pending", None)).await;
    let confirmed = client(&server).confirm(&redirect(true, "Paid")).send().await.unwrap();
    assert_eq!(confirmed.outcome, PaymentOutcome::Pending);
    assert_eq!(confirmed.status, ihela::BillStatus::Pending);
}

#[tokio::test]
async fn an_expired_bill_is_expired_whatever_the_hint_says() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_verify(&server, 200, verified("Expired", None)).await;
    let client = client(&server);
    for hint in [redirect(true, "Paid"), redirect(false, "Expired")] {
        let confirmed = client.confirm(&hint).send().await.unwrap();
        assert_eq!(confirmed.outcome, PaymentOutcome::Expired);
    }
}

#[tokio::test]
async fn an_answer_about_another_bill_is_a_mismatch() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let other_bill = json!({"reference": "BILL-20200813-OTHER00000", "code": REFERENCE, "status": "Paid"});
    mock_verify(&server, 200, other_bill).await;
    let error = client(&server).confirm(&callback()).send().await.unwrap_err();
    match &error {
        Error::Mismatch {
            operation,
            field,
            asked,
            answered,
        } => {
            assert_eq!((*operation, *field), ("verify_bill", "bill_code"));
            assert_eq!((asked.as_str(), answered.as_str()), (BILL, "BILL-20200813-OTHER00000"));
        }
        other => panic!("expected a mismatch, got {other:?}"),
    }
}

#[tokio::test]
async fn an_answer_for_another_merchant_reference_is_a_mismatch() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_verify(
        &server,
        200,
        json!({"reference": BILL, "code": "order-7", "status": "Paid"}),
    )
    .await;
    let error = client(&server).confirm(&callback()).send().await.unwrap_err();
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
async fn a_failing_verify_confirms_nothing() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_verify(&server, 500, json!(null)).await;
    let error = client(&server).confirm(&callback()).send().await.unwrap_err();
    assert!(
        matches!(&error, Error::Http { status, .. } if status.as_u16() == 500),
        "{error}"
    );
}

#[tokio::test]
async fn an_unknown_bill_confirms_nothing() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    mock_op(&server, Op::VerifyBill, |_, then| {
        then.status(404).json_body(json!({"detail": "Not found."}));
    });
    let error = client(&server)
        .confirm(&redirect(true, "Paid"))
        .send()
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

/// Mocks bill check for the docs site's bill, answering `data` in the envelope.
async fn mock_check(server: &MockServer, data: serde_json::Value) -> httpmock::Mock<'_> {
    mock_op(server, Op::CheckBill, |when, then| {
        when.json_body(json!({"bill_code": BILL, "merchant_reference": REFERENCE, "pin_code": "1234"}));
        then.status(200).json_body(json!({
            "success": true, "response_code": "00", "response_message": "Success", "response_data": data
        }));
    })
}

#[tokio::test]
async fn bill_check_confirms_and_checks_the_expected_amount() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let check = mock_check(
        &server,
        json!({"bill_code": BILL, "merchant_reference": REFERENCE, "status": "Paid", "amount": "2000.00", "bank_reference": "WEB.2"}),
    )
    .await;
    let client = client(&server);
    let pin = || Some("1234".parse().unwrap());
    let confirmed = client
        .confirm(&callback())
        .via_bill_check(pin())
        .expected_amount(2000)
        .send()
        .await
        .unwrap();
    assert!(confirmed.outcome.is_paid());
    assert_eq!(confirmed.amount, Some(Decimal::new(200000, 2)));
    let error = client
        .confirm(&callback())
        .via_bill_check(pin())
        .expected_amount(5000)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Mismatch { field: "amount", asked, answered, .. } if asked == "5000" && answered == "2000.00"),
        "{error}"
    );
    check.assert_calls_async(2).await;
}

#[tokio::test]
async fn bill_check_statuses_of_the_later_generation_map_to_outcomes() {
    let cases = [
        ("Initial", PaymentOutcome::Pending),
        ("Canceled", PaymentOutcome::Failed),
        ("Error", PaymentOutcome::Failed),
        ("Refunded", PaymentOutcome::Unknown),
    ];
    for (status, outcome) in cases {
        let server = MockServer::start_async().await;
        mock_token(&server).await;
        mock_check(&server, json!({"bill_code": BILL, "status": status})).await;
        let confirmed = client(&server)
            .confirm(&callback())
            .via_bill_check(Some("1234".parse().unwrap()))
            .send()
            .await
            .unwrap();
        assert_eq!(confirmed.outcome, outcome, "{status}");
    }
}
