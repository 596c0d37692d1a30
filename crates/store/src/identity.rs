//! Users, sessions, one-time links and sign-in throttling.

use crate::entities::{one_time_token, session, sign_in_throttle, user, user_role};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::identity::{Role, ThrottleState, User};
use sea_orm::sea_query::{Expr, Func, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// What a one-time link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    Invitation,
    Reset,
}

impl TokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::Invitation => "INVITATION",
            Self::Reset => "RESET",
        }
    }
}

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

async fn replace_roles(
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

/// Users matching `search` (name or email), by name, one page at a time.
pub async fn users_page(
    db: &impl ConnectionTrait,
    search: Option<&str>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<User>, u64), StoreError> {
    let mut query = user::Entity::find();
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

pub async fn set_password(
    db: &impl ConnectionTrait,
    id: Uuid,
    hash: String,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    update(db, id, now, |m| m.password_hash = Set(Some(hash))).await
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

// Sessions

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
    let Some(s) = session::Entity::find_by_id(token_hash.to_string())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(u) = user::Entity::find_by_id(s.user_id)
        .filter(user::Column::Active.eq(true))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some((s, with_roles(db, vec![u]).await?.remove(0))))
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

// One-time links

pub async fn create_token(
    db: &impl ConnectionTrait,
    token_hash: String,
    user_id: Uuid,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), StoreError> {
    one_time_token::ActiveModel {
        token_hash: Set(token_hash),
        user_id: Set(user_id),
        purpose: Set(purpose.as_str().into()),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Why a link cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenProblem {
    Unknown,
    Used,
    Expired,
}

/// Marks a link used and returns its user. The update is conditional on the
/// link being unused and unexpired, so two concurrent uses cannot both win.
pub async fn consume_token(
    db: &impl ConnectionTrait,
    token_hash: &str,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<Result<Uuid, TokenProblem>, StoreError> {
    let Some(row) = one_time_token::Entity::find_by_id(token_hash.to_string())
        .filter(one_time_token::Column::Purpose.eq(purpose.as_str()))
        .one(db)
        .await?
    else {
        return Ok(Err(TokenProblem::Unknown));
    };
    if row.used_at.is_some() {
        return Ok(Err(TokenProblem::Used));
    }
    if row.expires_at <= now {
        return Ok(Err(TokenProblem::Expired));
    }
    let updated = one_time_token::Entity::update_many()
        .col_expr(one_time_token::Column::UsedAt, Expr::value(now))
        .filter(one_time_token::Column::TokenHash.eq(token_hash))
        .filter(one_time_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if updated.rows_affected == 1 {
        Ok(Ok(row.user_id))
    } else {
        Ok(Err(TokenProblem::Used))
    }
}

/// When the user's latest link of this purpose was made, if any.
pub async fn latest_token_at(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    purpose: TokenPurpose,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    Ok(one_time_token::Entity::find()
        .filter(one_time_token::Column::UserId.eq(user_id))
        .filter(one_time_token::Column::Purpose.eq(purpose.as_str()))
        .order_by_desc(one_time_token::Column::CreatedAt)
        .one(db)
        .await?
        .map(|t| t.created_at))
}

/// Voids a user's unused links of one purpose (a new one replaces them).
pub async fn void_tokens(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    one_time_token::Entity::update_many()
        .col_expr(one_time_token::Column::UsedAt, Expr::value(now))
        .filter(one_time_token::Column::UserId.eq(user_id))
        .filter(one_time_token::Column::Purpose.eq(purpose.as_str()))
        .filter(one_time_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

// Throttling

pub async fn throttle_get(
    db: &impl ConnectionTrait,
    key: &str,
) -> Result<Option<ThrottleState>, StoreError> {
    Ok(sign_in_throttle::Entity::find_by_id(key.to_string())
        .one(db)
        .await?
        .map(|r| ThrottleState {
            failures: r.failures,
            window_started_at: r.window_started_at,
            locked_until: r.locked_until,
        }))
}

pub async fn throttle_put(
    db: &impl ConnectionTrait,
    key: &str,
    state: ThrottleState,
) -> Result<(), StoreError> {
    let model = sign_in_throttle::ActiveModel {
        key: Set(key.to_string()),
        failures: Set(state.failures),
        window_started_at: Set(state.window_started_at),
        locked_until: Set(state.locked_until),
    };
    let exists = sign_in_throttle::Entity::find_by_id(key.to_string())
        .count(db)
        .await?
        > 0;
    if exists {
        model.update(db).await?;
    } else {
        model.insert(db).await?;
    }
    Ok(())
}

pub async fn throttle_clear(db: &impl ConnectionTrait, key: &str) -> Result<(), StoreError> {
    sign_in_throttle::Entity::delete_by_id(key.to_string())
        .exec(db)
        .await?;
    Ok(())
}

/// The user a link belongs to, if it is usable now, without using it.
pub async fn peek_token(
    db: &impl ConnectionTrait,
    token_hash: &str,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<Result<Uuid, TokenProblem>, StoreError> {
    let row = one_time_token::Entity::find_by_id(token_hash.to_string())
        .filter(one_time_token::Column::Purpose.eq(purpose.as_str()))
        .one(db)
        .await?;
    Ok(match row {
        None => Err(TokenProblem::Unknown),
        Some(r) if r.used_at.is_some() => Err(TokenProblem::Used),
        Some(r) if r.expires_at <= now => Err(TokenProblem::Expired),
        Some(r) => Ok(r.user_id),
    })
}

/// Users by id, in any order; unknown ids are left out.
pub async fn users_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<User>, StoreError> {
    let rows = user::Entity::find()
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    with_roles(db, rows).await
}
