//! Restarts and a store that is down, against the sandbox: a B2C whose
//! answer (and the lookup after it) was lost stays in the journal across a
//! restart, is found by its key, and is not paid again; a B2B whose answer
//! was lost (no lookup) is refused rather than paid twice; a client whose
//! journal is down pays nothing; the callback endpoint's decisions in
//! SQLite outlive a restart, and a store that is down never answers 200.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use daraja::callback::{Callbacks, Durable};
use daraja::{B2bPayment, B2cPayment, Client, Error, RetryPolicy, StkPush, Submitted, Verdict, pesa_store};
use daraja_sandbox::{Fault, FaultKind, RequestKind, Sandbox, StkOutcome};

use crate::common::*;

const KEY: &str = "payout-2077";

/// A client of `sandbox` journaling in `store`; one lookup at most.
fn journaled(sandbox: &Sandbox, store: Arc<dyn pesa_store::Store>) -> Client {
    sandbox
        .client()
        .retry(RetryPolicy::none())
        .journal(store)
        .build()
        .unwrap()
}

async fn sqlite(path: &std::path::Path) -> Arc<dyn pesa_store::Store> {
    Arc::new(pesa_store::Sqlite::open(path).await.unwrap())
}

fn payout() -> B2cPayment {
    B2cPayment::new(key(KEY), phone("0712345678"), shillings(2500), "Refund 2077")
}

/// The sandbox's B2C payments under `KEY`.
fn paid(sandbox: &Sandbox) -> usize {
    let requests = sandbox.state().requests;
    let ours = requests
        .iter()
        .filter(|request| request.kind == RequestKind::B2c && request.originator_conversation_id.as_str() == KEY);
    ours.count()
}

#[tokio::test]
async fn a_b2c_whose_answer_was_lost_is_found_on_restart_and_not_paid_again() {
    let sandbox = quiet_sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merchant.sqlite");
    // The payment's answer is lost, and so is the status query after it.
    sandbox.inject(Fault::new(daraja::paths::B2C_PAYMENT, FaultKind::Drop));
    sandbox.inject(Fault {
        status: 500,
        ..Fault::new(daraja::paths::TRANSACTION_STATUS, FaultKind::Status)
    });
    let client = journaled(&sandbox, sqlite(&path).await);
    let lost = sandbox_business(&client, &closed_port_url())
        .pay_customer(payout())
        .await;
    assert!(matches!(lost, Err(Error::OutcomeUnknown { .. })), "{lost:?}");
    assert_eq!(paid(&sandbox), 1, "carried out, answer lost");
    // The restart asks Daraja by the payment's key.
    let restarted = sandbox_business(&journaled(&sandbox, sqlite(&path).await), &closed_port_url());
    let reconciled = restarted.reconcile_pending().await.unwrap();
    assert_eq!(reconciled.len(), 1);
    assert_eq!(
        (reconciled[0].operation.as_str(), reconciled[0].reference.as_str()),
        ("b2c_payment", KEY)
    );
    assert_eq!(reconciled[0].intent.amount, "2500 KES");
    assert_eq!(reconciled[0].intent.party, "2547•••••678", "masked");
    assert_eq!(reconciled[0].verdict, Verdict::CarriedOut);
    // The second run of the same payout: the journal's answer, nothing sent.
    let again = restarted.pay_customer(payout()).await.unwrap();
    assert_eq!(
        again,
        Submitted::AlreadySubmitted {
            originator_conversation_id: key(KEY)
        }
    );
    assert_eq!(paid(&sandbox), 1, "paid once");
    assert!(restarted.reconcile_pending().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_b2b_whose_answer_was_lost_is_never_sent_again_after_a_restart() {
    let sandbox = quiet_sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merchant.sqlite");
    sandbox.inject(Fault::new(daraja::paths::B2B_PAYMENT, FaultKind::Drop));
    let b2b = || {
        B2bPayment::new(
            "supplier-2077",
            shortcode("000111"),
            shillings(4000),
            "INV-2077",
            "Stock",
        )
    };
    let client = journaled(&sandbox, sqlite(&path).await);
    let lost = sandbox_business(&client, &closed_port_url()).pay_business(b2b()).await;
    assert!(matches!(lost, Err(Error::OutcomeUnknown { .. })), "{lost:?}");
    let b2b_held = || {
        sandbox
            .state()
            .requests
            .iter()
            .filter(|r| r.kind == RequestKind::B2b)
            .count()
    };
    assert_eq!(b2b_held(), 1, "carried out, answer lost");
    let restarted = sandbox_business(&journaled(&sandbox, sqlite(&path).await), &closed_port_url());
    let reconciled = restarted.reconcile_pending().await.unwrap();
    assert_eq!(reconciled.len(), 1);
    assert!(
        matches!(&reconciled[0].verdict, Verdict::Unknown { .. }),
        "B2B has no lookup"
    );
    let again = restarted.pay_business(b2b()).await;
    assert!(matches!(again, Err(Error::Unsettled { .. })), "{again:?}");
    assert_eq!(b2b_held(), 1, "paid once");
}

#[tokio::test]
async fn a_client_whose_journal_is_down_pays_nothing() {
    let sandbox = quiet_sandbox().await;
    let client = journaled(&sandbox, Arc::new(pesa_store::testing::Down));
    let refused = sandbox_business(&client, &closed_port_url())
        .pay_customer(payout())
        .await
        .unwrap_err();
    assert!(matches!(refused, Error::Journal { .. }), "{refused:?}");
    assert_eq!(paid(&sandbox), 0);
}

const LOOPBACK: Option<IpAddr> = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));

/// STK callbacks deciding in `store`, counting settlements.
fn stk_endpoint(client: &Client, store: Arc<dyn pesa_store::Store>, settled: Arc<AtomicUsize>) -> Callbacks {
    Callbacks::new()
        .stk(
            sandbox_express(client),
            |_| async { Ok::<_, Infallible>(Some(shillings(100))) },
            move |_| {
                settled.fetch_add(1, Ordering::SeqCst);
                async { Ok::<_, Infallible>(()) }
            },
        )
        .store(Durable::new(store, "replica-a", Duration::from_secs(30)))
}

/// A push the customer paid, and its callback's body.
async fn paid_push(sandbox: &Sandbox, client: &Client) -> Vec<u8> {
    let push = StkPush::new(
        phone("0712345678"),
        shillings(100),
        "ORDER-2077",
        format!("{}/stk", closed_port_url()),
    );
    let prompt = sandbox_express(client).push(push).await.unwrap();
    let checkout = prompt.checkout_request_id;
    sandbox.answer_stk(&checkout, StkOutcome::Paid).await.unwrap();
    serde_json::to_vec(&serde_json::json!({"Body": {"stkCallback": {
        "MerchantRequestID": prompt.merchant_request_id, "CheckoutRequestID": checkout,
        "ResultCode": 0, "ResultDesc": "ok",
        "CallbackMetadata": {"Item": [{"Name": "Amount", "Value": 100}]}
    }}}))
    .unwrap()
}

#[tokio::test]
async fn after_a_restart_on_sqlite_a_settled_push_is_not_handed_over_again() {
    let sandbox = quiet_sandbox().await;
    let client = sandbox.client().build().unwrap();
    let body = paid_push(&sandbox, &client).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merchant.sqlite");
    let settled = Arc::new(AtomicUsize::new(0));
    let first = stk_endpoint(&client, sqlite(&path).await, settled.clone());
    let decided = first.stk_callback(LOOPBACK, &body).await;
    assert_eq!(decided.status(), 200);
    drop(first);
    let restarted = stk_endpoint(&client, sqlite(&path).await, settled.clone());
    let reply = restarted.stk_callback(LOOPBACK, &body).await;
    assert_eq!(reply, decided, "the decided answer");
    assert_eq!(settled.load(Ordering::SeqCst), 1, "settled once");
}

#[tokio::test]
async fn a_store_that_is_down_never_answers_200() {
    let sandbox = quiet_sandbox().await;
    let client = sandbox.client().build().unwrap();
    let body = paid_push(&sandbox, &client).await;
    let settled = Arc::new(AtomicUsize::new(0));
    let endpoint = stk_endpoint(&client, Arc::new(pesa_store::testing::Down), settled.clone());
    assert_eq!(endpoint.stk_callback(LOOPBACK, &body).await.status(), 503);
    assert_eq!(settled.load(Ordering::SeqCst), 0);
}
