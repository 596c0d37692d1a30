//! Names of states and commands, and the side exits' own rules: reasons,
//! postponing and resuming.

use super::fixtures::*;
use crate::lifecycle::*;

use CommandKind as C;
use ReviewState as S;

#[test]
fn every_state_round_trips_through_its_stored_name_and_serde() {
    for state in S::ALL {
        assert_eq!(state.as_str().parse::<S>(), Ok(state));
        let json = serde_json::to_string(&state).expect("serialises");
        assert_eq!(json, format!("\"{}\"", state.as_str()));
        assert!(!state.label().is_empty());
    }
    assert_eq!(
        S::SelfEvaluationSubmitted.as_str(),
        "SELF_EVALUATION_SUBMITTED"
    );
    assert_eq!(
        S::SelfEvaluationSubmitted.label(),
        "Self-evaluation submitted"
    );
}

#[test]
fn every_command_round_trips_through_its_camel_case_name_and_serde() {
    for kind in C::ALL {
        assert_eq!(kind.as_str().parse::<C>(), Ok(kind));
        let json = serde_json::to_string(&kind).expect("serialises");
        assert_eq!(json, format!("\"{}\"", kind.as_str()));
    }
    assert_eq!(C::SubmitSelfEvaluation.as_str(), "submitSelfEvaluation");
    assert_eq!(C::BeginFollowUp.as_str(), "beginFollowUp");
}

#[test]
fn an_unknown_stored_name_is_an_error_not_a_default() {
    let err = "ARCHIVED".parse::<S>().expect_err("unknown state");
    assert_eq!(err.what, "review state");
    assert!(
        "StartVisit".parse::<C>().is_err(),
        "names are case-sensitive"
    );
}

#[test]
fn a_blank_reason_is_refused_for_every_command_that_needs_one() {
    let blank = "  \n ".to_owned();
    let cases = [
        (
            S::Scheduled,
            Command::Withdraw {
                reason: blank.clone(),
            },
        ),
        (
            S::FocusAgreed,
            Command::Postpone {
                reason: blank.clone(),
            },
        ),
        (
            S::SelfEvaluationSubmitted,
            Command::ReopenSelfEvaluation { reason: blank },
        ),
    ];
    for (state, cmd) in cases {
        assert_eq!(
            refused_codes(&ready(state), &cmd),
            [codes::REASON_REQUIRED],
            "{cmd:?}"
        );
    }
}

#[test]
fn the_reason_is_recorded_trimmed_on_the_event() {
    let cmd = Command::Withdraw {
        reason: "  The authority merged its services.  ".to_owned(),
    };
    let events = decide_as_everyone(&ready(S::VisitCompleted), &cmd).expect("accepted");
    let Event::Transitioned { reason, .. } = &events[0] else {
        panic!("expected a transition");
    };
    assert_eq!(
        reason.as_deref(),
        Some("The authority merged its services.")
    );
}

#[test]
fn a_wrong_state_is_reported_alone_even_when_the_reason_is_blank() {
    let cmd = Command::Postpone {
        reason: String::new(),
    };
    assert_eq!(
        refused_codes(&ready(S::VisitInProgress), &cmd),
        [codes::WRONG_STATE]
    );
}

#[test]
fn postponing_records_the_state_left_and_resuming_returns_there() {
    let mut facts = ready(S::SelfEvaluationSubmitted);
    let postpone = Command::Postpone {
        reason: "Clash with an HMI thematic inspection.".to_owned(),
    };
    let events = decide_as_everyone(&facts, &postpone).expect("postponed");
    facts.apply(&events[0]);
    assert_eq!(facts.state, S::Postponed);
    assert_eq!(facts.postponed_from, Some(S::SelfEvaluationSubmitted));

    let events = decide_as_everyone(&facts, &Command::Resume).expect("resumed");
    facts.apply(&events[0]);
    assert_eq!(facts.state, S::SelfEvaluationSubmitted);
    assert_eq!(facts.postponed_from, None);
}

#[test]
fn resuming_without_a_recorded_state_to_return_to_is_refused() {
    let mut facts = ready(S::Postponed);
    facts.postponed_from = None;
    assert_eq!(
        refused_codes(&facts, &Command::Resume),
        [codes::POSTPONED_FROM_UNKNOWN]
    );
    // A state a postponed review could never have left is as good as none.
    facts.postponed_from = Some(S::ReportPublished);
    assert_eq!(
        refused_codes(&facts, &Command::Resume),
        [codes::POSTPONED_FROM_UNKNOWN]
    );
}

#[test]
fn reopening_the_self_evaluation_sends_the_review_back_to_team_formed() {
    let cmd = Command::ReopenSelfEvaluation {
        reason: "Grades for QI 2.3 lack evidence.".to_owned(),
    };
    assert_eq!(
        accepted_to(&ready(S::SelfEvaluationSubmitted), &cmd),
        S::TeamFormed
    );
}

#[test]
fn the_checklist_leaves_out_the_reason_which_is_only_known_when_the_command_is_made() {
    assert!(check(&ready(S::Scheduled), C::Withdraw, first_visit_day()).is_empty());
}

#[test]
fn events_serialise_with_their_type_and_stored_names() {
    let events = decide_as_everyone(&ready(S::Scheduled), &Command::AgreeFocus).expect("ok");
    let json = serde_json::to_value(&events[0]).expect("serialises");
    assert_eq!(json["type"], "transitioned");
    assert_eq!(json["command"], "agreeFocus");
    assert_eq!(json["from"], "SCHEDULED");
    assert_eq!(json["to"], "FOCUS_AGREED");
    let back: Event = serde_json::from_value(json).expect("deserialises");
    assert_eq!(back, events[0]);
}
