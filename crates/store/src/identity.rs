//! Users, sessions, one-time links and sign-in throttling.

use crate::entities::{
    one_time_token, organisation, outbox, session, sign_in_throttle, team_member, user, user_role,
};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::identity::{Role, User};
use domain::throttle::{ThrottleKey, ThrottleState};
use sea_orm::sea_query::{Expr, Func, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, DbErr,
    EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
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
    Ok(session_viewer(db, token_hash)
        .await?
        .map(|(session, user, _)| (session, user)))
}

/// A user's row with their roles, one row per role (`role` is null for a
/// user without any): users and their roles in one statement, and never
/// the password hash, only whether there is one.
#[derive(Debug, FromQueryResult)]
struct UserRoleRow {
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
fn users_with_roles() -> sea_orm::Select<user::Entity> {
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
fn fold_users(rows: Vec<UserRoleRow>) -> Vec<User> {
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

/// The account an email address names, as a password reset needs it (id,
/// name, active), in one statement.
pub async fn account_for_reset(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<(Uuid, String, bool)>, StoreError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?
        .map(|u| (u.id, u.name, u.active)))
}

/// A new reset link for `target` and its mail, replacing the user's unused
/// reset links. With no target (no such account, a deactivated one, or a
/// link sent moments ago) the very same statements run and match no row,
/// so a request does the same work whether or not the address has an
/// account, and takes as long.
pub async fn create_reset_link(
    db: &impl ConnectionTrait,
    target: Option<Uuid>,
    token_hash: &str,
    expires_at: DateTime<Utc>,
    message: crate::outbox::NewMessage,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let user_id = target.unwrap_or(Uuid::nil());
    let purpose = TokenPurpose::Reset.as_str();
    one_time_token::Entity::update_many()
        .col_expr(one_time_token::Column::UsedAt, Expr::value(now))
        .filter(one_time_token::Column::UserId.eq(user_id))
        .filter(one_time_token::Column::Purpose.eq(purpose))
        .filter(one_time_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    let the_user = || {
        Query::select()
            .from(user::Entity)
            .and_where(Expr::col((user::Entity, user::Column::Id)).eq(user_id))
            .to_owned()
    };
    use one_time_token::Column as T;
    let token = Query::insert()
        .into_table(one_time_token::Entity)
        .columns([
            T::TokenHash,
            T::UserId,
            T::Purpose,
            T::CreatedAt,
            T::ExpiresAt,
        ])
        .select_from(
            the_user()
                .expr(Expr::val(token_hash))
                .column((user::Entity, user::Column::Id))
                .expr(Expr::val(purpose))
                .expr(Expr::val(now))
                .expr(Expr::val(expires_at))
                .to_owned(),
        )
        .map_err(|e| StoreError::Db(DbErr::Custom(e.to_string())))?
        .to_owned();
    use outbox::Column as O;
    let mail = Query::insert()
        .into_table(outbox::Entity)
        .columns([
            O::Id,
            O::IdempotencyKey,
            O::Recipient,
            O::Template,
            O::Payload,
            O::DueAt,
            O::Status,
            O::Attempts,
            O::CreatedAt,
        ])
        .select_from(
            the_user()
                .expr(Expr::val(Uuid::now_v7()))
                .expr(Expr::val(message.idempotency_key))
                .expr(Expr::val(message.recipient))
                .expr(Expr::val(message.template))
                .expr(Expr::val(message.payload.to_string()))
                .expr(Expr::val(message.due_at))
                .expr(Expr::val(crate::outbox::OutboxStatus::Pending.as_str()))
                .expr(Expr::val(0i32))
                .expr(Expr::val(now))
                .to_owned(),
        )
        .map_err(|e| StoreError::Db(DbErr::Custom(e.to_string())))?
        .to_owned();
    let backend = db.get_database_backend();
    db.execute(backend.build(&token)).await?;
    db.execute(backend.build(&mail)).await?;
    Ok(())
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

fn throttle_state(row: sign_in_throttle::Model) -> Option<ThrottleState> {
    (row.failures > 0).then_some(ThrottleState {
        failures: row.failures,
        window_started_at: row.window_started_at,
        locked_until: row.locked_until,
    })
}

/// Locks the counter under `key` until `txn` ends and returns its state.
/// One upsert (`INSERT … ON CONFLICT … DO UPDATE … RETURNING`) creates a
/// missing row and takes the row lock on PostgreSQL (the write lock on
/// SQLite), so concurrent attempts on the same key queue here instead of
/// all reading the same count. Lock keys in a fixed order (sorted) to
/// avoid deadlocks.
pub async fn throttle_lock(
    txn: &DatabaseTransaction,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Option<ThrottleState>, StoreError> {
    use sign_in_throttle::Column as C;
    let upsert = Query::insert()
        .into_table(sign_in_throttle::Entity)
        .columns([C::Key, C::Failures, C::WindowStartedAt, C::LockedUntil])
        .values_panic([
            key.into(),
            0i32.into(),
            now.into(),
            Option::<DateTime<Utc>>::None.into(),
        ])
        .on_conflict(
            OnConflict::column(C::Key)
                .value(
                    C::Failures,
                    Expr::col((sign_in_throttle::Entity, C::Failures)),
                )
                .to_owned(),
        )
        .returning_all()
        .to_owned();
    let backend = txn.get_database_backend();
    let row = txn
        .query_one(backend.build(&upsert))
        .await?
        .ok_or_else(|| StoreError::Db(DbErr::RecordNotFound(format!("throttle {key}"))))?;
    let model = sign_in_throttle::Model::from_query_result(&row, "")?;
    Ok(throttle_state(model))
}

/// Writes a counter locked by [`throttle_lock`]; `None` removes it.
pub async fn throttle_set(
    db: &impl ConnectionTrait,
    key: &str,
    state: Option<ThrottleState>,
) -> Result<(), StoreError> {
    match state {
        None => throttle_clear(db, key).await,
        Some(state) => {
            sign_in_throttle::Entity::update_many()
                .col_expr(
                    sign_in_throttle::Column::Failures,
                    Expr::value(state.failures),
                )
                .col_expr(
                    sign_in_throttle::Column::WindowStartedAt,
                    Expr::value(state.window_started_at),
                )
                .col_expr(
                    sign_in_throttle::Column::LockedUntil,
                    Expr::value(state.locked_until),
                )
                .filter(sign_in_throttle::Column::Key.eq(key))
                .exec(db)
                .await?;
            Ok(())
        }
    }
}

/// The counter under `key`, if any (for tests and the admin's eye).
pub async fn throttle_get(
    db: &impl ConnectionTrait,
    key: &str,
) -> Result<Option<ThrottleState>, StoreError> {
    Ok(sign_in_throttle::Entity::find_by_id(key.to_string())
        .one(db)
        .await?
        .and_then(throttle_state))
}

/// Removes the address counters ([`domain::throttle::ADDRESS_COUNTER_PREFIXES`])
/// whose window started before `cutoff` and that are not locked at `now`,
/// so that attempts with ever new addresses and emails do not grow the
/// table without bound. Returns how many went.
pub async fn throttle_purge(
    db: &impl ConnectionTrait,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    use sign_in_throttle::Column as C;
    let mut prefixes = Condition::any();
    for prefix in domain::throttle::ADDRESS_COUNTER_PREFIXES {
        prefixes = prefixes.add(C::Key.starts_with(prefix));
    }
    let done = sign_in_throttle::Entity::delete_many()
        .filter(prefixes)
        .filter(C::WindowStartedAt.lt(cutoff))
        .filter(
            Condition::any()
                .add(C::LockedUntil.is_null())
                .add(C::LockedUntil.lt(now)),
        )
        .exec(db)
        .await?;
    Ok(done.rows_affected)
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
