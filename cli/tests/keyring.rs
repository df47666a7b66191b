//! Secrets in a real OS keyring: a Secret Service (GNOME Keyring, from the
//! system's packages) in a D-Bus session of its own and a home folder of
//! its own, never the machine's. `login` keeps the client secret there,
//! not in the file; commands read it back; `logout` forgets it. Skipped,
//! saying so, where `gnome-keyring-daemon` or `dbus-run-session` is
//! missing (`.ci/run` installs them).

use std::process::Command;

use ihela_sandbox::Sandbox;

/// Whether `program` runs.
fn installed(program: &str, probe: &str) -> bool {
    Command::new(program)
        .arg(probe)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_secret_goes_to_the_os_keyring_and_back() {
    if !installed("gnome-keyring-daemon", "--version") || !installed("dbus-run-session", "--version") {
        eprintln!("skipped: no gnome-keyring-daemon or dbus-run-session");
        return;
    }
    let sandbox = Sandbox::start().await.unwrap();
    let folder = tempfile::tempdir().unwrap();
    let home = folder.path().join("home");
    std::fs::create_dir(&home).unwrap();
    // A keyring unlocked with an empty password, for this session only.
    let script = r#"set -e
eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets)"
printf '%s\n' "$SECRET" | "$PESA" login ihela --client-id "$CLIENT_ID" --client-secret-stdin --gateway "$GATEWAY" > login.txt
cp "$PESA_CONFIG" saved.toml
"$PESA" status --json > status.json
"$PESA" ihela banks --json > banks.json
"$PESA" logout > /dev/null
"$PESA" status --json > after.json
"#;
    let mut command = Command::new("dbus-run-session");
    for (name, _) in std::env::vars().filter(|(name, _)| name.starts_with("PESA_")) {
        command.env_remove(name);
    }
    command
        .args(["--", "sh", "-c", script])
        .current_dir(folder.path())
        .env("HOME", &home)
        .env("PESA", assert_cmd::cargo::cargo_bin("pesa"))
        .env("PESA_CONFIG", folder.path().join("config.toml"))
        .env("SECRET", sandbox.client_secret())
        .env("CLIENT_ID", sandbox.client_id())
        .env("GATEWAY", sandbox.base_url());
    let output = tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let read = |name: &str| std::fs::read_to_string(folder.path().join(name)).unwrap();
    let json = |name: &str| serde_json::from_str::<serde_json::Value>(&read(name)).unwrap();

    assert!(
        read("login.txt").contains("secrets_in  the OS keyring"),
        "{}",
        read("login.txt")
    );
    let saved = read("saved.toml");
    assert!(saved.contains(sandbox.client_id()), "{saved}");
    assert!(
        !saved.contains(sandbox.client_secret()),
        "the secret stays out of the file: {saved}"
    );
    let status = json("status.json");
    assert_eq!(status["ihela"]["client_secret"]["source"], "keyring");
    assert!(
        !json("banks.json").as_array().unwrap().is_empty(),
        "the secret read back works"
    );
    assert_eq!(json("after.json")["ihela"]["client_secret"]["set"], false, "forgotten");
}
