//! Working days: Monday to Friday in Europe/London, leaving out Scotland's
//! bank holidays and the host authority's blackout dates (school holidays,
//! in-service days, a national inspection in those weeks), each with the
//! reason it is not a working day.

use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::BTreeMap;

use super::long_date;
use crate::programme::Invalid;
use crate::text::Text;

/// Why a blackout date is kept free.
pub const BLACKOUT_REASON: Text = Text {
    field: "reason",
    label: "reason",
    max_chars: 300,
    multiline: false,
};
/// The longest blackout a single entry may cover (a school year's
/// holidays are entered one by one).
pub const MAX_BLACKOUT_DAYS: i64 = 120;
/// The most blackout entries one authority may hold.
pub const MAX_BLACKOUTS_PER_AUTHORITY: usize = 200;

/// A date or range of dates an authority cannot host a visit, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blackout {
    /// The first day kept free.
    pub first_day: NaiveDate,
    /// The last day kept free (the first day for a single date).
    pub last_day: NaiveDate,
    /// Why, e.g. "In-service day".
    pub reason: String,
}

impl Blackout {
    /// A blackout from its input: one date (`last_day` absent) or a range,
    /// at most [`MAX_BLACKOUT_DAYS`] long, with a reason.
    pub fn parse(
        first_day: NaiveDate,
        last_day: Option<NaiveDate>,
        reason: &str,
    ) -> Result<Self, Invalid> {
        let last_day = last_day.unwrap_or(first_day);
        for (field, day) in [("firstDay", first_day), ("lastDay", last_day)] {
            if !(2000..=2100).contains(&day.year()) {
                return Err((field, "Enter a date between 2000 and 2100".to_owned()));
            }
        }
        if last_day < first_day {
            return Err((
                "lastDay",
                format!(
                    "The last day ({}) is before the first day ({})",
                    long_date(last_day),
                    long_date(first_day)
                ),
            ));
        }
        let days = (last_day - first_day).num_days() + 1;
        if days > MAX_BLACKOUT_DAYS {
            return Err((
                "lastDay",
                format!(
                    "A blackout covers at most {MAX_BLACKOUT_DAYS} days (this one covers {days}); \
                     enter longer periods as several"
                ),
            ));
        }
        Ok(Blackout {
            first_day,
            last_day,
            reason: BLACKOUT_REASON.parse(reason)?,
        })
    }

    /// Whether `date` is within it.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.first_day <= date && date <= self.last_day
    }
}

/// Why a date is not a working day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayOff {
    /// Saturday or Sunday.
    Weekend,
    /// One of Scotland's bank holidays, by name.
    BankHoliday(String),
    /// A blackout date of a host authority.
    Blackout {
        /// The authority's name.
        authority: String,
        /// Its reason.
        reason: String,
    },
}

impl DayOff {
    /// "Saturday 6 March 2027 is a weekend day", naming the date and why.
    pub fn sentence(&self, date: NaiveDate) -> String {
        let day = long_date(date);
        match self {
            DayOff::Weekend => format!("{day} is a weekend day."),
            DayOff::BankHoliday(name) => format!("{day} is a bank holiday in Scotland ({name})."),
            DayOff::Blackout { authority, reason } => {
                format!("{day} is a blackout date of {authority}: {reason}.")
            }
        }
    }
}

/// The calendar a visit is planned on: Scotland's bank holidays and the
/// host authorities' blackout dates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkingCalendar {
    bank_holidays: BTreeMap<NaiveDate, String>,
    blackouts: Vec<(String, Blackout)>,
}

impl WorkingCalendar {
    /// A calendar from the bank holidays (date, name) and the blackouts of
    /// the host authorities (authority name, blackout).
    pub fn new(
        bank_holidays: impl IntoIterator<Item = (NaiveDate, String)>,
        blackouts: impl IntoIterator<Item = (String, Blackout)>,
    ) -> Self {
        WorkingCalendar {
            bank_holidays: bank_holidays.into_iter().collect(),
            blackouts: blackouts.into_iter().collect(),
        }
    }

    /// Why `date` is not a working day, or `None` if it is one. A weekend
    /// comes first, then a bank holiday, then the first blackout found.
    pub fn day_off(&self, date: NaiveDate) -> Option<DayOff> {
        if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            return Some(DayOff::Weekend);
        }
        if let Some(name) = self.bank_holidays.get(&date) {
            return Some(DayOff::BankHoliday(name.clone()));
        }
        self.blackouts
            .iter()
            .find(|(_, b)| b.covers(date))
            .map(|(authority, b)| DayOff::Blackout {
                authority: authority.clone(),
                reason: b.reason.clone(),
            })
    }

    /// Whether `date` is a working day.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.day_off(date).is_none()
    }

    /// The working days strictly between `from` and `to`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        from.iter_days()
            .skip(1)
            .take_while(|d| *d < to)
            .filter(|d| self.is_working_day(*d))
            .collect()
    }

    /// `n` consecutive working days from `first` (itself included if it is
    /// one), looking at most a year ahead.
    pub fn working_days_from(&self, first: NaiveDate, n: usize) -> Vec<NaiveDate> {
        first
            .iter_days()
            .take(366)
            .filter(|d| self.is_working_day(*d))
            .take(n)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn calendar() -> WorkingCalendar {
        WorkingCalendar::new(
            [
                (date(2027, 1, 1), "New Year's Day".to_owned()),
                (date(2027, 1, 4), "2nd January (substitute day)".to_owned()),
            ],
            [(
                "City of Edinburgh Council".to_owned(),
                Blackout::parse(date(2027, 3, 8), Some(date(2027, 3, 9)), "In-service days")
                    .unwrap(),
            )],
        )
    }

    #[test]
    fn weekends_bank_holidays_and_blackout_dates_are_not_working_days_each_with_its_reason() {
        let c = calendar();
        assert_eq!(c.day_off(date(2027, 3, 6)), Some(DayOff::Weekend));
        assert_eq!(c.day_off(date(2027, 3, 7)), Some(DayOff::Weekend));
        assert_eq!(
            c.day_off(date(2027, 1, 4)),
            Some(DayOff::BankHoliday("2nd January (substitute day)".into()))
        );
        assert_eq!(
            c.day_off(date(2027, 3, 9)).unwrap().sentence(date(2027, 3, 9)),
            "Tuesday 9 March 2027 is a blackout date of City of Edinburgh Council: In-service days."
        );
        assert!(c.is_working_day(date(2027, 3, 5)));
        assert!(c.is_working_day(date(2027, 3, 10)));
    }

    #[test]
    fn consecutive_working_days_skip_weekends_holidays_and_blackouts() {
        let c = calendar();
        assert_eq!(
            c.working_days_from(date(2027, 3, 4), 3),
            [date(2027, 3, 4), date(2027, 3, 5), date(2027, 3, 10)]
        );
        assert_eq!(
            c.working_days_from(date(2026, 12, 31), 3),
            [date(2026, 12, 31), date(2027, 1, 5), date(2027, 1, 6)]
        );
        assert_eq!(
            c.working_days_between(date(2027, 3, 5), date(2027, 3, 10)),
            Vec::<NaiveDate>::new()
        );
        assert_eq!(
            c.working_days_between(date(2027, 3, 1), date(2027, 3, 4)),
            [date(2027, 3, 2), date(2027, 3, 3)]
        );
    }

    #[test]
    fn a_blackout_is_one_date_or_a_bounded_range_with_a_reason() {
        let one = Blackout::parse(date(2027, 3, 8), None, " In-service day ").unwrap();
        assert_eq!(one.last_day, one.first_day);
        assert_eq!(one.reason, "In-service day");
        let backwards = Blackout::parse(date(2027, 3, 8), Some(date(2027, 3, 1)), "x");
        assert_eq!(backwards.unwrap_err().0, "lastDay");
        let long = Blackout::parse(date(2027, 1, 1), Some(date(2027, 12, 31)), "x");
        assert!(long.unwrap_err().1.contains("at most 120 days"));
        assert_eq!(
            Blackout::parse(date(2027, 3, 8), None, "  ").unwrap_err().0,
            "reason"
        );
        assert_eq!(
            Blackout::parse(date(2027, 3, 8), None, &"x".repeat(301))
                .unwrap_err()
                .0,
            "reason"
        );
        assert_eq!(
            Blackout::parse(date(1999, 3, 8), None, "x").unwrap_err().0,
            "firstDay"
        );
    }
}
