//! Changes to a review that do not move its state: the focus and its
//! sign-offs, the team and its conflicts. Each is decided like a command —
//! who may, then every unmet guard, then the one event to record — so the
//! store writes the change and its history entry in one transaction.
//!
//! The focus (domain.md): before agreement host users, host leads and
//! programme officers edit it, and editing clears its sign-offs. Once
//! agreed it is locked; a programme officer may reopen it with a reason
//! while the review is `FOCUS_AGREED` or `TEAM_FORMED`. Reopening clears the
//! sign-offs and keeps the state, and the next forward command (which
//! re-checks the focus) is refused until every host lead and a programme
//! officer have signed off again. So a focus is open while the review is
//! `SCHEDULED`, or `FOCUS_AGREED`/`TEAM_FORMED` without a full set of
//! sign-offs; the sign-offs themselves say whether it was reopened.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::command::{Actor, TeamRole};
use super::event::{Decided, Event, PersonRef, SignedFor, Slot};
use super::facts::{AuthorityRef, InvitationStatus, ReviewFacts};
use super::guards;
use super::refusal::{codes, Refusal, Unmet};
use super::state::ReviewState;
use super::transitions::is_before_visit;
use crate::programme::Focus;

/// A change to a review that leaves its state as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Replace the focus (already parsed) and clear its sign-offs.
    EditFocus(Focus),
    /// Sign off the current focus: a host lead for their authority, a
    /// programme officer for the programme.
    SignOffFocus,
    /// Reopen the agreed focus, saying why.
    ReopenFocus {
        /// Why; kept in the history.
        reason: String,
    },
    /// Add a person with an account to the team.
    AddMember {
        /// The person.
        person: PersonRef,
        /// Their role.
        role: TeamRole,
    },
    /// Invite someone to the team by email.
    InviteMember {
        /// The person (their account is created with the invitation when
        /// `new_account`).
        person: PersonRef,
        /// Their role.
        role: TeamRole,
        /// They had no account before.
        new_account: bool,
    },
    /// Answer one's own invitation.
    AnswerInvitation {
        /// The person invited.
        invitee: Uuid,
        /// Accept (true) or decline.
        accept: bool,
    },
    /// Replace a member with another person.
    ReplaceMember {
        /// The member leaving.
        replaced: PersonRef,
        /// The person invited in their place.
        by: PersonRef,
        /// The newcomer's role.
        role: TeamRole,
    },
    /// Dismiss a conflict of interest, saying why.
    DismissConflict {
        /// The conflict.
        conflict_id: Uuid,
        /// Why it does not matter.
        reason: String,
    },
    /// Move the review to another phase and month of the timetable (the
    /// month already checked against the programme's phases), saying why.
    Reschedule {
        /// Where the review is now, as read in the change's transaction.
        from: Slot,
        /// Where it moves to.
        to: Slot,
        /// Why; kept in the history and sent to the team and host leads.
        reason: String,
    },
}

/// Decide a change: rights first (`Forbidden`), then every unmet guard,
/// then the event to record, as the handle the store's writes take.
pub fn decide_change(
    facts: &ReviewFacts,
    change: &Change,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<Decided, Refusal> {
    let signed_for = authorise_change(facts, change, actor)?;
    let unmet = check_change(facts, change, signed_for.as_ref());
    if !unmet.is_empty() {
        return Err(Refusal::GuardFailed(unmet));
    }
    let actor = actor.user_id;
    let at = now;
    Ok(Decided::new(match change {
        Change::EditFocus(focus) => Event::FocusEdited {
            theme: focus.theme.clone(),
            key_questions: focus.key_questions.clone(),
            scope: focus.scope.clone(),
            actor,
            at,
        },
        Change::SignOffFocus => Event::FocusSignedOff {
            // `authorise_change` returns who signs for every sign-off.
            signed_for: signed_for.unwrap_or(SignedFor::ProgrammeOfficer),
            actor,
            at,
        },
        Change::ReopenFocus { reason } => Event::FocusReopened {
            reason: reason.trim().to_owned(),
            actor,
            at,
        },
        Change::AddMember { person, role } => Event::MemberAdded {
            person: person.clone(),
            role: *role,
            actor,
            at,
        },
        Change::InviteMember {
            person,
            role,
            new_account,
        } => Event::MemberInvited {
            person: person.clone(),
            role: *role,
            new_account: *new_account,
            actor,
            at,
        },
        Change::AnswerInvitation { accept, .. } => Event::MemberAnswered {
            accepted: *accept,
            actor,
            at,
        },
        Change::ReplaceMember { replaced, by, role } => Event::MemberReplaced {
            replaced: replaced.clone(),
            by: by.clone(),
            role: *role,
            actor,
            at,
        },
        Change::DismissConflict {
            conflict_id,
            reason,
        } => Event::ConflictDismissed {
            conflict_id: *conflict_id,
            reason: reason.trim().to_owned(),
            actor,
            at,
        },
        Change::Reschedule { from, to, reason } => Event::Rescheduled {
            from: *from,
            to: *to,
            reason: reason.trim().to_owned(),
            actor,
            at,
        },
    }))
}

/// Whether `actor` may make `change` on this review, whatever its state;
/// for a sign-off, whom they sign for (a host lead signs for their
/// authority even when they are also a programme officer).
pub fn authorise_change(
    facts: &ReviewFacts,
    change: &Change,
    actor: &Actor,
) -> Result<Option<SignedFor>, Refusal> {
    let forbidden = |message: &str| {
        Err(Refusal::Forbidden {
            message: message.to_owned(),
        })
    };
    let po = actor.programme_officer;
    match change {
        Change::EditFocus(_) => {
            if po || actor.host_user {
                Ok(None)
            } else {
                forbidden(
                    "Only the host authority's users and programme officers can edit the focus.",
                )
            }
        }
        Change::SignOffFocus => {
            let led = facts
                .hosts
                .iter()
                .find(|host| actor.host_lead_of.contains(&host.authority_id));
            match (led, po) {
                (Some(host), _) => Ok(Some(SignedFor::HostLead(AuthorityRef {
                    authority_id: host.authority_id,
                    name: host.name.clone(),
                }))),
                (None, true) => Ok(Some(SignedFor::ProgrammeOfficer)),
                (None, false) => {
                    forbidden("Only a host lead or a programme officer can sign off the focus.")
                }
            }
        }
        Change::ReopenFocus { .. } => {
            if po {
                Ok(None)
            } else {
                forbidden("Only a programme officer can reopen the focus.")
            }
        }
        Change::AddMember { .. } | Change::InviteMember { .. } | Change::ReplaceMember { .. } => {
            if po {
                Ok(None)
            } else {
                forbidden("Only a programme officer can change the team.")
            }
        }
        Change::AnswerInvitation { invitee, .. } => {
            if *invitee == actor.user_id {
                Ok(None)
            } else {
                forbidden("Only the person invited can answer this invitation.")
            }
        }
        Change::DismissConflict { .. } => {
            if po {
                Ok(None)
            } else {
                forbidden("Only a programme officer can dismiss a conflict of interest.")
            }
        }
        Change::Reschedule { .. } => {
            if po {
                Ok(None)
            } else {
                forbidden("Only a programme officer can reschedule a review.")
            }
        }
    }
}

/// Whether the review may move on the timetable: before its visit starts
/// (also while postponed from before the visit). `Err` says why not.
pub fn reschedule_open(facts: &ReviewFacts) -> Result<(), Unmet> {
    let started = || {
        Unmet::new(
            codes::VISIT_STARTED,
            format!(
                "A review can be rescheduled only before its visit starts; this one is at “{}”.",
                facts.state.label()
            ),
        )
    };
    // A postponed review keeps its place in the working states it left.
    let working = match facts.state {
        ReviewState::Postponed => facts.postponed_from,
        state => Some(state),
    };
    match working {
        Some(state) if is_before_visit(state) => Ok(()),
        Some(ReviewState::Withdrawn) => Err(Unmet::new(
            codes::WRONG_STATE,
            "This review was withdrawn, so it is no longer on the timetable.",
        )),
        _ => Err(started()),
    }
}

/// Whether the focus may be edited and signed off now: before agreement,
/// or after a reopening until it is fully signed off again.
pub fn focus_open(facts: &ReviewFacts) -> bool {
    match facts.state {
        ReviewState::Scheduled => true,
        ReviewState::FocusAgreed | ReviewState::TeamFormed => !focus_fully_signed_off(facts),
        ReviewState::SelfEvaluationSubmitted
        | ReviewState::VisitInProgress
        | ReviewState::VisitCompleted
        | ReviewState::ReportDrafted
        | ReviewState::ReportPublished
        | ReviewState::FollowUp
        | ReviewState::Closed
        | ReviewState::Withdrawn
        | ReviewState::Postponed => false,
    }
}

/// Every host lead and a programme officer have signed off the focus.
pub fn focus_fully_signed_off(facts: &ReviewFacts) -> bool {
    facts.focus.programme_officer_signed_off
        && !facts.hosts.is_empty()
        && facts.hosts.iter().all(|h| h.lead_signed_off_focus)
}

/// Whether the team may be changed: before the visit starts (also after
/// the team was formed, and while postponed).
pub fn team_open(state: ReviewState) -> bool {
    match state {
        ReviewState::Scheduled
        | ReviewState::FocusAgreed
        | ReviewState::TeamFormed
        | ReviewState::SelfEvaluationSubmitted
        | ReviewState::Postponed => true,
        ReviewState::VisitInProgress
        | ReviewState::VisitCompleted
        | ReviewState::ReportDrafted
        | ReviewState::ReportPublished
        | ReviewState::FollowUp
        | ReviewState::Closed
        | ReviewState::Withdrawn => false,
    }
}

fn focus_locked(facts: &ReviewFacts) -> Unmet {
    let message = match facts.state {
        ReviewState::FocusAgreed | ReviewState::TeamFormed => format!(
            "The focus was agreed and is locked; a programme officer can reopen it, with a \
             reason, while the review is at “{}”.",
            facts.state.label()
        ),
        _ => format!(
            "The focus can no longer be changed: this review is at “{}”.",
            facts.state.label()
        ),
    };
    Unmet::new(codes::FOCUS_LOCKED, message)
}

/// The unmet guards of `change` (rights already granted).
fn check_change(
    facts: &ReviewFacts,
    change: &Change,
    signed_for: Option<&SignedFor>,
) -> Vec<Unmet> {
    let mut unmet = Vec::new();
    match change {
        Change::EditFocus(_) => {
            if !focus_open(facts) {
                unmet.push(focus_locked(facts));
            }
        }
        Change::SignOffFocus => {
            if !focus_open(facts) {
                unmet.push(focus_locked(facts));
            }
            let focus = &facts.focus;
            if focus.theme.as_deref().is_none_or(|t| t.trim().is_empty()) {
                unmet.push(Unmet::new(
                    codes::FOCUS_THEME_MISSING,
                    "The focus has no theme yet.",
                ));
            }
            if !focus.key_questions.iter().any(|q| !q.trim().is_empty()) {
                unmet.push(Unmet::new(
                    codes::FOCUS_KEY_QUESTION_MISSING,
                    "The focus needs at least one key question.",
                ));
            }
            let already = match signed_for {
                Some(SignedFor::HostLead(authority)) => facts
                    .hosts
                    .iter()
                    .any(|h| h.authority_id == authority.authority_id && h.lead_signed_off_focus)
                    .then(|| {
                        format!(
                            "{}'s host lead has already signed off this focus.",
                            authority.name
                        )
                    }),
                Some(SignedFor::ProgrammeOfficer) | None => facts
                    .focus
                    .programme_officer_signed_off
                    .then(|| "A programme officer has already signed off this focus.".to_owned()),
            };
            if let Some(message) = already {
                unmet.push(Unmet::new(codes::FOCUS_ALREADY_SIGNED_OFF, message));
            }
        }
        Change::ReopenFocus { reason } => {
            match facts.state {
                ReviewState::FocusAgreed | ReviewState::TeamFormed => {
                    if !focus_fully_signed_off(facts) {
                        unmet.push(Unmet::new(
                            codes::FOCUS_ALREADY_OPEN,
                            "The focus is already open: it is waiting for its sign-offs.",
                        ));
                    }
                }
                _ => unmet.push(Unmet::new(
                    codes::WRONG_STATE,
                    format!(
                        "This review is at the stage “{}”; the focus can be reopened only at \
                         “Focus agreed” or “Team formed”.",
                        facts.state.label()
                    ),
                )),
            }
            unmet.extend(guards::reason(Some(reason)));
        }
        Change::AddMember { .. } | Change::InviteMember { .. } | Change::ReplaceMember { .. } => {
            if !team_open(facts.state) {
                unmet.push(Unmet::new(
                    codes::WRONG_STATE,
                    format!(
                        "The team can be changed only before the visit starts; this review is \
                         at “{}”.",
                        facts.state.label()
                    ),
                ));
            }
        }
        Change::AnswerInvitation { invitee, .. } => {
            if facts.state.is_final() {
                unmet.push(Unmet::new(
                    codes::WRONG_STATE,
                    format!(
                        "This review is {}, so its invitations can no longer be answered.",
                        facts.state.label().to_lowercase()
                    ),
                ));
            }
            let pending = facts
                .members
                .iter()
                .any(|m| m.user_id == *invitee && m.invitation == InvitationStatus::Pending);
            if !pending {
                unmet.push(Unmet::new(
                    codes::INVITATION_ANSWERED,
                    "This invitation has already been answered or withdrawn.",
                ));
            }
        }
        Change::DismissConflict { reason, .. } => {
            unmet.extend(guards::reason(Some(reason)));
        }
        Change::Reschedule { from, to, reason } => {
            if let Err(too_late) = reschedule_open(facts) {
                unmet.push(too_late);
            }
            if from == to {
                unmet.push(Unmet::new(
                    codes::SLOT_UNCHANGED,
                    format!(
                        "The review is already in phase {}, {}: choose another month.",
                        to.phase,
                        to.month.label()
                    ),
                ));
            }
            unmet.extend(guards::reason(Some(reason)));
        }
    }
    unmet
}
