//! Findings through the API (issue 17): `reviewFindings(reviewId)` (the
//! findings the viewer may see, the framework's indicators and the visit's
//! sessions for the pickers, and what the viewer may do), and the
//! mutations `recordFinding` (idempotent per client key),
//! `updateFinding`, `removeFinding`, `agreeFinding`, `unagreeFinding` and
//! `mergeFindings`. A finding's documents use the shared attachments
//! (owner kind `FINDING`): `POST /findings/{id}/attachments`,
//! `removeAttachment`, `GET /attachments/{id}`.
//!
//! `types.rs` holds the GraphQL types; `use_cases.rs` the use cases;
//! `mail.rs` what completing the visit sends; the rights are the domain's
//! (`domain::findings`).

pub mod mail;
mod types;
pub mod use_cases;

pub use types::*;

use crate::auth::require_user;
use crate::error::ApiResult;
use crate::ApiContext;
use async_graphql::{Context, Object};
use uuid::Uuid;

#[derive(Default)]
pub struct FindingsQuery;

#[Object]
impl FindingsQuery {
    /// Team members and programme officers: all findings; host users and
    /// leads: AGREED findings once the visit is completed; anyone else:
    /// FORBIDDEN. Findings are never public.
    async fn review_findings(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
    ) -> ApiResult<ReviewFindings> {
        let user = require_user(ctx)?;
        use_cases::read(ctx.data::<ApiContext>()?, user, review_id).await
    }
}

#[derive(Default)]
pub struct FindingsMutation;

#[Object]
impl FindingsMutation {
    /// Records a draft finding (accepted current team members while
    /// VISIT_IN_PROGRESS). The idempotency key is the client's id for this
    /// draft: sending the same key again returns the finding first recorded
    /// with it and records nothing (a different input with a used key:
    /// CONFLICT).
    async fn record_finding(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        idempotency_key: Uuid,
        input: FindingInput,
    ) -> ApiResult<Finding> {
        let user = require_user(ctx)?;
        use_cases::record(
            ctx.data::<ApiContext>()?,
            user,
            review_id,
            idempotency_key,
            input,
        )
        .await
    }

    /// Its author while DRAFT, or the team lead (a REWORDED change when
    /// not the author).
    async fn update_finding(
        &self,
        ctx: &Context<'_>,
        finding_id: Uuid,
        version: i32,
        input: FindingInput,
    ) -> ApiResult<Finding> {
        let user = require_user(ctx)?;
        use_cases::update(ctx.data::<ApiContext>()?, user, finding_id, version, input).await
    }

    /// Its author while DRAFT, or the team lead. Kept in the history as
    /// REMOVED; gone from the list.
    async fn remove_finding(
        &self,
        ctx: &Context<'_>,
        finding_id: Uuid,
        version: i32,
    ) -> ApiResult<bool> {
        let user = require_user(ctx)?;
        use_cases::remove(ctx.data::<ApiContext>()?, user, finding_id, version).await
    }

    /// The team lead (or programme officer): DRAFT -> AGREED.
    async fn agree_finding(
        &self,
        ctx: &Context<'_>,
        finding_id: Uuid,
        version: i32,
    ) -> ApiResult<Finding> {
        let user = require_user(ctx)?;
        use_cases::set_agreed(ctx.data::<ApiContext>()?, user, finding_id, version, true).await
    }

    /// The team lead (or programme officer): AGREED -> DRAFT.
    async fn unagree_finding(
        &self,
        ctx: &Context<'_>,
        finding_id: Uuid,
        version: i32,
    ) -> ApiResult<Finding> {
        let user = require_user(ctx)?;
        use_cases::set_agreed(ctx.data::<ApiContext>()?, user, finding_id, version, false).await
    }

    /// The team lead (or programme officer): folds `mergedIds` into
    /// `intoId` (same review, none MERGED); the kept finding takes `text`
    /// (the lead's wording), the union of indicators, and the merged ones'
    /// attachments stay readable from their own (MERGED) entries. Returns
    /// the kept finding.
    async fn merge_findings(
        &self,
        ctx: &Context<'_>,
        into_id: Uuid,
        merged_ids: Vec<Uuid>,
        text: String,
    ) -> ApiResult<Finding> {
        let user = require_user(ctx)?;
        use_cases::merge(ctx.data::<ApiContext>()?, user, into_id, merged_ids, text).await
    }
}
