//! What goes on the wire, checked against a mock Daraja (httpmock, with the
//! typed matchers generated from the spec): the token call, the STK
//! password and timestamp, phone numbers, the security credential, bad
//! input refused before anything is sent, and how answers are read.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{FixedOffset, NaiveDateTime, Utc};
use daraja::mock::MockServerExt as _;
use daraja::types::{self, ErrorCode, ResponseCode, StkResultCode};
use daraja::{B2cPayment, Error, ErrorExt as _, StkPush, StkStatus, Submitted};
use httpmock::{HttpMockRequest, MockServer};
use rsa::pkcs8::DecodePrivateKey as _;
use serde_json::Value;

use crate::common::*;

/// The JSON body of a request the mock received.
fn json(request: &HttpMockRequest) -> Value {
    serde_json::from_slice(request.body().as_ref()).unwrap_or_default()
}

/// `field` of `body` as text, whether sent as a string or a number.
fn text(body: &Value, field: &str) -> String {
    match &body[field] {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Whether an STK request's `Password` is base64(shortcode + passkey +
/// Timestamp), and its `Timestamp` Nairobi's time within two minutes.
fn password_matches_timestamp(request: &HttpMockRequest) -> bool {
    let body = json(request);
    let timestamp = text(&body, "Timestamp");
    let expected = STANDARD.encode(format!("{}{PASSKEY}{timestamp}", text(&body, "BusinessShortCode")));
    let nairobi = FixedOffset::east_opt(3 * 3600).unwrap();
    let now = Utc::now().with_timezone(&nairobi).naive_local();
    let close = NaiveDateTime::parse_from_str(&timestamp, "%Y%m%d%H%M%S")
        .is_ok_and(|sent| (now - sent).num_seconds().abs() < 120);
    text(&body, "Password") == expected && close
}

fn push() -> StkPush {
    StkPush::new(
        phone("+254 712 345 678"),
        shillings(1500),
        "ORDER-1042",
        "https://shop.example/mpesa/stk",
    )
}

#[tokio::test]
async fn the_token_is_a_get_with_basic_credentials_fetched_once_for_every_call() {
    let (server, client) = gateway().await;
    let query = server.stk_query(|when, then| {
        when.into_inner().header("authorization", bearer());
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(fixture("stk_query_paid"));
    });
    let express = express(&client);
    let checkout = types::CheckoutRequestId::try_from("ws_CO_13012021093521236557").unwrap();
    for _ in 0..3 {
        assert_eq!(express.status(&checkout).await.unwrap(), StkStatus::Paid);
    }
    query.assert_calls(3);
    server.create_token(|_, _| {}).assert_calls(0);
}

#[tokio::test]
async fn a_token_whose_lifetime_is_text_is_read() {
    let server = MockServer::start_async().await;
    let token = server.create_token(|_, then| {
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(fixture("create_token_expires_as_text"));
    });
    client(&server).authenticate().await.unwrap();
    token.assert();
}

#[tokio::test]
async fn an_stk_push_carries_one_instant_in_nairobi_and_the_number_as_2547() {
    let (server, client) = gateway().await;
    let mock = server.stk_push(|when, then| {
        when.into_inner()
            .header("authorization", bearer())
            .json_body_includes(
                r#"{"BusinessShortCode": "174379", "TransactionType": "CustomerPayBillOnline",
                    "PartyA": "254712345678", "PartyB": "174379", "PhoneNumber": "254712345678",
                    "AccountReference": "ORDER-1042", "CallBackURL": "https://shop.example/mpesa/stk"}"#,
            )
            .is_true(password_matches_timestamp)
            .is_true(|request| json(request)["Amount"] == 1500);
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(fixture("stk_push_accepted"));
    });
    let prompt = express(&client).push(push()).await.unwrap();
    mock.assert();
    assert_eq!(prompt.checkout_request_id.as_str(), "ws_CO_1007202409152617172396192");
    assert_eq!(prompt.merchant_request_id.as_str(), "2654-4b64-97ff-b827b542881d3130");
}

#[tokio::test]
async fn a_till_prompt_is_buy_goods_paid_to_the_till() {
    let (server, client) = gateway().await;
    let mock = server.stk_push(|when, then| {
        when.into_inner()
            .json_body_includes(
                r#"{"BusinessShortCode": "174379", "TransactionType": "CustomerBuyGoodsOnline", "PartyB": "174380"}"#,
            )
            .is_true(password_matches_timestamp);
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(fixture("stk_push_accepted"));
    });
    express(&client).till(shortcode("174380")).push(push()).await.unwrap();
    mock.assert();
}

#[tokio::test]
async fn the_security_credential_is_the_initiator_password_encrypted_for_the_environment() {
    let (server, client) = gateway().await;
    let key_pem = include_str!("../../sandbox/keys/sandbox-key.pem");
    let mock = server.b2c_payment(move |when, then| {
        when.into_inner()
            .json_body_includes(
                r#"{"OriginatorConversationID": "payout-0001", "InitiatorName": "testapi",
                    "CommandID": "BusinessPayment", "PartyA": "600992", "PartyB": "254712345678",
                    "Remarks": "Refund"}"#,
            )
            .is_true(move |request| {
                let key = rsa::PrivateKey::from_pkcs8_pem(key_pem).unwrap();
                let credential = STANDARD
                    .decode(text(&json(request), "SecurityCredential"))
                    .unwrap_or_default();
                key.decrypt(rsa::Pkcs1v15Encrypt, &credential).ok().as_deref() == Some(INITIATOR_PASSWORD.as_bytes())
            });
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(fixture("b2c_payment_accepted"));
    });
    let payment = B2cPayment::new(key("payout-0001"), phone("0712345678"), shillings(2500), "Refund");
    let submitted = business(&client, "https://shop.example")
        .pay_customer(payment)
        .await
        .unwrap();
    mock.assert();
    assert!(matches!(submitted, Submitted::Accepted { conversation_id, .. }
        if conversation_id.as_str() == "AG_20240706_20106e9209f64bebd05b"));
}

#[tokio::test]
async fn bad_input_is_refused_naming_the_field_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let anything = server.mock(|_, then| {
        then.status(500);
    });
    let client = client(&server);
    let long_reference = StkPush::new(
        phone("0712345678"),
        shillings(10),
        "A-REFERENCE-TOO-LONG",
        "https://x.example/cb",
    );
    let field = |error: Error| match error {
        Error::InvalidInput(input) => input.field().to_owned(),
        other => panic!("not refused as input: {other:?}"),
    };
    assert_eq!(
        field(express(&client).push(long_reference).await.unwrap_err()),
        "account_reference"
    );
    let long_description = push().description("a description longer than thirteen");
    assert_eq!(
        field(express(&client).push(long_description).await.unwrap_err()),
        "description"
    );
    let empty_remarks = B2cPayment::new(key("payout-0002"), phone("0712345678"), shillings(100), "");
    assert_eq!(
        field(
            business(&client, "https://shop.example")
                .pay_customer(empty_remarks)
                .await
                .unwrap_err()
        ),
        "remarks"
    );
    assert!(
        daraja::Shillings::new(0)
            .unwrap_err()
            .to_string()
            .contains("at least 1")
    );
    assert_eq!(
        daraja::PhoneNumber::parse("0812 345").unwrap_err().field(),
        "phone_number"
    );
    assert_eq!(daraja::ShortCode::parse("12").unwrap_err().field(), "short_code");
    assert_eq!(
        field(daraja::ResultUrls::new("not a url", "https://x.example/t").unwrap_err()),
        "result_url"
    );
    anything.assert_calls(0);
}

#[tokio::test]
async fn an_error_answer_keeps_its_status_and_envelope() {
    let (server, client) = gateway().await;
    server.stk_push(|_, then| {
        then.into_inner()
            .status(400)
            .header("content-type", "application/json")
            .body(fixture("stk_push_error_invalid_shortcode"));
    });
    let error = express(&client).push(push()).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    let envelope = error.envelope().unwrap();
    assert_eq!(envelope.error_code, ErrorCode::BadRequest);
    assert_eq!(
        envelope.error_message.as_deref(),
        Some("Bad Request - Invalid BusinessShortCode")
    );
    assert!(error.to_string().contains("400"), "{error}");
}

#[tokio::test]
async fn a_response_code_other_than_0_inside_a_200_is_a_refusal() {
    let (server, client) = gateway().await;
    server.stk_push(|_, then| {
        then.ok(&types::StkPushAnswer {
            merchant_request_id: types::MerchantRequestId::try_from("29115-34620561-1").unwrap(),
            checkout_request_id: types::CheckoutRequestId::try_from("ws_CO_191220191020363925").unwrap(),
            response_code: ResponseCode::Unknown("1".to_owned()),
            response_description: Some("Rejected".to_owned()),
            customer_message: None,
        });
    });
    match express(&client).push(push()).await.unwrap_err() {
        Error::Refused { refusal, .. } => {
            assert_eq!(refusal.code, Some(ResponseCode::Unknown("1".to_owned())));
            assert_eq!(refusal.message.as_deref(), Some("Rejected"));
        }
        other => panic!("not a refusal: {other:?}"),
    }
}

#[tokio::test]
async fn the_stk_query_says_paid_failed_or_pending() {
    let checkout = types::CheckoutRequestId::try_from("ws_CO_13012021093521236557").unwrap();
    let (server, client) = gateway().await;
    server.stk_query(|_, then| {
        then.ok(&types::StkQueryAnswer {
            response_code: Some(ResponseCode::Accepted),
            response_description: None,
            merchant_request_id: None,
            checkout_request_id: checkout.clone(),
            result_code: StkResultCode::CancelledByUser,
            result_desc: Some("Request cancelled by user".to_owned()),
        });
    });
    assert_eq!(
        express(&client).status(&checkout).await.unwrap(),
        StkStatus::Failed {
            code: StkResultCode::CancelledByUser,
            description: Some("Request cancelled by user".to_owned())
        }
    );

    let (server, client) = gateway().await;
    server.stk_query(|_, then| {
        then.server_error(
            500,
            &types::ErrorEnvelope {
                request_id: None,
                error_code: ErrorCode::MerchantRefused,
                error_message: Some("The transaction is being processed".to_owned()),
            },
        );
    });
    assert_eq!(express(&client).status(&checkout).await.unwrap(), StkStatus::Pending);
}

#[tokio::test]
async fn a_duplicate_originator_conversation_id_reads_as_already_submitted_and_is_not_sent_again() {
    let (server, client) = gateway().await;
    let b2c = server.b2c_payment(|_, then| {
        then.into_inner()
            .status(500)
            .header("content-type", "application/json")
            .body(fixture("b2c_payment_error_duplicate"));
    });
    let payment = B2cPayment::new(key("payout-0001"), phone("0712345678"), shillings(2500), "Refund");
    let submitted = business(&client, "https://shop.example")
        .pay_customer(payment)
        .await
        .unwrap();
    assert_eq!(
        submitted,
        Submitted::AlreadySubmitted {
            originator_conversation_id: key("payout-0001")
        }
    );
    b2c.assert_calls(1);
}
