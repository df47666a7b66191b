//! For the tests against `ihela-sandbox`: requests for its customers.

use ihela::{CashIn, CreateBill, CreatedBill, InitBill, Pin, types};

/// A bill for customer 76000111 at `MF1-0001`.
pub fn sandbox_bill(reference: &str, amount: u64) -> InitBill {
    InitBill::new(amount, "76000111", "Order 1042", reference).bank("MF1-0001")
}

/// A cash-in to account 000001-01 at `MF1-0001`.
pub fn sandbox_cash_in(reference: &str, amount: u64) -> CashIn {
    CashIn::new("MF1-0001", "000001-01", amount, reference, "Refund of order 1042")
}

/// A later-generation bill of 600 BIF debiting account 000016-01 at
/// `MF1-0001`, with `pin`.
pub fn sandbox_created_bill(reference: &str, pin: Pin) -> CreateBill {
    CreateBill::new("000016-01", 600, "Order 752001", reference)
        .debit_bank("MF1-0001")
        .pin(pin)
}

/// The bill an init answered (not one recovered by a lookup).
pub fn issued(created: CreatedBill) -> types::Bill {
    match created {
        CreatedBill::Issued(bill) => *bill,
        recovered => panic!("the init answer was lost: {recovered:?}"),
    }
}
