//! The GraphQL types of the report (the contract of issue 18,
//! REPORT-CONTRACT.md).

use crate::month::MonthScalar;
use crate::review::ReviewState;
use crate::self_evaluation::PersonName;
use async_graphql::{Enum, InputObject, SimpleObject};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A section of the report.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::report::SectionKey")]
pub enum ReportSectionKey {
    Context,
    Focus,
    WhatTheTeamDid,
    Strengths,
    AreasForImprovement,
    NextSteps,
}

/// A structured item's kind.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::report::ItemKind")]
pub enum ReportItemKind {
    Strength,
    AreaForImprovement,
}

/// Where a factual-accuracy comment stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::report::CommentStatus")]
pub enum ReportCommentStatus {
    Open,
    Accepted,
    Rejected,
}

/// In which capacity someone approved.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::report::ApprovalRole")]
pub enum ReportApprovalRole {
    HostLead,
    ProgrammeOfficer,
}

/// A prose section (for STRENGTHS and AREAS_FOR_IMPROVEMENT: the
/// introduction before the items).
#[derive(SimpleObject, Clone)]
pub struct ReportSection {
    pub key: ReportSectionKey,
    pub title: String,
    pub text: String,
}

/// A structured strength or area for improvement. Its id is stable across
/// drafts, versions and corrections (follow-up actions link to it).
#[derive(SimpleObject, Clone)]
pub struct ReportItem {
    pub id: Uuid,
    pub kind: ReportItemKind,
    pub text: String,
    /// Quality indicator numbers, e.g. "1.1".
    pub indicators: Vec<String>,
    /// The agreed findings it comes from (private: empty in public
    /// answers).
    pub finding_ids: Vec<Uuid>,
    /// Its place among the items of its kind, from 0.
    pub position: i32,
}

/// A factual-accuracy comment and its answer.
#[derive(SimpleObject, Clone)]
pub struct ReportComment {
    pub id: Uuid,
    /// The section commented on, or the section of the item commented on.
    pub section_key: ReportSectionKey,
    pub item_id: Option<Uuid>,
    pub author: PersonName,
    pub text: String,
    pub created_at: DateTime<Utc>,
    pub status: ReportCommentStatus,
    pub reply: Option<String>,
    pub answered_by: Option<PersonName>,
    pub answered_at: Option<DateTime<Utc>>,
}

/// An approval of one draft version.
#[derive(SimpleObject, Clone)]
pub struct ReportApproval {
    pub by: PersonName,
    pub role: ReportApprovalRole,
    /// For HOST_LEAD: the host authority's name.
    pub authority_name: Option<String>,
    pub draft_version: i32,
    pub at: DateTime<Utc>,
}

/// A published version, by its address.
#[derive(SimpleObject, Clone)]
pub struct PublishedReportRef {
    pub slug: String,
    pub version: i32,
    pub published_at: DateTime<Utc>,
    pub change_note: Option<String>,
}

/// The report being drafted or corrected, for the review's private
/// audience (team, host users and leads, programme officers).
#[derive(SimpleObject)]
pub struct ReportDraft {
    pub review_id: Uuid,
    pub review_version: i32,
    pub state: ReviewState,
    /// Raised by every edit; approvals are of one draftVersion and a later
    /// edit clears them.
    pub draft_version: i32,
    /// True while a correction of a published report is open.
    pub is_correction: bool,
    /// The programme officer's note opening the correction.
    pub change_note: Option<String>,
    /// The team lead has shared the draft with the host for the
    /// factual-accuracy check.
    pub shared_with_host_at: Option<DateTime<Utc>>,
    pub sections: Vec<ReportSection>,
    pub strengths: Vec<ReportItem>,
    pub areas_for_improvement: Vec<ReportItem>,
    pub comments: Vec<ReportComment>,
    pub open_comments: i32,
    /// Approvals of the current draftVersion.
    pub approvals: Vec<ReportApproval>,
    /// Who must still approve, in words: each host authority without its
    /// lead's approval, and "A programme officer" if none has approved.
    pub awaiting_approval_from: Vec<String>,
    pub can_edit: bool,
    /// The viewer may share the draft with the host now: the team lead,
    /// while the draft (or the open correction) is open to change and
    /// not shared yet.
    pub can_share: bool,
    pub can_comment: bool,
    pub can_answer_comments: bool,
    pub can_approve: bool,
    pub can_publish: bool,
    pub can_open_correction: bool,
    /// Published versions, oldest first.
    pub published: Vec<PublishedReportRef>,
    /// The draft's PDF for the private audience:
    /// /reviews/{reviewId}/report/draft.pdf
    pub draft_pdf_url: String,
}

/// A published, immutable version: public.
#[derive(SimpleObject)]
pub struct PublishedReport {
    pub slug: String,
    pub version: i32,
    pub published_at: DateTime<Utc>,
    pub change_note: Option<String>,
    /// The latest version's number; equal to `version` unless this one is
    /// superseded.
    pub latest_version: i32,
    pub superseded: bool,
    pub host_names: Vec<String>,
    pub programme_name: String,
    pub target_month: MonthScalar,
    pub focus_theme: String,
    pub key_questions: Vec<String>,
    pub sections: Vec<ReportSection>,
    pub strengths: Vec<ReportItem>,
    pub areas_for_improvement: Vec<ReportItem>,
    pub versions: Vec<PublishedReportRef>,
    /// Impact measures a host lead marked for publication (every version
    /// shows the current ones); empty until then.
    pub impact_measures: Vec<crate::follow_up::PublicImpactMeasure>,
    /// This version's PDF: /reports/{slug}/versions/{version}/report.pdf
    pub pdf_url: String,
}

/// One page of the public index.
#[derive(SimpleObject)]
pub struct PublishedReportPage {
    pub items: Vec<PublishedReportSummary>,
    /// How many rows match in all (for paging).
    pub total: i32,
    /// Set when `text` could not be searched (then items is empty and
    /// total 0), saying why; null otherwise.
    pub notice: Option<String>,
}

/// A row of the public index.
#[derive(SimpleObject)]
pub struct PublishedReportSummary {
    pub review_id: Uuid,
    /// Null for an imported review without a report published here.
    pub slug: Option<String>,
    /// The latest published version; null for an imported review.
    pub version: Option<i32>,
    pub host_names: Vec<String>,
    pub programme_name: String,
    pub target_month: MonthScalar,
    /// Null when the review had no theme.
    pub focus_theme: Option<String>,
    /// When the latest version was published; null for an imported review.
    pub published_at: Option<DateTime<Utc>>,
    /// With `text`: a plain-text passage (at most about 240 characters) of
    /// the report around the first word that matched; else null.
    pub snippet: Option<String>,
    /// An imported review's report published elsewhere, where known; null
    /// for reports published here. Link out to it.
    pub external_url: Option<String>,
    /// True for a review imported from an earlier programme.
    pub imported: bool,
    /// The latest version's PDF; null for an imported review.
    pub pdf_url: Option<String>,
}

/// The public index's filter options.
#[derive(SimpleObject)]
pub struct PublishedReportFilters {
    /// Distinct focus themes, A–Z (case-insensitive).
    pub themes: Vec<String>,
    /// Host authorities that appear in the index, A–Z.
    pub authorities: Vec<ReportIndexAuthority>,
    /// Years of target months that appear, newest first.
    pub years: Vec<i32>,
}

/// A host authority in the index's filter.
#[derive(SimpleObject)]
pub struct ReportIndexAuthority {
    pub id: Uuid,
    pub name: String,
}

/// A strength or area for improvement as the team writes it.
#[derive(InputObject)]
pub struct ReportItemInput {
    pub kind: ReportItemKind,
    /// 1..=4000 characters, trimmed.
    pub text: String,
    /// 0..=20 quality indicator numbers of the review's framework.
    pub indicators: Vec<String>,
    /// 0..=50 agreed findings of this review.
    pub finding_ids: Vec<Uuid>,
}

/// A factual-accuracy comment on a section or one of its items.
#[derive(InputObject, Clone)]
pub struct ReportCommentInput {
    pub section_key: ReportSectionKey,
    pub item_id: Option<Uuid>,
    /// 1..=4000 characters, trimmed.
    pub text: String,
}
