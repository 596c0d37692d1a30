//! Months (reviews are timetabled by month), a programme's phases, and
//! school sessions.

use super::Invalid;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar month, e.g. 2024-03: reviews are timetabled by month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Month {
    year: i32,
    month: u32,
}

impl Month {
    /// `YYYY-MM`, the month 01 to 12.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let bad = || format!("`{raw}` is not a month: write it as YYYY-MM, e.g. 2024-03");
        let (y, m) = raw.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) || !(2000..=2100).contains(&year) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }

    /// The month a date falls in.
    pub fn of(date: NaiveDate) -> Self {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// As people read it, e.g. "March 2025".
    pub fn label(self) -> String {
        self.first_day().format("%B %Y").to_string()
    }

    /// Its first day, as stored.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl TryFrom<String> for Month {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Month::parse(&value)
    }
}

impl From<Month> for String {
    fn from(value: Month) -> Self {
        value.to_string()
    }
}

/// One phase of a programme: a numbered run of months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    pub number: u32,
    pub from: Month,
    pub to: Month,
}

/// Phases are numbered 1, 2, 3 … in order, each runs forwards, and they do
/// not overlap. A programme has at least one.
pub fn check_phases(phases: &[Phase]) -> Result<(), Invalid> {
    if phases.is_empty() {
        return Err(("phases", "A programme needs at least one phase".into()));
    }
    for (i, phase) in phases.iter().enumerate() {
        if phase.number != i as u32 + 1 {
            return Err((
                "phases",
                format!(
                    "Number the phases 1, 2, 3 … in order; phase {} is out of place",
                    phase.number
                ),
            ));
        }
        if phase.from > phase.to {
            return Err((
                "phases",
                format!(
                    "Phase {} ends ({}) before it starts ({})",
                    phase.number, phase.to, phase.from
                ),
            ));
        }
        if i > 0 && phases[i - 1].to >= phase.from {
            return Err((
                "phases",
                format!("Phase {} starts before phase {} ends", phase.number, i),
            ));
        }
    }
    Ok(())
}

/// The review's month lies within its phase.
pub fn check_month_in_phase(phases: &[Phase], number: u32, month: Month) -> Result<(), Invalid> {
    let phase = phases.iter().find(|p| p.number == number).ok_or_else(|| {
        (
            "phase",
            format!(
                "The programme has no phase {number}; it has phases 1 to {}",
                phases.len()
            ),
        )
    })?;
    if month < phase.from || month > phase.to {
        return Err((
            "targetMonth",
            format!(
                "{month} is outside phase {number}, which runs from {} to {}",
                phase.from, phase.to
            ),
        ));
    }
    Ok(())
}

/// A school session, e.g. `2024-25`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Session(String);

impl Session {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let raw = raw.trim();
        let bad = || {
            (
                "session",
                format!("`{raw}` is not a session: write it like 2024-25"),
            )
        };
        let (a, b) = raw.split_once('-').ok_or_else(bad)?;
        let start: i32 = a.parse().map_err(|_| bad())?;
        let end: i32 = b.parse().map_err(|_| bad())?;
        if a.len() != 4
            || b.len() != 2
            || (start + 1) % 100 != end
            || !(2000..2100).contains(&start)
        {
            return Err(bad());
        }
        Ok(Session(raw.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
