//! Programme insight (issue 23): the thresholds of the reviews-at-risk
//! rules with their defaults and bounds, and the rules themselves — which
//! reviews are at risk today, and why. Pure: the store reads every review
//! of a programme at once and asks [`at_risk`] about each.

use crate::lifecycle::ReviewState;
use crate::programme::Month;
use crate::reminder::{add_days, Unit};
use crate::visit::WorkingCalendar;
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(test)]
mod tests;

/// A threshold out of its bounds: the field's name and a sentence.
pub type Invalid = (&'static str, String);

/// How a review is at risk, in the order reasons are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RiskReason {
    NoAgreedFocus,
    NoFormedTeam,
    NoSubmittedSelfEvaluation,
    ReportNotDrafted,
}

impl RiskReason {
    pub const ALL: [RiskReason; 4] = [
        RiskReason::NoAgreedFocus,
        RiskReason::NoFormedTeam,
        RiskReason::NoSubmittedSelfEvaluation,
        RiskReason::ReportNotDrafted,
    ];
}

/// A programme's thresholds for the reviews-at-risk rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskThresholds {
    /// Calendar days before the target month's first day by which the
    /// focus should be agreed.
    pub focus_days_before: i32,
    /// Calendar days before the target month's first day by which the
    /// team should be formed.
    pub team_days_before: i32,
    /// Working days before the first visit day by which the
    /// self-evaluation should be submitted.
    pub self_evaluation_working_days_before: i32,
    /// Working days after the last visit day by which the report should
    /// be drafted.
    pub report_working_days_after: i32,
}

/// The bounds of the calendar-day thresholds.
pub const CALENDAR_DAYS: std::ops::RangeInclusive<i32> = 1..=365;
/// The bounds of the working-day thresholds.
pub const WORKING_DAYS: std::ops::RangeInclusive<i32> = 1..=100;

impl Default for RiskThresholds {
    /// 60 and 30 days before the target month, 10 working days before the
    /// visit, 20 working days after it.
    fn default() -> Self {
        RiskThresholds {
            focus_days_before: 60,
            team_days_before: 30,
            self_evaluation_working_days_before: 10,
            report_working_days_after: 20,
        }
    }
}

impl RiskThresholds {
    /// The thresholds if every one is within its bounds, or every one that
    /// is not (field name and sentence).
    pub fn parse(
        focus_days_before: i32,
        team_days_before: i32,
        self_evaluation_working_days_before: i32,
        report_working_days_after: i32,
    ) -> Result<Self, Vec<Invalid>> {
        let mut bad = Vec::new();
        let mut check =
            |field: &'static str, value: i32, range: &std::ops::RangeInclusive<i32>, unit: &str| {
                if !range.contains(&value) {
                    bad.push((
                        field,
                        format!(
                            "Enter a number of {unit} from {} to {}",
                            range.start(),
                            range.end()
                        ),
                    ));
                }
            };
        check("focusDaysBefore", focus_days_before, &CALENDAR_DAYS, "days");
        check("teamDaysBefore", team_days_before, &CALENDAR_DAYS, "days");
        check(
            "selfEvaluationWorkingDaysBefore",
            self_evaluation_working_days_before,
            &WORKING_DAYS,
            "working days",
        );
        check(
            "reportWorkingDaysAfter",
            report_working_days_after,
            &WORKING_DAYS,
            "working days",
        );
        if bad.is_empty() {
            Ok(RiskThresholds {
                focus_days_before,
                team_days_before,
                self_evaluation_working_days_before,
                report_working_days_after,
            })
        } else {
            Err(bad)
        }
    }

    pub fn is_default(&self) -> bool {
        *self == RiskThresholds::default()
    }
}

/// What the rules read about a review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskSubject {
    pub state: ReviewState,
    pub imported: bool,
    pub target_month: Month,
    /// The planned visit days, in order; empty when not planned.
    pub visit_days: Vec<NaiveDate>,
}

/// One reason a review is at risk and the day its threshold passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskFlag {
    pub reason: RiskReason,
    /// The review is at risk for this reason from this day on.
    pub since: NaiveDate,
    pub message: String,
}

/// Whether any rule looks at a review in this state: not the side exits
/// (postponed, withdrawn) nor the states from the drafted report on.
fn considered(state: ReviewState) -> bool {
    matches!(
        state,
        ReviewState::Scheduled
            | ReviewState::FocusAgreed
            | ReviewState::TeamFormed
            | ReviewState::SelfEvaluationSubmitted
            | ReviewState::VisitInProgress
            | ReviewState::VisitCompleted
    )
}

/// `state` comes before `milestone` in the lifecycle (declaration order).
fn before(state: ReviewState, milestone: ReviewState) -> bool {
    state < milestone
}

fn long_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// Every reason the review is at risk `today`, in the order of
/// [`RiskReason::ALL`]; empty when it is not (or when no rule applies to
/// it: imported, postponed, withdrawn, or past its drafted report).
pub fn at_risk(
    subject: &RiskSubject,
    thresholds: &RiskThresholds,
    calendar: &WorkingCalendar,
    today: NaiveDate,
) -> Vec<RiskFlag> {
    let mut flags = Vec::new();
    if subject.imported || !considered(subject.state) {
        return flags;
    }
    let first_of_month = subject.target_month.first_day();
    let month = subject.target_month.label();
    let state = subject.state;
    let mut flag = |reason: RiskReason, since: Option<NaiveDate>, text: String| {
        if let Some(since) = since {
            if today >= since {
                flags.push(RiskFlag {
                    reason,
                    since,
                    message: format!("{text} (since {})", long_date(since)),
                });
            }
        }
    };
    if before(state, ReviewState::FocusAgreed) {
        let n = thresholds.focus_days_before;
        flag(
            RiskReason::NoAgreedFocus,
            first_of_month.checked_sub_signed(Duration::days(n.into())),
            format!("No agreed focus {n} days before {month}"),
        );
    }
    if before(state, ReviewState::TeamFormed) {
        let n = thresholds.team_days_before;
        flag(
            RiskReason::NoFormedTeam,
            first_of_month.checked_sub_signed(Duration::days(n.into())),
            format!("No formed team {n} days before {month}"),
        );
    }
    if let (Some(first), Some(last)) = (subject.visit_days.first(), subject.visit_days.last()) {
        if before(state, ReviewState::SelfEvaluationSubmitted) {
            let n = thresholds.self_evaluation_working_days_before;
            flag(
                RiskReason::NoSubmittedSelfEvaluation,
                add_days(calendar, Unit::WorkingDays, *first, -n),
                format!(
                    "No submitted self-evaluation {n} working days before the visit on {}",
                    long_date(*first)
                ),
            );
        }
        if before(state, ReviewState::ReportDrafted) {
            let n = thresholds.report_working_days_after;
            flag(
                RiskReason::ReportNotDrafted,
                add_days(calendar, Unit::WorkingDays, *last, n),
                format!(
                    "Report not drafted {n} working days after the visit ended on {}",
                    long_date(*last)
                ),
            );
        }
    }
    flags
}
