//! The lifecycle commands as mutations. Each takes the review's version:
//! the facts are read, the domain decides, and the new state and its event
//! are written in one transaction with `UPDATE … WHERE state = ? AND
//! version = ?`. A stale version is a CONFLICT; unmet guards are a
//! GUARD_FAILED listing every one.

use super::{use_cases, ReviewView};
use crate::auth::require_user;
use crate::error::ApiResult;
use crate::ApiContext;
use async_graphql::{Context, Object};
use domain::lifecycle::Command;
use uuid::Uuid;

async fn run(
    ctx: &Context<'_>,
    review_id: Uuid,
    version: i32,
    command: Command,
) -> ApiResult<ReviewView> {
    let user = require_user(ctx)?;
    if let Some(reason) = command.reason() {
        domain::text::REASON.check(reason)?;
    }
    let app = ctx.data::<ApiContext>()?;
    let review = use_cases::command(app, user, review_id, version, command).await?;
    Ok(ReviewView::new(review))
}

#[derive(Default)]
pub struct CommandMutation;

#[Object]
impl CommandMutation {
    /// SCHEDULED -> FOCUS_AGREED: theme and key questions signed off by
    /// every host lead and a programme officer.
    async fn agree_focus(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::AgreeFocus).await
    }
    /// FOCUS_AGREED -> TEAM_FORMED: the programme's composition rules hold
    /// (programme officers).
    async fn form_team(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::FormTeam).await
    }
    /// TEAM_FORMED -> SELF_EVALUATION_SUBMITTED (host leads).
    async fn submit_self_evaluation(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::SubmitSelfEvaluation).await
    }
    /// Back to TEAM_FORMED before the visit, with a reason (programme
    /// officers).
    async fn reopen_self_evaluation(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        reason: String,
    ) -> ApiResult<ReviewView> {
        run(
            ctx,
            review_id,
            version,
            Command::ReopenSelfEvaluation { reason },
        )
        .await
    }
    /// -> VISIT_IN_PROGRESS on or after the first visit day (the team lead).
    async fn start_visit(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::StartVisit).await
    }
    /// -> VISIT_COMPLETED with agreed findings (the team lead).
    async fn complete_visit(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::CompleteVisit).await
    }
    /// -> REPORT_DRAFTED (the team lead).
    async fn draft_report(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::DraftReport).await
    }
    /// -> REPORT_PUBLISHED when every host lead and a programme officer
    /// approved the draft.
    async fn publish_report(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::PublishReport).await
    }
    /// -> FOLLOW_UP (a host lead or a programme officer).
    async fn begin_follow_up(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::BeginFollowUp).await
    }
    /// -> CLOSED (programme officers).
    async fn close_review(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::Close).await
    }
    /// -> WITHDRAWN before publication, with a reason (programme officers).
    async fn withdraw_review(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        reason: String,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::Withdraw { reason }).await
    }
    /// -> POSTPONED before the visit, with a reason (programme officers).
    async fn postpone_review(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        reason: String,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::Postpone { reason }).await
    }
    /// Back to the state it was postponed from (programme officers).
    async fn resume_review(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        run(ctx, review_id, version, Command::Resume).await
    }
}
