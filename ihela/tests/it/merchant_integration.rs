//! An integration test written the way a merchant writes one in their own
//! crate, with `ihela-sandbox` as a dev-dependency: only the public API of
//! both crates, no helper of this repository (README, "Testing your
//! integration").

use ihela::gen1::{CashIn, InitBill};
use ihela::{AccountNumber, BankSlug, BillStatus, Francs, MerchantReference};
use ihela_sandbox::Sandbox;

#[tokio::test]
async fn my_checkout_takes_a_payment_and_refunds_it() -> Result<(), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start().await?;
    let client = sandbox.client().build()?;

    let order = MerchantReference::parse("order-7")?;
    let request = InitBill::new(Francs::new(5000)?, "clientmail@gmail.com", "Order 7", order.clone());
    let bill = client.init_bill(request).await?.bill().clone();
    let waiting = client.verify_bill(&order, &bill.code).await?;
    assert_eq!(waiting.status, BillStatus::Pending);

    sandbox.pay(&bill.code).await?; // the customer pays
    let paid = client.verify_bill(&order, &bill.code).await?;
    assert_eq!(paid.status, BillStatus::Paid);
    assert!(paid.bank_reference.is_some());

    let refund = CashIn::new(
        BankSlug::parse("MF1-0001")?,
        AccountNumber::parse("000001-01")?,
        Francs::new(5000)?,
        MerchantReference::parse("refund-7")?,
        "Refund of order 7",
    );
    let receipt = client.cash_in(refund).await?;
    assert!(receipt.reference.starts_with("CPT-"), "{}", receipt.reference);
    Ok(())
}
