//! The team's view of a submitted self-evaluation and the side-by-side:
//! `saveTeamViewIndicator` (a grade where graded and evidence, per
//! indicator with a version, by members with an accepted place, from
//! submission until the end of the visit) and
//! `selfEvaluationComparison(reviewId)` (per host, per indicator: the
//! host's grade and evidence beside the team's, and the difference in
//! grades). Never public: the team and programme officers see it always,
//! host users once the report is published.

use super::PersonName;
use async_graphql::{InputObject, SimpleObject};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// One indicator of the team's view as the team saves it.
#[derive(InputObject)]
pub struct SaveTeamViewIndicatorInput {
    pub review_id: Uuid,
    /// The host authority whose self-evaluation this is a view of.
    pub authority_id: Uuid,
    /// The indicator's number, e.g. "1.2".
    pub indicator: String,
    /// The version last read (0 before the first save).
    pub version: i32,
    /// On the framework's scale, only where graded.
    pub grade: Option<i32>,
    #[graphql(default)]
    pub evidence: String,
}

/// One indicator, the host's self-evaluation beside the team's view.
#[derive(SimpleObject)]
pub struct ComparisonIndicator {
    pub number: String,
    pub title: String,
    pub self_grade: Option<i32>,
    pub self_evidence: String,
    pub team_grade: Option<i32>,
    pub team_evidence: String,
    /// The version of the team's view to send with the next save.
    pub team_version: i32,
    pub team_last_edited_by: Option<PersonName>,
    pub team_last_edited_at: Option<DateTime<Utc>>,
    /// The team's grade minus the host's, where both graded.
    pub grade_difference: Option<i32>,
}

/// One host's self-evaluation beside the team's view of it.
#[derive(SimpleObject)]
pub struct SelfEvaluationComparison {
    pub authority_id: Uuid,
    pub authority_name: String,
    pub graded: bool,
    /// The viewer may record the team's view now.
    pub can_edit_team_view: bool,
    pub indicators: Vec<ComparisonIndicator>,
}
