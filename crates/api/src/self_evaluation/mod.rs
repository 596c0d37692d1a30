//! The host's self-evaluation through the API: `selfEvaluations(reviewId)`
//! (one per host authority, started or not), `saveSelfEvaluationIndicator`
//! (one indicator, with its version; a stale save is a `CONFLICT` whose
//! `extensions.current` holds the stored text) and `removeAttachment`.
//! Documents are uploaded through `POST
//! /reviews/{id}/self-evaluations/{authorityId}/attachments` and downloaded
//! from `/attachments/{id}` (server crate). Submission and reopening are
//! the lifecycle commands `submitSelfEvaluation` and
//! `reopenSelfEvaluation`; [`use_cases::after_command`] records them here.

pub mod export;
pub mod quad;
pub mod team_view;
pub mod use_cases;

use crate::auth::require_user;
use crate::error::ApiResult;
use crate::programme::SelfEvaluationMode;
use crate::reference::Framework;
use crate::ApiContext;
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use domain::self_evaluation::EntryContent;
use std::sync::Arc;
use store::attachment::Attachment as StoredAttachment;
use uuid::Uuid;

/// An uploaded document, without its content (downloaded from `url`).
pub struct AttachmentView(pub StoredAttachment);

#[Object(name = "Attachment")]
impl AttachmentView {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn file_name(&self) -> &str {
        &self.0.file_name
    }
    async fn content_type(&self) -> &str {
        &self.0.content_type
    }
    async fn size_bytes(&self) -> i64 {
        self.0.size_bytes
    }
    /// What the document is, in the uploader's words (evidence-only
    /// self-evaluation documents).
    async fn summary(&self) -> Option<&str> {
        self.0.summary.as_deref()
    }
    async fn uploaded_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Where to download it: only for those who may see what it belongs to,
    /// always as a download.
    async fn url(&self) -> String {
        store::attachment::download_path(self.0.id)
    }
}

/// Complete of total indicators.
#[derive(SimpleObject)]
pub struct SelfEvaluationProgress {
    pub complete: i32,
    pub total: i32,
}

/// A person named as having done something, with their current name.
#[derive(SimpleObject, Clone)]
pub struct PersonName {
    pub id: Uuid,
    pub name: String,
}

/// One quality indicator of a self-evaluation, filled in or not.
pub struct IndicatorView {
    pub key_area_number: String,
    pub key_area_title: String,
    pub number: String,
    pub title: String,
    pub themes: Vec<String>,
    pub entry: Option<store::self_evaluation::Entry>,
    pub graded: bool,
    pub documents: Vec<StoredAttachment>,
    pub last_edited_by: Option<PersonName>,
}

impl IndicatorView {
    fn content(&self) -> Option<&EntryContent> {
        self.entry.as_ref().map(|e| &e.content)
    }
}

#[Object(name = "SelfEvaluationIndicator")]
impl IndicatorView {
    /// The indicator's number, e.g. "1.2".
    async fn number(&self) -> &str {
        &self.number
    }
    async fn title(&self) -> &str {
        &self.title
    }
    async fn themes(&self) -> &[String] {
        &self.themes
    }
    async fn key_area_number(&self) -> &str {
        &self.key_area_number
    }
    async fn key_area_title(&self) -> &str {
        &self.key_area_title
    }
    /// The grade on the framework's scale (6 excellent … 1 unsatisfactory),
    /// where graded.
    async fn grade(&self) -> Option<i32> {
        self.content().and_then(|c| c.grade).map(i32::from)
    }
    async fn evidence(&self) -> &str {
        self.content().map(|c| c.evidence.as_str()).unwrap_or("")
    }
    async fn strengths(&self) -> &str {
        self.content().map(|c| c.strengths.as_str()).unwrap_or("")
    }
    async fn areas_for_improvement(&self) -> &str {
        self.content()
            .map(|c| c.areas_for_improvement.as_str())
            .unwrap_or("")
    }
    /// Answers to the framework's questions, in their order.
    async fn answers(&self) -> &[String] {
        self.content().map(|c| c.answers.as_slice()).unwrap_or(&[])
    }
    /// The version to send with the next save (0 before the first).
    async fn version(&self) -> i32 {
        self.entry.as_ref().map(|e| e.version).unwrap_or(0)
    }
    /// Evidence written and, where graded, a grade given.
    async fn complete(&self) -> bool {
        self.content().is_some_and(|c| c.is_complete(self.graded))
    }
    async fn last_edited_by(&self) -> Option<&PersonName> {
        self.last_edited_by.as_ref()
    }
    async fn last_edited_at(&self) -> Option<DateTime<Utc>> {
        self.entry
            .as_ref()
            .filter(|e| e.version > 0)
            .map(|e| e.updated_at)
    }
    /// Documents supporting this indicator's evidence.
    async fn documents(&self) -> Vec<AttachmentView> {
        self.documents.iter().cloned().map(AttachmentView).collect()
    }
}

/// One host authority's self-evaluation of a review.
pub struct SelfEvaluationView {
    pub review_id: Uuid,
    pub authority_id: Uuid,
    pub authority_name: String,
    pub stored: Option<store::self_evaluation::SelfEvaluation>,
    pub framework: Option<Arc<domain::Framework>>,
    pub mode: domain::lifecycle::SelfEvaluationMode,
    pub graded: bool,
    pub can_edit: bool,
    pub indicators: Vec<IndicatorView>,
    pub documents: Vec<StoredAttachment>,
    pub submitted_by: Option<PersonName>,
}

#[Object(name = "SelfEvaluation")]
impl SelfEvaluationView {
    /// `reviewId:authorityId`: one per review and host authority.
    async fn id(&self) -> ID {
        ID(format!("{}:{}", self.review_id, self.authority_id))
    }
    async fn review_id(&self) -> Uuid {
        self.review_id
    }
    async fn authority_id(&self) -> Uuid {
        self.authority_id
    }
    async fn authority_name(&self) -> &str {
        &self.authority_name
    }
    /// Whether anyone has saved or attached anything yet.
    async fn started(&self) -> bool {
        self.stored.is_some()
    }
    /// The framework version it is made on (the programme's pinned one
    /// until started; a later version never changes it).
    async fn framework(&self) -> Option<Framework> {
        self.framework.as_ref().map(|f| Framework((**f).clone()))
    }
    /// `RUBRIC` (graded indicators) or `EVIDENCE_ONLY` (documents).
    async fn mode(&self) -> SelfEvaluationMode {
        self.mode.into()
    }
    /// Indicators take a grade on the framework's scale.
    async fn graded(&self) -> bool {
        self.graded
    }
    async fn submitted(&self) -> bool {
        self.stored
            .as_ref()
            .is_some_and(|s| s.submitted_at.is_some())
    }
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.stored.as_ref().and_then(|s| s.submitted_at)
    }
    async fn submitted_by(&self) -> Option<&PersonName> {
        self.submitted_by.as_ref()
    }
    /// The viewer may change it now (a user of this host authority, before
    /// submission).
    async fn can_edit(&self) -> bool {
        self.can_edit
    }
    async fn progress(&self) -> SelfEvaluationProgress {
        let complete = self
            .indicators
            .iter()
            .filter(|i| i.content().is_some_and(|c| c.is_complete(self.graded)))
            .count();
        SelfEvaluationProgress {
            complete: complete as i32,
            total: self.indicators.len() as i32,
        }
    }
    /// Every indicator of the framework, in its order.
    async fn indicators(&self) -> &[IndicatorView] {
        &self.indicators
    }
    /// The self-evaluation's own documents (e.g. the Standards and Quality
    /// report), each with a summary.
    async fn documents(&self) -> Vec<AttachmentView> {
        self.documents.iter().cloned().map(AttachmentView).collect()
    }
}

#[derive(Default)]
pub struct SelfEvaluationQuery;

#[Object]
impl SelfEvaluationQuery {
    /// A review's self-evaluations, one per host authority: for programme
    /// officers and the host's users always, for the team once submitted.
    async fn self_evaluations(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
    ) -> ApiResult<Vec<SelfEvaluationView>> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        use_cases::read(app, user, review_id).await
    }

    /// Each host's submitted self-evaluation beside the team's view, per
    /// indicator with the difference in grades: for the team and programme
    /// officers, and host users once the report is published.
    async fn self_evaluation_comparison(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
    ) -> ApiResult<Vec<team_view::SelfEvaluationComparison>> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        use_cases::comparison(app, user, review_id).await
    }

    /// A quad's four authorities' submitted self-evaluation grades per
    /// indicator, side by side: for the users of those authorities, the
    /// teams of the quad's reviews and programme officers.
    async fn quad_comparison(
        &self,
        ctx: &Context<'_>,
        quad_id: Uuid,
    ) -> ApiResult<quad::QuadComparison> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        use_cases::quad_comparison(app, user, quad_id).await
    }

    /// How many authorities gave each grade to each indicator of one
    /// framework version, no authority named (anyone signed in); hidden,
    /// with the reason, until at least five authorities outside the
    /// viewer's own quad have submitted.
    async fn national_distribution(
        &self,
        ctx: &Context<'_>,
        framework_id: String,
        version: i32,
    ) -> ApiResult<quad::NationalDistribution> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        use_cases::national_distribution(app, user, &framework_id, version).await
    }
}

/// One indicator as a host user saves it.
#[derive(InputObject)]
pub struct SaveSelfEvaluationIndicatorInput {
    pub review_id: Uuid,
    /// The host authority whose self-evaluation this is.
    pub authority_id: Uuid,
    /// The indicator's number, e.g. "1.2".
    pub indicator: String,
    /// The version last read (0 before the first save).
    pub version: i32,
    /// On the framework's scale, only where graded.
    pub grade: Option<i32>,
    #[graphql(default)]
    pub evidence: String,
    #[graphql(default)]
    pub strengths: String,
    #[graphql(default)]
    pub areas_for_improvement: String,
    /// One per framework question, in order.
    #[graphql(default)]
    pub answers: Vec<String>,
}

#[derive(Default)]
pub struct SelfEvaluationMutation;

#[Object]
impl SelfEvaluationMutation {
    /// Saves one indicator of a host's self-evaluation (the host lead and
    /// users of that authority, before submission). A save on an older
    /// version is a `CONFLICT` and changes nothing; `extensions.current`
    /// holds what is stored, so both texts can be reconciled.
    async fn save_self_evaluation_indicator(
        &self,
        ctx: &Context<'_>,
        input: SaveSelfEvaluationIndicatorInput,
    ) -> ApiResult<IndicatorView> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        use_cases::save_indicator(app, user, input).await
    }

    /// Saves one indicator of the team's view of a host's submitted
    /// self-evaluation (members with an accepted place, until the end of
    /// the visit). A stale version is a `CONFLICT` with
    /// `extensions.current`, as for the self-evaluation.
    async fn save_team_view_indicator(
        &self,
        ctx: &Context<'_>,
        input: team_view::SaveTeamViewIndicatorInput,
    ) -> ApiResult<team_view::ComparisonIndicator> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        use_cases::save_team_view(app, user, input).await
    }

    /// Removes an attached document (whoever may change what it belongs
    /// to). A material's document goes with its material
    /// (`removeMaterial`).
    async fn remove_attachment(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<bool> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        use_cases::remove_attachment(app, user, id).await?;
        Ok(true)
    }
}
