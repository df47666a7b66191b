//! An integration test written the way a merchant writes one in their own
//! crate, with `ihela-sandbox` as a dev-dependency: only the public API of
//! both crates, no helper of this repository (README, "Testing your
//! integration").

use ihela::{BillStatus, CashIn, CreatedBill, InitBill};
use ihela_sandbox::Sandbox;

#[tokio::test]
async fn my_checkout_takes_a_payment_and_refunds_it() -> Result<(), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start().await?;
    let client = sandbox.client().build()?;

    let request = InitBill::new(5000, "clientmail@gmail.com", "Order 7", "order-7");
    let CreatedBill::Issued(bill) = client.init_bill(request).await? else {
        panic!("the sandbox answers every bill init");
    };
    let waiting = client.verify_bill(&bill.merchant_reference, &bill.code).await?;
    assert_eq!(waiting.status, BillStatus::Pending);

    sandbox.pay(&bill.code).await?; // the customer pays
    let paid = client.verify_bill(&bill.merchant_reference, &bill.code).await?;
    assert_eq!(paid.status, BillStatus::Paid);
    assert!(paid.bank_reference.is_some());

    let refund = CashIn::new("MF1-0001", "000001-01", 5000, "refund-7", "Refund of order 7");
    let receipt = client.cash_in(refund).await?;
    assert!(receipt.reference.starts_with("CPT-"), "{}", receipt.reference);
    Ok(())
}
