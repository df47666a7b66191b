//! `pesa banking` and `pesa agent` against the sandbox's banking and agent
//! services: the partner's and the agent's logins (password on standard
//! input), a deposit run twice that moves money once, the statement, the
//! agent's cash-in and cash-out of a customer's code, the PIN never a flag.

mod support;

use ihela_sandbox::Sandbox;

/// `pesa` with its own configuration file, as `profile`, with the PIN in
/// the environment, run on a blocking thread: exit code, stdout, stderr.
async fn pesa(
    folder: &std::path::Path,
    args: &[&str],
    stdin: Option<String>,
    pin: Option<&str>,
) -> (i32, String, String) {
    let mut command = support::pesa(folder);
    command.args(args);
    if let Some(pin) = pin {
        command.env("PESA_IHELA_PIN", pin);
    }
    if let Some(stdin) = stdin {
        command.write_stdin(stdin);
    }
    support::run(command).await
}

/// Logs `profile` in as the sandbox's partner or agent.
async fn login(sandbox: &Sandbox, folder: &std::path::Path, profile: &str, agent: bool) {
    let user = sandbox.banking_user(agent).clone();
    let args = [
        "--profile",
        profile,
        "login",
        "ihela-banking",
        "--username",
        &user.username,
        "--password-stdin",
        "--gateway",
        sandbox.base_url(),
    ];
    let (code, out, err) = pesa(folder, &args, Some(format!("{}\n", user.password)), None).await;
    assert_eq!(code, 0, "{out}{err}");
}

#[tokio::test]
async fn a_partner_deposits_once_and_reads_the_statement() {
    let sandbox = Sandbox::start().await.unwrap();
    let folder = tempfile::tempdir().unwrap();
    login(&sandbox, folder.path(), "partner", false).await;
    let deposit = [
        "--profile",
        "partner",
        "banking",
        "deposit",
        "--account",
        "ACT-123",
        "--holder",
        "John Doe",
        "--amount",
        "5000",
        "--description",
        "Salary",
        "--reference",
        "cli-dep-1",
        "--json",
    ];
    let (code, _, err) = pesa(folder.path(), &deposit, None, None).await;
    assert_eq!(code, 2, "no PIN, nothing sent: {err}");
    assert!(err.contains("PESA_IHELA_PIN"), "{err}");
    assert!(sandbox.banking().operations.is_empty());
    let (code, first, err) = pesa(folder.path(), &deposit, None, Some("1234")).await;
    assert_eq!(code, 0, "{err}");
    let receipt: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(receipt["status"], "Success");
    snapshot!("banking_deposit", &first);
    let (code, second, _) = pesa(folder.path(), &deposit, None, Some("1234")).await;
    assert_eq!((code, &second), (0, &first), "answered again, not sent again");
    assert_eq!(sandbox.banking().operations.len(), 1);
    let (code, statement, _) = pesa(
        folder.path(),
        &["--profile", "partner", "banking", "statement", "ACT-123"],
        None,
        None,
    )
    .await;
    assert_eq!(code, 0);
    assert!(
        statement.contains("cli-dep-1") && statement.contains("5000"),
        "{statement}"
    );
    snapshot!("banking_statement", &statement);
    let (code, _, err) = pesa(
        folder.path(),
        &[
            "--profile",
            "partner",
            "banking",
            "withdraw",
            "--account",
            "000002-01",
            "--holder",
            "Jean Bosco Nduwimana",
            "--amount",
            "5000",
            "--description",
            "Too much",
            "--reference",
            "cli-wdr-1",
            "--json",
        ],
        None,
        Some("1234"),
    )
    .await;
    assert_eq!(code, 3, "insufficient funds: {err}");
    assert!(err.contains("\"code\": \"05\""), "{err}");
    let (code, status, _) = pesa(
        folder.path(),
        &["--profile", "partner", "banking", "status", "cli-dep-1"],
        None,
        None,
    )
    .await;
    assert_eq!(code, 0);
    assert!(status.contains("DEP-"), "{status}");
    snapshot!("banking_status", &status);
    let (code, _, _) = pesa(
        folder.path(),
        &["--profile", "partner", "banking", "status", "never-sent"],
        None,
        None,
    )
    .await;
    assert_eq!(code, 4);
}

#[tokio::test]
async fn an_agent_cashes_a_customer_out_with_their_code_and_the_pin_from_stdin() {
    let sandbox = Sandbox::start().await.unwrap();
    let folder = tempfile::tempdir().unwrap();
    login(&sandbox, folder.path(), "agent", true).await;
    let request = sandbox
        .request_cash_out("ACT-123", ihela::Francs::new(3000).unwrap())
        .unwrap();
    let (code, found, err) = pesa(
        folder.path(),
        &[
            "--profile",
            "agent",
            "agent",
            "lookup",
            &request.operation_code,
            "--amount",
            "3000",
        ],
        None,
        None,
    )
    .await;
    assert_eq!(code, 0, "{err}");
    assert!(found.contains("John Doe"), "{found}");
    snapshot!("agent_lookup", &found.replace(&request.operation_code, "[CODE]"));
    let cash_out = [
        "--profile",
        "agent",
        "agent",
        "--pin-stdin",
        "cash-out",
        &request.operation_code,
        "--amount",
        "3000",
        "--agent-code",
        "AGT-001",
        "--reference",
        "cli-cso-1",
    ];
    let (code, paid, err) = pesa(folder.path(), &cash_out, Some("4321\n".to_owned()), None).await;
    assert_eq!(code, 0, "{err}");
    assert!(paid.contains("CSO-"), "{paid}");
    snapshot!("agent_cash_out", &paid.replace(&request.operation_code, "[CODE]"));
    let (code, again, _) = pesa(folder.path(), &cash_out, Some("4321\n".to_owned()), None).await;
    assert_eq!(
        (code, &again),
        (0, &paid),
        "the same reference: the first answer, nothing paid"
    );
    let next = sandbox
        .request_cash_out("ACT-123", ihela::Francs::new(1000).unwrap())
        .unwrap();
    let wrong_pin = [
        "--profile",
        "agent",
        "agent",
        "--pin-stdin",
        "cash-out",
        &next.operation_code,
        "--amount",
        "1000",
        "--agent-code",
        "AGT-001",
        "--reference",
        "cli-cso-2",
    ];
    let (code, _, err) = pesa(folder.path(), &wrong_pin, Some("9999\n".to_owned()), None).await;
    assert_eq!(code, 3, "a wrong PIN is refused: {err}");
    let operations = sandbox.banking().operations;
    assert_eq!(operations.len(), 1, "{operations:?}");
}
