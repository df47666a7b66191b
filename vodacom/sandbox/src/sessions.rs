//! Sessions as the gateway keeps them: opened for the API key, live only
//! after a delay on the sandbox's clock ("up to 30 seconds", TK), ended
//! after a lifetime (Assumed: Vodacom publishes none), or at once by a
//! reset.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};

/// How a request's session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Live: the request is carried out.
    Live,
    /// Opened, not live yet: refused until it is.
    NotLiveYet,
    /// Unknown or ended: refused.
    Unknown,
}

/// One session.
#[derive(Debug, Clone)]
struct Session {
    live_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
}

/// The sessions the sandbox opened.
#[derive(Debug)]
pub struct Sessions {
    live_after: Duration,
    lifetime: Duration,
    opened: Mutex<(u64, HashMap<String, Session>)>,
}

impl Sessions {
    /// Sessions that become live `live_after` they are opened and end
    /// `lifetime` after that.
    pub fn new(live_after: Duration, lifetime: Duration) -> Self {
        Self {
            live_after,
            lifetime,
            opened: Mutex::default(),
        }
    }

    /// Opens a session at `now`: its id (32 hex characters).
    pub fn open(&self, now: DateTime<Utc>) -> String {
        let mut opened = self.opened.lock().unwrap_or_else(PoisonError::into_inner);
        opened.0 += 1;
        let mut random = [0u8; 12];
        // A session id need only be unguessable in a sandbox: the counter
        // keeps it unique even without randomness.
        let _ = getrandom::fill(&mut random);
        let id = format!(
            "{:08x}{}",
            opened.0,
            random.iter().map(|b| format!("{b:02x}")).collect::<String>()
        );
        let live_at = now + self.live_after;
        let session = Session {
            live_at,
            ends_at: live_at + self.lifetime,
        };
        opened.1.insert(id.clone(), session);
        id
    }

    /// How the session `id` stands at `now`.
    pub fn standing(&self, id: &str, now: DateTime<Utc>) -> Standing {
        let opened = self.opened.lock().unwrap_or_else(PoisonError::into_inner);
        match opened.1.get(id) {
            Some(session) if now >= session.ends_at => Standing::Unknown,
            Some(session) if now >= session.live_at => Standing::Live,
            Some(_) => Standing::NotLiveYet,
            None => Standing::Unknown,
        }
    }

    /// How many sessions were opened, and how many of them are live at `now`.
    pub fn count(&self, now: DateTime<Utc>) -> (u64, u64) {
        let opened = self.opened.lock().unwrap_or_else(PoisonError::into_inner);
        let live = opened
            .1
            .values()
            .filter(|session| session.live_at <= now && now < session.ends_at)
            .count();
        (opened.1.len() as u64, live as u64)
    }

    /// Every session id opened (secrets: for a test that checks none leaks).
    pub fn ids(&self) -> Vec<String> {
        let opened = self.opened.lock().unwrap_or_else(PoisonError::into_inner);
        opened.1.keys().cloned().collect()
    }

    /// Forgets every session.
    pub fn reset(&self) {
        self.opened.lock().unwrap_or_else(PoisonError::into_inner).1.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_is_live_after_its_delay_and_ends_after_its_lifetime() {
        let clock = pesa_sandbox::Clock::stopped_at(DateTime::UNIX_EPOCH);
        let sessions = Sessions::new(Duration::from_secs(30), Duration::from_secs(3600));
        let id = sessions.open(clock.now());
        assert_eq!(id.len(), 32);
        assert_ne!(sessions.open(clock.now()), id, "every session its own id");
        assert_eq!(sessions.standing(&id, clock.now()), Standing::NotLiveYet);
        clock.advance(Duration::from_secs(29));
        assert_eq!(sessions.standing(&id, clock.now()), Standing::NotLiveYet);
        clock.advance(Duration::from_secs(1));
        assert_eq!(sessions.standing(&id, clock.now()), Standing::Live);
        assert_eq!(sessions.count(clock.now()), (2, 2));
        clock.advance(Duration::from_secs(3600));
        assert_eq!(sessions.standing(&id, clock.now()), Standing::Unknown);
        assert_eq!(sessions.standing("never-opened", clock.now()), Standing::Unknown);
        let fresh = sessions.open(clock.now());
        sessions.reset();
        assert_eq!(sessions.standing(&fresh, clock.now()), Standing::Unknown);
    }
}
