//! The secret audit: a client with known secret values runs every operation,
//! every error path and a login with iHela against the sandbox (and the
//! banking and agent flows, against a mock gateway and against the
//! sandbox's real JWT pairs), with every `tracing` event and
//! span captured at TRACE level. No secret may appear in what was captured,
//! in the `Debug` of anything the caller holds, or in any error's `Display`
//! (with its sources).
//!
//! One test, because the capture is the process's global subscriber.

use std::time::Duration;

use crate::common::*;
use base64::Engine as _;
use ihela::callback::{CallbackHandler, Decision, SignatureKey};
use ihela::gen2::{CheckBill, CreditCashIn};
use ihela::{Client, CustomerQuery, Environment, Error, MerchantReference, Pin, RetryPolicy};
use ihela_sandbox::{Config, Fault, FaultKind, Sandbox};
use pesa_sandbox::audit::{LogCapture, Seen, assert_no_secret};

const CLIENT_ID: &str = "audit-client-id";
const CLIENT_SECRET: &str = "audit-secret-7c1e5a9b";
const WRONG_SECRET: &str = "audit-wrong-secret-44d0";
const PIN: &str = "482915";
const BAD_PIN: &str = "48x915";
const SIGNING_KEY: &str = "audit-signing-key-b3f2";
const HANDED_TOKEN: &str = "audit-handed-token-90ab";

fn client(sandbox: &Sandbox, secret: &str) -> Client {
    sandbox
        .client()
        .credentials(CLIENT_ID, secret)
        .timeout(Duration::from_millis(400))
        .retry(RetryPolicy::default().backoff(Duration::from_millis(5), Duration::from_millis(20)))
        .pin(audit_pin())
        .recover_bills_by_reference(true)
        .build()
        .unwrap()
}

fn audit_pin() -> Pin {
    PIN.parse().unwrap()
}

fn cash_in(merchant_reference: &str, amount: u64) -> CreditCashIn {
    CreditCashIn::new(
        slug("MOB-0003"),
        account("79000003"),
        francs(amount),
        reference(merchant_reference),
        "Refund",
    )
}

/// Bill check of the bill made under `merchant_reference` (`code`).
fn check(merchant_reference: &str, code: &ihela::BillCode) -> CheckBill {
    CheckBill::new(reference(merchant_reference), code.clone())
}

/// Runs every operation once, successfully.
async fn every_operation(client: &Client, sandbox: &Sandbox, seen: &mut Seen) {
    seen.result(client.authenticate().await).unwrap();
    seen.result(client.list_banks().await).unwrap();
    seen.result(client.list_cash_in_banks().await).unwrap();
    seen.result(client.list_cash_out_banks().await).unwrap();
    let who = CustomerQuery::CustomerId("76000111".into());
    seen.result(client.lookup_customer(&slug("MF1-0001"), who).await)
        .unwrap();
    let who = CustomerQuery::AccountNumber("000016-01".into());
    seen.result(client.lookup_customer(&slug("MF1-0001"), who).await)
        .unwrap();
    seen.result(client.connected_user().await).unwrap();
    let initiated = seen
        .result(client.init_bill(sandbox_bill("AUDIT-1", 5000)).await)
        .unwrap();
    let initiated = initiated.bill().code.clone();
    seen.result(client.verify_bill(&reference("AUDIT-1"), &initiated).await)
        .unwrap();
    seen.result(client.find_bill(&reference("AUDIT-1")).await).unwrap();
    let created = seen
        .result(client.create_bill(sandbox_created_bill("AUDIT-2")).await)
        .unwrap();
    seen.result(client.check_bill(check("AUDIT-2", &created.bill().code)).await)
        .unwrap();
    seen.result(client.cash_in(cash_in("AUDIT-3", 600)).await).unwrap();

    // The merchant side: a signed callback, confirmed by bill check with the PIN.
    sandbox.pay(&initiated).await.unwrap();
    let handler = CallbackHandler::new(
        client.clone(),
        |_| async { Ok::<_, std::io::Error>(Some(francs(5000))) },
        |_| async { Ok::<_, std::io::Error>(Decision::Accept) },
    )
    .signature_key(SignatureKey::new(SIGNING_KEY));
    let body = format!(r#"{{"merchant_reference": "AUDIT-1", "bill_code": "{initiated}", "error": false}}"#);
    let signature = SignatureKey::new(SIGNING_KEY).sign(body.as_bytes());
    let reply = handler.handle(Some(&signature), body.as_bytes()).await;
    assert_eq!(reply.status(), 200);
    seen.text(String::from_utf8_lossy(&reply.body()));
    let forged = handler.handle(Some("00"), body.as_bytes()).await;
    assert_eq!(forged.status(), 401);
    seen.text(String::from_utf8_lossy(&forged.body()));
    seen.debug(&handler);
    seen.debug(client);
}

/// Runs the error paths: every fault on a call carrying the PIN, refusals,
/// bad input, wrong credentials, the token endpoint down, a refused token.
async fn every_error_path(client: &Client, sandbox: &Sandbox, seen: &mut Seen) {
    let checked = sandbox
        .state()
        .bills
        .into_iter()
        .find(|bill| bill.merchant_reference.as_str() == "AUDIT-2")
        .expect("every_operation made AUDIT-2");
    let checked = checked.code;
    let cash_in_path = ihela::paths::CASH_IN;
    let check_path = ihela::paths::CHECK_BILL;
    let faults = [
        Fault {
            status: 500,
            ..Fault::new(cash_in_path, FaultKind::Status)
        },
        Fault {
            status: 503,
            retry_after: Some(0),
            count: std::num::NonZeroU64::new(10).unwrap(),
            ..Fault::new(check_path, FaultKind::Status)
        },
        Fault {
            status: 502,
            body: Some("<html>502</html>".into()),
            ..Fault::new(cash_in_path, FaultKind::Status)
        },
        Fault {
            status: 401,
            count: std::num::NonZeroU64::new(2).unwrap(),
            ..Fault::new(cash_in_path, FaultKind::Status)
        },
        Fault {
            delay_ms: 800,
            ..Fault::new(cash_in_path, FaultKind::Delay)
        },
        Fault::new(cash_in_path, FaultKind::Drop),
        Fault::new(cash_in_path, FaultKind::Malformed),
        Fault::new(check_path, FaultKind::Malformed),
    ];
    for (n, fault) in faults.into_iter().enumerate() {
        sandbox.inject(fault);
        let _ = seen.result(client.cash_in(cash_in(&format!("AUDIT-F{n}"), 100)).await);
        let _ = seen.result(client.check_bill(check("AUDIT-2", &checked)).await);
    }
    // A bill create whose answer is lost: reconciled by bill check with the PIN.
    sandbox.inject(Fault::new(ihela::paths::CREATE_BILL, FaultKind::Drop));
    seen.result(client.create_bill(sandbox_created_bill("AUDIT-4")).await)
        .unwrap();
    // Refused inside a 200, unknown bill, bad input, a PIN that is not one.
    assert!(
        seen.result(client.cash_in(cash_in("AUDIT-5", 90_000_000)).await)
            .is_none()
    );
    let unknown = check(
        "NO-SUCH-BILL",
        &ihela::BillCode::parse("BILL-20260101-NOPENOPE00").unwrap(),
    );
    assert!(seen.result(client.check_bill(unknown).await).is_none());
    let empty: ihela::Result<MerchantReference> = MerchantReference::parse("").map_err(Error::from);
    assert!(seen.result(empty).is_none());
    match BAD_PIN.parse::<Pin>() {
        Ok(_) => panic!("{BAD_PIN} is not a PIN"),
        Err(error) => seen.error(&error),
    }

    // Wrong credentials, the token endpoint down, a handed-in token refused.
    let wrong = self::client(sandbox, WRONG_SECRET);
    assert!(seen.result(wrong.list_banks().await).is_none());
    seen.debug(&wrong);
    sandbox.inject(Fault {
        count: std::num::NonZeroU64::new(10).unwrap(),
        ..Fault::new(ihela::paths::CREATE_TOKEN, FaultKind::Drop)
    });
    assert!(
        seen.result(self::client(sandbox, CLIENT_SECRET).list_banks().await)
            .is_none()
    );
    sandbox.inject(Fault {
        count: std::num::NonZeroU64::new(10).unwrap(),
        body: Some(format!(r#"{{"access_token": "{HANDED_TOKEN}", "#)),
        status: 200,
        ..Fault::new(ihela::paths::CREATE_TOKEN, FaultKind::Status)
    });
    assert!(
        seen.result(self::client(sandbox, CLIENT_SECRET).list_banks().await)
            .is_none()
    );
    let handed = Client::builder(Environment::Custom(sandbox.base_url().to_owned()))
        .access_token(HANDED_TOKEN, None)
        .build()
        .unwrap();
    assert!(seen.result(handed.list_banks().await).is_none());
    seen.debug(&handed);
}

/// "Log in with iHela": a sign-in, the customer's calls, a forged return
/// and a replayed one. The codes and states it saw, which are secrets too.
async fn sign_in(client: &Client, sandbox: &Sandbox, seen: &mut Seen) -> Vec<String> {
    let return_uri = "http://127.0.0.1:9/ihela/return";
    let login = client.start_login(return_uri).unwrap();
    seen.debug(&login);
    let back = sandbox.approve_sign_in(&login.url, "76000111").unwrap();
    let customer = seen.result(client.finish_login(&login.pending, &back).await).unwrap();
    seen.debug(&customer);
    seen.result(customer.connected_user().await).unwrap();
    let bill = ihela::gen2::CustomerBill::new(francs(900), "Order 9", reference("audit-login-1"));
    seen.result(customer.create_bill(bill).await).unwrap();
    let other = client.start_login(return_uri).unwrap();
    assert!(
        seen.result(client.finish_login(&other.pending, &back).await).is_none(),
        "another state"
    );
    assert!(
        seen.result(client.finish_login(&login.pending, &back).await).is_none(),
        "replayed"
    );
    let query = |url: &str| {
        reqwest::Url::parse(url)
            .unwrap()
            .query_pairs()
            .into_owned()
            .collect::<Vec<_>>()
    };
    let mut values: Vec<String> = query(&back).into_iter().map(|(_, value)| value).collect();
    values.push(other.pending.state().to_owned());
    values
}

const BANKING_PASSWORD: &str = "audit-banking-password-61fa";
const BANKING_ACCESS: &str = "audit-jwt-access-eyJ0eXAiOiJKV1Qi.a1b2";
const BANKING_RENEWED: &str = "audit-jwt-renewed-eyJ0eXAiOiJKV1Qi.c3d4";
const BANKING_REFRESH: &str = "audit-jwt-refresh-eyJ0eXAiOiJKV1Qi.e5f6";

/// The banking and agent services against a mock gateway: the JWT pair
/// obtained and renewed, a signed deposit, a refusal, a lost answer, a
/// cash-out in two steps.
async fn banking_flows(seen: &mut Seen) {
    use httpmock::prelude::*;
    use ihela::banking::{AgentClient, BankingClient, Login, Movement, paths};
    use serde_json::json;

    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(POST).path(paths::REQUEST_JWT);
        then.status(200)
            .json_body(json!({"access": BANKING_ACCESS, "refresh": BANKING_REFRESH}));
    });
    server.mock(|when, then| {
        when.method(POST).path(paths::REFRESH_JWT);
        then.status(200).json_body(json!({"access": BANKING_RENEWED}));
    });
    server.mock(|when, then| {
        when.method(GET)
            .path(paths::PING)
            .header("authorization", format!("Bearer {BANKING_ACCESS}"));
        then.status(401).json_body(json!({"detail": "Token expired"}));
    });
    server.mock(|when, then| {
        when.method(GET).path(paths::PING);
        then.status(200).json_body(json!({"success": true}));
    });
    server.mock(|when, then| {
        when.method(POST).path(paths::MAKE_DEPOSIT);
        then.status(200)
            .json_body(json!({"success": false, "response_code": "05", "response_message": "Insufficient funds"}));
    });
    server.mock(|when, then| {
        when.method(POST).path(paths::MAKE_WITHDRAWAL);
        then.status(503).body("<html>down</html>");
    });
    server.mock(|when, then| {
        when.method(POST).path(paths::TRANSACTION_STATUS);
        then.status(404)
            .json_body(json!({"success": false, "response_code": "14"}));
    });
    server.mock(|when, then| {
        when.method(POST).path(paths::OPERATION_LOOKUP);
        then.status(200)
            .json_body(json!({"success": true, "validation_operation_code": "val-9"}));
    });
    server.mock(|when, then| {
        when.method(POST).path(paths::VALIDATE_WITHDRAWAL);
        then.status(200)
            .json_body(json!({"success": true, "response_code": "00", "response_data": {
            "reference": "WDR-1", "external_reference": "AUDIT-OUT-1", "status": "Success"}}));
    });
    let environment = Environment::Custom(server.base_url());
    let login = Login::password("audit-partner", BANKING_PASSWORD);
    let banking = BankingClient::builder(environment.clone(), login.clone(), audit_pin())
        .signature_key(SignatureKey::new(SIGNING_KEY))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    seen.debug(&banking);
    seen.debug(&login);
    seen.result(banking.ping().await).unwrap();
    let movement = |reference: &str| {
        Movement::new(
            "000001-01".parse().unwrap(),
            "Audit Holder",
            francs(500),
            "Audit",
            reference.parse().unwrap(),
        )
    };
    seen.result(banking.deposit(&movement("AUDIT-DEP-1")).await);
    seen.result(banking.withdraw(&movement("AUDIT-WDR-1")).await);
    let agent = AgentClient::builder(environment, login, audit_pin()).build().unwrap();
    let pending = seen.result(agent.look_up_cash_out("1305", francs(3000)).await).unwrap();
    seen.debug(&pending);
    seen.result(agent.cash_out(&pending, "AGT-9", &"AUDIT-OUT-1".parse().unwrap()).await);
}

/// The sandbox's partner and agent in the audit, with secrets of the
/// audit's own: their passwords, client secrets and PINs.
fn audit_banking_users() -> Vec<ihela_sandbox::BankingUser> {
    let partner = ihela_sandbox::BankingUser {
        password: "audit-sandbox-partner-pw-2b9c".to_owned(),
        client_secret: "audit-sandbox-partner-secret-0d7e".to_owned(),
        pin: "739184".to_owned(),
        ..ihela_sandbox::default_partner()
    };
    let agent = ihela_sandbox::BankingUser {
        password: "audit-sandbox-agent-pw-5a1f".to_owned(),
        client_secret: "audit-sandbox-agent-secret-8e3b".to_owned(),
        pin: "615027".to_owned(),
        ..ihela_sandbox::default_agent()
    };
    vec![partner, agent]
}

/// The banking and agent services against the sandbox: real JWT pairs,
/// the partner's deposit, withdrawal and refusal, the agent's cash-in and
/// two-step cash-out, and a spent code refused.
async fn banking_sandbox_flows(sandbox: &Sandbox, seen: &mut Seen) {
    use ihela::banking::Movement;

    let partner = sandbox.banking_client().retry(RetryPolicy::none()).build().unwrap();
    seen.debug(&partner);
    let movement = |account: &str, holder: &str, amount: u64, reference: &str| {
        Movement::new(
            account.parse().unwrap(),
            holder,
            francs(amount),
            "Audit",
            reference.parse().unwrap(),
        )
    };
    seen.result(
        partner
            .deposit(&movement("ACT-123", "John Doe", 500, "AUDIT-SB-DEP"))
            .await,
    )
    .unwrap();
    seen.result(
        partner
            .withdraw(&movement("ACT-123", "John Doe", 500, "AUDIT-SB-WDR"))
            .await,
    )
    .unwrap();
    let refused = partner
        .withdraw(&movement("000002-01", "Jean Bosco Nduwimana", 5000, "AUDIT-SB-NO"))
        .await;
    assert!(seen.result(refused).is_none());
    seen.result(partner.statement(&"ACT-123".parse().unwrap()).await)
        .unwrap();
    let agent = sandbox.agent_client().retry(RetryPolicy::none()).build().unwrap();
    seen.result(
        agent
            .cash_in(&movement("ACT-123", "John Doe", 700, "AUDIT-SB-AGD"))
            .await,
    )
    .unwrap();
    let request = sandbox.request_cash_out("ACT-123", francs(900)).unwrap();
    let pending = seen
        .result(agent.look_up_cash_out(&request.operation_code, francs(900)).await)
        .unwrap();
    seen.result(
        agent
            .cash_out(&pending, "AGT-001", &"AUDIT-SB-CSO".parse().unwrap())
            .await,
    )
    .unwrap();
    let spent = agent
        .cash_out(&pending, "AGT-001", &"AUDIT-SB-CSO2".parse().unwrap())
        .await;
    assert!(seen.result(spent).is_none());
}

#[tokio::test]
async fn no_secret_in_logs_debug_or_errors() {
    let captured = LogCapture::install();
    let sandbox = Sandbox::start_with(Config {
        client_id: CLIENT_ID.into(),
        client_secret: CLIENT_SECRET.into(),
        banking_users: audit_banking_users(),
        ..Config::default()
    })
    .await
    .unwrap();
    let client = client(&sandbox, CLIENT_SECRET);
    let mut seen = Seen::default();
    every_operation(&client, &sandbox, &mut seen).await;
    // Before the error paths, which leave token faults behind.
    let sign_in_values = sign_in(&client, &sandbox, &mut seen).await;
    every_error_path(&client, &sandbox, &mut seen).await;
    banking_flows(&mut seen).await;
    banking_sandbox_flows(&sandbox, &mut seen).await;
    // Let the delayed request finish.
    sandbox.settle().await;

    let tokens = sandbox.issued_tokens();
    assert!(tokens.len() >= 4, "{tokens:?}");
    let basic = |secret: &str| base64::engine::general_purpose::STANDARD.encode(format!("{CLIENT_ID}:{secret}"));
    let mut secrets = vec![
        CLIENT_SECRET.to_owned(),
        WRONG_SECRET.to_owned(),
        PIN.to_owned(),
        BAD_PIN.to_owned(),
        SIGNING_KEY.to_owned(),
        HANDED_TOKEN.to_owned(),
        BANKING_PASSWORD.to_owned(),
        BANKING_ACCESS.to_owned(),
        BANKING_RENEWED.to_owned(),
        BANKING_REFRESH.to_owned(),
        basic(CLIENT_SECRET),
        basic(WRONG_SECRET),
    ];
    for user in audit_banking_users() {
        secrets.extend([user.password, user.client_secret, user.pin]);
    }
    secrets.extend(tokens);
    secrets.extend(sign_in_values);

    let logs = captured.text();
    // The capture works and holds the spans and their fields.
    for expected in [
        r#"operation="cash_in""#,
        r#"operation="create_token""#,
        r#"operation="request_jwt""#,
        r#"operation="refresh_jwt""#,
        r#"operation="make_deposit""#,
        "attempt=4",
        "status=503",
        "duration_ms=",
    ] {
        assert!(logs.contains(expected), "no {expected:?} in the captured logs");
    }
    let shown = seen.joined();
    assert!(
        shown.contains(CLIENT_ID),
        "the client id is not a secret and shows in Debug"
    );
    assert!(
        shown.contains("OutcomeUnknown") && shown.contains("Pin([redacted])"),
        "{shown}"
    );
    assert_no_secret(&logs, &seen, &secrets);
    eprintln!(
        "audited {} log bytes and {} outcomes for {} secret values",
        logs.len(),
        seen.len(),
        secrets.len()
    );
}
