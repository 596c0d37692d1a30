//! The sign-in throttle's counters: locked, written, read, cleared, and
//! the stale address counters purged.

use crate::entities::sign_in_throttle;
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::throttle::ThrottleState;
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait,
    FromQueryResult, QueryFilter,
};

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
