//! The visit (domain.md, "Visit"): the programme's number of consecutive
//! working days in the host authority, its sessions, and the host's
//! contacts; the working-day calendar it is planned on (Europe/London
//! dates, weekends, Scotland's bank holidays and each authority's blackout
//! dates).
//!
//! - `calendar.rs`: working days, bank holidays and blackout dates.
//! - `plan.rs`: the visit dates and sessions, checked against the
//!   calendar, the review's target month and the team.
//! - `rights.rs`: who may plan, record blackout dates and contacts, and
//!   the history events a change of plan records.

mod calendar;
mod plan;
mod rights;

pub use calendar::*;
pub use plan::*;
pub use rights::*;

/// A date as people read it, e.g. "Monday 1 March 2027".
pub fn long_date(date: chrono::NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

#[cfg(test)]
mod tests;
