//! The secret audit: a client with known secret values runs every
//! operation, every callback kind and the error paths against the sandbox,
//! with every `tracing` event and span captured at TRACE level. No consumer
//! secret, token, passkey, STK password, initiator password or security
//! credential may appear in what was captured, in the `Debug` of anything
//! the caller holds, or in any error; no customer's whole number or name
//! may appear in the logs.
//!
//! One test, because the capture is the process's global subscriber.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr};
use std::num::NonZeroU64;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{FixedOffset, Utc};
use daraja::callback::{C2bVerdict, Callbacks};
use daraja::{
    B2bPayment, B2cPayment, C2bPayment, C2bUrls, Client, Initiator, ResultUrls, RetryPolicy, StatusQuery, StkPush,
};
use daraja_sandbox::{Config, Fault, FaultKind, Sandbox, StkOutcome};
use pesa_sandbox::audit::{LogCapture, Seen, assert_no_secret};

use crate::common::*;

const KEY: &str = "audit-consumer-key";
const SECRET: &str = "audit-consumer-secret-5b7e";
const WRONG_SECRET: &str = "audit-wrong-secret-19fa";
const WRONG_PASSWORD: &str = "audit-wrong-initiator-pw";
const HANDED_TOKEN: &str = "audit-handed-token-3c2d";
const LOOPBACK: Option<IpAddr> = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));

fn client(sandbox: &Sandbox, secret: &str) -> Client {
    sandbox
        .client()
        .credentials(KEY, secret)
        .timeout(Duration::from_millis(400))
        .retry(RetryPolicy::default().backoff(Duration::from_millis(5), Duration::from_millis(20)))
        .build()
        .unwrap()
}

fn business(client: &Client, password: &str) -> daraja::Business {
    let urls = ResultUrls::new(
        format!("{}/result", closed_port_url()),
        format!("{}/timeout", closed_port_url()),
    );
    client
        .business(
            shortcode(daraja_sandbox::BUSINESS),
            Initiator::new(daraja_sandbox::INITIATOR, password),
            urls.unwrap(),
        )
        .unwrap()
}

/// Every operation once, and the callbacks of the push and the payment
/// handed to a merchant's handlers.
async fn every_operation(client: &Client, sandbox: &Sandbox, seen: &mut Seen) {
    seen.result(client.authenticate().await).unwrap();
    let express = sandbox_express(client);
    seen.debug(&express);
    let push = StkPush::new(
        phone("0712345678"),
        shillings(150),
        "AUDIT-1",
        format!("{}/stk", closed_port_url()),
    );
    seen.debug(&push);
    let prompt = seen.result(express.push(push).await).unwrap();
    seen.result(express.status(&prompt.checkout_request_id).await).unwrap();
    let paid = sandbox
        .answer_stk(&prompt.checkout_request_id, StkOutcome::Paid)
        .await
        .unwrap();
    seen.result(express.status(&prompt.checkout_request_id).await).unwrap();

    let business = business(client, daraja_sandbox::INITIATOR_PASSWORD);
    seen.debug(&business);
    let payout = B2cPayment::new(key("audit-payout-1"), phone("0712345678"), shillings(100), "Audit");
    seen.debug(&payout);
    seen.result(business.pay_customer(payout.clone()).await).unwrap();
    seen.result(business.pay_customer(payout).await).unwrap();
    let b2b = B2bPayment::new("b2b-audit", shortcode("000111"), shillings(100), "AUDIT", "Audit");
    seen.result(business.pay_business(b2b).await).unwrap();
    seen.result(business.balance("Audit").await).unwrap();
    let receipt = paid.receipt.clone().unwrap();
    seen.result(
        business
            .transaction_status(StatusQuery::receipt(receipt.clone(), "Audit"))
            .await,
    )
    .unwrap();
    let reversal = daraja::Reversal::new(receipt, shillings(150), "Audit");
    seen.result(business.reverse(reversal).await).unwrap();

    let paybill = shortcode(daraja_sandbox::PAYBILL);
    let urls = C2bUrls::new(
        paybill.clone(),
        format!("{}/c", closed_port_url()),
        format!("{}/v", closed_port_url()),
    );
    seen.result(client.c2b().register(urls).await).unwrap();
    let payment = C2bPayment::paybill(paybill, phone("0712345678"), shillings(75), "AUDIT");
    seen.result(client.c2b().simulate(payment).await).unwrap();
    sandbox.settle().await;

    // The merchant's side: every delivery the sandbox made, handed to the
    // handlers (they confirm with the sandbox, and log what they refuse).
    let callbacks = Callbacks::<String>::new()
        .stk(
            express.clone(),
            |_| async { Ok::<_, Infallible>(Some(shillings(150))) },
            |_| async { Ok::<_, Infallible>(()) },
        )
        .results(
            |keys| async move { Ok::<_, Infallible>(Some(keys.conversation_id.to_string())) },
            |_, _| async { Ok::<_, Infallible>(()) },
        )
        .c2b(
            business.clone(),
            |_| async { Ok::<_, Infallible>(C2bVerdict::Accept) },
            |_| async { Ok::<_, Infallible>(()) },
        );
    seen.debug(&callbacks);
    for delivery in sandbox.state().deliveries {
        let body = serde_json::to_vec(&delivery.body).unwrap();
        let reply = match delivery.kind {
            daraja_sandbox::CallbackKind::Stk => callbacks.stk_callback(LOOPBACK, &body).await,
            daraja_sandbox::CallbackKind::Result => callbacks.result(LOOPBACK, &body).await,
            daraja_sandbox::CallbackKind::C2bValidation => callbacks.validation(LOOPBACK, &body).await,
            daraja_sandbox::CallbackKind::C2bConfirmation => callbacks.confirmation(LOOPBACK, &body).await,
        };
        seen.text(String::from_utf8_lossy(&reply.body()));
    }
    seen.debug(client);
}

/// The error paths: every fault on the money-moving calls, refusals,
/// wrong credentials of every kind, the token endpoint down, a token refused.
async fn every_error_path(client: &Client, sandbox: &Sandbox, seen: &mut Seen) {
    let business = business(client, daraja_sandbox::INITIATOR_PASSWORD);
    let express = sandbox_express(client);
    let faults = [
        Fault {
            status: 500,
            ..Fault::new(daraja::paths::B2C_PAYMENT, FaultKind::Status)
        },
        Fault {
            status: 401,
            count: NonZeroU64::new(2).unwrap(),
            ..Fault::new(daraja::paths::STK_PUSH, FaultKind::Status)
        },
        Fault {
            delay_ms: 800,
            ..Fault::new(daraja::paths::B2C_PAYMENT, FaultKind::Delay)
        },
        Fault::new(daraja::paths::B2C_PAYMENT, FaultKind::Drop),
        Fault::new(daraja::paths::STK_PUSH, FaultKind::Malformed),
        Fault::new(daraja::paths::STK_QUERY, FaultKind::Malformed),
    ];
    for (n, fault) in faults.into_iter().enumerate() {
        sandbox.inject(fault);
        let payout = B2cPayment::new(
            key(&format!("audit-fault-{n}")),
            phone("0712345678"),
            shillings(20),
            "Audit",
        );
        let _ = seen.result(business.pay_customer(payout).await);
        let push = StkPush::new(
            phone("0712345678"),
            shillings(20),
            "AUDIT-F",
            format!("{}/stk", closed_port_url()),
        );
        if let Some(prompt) = seen.result(express.push(push).await) {
            let _ = seen.result(express.status(&prompt.checkout_request_id).await);
        }
    }
    // A wrong passkey, a wrong initiator password, bad input.
    let wrong_passkey = client.express(shortcode(daraja_sandbox::PAYBILL), "audit-wrong-passkey");
    let push = StkPush::new(
        phone("0712345678"),
        shillings(20),
        "AUDIT-P",
        format!("{}/stk", closed_port_url()),
    );
    assert!(seen.result(wrong_passkey.push(push).await).is_none());
    seen.debug(&wrong_passkey);
    let wrong = self::business(client, WRONG_PASSWORD);
    seen.debug(&wrong);
    seen.result(wrong.balance("Audit").await).unwrap();
    let long = StkPush::new(
        phone("0712345678"),
        shillings(20),
        "A-REFERENCE-TOO-LONG",
        "https://x.example/s",
    );
    assert!(seen.result(express.push(long).await).is_none());

    // Wrong credentials, the token endpoint down, a handed-in token refused.
    let wrong = self::client(sandbox, WRONG_SECRET);
    assert!(seen.result(wrong.authenticate().await).is_none());
    seen.debug(&wrong);
    sandbox.inject(Fault {
        count: NonZeroU64::new(10).unwrap(),
        ..Fault::new(daraja::paths::CREATE_TOKEN, FaultKind::Drop)
    });
    assert!(
        seen.result(self::client(sandbox, SECRET).authenticate().await)
            .is_none()
    );
    let handed = Client::builder(sandbox.environment())
        .access_token(HANDED_TOKEN, None)
        .build()
        .unwrap();
    assert!(
        seen.result(sandbox_business(&handed, "http://127.0.0.1:9").balance("Audit").await)
            .is_none()
    );
    seen.debug(&handed);
}

/// Every STK password that could have been made between `from` and now:
/// one per second, for the sandbox's paybill and passkey.
fn stk_passwords(from: chrono::DateTime<Utc>) -> Vec<String> {
    let nairobi = FixedOffset::east_opt(3 * 3600).unwrap();
    let seconds = (Utc::now() - from).num_seconds() + 2;
    (-1..seconds)
        .map(|second| {
            let at = (from + chrono::Duration::seconds(second)).with_timezone(&nairobi);
            let timestamp = at.format("%Y%m%d%H%M%S");
            STANDARD.encode(format!(
                "{}{}{timestamp}",
                daraja_sandbox::PAYBILL,
                daraja_sandbox::PASSKEY
            ))
        })
        .collect()
}

/// Whether `text` holds a base64 run as long as a 2048-bit security
/// credential (256 bytes: 344 characters).
fn holds_a_credential(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=') {
            run += 1;
            if run >= 340 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

#[tokio::test]
async fn no_secret_in_logs_debug_or_errors() {
    let captured = LogCapture::install();
    let started = Utc::now();
    let sandbox = Sandbox::start_with(Config {
        consumer_key: KEY.into(),
        consumer_secret: SECRET.into(),
        result_delay: Duration::ZERO,
        callback_attempts: 1,
        ..Config::default()
    })
    .await
    .unwrap();
    let client = client(&sandbox, SECRET);
    let mut seen = Seen::default();
    every_operation(&client, &sandbox, &mut seen).await;
    every_error_path(&client, &sandbox, &mut seen).await;
    sandbox.settle().await;

    let tokens = sandbox.issued_tokens();
    assert!(tokens.len() >= 3, "{tokens:?}");
    let basic = |secret: &str| STANDARD.encode(format!("{KEY}:{secret}"));
    let mut secrets = vec![
        SECRET.to_owned(),
        WRONG_SECRET.to_owned(),
        HANDED_TOKEN.to_owned(),
        WRONG_PASSWORD.to_owned(),
        "audit-wrong-passkey".to_owned(),
        daraja_sandbox::PASSKEY.to_owned(),
        daraja_sandbox::INITIATOR_PASSWORD.to_owned(),
        basic(SECRET),
        basic(WRONG_SECRET),
    ];
    secrets.extend(tokens);
    secrets.extend(stk_passwords(started));

    let logs = captured.text();
    for expected in [
        r#"operation="b2c_payment""#,
        r#"operation="stk_push""#,
        r#"operation="create_token""#,
        "outcome unknown",
        "duration_ms=",
    ] {
        assert!(logs.contains(expected), "no {expected:?} in the captured logs");
    }
    let shown = seen.joined();
    assert!(
        shown.contains("AlreadySubmitted") && shown.contains("OutcomeUnknown") && shown.contains("[redacted]"),
        "{shown}"
    );
    assert_no_secret(&logs, &seen, &secrets);
    assert!(!holds_a_credential(&logs), "a security credential leaked into the logs");
    assert!(
        !holds_a_credential(&shown),
        "a security credential leaked into Debug or an error"
    );
    // Personal data: the callbacks carried Jane's number and name.
    for personal in ["254712345678", "JANE WANJIKU"] {
        assert!(!logs.contains(personal), "{personal:?} was logged whole");
    }
    eprintln!(
        "audited {} log bytes and {} outcomes for {} secret values",
        logs.len(),
        seen.len(),
        secrets.len()
    );
}
