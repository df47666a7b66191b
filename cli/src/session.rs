//! `pesa login`, `pesa logout`, `pesa status`: profiles saved without a
//! terminal, and where each setting in use comes from.

use std::io::BufRead as _;

use serde_json::json;

use crate::apis::banking;
use crate::apis::ihela::{self as ihela_api, CLIENT_SECRET};
use crate::args::{Api, Global, Login};
use crate::config::{BankingProfile, Config, IhelaProfile, Setting};
use crate::output::{Exit, Failure, Shown};

/// Saves `login`'s credentials in the profile, once the gateway took them.
///
/// # Errors
/// Missing credentials, refused ones ([`Exit::Auth`]), a file that cannot
/// be written.
pub async fn login(login: Login, global: &Global, config: &mut Config) -> Result<Shown, Failure> {
    let environment = ihela_api::environment(&login.gateway);
    let (api, who) = match login.api {
        Api::Ihela => {
            let client_id = login.client_id.clone().ok_or_else(|| {
                Failure::new(
                    Exit::InvalidInput,
                    "client id: give --client-id or PESA_IHELA_CLIENT_ID",
                )
            })?;
            let client_secret = secret(login.client_secret_stdin, CLIENT_SECRET, "client secret")?;
            // The credentials are tried before they are kept.
            ::ihela::Client::builder(environment.clone())
                .credentials(client_id.clone(), client_secret.clone())
                .build()?
                .authenticate()
                .await?;
            config.profile_mut(&global.profile).ihela = Some(IhelaProfile {
                client_id: client_id.clone(),
                client_secret,
                gateway: login.gateway.clone(),
            });
            ("ihela", client_id)
        }
        Api::IhelaBanking => {
            let username = login.username.clone().ok_or_else(|| {
                Failure::new(
                    Exit::InvalidInput,
                    format!("username: give --username or {}", banking::USERNAME),
                )
            })?;
            let password = secret(login.password_stdin, banking::PASSWORD, "password")?;
            // Tried with a ping, which sends no PIN.
            let placeholder: ::ihela::Pin = "0000"
                .parse()
                .map_err(|e| Failure::new(Exit::InvalidInput, format!("{e}")))?;
            let login_with = ::ihela::banking::Login::password(username.clone(), password.clone());
            ::ihela::banking::BankingClient::builder(environment.clone(), login_with, placeholder)
                .build()?
                .ping()
                .await?;
            config.profile_mut(&global.profile).ihela_banking = Some(BankingProfile {
                username: username.clone(),
                password,
                gateway: login.gateway.clone(),
            });
            ("ihela-banking", username)
        }
    };
    config.save()?;
    let mode = mode(ihela_api::is_live(&environment));
    Ok(Shown::record(
        &[
            ("profile", global.profile.clone()),
            ("api", api.to_owned()),
            ("as", who.clone()),
            ("gateway", login.gateway.clone()),
            ("mode", mode.to_owned()),
            ("saved_in", config.path().display().to_string()),
        ],
        json!({"profile": global.profile, "api": api, "as": who,
               "gateway": login.gateway, "mode": mode, "saved_in": config.path()}),
    ))
}

/// A secret: standard input's first line when `stdin`, else `variable`.
fn secret(stdin: bool, variable: &str, what: &str) -> Result<String, Failure> {
    let value = if stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| Failure::new(Exit::InvalidInput, format!("{what}: {e}")))?;
        line.trim().to_owned()
    } else {
        std::env::var(variable).unwrap_or_default()
    };
    if value.is_empty() {
        let flag = what.replace(' ', "-");
        return Err(Failure::new(
            Exit::InvalidInput,
            format!("{what}: give --{flag}-stdin or {variable}"),
        ));
    }
    Ok(value)
}

/// Forgets the profile.
///
/// # Errors
/// [`Exit::NotFound`] when there is no such profile; a file that cannot be written.
pub fn logout(global: &Global, config: &mut Config) -> Result<Shown, Failure> {
    if !config.remove(&global.profile) {
        return Err(Failure::new(Exit::NotFound, format!("no profile {}", global.profile)));
    }
    config.save()?;
    Ok(Shown::record(
        &[("forgotten", global.profile.clone())],
        json!({"forgotten": global.profile}),
    ))
}

/// The profile in use: each setting, and where it comes from; secrets only
/// as whether they are set.
pub fn status(global: &Global, config: &Config) -> Shown {
    let profile = config.profile(&global.profile);
    let merchant = ihela_api::Settings::resolve(profile.and_then(|p| p.ihela.as_ref()));
    let banking = banking::Settings::resolve(profile.and_then(|p| p.ihela_banking.as_ref()));
    let merchant_live = ihela_api::is_live(&merchant.environment());
    let banking_live = ihela_api::is_live(&ihela_api::environment(&banking.gateway.value));
    let shown = |setting: Option<&Setting>, secret: bool| match setting {
        None => ("-".to_owned(), "unset".to_owned()),
        Some(setting) => {
            let value = if secret {
                "(set)".to_owned()
            } else {
                setting.value.clone()
            };
            (value, format!("{:?}", setting.source).to_lowercase())
        }
    };
    let rows = [
        ("ihela client_id", shown(merchant.client_id.as_ref(), false)),
        ("ihela client_secret", shown(merchant.client_secret.as_ref(), true)),
        ("ihela gateway", shown(Some(&merchant.gateway), false)),
        ("ihela-banking username", shown(banking.username.as_ref(), false)),
        ("ihela-banking password", shown(banking.password.as_ref(), true)),
        ("ihela-banking gateway", shown(Some(&banking.gateway), false)),
    ];
    let mut table = vec![
        vec![
            "profile".to_owned(),
            global.profile.clone(),
            "flag or PESA_PROFILE".to_owned(),
        ],
        vec!["config".to_owned(), config.path().display().to_string(), String::new()],
        vec!["ihela mode".to_owned(), mode(merchant_live).to_owned(), String::new()],
        vec![
            "ihela-banking mode".to_owned(),
            mode(banking_live).to_owned(),
            String::new(),
        ],
    ];
    table.extend(
        rows.iter()
            .map(|(name, (value, source))| vec![(*name).to_owned(), value.clone(), source.clone()]),
    );
    let source = |setting: Option<&Setting>| setting.map(|s| s.source);
    let json = json!({
        "profile": global.profile,
        "config": config.path(),
        "ihela": {
            "mode": mode(merchant_live),
            "client_id": merchant.client_id,
            "client_secret": {"set": merchant.client_secret.is_some(), "source": source(merchant.client_secret.as_ref())},
            "gateway": merchant.gateway,
        },
        "ihela_banking": {
            "mode": mode(banking_live),
            "username": banking.username,
            "password": {"set": banking.password.is_some(), "source": source(banking.password.as_ref())},
            "gateway": banking.gateway,
        },
    });
    Shown::table(&["setting", "value", "source"], table, json)
}

/// `live` or `test`.
fn mode(live: bool) -> &'static str {
    if live { "live" } else { "test" }
}
