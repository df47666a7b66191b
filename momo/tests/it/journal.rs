//! The payment journal: every transfer is journaled before it leaves. A
//! process killed (SIGKILL) after sending one and before reading its
//! answer leaves it in the journal; on restart `reconcile_pending` reads
//! it back from MTN, and a second run of the same payment sends nothing.
//! A journal that is down stops the money before it leaves.

use std::sync::Arc;

use momo::types::Product;
use momo::{Accepted, Credentials, Disbursement, Error, Payment, ReferenceId, Verdict, pesa_store};
use momo_sandbox::{Fault, FaultKind};

use crate::common::*;

/// What the parent hands the child process, by environment.
const CHILD_ENV: &str = "MOMO_JOURNAL_CHILD";

/// The payment both runs make.
fn payment(reference: ReferenceId) -> Payment {
    Payment::new(reference, eur(40), customer(), "payout-70")
}

fn disbursement(
    environment: momo::Environment,
    credentials: Credentials,
    journal: Arc<dyn pesa_store::Store>,
) -> Disbursement {
    Disbursement::builder(environment, credentials)
        .retry(fast_retry())
        .journal(journal)
        .build()
        .unwrap()
}

/// The child: the merchant's payout run, which the parent kills.
#[tokio::test]
#[ignore = "run by a_transfer_whose_process_is_killed_before_its_answer_is_reconciled_on_restart, as a child process"]
async fn child_payout_run() {
    let Ok(setting) = std::env::var(CHILD_ENV) else {
        return;
    };
    let lines: Vec<&str> = setting.split('\n').collect();
    let (environment, credentials) = from_child_lines(&lines);
    let [journal, reference] = [lines[4], lines[5]];
    // What the client logs goes to the parent, which watches for the lookup.
    tracing_subscriber::fmt()
        .with_writer(std::io::stdout)
        .with_ansi(false)
        .init();
    let store = Arc::new(pesa_store::Sqlite::open(journal).await.unwrap());
    let payouts = disbursement(environment, credentials, store);
    let reference = ReferenceId::try_from(reference).unwrap();
    let _ = payouts.transfer(&payment(reference)).await;
    unreachable!("killed while looking its answer up");
}

#[tokio::test]
async fn a_transfer_whose_process_is_killed_before_its_answer_is_reconciled_on_restart() {
    let world = World::start().await;
    let mut setting = credentials_for_child(&world, Product::Disbursement).await;
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("merchant.sqlite");
    let reference = ReferenceId::new();
    // The transfer is carried out and its answer lost; the lookup that
    // follows is held back: the run is then killed, before it knows.
    world
        .sandbox
        .inject(Fault::new("/disbursement/v1_0/transfer", FaultKind::Drop));
    world.sandbox.inject(Fault {
        delay_ms: 60_000,
        ..Fault::new("/disbursement/v1_0/transfer/", FaultKind::Delay)
    });
    setting.extend([journal.to_str().unwrap().to_owned(), reference.to_string()]);
    let mut run = spawn_child("journal::child_payout_run", CHILD_ENV, &setting.join("\n"));
    let looking_up = wait_for_line(&mut run, "looking the request up by its reference").await;
    assert!(looking_up, "the run never reached the lookup");
    run.kill().unwrap(); // SIGKILL
    run.wait().unwrap();
    // The held-back lookup may not have reached the sandbox: it is not played on the restart.
    world.sandbox.clear_faults();
    // The journal holds the transfer, outcome unknown.
    let store: Arc<dyn pesa_store::Store> = Arc::new(pesa_store::Sqlite::open(&journal).await.unwrap());
    let pending = store.unsettled("momo/disbursement").await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].key.key, format!("transfer/{reference}"));
    assert!(pending[0].intent.contains("40 EUR"), "{}", pending[0].intent);
    assert!(!pending[0].intent.contains("256772123456"), "the party is masked");
    // The restart reconciles it with MTN.
    let lines: Vec<&str> = setting.iter().map(String::as_str).collect();
    let (environment, credentials) = from_child_lines(&lines);
    let restarted = disbursement(environment, credentials, store.clone());
    let reconciled = restarted.reconcile_pending().await.unwrap();
    assert_eq!(reconciled.len(), 1);
    assert_eq!(reconciled[0].reference, reference.as_str());
    assert_eq!(reconciled[0].verdict, Verdict::CarriedOut);
    assert!(store.unsettled("momo/disbursement").await.unwrap().is_empty());
    // The second run of the same payout sends nothing: anything sent now
    // would be refused.
    world.sandbox.inject(Fault {
        status: 400,
        ..Fault::new("/disbursement/v1_0/transfer", FaultKind::Status)
    });
    let again = restarted.transfer(&payment(reference.clone())).await.unwrap();
    assert_eq!(
        again,
        Accepted {
            reference: reference.clone(),
            already_existed: true
        }
    );
    let transfers = world.sandbox.state().requests;
    assert_eq!(transfers.len(), 1, "paid once");
    assert_eq!(transfers[0].reference, reference);
}

#[tokio::test]
async fn a_client_refuses_to_send_money_it_cannot_journal() {
    let world = World::start().await;
    let payouts = disbursement(
        world.sandbox.environment(),
        world.credentials[1].clone(),
        Arc::new(pesa_store::testing::Down),
    );
    let reference = ReferenceId::new();
    let refused = payouts.transfer(&payment(reference.clone())).await.unwrap_err();
    assert!(matches!(refused, Error::Journal { .. }), "{refused:?}");
    assert!(refused.to_string().contains("not sent"), "{refused}");
    assert!(world.sandbox.state().requests.is_empty(), "nothing left");
    assert!(matches!(
        payouts.reconcile_pending().await.unwrap_err(),
        Error::Journal { .. }
    ));
}

#[tokio::test]
async fn a_journaled_reference_is_paid_once_however_often_it_is_sent() {
    let world = World::start().await;
    let store: Arc<dyn pesa_store::Store> = Arc::new(pesa_store::Memory::default());
    let payouts = disbursement(world.sandbox.environment(), world.credentials[1].clone(), store.clone());
    let reference = ReferenceId::new();
    let first = payouts.transfer(&payment(reference.clone())).await.unwrap();
    assert!(!first.already_existed);
    let again = payouts.transfer(&payment(reference.clone())).await.unwrap();
    assert_eq!(again, first, "the journal's answer");
    assert_eq!(world.sandbox.state().requests.len(), 1);
    assert!(store.unsettled("momo/disbursement").await.unwrap().is_empty());
}
