//! The merchant's flows against the sandbox: provisioning, tokens, a request
//! to pay approved and declined, MTN's test numbers, payouts, refunds,
//! remittances, balances that move, and the errors MTN documents.

use momo::types::{Product, ReasonCode, Status};
use momo::{
    CashTransfer, Collection, Credentials, Environment, ErrorExt as _, Outcome, PayerIdentity, Payment, ReferenceId,
    Refund, Transaction as _, Version,
};
use momo_sandbox::{RequestKind, SettlementOutcome};
use rust_decimal::Decimal;

use crate::common::*;

#[tokio::test]
async fn a_request_to_pay_waits_for_the_customer_then_pays_the_merchant() {
    let world = World::start().await;
    let before = world.collection.balance().await.unwrap();
    let reference = ReferenceId::new();
    let payment = Payment::new(reference.clone(), eur(150), customer(), "order-17")
        .payer_message("Order 17")
        .payee_note("Thank you");
    let accepted = world.collection.request_to_pay(&payment).await.unwrap();
    assert_eq!(accepted.reference, reference);
    assert!(!accepted.already_existed);
    // Accepted is not paid.
    let pending = world.collection.request_to_pay_status(&reference).await.unwrap();
    assert_eq!(pending.outcome(), Outcome::Pending);
    assert_eq!(pending.external_id(), Some("order-17"));
    let settled = world
        .sandbox
        .settle_request(&reference, SettlementOutcome::Approved)
        .await
        .unwrap();
    assert_eq!(settled.status, Status::Successful);
    let paid = world.collection.request_to_pay_status(&reference).await.unwrap();
    let Outcome::Successful {
        financial_transaction_id,
    } = paid.outcome()
    else {
        panic!("not paid: {paid:?}");
    };
    assert!(financial_transaction_id.is_some());
    assert_eq!(paid.amount(), Decimal::from(150));
    let after = world.collection.balance().await.unwrap();
    assert_eq!(after.available_balance - before.available_balance, Decimal::from(150));
    assert_eq!(after.currency, momo::Currency::EUR);
}

#[tokio::test]
async fn a_declined_request_fails_with_its_reason_and_moves_nothing() {
    let world = World::start().await;
    let reference = ReferenceId::new();
    world
        .collection
        .request_to_pay(&Payment::new(reference.clone(), eur(10), customer(), "order-18"))
        .await
        .unwrap();
    world
        .sandbox
        .settle_request(&reference, SettlementOutcome::Rejected)
        .await
        .unwrap();
    let declined = world.collection.request_to_pay_status(&reference).await.unwrap();
    let Outcome::Failed { reason: Some(reason) } = declined.outcome() else {
        panic!("not declined: {declined:?}");
    };
    assert_eq!(reason.code, ReasonCode::ApprovalRejected);
    let balances = world.sandbox.state().balances;
    assert_eq!(balances.collection, Decimal::from(momo_sandbox::STARTING_BALANCE));
}

#[tokio::test]
async fn mtn_test_numbers_force_their_outcomes() {
    let world = World::start().await;
    for (number, code) in [
        (50, ReasonCode::InternalProcessingError),
        (51, ReasonCode::ApprovalRejected),
        (52, ReasonCode::Expired),
        (55, ReasonCode::PayerNotFound),
        (63, ReasonCode::CouldNotPerformTransaction),
    ] {
        let reference = ReferenceId::new();
        let payment = Payment::new(reference.clone(), eur(5), test_number(number), "scenario");
        world.collection.request_to_pay(&payment).await.unwrap();
        world.sandbox.settle().await;
        let result = world.collection.request_to_pay_status(&reference).await.unwrap();
        assert_eq!(result.status, Status::Failed, "{number}");
        assert_eq!(result.reason.map(|r| r.code), Some(code), "{number}");
    }
    // Ongoing stays pending, with its reason.
    let reference = ReferenceId::new();
    world
        .collection
        .request_to_pay(&Payment::new(reference.clone(), eur(5), test_number(53), "ongoing"))
        .await
        .unwrap();
    world.sandbox.settle().await;
    let ongoing = world.collection.request_to_pay_status(&reference).await.unwrap();
    assert_eq!(ongoing.outcome(), Outcome::Pending);
    assert_eq!(ongoing.reason.map(|r| r.code), Some(ReasonCode::Ongoing));
    // A transfer to …455 fails for want of funds.
    let reference = ReferenceId::new();
    world
        .disbursement
        .transfer(&Payment::new(reference.clone(), eur(5), test_number(55), "payout"))
        .await
        .unwrap();
    world.sandbox.settle().await;
    let transfer = world.disbursement.transfer_status(&reference).await.unwrap();
    assert_eq!(transfer.reason.map(|r| r.code), Some(ReasonCode::NotEnoughFunds));
    // Account holders.
    assert!(world.collection.is_active(&customer().into()).await.unwrap());
    assert!(!world.collection.is_active(&test_number(50).into()).await.unwrap());
    let refused = world.collection.is_active(&test_number(54).into()).await.unwrap_err();
    assert_eq!(refused.reason_code(), Some(ReasonCode::InternalProcessingError));
    let names = world.collection.basic_user_info(&customer()).await.unwrap();
    assert_eq!(names.given_name.as_deref(), Some("Sand"));
}

#[tokio::test]
async fn payouts_refunds_and_remittances_move_the_balances() {
    let world = World::start().await;
    let start = Decimal::from(momo_sandbox::STARTING_BALANCE);
    // A transfer and a deposit (both versions) from the disbursement account.
    world
        .disbursement
        .transfer(&Payment::new(ReferenceId::new(), eur(100), customer(), "salary"))
        .await
        .unwrap();
    for version in [Version::V1, Version::V2] {
        let reference = ReferenceId::new();
        let deposit = Payment::new(reference.clone(), eur(20), customer(), "deposit");
        world.disbursement.deposit(&deposit, version).await.unwrap();
        world.sandbox.settle().await;
        assert_eq!(
            world.disbursement.deposit_status(&reference).await.unwrap().status,
            Status::Successful
        );
    }
    world.sandbox.settle().await;
    assert_eq!(
        world.disbursement.balance().await.unwrap().available_balance,
        start - Decimal::from(140)
    );
    // A refund of a request to pay, in part; more than was paid is refused.
    let paid = ReferenceId::new();
    world
        .collection
        .request_to_pay(&Payment::new(paid.clone(), eur(50), customer(), "order-19"))
        .await
        .unwrap();
    world
        .sandbox
        .settle_request(&paid, SettlementOutcome::Approved)
        .await
        .unwrap();
    let refund = ReferenceId::new();
    let accepted = world
        .disbursement
        .refund(
            &Refund::new(refund.clone(), eur(30), paid.clone(), "refund-19"),
            Version::V2,
        )
        .await
        .unwrap();
    assert_eq!(accepted.reference, refund);
    world.sandbox.settle().await;
    assert_eq!(
        world.disbursement.refund_status(&refund).await.unwrap().status,
        Status::Successful
    );
    let too_much = ReferenceId::new();
    world
        .disbursement
        .refund(&Refund::new(too_much.clone(), eur(30), paid, "refund-19b"), Version::V1)
        .await
        .unwrap();
    world.sandbox.settle().await;
    let refused = world.disbursement.refund_status(&too_much).await.unwrap();
    assert_eq!(refused.reason.map(|r| r.code), Some(ReasonCode::NotAllowed));
    // Remittances.
    world
        .remittance
        .transfer(&Payment::new(ReferenceId::new(), eur(7), customer(), "remit"))
        .await
        .unwrap();
    let cash = ReferenceId::new();
    let payer = PayerIdentity {
        first_name: Some("Ada".to_owned()),
        surname: Some("Lovelace".to_owned()),
        ..PayerIdentity::default()
    };
    let sent = CashTransfer::new(
        Payment::new(cash.clone(), eur(8), customer(), "cash"),
        "SE",
        eur(8),
        payer,
    );
    world.remittance.cash_transfer(&sent).await.unwrap();
    world.sandbox.settle().await;
    assert_eq!(
        world.remittance.cash_transfer_status(&cash).await.unwrap().status,
        Status::Successful
    );
    assert_eq!(
        world.remittance.balance().await.unwrap().available_balance,
        start - Decimal::from(15)
    );
    let kinds: Vec<RequestKind> = world.sandbox.state().requests.iter().map(|r| r.kind).collect();
    assert!(kinds.contains(&RequestKind::CashTransfer) && kinds.contains(&RequestKind::Refund));
}

#[tokio::test]
async fn a_reused_reference_is_never_a_second_payment() {
    let world = World::start().await;
    let reference = ReferenceId::new();
    let payment = Payment::new(reference.clone(), eur(40), customer(), "order-20");
    world.collection.request_to_pay(&payment).await.unwrap();
    // The same request again: MTN's 409, read as "it exists".
    let again = world.collection.request_to_pay(&payment).await.unwrap();
    assert!(again.already_existed);
    // Another request under the same reference: refused, naming the field.
    let other = Payment::new(reference.clone(), eur(41), customer(), "order-20");
    let error = world.collection.request_to_pay(&other).await.unwrap_err();
    assert!(
        matches!(error, momo::Error::Mismatch { field: "amount", .. }),
        "{error}"
    );
    let requests = world.sandbox.state().requests;
    assert_eq!(requests.iter().filter(|r| r.reference == reference).count(), 1);
}

#[tokio::test]
async fn the_errors_mtn_documents_are_kept_with_their_status_and_body() {
    let world = World::start().await;
    // A currency that does not match the environment.
    let ugx = momo::Money::whole(500, momo::Currency::UGX).unwrap();
    let error = world
        .collection
        .request_to_pay(&Payment::new(ReferenceId::new(), ugx, customer(), "order"))
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(error.reason_code(), Some(ReasonCode::InvalidCurrency));
    // A callback URL on a host the API user did not register.
    let error = world
        .collection
        .request_to_pay(
            &Payment::new(ReferenceId::new(), eur(1), customer(), "order").callback_url("http://elsewhere.example/cb"),
        )
        .await
        .unwrap_err();
    assert_eq!(error.reason_code(), Some(ReasonCode::InvalidCallbackUrlHost));
    // An unknown reference.
    let error = world
        .collection
        .request_to_pay_status(&ReferenceId::new())
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    // Another product's subscription key.
    let user = world
        .sandbox
        .provision_for(Product::Collection, CALLBACK_HOST)
        .await
        .unwrap();
    let wrong = Credentials::new(
        world.sandbox.subscription_key(Product::Disbursement),
        user.api_user().clone(),
        "x",
    );
    let collection = Collection::builder(world.sandbox.environment(), wrong).build().unwrap();
    let error = collection.balance().await.unwrap_err();
    assert!(matches!(error, momo::Error::Auth { .. }), "{error}");
    // A market the sandbox does not serve.
    let environment = Environment::Custom {
        base_url: world.sandbox.base_url().to_owned(),
        target: momo::TargetEnvironment::MtnUganda,
    };
    let user = world
        .sandbox
        .provision_for(Product::Collection, CALLBACK_HOST)
        .await
        .unwrap();
    let collection = Collection::builder(environment, user).build().unwrap();
    let error = collection.balance().await.unwrap_err();
    assert_eq!(error.reason_code(), Some(ReasonCode::NotAllowedTargetEnvironment));
}

#[tokio::test]
async fn bad_input_is_refused_before_anything_is_sent_naming_the_field() {
    let world = World::start().await;
    let refused = |error: momo::Error| match error {
        momo::Error::InvalidInput(input) => input.field().to_owned(),
        other => panic!("not refused: {other}"),
    };
    let payment = Payment::new(ReferenceId::new(), eur(1), customer(), "order").payer_message("Joe's order");
    assert_eq!(
        refused(world.collection.request_to_pay(&payment).await.unwrap_err()),
        "payer_message"
    );
    let payment = Payment::new(ReferenceId::new(), eur(1), customer(), "order").payee_note("x".repeat(161));
    assert_eq!(
        refused(world.collection.request_to_pay(&payment).await.unwrap_err()),
        "payee_note"
    );
    let payment = Payment::new(ReferenceId::new(), eur(1), customer(), "");
    assert_eq!(
        refused(world.collection.request_to_pay(&payment).await.unwrap_err()),
        "external_id"
    );
    let payment = Payment::new(ReferenceId::new(), eur(1), customer(), "order").callback_url("ftp://x");
    assert_eq!(
        refused(world.collection.request_to_pay(&payment).await.unwrap_err()),
        "callback_url"
    );
    assert!(world.sandbox.state().requests.is_empty());
    assert_eq!(ReferenceId::parse("not-a-uuid").unwrap_err().field(), "reference_id");
}

#[tokio::test]
async fn one_token_per_product_is_shared_by_every_caller() {
    let world = World::start().await;
    let calls = (0..16).map(|_| {
        let collection = world.collection.clone();
        async move { collection.balance().await.unwrap() }
    });
    futures_util::future::join_all(calls).await;
    world.disbursement.balance().await.unwrap();
    assert_eq!(world.sandbox.state().tokens_issued, 2);
}
