//! `pesa login`, `pesa logout`, `pesa status`: profiles saved without a
//! terminal, and where each setting in use comes from.

use std::collections::BTreeMap;
use std::io::BufRead as _;

use serde_json::{Value, json};

use crate::apis;
use crate::args::{Api, Global, Login};
use crate::config::{Config, Profile, Setting};
use crate::output::{Exit, Failure, Shown};
use crate::secrets;
use crate::settings::{self, Resolved};

/// The settings of `api`.
pub fn api_settings(api: Api) -> &'static settings::Api {
    match api {
        Api::Ihela => &settings::IHELA,
        Api::IhelaBanking => &settings::IHELA_BANKING,
        Api::Daraja => &settings::DARAJA,
        Api::Momo => &settings::MOMO,
    }
}

/// Saves `login`'s settings in the profile, once the gateway took them:
/// secrets in the OS keyring when there is one, the rest in the file.
///
/// # Errors
/// Missing credentials, refused ones ([`Exit::Auth`]), a file that cannot
/// be written.
pub async fn login(login: Login, global: &Global, config: &mut Config) -> Result<Shown, Failure> {
    let api = api_settings(login.api);
    let table = asked_settings(&login, api)?;
    // The credentials are tried, as every command will read them, before
    // they are kept.
    let candidate: Profile = BTreeMap::from([(api.key.to_owned(), table.clone())]);
    let resolved = Resolved::new(api, &global.profile, Some(&candidate));
    let who = match login.api {
        Api::Ihela => apis::ihela::check_login(&resolved).await?,
        Api::IhelaBanking => apis::banking::check_login(&resolved).await?,
        Api::Daraja => apis::daraja::check_login(&resolved).await?,
        Api::Momo => apis::momo::check_login(&resolved).await?,
    };
    let mut kept = BTreeMap::new();
    let mut in_file = Vec::new();
    for field in api.fields {
        let Some(value) = table.get(field.name) else {
            continue;
        };
        if field.secret {
            match secrets::keep(&global.profile, api.key, field.name, value) {
                Ok(()) => continue,
                Err(reason) => in_file.push(format!("{}: {reason}", field.name)),
            }
        }
        kept.insert(field.name.to_owned(), value.clone());
    }
    config.profile_mut(&global.profile).insert(api.key.to_owned(), kept);
    config.save()?;
    let secrets_in = if in_file.is_empty() {
        "the OS keyring".to_owned()
    } else {
        format!(
            "the configuration file (mode 0600): no OS keyring ({})",
            in_file.join("; ")
        )
    };
    let mode = mode(apis::is_live(&login.gateway));
    Ok(Shown::record(
        &[
            ("profile", global.profile.clone()),
            ("api", api.command.to_owned()),
            ("as", who.clone()),
            ("gateway", login.gateway.clone()),
            ("mode", mode.to_owned()),
            ("saved_in", config.path().display().to_string()),
            ("secrets_in", secrets_in.clone()),
        ],
        json!({"profile": global.profile, "api": api.command, "as": who,
               "gateway": login.gateway, "mode": mode, "saved_in": config.path(),
               "secrets_in": secrets_in}),
    ))
}

/// The settings `login` was given: flags, `--set`, secrets from standard
/// input or their variables. Unknown names and secrets given as `--set`
/// are refused.
fn asked_settings(login: &Login, api: &settings::Api) -> Result<BTreeMap<String, String>, Failure> {
    let field = |name: &str| api.fields.iter().find(|field| field.name == name);
    let mut table = BTreeMap::from([("gateway".to_owned(), login.gateway.clone())]);
    let shorthands = [("client_id", &login.client_id), ("username", &login.username)];
    for (name, value) in shorthands {
        if let (Some(value), Some(_)) = (value, field(name)) {
            table.insert(name.to_owned(), value.clone());
        }
    }
    for (name, value) in &login.settings {
        match field(name) {
            None => {
                let names: Vec<&str> = api.fields.iter().map(|f| f.name).collect();
                return Err(Failure::new(
                    Exit::InvalidInput,
                    format!("{name}: not a {} setting ({})", api.command, names.join(", ")),
                ));
            }
            Some(field) if field.secret => {
                return Err(Failure::new(
                    Exit::InvalidInput,
                    format!(
                        "{name}: a secret, never a flag's value: give --secrets-stdin or set {}",
                        field.variable
                    ),
                ));
            }
            Some(_) => {
                table.insert(name.clone(), value.clone());
            }
        }
    }
    let single = [
        (login.client_secret_stdin, "client_secret", "--client-secret-stdin"),
        (login.password_stdin, "password", "--password-stdin"),
    ];
    if let Some((_, name, flag)) = single.into_iter().find(|(asked, _, _)| *asked) {
        let field = field(name)
            .ok_or_else(|| Failure::new(Exit::InvalidInput, format!("{flag}: not a {} setting", api.command)))?;
        let value = settings::read_secret(true, field.variable, name, flag)?;
        table.insert(name.to_owned(), value);
    } else if login.secrets_stdin {
        for line in std::io::stdin().lock().lines() {
            let line = line.map_err(|e| Failure::new(Exit::InvalidInput, format!("secrets: {e}")))?;
            let Some((name, value)) = line.split_once('=') else {
                continue;
            };
            let name = name.trim();
            if !field(name).is_some_and(|field| field.secret) {
                return Err(Failure::new(
                    Exit::InvalidInput,
                    format!("{name}: not a secret of {}", api.command),
                ));
            }
            table.insert(name.to_owned(), value.trim().to_owned());
        }
    }
    for field in api.fields.iter().filter(|field| field.secret) {
        if let Some(value) = std::env::var(field.variable).ok().filter(|v| !v.is_empty()) {
            table.entry(field.name.to_owned()).or_insert(value);
        }
    }
    Ok(table)
}

/// Forgets the profile, its secrets in the keyring too.
///
/// # Errors
/// [`Exit::NotFound`] when there is no such profile; a file that cannot be written.
pub fn logout(global: &Global, config: &mut Config) -> Result<Shown, Failure> {
    if !config.remove(&global.profile) {
        return Err(Failure::new(Exit::NotFound, format!("no profile {}", global.profile)));
    }
    for api in settings::APIS {
        for field in api.fields.iter().filter(|field| field.secret) {
            secrets::forget(&global.profile, api.key, field.name);
        }
    }
    config.save()?;
    Ok(Shown::record(
        &[("forgotten", global.profile.clone())],
        json!({"forgotten": global.profile}),
    ))
}

/// The profile in use: each API's settings, and where each comes from;
/// secrets only as whether they are set.
pub fn status(global: &Global, config: &Config) -> Shown {
    let profile = config.profile(&global.profile);
    let mut table = vec![
        vec![
            "profile".to_owned(),
            global.profile.clone(),
            "flag or PESA_PROFILE".to_owned(),
        ],
        vec!["config".to_owned(), config.path().display().to_string(), String::new()],
    ];
    let mut json = serde_json::Map::new();
    json.insert("profile".to_owned(), json!(global.profile));
    json.insert("config".to_owned(), json!(config.path()));
    for api in settings::APIS {
        let resolved = Resolved::new(api, &global.profile, profile);
        let mode = mode(apis::is_live(resolved.gateway()));
        table.push(vec![format!("{} mode", api.command), mode.to_owned(), String::new()]);
        let mut settings = serde_json::Map::new();
        settings.insert("mode".to_owned(), json!(mode));
        for (field, setting) in resolved.iter() {
            let (value, source) = shown(setting, field.secret);
            table.push(vec![format!("{} {}", api.command, field.name), value, source]);
            let described = if field.secret {
                json!({"set": setting.is_some(), "source": setting.map(|s| s.source)})
            } else {
                json!(setting)
            };
            settings.insert(field.name.to_owned(), described);
        }
        json.insert(api.key.to_owned(), Value::Object(settings));
    }
    Shown::table(&["setting", "value", "source"], table, Value::Object(json))
}

/// A setting's value (a secret's only as set) and its source, for people.
fn shown(setting: Option<&Setting>, secret: bool) -> (String, String) {
    match setting {
        None => ("-".to_owned(), "unset".to_owned()),
        Some(setting) => {
            let value = if secret {
                "(set)".to_owned()
            } else {
                setting.value.clone()
            };
            (value, format!("{:?}", setting.source).to_lowercase())
        }
    }
}

/// `live` or `test`.
fn mode(live: bool) -> &'static str {
    if live { "live" } else { "test" }
}
