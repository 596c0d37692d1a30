//! Time is a clock passed in, so tests move it instead of sleeping.

use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex};

/// Where "now" comes from.
pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> DateTime<Utc>;
}

/// The real time.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until a test moves it: it reads the time it
/// was set to, however much real time passes. `default()` sets it to the
/// real time at which it is made. Clones share one time, so a test keeps a
/// clone to move the clock an application reads.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Arc<Mutex<DateTime<Utc>>>,
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::at(Utc::now())
    }
}

impl ManualClock {
    /// A clock that reads `now` until moved.
    pub fn at(now: DateTime<Utc>) -> Self {
        Self {
            now: Arc::new(Mutex::new(now)),
        }
    }

    /// Sets the clock to `now` (which may be earlier than it reads).
    pub fn set(&self, now: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(|p| p.into_inner()) = now;
    }

    /// Moves the clock forward by `by`.
    pub fn advance(&self, by: Duration) {
        *self.now.lock().unwrap_or_else(|p| p.into_inner()) += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn nine_am() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
    }

    #[test]
    fn a_manual_clock_stands_still_while_real_time_passes() {
        let clock = ManualClock::at(nine_am());
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(clock.now(), nine_am());
    }

    #[test]
    fn a_manual_clock_moves_exactly_as_far_as_it_is_advanced() {
        let clock = ManualClock::at(nine_am());
        clock.advance(Duration::hours(2));
        assert_eq!(clock.now(), nine_am() + Duration::hours(2));
    }

    #[test]
    fn a_manual_clock_can_be_set_to_any_time_and_its_clones_follow() {
        let clock = ManualClock::at(nine_am());
        let seen_by_the_application = clock.clone();
        let earlier = nine_am() - Duration::days(30);
        clock.set(earlier);
        assert_eq!(seen_by_the_application.now(), earlier);
    }
}
