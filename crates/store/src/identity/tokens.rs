//! One-time links (invitations and password resets): made, used once,
//! peeked at, voided; and a reset link made with its mail in the same
//! statements whether or not the address has an account.

use crate::entities::{one_time_token, outbox, user};
use crate::StoreError;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
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
