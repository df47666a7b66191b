//! The fault matrix: each fault the sandbox can inject, against bill init,
//! bill verify, cash-in and the bank list. Every cell asserts what the caller
//! gets and what the sandbox holds afterwards: no bill or cash-in twice, no
//! bill the sandbox created that the caller was not given or told about.
//!
//! The README's "Faults survived" table is this file's `matrix!` table.

use std::time::Duration;

use crate::common::*;
use ihela::{Client, CreatedBill, Error, RetryPolicy};
use ihela_sandbox::Sandbox;
use pesa_sandbox::Scenario;

/// The client's whole-request timeout here, and the delay that outlasts it.
const TIMEOUT: Duration = Duration::from_millis(500);
const DELAY: Duration = Duration::from_millis(1000);
const REFERENCE: &str = "ORDER-1042";

/// What the caller got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// The data, as if nothing had failed.
    Success,
    /// A bill init whose answer was lost: the bill, found by its reference.
    Found,
    /// `Error::OutcomeUnknown` carrying the reference.
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
    InitBill,
    VerifyBill,
    CashIn,
    ListBanks,
}

impl Op {
    fn path(self) -> &'static str {
        match self {
            Op::InitBill => ihela::paths::INIT_BILL,
            Op::VerifyBill => ihela::paths::VERIFY_BILL,
            Op::CashIn => ihela::paths::CASH_IN,
            Op::ListBanks => ihela::paths::LIST_BANKS,
        }
    }
}

fn client_for(sandbox: &Sandbox) -> Client {
    sandbox
        .client()
        .timeout(TIMEOUT)
        .recover_bills_by_reference(true)
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
            assert_eq!(reference, REFERENCE);
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

/// The codes of the sandbox's bills under the reference.
fn bills(sandbox: &Sandbox) -> Vec<ihela::BillCode> {
    let state = sandbox.state();
    let ours = state
        .bills
        .into_iter()
        .filter(|bill| bill.merchant_reference.as_str() == REFERENCE);
    ours.map(|bill| bill.code).collect()
}

/// How many cash-ins the sandbox holds under the reference.
fn cash_ins(sandbox: &Sandbox) -> usize {
    let state = sandbox.state();
    let ours = state
        .cash_ins
        .iter()
        .filter(|cash_in| cash_in.merchant_reference.as_str() == REFERENCE);
    ours.count()
}

/// Runs `op` under `row`'s fault; asserts the outcome, and that the sandbox
/// then holds `expected_records` bills (or cash-ins) under the reference.
async fn cell(row: Scenario, op: Op, expected: Outcome, expected_records: usize) {
    let sandbox = Sandbox::start().await.unwrap();
    // A bill to verify, made before the fault by another client.
    let existing = match op {
        Op::VerifyBill => Some(
            client_for(&sandbox)
                .init_bill(sandbox_bill(REFERENCE, 5000))
                .await
                .unwrap(),
        ),
        _ => None,
    };
    let client = client_for(&sandbox);
    if !matches!(row, Scenario::TokenEndpointDown) {
        client.authenticate().await.unwrap();
    }
    let fetches_before = sandbox.issued_tokens().len();
    sandbox.inject(row.fault(op.path(), ihela::paths::CREATE_TOKEN, DELAY));

    let got = match op {
        Op::InitBill => {
            let result = client.init_bill(sandbox_bill(REFERENCE, 5000)).await;
            // Found by reconciliation: the init answer (with its
            // confirmation URI) was lost, the bill was not.
            let found = matches!(&result, Ok(CreatedBill::Recovered { .. }));
            if let Ok(bill) = &result {
                let bills = bills(&sandbox);
                assert_eq!(bills, [bill.bill().code.clone()], "the caller has the sandbox's bill");
            }
            if found { Outcome::Found } else { outcome(&result) }
        }
        Op::VerifyBill => {
            let bill = existing.as_ref().unwrap();
            let result = client.verify_bill(&reference(REFERENCE), &bill.bill().code).await;
            if let Ok(verified) = &result {
                assert_eq!(verified.code, bill.bill().code);
            }
            outcome(&result)
        }
        Op::CashIn => {
            let result = client.cash_in(sandbox_cash_in(REFERENCE, 20000)).await;
            outcome(&result)
        }
        Op::ListBanks => {
            let result = client.list_banks().await;
            if let Ok(banks) = &result {
                assert!(!banks.is_empty());
            }
            outcome(&result)
        }
    };
    assert_eq!(got, expected, "{row:?} on {op:?}");

    if matches!(row, Scenario::DelayPastTimeout) {
        // Whatever the delayed request still does, it has done by now.
        sandbox.settle().await;
    }
    let held = if matches!(op, Op::CashIn) {
        cash_ins(&sandbox)
    } else {
        bills(&sandbox).len()
    };
    assert_eq!(held, expected_records, "{row:?} on {op:?}");
    let renewed = matches!(row, Scenario::Unauthorized) && !matches!(got, Outcome::Auth);
    if !matches!(row, Scenario::TokenEndpointDown) {
        assert_eq!(
            sandbox.issued_tokens().len() - fetches_before,
            usize::from(renewed),
            "{row:?} on {op:?}"
        );
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
    status_500_init_bill: Status500 on InitBill => Unknown, records 0;
    status_500_verify_bill: Status500 on VerifyBill => Http(500), records 1;
    status_500_cash_in: Status500 on CashIn => Unknown, records 0;
    status_500_list_banks: Status500 on ListBanks => Http(500), records 0;

    status_502_init_bill: Status502 on InitBill => Unknown, records 0;
    status_502_verify_bill: Status502 on VerifyBill => Success, records 1;
    status_502_cash_in: Status502 on CashIn => Unknown, records 0;
    status_502_list_banks: Status502 on ListBanks => Success, records 0;

    status_503_retry_after_init_bill: Status503RetryAfter on InitBill => Unknown, records 0;
    status_503_retry_after_verify_bill: Status503RetryAfter on VerifyBill => Success, records 1;
    status_503_retry_after_cash_in: Status503RetryAfter on CashIn => Unknown, records 0;
    status_503_retry_after_list_banks: Status503RetryAfter on ListBanks => Success, records 0;

    status_429_init_bill: Status429 on InitBill => Http(429), records 0;
    status_429_verify_bill: Status429 on VerifyBill => Success, records 1;
    status_429_cash_in: Status429 on CashIn => Http(429), records 0;
    status_429_list_banks: Status429 on ListBanks => Success, records 0;

    delay_past_timeout_init_bill: DelayPastTimeout on InitBill => Found, records 1;
    delay_past_timeout_verify_bill: DelayPastTimeout on VerifyBill => Success, records 1;
    delay_past_timeout_cash_in: DelayPastTimeout on CashIn => Unknown, records 1;
    delay_past_timeout_list_banks: DelayPastTimeout on ListBanks => Success, records 0;

    drop_after_processing_init_bill: DropAfterProcessing on InitBill => Found, records 1;
    drop_after_processing_verify_bill: DropAfterProcessing on VerifyBill => Success, records 1;
    drop_after_processing_cash_in: DropAfterProcessing on CashIn => Unknown, records 1;
    drop_after_processing_list_banks: DropAfterProcessing on ListBanks => Success, records 0;

    malformed_json_init_bill: MalformedJson on InitBill => Found, records 1;
    malformed_json_verify_bill: MalformedJson on VerifyBill => Decode, records 1;
    malformed_json_cash_in: MalformedJson on CashIn => Unknown, records 1;
    malformed_json_list_banks: MalformedJson on ListBanks => Decode, records 0;

    html_error_page_init_bill: HtmlErrorPage on InitBill => Unknown, records 0;
    html_error_page_verify_bill: HtmlErrorPage on VerifyBill => Success, records 1;
    html_error_page_cash_in: HtmlErrorPage on CashIn => Unknown, records 0;
    html_error_page_list_banks: HtmlErrorPage on ListBanks => Success, records 0;

    unauthorized_init_bill: Unauthorized on InitBill => Success, records 1;
    unauthorized_verify_bill: Unauthorized on VerifyBill => Success, records 1;
    unauthorized_cash_in: Unauthorized on CashIn => Success, records 1;
    unauthorized_list_banks: Unauthorized on ListBanks => Success, records 0;

    token_endpoint_down_init_bill: TokenEndpointDown on InitBill => Auth, records 0;
    token_endpoint_down_verify_bill: TokenEndpointDown on VerifyBill => Auth, records 1;
    token_endpoint_down_cash_in: TokenEndpointDown on CashIn => Auth, records 0;
    token_endpoint_down_list_banks: TokenEndpointDown on ListBanks => Auth, records 0;
}
