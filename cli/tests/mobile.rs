//! `pesa daraja` and `pesa momo` as a developer uses them, against the
//! sandboxes: logins whose secrets come on standard input, a push or a
//! payment run twice that asks once, `trigger` settling it, `--wait`
//! seeing it settle, and `pesa listen` receiving both APIs' callbacks with
//! their verdicts.

mod support;

use std::path::Path;

use serde_json::Value;
use support::Listening;

/// Runs `pesa args` with `stdin`: exit code, stdout, stderr.
async fn pesa(folder: &Path, args: &[&str], stdin: Option<String>) -> (i32, String, String) {
    let mut command = support::pesa(folder);
    command.args(args);
    if let Some(stdin) = stdin {
        command.write_stdin(stdin);
    }
    support::run(command).await
}

/// `pesa args --json`, which must succeed: its JSON.
async fn json(folder: &Path, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.push("--json");
    let (code, stdout, stderr) = pesa(folder, &args, None).await;
    assert_eq!(code, 0, "{args:?}: {stderr}");
    serde_json::from_str(&stdout).unwrap()
}

/// Logs the default profile in to the Daraja sandbox.
async fn daraja_login(sandbox: &daraja_sandbox::Sandbox, folder: &Path) -> (i32, String, String) {
    let secrets = format!(
        "consumer_secret={}\npasskey={}\ninitiator_password={}\n",
        sandbox.consumer_secret(),
        daraja_sandbox::PASSKEY,
        daraja_sandbox::INITIATOR_PASSWORD
    );
    let settings = [
        format!("consumer_key={}", sandbox.consumer_key()),
        format!("shortcode={}", daraja_sandbox::PAYBILL),
        format!("b2c_shortcode={}", daraja_sandbox::BUSINESS),
        format!("initiator={}", daraja_sandbox::INITIATOR),
    ];
    let mut args = vec!["login", "daraja", "--secrets-stdin", "--gateway", sandbox.base_url()];
    for setting in &settings {
        args.extend(["--set", setting]);
    }
    pesa(folder, &args, Some(secrets)).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn daraja_pushes_once_per_reference_and_pays_out_once() {
    let sandbox = daraja_sandbox::Sandbox::start().await.unwrap();
    let folder = tempfile::tempdir().unwrap();
    let folder = folder.path();

    // A secret as a flag's value is refused before anything is tried.
    let (code, _, stderr) = pesa(
        folder,
        &[
            "login",
            "daraja",
            "--set",
            "consumer_secret=x",
            "--gateway",
            sandbox.base_url(),
        ],
        None,
    )
    .await;
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("never a flag's value"), "{stderr}");

    let (code, stdout, stderr) = daraja_login(&sandbox, folder).await;
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("configuration file (mode 0600): no OS keyring"),
        "{stdout}"
    );
    let saved = std::fs::read_to_string(folder.join("config.toml")).unwrap();
    assert!(saved.contains("[profiles.default.daraja]"), "{saved}");
    let status = json(folder, &["status"]).await;
    assert_eq!(status["daraja"]["shortcode"]["value"], daraja_sandbox::PAYBILL);
    assert_eq!(status["daraja"]["passkey"]["set"], true);

    // A push, run twice under its reference: one prompt.
    let push = [
        "daraja",
        "stk-push",
        "--phone",
        "0708 374 149",
        "--amount",
        "1500",
        "--reference",
        "ORDER-1042",
    ];
    let first = json(folder, &push).await;
    snapshot!("daraja_stk_push", serde_json::to_string_pretty(&first).unwrap());
    let again = json(folder, &push).await;
    assert_eq!(first, again);
    assert_eq!(sandbox.state().pushes.len(), 1);
    let id = first["checkout_request_id"].as_str().unwrap().to_owned();
    let pending = json(folder, &["daraja", "stk-status", &id]).await;
    assert_eq!(pending["state"], "pending");

    // The customer pays (the sandbox's control); the status says so.
    let answered = json(folder, &["trigger", "stk.paid", "--id", &id]).await;
    snapshot!("trigger_stk_paid", serde_json::to_string_pretty(&answered).unwrap());
    assert_eq!(answered["result_code"], 0);
    let (code, status, stderr) = pesa(folder, &["daraja", "stk-status", &id], None).await;
    assert_eq!(code, 0, "{stderr}");
    snapshot!("daraja_stk_status_paid", &status);

    // `--wait` on a push the customer cancels: refused, with the code.
    let mut waiting = push.to_vec();
    waiting[7] = "ORDER-1043";
    waiting.extend(["--wait", "--wait-seconds", "30"]);
    let waited = tokio::spawn({
        let folder = folder.to_owned();
        let args: Vec<String> = waiting.iter().map(|a| (*a).to_owned()).collect();
        async move {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            pesa(&folder, &args, None).await
        }
    });
    let second = loop {
        if let Some(push) = sandbox.state().pushes.get(1).cloned() {
            break push.checkout_request_id;
        }
        tokio::task::yield_now().await;
    };
    sandbox
        .answer_stk(&second, daraja_sandbox::StkOutcome::Cancelled)
        .await
        .unwrap();
    let (code, _, stderr) = waited.await.unwrap();
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("failed"), "{stderr}");

    // A payout, run twice under its reference: one B2C request.
    let payout = [
        "daraja",
        "b2c",
        "--phone",
        "0712345678",
        "--amount",
        "2500",
        "--reference",
        "payout-2026-0001",
        "--remarks",
        "Refund",
    ];
    let (code, shown, stderr) = pesa(folder, &payout, None).await;
    assert_eq!(code, 0, "{stderr}");
    snapshot!("daraja_b2c", &shown);
    let paid = json(folder, &payout).await;
    assert_eq!(paid["state"], "accepted");
    assert_eq!(json(folder, &payout).await, paid);
    assert_eq!(sandbox.state().requests.len(), 1);
}

/// Logs the default profile in to the MoMo sandbox, as an API user
/// provisioned for this machine's callbacks.
async fn momo_login(sandbox: &momo_sandbox::Sandbox, folder: &Path) {
    use momo::types::Product;
    let collection_key = sandbox.subscription_key(Product::Collection).to_owned();
    let provisioning = momo::Provisioning::new(&sandbox.environment(), collection_key.clone()).unwrap();
    let user = momo::ReferenceId::new();
    provisioning.create_user(&user, "127.0.0.1").await.unwrap();
    let key = provisioning.create_key(&user).await.unwrap();
    let secrets = format!(
        "api_key={}\ncollection_key={collection_key}\ndisbursement_key={}\n",
        key.expose(),
        sandbox.subscription_key(Product::Disbursement)
    );
    let api_user = format!("api_user={user}");
    let args = [
        "login",
        "momo",
        "--set",
        &api_user,
        "--secrets-stdin",
        "--gateway",
        sandbox.base_url(),
    ];
    let (code, _, stderr) = pesa(folder, &args, Some(secrets)).await;
    assert_eq!(code, 0, "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn momo_asks_once_per_reference_and_waits_for_the_outcome() {
    let sandbox = momo_sandbox::Sandbox::start().await.unwrap();
    let folder = tempfile::tempdir().unwrap();
    let folder = folder.path();
    momo_login(&sandbox, folder).await;

    let ask = [
        "momo",
        "request-to-pay",
        "--payer",
        "+256 772 123 456",
        "--amount",
        "1500",
        "--currency",
        momo_sandbox::CURRENCY,
        "--reference",
        "order-1042",
    ];
    let first = json(folder, &ask).await;
    snapshot!("momo_request_to_pay", serde_json::to_string_pretty(&first).unwrap());
    assert_eq!(first["status"], "PENDING");
    assert_eq!(first["externalId"], "order-1042");
    json(folder, &ask).await;
    assert_eq!(sandbox.state().requests.len(), 1, "asked once");

    let settled = json(folder, &["trigger", "momo.rejected", "--id", "order-1042"]).await;
    snapshot!("trigger_momo_rejected", serde_json::to_string_pretty(&settled).unwrap());
    assert_eq!(settled["status"], "FAILED");
    let status = json(folder, &["momo", "request-to-pay-status", "order-1042"]).await;
    snapshot!(
        "momo_request_to_pay_rejected",
        &serde_json::to_string_pretty(&status).unwrap()
    );
    assert_eq!(status["status"], "FAILED");
    assert_eq!(status["reason"]["code"], "APPROVAL_REJECTED");

    // A transfer settles by itself in the sandbox: `--wait` sees it.
    let transfer = [
        "momo",
        "transfer",
        "--payer",
        "256772123456",
        "--amount",
        "200.50",
        "--currency",
        momo_sandbox::CURRENCY,
        "--reference",
        "payout-77",
        "--wait",
        "--wait-seconds",
        "30",
    ];
    let done = json(folder, &transfer).await;
    assert_eq!(done["status"], "SUCCESSFUL", "{done}");
    let (code, shown, stderr) = pesa(folder, &["momo", "transfer-status", "payout-77"], None).await;
    assert_eq!(code, 0, "{stderr}");
    snapshot!("momo_transfer_status", &shown);
    let (code, balance, stderr) = pesa(folder, &["momo", "balance", "--disbursement"], None).await;
    assert_eq!(code, 0, "{stderr}");
    snapshot!("momo_balance", &balance);

    // A request nobody answers: `--wait` ends with exit 9, the request pending.
    let mut unanswered = ask.to_vec();
    unanswered[9] = "order-1043";
    unanswered.extend(["--wait", "--wait-seconds", "1"]);
    let (code, _, stderr) = pesa(folder, &unanswered, None).await;
    assert_eq!(code, 9, "{stderr}");
    assert!(stderr.contains("is still PENDING after 1 s"), "{stderr}");

    // An amount MTN's currency cannot carry is refused, naming it.
    let mut bad = ask.to_vec();
    bad[5] = "-3";
    let (code, _, stderr) = pesa(folder, &bad, None).await;
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("amount"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listen_receives_daraja_and_momo_callbacks_with_their_verdicts() {
    let accepted = serde_json::json!({"ResultCode": 0, "ResultDesc": "Accepted"});
    let (app, mut received) = support::merchant(accepted.clone()).await;
    // Failed pushes go to an app of their own: the most precise route wins.
    let (failures_app, mut failures) = support::merchant(accepted).await;
    let route = format!("stk.failed={failures_app}");
    let mut listening = Listening::start(&["--forward-to", &app, "--route", &route]);
    let root = listening.address.clone();
    let daraja = daraja_sandbox::Sandbox::start().await.unwrap();
    let momo = momo_sandbox::Sandbox::start().await.unwrap();
    let folder = tempfile::tempdir().unwrap();
    let folder = folder.path();
    let (code, _, stderr) = daraja_login(&daraja, folder).await;
    assert_eq!(code, 0, "{stderr}");
    momo_login(&momo, folder).await;

    let paid = json(folder, &["trigger", "stk.paid", "--callback-root", &root]).await;
    let id = paid["checkout_request_id"].as_str().unwrap().to_owned();
    let line = listening.wait_for("--> daraja stk.paid");
    assert!(line.contains(&id), "{line}");
    assert!(line.contains("[unsigned: confirm with Daraja's query]"), "{line}");
    assert!(line.contains("[first delivery]"), "{line}");
    listening.wait_for("<-- [200] POST");
    assert!(received.recv().await.unwrap().contains(&id));

    json(folder, &["trigger", "stk.wrong_pin", "--callback-root", &root]).await;
    let line = listening.wait_for("--> daraja stk.failed");
    assert!(line.contains("2001"), "{line}");
    assert!(failures.recv().await.unwrap().contains("2001"), "routed by its event");

    let approved = json(folder, &["trigger", "momo.approved", "--callback-root", &root]).await;
    let reference = approved["reference"].as_str().unwrap().to_owned();
    let line = listening.wait_for("--> momo request-to-pay successful");
    assert!(line.contains(&reference), "{line}");
    assert!(line.contains("[unsigned: confirm with MTN's status]"), "{line}");
    assert!(received.recv().await.unwrap().contains("SUCCESSFUL"));

    // Neither is a sandbox on a real gateway: a trigger is refused there.
    let (code, _, stderr) = pesa(folder, &["trigger", "stk.paid", "--profile", "elsewhere"], None).await;
    assert_eq!(code, 7, "{stderr}");
}
