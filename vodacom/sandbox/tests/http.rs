//! The sandbox over raw HTTP, as a client no one here wrote sees it:
//! requests read through the contract (a missing field named, `INS-20`; a
//! refused value named, `INS-21`; an `Origin` the spec does not allow),
//! the market and environment of the path checked, a session carried
//! encrypted, its controls.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rsa::pkcs8::DecodePublicKey as _;
use serde_json::{Value, json};
use vodacom_sandbox::{Config, PUBLIC_KEY, Sandbox};

/// `text` as the gateway takes it: RSA PKCS#1 v1.5 under the sandbox's key, base64.
fn bearer(text: &str) -> String {
    let der = STANDARD.decode(PUBLIC_KEY.trim()).unwrap();
    let key = rsa::PublicKey::from_public_key_der(&der).unwrap();
    let encrypted = key
        .encrypt(&mut getrandom::SysRng, rsa::Pkcs1v15Encrypt, text.as_bytes())
        .unwrap();
    format!("Bearer {}", STANDARD.encode(encrypted))
}

/// A sandbox whose sessions are live at once, and a live session's header.
async fn live() -> (Sandbox, reqwest::Client, String) {
    let config = Config {
        session_live_after: std::time::Duration::ZERO,
        ..Config::default()
    };
    let sandbox = Sandbox::start_with(config).await.unwrap();
    let http = reqwest::Client::new();
    let base = sandbox.environment(vodacom::Market::Tanzania).base_url();
    let opened: Value = http
        .get(format!("{base}/getSession/"))
        .header("Authorization", bearer(vodacom_sandbox::API_KEY))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let session = bearer(opened["output_SessionID"].as_str().unwrap());
    (sandbox, http, session)
}

fn c2b() -> Value {
    json!({
        "input_Amount": "10", "input_Country": "TZN", "input_Currency": "TZS",
        "input_CustomerMSISDN": "255744553111", "input_ServiceProviderCode": "000000",
        "input_ThirdPartyConversationID": "raw1", "input_TransactionReference": "T12344C",
        "input_PurchasedItemsDesc": "Shoes"
    })
}

#[tokio::test]
async fn requests_are_read_through_the_contract_and_refusals_name_the_field() {
    let (sandbox, http, session) = live().await;
    let url = format!(
        "{}/c2bPayment/singleStage/",
        sandbox.environment(vodacom::Market::Tanzania).base_url()
    );
    let send = |body: Value, origin: &str| {
        http.post(&url)
            .header("Authorization", &session)
            .header("Origin", origin)
            .json(&body)
            .send()
    };
    let mut missing = c2b();
    missing.as_object_mut().unwrap().remove("input_Amount");
    let answer = send(missing, "*").await.unwrap();
    assert_eq!(answer.status(), 400);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["output_ResponseCode"], "INS-20");
    assert!(
        body["output_ResponseDesc"].as_str().unwrap().contains("input_Amount"),
        "{body}"
    );

    let mut invalid = c2b();
    invalid["input_Amount"] = json!("10.005");
    let body: Value = send(invalid, "*").await.unwrap().json().await.unwrap();
    assert_eq!(body["output_ResponseCode"], "INS-21");
    assert!(
        body["output_ResponseDesc"].as_str().unwrap().contains("input_Amount"),
        "{body}"
    );

    let mut ghana = c2b();
    ghana["input_Country"] = json!("GHA");
    let body: Value = send(ghana, "*").await.unwrap().json().await.unwrap();
    assert_eq!(
        body["output_ResponseCode"], "INS-21",
        "Ghana's country on Tanzania's path"
    );

    let answer = send(c2b(), "https://shop.example").await.unwrap();
    assert_eq!(answer.status(), 400, "an Origin the spec does not allow");
    let answer = send(c2b(), "*").await.unwrap();
    assert_eq!(answer.status(), 201);
    let answer = send(c2b(), "*").await.unwrap();
    assert_eq!(answer.status(), 409, "the same key again");
    assert_eq!(sandbox.state().transactions.len(), 1);
}

#[tokio::test]
async fn the_path_names_a_market_and_environment_of_the_spec_and_a_session_it_opened() {
    let (sandbox, http, session) = live().await;
    let base = sandbox.base_url();
    for prefix in ["/sandbox/ipg/v2/vodacomKEN", "/staging/ipg/v2/vodacomTZN"] {
        let answer = http
            .post(format!("{base}{prefix}/c2bPayment/singleStage/"))
            .header("Authorization", &session)
            .json(&c2b())
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 404, "{prefix}");
    }
    // Production's prefix is served alike.
    let answer = http
        .post(format!("{base}/openapi/ipg/v2/vodacomTZN/c2bPayment/singleStage/"))
        .header("Authorization", &session)
        .json(&c2b())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 201);
    // The session id itself, not encrypted, is no session.
    let answer = http
        .post(format!("{base}/sandbox/ipg/v2/vodacomTZN/c2bPayment/singleStage/"))
        .header("Authorization", "Bearer c4e15a0d09fb47b98a8b1b3c5f7e3a21")
        .json(&c2b())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 401);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["output_ResponseCode"], "INS-2");
    // The controls: the state, then a reset.
    let state: Value = http
        .get(format!("{base}/_sandbox/state"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state["transactions"].as_array().unwrap().len(), 1);
    assert_eq!(state["sessions"]["opened"], 1);
    let reset = http.post(format!("{base}/_sandbox/reset")).send().await.unwrap();
    assert_eq!(reset.status(), 204);
    assert!(sandbox.state().transactions.is_empty());
    assert_eq!(sandbox.state().sessions.opened, 0);
}
