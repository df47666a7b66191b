//! The README's "Testing your integration" test, as a merchant writes it:
//! `daraja` and `daraja-sandbox` only, no helper of this repository.

use daraja::{B2cPayment, Initiator, OriginatorConversationId, PhoneNumber, ResultUrls, Shillings, ShortCode};
use daraja::{StkPush, StkStatus, Submitted};
use daraja_sandbox::{Sandbox, StkOutcome};

#[tokio::test]
async fn my_checkout_takes_a_payment_and_refunds_it() -> Result<(), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start().await?;
    let client = sandbox.client().build()?;

    let express = client.express(ShortCode::parse(daraja_sandbox::PAYBILL)?, daraja_sandbox::PASSKEY);
    let push = StkPush::new(
        PhoneNumber::parse("0708374149")?,
        Shillings::new(500)?,
        "ORDER-7",
        "http://127.0.0.1:9/stk",
    );
    let prompt = express.push(push).await?;
    sandbox
        .answer_stk(&prompt.checkout_request_id, StkOutcome::Paid)
        .await?; // the customer pays
    assert_eq!(express.status(&prompt.checkout_request_id).await?, StkStatus::Paid);

    let business = client.business(
        ShortCode::parse(daraja_sandbox::BUSINESS)?,
        Initiator::new(daraja_sandbox::INITIATOR, daraja_sandbox::INITIATOR_PASSWORD),
        ResultUrls::new("http://127.0.0.1:9/result", "http://127.0.0.1:9/timeout")?,
    )?;
    let key = OriginatorConversationId::try_from("refund-7")?;
    let refund = B2cPayment::new(key, PhoneNumber::parse("0708374149")?, Shillings::new(500)?, "Refund 7");
    assert!(matches!(
        business.pay_customer(refund).await?,
        Submitted::Accepted { .. }
    ));
    Ok(())
}
