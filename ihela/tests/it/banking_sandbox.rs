//! The banking and agent clients against the sandbox: a partner's deposit
//! and withdrawal moving balances and written on the statement, fees; an
//! agent's cash-in and its cash-out in two steps with a code that works
//! once; a reference sent again answered with its first operation; the PIN,
//! the holder and the signature checked; the JWT pair renewed by refresh,
//! then by a new login, on the sandbox's clock.

use std::time::Duration;

use ihela::banking::types::{AccountNumber, ExternalReference, OperationStatus, OperationType};
use ihela::banking::{AgentClient, BankingClient, Login, Movement};
use ihela::callback::SignatureKey;
use ihela::{Error, Francs, ResponseCode, RetryPolicy};
use ihela_sandbox::{BankingOperationKind, Config, Sandbox};
use rust_decimal::Decimal;

use crate::common::francs;

const KEY: &str = "sandbox-signature-key-5e1a";

fn account(text: &str) -> AccountNumber {
    text.parse().unwrap()
}

fn reference(text: &str) -> ExternalReference {
    text.parse().unwrap()
}

fn partner(sandbox: &Sandbox) -> BankingClient {
    sandbox.banking_client().retry(RetryPolicy::none()).build().unwrap()
}

/// A banking client of the sandbox logging in with `login`, moving money with `pin`.
fn partner_as(sandbox: &Sandbox, login: Login, pin: &str) -> BankingClient {
    let environment = ihela::Environment::Custom(sandbox.base_url().to_owned());
    BankingClient::builder(environment, login, pin.parse().unwrap())
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

fn agent(sandbox: &Sandbox) -> AgentClient {
    sandbox.agent_client().retry(RetryPolicy::none()).build().unwrap()
}

fn balance(sandbox: &Sandbox, number: &str) -> i64 {
    let accounts = sandbox.banking().accounts;
    accounts.iter().find(|a| a.account_number == number).unwrap().balance
}

fn john_doe(amount: u64, reference_text: &str) -> Movement {
    Movement::new(
        account("ACT-123"),
        "John Doe",
        francs(amount),
        "Invoice 42",
        reference(reference_text),
    )
}

fn status(error: &Error) -> u16 {
    match error {
        Error::Http { status, .. } => status.as_u16(),
        other => panic!("not an HTTP error: {other}"),
    }
}

#[tokio::test]
async fn a_partner_deposits_and_withdraws_and_the_statement_shows_it() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = partner(&sandbox);
    client.ping().await.unwrap();
    let holder = client.account(&account("ACT-123")).await.unwrap();
    assert_eq!(holder.account_holder.as_deref(), Some("John Doe"));

    let deposit = client.deposit(&john_doe(5_000, "DEP-1")).await.unwrap();
    assert_eq!(deposit.status, OperationStatus::Success);
    assert_eq!(deposit.amount, Some(Decimal::from(5_000)));
    let fee = client.fee(OperationType::Withdrawal, francs(20_000)).await.unwrap();
    assert_eq!(fee.fee, Some(Decimal::from(200)));
    let withdrawal = client.withdraw(&john_doe(20_000, "WDR-1")).await.unwrap();
    assert_eq!(withdrawal.fee, Some(Decimal::from(200)));

    assert_eq!(balance(&sandbox, "ACT-123"), 1_000_000 + 5_000 - 20_000 - 200);
    assert_eq!(balance(&sandbox, "PARTNER-001"), 50_000_000 - 5_000 + 20_000);
    let balance_read = client.balance(&account("ACT-123")).await.unwrap();
    assert_eq!(balance_read.balance, Some(Decimal::from(984_800)));
    let statement = client.statement(&account("ACT-123")).await.unwrap();
    let lines: Vec<(Option<String>, Option<Decimal>)> = statement
        .entries
        .unwrap()
        .into_iter()
        .map(|line| (line.external_reference, line.amount))
        .collect();
    let line = |reference: &str, amount: i64| (Some(reference.to_owned()), Some(Decimal::from(amount)));
    assert_eq!(
        lines,
        [line("WDR-1", -200), line("WDR-1", -20_000), line("DEP-1", 5_000)],
        "newest first, the fee on its own line"
    );
    let found = client.status(&reference("DEP-1")).await.unwrap().unwrap();
    assert_eq!(found.reference, deposit.reference);
    assert!(client.status(&reference("NEVER-SENT")).await.unwrap().is_none());
}

#[tokio::test]
async fn a_reference_sent_again_gets_its_first_operation_and_moves_nothing() {
    let sandbox = Sandbox::start().await.unwrap();
    let first = partner(&sandbox);
    let receipt = first.deposit(&john_doe(5_000, "DEP-7")).await.unwrap();
    // Another process of the partner's, without a journal, sends it again.
    let again = partner(&sandbox).deposit(&john_doe(5_000, "DEP-7")).await.unwrap();
    assert_eq!(again.reference, receipt.reference);
    assert_eq!(sandbox.banking().operations.len(), 1);
    assert_eq!(balance(&sandbox, "ACT-123"), 1_005_000);
    // The same reference for another amount: refused, nothing moves.
    let other = partner(&sandbox).deposit(&john_doe(6_000, "DEP-7")).await.unwrap_err();
    assert_eq!(status(&other), 409, "{other}");
    assert_eq!(balance(&sandbox, "ACT-123"), 1_005_000);
}

#[tokio::test]
async fn refusals_are_never_successes_and_move_nothing() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = partner(&sandbox);
    let short = Movement::new(
        account("000002-01"),
        "Jean Bosco Nduwimana",
        francs(5_000),
        "More than there is",
        reference("WDR-SHORT"),
    );
    let refused = client.withdraw(&short).await.unwrap_err();
    assert!(
        matches!(&refused, Error::Refused { refusal, .. } if refusal.code == Some(ResponseCode::Code05)),
        "{refused}"
    );
    let wrong_holder = Movement::new(account("ACT-123"), "Jane Roe", francs(100), "x", reference("DEP-WH"));
    assert_eq!(status(&client.deposit(&wrong_holder).await.unwrap_err()), 400);
    let nowhere = Movement::new(account("NO-SUCH-1"), "Jane Roe", francs(100), "x", reference("DEP-NA"));
    assert_eq!(status(&client.deposit(&nowhere).await.unwrap_err()), 404);

    let partner_user = sandbox.banking_user(false).clone();
    let wrong_pin = partner_as(
        &sandbox,
        Login::password(partner_user.username, partner_user.password),
        "9999",
    );
    assert_eq!(
        status(&wrong_pin.deposit(&john_doe(100, "DEP-PIN")).await.unwrap_err()),
        403
    );
    // An agent's token does not open the partner's operations.
    let as_agent = agent(&sandbox);
    let error = as_agent.cash_in(&john_doe(100, "AGD-0")).await;
    assert!(error.is_ok(), "an agent cashes in: {error:?}");
    let forbidden = partner_as(
        &sandbox,
        Login::client_credentials("sandbox-agent-id", "sandbox-agent-secret"),
        "4321",
    );
    assert_eq!(
        status(&forbidden.deposit(&john_doe(100, "DEP-AG")).await.unwrap_err()),
        403
    );
    let operations = sandbox.banking().operations;
    assert_eq!(operations.len(), 1, "only the agent's cash-in: {operations:?}");
    assert_eq!(balance(&sandbox, "000002-01"), 1_000);
}

#[tokio::test]
async fn an_agent_cashes_in_and_pays_out_a_customer_code_once() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = agent(&sandbox);
    let cash_in = client.cash_in(&john_doe(10_000, "AGD-1")).await.unwrap();
    assert_eq!(cash_in.status, OperationStatus::Success);

    let request = sandbox.request_cash_out("ACT-123", francs(30_000)).unwrap();
    let wrong_amount = client.look_up_cash_out(&request.operation_code, francs(31_000)).await;
    assert!(wrong_amount.is_err());
    let pending = client
        .look_up_cash_out(&request.operation_code, francs(30_000))
        .await
        .unwrap();
    assert_eq!(pending.amount(), francs(30_000));
    assert_eq!(pending.account_holder.as_deref(), Some("John Doe"));
    let paid = client.cash_out(&pending, "AGT-001", &reference("CSO-1")).await.unwrap();
    assert_eq!(paid.fee, Some(Decimal::from(300)));
    // The same reference: the first answer; another reference: the code is spent.
    let again = client.cash_out(&pending, "AGT-001", &reference("CSO-1")).await.unwrap();
    assert_eq!(again.reference, paid.reference);
    let spent = client
        .cash_out(&pending, "AGT-001", &reference("CSO-2"))
        .await
        .unwrap_err();
    assert_eq!(status(&spent), 400, "{spent}");
    assert!(
        client
            .look_up_cash_out(&request.operation_code, francs(30_000))
            .await
            .is_err()
    );

    assert_eq!(balance(&sandbox, "ACT-123"), 1_000_000 + 10_000 - 30_000 - 300);
    assert_eq!(balance(&sandbox, "AGENT-001"), 2_000_000 - 10_000 + 30_000);
    let kinds: Vec<_> = sandbox.banking().operations.iter().map(|op| op.kind).collect();
    assert_eq!(
        kinds,
        [BankingOperationKind::AgentDeposit, BankingOperationKind::CashOut]
    );
    // Another agent's code is refused.
    let next = sandbox.request_cash_out("ACT-123", francs(1_000)).unwrap();
    let pending = client
        .look_up_cash_out(&next.operation_code, francs(1_000))
        .await
        .unwrap();
    let not_ours = client
        .cash_out(&pending, "AGT-999", &reference("CSO-3"))
        .await
        .unwrap_err();
    assert_eq!(status(&not_ours), 400);
}

#[tokio::test]
async fn a_cash_out_code_expires() {
    let start = chrono::Utc::now();
    let sandbox = Sandbox::start_with(Config {
        clock_start: Some(start),
        ..Config::default()
    })
    .await
    .unwrap();
    let client = agent(&sandbox);
    let request = sandbox.request_cash_out("ACT-123", francs(1_000)).unwrap();
    sandbox.advance(Duration::from_secs(16 * 60));
    let expired = client.look_up_cash_out(&request.operation_code, francs(1_000)).await;
    assert!(expired.is_err(), "{expired:?}");
}

#[tokio::test]
async fn the_signature_is_checked_over_the_bytes_received() {
    let sandbox = Sandbox::start_with(Config {
        signature_key: Some(SignatureKey::new(KEY)),
        ..Config::default()
    })
    .await
    .unwrap();
    let signed = |key: Option<&str>| {
        let builder = sandbox.banking_client().retry(RetryPolicy::none());
        match key {
            Some(key) => builder.signature_key(SignatureKey::new(key)),
            None => builder,
        }
        .build()
        .unwrap()
    };
    let unsigned = signed(None).deposit(&john_doe(100, "DEP-S0")).await.unwrap_err();
    assert_eq!(status(&unsigned), 403, "{unsigned}");
    let other_key = signed(Some("another-key"))
        .deposit(&john_doe(100, "DEP-S1"))
        .await
        .unwrap_err();
    assert_eq!(status(&other_key), 403);
    assert!(sandbox.banking().operations.is_empty());
    // A description beyond ASCII: signed over the UTF-8 bytes sent.
    let accented = Movement::new(
        account("ACT-123"),
        "John Doe",
        francs(100),
        "Frais de scolarité, école Ézéchiel",
        reference("DEP-S2"),
    );
    signed(Some(KEY)).deposit(&accented).await.unwrap();
    assert_eq!(sandbox.banking().operations.len(), 1);
    // Reads are not signed.
    signed(None).balance(&account("ACT-123")).await.unwrap();
}

#[tokio::test]
async fn the_jwt_is_renewed_by_refresh_then_by_a_new_login() {
    let start = chrono::Utc::now();
    let sandbox = Sandbox::start_with(Config {
        clock_start: Some(start),
        ..Config::default()
    })
    .await
    .unwrap();
    let client = partner(&sandbox);
    client.ping().await.unwrap();
    let issued = || sandbox.issued_tokens().len();
    let after_login = issued();
    assert_eq!(after_login, 2, "the pair");
    // The access token expires on the sandbox's clock: a 401, renewed by refresh.
    sandbox.advance(Duration::from_secs(6 * 60));
    client.ping().await.unwrap();
    assert_eq!(issued(), after_login + 1, "one access token, by refresh");
    // The refresh token expires too: a new login.
    sandbox.advance(Duration::from_secs(25 * 3600));
    client.balance(&account("ACT-123")).await.unwrap();
    assert_eq!(issued(), after_login + 3, "a new pair");
    let wrong = partner_as(&sandbox, Login::password("sandbox-partner", "not-the-password"), "1234");
    assert!(matches!(wrong.ping().await.unwrap_err(), Error::Auth { .. }));
}

#[tokio::test]
async fn amounts_that_do_not_fit_are_refused_before_sending() {
    assert!(Francs::new(0).is_err());
    let sandbox = Sandbox::start().await.unwrap();
    let long = "x".repeat(256);
    let refused = partner(&sandbox)
        .deposit(&Movement::new(
            account("ACT-123"),
            "John Doe",
            francs(1),
            long,
            reference("DEP-L"),
        ))
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, Error::InvalidInput(input) if input.field() == "description"),
        "{refused}"
    );
    assert!(sandbox.banking().operations.is_empty());
}
