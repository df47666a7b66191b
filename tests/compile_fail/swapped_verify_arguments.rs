// The bill code where the merchant reference goes, and back.
async fn verify(client: ihela::Client, bill: ihela::CreatedBill) -> ihela::Result<()> {
    client.verify_bill(bill.code(), bill.merchant_reference()).await?;
    Ok(())
}

fn main() {}
