//! The banking and agent services over raw HTTP: what the typed clients
//! cannot send (a malformed signature header, `500.0` and `500.5` as
//! amounts, another party's token), and the SimpleJWT answers.

use ihela::banking::{headers, paths};
use ihela::callback::SignatureKey;
use ihela_sandbox::{Config, Sandbox};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// The partner's client-credentials token, or the merchant's.
async fn token(sandbox: &Sandbox, http: &reqwest::Client, partner: bool) -> String {
    let (id, secret) = if partner {
        let user = sandbox.banking_user(false);
        (user.client_id.clone(), user.client_secret.clone())
    } else {
        (sandbox.client_id().to_owned(), sandbox.client_secret().to_owned())
    };
    let answer = http
        .post(format!("{}/oAuth2/token/", sandbox.base_url()))
        .basic_auth(id, Some(secret))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    answer.json::<Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn deposit(amount: Value, reference: &str) -> Value {
    json!({
        "credit_account": "ACT-123", "credit_account_holder": "John Doe", "amount": amount,
        "description": "Raw", "external_reference": reference, "pin_code": "1234", "external_code": ""
    })
}

async fn post(
    http: &reqwest::Client,
    url: String,
    token: &str,
    body: &Value,
    signature: Option<&str>,
) -> (StatusCode, Value) {
    let mut request = http.post(url).bearer_auth(token).json(body);
    if let Some(signature) = signature {
        request = request.header(headers::X_I_HELA_SIGNATURE, signature);
    }
    let answer = request.send().await.unwrap();
    (answer.status(), answer.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn amounts_as_python_writes_them_whole_only() {
    let sandbox = Sandbox::start().await.unwrap();
    let http = reqwest::Client::new();
    let token = token(&sandbox, &http, true).await;
    let url = format!("{}{}", sandbox.base_url(), paths::MAKE_DEPOSIT);
    let (status, answer) = post(&http, url.clone(), &token, &deposit(json!(500.0), "RAW-1"), None).await;
    assert_eq!(
        (status, &answer["response_data"]["amount"]),
        (StatusCode::OK, &json!("500"))
    );
    let (status, answer) = post(&http, url, &token, &deposit(json!(500.5), "RAW-2"), None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(answer.get("amount").is_some(), "the field is named: {answer}");
    assert_eq!(sandbox.banking().operations.len(), 1);
}

#[tokio::test]
async fn a_signature_header_must_be_what_the_contract_says_and_match_the_bytes() {
    let key = "raw-signature-key";
    let sandbox = Sandbox::start_with(Config {
        signature_key: Some(SignatureKey::new(key)),
        ..Config::default()
    })
    .await
    .unwrap();
    let http = reqwest::Client::new();
    let token = token(&sandbox, &http, true).await;
    let url = format!("{}{}", sandbox.base_url(), paths::MAKE_DEPOSIT);
    let body = deposit(json!(500), "RAW-S");
    let (status, answer) = post(&http, url.clone(), &token, &body, Some("not-hex")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{answer}");
    let other = SignatureKey::new("another").sign(body.to_string().as_bytes());
    assert_eq!(
        post(&http, url.clone(), &token, &body, Some(&other)).await.0,
        StatusCode::FORBIDDEN
    );
    // Signed over other bytes than those sent (the SDK's json.dumps spacing).
    let spaced = serde_json::to_string_pretty(&body).unwrap();
    let signed_other_bytes = SignatureKey::new(key).sign(spaced.as_bytes());
    assert_eq!(
        post(&http, url.clone(), &token, &body, Some(&signed_other_bytes))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert!(sandbox.banking().operations.is_empty());
    let right = SignatureKey::new(key).sign(body.to_string().as_bytes());
    assert_eq!(post(&http, url, &token, &body, Some(&right)).await.0, StatusCode::OK);
}

#[tokio::test]
async fn each_token_opens_its_own_services() {
    let sandbox = Sandbox::start().await.unwrap();
    let http = reqwest::Client::new();
    let (partner, merchant) = (token(&sandbox, &http, true).await, token(&sandbox, &http, false).await);
    let ping = |token: String| {
        let request = http
            .get(format!("{}{}", sandbox.base_url(), paths::PING))
            .bearer_auth(token);
        async move { request.send().await.unwrap().status() }
    };
    assert_eq!(ping(partner.clone()).await, StatusCode::OK);
    assert_eq!(ping(merchant).await, StatusCode::FORBIDDEN);
    let banks = http
        .get(format!("{}{}", sandbox.base_url(), ihela::paths::LIST_BANKS))
        .bearer_auth(partner)
        .send()
        .await
        .unwrap();
    assert_eq!(
        banks.status(),
        StatusCode::UNAUTHORIZED,
        "a banking token is not the merchant API's"
    );
}

#[tokio::test]
async fn the_jwt_views_answer_as_simplejwt() {
    let sandbox = Sandbox::start().await.unwrap();
    let http = reqwest::Client::new();
    let url = |path: &str| format!("{}{path}", sandbox.base_url());
    let wrong = http
        .post(url(paths::REQUEST_JWT))
        .json(&json!({"username": "sandbox-partner", "password": "wrong"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let user = sandbox.banking_user(false);
    let pair: Value = http
        .post(url(paths::REQUEST_JWT))
        .json(&json!({"username": user.username, "password": user.password}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let access = pair["access"].as_str().unwrap();
    assert_eq!(access.split('.').count(), 3, "a JWT");
    let refresh = pair["refresh"].as_str().unwrap();
    let renewed = http
        .post(url(paths::REFRESH_JWT))
        .form(&[("refresh", refresh)])
        .send()
        .await
        .unwrap();
    assert_eq!(renewed.status(), StatusCode::OK);
    let spent = http
        .post(url(paths::REFRESH_JWT))
        .form(&[("refresh", access)])
        .send()
        .await
        .unwrap();
    assert_eq!(
        spent.status(),
        StatusCode::UNAUTHORIZED,
        "an access token is no refresh token"
    );
}

#[tokio::test]
async fn a_sandbox_needs_a_partner_and_an_agent_with_pins_the_contract_takes() {
    let only_partner = Config {
        banking_users: vec![ihela_sandbox::default_partner()],
        ..Config::default()
    };
    let error = Sandbox::start_with(only_partner).await.unwrap_err();
    assert!(error.to_string().contains("no agent"), "{error}");
    let bad_pin = ihela_sandbox::BankingUser {
        pin: "12a4".to_owned(),
        ..ihela_sandbox::default_agent()
    };
    let config = Config {
        banking_users: vec![ihela_sandbox::default_partner(), bad_pin],
        ..Config::default()
    };
    let error = Sandbox::start_with(config).await.unwrap_err();
    assert!(error.to_string().contains("pin"), "{error}");
    let no_float = ihela_sandbox::BankingUser {
        account: "NOWHERE-1".to_owned(),
        ..ihela_sandbox::default_agent()
    };
    let config = Config {
        banking_users: vec![ihela_sandbox::default_partner(), no_float],
        ..Config::default()
    };
    let error = Sandbox::start_with(config).await.unwrap_err();
    assert!(error.to_string().contains("NOWHERE-1"), "{error}");
}
