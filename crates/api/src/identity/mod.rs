//! Accounts in the API: sign-in and sessions, invitations, password resets
//! and the administration of users.
//!
//! - `sessions`: sign-in, sign-out, the session cookie, password change;
//! - `links`: invitations and password resets (links sent by mail);
//! - `admin`: deactivating, reactivating and setting roles.

mod admin;
mod links;
mod sessions;

pub(crate) use links::{queue_invitation, set_up_link};

use crate::auth::{require_admin, require_inviter, viewer};
use crate::error::{ApiError, ApiResult};
use crate::reference::Organisation;
use crate::ApiContext;
use async_graphql::{Context, Enum, InputObject, MergedObject, Object};
use chrono::{DateTime, Utc};
use domain::identity::{self as id, EmailAddress, User};
use store::identity as users;
use uuid::Uuid;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "quads_session";
/// How long an invitation link lasts.
pub const INVITATION_DAYS: i64 = 7;
/// How long a password-reset link lasts.
pub const RESET_MINUTES: i64 = 15;
/// A second reset mail is not sent within this many seconds of the last.
const RESET_RESEND_SECONDS: i64 = 60;

/// A global role; rights on a review come from team membership.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::identity::Role")]
pub enum Role {
    /// Manages accounts and the mail outbox.
    Admin,
    /// Runs the programme: schedules reviews, forms teams (ADES officers).
    ProgrammeOfficer,
    /// Works for a local authority; with `lead`, its Director or Head of Service.
    AuthorityUser,
    /// Joins review teams (Education Scotland, HM Inspectors, others).
    Reviewer,
}

/// A person with an account.
pub struct UserView(pub User);

#[Object(name = "User")]
impl UserView {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn email(&self) -> &str {
        &self.0.email
    }
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        // Batched when the request has a loader (lists of people).
        if ctx.data::<crate::loaders::RequestLoader>().is_ok() {
            return crate::loaders::one(
                ctx,
                crate::loaders::OrganisationKey(self.0.organisation_id),
            )
            .await
            .map(Organisation);
        }
        let store = &ctx.data::<ApiContext>()?.store;
        store::reference::organisations_by_ids(store.conn(), &[self.0.organisation_id])
            .await?
            .pop()
            .map(Organisation)
            .ok_or_else(|| ApiError::internal(format!("user {} has no organisation", self.0.id)))
    }
    async fn roles(&self) -> Vec<Role> {
        self.0.roles.iter().map(|r| (*r).into()).collect()
    }
    /// Lead (Director or Head of Service) of their authority.
    async fn lead(&self) -> bool {
        self.0.lead
    }
    /// False once an administrator has deactivated the account.
    async fn active(&self) -> bool {
        self.0.active
    }
    /// True until the person sets a password from their invitation.
    async fn invitation_pending(&self) -> bool {
        !self.0.has_password
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn last_sign_in_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_sign_in_at
    }
    /// The person's open tasks across every review they take part in,
    /// soonest month first: only what the review's state allows and they
    /// may do (their own only: `FORBIDDEN` for anyone else's).
    async fn tasks(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<crate::review::tasks::Task>>> {
        crate::review::tasks::tasks_of(ctx, self.0.id).await
    }
    /// The reviews the person takes part in, newest month first: hosted by
    /// their authority, or with them on the team (invited or accepted);
    /// every review for a programme officer. `limit` 1–200. Their own
    /// only: `FORBIDDEN` for anyone else's.
    async fn reviews(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 0)] offset: i32,
        #[graphql(default = 20)] limit: i32,
    ) -> ApiResult<Option<crate::review::ReviewPage>> {
        crate::review::tasks::reviews_of(ctx, self.0.id, offset, limit).await
    }
}

/// One page of users.
#[derive(async_graphql::SimpleObject)]
pub struct UserPage {
    pub items: Vec<UserView>,
    pub total: i64,
}

/// A person to invite.
#[derive(InputObject)]
pub struct InviteUserInput {
    pub email: String,
    pub name: String,
    pub organisation_id: Uuid,
    pub roles: Vec<Role>,
    #[graphql(default = false)]
    pub lead: bool,
}

fn context<'a>(ctx: &Context<'a>) -> ApiResult<&'a ApiContext> {
    Ok(ctx.data::<ApiContext>()?)
}

fn email_field(raw: &str, field: &str) -> ApiResult<EmailAddress> {
    EmailAddress::parse(raw).map_err(|m| ApiError::validation(field, m))
}

#[derive(Default)]
pub struct IdentityQuery;

#[Object]
impl IdentityQuery {
    /// The signed-in user, or null.
    async fn me(&self, ctx: &Context<'_>) -> Option<UserView> {
        viewer(ctx).user.as_ref().map(|u| UserView(u.user.clone()))
    }

    /// One user by id (administrators).
    async fn user(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<UserView> {
        require_admin(ctx)?;
        let app = context(ctx)?;
        Ok(UserView(users::user_by_id(app.store.conn(), id).await?))
    }

    /// Users whose name or email contains `search`, by name. Administrators
    /// see every account; programme officers, finding people to put on a
    /// review team, see the active accounts (invitation pending or not) of
    /// the organisations teams come from, leads included, and no
    /// administrators.
    async fn users(
        &self,
        ctx: &Context<'_>,
        search: Option<String>,
        #[graphql(default = 0)] offset: i32,
        #[graphql(default = 50)] limit: i32,
    ) -> ApiResult<UserPage> {
        let caller = require_inviter(ctx)?;
        domain::text::SEARCH.parse_optional(search.as_deref())?;
        if offset < 0 {
            return Err(ApiError::validation("offset", "Offset must be 0 or more"));
        }
        if !(1..=200).contains(&limit) {
            return Err(ApiError::validation("limit", "Limit must be from 1 to 200"));
        }
        let app = context(ctx)?;
        let scope = if caller.user().has(id::Role::Admin) {
            users::UserScope::Everyone
        } else {
            users::UserScope::TeamCandidates
        };
        let (list, total) = users::users_page(
            app.store.conn(),
            search.as_deref(),
            scope,
            offset as u64,
            limit as u64,
        )
        .await?;
        Ok(UserPage {
            items: list.into_iter().map(UserView).collect(),
            total: total as i64,
        })
    }
}

/// The account mutations, in the order the schema lists them.
#[derive(MergedObject, Default)]
pub struct IdentityMutation(
    sessions::SessionMutation,
    links::InvitationMutation,
    links::PasswordResetMutation,
    admin::AccountAdminMutation,
);
