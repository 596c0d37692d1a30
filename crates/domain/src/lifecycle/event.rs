//! What happened to a review: the one event model of its history.
//!
//! Every change to a review is an [`Event`] decided here and written by the
//! store in the transaction that makes the change: a command moving the
//! state, an edit or sign-off of the focus, a change to the team, a
//! dismissed conflict, a change to the visit plan. Each has an actor, a time and a structured
//! [`Event::detail`]; only events that set the state have a state to show.
//! Later stages add their own kinds.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

use super::command::TeamRole;
pub use super::event_kind::EventKind;
use super::facts::AuthorityRef;
use super::state::{CommandKind, ReviewState};
use super::visit_event::VisitChange;
use crate::findings::FindingEvent;
use crate::programme::Month;

/// A person named in an event, with the name they had then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonRef {
    /// Their user id.
    pub user_id: Uuid,
    /// Their name when the event happened.
    pub name: String,
}

/// Who made a change: a person, or the import of a published timetable
/// (an earlier programme's review, recorded with no person behind it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "userId", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventActor {
    /// A signed-in person, by user id.
    Person(Uuid),
    /// The import of a published timetable (`quads import-timetable`).
    Import,
}

impl EventActor {
    /// How the history names the import where it would name a person.
    pub const IMPORT_LABEL: &'static str = "Timetable import";

    /// The person, if a person made the change.
    pub fn user_id(self) -> Option<Uuid> {
        match self {
            EventActor::Person(id) => Some(id),
            EventActor::Import => None,
        }
    }
}

/// Where a review sits on the public timetable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// The programme's phase.
    pub phase: u32,
    /// The month, within the phase.
    pub month: Month,
}

/// What a new review is made of: its programme, hosts and place on the
/// timetable. The store creates the review from this, as the decision to
/// schedule or import it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// The programme.
    pub programme_id: Uuid,
    /// For Quads: the quad.
    pub quad_id: Option<Uuid>,
    /// The host authority or authorities, in the order given.
    pub hosts: Vec<AuthorityRef>,
    /// Phase and month.
    pub slot: Slot,
    /// The public theme, if already known.
    pub theme: Option<String>,
}

/// Whom a focus sign-off was made for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "as", rename_all = "camelCase")]
pub enum SignedFor {
    /// A host lead, for their authority.
    HostLead(AuthorityRef),
    /// A programme officer, for the programme.
    ProgrammeOfficer,
}

/// What happened to a review; the history is made of these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Event {
    /// The review was put on the timetable, in `SCHEDULED`.
    Scheduled {
        /// The new review: programme, hosts, phase and month.
        placement: Placement,
        /// The programme officer who scheduled it.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// An earlier programme's review was recorded from its published
    /// timetable, in the state it ended in; no person made it.
    Imported {
        /// The review: programme, hosts, phase and month.
        placement: Placement,
        /// The state it is recorded in.
        state: ReviewState,
        /// Its externally published report, if any.
        report_url: Option<String>,
        /// When.
        at: DateTime<Utc>,
    },
    /// A programme officer moved the review to another phase or month of
    /// the timetable, before its visit.
    Rescheduled {
        /// Where it was.
        from: Slot,
        /// Where it is now.
        to: Slot,
        /// Why, trimmed.
        reason: String,
        /// The programme officer.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// A command moved the review from one state to another.
    Transitioned {
        /// The command made.
        command: CommandKind,
        /// The state before.
        from: ReviewState,
        /// The state after.
        to: ReviewState,
        /// The reason given, trimmed, for commands that take one.
        reason: Option<String>,
        /// Who made the command.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// The focus was edited and its sign-offs cleared.
    FocusEdited {
        /// The new theme.
        theme: String,
        /// The new key questions.
        key_questions: Vec<String>,
        /// The new scope.
        scope: Option<String>,
        /// Who edited it.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// The focus was signed off.
    FocusSignedOff {
        /// For a host authority or for the programme.
        signed_for: SignedFor,
        /// Who signed.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// The agreed focus was reopened and its sign-offs cleared; the state
    /// stays.
    FocusReopened {
        /// Why, trimmed.
        reason: String,
        /// The programme officer.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// Someone was invited to the team by email.
    MemberInvited {
        /// The person invited.
        person: PersonRef,
        /// Their role on the team.
        role: TeamRole,
        /// An account was created for them with this invitation.
        new_account: bool,
        /// The programme officer.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// A person with an account was added to the team, pending their
    /// answer.
    MemberAdded {
        /// The person added.
        person: PersonRef,
        /// Their role on the team.
        role: TeamRole,
        /// The programme officer.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// The invited person answered.
    MemberAnswered {
        /// Accepted (true) or declined.
        accepted: bool,
        /// The person invited, answering for themself.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// A member was replaced by another person, who is invited in their
    /// place.
    MemberReplaced {
        /// The member who leaves the team (kept in the history).
        replaced: PersonRef,
        /// The person invited in their place.
        by: PersonRef,
        /// The newcomer's role.
        role: TeamRole,
        /// The programme officer.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// A conflict of interest was dismissed.
    ConflictDismissed {
        /// The conflict.
        conflict_id: Uuid,
        /// Why it does not matter, trimmed.
        reason: String,
        /// The programme officer.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// The visit dates were first set.
    VisitPlanned {
        /// The dates set.
        change: VisitChange,
        /// The team lead or programme officer.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// The visit plan changed.
    VisitChanged {
        /// What changed.
        change: VisitChange,
        /// The team lead or programme officer.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// A finding was agreed, taken back, merged, reworded or removed by
    /// the team lead (or a programme officer).
    FindingChanged {
        /// What changed.
        change: FindingEvent,
        /// The team lead or programme officer.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// The report was shared, a comment answered, a draft approved, a
    /// version published or a correction opened.
    ReportChanged {
        /// What changed.
        change: crate::report::ReportEvent,
        /// Who.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
    /// Follow-up changed: an action, a note, a reason an area needs no
    /// action, a session or an impact measure.
    FollowUpChanged {
        /// What changed.
        change: crate::follow_up::Change,
        /// Who.
        actor: Uuid,
        /// When.
        at: DateTime<Utc>,
    },
}

impl Event {
    /// The event's kind.
    pub fn kind(&self) -> EventKind {
        match self {
            Event::Scheduled { .. } => EventKind::Scheduled,
            Event::Imported { .. } => EventKind::Imported,
            Event::Rescheduled { .. } => EventKind::Rescheduled,
            Event::Transitioned { .. } => EventKind::Transitioned,
            Event::FocusEdited { .. } => EventKind::FocusEdited,
            Event::FocusSignedOff { .. } => EventKind::FocusSignedOff,
            Event::FocusReopened { .. } => EventKind::FocusReopened,
            Event::MemberInvited { .. } => EventKind::MemberInvited,
            Event::MemberAdded { .. } => EventKind::MemberAdded,
            Event::MemberAnswered { .. } => EventKind::MemberAnswered,
            Event::MemberReplaced { .. } => EventKind::MemberReplaced,
            Event::ConflictDismissed { .. } => EventKind::ConflictDismissed,
            Event::VisitPlanned { .. } => EventKind::VisitPlanned,
            Event::VisitChanged { .. } => EventKind::VisitChanged,
            Event::FindingChanged { change, .. } => match change {
                FindingEvent::Agreed { .. } => EventKind::FindingAgreed,
                FindingEvent::Unagreed { .. } => EventKind::FindingUnagreed,
                FindingEvent::Merged { .. } => EventKind::FindingsMerged,
                FindingEvent::Reworded { .. } => EventKind::FindingReworded,
                FindingEvent::Removed { .. } => EventKind::FindingRemoved,
            },
            Event::ReportChanged { change, .. } => {
                use crate::report::ReportEvent as R;
                match change {
                    R::Shared { .. } => EventKind::ReportShared,
                    R::CommentAnswered { .. } => EventKind::ReportCommentAnswered,
                    R::Approved { .. } => EventKind::ReportApproved,
                    R::Published { .. } => EventKind::ReportPublished,
                    R::CorrectionOpened { .. } => EventKind::ReportCorrectionOpened,
                }
            }
            Event::FollowUpChanged { change, .. } => change.kind(),
        }
    }

    /// Who made the change.
    pub fn actor(&self) -> EventActor {
        match self {
            Event::Imported { .. } => EventActor::Import,
            Event::Scheduled { actor, .. }
            | Event::Rescheduled { actor, .. }
            | Event::Transitioned { actor, .. }
            | Event::FocusEdited { actor, .. }
            | Event::FocusSignedOff { actor, .. }
            | Event::FocusReopened { actor, .. }
            | Event::MemberInvited { actor, .. }
            | Event::MemberAdded { actor, .. }
            | Event::MemberAnswered { actor, .. }
            | Event::MemberReplaced { actor, .. }
            | Event::ConflictDismissed { actor, .. }
            | Event::VisitPlanned { actor, .. }
            | Event::VisitChanged { actor, .. }
            | Event::FindingChanged { actor, .. }
            | Event::ReportChanged { actor, .. }
            | Event::FollowUpChanged { actor, .. } => EventActor::Person(*actor),
        }
    }

    /// When.
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            Event::Scheduled { at, .. }
            | Event::Imported { at, .. }
            | Event::Rescheduled { at, .. }
            | Event::Transitioned { at, .. }
            | Event::FocusEdited { at, .. }
            | Event::FocusSignedOff { at, .. }
            | Event::FocusReopened { at, .. }
            | Event::MemberInvited { at, .. }
            | Event::MemberAdded { at, .. }
            | Event::MemberAnswered { at, .. }
            | Event::MemberReplaced { at, .. }
            | Event::ConflictDismissed { at, .. }
            | Event::VisitPlanned { at, .. }
            | Event::VisitChanged { at, .. }
            | Event::FindingChanged { at, .. }
            | Event::ReportChanged { at, .. }
            | Event::FollowUpChanged { at, .. } => *at,
        }
    }

    /// The state the review is in after this event, for the events that
    /// set it; `None` for changes that leave the state as it was.
    pub fn to(&self) -> Option<ReviewState> {
        match self {
            Event::Scheduled { .. } => Some(ReviewState::Scheduled),
            Event::Imported { state, .. } => Some(*state),
            Event::Transitioned { to, .. } => Some(*to),
            _ => None,
        }
    }

    /// The reason given, for the events that carry one.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Event::Transitioned { reason, .. } => reason.as_deref(),
            Event::FocusReopened { reason, .. }
            | Event::ConflictDismissed { reason, .. }
            | Event::Rescheduled { reason, .. } => Some(reason),
            _ => None,
        }
    }

    /// What changed, as structured data for the history and its
    /// downloads: everything but the kind, actor, time, states and reason,
    /// which have their own columns. An empty object when there is nothing
    /// more to say.
    pub fn detail(&self) -> Value {
        match self {
            Event::Scheduled { placement, .. } | Event::Imported { placement, .. } => json!({
                "hosts": placement.hosts.iter().map(|h| &h.name).collect::<Vec<_>>(),
                "phase": placement.slot.phase,
                "month": placement.slot.month.to_string(),
            }),
            Event::Rescheduled { from, to, .. } => json!({
                "fromPhase": from.phase,
                "fromMonth": from.month.to_string(),
                "toPhase": to.phase,
                "toMonth": to.month.to_string(),
            }),
            Event::Transitioned { .. } | Event::FocusReopened { .. } => json!({}),
            Event::FocusEdited {
                theme,
                key_questions,
                scope,
                ..
            } => json!({ "theme": theme, "keyQuestions": key_questions, "scope": scope }),
            Event::FocusSignedOff { signed_for, .. } => match signed_for {
                SignedFor::HostLead(authority) => json!({
                    "as": "HOST_LEAD",
                    "authorityId": authority.authority_id,
                    "authority": authority.name,
                }),
                SignedFor::ProgrammeOfficer => json!({ "as": "PROGRAMME_OFFICER" }),
            },
            Event::MemberInvited {
                person,
                role,
                new_account,
                ..
            } => json!({
                "userId": person.user_id,
                "name": person.name,
                "role": role.as_str(),
                "newAccount": new_account,
            }),
            Event::MemberAdded { person, role, .. } => json!({
                "userId": person.user_id,
                "name": person.name,
                "role": role.as_str(),
            }),
            Event::MemberAnswered { accepted, .. } => json!({ "accepted": accepted }),
            Event::MemberReplaced {
                replaced, by, role, ..
            } => json!({
                "replacedUserId": replaced.user_id,
                "replacedName": replaced.name,
                "userId": by.user_id,
                "name": by.name,
                "role": role.as_str(),
            }),
            Event::ConflictDismissed { conflict_id, .. } => json!({ "conflictId": conflict_id }),
            Event::VisitPlanned { change, .. } | Event::VisitChanged { change, .. } => {
                change.detail()
            }
            Event::FindingChanged { change, .. } => change.detail(),
            Event::ReportChanged { change, .. } => change.detail(),
            Event::FollowUpChanged { change, .. } => change.detail(),
        }
    }
}

/// An accepted decision: the handle the store's writes to a review take, so
/// nothing is written that the domain did not decide. Its field is
/// private: only the domain's decisions ([`super::decide_change`],
/// [`super::decide_command`], [`super::decide_schedule`],
/// [`super::decide_import`]) make one. Code outside `domain` cannot:
///
/// ```compile_fail
/// use domain::lifecycle::{Decided, Event};
/// let event = Event::MemberAnswered {
///     accepted: true,
///     actor: uuid::Uuid::nil(),
///     at: chrono::Utc::now(),
/// };
/// let forged = Decided::new(event); // `new` is private to the domain
/// ```
///
/// ```compile_fail
/// use domain::lifecycle::{Decided, Event};
/// let event = Event::MemberAnswered {
///     accepted: true,
///     actor: uuid::Uuid::nil(),
///     at: chrono::Utc::now(),
/// };
/// let forged = Decided { event }; // its field is private
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    event: Event,
}

impl Decided {
    pub(crate) fn new(event: Event) -> Self {
        Decided { event }
    }

    /// The event to record.
    pub fn event(&self) -> &Event {
        &self.event
    }
}

impl std::ops::Deref for Decided {
    type Target = Event;

    fn deref(&self) -> &Event {
        &self.event
    }
}
