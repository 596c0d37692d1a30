//! The email outbox for administrators: what is waiting, sent or failed,
//! and putting a failed message back in the queue.

use crate::auth::require_admin;
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use async_graphql::{Context, Enum, Object, SimpleObject};
use chrono::{DateTime, Utc};
use store::outbox::{self, OutboxRow};
use uuid::Uuid;

/// The most messages one page lists.
const MAX_PAGE: i32 = 200;

/// Where a message is in its life.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "store::outbox::OutboxStatus")]
pub enum OutboxStatus {
    /// Waiting to be sent (perhaps after a failed attempt).
    Pending,
    Sent,
    /// Will not be sent unless an administrator retries it.
    Failed,
}

/// One queued email.
#[derive(SimpleObject)]
pub struct OutboxMessage {
    pub id: Uuid,
    pub recipient: String,
    /// The template's name, e.g. `account_invitation`.
    pub template: String,
    /// The subject line as rendered from the template.
    pub subject: String,
    pub status: OutboxStatus,
    /// Delivery attempts so far.
    pub attempts: i32,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<String>,
    /// Not sent before this time; after a failure, when the next attempt is.
    pub due_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl OutboxMessage {
    fn new(row: OutboxRow, app: &ApiContext) -> Self {
        Self {
            subject: app.mail_subjects.subject(&row.template, &row.payload),
            id: row.id,
            recipient: row.recipient,
            template: row.template,
            status: row.status.into(),
            attempts: row.attempts,
            last_error: row.last_error,
            due_at: row.due_at,
            sent_at: row.sent_at,
            created_at: row.created_at,
        }
    }
}

/// A page of messages and how many match in all.
#[derive(SimpleObject)]
pub struct OutboxPage {
    pub items: Vec<OutboxMessage>,
    pub total: i32,
}

#[derive(Default)]
pub struct OutboxQuery;

#[Object]
impl OutboxQuery {
    /// The outbox, newest first, optionally only messages in one status.
    /// Administrators only.
    async fn outbox(
        &self,
        ctx: &Context<'_>,
        status: Option<OutboxStatus>,
        #[graphql(default = 0)] offset: Option<i32>,
        #[graphql(default = 50)] limit: Option<i32>,
    ) -> ApiResult<OutboxPage> {
        require_admin(ctx)?;
        let (offset, limit) = (offset.unwrap_or(0), limit.unwrap_or(50));
        if offset < 0 {
            return Err(ApiError::validation(
                "offset",
                "The offset cannot be negative.",
            ));
        }
        if !(1..=MAX_PAGE).contains(&limit) {
            return Err(ApiError::validation(
                "limit",
                format!("The limit must be between 1 and {MAX_PAGE}."),
            ));
        }
        let app = ctx.data::<ApiContext>()?;
        let (rows, total) = outbox::list(
            app.store.conn(),
            status.map(Into::into),
            offset as u64,
            limit as u64,
        )
        .await?;
        Ok(OutboxPage {
            items: rows
                .into_iter()
                .map(|row| OutboxMessage::new(row, app))
                .collect(),
            total: i32::try_from(total).unwrap_or(i32::MAX),
        })
    }
}

#[derive(Default)]
pub struct OutboxMutation;

#[Object]
impl OutboxMutation {
    /// Puts a failed message back in the queue, due now. Administrators
    /// only; only a failed message can be retried.
    async fn retry_outbox_message(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<OutboxMessage> {
        let admin = require_admin(ctx)?;
        let api = ctx.data::<ApiContext>()?;
        let row = outbox::retry(api.store.conn(), id, api.clock.now()).await?;
        tracing::info!(%id, by = %admin.user().id(), "outbox message retried");
        Ok(OutboxMessage::new(row, api))
    }
}
