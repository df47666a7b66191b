//! The sandbox's clock: what "now" is for tokens, codes and bills that
//! expire. The system's time, moved forward on request, so that a test sees
//! a week pass without waiting for it.

use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};

/// A clock that starts at the system's time, or at a fixed instant, and
/// only moves forward when told ([`Clock::advance`]) besides, for a system
/// clock, with time itself.
#[derive(Debug)]
pub struct Clock {
    start: Option<DateTime<Utc>>,
    advanced: Mutex<Duration>,
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

impl Clock {
    /// The system's time.
    pub fn system() -> Self {
        Self {
            start: None,
            advanced: Mutex::new(Duration::ZERO),
        }
    }

    /// Stopped at `start`: time passes only by [`Clock::advance`].
    pub fn stopped_at(start: DateTime<Utc>) -> Self {
        Self {
            start: Some(start),
            advanced: Mutex::new(Duration::ZERO),
        }
    }

    /// Now, by this clock.
    pub fn now(&self) -> DateTime<Utc> {
        let base = self.start.unwrap_or_else(Utc::now);
        base + *self.advanced.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Moves the clock forward by `by`; returns the new now.
    pub fn advance(&self, by: Duration) -> DateTime<Utc> {
        *self.advanced.lock().unwrap_or_else(PoisonError::into_inner) += by;
        self.now()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stopped_clock_moves_only_when_told() {
        let start = DateTime::parse_from_rfc3339("2026-12-04T10:00:00Z").unwrap().to_utc();
        let clock = Clock::stopped_at(start);
        assert_eq!(clock.now(), start);
        assert_eq!(
            clock.advance(Duration::from_secs(3600)),
            start + Duration::from_secs(3600)
        );
        assert_eq!(clock.now(), start + Duration::from_secs(3600));
        let system = Clock::system();
        let ahead = system.advance(Duration::from_secs(7 * 24 * 3600));
        assert!(ahead > Utc::now() + Duration::from_secs(6 * 24 * 3600));
    }
}
