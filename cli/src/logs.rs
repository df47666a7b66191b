//! The log of calls: every command's calls to a gateway (each attempt's
//! operation, status and time, from the clients' `tracing` events; never
//! a secret, a body or a phone number whole) appended as JSON lines to
//! `calls.jsonl` beside the configuration; and `pesa logs tail`, which
//! shows them with the requests the sandboxes received
//! (`GET /_sandbox/requests`), in time order, following with `--follow`.

use std::collections::BTreeMap;
use std::io::{BufRead as _, Seek as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

use crate::apis;
use crate::args::{Global, LogsTail};
use crate::config::Config;
use crate::output::{self, Exit, Failure};
use crate::settings::{self, Resolved};

/// The log file beside the configuration file `config`.
fn path(config: &Path) -> PathBuf {
    config.with_file_name("calls.jsonl")
}

/// Appends this process's calls to the log (nothing when the folder
/// cannot be written: a command never fails for its log).
pub fn record(config: &Config) {
    let path = path(config.path());
    if let Some(folder) = path.parent() {
        let _ = std::fs::create_dir_all(folder);
    }
    let Ok(file) = std::fs::OpenOptions::new().create(true).append(true).open(&path) else {
        return;
    };
    let layer = tracing_subscriber::fmt::layer()
        .json()
        .with_current_span(true)
        .with_span_list(false)
        .with_writer(std::sync::Mutex::new(file));
    let calls = Targets::new().with_target("pesa_core", tracing::Level::DEBUG);
    let _ = tracing_subscriber::registry()
        .with(tracing_subscriber::Layer::with_filter(layer, calls))
        .try_init();
}

/// One line of the merged log.
#[derive(Debug, Clone)]
struct Entry {
    at: DateTime<Utc>,
    source: String,
    text: String,
}

impl Entry {
    fn shown(&self, json_output: bool) -> String {
        if json_output {
            json!({"at": self.at, "source": self.source, "text": self.text}).to_string()
        } else {
            format!("{} {:<14} {}", self.at.format("%H:%M:%S%.3f"), self.source, self.text)
        }
    }
}

/// A line of the calls log, for people: `iHela init_bill -> 200 (12 ms)`.
fn call_entry(line: &str) -> Option<Entry> {
    let value: Value = serde_json::from_str(line).ok()?;
    let at = value["timestamp"].as_str()?.parse().ok()?;
    let fields = value["fields"].as_object()?;
    let span = &value["span"];
    let call = match (span["provider"].as_str(), span["operation"].as_str()) {
        (Some(provider), Some(operation)) => format!("{provider} {operation}"),
        _ => value["target"].as_str().unwrap_or("pesa").to_owned(),
    };
    let message = fields.get("message").and_then(Value::as_str).unwrap_or_default();
    let text = if message == "attempt finished" {
        let status = fields
            .get("status")
            .map_or_else(|| "no answer".to_owned(), ToString::to_string);
        format!(
            "{call} -> {status} ({} ms, attempt {})",
            fields.get("duration_ms").unwrap_or(&Value::Null),
            fields.get("attempt").unwrap_or(&Value::Null)
        )
    } else {
        let rest: Vec<String> = fields
            .iter()
            .filter(|(name, _)| *name != "message")
            .map(|(name, value)| {
                format!(
                    "{name}={}",
                    value.as_str().map_or_else(|| value.to_string(), str::to_owned)
                )
            })
            .collect();
        format!("{call}: {message} {}", rest.join(" ")).trim_end().to_owned()
    };
    Some(Entry {
        at,
        source: "pesa".to_owned(),
        text,
    })
}

/// The calls log, read from `offset`: its entries and the new offset.
fn read_calls(path: &Path, offset: u64) -> (Vec<Entry>, u64) {
    let Ok(mut file) = std::fs::File::open(path) else {
        return (Vec::new(), offset);
    };
    if file.seek(std::io::SeekFrom::Start(offset)).is_err() {
        return (Vec::new(), offset);
    }
    let mut reader = std::io::BufReader::new(file);
    let (mut entries, mut read) = (Vec::new(), offset);
    let mut line = String::new();
    while let Ok(count) = reader.read_line(&mut line) {
        // A line still being written is read again next time.
        if count == 0 || !line.ends_with('\n') {
            break;
        }
        read += count as u64;
        entries.extend(call_entry(line.trim_end()));
        line.clear();
    }
    (entries, read)
}

/// A sandbox whose requests are followed: its name, its controls, the
/// last request read, and whether it answered last time.
struct Followed {
    name: String,
    url: String,
    controls: pesa_sandbox::controls::Client,
    after: i64,
    reachable: bool,
}

impl Followed {
    fn new(name: String, url: String) -> Self {
        let controls = pesa_sandbox::controls::Client::new(&url);
        Self {
            name,
            url,
            controls,
            after: 0,
            reachable: true,
        }
    }

    /// The requests since the last read; a sandbox that stops answering is
    /// said once on standard error, and again when it comes back.
    async fn read(&mut self) -> Vec<Entry> {
        match self.controls.read_requests().after(self.after).send().await {
            Ok(requests) => {
                if !self.reachable {
                    eprintln!("note: the {} sandbox at {} answers again", self.name, self.url);
                    self.reachable = true;
                }
                let requests = requests.into_inner();
                if let Some(last) = requests.last() {
                    self.after = i64::try_from(last.id.get()).unwrap_or(i64::MAX);
                }
                requests
                    .into_iter()
                    .map(|request| Entry {
                        at: request.at,
                        source: self.name.clone(),
                        text: format!(
                            "{} {} -> {} ({} ms)",
                            request.method,
                            request.path,
                            request.status.map_or_else(|| "dropped".to_owned(), |s| s.to_string()),
                            request.duration_ms
                        ),
                    })
                    .collect()
            }
            Err(error) => {
                if self.reachable {
                    eprintln!(
                        "note: the {} sandbox at {} does not answer: {error}",
                        self.name, self.url
                    );
                    self.reachable = false;
                }
                Vec::new()
            }
        }
    }
}

/// The sandboxes to follow: those given, else those the profile's
/// gateways point at on this machine.
fn sandboxes(asked: &LogsTail, global: &Global, config: &Config) -> Vec<Followed> {
    if !asked.sandboxes.is_empty() {
        return asked
            .sandboxes
            .iter()
            .map(|url| Followed::new(url.trim_start_matches("http://").to_owned(), url.clone()))
            .collect();
    }
    let mut by_url = BTreeMap::new();
    for api in settings::APIS {
        let resolved = Resolved::new(api, &global.profile, config.profile(&global.profile));
        let gateway = resolved.gateway();
        if apis::is_loopback(gateway) {
            by_url
                .entry(gateway.trim_end_matches('/').to_owned())
                .or_insert(api.command);
        }
    }
    by_url
        .into_iter()
        .map(|(url, name)| Followed::new(name.to_owned(), url))
        .collect()
}

/// `pesa logs tail`: the last `--lines` entries, then, with `--follow`,
/// each new one as it comes, until Ctrl-C.
///
/// # Errors
/// None but Ctrl-C's own failure.
pub async fn tail(asked: LogsTail, global: &Global, config: &Config) -> Result<(), Failure> {
    let calls = path(config.path());
    let mut followed = sandboxes(&asked, global, config);
    let (mut entries, mut offset) = read_calls(&calls, 0);
    for sandbox in &mut followed {
        entries.extend(sandbox.read().await);
    }
    entries.sort_by_key(|entry| entry.at);
    let skip = entries.len().saturating_sub(asked.lines);
    for entry in &entries[skip..] {
        if !output::line(&entry.shown(global.json)) {
            return Ok(());
        }
    }
    if !asked.follow {
        return Ok(());
    }
    let names: Vec<&str> = followed.iter().map(|sandbox| sandbox.name.as_str()).collect();
    eprintln!(
        "Following {} and the sandboxes ({}): Ctrl-C stops.",
        calls.display(),
        if names.is_empty() {
            "none".to_owned()
        } else {
            names.join(", ")
        }
    );
    let stop = pesa_sandbox::stop_requested();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            stopped = &mut stop => {
                return stopped.map_err(|e| Failure::new(Exit::Config, e.to_string()));
            }
            () = tokio::time::sleep(Duration::from_millis(500)) => {}
        }
        let (mut new, read) = read_calls(&calls, offset);
        offset = read;
        for sandbox in &mut followed {
            new.extend(sandbox.read().await);
        }
        new.sort_by_key(|entry| entry.at);
        for entry in &new {
            if !output::line(&entry.shown(global.json)) {
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_attempt_reads_as_its_operation_status_and_time() {
        let line = r#"{"timestamp":"2026-12-05T10:00:00.123456Z","level":"DEBUG","fields":{"message":"attempt finished","attempt":1,"status":200,"duration_ms":12},"target":"pesa_core::call","span":{"provider":"iHela","operation":"init_bill","name":"call"}}"#;
        let entry = call_entry(line).unwrap();
        assert_eq!(entry.text, "iHela init_bill -> 200 (12 ms, attempt 1)");
        assert_eq!(entry.source, "pesa");
        let other = r#"{"timestamp":"2026-12-05T10:00:01Z","level":"INFO","fields":{"message":"transient failure; retrying","attempt":1,"wait_ms":250},"target":"pesa_core::retry","span":{"provider":"M-Pesa","operation":"stk_push","name":"call"}}"#;
        assert_eq!(
            call_entry(other).unwrap().text,
            "M-Pesa stk_push: transient failure; retrying attempt=1 wait_ms=250"
        );
        assert!(call_entry("not json").is_none());
    }
}
