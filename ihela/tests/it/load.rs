//! Load through one client against the sandbox on loopback: 10,000 mixed
//! calls, 64 in flight, bounded in time. Nothing here is timed as a pass
//! criterion; what is asserted is that nothing fails, that the token is
//! fetched once per lifetime, and that the sandbox holds exactly the bills
//! and cash-ins the calls were told about.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use crate::common::*;
use futures::StreamExt as _;
use ihela::gen2::CheckBill;
use ihela::{BillCode, Client, CustomerQuery, MerchantReference};
use ihela_sandbox::{Config, Sandbox};

const CALLS: usize = 10_000;
const IN_FLIGHT: usize = 64;
/// The bound on the whole run: a hung call fails the test instead of CI.
const TIME_LIMIT: Duration = Duration::from_secs(240);

/// What one call created, for the accounting afterwards.
enum Made {
    Nothing,
    Bill(String),
    CashIn(String),
}

struct Load {
    client: Client,
    /// A bill of each generation made before the load, to verify and check.
    first_generation: (MerchantReference, BillCode),
    second_generation: (MerchantReference, BillCode),
}

impl Load {
    /// Call number `n`: one of eight operations, in turn.
    async fn call(&self, n: usize) -> Result<Made, ihela::Error> {
        let client = &self.client;
        let made = match n % 8 {
            0 => client.list_banks().await.map(|_| Made::Nothing)?,
            1 => {
                let who = CustomerQuery::CustomerId("76000111".into());
                client
                    .lookup_customer(&slug("MF1-0001"), who)
                    .await
                    .map(|_| Made::Nothing)?
            }
            2 => {
                let request = sandbox_bill(&format!("LOAD-BILL-{n}"), 1000 + n as u64);
                Made::Bill(client.init_bill(request).await?.bill().code.to_string())
            }
            3 => {
                let (reference, code) = &self.first_generation;
                client.verify_bill(reference, code).await.map(|_| Made::Nothing)?
            }
            4 => {
                let reference = format!("LOAD-CASH-{n}");
                client.cash_in(sandbox_cash_in(&reference, 100)).await?;
                Made::CashIn(reference)
            }
            5 => {
                let (reference, code) = &self.second_generation;
                let request = CheckBill::new(reference.clone(), code.clone());
                client.check_bill(request).await.map(|_| Made::Nothing)?
            }
            6 => client.connected_user().await.map(|_| Made::Nothing)?,
            _ => client.list_cash_out_banks().await.map(|_| Made::Nothing)?,
        };
        Ok(made)
    }
}

async fn prepare(client: Client) -> Load {
    let first = client.init_bill(sandbox_bill("LOAD-G1", 5000)).await.unwrap();
    let second = client.create_bill(sandbox_created_bill("LOAD-G2")).await.unwrap();
    Load {
        client,
        first_generation: (reference("LOAD-G1"), first.bill().code.clone()),
        second_generation: (reference("LOAD-G2"), second.bill().code.clone()),
    }
}

/// The codes of the sandbox's bills, and the merchant references of its
/// cash-ins, whose merchant reference starts with `prefix`.
fn held(sandbox: &Sandbox, prefix: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let state = sandbox.state();
    let ours = |reference: &str| reference.starts_with(prefix);
    let bills = state.bills.into_iter().filter(|b| ours(&b.merchant_reference));
    let cash_ins = state.cash_ins.into_iter().filter(|c| ours(&c.merchant_reference));
    (
        bills.map(|bill| bill.code.to_string()).collect(),
        cash_ins.map(|cash_in| cash_in.merchant_reference.to_string()).collect(),
    )
}

/// Runs the load on `client`; returns the errors, what was made, and how long it took.
async fn run(load: &Load) -> (Vec<String>, BTreeSet<String>, BTreeSet<String>, Duration) {
    let started = Instant::now();
    let outcomes: Vec<_> = tokio::time::timeout(
        TIME_LIMIT,
        futures::stream::iter(0..CALLS)
            .map(|n| load.call(n))
            .buffer_unordered(IN_FLIGHT)
            .collect(),
    )
    .await
    .expect("the load did not finish in its time limit");
    let (mut errors, mut bills, mut cash_ins) = (Vec::new(), BTreeSet::new(), BTreeSet::new());
    for outcome in outcomes {
        match outcome {
            Ok(Made::Bill(code)) => assert!(bills.insert(code), "a bill code came twice"),
            Ok(Made::CashIn(reference)) => assert!(cash_ins.insert(reference)),
            Ok(Made::Nothing) => {}
            Err(error) => errors.push(error.to_string()),
        }
    }
    (errors, bills, cash_ins, started.elapsed())
}

fn client_for(sandbox: &Sandbox, refresh_margin: Duration) -> Client {
    sandbox
        .client()
        .pin(pin())
        .refresh_margin(refresh_margin)
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "10,000 calls: run on request, `cargo test --test it load -- --ignored` (CI does)"]
async fn ten_thousand_mixed_calls_with_64_in_flight_and_one_token() {
    let sandbox = Sandbox::start().await.unwrap();
    let load = prepare(client_for(&sandbox, Duration::from_secs(60))).await;

    let (errors, bills, cash_ins, elapsed) = run(&load).await;

    assert!(
        errors.is_empty(),
        "{} errors, first: {:?}",
        errors.len(),
        errors.first()
    );
    assert_eq!(bills.len(), CALLS / 8);
    assert_eq!(cash_ins.len(), CALLS / 8);
    assert_eq!(held(&sandbox, "LOAD-BILL-").0, bills, "every bill accounted for");
    assert_eq!(held(&sandbox, "LOAD-CASH-").1, cash_ins);
    assert_eq!(sandbox.state().tokens_issued, 1, "one token for its whole lifetime");
    eprintln!(
        "{CALLS} calls, {IN_FLIGHT} in flight: 0 errors, 1 token fetch, {:.0} calls/s (debug build)",
        CALLS as f64 / elapsed.as_secs_f64()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "10,000 calls: run on request, `cargo test --test it load -- --ignored` (CI does)"]
async fn short_lived_tokens_are_renewed_once_per_lifetime_under_load() {
    // `expires_in` is whole seconds.
    let token_ttl = Duration::from_secs(3);
    let margin = Duration::from_secs(1);
    let sandbox = Sandbox::start_with(Config {
        token_ttl,
        ..Config::default()
    })
    .await
    .unwrap();
    let started = Instant::now();
    let load = prepare(client_for(&sandbox, margin)).await;

    let (errors, ..) = run(&load).await;
    let elapsed = started.elapsed();

    // No call was refused for an expired token, and no token was fetched
    // before the one in use was due for renewal.
    assert!(
        errors.is_empty(),
        "{} errors, first: {:?}",
        errors.len(),
        errors.first()
    );
    let fetches = sandbox.issued_tokens().len() as u64;
    let least = (elapsed.as_millis() / token_ttl.as_millis()) as u64;
    let most = 1 + (elapsed.as_millis() / (token_ttl - margin).as_millis()) as u64;
    assert!(
        (least..=most).contains(&fetches),
        "{fetches} fetches in {elapsed:?}, not {least}..={most}"
    );
    eprintln!("{fetches} token fetches in {elapsed:?} ({least}..={most} allowed)");
}
