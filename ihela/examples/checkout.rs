//! The merchant flow, step by step: token, banks, customer lookup, bill init,
//! the customer paying, the callback arriving and being confirmed, bill
//! verify, and a cash-in refund.
//!
//! With no environment set it starts `ihela-sandbox` in-process and a small
//! merchant callback endpoint (the crate's axum route) on loopback: no
//! credentials, no network. With `IHELA_CLIENT_ID` and `IHELA_CLIENT_SECRET`
//! set (and `IHELA_BASE_URL` or `IHELA_ENVIRONMENT`, see
//! `Client::from_env`) it runs against that gateway instead: there is no
//! sandbox control there, so it prints the confirmation URI and polls bill
//! verify until the bill is paid, expired, or `IHELA_WAIT_SECONDS` (600) pass.
//!
//! ```text
//! cargo run --example checkout
//! ```

use std::convert::Infallible;
use std::time::{Duration, Instant};

use ihela::callback::{CallbackHandler, Decision, parse_redirect};
use ihela::gen1::{CashIn, InitBill};
use ihela::{BankSlug, BillStatus, Client, CreatedBill, CustomerQuery, Francs, MerchantReference, types};
use ihela_sandbox::Sandbox;

/// The customer of the source documents: 76000111 at iHela Credit Union.
const BANK: &str = "MF1-0001";
const CUSTOMER: &str = "76000111";
const AMOUNT: i64 = 2000;
/// Where the merchant's callback endpoint listens.
const CALLBACK_PATH: &str = "/ihela/callback";

type Failure = Box<dyn std::error::Error>;

#[tokio::main]
async fn main() -> Result<(), Failure> {
    if std::env::var_os("IHELA_CLIENT_ID").is_some() {
        let client = Client::from_env()?.build()?;
        println!("Against the gateway of IHELA_BASE_URL / IHELA_ENVIRONMENT");
        let order = shop(&client).await?;
        wait_until_paid(&client, &order.bill).await?;
        finish(&client, &order).await
    } else {
        against_the_sandbox().await
    }
}

/// The whole flow against an in-process sandbox and a local callback endpoint.
async fn against_the_sandbox() -> Result<(), Failure> {
    // The merchant's endpoint must exist before the sandbox knows where to call.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let callback_url = format!("http://{}{CALLBACK_PATH}", listener.local_addr()?);
    let sandbox = Sandbox::start_with(ihela_sandbox::Config {
        callback_url: Some(callback_url.clone()),
        ..ihela_sandbox::Config::default()
    })
    .await?;
    println!("Sandbox at {}, merchant callback at {callback_url}", sandbox.base_url());
    let client = sandbox.client().build()?;
    serve_callbacks(listener, client.clone());

    let order = shop(&client).await?;

    step("The customer pays (sandbox control)");
    let paid = sandbox.pay(&order.bill.code).await?;
    if let Some(delivery) = &paid.callback {
        println!(
            "  callback delivered in {} attempt(s), refunded: {}",
            delivery.attempts.len(),
            delivery.refunded
        );
    }
    if let Some(redirect) = paid.redirect_url.as_deref() {
        step("The customer's browser comes back");
        println!("  {redirect}");
        let params = parse_redirect(redirect)?;
        let confirmed = client.confirm(&params, Francs::new(AMOUNT)?).await?;
        println!("  the redirect page confirms with iHela: {:?}", confirmed.outcome);
    }
    finish(&client, &order).await?;

    let state = sandbox.state();
    step("What the sandbox saw");
    println!("  bills: {}", state.bills.len());
    println!("  cash-ins: {}", state.cash_ins.len());
    println!("  callback deliveries: {}", state.callbacks.len());
    println!("  tokens issued to the client: {}", state.tokens_issued);
    sandbox.stop().await;
    Ok(())
}

/// The merchant's callback endpoint: the handler asks what was billed under
/// the bill's reference (here, every order is of `AMOUNT`), confirms with
/// iHela's bill check that it was paid for that amount, then asks here.
fn serve_callbacks(listener: tokio::net::TcpListener, client: Client) {
    let handler = CallbackHandler::new(
        client,
        |_reference| async { Ok::<_, Infallible>(Francs::new(AMOUNT).ok()) },
        |payment| async move {
            println!(
                "  [merchant] callback for {} confirmed by bill check: {:?}, {} BIF",
                payment.bill_code, payment.outcome, payment.amount
            );
            Ok::<_, Infallible>(Decision::Accept)
        },
    );
    tokio::spawn(async move { axum::serve(listener, handler.into_router::<()>(CALLBACK_PATH)).await });
}

/// What checkout leaves: the customer's account and the bill.
struct Order {
    account: types::CustomerAccount,
    reference: MerchantReference,
    bill: ihela::BillState,
}

/// Token, banks, customer lookup, bill init: what happens at checkout.
async fn shop(client: &Client) -> Result<Order, Failure> {
    step("Token");
    client.authenticate().await?;
    println!("  obtained (the client renews it by itself)");

    step("Banks");
    let banks = client.list_banks().await?;
    println!("  {:<10} {:<20} {:<5} limits (in)", "slug", "name", "type");
    for bank in &banks {
        let limits = bank.limits_config.as_ref().map_or("-".to_owned(), |l| {
            let show = |v: &Option<rust_decimal::Decimal>| v.map_or("-".to_owned(), |v| v.to_string());
            format!("{} .. {}", show(&l.in_minimum), show(&l.in_maximum))
        });
        let kind = bank.bank_type.as_ref().map_or("-", |t| t.as_str());
        println!("  {:<10} {:<20} {:<5} {}", bank.slug.as_str(), bank.name, kind, limits);
    }

    step("Customer lookup");
    let bank = BankSlug::parse(BANK)?;
    let account = client
        .lookup_customer(&bank, CustomerQuery::CustomerId(CUSTOMER.into()))
        .await?;
    println!(
        "  {CUSTOMER} at {BANK}: account {} ({})",
        account.account_number.as_str(),
        account.name.as_deref().unwrap_or("no name")
    );

    step("Bill init");
    let reference = MerchantReference::parse(format!("order-{}", chrono::Utc::now().format("%Y%m%d%H%M%S%f")))?;
    let request = InitBill::new(
        Francs::new(AMOUNT)?,
        CUSTOMER,
        "Order at the example shop",
        reference.clone(),
    )
    .bank(bank)
    .redirect_uri("https://shop.example/paid/");
    let created = client.init_bill(request).await?;
    let bill = created.bill().clone();
    println!(
        "  {} for {AMOUNT} BIF, reference {}",
        bill.code, bill.merchant_reference
    );
    match &created {
        CreatedBill::ToConfirm { confirmation_uri, .. } => println!("  the customer confirms at {confirmation_uri}"),
        _ => println!("  the customer confirms it among their pending bills in iHela"),
    }
    Ok(Order {
        account,
        reference,
        bill,
    })
}

/// Polls bill verify until the bill is paid or expired, within the wait allowed.
async fn wait_until_paid(client: &Client, bill: &ihela::BillState) -> Result<(), Failure> {
    let wait = std::env::var("IHELA_WAIT_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    let deadline = Instant::now() + Duration::from_secs(wait);
    step("Waiting for the customer (polling bill verify)");
    loop {
        let status = client.verify_bill(&bill.merchant_reference, &bill.code).await?.status;
        println!("  {status}");
        match status {
            BillStatus::Paid => return Ok(()),
            BillStatus::Expired => return Err("the bill expired unpaid".into()),
            _ if Instant::now() >= deadline => return Err("the customer did not pay in time".into()),
            _ => tokio::time::sleep(Duration::from_secs(5)).await,
        }
    }
}

/// Bill verify showing the payment, then a cash-in refunding it.
async fn finish(
    client: &Client,
    Order {
        account,
        reference,
        bill,
    }: &Order,
) -> Result<(), Failure> {
    step("Bill verify");
    let verified = client.verify_bill(reference, &bill.code).await?;
    println!(
        "  {}: {}, bank reference {}",
        verified.code,
        verified.status,
        verified.bank_reference.as_deref().unwrap_or("-")
    );

    step("Cash-in (refund to the customer)");
    let refund = client
        .cash_in(CashIn::new(
            BankSlug::parse(BANK)?,
            account.account_number.clone(), // the lookup's answer, as is
            Francs::new(AMOUNT)?,
            MerchantReference::parse(format!("refund-{reference}"))?,
            format!("Refund of {reference}"),
        ))
        .await?;
    println!(
        "  {AMOUNT} BIF to {}: accepted, reference {}",
        account.account_number.as_str(),
        refund.reference
    );
    Ok(())
}

fn step(title: &str) {
    println!("\n== {title}");
}
