// Bill verify never carries the amount: expecting one there would check nothing.
async fn confirm(client: ihela::Client, params: ihela::types::RedirectParams) -> ihela::Result<()> {
    client.confirm(&params).expected_amount(2000).send().await?;
    Ok(())
}

fn main() {}
