//! A person's tasks on a review: offered only when they may act and the
//! state and guards allow it.

use super::fixtures::*;
use crate::lifecycle::*;
use uuid::Uuid;

use ReviewState as S;

fn month() -> chrono::NaiveDate {
    day(2026, 3, 1)
}

fn kinds(facts: &ReviewFacts, actor: &Actor) -> Vec<TaskKind> {
    tasks(facts, actor, month(), now(), first_visit_day())
        .into_iter()
        .map(|t| t.kind)
        .collect()
}

/// A scheduled review whose focus is set but signed off by no one.
fn focus_to_sign() -> ReviewFacts {
    let mut facts = ready(S::Scheduled);
    facts.focus.programme_officer_signed_off = false;
    facts.hosts[0].lead_signed_off_focus = false;
    facts
}

/// The person invited to the team, not yet answered.
fn invitee() -> (ReviewFacts, Actor) {
    let mut facts = ready(S::FocusAgreed);
    let person = Uuid::from_u128(0x1e);
    facts.members.push(MemberFacts {
        user_id: person,
        invitation: InvitationStatus::Pending,
        ..member(Affiliation::Partner, TeamRole::Member)
    });
    let actor = Actor {
        user_id: person,
        ..Actor::default()
    };
    (facts, actor)
}

#[test]
fn the_officer_and_the_host_lead_are_asked_to_agree_the_focus_once_both_sign_offs_are_in() {
    let facts = ready(S::Scheduled);
    let agree = vec![TaskKind::Command(CommandKind::AgreeFocus)];
    assert_eq!(kinds(&facts, &programme_officer()), agree);
    assert_eq!(kinds(&facts, &host_lead()), agree);
    assert_eq!(kinds(&facts, &host_user()), []);
    assert_eq!(kinds(&facts, &team_member()), []);
}

#[test]
fn an_unset_focus_is_a_task_for_host_users_and_officers_and_no_one_else() {
    let mut facts = focus_to_sign();
    facts.focus.theme = None;
    let set = vec![TaskKind::SetFocus];
    assert_eq!(kinds(&facts, &host_user()), set);
    assert_eq!(kinds(&facts, &host_lead()), set);
    assert_eq!(kinds(&facts, &programme_officer()), set);
    assert_eq!(kinds(&facts, &team_lead()), []);
    let found = tasks(&facts, &host_user(), month(), now(), first_visit_day());
    assert_eq!(found[0].page, TaskPage::Focus);
    assert_eq!(found[0].due, Some(month()));
    facts.focus.theme = Some("Inclusion".to_owned());
    facts.focus.key_questions = vec![" ".to_owned()];
    let found = tasks(&facts, &host_user(), month(), now(), first_visit_day());
    assert_eq!(
        found[0].detail,
        "The focus needs at least one key question."
    );
}

#[test]
fn each_signer_is_asked_to_sign_off_the_focus_until_they_have() {
    let mut facts = focus_to_sign();
    assert_eq!(kinds(&facts, &host_lead()), [TaskKind::SignOffFocus]);
    assert_eq!(
        kinds(&facts, &programme_officer()),
        [TaskKind::SignOffFocus]
    );
    assert_eq!(kinds(&facts, &host_user()), []);
    let lead = tasks(&facts, &host_lead(), month(), now(), first_visit_day());
    assert!(lead[0]
        .detail
        .ends_with("You sign for City of Edinburgh Council."));
    facts.hosts[0].lead_signed_off_focus = true;
    assert_eq!(kinds(&facts, &host_lead()), []);
    assert_eq!(
        kinds(&facts, &programme_officer()),
        [TaskKind::SignOffFocus]
    );
}

#[test]
fn a_reopened_focus_asks_for_the_sign_offs_again_and_no_forward_command() {
    let mut facts = ready(S::TeamFormed);
    // A complete self-evaluation: only the reopened focus holds back its
    // submission.
    facts.self_evaluation = Some(SelfEvaluationFacts {
        missing_indicators: Vec::new(),
        documents_attached: 1,
    });
    facts.apply(&Event::FocusReopened {
        reason: "The host asked".to_owned(),
        actor: Uuid::from_u128(1),
        at: now(),
    });
    assert_eq!(kinds(&facts, &host_lead()), [TaskKind::SignOffFocus]);
    assert_eq!(
        kinds(&facts, &programme_officer()),
        [TaskKind::SignOffFocus]
    );
}

#[test]
fn an_invitation_is_a_task_for_the_person_invited_until_they_answer() {
    let (mut facts, person) = invitee();
    assert_eq!(kinds(&facts, &person), [TaskKind::AnswerInvitation]);
    // Not for anyone else; the officer waits for the answer.
    assert_eq!(kinds(&facts, &host_lead()), []);
    assert_eq!(kinds(&facts, &programme_officer()), []);
    facts.members.last_mut().unwrap().invitation = InvitationStatus::Accepted;
    assert_eq!(kinds(&facts, &person), []);
}

#[test]
fn a_team_short_of_the_rules_asks_the_officer_to_complete_it_or_replace_who_declined() {
    let mut facts = ready(S::FocusAgreed);
    facts.members.truncate(3);
    assert_eq!(
        kinds(&facts, &programme_officer()),
        [TaskKind::CompleteTeam]
    );
    let found = tasks(
        &facts,
        &programme_officer(),
        month(),
        now(),
        first_visit_day(),
    );
    assert_eq!(found[0].page, TaskPage::Team);
    assert!(
        found[0].detail.starts_with("The team has 3 members"),
        "{}",
        found[0].detail
    );
    assert_eq!(kinds(&facts, &host_lead()), []);

    let mut facts = ready(S::FocusAgreed);
    facts.members[1].invitation = InvitationStatus::Declined;
    assert_eq!(
        kinds(&facts, &programme_officer()),
        [TaskKind::ReplaceDeclinedMember]
    );
    // Before the focus is agreed, the focus comes first.
    facts.state = S::Scheduled;
    assert_eq!(
        kinds(&facts, &programme_officer()),
        [TaskKind::Command(CommandKind::AgreeFocus)]
    );
}

#[test]
fn an_unresolved_conflict_asks_the_officer_to_resolve_it_and_holds_back_forming_the_team() {
    let mut facts = ready(S::FocusAgreed);
    facts.unresolved_conflicts = 2;
    let found = tasks(
        &facts,
        &programme_officer(),
        month(),
        now(),
        first_visit_day(),
    );
    assert_eq!(
        found.iter().map(|t| t.kind).collect::<Vec<_>>(),
        [TaskKind::ResolveConflict]
    );
    assert_eq!(found[0].detail, "2 conflicts of interest are unresolved.");
}

#[test]
fn a_team_that_meets_the_rules_is_for_the_officer_to_form() {
    let facts = ready(S::FocusAgreed);
    assert_eq!(
        kinds(&facts, &programme_officer()),
        [TaskKind::Command(CommandKind::FormTeam)]
    );
    assert_eq!(kinds(&facts, &host_lead()), []);
    let (mut waiting, _) = invitee();
    waiting.state = S::FocusAgreed;
    assert_eq!(kinds(&waiting, &programme_officer()), []);
}

#[test]
fn a_command_whose_stage_data_is_not_recorded_yet_is_never_a_task() {
    for state in ReviewState::ALL {
        let mut facts = ready(state);
        facts.self_evaluation = None;
        facts.visit = None;
        facts.findings = None;
        facts.report = None;
        facts.follow_up = None;
        for actor in [
            programme_officer(),
            host_lead(),
            host_user(),
            team_lead(),
            everyone(),
        ] {
            let offered: Vec<TaskKind> = kinds(&facts, &actor)
                .into_iter()
                .filter(|k| matches!(k, TaskKind::Command(_)))
                .collect();
            let allowed = match state {
                S::Scheduled => vec![TaskKind::Command(CommandKind::AgreeFocus)],
                S::FocusAgreed => vec![TaskKind::Command(CommandKind::FormTeam)],
                _ => vec![],
            };
            assert!(
                offered.iter().all(|k| allowed.contains(k)),
                "{state}: {offered:?}"
            );
        }
    }
}

#[test]
fn every_command_offered_as_a_task_is_one_the_person_may_make_now() {
    for state in ReviewState::ALL {
        let facts = ready(state);
        for actor in [
            programme_officer(),
            host_lead(),
            host_user(),
            team_lead(),
            team_member(),
        ] {
            for task in tasks(&facts, &actor, month(), now(), first_visit_day()) {
                if let TaskKind::Command(kind) = task.kind {
                    let command = command(kind).expect("a command on a review");
                    assert!(
                        decide(&facts, &command, &actor, now(), first_visit_day()).is_ok(),
                        "{state}: {kind:?} for {actor:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn closed_and_withdrawn_reviews_have_no_tasks() {
    for state in [S::Closed, S::Withdrawn] {
        let (mut facts, person) = invitee();
        facts.state = state;
        facts.unresolved_conflicts = 1;
        for actor in [programme_officer(), host_lead(), person.clone()] {
            assert_eq!(kinds(&facts, &actor), [], "{state}");
        }
    }
}

/// A Quads review at "Team formed" whose rubric misses two indicators.
fn rubric_missing_two() -> ReviewFacts {
    let mut facts = ready_quads(S::TeamFormed);
    facts.self_evaluation = Some(SelfEvaluationFacts {
        missing_indicators: vec![
            "1.2 Fulfilment of statutory duties".to_owned(),
            "2.1 Impact on learners".to_owned(),
        ],
        documents_attached: 0,
    });
    facts
}

#[test]
fn host_users_are_asked_to_complete_the_self_evaluation_until_nothing_is_missing() {
    let facts = rubric_missing_two();
    let complete = vec![TaskKind::CompleteSelfEvaluation];
    assert_eq!(kinds(&facts, &host_user()), complete);
    assert_eq!(kinds(&facts, &host_lead()), complete, "not yet to submit");
    assert_eq!(kinds(&facts, &programme_officer()), []);
    assert_eq!(kinds(&facts, &team_member()), []);
    let found = tasks(&facts, &host_user(), month(), now(), first_visit_day());
    assert_eq!(found[0].page, TaskPage::SelfEvaluation);
    assert_eq!(found[0].due, Some(month()));
    assert_eq!(
        found[0].detail,
        "2 quality indicators are not complete yet (evidence, and a grade where graded), the \
         first 1.2 Fulfilment of statutory duties."
    );
    // Not recorded (another state's facts): no task rather than a guess.
    let mut unknown = facts.clone();
    unknown.self_evaluation = None;
    assert_eq!(kinds(&unknown, &host_user()), []);
}

#[test]
fn a_complete_self_evaluation_is_the_host_leads_to_submit_on_its_page() {
    let mut facts = rubric_missing_two();
    facts.self_evaluation = Some(SelfEvaluationFacts::default());
    assert_eq!(kinds(&facts, &host_user()), []);
    let found = tasks(&facts, &host_lead(), month(), now(), first_visit_day());
    assert_eq!(
        found.iter().map(|t| t.kind).collect::<Vec<_>>(),
        [TaskKind::Command(CommandKind::SubmitSelfEvaluation)]
    );
    assert_eq!(found[0].page, TaskPage::SelfEvaluation);
}

#[test]
fn an_evidence_only_self_evaluation_asks_for_a_document() {
    let mut facts = ready(S::TeamFormed);
    facts.self_evaluation = Some(SelfEvaluationFacts {
        missing_indicators: vec!["1.1 Ignored in evidence-only mode".to_owned()],
        documents_attached: 0,
    });
    let found = tasks(&facts, &host_user(), month(), now(), first_visit_day());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, TaskKind::CompleteSelfEvaluation);
    assert!(
        found[0].detail.contains("No self-evaluation document"),
        "{}",
        found[0].detail
    );
    facts.self_evaluation = Some(SelfEvaluationFacts {
        missing_indicators: Vec::new(),
        documents_attached: 1,
    });
    assert_eq!(kinds(&facts, &host_user()), []);
}

#[test]
fn accepted_team_members_record_the_teams_view_from_submission_until_the_visit() {
    let facts = ready_quads(S::SelfEvaluationSubmitted);
    for member in [team_member(), team_lead()] {
        let found = tasks(&facts, &member, month(), now(), first_visit_day());
        let view: Vec<&Task> = found
            .iter()
            .filter(|t| t.kind == TaskKind::RecordTeamView)
            .collect();
        assert_eq!(view.len(), 1, "{member:?}");
        assert_eq!(view[0].page, TaskPage::TeamView);
    }
    assert!(!kinds(&facts, &host_lead()).contains(&TaskKind::RecordTeamView));
    assert!(!kinds(&facts, &programme_officer()).contains(&TaskKind::RecordTeamView));
    for state in [S::TeamFormed, S::VisitInProgress, S::VisitCompleted] {
        let facts = ready_quads(state);
        assert!(
            !kinds(&facts, &team_member()).contains(&TaskKind::RecordTeamView),
            "{state}"
        );
    }
}

/// Whether a review in this state with these facts is one the store reads
/// for a programme officer's tasks, by [`officer_reach`].
fn within_reach(facts: &ReviewFacts) -> bool {
    match officer_reach(facts.state) {
        OfficerReach::Any => true,
        OfficerReach::UnresolvedConflict => facts.unresolved_conflicts > 0,
        OfficerReach::Report => facts.report.is_some(),
        OfficerReach::FollowUp => facts.follow_up.is_some(),
        OfficerReach::Nothing => false,
    }
}

proptest::proptest! {
    #[test]
    fn a_programme_officer_has_tasks_by_their_office_only_on_reviews_within_their_reach(
        facts in super::generators::arb_facts(),
        state in proptest::sample::select(S::ALL.to_vec()),
    ) {
        let mut facts = facts;
        facts.state = state;
        if state == S::Postponed {
            facts.postponed_from = Some(S::TeamFormed);
        }
        let found = kinds(&facts, &programme_officer());
        proptest::prop_assert!(
            found.is_empty() || within_reach(&facts),
            "{state}: {found:?} outside the officer's reach {:?}",
            officer_reach(state)
        );
    }
}

#[test]
fn the_officers_reach_is_no_narrower_than_their_tasks_in_each_state() {
    let officer = programme_officer();
    let mut declined = ready(S::TeamFormed);
    declined.members[0].invitation = InvitationStatus::Declined;
    let mut conflict = ready(S::SelfEvaluationSubmitted);
    conflict.unresolved_conflicts = 1;
    let mut postponed = ready(S::Postponed);
    postponed.unresolved_conflicts = 1;
    for facts in [
        ready(S::Scheduled),
        ready(S::FocusAgreed),
        declined,
        conflict,
        postponed,
        ready(S::ReportDrafted),
        ready(S::ReportPublished),
        ready(S::FollowUp),
    ] {
        assert!(!kinds(&facts, &officer).is_empty(), "{}", facts.state);
        assert!(within_reach(&facts), "{}", facts.state);
    }
    for state in [
        S::VisitInProgress,
        S::VisitCompleted,
        S::Closed,
        S::Withdrawn,
    ] {
        let mut facts = ready(state);
        facts.unresolved_conflicts = 1;
        assert_eq!(kinds(&facts, &officer), [], "{state}");
        assert!(!within_reach(&facts), "{state}");
    }
}

#[test]
fn the_team_lead_plans_the_visit_and_host_users_record_its_contacts_until_its_dates_are_set() {
    let mut facts = ready(S::TeamFormed);
    facts.visit = Some(VisitFacts::default());
    let has =
        |facts: &ReviewFacts, actor: &Actor, kind: TaskKind| kinds(facts, actor).contains(&kind);
    assert!(has(&facts, &team_lead(), TaskKind::PlanVisit));
    assert!(!has(&facts, &programme_officer(), TaskKind::PlanVisit));
    assert!(!has(&facts, &team_member(), TaskKind::PlanVisit));
    assert!(has(&facts, &host_user(), TaskKind::RecordVisitContacts));
    assert!(has(&facts, &host_lead(), TaskKind::RecordVisitContacts));
    assert!(!has(&facts, &team_lead(), TaskKind::RecordVisitContacts));
    // Once the dates are set, or before the team is formed, neither.
    let mut planned = facts.clone();
    planned.visit = Some(VisitFacts {
        days: vec![first_visit_day()],
    });
    let mut early = facts.clone();
    early.state = S::FocusAgreed;
    for f in [&planned, &early] {
        assert!(!has(f, &team_lead(), TaskKind::PlanVisit));
        assert!(!has(f, &host_user(), TaskKind::RecordVisitContacts));
    }
}
