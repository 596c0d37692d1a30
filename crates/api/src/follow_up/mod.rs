//! Follow-up through the API (issue 20, FOLLOWUP-CONTRACT.md):
//! `reviewFollowUp(reviewId)` for the review's private audience, and the
//! mutations that add and update actions and their progress notes, record
//! why an area needs no action, schedule the follow-up sessions and record
//! and publish impact measures. `beginFollowUp` and `closeReview` are the
//! lifecycle commands (`review::commands`); publication starts the
//! follow-up ([`use_cases::on_published`]).
//!
//! `types.rs` holds the GraphQL types; `use_cases.rs` the use cases;
//! `mail.rs` the sessions' calendar invitations; the rules are the
//! domain's (`domain::follow_up`).

pub mod mail;
mod types;
pub mod use_cases;

pub use types::*;

use crate::auth::require_user;
use crate::error::ApiResult;
use crate::ApiContext;
use async_graphql::{Context, Object};
use chrono::NaiveDate;
use uuid::Uuid;

#[derive(Default)]
pub struct FollowUpQuery;

#[Object]
impl FollowUpQuery {
    /// The review's follow-up, for its private audience: the team
    /// (accepted members), host users and host leads, programme officers;
    /// anyone else FORBIDDEN. Null until the report's first version is
    /// published.
    async fn review_follow_up(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
    ) -> ApiResult<Option<FollowUp>> {
        let user = require_user(ctx)?;
        use_cases::read(ctx.data::<ApiContext>()?, user, review_id).await
    }
}

#[derive(Default)]
pub struct FollowUpMutation;

#[Object]
impl FollowUpMutation {
    /// Host leads and host users (REPORT_PUBLISHED or FOLLOW_UP): an
    /// action from a current published area for improvement.
    async fn add_follow_up_action(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        input: FollowUpActionInput,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::add_action(ctx.data::<ApiContext>()?, user, review_id, input).await
    }

    /// Host leads, host users, or the action's owner.
    async fn update_follow_up_action(
        &self,
        ctx: &Context<'_>,
        action_id: Uuid,
        version: i32,
        input: FollowUpActionUpdateInput,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::update_action(ctx.data::<ApiContext>()?, user, action_id, version, input).await
    }

    /// Host leads, host users, or the action's owner: a dated progress
    /// note (the new note is the last of the action's notes).
    async fn add_follow_up_note(
        &self,
        ctx: &Context<'_>,
        action_id: Uuid,
        input: FollowUpNoteInput,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::add_note(ctx.data::<ApiContext>()?, user, action_id, input).await
    }

    /// Host leads and host users: record (1..=1000 characters) or clear
    /// (null) why an area for improvement needs no action.
    async fn set_no_action_reason(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        item_id: Uuid,
        reason: Option<String>,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::set_no_action_reason(ctx.data::<ApiContext>()?, user, review_id, item_id, reason)
            .await
    }

    /// Host leads and programme officers: saves session `number` (1 or 2)
    /// on `date` (a working day, not before publication), making it
    /// scheduled; mails the accepted team and the host authorities' users
    /// an iCalendar REQUEST.
    async fn schedule_follow_up_session(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        number: i32,
        date: NaiveDate,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::schedule_session(ctx.data::<ApiContext>()?, user, review_id, number, date).await
    }

    /// Host leads and programme officers: takes a saved session back to
    /// proposed; mails the same people an iCalendar CANCEL.
    async fn cancel_follow_up_session(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        number: i32,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::cancel_session(ctx.data::<ApiContext>()?, user, review_id, number).await
    }

    /// Host leads, host users and programme officers: the session's notes
    /// (0..=4000 characters).
    async fn set_follow_up_session_notes(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        number: i32,
        notes: String,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::set_session_notes(ctx.data::<ApiContext>()?, user, review_id, number, notes)
            .await
    }

    /// Host users and host leads.
    async fn add_impact_measure(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        input: ImpactMeasureInput,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::add_measure(ctx.data::<ApiContext>()?, user, review_id, input).await
    }

    /// Host users and host leads.
    async fn update_impact_measure(
        &self,
        ctx: &Context<'_>,
        measure_id: Uuid,
        version: i32,
        input: ImpactMeasureInput,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::update_measure(ctx.data::<ApiContext>()?, user, measure_id, version, input).await
    }

    /// Host leads: marks a measure public (shown on PublishedReport) or
    /// not.
    async fn publish_impact_measure(
        &self,
        ctx: &Context<'_>,
        measure_id: Uuid,
        version: i32,
        published: bool,
    ) -> ApiResult<FollowUp> {
        let user = require_user(ctx)?;
        use_cases::publish_measure(
            ctx.data::<ApiContext>()?,
            user,
            measure_id,
            version,
            published,
        )
        .await
    }
}
