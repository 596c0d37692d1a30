//! Reminders by email: what each kind reminds of, the programme's policy
//! (how many working days before or after its date), and when each is due —
//! on working days in Europe/London, in the sending window 08:00–18:00.
//!
//! The store keeps one row per future reminder and rewrites a subject's rows
//! in the transaction of every change they depend on; [`plan_review`] is the
//! pure rule it asks. A new subject (an action, a follow-up session) adds a
//! kind here and a `plan_*` function beside [`plan_review`].

mod kind;
mod policy;
mod window;

pub use kind::{Anchor, ReminderKind, Unit};
pub use policy::{ReminderPolicy, ReminderRule, MAX_OFFSETS, MAX_OFFSET_DAYS};
pub use window::{add_days, due_on, is_open, next_opening, SEND_FROM_HOUR, SEND_UNTIL_HOUR};

use crate::lifecycle::{InvitationStatus, ReviewState, TeamRole};
use crate::visit::WorkingCalendar;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::London;
use uuid::Uuid;

/// One person invited to a review's team, as reminders need them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitee {
    pub user_id: Uuid,
    pub role: TeamRole,
    pub invitation: InvitationStatus,
    /// Not replaced (a replaced member is reminded of nothing).
    pub current: bool,
    pub invited_at: DateTime<Utc>,
}

/// What a review's reminders depend on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewSubject {
    pub review_id: Uuid,
    pub state: ReviewState,
    /// The visit days, if planned.
    pub visit_days: Vec<NaiveDate>,
    /// The host authorities' leads.
    pub host_leads: Vec<Uuid>,
    pub team: Vec<Invitee>,
    /// When the draft report was shared with the host, if it is.
    pub report_shared_at: Option<DateTime<Utc>>,
}

/// One reminder to send: to whom, of what, when, and the key of this
/// occurrence (the same occurrence planned again keeps its key, so a sent
/// one is never sent twice; a moved date makes a new key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub kind: ReminderKind,
    pub recipient: Uuid,
    /// The day the reminder is about (the visit's first day, the day the
    /// invitation was sent, …).
    pub anchor: NaiveDate,
    /// The policy's offset that put it here.
    pub offset: i32,
    pub due_at: DateTime<Utc>,
    pub occurrence: String,
}

fn before_visit(state: ReviewState) -> bool {
    matches!(
        state,
        ReviewState::Scheduled
            | ReviewState::FocusAgreed
            | ReviewState::TeamFormed
            | ReviewState::SelfEvaluationSubmitted
    )
}

/// Every reminder a review should still send after `now`, by its policy
/// and calendar. Reminders whose time has passed are left out (a change
/// never sends a late reminder about an earlier date).
pub fn plan_review(
    subject: &ReviewSubject,
    policy: &ReminderPolicy,
    calendar: &WorkingCalendar,
    now: DateTime<Utc>,
) -> Vec<Planned> {
    let mut out = Vec::new();
    let first_day = subject.visit_days.iter().min().copied();
    let last_day = subject.visit_days.iter().max().copied();
    let state = subject.state;
    let mut add = |kind: ReminderKind, anchor: NaiveDate, recipients: &[Uuid]| {
        for &offset in &policy.rule(kind).offsets {
            let Some(day) = add_days(calendar, kind.unit(), anchor, kind.anchor().signed(offset))
            else {
                continue;
            };
            let due_at = due_on(calendar, day);
            if due_at <= now {
                continue;
            }
            for &recipient in recipients {
                out.push(Planned {
                    kind,
                    recipient,
                    anchor,
                    offset,
                    due_at,
                    occurrence: format!(
                        "reminder:{}:{}:{recipient}:{anchor}:{offset}",
                        kind.as_str(),
                        subject.review_id
                    ),
                });
            }
        }
    };
    if before_visit(state) {
        for m in &subject.team {
            if m.current && m.invitation == InvitationStatus::Pending {
                let invited = m.invited_at.with_timezone(&London).date_naive();
                add(ReminderKind::InvitationUnanswered, invited, &[m.user_id]);
            }
        }
    }
    if let Some(first) = first_day {
        if matches!(
            state,
            ReviewState::Scheduled | ReviewState::FocusAgreed | ReviewState::TeamFormed
        ) {
            add(ReminderKind::SelfEvaluationDue, first, &subject.host_leads);
        }
        if before_visit(state) {
            let mut people: Vec<Uuid> = subject
                .team
                .iter()
                .filter(|m| m.current && m.invitation == InvitationStatus::Accepted)
                .map(|m| m.user_id)
                .collect();
            people.extend(subject.host_leads.iter().copied());
            people.sort();
            people.dedup();
            add(ReminderKind::VisitStarting, first, &people);
        }
    }
    if let Some(last) = last_day {
        if matches!(
            state,
            ReviewState::VisitInProgress | ReviewState::VisitCompleted
        ) {
            let leads: Vec<Uuid> = subject
                .team
                .iter()
                .filter(|m| {
                    m.current
                        && m.role == TeamRole::Lead
                        && m.invitation == InvitationStatus::Accepted
                })
                .map(|m| m.user_id)
                .collect();
            add(ReminderKind::ReportDraftDue, last, &leads);
        }
    }
    if let (ReviewState::ReportDrafted, Some(shared)) = (state, subject.report_shared_at) {
        let shared = shared.with_timezone(&London).date_naive();
        add(
            ReminderKind::FactualAccuracyOpen,
            shared,
            &subject.host_leads,
        );
    }
    out
}

#[cfg(test)]
mod tests;
