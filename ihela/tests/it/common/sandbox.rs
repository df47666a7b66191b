//! For the tests against `ihela-sandbox`: requests for its customers.

use ihela::gen1::{CashIn, InitBill};
use ihela::gen2::CreateBill;
use ihela::{BillState, CreatedBill};

use super::{account, francs, reference, slug};

/// A bill for customer 76000111 at `MF1-0001`.
pub fn sandbox_bill(merchant_reference: &str, amount: u64) -> InitBill {
    InitBill::new(francs(amount), "76000111", "Order 1042", reference(merchant_reference)).bank(slug("MF1-0001"))
}

/// A cash-in to account 000001-01 at `MF1-0001`.
pub fn sandbox_cash_in(merchant_reference: &str, amount: u64) -> CashIn {
    CashIn::new(
        slug("MF1-0001"),
        account("000001-01"),
        francs(amount),
        reference(merchant_reference),
        "Refund of order 1042",
    )
}

/// A generation 2 bill of 600 BIF debiting account 000016-01 at `MF1-0001`.
pub fn sandbox_created_bill(merchant_reference: &str) -> CreateBill {
    CreateBill::new("000016-01", francs(600), "Order 752001", reference(merchant_reference))
        .debit_bank(slug("MF1-0001"))
}

/// The bill an init answered with its confirmation page (not one recovered
/// by a lookup), and that page.
pub fn issued(created: CreatedBill) -> (BillState, String) {
    match created {
        CreatedBill::ToConfirm { bill, confirmation_uri } => (bill, confirmation_uri),
        other => panic!("the init answer gave no confirmation page: {other:?}"),
    }
}
