//! `pesa trigger EVENT`: an event made to happen through a sandbox's test
//! controls, so that the sandbox delivers its callback as the gateway
//! would. Only against a sandbox: a profile whose gateway is not on
//! loopback is refused before anything is sent.

use ihela::{BillCode, Environment, Francs, MerchantReference};
use ihela_sandbox::controls::{self, types::Payment};

use crate::apis::ihela::{connect, create_bill};
use crate::args::{Event, Global, Trigger};
use crate::config::Config;
use crate::output::{Exit, Failure, Shown};

/// The sandbox's customer a triggered bill goes to.
const CUSTOMER: &str = "76000111";
/// A triggered bill's amount, in francs.
const AMOUNT: i64 = 2000;

/// Makes `asked.event` happen.
///
/// # Errors
/// A profile that is not a sandbox's; what the sandbox refused.
pub async fn trigger(asked: Trigger, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let (client, environment) = connect(global, config).await?;
    let base = match &environment {
        Environment::Custom(url) if is_loopback(url) => url.clone(),
        _ => {
            return Err(Failure::new(
                Exit::Live,
                format!(
                    "trigger works against a sandbox: profile {} points at {}",
                    global.profile,
                    environment.base_url()
                ),
            ));
        }
    };
    let code = match asked.code {
        Some(code) => BillCode::parse(code)?,
        None => {
            let reference = MerchantReference::parse(format!("trigger-{}", unique()))?;
            let amount = Francs::new(AMOUNT).map_err(|e| Failure::new(Exit::InvalidInput, e.to_string()))?;
            let description = "Triggered by pesa".to_owned();
            create_bill(&client, amount, CUSTOMER, None, &reference, description)
                .await?
                .code
        }
    };
    let sandbox = controls::Client::new(&base);
    let paid = |error: bool, message: Option<String>| Payment {
        error,
        error_message: message,
    };
    let view = match asked.event {
        Event::Paid => sandbox.pay_bill().code(code).body(paid(false, None)).send().await,
        Event::Failed => {
            sandbox
                .pay_bill()
                .code(code)
                .body(paid(true, Some(asked.message)))
                .send()
                .await
        }
        Event::Expired => sandbox.expire_bill().code(code).send().await,
    }
    .map_err(|e| {
        let exit = match e.status().map(|s| s.as_u16()) {
            Some(404) => Exit::NotFound,
            _ => Exit::Refused,
        };
        Failure::new(exit, format!("the sandbox refused: {e}"))
    })?;
    Ok(Shown::json(&view.into_inner()))
}

/// Whether `url`'s host is this machine.
fn is_loopback(url: &str) -> bool {
    let host = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or_default();
    matches!(host, "127.0.0.1" | "localhost" | "[::1]")
}

/// A reference part unique enough for a sandbox: the time, in microseconds.
fn unique() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros())
}
