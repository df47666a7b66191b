//! "Log in with iHela" end to end against the sandbox: the authorize URL,
//! the consent page submitted as a form, the state checked on return, the
//! code exchanged once, the customer's client, its renewal, and the axum
//! routes.

use std::time::Duration;

use crate::common::*;
use ihela::gen2::{CheckBill, CustomerBill};
use ihela::login::{LOGIN_COOKIE, LoginError, LoginHandler, PendingLogin};
use ihela::{AuthError, Client, Error, paths};
use ihela_sandbox::{Config, Sandbox};
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};

/// Where the merchant's tests say the browser comes back.
const RETURN: &str = "http://127.0.0.1:9/ihela/return";
/// The sandbox's first iHela customer.
const FABRICE: &str = "76000111";

/// A browser: it follows no redirect, so that each hop can be checked.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The consent page of `authorize_url`, submitted as a person would: the
/// form's inputs as the page gives them, the customer chosen, and the
/// button pressed. Where the browser is sent next.
async fn consent(sandbox: &Sandbox, authorize_url: &str, customer: &str, decision: &str) -> String {
    let browser = browser();
    let page = browser.get(authorize_url).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Approve") && html.contains("Bigirimana Fabrice"),
        "{html}"
    );
    let input = regex::Regex::new(r#"<input type="hidden" name="([a-z_]+)" value="([^"]*)">"#).unwrap();
    let mut form: Vec<(String, String)> = input
        .captures_iter(&html)
        .map(|c| (c[1].to_owned(), html_unescape(&c[2])))
        .collect();
    form.push(("customer".into(), customer.into()));
    form.push(("decision".into(), decision.into()));
    let action = regex::Regex::new(r#"<form method="post" action="([^"]+)">"#).unwrap();
    let action = action.captures(&html).unwrap()[1].to_owned();
    let answer = browser
        .post(format!("{}{action}", sandbox.base_url()))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    answer.headers()[LOCATION].to_str().unwrap().to_owned()
}

fn html_unescape(value: &str) -> String {
    value.replace("&quot;", "\"").replace("&amp;", "&")
}

/// A sandbox, its merchant client, and `config` for both.
async fn start(config: Config) -> (Sandbox, Client) {
    let sandbox = Sandbox::start_with(config).await.unwrap();
    let client = sandbox.client().build().unwrap();
    (sandbox, client)
}

#[tokio::test]
async fn a_customer_signs_in_and_pays_a_bill() {
    let (sandbox, client) = start(Config::default()).await;
    let login = client.start_login(RETURN).unwrap();
    assert!(
        login
            .url
            .starts_with(&format!("{}{}?", sandbox.base_url(), paths::AUTHORIZE)),
        "{}",
        login.url
    );
    assert!(login.url.contains("response_type=code"), "{}", login.url);
    let back = consent(&sandbox, &login.url, FABRICE, "approve").await;
    assert!(back.starts_with(RETURN) && back.contains("code="), "{back}");

    let customer = client.finish_login(&login.pending, &back).await.unwrap();
    let user = customer.connected_user().await.unwrap();
    assert_eq!(user.ihela_code.as_deref(), Some(FABRICE));
    // The merchant's own token still says the merchant.
    assert_ne!(
        client.connected_user().await.unwrap().ihela_code.as_deref(),
        Some(FABRICE)
    );

    let bill = customer
        .create_bill(
            CustomerBill::new(francs(5000), "Order 7", reference("login-order-7"))
                .redirect_uri("https://shop.example/paid/"),
        )
        .await
        .unwrap();
    let code = bill.bill().code.clone();
    let state = sandbox.state();
    assert_eq!(state.bills.len(), 1);
    assert_eq!(state.bills[0].customer, "000001-01", "the signed-in customer pays");
    let checked = customer
        .check_bill(CheckBill::new(reference("login-order-7"), code.clone()))
        .await
        .unwrap();
    assert_eq!(checked.code, code);
}

#[tokio::test]
async fn a_refused_consent_is_an_error_not_a_login() {
    let (sandbox, client) = start(Config::default()).await;
    let login = client.start_login(RETURN).unwrap();
    let back = consent(&sandbox, &login.url, FABRICE, "deny").await;
    assert!(back.contains("error=access_denied"), "{back}");
    let error = client.finish_login(&login.pending, &back).await.unwrap_err();
    assert!(matches!(error, Error::Login(LoginError::Denied)), "{error:?}");
    assert_eq!(sandbox.state().tokens_issued, 0, "no token for a refusal");
}

#[tokio::test]
async fn a_wrong_or_missing_state_is_never_a_login() {
    let (sandbox, client) = start(Config::default()).await;
    let mine = client.start_login(RETURN).unwrap();
    let theirs = client.start_login(RETURN).unwrap();
    assert_ne!(mine.pending.state(), theirs.pending.state());
    // Another browser's redirect (or an attacker's) comes to mine.
    let back = sandbox.approve_sign_in(&theirs.url, FABRICE).unwrap();
    let error = client.finish_login(&mine.pending, &back).await.unwrap_err();
    assert!(matches!(error, Error::Login(LoginError::StateMismatch)), "{error:?}");
    let without_state = back
        .split('&')
        .filter(|part| !part.starts_with("state="))
        .collect::<Vec<_>>()
        .join("&");
    let error = client.finish_login(&theirs.pending, &without_state).await.unwrap_err();
    assert!(matches!(error, Error::Login(LoginError::MissingState)), "{error:?}");
    assert_eq!(sandbox.state().tokens_issued, 0, "no code was exchanged");
}

#[tokio::test]
async fn a_replayed_redirect_fails_and_revokes_what_the_code_gave() {
    let (sandbox, client) = start(Config::default()).await;
    let login = client.start_login(RETURN).unwrap();
    let back = sandbox.approve_sign_in(&login.url, FABRICE).unwrap();
    let customer = client.finish_login(&login.pending, &back).await.unwrap();
    customer.connected_user().await.unwrap();
    let reason = refused_exchange(&client, &login.pending, &back).await;
    assert!(reason.contains("already used"), "{reason}");
    // The code was used twice: the tokens it gave are revoked.
    let error = customer.connected_user().await.unwrap_err();
    assert!(matches!(error, Error::Auth { .. }), "{error:?}");
}

/// Finishes `pending` with the code `back` carries, through `client`; the
/// token endpoint's `invalid_grant`.
async fn refused_exchange(client: &Client, pending: &PendingLogin, back: &str) -> String {
    let error = client.finish_login(pending, back).await.unwrap_err();
    match &error {
        Error::Auth {
            source: AuthError::Rejected { status, body },
            ..
        } if *status == StatusCode::BAD_REQUEST && body.get("error").is_some_and(|e| e == "invalid_grant") => {
            body.get("error_description").unwrap().as_str().unwrap().to_owned()
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_code_works_only_for_its_redirect_uri_and_client_and_not_late() {
    let other = ("other-merchant".to_owned(), "other-merchant-secret".to_owned());
    let config = Config {
        other_clients: vec![other.clone()],
        ..Config::default()
    };
    let (sandbox, client) = start(config).await;

    let login = client.start_login(RETURN).unwrap();
    let back = sandbox.approve_sign_in(&login.url, FABRICE).unwrap();
    let elsewhere = PendingLogin::resume(login.pending.state(), "http://127.0.0.1:9/elsewhere");
    let reason = refused_exchange(&client, &elsewhere, &back).await;
    assert!(reason.contains("redirect_uri"), "{reason}");

    let login = client.start_login(RETURN).unwrap();
    let back = sandbox.approve_sign_in(&login.url, FABRICE).unwrap();
    let thief = Client::builder(ihela::Environment::Custom(sandbox.base_url().to_owned()))
        .credentials(other.0, other.1)
        .build()
        .unwrap();
    let reason = refused_exchange(&thief, &login.pending, &back).await;
    assert!(reason.contains("another client"), "{reason}");

    let login = client.start_login(RETURN).unwrap();
    let back = sandbox.approve_sign_in(&login.url, FABRICE).unwrap();
    // A code lives 5 minutes.
    sandbox.advance(Duration::from_secs(301));
    let reason = refused_exchange(&client, &login.pending, &back).await;
    assert!(reason.contains("expired"), "{reason}");
    assert_eq!(sandbox.state().tokens_issued, 0);
}

/// A customer signed in to a sandbox started with `config`.
async fn signed_in(config: Config) -> (Sandbox, ihela::CustomerClient) {
    let sandbox = Sandbox::start_with(config).await.unwrap();
    let client = sandbox.client().refresh_margin(Duration::ZERO).build().unwrap();
    let login = client.start_login(RETURN).unwrap();
    let back = sandbox.approve_sign_in(&login.url, FABRICE).unwrap();
    let customer = client.finish_login(&login.pending, &back).await.unwrap();
    (sandbox, customer)
}

#[tokio::test]
async fn a_customer_token_is_renewed_with_its_refresh_token() {
    let (sandbox, customer) = signed_in(Config::default()).await;
    customer.connected_user().await.unwrap();
    assert_eq!(sandbox.state().tokens_issued, 1);
    sandbox.advance(Duration::from_secs(3601));
    let user = customer.connected_user().await.unwrap();
    assert_eq!(user.ihela_code.as_deref(), Some(FABRICE));
    assert_eq!(sandbox.state().tokens_issued, 2, "renewed once");
}

#[tokio::test]
async fn without_a_refresh_token_an_expired_sign_in_says_to_sign_in_again() {
    let config = Config {
        refresh_tokens: false,
        ..Config::default()
    };
    let (sandbox, customer) = signed_in(config).await;
    customer.connected_user().await.unwrap();
    sandbox.advance(Duration::from_secs(3601));
    let error = customer.connected_user().await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Auth {
                source: AuthError::CannotRenew { body: None },
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("sign the customer in again"), "{error}");
}

#[tokio::test]
async fn login_needs_the_merchants_credentials_and_a_safe_redirect_uri() {
    let client = Client::builder(ihela::Environment::Custom("http://127.0.0.1:9".into()))
        .access_token("a-token", None)
        .build()
        .unwrap();
    let Err(Error::InvalidInput(refused)) = client.start_login(RETURN) else {
        panic!("a client without credentials started a login");
    };
    assert_eq!(refused.field(), "credentials");
    let (_sandbox, client) = start(Config::default()).await;
    let Err(Error::InvalidInput(refused)) = client.start_login("http://shop.example/return") else {
        panic!("a plain http redirect URI was taken");
    };
    assert_eq!(refused.field(), "redirect_uri");
}

#[tokio::test]
async fn the_customers_token_never_goes_on_the_merchants_calls() {
    let server = httpmock::MockServer::start_async().await;
    mock_token(&server).await;
    let customer_token = server.mock(|when, then| {
        when.method(httpmock::Method::POST)
            .path(paths::CREATE_TOKEN)
            .body_includes("grant_type=authorization_code")
            .body_includes("code=the-code")
            .header_missing("authorization");
        then.status(200)
            .header("content-type", "application/json")
            .body(r#"{"access_token": "the-customers-token", "token_type": "Bearer", "expires_in": 3600}"#);
    });
    let user = fixture("get_connected_user_merchant");
    let as_customer = server.mock(|when, then| {
        when.path(paths::GET_CONNECTED_USER)
            .header("authorization", "Bearer the-customers-token");
        then.status(200).header("content-type", "application/json").body(&user);
    });
    let as_merchant = server.mock(|when, then| {
        when.path(paths::GET_CONNECTED_USER).header("authorization", bearer());
        then.status(200).header("content-type", "application/json").body(&user);
    });
    let banks = server.mock(|when, then| {
        when.path(paths::LIST_BANKS).header("authorization", bearer());
        then.status(200)
            .header("content-type", "application/json")
            .body(fixture("list_banks_count"));
    });
    let client = client(&server);
    client.list_banks().await.unwrap();
    let login = client.start_login(RETURN).unwrap();
    let back = format!("{RETURN}?code=the-code&state={}", login.pending.state());
    let customer = client.finish_login(&login.pending, &back).await.unwrap();
    customer.connected_user().await.unwrap();
    client.connected_user().await.unwrap();
    client.list_banks().await.unwrap();
    customer_token.assert_calls_async(1).await;
    as_customer.assert_calls_async(1).await;
    as_merchant.assert_calls_async(1).await;
    banks.assert_calls_async(2).await;
    let shown = format!("{customer:?} {client:?}");
    assert!(
        !shown.contains("the-customers-token") && !shown.contains(ACCESS_TOKEN),
        "{shown}"
    );
}

/// The merchant's application with the login routes, on loopback; its base URL.
async fn merchant_app(client: Client) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let handler = LoginHandler::new(client, format!("{base}/ihela/return"), |outcome| async move {
        use axum::response::IntoResponse as _;
        match outcome {
            Ok(customer) => {
                let user = customer.connected_user().await.unwrap();
                format!("welcome {}", user.ihela_code.unwrap_or_default()).into_response()
            }
            Err(error) => (axum::http::StatusCode::FORBIDDEN, error.to_string()).into_response(),
        }
    })
    .unwrap();
    let app = axum::Router::new().merge(handler.into_router("/ihela/login"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

#[tokio::test]
async fn the_axum_routes_keep_the_state_in_a_cookie_and_check_it() {
    let (sandbox, client) = start(Config::default()).await;
    let base = merchant_app(client).await;
    let browser = browser();

    let started = browser.get(format!("{base}/ihela/login")).send().await.unwrap();
    assert_eq!(started.status(), StatusCode::SEE_OTHER);
    let authorize = started.headers()[LOCATION].to_str().unwrap().to_owned();
    let cookie = started.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cookie.starts_with(&format!("{LOGIN_COOKIE}=")), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/ihela/return", "Max-Age=600"] {
        assert!(cookie.contains(attribute), "{attribute} missing: {cookie}");
    }
    let state_cookie = cookie.split(';').next().unwrap().to_owned();
    let back = sandbox.approve_sign_in(&authorize, FABRICE).unwrap();

    // Without the cookie (another browser): not a login.
    let other = browser.get(&back).send().await.unwrap();
    assert_eq!(other.status(), StatusCode::FORBIDDEN);
    assert!(other.text().await.unwrap().contains("no sign-in"), "NotStarted");
    // With another login's cookie: not a login either.
    let stranger = format!("{LOGIN_COOKIE}=someone-elses-state");
    let forged = browser.get(&back).header(COOKIE, stranger).send().await.unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);

    let finished = browser.get(&back).header(COOKIE, &state_cookie).send().await.unwrap();
    assert_eq!(finished.status(), StatusCode::OK);
    let cleared = finished.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    assert_eq!(finished.text().await.unwrap(), format!("welcome {FABRICE}"));
}
