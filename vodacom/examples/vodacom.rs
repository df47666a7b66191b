//! M-Pesa in Vodacom's markets, offline and step by step: a session opened
//! with the API key and waited for until it is live, a customer's payment
//! (C2B), the same payment sent again and answered with the first, its
//! status, a partial reversal, a payout (B2C), a direct debit mandate and a
//! payment under it, and what the business holds.
//!
//! It starts `vodacom-sandbox` in-process (its sessions live one second
//! after they open, its own published test keypair): no credentials, no
//! network. Against Vodacom, use `Environment::Sandbox(Market::Tanzania)`
//! and the market's public key and API key from the developers' portal.
//!
//! ```text
//! cargo run --example vodacom
//! ```

use vodacom::types::Country;
use vodacom::{Amount, Mandate, MandatePayment, Market, Msisdn, Payment, Reversal};
use vodacom_sandbox::Sandbox;

type Failure = Box<dyn std::error::Error>;

#[tokio::main]
async fn main() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    let market = Market::Tanzania;
    println!("Sandbox for {market:?} at {}", sandbox.environment(market).base_url());
    // The sandbox's public key, API key and business code; Vodacom's portal gives yours.
    let client = sandbox.client_builder(market).build()?;

    // 1. The session: opened with the API key encrypted, asked until it is live.
    let started = std::time::Instant::now();
    client.authenticate().await?;
    println!(
        "1. session live after {} ms (asked, never slept on)",
        started.elapsed().as_millis()
    );

    // 2. A customer pays, under your key, chosen and stored before sending.
    let customer = Msisdn::parse("+255 744 553 111")?;
    let order = Payment::new(
        "order1042".try_into()?,
        customer.clone(),
        Amount::whole(15_000)?,
        "ORDER-1042".try_into()?,
        "Shoes",
    );
    let paid = client.c2b(&order).await?;
    let transaction = paid
        .transaction_id
        .clone()
        .ok_or("a C2B carried out has a transaction id")?;
    println!("2. paid: transaction {transaction}");

    // 3. Sent again (a retry after a crash): INS-10, looked up, not paid twice.
    let again = client.c2b(&order).await?;
    println!("3. sent again: already existed = {}", again.already_existed);

    // 4. Its status, by M-Pesa's id.
    let status = client.status(transaction.as_str()).await?;
    println!("4. status: {}", status.state);

    // 5. Part of it given back.
    let back = Reversal::new("refund1042".try_into()?, transaction, Amount::whole(5_000)?);
    client.reverse(&back).await?;
    println!("5. reversed 5000 TZS");

    // 6. A payout to another customer.
    let payout = Payment::new(
        "payout77".try_into()?,
        Msisdn::parse("255744553222")?,
        Amount::whole(2_500)?,
        "PAYOUT-77".try_into()?,
        "Salary payment",
    );
    client.b2c(&payout).await?;
    println!("6. paid out 2500 TZS");

    // 7. A mandate, once; then a payment under it, without asking the customer.
    client
        .create_mandate(&Mandate::new("mandate9".try_into()?, customer.clone(), "gym42"))
        .await?;
    let debit = MandatePayment::new("gym42dec".try_into()?, customer, Amount::whole(3_000)?, "gym42");
    client.pay_under_mandate(&debit).await?;
    println!("7. mandate given, 3000 TZS debited under it");

    // 8. What the business holds, by the sandbox's ledger.
    let state = sandbox.state();
    let tanzania = state
        .balances
        .iter()
        .find(|b| b.country == Country::Tzn)
        .ok_or("no TZN balance")?;
    println!(
        "8. {} transactions, {} session(s); balance {} {} (started at {})",
        state.transactions.len(),
        state.sessions.opened,
        tanzania.balance,
        tanzania.currency,
        vodacom_sandbox::STARTING_BALANCE
    );
    sandbox.stop().await;
    Ok(())
}
