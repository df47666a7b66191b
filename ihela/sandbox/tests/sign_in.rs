//! "Log in with iHela" in the sandbox over raw HTTP: the consent page's
//! refusals, the authorization code and refresh grants, and what a
//! customer's token may do.

use ihela::paths;
use ihela_sandbox::{Config, Sandbox};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, LOCATION};
use serde_json::{Value, json};

const RETURN: &str = "http://127.0.0.1:9/return?keep=1";

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The authorize URL of `sandbox` for `pairs`.
fn authorize(sandbox: &Sandbox, pairs: &[(&str, &str)]) -> String {
    let query = serde_urlencoded::to_string(pairs).unwrap();
    format!("{}{}?{query}", sandbox.base_url(), paths::AUTHORIZE)
}

fn asked<'a>(sandbox: &'a Sandbox, state: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("response_type", "code"),
        ("client_id", sandbox.client_id()),
        ("redirect_uri", RETURN),
        ("state", state),
    ]
}

/// The token endpoint's answer to the form `pairs`, credentials as form fields.
async fn token(sandbox: &Sandbox, pairs: &[(&str, &str)]) -> (StatusCode, Value) {
    let mut form = pairs.to_vec();
    form.extend([
        ("client_id", sandbox.client_id()),
        ("client_secret", sandbox.client_secret()),
    ]);
    let answer = browser()
        .post(format!("{}{}", sandbox.base_url(), paths::CREATE_TOKEN))
        .form(&form)
        .send()
        .await
        .unwrap();
    (answer.status(), answer.json().await.unwrap())
}

/// A signed-in customer's token answer (`76000116`).
async fn customer_token(sandbox: &Sandbox) -> Value {
    let back = sandbox
        .approve_sign_in(&authorize(sandbox, &asked(sandbox, "s1")), "76000116")
        .unwrap();
    let code = reqwest::Url::parse(&back)
        .unwrap()
        .query_pairs()
        .find(|(name, _)| name == "code")
        .unwrap()
        .1
        .into_owned();
    let (status, answer) = token(
        sandbox,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", RETURN),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    answer
}

#[tokio::test]
async fn the_consent_page_never_redirects_to_an_unknown_place() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut unknown_client = asked(&sandbox, "s");
    unknown_client[1].1 = "nobody";
    let mut no_redirect = asked(&sandbox, "s");
    no_redirect.remove(2);
    let mut relative = asked(&sandbox, "s");
    relative[2].1 = "/return";
    for pairs in [unknown_client, no_redirect, relative] {
        let answer = browser().get(authorize(&sandbox, &pairs)).send().await.unwrap();
        assert_eq!(answer.status(), StatusCode::BAD_REQUEST, "{pairs:?}");
        assert!(answer.headers().get(LOCATION).is_none());
        assert!(
            answer.headers()[CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
    }
    let mut implicit = asked(&sandbox, "s9");
    implicit[0].1 = "token";
    let answer = browser().get(authorize(&sandbox, &implicit)).send().await.unwrap();
    assert_eq!(answer.status(), StatusCode::FOUND);
    let location = answer.headers()[LOCATION].to_str().unwrap();
    assert_eq!(
        location,
        "http://127.0.0.1:9/return?keep=1&error=unsupported_response_type&state=s9"
    );
}

#[tokio::test]
async fn the_page_escapes_what_the_merchant_sent() {
    let sandbox = Sandbox::start().await.unwrap();
    let pairs = asked(&sandbox, "\"><script>alert(1)</script>");
    let page = browser()
        .get(authorize(&sandbox, &pairs))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("<script>"), "{page}");
    assert!(page.contains("&quot;&gt;&lt;script&gt;"), "{page}");
}

#[tokio::test]
async fn codes_and_refresh_tokens_are_exchanged_once() {
    let sandbox = Sandbox::start().await.unwrap();
    let (status, answer) = token(
        &sandbox,
        &[("grant_type", "authorization_code"), ("redirect_uri", RETURN)],
    )
    .await;
    assert_eq!(
        (status, answer),
        (StatusCode::BAD_REQUEST, json!({"error": "invalid_request"}))
    );
    let issued = customer_token(&sandbox).await;
    let refresh = issued["refresh_token"].as_str().unwrap();
    let (status, renewed) = token(&sandbox, &[("grant_type", "refresh_token"), ("refresh_token", refresh)]).await;
    assert_eq!(status, StatusCode::OK, "{renewed}");
    assert_ne!(renewed["access_token"], issued["access_token"]);
    let (status, again) = token(&sandbox, &[("grant_type", "refresh_token"), ("refresh_token", refresh)]).await;
    assert_eq!(
        (status, again["error"].clone()),
        (StatusCode::BAD_REQUEST, json!("invalid_grant"))
    );
}

/// Calls of `sandbox` with one bearer token.
struct As<'a> {
    sandbox: &'a Sandbox,
    bearer: String,
    http: reqwest::Client,
}

impl As<'_> {
    async fn get(&self, path: &str) -> reqwest::Response {
        let url = format!("{}{path}", self.sandbox.base_url());
        self.http.get(url).bearer_auth(&self.bearer).send().await.unwrap()
    }

    async fn post(&self, path: &str, body: &Value) -> reqwest::Response {
        let url = format!("{}{path}", self.sandbox.base_url());
        self.http
            .post(url)
            .bearer_auth(&self.bearer)
            .json(body)
            .send()
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn a_customers_token_opens_only_the_customers_operations() {
    let sandbox = Sandbox::start().await.unwrap();
    let issued = customer_token(&sandbox).await;
    let customer = As {
        sandbox: &sandbox,
        bearer: issued["access_token"].as_str().unwrap().to_owned(),
        http: reqwest::Client::new(),
    };
    let user: Value = customer.get(paths::GET_CONNECTED_USER).await.json().await.unwrap();
    assert_eq!(user["ihela_code"], "76000116");
    for path in [paths::LIST_BANKS, paths::LIST_CASH_IN_BANKS] {
        assert_eq!(customer.get(path).await.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let cash_in = json!({"bank_slug": "MF1-0001", "account": "000016-01", "amount": 100, "merchant_reference": "x", "description": "d"});
    assert_eq!(
        customer.post(paths::CASH_IN, &cash_in).await.status(),
        StatusCode::FORBIDDEN
    );

    // ihela-sdk's bill for the signed-in customer: no bank, an empty account, no PIN.
    let bill = json!({"debit_account": "", "amount": 700, "description": "d", "merchant_description": "d",
                      "merchant_reference": "mine-1", "redirect_uri": null, "payment_product_id": null});
    assert_eq!(customer.post(paths::CREATE_BILL, &bill).await.status(), StatusCode::OK);
    assert_eq!(sandbox.state().bills[0].customer, "000016-01");
    let mut someone_elses = bill.clone();
    someone_elses["debit_account"] = json!("000001-01");
    someone_elses["merchant_reference"] = json!("mine-2");
    let answer = customer.post(paths::CREATE_BILL, &someone_elses).await;
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
    assert!(answer.json::<Value>().await.unwrap().get("debit_account").is_some());

    // A bill of another customer is not found with this token.
    let merchant = sandbox.client().pin("1234".parse().unwrap()).build().unwrap();
    let theirs = ihela::gen2::CreateBill::new(
        "000001-01",
        ihela::Francs::new(800).unwrap(),
        "d",
        ihela::MerchantReference::parse("theirs-1").unwrap(),
    )
    .debit_bank(ihela::BankSlug::parse("MF1-0001").unwrap());
    merchant.create_bill(theirs).await.unwrap();
    for (reference, status) in [("theirs-1", StatusCode::NOT_FOUND), ("mine-1", StatusCode::OK)] {
        let check = json!({"merchant_reference": reference});
        assert_eq!(
            customer.post(paths::CHECK_BILL, &check).await.status(),
            status,
            "{reference}"
        );
    }
}

#[tokio::test]
async fn the_controls_approve_or_deny_like_the_form() {
    let sandbox = Sandbox::start_with(Config::default()).await.unwrap();
    let url = authorize(&sandbox, &asked(&sandbox, "s2"));
    let denied = sandbox.deny_sign_in(&url).unwrap();
    assert_eq!(denied, "http://127.0.0.1:9/return?keep=1&error=access_denied&state=s2");
    assert!(sandbox.approve_sign_in(&url, "76000111").unwrap().contains("&code="));
    assert!(
        sandbox.approve_sign_in(&url, "20000201").is_err(),
        "not an iHela customer"
    );
}
