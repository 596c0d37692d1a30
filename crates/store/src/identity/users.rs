//! Accounts: creating them, and reading them with their roles — one at a
//! time, by page, or many by id in one statement.

use crate::entities::{organisation, user, user_role};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::identity::{Role, User};
use sea_orm::sea_query::{Expr, Func, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A new account.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub organisation_id: Uuid,
    pub roles: Vec<Role>,
    pub lead: bool,
    pub password_hash: Option<String>,
}

async fn roles_of(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Role>>, StoreError> {
    let rows = user_role::Entity::find()
        .filter(user_role::Column::UserId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let mut map: HashMap<Uuid, Vec<Role>> = HashMap::new();
    for row in rows {
        if let Ok(role) = row.role.parse::<Role>() {
            map.entry(row.user_id).or_default().push(role);
        }
    }
    for roles in map.values_mut() {
        roles.sort();
    }
    Ok(map)
}

fn to_domain(row: user::Model, roles: Vec<Role>) -> User {
    User {
        id: row.id,
        email: row.email,
        name: row.name,
        organisation_id: row.organisation_id,
        roles,
        lead: row.lead,
        active: row.active,
        has_password: row.password_hash.is_some(),
        created_at: row.created_at,
        last_sign_in_at: row.last_sign_in_at,
    }
}

async fn with_roles(
    db: &impl ConnectionTrait,
    rows: Vec<user::Model>,
) -> Result<Vec<User>, StoreError> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut roles = roles_of(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let rs = roles.remove(&r.id).unwrap_or_default();
            to_domain(r, rs)
        })
        .collect())
}

/// Creates an account; an email already in use is a validation error on `email`.
pub async fn create_user(
    db: &impl ConnectionTrait,
    new: NewUser,
    now: DateTime<Utc>,
) -> Result<User, StoreError> {
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(new.email.as_str()))
        .count(db)
        .await?;
    if taken > 0 {
        return Err(StoreError::validation(
            "email",
            "An account with this email address already exists",
        ));
    }
    let id = Uuid::now_v7();
    let row = user::ActiveModel {
        id: Set(id),
        email: Set(new.email),
        name: Set(new.name),
        organisation_id: Set(new.organisation_id),
        lead: Set(new.lead),
        active: Set(true),
        password_hash: Set(new.password_hash),
        created_at: Set(now),
        updated_at: Set(now),
        last_sign_in_at: Set(None),
        version: Set(1),
        invited_by: Set(None),
    }
    .insert(db)
    .await
    .map_err(|e| match StoreError::from(e) {
        StoreError::Validation { .. } => {
            StoreError::validation("email", "An account with this email address already exists")
        }
        other => other,
    })?;
    replace_roles(db, id, &new.roles).await?;
    let mut roles = new.roles;
    roles.sort();
    roles.dedup();
    Ok(to_domain(row, roles))
}

pub(super) async fn replace_roles(
    db: &impl ConnectionTrait,
    id: Uuid,
    roles: &[Role],
) -> Result<(), StoreError> {
    user_role::Entity::delete_many()
        .filter(user_role::Column::UserId.eq(id))
        .exec(db)
        .await?;
    let mut unique = roles.to_vec();
    unique.sort();
    unique.dedup();
    if !unique.is_empty() {
        user_role::Entity::insert_many(unique.iter().map(|r| user_role::ActiveModel {
            user_id: Set(id),
            role: Set(r.as_str().into()),
        }))
        .exec(db)
        .await?;
    }
    Ok(())
}

pub async fn user_by_id(db: &impl ConnectionTrait, id: Uuid) -> Result<User, StoreError> {
    let row = user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("user {id}")))?;
    Ok(with_roles(db, vec![row]).await?.remove(0))
}

/// The account for an email address with its password hash, if any.
pub async fn user_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<(User, Option<String>)>, StoreError> {
    let Some(row) = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let hash = row.password_hash.clone();
    Ok(Some((with_roles(db, vec![row]).await?.remove(0), hash)))
}

pub async fn password_hash(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<String>, StoreError> {
    Ok(user::Entity::find_by_id(id)
        .one(db)
        .await?
        .and_then(|r| r.password_hash))
}

/// Whose accounts a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserScope {
    /// Every account (administrators).
    Everyone,
    /// The people a programme officer may put on a review team
    /// ([`domain::identity::is_team_candidate`]): active accounts of team
    /// organisations, pending or not, and no administrators.
    TeamCandidates,
}

/// Users matching `search` (name or email) within `scope`, by name, one
/// page at a time.
pub async fn users_page(
    db: &impl ConnectionTrait,
    search: Option<&str>,
    scope: UserScope,
    offset: u64,
    limit: u64,
) -> Result<(Vec<User>, u64), StoreError> {
    let mut query = user::Entity::find();
    if scope == UserScope::TeamCandidates {
        let admins = Query::select()
            .column(user_role::Column::UserId)
            .from(user_role::Entity)
            .and_where(user_role::Column::Role.eq(Role::Admin.as_str()))
            .to_owned();
        let team_organisations = Query::select()
            .column(organisation::Column::Id)
            .from(organisation::Entity)
            .and_where(
                organisation::Column::Kind.is_in(
                    domain::identity::TEAM_ORGANISATION_KINDS
                        .iter()
                        .map(|k| k.as_str()),
                ),
            )
            .to_owned();
        query = query
            .filter(user::Column::Active.eq(true))
            .filter(user::Column::Id.not_in_subquery(admins))
            .filter(user::Column::OrganisationId.in_subquery(team_organisations));
    }
    if let Some(term) = search.map(str::trim).filter(|t| !t.is_empty()) {
        let pattern = format!(
            "%{}%",
            term.to_lowercase().replace('%', "\\%").replace('_', "\\_")
        );
        query = query.filter(
            Condition::any()
                .add(Expr::expr(Func::lower(Expr::col(user::Column::Name))).like(pattern.clone()))
                .add(user::Column::Email.like(pattern)),
        );
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(user::Column::Name)
        .order_by_asc(user::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((with_roles(db, rows).await?, total))
}

/// A user's row with their roles, one row per role (`role` is null for a
/// user without any): users and their roles in one statement, and never
/// the password hash, only whether there is one.
#[derive(Debug, FromQueryResult)]
pub(super) struct UserRoleRow {
    id: Uuid,
    email: String,
    name: String,
    organisation_id: Uuid,
    lead: bool,
    active: bool,
    has_password: bool,
    created_at: DateTime<Utc>,
    last_sign_in_at: Option<DateTime<Utc>>,
    role: Option<String>,
}

/// The users' columns a request reads, with their roles joined.
pub(super) fn users_with_roles() -> sea_orm::Select<user::Entity> {
    use sea_orm::JoinType;
    let roles_to_users: sea_orm::RelationDef = user_role::Entity::belongs_to(user::Entity)
        .from(user_role::Column::UserId)
        .to(user::Column::Id)
        .into();
    user::Entity::find()
        .select_only()
        .columns([
            user::Column::Id,
            user::Column::Email,
            user::Column::Name,
            user::Column::OrganisationId,
            user::Column::Lead,
            user::Column::Active,
            user::Column::CreatedAt,
            user::Column::LastSignInAt,
        ])
        .column_as(
            Expr::col((user::Entity, user::Column::PasswordHash)).is_not_null(),
            "has_password",
        )
        .column_as(
            Expr::col((user_role::Entity, user_role::Column::Role)),
            "role",
        )
        .join_rev(JoinType::LeftJoin, roles_to_users)
}

/// Folds rows of [`UserRoleRow`] into users, keeping their first order.
pub(super) fn fold_users(rows: Vec<UserRoleRow>) -> Vec<User> {
    let mut users: Vec<User> = Vec::new();
    let mut at: HashMap<Uuid, usize> = HashMap::new();
    for row in rows {
        let index = *at.entry(row.id).or_insert_with(|| {
            users.push(User {
                id: row.id,
                email: row.email.clone(),
                name: row.name.clone(),
                organisation_id: row.organisation_id,
                roles: Vec::new(),
                lead: row.lead,
                active: row.active,
                has_password: row.has_password,
                created_at: row.created_at,
                last_sign_in_at: row.last_sign_in_at,
            });
            users.len() - 1
        });
        if let Some(role) = row.role.and_then(|r| r.parse::<Role>().ok()) {
            users[index].roles.push(role);
        }
    }
    for user in &mut users {
        user.roles.sort();
    }
    users
}

/// Users by id with their roles, in one statement, in any order; unknown
/// ids are left out.
pub async fn users_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<User>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = users_with_roles()
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .into_model::<UserRoleRow>()
        .all(db)
        .await?;
    Ok(fold_users(rows))
}
