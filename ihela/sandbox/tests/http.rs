//! The sandbox over raw HTTP on loopback: both body encodings, tokens,
//! validation, test controls and injected faults.

use ihela::paths;
use std::time::Duration;

use ihela_sandbox::{Config, Fault, FaultKind, Sandbox};
use reqwest::StatusCode;
use serde_json::{Value, json};

const FORM: &str = "application/x-www-form-urlencoded";

struct Harness {
    sandbox: Sandbox,
    http: reqwest::Client,
    token: String,
}

impl Harness {
    async fn start(config: Config) -> Self {
        let sandbox = Sandbox::start_with(config).await.unwrap();
        let http = reqwest::Client::new();
        let answer = http
            .post(format!("{}/oAuth2/token/", sandbox.base_url()))
            .basic_auth(sandbox.client_id(), Some(sandbox.client_secret()))
            .header("content-type", FORM)
            .body("grant_type=client_credentials")
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::OK);
        let token = answer.json::<Value>().await.unwrap()["access_token"]
            .as_str()
            .unwrap()
            .to_owned();
        Self { sandbox, http, token }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.sandbox.base_url())
    }

    /// POSTs `body` with `content_type` and the bearer token.
    async fn post(&self, path: &str, content_type: &str, body: String) -> (StatusCode, Value) {
        let answer = self
            .http
            .post(self.url(path))
            .bearer_auth(&self.token)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap();
        let status = answer.status();
        (status, answer.json().await.unwrap_or(Value::Null))
    }

    async fn post_json(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.post(path, "application/json", body.to_string()).await
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .bearer_auth(&self.token)
            .send()
            .await
            .unwrap()
    }
}

fn form(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(pairs).unwrap()
}

#[tokio::test]
async fn every_post_takes_json_and_forms_alike() {
    let h = Harness::start(Config::default()).await;
    let (status, bill) = h
        .post(
            paths::INIT_BILL,
            FORM,
            form(&[
                ("amount", "2000"),
                ("user", "a@b.c"),
                ("description", "d"),
                ("merchant_reference", "f-1"),
            ]),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{bill}");
    let code = bill["bill"]["code"].as_str().unwrap().to_owned();
    let (status, verified) = h
        .post(paths::VERIFY_BILL, FORM, form(&[("code", "f-1"), ("reference", &code)]))
        .await;
    assert_eq!(
        (status, verified["bill"]["status"].clone()),
        (StatusCode::OK, json!("Pending"))
    );
    let (status, json_verified) = h
        .post_json(paths::VERIFY_BILL, json!({"code": "f-1", "reference": code}))
        .await;
    assert_eq!((status, json_verified), (StatusCode::OK, verified));
    let cash_in = [("bank_slug", "MF1-0001"), ("account", "000016-01"), ("amount", "20000")];
    let mut fields = cash_in.to_vec();
    fields.extend([("merchant_reference", "c-1"), ("description", "Cashin description")]);
    let (status, paid_out) = h.post(paths::CASH_IN, FORM, form(&fields)).await;
    assert_eq!(
        (status, paid_out["error"].clone()),
        (StatusCode::OK, json!(false)),
        "{paid_out}"
    );
}

#[tokio::test]
async fn tokens_by_basic_or_form_fields_and_refused_otherwise() {
    let h = Harness::start(Config::default()).await;
    let token = |body: String| {
        let request = h
            .http
            .post(h.url(paths::CREATE_TOKEN))
            .header("content-type", FORM)
            .body(body);
        async move { request.send().await.unwrap().status() }
    };
    let by_form = form(&[
        ("grant_type", "client_credentials"),
        ("client_id", ihela_sandbox::DEFAULT_CLIENT_ID),
        ("client_secret", ihela_sandbox::DEFAULT_CLIENT_SECRET),
    ]);
    assert_eq!(token(by_form).await, StatusCode::OK);
    let wrong = form(&[
        ("grant_type", "client_credentials"),
        ("client_id", "x"),
        ("client_secret", "y"),
    ]);
    assert_eq!(token(wrong).await, StatusCode::UNAUTHORIZED);
    assert_eq!(token("grant_type=password".into()).await, StatusCode::BAD_REQUEST);

    assert_eq!(h.get(paths::LIST_BANKS).await.status(), StatusCode::OK);
    let unknown = h
        .http
        .get(h.url(paths::LIST_BANKS))
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    let none = h.http.get(h.url(paths::LIST_BANKS)).send().await.unwrap();
    assert_eq!(none.status(), StatusCode::UNAUTHORIZED);
    h.sandbox.advance(Duration::from_secs(3600));
    let expired = h.get(paths::LIST_BANKS).await;
    assert_eq!(expired.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(expired.json::<Value>().await.unwrap()["detail"], "Token has expired.");
}

#[tokio::test]
async fn bill_init_takes_what_ihela_sdk_sends() {
    let h = Harness::start(Config::default()).await;
    // ihela-sdk 0.4.0 leaves `debit_bank` out when no bank is given; the
    // documentation site types the PIN as an integer.
    let (status, answer) = h
        .post_json(
            paths::CREATE_BILL,
            json!({"debit_account": "000016-01", "amount": 600, "description": "d",
                   "merchant_description": "d", "merchant_reference": "sdk-1", "pin_code": 1234}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["response_code"], "00", "{answer}");
    let state = h.get("/_sandbox/state").await.json::<Value>().await.unwrap();
    let bill = &state["bills"][0];
    assert_eq!(
        (&bill["merchant_reference"], &bill["bank"]),
        (&json!("sdk-1"), &json!("MF1-0001")),
        "{state}"
    );
}

#[tokio::test]
async fn validation_names_every_bad_field() {
    let h = Harness::start(Config::default()).await;
    let cases = [
        (
            json!({"user": "u", "description": "d", "merchant_reference": "r"}),
            "amount",
        ),
        (
            json!({"amount": 0, "user": "u", "description": "d", "merchant_reference": "r"}),
            "amount",
        ),
        (
            json!({"amount": -5, "user": "u", "description": "d", "merchant_reference": "r"}),
            "amount",
        ),
        (
            json!({"amount": "12.5", "user": "u", "description": "d", "merchant_reference": "r"}),
            "amount",
        ),
        (
            json!({"amount": 1, "description": "d", "merchant_reference": "r"}),
            "user",
        ),
        (
            json!({"amount": 1, "user": "u", "description": "d", "merchant_reference": ""}),
            "merchant_reference",
        ),
        (
            json!({"amount": 1, "user": "u", "description": "d", "merchant_reference": "r", "bank": "ZZZ-0000"}),
            "bank",
        ),
        (
            json!({"amount": 500, "user": "68000006", "description": "d", "merchant_reference": "r", "bank": "MOB-0006"}),
            "amount",
        ),
    ];
    for (body, field) in cases {
        let (status, answer) = h.post_json(paths::INIT_BILL, body.clone()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert!(answer[field].is_array(), "{body} → {answer}");
    }
    let (status, answer) = h
        .post_json(
            paths::CASH_IN,
            json!({"bank_slug": "MF1-0001", "account": "000001-01", "credit_bank": "MF1-0001", "credit_account": "000001-01",
                   "amount": 1, "merchant_reference": "r", "description": "d"}),
        )
        .await;
    // Both generations' names at once match both of the contract's forms.
    assert_eq!(
        (status, answer["non_field_errors"].is_array()),
        (StatusCode::BAD_REQUEST, true),
        "{answer}"
    );
    let (status, answer) = h.post(paths::CASH_IN, "application/json", "{broken".into()).await;
    assert_eq!(
        (status, answer["non_field_errors"].is_array()),
        (StatusCode::BAD_REQUEST, true)
    );
    let lookup = h
        .get(&format!(
            "{}?customer_id=00000000",
            paths::LOOKUP_CUSTOMER.replace("{bank_slug}", "MF1-0001")
        ))
        .await;
    assert_eq!(lookup.status(), StatusCode::BAD_REQUEST);
    assert!(lookup.json::<Value>().await.unwrap()["customer_id"].is_array());
}

#[tokio::test]
async fn controls_pay_expire_show_and_reset() {
    let h = Harness::start(Config::default()).await;
    let (_, bill) = h
        .post_json(
            paths::INIT_BILL,
            json!({"amount": 2000, "user": "u", "description": "d", "merchant_reference": "r-1",
                   "redirect_uri": "https://shop.example/back/?lang=fr"}),
        )
        .await;
    let code = bill["bill"]["code"].as_str().unwrap();
    let control = |path: String, body: Option<Value>| {
        let mut request = h.http.post(h.url(&path));
        if let Some(body) = body {
            request = request.json(&body);
        }
        async move {
            let answer = request.send().await.unwrap();
            (answer.status(), answer.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let (status, paid) = control(format!("/_sandbox/bills/{code}/pay"), None).await;
    assert_eq!(status, StatusCode::OK);
    let redirect = paid["redirect_url"].as_str().unwrap();
    assert!(
        redirect.starts_with("https://shop.example/back/?lang=fr&"),
        "{redirect}"
    );
    for param in [
        "merchant_reference=r-1",
        "bill_code=BILL-",
        "paid=true",
        "status=Paid",
        "bank_reference=SBX.",
    ] {
        assert!(redirect.contains(&format!("&{param}")), "{param} in {redirect}");
    }
    assert_eq!(paid["callback"], Value::Null, "no callback URL configured");
    let (status, _) = control(format!("/_sandbox/bills/{code}/pay"), None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = control(format!("/_sandbox/bills/{code}/expire"), None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = control("/_sandbox/bills/BILL-NOPE/pay".into(), Some(json!({"error": true}))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let shown = h
        .get(&format!("/_sandbox/bills/{code}"))
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(shown["status"], "Paid");
    let (status, _) = control("/_sandbox/reset".into(), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let state = h.get("/_sandbox/state").await.json::<Value>().await.unwrap();
    assert_eq!(state["bills"], json!([]));
    assert_eq!(
        h.get(paths::LIST_BANKS).await.status(),
        StatusCode::OK,
        "tokens survive a reset"
    );
}

#[tokio::test]
async fn injected_faults_fail_the_next_matching_requests() {
    let h = Harness::start(Config::default()).await;
    let fault = json!({"path": paths::LIST_BANKS, "kind": "status", "status": 503, "retry_after": 2,
                       "body": "<html>Service Unavailable</html>", "count": 2});
    let added = h
        .http
        .post(h.url("/_sandbox/faults"))
        .json(&fault)
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), StatusCode::CREATED);
    for _ in 0..2 {
        let answer = h.get(paths::LIST_BANKS).await;
        assert_eq!(answer.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(answer.headers()["retry-after"], "2");
        assert_eq!(answer.headers()["content-type"], "text/html");
    }
    assert_eq!(
        h.get(paths::LIST_BANKS).await.status(),
        StatusCode::OK,
        "count 2, then normal"
    );

    // Dropped after processing: no answer, but the bill exists.
    h.sandbox.inject(Fault::new(paths::INIT_BILL, FaultKind::Drop));
    let body = json!({"amount": 2000, "user": "u", "description": "d", "merchant_reference": "dropped-1"});
    let sent = h
        .http
        .post(h.url(paths::INIT_BILL))
        .bearer_auth(&h.token)
        .json(&body)
        .send()
        .await;
    assert!(sent.is_err(), "the connection closes without an answer");
    assert_eq!(h.sandbox.state().bills[0].merchant_reference.as_str(), "dropped-1");

    // Malformed: processed, answered with half a body.
    h.sandbox.inject(Fault::new(paths::CASH_IN, FaultKind::Malformed));
    let cash_in = json!({"bank_slug": "MF1-0001", "account": "000001-01", "amount": 100,
                         "merchant_reference": "m-1", "description": "d"});
    let (status, answer) = h.post_json(paths::CASH_IN, cash_in).await;
    assert_eq!((status, answer), (StatusCode::OK, Value::Null), "not JSON");
    assert_eq!(h.sandbox.state().cash_ins[0].merchant_reference.as_str(), "m-1");

    // Delayed: answered after the delay.
    let mut slow = Fault::new(paths::GET_CONNECTED_USER, FaultKind::Delay);
    slow.delay_ms = 300;
    h.sandbox.inject(slow);
    let quick = reqwest::Client::builder()
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let timed_out = quick
        .get(h.url(paths::GET_CONNECTED_USER))
        .bearer_auth(&h.token)
        .send()
        .await;
    assert!(timed_out.unwrap_err().is_timeout());
}

#[tokio::test]
async fn a_decided_bills_callback_is_delivered_again_on_request() {
    let app = axum::Router::new().route(
        "/callback",
        axum::routing::post(|| async { axum::Json(json!({"error": false, "error_message": "Merci"})) }),
    );
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let callback_url = format!("http://{}/callback", socket.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(socket, app).await });
    let harness = Harness::start(Config {
        callback_url: Some(callback_url),
        ..Config::default()
    })
    .await;
    let (status, created) = harness
        .post_json(
            paths::INIT_BILL,
            json!({"amount": 2000, "user": "76000111", "description": "Order", "merchant_reference": "replay-1"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let code: ihela::BillCode = created["bill"]["code"].as_str().unwrap().parse().unwrap();
    let pending = harness.sandbox.replay_callback(&code).await.unwrap_err();
    assert!(
        matches!(pending, ihela_sandbox::ControlError::NoCallback { .. }),
        "{pending}"
    );
    harness.sandbox.pay(&code).await.unwrap();
    let replayed = harness.sandbox.replay_callback(&code).await.unwrap();
    assert_eq!(replayed.callback.unwrap().attempts[0].status, Some(200));
    assert_eq!(harness.sandbox.state().callbacks.len(), 2, "delivered twice");
}
