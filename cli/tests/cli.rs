//! The command line as a user runs it: the `pesa` binary against an
//! in-process iHela sandbox, with a configuration file of its own. Every
//! command's output is snapshotted (bill codes, ports and paths filtered);
//! exit codes are asserted.

mod support;

use assert_cmd::Command;
use ihela_sandbox::Sandbox;

/// A configuration folder and a sandbox, and `pesa` run against them.
struct Harness {
    sandbox: Sandbox,
    folder: tempfile::TempDir,
}

impl Harness {
    async fn start() -> Self {
        Self {
            sandbox: Sandbox::start().await.unwrap(),
            folder: tempfile::tempdir().unwrap(),
        }
    }

    /// `pesa` with this harness's configuration file, and no `PESA_*`
    /// variable of the machine's.
    fn pesa(&self) -> Command {
        support::pesa(self.folder.path())
    }

    /// Logs the default profile in to the sandbox; its output, filtered.
    async fn login(&self) -> String {
        let mut command = self.pesa();
        command
            .args([
                "login",
                "ihela",
                "--client-id",
                self.sandbox.client_id(),
                "--client-secret-stdin",
            ])
            .args(["--gateway", self.sandbox.base_url()])
            .write_stdin(format!("{}\n", self.sandbox.client_secret()));
        let output = support::output(command).await;
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        self.filtered(&String::from_utf8_lossy(&output.stdout))
    }

    /// Runs `pesa` with `args` on a blocking thread; its exit code and
    /// standard output, filtered.
    async fn run(&self, args: &[&str]) -> (i32, String, String) {
        let mut command = self.pesa();
        command.args(args);
        let output = support::output(command).await;
        let filter = |bytes: &[u8]| self.filtered(&String::from_utf8_lossy(bytes));
        (
            output.status.code().unwrap_or(-1),
            filter(&output.stdout),
            filter(&output.stderr),
        )
    }

    fn filtered(&self, text: &str) -> String {
        let text = text
            .replace(self.sandbox.base_url(), "[SANDBOX]")
            .replace(&self.folder.path().display().to_string(), "[CONFIG]");
        stable_identifiers(&text)
    }
}

/// The code of the bill made under `reference`, once the command running
/// beside made it.
async fn billed(sandbox: &Sandbox, reference: &str) -> ihela::BillCode {
    loop {
        let bills = sandbox.state().bills;
        if let Some(bill) = bills.iter().find(|b| b.merchant_reference.as_str() == reference) {
            return bill.code.clone();
        }
        tokio::task::yield_now().await;
    }
}

/// Bill codes (`BILL-20261205-ABC123`) and iHela's cash-in references made
/// stable for snapshots.
fn stable_identifiers(text: &str) -> String {
    text.split_inclusive(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '/'))
        .map(|word| {
            let bare = word.trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '/'));
            let rest = &word[bare.len()..];
            if bare.starts_with("BILL-") && bare.len() > 14 {
                format!("[BILL]{rest}")
            } else if bare.starts_with("CPT-") {
                format!("[CASH-IN]{rest}")
            } else {
                word.to_owned()
            }
        })
        .collect()
}

#[tokio::test]
async fn login_status_and_logout_need_no_terminal() {
    let harness = Harness::start().await;
    insta::assert_snapshot!("login", harness.login().await);
    let config = std::fs::metadata(harness.folder.path().join("config.toml")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(
            config.permissions().mode() & 0o777,
            0o600,
            "the file is its owner's only"
        );
    }
    let (code, status, _) = harness.run(&["status"]).await;
    assert_eq!(code, 0);
    for expected in ["ihela client_secret", "(set)", "profile", "test"] {
        assert!(status.contains(expected), "{status}");
    }
    let (_, json, _) = harness.run(&["status", "--json"]).await;
    assert!(!json.contains(harness.sandbox.client_secret()), "{json}");
    insta::assert_snapshot!("status_json", json);
    let (code, logout, _) = harness.run(&["logout"]).await;
    assert_eq!(code, 0);
    insta::assert_snapshot!("logout", logout);
    let (code, _, stderr) = harness.run(&["ihela", "banks"]).await;
    assert_eq!(code, 5, "no credentials: {stderr}");
    insta::assert_snapshot!("no_credentials", stderr);
}

#[tokio::test]
async fn a_refused_login_is_not_saved() {
    let harness = Harness::start().await;
    let mut command = harness.pesa();
    command
        .args([
            "login",
            "ihela",
            "--client-id",
            "sandbox-client-id",
            "--client-secret-stdin",
        ])
        .args(["--gateway", harness.sandbox.base_url()])
        .write_stdin("not-the-secret\n");
    let output = support::output(command).await;
    assert_eq!(output.status.code(), Some(5));
    assert!(!harness.folder.path().join("config.toml").exists());
}

#[tokio::test]
async fn banks_and_customers_as_tables_and_json() {
    let harness = Harness::start().await;
    harness.login().await;
    for (name, args) in [
        ("banks", &["ihela", "banks"][..]),
        ("banks_cash_in_json", &["ihela", "banks", "--cash-in", "--json"][..]),
        ("customer", &["ihela", "customer", "MF1-0001", "76000111"][..]),
    ] {
        let (code, out, err) = harness.run(args).await;
        assert_eq!(code, 0, "{err}");
        insta::assert_snapshot!(name, out);
    }
    let (code, _, err) = harness.run(&["ihela", "customer", "MF1-0001", "99999999"]).await;
    assert_ne!(code, 0, "{err}");
}

#[tokio::test]
async fn a_bill_created_then_read_and_waited_for() {
    let harness = Harness::start().await;
    harness.login().await;
    let create = |reference: &'static str| {
        [
            "ihela",
            "bills",
            "create",
            "--amount",
            "2000",
            "--customer",
            "76000111",
            "--bank",
            "MF1-0001",
            "--reference",
            reference,
            "--description",
            "An order",
        ]
    };
    let (code, created, err) = harness.run(&[&create("order-1")[..], &["--json"]].concat()).await;
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("bill_created", created);
    let bill = harness.sandbox.state().bills.remove(0);
    let code_text = bill.code.to_string();
    let (_, read, _) = harness.run(&["ihela", "bills", "get", "order-1", &code_text]).await;
    insta::assert_snapshot!("bill_read", read);
    // Paid while the command waits.
    let wait_args = [&create("order-2")[..], &["--wait"]].concat();
    let waiting = harness.run(&wait_args);
    let pay = async {
        let code = billed(&harness.sandbox, "order-2").await;
        harness.sandbox.pay(&code).await.unwrap();
    };
    let ((code, waited, err), ()) = tokio::join!(waiting, pay);
    assert_eq!(code, 0, "{err}");
    assert!(waited.contains("Paid"), "{waited}");
}

#[tokio::test]
async fn a_bill_that_expires_while_waited_for_ends_with_its_status() {
    let harness = Harness::start().await;
    harness.login().await;
    let waiting = harness.run(&[
        "ihela",
        "bills",
        "create",
        "--amount",
        "2000",
        "--customer",
        "76000111",
        "--reference",
        "order-3",
        "--description",
        "Order 3",
        "--wait",
    ]);
    let expire = async {
        let code = billed(&harness.sandbox, "order-3").await;
        harness.sandbox.expire(&code).unwrap();
    };
    let ((code, _, err), ()) = tokio::join!(waiting, expire);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("Expired"), "{err}");
}

#[tokio::test]
async fn a_cash_in_run_twice_pays_once() {
    let harness = Harness::start().await;
    harness.login().await;
    let cash_in = [
        "ihela",
        "cash-in",
        "--bank",
        "MF1-0001",
        "--account",
        "000001-01",
        "--amount",
        "20000",
        "--reference",
        "refund-1",
        "--description",
        "Refund",
    ];
    let (code, first, err) = harness.run(&cash_in).await;
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("cash_in", first);
    let (code, second, _) = harness.run(&cash_in).await;
    assert_eq!((code, &second), (0, &first), "the journal answers the second run");
    assert_eq!(harness.sandbox.state().cash_ins.len(), 1);
}

#[tokio::test]
async fn exit_codes_a_script_can_branch_on() {
    let harness = Harness::start().await;
    harness.login().await;
    let (code, _, err) = harness
        .run(&[
            "ihela",
            "bills",
            "create",
            "--amount",
            "0",
            "--customer",
            "76000111",
            "--reference",
            "r-0",
            "--description",
            "x",
        ])
        .await;
    assert_eq!(code, 2, "invalid input: {err}");
    assert!(err.contains("amount"), "{err}");
    let (code, _, err) = harness
        .run(&[
            "ihela",
            "cash-in",
            "--bank",
            "MF1-0001",
            "--account",
            "000001-01",
            "--amount",
            "900000000",
            "--reference",
            "too-much",
            "--description",
            "x",
            "--json",
        ])
        .await;
    assert_eq!(code, 3, "refused: {err}");
    insta::assert_snapshot!("refused_json", err);
    let (code, _, err) = harness
        .run(&["ihela", "bills", "get", "order-9", "BILL-20261205-NOSUCH"])
        .await;
    assert_eq!(code, 4, "not found: {err}");
    assert_eq!(harness.run(&["nonsense"]).await.0, 2, "usage");
}

#[tokio::test]
async fn test_mode_unless_asked_and_confirmed() {
    let harness = Harness::start().await;
    // A live profile (the production gateway): nothing is sent in this test.
    std::fs::write(
        harness.folder.path().join("config.toml"),
        "[profiles.shop.ihela]\nclient_id = \"live-id\"\nclient_secret = \"live-secret\"\ngateway = \"production\"\n",
    )
    .unwrap();
    let (code, _, err) = harness.run(&["--profile", "shop", "ihela", "banks"]).await;
    assert_eq!(code, 7, "{err}");
    insta::assert_snapshot!("live_without_flag", err);
    let cash_in = [
        "--profile",
        "shop",
        "--live",
        "ihela",
        "cash-in",
        "--bank",
        "MF1-0001",
        "--account",
        "000001-01",
        "--amount",
        "5000",
        "--reference",
        "live-1",
        "--description",
        "x",
    ];
    let (code, _, err) = harness.run(&cash_in).await;
    assert_eq!(code, 7, "off a terminal, a live payment needs --yes: {err}");
    insta::assert_snapshot!("live_not_confirmed", err);
    harness.login().await;
    let (code, _, err) = harness.run(&["--live", "ihela", "banks"]).await;
    assert_eq!(code, 7, "--live with a test profile: {err}");
}

/// The subcommands a `--help` lists under "Commands:" (`help` aside).
fn subcommands(help: &str) -> Vec<String> {
    help.split("Commands:\n")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn every_command_has_an_example_and_completions_exist() {
    let harness = Harness::start().await;
    // Every command the binary has, found through its own help.
    let mut waiting: Vec<Vec<String>> = vec![Vec::new()];
    let mut leaves = 0;
    while let Some(command) = waiting.pop() {
        let args: Vec<&str> = command.iter().map(String::as_str).chain(["--help"]).collect();
        let (code, help, _) = harness.run(&args).await;
        assert_eq!(code, 0, "{command:?}");
        let inner = subcommands(&help);
        if inner.is_empty() {
            leaves += 1;
            let example = help.split("Example:\n").nth(1).unwrap_or_default();
            assert!(example.contains("pesa "), "{command:?} has no example: {help}");
        }
        waiting.extend(inner.into_iter().map(|name| [command.clone(), vec![name]].concat()));
    }
    assert!(leaves >= 31, "{leaves} commands found: the help is read wrong");
    let (code, bash, _) = harness.run(&["completions", "bash"]).await;
    assert_eq!(code, 0);
    assert!(bash.contains("cash-in"), "{bash}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_tail_shows_the_calls_made_and_the_sandboxs_requests_then_follows() {
    let harness = Harness::start().await;
    harness.login().await;
    let (code, _, err) = harness.run(&["ihela", "banks"]).await;
    assert_eq!(code, 0, "{err}");
    let (code, tail, err) = harness.run(&["logs", "tail", "--json", "--lines", "50"]).await;
    assert_eq!(code, 0, "{err}");
    let entries: Vec<serde_json::Value> = tail.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let text = |source: &str| -> Vec<String> {
        entries
            .iter()
            .filter(|entry| entry["source"] == source)
            .map(|entry| entry["text"].as_str().unwrap().to_owned())
            .collect()
    };
    let calls = text("pesa");
    assert!(
        calls.iter().any(|c| c.starts_with("iHela ") && c.contains("-> 200")),
        "{calls:?}"
    );
    let requests = text("ihela");
    assert!(
        requests.iter().any(|r| r.starts_with("GET ") && r.contains("-> 200")),
        "{requests:?}"
    );
    let times: Vec<&str> = entries.iter().map(|e| e["at"].as_str().unwrap()).collect();
    let mut sorted = times.clone();
    sorted.sort_by_key(|at| chrono::DateTime::parse_from_rfc3339(at).unwrap());
    assert_eq!(times, sorted, "in time order");
    assert!(!tail.contains(harness.sandbox.client_secret()), "no secret in the log");

    // Following: a command run meanwhile shows up, its call and the request.
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("pesa"));
    command
        .args(["logs", "tail", "--follow", "--lines", "0"])
        .env("PESA_CONFIG", harness.folder.path().join("config.toml"))
        .env("PESA_NO_KEYRING", "1");
    let mut following = support::Watched::spawn(command);
    following.wait_for("Following ");
    let (code, _, err) = harness.run(&["ihela", "customer", "MF1-0001", "76000111"]).await;
    assert_eq!(code, 0, "{err}");
    let call = following.wait_for("pesa ");
    assert!(call.contains("iHela"), "{call}");
    following.wait_for("ihela ");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sandbox_start_prints_every_sandbox_with_its_credentials_and_dashboard() {
    let folder = tempfile::tempdir().unwrap();
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("pesa"));
    command
        .args([
            "sandbox",
            "start",
            "--json",
            "--ihela-port",
            "0",
            "--daraja-port",
            "0",
            "--momo-port",
            "0",
            "--vodacom-port",
            "0",
        ])
        .env("PESA_CONFIG", folder.path().join("config.toml"))
        .env("PESA_NO_KEYRING", "1");
    let mut started = support::Watched::spawn(command);
    let mut printed = started.wait_for("{");
    loop {
        let line = started.wait_for("");
        printed.push('\n');
        printed.push_str(&line);
        if line == "}" {
            break;
        }
    }
    let json: serde_json::Value = serde_json::from_str(&printed).unwrap();
    for api in ["ihela", "daraja", "momo"] {
        let base = json[api]["base_url"].as_str().unwrap();
        assert!(base.starts_with("http://127.0.0.1:"), "{json}");
        assert_eq!(json[api]["dashboard"], format!("{base}/_sandbox/"));
    }
    let vodacom = json["vodacom"]["base_url"].as_str().unwrap();
    assert_eq!(
        json["vodacom"]["tanzania"],
        format!("{vodacom}/sandbox/ipg/v2/vodacomTZN")
    );
    assert_eq!(json["vodacom"]["public_key"], vodacom_sandbox::PUBLIC_KEY.trim());
    let keyed = printed
        .replace(json["momo"]["api_key"].as_str().unwrap(), "[API-KEY]")
        .replace(vodacom_sandbox::PUBLIC_KEY.trim(), "[PUBLIC-KEY]");
    snapshot!("sandbox_start_json", keyed);
}
