//! The callback endpoint (`CallbackHandler::into_router`, feature `axum`),
//! driven with real HTTP requests on loopback; a mock gateway answers bill
//! check. Each test is a delivery a merchant must survive: genuine, refused,
//! for another amount or an unknown order, forged, repeated, malformed, or
//! arriving while the merchant is down.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::common::*;
use httpmock::prelude::*;
use ihela::callback::{CallbackHandler, Confirmed, Decision, SIGNATURE_HEADER, SignatureKey};
use serde_json::{Value, json};

const PATH: &str = "/ihela/callback";
const REFERENCE: &str = "order-1042";
const BILL: &str = "BILL-20261123-AAAAAAAAAA";

/// The source document's callback, for the test bill.
fn paid_callback() -> String {
    json!({"merchant_reference": REFERENCE, "bill_code": BILL, "error": false,
           "error_message": "Success", "payment_reference": "WEB.BIL-1.01"})
    .to_string()
}

/// The gateway stand-in: a mock server that hands out tokens.
async fn gateway() -> MockServer {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    server
}

/// Bill check answering `status` for the test bill, of 2000 francs.
async fn mock_check<'a>(server: &'a MockServer, status: &str) -> httpmock::Mock<'a> {
    mock_check_answer(
        server,
        json!({"bill_code": BILL, "merchant_reference": REFERENCE, "status": status,
               "amount": "2000.00", "bank_reference": "WEB.BIL-1.01"}),
    )
    .await
}

/// Bill check, asked about the test bill with the client's PIN, answering `data`.
async fn mock_check_answer(server: &MockServer, data: Value) -> httpmock::Mock<'_> {
    mock_op(server, Op::CheckBill, |when, then| {
        when.json_body(json!({"bill_code": BILL, "merchant_reference": REFERENCE, "pin_code": "1234"}));
        then.status(200).json_body(json!({
            "success": true, "response_code": "00", "response_message": "Success", "response_data": data
        }));
    })
}

/// The merchant's closures: what it billed (2000 francs for the test
/// order, unless told otherwise), and a record of each payment it is asked
/// about, answered with `decide(call number)`.
#[derive(Clone)]
struct Merchant {
    billed: Result<Option<u64>, &'static str>,
    asked: Arc<Mutex<Vec<Confirmed>>>,
    calls: Arc<AtomicUsize>,
}

impl Default for Merchant {
    fn default() -> Self {
        Self::billing(Ok(Some(2000)))
    }
}

impl Merchant {
    fn billing(billed: Result<Option<u64>, &'static str>) -> Self {
        Self {
            billed,
            asked: Arc::default(),
            calls: Arc::default(),
        }
    }

    fn handler(
        &self,
        server: &MockServer,
        decide: impl Fn(usize) -> Result<Decision, &'static str> + Send + Sync + 'static,
    ) -> CallbackHandler {
        let merchant = self.clone();
        let decide = Arc::new(decide);
        let billed = self.billed;
        CallbackHandler::new(
            client_with_pin(server),
            move |reference: ihela::MerchantReference| async move {
                assert_eq!(reference.as_str(), REFERENCE, "asked about the callback's order");
                billed.map(|amount| amount.map(francs))
            },
            move |payment| {
                let merchant = merchant.clone();
                let decide = decide.clone();
                async move {
                    let call = merchant.calls.fetch_add(1, Ordering::SeqCst);
                    merchant.asked.lock().unwrap().push(payment);
                    // Lets concurrent deliveries of the same bill arrive
                    // while this one decides (not to see time pass).
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                    decide(call)
                }
            },
        )
    }

    /// A handler that bills 2000 for any reference (the forged one too).
    fn handler_for_any_reference(&self, server: &MockServer) -> CallbackHandler {
        let merchant = self.clone();
        CallbackHandler::new(
            client_with_pin(server),
            |_| async { Ok::<_, std::convert::Infallible>(Some(francs(2000))) },
            move |payment| {
                let merchant = merchant.clone();
                async move {
                    merchant.calls.fetch_add(1, Ordering::SeqCst);
                    merchant.asked.lock().unwrap().push(payment);
                    Ok::<_, std::convert::Infallible>(Decision::Accept)
                }
            },
        )
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

/// Serves `handler` on an ephemeral loopback port; returns the callback URL.
async fn serve(handler: CallbackHandler) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, handler.into_router::<()>(PATH)).await });
    format!("http://{address}{PATH}")
}

/// POSTs `body` as iHela would; returns the status and the JSON answer.
async fn deliver(url: &str, body: impl Into<reqwest::Body>, signature: Option<&str>) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .body(body);
    if let Some(signature) = signature {
        request = request.header(SIGNATURE_HEADER, signature);
    }
    let answer = request.send().await.unwrap();
    let status = answer.status().as_u16();
    let body = answer.bytes().await.unwrap();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

fn accept(_: usize) -> Result<Decision, &'static str> {
    Ok(Decision::Accept)
}

#[tokio::test]
async fn a_paid_bill_accepted_by_the_merchant_answers_error_false() {
    let server = gateway().await;
    let check = mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept)).await;
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!(status, 200);
    assert_eq!(answer, json!({"error": false, "error_message": "Success"}));
    assert_eq!(check.calls_async().await, 1);
    let asked = merchant.asked.lock().unwrap();
    assert_eq!(asked.len(), 1);
    assert_eq!(
        (asked[0].bill_code.as_str(), asked[0].merchant_reference.as_str()),
        (BILL, REFERENCE)
    );
    assert!(asked[0].outcome.is_paid());
}

#[tokio::test]
async fn a_refusal_by_the_merchant_answers_error_true() {
    let server = gateway().await;
    mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, |_| Ok(Decision::Refuse("Out of stock".into())))).await;
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!(status, 200);
    assert_eq!(answer, json!({"error": true, "error_message": "Out of stock"}));
}

#[tokio::test]
async fn a_transient_merchant_failure_is_an_http_error_never_a_refund() {
    let server = gateway().await;
    mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    // The merchant's database is down on the first delivery only.
    let url = serve(merchant.handler(
        &server,
        |call| if call == 0 { Err("database down") } else { accept(call) },
    ))
    .await;
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!(status, 503);
    assert!(
        answer.get("error").is_none(),
        "no verdict on a transient failure: {answer}"
    );
    assert!(answer["error_message"].as_str().unwrap().contains("again later"));
    // iHela delivers again: the failure was not remembered.
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!((status, answer["error"].clone()), (200, json!(false)));
    assert_eq!(merchant.calls(), 2);
}

#[tokio::test]
async fn a_panicking_merchant_closure_is_a_503() {
    let server = gateway().await;
    mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, |_| panic!("merchant bug"))).await;
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!(status, 503);
    assert!(answer.get("error").is_none());
}

#[tokio::test]
async fn a_duplicate_delivery_gets_the_same_answer_and_asks_the_merchant_once() {
    let server = gateway().await;
    let check = mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, |_| Ok(Decision::Refuse("Already shipped elsewhere".into())))).await;
    let first = deliver(&url, paid_callback(), None).await;
    let second = deliver(&url, paid_callback(), None).await;
    assert_eq!(first, second);
    // Ten more at once: still one decision.
    let concurrent = futures::future::join_all((0..10).map(|_| deliver(&url, paid_callback(), None))).await;
    assert!(concurrent.iter().all(|reply| *reply == first), "{concurrent:?}");
    assert_eq!(merchant.calls(), 1);
    assert_eq!(check.calls_async().await, 1, "a remembered answer asks iHela no more");
}

#[tokio::test]
async fn concurrent_first_deliveries_ask_the_merchant_once() {
    let server = gateway().await;
    mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept)).await;
    let replies = futures::future::join_all((0..8).map(|_| deliver(&url, paid_callback(), None))).await;
    assert!(replies.iter().all(|(status, _)| *status == 200), "{replies:?}");
    assert_eq!(merchant.calls(), 1);
}

#[tokio::test]
async fn without_deduplication_every_delivery_asks_the_merchant() {
    let server = gateway().await;
    mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept).remember_answers(0)).await;
    for _ in 0..3 {
        assert_eq!(deliver(&url, paid_callback(), None).await.0, 200);
    }
    assert_eq!(merchant.calls(), 3);
}

#[tokio::test]
async fn malformed_bodies_are_400_and_ask_nobody() {
    let server = gateway().await;
    let check = mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept)).await;
    let bodies = [
        "{not json".to_owned(),
        String::new(),
        json!({"merchant_reference": REFERENCE, "error": false}).to_string(),
        json!({"merchant_reference": REFERENCE, "bill_code": BILL, "error": "no"}).to_string(),
        "[1, 2, 3]".to_owned(),
    ];
    for body in bodies {
        let (status, answer) = deliver(&url, body.clone(), None).await;
        assert_eq!(status, 400, "{body}");
        assert!(answer.get("error").is_none(), "{body}: {answer}");
    }
    assert_eq!((merchant.calls(), check.calls_async().await), (0, 0));
}

#[tokio::test]
async fn a_huge_body_is_413() {
    let server = gateway().await;
    let check = mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept)).await;
    let huge = format!("{{\"pad\": \"{}\"}}", "x".repeat(ihela::callback::MAX_CALLBACK_BODY));
    assert_eq!(deliver(&url, huge, None).await.0, 413);
    assert_eq!((merchant.calls(), check.calls_async().await), (0, 0));
}

#[tokio::test]
async fn a_forged_callback_for_another_merchant_reference_is_422() {
    let server = gateway().await;
    mock_check(&server, "Paid").await;
    // Check answers the real bill whatever reference it is asked with.
    mock_op(&server, Op::CheckBill, |when, then| {
        when.json_body(json!({"bill_code": BILL, "merchant_reference": "order-9999", "pin_code": "1234"}));
        then.status(200)
            .json_body(json!({"response_code": "00", "response_data":
            {"bill_code": BILL, "merchant_reference": REFERENCE, "status": "Paid", "amount": "2000.00"}}));
    });
    let merchant = Merchant::default();
    let url = serve(merchant.handler_for_any_reference(&server)).await;
    let forged = paid_callback().replace(REFERENCE, "order-9999");
    let (status, answer) = deliver(&url, forged.clone(), None).await;
    assert_eq!(status, 422);
    assert!(answer.get("error").is_none());
    // After the genuine callback is decided, the forged one still gets no verdict.
    assert_eq!(deliver(&url, paid_callback(), None).await.0, 200);
    assert_eq!(deliver(&url, forged, None).await.0, 422);
    assert_eq!(merchant.calls(), 1);
}

#[tokio::test]
async fn a_callback_for_an_unknown_bill_is_422() {
    let server = gateway().await;
    mock_op(&server, Op::CheckBill, |_, then| {
        then.status(404).json_body(json!({"detail": "Not found."}));
    });
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept)).await;
    assert_eq!(deliver(&url, paid_callback(), None).await.0, 422);
    assert_eq!(merchant.calls(), 0);
}

#[tokio::test]
async fn ihela_unreachable_for_check_is_503() {
    let server = gateway().await;
    mock_op(&server, Op::CheckBill, |_, then| {
        then.status(502).body("<html>Bad Gateway</html>");
    });
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept)).await;
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!(status, 503);
    assert!(
        !answer.to_string().contains("Bad Gateway"),
        "iHela's answer is not echoed: {answer}"
    );
    assert_eq!(merchant.calls(), 0);
}

#[tokio::test]
async fn a_paid_claim_for_a_pending_bill_is_503_and_for_an_expired_bill_409() {
    for (bill_status, http_status) in [("Pending", 503), ("Expired", 409), ("Canceled", 409), ("Refunded", 503)] {
        let server = gateway().await;
        mock_check(&server, bill_status).await;
        let merchant = Merchant::default();
        let url = serve(merchant.handler(&server, accept)).await;
        let (status, answer) = deliver(&url, paid_callback(), None).await;
        assert_eq!(status, http_status, "{bill_status}");
        assert!(answer.get("error").is_none(), "{bill_status}: {answer}");
        assert_eq!(merchant.calls(), 0, "{bill_status}");
    }
}

#[tokio::test]
async fn a_failure_report_is_noted_without_asking_the_merchant() {
    let server = gateway().await;
    mock_check(&server, "Pending").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept)).await;
    let failed = json!({"merchant_reference": REFERENCE, "bill_code": BILL, "error": true,
                        "error_message": "Insufficient funds", "payment_reference": null});
    let (status, answer) = deliver(&url, failed.to_string(), None).await;
    assert_eq!((status, answer["error"].clone()), (200, json!(false)));
    assert_eq!(merchant.calls(), 0);
}

#[tokio::test]
async fn a_failure_report_for_a_bill_ihela_says_is_paid_asks_the_merchant() {
    let server = gateway().await;
    mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept)).await;
    let failed = json!({"merchant_reference": REFERENCE, "bill_code": BILL, "error": true, "payment_reference": null});
    assert_eq!(deliver(&url, failed.to_string(), None).await.0, 200);
    assert_eq!(merchant.calls(), 1);
}

#[tokio::test]
async fn with_a_key_only_correctly_signed_callbacks_are_handled() {
    let server = gateway().await;
    let check = mock_check(&server, "Paid").await;
    let merchant = Merchant::default();
    let key = SignatureKey::new("merchant-webhook-key");
    let url = serve(merchant.handler(&server, accept).signature_key(key.clone())).await;
    let body = paid_callback();
    let right = key.sign(body.as_bytes());
    let mut one_byte_changed = body.clone().into_bytes();
    one_byte_changed[2] ^= 0x20;
    let other_key = SignatureKey::new("someone-else").sign(body.as_bytes());
    let refused: [(Vec<u8>, Option<&str>); 4] = [
        (body.clone().into_bytes(), None),
        (body.clone().into_bytes(), Some(&other_key)),
        (body.clone().into_bytes(), Some(&right[..40])),
        (one_byte_changed, Some(&right)),
    ];
    for (body, signature) in refused {
        assert_eq!(deliver(&url, body, signature).await.0, 401, "{signature:?}");
    }
    assert_eq!(check.calls_async().await, 0);
    assert_eq!(deliver(&url, body, Some(&right)).await.0, 200);
    assert_eq!(merchant.calls(), 1);
}

#[tokio::test]
async fn a_payment_of_another_amount_is_refused_and_never_reaches_the_merchant() {
    let server = gateway().await;
    mock_check(&server, "Paid").await;
    // The merchant billed 5000; iHela says the bill was paid 2000.
    let merchant = Merchant::billing(Ok(Some(5000)));
    let url = serve(merchant.handler(&server, accept)).await;
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!(status, 200);
    assert_eq!(
        answer,
        json!({"error": true, "error_message": "Paid 2000.00, billed 5000"})
    );
    assert_eq!(merchant.calls(), 0);
    // Decided: a repeated delivery gets the same refusal.
    assert_eq!(deliver(&url, paid_callback(), None).await.1, answer);
}

#[tokio::test]
async fn a_payment_for_no_order_of_the_merchants_is_refused() {
    let server = gateway().await;
    mock_check(&server, "Paid").await;
    let merchant = Merchant::billing(Ok(None));
    let url = serve(merchant.handler(&server, accept)).await;
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!((status, answer["error"].clone()), (200, json!(true)));
    assert_eq!(merchant.calls(), 0);
}

#[tokio::test]
async fn a_merchant_that_cannot_tell_what_it_billed_gets_a_503() {
    let server = gateway().await;
    let check = mock_check(&server, "Paid").await;
    let merchant = Merchant::billing(Err("database down"));
    let url = serve(merchant.handler(&server, accept)).await;
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!(status, 503);
    assert!(answer.get("error").is_none(), "{answer}");
    assert_eq!((merchant.calls(), check.calls_async().await), (0, 0));
}

#[tokio::test]
async fn a_paid_bill_without_an_amount_gets_no_verdict() {
    let server = gateway().await;
    mock_check_answer(
        &server,
        json!({"bill_code": BILL, "merchant_reference": REFERENCE, "status": "Paid"}),
    )
    .await;
    let merchant = Merchant::default();
    let url = serve(merchant.handler(&server, accept)).await;
    let (status, answer) = deliver(&url, paid_callback(), None).await;
    assert_eq!(status, 503);
    assert!(answer.get("error").is_none(), "{answer}");
    assert_eq!(merchant.calls(), 0);
}
