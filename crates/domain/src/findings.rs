//! Findings (issue 17): what the team records during the visit, what its
//! lead agrees, and who may see which.
//!
//! Team members record findings while the visit is in progress: a kind
//! (strength, area for improvement, evidence), a text, the quality
//! indicators of the review's framework it concerns and, if any, the visit
//! session it came from. A draft belongs to its author, who may change or
//! remove it; the team lead may change (reword) or remove any, agrees them,
//! takes an agreement back and merges duplicates. Programme officers may
//! agree, take back and merge too. Findings are never public: the team and
//! programme officers see every finding; host users see the agreed ones
//! once the visit is completed; nobody else sees any.
//!
//! Everything here is pure: the store and the API read the facts, these
//! functions decide.

use crate::lifecycle::{
    codes, Actor, Decided, Event, GuardCode, Refusal, ReviewFacts, ReviewState, Unmet,
};
use crate::programme::Invalid;
use crate::text::Text;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use strum::{IntoStaticStr, VariantArray};
use uuid::Uuid;

/// A finding's text: 1..=4000 characters after trimming, new lines kept.
pub const FINDING_TEXT: Text = Text {
    field: "text",
    label: "finding's text",
    max_chars: 4000,
    multiline: true,
};

/// The most quality indicators one finding names.
pub const MAX_INDICATORS: usize = 20;

/// The most findings merged into another at once.
pub const MAX_MERGED: usize = 50;

/// What a finding says about the authority.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum FindingKind {
    /// Something the authority does well.
    Strength,
    /// Something the authority should improve.
    AreaForImprovement,
    /// Evidence seen or heard, supporting other findings.
    Evidence,
}

/// Where a finding stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum FindingStatus {
    /// Its author's (and the lead's) to change.
    Draft,
    /// Agreed by the team (its lead): the team's.
    Agreed,
    /// Folded into another finding; kept for its history and attachments.
    Merged,
}

/// One entry of a finding's own history.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum FindingChangeKind {
    /// Recorded by its author.
    Recorded,
    /// Changed by its author.
    Edited,
    /// Changed by the team lead, who is not its author.
    Reworded,
    /// Agreed.
    Agreed,
    /// Its agreement was taken back: a draft again.
    Unagreed,
    /// Merged into another finding, or others merged into it.
    Merged,
    /// Removed: gone from the list, kept in the history.
    Removed,
}

macro_rules! names {
    ($ty:ty, $what:literal) => {
        impl $ty {
            /// The stored and GraphQL name, e.g. `AREA_FOR_IMPROVEMENT`.
            pub fn as_str(self) -> &'static str {
                self.into()
            }
        }

        impl std::str::FromStr for $ty {
            type Err = crate::lifecycle::UnknownName;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty as VariantArray>::VARIANTS
                    .iter()
                    .copied()
                    .find(|k| k.as_str() == s)
                    .ok_or_else(|| crate::lifecycle::UnknownName::new($what, s))
            }
        }
    };
}

names!(FindingKind, "finding kind");
names!(FindingStatus, "finding status");
names!(FindingChangeKind, "finding change kind");

impl FindingKind {
    /// How people read it, e.g. "area for improvement".
    pub fn label(self) -> &'static str {
        match self {
            FindingKind::Strength => "strength",
            FindingKind::AreaForImprovement => "area for improvement",
            FindingKind::Evidence => "evidence",
        }
    }
}

/// A finding's content, as the person sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingInput<'a> {
    pub kind: FindingKind,
    pub text: &'a str,
    pub indicators: &'a [String],
    pub session_id: Option<Uuid>,
}

/// A finding's content, checked: text trimmed, indicators known, in the
/// framework's order without repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingContent {
    pub kind: FindingKind,
    pub text: String,
    pub indicators: Vec<String>,
    pub session_id: Option<Uuid>,
}

/// Checks a finding's content against the review's framework (its
/// indicator numbers, in order) and visit sessions, listing every reason
/// it is refused.
pub fn check_content(
    input: &FindingInput<'_>,
    framework_indicators: &[String],
    sessions: &[Uuid],
) -> Result<FindingContent, Vec<Invalid>> {
    let mut reasons: Vec<Invalid> = Vec::new();
    let text = FINDING_TEXT.parse(input.text).map_err(|e| reasons.push(e));
    if input.indicators.len() > MAX_INDICATORS {
        reasons.push((
            "indicators",
            format!("A finding names at most {MAX_INDICATORS} quality indicators"),
        ));
    } else {
        for raw in input.indicators {
            let number = raw.trim();
            if !framework_indicators.iter().any(|n| n == number) {
                let shown: String = number.chars().take(20).collect();
                reasons.push((
                    "indicators",
                    format!("“{shown}” is not a quality indicator of this review's framework"),
                ));
            }
        }
    }
    if let Some(id) = input.session_id {
        if !sessions.contains(&id) {
            reasons.push((
                "sessionId",
                "That session is not one of this visit's".into(),
            ));
        }
    }
    match text {
        Ok(text) if reasons.is_empty() => Ok(FindingContent {
            kind: input.kind,
            text,
            indicators: framework_indicators
                .iter()
                .filter(|n| input.indicators.iter().any(|i| i.trim() == n.as_str()))
                .cloned()
                .collect(),
            session_id: input.session_id,
        }),
        _ => Err(reasons),
    }
}

/// A stored finding, as far as rights go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FindingRef {
    pub id: Uuid,
    pub author_id: Uuid,
    pub status: FindingStatus,
    pub kind: FindingKind,
}

/// Whether findings may change: only during the visit.
pub fn findings_open(state: ReviewState) -> bool {
    state == ReviewState::VisitInProgress
}

fn not_during_visit(state: ReviewState) -> Unmet {
    let when = match state {
        ReviewState::Scheduled
        | ReviewState::FocusAgreed
        | ReviewState::TeamFormed
        | ReviewState::SelfEvaluationSubmitted => "the visit has not started",
        ReviewState::Postponed => "the review is postponed",
        _ => "the visit is over",
    };
    Unmet::new(
        codes::WRONG_STATE,
        format!(
            "This review is at the stage “{}”: findings are recorded and changed during the \
             visit, and {when}.",
            state.label()
        ),
    )
}

fn leads(actor: &Actor) -> bool {
    actor.is_team_lead() || actor.programme_officer
}

/// Accepted current team members may record findings, during the visit.
pub fn authorise_record(state: ReviewState, actor: &Actor) -> Result<(), Refusal> {
    if actor.team_role.is_none() {
        return Err(Refusal::Forbidden {
            message: "Only the review's team members who accepted their place record findings."
                .into(),
        });
    }
    if !findings_open(state) {
        return Err(Refusal::GuardFailed(vec![not_during_visit(state)]));
    }
    Ok(())
}

/// Whether `actor` may change or remove `finding` now: its author while
/// it is a draft, or the team lead (not a merged one), during the visit.
pub fn may_edit(state: ReviewState, actor: &Actor, finding: &FindingRef) -> bool {
    authorise_edit(state, actor, finding).is_ok()
}

/// Its author while it is a draft, or the team lead; during the visit;
/// never a merged finding. Every unmet condition is listed.
pub fn authorise_edit(
    state: ReviewState,
    actor: &Actor,
    finding: &FindingRef,
) -> Result<(), Refusal> {
    let author = actor.user_id == finding.author_id && actor.team_role.is_some();
    if !(author || actor.is_team_lead()) {
        return Err(Refusal::Forbidden {
            message: "Only its author and the team lead can change or remove a finding.".into(),
        });
    }
    let mut unmet = Vec::new();
    if !findings_open(state) {
        unmet.push(not_during_visit(state));
    }
    match finding.status {
        FindingStatus::Merged => unmet.push(Unmet::new(
            GuardCode::FindingMerged,
            "This finding was merged into another; change that one.",
        )),
        FindingStatus::Agreed if !actor.is_team_lead() => unmet.push(Unmet::new(
            GuardCode::FindingNotDraft,
            "This finding is agreed: only the team lead can change it now.",
        )),
        _ => {}
    }
    if unmet.is_empty() {
        Ok(())
    } else {
        Err(Refusal::GuardFailed(unmet))
    }
}

/// The team lead or a programme officer agrees a draft, takes back an
/// agreement or merges, during the visit.
pub fn authorise_lead(state: ReviewState, actor: &Actor) -> Result<(), Refusal> {
    if !leads(actor) {
        return Err(Refusal::Forbidden {
            message: "Only the team lead and programme officers agree and merge findings.".into(),
        });
    }
    if !findings_open(state) {
        return Err(Refusal::GuardFailed(vec![not_during_visit(state)]));
    }
    Ok(())
}

/// Agreeing: a draft becomes agreed.
pub fn authorise_agree(
    state: ReviewState,
    actor: &Actor,
    finding: &FindingRef,
) -> Result<(), Refusal> {
    authorise_lead(state, actor)?;
    if finding.status != FindingStatus::Draft {
        return Err(Refusal::GuardFailed(vec![Unmet::new(
            GuardCode::FindingNotDraft,
            match finding.status {
                FindingStatus::Agreed => "This finding is already agreed.",
                _ => "This finding was merged into another; agree that one.",
            },
        )]));
    }
    Ok(())
}

/// Taking an agreement back: an agreed finding becomes a draft.
pub fn authorise_unagree(
    state: ReviewState,
    actor: &Actor,
    finding: &FindingRef,
) -> Result<(), Refusal> {
    authorise_lead(state, actor)?;
    if finding.status != FindingStatus::Agreed {
        return Err(Refusal::GuardFailed(vec![Unmet::new(
            GuardCode::FindingNotAgreed,
            "This finding is not agreed, so there is no agreement to take back.",
        )]));
    }
    Ok(())
}

/// Merging `merged` into `into`: all of this review, none merged already,
/// `into` not among them, no repeats, at least one and at most
/// [`MAX_MERGED`]. Every reason is listed.
pub fn authorise_merge(
    state: ReviewState,
    actor: &Actor,
    into: &FindingRef,
    merged_ids: &[Uuid],
    merged: &[FindingRef],
) -> Result<(), Refusal> {
    authorise_lead(state, actor)?;
    let mut unmet = Vec::new();
    if merged_ids.is_empty() {
        unmet.push(Unmet::new(
            GuardCode::FindingMerged,
            "Choose at least one finding to merge into this one.",
        ));
    }
    if merged_ids.len() > MAX_MERGED {
        unmet.push(Unmet::new(
            GuardCode::FindingMerged,
            format!("At most {MAX_MERGED} findings are merged at once."),
        ));
    }
    if merged_ids.contains(&into.id) {
        unmet.push(Unmet::new(
            GuardCode::FindingMerged,
            "A finding cannot be merged into itself.",
        ));
    }
    let mut seen = std::collections::HashSet::new();
    if merged_ids.iter().any(|id| !seen.insert(*id)) {
        unmet.push(Unmet::new(
            GuardCode::FindingMerged,
            "A finding is named twice among those to merge.",
        ));
    }
    if into.status == FindingStatus::Merged {
        unmet.push(Unmet::new(
            GuardCode::FindingMerged,
            "The finding to keep was itself merged into another.",
        ));
    }
    for id in merged_ids {
        match merged.iter().find(|f| f.id == *id) {
            None => unmet.push(Unmet::new(
                GuardCode::FindingMerged,
                format!("Finding {id} is not one of this review's findings."),
            )),
            Some(f) if f.status == FindingStatus::Merged => unmet.push(Unmet::new(
                GuardCode::FindingMerged,
                format!("Finding {id} was already merged into another."),
            )),
            Some(_) => {}
        }
    }
    if unmet.is_empty() {
        Ok(())
    } else {
        Err(Refusal::GuardFailed(unmet))
    }
}

/// The indicators of a merge's kept finding: the union, in the
/// framework's order.
pub fn merged_indicators(framework_indicators: &[String], all: &[&[String]]) -> Vec<String> {
    framework_indicators
        .iter()
        .filter(|n| all.iter().any(|list| list.contains(n)))
        .cloned()
        .collect()
}

/// Who sees a review's findings, and which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingsView {
    /// The team and programme officers: every finding.
    All,
    /// Host users once the visit is completed: agreed findings only.
    AgreedOnly,
}

/// Whether host users may read agreed findings: once the visit is
/// completed, while the review goes on (not once it is withdrawn).
pub fn agreed_readable_by_host(state: ReviewState) -> bool {
    matches!(
        state,
        ReviewState::VisitCompleted
            | ReviewState::ReportDrafted
            | ReviewState::ReportPublished
            | ReviewState::FollowUp
            | ReviewState::Closed
    )
}

/// What `actor` may see of a review's findings, or `Forbidden`. `member`
/// says the person is on the team (current, not declined) even before
/// accepting; only accepted members are on `actor.team_role`.
pub fn authorise_view(state: ReviewState, actor: &Actor) -> Result<FindingsView, Refusal> {
    if actor.programme_officer || actor.team_role.is_some() {
        return Ok(FindingsView::All);
    }
    if actor.host_user {
        if agreed_readable_by_host(state) {
            return Ok(FindingsView::AgreedOnly);
        }
        return Err(Refusal::Forbidden {
            message: "The host authority reads the agreed findings once the visit is completed."
                .into(),
        });
    }
    Err(Refusal::Forbidden {
        message: "Only the review's team and programme officers can see its findings.".into(),
    })
}

/// Whether a finding of this status is shown in this view.
pub fn visible(view: FindingsView, status: FindingStatus) -> bool {
    match view {
        FindingsView::All => true,
        FindingsView::AgreedOnly => status == FindingStatus::Agreed,
    }
}

/// A change to the findings that joins the review's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "camelCase")]
pub enum FindingEvent {
    /// A draft was agreed.
    Agreed {
        finding_id: Uuid,
        kind: FindingKind,
        text: String,
    },
    /// An agreement was taken back.
    Unagreed {
        finding_id: Uuid,
        kind: FindingKind,
        text: String,
    },
    /// Findings were merged into one, with the lead's wording.
    Merged {
        finding_id: Uuid,
        merged_ids: Vec<Uuid>,
        text: String,
    },
    /// The team lead changed the wording of another's finding, or of an
    /// agreed one.
    Reworded {
        finding_id: Uuid,
        before: String,
        after: String,
    },
    /// The team lead removed another's finding, or an agreed one.
    Removed {
        finding_id: Uuid,
        kind: FindingKind,
        text: String,
    },
}

/// The first characters of a finding's text, for a sentence.
fn excerpt(text: &str) -> String {
    let mut short: String = text.chars().take(80).collect();
    if text.chars().count() > 80 {
        short.push('…');
    }
    short.replace(['\n', '\r', '\t'], " ")
}

impl FindingEvent {
    /// What changed, in a sentence for the history.
    pub fn summary(&self) -> String {
        match self {
            FindingEvent::Agreed { kind, text, .. } => {
                format!("Agreed a finding ({}): “{}”", kind.label(), excerpt(text))
            }
            FindingEvent::Unagreed { kind, text, .. } => format!(
                "Took back the agreement of a finding ({}): “{}”",
                kind.label(),
                excerpt(text)
            ),
            FindingEvent::Merged {
                merged_ids, text, ..
            } => format!(
                "Merged {} finding{} into one: “{}”",
                merged_ids.len() + 1,
                if merged_ids.is_empty() { "" } else { "s" },
                excerpt(text)
            ),
            FindingEvent::Reworded { after, .. } => {
                format!("Reworded a finding: “{}”", excerpt(after))
            }
            FindingEvent::Removed { kind, text, .. } => {
                format!("Removed a finding ({}): “{}”", kind.label(), excerpt(text))
            }
        }
    }

    /// What changed, as data for the history and its downloads, with its
    /// sentence.
    pub fn detail(&self) -> Value {
        let mut detail = match self {
            FindingEvent::Agreed {
                finding_id,
                kind,
                text,
            } => json!({ "change": "AGREED", "findingId": finding_id, "kind": kind, "text": text }),
            FindingEvent::Unagreed {
                finding_id,
                kind,
                text,
            } => {
                json!({ "change": "UNAGREED", "findingId": finding_id, "kind": kind, "text": text })
            }
            FindingEvent::Merged {
                finding_id,
                merged_ids,
                text,
            } => json!({
                "change": "MERGED",
                "findingId": finding_id,
                "mergedIds": merged_ids,
                "text": text,
            }),
            FindingEvent::Reworded {
                finding_id,
                before,
                after,
            } => json!({
                "change": "REWORDED",
                "findingId": finding_id,
                "before": before,
                "after": after,
            }),
            FindingEvent::Removed {
                finding_id,
                kind,
                text,
            } => {
                json!({ "change": "REMOVED", "findingId": finding_id, "kind": kind, "text": text })
            }
        };
        detail["summary"] = Value::String(self.summary());
        detail
    }
}

/// Decides a change to the findings that joins the review's history (the
/// caller has authorised it with the functions above; this re-checks that
/// the visit is in progress).
pub fn decide_finding_event(
    facts: &ReviewFacts,
    actor: &Actor,
    change: FindingEvent,
    now: DateTime<Utc>,
) -> Result<Decided, Refusal> {
    if !findings_open(facts.state) {
        return Err(Refusal::GuardFailed(vec![not_during_visit(facts.state)]));
    }
    if actor.team_role.is_none() && !actor.programme_officer {
        return Err(Refusal::Forbidden {
            message: "Only the review's team and programme officers change its findings.".into(),
        });
    }
    Ok(Decided::new(Event::FindingChanged {
        change,
        actor: actor.user_id,
        at: now,
    }))
}

/// The agreed findings' counts, as `completeVisit`'s guard reads them,
/// from each visible finding's kind and status.
pub fn facts_of<'a>(
    findings: impl IntoIterator<Item = (FindingKind, FindingStatus)> + 'a,
) -> crate::lifecycle::FindingsFacts {
    let mut facts = crate::lifecycle::FindingsFacts::default();
    for (kind, status) in findings {
        if status != FindingStatus::Agreed {
            continue;
        }
        match kind {
            FindingKind::Strength => facts.agreed_strengths += 1,
            FindingKind::AreaForImprovement => facts.agreed_areas_for_improvement += 1,
            FindingKind::Evidence => {}
        }
    }
    facts
}

#[cfg(test)]
mod tests;
