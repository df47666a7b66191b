//! The client against the contract's typed mocks (httpmock): the session
//! opened once with the API key encrypted under the market's key, waited
//! for until live, carried encrypted by every call; payments under the
//! caller's key, their refusals with their `INS-*` code, a duplicate or a
//! lost answer looked up and never paid twice; what is refused before
//! anything is sent; nothing secret in `Debug`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use httpmock::{HttpMockRequest, MockServer};
use rsa::pkcs8::DecodePrivateKey as _;
use rust_decimal::Decimal;
use vodacom::mock::MockServerExt as _;
use vodacom::types::{self, PaymentAnswer, SessionAnswer, StatusAnswer};
use vodacom::{
    Amount, Client, Environment, ErrorExt as _, Market, Msisdn, Payment, PublicKey, ResponseCode, ServiceProviderCode,
    ThirdPartyConversationId, TransactionReference, TransactionStatus,
};

const API_KEY: &str = "the-api-key-of-the-app";
const SESSION: &str = "c4e15a0d09fb47b98a8b1b3c5f7e3a21";

/// What a request's `Authorization: Bearer …` decrypts to, with the test
/// key's private half (`tests/keys`, a test key, published).
fn bearer_of(request: &HttpMockRequest) -> Option<String> {
    let private = STANDARD.decode(include_str!("keys/test-private.b64").trim()).ok()?;
    let key = rsa::PrivateKey::from_pkcs8_der(&private).ok()?;
    let header = request.headers().get("authorization")?.to_str().ok()?.to_owned();
    let encrypted = STANDARD.decode(header.strip_prefix("Bearer ")?).ok()?;
    String::from_utf8(key.decrypt(rsa::Pkcs1v15Encrypt, &encrypted).ok()?).ok()
}

fn carries_the_api_key(request: &HttpMockRequest) -> bool {
    bearer_of(request).as_deref() == Some(API_KEY)
}

fn carries_the_session(request: &HttpMockRequest) -> bool {
    bearer_of(request).as_deref() == Some(SESSION)
}

fn builder(server: &MockServer) -> vodacom::ClientBuilder {
    let key = PublicKey::parse(include_str!("keys/test-public.b64")).unwrap();
    let environment = Environment::Custom {
        base_url: server.base_url(),
        market: Market::Tanzania,
    };
    let code = ServiceProviderCode::try_from("000000").unwrap();
    Client::builder(environment, key, API_KEY, code)
}

fn client(server: &MockServer) -> Client {
    builder(server).build().unwrap()
}

/// The gateway opens `SESSION` for the API key, and the session is live.
fn session_opens(server: &MockServer) -> (httpmock::Mock<'_>, httpmock::Mock<'_>) {
    let session = server.get_session(|when, then| {
        when.into_inner().is_true(carries_the_api_key);
        then.ok(&SessionAnswer {
            output_response_code: Some(ResponseCode::Success),
            output_response_desc: Some("Request processed successfully".to_owned()),
            output_session_id: SESSION.into(),
        });
    });
    let live = server.query_transaction_status(|when, then| {
        when.into_inner()
            .query_param_matches("input_QueryReference", "^probe")
            .is_true(carries_the_session);
        then.ok(&status(TransactionStatus::NotKnown));
    });
    (session, live)
}

fn status(state: TransactionStatus) -> StatusAnswer {
    StatusAnswer {
        output_conversation_id: Some("d3502e5958774f7ba228d83d0d689761".try_into().unwrap()),
        output_response_code: ResponseCode::Success,
        output_response_desc: Some("Request processed successfully".to_owned()),
        output_response_transaction_status: Some(state),
        output_third_party_conversation_id: None,
    }
}

fn payment(reference: &str) -> Payment {
    Payment::new(
        ThirdPartyConversationId::try_from(reference).unwrap(),
        Msisdn::parse("+255 744 553 111").unwrap(),
        Amount::new(Decimal::new(150_000, 2)).unwrap(),
        TransactionReference::try_from("ORDER-1042").unwrap(),
        "Shoes",
    )
}

fn paid(reference: &str) -> PaymentAnswer {
    PaymentAnswer {
        output_conversation_id: Some("d3502e5958774f7ba228d83d0d689761".try_into().unwrap()),
        output_response_code: ResponseCode::Success,
        output_response_desc: Some("Request processed successfully".to_owned()),
        output_transaction_id: Some("49XCD123F6".try_into().unwrap()),
        output_third_party_conversation_id: Some(reference.try_into().unwrap()),
    }
}

#[tokio::test]
async fn a_c2b_payment_goes_out_under_the_session_with_the_markets_country_and_currency() {
    let server = MockServer::start_async().await;
    let (session, live) = session_opens(&server);
    let expected = types::C2bRequest {
        input_amount: Amount::new(Decimal::new(1500, 0)).unwrap(),
        input_country: types::Country::Tzn,
        input_currency: types::Currency::Tzs,
        input_customer_msisdn: Msisdn::parse("255744553111").unwrap(),
        input_service_provider_code: "000000".try_into().unwrap(),
        input_third_party_conversation_id: "order1042".try_into().unwrap(),
        input_transaction_reference: "ORDER-1042".try_into().unwrap(),
        input_purchased_items_desc: "Shoes".try_into().unwrap(),
    };
    let c2b = server.c2b_payment(|when, then| {
        when.body(&expected)
            .into_inner()
            .header("Origin", "*")
            .is_true(carries_the_session);
        then.created(&paid("order1042"));
    });
    let client = client(&server);
    let first = client.c2b(&payment("order1042")).await.unwrap();
    assert_eq!(first.transaction_id.as_ref().unwrap().as_str(), "49XCD123F6");
    assert!(!first.already_existed);
    client.b2c(&payment("payout77")).await.unwrap_err();
    // One session for both calls, opened once, asked once whether live.
    session.assert_calls(1);
    live.assert_calls(1);
    c2b.assert_calls(1);
}

#[tokio::test]
async fn a_new_session_is_asked_until_it_is_live_not_slept_on() {
    let server = MockServer::start_async().await;
    let session = server.get_session(|when, then| {
        when.into_inner().is_true(carries_the_api_key);
        then.ok(&SessionAnswer {
            output_response_code: None,
            output_response_desc: None,
            output_session_id: SESSION.into(),
        });
    });
    // Refused twice (not live yet), then live.
    let asked = Arc::new(AtomicUsize::new(0));
    let counted = asked.clone();
    let not_live = server.query_transaction_status(|when, then| {
        when.into_inner()
            .is_true(move |request| carries_the_session(request) && counted.fetch_add(1, Ordering::SeqCst) < 2);
        then.client_error(
            401,
            &types::Refusal {
                output_response_code: ResponseCode::InvalidApiKey,
                output_response_desc: Some("Invalid API Key".to_owned()),
                output_conversation_id: None,
                output_transaction_id: None,
                output_third_party_conversation_id: None,
            },
        );
    });
    let live = server.query_transaction_status(|when, then| {
        when.into_inner().is_true(carries_the_session);
        then.ok(&status(TransactionStatus::NotKnown));
    });
    client(&server).authenticate().await.unwrap();
    session.assert_calls(1);
    not_live.assert_calls(2);
    live.assert_calls(1);
}

#[tokio::test]
async fn a_refusal_is_an_error_with_its_code_and_nothing_is_sent_again() {
    let server = MockServer::start_async().await;
    session_opens(&server);
    let c2b = server.c2b_payment(|_, then| {
        then.ok(&PaymentAnswer {
            output_response_code: ResponseCode::CancelledByCustomer,
            output_response_desc: Some("Transaction cancelled by customer".to_owned()),
            ..paid("order1043")
        });
    });
    let error = client(&server).c2b(&payment("order1043")).await.unwrap_err();
    assert_eq!(
        error.response_code(),
        Some(ResponseCode::CancelledByCustomer),
        "{error}"
    );
    c2b.assert_calls(1);
}

#[tokio::test]
async fn a_duplicate_key_is_looked_up_and_never_paid_again() {
    let server = MockServer::start_async().await;
    session_opens(&server);
    let duplicate = server.c2b_payment(|_, then| {
        then.client_error(
            409,
            &types::Refusal {
                output_response_code: ResponseCode::DuplicateTransaction,
                output_response_desc: Some("Duplicate Transaction".to_owned()),
                output_conversation_id: None,
                output_transaction_id: None,
                output_third_party_conversation_id: Some("order1044".try_into().unwrap()),
            },
        );
    });
    let lookup = server.query_transaction_status(|when, then| {
        when.input_query_reference(&"order1044".try_into().unwrap());
        then.ok(&status(TransactionStatus::Completed));
    });
    let found = client(&server).c2b(&payment("order1044")).await.unwrap();
    assert!(found.already_existed);
    assert_eq!(found.reference.as_str(), "order1044");
    duplicate.assert_calls(1);
    lookup.assert_calls(1);
}

#[tokio::test]
async fn a_failed_answer_is_looked_up_before_anything_is_sent_again() {
    let server = MockServer::start_async().await;
    session_opens(&server);
    let failed = server.b2c_payment(|_, then| {
        then.server_error(
            500,
            &types::Refusal {
                output_response_code: ResponseCode::InternalError,
                output_response_desc: Some("Internal Error".to_owned()),
                output_conversation_id: None,
                output_transaction_id: None,
                output_third_party_conversation_id: None,
            },
        );
    });
    let lookup = server.query_transaction_status(|when, then| {
        when.input_query_reference(&"payout78".try_into().unwrap());
        then.ok(&status(TransactionStatus::Completed));
    });
    let found = client(&server).b2c(&payment("payout78")).await.unwrap();
    assert!(found.already_existed, "found by its key, not paid again");
    failed.assert_calls(1);
    lookup.assert_calls(1);
}

#[tokio::test]
async fn bad_input_is_refused_naming_the_field_before_anything_is_sent() {
    assert_eq!(Amount::new(Decimal::new(1, 3)).unwrap_err().field(), "amount");
    assert_eq!(Msisdn::parse("0744 553 111").unwrap_err().field(), "msisdn");
    assert_eq!(PublicKey::parse("not a key").unwrap_err().field(), "public_key");
    assert!(ThirdPartyConversationId::try_from("has spaces").is_err());
    assert!(TransactionReference::try_from("a reference longer than twenty").is_err());
    let server = MockServer::start_async().await;
    let session = server.get_session(|_, then| {
        then.ok(&SessionAnswer {
            output_response_code: None,
            output_response_desc: None,
            output_session_id: SESSION.into(),
        });
    });
    let long = "x".repeat(300);
    let too_long = Payment::new(
        "order1045".try_into().unwrap(),
        Msisdn::parse("255744553111").unwrap(),
        Amount::whole(10).unwrap(),
        "T1".try_into().unwrap(),
        long,
    );
    let error = client(&server).c2b(&too_long).await.unwrap_err();
    assert!(error.to_string().contains("description"), "{error}");
    session.assert_calls(0);
}

#[tokio::test]
async fn neither_the_api_key_nor_the_session_shows_in_debug() {
    let server = MockServer::start_async().await;
    session_opens(&server);
    let client = client(&server);
    client.authenticate().await.unwrap();
    let shown = format!("{client:?}");
    assert!(!shown.contains(API_KEY), "{shown}");
    assert!(!shown.contains(SESSION), "{shown}");
}

#[test]
fn the_markets_urls_come_from_the_spec() {
    assert_eq!(
        Environment::Sandbox(Market::Tanzania).base_url(),
        "https://openapi.m-pesa.com/sandbox/ipg/v2/vodacomTZN"
    );
    assert_eq!(
        Environment::Production(Market::Ghana).base_url(),
        "https://openapi.m-pesa.com/openapi/ipg/v2/vodafoneGHA"
    );
    assert_eq!(Market::Ghana.currency(), types::Currency::Ghs);
}

#[tokio::test]
async fn a_journaled_payment_run_again_is_answered_from_the_journal() {
    let server = MockServer::start_async().await;
    session_opens(&server);
    let c2b = server.c2b_payment(|_, then| {
        then.ok(&paid("order2000"));
    });
    let store = Arc::new(vodacom::pesa_store::Memory::default());
    let client = builder(&server).journal(store).build().unwrap();
    let first = client.c2b(&payment("order2000")).await.unwrap();
    let again = client.c2b(&payment("order2000")).await.unwrap();
    assert_eq!(first, again);
    c2b.assert_calls(1);
    assert!(
        client.reconcile_pending().await.unwrap().is_empty(),
        "nothing left unknown"
    );
}
