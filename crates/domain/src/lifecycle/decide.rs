//! The decision: facts, command, actor and time in; events or a refusal
//! out. Pure: the store loads the facts, calls this, and persists the events
//! with a from-state check in one transaction.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::command::{Actor, Command};
use super::facts::ReviewFacts;
use super::guards::{self, check};
use super::refusal::Refusal;
use super::rights::authorise;
use super::state::{CommandKind, ReviewState};
use super::transitions::{target, Target};

/// What happened to a review; the audit trail is made of these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Event {
    /// The review was put on the timetable, in `SCHEDULED`. Its hosts,
    /// phase and month are in the request the store is creating it from.
    Scheduled {
        /// The programme officer who scheduled it.
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
}

impl Event {
    /// The state the review is in after this event.
    pub fn to(&self) -> ReviewState {
        match self {
            Event::Scheduled { .. } => ReviewState::Scheduled,
            Event::Transitioned { to, .. } => *to,
        }
    }
}

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

impl ReviewFacts {
    /// Apply an accepted event's change of state, as the store does:
    /// entering `POSTPONED` records the state left, leaving it forgets it.
    pub fn apply(&mut self, event: &Event) {
        self.postponed_from = match event {
            Event::Transitioned { from, to, .. } if *to == ReviewState::Postponed => Some(*from),
            _ => None,
        };
        self.state = event.to();
    }
}
