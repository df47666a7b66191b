//! The live-mode confirmation in a real terminal (tmux): a live payment
//! says what it will do and waits for an answer; `n` sends nothing. (A `y`
//! would send to iHela's production gateway, which no test reaches.)
//! Skipped, saying so, where tmux is not installed.

use std::process::Command;

/// The text of the tmux session's pane.
fn pane(session: &str) -> String {
    let output = Command::new("tmux")
        .args(["capture-pane", "-p", "-t", session])
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Waits until the pane shows `text` (tmux draws asynchronously).
fn wait_for(session: &str, text: &str) -> String {
    for _ in 0..2000 {
        let shown = pane(session);
        if shown.contains(text) {
            return shown;
        }
        std::thread::yield_now();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("{text:?} never shown:\n{}", pane(session));
}

#[test]
fn a_live_payment_asks_in_the_terminal_and_n_sends_nothing() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: no tmux");
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let config = folder.path().join("config.toml");
    std::fs::write(
        &config,
        "[profiles.shop.ihela]\nclient_id = \"live-id\"\nclient_secret = \"live-secret\"\ngateway = \"production\"\n",
    )
    .unwrap();
    let pesa = assert_cmd::cargo::cargo_bin("pesa");
    let session = format!("pesa-confirm-{}", std::process::id());
    let script = format!(
        "PESA_CONFIG={} {} --profile shop --live ihela cash-in --bank MF1-0001 --account 000001-01 \
         --amount 5000 --reference live-1 --description Refund; echo EXIT=$?; read done",
        config.display(),
        pesa.display()
    );
    let started = Command::new("tmux")
        .args([
            "new-session",
            "-d",
            "-x",
            "200",
            "-y",
            "20",
            "-s",
            &session,
            "sh",
            "-c",
            &script,
        ])
        .status()
        .unwrap();
    assert!(started.success());
    let asked = wait_for(&session, "Go on? [y/N]");
    assert!(
        asked.contains("LIVE: Pay 5000 BIF to 000001-01 at MF1-0001 under live-1"),
        "{asked}"
    );
    Command::new("tmux")
        .args(["send-keys", "-t", &session, "n", "Enter"])
        .status()
        .unwrap();
    let ended = wait_for(&session, "EXIT=");
    let _ = Command::new("tmux").args(["kill-session", "-t", &session]).status();
    assert!(ended.contains("not confirmed: nothing was sent"), "{ended}");
    assert!(ended.contains("EXIT=7"), "{ended}");
}
