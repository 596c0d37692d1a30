//! `schedule` and `import`: the decisions that create a review, so they are
//! decided on the request rather than on the facts of a review that does
//! not exist yet. Each yields the [`Decided`] handle the store creates the
//! review from, with its first history event.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::command::Actor;
use super::event::{Decided, Event, Placement};
use super::facts::{AuthorityRef, ProgrammeKind};
use super::refusal::{codes, Refusal, Unmet};
use super::rights::authorise_as;
use super::state::{CommandKind, ReviewState};

/// What the guards of `schedule` read. Phase, month and theme are typed
/// values checked where the request is parsed (the month against the
/// programme's phases), so they are only carried here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRequest {
    /// The programme's kind.
    pub kind: ProgrammeKind,
    /// The new review: its hosts (several for a joint review; for Quads,
    /// the hosting member of the quad), phase, month and theme.
    pub placement: Placement,
    /// For Quads: the quad's four authorities. Empty for CI.
    pub quad_members: Vec<Uuid>,
}

/// What an import of a published timetable records for one review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRequest {
    /// The review: hosts, phase, month and theme.
    pub placement: Placement,
    /// The state it ended in (usually `CLOSED`).
    pub state: ReviewState,
    /// Its externally published report, if any.
    pub report_url: Option<String>,
}

/// Decide `schedule`: a programme officer puts a review on the timetable.
pub fn decide_schedule(
    request: &ScheduleRequest,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<Decided, Refusal> {
    authorise_as(CommandKind::Schedule, actor, false)?;
    let hosts = &request.placement.hosts;
    let mut unmet = host_guards(hosts);
    if request.kind == ProgrammeKind::Quads {
        // One review per hosting member: the quad reviews each member in turn.
        let valid = matches!(
            hosts.as_slice(),
            [host] if request.quad_members.contains(&host.authority_id)
        );
        if !valid && !hosts.is_empty() {
            unmet.push(Unmet::new(
                codes::QUAD_HOST_INVALID,
                "A Quads review has exactly one host, and it must be a member of the quad.",
            ));
        }
    }
    if !unmet.is_empty() {
        return Err(Refusal::GuardFailed(unmet));
    }
    Ok(Decided::new(Event::Scheduled {
        placement: request.placement.clone(),
        actor: actor.user_id,
        at: now,
    }))
}

/// Decide the import of one review from an earlier programme's published
/// timetable: no person makes it, so there are no rights to check, only
/// the hosts.
pub fn decide_import(request: &ImportRequest, now: DateTime<Utc>) -> Result<Decided, Refusal> {
    let unmet = host_guards(&request.placement.hosts);
    if !unmet.is_empty() {
        return Err(Refusal::GuardFailed(unmet));
    }
    Ok(Decided::new(Event::Imported {
        placement: request.placement.clone(),
        state: request.state,
        report_url: request.report_url.clone(),
        at: now,
    }))
}

/// At least one host, none named twice.
fn host_guards(hosts: &[AuthorityRef]) -> Vec<Unmet> {
    let mut unmet = Vec::new();
    if hosts.is_empty() {
        unmet.push(Unmet::new(
            codes::HOST_REQUIRED,
            "Choose the host authority.",
        ));
    }
    for (i, host) in hosts.iter().enumerate() {
        let seen_before = hosts[..i]
            .iter()
            .any(|h| h.authority_id == host.authority_id);
        if seen_before {
            unmet.push(Unmet::new(
                codes::HOST_DUPLICATED,
                format!("{} is named as a host more than once.", host.name),
            ));
        }
    }
    unmet
}
