//! Blackout dates: per authority, a date or range with a reason.

use crate::entities::blackout_date;
use crate::StoreError;
use chrono::{DateTime, NaiveDate, Utc};
use domain::visit::{Blackout, MAX_BLACKOUTS_PER_AUTHORITY};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

/// One stored blackout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBlackout {
    pub id: Uuid,
    pub authority_id: Uuid,
    pub blackout: Blackout,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
}

fn to_stored(r: blackout_date::Model) -> StoredBlackout {
    StoredBlackout {
        id: r.id,
        authority_id: r.authority_id,
        blackout: Blackout {
            first_day: r.first_day,
            last_day: r.last_day,
            reason: r.reason,
        },
        created_by: r.created_by,
        created_at: r.created_at,
    }
}

/// The blackouts of these authorities, earliest first; with `from`, only
/// those ending on or after it.
pub async fn blackouts_of(
    db: &impl ConnectionTrait,
    authorities: &[Uuid],
    from: Option<NaiveDate>,
) -> Result<Vec<StoredBlackout>, StoreError> {
    if authorities.is_empty() {
        return Ok(Vec::new());
    }
    let mut query = blackout_date::Entity::find()
        .filter(blackout_date::Column::AuthorityId.is_in(authorities.iter().copied()));
    if let Some(from) = from {
        query = query.filter(blackout_date::Column::LastDay.gte(from));
    }
    Ok(query
        .order_by_asc(blackout_date::Column::FirstDay)
        .order_by_asc(blackout_date::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_stored)
        .collect())
}

/// One blackout by id.
pub async fn blackout(db: &impl ConnectionTrait, id: Uuid) -> Result<StoredBlackout, StoreError> {
    blackout_date::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_stored)
        .ok_or_else(|| StoreError::not_found(format!("blackout date {id}")))
}

/// Records a blackout for an authority, refused once it holds
/// [`MAX_BLACKOUTS_PER_AUTHORITY`].
pub async fn add_blackout(
    db: &impl ConnectionTrait,
    authority: Uuid,
    blackout: &Blackout,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<StoredBlackout, StoreError> {
    let held = blackout_date::Entity::find()
        .filter(blackout_date::Column::AuthorityId.eq(authority))
        .count(db)
        .await?;
    if held >= MAX_BLACKOUTS_PER_AUTHORITY as u64 {
        return Err(StoreError::validation(
            "firstDay",
            format!(
                "An authority holds at most {MAX_BLACKOUTS_PER_AUTHORITY} blackout entries; \
                 remove past ones first."
            ),
        ));
    }
    let id = Uuid::now_v7();
    blackout_date::Entity::insert(blackout_date::ActiveModel {
        id: Set(id),
        authority_id: Set(authority),
        first_day: Set(blackout.first_day),
        last_day: Set(blackout.last_day),
        reason: Set(blackout.reason.clone()),
        created_by: Set(user),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    self::blackout(db, id).await
}

/// Replaces a blackout's dates and reason.
pub async fn update_blackout(
    db: &impl ConnectionTrait,
    id: Uuid,
    blackout: &Blackout,
) -> Result<StoredBlackout, StoreError> {
    blackout_date::Entity::update_many()
        .col_expr(
            blackout_date::Column::FirstDay,
            Expr::value(blackout.first_day),
        )
        .col_expr(
            blackout_date::Column::LastDay,
            Expr::value(blackout.last_day),
        )
        .col_expr(
            blackout_date::Column::Reason,
            Expr::value(blackout.reason.clone()),
        )
        .filter(blackout_date::Column::Id.eq(id))
        .exec(db)
        .await?;
    self::blackout(db, id).await
}

/// Removes a blackout.
pub async fn remove_blackout(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    let done = blackout_date::Entity::delete_by_id(id).exec(db).await?;
    if done.rows_affected == 0 {
        return Err(StoreError::not_found(format!("blackout date {id}")));
    }
    Ok(())
}
