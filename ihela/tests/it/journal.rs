//! Restarts and a store that is down, against the sandbox: the payment
//! journal keeps a cash-in or bill whose answer was lost across a restart
//! (a cash-in, which iHela cannot look up, is then never sent again; a
//! bill is found by its reference), and a client whose journal is down
//! sends nothing; the callback handler's decisions in SQLite outlive a
//! restart, and a store that is down never gets iHela a 200.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ihela::callback::{CallbackHandler, Decision, Durable};
use ihela::{Client, CreatedBill, Error, RetryPolicy, Verdict, pesa_store};
use ihela_sandbox::{Fault, FaultKind, Sandbox};

use crate::common::*;

const REFERENCE: &str = "ORDER-2077";

/// A client of `sandbox` journaling in `store`; one lookup at most.
fn journaled(sandbox: &Sandbox, store: Arc<dyn pesa_store::Store>) -> Client {
    sandbox
        .client()
        .pin(pin())
        .recover_bills_by_reference(true)
        .retry(RetryPolicy::none())
        .journal(store)
        .build()
        .unwrap()
}

async fn sqlite(path: &std::path::Path) -> Arc<dyn pesa_store::Store> {
    Arc::new(pesa_store::Sqlite::open(path).await.unwrap())
}

#[tokio::test]
async fn a_cash_in_whose_answer_was_lost_is_never_sent_again_after_a_restart() {
    let sandbox = Sandbox::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merchant.sqlite");
    sandbox.inject(Fault::new(ihela::paths::CASH_IN, FaultKind::Drop));
    let lost = journaled(&sandbox, sqlite(&path).await)
        .cash_in(sandbox_cash_in(REFERENCE, 20000))
        .await;
    assert!(matches!(lost, Err(Error::OutcomeUnknown { .. })), "{lost:?}");
    assert_eq!(sandbox.state().cash_ins.len(), 1, "carried out, answer lost");
    // The restart: iHela cannot look a cash-in up, so it stays unknown.
    let restarted = journaled(&sandbox, sqlite(&path).await);
    let reconciled = restarted.reconcile_pending().await.unwrap();
    assert_eq!(reconciled.len(), 1);
    assert_eq!(
        (reconciled[0].operation.as_str(), reconciled[0].reference.as_str()),
        ("cash_in", REFERENCE)
    );
    assert_eq!(reconciled[0].intent.amount, "20000 BIF");
    assert_eq!(reconciled[0].intent.party, "0000••-01", "masked");
    assert!(matches!(&reconciled[0].verdict, Verdict::Unknown { reason } if reason.contains("statement")));
    // The second run of the same cash-in is refused, not paid again.
    let again = restarted.cash_in(sandbox_cash_in(REFERENCE, 20000)).await;
    assert!(matches!(again, Err(Error::Unsettled { .. })), "{again:?}");
    assert_eq!(sandbox.state().cash_ins.len(), 1, "paid once");
}

#[tokio::test]
async fn a_bill_whose_answer_was_lost_is_found_on_restart_and_not_made_twice() {
    let sandbox = Sandbox::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merchant.sqlite");
    // The init's answer is lost, and so is the lookup that follows.
    sandbox.inject(Fault::new(ihela::paths::INIT_BILL, FaultKind::Drop));
    sandbox.inject(Fault {
        status: 500,
        ..Fault::new(ihela::paths::VERIFY_BILL, FaultKind::Status)
    });
    let lost = journaled(&sandbox, sqlite(&path).await)
        .init_bill(sandbox_bill(REFERENCE, 5000))
        .await;
    assert!(matches!(lost, Err(Error::OutcomeUnknown { .. })), "{lost:?}");
    let restarted = journaled(&sandbox, sqlite(&path).await);
    let reconciled = restarted.reconcile_pending().await.unwrap();
    assert_eq!(reconciled.len(), 1);
    assert_eq!(reconciled[0].verdict, Verdict::CarriedOut);
    let again = restarted.init_bill(sandbox_bill(REFERENCE, 5000)).await.unwrap();
    let CreatedBill::Recovered { bill } = again else {
        panic!("the journal's bill: {again:?}");
    };
    let bills = sandbox.state().bills;
    assert_eq!(bills.len(), 1, "one bill");
    assert_eq!(bills[0].code, bill.code);
}

#[tokio::test]
async fn a_client_whose_journal_is_down_sends_no_money() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = journaled(&sandbox, Arc::new(pesa_store::testing::Down));
    let refused = client.cash_in(sandbox_cash_in(REFERENCE, 20000)).await.unwrap_err();
    assert!(matches!(refused, Error::Journal { .. }), "{refused:?}");
    assert!(sandbox.state().cash_ins.is_empty());
}

/// The merchant's endpoint deciding in `store`, counting its acceptances.
fn handler(client: Client, store: Arc<dyn pesa_store::Store>, accepted: Arc<AtomicUsize>) -> CallbackHandler {
    CallbackHandler::new(
        client,
        |_order| async { Ok::<_, std::convert::Infallible>(Some(francs(5000))) },
        move |_payment| {
            accepted.fetch_add(1, Ordering::SeqCst);
            async { Ok::<_, std::convert::Infallible>(Decision::Accept) }
        },
    )
    .store(Durable::new(store, "replica-a", std::time::Duration::from_secs(30)))
}

/// A bill of the sandbox, paid: the callback iHela delivers for it.
async fn paid_bill(sandbox: &Sandbox, client: &Client) -> Vec<u8> {
    let created = client.init_bill(sandbox_bill(REFERENCE, 5000)).await.unwrap();
    let code = created.bill().code.clone();
    sandbox.pay(&code).await.unwrap();
    serde_json::to_vec(&serde_json::json!({
        "merchant_reference": REFERENCE, "bill_code": code, "error": false, "error_message": "Success"
    }))
    .unwrap()
}

#[tokio::test]
async fn after_a_restart_on_sqlite_a_paid_bill_is_not_accepted_again() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client().pin(pin()).build().unwrap();
    let body = paid_bill(&sandbox, &client).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merchant.sqlite");
    let accepted = Arc::new(AtomicUsize::new(0));
    let first = handler(client.clone(), sqlite(&path).await, accepted.clone());
    let decided = first.handle(None, &body).await;
    assert_eq!(decided.status(), 200);
    drop(first);
    let restarted = handler(client, sqlite(&path).await, accepted.clone());
    let reply = restarted.handle(None, &body).await;
    assert_eq!(reply.status(), 200);
    assert_eq!(reply.body(), decided.body(), "the decided answer");
    assert_eq!(accepted.load(Ordering::SeqCst), 1, "accepted once");
}

#[tokio::test]
async fn a_store_that_is_down_never_gets_ihela_a_200() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client().pin(pin()).build().unwrap();
    let body = paid_bill(&sandbox, &client).await;
    let accepted = Arc::new(AtomicUsize::new(0));
    let handler = handler(client, Arc::new(pesa_store::testing::Down), accepted.clone());
    let reply = handler.handle(None, &body).await;
    assert_eq!(reply.status(), 503);
    assert_eq!(accepted.load(Ordering::SeqCst), 0);
}
