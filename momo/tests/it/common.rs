//! Shared by the integration tests: a sandbox with a provisioned API user
//! and a client of each product, and the mock's constants.
#![allow(dead_code)] // each test module uses some

use momo::types::Product;
use momo::{Collection, Credentials, Currency, Disbursement, Money, Msisdn, Remittance, RetryPolicy};
use momo_sandbox::Sandbox;
use rust_decimal::Decimal;

/// The callback host the tests' API users register.
pub const CALLBACK_HOST: &str = "127.0.0.1";

/// A sandbox with one API user and a client of each product, retrying fast.
pub struct World {
    pub sandbox: Sandbox,
    /// The API users of collection, disbursement and remittance.
    pub credentials: [Credentials; 3],
    pub collection: Collection,
    pub disbursement: Disbursement,
    pub remittance: Remittance,
}

/// A fast retry policy, for tests that see retries happen.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy::default().backoff(
        std::time::Duration::from_millis(5),
        std::time::Duration::from_millis(20),
    )
}

impl World {
    pub async fn start() -> World {
        Self::start_with(momo_sandbox::Config::default()).await
    }

    /// A sandbox with `config`, and an API user per product (each made with
    /// that product's subscription key, as MTN's sandbox users are).
    pub async fn start_with(config: momo_sandbox::Config) -> World {
        let sandbox = Sandbox::start_with(config).await.unwrap();
        let mut credentials = Vec::new();
        for product in [Product::Collection, Product::Disbursement, Product::Remittance] {
            credentials.push(sandbox.provision_for(product, CALLBACK_HOST).await.unwrap());
        }
        let credentials: [Credentials; 3] = credentials.try_into().unwrap();
        let [collection, disbursement, remittance] = credentials.clone();
        let collection = Collection::builder(sandbox.environment(), collection)
            .retry(fast_retry())
            .build()
            .unwrap();
        let disbursement = Disbursement::builder(sandbox.environment(), disbursement)
            .retry(fast_retry())
            .build()
            .unwrap();
        let remittance = Remittance::builder(sandbox.environment(), remittance)
            .retry(fast_retry())
            .build()
            .unwrap();
        World {
            sandbox,
            credentials,
            collection,
            disbursement,
            remittance,
        }
    }
}

/// `amount` euros.
pub fn eur(amount: i64) -> Money {
    Money::new(Decimal::from(amount), Currency::EUR).unwrap()
}

/// An ordinary customer's number (any number MTN's test block does not list succeeds).
pub fn customer() -> Msisdn {
    Msisdn::parse("256772123456").unwrap()
}

/// MTN's test number `46733123 4NN`, which forces an outcome.
pub fn test_number(last_two: u8) -> Msisdn {
    Msisdn::parse(&format!("467331234{last_two:02}")).unwrap()
}

/// The text of `tests/fixtures/<name>.json`.
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The test `name` of this binary, run as a separate process (to be killed)
/// with `setting` in the environment variable `variable`; its standard
/// output piped to the caller.
pub fn spawn_child(name: &str, variable: &str, setting: &str) -> std::process::Child {
    std::process::Command::new(std::env::current_exe().unwrap())
        .args([name, "--exact", "--ignored", "--nocapture", "--test-threads=1"])
        .env(variable, setting)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// Credentials for `product`'s API user of `world` that a child process can
/// be handed, as lines: the base URL, the subscription key, the API user
/// and a new API key (the last made is the one that works: the world's
/// client of the product is not used after this).
pub async fn credentials_for_child(world: &World, product: momo::types::Product) -> Vec<String> {
    let subscription_key = world.sandbox.subscription_key(product).to_owned();
    let provisioning = momo::Provisioning::new(&world.sandbox.environment(), subscription_key.clone()).unwrap();
    let index = match product {
        momo::types::Product::Collection => 0,
        momo::types::Product::Disbursement => 1,
        momo::types::Product::Remittance => 2,
    };
    let api_user = world.credentials[index].api_user().clone();
    let api_key = provisioning.create_key(&api_user).await.unwrap();
    vec![
        world.sandbox.base_url().to_owned(),
        subscription_key,
        api_user.to_string(),
        api_key.expose().to_owned(),
    ]
}

/// The environment and credentials of [`credentials_for_child`]'s lines.
pub fn from_child_lines(lines: &[&str]) -> (momo::Environment, Credentials) {
    let environment = momo::Environment::Custom {
        base_url: lines[0].to_owned(),
        target: momo::TargetEnvironment::Sandbox,
    };
    let api_user = momo::ReferenceId::try_from(lines[2]).unwrap();
    (environment, Credentials::new(lines[1], api_user, lines[3]))
}

/// Reads `child`'s standard output off the runtime (which serves the
/// sandbox meanwhile) until a line contains `marker`; false if it ended first.
pub async fn wait_for_line(child: &mut std::process::Child, marker: &'static str) -> bool {
    use std::io::BufRead as _;
    let output = std::io::BufReader::new(child.stdout.take().unwrap());
    tokio::task::spawn_blocking(move || output.lines().map_while(Result::ok).any(|line| line.contains(marker)))
        .await
        .unwrap()
}
