//! Who may issue which command on a review (domain.md, "Who is who on a
//! review"). Decided before any guard.

use super::command::Actor;
use super::facts::ReviewFacts;
use super::refusal::Refusal;
use super::state::CommandKind;

/// Who may issue a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    ProgrammeOfficer,
    HostLead,
    HostLeadOrProgrammeOfficer,
    TeamLead,
}

fn who_may(kind: CommandKind) -> Who {
    use CommandKind as C;
    match kind {
        C::Schedule
        | C::FormTeam
        | C::ReopenSelfEvaluation
        | C::Close
        | C::Withdraw
        | C::Postpone
        | C::Resume => Who::ProgrammeOfficer,
        C::SubmitSelfEvaluation => Who::HostLead,
        C::AgreeFocus | C::PublishReport | C::BeginFollowUp => Who::HostLeadOrProgrammeOfficer,
        C::StartVisit | C::CompleteVisit | C::DraftReport => Who::TeamLead,
    }
}

/// Whether `actor` may issue `kind` on the review described by `facts`,
/// whatever its state; `Forbidden` says who may.
///
/// A host lead counts only for an authority that hosts this review, so a
/// caller that passes a stale or foreign `host_lead_of` gains nothing.
pub fn authorise(facts: &ReviewFacts, kind: CommandKind, actor: &Actor) -> Result<(), Refusal> {
    let host_lead = facts
        .hosts
        .iter()
        .any(|host| actor.host_lead_of.contains(&host.authority_id));
    authorise_as(kind, actor, host_lead)
}

pub(crate) fn authorise_as(
    kind: CommandKind,
    actor: &Actor,
    host_lead: bool,
) -> Result<(), Refusal> {
    let po = actor.programme_officer;
    let (allowed, who) = match who_may(kind) {
        Who::ProgrammeOfficer => (po, "a programme officer"),
        Who::HostLead => (host_lead, "a host lead"),
        Who::HostLeadOrProgrammeOfficer => (host_lead || po, "a host lead or a programme officer"),
        Who::TeamLead => (actor.is_team_lead(), "the team lead"),
    };
    if allowed {
        Ok(())
    } else {
        Err(Refusal::Forbidden {
            message: format!(
                "Only {who} may {}.",
                kind.label().to_lowercase().trim_end_matches('.')
            ),
        })
    }
}
