//! The fault matrix: each fault the sandbox can inject, and an `INS-10`
//! duplicate for a reference nothing was made under, against C2B, B2C,
//! B2B and a reversal. Every cell asserts what the caller gets and what the
//! sandbox holds afterwards: the gateway refuses a
//! `ThirdPartyConversationID` sent twice, so a lost answer is read back by
//! a status query and the request sent again under the same key only when
//! nothing is there; nothing is ever carried out twice, even when the
//! caller then sends the same request again.
//!
//! Mozambique's four operations, each on its own port, go through the same
//! rows but the session's (it has none): 40 cells more.
//!
//! The README's "Faults survived" table for Vodacom is this file's `matrix!`.

use std::time::Duration;

use pesa_sandbox::Scenario;
use vodacom::types::ThirdPartyConversationId;
use vodacom::{
    Amount, BusinessPayment, Client, Error, Market, Msisdn, Payment, Processed, RetryPolicy, Reversal,
    TransactionReference, paths,
};
use vodacom_sandbox::{Config, Fault, FaultKind, Sandbox, TransactionKind};

/// The client's whole-request timeout here, and the delay that outlasts it.
const TIMEOUT: Duration = Duration::from_millis(500);
const DELAY: Duration = Duration::from_millis(1000);

/// What the caller got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Carried out, as if nothing had failed.
    Success,
    /// Carried out: a lost answer read back by a status query.
    Found,
    /// `Error::Auth`: no session could be opened.
    Auth,
    /// `Error::Http` with this status: refused, nothing made.
    Http(u16),
}

#[derive(Debug, Clone, Copy)]
enum Op {
    C2b,
    B2c,
    B2b,
    Reversal,
}

/// The rows: the shared scenarios, and Vodacom's own `INS-10`.
#[derive(Debug, Clone, Copy)]
enum Row {
    Shared(Scenario),
    /// A 409 `INS-10` for a key nothing was made under.
    Duplicate,
}

impl Op {
    fn path(self) -> &'static str {
        match self {
            Op::C2b => paths::C2B_PAYMENT,
            Op::B2c => paths::B2C_PAYMENT,
            Op::B2b => paths::B2B_PAYMENT,
            Op::Reversal => paths::REVERSAL,
        }
    }

    fn kind(self) -> TransactionKind {
        match self {
            Op::C2b => TransactionKind::C2bPayment,
            Op::B2c => TransactionKind::B2cPayment,
            Op::B2b => TransactionKind::B2bPayment,
            Op::Reversal => TransactionKind::Reversal,
        }
    }
}

fn outcome(result: &Result<Processed, Error>) -> Outcome {
    match result {
        Ok(processed) if processed.already_existed => Outcome::Found,
        Ok(_) => Outcome::Success,
        Err(Error::Auth { .. }) => Outcome::Auth,
        Err(Error::Http { status, .. }) => Outcome::Http(status.as_u16()),
        Err(error) => panic!("unexpected error: {error}"),
    }
}

fn key(text: &str) -> ThirdPartyConversationId {
    ThirdPartyConversationId::try_from(text).unwrap()
}

fn payment(reference: &ThirdPartyConversationId) -> Payment {
    Payment::new(
        reference.clone(),
        Msisdn::parse("255744553111").unwrap(),
        Amount::whole(40).unwrap(),
        TransactionReference::try_from("ORDER-41").unwrap(),
        "Shoes",
    )
}

/// Runs `op` under `row`'s fault; asserts the outcome, that the sandbox then
/// holds `expected_records` transactions of the kind under the key, how
/// many sessions were opened for it, and that sending the same request
/// again makes none.
async fn cell(row: Row, op: Op, expected: Outcome, expected_records: usize) {
    let config = Config {
        session_live_after: Duration::ZERO,
        ..Config::default()
    };
    let sandbox = Sandbox::start_with(config).await.unwrap();
    let retry = RetryPolicy::default()
        .max_attempts(6)
        .backoff(Duration::from_millis(100), Duration::from_millis(400));
    let client: Client = sandbox
        .client_builder(Market::Tanzania)
        .timeout(TIMEOUT)
        .retry(retry)
        .build()
        .unwrap();
    let prefix = market_path(&sandbox);
    let token_down = matches!(row, Row::Shared(Scenario::TokenEndpointDown));
    // What a reversal reverses, paid before the fault (which then opens no session).
    let paid = if let Op::Reversal = op {
        let paid = client.c2b(&payment(&key("paid100"))).await.unwrap();
        paid.transaction_id
    } else {
        None
    };
    if !token_down && paid.is_none() {
        client.authenticate().await.unwrap();
    }
    let sessions_before = sandbox.state().sessions.opened;
    let path = format!("{prefix}{}", op.path());
    let fault = match row {
        Row::Shared(scenario) => scenario.fault(&path, &format!("{prefix}{}", paths::GET_SESSION), DELAY),
        Row::Duplicate => Fault {
            status: 409,
            body: Some(r#"{"output_ResponseCode":"INS-10","output_ResponseDesc":"Duplicate Transaction"}"#.to_owned()),
            ..Fault::new(path, FaultKind::Status)
        },
    };
    // Token endpoint down on a client that has a session changes nothing:
    // that row is about a client that has none.
    let client = if token_down && paid.is_some() {
        sandbox
            .client_builder(Market::Tanzania)
            .timeout(TIMEOUT)
            .build()
            .unwrap()
    } else {
        client
    };
    sandbox.inject(fault);
    let reference = key("faulted41");
    let send = || async {
        match op {
            Op::C2b => client.c2b(&payment(&reference)).await,
            Op::B2c => client.b2c(&payment(&reference)).await,
            Op::B2b => {
                let stock = BusinessPayment::new(
                    reference.clone(),
                    "000001".parse().unwrap(),
                    Amount::whole(40).unwrap(),
                    TransactionReference::try_from("STOCK-41").unwrap(),
                    "Stock",
                );
                client.b2b(&stock).await
            }
            Op::Reversal => {
                let transaction = paid.clone().unwrap();
                client
                    .reverse(&Reversal::new(
                        reference.clone(),
                        transaction,
                        Amount::whole(40).unwrap(),
                    ))
                    .await
            }
        }
    };
    let got = send().await;
    assert_eq!(outcome(&got), expected, "{row:?} on {op:?}: {got:?}");
    if let Ok(processed) = &got {
        assert_eq!(processed.reference, reference);
    }
    // Whatever a delayed request still does, it has done by now.
    sandbox.settle().await;
    let held = |sandbox: &Sandbox| {
        let state = sandbox.state();
        let mine = state
            .transactions
            .iter()
            .filter(|t| t.third_party_conversation_id == reference && t.kind == op.kind());
        mine.count()
    };
    assert_eq!(held(&sandbox), expected_records, "{row:?} on {op:?}");
    if !token_down {
        let renewed = matches!(row, Row::Shared(Scenario::Unauthorized));
        let opened = sandbox.state().sessions.opened - sessions_before;
        assert_eq!(opened, u64::from(renewed), "{row:?} on {op:?}: sessions opened");
        // The caller's next step: the same request again. Never a second one.
        let again = send().await.unwrap();
        assert!(again.already_existed, "{row:?} on {op:?}");
        sandbox.settle().await;
        assert_eq!(held(&sandbox), 1, "{row:?} on {op:?}: made exactly once");
    }
}

/// The path of the sandbox's Tanzania URL (`/sandbox/ipg/v2/vodacomTZN`),
/// which every operation's path follows.
fn market_path(sandbox: &Sandbox) -> String {
    let base = sandbox.environment(Market::Tanzania).base_url();
    base.trim_start_matches(sandbox.base_url()).to_owned()
}

/// Mozambique's cell: `op` on its own port under `row`'s fault (no
/// session, so no session row), the same assertions.
async fn mozambique_cell(row: Row, op: Op, expected: Outcome, expected_records: usize) {
    use vodacom::mozambique::paths as mz;
    let sandbox = Sandbox::start().await.unwrap();
    let retry = RetryPolicy::default()
        .max_attempts(6)
        .backoff(Duration::from_millis(100), Duration::from_millis(400));
    let client = sandbox
        .mozambique_client_builder()
        .timeout(TIMEOUT)
        .retry(retry)
        .build()
        .unwrap();
    let customer = Msisdn::parse("258843330333").unwrap();
    let payment = |reference: &ThirdPartyConversationId| {
        Payment::new(
            reference.clone(),
            customer.clone(),
            Amount::whole(40).unwrap(),
            TransactionReference::try_from("ORDER-41").unwrap(),
            "Shoes",
        )
    };
    let paid = match op {
        Op::Reversal => client.c2b(&payment(&key("paid100"))).await.unwrap().transaction_id,
        _ => None,
    };
    let path = match op {
        Op::C2b => mz::C2B_PAYMENT,
        Op::B2c => mz::B2C_PAYMENT,
        Op::B2b => mz::B2B_PAYMENT,
        Op::Reversal => mz::REVERSAL,
    };
    let fault = match row {
        Row::Shared(scenario) => scenario.fault(path, "", DELAY),
        Row::Duplicate => Fault {
            status: 409,
            body: Some(r#"{"output_ResponseCode":"INS-10","output_ResponseDesc":"Duplicate Transaction"}"#.to_owned()),
            ..Fault::new(path, FaultKind::Status)
        },
    };
    sandbox.inject(fault);
    let reference = key("faulted41");
    let send = || async {
        match op {
            Op::C2b => client.c2b(&payment(&reference)).await,
            Op::B2c => client.b2c(&payment(&reference)).await,
            Op::B2b => {
                let stock = BusinessPayment::new(
                    reference.clone(),
                    "000001".parse().unwrap(),
                    Amount::whole(40).unwrap(),
                    TransactionReference::try_from("STOCK-41").unwrap(),
                    "Stock",
                );
                client.b2b(&stock).await
            }
            Op::Reversal => {
                let back = Reversal::new(reference.clone(), paid.clone().unwrap(), Amount::whole(40).unwrap());
                client.reverse(&back).await
            }
        }
    };
    let got = send().await;
    assert_eq!(outcome(&got), expected, "Mozambique, {row:?} on {op:?}: {got:?}");
    sandbox.settle().await;
    let held = |sandbox: &Sandbox| {
        let state = sandbox.state().mozambique;
        let mine = state
            .transactions
            .iter()
            .filter(|t| t.third_party_reference == reference && t.kind == op.kind());
        mine.count()
    };
    assert_eq!(held(&sandbox), expected_records, "Mozambique, {row:?} on {op:?}");
    // The caller's next step: the same request again. Made now only if it
    // was refused before; never a second one.
    let again = send().await.unwrap();
    assert_eq!(
        again.already_existed,
        expected_records == 1,
        "Mozambique, {row:?} on {op:?}"
    );
    sandbox.settle().await;
    assert_eq!(held(&sandbox), 1, "Mozambique, {row:?} on {op:?}: made exactly once");
}

macro_rules! matrix {
    ($cell:ident: $($test:ident: $row:expr, $op:ident => $outcome:expr, records $records:expr;)*) => {$(
        #[tokio::test]
        async fn $test() {
            $cell($row, Op::$op, $outcome, $records).await;
        }
    )*};
}

use Outcome::*;

const fn shared(scenario: Scenario) -> Row {
    Row::Shared(scenario)
}

matrix! {cell:
    status_500_c2b: shared(Scenario::Status500), C2b => Success, records 1;
    status_500_b2c: shared(Scenario::Status500), B2c => Success, records 1;
    status_500_b2b: shared(Scenario::Status500), B2b => Success, records 1;
    status_500_reversal: shared(Scenario::Status500), Reversal => Success, records 1;

    status_502_c2b: shared(Scenario::Status502), C2b => Success, records 1;
    status_502_b2c: shared(Scenario::Status502), B2c => Success, records 1;
    status_502_b2b: shared(Scenario::Status502), B2b => Success, records 1;
    status_502_reversal: shared(Scenario::Status502), Reversal => Success, records 1;

    status_503_retry_after_c2b: shared(Scenario::Status503RetryAfter), C2b => Success, records 1;
    status_503_retry_after_b2c: shared(Scenario::Status503RetryAfter), B2c => Success, records 1;
    status_503_retry_after_b2b: shared(Scenario::Status503RetryAfter), B2b => Success, records 1;
    status_503_retry_after_reversal: shared(Scenario::Status503RetryAfter), Reversal => Success, records 1;

    status_429_c2b: shared(Scenario::Status429), C2b => Success, records 1;
    status_429_b2c: shared(Scenario::Status429), B2c => Success, records 1;
    status_429_b2b: shared(Scenario::Status429), B2b => Success, records 1;
    status_429_reversal: shared(Scenario::Status429), Reversal => Success, records 1;

    delay_past_timeout_c2b: shared(Scenario::DelayPastTimeout), C2b => Success, records 1;
    delay_past_timeout_b2c: shared(Scenario::DelayPastTimeout), B2c => Success, records 1;
    delay_past_timeout_b2b: shared(Scenario::DelayPastTimeout), B2b => Success, records 1;
    delay_past_timeout_reversal: shared(Scenario::DelayPastTimeout), Reversal => Success, records 1;

    drop_after_processing_c2b: shared(Scenario::DropAfterProcessing), C2b => Found, records 1;
    drop_after_processing_b2c: shared(Scenario::DropAfterProcessing), B2c => Found, records 1;
    drop_after_processing_b2b: shared(Scenario::DropAfterProcessing), B2b => Found, records 1;
    drop_after_processing_reversal: shared(Scenario::DropAfterProcessing), Reversal => Found, records 1;

    malformed_c2b: shared(Scenario::MalformedJson), C2b => Found, records 1;
    malformed_b2c: shared(Scenario::MalformedJson), B2c => Found, records 1;
    malformed_b2b: shared(Scenario::MalformedJson), B2b => Found, records 1;
    malformed_reversal: shared(Scenario::MalformedJson), Reversal => Found, records 1;

    html_error_page_c2b: shared(Scenario::HtmlErrorPage), C2b => Success, records 1;
    html_error_page_b2c: shared(Scenario::HtmlErrorPage), B2c => Success, records 1;
    html_error_page_b2b: shared(Scenario::HtmlErrorPage), B2b => Success, records 1;
    html_error_page_reversal: shared(Scenario::HtmlErrorPage), Reversal => Success, records 1;

    unauthorized_c2b: shared(Scenario::Unauthorized), C2b => Success, records 1;
    unauthorized_b2c: shared(Scenario::Unauthorized), B2c => Success, records 1;
    unauthorized_b2b: shared(Scenario::Unauthorized), B2b => Success, records 1;
    unauthorized_reversal: shared(Scenario::Unauthorized), Reversal => Success, records 1;

    session_endpoint_down_c2b: shared(Scenario::TokenEndpointDown), C2b => Auth, records 0;
    session_endpoint_down_b2c: shared(Scenario::TokenEndpointDown), B2c => Auth, records 0;
    session_endpoint_down_b2b: shared(Scenario::TokenEndpointDown), B2b => Auth, records 0;
    session_endpoint_down_reversal: shared(Scenario::TokenEndpointDown), Reversal => Auth, records 0;

    duplicate_without_request_c2b: Row::Duplicate, C2b => Success, records 1;
    duplicate_without_request_b2c: Row::Duplicate, B2c => Success, records 1;
    duplicate_without_request_b2b: Row::Duplicate, B2b => Success, records 1;
    duplicate_without_request_reversal: Row::Duplicate, Reversal => Success, records 1;
}

// Mozambique's operations (each on its port) under the same faults; the
// session rows do not apply (it has none). A 401 there refuses the API key
// itself, which renewing cannot change: it is returned, nothing was made,
// and the same request sent again is made once.
matrix! {mozambique_cell:
    mozambique_status_500_c2b: shared(Scenario::Status500), C2b => Success, records 1;
    mozambique_status_500_b2c: shared(Scenario::Status500), B2c => Success, records 1;
    mozambique_status_500_b2b: shared(Scenario::Status500), B2b => Success, records 1;
    mozambique_status_500_reversal: shared(Scenario::Status500), Reversal => Success, records 1;

    mozambique_status_502_c2b: shared(Scenario::Status502), C2b => Success, records 1;
    mozambique_status_502_b2c: shared(Scenario::Status502), B2c => Success, records 1;
    mozambique_status_502_b2b: shared(Scenario::Status502), B2b => Success, records 1;
    mozambique_status_502_reversal: shared(Scenario::Status502), Reversal => Success, records 1;

    mozambique_status_503_retry_after_c2b: shared(Scenario::Status503RetryAfter), C2b => Success, records 1;
    mozambique_status_503_retry_after_b2c: shared(Scenario::Status503RetryAfter), B2c => Success, records 1;
    mozambique_status_503_retry_after_b2b: shared(Scenario::Status503RetryAfter), B2b => Success, records 1;
    mozambique_status_503_retry_after_reversal: shared(Scenario::Status503RetryAfter), Reversal => Success, records 1;

    mozambique_status_429_c2b: shared(Scenario::Status429), C2b => Success, records 1;
    mozambique_status_429_b2c: shared(Scenario::Status429), B2c => Success, records 1;
    mozambique_status_429_b2b: shared(Scenario::Status429), B2b => Success, records 1;
    mozambique_status_429_reversal: shared(Scenario::Status429), Reversal => Success, records 1;

    mozambique_delay_past_timeout_c2b: shared(Scenario::DelayPastTimeout), C2b => Success, records 1;
    mozambique_delay_past_timeout_b2c: shared(Scenario::DelayPastTimeout), B2c => Success, records 1;
    mozambique_delay_past_timeout_b2b: shared(Scenario::DelayPastTimeout), B2b => Success, records 1;
    mozambique_delay_past_timeout_reversal: shared(Scenario::DelayPastTimeout), Reversal => Success, records 1;

    mozambique_drop_after_processing_c2b: shared(Scenario::DropAfterProcessing), C2b => Found, records 1;
    mozambique_drop_after_processing_b2c: shared(Scenario::DropAfterProcessing), B2c => Found, records 1;
    mozambique_drop_after_processing_b2b: shared(Scenario::DropAfterProcessing), B2b => Found, records 1;
    mozambique_drop_after_processing_reversal: shared(Scenario::DropAfterProcessing), Reversal => Found, records 1;

    mozambique_malformed_c2b: shared(Scenario::MalformedJson), C2b => Found, records 1;
    mozambique_malformed_b2c: shared(Scenario::MalformedJson), B2c => Found, records 1;
    mozambique_malformed_b2b: shared(Scenario::MalformedJson), B2b => Found, records 1;
    mozambique_malformed_reversal: shared(Scenario::MalformedJson), Reversal => Found, records 1;

    mozambique_html_error_page_c2b: shared(Scenario::HtmlErrorPage), C2b => Success, records 1;
    mozambique_html_error_page_b2c: shared(Scenario::HtmlErrorPage), B2c => Success, records 1;
    mozambique_html_error_page_b2b: shared(Scenario::HtmlErrorPage), B2b => Success, records 1;
    mozambique_html_error_page_reversal: shared(Scenario::HtmlErrorPage), Reversal => Success, records 1;

    mozambique_unauthorized_c2b: shared(Scenario::Unauthorized), C2b => Http(401), records 0;
    mozambique_unauthorized_b2c: shared(Scenario::Unauthorized), B2c => Http(401), records 0;
    mozambique_unauthorized_b2b: shared(Scenario::Unauthorized), B2b => Http(401), records 0;
    mozambique_unauthorized_reversal: shared(Scenario::Unauthorized), Reversal => Http(401), records 0;

    mozambique_duplicate_without_request_c2b: Row::Duplicate, C2b => Success, records 1;
    mozambique_duplicate_without_request_b2c: Row::Duplicate, B2c => Success, records 1;
    mozambique_duplicate_without_request_b2b: Row::Duplicate, B2b => Success, records 1;
    mozambique_duplicate_without_request_reversal: Row::Duplicate, Reversal => Success, records 1;
}
