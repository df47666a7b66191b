//! The sandbox over raw HTTP on loopback, as a client in another language
//! sees it: tokens, requests refused by the contract naming the field, the
//! v1 B2C the seed's SDK sends, the controls, and its state.

use daraja::paths;
use daraja_sandbox::{RequestKind, Sandbox};
use reqwest::StatusCode;
use serde_json::{Value, json};

struct Harness {
    sandbox: Sandbox,
    http: reqwest::Client,
    token: String,
}

impl Harness {
    async fn start() -> Self {
        let sandbox = Sandbox::start().await.unwrap();
        let http = reqwest::Client::new();
        let token = token(&http, &sandbox).await;
        Self { sandbox, http, token }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.sandbox.base_url())
    }

    async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        let answer = self
            .http
            .post(self.url(path))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = answer.status();
        (status, answer.json().await.unwrap_or(Value::Null))
    }
}

/// A token for the sandbox's credentials.
async fn token(http: &reqwest::Client, sandbox: &Sandbox) -> String {
    let answer = http
        .get(format!(
            "{}{}?grant_type=client_credentials",
            sandbox.base_url(),
            paths::CREATE_TOKEN
        ))
        .basic_auth(sandbox.consumer_key(), Some(sandbox.consumer_secret()))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["expires_in"], 3599);
    body["access_token"].as_str().unwrap().to_owned()
}

fn b2c_v1(credential: &str) -> Value {
    // As `tekmpesa` 1.0.2 sends it: no OriginatorConversationID, amounts and
    // numbers as strings, `Occassion` null when not given.
    json!({
        "InitiatorName": daraja_sandbox::INITIATOR,
        "SecurityCredential": credential,
        "CommandID": "BusinessPayment",
        "Amount": "250",
        "PartyA": daraja_sandbox::BUSINESS,
        "PartyB": "254708374149",
        "Remarks": "Salary",
        "QueueTimeOutURL": "http://127.0.0.1:9/timeout",
        "ResultURL": "http://127.0.0.1:9/result",
        "Occassion": null
    })
}

#[tokio::test]
async fn a_token_needs_the_grant_type_and_the_credentials_and_replaces_the_last() {
    let harness = Harness::start().await;
    let base = harness.sandbox.base_url();
    let no_grant = harness
        .http
        .get(format!("{base}{}", paths::CREATE_TOKEN))
        .basic_auth(daraja_sandbox::CONSUMER_KEY, Some(daraja_sandbox::CONSUMER_SECRET))
        .send()
        .await
        .unwrap();
    assert_eq!(no_grant.status(), StatusCode::BAD_REQUEST);
    assert_eq!(no_grant.json::<Value>().await.unwrap()["errorCode"], "400.008.02");
    let wrong = harness
        .http
        .get(format!("{base}{}?grant_type=client_credentials", paths::CREATE_TOKEN))
        .basic_auth(daraja_sandbox::CONSUMER_KEY, Some("wrong"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.json::<Value>().await.unwrap()["errorCode"], "400.008.01");

    // A second token invalidates the first.
    let second = token(&harness.http, &harness.sandbox).await;
    let (status, body) = harness.post(paths::ACCOUNT_BALANCE, json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["errorCode"], "404.001.03");
    assert!(body["requestId"].is_string());
    assert_ne!(second, harness.token);
    // Without a token at all: 401 `401.002.01`.
    let bare = harness
        .http
        .post(harness.url(paths::ACCOUNT_BALANCE))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(bare.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(bare.json::<Value>().await.unwrap()["errorCode"], "401.002.01");
}

#[tokio::test]
async fn a_request_the_contract_refuses_names_the_field_as_daraja_does() {
    let harness = Harness::start().await;
    let (status, body) = harness
        .post(
            paths::STK_PUSH,
            json!({"BusinessShortCode": "174379", "Password": "x", "Timestamp": "2021",
                   "TransactionType": "CustomerPayBillOnline", "Amount": 10, "PartyA": "254708374149",
                   "PartyB": "174379", "PhoneNumber": "254708374149",
                   "CallBackURL": "https://x.example/cb", "AccountReference": "A"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["errorCode"], "400.002.02");
    assert_eq!(body["errorMessage"], "Bad Request - Invalid Timestamp");

    let (status, body) = harness.post(paths::B2C_PAYMENT, json!({"Amount": 0})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body["errorMessage"]
            .as_str()
            .unwrap()
            .starts_with("Bad Request - Invalid "),
        "{body}"
    );

    let unknown = harness
        .http
        .post(harness.url("/mpesa/nothing/here"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_seed_sdks_v1_b2c_is_taken_and_its_credential_checked_for_real() {
    let harness = Harness::start().await;
    // A credential the sandbox's key does not decrypt: accepted, then the
    // result says the credential check failed (as Daraja's results do).
    let (status, body) = harness
        .post(paths::B2C_PAYMENT_V1, b2c_v1("bm90LWVuY3J5cHRlZA=="))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["ResponseCode"], "0");
    harness.sandbox.settle().await;
    let request = &harness.sandbox.state().requests[0];
    assert_eq!(request.kind, RequestKind::B2c);
    assert_eq!(request.result_code, daraja::ResultCode::InitiatorCredentialCheckFailure);
    assert_eq!(harness.sandbox.state().balances.utility, "10000000");
}

#[tokio::test]
async fn the_controls_answer_a_prompt_show_the_state_and_reset_it() {
    let harness = Harness::start().await;
    let (status, _) = harness
        .post("/_sandbox/stk/ws_CO_unknown", json!({"outcome": "paid"}))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = harness
        .post("/_sandbox/stk/ws_CO_unknown", json!({"outcome": "maybe"}))
        .await;
    assert!(status.is_client_error());

    let client = harness.sandbox.client().build().unwrap();
    let express = client.express(
        daraja::ShortCode::parse(daraja_sandbox::PAYBILL).unwrap(),
        daraja_sandbox::PASSKEY,
    );
    let push = daraja::StkPush::new(
        daraja::PhoneNumber::parse("0708374149").unwrap(),
        daraja::Shillings::new(40).unwrap(),
        "A-1",
        "http://127.0.0.1:9/stk",
    );
    let prompt = express.push(push).await.unwrap();
    let path = format!("/_sandbox/stk/{}", prompt.checkout_request_id);
    let (status, body) = harness.post(&path, json!({"outcome": "paid"})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["result_code"], 0);
    let (status, _) = harness.post(&path, json!({"outcome": "paid"})).await;
    assert_eq!(status, StatusCode::CONFLICT);

    let state: Value = harness
        .http
        .get(harness.url("/_sandbox/state"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state["pushes"].as_array().unwrap().len(), 1);
    assert_eq!(state["balances"]["working"], "1000040");
    let reset = harness.http.post(harness.url("/_sandbox/reset")).send().await.unwrap();
    assert_eq!(reset.status(), StatusCode::NO_CONTENT);
    assert!(harness.sandbox.state().pushes.is_empty());
    assert_eq!(harness.sandbox.state().balances.working, "1000000");
}
