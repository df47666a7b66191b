//! For the tests against `ihela-sandbox`: a client for it, and requests for
//! its customers.

use ihela::{ClientBuilder, Environment, Pin, types};
use ihela_sandbox::Sandbox;

/// A client builder for `sandbox`, with its credentials.
pub fn sandbox_client(sandbox: &Sandbox) -> ClientBuilder {
    ihela::Client::builder(Environment::Custom(sandbox.base_url().to_owned()))
        .credentials(sandbox.client_id(), sandbox.client_secret())
}

/// A bill for customer 76000111 at `MF1-0001`.
pub fn sandbox_bill(reference: &str, amount: u64) -> types::builder::BillInitRequest {
    types::BillInitRequest::builder()
        .amount(amount)
        .user("76000111")
        .bank(Some("MF1-0001".try_into().unwrap()))
        .description("Order 1042")
        .merchant_reference(reference)
}

/// A cash-in to account 000001-01 at `MF1-0001`.
pub fn sandbox_cash_in(reference: &str, amount: u64) -> types::builder::AccountCashIn {
    types::AccountCashIn::builder()
        .bank_slug("MF1-0001")
        .account("000001-01")
        .amount(amount)
        .merchant_reference(reference)
        .description("Refund of order 1042")
}

/// A later-generation bill of 600 BIF debiting account 000016-01 at
/// `MF1-0001`, with `pin`.
pub fn sandbox_created_bill(reference: &str, pin: Pin) -> types::builder::BillCreateRequest {
    types::BillCreateRequest::builder()
        .debit_bank(Some("MF1-0001".try_into().unwrap()))
        .debit_account("000016-01")
        .amount(600)
        .description("Order 752001")
        .merchant_reference(reference)
        .pin_code(pin)
}
