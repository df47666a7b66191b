//! `pesa banking …` and `pesa agent …`: iHela's banking and agent services
//! through their typed clients, logged in with the JWT pair of the
//! profile's username and password. The PIN comes from `PESA_IHELA_PIN` or
//! standard input, never a flag. The money-moving commands take your
//! reference and go through the journal, as the merchant's do.

use ihela::banking::types::{AccountNumber, ExternalReference, OperationType};
use ihela::banking::{AgentClient, BankingClient, Login, Movement, Receipt, Service, ServiceBuilder};
use ihela::{Environment, Pin};
use serde_json::json;

use crate::apis::{self, ihela::environment, whole};
use crate::args::{Agent, AgentCommand, Banking, BankingCommand, Global, MovementArgs, PinSource};
use crate::config::Config;
use crate::live;
use crate::output::{Exit, Failure, Shown};
use crate::settings::{self, Resolved, read_secret};

/// The PIN's variable.
pub const PIN: &str = "PESA_IHELA_PIN";

/// A service client of the profile, once a live gateway is allowed.
async fn connect<S: Service>(
    global: &Global,
    config: &Config,
    pin: &PinSource,
    moves_money: bool,
    builder: fn(Environment, Login, Pin) -> ServiceBuilder<S>,
) -> Result<(S, bool), Failure> {
    let (settings, live) = apis::profiled(&settings::IHELA_BANKING, global, config)?;
    let pin = if pin.pin_stdin || moves_money {
        read_secret(pin.pin_stdin, PIN, "pin", "--pin-stdin")?
    } else {
        // Read-only commands send no PIN: the client still holds one.
        std::env::var(PIN).unwrap_or_else(|_| NO_PIN.to_owned())
    };
    let pin = parse_pin(&pin)?;
    let client = builder(environment(settings.gateway()), login(&settings)?, pin)
        .journal(apis::journal(config).await?)
        .build()?;
    Ok((client, live))
}

/// What a client that sends no PIN holds as one (read-only commands, the
/// login's ping): never sent.
const NO_PIN: &str = "0000";

/// `text` as a PIN, or why not (naming the field).
fn parse_pin(text: &str) -> Result<Pin, Failure> {
    text.parse()
        .map_err(|e| Failure::new(Exit::InvalidInput, format!("pin: {e}")))
}

/// The login of `settings`: the JWT pair of the username and password.
fn login(settings: &Resolved) -> Result<Login, Failure> {
    Ok(Login::password(
        settings.require("username")?.to_owned(),
        settings.require("password")?.to_owned(),
    ))
}

/// Tries `settings` with a ping (which sends no PIN): the username.
///
/// # Errors
/// Missing or refused credentials.
pub async fn check_login(settings: &Resolved) -> Result<String, Failure> {
    BankingClient::builder(environment(settings.gateway()), login(settings)?, parse_pin(NO_PIN)?)
        .build()?
        .ping()
        .await?;
    Ok(settings.require("username")?.to_owned())
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
            Ok(Shown::json(&client.fee(kind, whole(amount)?).await?))
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
            let pending = client.look_up_cash_out(&code, whole(amount)?).await?;
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
            let pending = client.look_up_cash_out(&code, whole(amount)?).await?;
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
        whole(asked.amount)?,
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
