//! What a command prints, and how it ends: a readable table, or JSON for
//! scripts (`--json`); and an exit code a script can branch on.

use std::fmt;
use std::process::ExitCode;

use comfy_table::{ContentArrangement, Table, presets::UTF8_BORDERS_ONLY};
use serde::Serialize;
use serde_json::{Value, json};

/// How a command ends, as its exit code (documented in the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Exit {
    /// 2: a bad argument, refused before anything was sent (clap's code too).
    InvalidInput,
    /// 3: the provider refused (a response code, an error status).
    Refused,
    /// 4: what was asked for does not exist.
    NotFound,
    /// 5: the credentials were refused, or are missing.
    Auth,
    /// 6: the network failed, or the outcome is unknown: look it up before
    /// trying again.
    Transport,
    /// 7: a real gateway where it takes asking: a live profile without
    /// `--live` (or `--live` with a test one), a live money-moving command
    /// not confirmed, a sandbox's trigger against a real gateway.
    Live,
    /// 8: the configuration file cannot be read or written.
    Config,
    /// 9: `--wait` ended before the payment did.
    Timeout,
}

impl Exit {
    /// The process's exit code.
    pub fn code(self) -> u8 {
        match self {
            Exit::InvalidInput => 2,
            Exit::Refused => 3,
            Exit::NotFound => 4,
            Exit::Auth => 5,
            Exit::Transport => 6,
            Exit::Live => 7,
            Exit::Config => 8,
            Exit::Timeout => 9,
        }
    }
}

/// A command that did not succeed: why, and how it exits.
#[derive(Debug)]
pub struct Failure {
    /// How it exits.
    pub exit: Exit,
    /// What went wrong, for people.
    pub message: String,
    /// The provider's code, when it gave one.
    pub code: Option<String>,
}

impl Failure {
    /// A failure of `exit`, said as `message`.
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        Self {
            exit,
            message: message.into(),
            code: None,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl<P: pesa_core::Provider> From<pesa_core::Error<P>> for Failure {
    fn from(error: pesa_core::Error<P>) -> Self {
        use pesa_core::Error as E;
        let exit = match &error {
            E::InvalidInput(_) => Exit::InvalidInput,
            E::Refused { .. } | E::Mismatch { .. } => Exit::Refused,
            E::Http { status, .. } if status.as_u16() == 404 => Exit::NotFound,
            E::Http { status, .. } if status.is_client_error() => Exit::Refused,
            E::Auth { .. } => Exit::Auth,
            _ => Exit::Transport,
        };
        let code = match &error {
            E::Refused { refusal, .. } => refusal.code.as_ref().map(ToString::to_string),
            _ => None,
        };
        Self {
            exit,
            message: error.to_string(),
            code,
        }
    }
}

/// What a command shows: a table for people, a JSON value for scripts.
pub struct Shown {
    /// The table (or lines) for people.
    pub text: String,
    /// The JSON for `--json`.
    pub json: Value,
}

impl Shown {
    /// `rows` under `header`, and `json`.
    pub fn table(header: &[&str], rows: Vec<Vec<String>>, json: Value) -> Self {
        let mut table = Table::new();
        table
            .load_preset(UTF8_BORDERS_ONLY)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(header.to_vec());
        for row in rows {
            table.add_row(row);
        }
        Self {
            text: table.to_string(),
            json,
        }
    }

    /// One record as `name: value` lines, and `json`.
    pub fn record(fields: &[(&str, String)], json: Value) -> Self {
        let width = fields.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
        let text = fields
            .iter()
            .map(|(name, value)| format!("{name:<width$}  {value}"))
            .collect::<Vec<_>>()
            .join("\n");
        Self { text, json }
    }

    /// `value` as JSON, shown as its `name: value` fields (in order) when
    /// it is an object.
    pub fn json(value: &impl Serialize) -> Self {
        let json = sorted(&serde_json::to_value(value).unwrap_or(Value::Null));
        let fields: Vec<(String, String)> = match &json {
            Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), plain(v))).collect(),
            other => vec![(String::new(), plain(other))],
        };
        let borrowed: Vec<(&str, String)> = fields.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let mut shown = Self::record(&borrowed, Value::Null);
        shown.json = json;
        shown
    }
}

/// A JSON value as a person reads it: strings without quotes, `-` for null.
pub fn plain(value: &Value) -> String {
    match value {
        Value::Null => "-".to_owned(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// `value` with every object's keys in order, whichever map serde_json
/// was built with: the JSON a script reads is the same in every build.
fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            Value::Object(keys.into_iter().map(|key| (key.clone(), sorted(&map[key]))).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// Prints what a command shows, as `--json` asks (keys in order).
pub fn print(shown: &Shown, json: bool) {
    if json {
        line(&serde_json::to_string_pretty(&sorted(&shown.json)).unwrap_or_default());
    } else {
        line(&shown.text);
    }
}

/// Writes `text` and a newline on standard output: `false` once it is
/// closed (`pesa … | head` stopped reading), so that the caller stops
/// instead of panicking as `println!` would.
pub fn line(text: &str) -> bool {
    use std::io::Write as _;
    writeln!(std::io::stdout().lock(), "{text}").is_ok()
}

/// Prints a failure on standard error (as JSON with `--json`) and gives
/// its exit code.
pub fn fail(failure: &Failure, json: bool) -> ExitCode {
    if json {
        let error = json!({"error": {
            "exit": failure.exit,
            "code": failure.code,
            "message": failure.message,
        }});
        eprintln!("{}", serde_json::to_string_pretty(&sorted(&error)).unwrap_or_default());
    } else {
        eprintln!("error: {failure}");
    }
    ExitCode::from(failure.exit.code())
}

impl From<pesa_core::InvalidInput> for Failure {
    fn from(error: pesa_core::InvalidInput) -> Self {
        Self::new(Exit::InvalidInput, error.to_string())
    }
}
