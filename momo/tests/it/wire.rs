//! What goes on the wire, checked against a mock MoMo (httpmock, with the
//! typed matchers generated from the spec): the token call and the
//! subscription key, the headers of a creating request, amounts as decimal
//! strings, numbers as digits, provisioning without a token, a refused
//! token renewed once, and a 409 answered by a GET of the status.

use base64::Engine as _;
use httpmock::MockServer;
use momo::mock::MockServerExt as _;
use momo::types::{self, Product, Status};
use momo::{Collection, Credentials, Environment, Money, Msisdn, Payment, Provisioning, ReferenceId};
use rust_decimal::Decimal;

use crate::common::*;

const SUBSCRIPTION_KEY: &str = "wire-subscription-key";
const API_KEY: &str = "wire-api-key-7f3e";
const TOKEN: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSMjU2In0.e30.c2lnbmF0dXJl";

fn environment(server: &MockServer) -> Environment {
    Environment::Custom {
        base_url: server.base_url(),
        target: momo::TargetEnvironment::MtnUganda,
    }
}

/// A mock with a token endpoint for `user`, and a collection client of it.
async fn gateway(user: &ReferenceId) -> (MockServer, Collection) {
    let server = MockServer::start_async().await;
    let basic = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{API_KEY}"))
    );
    server.create_access_token(|when, then| {
        when.product(Product::Collection)
            .into_inner()
            .header("authorization", basic)
            .header("ocp-apim-subscription-key", SUBSCRIPTION_KEY);
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(format!(
                r#"{{"access_token":"{TOKEN}","token_type":"access_token","expires_in":3600}}"#
            ));
    });
    let credentials = Credentials::new(SUBSCRIPTION_KEY, user.clone(), API_KEY);
    let collection = Collection::builder(environment(&server), credentials).build().unwrap();
    (server, collection)
}

fn ugx(amount: u64) -> Money {
    Money::whole(amount, momo::Currency::UGX).unwrap()
}

#[tokio::test]
async fn a_request_to_pay_carries_its_reference_target_callback_and_a_decimal_string() {
    let user = ReferenceId::new();
    let (server, collection) = gateway(&user).await;
    let reference = ReferenceId::new();
    let payer = Msisdn::parse("+256 772 123 456").unwrap();
    let expected = types::RequestToPay {
        amount: ugx(5000).amount(),
        currency: momo::Currency::UGX,
        external_id: types::ExternalId::try_from("order-1").unwrap(),
        payer: payer.clone().into(),
        payer_message: Some(types::Message::try_from("Order 1").unwrap()),
        payee_note: None,
    };
    let callback = types::CallbackUrl::try_from("https://shop.example/momo/request-to-pay/1").unwrap();
    let pay = server.request_to_pay(|when, then| {
        when.x_reference_id(&reference)
            .x_target_environment(&momo::TargetEnvironment::MtnUganda)
            .x_callback_url(&callback)
            .body(&expected)
            .into_inner()
            .header("authorization", format!("Bearer {TOKEN}"))
            .header("ocp-apim-subscription-key", SUBSCRIPTION_KEY)
            .json_body_includes(r#"{"amount":"5000","payer":{"partyIdType":"MSISDN","partyId":"256772123456"}}"#);
        then.accepted();
    });
    let payment = Payment::new(reference.clone(), ugx(5000), payer, "order-1")
        .payer_message("Order 1")
        .callback_url("https://shop.example/momo/request-to-pay/1");
    let accepted = collection.request_to_pay(&payment).await.unwrap();
    assert_eq!(accepted.reference, reference);
    pay.assert();
}

#[tokio::test]
async fn a_refused_token_is_renewed_once_and_the_call_sent_again() {
    let user = ReferenceId::new();
    let (server, collection) = gateway(&user).await;
    let mut refused = server.get_account_balance(|when, then| {
        when.product(Product::Collection);
        then.into_inner()
            .status(401)
            .body(r#"{"statusCode":401,"message":"Access denied due to invalid or expired access token."}"#);
    });
    assert!(collection.balance().await.is_err());
    refused.assert_calls(2);
    refused.delete();
    server.get_account_balance(|when, then| {
        when.product(Product::Collection);
        then.ok(&types::Balance {
            available_balance: Decimal::new(150050, 2),
            currency: momo::Currency::UGX,
        });
    });
    let balance = collection.balance().await.unwrap();
    assert_eq!(balance.available_balance, Decimal::new(150050, 2));
}

#[tokio::test]
async fn a_conflict_is_answered_by_the_status_never_by_another_request() {
    let user = ReferenceId::new();
    let (server, collection) = gateway(&user).await;
    let reference = ReferenceId::new();
    let pay = server.request_to_pay(|when, then| {
        when.x_reference_id(&reference);
        then.client_error(
            409,
            &types::ErrorBody {
                code: Some(types::ReasonCode::ResourceAlreadyExist),
                message: Some("Duplicated reference id. Creation of resource failed.".to_owned()),
                status_code: None,
                error: None,
            },
        );
    });
    let status = server.get_request_to_pay_status(|when, then| {
        when.reference_id(&reference);
        then.ok(&types::RequestToPayResult {
            amount: Decimal::from(700),
            currency: momo::Currency::UGX,
            external_id: Some(types::Text("order-2".to_owned())),
            financial_transaction_id: None,
            payer: None,
            payer_message: None,
            payee_note: None,
            status: Status::Pending,
            reason: None,
        });
    });
    let accepted = collection
        .request_to_pay(&Payment::new(reference.clone(), ugx(700), customer(), "order-2"))
        .await
        .unwrap();
    assert!(accepted.already_existed);
    pay.assert_calls(1);
    status.assert_calls(1);
}

#[tokio::test]
async fn provisioning_carries_the_subscription_key_and_no_token() {
    let server = MockServer::start_async().await;
    let user = ReferenceId::new();
    let create = server.create_api_user(|when, then| {
        when.x_reference_id(&user)
            .body(&types::ApiUser {
                provider_callback_host: "shop.example".try_into().unwrap(),
            })
            .into_inner()
            .header("ocp-apim-subscription-key", SUBSCRIPTION_KEY)
            .header_missing("authorization");
        then.into_inner().status(201);
    });
    let key = server.create_api_key(|when, then| {
        when.api_user(&user);
        then.into_inner()
            .status(201)
            .header("content-type", "application/json")
            .body(format!(r#"{{"apiKey":"{API_KEY}"}}"#));
    });
    let provisioning = Provisioning::new(&environment(&server), SUBSCRIPTION_KEY).unwrap();
    let credentials = provisioning.create_user(&user, "shop.example").await.unwrap();
    assert_eq!(credentials.api_user(), &user);
    assert!(!format!("{credentials:?}").contains(API_KEY));
    create.assert();
    key.assert();
    server.create_access_token(|_, _| {}).assert_calls(0);
}
