//! The merchant flow, step by step: token, banks, customer lookup, bill init,
//! the customer paying, the callback arriving and being confirmed, bill
//! verify, and a cash-in refund.
//!
//! With no environment set it starts `ihela-sandbox` in-process and a small
//! merchant callback endpoint (the crate's axum route) on loopback: no
//! credentials, no network. With `IHELA_CLIENT_ID`, `IHELA_CLIENT_SECRET` and
//! `IHELA_BASE_URL` set it runs against that gateway instead: there is no
//! sandbox control there, so it prints the confirmation URI and polls bill
//! verify until the bill is paid, expired, or `IHELA_WAIT_SECONDS` (600) pass.
//!
//! ```text
//! cargo run --example checkout
//! ```

use std::time::{Duration, Instant};

use ihela::callback::{CallbackHandler, Decision, PaymentOutcome, parse_redirect};
use ihela::{BillStatus, CashIn, Client, CreatedBill, CustomerQuery, Environment, InitBill, types};
use ihela_sandbox::Sandbox;

/// The customer of the source documents: 76000111 at iHela Credit Union.
const BANK: &str = "MF1-0001";
const CUSTOMER: &str = "76000111";
const AMOUNT: u64 = 2000;
/// Where the merchant's callback endpoint listens.
const CALLBACK_PATH: &str = "/ihela/callback";

type Failure = Box<dyn std::error::Error>;

#[tokio::main]
async fn main() -> Result<(), Failure> {
    let gateway = (
        std::env::var("IHELA_CLIENT_ID"),
        std::env::var("IHELA_CLIENT_SECRET"),
        std::env::var("IHELA_BASE_URL"),
    );
    match gateway {
        (Ok(id), Ok(secret), Ok(url)) => {
            println!("Against {url}");
            let client = Client::builder(Environment::Custom(url))
                .credentials(id, secret)
                .build()?;
            let order = shop(&client).await?;
            wait_until_paid(&client, &order.bill).await?;
            finish(&client, &order).await
        }
        _ => against_the_sandbox().await,
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
    let client = Client::builder(Environment::Custom(sandbox.base_url().to_owned()))
        .credentials(sandbox.client_id(), sandbox.client_secret())
        .build()?;
    serve_callbacks(listener, client.clone());

    let order = shop(&client).await?;

    step("The customer pays (sandbox control)");
    let paid = sandbox.pay(order.bill.code()).await?;
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
        let confirmed = client.confirm(&params).send().await?;
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

/// The merchant's callback endpoint: every paid bill is confirmed with
/// iHela by the handler, then accepted here.
fn serve_callbacks(listener: tokio::net::TcpListener, client: Client) {
    let handler = CallbackHandler::new(client, |payment| async move {
        if let PaymentOutcome::Paid { bank_reference } = &payment.outcome {
            println!(
                "  [merchant] callback for {} confirmed by bill verify: paid, bank reference {}",
                payment.bill_code,
                bank_reference.as_deref().unwrap_or("-")
            );
        }
        Ok::<_, std::io::Error>(Decision::Accept)
    });
    tokio::spawn(async move { axum::serve(listener, handler.into_router::<()>(CALLBACK_PATH)).await });
}

/// What checkout leaves: the customer's account and the bill.
struct Order {
    account: types::CustomerAccount,
    bill: CreatedBill,
}

/// Token, banks, customer lookup, bill init: what happens at checkout.
async fn shop(client: &Client) -> Result<Order, Failure> {
    step("Token");
    client.authenticate().await?;
    println!("  obtained (the client renews it by itself)");

    step("Banks");
    let banks = client.list_banks().await?;
    println!("  {:<10} {:<20} {:<5} limits (in)", "slug", "name", "type");
    for bank in &banks.banks {
        let limits = bank.limits_config.as_ref().map_or("-".to_owned(), |l| {
            let show = |v: &Option<rust_decimal::Decimal>| v.map_or("-".to_owned(), |v| v.to_string());
            format!("{} .. {}", show(&l.in_minimum), show(&l.in_maximum))
        });
        let kind = bank.bank_type.as_ref().map_or("-", |t| t.as_str());
        println!("  {:<10} {:<20} {:<5} {}", bank.slug.as_str(), bank.name, kind, limits);
    }

    step("Customer lookup");
    let account = client
        .lookup_customer(BANK, CustomerQuery::CustomerId(CUSTOMER.into()))
        .await?;
    println!(
        "  {CUSTOMER} at {BANK}: account {} ({})",
        account.account_number.as_str(),
        account.name.as_deref().unwrap_or("no name")
    );

    step("Bill init");
    let reference = format!("order-{}", chrono::Utc::now().format("%Y%m%d%H%M%S%f"));
    let bill = client
        .init_bill(
            InitBill::new(AMOUNT, CUSTOMER, "Order at the example shop", reference)
                .bank(BANK)
                .redirect_uri("https://shop.example/paid/"),
        )
        .await?;
    match &bill {
        CreatedBill::Issued(bill) => {
            println!(
                "  {} for {} BIF, reference {}",
                bill.code, bill.amount, bill.merchant_reference
            );
            println!("  the customer confirms at {}", bill.confirmation_uri);
        }
        CreatedBill::Recovered(bill) => println!(
            "  {} (its answer was lost; found by reference {}): the customer confirms it in iHela",
            bill.bill_code, bill.merchant_reference
        ),
    }
    Ok(Order { account, bill })
}

/// Polls bill verify until the bill is paid or expired, within the wait allowed.
async fn wait_until_paid(client: &Client, bill: &CreatedBill) -> Result<(), Failure> {
    let wait = std::env::var("IHELA_WAIT_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    let deadline = Instant::now() + Duration::from_secs(wait);
    step("Waiting for the customer (polling bill verify)");
    loop {
        let status = client.verify_bill(bill.merchant_reference(), bill.code()).await?.status;
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
async fn finish(client: &Client, Order { account, bill }: &Order) -> Result<(), Failure> {
    step("Bill verify");
    let verified = client.verify_bill(bill.merchant_reference(), bill.code()).await?;
    println!(
        "  {}: {}, bank reference {}",
        verified.bill_code,
        verified.status,
        verified.bank_reference.as_deref().unwrap_or("-")
    );

    step("Cash-in (refund to the customer)");
    let refund = client
        .cash_in(CashIn::new(
            BANK,
            &account.account_number, // the lookup's answer, as is
            AMOUNT,
            format!("refund-{}", bill.merchant_reference()),
            format!("Refund of {}", bill.merchant_reference()),
        ))
        .await?;
    println!(
        "  {} BIF to {}: accepted, reference {}",
        AMOUNT,
        account.account_number.as_str(),
        refund.reference
    );
    Ok(())
}

fn step(title: &str) {
    println!("\n== {title}");
}
