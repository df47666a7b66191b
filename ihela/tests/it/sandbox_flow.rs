//! End to end, in-process: the client and the merchant's callback endpoint
//! against `ihela-sandbox`, for the README flow and the ways it goes wrong.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::common::*;
use ihela::callback::{CallbackHandler, Decision};
use ihela::gen1::{CashIn, InitBill};
use ihela::gen2::{CheckBill, CreditCashIn};
use ihela::{BillStatus, Client, CustomerQuery, Error, PaymentOutcome, types};
use ihela_sandbox::{Config, Sandbox};
use serde_json::{Value, json};

const CALLBACK_PATH: &str = "/ihela/callback";

/// A sandbox whose callbacks go to a merchant endpoint that billed 600
/// francs for order 752001 (generation 2's example) and 2000 for any other,
/// answering with `decide(delivery number)`; the client for it.
async fn shop_with(
    config: Config,
    decide: impl Fn(usize) -> Result<Decision, &'static str> + Send + Sync + 'static,
) -> (Sandbox, Client) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let callback_url = format!("http://{}{CALLBACK_PATH}", listener.local_addr().unwrap());
    let sandbox = Sandbox::start_with(Config {
        callback_url: Some(callback_url),
        callback_backoff: Duration::from_millis(10),
        ..config
    })
    .await
    .unwrap();
    let client = client_for(&sandbox);
    let deliveries = Arc::new(AtomicUsize::new(0));
    let decide = Arc::new(decide);
    let handler = CallbackHandler::new(
        client.clone(),
        |order: ihela::MerchantReference| async move {
            let billed = if order.as_str() == "752001" { 600 } else { 2000 };
            Ok::<_, std::convert::Infallible>(Some(francs(billed)))
        },
        move |_payment| {
            let (deliveries, decide) = (deliveries.clone(), decide.clone());
            async move { decide(deliveries.fetch_add(1, Ordering::SeqCst)) }
        },
    );
    tokio::spawn(async move { axum::serve(listener, handler.into_router::<()>(CALLBACK_PATH)).await });
    (sandbox, client)
}

fn client_for(sandbox: &Sandbox) -> Client {
    sandbox.client().pin(pin()).build().unwrap()
}

fn accept(_: usize) -> Result<Decision, &'static str> {
    Ok(Decision::Accept)
}

fn bill_request(reference: &str, amount: u64) -> InitBill {
    sandbox_bill(reference, amount).redirect_uri("https://shop.example/paid/")
}

/// The callback deliveries the sandbox recorded: (HTTP status, answer).
fn deliveries(sandbox: &Sandbox) -> Vec<(Option<i64>, Value)> {
    let state = sandbox.state();
    let attempts = state.callbacks.into_iter();
    attempts
        .map(|c| (c.status, c.answer.map(Value::Object).unwrap_or_default()))
        .collect()
}

#[tokio::test]
async fn the_whole_merchant_flow() {
    let (sandbox, client) = shop_with(Config::default(), accept).await;
    let banks = client.list_banks().await.unwrap();
    let slugs: Vec<&str> = banks.iter().map(|b| b.slug.as_str()).collect();
    assert_eq!(slugs, ["MF1-0001", "BNQ-0002", "MOB-0003", "MOB-0006"]);
    let account = client
        .lookup_customer(&slug("MF1-0001"), CustomerQuery::CustomerId("76000111".into()))
        .await
        .unwrap();
    assert_eq!(account.account_number.as_str(), "000001-01");
    assert_eq!(account.name.as_deref(), Some("Bigirimana Fabrice"));
    let (bill, confirmation_uri) = issued(client.init_bill(bill_request("order-1042", 2000)).await.unwrap());
    assert_eq!(bill.amount, Some(rust_decimal::Decimal::from(2000)));
    assert!(confirmation_uri.contains(bill.code.as_str()), "{confirmation_uri}");
    let pending = client.verify_bill(&reference("order-1042"), &bill.code).await.unwrap();
    assert_eq!(pending.status, BillStatus::Pending);

    let paid = sandbox.pay(&bill.code).await.unwrap();
    assert_eq!(
        deliveries(&sandbox),
        [(Some(200), json!({"error": false, "error_message": "Success"}))]
    );
    let redirect = ihela::callback::parse_redirect(paid.redirect_url.as_deref().unwrap()).unwrap();
    assert!(redirect.paid);
    let confirmed = client.confirm(&redirect, francs(2000)).await.unwrap();
    let verified = client.verify_bill(&reference("order-1042"), &bill.code).await.unwrap();
    assert_eq!(verified.status, BillStatus::Paid);
    assert_eq!(
        confirmed.outcome,
        PaymentOutcome::Paid {
            bank_reference: verified.bank_reference.clone()
        }
    );

    let refund = client.cash_in(sandbox_cash_in("refund-1042", 2000)).await.unwrap();
    assert!(refund.reference.starts_with("CPT-"), "{}", refund.reference);
    let state = sandbox.state();
    assert_eq!(state.bills.len(), 1);
    assert!(state.cash_ins[0].accepted);
    assert_eq!(sandbox.issued_tokens().len(), 1);
}

#[tokio::test]
async fn a_failed_payment_is_noted_and_nothing_is_paid_out() {
    let (sandbox, client) = shop_with(Config::default(), accept).await;
    let (bill, _) = issued(client.init_bill(bill_request("order-1", 2000)).await.unwrap());
    let failed = sandbox.fail(&bill.code, "Insufficient funds").await.unwrap();
    assert_eq!(failed.status, BillStatus::Error);
    let (status, answer) = &deliveries(&sandbox)[0];
    assert_eq!(*status, Some(200));
    assert_eq!(
        answer["error"], false,
        "a failure report is acknowledged, never refused: {answer}"
    );
    let redirect = ihela::callback::parse_redirect(failed.redirect_url.as_deref().unwrap()).unwrap();
    assert!(!redirect.paid);
    let confirmed = client.confirm(&redirect, francs(2000)).await.unwrap();
    assert_eq!(confirmed.outcome, PaymentOutcome::Failed);
    let state = sandbox.state();
    assert_eq!(state.cash_ins.len(), 0);
    assert_eq!(state.balance, 10_000_000);
}

#[tokio::test]
async fn a_refusal_by_the_merchant_refunds_the_customer() {
    let (sandbox, client) = shop_with(Config::default(), |_| Ok(Decision::Refuse("Out of stock".into()))).await;
    let (bill, _) = issued(client.init_bill(bill_request("order-2", 2000)).await.unwrap());
    let paid = sandbox.pay(&bill.code).await.unwrap();
    assert!(paid.callback.as_ref().is_some_and(|delivery| delivery.refunded));
    let verified = client.verify_bill(&reference("order-2"), &bill.code).await.unwrap();
    assert_eq!(verified.status, BillStatus::Canceled);
    assert_eq!(sandbox.state().balance, 10_000_000);
}

#[tokio::test]
async fn bills_expire_by_control_and_by_time() {
    let (sandbox, client) = shop_with(Config::default(), accept).await;
    let wallet_bill =
        InitBill::new(francs(500), "79000003", "EcoCash order", reference("order-wallet")).bank(slug("MOB-0003"));
    let (wallet, _) = issued(client.init_bill(wallet_bill).await.unwrap());
    let (ihela, _) = issued(client.init_bill(bill_request("order-ihela", 2000)).await.unwrap());
    // A wallet's bill lives 10 minutes, iHela's a week.
    sandbox.advance(Duration::from_secs(11 * 60));
    let status = |reference: &'static str, code: types::BillCode| {
        let client = client.clone();
        async move {
            client
                .verify_bill(&crate::common::reference(reference), &code)
                .await
                .unwrap()
                .status
        }
    };
    assert_eq!(status("order-wallet", wallet.code.clone()).await, BillStatus::Expired);
    assert_eq!(
        status("order-ihela", ihela.code.clone()).await,
        BillStatus::Pending,
        "a week, not 200 ms"
    );
    sandbox.expire(&ihela.code).unwrap();
    assert_eq!(status("order-ihela", ihela.code.clone()).await, BillStatus::Expired);
    assert!(
        sandbox.pay(&ihela.code).await.is_err(),
        "an expired bill cannot be paid"
    );
}

#[tokio::test]
async fn a_callback_answered_503_is_delivered_again() {
    let (sandbox, client) = shop_with(Config::default(), |delivery| {
        if delivery == 0 {
            Err("database down")
        } else {
            Ok(Decision::Accept)
        }
    })
    .await;
    let (bill, _) = issued(client.init_bill(bill_request("order-3", 2000)).await.unwrap());
    sandbox.pay(&bill.code).await.unwrap();
    let statuses: Vec<Option<i64>> = deliveries(&sandbox).into_iter().map(|(status, _)| status).collect();
    assert_eq!(statuses, [Some(503), Some(200)]);
}

#[tokio::test]
async fn a_repeated_merchant_reference_never_creates_a_second_payment() {
    let (sandbox, client) = shop_with(Config::default(), accept).await;
    let (first, _) = issued(client.init_bill(bill_request("order-4", 2000)).await.unwrap());
    let (again, _) = issued(client.init_bill(bill_request("order-4", 2000)).await.unwrap());
    assert_eq!(again.code, first.code);
    let other = client.init_bill(bill_request("order-4", 3000)).await.unwrap_err();
    assert!(other.to_string().contains("merchant_reference"), "{other}");
    assert!(
        matches!(&other, Error::Http { status, body, .. } if status.as_u16() == 400 && body.get("merchant_reference").is_some())
    );

    let paid_out = client.cash_in(sandbox_cash_in("refund-4", 1000)).await.unwrap();
    let repeated = client.cash_in(sandbox_cash_in("refund-4", 1000)).await.unwrap();
    assert_eq!(repeated.reference, paid_out.reference);
    assert!(client.cash_in(sandbox_cash_in("refund-4", 1500)).await.is_err());
    let state = sandbox.state();
    assert_eq!(state.bills.len(), 1);
    assert_eq!(state.cash_ins.len(), 1);
    assert_eq!(state.balance, 10_000_000 - 1000);
}

#[tokio::test]
async fn the_server_names_each_bad_field() {
    let (_sandbox, client) = shop_with(Config::default(), accept).await;
    let field_of = |error: Error| match error {
        Error::Http { status, body, .. } if status.as_u16() == 400 => {
            let ihela::ErrorBody::Json(json) = body else {
                panic!("not JSON")
            };
            json.keys().cloned().collect::<Vec<_>>()
        }
        other => panic!("expected a 400, got {other}"),
    };
    let unknown_bank = bill_request("v-1", 2000).bank(slug("XXX-9999"));
    assert_eq!(field_of(client.init_bill(unknown_bank).await.unwrap_err()), ["bank"]);
    let unknown_customer = bill_request("v-2", 2000).bank_client_id("99999999");
    assert_eq!(
        field_of(client.init_bill(unknown_customer).await.unwrap_err()),
        ["bank_client_id"]
    );
    let below_limit =
        InitBill::new(francs(500), "68000006", "PesaFlash order", reference("v-3")).bank(slug("MOB-0006"));
    assert_eq!(field_of(client.init_bill(below_limit).await.unwrap_err()), ["amount"]);
    let unknown_account = CashIn::new(
        slug("MF1-0001"),
        account("999999-99"),
        francs(100),
        reference("v-4"),
        "Refund",
    );
    assert_eq!(
        field_of(client.cash_in(unknown_account).await.unwrap_err()),
        ["account"]
    );
    let lookup = client
        .lookup_customer(&slug("MF1-0001"), CustomerQuery::AccountNumber("404404-04".into()))
        .await
        .unwrap_err();
    assert_eq!(field_of(lookup), ["account_number"]);
    let unknown_bill = client
        .verify_bill(&reference("v-5"), &bill_code("BILL-20260101-NOPENOPE00"))
        .await
        .unwrap_err();
    assert_eq!(unknown_bill.status().map(|s| s.as_u16()), Some(404));
}

#[tokio::test]
async fn generation_2_works_end_to_end() {
    let (sandbox, client) = shop_with(Config::default(), accept).await;
    let created = client.create_bill(sandbox_created_bill("752001")).await.unwrap();
    let code = created.bill().code.clone();
    assert!(
        created.confirmation_uri().is_some(),
        "the sandbox gives the page: {created:?}"
    );
    sandbox.pay(&code).await.unwrap();
    let check = CheckBill::new(reference("752001"), code);
    let checked = client.check_bill(check).await.unwrap();
    assert_eq!(checked.status, BillStatus::Paid);
    assert_eq!(checked.amount, Some(rust_decimal::Decimal::from(600)));
    let cash_in = CreditCashIn::new(
        slug("MOB-0003"),
        account("79000003"),
        francs(600),
        reference("REF3224"),
        "Cashin description",
    );
    let paid_out = client.cash_in(cash_in).await.unwrap();
    assert!(paid_out.reference.starts_with("CPT-"), "{}", paid_out.reference);
    let too_much = CreditCashIn::new(
        slug("MOB-0006"),
        account("68000006"),
        francs(20_000_000),
        reference("REF-big"),
        "More than the balance",
    );
    let refused = client.cash_in(too_much).await.unwrap_err();
    assert!(
        matches!(&refused, Error::Refused { refusal, .. } if refusal.code == Some(ihela::ResponseCode::Code05)),
        "{refused}"
    );
}

#[tokio::test]
async fn an_expired_token_is_renewed_by_the_client() {
    let (sandbox, client) = shop_with(Config::default(), accept).await;
    client.list_banks().await.unwrap();
    // The token lives an hour; the client has not seen it pass.
    sandbox.advance(Duration::from_secs(3601));
    client.list_banks().await.unwrap();
    assert_eq!(sandbox.issued_tokens().len(), 2);
}
