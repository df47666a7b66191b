//! `pesa login`, `pesa logout`, `pesa status`: profiles saved without a
//! terminal, and where each setting in use comes from.

use std::io::BufRead as _;

use serde_json::json;

use crate::apis::ihela::{self as ihela_api, CLIENT_SECRET};
use crate::args::{Api, Global, Login};
use crate::config::{Config, IhelaProfile, Setting};
use crate::output::{Exit, Failure, Shown};

/// Saves `login`'s credentials in the profile, once the gateway took them.
///
/// # Errors
/// Missing credentials, refused ones ([`Exit::Auth`]), a file that cannot
/// be written.
pub async fn login(login: Login, global: &Global, config: &mut Config) -> Result<Shown, Failure> {
    let Api::Ihela = login.api;
    let client_id = login.client_id.ok_or_else(|| {
        Failure::new(
            Exit::InvalidInput,
            "client id: give --client-id or PESA_IHELA_CLIENT_ID",
        )
    })?;
    let client_secret = if login.client_secret_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| Failure::new(Exit::InvalidInput, format!("client secret: {e}")))?;
        line.trim().to_owned()
    } else {
        std::env::var(CLIENT_SECRET).unwrap_or_default()
    };
    if client_secret.is_empty() {
        return Err(Failure::new(
            Exit::InvalidInput,
            format!("client secret: give --client-secret-stdin or {CLIENT_SECRET}"),
        ));
    }
    let environment = ihela_api::environment(&login.gateway);
    // The credentials are tried before they are kept.
    ihela::Client::builder(environment.clone())
        .credentials(client_id.clone(), client_secret.clone())
        .build()?
        .authenticate()
        .await?;
    config.profile_mut(&global.profile).ihela = Some(IhelaProfile {
        client_id: client_id.clone(),
        client_secret,
        gateway: login.gateway.clone(),
    });
    config.save()?;
    let mode = mode(ihela_api::is_live(&environment));
    Ok(Shown::record(
        &[
            ("profile", global.profile.clone()),
            ("api", "ihela".to_owned()),
            ("client_id", client_id.clone()),
            ("gateway", login.gateway.clone()),
            ("mode", mode.to_owned()),
            ("saved_in", config.path().display().to_string()),
        ],
        json!({"profile": global.profile, "api": "ihela", "client_id": client_id,
               "gateway": login.gateway, "mode": mode, "saved_in": config.path()}),
    ))
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
    let settings = ihela_api::Settings::resolve(config.profile(&global.profile).and_then(|p| p.ihela.as_ref()));
    let live = ihela_api::is_live(&settings.environment());
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
        ("ihela client_id", shown(settings.client_id.as_ref(), false)),
        ("ihela client_secret", shown(settings.client_secret.as_ref(), true)),
        ("ihela gateway", shown(Some(&settings.gateway), false)),
    ];
    let mut table = vec![
        vec![
            "profile".to_owned(),
            global.profile.clone(),
            "flag or PESA_PROFILE".to_owned(),
        ],
        vec!["config".to_owned(), config.path().display().to_string(), String::new()],
        vec!["ihela mode".to_owned(), mode(live).to_owned(), String::new()],
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
            "mode": mode(live),
            "client_id": settings.client_id,
            "client_secret": {"set": settings.client_secret.is_some(), "source": source(settings.client_secret.as_ref())},
            "gateway": settings.gateway,
        },
    });
    Shown::table(&["setting", "value", "source"], table, json)
}

/// `live` or `test`.
fn mode(live: bool) -> &'static str {
    if live { "live" } else { "test" }
}
