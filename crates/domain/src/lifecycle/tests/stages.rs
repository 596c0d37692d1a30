//! Guards on stage data: self-evaluation, visit, findings, report and
//! follow-up, including the refusals while the software does not record a
//! stage's data yet.

use super::fixtures::*;
use crate::lifecycle::*;

use ReviewState as S;

/// The message of the single unmet guard of `cmd` on `facts`.
fn only_message(facts: &ReviewFacts, cmd: &Command) -> (GuardCode, String) {
    match decide_as_everyone(facts, cmd) {
        Err(Refusal::GuardFailed(unmet)) if unmet.len() == 1 => {
            (unmet[0].code, unmet[0].message.clone())
        }
        other => panic!("expected one unmet guard, got {other:?}"),
    }
}

/// A state, its forward command, how to un-record the stage data it needs,
/// the expected code and the words naming the data.
type NotRecordedCase = (S, Command, fn(&mut ReviewFacts), GuardCode, &'static str);

#[test]
fn each_stage_whose_data_is_not_recorded_yet_is_refused_naming_the_missing_data() {
    let cases: [NotRecordedCase; 5] = [
        (
            S::TeamFormed,
            Command::SubmitSelfEvaluation,
            |f| f.self_evaluation = None,
            codes::SELF_EVALUATION_NOT_RECORDED,
            "the self-evaluation",
        ),
        (
            S::SelfEvaluationSubmitted,
            Command::StartVisit,
            |f| f.visit = None,
            codes::VISIT_NOT_RECORDED,
            "the visit plan",
        ),
        (
            S::VisitInProgress,
            Command::CompleteVisit,
            |f| f.findings = None,
            codes::FINDINGS_NOT_RECORDED,
            "the team's findings",
        ),
        (
            S::ReportDrafted,
            Command::PublishReport,
            |f| f.report = None,
            codes::REPORT_NOT_RECORDED,
            "the report",
        ),
        (
            S::ReportPublished,
            Command::BeginFollowUp,
            |f| f.follow_up = None,
            codes::FOLLOW_UP_NOT_RECORDED,
            "follow-up",
        ),
    ];
    for (state, cmd, unrecord, code, what) in cases {
        let mut facts = ready(state);
        unrecord(&mut facts);
        let (got_code, message) = only_message(&facts, &cmd);
        assert_eq!(got_code, code, "{cmd:?}");
        assert_eq!(
            message,
            format!("The software does not record {what} yet, so this step cannot be taken here.")
        );
    }
    let mut facts = ready(S::FollowUp);
    facts.follow_up = None;
    assert_eq!(
        refused_codes(&facts, &Command::Close),
        [codes::FOLLOW_UP_NOT_RECORDED]
    );
}

#[test]
fn a_new_review_with_no_stage_data_can_go_no_further_than_team_formed() {
    let mut facts = ready(S::TeamFormed);
    facts.self_evaluation = None;
    facts.visit = None;
    facts.findings = None;
    facts.report = None;
    facts.follow_up = None;
    assert_eq!(
        refused_codes(&facts, &Command::SubmitSelfEvaluation),
        [codes::SELF_EVALUATION_NOT_RECORDED]
    );
}

#[test]
fn submitting_an_incomplete_rubric_lists_every_missing_indicator() {
    let mut facts = ready_quads(S::TeamFormed);
    facts.self_evaluation = Some(SelfEvaluationFacts {
        missing_indicators: vec!["1.1".to_owned(), "2.3".to_owned()],
        documents_attached: 4,
    });
    let Err(Refusal::GuardFailed(unmet)) =
        decide_as_everyone(&facts, &Command::SubmitSelfEvaluation)
    else {
        panic!("expected a guard failure");
    };
    let messages: Vec<_> = unmet.iter().map(|u| u.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Quality indicator 1.1 is not graded with evidence.",
            "Quality indicator 2.3 is not graded with evidence."
        ]
    );
    assert!(unmet
        .iter()
        .all(|u| u.code == codes::SELF_EVALUATION_INDICATOR_MISSING));
}

#[test]
fn a_complete_rubric_needs_no_attached_document() {
    let mut facts = ready_quads(S::TeamFormed);
    facts.self_evaluation = Some(SelfEvaluationFacts::default());
    assert_eq!(
        accepted_to(&facts, &Command::SubmitSelfEvaluation),
        S::SelfEvaluationSubmitted
    );
}

#[test]
fn submitting_an_evidence_only_self_evaluation_without_a_document_is_refused() {
    let mut facts = ready(S::TeamFormed);
    facts.self_evaluation = Some(SelfEvaluationFacts {
        // Indicators do not matter when only evidence is required.
        missing_indicators: vec!["1.1".to_owned()],
        documents_attached: 0,
    });
    assert_eq!(
        refused_codes(&facts, &Command::SubmitSelfEvaluation),
        [codes::SELF_EVALUATION_DOCUMENT_MISSING]
    );
}

#[test]
fn starting_the_visit_before_its_first_day_is_refused_naming_the_day() {
    let facts = ready(S::SelfEvaluationSubmitted);
    let day_before = day(2026, 3, 2);
    let Err(Refusal::GuardFailed(unmet)) = decide(
        &facts,
        &Command::StartVisit,
        &team_lead(),
        now(),
        day_before,
    ) else {
        panic!("expected a guard failure");
    };
    assert_eq!(unmet[0].code, codes::VISIT_NOT_STARTED_YET);
    assert_eq!(
        unmet[0].message,
        "The visit starts on Tuesday 3 March 2026; it cannot be started before then."
    );
}

#[test]
fn starting_the_visit_on_or_after_its_first_day_is_accepted() {
    let facts = ready(S::SelfEvaluationSubmitted);
    for today in [first_visit_day(), day(2026, 3, 4), day(2026, 4, 1)] {
        let events =
            decide(&facts, &Command::StartVisit, &team_lead(), now(), today).expect("accepted");
        assert_eq!(events[0].to(), Some(S::VisitInProgress));
    }
}

#[test]
fn starting_the_visit_without_dates_is_refused() {
    let mut facts = ready(S::SelfEvaluationSubmitted);
    facts.visit = Some(VisitFacts::default());
    assert_eq!(
        refused_codes(&facts, &Command::StartVisit),
        [codes::VISIT_DATES_MISSING]
    );
}

#[test]
fn starting_a_visit_shorter_than_the_programme_says_is_refused() {
    let mut facts = ready(S::SelfEvaluationSubmitted);
    facts.visit = Some(VisitFacts {
        days: vec![first_visit_day(), day(2026, 3, 4)],
    });
    let (code, message) = only_message(&facts, &Command::StartVisit);
    assert_eq!(code, codes::VISIT_LENGTH_MISMATCH);
    assert_eq!(
        message,
        "The visit has 2 days; the programme's visits last 3 days."
    );
}

#[test]
fn completing_the_visit_without_an_agreed_strength_and_area_for_improvement_lists_both() {
    let mut facts = ready(S::VisitInProgress);
    facts.findings = Some(FindingsFacts::default());
    assert_eq!(
        refused_codes(&facts, &Command::CompleteVisit),
        [
            codes::FINDINGS_STRENGTH_MISSING,
            codes::FINDINGS_AREA_FOR_IMPROVEMENT_MISSING
        ]
    );
}

#[test]
fn drafting_the_report_checks_only_the_agreed_findings_it_is_built_from() {
    let mut facts = ready(S::VisitCompleted);
    facts.report = Some(ReportFacts::default());
    facts.findings = Some(FindingsFacts {
        agreed_strengths: 0,
        agreed_areas_for_improvement: 1,
    });
    assert_eq!(
        refused_codes(&facts, &Command::DraftReport),
        [codes::FINDINGS_STRENGTH_MISSING]
    );
}

#[test]
fn publishing_with_open_comments_is_refused_naming_how_many() {
    let mut facts = ready(S::ReportDrafted);
    facts.report = Some(ReportFacts {
        draft_exists: true,
        programme_officer_approved: true,
        open_comments: 2,
        ..ReportFacts::default()
    });
    let Err(Refusal::GuardFailed(unmet)) = decide_as_everyone(&facts, &Command::PublishReport)
    else {
        panic!("expected a guard failure");
    };
    assert_eq!(unmet.len(), 1);
    assert_eq!(unmet[0].code, codes::REPORT_COMMENTS_OPEN);
    assert_eq!(
        unmet[0].message,
        "2 factual-accuracy comments are still open."
    );
}

#[test]
fn publishing_the_report_needs_every_host_lead_and_a_programme_officer_to_approve() {
    let mut facts = ready(S::ReportDrafted);
    facts.hosts.push(HostFacts {
        lead_approved_report: false,
        ..host(ORKNEY, "Orkney Islands Council")
    });
    facts.report = Some(ReportFacts {
        draft_exists: true,
        programme_officer_approved: false,
        open_comments: 0,
        ..ReportFacts::default()
    });
    let Err(Refusal::GuardFailed(unmet)) = decide_as_everyone(&facts, &Command::PublishReport)
    else {
        panic!("expected a guard failure");
    };
    assert_eq!(
        unmet,
        [
            Unmet {
                code: codes::REPORT_HOST_APPROVAL_MISSING,
                message: "Orkney Islands Council's host lead has not approved this draft of \
                          the report."
                    .to_owned(),
            },
            Unmet {
                code: codes::REPORT_PROGRAMME_APPROVAL_MISSING,
                message: "No programme officer has approved this draft of the report.".to_owned(),
            },
        ]
    );
}

#[test]
fn publishing_without_a_draft_is_refused() {
    let mut facts = ready(S::ReportDrafted);
    facts.report = Some(ReportFacts {
        draft_exists: false,
        programme_officer_approved: true,
        open_comments: 0,
        ..ReportFacts::default()
    });
    assert_eq!(
        refused_codes(&facts, &Command::PublishReport),
        [codes::REPORT_DRAFT_MISSING]
    );
}

#[test]
fn beginning_follow_up_without_actions_or_a_session_lists_both() {
    let mut facts = ready(S::ReportPublished);
    facts.follow_up = Some(FollowUpFacts {
        areas_without_action_or_reason: 2,
        ..FollowUpFacts::default()
    });
    let Err(Refusal::GuardFailed(unmet)) = decide_as_everyone(&facts, &Command::BeginFollowUp)
    else {
        panic!("expected a guard failure");
    };
    assert_eq!(unmet[0].code, codes::FOLLOW_UP_ACTION_MISSING);
    assert_eq!(
        unmet[0].message,
        "2 published areas for improvement have no action and no reason why none."
    );
    assert_eq!(unmet[1].code, codes::FOLLOW_UP_SESSION_MISSING);
    assert_eq!(unmet.len(), 2);
}

#[test]
fn closing_with_open_actions_and_no_impact_measure_lists_both() {
    let mut facts = ready(S::FollowUp);
    facts.follow_up = Some(FollowUpFacts {
        actions_open: 1,
        ..FollowUpFacts::default()
    });
    assert_eq!(
        refused_codes(&facts, &Command::Close),
        [
            codes::FOLLOW_UP_ACTIONS_OPEN,
            codes::FOLLOW_UP_IMPACT_MISSING
        ]
    );
}
