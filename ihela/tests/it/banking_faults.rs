//! The fault matrix of the banking and agent services: each fault the
//! sandbox can inject, against the four money-moving calls (a partner's
//! deposit and withdrawal, an agent's cash-in and cash-out). Every cell
//! asserts what the caller gets and how many operations the sandbox holds
//! under the reference afterwards: never two, and never one the caller was
//! told had not happened.

use std::time::Duration;

use ihela::banking::types::ExternalReference;
use ihela::banking::{AgentClient, BankingClient, Movement, paths};
use ihela::{Error, RetryPolicy};
use ihela_sandbox::Sandbox;
use pesa_sandbox::Scenario;

use crate::common::francs;

/// The client's whole-request timeout here, and the delay that outlasts it.
const TIMEOUT: Duration = Duration::from_millis(500);
const DELAY: Duration = Duration::from_millis(1000);
const REFERENCE: &str = "MONEY-2042";

/// What the caller got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// The receipt (sent once, or found by transaction status).
    Receipt,
    /// `Error::OutcomeUnknown` carrying the reference.
    Unknown,
    /// `Error::Http` with this status.
    Http(u16),
    /// `Error::Auth` naming the token endpoint's failure.
    Auth,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Deposit,
    Withdrawal,
    CashIn,
    CashOut,
}

impl Op {
    fn path(self) -> &'static str {
        match self {
            Op::Deposit => paths::MAKE_DEPOSIT,
            Op::Withdrawal => paths::MAKE_WITHDRAWAL,
            Op::CashIn => paths::AGENT_DEPOSIT,
            Op::CashOut => paths::VALIDATE_WITHDRAWAL,
        }
    }
}

fn retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(6)
        .backoff(Duration::from_millis(100), Duration::from_millis(400))
}

fn partner(sandbox: &Sandbox) -> BankingClient {
    sandbox
        .banking_client()
        .timeout(TIMEOUT)
        .retry(retry())
        .build()
        .unwrap()
}

fn agent(sandbox: &Sandbox) -> AgentClient {
    sandbox.agent_client().timeout(TIMEOUT).retry(retry()).build().unwrap()
}

fn reference() -> ExternalReference {
    REFERENCE.parse().unwrap()
}

fn movement() -> Movement {
    let account = "ACT-123".parse().unwrap();
    Movement::new(account, "John Doe", francs(20_000), "Fault matrix", reference())
}

fn outcome<T>(result: &Result<T, Error>) -> Outcome {
    match result {
        Ok(_) => Outcome::Receipt,
        Err(Error::OutcomeUnknown { reference, .. }) => {
            assert_eq!(reference, REFERENCE);
            Outcome::Unknown
        }
        Err(Error::Http { status, .. }) => Outcome::Http(status.as_u16()),
        Err(error @ Error::Auth { .. }) => {
            assert!(error.to_string().contains("token endpoint"), "{error}");
            Outcome::Auth
        }
        Err(error) => panic!("unexpected error: {error}"),
    }
}

/// Runs `op` under `row`'s fault; asserts the outcome, and that the sandbox
/// then holds `expected_records` operations under the reference.
async fn cell(row: Scenario, op: Op, expected: Outcome, expected_records: usize) {
    let sandbox = Sandbox::start().await.unwrap();
    let (partner, agent) = (partner(&sandbox), agent(&sandbox));
    // The customer's code, looked up before the fault.
    let pending = match op {
        Op::CashOut => {
            let request = sandbox.request_cash_out("ACT-123", francs(20_000)).unwrap();
            Some(
                agent
                    .look_up_cash_out(&request.operation_code, francs(20_000))
                    .await
                    .unwrap(),
            )
        }
        _ => None,
    };
    if !matches!(row, Scenario::TokenEndpointDown) {
        partner.ping().await.unwrap();
        agent.ping().await.unwrap();
    }
    sandbox.inject(row.fault(op.path(), paths::REQUEST_JWT, DELAY));
    let got = match op {
        Op::Deposit => outcome(&partner.deposit(&movement()).await),
        Op::Withdrawal => outcome(&partner.withdraw(&movement()).await),
        Op::CashIn => outcome(&agent.cash_in(&movement()).await),
        Op::CashOut => {
            let pending = pending.as_ref().unwrap();
            outcome(&agent.cash_out(pending, "AGT-001", &reference()).await)
        }
    };
    assert_eq!(got, expected, "{row:?} on {op:?}");
    if matches!(row, Scenario::DelayPastTimeout) {
        sandbox.settle().await;
    }
    let held = sandbox
        .banking()
        .operations
        .iter()
        .filter(|o| o.external_reference == REFERENCE)
        .count();
    assert_eq!(held, expected_records, "{row:?} on {op:?}");
}

macro_rules! matrix {
    ($($test:ident: $row:ident on $op:ident => $outcome:expr, records $records:expr;)*) => {$(
        #[tokio::test]
        async fn $test() {
            cell(Scenario::$row, Op::$op, $outcome, $records).await;
        }
    )*};
}

use Outcome::*;

matrix! {
    status_500_deposit: Status500 on Deposit => Unknown, records 0;
    status_500_withdrawal: Status500 on Withdrawal => Unknown, records 0;
    status_500_cash_in: Status500 on CashIn => Unknown, records 0;
    status_500_cash_out: Status500 on CashOut => Unknown, records 0;

    status_502_deposit: Status502 on Deposit => Unknown, records 0;
    status_502_withdrawal: Status502 on Withdrawal => Unknown, records 0;
    status_502_cash_in: Status502 on CashIn => Unknown, records 0;
    status_502_cash_out: Status502 on CashOut => Unknown, records 0;

    status_503_retry_after_deposit: Status503RetryAfter on Deposit => Unknown, records 0;
    status_503_retry_after_withdrawal: Status503RetryAfter on Withdrawal => Unknown, records 0;
    status_503_retry_after_cash_in: Status503RetryAfter on CashIn => Unknown, records 0;
    status_503_retry_after_cash_out: Status503RetryAfter on CashOut => Unknown, records 0;

    status_429_deposit: Status429 on Deposit => Http(429), records 0;
    status_429_withdrawal: Status429 on Withdrawal => Http(429), records 0;
    status_429_cash_in: Status429 on CashIn => Http(429), records 0;
    status_429_cash_out: Status429 on CashOut => Http(429), records 0;

    delay_past_timeout_deposit: DelayPastTimeout on Deposit => Receipt, records 1;
    delay_past_timeout_withdrawal: DelayPastTimeout on Withdrawal => Receipt, records 1;
    delay_past_timeout_cash_in: DelayPastTimeout on CashIn => Receipt, records 1;
    delay_past_timeout_cash_out: DelayPastTimeout on CashOut => Receipt, records 1;

    drop_after_processing_deposit: DropAfterProcessing on Deposit => Receipt, records 1;
    drop_after_processing_withdrawal: DropAfterProcessing on Withdrawal => Receipt, records 1;
    drop_after_processing_cash_in: DropAfterProcessing on CashIn => Receipt, records 1;
    drop_after_processing_cash_out: DropAfterProcessing on CashOut => Receipt, records 1;

    malformed_json_deposit: MalformedJson on Deposit => Receipt, records 1;
    malformed_json_withdrawal: MalformedJson on Withdrawal => Receipt, records 1;
    malformed_json_cash_in: MalformedJson on CashIn => Receipt, records 1;
    malformed_json_cash_out: MalformedJson on CashOut => Receipt, records 1;

    html_error_page_deposit: HtmlErrorPage on Deposit => Unknown, records 0;
    html_error_page_withdrawal: HtmlErrorPage on Withdrawal => Unknown, records 0;
    html_error_page_cash_in: HtmlErrorPage on CashIn => Unknown, records 0;
    html_error_page_cash_out: HtmlErrorPage on CashOut => Unknown, records 0;

    unauthorized_deposit: Unauthorized on Deposit => Receipt, records 1;
    unauthorized_withdrawal: Unauthorized on Withdrawal => Receipt, records 1;
    unauthorized_cash_in: Unauthorized on CashIn => Receipt, records 1;
    unauthorized_cash_out: Unauthorized on CashOut => Receipt, records 1;

    token_endpoint_down_deposit: TokenEndpointDown on Deposit => Auth, records 0;
    token_endpoint_down_withdrawal: TokenEndpointDown on Withdrawal => Auth, records 0;
    token_endpoint_down_cash_in: TokenEndpointDown on CashIn => Auth, records 0;
    // The agent looked the code up before the fault: its token is still good.
    token_endpoint_down_cash_out: TokenEndpointDown on CashOut => Receipt, records 1;
}
