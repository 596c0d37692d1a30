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

/// The real time moved by a fixed offset: a test clock that runs, for
/// browser journeys that need "three weeks from now" to be a visit day
/// however long they take.
#[derive(Debug, Clone, Copy)]
pub struct OffsetClock {
    offset: Duration,
}

impl OffsetClock {
    /// A clock reading the real time plus `offset` (which may be negative).
    pub fn by(offset: Duration) -> Self {
        Self { offset }
    }
}

impl Clock for OffsetClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset
    }
}

/// A test clock as `QUADS_TEST_NOW` gives it: a fixed instant
/// (`2027-03-01T09:00:00Z`, standing still) or an offset from the real time
/// in whole days, hours or minutes (`+30d`, `-2h`, `+90m`, running).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestClock {
    /// Always this instant.
    Fixed(DateTime<Utc>),
    /// The real time plus this.
    Offset(Duration),
}

impl TestClock {
    /// The clock the application reads.
    pub fn clock(self) -> std::sync::Arc<dyn Clock> {
        match self {
            TestClock::Fixed(at) => std::sync::Arc::new(ManualClock::at(at)),
            TestClock::Offset(by) => std::sync::Arc::new(OffsetClock::by(by)),
        }
    }
}

impl std::str::FromStr for TestClock {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if let Some(sign @ ('+' | '-')) = text.chars().next() {
            let body = &text[1..];
            let (number, unit) = body.split_at(body.len().saturating_sub(1));
            let n: i64 = number
                .parse()
                .ok()
                .filter(|n| (0..=36_600).contains(n))
                .ok_or_else(|| format!("`{text}` is not an offset such as +30d, -2h or +90m"))?;
            let n = if sign == '-' { -n } else { n };
            let by = match unit {
                "d" => Duration::days(n),
                "h" => Duration::hours(n),
                "m" => Duration::minutes(n),
                _ => return Err(format!("`{text}`: an offset ends in d, h or m")),
            };
            return Ok(TestClock::Offset(by));
        }
        DateTime::parse_from_rfc3339(text)
            .map(|at| TestClock::Fixed(at.with_timezone(&Utc)))
            .map_err(|_| {
                format!("`{text}` is neither a time such as 2027-03-01T09:00:00Z nor an offset such as +30d")
            })
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

    #[test]
    fn a_test_clock_is_a_fixed_instant_or_an_offset_in_days_hours_or_minutes() {
        assert_eq!(
            "2027-03-01T09:00:00Z".parse::<TestClock>(),
            Ok(TestClock::Fixed(
                Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
            ))
        );
        assert_eq!(
            "2027-03-01T10:00:00+01:00".parse::<TestClock>(),
            Ok(TestClock::Fixed(
                Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
            ))
        );
        assert_eq!(
            "+30d".parse::<TestClock>(),
            Ok(TestClock::Offset(Duration::days(30)))
        );
        assert_eq!(
            "-2h".parse::<TestClock>(),
            Ok(TestClock::Offset(Duration::hours(-2)))
        );
        assert_eq!(
            "+90m".parse::<TestClock>(),
            Ok(TestClock::Offset(Duration::minutes(90)))
        );
        for bad in ["tomorrow", "+30", "+d", "+30w", "2027-03-01", "+99999999d"] {
            assert!(bad.parse::<TestClock>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_fixed_test_clock_stands_still_and_an_offset_one_runs_ahead_of_real_time() {
        let fixed = TestClock::Fixed(nine_am()).clock();
        assert_eq!(fixed.now(), nine_am());
        let ahead = TestClock::Offset(Duration::days(30)).clock();
        let gap = ahead.now() - Utc::now();
        assert!(gap > Duration::days(30) - Duration::minutes(1) && gap <= Duration::days(30));
    }
}
