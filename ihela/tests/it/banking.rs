//! The banking and agent clients against a mock gateway: the JWT pair
//! obtained, used, renewed (refresh, then a new login); a refusal never a
//! success (`"success": false` included); money-moving calls signed over the
//! exact bytes sent, with the PIN and the caller's reference, whole francs,
//! sent once (a lost answer looked up by transaction status); the agent's
//! cash-out in its two steps.

use base64::Engine as _;
use httpmock::prelude::*;
use httpmock::{Then, When};
use ihela::banking::mock::MockServerExt as _;
use ihela::banking::types::{AccountNumber, ExternalReference, OperationStatus};
use ihela::banking::{AgentClient, BankingClient, Login, Movement};
use ihela::callback::SignatureKey;
use ihela::{Environment, Error, RetryPolicy};
use serde_json::json;

use crate::common::*;

/// The operations these tests mock.
#[derive(Debug, Clone, Copy)]
enum Op {
    AccountBalance,
    AccountLookup,
    MakeDeposit,
    OperationLookup,
    Ping,
    RefreshJwt,
    RequestJwt,
    TransactionStatus,
    ValidateWithdrawal,
}

/// Mocks `op` through its typed mock (its method and path come from the
/// contract); `configure` adds matchers and the answer on the raw types.
fn mock(server: &MockServer, op: Op, configure: impl FnOnce(When, Then)) -> httpmock::Mock<'_> {
    match op {
        Op::AccountBalance => server.account_balance(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::AccountLookup => server.account_lookup(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::MakeDeposit => server.make_deposit(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::OperationLookup => server.operation_lookup(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::Ping => server.ping(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::RefreshJwt => server.refresh_jwt(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::RequestJwt => server.request_jwt(|when, then| configure(when.into_inner(), then.into_inner())),
        Op::TransactionStatus => {
            server.transaction_status(|when, then| configure(when.into_inner(), then.into_inner()))
        }
        Op::ValidateWithdrawal => {
            server.validate_withdrawal(|when, then| configure(when.into_inner(), then.into_inner()))
        }
    }
}

const SIGNING_KEY: &str = "test-banking-signing-key-3c1d";
const PASSWORD: &str = "test-partner-password-77e0";

/// A JWT whose `exp` is `exp`, signed with nothing (the client only reads it).
fn jwt(name: &str, exp: i64) -> String {
    let encode = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let claims = encode(json!({"exp": exp, "name": name}).to_string().as_bytes());
    format!("{}.{claims}.c2lnbmF0dXJl", encode(br#"{"alg":"HS256"}"#))
}

fn login() -> Login {
    Login::password("partner-7", PASSWORD)
}

fn banking(server: &MockServer) -> BankingClient {
    BankingClient::builder(Environment::Custom(server.base_url()), login(), pin())
        .signature_key(SignatureKey::new(SIGNING_KEY))
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

fn account() -> AccountNumber {
    "000001-01".parse().unwrap()
}

fn reference(text: &str) -> ExternalReference {
    text.parse().unwrap()
}

/// The token endpoints: a login answering `access`, and its refresh.
async fn mock_login<'a>(server: &'a MockServer, access: &str) -> httpmock::Mock<'a> {
    mock(server, Op::RequestJwt, |when, then| {
        when.json_body(json!({"username": "partner-7", "password": PASSWORD}));
        then.status(200)
            .json_body(json!({"access": access, "refresh": jwt("refresh", 4_102_444_800)}));
    })
}

fn ok(data: serde_json::Value) -> serde_json::Value {
    json!({"success": true, "response_code": "00", "response_message": "Success", "response_data": data})
}

/// The balance call answering 401 to `refused` and the balance to `accepted`.
async fn mock_balance<'a>(
    server: &'a MockServer,
    refused: &str,
    accepted: &str,
) -> (httpmock::Mock<'a>, httpmock::Mock<'a>) {
    let (refused, accepted) = (format!("Bearer {refused}"), format!("Bearer {accepted}"));
    let unauthorized = mock(server, Op::AccountBalance, |when, then| {
        when.header("authorization", refused.as_str());
        then.status(401)
            .json_body(json!({"detail": "Given token not valid for any token type"}));
    });
    let balance = mock(server, Op::AccountBalance, |when, then| {
        when.header("authorization", accepted.as_str());
        then.status(200).json_body(ok(
            json!({"account_number": "000001-01", "balance": "150000.00", "currency": "BIF"}),
        ));
    });
    (unauthorized, balance)
}

#[tokio::test]
async fn the_jwt_is_obtained_once_used_and_renewed_by_its_refresh_token() {
    let server = MockServer::start_async().await;
    let (first, second) = (jwt("first", 4_102_444_800), jwt("second", 4_102_444_800));
    let login = mock_login(&server, &first).await;
    let ping = mock(&server, Op::Ping, |when, then| {
        when.header("authorization", format!("Bearer {first}"));
        then.status(200).json_body(json!({"success": true}));
    });
    let client = banking(&server);
    client.ping().await.unwrap();
    client.ping().await.unwrap();
    login.assert_calls_async(1).await;
    ping.assert_calls_async(2).await;
    // The gateway refuses the access token: renewed by the refresh token, once.
    let refresh = mock(&server, Op::RefreshJwt, |when, then| {
        when.header("content-type", "application/x-www-form-urlencoded")
            .is_false(|request| request.headers().contains_key("authorization"));
        then.status(200).json_body(json!({"access": second}));
    });
    let (unauthorized, balance) = mock_balance(&server, &first, &second).await;
    let held = client.balance(&account()).await.unwrap();
    assert_eq!(held.balance, Some(rust_decimal::Decimal::new(150_000, 0)));
    unauthorized.assert_calls_async(1).await;
    refresh.assert_calls_async(1).await;
    balance.assert_calls_async(1).await;
    login.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_refused_refresh_token_means_a_new_login() {
    let server = MockServer::start_async().await;
    let (first, second) = (jwt("first", 4_102_444_800), jwt("second", 4_102_444_800));
    let mut login = mock_login(&server, &first).await;
    let client = banking(&server);
    let ping = mock(&server, Op::Ping, |_, then| {
        then.status(200).json_body(json!({"success": true}));
    });
    client.ping().await.unwrap();
    ping.assert_calls_async(1).await;
    login.delete_async().await;
    login = mock_login(&server, &second).await;
    let refresh = mock(&server, Op::RefreshJwt, |_, then| {
        then.status(401)
            .json_body(json!({"detail": "Token is blacklisted", "code": "token_not_valid"}));
    });
    let (_, balance) = mock_balance(&server, &first, &second).await;
    client.balance(&account()).await.unwrap();
    refresh.assert_calls_async(1).await;
    login.assert_calls_async(1).await;
    balance.assert_calls_async(1).await;
}

#[tokio::test]
async fn success_false_without_a_code_is_a_refusal_never_a_success() {
    let server = MockServer::start_async().await;
    mock_login(&server, &jwt("first", 4_102_444_800)).await;
    mock(&server, Op::AccountLookup, |_, then| {
        then.status(200).json_body(json!({"success": false}));
    });
    mock(&server, Op::AccountBalance, |_, then| {
        then.status(200)
            .json_body(json!({"success": true, "response_code": "05", "response_message": "Insufficient funds"}));
    });
    let client = banking(&server);
    let refused = client.account(&account()).await.unwrap_err();
    assert!(matches!(refused, Error::Refused { .. }), "{refused:?}");
    let coded = client.balance(&account()).await.unwrap_err();
    let Error::Refused { refusal, .. } = coded else {
        panic!("a refusal: {coded:?}");
    };
    assert_eq!(refusal.code, Some(ihela::ResponseCode::Code05));
    assert!(!refusal.transient);
}

fn deposit(reference_text: &str) -> Movement {
    Movement::new(
        account(),
        "John Doe",
        francs(500),
        "Invoice 42",
        reference(reference_text),
    )
}

#[tokio::test]
async fn a_deposit_is_signed_over_the_bytes_sent_with_the_pin_whole_francs_and_the_callers_reference() {
    let server = MockServer::start_async().await;
    mock_login(&server, &jwt("first", 4_102_444_800)).await;
    let key = SignatureKey::new(SIGNING_KEY);
    let made = mock(&server, Op::MakeDeposit, |when, then| {
        when.json_body(json!({
            "credit_account": "000001-01", "credit_account_holder": "John Doe", "amount": 500,
            "description": "Invoice 42", "external_reference": "REF-001", "pin_code": "1234"
        }))
        .is_true(move |request| {
            let headers = request.headers();
            let signature = headers.get("x-ihela-signature").and_then(|v| v.to_str().ok());
            key.verify(request.body().as_ref(), signature).is_ok()
        });
        then.status(200).json_body(ok(json!({
            "reference": "DEP-000042", "external_reference": "REF-001", "status": "Success", "amount": "500.00"
        })));
    });
    let receipt = banking(&server).deposit(&deposit("REF-001")).await.unwrap();
    made.assert_calls_async(1).await;
    assert_eq!(receipt.reference, "DEP-000042");
    assert_eq!(receipt.status, OperationStatus::Success);
    assert_eq!(receipt.external_reference, reference("REF-001"));
}

#[tokio::test]
async fn a_deposit_whose_answer_is_lost_is_looked_up_by_its_reference_never_sent_twice() {
    let server = MockServer::start_async().await;
    mock_login(&server, &jwt("first", 4_102_444_800)).await;
    let made = mock(&server, Op::MakeDeposit, |_, then| {
        then.status(502).body("<html>502 Bad Gateway</html>");
    });
    let found = mock(&server, Op::TransactionStatus, |when, then| {
        when.json_body(json!({"external_reference": "REF-FOUND"}));
        then.status(200).json_body(ok(json!({
            "reference": "DEP-000043", "external_reference": "REF-FOUND", "status": "Success", "amount": "500.00"
        })));
    });
    let missing = mock(&server, Op::TransactionStatus, |when, then| {
        when.json_body(json!({"external_reference": "REF-MISSING"}));
        then.status(404)
            .json_body(json!({"success": false, "response_code": "14", "response_message": "Not found"}));
    });
    let client = banking(&server);
    let receipt = client.deposit(&deposit("REF-FOUND")).await.unwrap();
    assert_eq!(receipt.reference, "DEP-000043");
    let unknown = client.deposit(&deposit("REF-MISSING")).await.unwrap_err();
    assert!(
        matches!(&unknown, Error::OutcomeUnknown { reference, .. } if reference == "REF-MISSING"),
        "{unknown:?}"
    );
    made.assert_calls_async(2).await; // once each
    found.assert_calls_async(1).await;
    missing.assert_calls_async(1).await;
}

#[tokio::test]
async fn an_agent_cash_out_is_its_lookup_then_its_validation_with_the_lookups_code() {
    let server = MockServer::start_async().await;
    mock_login(&server, &jwt("first", 4_102_444_800)).await;
    mock(&server, Op::OperationLookup, |when, then| {
        when.json_body(json!({"operation_code": "13052537878503", "amount": "3000"}));
        then.status(200)
            .json_body(json!({"success": true, "validation_operation_code": "val-123"}));
    });
    let validated = mock(&server, Op::ValidateWithdrawal, |when, then| {
        when.json_body(json!({
            "external_reference": "OUT-001", "pin_code": "1234", "agent_code": "AGT-001",
            "amount": "3000", "validation_operation_code": "val-123"
        }));
        then.status(200).json_body(ok(json!({
            "reference": "WDR-000007", "external_reference": "OUT-001", "status": "Success", "amount": "3000"
        })));
    });
    let agent = AgentClient::builder(Environment::Custom(server.base_url()), login(), pin())
        .build()
        .unwrap();
    let pending = agent.look_up_cash_out("13052537878503", francs(3000)).await.unwrap();
    assert_eq!(pending.amount(), francs(3000));
    let receipt = agent
        .cash_out(&pending, "AGT-001", &reference("OUT-001"))
        .await
        .unwrap();
    assert_eq!(receipt.reference, "WDR-000007");
    validated.assert_calls_async(1).await;
}
