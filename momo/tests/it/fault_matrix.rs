//! The fault matrix: each fault the sandbox can inject, and a 409 for a
//! request that does not exist, against request to pay, transfer and
//! refund. Every cell asserts what the caller gets and what the sandbox
//! holds afterwards: MTN dedupes the caller's `X-Reference-Id`, so a lost
//! answer is read back by status and the request sent again under the same
//! reference only when it is not there; nothing is ever made twice, even
//! when the caller then sends the same request again.
//!
//! The README's "Faults survived" table for MoMo is this file's `matrix!`.

use std::time::Duration;

use momo::types::Status;
use momo::{Accepted, Collection, Disbursement, Error, Payment, ReferenceId, Refund, RetryPolicy, Version};
use momo_sandbox::{Fault, FaultKind, RequestKind, SettlementOutcome};
use pesa_sandbox::Scenario;

use crate::common::*;

/// The client's whole-request timeout here, and the delay that outlasts it.
const TIMEOUT: Duration = Duration::from_millis(500);
const DELAY: Duration = Duration::from_millis(1000);

/// What the caller got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Accepted, as if nothing had failed.
    Success,
    /// Accepted: a lost answer read back by the request's status.
    Found,
    /// `Error::Http` with this status.
    Http(u16),
    /// `Error::Auth` naming the token endpoint's failure.
    Auth,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    RequestToPay,
    Transfer,
    Refund,
}

/// The rows: the shared scenarios, and MoMo's own 409.
#[derive(Debug, Clone, Copy)]
enum Row {
    Shared(Scenario),
    /// A 409 `RESOURCE_ALREADY_EXIST` for a reference nothing was made under.
    Conflict,
}

impl Op {
    fn path(self) -> &'static str {
        match self {
            Op::RequestToPay => momo::paths::REQUEST_TO_PAY,
            Op::Transfer => "/disbursement/v1_0/transfer",
            Op::Refund => momo::paths::REFUND_V2,
        }
    }

    fn token_path(self) -> &'static str {
        match self {
            Op::RequestToPay => "/collection/token/",
            Op::Transfer | Op::Refund => "/disbursement/token/",
        }
    }

    fn kind(self) -> RequestKind {
        match self {
            Op::RequestToPay => RequestKind::RequestToPay,
            Op::Transfer => RequestKind::Transfer,
            Op::Refund => RequestKind::Refund,
        }
    }
}

fn outcome(result: &Result<Accepted, Error>) -> Outcome {
    match result {
        Ok(accepted) if accepted.already_existed => Outcome::Found,
        Ok(_) => Outcome::Success,
        Err(Error::Http { status, .. }) => Outcome::Http(status.as_u16()),
        Err(error @ Error::Auth { .. }) => {
            assert!(error.to_string().contains("token endpoint"), "{error}");
            Outcome::Auth
        }
        Err(error) => panic!("unexpected error: {error}"),
    }
}

/// Runs `op` under `row`'s fault; asserts the outcome, that the sandbox then
/// holds `expected_records` requests of the kind under the reference, and
/// that sending the same request again makes none.
async fn cell(row: Row, op: Op, expected: Outcome, expected_records: usize) {
    let world = World::start().await;
    let retry = RetryPolicy::default()
        .max_attempts(6)
        .backoff(Duration::from_millis(100), Duration::from_millis(400));
    // Clients with a short timeout, made from the world's credentials.
    let [collection, disbursement, _] = world.credentials.clone();
    let collection = Collection::builder(world.sandbox.environment(), collection)
        .timeout(TIMEOUT)
        .retry(retry.clone())
        .build()
        .unwrap();
    let disbursement = Disbursement::builder(world.sandbox.environment(), disbursement)
        .timeout(TIMEOUT)
        .retry(retry)
        .build()
        .unwrap();
    // What a refund refunds, paid before the fault.
    let paid = ReferenceId::new();
    if let Op::Refund = op {
        collection
            .request_to_pay(&Payment::new(paid.clone(), eur(100), customer(), "order-40"))
            .await
            .unwrap();
        world
            .sandbox
            .settle_request(&paid, SettlementOutcome::Approved)
            .await
            .unwrap();
    }
    let token_down = matches!(row, Row::Shared(Scenario::TokenEndpointDown));
    if !token_down {
        collection.balance().await.unwrap();
        disbursement.balance().await.unwrap();
    }
    let tokens_before = world.sandbox.state().tokens_issued;
    let fault = match row {
        Row::Shared(scenario) => scenario.fault(op.path(), op.token_path(), DELAY),
        Row::Conflict => Fault {
            status: 409,
            body: Some(r#"{"code":"RESOURCE_ALREADY_EXIST","message":"Duplicated reference id."}"#.to_owned()),
            ..Fault::new(op.path(), FaultKind::Status)
        },
    };
    world.sandbox.inject(fault);
    let reference = ReferenceId::new();
    let send = || async {
        match op {
            Op::RequestToPay => {
                collection
                    .request_to_pay(&Payment::new(reference.clone(), eur(40), customer(), "order-41"))
                    .await
            }
            Op::Transfer => {
                disbursement
                    .transfer(&Payment::new(reference.clone(), eur(40), customer(), "payout-41"))
                    .await
            }
            Op::Refund => {
                let refund = Refund::new(reference.clone(), eur(40), paid.clone(), "refund-41");
                disbursement.refund(&refund, Version::V2).await
            }
        }
    };
    let got = send().await;
    assert_eq!(outcome(&got), expected, "{row:?} on {op:?}: {got:?}");
    if let Ok(accepted) = &got {
        assert_eq!(accepted.reference, reference);
    }
    // Whatever a delayed request still does, it has done by now.
    world.sandbox.settle().await;
    let held = |world: &World| {
        let state = world.sandbox.state();
        let mine = state
            .requests
            .iter()
            .filter(|r| r.reference == reference && r.kind == op.kind());
        mine.count()
    };
    assert_eq!(held(&world), expected_records, "{row:?} on {op:?}");
    let renewed = matches!(row, Row::Shared(Scenario::Unauthorized));
    if !token_down {
        let fetched = world.sandbox.state().tokens_issued - tokens_before;
        assert_eq!(fetched, u64::from(renewed), "{row:?} on {op:?}");
        // The caller's next step: the same request again. Never a second one.
        let again = send().await.unwrap();
        assert!(again.already_existed, "{row:?} on {op:?}");
        world.sandbox.settle().await;
        assert_eq!(held(&world), 1, "{row:?} on {op:?}: made exactly once");
    }
    if let (Op::Refund, 1) = (op, expected_records) {
        let refund = disbursement.refund_status(&reference).await.unwrap();
        assert_eq!(refund.status, Status::Successful, "{row:?}: refunded once");
    }
}

macro_rules! matrix {
    ($($test:ident: $row:expr, $op:ident => $outcome:expr, records $records:expr;)*) => {$(
        #[tokio::test]
        async fn $test() {
            cell($row, Op::$op, $outcome, $records).await;
        }
    )*};
}

use Outcome::*;

const fn shared(scenario: Scenario) -> Row {
    Row::Shared(scenario)
}

matrix! {
    status_500_request_to_pay: shared(Scenario::Status500), RequestToPay => Success, records 1;
    status_500_transfer: shared(Scenario::Status500), Transfer => Success, records 1;
    status_500_refund: shared(Scenario::Status500), Refund => Success, records 1;

    status_502_request_to_pay: shared(Scenario::Status502), RequestToPay => Success, records 1;
    status_502_transfer: shared(Scenario::Status502), Transfer => Success, records 1;
    status_502_refund: shared(Scenario::Status502), Refund => Success, records 1;

    status_503_retry_after_request_to_pay: shared(Scenario::Status503RetryAfter), RequestToPay => Success, records 1;
    status_503_retry_after_transfer: shared(Scenario::Status503RetryAfter), Transfer => Success, records 1;
    status_503_retry_after_refund: shared(Scenario::Status503RetryAfter), Refund => Success, records 1;

    status_429_request_to_pay: shared(Scenario::Status429), RequestToPay => Success, records 1;
    status_429_transfer: shared(Scenario::Status429), Transfer => Success, records 1;
    status_429_refund: shared(Scenario::Status429), Refund => Success, records 1;

    delay_past_timeout_request_to_pay: shared(Scenario::DelayPastTimeout), RequestToPay => Success, records 1;
    delay_past_timeout_transfer: shared(Scenario::DelayPastTimeout), Transfer => Success, records 1;
    delay_past_timeout_refund: shared(Scenario::DelayPastTimeout), Refund => Success, records 1;

    drop_after_processing_request_to_pay: shared(Scenario::DropAfterProcessing), RequestToPay => Found, records 1;
    drop_after_processing_transfer: shared(Scenario::DropAfterProcessing), Transfer => Found, records 1;
    drop_after_processing_refund: shared(Scenario::DropAfterProcessing), Refund => Found, records 1;

    malformed_request_to_pay: shared(Scenario::MalformedJson), RequestToPay => Success, records 1;
    malformed_transfer: shared(Scenario::MalformedJson), Transfer => Success, records 1;
    malformed_refund: shared(Scenario::MalformedJson), Refund => Success, records 1;

    html_error_page_request_to_pay: shared(Scenario::HtmlErrorPage), RequestToPay => Success, records 1;
    html_error_page_transfer: shared(Scenario::HtmlErrorPage), Transfer => Success, records 1;
    html_error_page_refund: shared(Scenario::HtmlErrorPage), Refund => Success, records 1;

    unauthorized_request_to_pay: shared(Scenario::Unauthorized), RequestToPay => Success, records 1;
    unauthorized_transfer: shared(Scenario::Unauthorized), Transfer => Success, records 1;
    unauthorized_refund: shared(Scenario::Unauthorized), Refund => Success, records 1;

    token_endpoint_down_request_to_pay: shared(Scenario::TokenEndpointDown), RequestToPay => Auth, records 0;
    token_endpoint_down_transfer: shared(Scenario::TokenEndpointDown), Transfer => Auth, records 0;
    token_endpoint_down_refund: shared(Scenario::TokenEndpointDown), Refund => Auth, records 0;

    conflict_without_request_request_to_pay: Row::Conflict, RequestToPay => Success, records 1;
    conflict_without_request_transfer: Row::Conflict, Transfer => Success, records 1;
    conflict_without_request_refund: Row::Conflict, Refund => Success, records 1;
}
