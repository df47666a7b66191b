//! "Log in with iHela", offline and step by step: the merchant's login
//! routes (the crate's axum `LoginHandler`), the authorize URL, the
//! customer approving on the sandbox's consent page, the code exchanged,
//! the connected user, and a bill for that customer, paid and checked.
//!
//! It starts `ihela-sandbox` in-process and the merchant's application on
//! loopback, and plays the customer's browser itself (following each
//! redirect by hand, keeping the login cookie). No credentials, no network.
//!
//! ```text
//! cargo run --example login
//! ```

use std::sync::{Arc, Mutex};

use axum::response::IntoResponse as _;
use ihela::gen2::{CheckBill, CustomerBill};
use ihela::login::{LOGIN_COOKIE, LoginHandler};
use ihela::{CustomerClient, Francs, MerchantReference};
use ihela_sandbox::Sandbox;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};

/// The sandbox customer who signs in.
const CUSTOMER: &str = "76000111";

type Failure = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    let merchant = sandbox.client().build()?;
    let signed_in: Arc<Mutex<Option<CustomerClient>>> = Arc::default();
    let shop = serve_shop(merchant, Arc::clone(&signed_in)).await?;
    println!("Sandbox at {}, the shop at {shop}", sandbox.base_url());
    // The customer's browser: it follows no redirect by itself.
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;

    step("The customer clicks \"Log in with iHela\" on the shop");
    let started = browser.get(format!("{shop}/login")).send().await?;
    let authorize = header(&started, LOCATION)?;
    let cookie = header(&started, SET_COOKIE)?;
    println!("  {} to {authorize}", started.status());
    let attributes: Vec<&str> = cookie.split("; ").skip(1).collect();
    println!(
        "  the login's state in the cookie {LOGIN_COOKIE}: {}",
        attributes.join(", ")
    );

    step("iHela shows its consent page; the customer approves");
    let page = browser.get(&authorize).send().await?;
    println!("  {} consent page, {} bytes", page.status(), page.text().await?.len());
    let back = sandbox.approve_sign_in(&authorize, CUSTOMER)?;
    println!("  approved as {CUSTOMER} (the page's Approve button, by sandbox control)");
    println!("  iHela sends the browser back to {back}");

    step("The shop checks the state and exchanges the code");
    let state_cookie = cookie.split(';').next().unwrap_or_default();
    let returned = browser.get(&back).header(COOKIE, state_cookie).send().await?;
    println!("  {}: {}", returned.status(), returned.text().await?);
    let customer = signed_in
        .lock()
        .map_err(|_| "poisoned")?
        .take()
        .ok_or("nobody signed in")?;

    step("The connected user, with the customer's token");
    let user = customer.connected_user().await?;
    println!(
        "  {} <{}>, iHela code {}",
        user.username.unwrap_or_default(),
        user.email.unwrap_or_default(),
        user.ihela_code.unwrap_or_default()
    );

    step("A bill for that customer");
    let order = MerchantReference::parse("login-order-7")?;
    let created = customer
        .create_bill(CustomerBill::new(Francs::new(5000)?, "Order 7", order.clone()))
        .await?;
    let bill = created.bill();
    println!(
        "  {}: {} BIF, {}",
        bill.code,
        bill.amount.unwrap_or_default(),
        bill.status
    );
    sandbox.pay(&bill.code).await?;
    let checked = customer.check_bill(CheckBill::new(order, bill.code.clone())).await?;
    println!("  paid (sandbox control), bill check says {}", checked.status);
    println!("\nDone: 1 sign-in, {} tokens issued", sandbox.state().tokens_issued);
    Ok(())
}

/// The shop: the login routes, keeping the signed-in customer's client.
async fn serve_shop(merchant: ihela::Client, signed_in: Arc<Mutex<Option<CustomerClient>>>) -> Result<String, Failure> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let shop = format!("http://{}", listener.local_addr()?);
    let login = LoginHandler::new(merchant, format!("{shop}/ihela/return"), move |outcome| {
        let signed_in = Arc::clone(&signed_in);
        async move {
            match outcome {
                Ok(customer) => {
                    // A shop keeps it with the customer's own session.
                    if let Ok(mut slot) = signed_in.lock() {
                        *slot = Some(customer);
                    }
                    "Signed in with iHela".into_response()
                }
                Err(error) => (axum::http::StatusCode::FORBIDDEN, format!("Not signed in: {error}")).into_response(),
            }
        }
    })?;
    let app = axum::Router::new().merge(login.into_router("/login"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok(shop)
}

fn header(response: &reqwest::Response, name: reqwest::header::HeaderName) -> Result<String, Failure> {
    let value = response.headers().get(&name).ok_or(format!("no {name} header"))?;
    Ok(value.to_str()?.to_owned())
}

fn step(what: &str) {
    println!("\n== {what}");
}
