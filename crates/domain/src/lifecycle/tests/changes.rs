//! Changes that leave the state as it is: the focus, its sign-offs and its
//! reopening, the team and its conflicts. Who may, the guards, the event.

use super::fixtures::*;
use crate::lifecycle::*;
use crate::programme::Focus;
use uuid::Uuid;

use ReviewState as S;

fn focus() -> Focus {
    Focus {
        theme: "Numeracy".to_owned(),
        key_questions: vec!["How well do learners progress?".to_owned()],
        scope: None,
    }
}

/// `ready(state)` with no sign-off of the focus: what an edit or a
/// reopening leaves.
fn unsigned(state: ReviewState) -> ReviewFacts {
    let mut facts = ready(state);
    facts.focus.programme_officer_signed_off = false;
    for host in &mut facts.hosts {
        host.lead_signed_off_focus = false;
    }
    facts
}

fn reopen() -> Change {
    Change::ReopenFocus {
        reason: "The host's priorities changed after the election.".to_owned(),
    }
}

fn codes_of(result: Result<Decided, Refusal>) -> Vec<GuardCode> {
    match result {
        Ok(_) => Vec::new(),
        Err(refusal) => refusal.codes(),
    }
}

fn forbidden(result: Result<Decided, Refusal>) -> bool {
    matches!(result, Err(Refusal::Forbidden { .. }))
}

#[test]
fn host_users_host_leads_and_programme_officers_may_edit_the_focus_and_no_one_else() {
    let facts = unsigned(S::Scheduled);
    let edit = Change::EditFocus(focus());
    for actor in [host_user(), host_lead(), programme_officer()] {
        assert!(
            decide_change(&facts, &edit, &actor, now()).is_ok(),
            "{actor:?}"
        );
    }
    for actor in [team_lead(), team_member(), Actor::default()] {
        assert!(
            forbidden(decide_change(&facts, &edit, &actor, now())),
            "{actor:?}"
        );
    }
}

#[test]
fn editing_the_focus_records_the_new_focus_and_clears_every_sign_off() {
    let mut facts = ready(S::Scheduled);
    let event = decide_change(&facts, &Change::EditFocus(focus()), &host_user(), now())
        .expect("editable before agreement");
    assert_eq!(event.kind(), EventKind::FocusEdited);
    assert_eq!(event.actor(), EventActor::Person(host_user().user_id));
    assert_eq!(event.to(), None, "an edit leaves the state");
    assert_eq!(event.detail()["theme"], "Numeracy");
    facts.apply(&event);
    assert!(!facts.focus.programme_officer_signed_off);
    assert!(!facts.hosts[0].lead_signed_off_focus);
    assert_eq!(facts.state, S::Scheduled);
}

#[test]
fn an_agreed_focus_is_locked_in_every_later_state() {
    for state in ReviewState::ALL.into_iter().filter(|s| *s != S::Scheduled) {
        let facts = ready(state);
        let codes = codes_of(decide_change(
            &facts,
            &Change::EditFocus(focus()),
            &everyone(),
            now(),
        ));
        assert_eq!(codes, [codes::FOCUS_LOCKED], "{state}");
        let codes = codes_of(decide_change(
            &facts,
            &Change::SignOffFocus,
            &everyone(),
            now(),
        ));
        assert!(codes.contains(&codes::FOCUS_LOCKED), "{state}: {codes:?}");
    }
}

#[test]
fn only_a_programme_officer_may_reopen_the_focus() {
    let facts = ready(S::TeamFormed);
    for actor in [host_lead(), host_user(), team_lead(), team_member()] {
        assert!(
            forbidden(decide_change(&facts, &reopen(), &actor, now())),
            "{actor:?}"
        );
    }
    assert!(decide_change(&facts, &reopen(), &programme_officer(), now()).is_ok());
}

#[test]
fn the_focus_can_be_reopened_only_when_agreed_or_team_formed() {
    for state in ReviewState::ALL {
        let result = decide_change(&ready(state), &reopen(), &programme_officer(), now());
        match state {
            S::FocusAgreed | S::TeamFormed => assert!(result.is_ok(), "{state}"),
            _ => assert_eq!(codes_of(result), [codes::WRONG_STATE], "{state}"),
        }
    }
}

#[test]
fn reopening_needs_a_reason_and_a_focus_that_is_not_already_open() {
    let blank = Change::ReopenFocus {
        reason: "  ".to_owned(),
    };
    assert_eq!(
        codes_of(decide_change(
            &ready(S::FocusAgreed),
            &blank,
            &programme_officer(),
            now()
        )),
        [codes::REASON_REQUIRED]
    );
    assert_eq!(
        codes_of(decide_change(
            &unsigned(S::FocusAgreed),
            &reopen(),
            &programme_officer(),
            now()
        )),
        [codes::FOCUS_ALREADY_OPEN]
    );
}

#[test]
fn reopening_keeps_the_state_clears_the_sign_offs_and_records_the_reason() {
    let mut facts = ready(S::TeamFormed);
    let event = decide_change(&facts, &reopen(), &programme_officer(), now()).expect("reopens");
    assert_eq!(event.kind(), EventKind::FocusReopened);
    assert_eq!(
        event.reason(),
        Some("The host's priorities changed after the election.")
    );
    facts.apply(&event);
    assert_eq!(facts.state, S::TeamFormed);
    assert!(focus_open(&facts));
    assert!(decide_change(&facts, &Change::EditFocus(focus()), &host_user(), now()).is_ok());
}

#[test]
fn after_a_reopening_the_next_forward_command_waits_for_every_sign_off_again() {
    let mut facts = ready(S::FocusAgreed);
    facts.apply(&decide_change(&facts, &reopen(), &programme_officer(), now()).expect("reopens"));
    assert_eq!(
        refused_codes(&facts, &Command::FormTeam),
        [
            codes::FOCUS_HOST_SIGN_OFF_MISSING,
            codes::FOCUS_PROGRAMME_SIGN_OFF_MISSING
        ]
    );
    let signed = decide_change(&facts, &Change::SignOffFocus, &host_lead(), now()).expect("signs");
    facts.apply(&signed);
    assert_eq!(
        refused_codes(&facts, &Command::FormTeam),
        [codes::FOCUS_PROGRAMME_SIGN_OFF_MISSING]
    );
    let signed =
        decide_change(&facts, &Change::SignOffFocus, &programme_officer(), now()).expect("signs");
    facts.apply(&signed);
    assert_eq!(
        refused_codes(&facts, &Command::FormTeam),
        Vec::<GuardCode>::new()
    );
    assert!(
        !focus_open(&facts),
        "fully signed again, the focus is locked"
    );
}

#[test]
fn a_host_lead_signs_for_their_authority_and_a_programme_officer_for_the_programme() {
    let facts = unsigned(S::Scheduled);
    let event = decide_change(&facts, &Change::SignOffFocus, &host_lead(), now()).expect("signs");
    assert_eq!(event.kind(), EventKind::FocusSignedOff);
    assert_eq!(event.detail()["as"], "HOST_LEAD");
    assert_eq!(event.detail()["authority"], "City of Edinburgh Council");
    let event =
        decide_change(&facts, &Change::SignOffFocus, &programme_officer(), now()).expect("signs");
    assert_eq!(event.detail()["as"], "PROGRAMME_OFFICER");
    for actor in [host_user(), team_lead()] {
        assert!(forbidden(decide_change(
            &facts,
            &Change::SignOffFocus,
            &actor,
            now()
        )));
    }
}

#[test]
fn signing_off_twice_or_an_incomplete_focus_is_refused_listing_each_reason() {
    let mut facts = unsigned(S::Scheduled);
    facts.focus.theme = None;
    facts.focus.key_questions.clear();
    facts.focus.programme_officer_signed_off = true;
    assert_eq!(
        codes_of(decide_change(
            &facts,
            &Change::SignOffFocus,
            &programme_officer(),
            now()
        )),
        [
            codes::FOCUS_THEME_MISSING,
            codes::FOCUS_KEY_QUESTION_MISSING,
            codes::FOCUS_ALREADY_SIGNED_OFF
        ]
    );
}

fn person(n: u128, name: &str) -> PersonRef {
    PersonRef {
        user_id: Uuid::from_u128(n),
        name: name.to_owned(),
    }
}

#[test]
fn only_a_programme_officer_changes_the_team_and_only_before_the_visit() {
    let changes = [
        Change::AddMember {
            person: person(70, "Ada"),
            role: TeamRole::Member,
        },
        Change::InviteMember {
            person: person(71, "Bea"),
            role: TeamRole::Lead,
            new_account: true,
        },
        Change::ReplaceMember {
            replaced: person(72, "Cal"),
            by: person(73, "Dee"),
            role: TeamRole::Member,
        },
    ];
    for change in &changes {
        for actor in [host_lead(), host_user(), team_lead()] {
            assert!(forbidden(decide_change(
                &ready(S::Scheduled),
                change,
                &actor,
                now()
            )));
        }
        for state in ReviewState::ALL {
            let result = decide_change(&ready(state), change, &programme_officer(), now());
            if team_open(state) {
                let event = result.expect("open before the visit");
                assert_eq!(event.to(), None);
                assert_eq!(
                    event.actor(),
                    EventActor::Person(programme_officer().user_id)
                );
            } else {
                assert_eq!(codes_of(result), [codes::WRONG_STATE], "{state}");
            }
        }
    }
    let event = decide_change(
        &ready(S::TeamFormed),
        &changes[2],
        &programme_officer(),
        now(),
    )
    .expect("a member can be replaced after the team was formed");
    assert_eq!(event.kind(), EventKind::MemberReplaced);
    assert_eq!(event.detail()["replacedName"], "Cal");
    assert_eq!(event.detail()["name"], "Dee");
}

#[test]
fn only_the_invited_person_answers_and_only_once() {
    let mut facts = ready(S::FocusAgreed);
    let invitee = facts.members[1].user_id;
    facts.members[1].invitation = InvitationStatus::Pending;
    let answer = Change::AnswerInvitation {
        invitee,
        accept: false,
    };
    assert!(forbidden(decide_change(
        &facts,
        &answer,
        &programme_officer(),
        now()
    )));
    let me = Actor {
        user_id: invitee,
        ..Actor::default()
    };
    let event = decide_change(&facts, &answer, &me, now()).expect("answers");
    assert_eq!(event.kind(), EventKind::MemberAnswered);
    assert_eq!(event.detail()["accepted"], false);
    facts.members[1].invitation = InvitationStatus::Declined;
    assert_eq!(
        codes_of(decide_change(&facts, &answer, &me, now())),
        [codes::INVITATION_ANSWERED]
    );
}

#[test]
fn dismissing_a_conflict_is_for_programme_officers_with_a_reason() {
    let facts = ready(S::FocusAgreed);
    let dismiss = |reason: &str| Change::DismissConflict {
        conflict_id: Uuid::from_u128(99),
        reason: reason.to_owned(),
    };
    assert!(forbidden(decide_change(
        &facts,
        &dismiss("fine"),
        &host_lead(),
        now()
    )));
    assert_eq!(
        codes_of(decide_change(
            &facts,
            &dismiss(" "),
            &programme_officer(),
            now()
        )),
        [codes::REASON_REQUIRED]
    );
    let event = decide_change(
        &facts,
        &dismiss(" No shared staff "),
        &programme_officer(),
        now(),
    )
    .expect("dismissed");
    assert_eq!(event.kind(), EventKind::ConflictDismissed);
    assert_eq!(event.reason(), Some("No shared staff"));
}

#[test]
fn every_event_kind_round_trips_through_its_stored_name_and_fits_its_column() {
    for kind in <EventKind as strum::VariantArray>::VARIANTS {
        assert_eq!(kind.as_str().parse::<EventKind>(), Ok(*kind));
        assert!(kind.as_str().len() <= 32, "{kind}");
    }
    let err = "RENAMED".parse::<EventKind>().expect_err("unknown kind");
    assert_eq!(err.what, "event kind");
}

#[test]
fn the_stored_names_of_team_values_round_trip_and_unknown_ones_are_errors() {
    for a in <Affiliation as strum::VariantArray>::VARIANTS {
        assert_eq!(a.as_str().parse::<Affiliation>(), Ok(*a));
    }
    for i in <InvitationStatus as strum::VariantArray>::VARIANTS {
        assert_eq!(i.as_str().parse::<InvitationStatus>(), Ok(*i));
    }
    for r in <TeamRole as strum::VariantArray>::VARIANTS {
        assert_eq!(r.as_str().parse::<TeamRole>(), Ok(*r));
    }
    assert_eq!(
        Affiliation::EducationScotland.as_str(),
        "EDUCATION_SCOTLAND"
    );
    assert!("MAYBE".parse::<InvitationStatus>().is_err());
    assert!("VOLUNTEER".parse::<Affiliation>().is_err());
}
