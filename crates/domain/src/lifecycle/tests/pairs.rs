//! Every state × command pair: accepted into the right state, or refused
//! with `WRONG_STATE` alone. Each test names one state and lists what it
//! accepts; every other command is checked to be refused.

use super::fixtures::*;
use crate::lifecycle::*;

use CommandKind as C;
use ReviewState as S;

/// From a ready review in `from`, exactly the `accepted` commands move it
/// to their state; every other command is refused as `WRONG_STATE`.
fn assert_pairs(from: S, accepted: &[(C, S)]) {
    let facts = ready(from);
    for kind in C::ALL {
        let expected = accepted.iter().find(|(k, _)| *k == kind).map(|(_, to)| *to);
        let Some(cmd) = command(kind) else {
            // `schedule` never applies to an existing review.
            assert_eq!(expected, None);
            let unmet = check(&facts, kind, first_visit_day());
            assert_eq!(unmet.len(), 1, "{kind} from {from}");
            assert_eq!(unmet[0].code, codes::WRONG_STATE, "{kind} from {from}");
            continue;
        };
        match (expected, decide_as_everyone(&facts, &cmd)) {
            (Some(to), Ok(events)) => {
                assert_eq!(events.len(), 1, "{kind} from {from}");
                let Event::Transitioned {
                    command,
                    from: event_from,
                    to: event_to,
                    actor,
                    at,
                    ..
                } = &events[0]
                else {
                    panic!("{kind} from {from} did not transition: {events:?}");
                };
                assert_eq!(
                    (*command, *event_from, *event_to),
                    (kind, from, to),
                    "{kind} from {from}"
                );
                assert_eq!((*actor, *at), (everyone().user_id, now()));
            }
            (None, Err(Refusal::GuardFailed(unmet))) => {
                let codes: Vec<_> = unmet.iter().map(|u| u.code).collect();
                assert_eq!(codes, [codes::WRONG_STATE], "{kind} from {from}");
            }
            (expected, outcome) => {
                panic!("{kind} from {from}: expected {expected:?}, got {outcome:?}")
            }
        }
    }
}

#[test]
fn a_scheduled_review_can_have_its_focus_agreed_be_withdrawn_or_be_postponed() {
    assert_pairs(
        S::Scheduled,
        &[
            (C::AgreeFocus, S::FocusAgreed),
            (C::Withdraw, S::Withdrawn),
            (C::Postpone, S::Postponed),
        ],
    );
}

#[test]
fn a_review_with_an_agreed_focus_can_have_its_team_formed_be_withdrawn_or_be_postponed() {
    assert_pairs(
        S::FocusAgreed,
        &[
            (C::FormTeam, S::TeamFormed),
            (C::Withdraw, S::Withdrawn),
            (C::Postpone, S::Postponed),
        ],
    );
}

#[test]
fn a_review_with_a_formed_team_can_have_its_self_evaluation_submitted_be_withdrawn_or_postponed() {
    assert_pairs(
        S::TeamFormed,
        &[
            (C::SubmitSelfEvaluation, S::SelfEvaluationSubmitted),
            (C::Withdraw, S::Withdrawn),
            (C::Postpone, S::Postponed),
        ],
    );
}

#[test]
fn a_submitted_self_evaluation_allows_starting_the_visit_reopening_withdrawing_or_postponing() {
    assert_pairs(
        S::SelfEvaluationSubmitted,
        &[
            (C::StartVisit, S::VisitInProgress),
            (C::ReopenSelfEvaluation, S::TeamFormed),
            (C::Withdraw, S::Withdrawn),
            (C::Postpone, S::Postponed),
        ],
    );
}

#[test]
fn a_visit_in_progress_can_be_completed_or_withdrawn_but_not_postponed() {
    assert_pairs(
        S::VisitInProgress,
        &[
            (C::CompleteVisit, S::VisitCompleted),
            (C::Withdraw, S::Withdrawn),
        ],
    );
}

#[test]
fn a_completed_visit_can_have_its_report_drafted_or_be_withdrawn() {
    assert_pairs(
        S::VisitCompleted,
        &[
            (C::DraftReport, S::ReportDrafted),
            (C::Withdraw, S::Withdrawn),
        ],
    );
}

#[test]
fn a_drafted_report_can_be_published_or_the_review_withdrawn() {
    assert_pairs(
        S::ReportDrafted,
        &[
            (C::PublishReport, S::ReportPublished),
            (C::Withdraw, S::Withdrawn),
        ],
    );
}

#[test]
fn a_published_report_can_only_begin_follow_up_and_can_no_longer_be_withdrawn() {
    assert_pairs(S::ReportPublished, &[(C::BeginFollowUp, S::FollowUp)]);
}

#[test]
fn a_review_in_follow_up_can_only_be_closed() {
    assert_pairs(S::FollowUp, &[(C::Close, S::Closed)]);
}

#[test]
fn a_postponed_review_can_be_resumed_to_the_state_it_left_or_withdrawn() {
    // The fixture was postponed from TEAM_FORMED.
    assert_pairs(
        S::Postponed,
        &[(C::Resume, S::TeamFormed), (C::Withdraw, S::Withdrawn)],
    );
}

#[test]
fn a_closed_review_refuses_every_command() {
    assert_pairs(S::Closed, &[]);
}

#[test]
fn a_withdrawn_review_refuses_every_command() {
    assert_pairs(S::Withdrawn, &[]);
}

#[test]
fn available_commands_are_exactly_the_accepted_pairs() {
    assert_eq!(
        available_commands(S::SelfEvaluationSubmitted),
        [
            C::ReopenSelfEvaluation,
            C::StartVisit,
            C::Withdraw,
            C::Postpone
        ]
    );
    assert_eq!(available_commands(S::Postponed), [C::Withdraw, C::Resume]);
    assert!(available_commands(S::Closed).is_empty());
    assert!(available_commands(S::Withdrawn).is_empty());
}

#[test]
fn the_next_command_is_the_forward_one_and_is_always_available() {
    for state in S::ALL {
        match next_command(state) {
            Some(next) => assert!(available_commands(state).contains(&next), "{state}"),
            None => assert!(state.is_final(), "{state} has no next command"),
        }
    }
    assert_eq!(next_command(S::Scheduled), Some(C::AgreeFocus));
    assert_eq!(next_command(S::FollowUp), Some(C::Close));
    assert_eq!(next_command(S::Postponed), Some(C::Resume));
}

#[test]
fn a_command_from_the_wrong_state_says_which_state_it_needs() {
    let unmet = check(&ready(S::Scheduled), C::StartVisit, first_visit_day());
    assert_eq!(unmet[0].code, codes::WRONG_STATE);
    assert_eq!(
        unmet[0].message,
        "This review is at the stage “Scheduled”; “Start the visit” needs it at \
         “Self-evaluation submitted”."
    );
    let closed = check(&ready(S::Closed), C::Withdraw, first_visit_day());
    assert_eq!(
        closed[0].message,
        "This review is closed, so nothing more can be done with it."
    );
}
