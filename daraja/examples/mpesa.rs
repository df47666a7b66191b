//! The whole M-Pesa Daraja flow, offline and step by step: token, an STK
//! push, the customer paying on their phone, the callback confirmed with
//! the STK query, a B2C payout with its result, and the account balance.
//!
//! It starts `daraja-sandbox` in-process and the merchant's callback
//! endpoints (the crate's axum routes) on loopback: no credentials, no
//! network. The sandbox plays the customer (`Sandbox::answer_stk`); against
//! Safaricom, the customer answers on their phone.
//!
//! ```text
//! cargo run --example mpesa
//! ```

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use daraja::callback::{CallbackPaths, Callbacks, ResultNotice, StkSettlement};
use daraja::types::ParameterKey;
use daraja::{
    B2cPayment, CheckoutRequestId, Initiator, OriginatorConversationId, PhoneNumber, ResultUrls, Shillings, ShortCode,
    StkPush, Submitted,
};
use daraja_sandbox::{Sandbox, StkOutcome};
use tokio::sync::mpsc;

type Failure = Box<dyn std::error::Error>;

/// What the merchant learns through its callback endpoints.
#[derive(Debug)]
enum Heard {
    Settled(StkSettlement),
    Result(&'static str, ResultNotice),
}

#[tokio::main]
async fn main() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    // The merchant's endpoint, before any URL is given to Daraja.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let merchant = format!("http://{}", listener.local_addr()?);
    let paths = CallbackPaths::default();
    println!("Sandbox at {}, merchant callbacks at {merchant}", sandbox.base_url());

    let client = sandbox.client().build()?;
    let express = client.express(ShortCode::parse(daraja_sandbox::PAYBILL)?, daraja_sandbox::PASSKEY);
    let business = client.business(
        ShortCode::parse(daraja_sandbox::BUSINESS)?,
        Initiator::new(daraja_sandbox::INITIATOR, daraja_sandbox::INITIATOR_PASSWORD),
        ResultUrls::new(
            format!("{merchant}{}", paths.result),
            format!("{merchant}{}", paths.queue_timeout),
        )?,
    )?;

    // The merchant's records: what it pushed for, which requests it sent.
    let pushed: Arc<Mutex<HashMap<CheckoutRequestId, Shillings>>> = Arc::default();
    let sent: Arc<Mutex<HashMap<OriginatorConversationId, &'static str>>> = Arc::default();
    let (heard, mut hear) = mpsc::unbounded_channel();
    let callbacks = {
        let (pushed, sent) = (pushed.clone(), sent.clone());
        let (settled, resulted) = (heard.clone(), heard);
        Callbacks::<&'static str>::new()
            .stk(
                express.clone(),
                move |checkout| {
                    let amount = pushed.lock().unwrap().get(&checkout).copied();
                    async move { Ok::<_, Infallible>(amount) }
                },
                move |settlement| {
                    let _ = settled.send(Heard::Settled(settlement));
                    async { Ok::<_, Infallible>(()) }
                },
            )
            .results(
                move |keys| {
                    let what = sent.lock().unwrap().get(&keys.originator_conversation_id).copied();
                    async move { Ok::<_, Infallible>(what) }
                },
                move |what, notice| {
                    let _ = resulted.send(Heard::Result(what, notice));
                    async { Ok::<_, Infallible>(()) }
                },
            )
    };
    let app = callbacks.into_router::<()>(&paths);
    tokio::spawn(async move { axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await });

    step("Token");
    client.authenticate().await?;
    println!("  obtained (the client renews it by itself; each new one invalidates the last)");

    step("STK push: KES 1,500 from 0708 374 149");
    let amount = Shillings::new(1500)?;
    let push = StkPush::new(
        PhoneNumber::parse("0708 374 149")?,
        amount,
        "ORDER-1042",
        format!("{merchant}{}", paths.stk),
    )
    .description("Order 1042");
    let prompt = express.push(push).await?;
    pushed
        .lock()
        .unwrap()
        .insert(prompt.checkout_request_id.clone(), amount);
    println!("  prompt sent: {}", prompt.checkout_request_id);
    println!("  status now: {:?}", express.status(&prompt.checkout_request_id).await?);

    step("The customer enters their PIN (sandbox control)");
    sandbox
        .answer_stk(&prompt.checkout_request_id, StkOutcome::Paid)
        .await?;
    match recv(&mut hear).await? {
        Heard::Settled(settlement) => println!(
            "  [merchant] callback confirmed by the STK query: {:?}, {}, receipt {}, from {}",
            settlement.status,
            settlement.amount,
            settlement.receipt.map_or("-".to_owned(), |r| r.to_string()),
            settlement.phone.map_or("-".to_owned(), |p| p.masked()),
        ),
        other => return Err(format!("expected the STK settlement, heard {other:?}").into()),
    }

    step("B2C payout: KES 2,500 to 0712 345 678");
    let key = OriginatorConversationId::try_from("payout-2026-0001")?;
    sent.lock().unwrap().insert(key.clone(), "payout");
    let payout = B2cPayment::new(key, PhoneNumber::parse("0712345678")?, Shillings::new(2500)?, "Refund");
    match business.pay_customer(payout).await? {
        Submitted::Accepted { conversation_id, .. } => println!("  accepted: {conversation_id}"),
        Submitted::AlreadySubmitted { .. } => println!("  Daraja already had it: not paid twice"),
    }
    print_result(recv(&mut hear).await?);

    step("Account balance");
    if let Submitted::Accepted {
        originator_conversation_id,
        ..
    } = business.balance("End of day").await?
    {
        sent.lock().unwrap().insert(originator_conversation_id, "balance");
    }
    print_result(recv(&mut hear).await?);

    step("What the sandbox saw");
    sandbox.settle().await;
    let state = sandbox.state();
    println!("  tokens issued: {}", state.tokens_issued);
    println!("  pushes: {}, requests: {}", state.pushes.len(), state.requests.len());
    println!("  callbacks delivered: {}", state.deliveries.len());
    sandbox.stop().await;
    Ok(())
}

/// What the merchant heard next, or an error after ten seconds.
async fn recv(hear: &mut mpsc::UnboundedReceiver<Heard>) -> Result<Heard, Failure> {
    match tokio::time::timeout(Duration::from_secs(10), hear.recv()).await {
        Ok(Some(heard)) => Ok(heard),
        _ => Err("no callback reached the merchant".into()),
    }
}

fn print_result(heard: Heard) {
    let Heard::Result(what, notice) = heard else {
        println!("  unexpected: {heard:?}");
        return;
    };
    println!(
        "  [merchant] {what} result: {:?} ({})",
        notice.code,
        notice.description.as_deref().unwrap_or("")
    );
    if let Some(receipt) = &notice.transaction_id {
        println!("  receipt {receipt}");
    }
    if let Some(left) = notice.amount(&ParameterKey::B2cUtilityAccountAvailableFunds) {
        println!("  utility account after: KES {left}");
    }
    for account in notice.balances() {
        println!("  {:<22} {} {}", account.account, account.currency, account.available);
    }
}

fn step(name: &str) {
    println!("\n== {name}");
}
