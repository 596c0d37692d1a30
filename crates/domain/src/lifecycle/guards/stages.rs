//! Guards on the stage data later issues record: self-evaluation, visit,
//! findings, report and follow-up. Each refuses with a `*_NOT_RECORDED` code
//! while the software does not record that data, rather than let the review
//! move on unchecked.

use chrono::NaiveDate;

use super::before_visit::host_leads_have;
use super::counted;
use crate::lifecycle::facts::{FollowUpFacts, ReviewFacts, SelfEvaluationMode};
use crate::lifecycle::refusal::{codes, GuardCode, Unmet};

fn not_recorded(code: GuardCode, what: &str) -> Unmet {
    Unmet::new(
        code,
        format!("The software does not record {what} yet, so this step cannot be taken here."),
    )
}

/// What the programme requires of a self-evaluation is there.
pub(super) fn self_evaluation(facts: &ReviewFacts, unmet: &mut Vec<Unmet>) {
    let Some(se) = &facts.self_evaluation else {
        unmet.push(not_recorded(
            codes::SELF_EVALUATION_NOT_RECORDED,
            "the self-evaluation",
        ));
        return;
    };
    match facts.rules.self_evaluation_mode {
        SelfEvaluationMode::Rubric => {
            for indicator in &se.missing_indicators {
                unmet.push(Unmet::new(
                    codes::SELF_EVALUATION_INDICATOR_MISSING,
                    format!("Quality indicator {indicator} is not graded with evidence."),
                ));
            }
        }
        SelfEvaluationMode::EvidenceOnly => {
            if se.documents_attached == 0 {
                unmet.push(Unmet::new(
                    codes::SELF_EVALUATION_DOCUMENT_MISSING,
                    "No self-evaluation document is attached, such as the Standards and \
                     Quality report.",
                ));
            }
        }
    }
}

/// The visit dates are set, as many as the programme's visit length, and
/// the first of them has come.
pub(super) fn visit(facts: &ReviewFacts, today: NaiveDate, unmet: &mut Vec<Unmet>) {
    let Some(visit) = &facts.visit else {
        unmet.push(not_recorded(codes::VISIT_NOT_RECORDED, "the visit plan"));
        return;
    };
    let Some(first_day) = visit.first_day() else {
        unmet.push(Unmet::new(
            codes::VISIT_DATES_MISSING,
            "The visit dates are not set.",
        ));
        return;
    };
    let days = visit.days.len() as u32;
    let length = facts.rules.visit_length_days;
    if days != length {
        unmet.push(Unmet::new(
            codes::VISIT_LENGTH_MISMATCH,
            format!(
                "The visit has {}; the programme's visits last {}.",
                counted(days, "day", "days"),
                counted(length, "day", "days")
            ),
        ));
    }
    if today < first_day {
        unmet.push(Unmet::new(
            codes::VISIT_NOT_STARTED_YET,
            format!(
                "The visit starts on {}; it cannot be started before then.",
                first_day.format("%A %-d %B %Y")
            ),
        ));
    }
}

/// The team has agreed at least one strength and one area for improvement.
pub(super) fn findings(facts: &ReviewFacts, unmet: &mut Vec<Unmet>) {
    let Some(findings) = &facts.findings else {
        unmet.push(not_recorded(
            codes::FINDINGS_NOT_RECORDED,
            "the team's findings",
        ));
        return;
    };
    if findings.agreed_strengths == 0 {
        unmet.push(Unmet::new(
            codes::FINDINGS_STRENGTH_MISSING,
            "The team has not agreed any strength.",
        ));
    }
    if findings.agreed_areas_for_improvement == 0 {
        unmet.push(Unmet::new(
            codes::FINDINGS_AREA_FOR_IMPROVEMENT_MISSING,
            "The team has not agreed any area for improvement.",
        ));
    }
}

/// Every host lead and a programme officer have approved the draft.
pub(super) fn approvals(facts: &ReviewFacts, unmet: &mut Vec<Unmet>) {
    let Some(report) = &facts.report else {
        unmet.push(not_recorded(codes::REPORT_NOT_RECORDED, "the report"));
        return;
    };
    if !report.draft_exists {
        unmet.push(Unmet::new(
            codes::REPORT_DRAFT_MISSING,
            "There is no draft report to publish.",
        ));
    }
    host_leads_have(
        facts,
        |host| host.lead_approved_report,
        codes::REPORT_HOST_APPROVAL_MISSING,
        "approve the report",
        "approved this draft of the report",
        unmet,
    );
    if !report.programme_officer_approved {
        unmet.push(Unmet::new(
            codes::REPORT_PROGRAMME_APPROVAL_MISSING,
            "No programme officer has approved this draft of the report.",
        ));
    }
    if report.open_comments > 0 {
        unmet.push(crate::report::open_comments(report.open_comments));
    }
}

fn follow_up<'a>(facts: &'a ReviewFacts, unmet: &mut Vec<Unmet>) -> Option<&'a FollowUpFacts> {
    if facts.follow_up.is_none() {
        unmet.push(not_recorded(codes::FOLLOW_UP_NOT_RECORDED, "follow-up"));
    }
    facts.follow_up.as_ref()
}

/// Every published area for improvement has an action or a reason, and a
/// follow-up session is scheduled.
pub(super) fn follow_up_begun(facts: &ReviewFacts, unmet: &mut Vec<Unmet>) {
    let Some(f) = follow_up(facts, unmet) else {
        return;
    };
    if f.areas_without_action_or_reason > 0 {
        unmet.push(Unmet::new(
            codes::FOLLOW_UP_ACTION_MISSING,
            format!(
                "{} no action and no reason why none.",
                counted(
                    f.areas_without_action_or_reason,
                    "published area for improvement has",
                    "published areas for improvement have"
                )
            ),
        ));
    }
    if f.sessions_scheduled == 0 {
        unmet.push(Unmet::new(
            codes::FOLLOW_UP_SESSION_MISSING,
            "No follow-up session is scheduled.",
        ));
    }
}

/// Every action is done or carried into the improvement plan, and an impact
/// measure has a later value or a reason.
pub(super) fn follow_up_done(facts: &ReviewFacts, unmet: &mut Vec<Unmet>) {
    let Some(f) = follow_up(facts, unmet) else {
        return;
    };
    if f.actions_open > 0 {
        unmet.push(Unmet::new(
            codes::FOLLOW_UP_ACTIONS_OPEN,
            format!(
                "{} neither done nor carried into the authority's improvement plan.",
                counted(f.actions_open, "action is", "actions are")
            ),
        ));
    }
    if f.impact_measures_with_later_value_or_reason == 0 {
        unmet.push(Unmet::new(
            codes::FOLLOW_UP_IMPACT_MISSING,
            "No impact measure has a later value or a recorded reason why none.",
        ));
    }
}
