//! `schedule`: the command that creates a review, so it is decided on the
//! request rather than on the facts of a review that does not exist yet.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::command::Actor;
use super::event::Event;
use super::facts::{AuthorityRef, ProgrammeKind};
use super::refusal::{codes, Refusal, Unmet};
use super::rights::authorise_as;
use super::state::CommandKind;

/// What the guards of `schedule` read. Phase, month and theme are typed
/// values checked where the request is parsed, so they are not here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRequest {
    /// The programme's kind.
    pub kind: ProgrammeKind,
    /// The host authority or authorities (several for a joint review; for
    /// Quads, the hosting member of the quad).
    pub hosts: Vec<AuthorityRef>,
    /// For Quads: the quad's four authorities. Empty for CI.
    pub quad_members: Vec<Uuid>,
}

/// Decide `schedule`: a programme officer puts a review on the timetable.
pub fn decide_schedule(
    request: &ScheduleRequest,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<Vec<Event>, Refusal> {
    authorise_as(CommandKind::Schedule, actor, false)?;
    let mut unmet = Vec::new();
    if request.hosts.is_empty() {
        unmet.push(Unmet::new(
            codes::HOST_REQUIRED,
            "Choose the host authority.",
        ));
    }
    for (i, host) in request.hosts.iter().enumerate() {
        let seen_before = request.hosts[..i]
            .iter()
            .any(|h| h.authority_id == host.authority_id);
        if seen_before {
            unmet.push(Unmet::new(
                codes::HOST_DUPLICATED,
                format!("{} is named as a host more than once.", host.name),
            ));
        }
    }
    if request.kind == ProgrammeKind::Quads {
        // One review per hosting member: the quad reviews each member in turn.
        let valid = matches!(
            request.hosts.as_slice(),
            [host] if request.quad_members.contains(&host.authority_id)
        );
        if !valid && !request.hosts.is_empty() {
            unmet.push(Unmet::new(
                codes::QUAD_HOST_INVALID,
                "A Quads review has exactly one host, and it must be a member of the quad.",
            ));
        }
    }
    if !unmet.is_empty() {
        return Err(Refusal::GuardFailed(unmet));
    }
    Ok(vec![Event::Scheduled {
        actor: actor.user_id,
        at: now,
    }])
}
