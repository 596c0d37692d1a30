//! The review state machine: pure, no I/O.
//!
//! A review moves only when a named person makes a command. [`decide`]
//! takes the review's [`ReviewFacts`], the [`Command`], the [`Actor`]'s
//! rights on that review and the time, and returns the [`Event`]s to record
//! or a [`Refusal`] listing every unmet guard. [`check`] gives the same
//! checklist before anyone clicks; [`available_commands`] and
//! [`next_command`] say which buttons a page may show. `schedule` creates a
//! review, so it has its own [`decide_schedule`], as has the import of a
//! published timetable ([`decide_import`]). Changes that leave the
//! state as it is (the focus, its sign-offs, the team, conflicts) are
//! decided by [`decide_change`]. Every decision yields the [`Event`] the
//! history records. [`tasks`] says what a person has to do on a review,
//! from the same rights and guards.

mod access;
mod changes;
mod command;
mod decide;
mod event;
mod event_kind;
mod facts;
mod guards;
mod refusal;
mod rights;
mod schedule;
mod state;
mod tasks;
mod transitions;
mod visit_event;

#[cfg(test)]
mod tests;

pub use access::{actor_on, authorise_access, MemberRight, Person, ReviewAccess};
pub use changes::{
    authorise_change, decide_change, focus_fully_signed_off, focus_open, reschedule_open,
    team_open, Change,
};
pub use command::{Actor, Command, TeamRole};
pub use decide::{decide, decide_command};
pub use event::{Decided, Event, EventActor, EventKind, PersonRef, Placement, SignedFor, Slot};
pub use facts::{
    Affiliation, AuthorityRef, FindingsFacts, FocusFacts, FollowUpFacts, HostFacts,
    InvitationStatus, MemberFacts, OpenAction, ProgrammeKind, ProgrammeRules, ReportFacts,
    ReviewFacts, SelfEvaluationFacts, SelfEvaluationMode, VisitFacts,
};
pub use guards::check;
pub use refusal::{codes, GuardCode, Refusal, Unmet};
pub use rights::authorise;
pub use schedule::{decide_import, decide_schedule, ImportRequest, ScheduleRequest};
pub use state::{CommandKind, ReviewState, UnknownName};
pub use tasks::{officer_reach, tasks, OfficerReach, Task, TaskKind, TaskPage};
pub use transitions::{available_commands, next_command, states_allowing, target, Target};
pub use visit_event::VisitChange;
