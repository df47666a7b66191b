//! The fault matrix: each fault the sandbox can inject, against STK push,
//! B2C, the STK query and transaction status. Every cell asserts what the
//! caller gets and what the sandbox holds afterwards; for the two calls that
//! move money, that nothing was done twice, even when the caller, told the
//! outcome is unknown, sends the same B2C again (the safe next step the
//! crate documents).
//!
//! The README's "Faults survived" table for Daraja is this file's `matrix!`.

use std::time::Duration;

use daraja::types::CheckoutRequestId;
use daraja::{B2cPayment, Client, Error, RetryPolicy, StatusQuery, StkPush, StkStatus, Submitted};
use daraja_sandbox::{RequestKind, Sandbox, StkOutcome};

use pesa_sandbox::Scenario;

use crate::common::*;

/// The client's whole-request timeout here, and the delay that outlasts it.
const TIMEOUT: Duration = Duration::from_millis(500);
const DELAY: Duration = Duration::from_millis(1000);
/// The merchant's key of the B2C, and the STK push's account reference.
const KEY: &str = "payout-1042";
const REFERENCE: &str = "ORDER-1042";

/// What the caller got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// The data, as if nothing had failed.
    Success,
    /// A B2C whose answer was lost, found by its key: already submitted.
    Found,
    /// `Error::OutcomeUnknown` carrying the key or reference.
    Unknown,
    /// `Error::Http` with this status.
    Http(u16),
    /// `Error::Decode`: an unreadable 200.
    Decode,
    /// `Error::Auth` naming the token endpoint's failure.
    Auth,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    StkPush,
    B2c,
    StkQuery,
    TransactionStatus,
}

impl Op {
    fn path(self) -> &'static str {
        match self {
            Op::StkPush => daraja::paths::STK_PUSH,
            Op::B2c => daraja::paths::B2C_PAYMENT,
            Op::StkQuery => daraja::paths::STK_QUERY,
            Op::TransactionStatus => daraja::paths::TRANSACTION_STATUS,
        }
    }
}

fn client_for(sandbox: &Sandbox) -> Client {
    sandbox
        .client()
        .timeout(TIMEOUT)
        .retry(
            RetryPolicy::default()
                .max_attempts(6)
                .backoff(Duration::from_millis(100), Duration::from_millis(400)),
        )
        .build()
        .unwrap()
}

fn outcome<T>(result: &Result<T, Error>) -> Outcome {
    match result {
        Ok(_) => Outcome::Success,
        Err(Error::OutcomeUnknown { reference, .. }) => {
            assert!(reference == KEY || reference == REFERENCE, "{reference}");
            Outcome::Unknown
        }
        Err(Error::Http { status, .. }) => Outcome::Http(status.as_u16()),
        Err(Error::Decode { .. }) => Outcome::Decode,
        Err(error @ Error::Auth { .. }) => {
            assert!(error.to_string().contains("token endpoint"), "{error}");
            Outcome::Auth
        }
        Err(error) => panic!("unexpected error: {error}"),
    }
}

/// The B2C payment of every cell: KES 2,500 to Jane under `KEY`.
fn payout() -> B2cPayment {
    B2cPayment::new(key(KEY), phone("0712345678"), shillings(2500), "Refund 1042")
}

/// The sandbox's B2C requests under `KEY`, and its STK pushes.
fn held(sandbox: &Sandbox) -> (usize, usize) {
    let state = sandbox.state();
    let b2c = state
        .requests
        .iter()
        .filter(|request| request.kind == RequestKind::B2c && request.originator_conversation_id.as_str() == KEY)
        .count();
    (b2c, state.pushes.len())
}

/// Runs `op` under `row`'s fault; asserts the outcome and that the sandbox
/// then holds `expected_records` B2C payments or pushes (for the queries:
/// the one B2C or push made before the fault).
async fn cell(row: Scenario, op: Op, expected: Outcome, expected_records: usize) {
    let sandbox = Sandbox::start_with(daraja_sandbox::Config {
        result_delay: Duration::ZERO,
        // Results go to a closed port: one attempt each.
        callback_attempts: 1,
        ..daraja_sandbox::Config::default()
    })
    .await
    .unwrap();
    let results = closed_port_url();
    // What the queries ask about, made before the fault by another client.
    let setup = client_for(&sandbox);
    let checkout: Option<CheckoutRequestId> = match op {
        Op::StkQuery => {
            let push = StkPush::new(phone("0708374149"), shillings(10), REFERENCE, format!("{results}/stk"));
            let prompt = sandbox_express(&setup).push(push).await.unwrap();
            sandbox
                .answer_stk(&prompt.checkout_request_id, StkOutcome::Paid)
                .await
                .unwrap();
            Some(prompt.checkout_request_id)
        }
        Op::TransactionStatus => {
            sandbox_business(&setup, &results).pay_customer(payout()).await.unwrap();
            None
        }
        _ => None,
    };
    let client = client_for(&sandbox);
    if !matches!(row, Scenario::TokenEndpointDown) {
        client.authenticate().await.unwrap();
    }
    let fetches_before = sandbox.issued_tokens().len();
    sandbox.inject(row.fault(op.path(), daraja::paths::CREATE_TOKEN, DELAY));
    let business = sandbox_business(&client, &results);

    let got = match op {
        Op::StkPush => {
            let push = StkPush::new(phone("0708374149"), shillings(10), REFERENCE, format!("{results}/stk"));
            outcome(&sandbox_express(&client).push(push).await)
        }
        Op::B2c => {
            let result = business.pay_customer(payout()).await;
            match result {
                Ok(Submitted::AlreadySubmitted { .. }) => Outcome::Found,
                other => outcome(&other),
            }
        }
        Op::StkQuery => {
            let result = sandbox_express(&client).status(checkout.as_ref().unwrap()).await;
            if let Ok(status) = &result {
                assert_eq!(*status, StkStatus::Paid);
            }
            outcome(&result)
        }
        Op::TransactionStatus => outcome(
            &business
                .transaction_status(StatusQuery::b2c(key(KEY), "Where is it"))
                .await,
        ),
    };
    assert_eq!(got, expected, "{row:?} on {op:?}");

    // Whatever a delayed request still does, it has done by now.
    sandbox.settle().await;
    let (b2c, pushes) = held(&sandbox);
    let records = match op {
        Op::StkPush | Op::StkQuery => pushes,
        Op::B2c | Op::TransactionStatus => b2c,
    };
    assert_eq!(records, expected_records, "{row:?} on {op:?}");
    let renewed = matches!(row, Scenario::Unauthorized) && !matches!(got, Outcome::Auth);
    if !matches!(row, Scenario::TokenEndpointDown) {
        assert_eq!(
            sandbox.issued_tokens().len() - fetches_before,
            usize::from(renewed),
            "{row:?} on {op:?}"
        );
    }

    // The caller's next step for a B2C: send the same payment again. It is
    // paid at most once whatever the fault did.
    if matches!(op, Op::B2c) && !matches!(row, Scenario::TokenEndpointDown) {
        let again = business.pay_customer(payout()).await.unwrap();
        let first_went_through = expected_records == 1;
        assert_eq!(
            matches!(again, Submitted::AlreadySubmitted { .. }),
            first_went_through,
            "{row:?}: {again:?}"
        );
        sandbox.settle().await;
        assert_eq!(held(&sandbox).0, 1, "{row:?}: paid exactly once");
    }
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
    status_500_stk_push: Status500 on StkPush => Unknown, records 0;
    status_500_b2c: Status500 on B2c => Unknown, records 0;
    status_500_stk_query: Status500 on StkQuery => Http(500), records 1;
    status_500_transaction_status: Status500 on TransactionStatus => Http(500), records 1;

    status_502_stk_push: Status502 on StkPush => Unknown, records 0;
    status_502_b2c: Status502 on B2c => Unknown, records 0;
    status_502_stk_query: Status502 on StkQuery => Success, records 1;
    status_502_transaction_status: Status502 on TransactionStatus => Success, records 1;

    status_503_retry_after_stk_push: Status503RetryAfter on StkPush => Unknown, records 0;
    status_503_retry_after_b2c: Status503RetryAfter on B2c => Unknown, records 0;
    status_503_retry_after_stk_query: Status503RetryAfter on StkQuery => Success, records 1;
    status_503_retry_after_transaction_status: Status503RetryAfter on TransactionStatus => Success, records 1;

    status_429_stk_push: Status429 on StkPush => Http(429), records 0;
    status_429_b2c: Status429 on B2c => Http(429), records 0;
    status_429_stk_query: Status429 on StkQuery => Success, records 1;
    status_429_transaction_status: Status429 on TransactionStatus => Success, records 1;

    delay_past_timeout_stk_push: DelayPastTimeout on StkPush => Unknown, records 1;
    delay_past_timeout_b2c: DelayPastTimeout on B2c => Found, records 1;
    delay_past_timeout_stk_query: DelayPastTimeout on StkQuery => Success, records 1;
    delay_past_timeout_transaction_status: DelayPastTimeout on TransactionStatus => Success, records 1;

    drop_after_processing_stk_push: DropAfterProcessing on StkPush => Unknown, records 1;
    drop_after_processing_b2c: DropAfterProcessing on B2c => Found, records 1;
    drop_after_processing_stk_query: DropAfterProcessing on StkQuery => Success, records 1;
    drop_after_processing_transaction_status: DropAfterProcessing on TransactionStatus => Success, records 1;

    malformed_json_stk_push: MalformedJson on StkPush => Unknown, records 1;
    malformed_json_b2c: MalformedJson on B2c => Found, records 1;
    malformed_json_stk_query: MalformedJson on StkQuery => Decode, records 1;
    malformed_json_transaction_status: MalformedJson on TransactionStatus => Decode, records 1;

    html_error_page_stk_push: HtmlErrorPage on StkPush => Unknown, records 0;
    html_error_page_b2c: HtmlErrorPage on B2c => Unknown, records 0;
    html_error_page_stk_query: HtmlErrorPage on StkQuery => Success, records 1;
    html_error_page_transaction_status: HtmlErrorPage on TransactionStatus => Success, records 1;

    unauthorized_stk_push: Unauthorized on StkPush => Success, records 1;
    unauthorized_b2c: Unauthorized on B2c => Success, records 1;
    unauthorized_stk_query: Unauthorized on StkQuery => Success, records 1;
    unauthorized_transaction_status: Unauthorized on TransactionStatus => Success, records 1;

    token_endpoint_down_stk_push: TokenEndpointDown on StkPush => Auth, records 0;
    token_endpoint_down_b2c: TokenEndpointDown on B2c => Auth, records 0;
    token_endpoint_down_stk_query: TokenEndpointDown on StkQuery => Auth, records 1;
    token_endpoint_down_transaction_status: TokenEndpointDown on TransactionStatus => Auth, records 1;
}
