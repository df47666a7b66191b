//! A command group per API, each on its typed client, and what they
//! share: the profile's settings, test mode unless `--live`, the journal.

pub mod banking;
pub mod daraja;
pub mod ihela;
pub mod momo;

use std::sync::Arc;

use pesa_core::pesa_store::Sqlite;

use crate::args::Global;
use crate::config::Config;
use crate::live;
use crate::output::{Exit, Failure};
use crate::settings::{self, Resolved};

/// Whether a gateway setting is a real one (`production`).
pub fn is_live(gateway: &str) -> bool {
    matches!(gateway, "production" | "live")
}

/// Whether a gateway setting (a base URL) is on this machine: a sandbox.
pub fn is_loopback(gateway: &str) -> bool {
    let Some((_, rest)) = gateway.split_once("://") else {
        return false;
    };
    let authority = rest.split('/').next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    matches!(host, "127.0.0.1" | "localhost" | "::1")
}

/// `api`'s settings in the profile in use, and whether they point at a
/// live gateway, once that is allowed (`--live`).
///
/// # Errors
/// [`Exit::Live`] for a live profile without `--live`, or the reverse.
pub fn profiled(api: &'static settings::Api, global: &Global, config: &Config) -> Result<(Resolved, bool), Failure> {
    let resolved = Resolved::new(api, &global.profile, config.profile(&global.profile));
    let live = is_live(resolved.gateway());
    live::check_profile(live, global)?;
    Ok((resolved, live))
}

/// The journal every money-moving command goes through: a SQLite file
/// beside the configuration, so that a command run again under its
/// reference pays nothing twice.
///
/// # Errors
/// [`Exit::Config`] when it cannot be opened.
pub async fn journal(config: &Config) -> Result<Arc<Sqlite>, Failure> {
    let path = config.path().with_file_name("journal.sqlite3");
    let journal = Sqlite::open(&path)
        .await
        .map_err(|e| Failure::new(Exit::Config, format!("{}: {e}", path.display())))?;
    Ok(Arc::new(journal))
}

/// A whole amount given on the command line, refused by name when it is
/// not positive.
///
/// # Errors
/// [`Exit::InvalidInput`] naming the amount.
pub fn whole<C: pesa_core::Currency>(amount: i64) -> Result<pesa_core::Whole<C>, Failure> {
    pesa_core::Whole::new(amount).map_err(|e| Failure::new(Exit::InvalidInput, format!("amount: {e}")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn loopback_gateways_are_those_of_this_machine() {
        for url in ["http://127.0.0.1:8089", "http://localhost:8090/", "http://[::1]:8091"] {
            assert!(super::is_loopback(url), "{url}");
        }
        for gateway in [
            "test",
            "production",
            "https://api.ihela.bi",
            "http://127.0.0.2:1",
            "http://localhost.example",
        ] {
            assert!(!super::is_loopback(gateway), "{gateway}");
        }
    }
}
