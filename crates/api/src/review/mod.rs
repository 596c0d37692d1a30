//! Reviews in the API: the timetable (public), one review with its focus,
//! team, conflicts and history (private to its team, host users and
//! programme officers), and the mutations that change them.
//!
//! The types are in one file each, all re-exported here as `api::review`:
//! `enums.rs` (the enums mirroring the domain's), `view.rs` (the `Review`
//! object, public and private fields, and the command checklist),
//! `focus.rs` (the focus and its sign-offs), `team.rs` (team members and
//! conflicts), `events.rs` (history entries and pages), `query.rs` (the
//! `reviews` and `review` queries). `mutations.rs` and `commands.rs` are
//! the resolvers that change a review through `use_cases`; `history.rs`
//! is the history as a download; `tasks.rs` a person's tasks and reviews.

mod commands;
mod enums;
mod events;
mod focus;
pub mod history;
mod mutations;
mod query;
pub mod tasks;
mod team;
pub mod use_cases;
mod view;

pub use commands::CommandMutation;
pub use enums::*;
pub use events::*;
pub use focus::*;
pub use mutations::ReviewMutation;
pub use query::*;
pub use team::*;
pub use view::*;

use crate::error::{ApiError, Unmet};
use chrono::{DateTime, NaiveDate, Utc};
use domain::lifecycle as lc;

/// The Europe/London date of `now`: visit days are local dates.
pub(crate) fn london_today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&chrono_tz::Europe::London).date_naive()
}

pub(crate) fn unmet_list(unmet: Vec<lc::Unmet>) -> Vec<Unmet> {
    unmet
        .into_iter()
        .map(|u| Unmet {
            code: u.code,
            message: u.message,
        })
        .collect()
}

pub(crate) fn refusal(r: lc::Refusal) -> ApiError {
    match r {
        lc::Refusal::Forbidden { message } => ApiError::Forbidden(message),
        lc::Refusal::GuardFailed(unmet) => ApiError::GuardFailed(unmet_list(unmet)),
    }
}

#[cfg(test)]
mod tests {
    use super::london_today;
    use chrono::{NaiveDate, TimeZone, Utc};

    #[test]
    fn today_is_the_london_date_so_a_summer_visit_starts_at_midnight_bst() {
        let late_utc = Utc.with_ymd_and_hms(2026, 6, 30, 23, 30, 0).unwrap();
        assert_eq!(
            london_today(late_utc),
            NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()
        );
        let winter = Utc.with_ymd_and_hms(2026, 1, 31, 23, 30, 0).unwrap();
        assert_eq!(
            london_today(winter),
            NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
        );
    }
}
