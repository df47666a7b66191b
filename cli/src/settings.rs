//! Every API's settings in one table: their names in a profile, their
//! environment variables, which are secrets, their defaults. `login`,
//! `status` and each command group read them from here, so a setting is
//! named once.

use std::io::BufRead as _;

use crate::config::{Profile, Setting, Source, resolve};
use crate::output::{Exit, Failure};
use crate::secrets;

/// One setting of an API.
#[derive(Debug)]
pub struct Field {
    /// Its name in a profile and in `--set NAME=VALUE`.
    pub name: &'static str,
    /// The environment variable that overrides it.
    pub variable: &'static str,
    /// Whether it is a secret: never shown, kept in the OS keyring when
    /// there is one, never taken from a flag.
    pub secret: bool,
    /// Its value when nothing sets it.
    pub default: Option<&'static str>,
}

/// An API's settings.
#[derive(Debug)]
pub struct Api {
    /// Its table in a profile (`ihela`, `ihela_banking`, `daraja`, `momo`).
    pub key: &'static str,
    /// Its name on the command line (`pesa login ihela-banking`).
    pub command: &'static str,
    /// Its name for people.
    pub name: &'static str,
    /// Its settings.
    pub fields: &'static [Field],
}

const fn field(name: &'static str, variable: &'static str) -> Field {
    Field {
        name,
        variable,
        secret: false,
        default: None,
    }
}

const fn secret(name: &'static str, variable: &'static str) -> Field {
    Field {
        name,
        variable,
        secret: true,
        default: None,
    }
}

const fn gateway(variable: &'static str) -> Field {
    Field {
        name: "gateway",
        variable,
        secret: false,
        default: Some("test"),
    }
}

/// iHela's merchant API.
pub const IHELA: Api = Api {
    key: "ihela",
    command: "ihela",
    name: "iHela",
    fields: &[
        field("client_id", "PESA_IHELA_CLIENT_ID"),
        secret("client_secret", "PESA_IHELA_CLIENT_SECRET"),
        gateway("PESA_IHELA_GATEWAY"),
    ],
};

/// iHela's banking and agent services.
pub const IHELA_BANKING: Api = Api {
    key: "ihela_banking",
    command: "ihela-banking",
    name: "iHela banking",
    fields: &[
        field("username", "PESA_IHELA_BANKING_USERNAME"),
        secret("password", "PESA_IHELA_BANKING_PASSWORD"),
        gateway("PESA_IHELA_BANKING_GATEWAY"),
    ],
};

/// Safaricom's M-Pesa Daraja.
pub const DARAJA: Api = Api {
    key: "daraja",
    command: "daraja",
    name: "Daraja",
    fields: &[
        field("consumer_key", "PESA_DARAJA_CONSUMER_KEY"),
        secret("consumer_secret", "PESA_DARAJA_CONSUMER_SECRET"),
        field("shortcode", "PESA_DARAJA_SHORTCODE"),
        secret("passkey", "PESA_DARAJA_PASSKEY"),
        field("b2c_shortcode", "PESA_DARAJA_B2C_SHORTCODE"),
        field("initiator", "PESA_DARAJA_INITIATOR"),
        secret("initiator_password", "PESA_DARAJA_INITIATOR_PASSWORD"),
        field("certificate", "PESA_DARAJA_CERTIFICATE"),
        gateway("PESA_DARAJA_GATEWAY"),
    ],
};

/// MTN MoMo.
pub const MOMO: Api = Api {
    key: "momo",
    command: "momo",
    name: "MoMo",
    fields: &[
        field("api_user", "PESA_MOMO_API_USER"),
        secret("api_key", "PESA_MOMO_API_KEY"),
        secret("collection_key", "PESA_MOMO_COLLECTION_KEY"),
        secret("disbursement_key", "PESA_MOMO_DISBURSEMENT_KEY"),
        Field {
            name: "target",
            variable: "PESA_MOMO_TARGET",
            secret: false,
            default: Some("sandbox"),
        },
        gateway("PESA_MOMO_GATEWAY"),
    ],
};

/// Every API, in the order `status` shows them.
pub const APIS: [&Api; 4] = [&IHELA, &IHELA_BANKING, &DARAJA, &MOMO];

/// An API's settings as they resolve for a profile: the environment's
/// first, then the profile's (its secrets from the OS keyring when kept
/// there), then the default.
#[derive(Debug)]
pub struct Resolved {
    api: &'static Api,
    values: Vec<Option<Setting>>,
}

impl Resolved {
    /// `api`'s settings in the profile `name` of `profile`.
    pub fn new(api: &'static Api, profile_name: &str, profile: Option<&Profile>) -> Self {
        let table = profile.and_then(|profile| profile.get(api.key));
        let values = api
            .fields
            .iter()
            .map(|field| {
                let saved = table.and_then(|table| table.get(field.name)).cloned();
                let (kept, in_keyring) = match saved {
                    Some(value) => (Some(value), false),
                    // A login always writes the API's table: without one,
                    // nothing was kept in the keyring either (no D-Bus call).
                    None if field.secret && table.is_some() => (secrets::read(profile_name, api.key, field.name), true),
                    None => (None, false),
                };
                let mut setting = resolve(field.variable, kept.as_deref(), field.default);
                if let Some(setting) = setting.as_mut().filter(|s| in_keyring && s.source == Source::Profile) {
                    setting.source = Source::Keyring;
                }
                setting
            })
            .collect();
        Self { api, values }
    }

    /// The setting `name`, when set.
    pub fn get(&self, name: &str) -> Option<&Setting> {
        let index = self.api.fields.iter().position(|field| field.name == name)?;
        self.values[index].as_ref()
    }

    /// The value of `name`, or [`Exit::Auth`] saying how to set it.
    ///
    /// # Errors
    /// When it is not set.
    pub fn require(&self, name: &str) -> Result<&str, Failure> {
        self.get(name).map(|setting| setting.value.as_str()).ok_or_else(|| {
            let variable = self
                .api
                .fields
                .iter()
                .find(|field| field.name == name)
                .map_or("", |field| field.variable);
            Failure::new(
                Exit::Auth,
                format!(
                    "no {} {}: run `pesa login {}`, or set {variable}",
                    self.api.name,
                    name.replace('_', " "),
                    self.api.command
                ),
            )
        })
    }

    /// The gateway: `test`, `production`, or a base URL.
    pub fn gateway(&self) -> &str {
        self.get("gateway").map_or("test", |setting| setting.value.as_str())
    }

    /// Each field with its setting, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static Field, Option<&Setting>)> {
        self.api.fields.iter().zip(self.values.iter().map(Option::as_ref))
    }
}

/// A secret typed by the user: standard input's first line when `stdin`,
/// else the environment's `variable`. Empty is missing.
///
/// # Errors
/// [`Exit::InvalidInput`] naming `what` and where it comes from.
pub fn read_secret(stdin: bool, variable: &str, what: &str, flag: &str) -> Result<String, Failure> {
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
        return Err(Failure::new(
            Exit::InvalidInput,
            format!("{what}: give {flag} or set {variable} (never a flag's value)"),
        ));
    }
    Ok(value)
}
