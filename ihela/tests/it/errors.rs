//! Error paths: what the caller sees when the gateway, the network, the token
//! endpoint or the caller's own input is wrong.

use std::time::Duration;

use crate::common::*;
use httpmock::prelude::*;
use ihela::gen1::InitBill;
use ihela::{
    AuthError, BankSlug, BillCode, BillStatus, Client, Environment, Error, ErrorBody, Francs, MerchantReference,
};

/// Mocks `op` answering `status` with `body` and `content_type`.
async fn answer<'a>(server: &'a MockServer, op: Op, status: u16, content_type: &str, body: &str) -> httpmock::Mock<'a> {
    mock_op(server, op, |_, then| {
        then.status(status).header("content-type", content_type).body(body);
    })
}

/// Serves the recorded bank list at the bank list path.
async fn serve_banks(server: &MockServer) -> httpmock::Mock<'_> {
    let banks = fixture("list_banks_count");
    answer(server, Op::ListBanks, 200, "application/json", &banks).await
}

/// A bank list answered 401 once, then the banks: the client renews the
/// token once and sends the call again, once.
#[tokio::test]
async fn a_401_renews_the_token_once_and_replays() {
    let server = MockServer::start_async().await;
    let token = mock_token(&server).await;
    let refused = mock_op(&server, Op::ListBanks, |_, then| {
        then.status(401)
            .json_body(serde_json::json!({"detail": "Token expired."}));
    });
    refused.up_to_n_times_async(1).await;
    let ok = serve_banks(&server).await;
    let banks = client(&server).list_banks().await.unwrap();
    assert_eq!(banks.len(), 3);
    token.assert_calls_async(2).await;
    refused.assert_calls_async(1).await;
    ok.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_401_that_persists_is_an_auth_error_after_one_renewal() {
    let server = MockServer::start_async().await;
    let token = mock_token(&server).await;
    answer(&server, Op::ListBanks, 401, "application/json", r#"{"detail": "nope"}"#).await;
    let error = client(&server).list_banks().await.unwrap_err();
    assert!(
        matches!(&error, Error::Auth { operation: "list_banks", source: AuthError::Unauthorized { body, .. } } if body.get("detail").is_some()),
        "{error:?}"
    );
    assert_eq!(error.status(), Some(reqwest::StatusCode::UNAUTHORIZED));
    token.assert_calls_async(2).await;
}

#[tokio::test]
async fn a_400_keeps_the_field_errors() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let body = r#"{"amount": ["Ensure this value is greater than or equal to 1."], "user": ["Unknown user."]}"#;
    answer(&server, Op::InitBill, 400, "application/json", body).await;
    let error = client(&server).init_bill(bill_request()).await.unwrap_err();
    let Error::Http {
        status,
        body,
        operation,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!((*status, *operation), (reqwest::StatusCode::BAD_REQUEST, "init_bill"));
    assert_eq!(body.get("user").unwrap()[0], "Unknown user.");
    assert!(error.to_string().contains("Unknown user."), "{error}");
}

#[tokio::test]
async fn a_500_with_an_html_page_keeps_status_and_raw_body() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let page = "<html><body><h1>Server Error (500)</h1></body></html>";
    answer(&server, Op::VerifyBill, 500, "text/html", page).await;
    let error = client(&server)
        .verify_bill(&reference("ref"), &bill_code("BILL-1"))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Http { status, body: ErrorBody::Raw(raw), .. } if status.as_u16() == 500 && raw == page),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_status_the_spec_does_not_list_keeps_status_and_body() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    answer(&server, Op::ListBanks, 302, "text/plain", "moved").await;
    let error = client(&server).list_banks().await.unwrap_err();
    assert!(
        matches!(&error, Error::Http { status, body: ErrorBody::Raw(raw), .. } if status.as_u16() == 302 && raw == "moved"),
        "{error:?}"
    );
}

#[tokio::test]
async fn malformed_json_is_a_decode_error_with_the_body() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    answer(
        &server,
        Op::ListBanks,
        200,
        "application/json",
        r#"{"banks": [{"slug": "MF1-0001""#,
    )
    .await;
    let error = client(&server).list_banks().await.unwrap_err();
    let Error::Decode {
        status,
        body,
        operation,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!((status.as_u16(), *operation), (200, "list_banks"));
    assert!(body.starts_with(br#"{"banks""#));
}

#[tokio::test]
async fn an_unknown_status_decodes_to_unknown() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let body = r#"{"bill": {"bank_reference": null, "reference": "BILL-1", "code": "ref", "status": "Refunded"}}"#;
    answer(&server, Op::VerifyBill, 200, "application/json", body).await;
    let verification = client(&server)
        .verify_bill(&reference("ref"), &bill_code("BILL-1"))
        .await
        .unwrap();
    assert_eq!(verification.status, BillStatus::Unknown("Refunded".into()));
    assert!(!verification.status.is_known());
    assert_eq!(BillStatus::parse("PAID"), BillStatus::Paid);
}

#[tokio::test]
async fn extra_unknown_fields_and_numeric_amounts_are_read() {
    let server = MockServer::start_async().await;
    mock_token(&server).await;
    let mut value = fixture_json("init_bill_short");
    value["bill"]["amount"] = serde_json::json!(20000.5);
    value["bill"]["new_field"] = serde_json::json!({"nested": [1, 2, 3]});
    value["new_field"] = serde_json::json!(true);
    answer(&server, Op::InitBill, 200, "application/json", &value.to_string()).await;
    let created = client(&server).init_bill(bill_request()).await.unwrap();
    assert_eq!(created.bill().amount, Some(rust_decimal::Decimal::new(200005, 1)));
}

#[tokio::test]
async fn a_thousand_concurrent_calls_on_a_fresh_client_fetch_one_token() {
    let server = MockServer::start_async().await;
    let token = mock_op(&server, Op::CreateToken, |_, then| {
        // Slow enough that every call is waiting when the token arrives.
        then.status(200)
            .header("content-type", "application/json")
            .body(fixture("create_token_issued"))
            .delay(Duration::from_millis(200));
    });
    let banks = serve_banks(&server).await;
    let client = client(&server);
    list_banks_concurrently(&client, 1000).await;
    token.assert_calls_async(1).await;
    banks.assert_calls_async(1000).await;
}

#[tokio::test]
async fn calls_waiting_on_a_token_fetch_that_fails_fetch_again_once() {
    let server = MockServer::start_async().await;
    let refused = mock_op(&server, Op::CreateToken, |_, then| {
        // Slow, so that every call is waiting on this fetch when it fails.
        then.status(500).body("down").delay(Duration::from_millis(200));
    });
    refused.up_to_n_times_async(1).await;
    let token = mock_token(&server).await;
    let banks = serve_banks(&server).await;
    let client = Client::builder(Environment::Custom(server.base_url()))
        .credentials(CLIENT_ID, CLIENT_SECRET)
        .retry(ihela::RetryPolicy::none())
        .build()
        .unwrap();
    let calls = (0..20).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.list_banks().await })
    });
    let results: Vec<_> = futures::future::join_all(calls)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    // The call that fetched gets the failure; the others share the next fetch.
    let failed: Vec<_> = results.iter().filter_map(|result| result.as_ref().err()).collect();
    assert!(
        matches!(
            failed.as_slice(),
            [Error::Auth {
                source: AuthError::Rejected { .. },
                ..
            }]
        ),
        "{failed:?}"
    );
    refused.assert_calls_async(1).await;
    token.assert_calls_async(1).await;
    banks.assert_calls_async(19).await;
}

#[tokio::test]
async fn an_expired_token_is_renewed_before_the_call() {
    let server = MockServer::start_async().await;
    let mut short_lived = fixture_json("create_token_issued");
    short_lived["expires_in"] = serde_json::json!(0);
    let token = answer(
        &server,
        Op::CreateToken,
        200,
        "application/json",
        &short_lived.to_string(),
    )
    .await;
    serve_banks(&server).await;
    let client = client(&server);
    client.list_banks().await.unwrap();
    client.list_banks().await.unwrap();
    token.assert_calls_async(2).await;
}

#[tokio::test]
async fn a_token_endpoint_that_refuses_is_an_auth_error_and_nothing_else_is_sent() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        Op::CreateToken,
        401,
        "application/json",
        r#"{"error": "invalid_client"}"#,
    )
    .await;
    let banks = answer(&server, Op::ListBanks, 200, "application/json", "{}").await;
    let error = client(&server).list_banks().await.unwrap_err();
    assert!(
        matches!(&error, Error::Auth { operation: "list_banks", source: AuthError::Rejected { status, body } }
            if status.as_u16() == 401 && body.get("error").is_some()),
        "{error:?}"
    );
    banks.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_token_endpoint_that_is_down_is_an_auth_transport_error() {
    let client = Client::builder(Environment::Custom(closed_port_url()))
        .credentials(CLIENT_ID, CLIENT_SECRET)
        .build()
        .unwrap();
    let error = client.list_banks().await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Auth {
                source: AuthError::Transport(_),
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_token_answer_that_is_not_a_token_is_malformed_without_its_body() {
    let server = MockServer::start_async().await;
    answer(
        &server,
        Op::CreateToken,
        200,
        "application/json",
        r#"{"access_token": 42424242}"#,
    )
    .await;
    let error = client(&server).list_banks().await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Auth {
                source: AuthError::Malformed { .. },
                ..
            }
        ),
        "{error:?}"
    );
    assert!(!format!("{error} {error:?}").contains("42424242"), "{error:?}");
}

#[tokio::test]
async fn a_handed_in_token_is_used_and_not_renewed_without_credentials() {
    let server = MockServer::start_async().await;
    let token = mock_token(&server).await;
    let ok = mock_op(&server, Op::ListBanks, |when, then| {
        when.header("authorization", "Bearer handed-in");
        then.status(200)
            .header("content-type", "application/json")
            .body(fixture("list_banks_count"));
    });
    let client = Client::builder(Environment::Custom(server.base_url()))
        .access_token("handed-in", None)
        .build()
        .unwrap();
    client.list_banks().await.unwrap();
    ok.assert_calls_async(1).await;
    // Refused now: without credentials there is no renewal, and no token call.
    ok.delete_async().await;
    answer(&server, Op::ListBanks, 401, "application/json", "{}").await;
    let error = client.list_banks().await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Auth {
                source: AuthError::Unauthorized { .. },
                ..
            }
        ),
        "{error:?}"
    );
    token.assert_calls_async(0).await;
}

#[tokio::test]
async fn bad_input_is_refused_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let token = mock_token(&server).await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).body("{}");
        })
        .await;
    let client = client(&server);

    let field_of = |error: Error| match error {
        Error::InvalidInput(input) => input.field().to_owned(),
        other => panic!("not an input error: {other:?}"),
    };
    // Amounts and identifiers are refused when they are made, under their
    // field's name; a missing value does not compile (constructor argument).
    let amount = |value: i64| -> ihela::Result<Francs> { Ok(Francs::new(value)?) };
    assert_eq!(field_of(amount(0).unwrap_err()), "amount");
    assert_eq!(field_of(amount(-5000).unwrap_err()), "amount");
    let parsed =
        |made: Result<MerchantReference, ihela::InvalidInput>| -> ihela::Result<MerchantReference> { Ok(made?) };
    assert_eq!(
        field_of(parsed(MerchantReference::parse("")).unwrap_err()),
        "merchant_reference"
    );
    assert_eq!(BillCode::parse("").unwrap_err().field(), "bill_code");
    assert_eq!(BankSlug::parse("").unwrap_err().field(), "bank_slug");
    // Free text is checked against the spec when the request is sent,
    // before anything leaves.
    let blank_user = InitBill::new(francs(1), "", "d", reference("order-1"));
    assert_eq!(field_of(client.init_bill(blank_user).await.unwrap_err()), "user");
    let long_description = InitBill::new(francs(1), "u", "d".repeat(256), reference("order-1"));
    assert_eq!(
        field_of(client.init_bill(long_description).await.unwrap_err()),
        "description"
    );
    let blank_holder =
        ihela::gen2::CreditCashIn::new(slug("MF1-0001"), account("000001-01"), francs(100), reference("r"), "d")
            .account_holder("");
    assert_eq!(
        field_of(client.cash_in(blank_holder).await.unwrap_err()),
        "credit_account_holder"
    );

    token.assert_calls_async(0).await;
    any.assert_calls_async(0).await;
}

#[test]
fn a_base_url_that_is_not_http_is_refused() {
    for url in ["ftp://example.org", "not a url", "http://"] {
        let error = Client::builder(Environment::Custom(url.into()))
            .credentials(CLIENT_ID, CLIENT_SECRET)
            .build()
            .unwrap_err();
        assert!(
            matches!(&error, Error::InvalidInput(i) if i.field() == "base_url"),
            "{url}: {error:?}"
        );
    }
    let no_credentials = Client::builder(Environment::Test).build().unwrap_err();
    assert!(matches!(&no_credentials, Error::InvalidInput(i) if i.field() == "credentials"));
}

#[tokio::test]
async fn a_connection_refused_on_a_call_is_a_transport_error() {
    let client = Client::builder(Environment::Custom(closed_port_url()))
        .access_token("handed-in", None)
        .build()
        .unwrap();
    let error = client.list_banks().await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Transport {
                operation: "list_banks",
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.status(), None);
}

#[tokio::test]
async fn an_html_error_from_the_token_endpoint_keeps_its_status_even_from_authenticate() {
    let server = MockServer::start_async().await;
    let page = "<html>502 Bad Gateway</html>";
    answer(&server, Op::CreateToken, 502, "text/html", page).await;
    let error = client(&server).authenticate().await.unwrap_err();
    assert!(
        matches!(&error, Error::Auth { source: AuthError::Rejected { status, body: ErrorBody::Raw(raw) }, .. }
            if status.as_u16() == 502 && raw == page),
        "{error:?}"
    );
}
