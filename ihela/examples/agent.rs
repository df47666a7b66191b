//! An agent's counter with iHela's agent service, offline: a customer
//! cashes 10,000 francs in; another asks in their app to withdraw 30,000
//! and shows the agent the code; the agent looks the code up (step 1: who
//! and how much), pays the cash and validates the withdrawal with the
//! lookup's answer (step 2), which only a lookup can give.
//!
//! It starts `ihela-sandbox` in-process: no credentials, no network.
//!
//! ```text
//! cargo run --example agent
//! ```

use ihela::Francs;
use ihela::banking::types::{AccountNumber, ExternalReference};
use ihela::banking::{AgentClient, Movement};
use ihela_sandbox::Sandbox;

type Failure = Box<dyn std::error::Error>;

#[tokio::main]
async fn main() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    println!("Sandbox at {}", sandbox.base_url());
    let client: AgentClient = sandbox.agent_client().build()?;
    let agent_code = sandbox.banking_user(true).agent_code.clone().unwrap_or_default();

    let account: AccountNumber = "ACT-123".parse()?;
    let cash_in = Movement::new(
        account.clone(),
        "John Doe",
        Francs::new(10_000)?,
        "Cash-in at the counter",
        "AGENT-IN-0001".parse::<ExternalReference>()?,
    );
    let receipt = client.cash_in(&cash_in).await?;
    println!("Cash-in of 10,000: {} {:?}", receipt.reference, receipt.status);

    // The customer's side, in iHela's app: a withdrawal code.
    let asked = Francs::new(30_000)?;
    let request = sandbox.request_cash_out(account.as_str(), asked)?;
    println!("The customer shows the code {}", request.operation_code);

    let pending = client.look_up_cash_out(&request.operation_code, asked).await?;
    println!(
        "Step 1, lookup: {} for {}: check their ID",
        pending.amount(),
        pending.account_holder.as_deref().unwrap_or("(no name)")
    );
    let reference: ExternalReference = "AGENT-OUT-0001".parse()?;
    let paid = client.cash_out(&pending, &agent_code, &reference).await?;
    let fee = paid.fee.unwrap_or_default();
    println!("Step 2, validated: {}, fee {fee}; hand over the cash", paid.reference);

    let spent = client.cash_out(&pending, &agent_code, &"AGENT-OUT-0002".parse()?).await;
    println!(
        "The same code again, under another reference: {}",
        match spent {
            Ok(_) => "paid (unexpected)".to_owned(),
            Err(error) => format!("refused ({error})"),
        }
    );
    let balance = client.balance(&account).await?;
    println!("The customer's balance: {} BIF", balance.balance.unwrap_or_default());
    sandbox.stop().await;
    Ok(())
}
