//! The merchant flow, step by step: token, banks, customer lookup, bill init,
//! bill verify, cash-in.
//!
//! With no environment set it runs against a local stand-in of the gateway
//! (httpmock on loopback, answering the recorded answers of
//! `tests/fixtures/`), so it needs no credentials and no network. With
//! `IHELA_CLIENT_ID`, `IHELA_CLIENT_SECRET` and `IHELA_BASE_URL` set it runs
//! the same calls against that gateway instead.
//!
//! ```text
//! cargo run --example checkout
//! ```

use httpmock::prelude::*;
use ihela::{Client, CustomerQuery, Environment, types};

/// Recorded answers served by the local stand-in: (method, path, fixture).
const STAND_IN: &[(&str, &str, &str)] = &[
    (
        "POST",
        "/oAuth2/token/",
        include_str!("../tests/fixtures/create_token.json"),
    ),
    (
        "GET",
        "/api/v1/payments/bank/",
        include_str!("../tests/fixtures/list_banks_count.json"),
    ),
    (
        "GET",
        "/api/v1/bank/MF1-0001/account/lookup/",
        include_str!("../tests/fixtures/lookup_customer.json"),
    ),
    (
        "POST",
        "/api/v1/payments/bill/init/",
        include_str!("../tests/fixtures/init_bill_short.json"),
    ),
    (
        "POST",
        "/api/v1/payments/bill/verify/",
        include_str!("../tests/fixtures/verify_bill_paid.json"),
    ),
    (
        "POST",
        "/api/v1/payments/cash-in/",
        include_str!("../tests/fixtures/cash_in_accepted.json"),
    ),
];

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let configured = (
        std::env::var("IHELA_CLIENT_ID"),
        std::env::var("IHELA_CLIENT_SECRET"),
        std::env::var("IHELA_BASE_URL"),
    );
    // Kept alive for the whole flow when used.
    let stand_in;
    let client = match configured {
        (Ok(id), Ok(secret), Ok(url)) => {
            println!("gateway: {url}");
            Client::builder(Environment::Custom(url))
                .credentials(id, secret)
                .build()?
        }
        _ => {
            stand_in = MockServer::start_async().await;
            for (method, path, body) in STAND_IN {
                stand_in
                    .mock_async(|when, then| {
                        when.method(*method).path(*path);
                        then.status(200).header("content-type", "application/json").body(*body);
                    })
                    .await;
            }
            println!("gateway: local stand-in at {} (recorded answers)", stand_in.base_url());
            Client::builder(Environment::Custom(stand_in.base_url()))
                .credentials("example-client-id", "example-client-secret")
                .build()?
        }
    };
    run(&client).await?;
    Ok(())
}

async fn run(client: &Client) -> ihela::Result<()> {
    client.authenticate().await?;
    println!("1. token       obtained ({} fetch)", client.token_fetches());

    let banks = client.list_banks().await?;
    println!("2. banks");
    println!("   {:<10} {:<20} {:<5} limits in", "slug", "name", "type");
    for bank in &banks.banks {
        let kind = bank.bank_type.as_ref().map_or("-", |t| t.as_str());
        let limits = bank.limits_config.as_ref().map_or("none".to_owned(), |l| {
            format!(
                "{:?} .. {:?}",
                l.in_minimum.unwrap_or_default(),
                l.in_maximum.unwrap_or_default()
            )
        });
        println!("   {:<10} {:<20} {:<5} {}", bank.slug.as_str(), bank.name, kind, limits);
    }

    let customer = client
        .lookup_customer("MF1-0001", CustomerQuery::CustomerId("76000111".into()))
        .await?;
    let name = customer.name.as_deref().unwrap_or("?");
    println!(
        "3. lookup      76000111 at MF1-0001 is account {} ({name})",
        customer.account_number
    );

    let bill = client
        .init_bill(
            types::BillInitRequest::builder()
                .amount(2000)
                .user("76000111")
                .description("My description")
                .merchant_reference("58646cc904c471d6413e"),
        )
        .await?;
    let confirm = bill.confirmation_uri.as_deref().unwrap_or("-");
    println!(
        "4. bill init   {} for {} BIF, confirm at {confirm}",
        bill.code, bill.amount
    );

    let status = client.verify_bill(&bill.merchant_reference, &bill.code).await?;
    let bank_reference = status.bank_reference.as_deref().unwrap_or("-");
    println!(
        "5. bill verify {} is {} (bank reference {bank_reference})",
        status.reference, status.status
    );

    let refund = client
        .cash_in(
            types::CashInRequest::builder()
                .bank_slug(Some(types::BankSlug::try_from("MF1-0001").expect("a valid slug")))
                .account(Some(
                    customer
                        .account_number
                        .as_str()
                        .try_into()
                        .expect("a non-empty account"),
                ))
                .amount(20000)
                .merchant_reference("REF3223")
                .description("Cashin description"),
        )
        .await?;
    let reference = refund.reference.as_deref().unwrap_or("-");
    println!("6. cash-in     accepted, iHela reference {reference}");
    Ok(())
}
