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
pub use window::{
    add_days, due_by, due_on, is_open, next_opening, SEND_FROM_HOUR, SEND_UNTIL_HOUR,
};

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
    /// The follow-up's actions (from publication on).
    pub actions: Vec<ActionSubject>,
    /// The follow-up sessions' days, as scheduled.
    pub follow_up_sessions: Vec<NaiveDate>,
}

/// A follow-up action, as its reminders need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionSubject {
    pub id: Uuid,
    pub owner: Uuid,
    pub due_on: NaiveDate,
    /// Done or carried into the improvement plan: nothing more to remind.
    pub finished: bool,
}

/// One reminder to send: to whom, of what, when, and the key of this
/// occurrence (the same occurrence planned again keeps its key, so a sent
/// one is never sent twice; a moved date makes a new key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub kind: ReminderKind,
    /// What it is about: the review itself, or one of its follow-up
    /// actions.
    pub about: Uuid,
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
    let review = subject.review_id;
    let mut add = |kind: ReminderKind, about: Uuid, anchor: NaiveDate, recipients: &[Uuid]| {
        for &offset in &policy.rule(kind).offsets {
            let Some(day) = add_days(calendar, kind.unit(), anchor, kind.anchor().signed(offset))
            else {
                continue;
            };
            // Before a day, a day off moves the reminder earlier, never
            // past the day it warns of.
            let due_at = match kind.anchor() {
                Anchor::Before => due_by(calendar, day),
                Anchor::After => due_on(calendar, day),
            };
            if due_at <= now {
                continue;
            }
            for &recipient in recipients {
                out.push(Planned {
                    kind,
                    about,
                    recipient,
                    anchor,
                    offset,
                    due_at,
                    occurrence: occurrence(kind, review, about, recipient, anchor, offset),
                });
            }
        }
    };
    let team_leads: Vec<Uuid> = subject
        .team
        .iter()
        .filter(|m| {
            m.current && m.role == TeamRole::Lead && m.invitation == InvitationStatus::Accepted
        })
        .map(|m| m.user_id)
        .collect();
    if before_visit(state) {
        for m in &subject.team {
            if m.current && m.invitation == InvitationStatus::Pending {
                let invited = m.invited_at.with_timezone(&London).date_naive();
                add(
                    ReminderKind::InvitationUnanswered,
                    review,
                    invited,
                    &[m.user_id],
                );
            }
        }
    }
    if let Some(first) = first_day {
        if matches!(
            state,
            ReviewState::Scheduled | ReviewState::FocusAgreed | ReviewState::TeamFormed
        ) {
            add(
                ReminderKind::SelfEvaluationDue,
                review,
                first,
                &subject.host_leads,
            );
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
            add(ReminderKind::VisitStarting, review, first, &people);
        }
    }
    if let Some(last) = last_day {
        if matches!(
            state,
            ReviewState::VisitInProgress | ReviewState::VisitCompleted
        ) {
            add(ReminderKind::ReportDraftDue, review, last, &team_leads);
        }
    }
    if let (ReviewState::ReportDrafted, Some(shared)) = (state, subject.report_shared_at) {
        let shared = shared.with_timezone(&London).date_naive();
        add(
            ReminderKind::FactualAccuracyOpen,
            review,
            shared,
            &subject.host_leads,
        );
    }
    if matches!(state, ReviewState::ReportPublished | ReviewState::FollowUp) {
        for a in subject.actions.iter().filter(|a| !a.finished) {
            add(ReminderKind::ActionDue, a.id, a.due_on, &[a.owner]);
            add(
                ReminderKind::ActionEscalation,
                a.id,
                a.due_on,
                &subject.host_leads,
            );
        }
        let mut people = subject.host_leads.clone();
        people.extend(team_leads.iter().copied());
        people.sort();
        people.dedup();
        for &day in &subject.follow_up_sessions {
            add(ReminderKind::FollowUpSession, review, day, &people);
        }
        for a in subject.actions.iter().filter(|a| !a.finished) {
            if let Some((due_at, after)) = next_overdue(a, policy, calendar, now) {
                out.push(Planned {
                    kind: ReminderKind::ActionOverdue,
                    about: a.id,
                    recipient: a.owner,
                    anchor: a.due_on,
                    offset: after,
                    due_at,
                    occurrence: occurrence(
                        ReminderKind::ActionOverdue,
                        review,
                        a.id,
                        a.owner,
                        a.due_on,
                        after,
                    ),
                });
            }
        }
    }
    out
}

/// The key of one occurrence: the same reminder planned again has the same
/// key; a moved date, another person or another offset makes another.
fn occurrence(
    kind: ReminderKind,
    review: Uuid,
    about: Uuid,
    recipient: Uuid,
    anchor: NaiveDate,
    offset: i32,
) -> String {
    if about == review {
        format!("reminder:{kind}:{review}:{recipient}:{anchor}:{offset}")
    } else {
        format!("reminder:{kind}:{review}:{about}:{recipient}:{anchor}:{offset}")
    }
}

/// The most repeats of an overdue reminder looked through (about four
/// years of weekly reminders).
const MAX_REPEATS: i32 = 200;

/// The next reminder of an overdue action after `now`: every interval of
/// the policy after its due day, one at a time (the scan plans the next
/// when it sends one). When, and how many days after the due day.
fn next_overdue(
    action: &ActionSubject,
    policy: &ReminderPolicy,
    calendar: &WorkingCalendar,
    now: DateTime<Utc>,
) -> Option<(DateTime<Utc>, i32)> {
    let interval = *policy.rule(ReminderKind::ActionOverdue).offsets.first()?;
    if interval < 1 {
        return None;
    }
    (1..=MAX_REPEATS).find_map(|k| {
        let after = k.checked_mul(interval)?;
        let day = add_days(calendar, Unit::Days, action.due_on, after)?;
        let due_at = due_on(calendar, day);
        (due_at > now).then_some((due_at, after))
    })
}

#[cfg(test)]
mod tests;
