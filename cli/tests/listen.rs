//! `pesa listen` and `pesa trigger` as a developer uses them: the sandbox's
//! callback goes to `pesa listen`, which forwards it to the merchant's app;
//! the app is down at first, then comes up: the failure is said loudly, the
//! sandbox retries, the app gets the callback. `trigger` drives the
//! sandbox's controls, and refuses a profile that is not a sandbox's.

mod support;

use std::time::Duration;

use ihela_sandbox::{Config, Sandbox};
use support::Listening;

/// A sandbox whose callbacks go to `listening` (`attempts` at most,
/// `backoff` apart), and a bill made in it under `reference`.
async fn billing_to(
    listening: &Listening,
    attempts: u32,
    backoff: Duration,
    reference: &str,
) -> (Sandbox, ihela::BillState) {
    let sandbox = Sandbox::start_with(Config {
        callback_url: Some(format!("{}/ihela", listening.address)),
        callback_attempts: attempts,
        callback_backoff: backoff,
        ..Config::default()
    })
    .await
    .unwrap();
    let client = sandbox.client().build().unwrap();
    let reference = ihela::MerchantReference::parse(reference).unwrap();
    let request = ihela::gen1::InitBill::new(ihela::Francs::new(2000).unwrap(), "76000111", "Order", reference);
    let bill = client.init_bill(request).await.unwrap().bill().clone();
    (sandbox, bill)
}

/// A free port on loopback, for an app that is not up yet.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_callback_reaches_an_app_that_was_down_then_came_up() {
    let app_port = free_port();
    let app_url = format!("http://127.0.0.1:{app_port}/hook");
    let mut listening = Listening::start(&["--forward-to", &app_url, "--heartbeat", "1"]);
    let (sandbox, bill) = billing_to(&listening, 20, Duration::from_millis(50), "order-listen").await;

    let paying = tokio::spawn({
        let code = bill.code.clone();
        async move {
            let view = sandbox.pay(&code).await.unwrap();
            (sandbox, view)
        }
    });
    let arrived = listening.wait_for("--> ihela bill.paid");
    assert!(arrived.contains("[first delivery]"), "{arrived}");
    let failed = listening.wait_for("FAILED");
    assert!(failed.contains(&app_url), "{failed}");
    // The app comes up; the sandbox's next attempt reaches it.
    let mut received =
        support::merchant_at(app_port, serde_json::json!({"error": false, "error_message": "Merci"})).await;
    let duplicate = listening.wait_for("--> ihela bill.paid");
    assert!(
        duplicate.contains("[duplicate]"),
        "a retry is the same callback: {duplicate}"
    );
    listening.wait_for("<-- [200] POST");
    let body = received.recv().await.unwrap();
    assert!(body.contains(bill.code.as_str()), "{body}");
    let (sandbox, view) = paying.await.unwrap();
    let delivery = view.callback.unwrap();
    assert_eq!(delivery.attempts.last().unwrap().status, Some(200));
    assert!(delivery.attempts.len() >= 2, "{delivery:?}");
    assert!(!delivery.refunded);
    listening.wait_for(".. listening on");
    sandbox.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listen_gives_up_loudly_when_asked_to() {
    let app_url = format!("http://127.0.0.1:{}/hook", free_port());
    let mut listening = Listening::start(&["--forward-to", &app_url, "--max-failures", "2"]);
    let (sandbox, bill) = billing_to(&listening, 2, Duration::from_millis(10), "order-down").await;
    sandbox.pay(&bill.code).await.unwrap();
    listening.wait_for("giving up");
    let status = tokio::task::spawn_blocking(move || listening.child.wait().unwrap())
        .await
        .unwrap();
    assert_eq!(status.code(), Some(6), "a supervisor sees it stop");
}

#[tokio::test]
async fn trigger_pays_fails_or_expires_a_bill_in_the_sandbox_only() {
    let sandbox = Sandbox::start().await.unwrap();
    let folder = tempfile::tempdir().unwrap();
    let pesa = |args: &[&str], stdin: Option<String>| {
        let mut command = support::pesa(folder.path());
        command.args(args);
        if let Some(stdin) = stdin {
            command.write_stdin(stdin);
        }
        support::output(command)
    };
    let login = [
        "login",
        "ihela",
        "--client-id",
        sandbox.client_id(),
        "--client-secret-stdin",
        "--gateway",
        sandbox.base_url(),
    ];
    assert!(
        pesa(&login, Some(format!("{}\n", sandbox.client_secret())))
            .await
            .status
            .success()
    );
    let paid = pesa(&["trigger", "bill.paid", "--json"], None).await;
    assert!(paid.status.success(), "{}", String::from_utf8_lossy(&paid.stderr));
    let view: serde_json::Value = serde_json::from_slice(&paid.stdout).unwrap();
    assert_eq!(view["status"], "Paid");
    snapshot!("trigger_bill_paid", String::from_utf8_lossy(&paid.stdout));
    let bills = sandbox.state().bills;
    assert_eq!(bills.len(), 1);
    let code = bills[0].code.to_string();
    let again = pesa(&["trigger", "bill.expired", "--code", &code], None).await;
    assert_eq!(again.status.code(), Some(3), "a paid bill cannot expire");
    let failed = pesa(&["trigger", "bill.failed", "--json"], None).await;
    let view: serde_json::Value = serde_json::from_slice(&failed.stdout).unwrap();
    assert_eq!(view["status"], "Error");
    // A profile of a real gateway: refused before anything is sent.
    std::fs::write(
        folder.path().join("config.toml"),
        "[profiles.default.ihela]\nclient_id = \"id\"\nclient_secret = \"secret\"\ngateway = \"test\"\n",
    )
    .unwrap();
    let refused = pesa(&["trigger", "bill.paid"], None).await;
    assert_eq!(refused.status.code(), Some(7));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("sandbox"));
}
