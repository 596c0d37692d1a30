//! `schedule` and `import`, decided on the request that creates the
//! review, and `reschedule`, which moves it on the timetable.

use uuid::Uuid;

use super::fixtures::*;
use crate::lifecycle::*;
use crate::programme::Month;

const PROGRAMME: Uuid = Uuid::from_u128(0x9a);

fn slot(phase: u32, month: &str) -> Slot {
    Slot {
        phase,
        month: Month::parse(month).expect("a month"),
    }
}

fn placement(hosts: Vec<AuthorityRef>) -> Placement {
    Placement {
        programme_id: PROGRAMME,
        quad_id: None,
        hosts,
        slot: slot(1, "2025-03"),
        theme: None,
    }
}

fn authority(id: Uuid, name: &str) -> AuthorityRef {
    AuthorityRef {
        authority_id: id,
        name: name.to_owned(),
    }
}

fn ci_request() -> ScheduleRequest {
    ScheduleRequest {
        kind: ProgrammeKind::Ci,
        placement: placement(vec![authority(EDINBURGH, "City of Edinburgh Council")]),
        quad_members: Vec::new(),
    }
}

#[test]
fn a_programme_officer_schedules_a_review_into_scheduled() {
    let decided = decide_schedule(&ci_request(), &programme_officer(), now()).expect("ok");
    assert_eq!(
        decided.event(),
        &Event::Scheduled {
            placement: ci_request().placement,
            actor: programme_officer().user_id,
            at: now()
        }
    );
    assert_eq!(
        decided.actor(),
        EventActor::Person(programme_officer().user_id)
    );
    assert_eq!(
        decided.detail(),
        serde_json::json!({ "hosts": ["City of Edinburgh Council"], "phase": 1, "month": "2025-03" })
    );
    let mut facts = ready(ReviewState::Postponed);
    facts.apply(&decided);
    assert_eq!(
        (facts.state, facts.postponed_from),
        (ReviewState::Scheduled, None)
    );
}

#[test]
fn only_a_programme_officer_may_schedule_a_review() {
    for actor in [host_lead(), host_user(), team_lead()] {
        assert!(matches!(
            decide_schedule(&ci_request(), &actor, now()),
            Err(Refusal::Forbidden { .. })
        ));
    }
}

#[test]
fn scheduling_without_a_host_is_refused() {
    let mut request = ci_request();
    request.placement.hosts = Vec::new();
    let refusal = decide_schedule(&request, &programme_officer(), now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::HOST_REQUIRED]);
}

#[test]
fn a_joint_review_may_have_several_hosts_but_not_the_same_one_twice() {
    let mut request = ci_request();
    request
        .placement
        .hosts
        .push(authority(ORKNEY, "Orkney Islands Council"));
    assert!(decide_schedule(&request, &programme_officer(), now()).is_ok());
    request
        .placement
        .hosts
        .push(authority(ORKNEY, "Orkney Islands Council"));
    let refusal = decide_schedule(&request, &programme_officer(), now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::HOST_DUPLICATED]);
}

#[test]
fn a_quads_review_is_hosted_by_exactly_one_member_of_the_quad() {
    let quad = vec![EDINBURGH, FALKIRK, STIRLING, ORKNEY];
    let mut request = ScheduleRequest {
        kind: ProgrammeKind::Quads,
        placement: placement(vec![authority(FALKIRK, "Falkirk Council")]),
        quad_members: quad,
    };
    assert!(decide_schedule(&request, &programme_officer(), now()).is_ok());
    request.placement.hosts = vec![authority(Uuid::from_u128(0xBAD), "Aberdeen City Council")];
    let refusal = decide_schedule(&request, &programme_officer(), now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::QUAD_HOST_INVALID]);
    request.placement.hosts = vec![
        authority(FALKIRK, "Falkirk Council"),
        authority(STIRLING, "Stirling Council"),
    ];
    let refusal = decide_schedule(&request, &programme_officer(), now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::QUAD_HOST_INVALID]);
}

#[test]
fn an_import_records_the_review_in_its_end_state_with_the_import_as_its_actor() {
    let request = ImportRequest {
        placement: placement(vec![authority(ORKNEY, "Orkney Islands Council")]),
        state: ReviewState::Closed,
        report_url: Some("https://example.org/report.pdf".to_owned()),
    };
    let decided = decide_import(&request, now()).expect("imported");
    assert_eq!(decided.kind(), EventKind::Imported);
    assert_eq!(decided.actor(), EventActor::Import);
    assert_eq!(decided.actor().user_id(), None);
    assert_eq!(decided.to(), Some(ReviewState::Closed));
    let mut facts = ready(ReviewState::Scheduled);
    facts.apply(&decided);
    assert_eq!(facts.state, ReviewState::Closed);
}

#[test]
fn an_import_naming_no_host_or_one_host_twice_is_refused() {
    let mut request = ImportRequest {
        placement: placement(Vec::new()),
        state: ReviewState::Closed,
        report_url: None,
    };
    let refusal = decide_import(&request, now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::HOST_REQUIRED]);
    request.placement.hosts = vec![
        authority(ORKNEY, "Orkney Islands Council"),
        authority(ORKNEY, "Orkney Islands Council"),
    ];
    let refusal = decide_import(&request, now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::HOST_DUPLICATED]);
}

fn reschedule() -> Change {
    Change::Reschedule {
        from: slot(1, "2025-03"),
        to: slot(2, "2025-10"),
        reason: "  The host's budget setting moved to March.  ".to_owned(),
    }
}

#[test]
fn a_programme_officer_reschedules_a_review_with_the_old_and_new_month_in_the_history() {
    let facts = ready(ReviewState::TeamFormed);
    let decided = decide_change(&facts, &reschedule(), &programme_officer(), now()).expect("ok");
    assert_eq!(decided.kind(), EventKind::Rescheduled);
    assert_eq!(
        decided.reason(),
        Some("The host's budget setting moved to March.")
    );
    assert_eq!(decided.to(), None, "the state stays");
    assert_eq!(
        decided.detail(),
        serde_json::json!({
            "fromPhase": 1, "fromMonth": "2025-03", "toPhase": 2, "toMonth": "2025-10"
        })
    );
    let mut after = facts.clone();
    after.apply(&decided);
    assert_eq!(after, facts);
}

#[test]
fn only_a_programme_officer_may_reschedule_a_review() {
    let facts = ready(ReviewState::Scheduled);
    for actor in [
        host_lead(),
        host_user(),
        team_lead(),
        team_member(),
        Actor::default(),
    ] {
        assert!(
            matches!(
                decide_change(&facts, &reschedule(), &actor, now()),
                Err(Refusal::Forbidden { .. })
            ),
            "{actor:?}"
        );
    }
}

#[test]
fn a_review_can_be_rescheduled_until_its_visit_starts_and_not_after() {
    use ReviewState as S;
    for state in [
        S::Scheduled,
        S::FocusAgreed,
        S::TeamFormed,
        S::SelfEvaluationSubmitted,
    ] {
        assert!(
            decide_change(&ready(state), &reschedule(), &programme_officer(), now()).is_ok(),
            "{state:?}"
        );
        let mut postponed = ready(S::Postponed);
        postponed.postponed_from = Some(state);
        assert!(
            decide_change(&postponed, &reschedule(), &programme_officer(), now()).is_ok(),
            "postponed from {state:?}"
        );
    }
    for state in [
        S::VisitInProgress,
        S::VisitCompleted,
        S::ReportDrafted,
        S::ReportPublished,
        S::FollowUp,
        S::Closed,
    ] {
        let refusal = decide_change(&ready(state), &reschedule(), &programme_officer(), now())
            .expect_err("refused");
        assert_eq!(refusal.codes(), [codes::VISIT_STARTED], "{state:?}");
    }
    let mut postponed = ready(S::Postponed);
    postponed.postponed_from = Some(S::VisitInProgress);
    let refusal =
        decide_change(&postponed, &reschedule(), &programme_officer(), now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::VISIT_STARTED]);
    let refusal = decide_change(
        &ready(S::Withdrawn),
        &reschedule(),
        &programme_officer(),
        now(),
    )
    .expect_err("refused");
    assert_eq!(refusal.codes(), [codes::WRONG_STATE]);
}

#[test]
fn a_reschedule_to_the_same_month_or_without_a_reason_lists_both_problems() {
    let change = Change::Reschedule {
        from: slot(1, "2025-03"),
        to: slot(1, "2025-03"),
        reason: "   ".to_owned(),
    };
    let refusal = decide_change(
        &ready(ReviewState::Scheduled),
        &change,
        &programme_officer(),
        now(),
    )
    .expect_err("refused");
    assert_eq!(
        refusal.codes(),
        [codes::SLOT_UNCHANGED, codes::REASON_REQUIRED]
    );
}
