//! What the command line's tests share: `pesa` run as a user runs it, with
//! a configuration file of its own, none of the machine's `PESA_*`
//! variables, and secrets kept in that file (never the machine's keyring).

#![allow(dead_code)]

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use assert_cmd::Command;

/// `pesa` with the configuration file `config.toml` in `folder`.
pub fn pesa(folder: &Path) -> Command {
    let mut command = Command::cargo_bin("pesa").unwrap();
    for (name, _) in std::env::vars().filter(|(name, _)| name.starts_with("PESA_")) {
        command.env_remove(name);
    }
    command
        .env("PESA_CONFIG", folder.join("config.toml"))
        .env("PESA_NO_KEYRING", "1");
    command
}

/// Runs `command` on a blocking thread (the sandboxes serve on this one).
pub async fn output(mut command: Command) -> Output {
    tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap()
}

/// Runs `command`: its exit code, standard output and standard error.
pub async fn run(command: Command) -> (i32, String, String) {
    let output = output(command).await;
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    (
        output.status.code().unwrap_or(-1),
        text(&output.stdout),
        text(&output.stderr),
    )
}

/// A `pesa` child process, and its output lines (stdout and stderr) as they come.
pub struct Watched {
    pub child: Child,
    lines: mpsc::Receiver<String>,
}

impl Watched {
    /// Starts `command`, its output piped.
    pub fn spawn(mut command: std::process::Command) -> Self {
        let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let (sender, lines) = mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let sender = sender.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = sender.send(line);
                }
            });
        }
        Self { child, lines }
    }

    /// The next line containing `text` (the lines before it are skipped).
    pub fn wait_for(&mut self, text: &str) -> String {
        loop {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("no line with {text:?}"));
            if line.contains(text) {
                return line;
            }
        }
    }
}

impl Drop for Watched {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `pesa listen` on a free port, once it says where.
pub struct Listening {
    watched: Watched,
    pub address: String,
}

impl Listening {
    pub fn start(args: &[&str]) -> Self {
        let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("pesa"));
        command.args(["listen", "--port", "0"]).args(args);
        let mut watched = Watched::spawn(command);
        let ready = watched.wait_for("Ready: listening on ");
        let address = ready
            .split_whitespace()
            .nth(3)
            .unwrap()
            .trim_end_matches("/<api>")
            .to_owned();
        Self { watched, address }
    }
}

impl std::ops::Deref for Listening {
    type Target = Watched;
    fn deref(&self) -> &Watched {
        &self.watched
    }
}

impl std::ops::DerefMut for Listening {
    fn deref_mut(&mut self) -> &mut Watched {
        &mut self.watched
    }
}

/// The merchant's app on a free loopback port, which accepts every
/// callback with `answer`: its base URL, and the bodies it received.
pub async fn merchant(answer: serde_json::Value) -> (String, tokio::sync::mpsc::UnboundedReceiver<String>) {
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", socket.local_addr().unwrap());
    (url, serve(socket, answer))
}

/// [`merchant`] on `port`, once it is free (an app that comes up late).
pub async fn merchant_at(port: u16, answer: serde_json::Value) -> tokio::sync::mpsc::UnboundedReceiver<String> {
    serve(
        tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap(),
        answer,
    )
}

fn serve(socket: tokio::net::TcpListener, answer: serde_json::Value) -> tokio::sync::mpsc::UnboundedReceiver<String> {
    let (got, received) = tokio::sync::mpsc::unbounded_channel();
    let app = axum::Router::new().fallback(axum::routing::post(move |body: String| {
        let got = got.clone();
        let answer = answer.clone();
        async move {
            let _ = got.send(body);
            axum::Json(answer)
        }
    }));
    tokio::spawn(async move { axum::serve(socket, app).await });
    received
}

/// What the sandboxes make that changes on every run (checkout and
/// conversation ids, UUIDs, operation references, times, ports), replaced
/// for snapshots.
pub const FILTERS: [(&str, &str); 11] = [
    (r"trigger-\d+", "trigger-[TIME]"),
    (
        r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "[UUID]",
    ),
    (r"ws_CO_\d+", "[CHECKOUT]"),
    (r"AG_\d+_[0-9a-z]+", "[CONVERSATION]"),
    (r"\b\d{4}-[0-9a-z]{4}-\d+", "[MERCHANT-REQUEST]"),
    (r"\d{4}-\d\d-\d\d[T ][0-9:.]+(Z|[+-]\d\d:\d\d)?", "[TIME]"),
    (r"127\.0\.0\.1:\d+", "[SANDBOX]"),
    (r"\b(DEP|WDR|CSI|CSO|CPT)-[0-9A-Za-z-]+", "[$1-REFERENCE]"),
    (r#"("receipt": "|receipt\s+)[A-Z0-9]{10}"#, "$1[RECEIPT]"),
    (
        r#"("financialTransactionId": "|financialTransactionId\s+)\d+"#,
        "$1[MTN-ID]",
    ),
    (r"BILL-\d{8}-[0-9A-Z]+", "[BILL]"),
];

/// Snapshots `$value` as `$name`, with [`FILTERS`] applied.
#[macro_export]
macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({filters => $crate::support::FILTERS.to_vec()}, {
            insta::assert_snapshot!($name, $value);
        })
    };
}
