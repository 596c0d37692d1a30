//! The report through the API (issue 18, REPORT-CONTRACT.md):
//! `reportDraft(reviewId)` for the review's private audience,
//! `publishedReport(slug, version)` for anyone, and the mutations that
//! edit the draft, share it with the host, comment on it and answer the
//! comments, approve a draft version, and open and publish a correction.
//! `draftReport` and `publishReport` are the lifecycle commands; their
//! side (building the draft, publishing version 1) is
//! [`use_cases::after_command`].
//!
//! `types.rs` holds the GraphQL types; `use_cases.rs` the use cases;
//! `mail.rs` what is sent; the rights are the domain's
//! (`domain::report`).

pub mod mail;
mod pdf;
pub mod public;
mod types;
pub mod use_cases;

pub use types::*;

use crate::auth::require_user;
use crate::error::ApiResult;
use crate::ApiContext;
use async_graphql::{Context, Object};
use uuid::Uuid;

#[derive(Default)]
pub struct ReportQuery;

#[Object]
impl ReportQuery {
    /// The review's private audience (team, host users and leads,
    /// programme officers); anyone else FORBIDDEN. Null before
    /// draftReport.
    async fn report_draft(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
    ) -> ApiResult<Option<ReportDraft>> {
        let user = require_user(ctx)?;
        use_cases::read(ctx.data::<ApiContext>()?, user, review_id).await
    }

    /// Anonymous. `version` null: the latest. Null when no such published
    /// report or version.
    async fn published_report(
        &self,
        ctx: &Context<'_>,
        slug: String,
        version: Option<i32>,
    ) -> ApiResult<Option<PublishedReport>> {
        use_cases::published(ctx.data::<ApiContext>()?, &slug, version).await
    }

    /// Anonymous. The public index: reviews whose report is published here
    /// (latest version) and reviews imported from an earlier programme,
    /// newest target month first. `theme`: part of the focus theme, any
    /// case (at most 200 characters); `authority`: a host authority;
    /// `year`: of the target month (2000–2100); `text`: full-text search of
    /// published reports (stemmed words, all required; "double quotes" for
    /// a phrase; imported reviews are left out), text that cannot search
    /// gives an empty page with `notice`. `offset` >= 0, `limit` 1–100.
    #[allow(clippy::too_many_arguments)]
    async fn published_reports(
        &self,
        ctx: &Context<'_>,
        theme: Option<String>,
        authority: Option<Uuid>,
        year: Option<i32>,
        programme_id: Option<Uuid>,
        text: Option<String>,
        #[graphql(default = 0)] offset: i32,
        #[graphql(default = 20)] limit: i32,
    ) -> ApiResult<PublishedReportPage> {
        public::index_page(
            ctx.data::<ApiContext>()?,
            public::IndexArgs {
                theme,
                authority,
                year,
                programme_id,
                text,
                offset,
                limit,
            },
        )
        .await
    }

    /// Anonymous. The public index's filter options: what it holds now.
    async fn published_report_filters(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<PublishedReportFilters> {
        public::index_filters(ctx.data::<ApiContext>()?).await
    }
}

#[derive(Default)]
pub struct ReportMutation;

#[Object]
impl ReportMutation {
    /// The team lead and accepted team members, while the draft is open:
    /// replaces a prose section's text (0..=20000 characters).
    async fn update_report_section(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        draft_version: i32,
        key: ReportSectionKey,
        text: String,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::update_section(
            ctx.data::<ApiContext>()?,
            user,
            review_id,
            draft_version,
            key.into(),
            text,
        )
        .await
    }

    /// The team: adds a strength or area for improvement at the end of its
    /// kind.
    async fn add_report_item(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        draft_version: i32,
        input: ReportItemInput,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::add_item(
            ctx.data::<ApiContext>()?,
            user,
            review_id,
            draft_version,
            input,
        )
        .await
    }

    /// The team: replaces an item's content; its id stays.
    async fn update_report_item(
        &self,
        ctx: &Context<'_>,
        item_id: Uuid,
        draft_version: i32,
        input: ReportItemInput,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::update_item(
            ctx.data::<ApiContext>()?,
            user,
            item_id,
            draft_version,
            input,
        )
        .await
    }

    /// The team: removes an item from the draft.
    async fn remove_report_item(
        &self,
        ctx: &Context<'_>,
        item_id: Uuid,
        draft_version: i32,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::remove_item(ctx.data::<ApiContext>()?, user, item_id, draft_version).await
    }

    /// The team: moves an item to `position` (from 0) among its kind.
    async fn move_report_item(
        &self,
        ctx: &Context<'_>,
        item_id: Uuid,
        draft_version: i32,
        position: i32,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::move_item(
            ctx.data::<ApiContext>()?,
            user,
            item_id,
            draft_version,
            position,
        )
        .await
    }

    /// The team lead: mails the host lead(s) and host users that the draft
    /// is ready for the check.
    async fn share_report_draft(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        draft_version: i32,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::share(ctx.data::<ApiContext>()?, user, review_id, draft_version).await
    }

    /// Host users and host leads, once shared.
    async fn add_report_comment(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        input: ReportCommentInput,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::add_comment(ctx.data::<ApiContext>()?, user, review_id, input).await
    }

    /// The team lead: accept (after making the change) or reject, with a
    /// reply; mails the comment's author.
    async fn answer_report_comment(
        &self,
        ctx: &Context<'_>,
        comment_id: Uuid,
        accept: bool,
        reply: String,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::answer_comment(ctx.data::<ApiContext>()?, user, comment_id, accept, reply).await
    }

    /// Each host lead (for their authority) and a programme officer:
    /// approve this draftVersion.
    async fn approve_report(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        draft_version: i32,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::approve(ctx.data::<ApiContext>()?, user, review_id, draft_version).await
    }

    /// A programme officer, on a published report: opens a correction with
    /// a change note.
    async fn open_report_correction(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        change_note: String,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::open_correction(ctx.data::<ApiContext>()?, user, review_id, change_note).await
    }

    /// Publishes the approved correction as a new version (same guard as
    /// publishReport).
    async fn publish_report_correction(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        draft_version: i32,
    ) -> ApiResult<ReportDraft> {
        let user = require_user(ctx)?;
        use_cases::publish_correction(ctx.data::<ApiContext>()?, user, review_id, draft_version)
            .await
    }
}
