//! domain.md's rules restated compactly as booleans, independently of the
//! guard code, for the property test to compare decisions against.

use chrono::NaiveDate;

use crate::lifecycle::*;

use Affiliation as A;
use CommandKind as C;
use ReviewState as S;

/// Why the oracle expects a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Oracle {
    Forbidden,
    GuardFailed,
}

fn may(facts: &ReviewFacts, kind: C, actor: &Actor) -> bool {
    let po = actor.programme_officer;
    let host_lead = facts
        .hosts
        .iter()
        .any(|h| actor.host_lead_of.contains(&h.authority_id));
    let team_lead = actor.team_role == Some(TeamRole::Lead);
    match kind {
        C::SubmitSelfEvaluation => host_lead,
        C::AgreeFocus | C::PublishReport | C::BeginFollowUp => po || host_lead,
        C::StartVisit | C::CompleteVisit | C::DraftReport => team_lead,
        _ => po,
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn focus_ok(f: &ReviewFacts) -> bool {
    f.focus.theme.as_deref().is_some_and(|t| !blank(t))
        && f.focus.key_questions.iter().any(|q| !blank(q))
        && !f.hosts.is_empty()
        && f.hosts
            .iter()
            .all(|h| h.has_lead_user && h.lead_signed_off_focus)
        && f.focus.programme_officer_signed_off
}

fn team_ok(f: &ReviewFacts) -> bool {
    let live: Vec<_> = f
        .members
        .iter()
        .filter(|m| m.invitation != InvitationStatus::Declined)
        .collect();
    let any = |a: A| live.iter().any(|m| m.affiliation == a);
    let size = live.len() as u32;
    (f.rules.team_size_min..=f.rules.team_size_max).contains(&size)
        && live.iter().filter(|m| m.role == TeamRole::Lead).count() == 1
        && any(A::Ades)
        && any(A::EducationScotland)
        && (!f.rules.hmi_required || any(A::HmInspectors))
        && live
            .iter()
            .all(|m| m.invitation == InvitationStatus::Accepted)
        && f.unresolved_conflicts == 0
        && (f.rules.kind == ProgrammeKind::Ci
            || f.quad_peers.iter().all(|p| {
                live.iter().any(|m| {
                    m.affiliation == A::PeerAuthority && m.authority_id == Some(p.authority_id)
                })
            }))
}

fn self_evaluation_ok(f: &ReviewFacts) -> bool {
    f.self_evaluation
        .as_ref()
        .is_some_and(|se| match f.rules.self_evaluation_mode {
            SelfEvaluationMode::Rubric => se.missing_indicators.is_empty(),
            SelfEvaluationMode::EvidenceOnly => se.documents_attached > 0,
        })
}

fn visit_ok(f: &ReviewFacts, today: NaiveDate) -> bool {
    f.visit.as_ref().is_some_and(|v| {
        v.days.len() as u32 == f.rules.visit_length_days
            && v.days.iter().min().is_some_and(|first| today >= *first)
    })
}

fn findings_ok(f: &ReviewFacts) -> bool {
    f.findings
        .as_ref()
        .is_some_and(|x| x.agreed_strengths > 0 && x.agreed_areas_for_improvement > 0)
}

fn published_ok(f: &ReviewFacts) -> bool {
    f.report
        .as_ref()
        .is_some_and(|r| r.draft_exists && r.programme_officer_approved && r.open_comments == 0)
        && !f.hosts.is_empty()
        && f.hosts
            .iter()
            .all(|h| h.has_lead_user && h.lead_approved_report)
}

fn follow_up_ok(f: &ReviewFacts, close: bool) -> bool {
    f.follow_up.as_ref().is_some_and(|x| {
        if close {
            x.actions_open == 0 && x.impact_measures_with_later_value_or_reason > 0
        } else {
            x.areas_without_action_or_reason == 0 && x.sessions_scheduled > 0
        }
    })
}

/// Where `cmd` should take the review if rights are not in question.
pub fn accepted_to(f: &ReviewFacts, cmd: &Command, today: NaiveDate) -> Option<S> {
    let reason_ok = cmd.reason().is_none_or(|r| !blank(r));
    let before_visit = |s: S| {
        matches!(
            s,
            S::Scheduled | S::FocusAgreed | S::TeamFormed | S::SelfEvaluationSubmitted
        )
    };
    let ok = |holds: bool, to: S| holds.then_some(to);
    match (f.state, cmd.kind()) {
        (S::Closed | S::Withdrawn, _) => None,
        (S::Scheduled, C::AgreeFocus) => ok(focus_ok(f), S::FocusAgreed),
        (S::FocusAgreed, C::FormTeam) => ok(focus_ok(f) && team_ok(f), S::TeamFormed),
        (S::TeamFormed, C::SubmitSelfEvaluation) => ok(
            focus_ok(f) && team_ok(f) && self_evaluation_ok(f),
            S::SelfEvaluationSubmitted,
        ),
        (S::SelfEvaluationSubmitted, C::ReopenSelfEvaluation) => ok(reason_ok, S::TeamFormed),
        (S::SelfEvaluationSubmitted, C::StartVisit) => ok(
            focus_ok(f) && team_ok(f) && visit_ok(f, today),
            S::VisitInProgress,
        ),
        (S::VisitInProgress, C::CompleteVisit) => ok(findings_ok(f), S::VisitCompleted),
        // The command builds the draft: only the findings are checked.
        (S::VisitCompleted, C::DraftReport) => ok(findings_ok(f), S::ReportDrafted),
        (S::ReportDrafted, C::PublishReport) => ok(published_ok(f), S::ReportPublished),
        (S::ReportPublished, C::BeginFollowUp) => ok(follow_up_ok(f, false), S::FollowUp),
        (S::FollowUp, C::Close) => ok(follow_up_ok(f, true), S::Closed),
        (S::ReportPublished | S::FollowUp, C::Withdraw) => None,
        (_, C::Withdraw) => ok(reason_ok, S::Withdrawn),
        (s, C::Postpone) if before_visit(s) => ok(reason_ok, S::Postponed),
        (S::Postponed, C::Resume) => f.postponed_from.filter(|s| before_visit(*s)),
        _ => None,
    }
}

/// The outcome domain.md asks for: the target state, or why not.
pub fn expected(
    f: &ReviewFacts,
    cmd: &Command,
    actor: &Actor,
    today: NaiveDate,
) -> Result<S, Oracle> {
    if !may(f, cmd.kind(), actor) {
        return Err(Oracle::Forbidden);
    }
    accepted_to(f, cmd, today).ok_or(Oracle::GuardFailed)
}
