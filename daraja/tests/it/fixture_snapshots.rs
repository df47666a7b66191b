//! Fixture snapshots: every recorded body in `tests/fixtures/` (Daraja's
//! documented samples and the seed's, see its README) is decoded as the
//! client reads it, and what the merchant gets is snapshotted
//! (`tests/it/snapshots/`): answers served by the mock and read by the
//! client's calls, callbacks read by the callback decoders, requests read
//! by the generated request types (what the sandbox accepts). A change in
//! the spec or the types shows up as a diff.

use daraja::callback::{decode_c2b, decode_result, decode_stk_callback};
use daraja::mock::MockServerExt as _;
use daraja::types;
use daraja::{B2cPayment, StatusQuery, StkPush};
use httpmock::Then;

use crate::common::*;

/// Every fixture of the directory, by name.
fn fixture_names() -> Vec<String> {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|entry| {
            entry
                .ok()?
                .file_name()
                .to_str()?
                .strip_suffix(".json")
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    names
}

fn answer(then: Then, name: &str) {
    then.status(200)
        .header("content-type", "application/json")
        .body(fixture(name));
}

/// Decodes `name` as `T` and snapshots it under `name`.
fn snapshot_as<T: serde::de::DeserializeOwned + std::fmt::Debug>(name: &str) {
    let decoded: T = serde_json::from_str(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    insta::assert_debug_snapshot!(name, decoded);
}

#[test]
fn every_request_sample_is_read_by_its_generated_type() {
    snapshot_as::<types::StkPushRequest>("stk_push_request");
    snapshot_as::<types::StkQueryRequest>("stk_query_request");
    snapshot_as::<types::C2bRegisterRequest>("c2b_register_urls_request");
    snapshot_as::<types::C2bSimulateRequest>("c2b_simulate_request");
    snapshot_as::<types::B2cRequest>("b2c_payment_request");
    snapshot_as::<types::B2bRequest>("b2b_payment_request");
    snapshot_as::<types::TransactionStatusRequest>("transaction_status_request");
    snapshot_as::<types::AccountBalanceRequest>("account_balance_request");
    snapshot_as::<types::ReversalRequest>("reversal_request");
}

#[test]
fn every_callback_sample_is_read_by_its_decoder() {
    for name in fixture_names() {
        let body = fixture(&name);
        if name.starts_with("stk_callback_request") {
            insta::assert_debug_snapshot!(name.clone(), decode_stk_callback(body.as_bytes()).unwrap());
        } else if name.starts_with("result_request") {
            insta::assert_debug_snapshot!(name.clone(), decode_result(body.as_bytes()).unwrap());
        } else if name.starts_with("c2b_confirmation_request") || name.starts_with("c2b_validation_request") {
            insta::assert_debug_snapshot!(name.clone(), decode_c2b(body.as_bytes()).unwrap());
        }
    }
}

#[test]
fn every_error_and_merchant_answer_sample_is_read() {
    for name in fixture_names().iter().filter(|name| name.contains("_error_")) {
        snapshot_as::<types::ErrorEnvelope>(name);
    }
    snapshot_as::<types::C2bValidationAnswer>("c2b_validation_accepted");
    snapshot_as::<types::C2bValidationAnswer>("c2b_validation_rejected");
    snapshot_as::<types::AccessTokenAnswer>("create_token_issued");
    snapshot_as::<types::AccessTokenAnswer>("create_token_expires_as_text");
}

#[tokio::test]
async fn stk_push_answers() {
    for name in ["stk_push_accepted", "stk_push_accepted_seed003"] {
        let (server, client) = gateway().await;
        server.stk_push(|_, then| answer(then.into_inner(), name));
        let push = StkPush::new(
            phone("0708374149"),
            shillings(1),
            "accountref",
            "https://mydomain.com/path",
        );
        insta::assert_debug_snapshot!(name, express(&client).push(push).await.unwrap());
    }
}

#[tokio::test]
async fn stk_query_answer() {
    let (server, client) = gateway().await;
    server.stk_query(|_, then| answer(then.into_inner(), "stk_query_paid"));
    let checkout = types::CheckoutRequestId::try_from("ws_CO_13012021093521236557").unwrap();
    insta::assert_debug_snapshot!("stk_query_paid", express(&client).status(&checkout).await.unwrap());
}

#[tokio::test]
async fn c2b_answers() {
    let urls = daraja::C2bUrls::new(
        shortcode("600984"),
        "https://mydomain.com/c2b/confirmation",
        "https://mydomain.com/c2b/validation",
    );
    let (server, client) = gateway().await;
    server.c2b_register_urls(|_, then| answer(then.into_inner(), "c2b_register_urls_accepted"));
    insta::assert_debug_snapshot!("c2b_register_urls_accepted", client.c2b().register(urls).await.unwrap());

    let payment = daraja::C2bPayment::paybill(shortcode("600984"), phone("254708374149"), shillings(1), "account");
    let (server, client) = gateway().await;
    server.c2b_simulate(|_, then| answer(then.into_inner(), "c2b_simulate_accepted"));
    insta::assert_debug_snapshot!("c2b_simulate_accepted", client.c2b().simulate(payment).await.unwrap());

    // The seed's v1 answers, as the generated type reads them.
    snapshot_as::<types::C2bAnswer>("c2b_register_urls_v1_accepted_seed003");
    snapshot_as::<types::C2bAnswer>("c2b_simulate_v1_accepted_seed003");
    snapshot_as::<types::AcceptedAnswer>("b2c_payment_v1_accepted_seed003");
}

#[tokio::test]
async fn business_answers() {
    let (server, client) = gateway().await;
    server.b2c_payment(|_, then| answer(then.into_inner(), "b2c_payment_accepted"));
    let payment = B2cPayment::new(
        key("600997_Test_32et3241ed8yu"),
        phone("254705912645"),
        shillings(10),
        "remarked",
    );
    let submitted = business(&client, "https://mydomain.com")
        .pay_customer(payment)
        .await
        .unwrap();
    insta::assert_debug_snapshot!("b2c_payment_accepted", submitted);

    let (server, client) = gateway().await;
    server.b2b_payment(|_, then| answer(then.into_inner(), "b2b_payment_accepted"));
    let payment = daraja::B2bPayment::new("b2b-239", shortcode("000000"), shillings(239), "353353", "OK");
    let submitted = business(&client, "https://mydomain.com")
        .pay_business(payment)
        .await
        .unwrap();
    insta::assert_debug_snapshot!("b2b_payment_accepted", submitted);

    let (server, client) = gateway().await;
    server.transaction_status(|_, then| answer(then.into_inner(), "transaction_status_accepted"));
    let receipt = types::TransactionId::try_from("NEF61H8J60").unwrap();
    let submitted = business(&client, "https://mydomain.com")
        .transaction_status(StatusQuery::receipt(receipt, "OK"))
        .await
        .unwrap();
    insta::assert_debug_snapshot!("transaction_status_accepted", submitted);

    let (server, client) = gateway().await;
    server.account_balance(|_, then| answer(then.into_inner(), "account_balance_accepted"));
    let submitted = business(&client, "https://mydomain.com").balance("ok").await.unwrap();
    insta::assert_debug_snapshot!("account_balance_accepted", submitted);

    let (server, client) = gateway().await;
    server.reversal(|_, then| answer(then.into_inner(), "reversal_accepted"));
    let receipt = types::TransactionId::try_from("PDU91HIVIT").unwrap();
    let reversal = daraja::Reversal::new(receipt, shillings(200), "Payment reversal");
    let submitted = business(&client, "https://mydomain.com")
        .reverse(reversal)
        .await
        .unwrap();
    insta::assert_debug_snapshot!("reversal_accepted", submitted);
}

#[test]
fn every_fixture_is_covered_here() {
    let source = include_str!("fixture_snapshots.rs");
    let prefixes = [
        "stk_callback_request",
        "result_request",
        "c2b_confirmation_request",
        "c2b_validation_request",
    ];
    for name in fixture_names() {
        let by_prefix = prefixes.iter().any(|prefix| name.starts_with(prefix)) || name.contains("_error_");
        assert!(
            by_prefix || source.contains(&format!("\"{name}\"")),
            "{name}.json is not decoded by any test"
        );
    }
}
