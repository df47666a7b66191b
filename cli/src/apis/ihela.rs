//! `pesa ihela …`: iHela's merchant API through the typed client. The
//! money-moving commands (a bill, a cash-in) take your reference and go
//! through the client's journal (a SQLite file beside the configuration),
//! so that running one again never pays twice: its first answer is given.

use std::sync::Arc;
use std::time::Duration;

use ihela::gen1::{CashIn, InitBill};
use ihela::{AccountNumber, BankSlug, BillCode, Client, CustomerQuery, Environment, Francs, MerchantReference};
use ihela::{BillState, PaymentOutcome, pesa_store};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::args::{Bills, Global, Ihela};
use crate::config::{Config, IhelaProfile, Setting, resolve};
use crate::live;
use crate::output::{Exit, Failure, Shown};

/// The environment variables of iHela's settings.
pub const CLIENT_ID: &str = "PESA_IHELA_CLIENT_ID";
/// The client secret's variable.
pub const CLIENT_SECRET: &str = "PESA_IHELA_CLIENT_SECRET";
/// The gateway's variable.
pub const GATEWAY: &str = "PESA_IHELA_GATEWAY";

/// iHela's settings, each with where it came from.
#[derive(Debug, serde::Serialize)]
pub struct Settings {
    /// The client id.
    pub client_id: Option<Setting>,
    /// The client secret (never shown).
    #[serde(skip)]
    pub client_secret: Option<Setting>,
    /// The gateway: `test`, `production` or a base URL.
    pub gateway: Setting,
}

impl Settings {
    /// The settings of `profile`, the environment's first.
    pub fn resolve(profile: Option<&IhelaProfile>) -> Self {
        let gateway = resolve(GATEWAY, profile.map(|p| p.gateway.as_str()), Some("test"));
        Self {
            client_id: resolve(CLIENT_ID, profile.map(|p| p.client_id.as_str()), None),
            client_secret: resolve(CLIENT_SECRET, profile.map(|p| p.client_secret.as_str()), None),
            gateway: gateway.unwrap_or_else(|| unreachable!("the gateway has a default")),
        }
    }

    /// The gateway as the client's environment.
    pub fn environment(&self) -> Environment {
        environment(&self.gateway.value)
    }
}

/// `test`, `production` or a base URL as the client's environment.
pub fn environment(gateway: &str) -> Environment {
    match gateway {
        "test" => Environment::Test,
        "production" | "live" => Environment::Production,
        url => Environment::Custom(url.to_owned()),
    }
}

/// Whether `environment` moves real money.
pub fn is_live(environment: &Environment) -> bool {
    matches!(environment, Environment::Production)
}

/// Runs `command`.
///
/// # Errors
/// What the command met, with its exit code.
pub async fn run(command: Ihela, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let (client, environment) = connect(global, config).await?;
    let live = is_live(&environment);
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
            let amount = francs(amount)?;
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
            let amount = francs(amount)?;
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
    let settings = Settings::resolve(config.profile(&global.profile).and_then(|p| p.ihela.as_ref()));
    let environment = settings.environment();
    live::check_profile(is_live(&environment), global)?;
    let client = client(&settings, environment.clone(), config).await?;
    Ok((client, environment))
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

/// The client of `settings`, with the journal beside the configuration.
async fn client(settings: &Settings, environment: Environment, config: &Config) -> Result<Client, Failure> {
    let missing = |what: &str, variable: &str| {
        Failure::new(
            Exit::Auth,
            format!("no iHela {what}: run `pesa login ihela`, or set {variable}"),
        )
    };
    let id = settings
        .client_id
        .as_ref()
        .ok_or_else(|| missing("client id", CLIENT_ID))?;
    let secret = settings
        .client_secret
        .as_ref()
        .ok_or_else(|| missing("client secret", CLIENT_SECRET))?;
    let journal_path = config.path().with_file_name("journal.sqlite3");
    let journal = pesa_store::Sqlite::open(&journal_path)
        .await
        .map_err(|e| Failure::new(Exit::Config, format!("{}: {e}", journal_path.display())))?;
    Ok(Client::builder(environment)
        .credentials(id.value.clone(), secret.value.clone())
        .journal(Arc::new(journal))
        .build()?)
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

/// Whole francs, refused by name.
pub fn francs(amount: i64) -> Result<Francs, Failure> {
    Francs::new(amount).map_err(|e| Failure::new(Exit::InvalidInput, format!("amount: {e}")))
}

/// A bill as a record.
fn bill_shown(bill: &BillState) -> Shown {
    Shown::json(bill)
}

/// Polls the bill (backing off from 1 s to 10 s) until it is paid, fails
/// or expires, or `limit` passes, with a spinner on a terminal.
async fn wait_for(client: &Client, mut bill: BillState, limit: Duration) -> Result<Shown, Failure> {
    let spinner = ProgressBar::new_spinner();
    spinner.set_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    spinner.enable_steady_tick(Duration::from_millis(120));
    let started = tokio::time::Instant::now();
    let mut pause = Duration::from_secs(1);
    loop {
        spinner.set_message(format!("{} is {}", bill.code, bill.status));
        match bill.outcome() {
            PaymentOutcome::Paid { .. } => {
                spinner.finish_and_clear();
                return Ok(bill_shown(&bill));
            }
            PaymentOutcome::Failed | PaymentOutcome::Expired => {
                spinner.finish_and_clear();
                let mut failure = Failure::new(Exit::Refused, format!("bill {} is {}", bill.code, bill.status));
                failure.code = Some(bill.status.to_string());
                return Err(failure);
            }
            // Pending, or a status not known yet: ask again.
            _ => {}
        }
        if started.elapsed() + pause > limit {
            spinner.finish_and_clear();
            return Err(Failure::new(
                Exit::Timeout,
                format!(
                    "bill {} is still {} after {} s",
                    bill.code,
                    bill.status,
                    limit.as_secs()
                ),
            ));
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(Duration::from_secs(10));
        bill = client.verify_bill(&bill.merchant_reference, &bill.code).await?;
    }
}
