//! The command line as a user runs it: the `pesa` binary against an
//! in-process iHela sandbox, with a configuration file of its own. Every
//! command's output is snapshotted (bill codes, ports and paths filtered);
//! exit codes are asserted.

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
        let mut command = Command::cargo_bin("pesa").unwrap();
        for (name, _) in std::env::vars().filter(|(name, _)| name.starts_with("PESA_")) {
            command.env_remove(name);
        }
        command.env("PESA_CONFIG", self.folder.path().join("config.toml"));
        command
    }

    /// Logs the default profile in to the sandbox.
    async fn login(&self) {
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
        let output = tokio::task::spawn_blocking(move || command.output().unwrap())
            .await
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }

    /// Runs `pesa` with `args` on a blocking thread; its exit code and
    /// standard output, filtered.
    async fn run(&self, args: &[&str]) -> (i32, String, String) {
        let mut command = self.pesa();
        command.args(args);
        let output = tokio::task::spawn_blocking(move || command.output().unwrap())
            .await
            .unwrap();
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
    harness.login().await;
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
    let (code, _, _) = harness.run(&["logout"]).await;
    assert_eq!(code, 0);
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
    let output = tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap();
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

#[tokio::test]
async fn every_command_has_an_example_and_completions_exist() {
    let harness = Harness::start().await;
    for command in [
        &["login"][..],
        &["logout"],
        &["status"],
        &["ihela", "banks"],
        &["ihela", "customer"],
        &["ihela", "bills", "create"],
        &["ihela", "bills", "get"],
        &["ihela", "cash-in"],
        &["sandbox", "start"],
        &["completions"],
        &["trigger"],
        &["listen"],
        &["banking", "account"],
        &["banking", "balance"],
        &["banking", "statement"],
        &["banking", "fee"],
        &["banking", "deposit"],
        &["banking", "withdraw"],
        &["banking", "status"],
        &["agent", "cash-in"],
        &["agent", "lookup"],
        &["agent", "cash-out"],
    ] {
        let (code, help, _) = harness.run(&[command, &["--help"]].concat()).await;
        assert_eq!(code, 0);
        let example = help.split("Example:\n").nth(1).unwrap_or_default();
        assert!(example.contains("pesa "), "{command:?}: {help}");
    }
    let (code, bash, _) = harness.run(&["completions", "bash"]).await;
    assert_eq!(code, 0);
    assert!(bash.contains("cash-in"), "{bash}");
}
