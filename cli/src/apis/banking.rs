//! `pesa banking …` and `pesa agent …`: iHela's banking and agent services
//! through their typed clients, logged in with the JWT pair of the
//! profile's username and password. The PIN comes from `PESA_IHELA_PIN` or
//! standard input, never a flag. The money-moving commands take your
//! reference and go through the journal, as the merchant's do.

use std::io::BufRead as _;
use std::sync::Arc;

use ihela::banking::types::{AccountNumber, ExternalReference, OperationType};
use ihela::banking::{AgentClient, BankingClient, Login, Movement, Receipt, Service, ServiceBuilder};
use ihela::{Environment, Pin, pesa_store};
use serde_json::json;

use crate::apis::ihela::{environment, francs, is_live};
use crate::args::{Agent, AgentCommand, Banking, BankingCommand, Global, MovementArgs, PinSource};
use crate::config::{BankingProfile, Config, Setting, resolve};
use crate::live;
use crate::output::{Exit, Failure, Shown};

/// The username's variable.
pub const USERNAME: &str = "PESA_IHELA_BANKING_USERNAME";
/// The password's variable.
pub const PASSWORD: &str = "PESA_IHELA_BANKING_PASSWORD";
/// The gateway's variable.
pub const GATEWAY: &str = "PESA_IHELA_BANKING_GATEWAY";
/// The PIN's variable.
pub const PIN: &str = "PESA_IHELA_PIN";

/// The banking and agent settings, each with where it came from.
#[derive(Debug, serde::Serialize)]
pub struct Settings {
    /// The username.
    pub username: Option<Setting>,
    /// The password (never shown).
    #[serde(skip)]
    pub password: Option<Setting>,
    /// The gateway.
    pub gateway: Setting,
}

impl Settings {
    /// The settings of `profile`, the environment's first.
    pub fn resolve(profile: Option<&BankingProfile>) -> Self {
        let gateway = resolve(GATEWAY, profile.map(|p| p.gateway.as_str()), Some("test"));
        Self {
            username: resolve(USERNAME, profile.map(|p| p.username.as_str()), None),
            password: resolve(PASSWORD, profile.map(|p| p.password.as_str()), None),
            gateway: gateway.unwrap_or_else(|| unreachable!("the gateway has a default")),
        }
    }
}

/// A service client of the profile, once a live gateway is allowed.
async fn connect<S: Service>(
    global: &Global,
    config: &Config,
    pin: &PinSource,
    moves_money: bool,
    builder: fn(Environment, Login, Pin) -> ServiceBuilder<S>,
) -> Result<(S, bool), Failure> {
    let settings = Settings::resolve(config.profile(&global.profile).and_then(|p| p.ihela_banking.as_ref()));
    let environment = environment(&settings.gateway.value);
    let live = is_live(&environment);
    live::check_profile(live, global)?;
    let missing = |what: &str, variable: &str| {
        Failure::new(
            Exit::Auth,
            format!("no iHela banking {what}: run `pesa login ihela-banking`, or set {variable}"),
        )
    };
    let username = settings.username.ok_or_else(|| missing("username", USERNAME))?;
    let password = settings.password.ok_or_else(|| missing("password", PASSWORD))?;
    let journal_path = config.path().with_file_name("journal.sqlite3");
    let journal = pesa_store::Sqlite::open(&journal_path)
        .await
        .map_err(|e| Failure::new(Exit::Config, format!("{}: {e}", journal_path.display())))?;
    let client = builder(
        environment,
        Login::password(username.value, password.value),
        read_pin(pin, moves_money)?,
    )
    .journal(Arc::new(journal))
    .build()?;
    Ok((client, live))
}

/// The PIN: standard input's first line with `--pin-stdin`, else
/// `PESA_IHELA_PIN`; for a command that moves no money (and sends no
/// PIN), a placeholder when neither is given.
fn read_pin(source: &PinSource, moves_money: bool) -> Result<Pin, Failure> {
    let text = if source.pin_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| Failure::new(Exit::InvalidInput, format!("pin: {e}")))?;
        line.trim().to_owned()
    } else {
        match std::env::var(PIN) {
            Ok(pin) => pin,
            Err(_) if moves_money => {
                return Err(Failure::new(
                    Exit::InvalidInput,
                    format!("pin: set {PIN} or give --pin-stdin (never a flag's value)"),
                ));
            }
            Err(_) => "0000".to_owned(),
        }
    };
    text.parse()
        .map_err(|e| Failure::new(Exit::InvalidInput, format!("pin: {e}")))
}

/// Runs a `pesa banking` command.
///
/// # Errors
/// What the command met, with its exit code.
pub async fn banking(asked: Banking, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let moves_money = matches!(asked.command, BankingCommand::Deposit(_) | BankingCommand::Withdraw(_));
    let (client, live) = connect(global, config, &asked.pin, moves_money, BankingClient::builder).await?;
    match asked.command {
        BankingCommand::Account { account } => Ok(Shown::json(&client.account(&account_number(&account)?).await?)),
        BankingCommand::Balance { account } => Ok(Shown::json(&client.balance(&account_number(&account)?).await?)),
        BankingCommand::Statement { account } => {
            let statement = client.statement(&account_number(&account)?).await?;
            let rows = statement
                .entries
                .iter()
                .flatten()
                .map(|line| {
                    let shown = |value: Option<String>| value.unwrap_or_else(|| "-".to_owned());
                    vec![
                        shown(line.date.map(|d| d.format("%Y-%m-%d %H:%M").to_string())),
                        shown(line.operation_type.clone()),
                        shown(line.amount.map(|a| a.to_string())),
                        shown(line.balance_after.map(|a| a.to_string())),
                        shown(line.external_reference.clone()),
                    ]
                })
                .collect();
            Ok(Shown::table(
                &["date", "operation", "amount", "balance after", "reference"],
                rows,
                json!(statement),
            ))
        }
        BankingCommand::Fee { kind, amount } => {
            let kind: OperationType = kind
                .parse()
                .map_err(|e| Failure::new(Exit::InvalidInput, format!("kind: {e}")))?;
            Ok(Shown::json(&client.fee(kind, francs(amount)?).await?))
        }
        BankingCommand::Deposit(movement) => {
            let asked = movement_of(&movement)?;
            let what = format!(
                "Deposit {} into {} under {}",
                movement.amount, movement.account, movement.reference
            );
            live::confirm(live, global, &what)?;
            Ok(receipt(&client.deposit(&asked).await?))
        }
        BankingCommand::Withdraw(movement) => {
            let asked = movement_of(&movement)?;
            let what = format!(
                "Withdraw {} from {} under {}",
                movement.amount, movement.account, movement.reference
            );
            live::confirm(live, global, &what)?;
            Ok(receipt(&client.withdraw(&asked).await?))
        }
        BankingCommand::Status { reference } => match client.status(&external_reference(&reference)?).await? {
            Some(found) => Ok(receipt(&found)),
            None => Err(Failure::new(Exit::NotFound, format!("no operation under {reference}"))),
        },
    }
}

/// Runs a `pesa agent` command.
///
/// # Errors
/// What the command met, with its exit code.
pub async fn agent(asked: Agent, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let moves_money = !matches!(asked.command, AgentCommand::Lookup { .. });
    let (client, live) = connect(global, config, &asked.pin, moves_money, AgentClient::builder).await?;
    match asked.command {
        AgentCommand::CashIn(movement) => {
            let asked = movement_of(&movement)?;
            let what = format!(
                "Cash {} into {} under {}",
                movement.amount, movement.account, movement.reference
            );
            live::confirm(live, global, &what)?;
            Ok(receipt(&client.cash_in(&asked).await?))
        }
        AgentCommand::Lookup { code, amount } => {
            let pending = client.look_up_cash_out(&code, francs(amount)?).await?;
            Ok(Shown::record(
                &[
                    ("code", code.clone()),
                    ("amount", pending.amount().to_string()),
                    (
                        "holder",
                        pending.account_holder.clone().unwrap_or_else(|| "-".to_owned()),
                    ),
                ],
                json!({"code": code, "amount": pending.amount().get(), "account_holder": pending.account_holder}),
            ))
        }
        AgentCommand::CashOut {
            code,
            amount,
            agent_code,
            reference,
        } => {
            // Run again under its reference: the code is spent, the cash-out
            // made; transaction status answers it before any lookup.
            let reference = external_reference(&reference)?;
            if let Some(done) = client.status(&reference).await? {
                return Ok(receipt(&done));
            }
            let pending = client.look_up_cash_out(&code, francs(amount)?).await?;
            let holder = pending.account_holder.clone().unwrap_or_else(|| "(no name)".to_owned());
            let what = format!(
                "Pay {} in cash to {holder} for code {code} under {reference}",
                pending.amount()
            );
            live::confirm(live, global, &what)?;
            let paid = client.cash_out(&pending, &agent_code, &reference).await?;
            Ok(receipt(&paid))
        }
    }
}

/// A money-moving operation's receipt, shown.
fn receipt(receipt: &Receipt) -> Shown {
    Shown::json(receipt)
}

fn movement_of(asked: &MovementArgs) -> Result<Movement, Failure> {
    Ok(Movement::new(
        account_number(&asked.account)?,
        asked.holder.clone(),
        francs(asked.amount)?,
        asked.description.clone(),
        external_reference(&asked.reference)?,
    ))
}

fn account_number(text: &str) -> Result<AccountNumber, Failure> {
    Ok(AccountNumber::parse(text)?)
}

fn external_reference(text: &str) -> Result<ExternalReference, Failure> {
    text.parse()
        .map_err(|e| Failure::new(Exit::InvalidInput, format!("reference: {e}")))
}
