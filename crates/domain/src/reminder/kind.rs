//! The kinds of reminder: what each is about, who may turn it off, and how
//! its offsets count.

use std::fmt;

/// Whether a kind's offsets count before or after the day it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Before,
    After,
}

impl Anchor {
    /// The signed number of days for an offset.
    pub fn signed(self, offset: i32) -> i32 {
        match self {
            Anchor::Before => -offset,
            Anchor::After => offset,
        }
    }
}

/// What a kind's offsets count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Monday to Friday, leaving out Scotland's bank holidays and the host
    /// authority's blackout dates.
    WorkingDays,
    /// Calendar days (the reminder still waits for a working day's window).
    Days,
}

/// A kind of reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReminderKind {
    /// A team invitation not answered after some working days (essential).
    InvitationUnanswered,
    /// The self-evaluation is due before the first visit day.
    SelfEvaluationDue,
    /// The visit starts soon.
    VisitStarting,
    /// The report draft is due after the visit.
    ReportDraftDue,
    /// The factual-accuracy check of the shared draft is still open.
    FactualAccuracyOpen,
    /// An action is due in some days.
    ActionDue,
    /// An action is overdue: repeated every so many days while it is.
    ActionOverdue,
    /// An action long overdue, to the host lead (essential).
    ActionEscalation,
    /// A follow-up session is coming.
    FollowUpSession,
}

impl ReminderKind {
    /// Every kind, in the order screens list them.
    pub const ALL: [ReminderKind; 9] = [
        ReminderKind::InvitationUnanswered,
        ReminderKind::SelfEvaluationDue,
        ReminderKind::VisitStarting,
        ReminderKind::ReportDraftDue,
        ReminderKind::FactualAccuracyOpen,
        ReminderKind::ActionDue,
        ReminderKind::ActionOverdue,
        ReminderKind::ActionEscalation,
        ReminderKind::FollowUpSession,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::InvitationUnanswered => "INVITATION_UNANSWERED",
            ReminderKind::SelfEvaluationDue => "SELF_EVALUATION_DUE",
            ReminderKind::VisitStarting => "VISIT_STARTING",
            ReminderKind::ReportDraftDue => "REPORT_DRAFT_DUE",
            ReminderKind::FactualAccuracyOpen => "FACTUAL_ACCURACY_OPEN",
            ReminderKind::ActionDue => "ACTION_DUE",
            ReminderKind::ActionOverdue => "ACTION_OVERDUE",
            ReminderKind::ActionEscalation => "ACTION_ESCALATION",
            ReminderKind::FollowUpSession => "FOLLOW_UP_SESSION",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Escalations and invitations cannot be turned off.
    pub fn essential(self) -> bool {
        matches!(
            self,
            ReminderKind::InvitationUnanswered | ReminderKind::ActionEscalation
        )
    }

    /// For a kind repeated while something lasts, its one offset is the
    /// number of days between reminders, not a day to remind on.
    pub fn repeats(self) -> bool {
        matches!(self, ReminderKind::ActionOverdue)
    }

    pub fn anchor(self) -> Anchor {
        match self {
            ReminderKind::SelfEvaluationDue
            | ReminderKind::VisitStarting
            | ReminderKind::ActionDue
            | ReminderKind::FollowUpSession => Anchor::Before,
            ReminderKind::InvitationUnanswered
            | ReminderKind::ReportDraftDue
            | ReminderKind::FactualAccuracyOpen
            | ReminderKind::ActionOverdue
            | ReminderKind::ActionEscalation => Anchor::After,
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            ReminderKind::ActionDue
            | ReminderKind::ActionOverdue
            | ReminderKind::ActionEscalation => Unit::Days,
            _ => Unit::WorkingDays,
        }
    }

    /// The page of the review `review` its recipient acts on.
    pub fn path(self, review: uuid::Uuid) -> String {
        let tab = match self {
            ReminderKind::InvitationUnanswered | ReminderKind::VisitStarting => "",
            ReminderKind::SelfEvaluationDue => "/self-evaluation",
            ReminderKind::ReportDraftDue | ReminderKind::FactualAccuracyOpen => "/report",
            ReminderKind::ActionDue
            | ReminderKind::ActionOverdue
            | ReminderKind::ActionEscalation
            | ReminderKind::FollowUpSession => "/follow-up",
        };
        format!("/reviews/{review}{tab}")
    }

    /// The programme's default offsets.
    pub fn default_offsets(self) -> &'static [i32] {
        match self {
            ReminderKind::InvitationUnanswered => &[5],
            ReminderKind::SelfEvaluationDue => &[14, 3],
            ReminderKind::VisitStarting => &[5],
            ReminderKind::ReportDraftDue => &[20],
            ReminderKind::FactualAccuracyOpen => &[10],
            ReminderKind::ActionDue => &[30, 7, 1],
            ReminderKind::ActionOverdue => &[7],
            ReminderKind::ActionEscalation => &[14],
            ReminderKind::FollowUpSession => &[5],
        }
    }

    /// What the reminder is about, for screens and the mail's subject.
    pub fn label(self) -> &'static str {
        match self {
            ReminderKind::InvitationUnanswered => "Review team invitation not answered",
            ReminderKind::SelfEvaluationDue => "Self-evaluation due before the visit",
            ReminderKind::VisitStarting => "Visit starting soon",
            ReminderKind::ReportDraftDue => "Report draft due after the visit",
            ReminderKind::FactualAccuracyOpen => "Factual-accuracy check still open",
            ReminderKind::ActionDue => "Action due soon",
            ReminderKind::ActionOverdue => "Action overdue",
            ReminderKind::ActionEscalation => "Action long overdue (to the host lead)",
            ReminderKind::FollowUpSession => "Follow-up session coming",
        }
    }

    /// Why this person was sent it, with the offset and day it counts from.
    pub fn why(self, offset: i32, anchor_day: &str) -> String {
        let unit = match self.unit() {
            Unit::WorkingDays => "working day",
            Unit::Days => "day",
        };
        let days = if offset == 1 {
            format!("1 {unit}")
        } else {
            format!("{offset} {unit}s")
        };
        match self {
            ReminderKind::InvitationUnanswered => format!(
                "You were invited to this review's team on {anchor_day} and have not answered; \
                 we remind invitees {days} after the invitation."
            ),
            ReminderKind::SelfEvaluationDue => format!(
                "You lead a host authority of this review, its self-evaluation is not submitted, \
                 and the visit starts on {anchor_day}; we remind host leads {days} before."
            ),
            ReminderKind::VisitStarting => format!(
                "You are on this review's team or lead a host authority, and the visit starts on \
                 {anchor_day}; we remind everyone taking part {days} before."
            ),
            ReminderKind::ReportDraftDue => format!(
                "You lead this review's team, the visit ended on {anchor_day} and the report is \
                 not drafted yet; the draft is due {days} after the visit."
            ),
            ReminderKind::FactualAccuracyOpen => format!(
                "You lead a host authority of this review; the draft report was shared with you \
                 on {anchor_day} for its factual-accuracy check, which is still open {days} later."
            ),
            ReminderKind::ActionDue => format!(
                "You own an action of this review's follow-up, due on {anchor_day}; we remind \
                 owners {days} before."
            ),
            ReminderKind::ActionOverdue => format!(
                "You own an action of this review's follow-up that was due on {anchor_day} and is \
                 not done; we remind owners every {days} while it is overdue."
            ),
            ReminderKind::ActionEscalation => format!(
                "You lead a host authority of this review, and one of its follow-up actions, due \
                 on {anchor_day}, is still not done {days} later."
            ),
            ReminderKind::FollowUpSession => format!(
                "You take part in this review's follow-up, and a follow-up session is on \
                 {anchor_day}; we remind everyone taking part {days} before."
            ),
        }
    }
}

impl fmt::Display for ReminderKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
