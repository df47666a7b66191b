//! Fixture snapshots: every body in `tests/fixtures/` (the seed's samples
//! for Tanzania and Ghana, TK's requests, the `INS-*` refusals; see its
//! README) is read as the client reads it, and what the caller gets is
//! snapshotted (`tests/snapshots/`): requests by their generated types,
//! answers served by the typed mocks to the client's calls, refusals as
//! the errors' bodies. A change in the spec or the types shows up as a diff.
//! (Mozambique's fixtures: `tests/mozambique.rs`.)

use std::fmt::Debug;

use httpmock::MockServer;
use vodacom::mock::MockServerExt as _;
use vodacom::types::{self, SessionAnswer};
use vodacom::{
    Amount, BusinessPayment, Client, Environment, Mandate, MandatePayment, Market, Msisdn, Payment, PublicKey,
    ResponseCode, Reversal,
};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn decoded<T: serde::de::DeserializeOwned>(name: &str) -> T {
    serde_json::from_str(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn snapshot<T: Debug>(name: &str, value: &T) {
    insta::assert_debug_snapshot!(name, value);
}

#[test]
fn every_request_is_read_by_its_generated_type() {
    snapshot(
        "c2b_payment_request",
        &decoded::<types::C2bRequest>("c2b_payment_request"),
    );
    snapshot(
        "b2c_payment_request",
        &decoded::<types::B2cRequest>("b2c_payment_request"),
    );
    snapshot(
        "b2b_payment_request",
        &decoded::<types::B2bRequest>("b2b_payment_request"),
    );
    snapshot(
        "reversal_request",
        &decoded::<types::ReversalRequest>("reversal_request"),
    );
    snapshot(
        "direct_debit_create_request",
        &decoded::<types::MandateRequest>("direct_debit_create_request"),
    );
    snapshot(
        "direct_debit_payment_request",
        &decoded::<types::MandatePaymentRequest>("direct_debit_payment_request"),
    );
}

#[test]
fn every_refusal_is_read_with_its_code() {
    for (name, code) in [
        ("c2b_payment_error_duplicate", ResponseCode::DuplicateTransaction),
        ("c2b_payment_error_cancelled", ResponseCode::CancelledByCustomer),
        ("b2c_payment_error_overloaded", ResponseCode::TemporaryOverload),
    ] {
        let refusal: types::Refusal = decoded(name);
        assert_eq!(refusal.output_response_code, code, "{name}");
        snapshot(name, &refusal);
    }
}

/// A client of `market` whose gateway is `server`, its session opened.
fn client(server: &MockServer, market: Market) -> Client {
    server.get_session(|_, then| {
        then.ok(&SessionAnswer {
            output_response_code: None,
            output_response_desc: None,
            output_session_id: "c4e15a0d09fb47b98a8b1b3c5f7e3a21".into(),
        });
    });
    let key = PublicKey::parse(include_str!("keys/test-public.b64")).unwrap();
    let environment = Environment::Custom {
        base_url: server.base_url(),
        market,
    };
    Client::builder(environment, key, "api-key", "000000".try_into().unwrap())
        .build()
        .unwrap()
}

/// The `then` of a mock: the fixture `name` as a 200 answer.
fn answer(then: httpmock::Then, name: &str) {
    then.status(200)
        .header("content-type", "application/json")
        .body(fixture(name));
}

#[tokio::test]
async fn every_answer_of_the_seed_reaches_the_caller_as_a_result() {
    for (market, suffix) in [(Market::Tanzania, "tanzania"), (Market::Ghana, "ghana")] {
        let server = MockServer::start_async().await;
        let client = client(&server, market);
        let name = |operation: &str| format!("{operation}_seed003_{suffix}");
        // The status fixture answers the session's question and the query.
        let status = name("query_transaction_status_completed");
        server.query_transaction_status(|_, then| answer(then.into_inner(), &status));
        let customer = Msisdn::parse("255744553111").unwrap();
        let amount = Amount::whole(10).unwrap();
        let payment = Payment::new(
            "order1".try_into().unwrap(),
            customer.clone(),
            amount,
            "T12344C".try_into().unwrap(),
            "Shoes",
        );
        let c2b = name("c2b_payment_processed");
        server.c2b_payment(|_, then| answer(then.into_inner(), &c2b));
        snapshot(&c2b, &client.c2b(&payment).await.unwrap());
        let b2c = name("b2c_payment_processed");
        server.b2c_payment(|_, then| answer(then.into_inner(), &b2c));
        snapshot(&b2c, &client.b2c(&payment).await.unwrap());
        let b2b = name("b2b_payment_processed");
        server.b2b_payment(|_, then| answer(then.into_inner(), &b2b));
        let business = BusinessPayment::new(
            "order2".try_into().unwrap(),
            "000001".try_into().unwrap(),
            amount,
            "T12344C".try_into().unwrap(),
            "Stock",
        );
        snapshot(&b2b, &client.b2b(&business).await.unwrap());
        let reversal = name("reversal_processed");
        server.reversal(|_, then| answer(then.into_inner(), &reversal));
        let reversed = Reversal::new("order3".try_into().unwrap(), "49XCD123F6".try_into().unwrap(), amount);
        snapshot(&reversal, &client.reverse(&reversed).await.unwrap());
        snapshot(&status, &client.status("49XCD123F6").await.unwrap());
        let created = name("direct_debit_create_processed");
        server.direct_debit_create(|_, then| answer(then.into_inner(), &created));
        let mandate = Mandate::new("order4".try_into().unwrap(), customer.clone(), "3333");
        snapshot(&created, &client.create_mandate(&mandate).await.unwrap());
        let debited = name("direct_debit_payment_processed");
        server.direct_debit_payment(|_, then| answer(then.into_inner(), &debited));
        let debit = MandatePayment::new("order5".try_into().unwrap(), customer, amount, "3333");
        snapshot(&debited, &client.pay_under_mandate(&debit).await.unwrap());
    }
}
