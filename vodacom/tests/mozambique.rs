//! Mozambique's client against its contract's typed mocks (httpmock): no
//! session, the API key encrypted under the market's key on every request,
//! each operation on its own port; the seed's samples read by the
//! generated types and served to the client's calls (snapshotted); a
//! payment under a key sent twice answered by a status query, never twice;
//! what is refused before anything is sent.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use httpmock::{HttpMockRequest, MockServer};
use rsa::pkcs8::DecodePrivateKey as _;
use vodacom::mozambique::mock::MockServerExt as _;
use vodacom::mozambique::{Client, Environment, Initiator, Ports, types};
use vodacom::{Amount, BusinessPayment, Error, ErrorExt as _, Msisdn, Payment, PublicKey, ResponseCode, Reversal};

const API_KEY: &str = "the-api-key-of-the-app";

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/mozambique/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `then` of a mock: the fixture `name` as a 201 answer.
fn answer(then: httpmock::Then, name: &str) {
    then.status(201)
        .header("content-type", "application/json")
        .body(fixture(name));
}

/// Whether a request carries the API key, encrypted with the test key
/// (`tests/keys`, a test key, published), and `Origin: *`.
fn carries_the_api_key(request: &HttpMockRequest) -> bool {
    let decrypted = || -> Option<String> {
        let private = STANDARD.decode(include_str!("keys/test-private.b64").trim()).ok()?;
        let key = rsa::PrivateKey::from_pkcs8_der(&private).ok()?;
        let header = request.headers().get("authorization")?.to_str().ok()?.to_owned();
        let encrypted = STANDARD.decode(header.strip_prefix("Bearer ")?).ok()?;
        String::from_utf8(key.decrypt(rsa::Pkcs1v15Encrypt, &encrypted).ok()?).ok()
    };
    let headers = request.headers();
    let origin = headers.get("origin").and_then(|value| value.to_str().ok());
    decrypted().as_deref() == Some(API_KEY) && origin == Some("*")
}

fn client(environment: Environment) -> Client {
    let key = PublicKey::parse(include_str!("keys/test-public.b64")).unwrap();
    Client::builder(environment, key, API_KEY, "171717".try_into().unwrap())
        .initiator(Initiator::new("SJGW67fK", "the-initiator-credential"))
        .build()
        .unwrap()
}

/// Every operation on `server`'s port.
fn on(server: &MockServer) -> Environment {
    Environment::Custom {
        host: "http://127.0.0.1".to_owned(),
        ports: Ports::all(server.port()),
    }
}

fn payment(reference: &str) -> Payment {
    Payment::new(
        reference.try_into().unwrap(),
        Msisdn::parse("258843330333").unwrap(),
        Amount::whole(10).unwrap(),
        "T12344C".try_into().unwrap(),
        "not sent in Mozambique",
    )
}

#[test]
fn each_operation_has_the_port_of_the_spec() {
    let ports = Ports::gateway();
    let expected = Ports {
        c2b: 18352,
        b2c: 18345,
        b2b: 18349,
        reversal: 18354,
        status: 18353,
    };
    assert_eq!(ports, expected, "TK's ports, through the spec's paths");
}

#[test]
fn every_request_of_the_seed_is_read_by_its_generated_type() {
    let c2b: types::C2bRequest = serde_json::from_str(&fixture("c2b_payment_request")).unwrap();
    insta::assert_debug_snapshot!("mozambique_c2b_payment_request", c2b);
    let b2c: types::B2cRequest = serde_json::from_str(&fixture("b2c_payment_request")).unwrap();
    insta::assert_debug_snapshot!("mozambique_b2c_payment_request", b2c);
}

#[tokio::test]
async fn every_answer_of_the_seed_reaches_the_caller_on_its_operations_port() {
    let payments = MockServer::start_async().await;
    let queries = MockServer::start_async().await;
    let environment = Environment::Custom {
        host: "http://127.0.0.1".to_owned(),
        ports: Ports {
            status: queries.port(),
            ..Ports::all(payments.port())
        },
    };
    let client = client(environment);
    let c2b = payments.c2b_payment(|when, then| {
        when.into_inner().is_true(carries_the_api_key);
        answer(then.into_inner(), "c2b_payment_processed_seed003");
    });
    insta::assert_debug_snapshot!(
        "mozambique_c2b_payment_processed_seed003",
        client.c2b(&payment("order1")).await.unwrap()
    );
    payments.b2c_payment(|when, then| {
        when.into_inner().is_true(carries_the_api_key);
        answer(then.into_inner(), "b2c_payment_processed_seed003");
    });
    insta::assert_debug_snapshot!(
        "mozambique_b2c_payment_processed_seed003",
        client.b2c(&payment("order2")).await.unwrap()
    );
    payments.b2b_payment(|_, then| answer(then.into_inner(), "b2b_payment_processed_seed003"));
    let stock = BusinessPayment::new(
        "order3".try_into().unwrap(),
        "979797".try_into().unwrap(),
        Amount::whole(10).unwrap(),
        "T12344C".try_into().unwrap(),
        "Stock",
    );
    insta::assert_debug_snapshot!(
        "mozambique_b2b_payment_processed_seed003",
        client.b2b(&stock).await.unwrap()
    );
    let reversal = payments.reversal(|when, then| {
        when.into_inner().json_body_includes(
            r#"{"input_InitiatorIdentifier": "SJGW67fK", "input_SecurityCredential": "the-initiator-credential"}"#,
        );
        answer(then.into_inner(), "reversal_processed_seed003");
    });
    let back = Reversal::new(
        "order4".try_into().unwrap(),
        "49XCD123F6".try_into().unwrap(),
        Amount::whole(10).unwrap(),
    );
    insta::assert_debug_snapshot!(
        "mozambique_reversal_processed_seed003",
        client.reverse(&back).await.unwrap()
    );
    let status = queries.query_transaction_status(|when, then| {
        when.into_inner().is_true(carries_the_api_key);
        answer(then.into_inner(), "query_transaction_status_completed_seed003");
    });
    insta::assert_debug_snapshot!(
        "mozambique_query_transaction_status_completed_seed003",
        client.status("49XCD123F6").await.unwrap()
    );
    c2b.assert_calls(1);
    reversal.assert_calls(1);
    status.assert_calls(1);
}

#[tokio::test]
async fn a_key_sent_twice_is_looked_up_and_not_paid_again() {
    let server = MockServer::start_async().await;
    let client = client(on(&server));
    let duplicate = server.c2b_payment(|_, then| {
        then.into_inner()
            .status(409)
            .header("content-type", "application/json")
            .body(r#"{"output_ResponseCode":"INS-10","output_ResponseDesc":"Duplicate Transaction"}"#);
    });
    let status = server.query_transaction_status(|when, then| {
        when.into_inner().query_param("input_QueryReference", "order77");
        answer(then.into_inner(), "query_transaction_status_completed_seed003");
    });
    let found = client.c2b(&payment("order77")).await.unwrap();
    assert!(found.already_existed);
    duplicate.assert_calls(1);
    status.assert_calls(1);
}

#[tokio::test]
async fn what_mozambique_would_refuse_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let anything = server.c2b_payment(|_, then| answer(then.into_inner(), "c2b_payment_processed_seed003"));
    let client = client(on(&server));
    let tanzanian = Payment::new(
        "order9".try_into().unwrap(),
        Msisdn::parse("255744553111").unwrap(),
        Amount::whole(10).unwrap(),
        "T1".try_into().unwrap(),
        "Shoes",
    );
    let refused = client.c2b(&tanzanian).await.unwrap_err();
    assert!(
        matches!(&refused, Error::InvalidInput(input) if input.field() == "customer"),
        "{refused}"
    );
    let key = PublicKey::parse(include_str!("keys/test-public.b64")).unwrap();
    let without = Client::builder(on(&server), key, API_KEY, "171717".try_into().unwrap())
        .build()
        .unwrap();
    let back = Reversal::new(
        "order8".try_into().unwrap(),
        "49XCD123F6".try_into().unwrap(),
        Amount::whole(1).unwrap(),
    );
    let refused = without.reverse(&back).await.unwrap_err();
    assert!(
        matches!(&refused, Error::InvalidInput(input) if input.field() == "initiator"),
        "{refused}"
    );
    anything.assert_calls(0);
    // A refusal keeps its code.
    server.b2c_payment(|_, then| {
        then.into_inner()
            .status(401)
            .header("content-type", "application/json")
            .body(r#"{"output_ResponseCode":"INS-6","output_ResponseDesc":"Transaction Failed"}"#);
    });
    let failed = client.b2c(&payment("order10")).await.unwrap_err();
    assert_eq!(
        failed.response_code(),
        Some(ResponseCode::TransactionFailed),
        "{failed}"
    );
    // The initiator's credential is a secret.
    assert!(!format!("{client:?}").contains("the-initiator-credential"));
}
