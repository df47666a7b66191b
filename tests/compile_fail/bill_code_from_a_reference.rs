// An answer's merchant reference where a bill code is asked.
fn check(bill: &ihela::VerifiedBill) -> ihela::CheckBill {
    ihela::CheckBill::new(&bill.merchant_reference).bill_code(&bill.merchant_reference)
}

fn main() {}
