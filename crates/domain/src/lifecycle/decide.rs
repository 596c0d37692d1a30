//! The decision: facts, command, actor and time in; events or a refusal
//! out. Pure: the store loads the facts, calls this, and persists the events
//! with a from-state check in one transaction.

use chrono::{DateTime, NaiveDate, Utc};

use super::command::{Actor, Command};
use super::event::{Decided, Event, SignedFor};
use super::facts::ReviewFacts;
use super::guards::{self, check};
use super::refusal::Refusal;
use super::rights::authorise;
use super::state::ReviewState;
use super::transitions::{target, Target};

/// Decide a command on an existing review.
///
/// Rights first (`Forbidden`), then the state (`GuardFailed` with
/// `WRONG_STATE` alone when the command is not available from it), then
/// every guard of the command, all unmet ones listed. `now` is stamped on
/// the events; `today` is the Europe/London date of `now`, which the caller
/// computes (with chrono-tz) so that this crate needs no time-zone data and
/// a visit starting on 3 March can be started from 00:00 London time, not
/// from 00:00 UTC.
pub fn decide(
    facts: &ReviewFacts,
    command: &Command,
    actor: &Actor,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Vec<Event>, Refusal> {
    let kind = command.kind();
    authorise(facts, kind, actor)?;
    let mut unmet = check(facts, kind, today);
    let to = match target(facts.state, kind) {
        Some(Target::To(state)) => Some(state),
        Some(Target::PostponedFrom) => facts.postponed_from,
        None => None,
    };
    if to.is_some() {
        unmet.extend(guards::reason(command.reason()));
    }
    match to {
        Some(to) if unmet.is_empty() => Ok(vec![Event::Transitioned {
            command: kind,
            from: facts.state,
            to,
            reason: command.reason().map(|r| r.trim().to_owned()),
            actor: actor.user_id,
            at: now,
        }]),
        _ => Err(Refusal::GuardFailed(unmet)),
    }
}

/// [`decide`] for the store: the one event of an accepted command, as the
/// handle the store's writes take.
pub fn decide_command(
    facts: &ReviewFacts,
    command: &Command,
    actor: &Actor,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Decided, Refusal> {
    let mut events = decide(facts, command, actor, now, today)?;
    match (events.pop(), events.is_empty()) {
        (Some(event), true) => Ok(Decided::new(event)),
        // `decide` yields exactly one event for an accepted command.
        _ => Err(Refusal::GuardFailed(Vec::new())),
    }
}

impl ReviewFacts {
    /// Apply an accepted event as the store does: a change of state
    /// (entering `POSTPONED` records the state left, leaving it forgets
    /// it), and the focus's sign-offs, which an edit or a reopening clears.
    /// Team changes and conflicts are read back from the store, so they
    /// leave the facts as they were.
    pub fn apply(&mut self, event: &Event) {
        match event {
            Event::Scheduled { .. } | Event::Imported { .. } | Event::Transitioned { .. } => {
                self.postponed_from = match event {
                    Event::Transitioned { from, to, .. } if *to == ReviewState::Postponed => {
                        Some(*from)
                    }
                    _ => None,
                };
                if let Some(to) = event.to() {
                    self.state = to;
                }
            }
            Event::FocusEdited {
                theme,
                key_questions,
                ..
            } => {
                self.focus.theme = Some(theme.clone());
                self.focus.key_questions = key_questions.clone();
                self.clear_sign_offs();
            }
            Event::FocusReopened { .. } => self.clear_sign_offs(),
            Event::FocusSignedOff { signed_for, .. } => match signed_for {
                SignedFor::HostLead(authority) => {
                    for host in &mut self.hosts {
                        if host.authority_id == authority.authority_id {
                            host.lead_signed_off_focus = true;
                        }
                    }
                }
                SignedFor::ProgrammeOfficer => self.focus.programme_officer_signed_off = true,
            },
            Event::MemberInvited { .. }
            | Event::MemberAdded { .. }
            | Event::MemberAnswered { .. }
            | Event::MemberReplaced { .. }
            | Event::ConflictDismissed { .. }
            | Event::Rescheduled { .. }
            | Event::VisitPlanned { .. }
            | Event::VisitChanged { .. }
            | Event::FindingChanged { .. }
            | Event::ReportChanged { .. }
            | Event::FollowUpChanged { .. } => {}
        }
    }

    fn clear_sign_offs(&mut self) {
        self.focus.programme_officer_signed_off = false;
        for host in &mut self.hosts {
            host.lead_signed_off_focus = false;
        }
    }
}
