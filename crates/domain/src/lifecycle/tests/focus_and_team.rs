//! Guards on the focus (agreeFocus) and the team (formTeam), and their
//! re-checks before the visit.

use super::fixtures::*;
use crate::lifecycle::*;

use ReviewState as S;

fn focus_codes(facts: &ReviewFacts) -> Vec<GuardCode> {
    refused_codes(facts, &Command::AgreeFocus)
}

fn team_codes(facts: &ReviewFacts) -> Vec<GuardCode> {
    refused_codes(facts, &Command::FormTeam)
}

#[test]
fn agreeing_the_focus_without_a_theme_is_refused() {
    let mut facts = ready(S::Scheduled);
    facts.focus.theme = Some("   ".to_owned());
    assert_eq!(focus_codes(&facts), [codes::FOCUS_THEME_MISSING]);
    facts.focus.theme = None;
    assert_eq!(focus_codes(&facts), [codes::FOCUS_THEME_MISSING]);
}

#[test]
fn agreeing_the_focus_with_only_blank_key_questions_is_refused() {
    let mut facts = ready(S::Scheduled);
    facts.focus.key_questions = vec![String::new(), " ".to_owned()];
    assert_eq!(focus_codes(&facts), [codes::FOCUS_KEY_QUESTION_MISSING]);
}

#[test]
fn agreeing_the_focus_needs_every_host_lead_of_a_joint_review_to_sign_off() {
    let mut facts = ready(S::Scheduled);
    facts.hosts.push(HostFacts {
        lead_signed_off_focus: false,
        ..host(ORKNEY, "Orkney Islands Council")
    });
    let Err(Refusal::GuardFailed(unmet)) = decide_as_everyone(&facts, &Command::AgreeFocus) else {
        panic!("expected a guard failure");
    };
    assert_eq!(unmet.len(), 1);
    assert_eq!(unmet[0].code, codes::FOCUS_HOST_SIGN_OFF_MISSING);
    assert_eq!(
        unmet[0].message,
        "Orkney Islands Council's host lead has not signed off the focus."
    );
}

#[test]
fn agreeing_the_focus_for_a_host_without_a_lead_asks_for_one_to_be_named() {
    let mut facts = ready(S::Scheduled);
    facts.hosts[0].has_lead_user = false;
    assert_eq!(focus_codes(&facts), [codes::HOST_LEAD_MISSING]);
}

#[test]
fn agreeing_the_focus_without_the_programme_officer_sign_off_is_refused() {
    let mut facts = ready(S::Scheduled);
    facts.focus.programme_officer_signed_off = false;
    assert_eq!(
        focus_codes(&facts),
        [codes::FOCUS_PROGRAMME_SIGN_OFF_MISSING]
    );
}

#[test]
fn agreeing_an_empty_focus_lists_every_unmet_guard() {
    let mut facts = ready(S::Scheduled);
    facts.focus = FocusFacts::default();
    facts.hosts[0].lead_signed_off_focus = false;
    assert_eq!(
        focus_codes(&facts),
        [
            codes::FOCUS_THEME_MISSING,
            codes::FOCUS_KEY_QUESTION_MISSING,
            codes::FOCUS_HOST_SIGN_OFF_MISSING,
            codes::FOCUS_PROGRAMME_SIGN_OFF_MISSING,
        ]
    );
}

#[test]
fn a_review_without_hosts_cannot_have_its_focus_agreed() {
    let mut facts = ready(S::Scheduled);
    facts.hosts.clear();
    assert_eq!(focus_codes(&facts), [codes::HOST_REQUIRED]);
}

#[test]
fn forming_a_team_smaller_than_the_minimum_is_refused_and_declined_members_do_not_count() {
    let mut facts = ready(S::FocusAgreed);
    facts.members.truncate(6);
    assert!(team_codes(&facts).is_empty(), "six is the default minimum");
    facts.members[5].invitation = InvitationStatus::Declined;
    assert_eq!(team_codes(&facts), [codes::TEAM_TOO_SMALL]);
}

#[test]
fn forming_a_team_larger_than_the_maximum_is_refused() {
    let mut facts = ready(S::FocusAgreed);
    facts.rules.team_size_max = 7;
    assert_eq!(team_codes(&facts), [codes::TEAM_TOO_LARGE]);
}

#[test]
fn forming_a_team_without_a_lead_is_refused() {
    let mut facts = ready(S::FocusAgreed);
    facts.members[0].role = TeamRole::Member;
    assert_eq!(team_codes(&facts), [codes::TEAM_LEAD_MISSING]);
}

#[test]
fn forming_a_team_with_two_leads_is_refused_unless_one_declined() {
    let mut facts = ready(S::FocusAgreed);
    facts.members[1].role = TeamRole::Lead;
    assert_eq!(team_codes(&facts), [codes::TEAM_LEAD_NOT_UNIQUE]);
    facts.members.push(MemberFacts {
        invitation: InvitationStatus::Declined,
        ..member(Affiliation::Ades, TeamRole::Lead)
    });
    facts.members[1].role = TeamRole::Member;
    assert!(team_codes(&facts).is_empty());
}

#[test]
fn forming_a_team_without_an_ades_member_is_refused() {
    let mut facts = ready(S::FocusAgreed);
    facts.members[1].affiliation = Affiliation::Partner;
    assert_eq!(team_codes(&facts), [codes::TEAM_ADES_MISSING]);
}

#[test]
fn forming_a_team_without_an_education_scotland_member_is_refused() {
    let mut facts = ready(S::FocusAgreed);
    facts.members[2].affiliation = Affiliation::Partner;
    assert_eq!(team_codes(&facts), [codes::TEAM_EDUCATION_SCOTLAND_MISSING]);
}

#[test]
fn forming_a_team_without_an_hmi_when_required_is_refused() {
    let mut facts = ready(S::FocusAgreed);
    facts.members[3].affiliation = Affiliation::Partner;
    assert!(team_codes(&facts).is_empty(), "not required by default");
    facts.rules.hmi_required = true;
    assert_eq!(team_codes(&facts), [codes::TEAM_HMI_MISSING]);
}

#[test]
fn forming_a_team_with_an_unanswered_invitation_is_refused() {
    let mut facts = ready(S::FocusAgreed);
    facts.members[4].invitation = InvitationStatus::Pending;
    facts.members[5].invitation = InvitationStatus::Pending;
    let Err(refusal) = decide_as_everyone(&facts, &Command::FormTeam) else {
        panic!("expected a refusal");
    };
    assert_eq!(
        refusal,
        Refusal::GuardFailed(vec![Unmet {
            code: codes::TEAM_INVITATION_PENDING,
            message: "2 invitations have not been answered yet.".to_owned(),
        }])
    );
}

#[test]
fn forming_a_team_with_an_unresolved_conflict_is_refused() {
    let mut facts = ready(S::FocusAgreed);
    facts.unresolved_conflicts = 1;
    assert_eq!(team_codes(&facts), [codes::TEAM_CONFLICT_UNRESOLVED]);
}

#[test]
fn forming_a_quads_team_needs_a_peer_member_from_each_other_quad_authority() {
    let mut facts = ready_quads(S::FocusAgreed);
    assert!(team_codes(&facts).is_empty());
    // Stirling's only member declines: Stirling is no longer represented.
    facts.members[6].invitation = InvitationStatus::Declined;
    let Err(Refusal::GuardFailed(unmet)) = decide_as_everyone(&facts, &Command::FormTeam) else {
        panic!("expected a guard failure");
    };
    assert_eq!(unmet.len(), 1);
    assert_eq!(unmet[0].code, codes::TEAM_QUAD_AUTHORITY_MISSING);
    assert_eq!(
        unmet[0].message,
        "The team has no member from Stirling Council, which is in the quad."
    );
}

#[test]
fn a_ci_review_does_not_apply_the_quad_rule() {
    let mut facts = ready(S::FocusAgreed);
    facts.quad_peers = ready_quads(S::FocusAgreed).quad_peers;
    facts
        .members
        .retain(|m| m.affiliation != Affiliation::PeerAuthority);
    facts
        .members
        .push(member(Affiliation::Ades, TeamRole::Lead));
    facts
        .members
        .push(member(Affiliation::Host, TeamRole::Member));
    assert!(team_codes(&facts).is_empty());
}

#[test]
fn forming_an_empty_team_lists_every_unmet_guard() {
    let mut facts = ready_quads(S::FocusAgreed);
    facts.rules.hmi_required = true;
    facts.members = vec![MemberFacts {
        invitation: InvitationStatus::Pending,
        ..member(Affiliation::Host, TeamRole::Member)
    }];
    facts.unresolved_conflicts = 2;
    assert_eq!(
        team_codes(&facts),
        [
            codes::TEAM_TOO_SMALL,
            codes::TEAM_LEAD_MISSING,
            codes::TEAM_ADES_MISSING,
            codes::TEAM_EDUCATION_SCOTLAND_MISSING,
            codes::TEAM_HMI_MISSING,
            codes::TEAM_INVITATION_PENDING,
            codes::TEAM_CONFLICT_UNRESOLVED,
            codes::TEAM_QUAD_AUTHORITY_MISSING,
            codes::TEAM_QUAD_AUTHORITY_MISSING,
        ]
    );
}

#[test]
fn a_focus_edited_after_agreement_must_be_signed_off_again_before_the_team_is_formed() {
    let mut facts = ready(S::FocusAgreed);
    facts.focus.programme_officer_signed_off = false;
    facts.hosts[0].lead_signed_off_focus = false;
    assert_eq!(
        team_codes(&facts),
        [
            codes::FOCUS_HOST_SIGN_OFF_MISSING,
            codes::FOCUS_PROGRAMME_SIGN_OFF_MISSING
        ]
    );
}

#[test]
fn a_member_who_drops_out_after_the_team_was_formed_blocks_the_next_steps_until_replaced() {
    let mut facts = ready(S::TeamFormed);
    facts.members[1].invitation = InvitationStatus::Declined;
    assert_eq!(
        refused_codes(&facts, &Command::SubmitSelfEvaluation),
        [codes::TEAM_ADES_MISSING]
    );
    facts.state = S::SelfEvaluationSubmitted;
    assert_eq!(
        refused_codes(&facts, &Command::StartVisit),
        [codes::TEAM_ADES_MISSING]
    );
    facts
        .members
        .push(member(Affiliation::Ades, TeamRole::Member));
    assert_eq!(
        accepted_to(&facts, &Command::StartVisit),
        S::VisitInProgress
    );
}

#[test]
fn the_team_is_no_longer_checked_once_the_visit_has_started() {
    let mut facts = ready(S::VisitInProgress);
    facts.members.clear();
    assert_eq!(
        accepted_to(&facts, &Command::CompleteVisit),
        S::VisitCompleted
    );
}
