//! The administration of accounts: deactivating, reactivating and roles.

use super::Role;
use super::{context, UserView};
use crate::auth::require_admin;
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, Object};
use domain::identity as id;
use store::identity as users;
use uuid::Uuid;

#[derive(Default)]
pub struct AccountAdminMutation;

#[Object]
impl AccountAdminMutation {
    /// Deactivates an account; its sessions end at once (administrators).
    async fn deactivate_user(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<UserView> {
        let admin = require_admin(ctx)?;
        let app = context(ctx)?;
        if id == admin.user().id() {
            return Err(ApiError::validation(
                "id",
                "You cannot deactivate your own account",
            ));
        }
        let user = users::user_by_id(app.store.conn(), id).await?;
        if user.has(id::Role::Admin)
            && users::active_admins_other_than(app.store.conn(), id).await? == 0
        {
            return Err(ApiError::validation(
                "id",
                "Quads needs at least one active administrator",
            ));
        }
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        users::set_active(&txn, id, false, now).await?;
        users::delete_sessions_of(&txn, id, None).await?;
        if user.lead {
            // A host lead no longer active: escalations and the other host
            // lead reminders go to the current leads only.
            store::reminders::reschedule_hosted_by(&txn, user.organisation_id, now).await?;
        }
        store::commit(txn).await?;
        Ok(UserView(users::user_by_id(app.store.conn(), id).await?))
    }

    /// Lets a deactivated account sign in again (administrators).
    async fn reactivate_user(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<UserView> {
        require_admin(ctx)?;
        let app = context(ctx)?;
        let user = users::user_by_id(app.store.conn(), id).await?;
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        users::set_active(&txn, id, true, now).await?;
        if user.lead {
            // A host lead again: reminded as the other leads are.
            store::reminders::reschedule_hosted_by(&txn, user.organisation_id, now).await?;
        }
        store::commit(txn).await?;
        Ok(UserView(users::user_by_id(app.store.conn(), id).await?))
    }

    /// Replaces a user's roles and lead flag (administrators). Quads always
    /// keeps at least one active administrator.
    async fn set_user_roles(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        roles: Vec<Role>,
        lead: bool,
    ) -> ApiResult<UserView> {
        require_admin(ctx)?;
        let app = context(ctx)?;
        let user = users::user_by_id(app.store.conn(), id).await?;
        let roles: Vec<id::Role> = roles.into_iter().map(Into::into).collect();
        let organisation =
            store::reference::organisations_by_ids(app.store.conn(), &[user.organisation_id])
                .await?
                .pop()
                .ok_or_else(|| ApiError::internal(format!("user {id} has no organisation")))?;
        id::check_roles(&roles, lead, organisation.kind)
            .map_err(|(f, m)| ApiError::validation(f, m))?;
        let loses_admin = user.has(id::Role::Admin) && !roles.contains(&id::Role::Admin);
        if loses_admin
            && user.active
            && users::active_admins_other_than(app.store.conn(), id).await? == 0
        {
            return Err(ApiError::validation(
                "roles",
                "This is the last active administrator: make someone else an administrator first",
            ));
        }
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        users::set_roles(&txn, id, &roles, lead, now).await?;
        if lead != user.lead {
            // A change of host lead: the hosted reviews' reminders for host
            // leads (escalations among them) go to the current leads.
            store::reminders::reschedule_hosted_by(&txn, user.organisation_id, now).await?;
        }
        store::commit(txn).await?;
        Ok(UserView(users::user_by_id(app.store.conn(), id).await?))
    }
}
