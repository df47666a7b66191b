//! Fixture snapshots: every recorded body in `tests/fixtures/` (MTN's
//! documented samples and the seed's, see its README) is decoded as the
//! client reads it, and what the merchant gets is snapshotted
//! (`tests/it/snapshots/`): answers served by the mock and read by the
//! client's calls, callbacks read by the callback decoder, requests read by
//! the generated request types (what the sandbox accepts), error bodies by
//! `ErrorExt`. A change in the spec or the types shows up as a diff.

use httpmock::MockServer;
use momo::callback::{CallbackKind, decode};
use momo::mock::MockServerExt as _;
use momo::types::{self, PayoutProduct, Product};
use momo::{Collection, Credentials, Disbursement, Environment, ErrorExt as _, ReferenceId, Transaction as _};

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

/// Decodes `name` as `T` and snapshots it under `name`.
fn snapshot_as<T: serde::de::DeserializeOwned + std::fmt::Debug>(name: &str) {
    let decoded: T = serde_json::from_str(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    insta::assert_debug_snapshot!(name, decoded);
}

/// A mock MoMo with a token, and clients of collection and disbursement for it.
async fn gateway() -> (MockServer, Collection, Disbursement) {
    let server = MockServer::start_async().await;
    server.create_access_token(|_, then| {
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(fixture("create_access_token_mty"));
    });
    let environment = Environment::Custom {
        base_url: server.base_url(),
        target: momo::TargetEnvironment::Sandbox,
    };
    let credentials = Credentials::new("fixture-subscription-key", ReferenceId::new(), "fixture-api-key");
    let collection = Collection::builder(environment.clone(), credentials.clone())
        .build()
        .unwrap();
    let disbursement = Disbursement::builder(environment, credentials).build().unwrap();
    (server, collection, disbursement)
}

#[test]
fn every_request_sample_is_read_by_its_generated_type() {
    snapshot_as::<types::ApiUser>("create_api_user_request_mty");
    snapshot_as::<types::RequestToPay>("request_to_pay_request_seed");
    snapshot_as::<types::Transfer>("transfer_request_mty");
    snapshot_as::<types::Refund>("refund_v2_request_seed");
}

#[test]
fn every_callback_sample_is_read_by_the_decoder() {
    for name in fixture_names() {
        let body = fixture(&name);
        if name.starts_with("request_to_pay_outcome_request") {
            insta::assert_debug_snapshot!(
                name.clone(),
                decode(CallbackKind::RequestToPay, body.as_bytes()).unwrap()
            );
        } else if name.starts_with("transfer_outcome_request") {
            insta::assert_debug_snapshot!(name.clone(), decode(CallbackKind::Transfer, body.as_bytes()).unwrap());
        }
    }
}

#[test]
fn every_provisioning_and_account_sample_is_read() {
    snapshot_as::<types::ApiKeyResult>("create_api_key_mty");
    snapshot_as::<types::ApiUserResult>("get_api_user_sandbox");
    snapshot_as::<types::AccessTokenAnswer>("create_access_token_mty");
    snapshot_as::<types::Balance>("get_account_balance_sandbox");
    snapshot_as::<types::BasicUserInfo>("get_basic_userinfo_mty");
    snapshot_as::<types::ActiveResult>("validate_account_holder_status_active");
}

#[tokio::test]
async fn every_status_sample_is_read_by_the_client_with_its_outcome() {
    let (server, collection, disbursement) = gateway().await;
    let reference = ReferenceId::new();
    for name in fixture_names() {
        let answer = |then: httpmock::Then| {
            then.status(200)
                .header("content-type", "application/json")
                .body(fixture(&name));
        };
        if name.starts_with("get_request_to_pay_status_") && !name.contains("_error_") {
            let mut mock = server.get_request_to_pay_status(|when, then| {
                when.reference_id(&reference);
                answer(then.into_inner());
            });
            let read = collection.request_to_pay_status(&reference).await.unwrap();
            insta::assert_debug_snapshot!(name.clone(), (read.outcome(), read));
            mock.delete();
        } else if name.starts_with("get_transfer_status_") && !name.contains("_error_") {
            let mut mock = server.get_transfer_status(|when, then| {
                when.product(PayoutProduct::Disbursement).reference_id(&reference);
                answer(then.into_inner());
            });
            let read = disbursement.transfer_status(&reference).await.unwrap();
            insta::assert_debug_snapshot!(name.clone(), (read.outcome(), read));
            mock.delete();
        }
    }
}

#[tokio::test]
async fn every_error_sample_keeps_its_status_and_body() {
    let (server, collection, _) = gateway().await;
    for name in fixture_names().iter().filter(|name| name.contains("_error_")) {
        let status = match name.as_str() {
            "request_to_pay_error_conflict" => 409,
            "get_request_to_pay_status_error_not_found" => 404,
            "get_account_balance_error_subscription_key" | "create_access_token_error_login_failed" => 401,
            _ => 500,
        };
        let mut mock = server.get_account_balance(|when, then| {
            when.product(Product::Collection);
            then.into_inner()
                .status(status)
                .header("content-type", "application/json")
                .body(fixture(name));
        });
        let error = collection.balance().await.unwrap_err();
        insta::assert_debug_snapshot!(name.clone(), (error.status().map(|s| s.as_u16()), error.error_body()));
        mock.delete();
    }
}
