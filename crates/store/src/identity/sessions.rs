//! Sessions: made at sign-in, read (with the user and their organisation)
//! by every signed-in request, touched and ended.

use super::{fold_users, users_with_roles, UserRoleRow};
use crate::entities::{organisation, session, user};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::identity::User;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QuerySelect, Set,
};
use uuid::Uuid;

pub async fn create_session(
    db: &impl ConnectionTrait,
    token_hash: String,
    user_id: Uuid,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), StoreError> {
    session::ActiveModel {
        token_hash: Set(token_hash),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The session and its active user, if both exist.
pub async fn session_user(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<(session::Model, User)>, StoreError> {
    Ok(session_viewer(db, token_hash)
        .await?
        .map(|(session, user, _)| (session, user)))
}

/// A session row, its active user with roles, and their organisation.
#[derive(Debug, FromQueryResult)]
struct SessionRow {
    s_token_hash: String,
    s_created_at: DateTime<Utc>,
    s_last_seen_at: DateTime<Utc>,
    s_expires_at: DateTime<Utc>,
    o_id: Uuid,
    o_kind: String,
    o_name: String,
    o_short_name: Option<String>,
    o_gss_code: Option<String>,
    o_ric: Option<String>,
    o_lgbf_family_group: Option<i32>,
    o_created_at: DateTime<Utc>,
}

/// The session, its active user (with roles) and the user's organisation,
/// in one statement: every signed-in request starts here.
pub async fn session_viewer(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<(session::Model, User, domain::Organisation)>, StoreError> {
    use sea_orm::JoinType;
    let sessions_to_users: sea_orm::RelationDef = session::Entity::belongs_to(user::Entity)
        .from(session::Column::UserId)
        .to(user::Column::Id)
        .into();
    let users_to_organisations: sea_orm::RelationDef =
        user::Entity::belongs_to(organisation::Entity)
            .from(user::Column::OrganisationId)
            .to(organisation::Column::Id)
            .into();
    let mut query = users_with_roles()
        .join_rev(JoinType::InnerJoin, sessions_to_users)
        .join(JoinType::InnerJoin, users_to_organisations)
        .filter(session::Column::TokenHash.eq(token_hash))
        .filter(user::Column::Active.eq(true));
    for (column, alias) in [
        (session::Column::TokenHash, "s_token_hash"),
        (session::Column::CreatedAt, "s_created_at"),
        (session::Column::LastSeenAt, "s_last_seen_at"),
        (session::Column::ExpiresAt, "s_expires_at"),
    ] {
        query = query.column_as(Expr::col((session::Entity, column)), alias);
    }
    for (column, alias) in [
        (organisation::Column::Id, "o_id"),
        (organisation::Column::Kind, "o_kind"),
        (organisation::Column::Name, "o_name"),
        (organisation::Column::ShortName, "o_short_name"),
        (organisation::Column::GssCode, "o_gss_code"),
        (organisation::Column::Ric, "o_ric"),
        (organisation::Column::LgbfFamilyGroup, "o_lgbf_family_group"),
        (organisation::Column::CreatedAt, "o_created_at"),
    ] {
        query = query.column_as(Expr::col((organisation::Entity, column)), alias);
    }
    let statement = sea_orm::QueryTrait::build(&query, db.get_database_backend());
    let rows = db.query_all(statement).await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let head = SessionRow::from_query_result(first, "")?;
    let users = fold_users(
        rows.iter()
            .map(|r| UserRoleRow::from_query_result(r, ""))
            .collect::<Result<_, _>>()?,
    );
    let Some(user) = users.into_iter().next() else {
        return Ok(None);
    };
    let session = session::Model {
        token_hash: head.s_token_hash,
        user_id: user.id,
        created_at: head.s_created_at,
        last_seen_at: head.s_last_seen_at,
        expires_at: head.s_expires_at,
    };
    let organisation = crate::reference::organisation_from(organisation::Model {
        id: head.o_id,
        kind: head.o_kind,
        name: head.o_name,
        short_name: head.o_short_name,
        gss_code: head.o_gss_code,
        ric: head.o_ric,
        lgbf_family_group: head.o_lgbf_family_group,
        created_at: head.o_created_at,
    })?;
    Ok(Some((session, user, organisation)))
}

pub async fn touch_session(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    session::Entity::update_many()
        .col_expr(session::Column::LastSeenAt, Expr::value(now))
        .filter(session::Column::TokenHash.eq(token_hash))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete_session(db: &impl ConnectionTrait, token_hash: &str) -> Result<(), StoreError> {
    session::Entity::delete_by_id(token_hash.to_string())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of a user, except `keep` (the caller's own) if given.
pub async fn delete_sessions_of(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    keep: Option<&str>,
) -> Result<(), StoreError> {
    let mut q = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        q = q.filter(session::Column::TokenHash.ne(keep));
    }
    q.exec(db).await?;
    Ok(())
}
