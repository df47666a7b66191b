//! The merchant's flows against the sandbox, end to end on loopback: the
//! client sends, the sandbox's M-Pesa acts and POSTs its callbacks to the
//! merchant's endpoints (the crate's axum routes), which confirm them with
//! the sandbox before the merchant hears of them.

use daraja::types::{ParameterKey, ResultCode, StkResultCode};
use daraja::{
    B2bPayment, B2cPayment, C2bPayment, C2bUrls, Error, ErrorExt as _, Reversal, StkPush, StkStatus, Submitted,
};
use daraja_sandbox::{C2bState, Sandbox, StkOutcome};
use rust_decimal::Decimal;

use crate::common::*;

/// A sandbox, a client for it, and a merchant serving its callbacks.
async fn shop() -> (Sandbox, daraja::Client, Merchant) {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client().build().unwrap();
    let (mut merchant, listener) = Merchant::bind().await;
    merchant.serve(
        listener,
        sandbox_express(&client),
        sandbox_business(&client, &merchant.base),
    );
    (sandbox, client, merchant)
}

fn push(merchant: &Merchant, number: &str, amount: i64) -> StkPush {
    StkPush::new(phone(number), shillings(amount), "ORDER-1042", merchant.stk_url()).description("Order 1042")
}

/// The business's utility and working accounts, as the sandbox holds them.
fn balances(sandbox: &Sandbox) -> (Decimal, Decimal) {
    let balances = sandbox.state().balances;
    (balances.utility.parse().unwrap(), balances.working.parse().unwrap())
}

#[tokio::test]
async fn a_paid_push_reaches_the_merchant_confirmed_and_moves_the_money() {
    let (sandbox, client, mut merchant) = shop().await;
    let express = sandbox_express(&client);
    let (_, working) = balances(&sandbox);

    let prompt = express.push(push(&merchant, "0708 374 149", 1500)).await.unwrap();
    merchant.pushed(&prompt.checkout_request_id, shillings(1500));
    assert_eq!(
        express.status(&prompt.checkout_request_id).await.unwrap(),
        StkStatus::Pending
    );

    let answered = sandbox
        .answer_stk(&prompt.checkout_request_id, StkOutcome::Paid)
        .await
        .unwrap();
    let Heard::Settled(settled) = merchant.next().await else {
        panic!("no settlement")
    };
    assert_eq!(settled.checkout_request_id, prompt.checkout_request_id);
    assert_eq!(settled.status, StkStatus::Paid);
    assert_eq!(settled.amount, shillings(1500));
    assert_eq!(settled.receipt, answered.receipt);
    assert_eq!(settled.phone.unwrap().as_str(), "254708374149");
    assert_eq!(
        express.status(&prompt.checkout_request_id).await.unwrap(),
        StkStatus::Paid
    );
    assert_eq!(balances(&sandbox).1, working + Decimal::from(1500));
    let push = &sandbox.state().pushes[0];
    assert_eq!(push.result_code, Some(StkResultCode::Paid));
    assert_eq!(push.phone.as_str(), "254708374149");
}

#[tokio::test]
async fn a_push_that_is_not_paid_settles_as_failed_with_its_code() {
    let (sandbox, client, mut merchant) = shop().await;
    let express = sandbox_express(&client);
    let cases = [
        ("0708374149", 100, StkOutcome::Cancelled, StkResultCode::CancelledByUser),
        ("0708374149", 100, StkOutcome::WrongPin, StkResultCode::WrongPin),
        (
            "0708374149",
            100,
            StkOutcome::Unreachable,
            StkResultCode::PhoneUnreachable,
        ),
        // Peter has KES 500: he cannot pay 1,000.
        (
            "0110 123 456",
            1000,
            StkOutcome::Paid,
            StkResultCode::InsufficientBalance,
        ),
    ];
    for (number, amount, answer, code) in cases {
        let prompt = express.push(push(&merchant, number, amount)).await.unwrap();
        merchant.pushed(&prompt.checkout_request_id, shillings(amount));
        sandbox.answer_stk(&prompt.checkout_request_id, answer).await.unwrap();
        let Heard::Settled(settled) = merchant.next().await else {
            panic!("no settlement")
        };
        assert!(
            matches!(&settled.status, StkStatus::Failed { code: got, .. } if *got == code),
            "{answer:?}: {:?}",
            settled.status
        );
        assert_eq!(settled.receipt, None);
    }
    // Nothing was paid.
    assert_eq!(balances(&sandbox).1, Decimal::from(1_000_000));
    // A push can be answered once.
    let first = sandbox.state().pushes[0].checkout_request_id.clone();
    assert!(sandbox.answer_stk(&first, StkOutcome::Paid).await.is_err());
}

#[tokio::test]
async fn a_till_push_goes_to_the_till_and_a_wrong_one_fails_at_once() {
    let (sandbox, client, mut merchant) = shop().await;
    let till = sandbox_express(&client).till(shortcode(daraja_sandbox::TILL));
    let prompt = till.push(push(&merchant, "0712345678", 200)).await.unwrap();
    assert_eq!(sandbox.state().pushes[0].shortcode.as_str(), daraja_sandbox::TILL);
    assert_eq!(
        till.status(&prompt.checkout_request_id).await.unwrap(),
        StkStatus::Pending
    );

    let wrong = sandbox_express(&client).till(shortcode("999999"));
    let prompt = wrong.push(push(&merchant, "0712345678", 200)).await.unwrap();
    merchant.pushed(&prompt.checkout_request_id, shillings(200));
    let Heard::Settled(settled) = merchant.next().await else {
        panic!("no settlement")
    };
    assert!(matches!(
        settled.status,
        StkStatus::Failed {
            code: StkResultCode::NotPermitted,
            ..
        }
    ));
}

#[tokio::test]
async fn a_wrong_passkey_or_paybill_is_refused_as_daraja_does() {
    let (_sandbox, client, merchant) = shop().await;
    let wrong_passkey = client.express(shortcode(daraja_sandbox::PAYBILL), "not-the-passkey");
    let error = wrong_passkey.push(push(&merchant, "0712345678", 10)).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(error.error_code(), Some(daraja::ErrorCode::MerchantRefused));
    assert_eq!(
        error.envelope().unwrap().error_message.as_deref(),
        Some("Wrong credentials")
    );
    let unknown = client.express(shortcode("123456"), daraja_sandbox::PASSKEY);
    let error = unknown.push(push(&merchant, "0712345678", 10)).await.unwrap_err();
    assert_eq!(
        error.envelope().unwrap().error_message.as_deref(),
        Some("Merchant does not exist")
    );
}

#[tokio::test]
async fn a_b2c_payout_is_paid_once_and_its_result_correlated_with_it() {
    let (sandbox, client, mut merchant) = shop().await;
    let business = sandbox_business(&client, &merchant.base);
    let (utility, _) = balances(&sandbox);

    merchant.sent(&key("payout-0001"), "payout");
    let payout = B2cPayment::new(key("payout-0001"), phone("0712345678"), shillings(2500), "Refund");
    let submitted = business.pay_customer(payout.clone()).await.unwrap();
    assert!(
        matches!(submitted, Submitted::Accepted { ref originator_conversation_id, .. }
        if originator_conversation_id.as_str() == "payout-0001")
    );
    let Heard::Result(label, notice) = merchant.next().await else {
        panic!("no result")
    };
    assert_eq!(label, "payout");
    assert!(notice.is_completed());
    assert_eq!(
        notice.amount(&ParameterKey::TransactionAmount),
        Some(Decimal::from(2500))
    );
    assert_eq!(
        notice.text(&ParameterKey::ReceiverPartyPublicName).as_deref(),
        Some("254712345678 - JANE WANJIKU")
    );
    assert_eq!(balances(&sandbox).0, utility - Decimal::from(2500));

    // The same payment again: Daraja refuses the key; nothing moves.
    let again = business.pay_customer(payout).await.unwrap();
    assert_eq!(
        again,
        Submitted::AlreadySubmitted {
            originator_conversation_id: key("payout-0001")
        }
    );
    sandbox.settle().await;
    assert_eq!(balances(&sandbox).0, utility - Decimal::from(2500));
    assert_eq!(sandbox.state().requests.len(), 1);
    assert!(merchant.heard_nothing_more());
}

#[tokio::test]
async fn b2c_limits_and_a_wrong_initiator_password_come_back_as_results() {
    let (sandbox, client, mut merchant) = shop().await;
    let business = sandbox_business(&client, &merchant.base);
    merchant.sent(&key("too-small"), "too small");
    let small = B2cPayment::new(key("too-small"), phone("0712345678"), shillings(5), "Refund");
    business.pay_customer(small).await.unwrap();
    let Heard::Result(_, notice) = merchant.next().await else {
        panic!("no result")
    };
    assert_eq!(notice.code, ResultCode::BelowMinimum);

    let wrong = client
        .business(
            shortcode(daraja_sandbox::BUSINESS),
            daraja::Initiator::new(daraja_sandbox::INITIATOR, "not-the-password"),
            daraja::ResultUrls::new(
                format!("{}/mpesa/result", merchant.base),
                format!("{}/mpesa/timeout", merchant.base),
            )
            .unwrap(),
        )
        .unwrap();
    merchant.sent(&key("wrong-password"), "wrong password");
    let payout = B2cPayment::new(key("wrong-password"), phone("0712345678"), shillings(100), "Refund");
    wrong.pay_customer(payout).await.unwrap();
    let Heard::Result(label, notice) = merchant.next().await else {
        panic!("no result")
    };
    assert_eq!(label, "wrong password");
    assert_eq!(notice.code, ResultCode::InitiatorInformationInvalid);
    assert_eq!(balances(&sandbox).0, Decimal::from(10_000_000));
}

#[tokio::test]
async fn balance_b2b_and_status_results_carry_what_moved() {
    let (_sandbox, client, mut merchant) = shop().await;
    let business = sandbox_business(&client, &merchant.base);
    let sent = |merchant: &Merchant, submitted: Submitted, label: &str| {
        let Submitted::Accepted {
            originator_conversation_id,
            ..
        } = submitted
        else {
            panic!("not accepted")
        };
        merchant.sent(&originator_conversation_id, label);
    };

    let b2b = B2bPayment::new("b2b-77", shortcode("000111"), shillings(4000), "INV-77", "Stock");
    sent(&merchant, business.pay_business(b2b).await.unwrap(), "b2b");
    let Heard::Result(label, notice) = merchant.next().await else {
        panic!("no result")
    };
    assert_eq!(label, "b2b");
    assert!(notice.is_completed());
    let receipt = notice.transaction_id.clone().unwrap();

    sent(&merchant, business.balance("End of day").await.unwrap(), "balance");
    let Heard::Result(_, notice) = merchant.next().await else {
        panic!("no result")
    };
    let utility = notice
        .balances()
        .into_iter()
        .find(|account| account.account == "Utility Account")
        .unwrap();
    assert_eq!(utility.available, Decimal::from(10_000_000 - 4000));

    let query = daraja::StatusQuery::receipt(receipt.parse().unwrap(), "Audit");
    sent(&merchant, business.transaction_status(query).await.unwrap(), "status");
    let Heard::Result(_, notice) = merchant.next().await else {
        panic!("no result")
    };
    assert_eq!(
        notice.text(&ParameterKey::TransactionStatus).as_deref(),
        Some("Completed")
    );
    assert_eq!(notice.amount(&ParameterKey::Amount), Some(Decimal::from(4000)));

    // A receipt M-Pesa does not know is refused at once.
    let unknown = daraja::StatusQuery::receipt("NOSUCHRCPT".parse().unwrap(), "Audit");
    let error = business.transaction_status(unknown).await.unwrap_err();
    assert_eq!(error.error_code(), Some(daraja::ErrorCode::TransactionNotFound));
}

#[tokio::test]
async fn a_c2b_payment_is_validated_confirmed_by_status_and_reversed_once() {
    let (sandbox, client, mut merchant) = shop().await;
    // Paid to the business's own shortcode, whose initiator reverses it.
    let paybill = shortcode(daraja_sandbox::BUSINESS);
    let urls = C2bUrls::new(
        paybill.clone(),
        format!("{}/mpesa/c2b/confirmation", merchant.base),
        format!("{}/mpesa/c2b/validation", merchant.base),
    );
    client.c2b().register(urls).await.unwrap();
    let payment = C2bPayment::paybill(paybill.clone(), phone("0712345678"), shillings(750), "ACC-9");
    client.c2b().simulate(payment).await.unwrap();

    let Heard::Paid(paid) = merchant.next().await else {
        panic!("no confirmed payment")
    };
    assert_eq!(paid.amount, Decimal::from(750));
    assert_eq!(paid.payment.bill_ref_number.as_deref(), Some("ACC-9"));
    let record = &sandbox.state().c2b_payments[0];
    assert_eq!(record.receipt, paid.receipt);
    assert_eq!(record.state, C2bState::Completed);
    // The confirmation showed the number masked, as v2 does.
    assert_eq!(paid.payment.msisdn.as_deref(), Some("2547 ***** 678"));

    let business = sandbox_business(&client, &merchant.base);
    let reverse = || Reversal::new(paid.receipt.clone(), shillings(750), "Wrong account");
    for (label, code) in [
        ("reversal", ResultCode::Completed),
        ("again", ResultCode::AlreadyReversed),
    ] {
        let Submitted::Accepted {
            originator_conversation_id,
            ..
        } = business.reverse(reverse()).await.unwrap()
        else {
            panic!("not accepted")
        };
        merchant.sent(&originator_conversation_id, label);
        let Heard::Result(heard, notice) = merchant.next().await else {
            panic!("no result")
        };
        assert_eq!((heard.as_str(), notice.code), (label, code));
    }
    assert_eq!(sandbox.state().c2b_payments[0].state, C2bState::Reversed);
}

#[tokio::test]
async fn each_new_token_invalidates_the_last_and_the_client_renews_once() {
    let sandbox = Sandbox::start().await.unwrap();
    let first = sandbox.client().build().unwrap();
    let second = sandbox.client().build().unwrap();
    first.authenticate().await.unwrap();
    second.authenticate().await.unwrap();
    // `first`'s token is now invalid (404.001.03): it renews and goes on.
    let (merchant, _listener) = Merchant::bind().await;
    sandbox_express(&first)
        .push(push(&merchant, "0712345678", 10))
        .await
        .unwrap();
    assert_eq!(sandbox.state().tokens_issued, 3);
    assert_eq!(sandbox.state().pushes.len(), 1);

    // A client handed a token that Daraja does not know, without
    // credentials, gets the refusal with its status and envelope.
    let bare = daraja::Client::builder(sandbox.environment())
        .access_token("not-a-token", None)
        .build()
        .unwrap();
    match sandbox_express(&bare)
        .push(push(&merchant, "0712345678", 10))
        .await
        .unwrap_err()
    {
        Error::Auth { .. } => {}
        other => panic!("not an auth error: {other:?}"),
    }
}

#[tokio::test]
async fn an_expired_token_is_renewed_before_the_call() {
    let start = chrono::Utc::now();
    let sandbox = Sandbox::start_with(daraja_sandbox::Config {
        clock_start: Some(start),
        ..daraja_sandbox::Config::default()
    })
    .await
    .unwrap();
    let client = sandbox.client().build().unwrap();
    client.authenticate().await.unwrap();
    sandbox.advance(std::time::Duration::from_secs(3601));
    let balance = sandbox_business(&client, &closed_port_url()).balance("ok").await;
    // The sandbox's token expired on its clock: refused, renewed, accepted.
    assert!(balance.is_ok(), "{balance:?}");
    assert_eq!(sandbox.state().tokens_issued, 2);
}
