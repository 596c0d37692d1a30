//! The GraphQL types of findings (the contract of issue 17).

use crate::reference::QualityIndicator;
use crate::review::ReviewState;
use crate::self_evaluation::{AttachmentView, PersonName};
use crate::visit::VisitSession;
use async_graphql::{Enum, InputObject, SimpleObject};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// What a finding says about the authority.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::findings::FindingKind")]
pub enum FindingKind {
    /// Something the authority does well.
    Strength,
    /// Something the authority should improve.
    AreaForImprovement,
    /// Evidence seen or heard, supporting other findings.
    Evidence,
}

/// DRAFT: its author's (and the lead's) to change; AGREED: the team's;
/// MERGED: folded into another finding.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::findings::FindingStatus")]
pub enum FindingStatus {
    Draft,
    Agreed,
    Merged,
}

/// One kind of entry in a finding's history.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::findings::FindingChangeKind")]
pub enum FindingChangeKind {
    /// Recorded by its author.
    Recorded,
    /// Changed by its author.
    Edited,
    /// Changed by the team lead, who is not its author.
    Reworded,
    /// Agreed.
    Agreed,
    /// Its agreement was taken back.
    Unagreed,
    /// Merged into another finding, or others merged into it.
    Merged,
    /// Removed.
    Removed,
}

/// One entry in a finding's history.
#[derive(SimpleObject, Clone)]
pub struct FindingChange {
    pub at: DateTime<Utc>,
    pub by: PersonName,
    pub kind: FindingChangeKind,
    /// The text after the change (RECORDED, EDITED, REWORDED, MERGED).
    pub text: Option<String>,
    /// For MERGED: the finding it was merged into, or the findings merged
    /// into this one.
    pub related_finding_ids: Vec<Uuid>,
}

/// A finding recorded during the visit.
#[derive(SimpleObject)]
pub struct Finding {
    pub id: Uuid,
    pub review_id: Uuid,
    pub kind: FindingKind,
    pub text: String,
    /// Quality indicator numbers of the review's framework version, e.g.
    /// "1.1".
    pub indicators: Vec<String>,
    /// The visit session it relates to, if any.
    pub session: Option<VisitSession>,
    pub author: PersonName,
    pub status: FindingStatus,
    /// Set when MERGED.
    pub merged_into_id: Option<Uuid>,
    /// Optimistic concurrency: send with the next change.
    pub version: i32,
    pub recorded_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub attachments: Vec<AttachmentView>,
    pub history: Vec<FindingChange>,
    /// The viewer may edit/remove it now (its author while DRAFT and the
    /// visit in progress; the team lead).
    pub can_edit: bool,
}

/// Everything the findings screens need for one review, in one query.
#[derive(SimpleObject)]
pub struct ReviewFindings {
    pub review_id: Uuid,
    pub review_version: i32,
    pub state: ReviewState,
    /// Visible findings, oldest first (MERGED ones included, so their
    /// history can be read).
    pub findings: Vec<Finding>,
    /// The framework's indicators, for the picker.
    pub indicators: Vec<QualityIndicator>,
    /// The visit's sessions, for the picker.
    pub sessions: Vec<VisitSession>,
    /// The viewer may record findings now (accepted current team member,
    /// visit in progress).
    pub can_record: bool,
    /// The viewer is the team lead (or a programme officer) and the visit
    /// is in progress.
    pub can_agree: bool,
    pub agreed_strengths: i32,
    pub agreed_areas_for_improvement: i32,
}

/// A finding's content.
#[derive(InputObject)]
pub struct FindingInput {
    pub kind: FindingKind,
    /// 1..=4000 characters after trimming.
    pub text: String,
    /// 0..=20 indicator numbers of the review's framework.
    pub indicators: Vec<String>,
    pub session_id: Option<Uuid>,
}
