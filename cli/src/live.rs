//! Test mode by default: a profile that points at a production gateway is
//! used only with `--live`, and `--live` with a test profile is refused
//! too; a live money-moving command says what it will do and asks (on a
//! terminal) or needs `--yes`.

use std::io::{BufRead as _, IsTerminal as _, Write as _};

use crate::args::Global;
use crate::output::{Exit, Failure};

/// Refuses a live profile without `--live`, and `--live` with a test one.
///
/// # Errors
/// [`Exit::Live`], naming the profile.
pub fn check_profile(live: bool, global: &Global) -> Result<(), Failure> {
    let profile = &global.profile;
    match (live, global.live) {
        (true, false) => Err(Failure::new(
            Exit::Live,
            format!("profile {profile} points at a live gateway: add --live to use it"),
        )),
        (false, true) => Err(Failure::new(
            Exit::Live,
            format!("profile {profile} is in test mode: remove --live, or use a live profile"),
        )),
        _ => Ok(()),
    }
}

/// In live mode, shows `what` and asks for a `y` on the terminal, unless
/// `--yes`; off a terminal, `--yes` is needed.
///
/// # Errors
/// [`Exit::Live`] when not confirmed.
pub fn confirm(live: bool, global: &Global, what: &str) -> Result<(), Failure> {
    if !live || global.yes {
        return Ok(());
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Failure::new(
            Exit::Live,
            format!("live: {what}. Not on a terminal to confirm: add --yes"),
        ));
    }
    eprint!("LIVE: {what}. Go on? [y/N] ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Failure::new(Exit::Live, format!("no answer: {e}")))?;
    if matches!(answer.trim(), "y" | "Y" | "yes") {
        Ok(())
    } else {
        Err(Failure::new(Exit::Live, "not confirmed: nothing was sent"))
    }
}
