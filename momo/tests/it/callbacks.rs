//! Callbacks: the merchant's endpoint confirms each delivery with MTN
//! before fulfilling, once per request, answers a forged or malformed one
//! without fulfilling, and the poller settles requests whose callback never
//! comes.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use momo::callback::{CallbackKind, Callbacks, Durable, Settlement, callback_url};
use momo::poll::{Polling, until_final};
use momo::types::{ReasonCode, Status};
use momo::{Outcome, Payment, ReferenceId, Transaction as _, Version};
use momo_sandbox::SettlementOutcome;
use rust_decimal::Decimal;

use crate::common::*;

/// A merchant's app on loopback serving `callbacks` under `/momo`; its base URL.
async fn serve(callbacks: Callbacks) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/momo", listener.local_addr().unwrap());
    let app: axum::Router = callbacks.into_router("/momo");
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

/// Callbacks that record every settlement the merchant is handed.
fn recording(world: &World) -> (Callbacks, Arc<Mutex<Vec<Settlement>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let callbacks = Callbacks::new(move |settled| {
        sink.lock().unwrap().push(settled);
        async { Ok::<_, std::convert::Infallible>(()) }
    })
    .collection(world.collection.clone())
    .disbursement(world.disbursement.clone());
    (callbacks, seen)
}

#[tokio::test]
async fn a_callback_is_confirmed_with_mtn_then_fulfilled_once() {
    let world = World::start().await;
    let (callbacks, seen) = recording(&world);
    let base = serve(callbacks).await;
    let reference = ReferenceId::new();
    let url = callback_url(&base, CallbackKind::RequestToPay, &reference);
    let payment = Payment::new(reference.clone(), eur(25), customer(), "order-30").callback_url(url.clone());
    world.collection.request_to_pay(&payment).await.unwrap();
    world
        .sandbox
        .settle_request(&reference, SettlementOutcome::Approved)
        .await
        .unwrap();
    // MTN's one delivery (POST, v1) was answered 200 after confirmation.
    let deliveries = world.sandbox.state().deliveries;
    assert_eq!(deliveries.len(), 1);
    assert_eq!(deliveries[0].status, Some(200));
    assert_eq!(deliveries[0].method, momo_sandbox::CallbackMethod::Post);
    // The same callback again (replayed, or forged by someone who saw it): same answer, no second fulfilment.
    let body = serde_json::Value::Object(deliveries[0].body.clone());
    let again = reqwest::Client::new().post(&url).json(&body).send().await.unwrap();
    assert_eq!(again.status(), 200);
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].reference, reference);
    assert_eq!(seen[0].amount, Decimal::from(25));
    assert!(matches!(seen[0].outcome, Outcome::Successful { .. }));
    assert_eq!(seen[0].external_id.as_deref(), Some("order-30"));
}

#[tokio::test]
async fn a_v2_callback_comes_by_put_and_a_failure_is_handed_over_with_its_reason() {
    let world = World::start().await;
    let (callbacks, seen) = recording(&world);
    let base = serve(callbacks).await;
    let reference = ReferenceId::new();
    let url = callback_url(&base, CallbackKind::Deposit, &reference);
    let deposit = Payment::new(reference.clone(), eur(5), test_number(61), "deposit-1").callback_url(url);
    world.disbursement.deposit(&deposit, Version::V2).await.unwrap();
    world.sandbox.settle().await;
    let deliveries = world.sandbox.state().deliveries;
    assert_eq!(deliveries[0].method, momo_sandbox::CallbackMethod::Put);
    assert_eq!(deliveries[0].status, Some(200));
    let seen = seen.lock().unwrap().clone();
    let Outcome::Failed { reason: Some(reason) } = &seen[0].outcome else {
        panic!("not failed: {seen:?}");
    };
    assert_eq!(reason.code, ReasonCode::InternalProcessingError);
}

#[tokio::test]
async fn a_forged_callback_for_a_pending_request_fulfils_nothing() {
    let world = World::start().await;
    let (callbacks, seen) = recording(&world);
    let base = serve(callbacks).await;
    let reference = ReferenceId::new();
    let url = callback_url(&base, CallbackKind::RequestToPay, &reference);
    world
        .collection
        .request_to_pay(&Payment::new(reference.clone(), eur(99), customer(), "order-31").callback_url(url.clone()))
        .await
        .unwrap();
    let forged =
        serde_json::json!({"amount": "99", "currency": "EUR", "status": "SUCCESSFUL", "externalId": "order-31"});
    let http = reqwest::Client::new();
    let answer = http.put(&url).json(&forged).send().await.unwrap();
    assert_eq!(answer.status(), 202);
    // Malformed, an unknown kind, a bad reference.
    assert_eq!(http.post(&url).body("{").send().await.unwrap().status(), 400);
    assert_eq!(http.post(&url).body("").send().await.unwrap().status(), 400);
    let unknown = format!("{base}/bills/{reference}");
    assert_eq!(http.post(&unknown).json(&forged).send().await.unwrap().status(), 404);
    let bad = format!("{base}/request-to-pay/123");
    assert_eq!(http.post(&bad).json(&forged).send().await.unwrap().status(), 404);
    assert!(seen.lock().unwrap().is_empty());
    // When it really ends, MTN's callback is taken.
    world
        .sandbox
        .settle_request(&reference, SettlementOutcome::Approved)
        .await
        .unwrap();
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn a_merchant_that_fails_answers_503_and_is_asked_again_next_time() {
    let world = World::start().await;
    let calls = Arc::new(AtomicU32::new(0));
    let counter = calls.clone();
    let callbacks = Callbacks::new(move |_settled| {
        let call = counter.fetch_add(1, Ordering::SeqCst);
        async move { if call == 0 { Err("database down") } else { Ok(()) } }
    })
    .collection(world.collection.clone());
    let base = serve(callbacks).await;
    let reference = ReferenceId::new();
    let url = callback_url(&base, CallbackKind::RequestToPay, &reference);
    world
        .collection
        .request_to_pay(&Payment::new(reference.clone(), eur(3), customer(), "order-32").callback_url(url.clone()))
        .await
        .unwrap();
    world
        .sandbox
        .settle_request(&reference, SettlementOutcome::Approved)
        .await
        .unwrap();
    assert_eq!(world.sandbox.state().deliveries[0].status, Some(503));
    // MTN does not retry: the merchant's own replay (or the poller) does.
    let body = serde_json::Value::Object(world.sandbox.state().deliveries[0].body.clone());
    let replay = reqwest::Client::new().post(&url).json(&body).send().await.unwrap();
    assert_eq!(replay.status(), 200);
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn the_poller_settles_a_request_whose_callback_never_comes() {
    let world = World::start().await;
    let reference = ReferenceId::new();
    world
        .collection
        .request_to_pay(&Payment::new(reference.clone(), eur(12), customer(), "order-33"))
        .await
        .unwrap();
    let looks = AtomicU32::new(0);
    let polling = Polling {
        first_interval: Duration::from_millis(1),
        max_interval: Duration::from_millis(2),
        deadline: Duration::from_secs(60),
    };
    let status = || async {
        // The customer approves between the second and third look.
        if looks.fetch_add(1, Ordering::SeqCst) == 2 {
            world
                .sandbox
                .settle_request(&reference, SettlementOutcome::Approved)
                .await
                .unwrap();
        }
        world.collection.request_to_pay_status(&reference).await
    };
    let request = until_final(polling, status).await.unwrap();
    assert_eq!(request.status, Status::Successful);
    assert_eq!(looks.load(Ordering::SeqCst), 3);
}

#[tokio::test(start_paused = true)]
async fn the_poller_backs_off_and_stops_at_its_deadline() {
    let looks = AtomicU32::new(0);
    let started = tokio::time::Instant::now();
    let polling = Polling {
        first_interval: Duration::from_secs(2),
        max_interval: Duration::from_secs(8),
        deadline: Duration::from_secs(30),
    };
    let pending = || async {
        looks.fetch_add(1, Ordering::SeqCst);
        Ok(momo::types::RequestToPayResult {
            amount: Decimal::ONE,
            currency: momo::Currency::EUR,
            external_id: None,
            financial_transaction_id: None,
            payer: None,
            payer_message: None,
            payee_note: None,
            status: Status::Pending,
            reason: None,
        })
    };
    let last = until_final(polling, pending).await.unwrap();
    assert_eq!(last.outcome(), Outcome::Pending);
    // Looks at 0, 2, 6, 14, 22, 30 s: waits of 2, 4, 8, 8, then what is left.
    assert_eq!(looks.load(Ordering::SeqCst), 6);
    assert_eq!(started.elapsed(), Duration::from_secs(30));
}

/// A merchant's endpoint whose decisions are kept in `store` as `holder`,
/// counting its fulfilments.
fn durable(world: &World, store: Arc<dyn pesa_store::Store>, holder: &str, count: Arc<AtomicU32>) -> Callbacks {
    Callbacks::new(move |_settled| {
        count.fetch_add(1, Ordering::SeqCst);
        async { Ok::<_, std::convert::Infallible>(()) }
    })
    .collection(world.collection.clone())
    .store(Durable::new(store, holder, Duration::from_secs(30)))
}

#[tokio::test]
async fn after_a_restart_on_sqlite_a_callback_handled_before_is_not_fulfilled_again() {
    let world = World::start().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merchant.sqlite");
    let fulfilled = Arc::new(AtomicU32::new(0));
    let store = Arc::new(pesa_store::Sqlite::open(&path).await.unwrap());
    let base = serve(durable(&world, store, "replica-a", fulfilled.clone())).await;
    let reference = ReferenceId::new();
    let url = callback_url(&base, CallbackKind::RequestToPay, &reference);
    world
        .collection
        .request_to_pay(&Payment::new(reference.clone(), eur(30), customer(), "order-50").callback_url(url))
        .await
        .unwrap();
    world
        .sandbox
        .settle_request(&reference, SettlementOutcome::Approved)
        .await
        .unwrap();
    assert_eq!(fulfilled.load(Ordering::SeqCst), 1);
    let body = serde_json::to_vec(&world.sandbox.state().deliveries[0].body).unwrap();
    // The process restarts: a new handler on the same file gets the same callback.
    let reopened = Arc::new(pesa_store::Sqlite::open(&path).await.unwrap());
    let restarted = durable(&world, reopened, "replica-a", fulfilled.clone());
    let reply = restarted.handle(CallbackKind::RequestToPay, reference, &body).await;
    assert_eq!(reply.status(), 200);
    assert_eq!(fulfilled.load(Ordering::SeqCst), 1, "fulfilled again after a restart");
}

#[tokio::test]
async fn a_store_that_is_down_never_gets_an_ok_for_a_callback_it_could_not_record() {
    let world = World::start().await;
    let fulfilled = Arc::new(AtomicU32::new(0));
    let callbacks = durable(
        &world,
        Arc::new(pesa_store::testing::Down),
        "replica-a",
        fulfilled.clone(),
    );
    let reference = ReferenceId::new();
    world
        .collection
        .request_to_pay(&Payment::new(reference.clone(), eur(31), customer(), "order-51"))
        .await
        .unwrap();
    world
        .sandbox
        .settle_request(&reference, SettlementOutcome::Approved)
        .await
        .unwrap();
    let body = br#"{"amount":"31","currency":"EUR","status":"SUCCESSFUL"}"#;
    let reply = callbacks.handle(CallbackKind::RequestToPay, reference, body).await;
    assert_eq!(reply.status(), 503);
    assert_eq!(fulfilled.load(Ordering::SeqCst), 0);
}
