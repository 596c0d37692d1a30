//! The email outbox. Features queue mail by calling [`enqueue`] inside the
//! transaction that makes the change the mail is about, so a change and its
//! mail are written together or not at all. The dispatcher (in `notify`)
//! claims and sends.

use crate::entities::outbox;
use crate::StoreError;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde_json::Value;
use uuid::Uuid;

/// Where a message is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxStatus {
    Pending,
    Sent,
    Failed,
}

impl OutboxStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Sent => "SENT",
            Self::Failed => "FAILED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "PENDING" => Some(Self::Pending),
            "SENT" => Some(Self::Sent),
            "FAILED" => Some(Self::Failed),
            _ => None,
        }
    }
}

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMessage {
    /// Unique per intended message: queueing the same key twice queues once.
    pub idempotency_key: String,
    pub recipient: String,
    /// The template's name (see `notify`).
    pub template: String,
    /// The template's variables (and attachments) as JSON.
    pub payload: Value,
    /// Not sent before this time.
    pub due_at: DateTime<Utc>,
}

/// Queues a message in the caller's transaction. A message whose idempotency
/// key is already queued is left as it is, and its id returned.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    message: NewMessage,
    now: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    if let Some(existing) = outbox::Entity::find()
        .filter(outbox::Column::IdempotencyKey.eq(message.idempotency_key.as_str()))
        .one(db)
        .await?
    {
        return Ok(existing.id);
    }
    let id = Uuid::now_v7();
    outbox::ActiveModel {
        id: Set(id),
        idempotency_key: Set(message.idempotency_key),
        recipient: Set(message.recipient),
        template: Set(message.template),
        payload: Set(message.payload.to_string()),
        due_at: Set(message.due_at),
        status: Set(OutboxStatus::Pending.as_str().into()),
        attempts: Set(0),
        lease_owner: Set(None),
        lease_expires_at: Set(None),
        last_error: Set(None),
        sent_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// A queued message as the dispatcher and the admin view see it.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxRow {
    pub id: Uuid,
    pub idempotency_key: String,
    pub recipient: String,
    pub template: String,
    /// The template's variables as JSON text, parsed by whoever renders it.
    pub payload: String,
    pub due_at: DateTime<Utc>,
    pub status: OutboxStatus,
    pub attempts: i32,
    pub lease_owner: Option<String>,
    pub lease_expires_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<outbox::Model> for OutboxRow {
    type Error = StoreError;

    fn try_from(m: outbox::Model) -> Result<Self, StoreError> {
        let status = OutboxStatus::parse(&m.status).ok_or_else(|| {
            StoreError::Db(sea_orm::DbErr::Custom(format!(
                "outbox row {} has an unknown status `{}`",
                m.id, m.status
            )))
        })?;
        Ok(Self {
            id: m.id,
            idempotency_key: m.idempotency_key,
            recipient: m.recipient,
            template: m.template,
            payload: m.payload,
            due_at: m.due_at,
            status,
            attempts: m.attempts,
            lease_owner: m.lease_owner,
            lease_expires_at: m.lease_expires_at,
            last_error: m.last_error,
            sent_at: m.sent_at,
            created_at: m.created_at,
        })
    }
}

fn rows(models: Vec<outbox::Model>) -> Result<Vec<OutboxRow>, StoreError> {
    models.into_iter().map(OutboxRow::try_from).collect()
}

/// A pending row that is due and that nobody holds a live lease on.
fn claimable(now: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(outbox::Column::Status.eq(OutboxStatus::Pending.as_str()))
        .add(outbox::Column::DueAt.lte(now))
        .add(
            Condition::any()
                .add(outbox::Column::LeaseExpiresAt.is_null())
                .add(outbox::Column::LeaseExpiresAt.lt(now)),
        )
}

/// Rows this owner holds and may still settle.
fn held_by(id: Uuid, owner: &str) -> Condition {
    Condition::all()
        .add(outbox::Column::Id.eq(id))
        .add(outbox::Column::Status.eq(OutboxStatus::Pending.as_str()))
        .add(outbox::Column::LeaseOwner.eq(owner))
}

/// Claims up to `limit` due messages for `owner` until `now + lease`, oldest
/// due first. On PostgreSQL concurrent claimers skip each other's rows
/// (`FOR UPDATE SKIP LOCKED`); SQLite has one writer, so the single UPDATE
/// is atomic there. A row whose lease has expired (its sender died) is
/// claimable again.
pub async fn claim<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    owner: &str,
    now: DateTime<Utc>,
    lease: Duration,
    limit: u64,
) -> Result<Vec<OutboxRow>, StoreError> {
    let txn = db.begin().await?;
    let due = Query::select()
        .column(outbox::Column::Id)
        .from(outbox::Entity)
        .cond_where(claimable(now))
        .order_by(outbox::Column::DueAt, Order::Asc)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .to_owned();
    outbox::Entity::update_many()
        .col_expr(outbox::Column::LeaseOwner, Expr::value(owner))
        .col_expr(outbox::Column::LeaseExpiresAt, Expr::value(now + lease))
        .filter(outbox::Column::Id.in_subquery(due))
        .filter(claimable(now))
        .exec(&txn)
        .await?;
    let claimed = outbox::Entity::find()
        .filter(outbox::Column::Status.eq(OutboxStatus::Pending.as_str()))
        .filter(outbox::Column::LeaseOwner.eq(owner))
        .order_by_asc(outbox::Column::DueAt)
        .all(&txn)
        .await?;
    txn.commit().await?;
    rows(claimed)
}

/// Extends every lease `owner` holds on pending rows to `until`; returns how
/// many it still holds. A live sender calls this so that a slow send is
/// never taken by another.
pub async fn renew(
    db: &impl ConnectionTrait,
    owner: &str,
    until: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let result = outbox::Entity::update_many()
        .col_expr(outbox::Column::LeaseExpiresAt, Expr::value(until))
        .filter(outbox::Column::Status.eq(OutboxStatus::Pending.as_str()))
        .filter(outbox::Column::LeaseOwner.eq(owner))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// Gives up every lease `owner` holds on pending rows (at shutdown), so
/// another sender need not wait for them to expire.
pub async fn release(db: &impl ConnectionTrait, owner: &str) -> Result<u64, StoreError> {
    let result = outbox::Entity::update_many()
        .col_expr(
            outbox::Column::LeaseOwner,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            outbox::Column::LeaseExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(outbox::Column::Status.eq(OutboxStatus::Pending.as_str()))
        .filter(outbox::Column::LeaseOwner.eq(owner))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// What became of one delivery attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Settlement {
    /// The server accepted it.
    Sent,
    /// It failed for now; try again at `next_due`.
    Retry {
        error: String,
        next_due: DateTime<Utc>,
    },
    /// It can never succeed as it is (rejected recipient, broken template,
    /// or too many attempts).
    Failed { error: String },
}

/// Records an attempt on a row `owner` still holds; returns false (and
/// changes nothing) when the lease was lost to another sender meanwhile.
/// The owner stays on a sent row, recording who sent it.
pub async fn settle(
    db: &impl ConnectionTrait,
    id: Uuid,
    owner: &str,
    outcome: Settlement,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let no_time = Expr::value(Option::<DateTime<Utc>>::None);
    let mut update = outbox::Entity::update_many()
        .col_expr(
            outbox::Column::Attempts,
            Expr::col(outbox::Column::Attempts).add(1),
        )
        .col_expr(outbox::Column::LeaseExpiresAt, no_time)
        .filter(held_by(id, owner));
    update = match outcome {
        Settlement::Sent => update
            .col_expr(
                outbox::Column::Status,
                Expr::value(OutboxStatus::Sent.as_str()),
            )
            .col_expr(outbox::Column::SentAt, Expr::value(now)),
        Settlement::Retry { error, next_due } => update
            .col_expr(outbox::Column::LastError, Expr::value(error))
            .col_expr(outbox::Column::DueAt, Expr::value(next_due))
            .col_expr(
                outbox::Column::LeaseOwner,
                Expr::value(Option::<String>::None),
            ),
        Settlement::Failed { error } => update
            .col_expr(
                outbox::Column::Status,
                Expr::value(OutboxStatus::Failed.as_str()),
            )
            .col_expr(outbox::Column::LastError, Expr::value(error)),
    };
    Ok(update.exec(db).await?.rows_affected == 1)
}

/// One page of the outbox, newest first, with the total matching.
pub async fn list(
    db: &impl ConnectionTrait,
    status: Option<OutboxStatus>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<OutboxRow>, u64), StoreError> {
    let mut query = outbox::Entity::find();
    if let Some(status) = status {
        query = query.filter(outbox::Column::Status.eq(status.as_str()));
    }
    let total = query.clone().count(db).await?;
    let page = query
        .order_by_desc(outbox::Column::CreatedAt)
        .order_by_desc(outbox::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows(page)?, total))
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<OutboxRow>, StoreError> {
    outbox::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(OutboxRow::try_from)
        .transpose()
}

/// Puts a failed message back in the queue, due now, with its attempts
/// counted afresh. Only a failed message may be retried.
pub async fn retry(
    db: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<OutboxRow, StoreError> {
    let result = outbox::Entity::update_many()
        .col_expr(
            outbox::Column::Status,
            Expr::value(OutboxStatus::Pending.as_str()),
        )
        .col_expr(outbox::Column::Attempts, Expr::value(0))
        .col_expr(outbox::Column::DueAt, Expr::value(now))
        .col_expr(
            outbox::Column::LeaseOwner,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            outbox::Column::LeaseExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::Status.eq(OutboxStatus::Failed.as_str()))
        .exec(db)
        .await?;
    let row = find(db, id)
        .await?
        .ok_or_else(|| StoreError::not_found("outbox message"))?;
    if result.rows_affected == 0 {
        return Err(StoreError::validation(
            "id",
            format!(
                "Only a failed message can be retried; this one is {}.",
                row.status.as_str().to_lowercase()
            ),
        ));
    }
    Ok(row)
}
