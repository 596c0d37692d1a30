//! Changes to an existing account: its password (and what a new password
//! ends), whether it is active, its roles, who invited it and when it last
//! signed in.

use super::{delete_sessions_of, replace_roles, throttle_clear};
use crate::entities::{one_time_token, team_member, user, user_role};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::identity::Role;
use domain::throttle::ThrottleKey;
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

/// Sets a user's password. Every password set goes through here, and
/// everything that trusted the old state ends with it: every unused
/// invitation and reset link of the user is voided, every session except
/// `keep` (the caller's own, when they changed it themselves) ends, and the
/// account's sign-in failure count starts again.
pub async fn set_password(
    db: &impl ConnectionTrait,
    id: Uuid,
    hash: String,
    now: DateTime<Utc>,
    keep: Option<&str>,
) -> Result<(), StoreError> {
    let mut email = String::new();
    update(db, id, now, |m| {
        email = m.email.clone().take().unwrap_or_default();
        m.password_hash = Set(Some(hash));
    })
    .await?;
    after_password_set(db, id, &email, now, keep).await
}

/// Sets the first password of an account that has none (accepting an
/// invitation), as [`set_password`] does. False, and nothing changed, when
/// the account already has a password.
pub async fn set_first_password(
    db: &impl ConnectionTrait,
    id: Uuid,
    hash: String,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let updated = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(Some(hash)))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            user::Column::Version,
            Expr::col(user::Column::Version).add(1),
        )
        .filter(user::Column::Id.eq(id))
        .filter(user::Column::PasswordHash.is_null())
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        return Ok(false);
    }
    let email = user::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|u| u.email)
        .unwrap_or_default();
    after_password_set(db, id, &email, now, None).await?;
    Ok(true)
}

async fn after_password_set(
    db: &impl ConnectionTrait,
    id: Uuid,
    email: &str,
    now: DateTime<Utc>,
    keep: Option<&str>,
) -> Result<(), StoreError> {
    one_time_token::Entity::update_many()
        .col_expr(one_time_token::Column::UsedAt, Expr::value(now))
        .filter(one_time_token::Column::UserId.eq(id))
        .filter(one_time_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    delete_sessions_of(db, id, keep).await?;
    throttle_clear(db, &ThrottleKey::Account(email.to_string()).storage_key()).await
}

/// Records who invited a user, unless someone already did.
pub async fn record_inviter(
    db: &impl ConnectionTrait,
    id: Uuid,
    inviter: Uuid,
) -> Result<(), StoreError> {
    user::Entity::update_many()
        .col_expr(user::Column::InvitedBy, Expr::value(inviter))
        .filter(user::Column::Id.eq(id))
        .filter(user::Column::InvitedBy.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Who first invited a user, if anyone.
pub async fn inviter_of(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Uuid>, StoreError> {
    Ok(user::Entity::find_by_id(id)
        .one(db)
        .await?
        .and_then(|u| u.invited_by))
}

/// Whether a user has a place (not given to someone else) on any review
/// team.
pub async fn on_a_review_team(db: &impl ConnectionTrait, id: Uuid) -> Result<bool, StoreError> {
    Ok(team_member::Entity::find()
        .filter(team_member::Column::UserId.eq(id))
        .filter(team_member::Column::ReplacedBy.is_null())
        .count(db)
        .await?
        > 0)
}

pub async fn set_active(
    db: &impl ConnectionTrait,
    id: Uuid,
    active: bool,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    update(db, id, now, |m| m.active = Set(active)).await
}

pub async fn set_roles(
    db: &impl ConnectionTrait,
    id: Uuid,
    roles: &[Role],
    lead: bool,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    update(db, id, now, |m| m.lead = Set(lead)).await?;
    replace_roles(db, id, roles).await
}

pub async fn record_sign_in(
    db: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    user::Entity::update_many()
        .col_expr(user::Column::LastSignInAt, Expr::value(now))
        .filter(user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

async fn update(
    db: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut user::ActiveModel),
) -> Result<(), StoreError> {
    let row = user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("user {id}")))?;
    let version = row.version;
    let mut active: user::ActiveModel = row.into();
    change(&mut active);
    active.updated_at = Set(now);
    active.version = Set(version + 1);
    active.update(db).await?;
    Ok(())
}

/// Active administrators other than `except`.
pub async fn active_admins_other_than(
    db: &impl ConnectionTrait,
    except: Uuid,
) -> Result<u64, StoreError> {
    let admins = Query::select()
        .column(user_role::Column::UserId)
        .from(user_role::Entity)
        .and_where(user_role::Column::Role.eq(Role::Admin.as_str()))
        .to_owned();
    Ok(user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Id.ne(except))
        .filter(user::Column::Id.in_subquery(admins))
        .count(db)
        .await?)
}
