//! Working days and the sending window: reminders go out between 08:00
//! and 18:00 Europe/London on working days; one due outside waits for the
//! next opening. Local times are turned into instants with chrono-tz, so
//! the clock changes in March and October keep 08:00 at 08:00.

use super::kind::Unit;
use crate::visit::WorkingCalendar;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::London;

/// The window opens at this hour, local time.
pub const SEND_FROM_HOUR: u32 = 8;
/// And closes at this hour.
pub const SEND_UNTIL_HOUR: u32 = 18;
/// How far ahead a search for a working day looks before giving up.
const SEARCH_DAYS: i64 = 400;

fn at_local(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    let local = day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN));
    // 08:00 and 18:00 exist exactly once on every day in Europe/London (the
    // clocks change at 01:00 UTC), but fall back to UTC rather than panic.
    London
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&local))
}

/// `days` counted from `from` (negative counts back): working days skip
/// weekends, bank holidays and blackout dates; calendar days count every
/// day. `None` if no such day lies within about a year.
pub fn add_days(
    calendar: &WorkingCalendar,
    unit: Unit,
    from: NaiveDate,
    days: i32,
) -> Option<NaiveDate> {
    match unit {
        Unit::Days => from.checked_add_signed(Duration::days(days.into())),
        Unit::WorkingDays => {
            let step = if days < 0 { -1 } else { 1 };
            let mut left = days.unsigned_abs();
            let mut day = from;
            let mut looked = 0;
            while left > 0 {
                day = day.checked_add_signed(Duration::days(step))?;
                looked += 1;
                if looked > SEARCH_DAYS {
                    return None;
                }
                if calendar.is_working_day(day) {
                    left -= 1;
                }
            }
            Some(day)
        }
    }
}

/// When a reminder for `day` goes out: 08:00 London time that day, or at
/// the next working day's opening if `day` is not a working day.
pub fn due_on(calendar: &WorkingCalendar, day: NaiveDate) -> DateTime<Utc> {
    let working = day
        .iter_days()
        .take(SEARCH_DAYS as usize)
        .find(|d| calendar.is_working_day(*d))
        .unwrap_or(day);
    at_local(working, SEND_FROM_HOUR)
}

/// When a reminder that must go out by `day` is sent: 08:00 London time
/// that day, or on the working day before if `day` is not a working day.
pub fn due_by(calendar: &WorkingCalendar, day: NaiveDate) -> DateTime<Utc> {
    let mut working = day;
    for _ in 0..SEARCH_DAYS {
        if calendar.is_working_day(working) {
            return at_local(working, SEND_FROM_HOUR);
        }
        match working.pred_opt() {
            Some(d) => working = d,
            None => break,
        }
    }
    at_local(day, SEND_FROM_HOUR)
}

/// Whether the window is open at `now`.
pub fn is_open(calendar: &WorkingCalendar, now: DateTime<Utc>) -> bool {
    next_opening(calendar, now) == now
}

/// `now` if the window is open, otherwise when it next opens.
pub fn next_opening(calendar: &WorkingCalendar, now: DateTime<Utc>) -> DateTime<Utc> {
    let today = now.with_timezone(&London).date_naive();
    if calendar.is_working_day(today) {
        let opens = at_local(today, SEND_FROM_HOUR);
        let closes = at_local(today, SEND_UNTIL_HOUR);
        if now < opens {
            return opens;
        }
        if now < closes {
            return now;
        }
    }
    match today.succ_opt() {
        Some(tomorrow) => due_on(calendar, tomorrow),
        None => now,
    }
}
