//! A review's team members and the conflicts of interest about them.

use super::{Affiliation, InvitationStatus, TeamRole};
use crate::error::ApiResult;
use crate::identity::UserView;
use crate::loaders::{maybe, one, OrganisationKey, UserKey};
use crate::reference::Organisation;
use async_graphql::{Context, Object};
use chrono::{DateTime, Utc};
use store::review::{self as reviews, Member};
use uuid::Uuid;

/// A person invited to a review team.
pub struct TeamMember(pub Member);

#[Object]
impl TeamMember {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn user(&self, ctx: &Context<'_>) -> ApiResult<UserView> {
        Ok(UserView(one(ctx, UserKey(self.0.user_id)).await?))
    }
    /// Their organisation when they were invited.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        Ok(Organisation(
            one(ctx, OrganisationKey(self.0.organisation_id)).await?,
        ))
    }
    async fn affiliation(&self) -> Affiliation {
        self.0.affiliation.into()
    }
    async fn role(&self) -> TeamRole {
        self.0.role.into()
    }
    async fn invitation(&self) -> InvitationStatus {
        self.0.invitation.into()
    }
    /// Gets the programme's pre-reading with the invitation.
    async fn first_time(&self) -> bool {
        self.0.first_time
    }
    /// Replaced by another member: no longer on the team, kept in the
    /// history.
    async fn replaced(&self) -> bool {
        self.0.replaced_by.is_some()
    }
    async fn replaced_by_member_id(&self) -> Option<Uuid> {
        self.0.replaced_by
    }
    async fn invited_at(&self) -> DateTime<Utc> {
        self.0.invited_at
    }
    async fn answered_at(&self) -> Option<DateTime<Utc>> {
        self.0.answered_at
    }
}

/// A conflict of interest about a member, e.g. a reciprocal review in the
/// same phase of a CI programme.
pub struct ConflictView(pub reviews::Conflict);

#[Object(name = "Conflict")]
impl ConflictView {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn member_id(&self) -> Uuid {
        self.0.member_id
    }
    /// The other review of the reciprocal pair.
    async fn other_review_id(&self) -> Option<Uuid> {
        self.0.other_review_id
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn dismissed(&self) -> bool {
        self.0.dismissed_at.is_some()
    }
    async fn dismissal_reason(&self) -> Option<&str> {
        self.0.dismissed_reason.as_deref()
    }
    async fn dismissed_at(&self) -> Option<DateTime<Utc>> {
        self.0.dismissed_at
    }
    async fn dismissed_by(&self, ctx: &Context<'_>) -> ApiResult<Option<UserView>> {
        match self.0.dismissed_by {
            Some(id) => Ok(maybe(ctx, UserKey(id)).await?.map(UserView)),
            None => Ok(None),
        }
    }
}
