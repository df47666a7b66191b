//! `pesa ihela …`: iHela's merchant API through the typed client. The
//! money-moving commands (a bill, a cash-in) take your reference and go
//! through the client's journal (a SQLite file beside the configuration),
//! so that running one again never pays twice: its first answer is given.

use std::time::Duration;

use ihela::gen1::{CashIn, InitBill};
use ihela::{
    AccountNumber, BankSlug, BillCode, Client, ClientBuilder, CustomerQuery, Environment, Francs, MerchantReference,
};
use ihela::{BillState, PaymentOutcome};
use serde_json::json;

use crate::apis;
use crate::args::{Bills, Global, Ihela};
use crate::config::Config;
use crate::live;
use crate::output::{Exit, Failure, Shown};
use crate::settings::{self, Resolved};
use crate::wait::{self, Progress};

/// `test`, `production` or a base URL as the client's environment.
pub fn environment(gateway: &str) -> Environment {
    match gateway {
        "test" => Environment::Test,
        "production" | "live" => Environment::Production,
        url => Environment::Custom(url.to_owned()),
    }
}

/// Runs `command`.
///
/// # Errors
/// What the command met, with its exit code.
pub async fn run(command: Ihela, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let (client, environment) = connect(global, config).await?;
    let live = matches!(environment, Environment::Production);
    match command {
        Ihela::Banks { cash_in, cash_out } => banks(&client, cash_in, cash_out).await,
        Ihela::Customer { bank, who } => customer(&client, &bank, who).await,
        Ihela::Bills(Bills::Get { reference, code }) => {
            let bill = client
                .verify_bill(&MerchantReference::parse(reference)?, &BillCode::parse(code)?)
                .await?;
            Ok(bill_shown(&bill))
        }
        Ihela::Bills(Bills::Create {
            amount,
            customer,
            bank,
            reference,
            description,
            wait,
            wait_seconds,
        }) => {
            let amount = apis::whole(amount)?;
            let merchant_reference = MerchantReference::parse(&reference)?;
            live::confirm(live, global, &format!("Bill {customer} {amount} under {reference}"))?;
            let bill = create_bill(
                &client,
                amount,
                &customer,
                bank.as_deref(),
                &merchant_reference,
                description,
            )
            .await?;
            if wait {
                return wait_for(&client, bill, Duration::from_secs(wait_seconds)).await;
            }
            Ok(bill_shown(&bill))
        }
        Ihela::CashIn {
            bank,
            account,
            amount,
            reference,
            description,
        } => {
            let amount = apis::whole(amount)?;
            let request = CashIn::new(
                BankSlug::parse(&bank)?,
                AccountNumber::parse(&account)?,
                amount,
                MerchantReference::parse(&reference)?,
                description,
            );
            live::confirm(
                live,
                global,
                &format!("Pay {amount} to {account} at {bank} under {reference}"),
            )?;
            let receipt = client.cash_in(request).await?;
            Ok(Shown::record(
                &[
                    ("reference", receipt.reference.clone()),
                    ("merchant_reference", receipt.merchant_reference.to_string()),
                ],
                json!({"reference": receipt.reference, "merchant_reference": receipt.merchant_reference}),
            ))
        }
    }
}

/// The profile's client (with the journal beside the configuration) and
/// its gateway, once a live one is allowed (`--live`).
///
/// # Errors
/// [`Exit::Live`], missing credentials, a journal that cannot be opened.
pub async fn connect(global: &Global, config: &Config) -> Result<(Client, Environment), Failure> {
    let (settings, _) = apis::profiled(&settings::IHELA, global, config)?;
    let environment = environment(settings.gateway());
    let client = builder(&settings, environment.clone())?
        .journal(apis::journal(config).await?)
        .build()?;
    Ok((client, environment))
}

/// Tries `settings` (a token): the client id they log in as.
///
/// # Errors
/// Missing or refused credentials.
pub async fn check_login(settings: &Resolved) -> Result<String, Failure> {
    builder(settings, environment(settings.gateway()))?
        .build()?
        .authenticate()
        .await?;
    Ok(settings.require("client_id")?.to_owned())
}

/// A client builder with the credentials of `settings`.
fn builder(settings: &Resolved, environment: Environment) -> Result<ClientBuilder, Failure> {
    Ok(Client::builder(environment).credentials(
        settings.require("client_id")?.to_owned(),
        settings.require("client_secret")?.to_owned(),
    ))
}

/// Bills `customer` `amount` under `reference`: the bill, as iHela made it.
///
/// # Errors
/// What iHela answered, or a bad argument.
pub async fn create_bill(
    client: &Client,
    amount: Francs,
    customer: &str,
    bank: Option<&str>,
    reference: &MerchantReference,
    description: String,
) -> Result<BillState, Failure> {
    let mut request = InitBill::new(amount, customer, description, reference.clone());
    if let Some(bank) = bank {
        request = request.bank(BankSlug::parse(bank)?);
    }
    Ok(client.init_bill(request).await?.bill().clone())
}

async fn banks(client: &Client, cash_in: bool, cash_out: bool) -> Result<Shown, Failure> {
    let banks = if cash_in {
        client.list_cash_in_banks().await?
    } else if cash_out {
        client.list_cash_out_banks().await?
    } else {
        client.list_banks().await?
    };
    let rows = banks
        .iter()
        .map(|bank| {
            let kind = bank.bank_type.as_ref().map_or("-", |kind| kind.as_str());
            vec![bank.slug.to_string(), bank.name.clone(), kind.to_owned()]
        })
        .collect();
    Ok(Shown::table(&["slug", "name", "type"], rows, json!(banks)))
}

async fn customer(client: &Client, bank: &str, who: String) -> Result<Shown, Failure> {
    let bank = BankSlug::parse(bank)?;
    let query = if who.contains('-') {
        CustomerQuery::AccountNumber(who)
    } else {
        CustomerQuery::CustomerId(who)
    };
    let account = client.lookup_customer(&bank, query).await?;
    Ok(Shown::json(&account))
}

/// A bill as a record.
fn bill_shown(bill: &BillState) -> Shown {
    Shown::json(bill)
}

/// Asks about the bill until it is paid, fails or expires, or `limit` passes.
async fn wait_for(client: &Client, bill: BillState, limit: Duration) -> Result<Shown, Failure> {
    let what = format!("bill {}", bill.code);
    wait::until(&what, limit, || async {
        let bill = client.verify_bill(&bill.merchant_reference, &bill.code).await?;
        Ok(match bill.outcome() {
            PaymentOutcome::Paid { .. } => Progress::Settled(bill_shown(&bill)),
            PaymentOutcome::Failed | PaymentOutcome::Expired => {
                let mut failure = Failure::new(Exit::Refused, format!("bill {} is {}", bill.code, bill.status));
                failure.code = Some(bill.status.to_string());
                Progress::Failed(failure)
            }
            // Pending, or a status not known yet: ask again.
            _ => Progress::Pending(bill.status.to_string()),
        })
    })
    .await
}
