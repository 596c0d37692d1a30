//! Who may issue what (domain.md, "Who is who on a review"), decided before
//! the state and the guards.

use uuid::Uuid;

use super::fixtures::*;
use crate::lifecycle::*;

use CommandKind as C;
use ReviewState as S;

/// The state from which each command is the natural next step.
fn from_state(kind: C) -> S {
    match kind {
        C::Schedule | C::AgreeFocus => S::Scheduled,
        C::FormTeam => S::FocusAgreed,
        C::SubmitSelfEvaluation => S::TeamFormed,
        C::ReopenSelfEvaluation | C::StartVisit | C::Postpone => S::SelfEvaluationSubmitted,
        C::CompleteVisit | C::Withdraw => S::VisitInProgress,
        C::DraftReport => S::VisitCompleted,
        C::PublishReport => S::ReportDrafted,
        C::BeginFollowUp => S::ReportPublished,
        C::Close => S::FollowUp,
        C::Resume => S::Postponed,
    }
}

/// Which of programme officer, host lead, host user, team lead and team
/// member may issue each command, written out from domain.md.
fn allowed(kind: C) -> [bool; 5] {
    match kind {
        C::Schedule
        | C::FormTeam
        | C::ReopenSelfEvaluation
        | C::Close
        | C::Withdraw
        | C::Postpone
        | C::Resume => [true, false, false, false, false],
        C::AgreeFocus | C::PublishReport | C::BeginFollowUp => [true, true, false, false, false],
        C::SubmitSelfEvaluation => [false, true, false, false, false],
        C::StartVisit | C::CompleteVisit | C::DraftReport => [false, false, false, true, false],
    }
}

#[test]
fn each_command_is_accepted_from_exactly_the_people_domain_md_names() {
    let actors = [
        programme_officer(),
        host_lead(),
        host_user(),
        team_lead(),
        team_member(),
    ];
    for kind in C::ALL {
        let Some(cmd) = command(kind) else { continue };
        let facts = ready(from_state(kind));
        for (actor, may) in actors.iter().zip(allowed(kind)) {
            let outcome = decide(&facts, &cmd, actor, now(), first_visit_day());
            match (may, outcome) {
                (true, Ok(_)) | (false, Err(Refusal::Forbidden { .. })) => {}
                (may, outcome) => panic!("{kind} by {actor:?} (may: {may}): {outcome:?}"),
            }
        }
    }
}

#[test]
fn a_caller_without_the_right_is_forbidden_before_any_guard_is_checked() {
    // Host users may work on the review but not form its team, however
    // incomplete the team and whatever the state.
    let mut facts = ready(S::Closed);
    facts.members.clear();
    let refusal = decide(
        &facts,
        &Command::FormTeam,
        &host_user(),
        now(),
        first_visit_day(),
    )
    .expect_err("refused");
    assert_eq!(
        refusal,
        Refusal::Forbidden {
            message: "Only a programme officer may form the team.".to_owned()
        }
    );
}

#[test]
fn the_lead_of_another_authority_is_not_a_host_lead_of_this_review() {
    let outsider = Actor {
        host_lead_of: vec![Uuid::from_u128(0xBAD)],
        ..host_lead()
    };
    let refusal = decide(
        &ready(S::TeamFormed),
        &Command::SubmitSelfEvaluation,
        &outsider,
        now(),
        first_visit_day(),
    )
    .expect_err("refused");
    assert!(matches!(refusal, Refusal::Forbidden { .. }));
}

#[test]
fn the_lead_of_either_host_of_a_joint_review_may_agree_the_focus() {
    let mut facts = ready(S::Scheduled);
    facts.hosts.push(host(ORKNEY, "Orkney Islands Council"));
    let orkney_lead = Actor {
        host_lead_of: vec![ORKNEY],
        ..host_lead()
    };
    assert!(authorise(&facts, C::AgreeFocus, &orkney_lead).is_ok());
}

#[test]
fn a_team_member_who_is_not_the_lead_cannot_start_the_visit() {
    let refusal = authorise(
        &ready(S::SelfEvaluationSubmitted),
        C::StartVisit,
        &team_member(),
    )
    .expect_err("forbidden");
    assert_eq!(
        refusal,
        Refusal::Forbidden {
            message: "Only the team lead may start the visit.".to_owned()
        }
    );
    assert!(refusal.codes().is_empty());
}
