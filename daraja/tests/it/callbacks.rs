//! Callbacks a merchant can trust: Daraja signs nothing, so what a callback
//! claims is confirmed with the sandbox (STK query, transaction status)
//! before the merchant's closure runs; forged, repeated, malformed,
//! oversized and unlisted-source deliveries are each answered as they
//! should be, and the merchant hears of a payment once.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use daraja::callback::{C2bVerdict, CallbackPaths, Callbacks, MAX_CALLBACK_BODY};
use daraja::types::C2bValidationCode;
use daraja::{C2bPayment, C2bUrls, StkPush, StkStatus};
use daraja_sandbox::{C2bState, CallbackKind, Sandbox, StkOutcome};
use serde_json::json;

use crate::common::*;

const LOOPBACK: Option<IpAddr> = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));

/// An STK callback body for `checkout`, claiming `code` (and a payment of
/// `amount` when `code` is 0).
fn stk_body(checkout: &str, code: i64, amount: i64) -> Vec<u8> {
    let metadata = json!({"Item": [
        {"Name": "Amount", "Value": amount},
        {"Name": "MpesaReceiptNumber", "Value": "FORGED0001"},
        {"Name": "PhoneNumber", "Value": 254712345678_i64}
    ]});
    let mut callback = json!({
        "MerchantRequestID": "29115-34620561-1",
        "CheckoutRequestID": checkout,
        "ResultCode": code,
        "ResultDesc": "claimed"
    });
    if code == 0 {
        callback["CallbackMetadata"] = metadata;
    }
    serde_json::to_vec(&json!({"Body": {"stkCallback": callback}})).unwrap()
}

/// How each push the merchant heard of settled, in order.
type Settled = Arc<Mutex<Vec<StkStatus>>>;

/// A sandbox, its client, and STK callbacks that record settlements (the
/// merchant pushed KES 100 for every checkout).
async fn stk_callbacks() -> (Sandbox, daraja::Client, Callbacks, Settled) {
    let sandbox = quiet_sandbox().await;
    let client = sandbox.client().build().unwrap();
    let settled = Settled::default();
    let record = settled.clone();
    let callbacks = Callbacks::new().stk(
        sandbox_express(&client),
        |_| async { Ok::<_, Infallible>(Some(shillings(100))) },
        move |settlement| {
            record.lock().unwrap().push(settlement.status);
            async { Ok::<_, Infallible>(()) }
        },
    );
    (sandbox, client, callbacks, settled)
}

async fn pushed(sandbox: &Sandbox, client: &daraja::Client) -> String {
    let _ = sandbox;
    let push = StkPush::new(
        phone("0712345678"),
        shillings(100),
        "ORDER-1",
        format!("{}/stk", closed_port_url()),
    );
    let prompt = sandbox_express(client).push(push).await.unwrap();
    prompt.checkout_request_id.to_string()
}

#[tokio::test]
async fn a_forged_paid_callback_for_a_pending_push_is_not_believed() {
    let (sandbox, client, callbacks, settled) = stk_callbacks().await;
    let checkout = pushed(&sandbox, &client).await;
    // The customer has not answered: the query says "being processed".
    let reply = callbacks.stk_callback(LOOPBACK, &stk_body(&checkout, 0, 100)).await;
    assert_eq!(reply.status().as_u16(), 503);
    assert!(settled.lock().unwrap().is_empty());
    // A push that ended unpaid stays unpaid whatever a callback claims.
    let id = checkout.parse().unwrap();
    sandbox.answer_stk(&id, StkOutcome::Cancelled).await.unwrap();
    let reply = callbacks.stk_callback(LOOPBACK, &stk_body(&checkout, 0, 100)).await;
    assert_eq!(reply.status().as_u16(), 200);
    let settled = settled.lock().unwrap();
    assert!(
        matches!(
            settled.as_slice(),
            [StkStatus::Failed {
                code: daraja::StkResultCode::CancelledByUser,
                ..
            }]
        ),
        "settled as the query says, never as paid: {settled:?}"
    );
}

#[tokio::test]
async fn a_callback_for_a_push_the_merchant_did_not_make_is_acknowledged_and_ignored() {
    let sandbox = quiet_sandbox().await;
    let client = sandbox.client().build().unwrap();
    let callbacks = Callbacks::<()>::new().stk(
        sandbox_express(&client),
        |_| async { Ok::<_, Infallible>(None) },
        |_| async { unreachable!("settled a push the merchant never made") as Result<(), Infallible> },
    );
    let reply = callbacks.stk_callback(LOOPBACK, &stk_body("ws_CO_0000", 0, 100)).await;
    assert_eq!(reply.status().as_u16(), 200);
    assert!(sandbox.state().pushes.is_empty());
}

#[tokio::test]
async fn repeated_deliveries_even_concurrent_settle_once_with_the_same_answer() {
    let (sandbox, client, callbacks, settled) = stk_callbacks().await;
    let checkout = pushed(&sandbox, &client).await;
    sandbox
        .answer_stk(&checkout.parse().unwrap(), StkOutcome::Paid)
        .await
        .unwrap();
    let callbacks = Arc::new(callbacks);
    let body = stk_body(&checkout, 0, 100);
    let deliveries = (0..8).map(|_| {
        let (callbacks, body) = (callbacks.clone(), body.clone());
        tokio::spawn(async move { callbacks.stk_callback(LOOPBACK, &body).await })
    });
    for reply in futures_util::future::join_all(deliveries).await {
        let reply = reply.unwrap();
        assert_eq!(reply.status().as_u16(), 200);
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&reply.body()).unwrap()["ResultCode"],
            0
        );
    }
    assert_eq!(*settled.lock().unwrap(), [StkStatus::Paid]);
}

#[tokio::test]
async fn bodies_that_are_not_callbacks_and_unlisted_sources_are_refused() {
    let (_sandbox, _client, callbacks, settled) = stk_callbacks().await;
    assert_eq!(
        callbacks.stk_callback(LOOPBACK, b"{not json").await.status().as_u16(),
        400
    );
    assert_eq!(
        callbacks
            .stk_callback(LOOPBACK, br#"{"Body": {}}"#)
            .await
            .status()
            .as_u16(),
        400
    );
    assert_eq!(
        callbacks.result(LOOPBACK, br#"{"Result": 1}"#).await.status().as_u16(),
        400
    );
    assert_eq!(callbacks.confirmation(LOOPBACK, b"[]").await.status().as_u16(), 400);

    let safaricom: IpAddr = "196.201.214.200".parse().unwrap();
    let listed = callbacks.allow_sources([safaricom]);
    let body = stk_body("ws_CO_1", 1032, 0);
    assert_eq!(listed.stk_callback(LOOPBACK, &body).await.status().as_u16(), 403);
    assert_eq!(listed.stk_callback(None, &body).await.status().as_u16(), 403);
    assert_ne!(listed.stk_callback(Some(safaricom), &body).await.status().as_u16(), 403);
    assert!(settled.lock().unwrap().is_empty());
}

#[tokio::test]
async fn the_axum_routes_refuse_an_oversized_body_and_answer_json() {
    let (_sandbox, _client, callbacks, _) = stk_callbacks().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = callbacks.into_router::<()>(&CallbackPaths::default());
    tokio::spawn(async move { axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await });
    let http = reqwest::Client::new();
    let large = vec![b' '; MAX_CALLBACK_BODY + 1];
    let answer = http.post(format!("{base}/mpesa/stk")).body(large).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 413);
    let answer = http
        .post(format!("{base}/mpesa/timeout"))
        .body(r#"{"anything": "goes"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(answer.headers()["content-type"], "application/json");
}

#[tokio::test]
async fn results_of_requests_the_merchant_did_not_make_are_not_handed_over() {
    let callbacks = Callbacks::<()>::new().results(
        |_| async { Ok::<_, Infallible>(None) },
        |(), _| async { unreachable!("handed over a result of no request") as Result<(), Infallible> },
    );
    let reply = callbacks
        .result(LOOPBACK, fixture("result_request_b2c_completed").as_bytes())
        .await;
    assert_eq!(reply.status().as_u16(), 200);
}

#[tokio::test]
async fn a_rejected_validation_stops_the_payment_and_nothing_is_confirmed() {
    let sandbox = quiet_sandbox().await;
    let client = sandbox.client().build().unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let callbacks = Callbacks::<()>::new().c2b(
        sandbox_business(&client, &base),
        |payment| async move {
            Ok::<_, Infallible>(if payment.bill_ref_number.as_deref() == Some("GOOD") {
                C2bVerdict::Accept
            } else {
                C2bVerdict::Reject(C2bValidationCode::InvalidAccountNumber)
            })
        },
        |_| async { unreachable!("a rejected payment was confirmed") as Result<(), Infallible> },
    );
    let app = callbacks.into_router::<()>(&CallbackPaths::default());
    tokio::spawn(async move { axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await });

    let paybill = shortcode(daraja_sandbox::PAYBILL);
    let urls = C2bUrls::new(
        paybill.clone(),
        format!("{base}/mpesa/c2b/confirmation"),
        format!("{base}/mpesa/c2b/validation"),
    );
    client.c2b().register(urls).await.unwrap();
    let payment = C2bPayment::paybill(paybill, phone("0712345678"), shillings(300), "BAD");
    client.c2b().simulate(payment).await.unwrap();
    sandbox.settle().await;
    let state = sandbox.state();
    assert_eq!(state.c2b_payments[0].state, C2bState::Rejected);
    let validation = &state.deliveries[0];
    assert_eq!(validation.kind, CallbackKind::C2bValidation);
    assert_eq!(validation.answer.as_ref().unwrap()["ResultCode"], "C2B00012");
    assert!(state.deliveries.iter().all(|d| d.kind != CallbackKind::C2bConfirmation));
    assert_eq!(state.balances.working, "1000000");
}

#[tokio::test]
async fn a_forged_confirmation_is_not_handed_over() {
    let sandbox = quiet_sandbox().await;
    let client = sandbox.client().build().unwrap();
    let (mut merchant, listener) = Merchant::bind().await;
    merchant.serve(
        listener,
        sandbox_express(&client),
        sandbox_business(&client, &merchant.base),
    );
    let http = reqwest::Client::new();
    let confirm = |body: String| {
        http.post(format!("{}/mpesa/c2b/confirmation", merchant.base))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    // A receipt M-Pesa never issued: the status query is refused.
    let answer = confirm(fixture("c2b_confirmation_request")).await.unwrap();
    assert_eq!(answer.status().as_u16(), 503);

    // A real receipt, claimed for more than was paid: the status result
    // says otherwise, and the merchant hears nothing.
    let paybill = shortcode(daraja_sandbox::PAYBILL);
    let payment = C2bPayment::paybill(paybill, phone("0712345678"), shillings(300), "ACC");
    client.c2b().simulate(payment).await.unwrap();
    sandbox.settle().await;
    let receipt = sandbox.state().c2b_payments[0].receipt.to_string();
    let mut forged: serde_json::Value = serde_json::from_str(&fixture("c2b_confirmation_request")).unwrap();
    forged["TransID"] = receipt.into();
    forged["TransAmount"] = "30000.00".into();
    forged["BusinessShortCode"] = daraja_sandbox::PAYBILL.into();
    let answer = confirm(forged.to_string()).await.unwrap();
    assert_eq!(answer.status().as_u16(), 200);
    sandbox.settle().await;
    assert!(merchant.heard_nothing_more());
}
