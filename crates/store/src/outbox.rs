//! The email outbox. Features queue mail by calling [`enqueue`] inside the
//! transaction that makes the change the mail is about, so a change and its
//! mail are written together or not at all. The dispatcher (in `notify`)
//! claims and sends.

use crate::entities::outbox;
use crate::StoreError;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
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
