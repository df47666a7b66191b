//! The secret audit: clients with known secret values run every operation,
//! the callbacks and the error paths against the sandbox, with every
//! `tracing` event and span captured at TRACE level. No subscription key,
//! API key, token or Basic credential may appear in what was captured, in
//! the `Debug` of anything the caller holds, or in any error; no customer's
//! whole number may appear in the logs.
//!
//! One test, because the capture is the process's global subscriber.

use std::num::NonZeroU64;
use std::time::Duration;

use base64::Engine as _;
use momo::callback::{CallbackKind, Callbacks};
use momo::types::Product;
use momo::{
    CashTransfer, Collection, Credentials, Disbursement, PayerIdentity, Payment, Provisioning, ReferenceId, Refund,
    Remittance, RetryPolicy, Version,
};
use momo_sandbox::{Config, Fault, FaultKind, Sandbox, SettlementOutcome};
use pesa_sandbox::audit::{LogCapture, Seen, assert_no_secret};

use crate::common::*;

const KEYS: [&str; 3] = [
    "audit-collection-key-1a2b",
    "audit-disbursement-key-3c4d",
    "audit-remittance-key-5e6f",
];
const WRONG_API_KEY: &str = "audit-wrong-api-key-7a8b";

fn retry() -> RetryPolicy {
    RetryPolicy::default().backoff(Duration::from_millis(5), Duration::from_millis(20))
}

/// Every operation once, and the deliveries handed to the merchant's handler.
async fn every_operation(sandbox: &Sandbox, users: &[Credentials; 3], seen: &mut Seen) -> [ReferenceId; 2] {
    let environment = sandbox.environment();
    let [c, d, r] = users.clone();
    let collection = Collection::builder(environment.clone(), c)
        .timeout(Duration::from_millis(400))
        .retry(retry())
        .build()
        .unwrap();
    let disbursement = Disbursement::builder(environment.clone(), d)
        .timeout(Duration::from_millis(400))
        .retry(retry())
        .build()
        .unwrap();
    let remittance = Remittance::builder(environment, r).retry(retry()).build().unwrap();
    seen.debug(&collection);
    seen.debug(users);
    seen.result(collection.balance().await).unwrap();
    seen.result(collection.balance_in(momo::Currency::EUR).await).unwrap();
    seen.result(collection.is_active(&customer().into()).await).unwrap();
    seen.result(collection.basic_user_info(&customer()).await).unwrap();
    let paid = ReferenceId::new();
    let base = format!("http://{CALLBACK_HOST}:9/momo");
    let payment = Payment::new(paid.clone(), eur(60), customer(), "audit-1")
        .callback_url(momo::callback::callback_url(&base, CallbackKind::RequestToPay, &paid));
    seen.debug(&payment);
    seen.result(collection.request_to_pay(&payment).await).unwrap();
    seen.result(collection.request_to_pay(&payment).await).unwrap();
    sandbox
        .settle_request(&paid, SettlementOutcome::Approved)
        .await
        .unwrap();
    seen.result(collection.request_to_pay_status(&paid).await).unwrap();
    let withdraw = Payment::new(ReferenceId::new(), eur(5), customer(), "audit-2");
    seen.result(collection.request_to_withdraw(&withdraw, Version::V2).await)
        .unwrap();
    let transfer = ReferenceId::new();
    seen.result(
        disbursement
            .transfer(&Payment::new(transfer.clone(), eur(5), customer(), "audit-3"))
            .await,
    )
    .unwrap();
    seen.result(
        disbursement
            .deposit(
                &Payment::new(ReferenceId::new(), eur(5), customer(), "audit-4"),
                Version::V1,
            )
            .await,
    )
    .unwrap();
    let refund = Refund::new(ReferenceId::new(), eur(10), paid.clone(), "audit-5");
    seen.result(disbursement.refund(&refund, Version::V2).await).unwrap();
    seen.result(
        remittance
            .transfer(&Payment::new(ReferenceId::new(), eur(5), customer(), "audit-6"))
            .await,
    )
    .unwrap();
    let cash = CashTransfer::new(
        Payment::new(ReferenceId::new(), eur(5), customer(), "audit-7"),
        "SE",
        eur(5),
        PayerIdentity {
            first_name: Some("Ada".to_owned()),
            msisdn: Some(customer()),
            ..PayerIdentity::default()
        },
    );
    seen.debug(&cash);
    seen.result(remittance.cash_transfer(&cash).await).unwrap();
    sandbox.settle().await;
    seen.result(disbursement.transfer_status(&transfer).await).unwrap();

    // The merchant's side: the delivery, handed to the handler (which confirms it).
    let callbacks = Callbacks::new(|_| async { Ok::<_, std::convert::Infallible>(()) })
        .collection(collection.clone())
        .disbursement(disbursement.clone());
    seen.debug(&callbacks);
    for delivery in sandbox.state().deliveries {
        let body = serde_json::to_vec(&delivery.body).unwrap();
        let reply = callbacks
            .handle(CallbackKind::RequestToPay, delivery.reference, &body)
            .await;
        seen.text(String::from_utf8_lossy(&reply.body()));
    }
    [paid, transfer]
}

/// The error paths: faults on the money-moving calls, wrong keys, the token
/// endpoint down.
async fn every_error_path(sandbox: &Sandbox, users: &[Credentials; 3], seen: &mut Seen) {
    let [c, d, _] = users.clone();
    let collection = Collection::builder(sandbox.environment(), c.clone())
        .timeout(Duration::from_millis(400))
        .retry(retry())
        .build()
        .unwrap();
    let disbursement = Disbursement::builder(sandbox.environment(), d)
        .timeout(Duration::from_millis(400))
        .retry(retry())
        .build()
        .unwrap();
    let faults = [
        Fault {
            status: 500,
            ..Fault::new(momo::paths::REQUEST_TO_PAY, FaultKind::Status)
        },
        Fault {
            status: 401,
            count: NonZeroU64::new(2).unwrap(),
            ..Fault::new(momo::paths::REQUEST_TO_PAY, FaultKind::Status)
        },
        Fault {
            delay_ms: 800,
            ..Fault::new("/disbursement/v1_0/transfer", FaultKind::Delay)
        },
        Fault::new("/disbursement/v1_0/transfer", FaultKind::Drop),
        Fault::new("/collection/v1_0/requesttopay/", FaultKind::Malformed),
    ];
    for (n, fault) in faults.into_iter().enumerate() {
        sandbox.inject(fault);
        let reference = ReferenceId::new();
        let _ = seen.result(
            collection
                .request_to_pay(&Payment::new(
                    reference.clone(),
                    eur(2),
                    customer(),
                    format!("audit-f{n}"),
                ))
                .await,
        );
        let _ = seen.result(collection.request_to_pay_status(&reference).await);
        let _ = seen.result(
            disbursement
                .transfer(&Payment::new(
                    ReferenceId::new(),
                    eur(2),
                    customer(),
                    format!("audit-t{n}"),
                ))
                .await,
        );
    }
    // A wrong API key, another product's subscription key, bad input.
    let wrong = Credentials::new(KEYS[0], c.api_user().clone(), WRONG_API_KEY);
    seen.debug(&wrong);
    let wrong = Collection::builder(sandbox.environment(), wrong)
        .retry(retry())
        .build()
        .unwrap();
    assert!(seen.result(wrong.balance().await).is_none());
    let provisioning = Provisioning::new(&sandbox.environment(), KEYS[1]).unwrap();
    seen.debug(&provisioning);
    seen.result(provisioning.user(c.api_user()).await).unwrap();
    let bad = Payment::new(ReferenceId::new(), eur(2), customer(), "audit").payer_message("it's");
    assert!(seen.result(collection.request_to_pay(&bad).await).is_none());
    // The token endpoint down.
    sandbox.inject(Fault {
        count: NonZeroU64::new(10).unwrap(),
        ..Fault::new("/collection/token/", FaultKind::Drop)
    });
    let fresh = Collection::builder(sandbox.environment(), c)
        .retry(retry())
        .build()
        .unwrap();
    assert!(seen.result(fresh.balance().await).is_none());
}

#[tokio::test]
async fn no_secret_in_logs_debug_or_errors() {
    let captured = LogCapture::install();
    let sandbox = Sandbox::start_with(Config {
        subscription_keys: KEYS.map(str::to_owned),
        payout_delay: Duration::ZERO,
        ..Config::default()
    })
    .await
    .unwrap();
    let mut users = Vec::new();
    for product in [Product::Collection, Product::Disbursement, Product::Remittance] {
        users.push(sandbox.provision_for(product, CALLBACK_HOST).await.unwrap());
    }
    let users: [Credentials; 3] = users.try_into().unwrap();
    let mut seen = Seen::default();
    every_operation(&sandbox, &users, &mut seen).await;
    every_error_path(&sandbox, &users, &mut seen).await;
    sandbox.settle().await;

    let issued = sandbox.issued_secrets();
    assert!(issued.len() >= 6, "{issued:?}");
    let state = sandbox.state();
    let mut secrets: Vec<String> = KEYS.iter().map(|key| (*key).to_owned()).collect();
    secrets.push(WRONG_API_KEY.to_owned());
    for user in &state.users {
        for key in &issued {
            secrets.push(base64::engine::general_purpose::STANDARD.encode(format!("{}:{key}", user.id)));
        }
    }
    secrets.extend(issued);

    let logs = captured.text();
    for expected in [
        r#"operation="request_to_pay""#,
        r#"operation="create_access_token""#,
        "looking the request up by its reference",
        "duration_ms=",
    ] {
        assert!(logs.contains(expected), "no {expected:?} in the captured logs");
    }
    let shown = seen.joined();
    assert!(
        shown.contains("already_existed: true") && shown.contains("Credentials { api_user"),
        "{shown}"
    );
    assert_no_secret(&logs, &seen, &secrets);
    // Personal data: the customer's number, in every request and callback.
    assert!(
        !logs.contains(customer().as_str()),
        "a customer's number was logged whole"
    );
    assert!(
        !shown.contains(customer().as_str()),
        "a customer's number is shown whole in Debug or an error"
    );
    eprintln!(
        "audited {} log bytes and {} outcomes for {} secret values",
        logs.len(),
        seen.len(),
        secrets.len()
    );
}
