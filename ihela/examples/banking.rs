//! A partner bank's day with iHela's banking service, offline: log in (the
//! JWT pair), look an account up, ask a fee, deposit into it and withdraw
//! from it under references of ours (each sent once: run it again under the
//! same reference and nothing moves twice), then read the statement.
//!
//! It starts `ihela-sandbox` in-process: no credentials, no network.
//!
//! ```text
//! cargo run --example banking
//! ```

use ihela::banking::types::{AccountNumber, ExternalReference, OperationType};
use ihela::banking::{BankingClient, Movement};
use ihela::{Francs, pesa_store};
use ihela_sandbox::Sandbox;

type Failure = Box<dyn std::error::Error>;

#[tokio::main]
async fn main() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    println!("Sandbox at {}", sandbox.base_url());
    // A journal, so that a payment whose answer is lost is settled on the
    // next start rather than sent again (a file or PostgreSQL in production).
    let journal = std::sync::Arc::new(pesa_store::Memory::default());
    let client: BankingClient = sandbox.banking_client().journal(journal).build()?;
    client.reconcile_pending().await?;

    let account: AccountNumber = "ACT-123".parse()?;
    let holder = client.account(&account).await?;
    println!(
        "Account {account}: {}",
        holder.account_holder.as_deref().unwrap_or("(no name)")
    );
    let amount = Francs::new(20_000)?;
    let fee = client.fee(OperationType::Withdrawal, amount).await?;
    println!("A withdrawal of {amount} costs {} francs", fee.fee.unwrap_or_default());

    let deposit = Movement::new(
        account.clone(),
        "John Doe",
        Francs::new(5_000)?,
        "Salary advance",
        "PARTNER-DEP-0001".parse::<ExternalReference>()?,
    );
    let receipt = client.deposit(&deposit).await?;
    println!("Deposit: iHela's reference {}, {:?}", receipt.reference, receipt.status);
    let again = client.deposit(&deposit).await?;
    println!("The same deposit again: {} (nothing moved twice)", again.reference);

    let withdrawal = Movement::new(
        account.clone(),
        "John Doe",
        amount,
        "Cash at the branch",
        "PARTNER-WDR-0001".parse::<ExternalReference>()?,
    );
    let receipt = client.withdraw(&withdrawal).await?;
    println!(
        "Withdrawal: {}, fee {}",
        receipt.reference,
        receipt.fee.unwrap_or_default()
    );

    let statement = client.statement(&account).await?;
    println!("Statement of {account}, newest first:");
    for line in statement.entries.unwrap_or_default() {
        println!(
            "  {:<10} {:>8} → {:>9}  {}",
            line.operation_type.unwrap_or_default(),
            line.amount.unwrap_or_default(),
            line.balance_after.unwrap_or_default(),
            line.external_reference.unwrap_or_default()
        );
    }
    let balance = client.balance(&account).await?;
    println!("Balance: {} BIF", balance.balance.unwrap_or_default());
    sandbox.stop().await;
    Ok(())
}
