//! Secrets in the OS keyring (Secret Service on Linux, the Keychain on
//! macOS, the Credential Manager on Windows) under the service `pesa` and
//! the name `PROFILE/API/SETTING`. Where there is no keyring (a server, a
//! container, CI) they stay in the 0600 configuration file, and `login`
//! says so. `PESA_NO_KEYRING=1` keeps them in the file.

use keyring::Entry;

/// The keyring's service name.
const SERVICE: &str = "pesa";

/// The variable that keeps secrets in the configuration file.
pub const NO_KEYRING: &str = "PESA_NO_KEYRING";

/// Whether the keyring is to be left alone.
fn disabled() -> bool {
    std::env::var_os(NO_KEYRING).is_some_and(|value| !value.is_empty() && value != "0")
}

/// The keyring's entry of a setting.
fn entry(profile: &str, api: &str, name: &str) -> keyring::Result<Entry> {
    Entry::new(SERVICE, &format!("{profile}/{api}/{name}"))
}

/// Runs a keyring call off the runtime's worker (the keyring blocks on
/// D-Bus).
fn blocking<T>(call: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(_) => tokio::task::block_in_place(call),
        Err(_) => call(),
    }
}

/// The secret kept for `profile`'s `api` setting `name`, if the keyring
/// has one.
pub fn read(profile: &str, api: &str, name: &str) -> Option<String> {
    if disabled() {
        return None;
    }
    blocking(|| entry(profile, api, name).ok()?.get_password().ok())
}

/// Keeps a secret in the keyring.
///
/// # Errors
/// Why the keyring could not keep it (none on this machine, locked,
/// turned off with `PESA_NO_KEYRING`): it then goes to the file.
pub fn keep(profile: &str, api: &str, name: &str, value: &str) -> Result<(), String> {
    if disabled() {
        return Err(format!("{NO_KEYRING} is set"));
    }
    blocking(|| {
        entry(profile, api, name)
            .and_then(|entry| entry.set_password(value))
            .map_err(|e| e.to_string())
    })
}

/// Forgets a secret the keyring may keep (nothing when it has none).
pub fn forget(profile: &str, api: &str, name: &str) {
    if disabled() {
        return;
    }
    blocking(|| {
        if let Ok(entry) = entry(profile, api, name) {
            // Nothing kept, or no keyring: nothing to forget.
            let _ = entry.delete_credential();
        }
    });
}
