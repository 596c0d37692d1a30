//! `schedule`, decided on the request that creates the review.

use uuid::Uuid;

use super::fixtures::*;
use crate::lifecycle::*;

fn authority(id: Uuid, name: &str) -> AuthorityRef {
    AuthorityRef {
        authority_id: id,
        name: name.to_owned(),
    }
}

fn ci_request() -> ScheduleRequest {
    ScheduleRequest {
        kind: ProgrammeKind::Ci,
        hosts: vec![authority(EDINBURGH, "City of Edinburgh Council")],
        quad_members: Vec::new(),
    }
}

#[test]
fn a_programme_officer_schedules_a_review_into_scheduled() {
    let events = decide_schedule(&ci_request(), &programme_officer(), now()).expect("ok");
    assert_eq!(
        events,
        [Event::Scheduled {
            actor: programme_officer().user_id,
            at: now()
        }]
    );
    let mut facts = ready(ReviewState::Postponed);
    facts.apply(&events[0]);
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
    let request = ScheduleRequest {
        hosts: Vec::new(),
        ..ci_request()
    };
    let refusal = decide_schedule(&request, &programme_officer(), now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::HOST_REQUIRED]);
}

#[test]
fn a_joint_review_may_have_several_hosts_but_not_the_same_one_twice() {
    let mut request = ci_request();
    request
        .hosts
        .push(authority(ORKNEY, "Orkney Islands Council"));
    assert!(decide_schedule(&request, &programme_officer(), now()).is_ok());
    request
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
        hosts: vec![authority(FALKIRK, "Falkirk Council")],
        quad_members: quad,
    };
    assert!(decide_schedule(&request, &programme_officer(), now()).is_ok());
    request.hosts = vec![authority(Uuid::from_u128(0xBAD), "Aberdeen City Council")];
    let refusal = decide_schedule(&request, &programme_officer(), now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::QUAD_HOST_INVALID]);
    request.hosts = vec![
        authority(FALKIRK, "Falkirk Council"),
        authority(STIRLING, "Stirling Council"),
    ];
    let refusal = decide_schedule(&request, &programme_officer(), now()).expect_err("refused");
    assert_eq!(refusal.codes(), [codes::QUAD_HOST_INVALID]);
}
