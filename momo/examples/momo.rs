//! The whole MTN MoMo flow, offline and step by step: an API user and key
//! provisioned, a request to pay that the customer approves, its callback
//! confirmed with MTN before the order is fulfilled, a refund, a transfer
//! out, and the balances.
//!
//! It starts `mtn-momo-sandbox` in-process and the merchant's callback
//! endpoint (the crate's axum route) on loopback: no credentials, no
//! network. The sandbox plays the customer (`Sandbox::settle_request`);
//! against MTN, the customer approves on their phone.
//!
//! ```text
//! cargo run --example momo
//! ```

use std::convert::Infallible;

use momo::callback::{CallbackKind, Callbacks, Settlement, callback_url};
use momo::types::Product;
use momo::{
    Collection, Currency, Disbursement, Money, Msisdn, Outcome, Payment, ReferenceId, Refund, Transaction as _, Version,
};
use momo_sandbox::{Sandbox, SettlementOutcome};
use rust_decimal::Decimal;
use tokio::sync::mpsc;

type Failure = Box<dyn std::error::Error>;

#[tokio::main]
async fn main() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    // The merchant's callback endpoint, on the host its API users register.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let callbacks_root = format!("http://{}/momo", listener.local_addr()?);
    println!(
        "Sandbox at {}, merchant callbacks under {callbacks_root}",
        sandbox.base_url()
    );

    // 1. Provisioning: an API user and key per product, as MTN's sandbox wants.
    let collection_user = sandbox.provision_for(Product::Collection, "127.0.0.1").await?;
    let disbursement_user = sandbox.provision_for(Product::Disbursement, "127.0.0.1").await?;
    println!(
        "API users: {} (collection), {} (disbursement)",
        collection_user.api_user(),
        disbursement_user.api_user()
    );
    let collection = Collection::builder(sandbox.environment(), collection_user).build()?;
    let disbursement = Disbursement::builder(sandbox.environment(), disbursement_user).build()?;

    // The merchant's endpoint: each callback is confirmed with MTN (a GET of
    // the request's status) before the order is fulfilled, once.
    let (fulfilled, mut heard) = mpsc::unbounded_channel::<Settlement>();
    let callbacks = Callbacks::new(move |settled| {
        let _ = fulfilled.send(settled);
        async { Ok::<_, Infallible>(()) }
    })
    .collection(collection.clone());
    let app: axum::Router = callbacks.into_router("/momo");
    tokio::spawn(async move { axum::serve(listener, app).await });

    // 2. A request to pay 1,500 EUR, under a reference chosen (and stored) first.
    let customer = Msisdn::parse("+256 772 123 456")?;
    let order = ReferenceId::new();
    let payment = Payment::new(
        order.clone(),
        Money::new(Decimal::from(1500), Currency::EUR)?,
        customer.clone(),
        "order-1042",
    )
    .payer_message("Order 1042")
    .payee_note("Thank you")
    .callback_url(callback_url(&callbacks_root, CallbackKind::RequestToPay, &order));
    let accepted = collection.request_to_pay(&payment).await?;
    println!("Request to pay {} accepted (not paid yet)", accepted.reference);
    println!(
        "Status: {:?}",
        collection.request_to_pay_status(&order).await?.outcome()
    );

    // 3. The customer approves on their phone; MTN sends its one callback.
    sandbox.settle_request(&order, SettlementOutcome::Approved).await?;
    let settled = heard.recv().await.ok_or("no callback")?;
    let Outcome::Successful {
        financial_transaction_id,
    } = &settled.outcome
    else {
        return Err(format!("not paid: {:?}", settled.outcome).into());
    };
    println!(
        "Callback confirmed with MTN: {} paid {} {} (MTN id {financial_transaction_id:?}): fulfil order {:?}",
        settled.reference,
        settled.amount,
        settled.currency,
        settled.external_id.as_deref().unwrap_or("?")
    );

    // 4. A partial refund of it, and a transfer out to a supplier.
    let refund = Refund::new(
        ReferenceId::new(),
        Money::whole(500, Currency::EUR)?,
        order.clone(),
        "refund-1042",
    );
    disbursement.refund(&refund, Version::V2).await?;
    let payout = ReferenceId::new();
    disbursement
        .transfer(
            &Payment::new(payout.clone(), Money::whole(200, Currency::EUR)?, customer, "payout-77")
                .payee_note("November"),
        )
        .await?;
    sandbox.settle().await;
    println!(
        "Refund: {:?}",
        disbursement.refund_status(refund.reference()).await?.outcome()
    );
    println!("Transfer: {:?}", disbursement.transfer_status(&payout).await?.outcome());

    // 5. The balances.
    let collected = collection.balance().await?;
    let paid_out = disbursement.balance().await?;
    println!(
        "Collection balance: {} {}",
        collected.available_balance, collected.currency
    );
    println!(
        "Disbursement balance: {} {}",
        paid_out.available_balance, paid_out.currency
    );
    sandbox.stop().await;
    Ok(())
}
