//! A review's history (the audit trail): each decided event appended as
//! the review's next numbered step, and the history read back by page, in
//! full, or as each review's latest change of state.

use super::{corrupt, group_by_review, Review};
use crate::entities::review_event;
use crate::positional;
use crate::StoreError;
use chrono::{DateTime, Utc};
pub use domain::lifecycle::EventKind;
use domain::lifecycle::{CommandKind, Decided, Event, EventActor, ReviewState};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use strum::VariantArray;
use uuid::Uuid;

/// One step of a review's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRecord {
    pub id: Uuid,
    pub review_id: Uuid,
    pub seq: i32,
    pub kind: EventKind,
    pub command: Option<CommandKind>,
    pub from: Option<ReviewState>,
    /// The state the review was in after the event (for a change that
    /// leaves the state, the state it stayed in).
    pub to: ReviewState,
    pub reason: Option<String>,
    /// A person, or the import of a published timetable.
    pub actor: EventActor,
    pub at: DateTime<Utc>,
    pub report_url: Option<String>,
    /// What changed (`{}` when nothing more is recorded).
    pub detail: serde_json::Value,
}

fn to_event(row: review_event::Model) -> Result<EventRecord, StoreError> {
    let at_row = format!(
        "review event {} (review {}, #{})",
        row.id, row.review_id, row.seq
    );
    let bad = |e: &dyn std::fmt::Display| corrupt(&at_row, e);
    let kind: EventKind = row.kind.parse().map_err(|e| bad(&e))?;
    // Only an import has no person behind it; any other row without one is
    // an error, not a change by nobody.
    let actor = match (row.actor_id, kind) {
        (Some(id), _) => EventActor::Person(id),
        (None, EventKind::Imported) => EventActor::Import,
        (None, _) => return Err(bad(&format!("a {kind} entry with no actor"))),
    };
    Ok(EventRecord {
        id: row.id,
        review_id: row.review_id,
        seq: row.seq,
        kind,
        command: row
            .command
            .map(|c| c.parse())
            .transpose()
            .map_err(|e| bad(&e))?,
        from: row
            .from_state
            .map(|s| s.parse())
            .transpose()
            .map_err(|e| bad(&e))?,
        to: row.to_state.parse().map_err(|e| bad(&e))?,
        reason: row.reason,
        actor,
        at: row.at,
        report_url: row.report_url,
        detail: match row.detail {
            Some(text) => serde_json::from_str(&text).map_err(|e| bad(&format!("detail: {e}")))?,
            None => serde_json::json!({}),
        },
    })
}

/// Appends `event` to the review's history as its next step. `review` is
/// the review as the change found it: an event that leaves the state
/// records the state it stayed in.
pub async fn record_event(
    db: &impl ConnectionTrait,
    review: &Review,
    decided: &Decided,
) -> Result<(), StoreError> {
    let event = decided.event();
    let from = match event {
        Event::Transitioned { from, .. } => Some(*from),
        _ => None,
    };
    let command = match event {
        Event::Transitioned { command, .. } => Some(*command),
        Event::Scheduled { .. } => Some(CommandKind::Schedule),
        _ => None,
    };
    let row = NewEventRow {
        kind: event.kind(),
        command,
        from,
        to: event.to().unwrap_or(review.state),
        reason: event.reason().map(str::to_owned),
        actor: event.actor().user_id(),
        at: event.at(),
        report_url: match event {
            Event::Imported { report_url, .. } => report_url.clone(),
            _ => None,
        },
        detail: event.detail(),
    };
    append_event(db, review.id, row).await
}

/// A history row about to be written.
struct NewEventRow {
    kind: EventKind,
    command: Option<CommandKind>,
    from: Option<ReviewState>,
    to: ReviewState,
    reason: Option<String>,
    actor: Option<Uuid>,
    at: DateTime<Utc>,
    report_url: Option<String>,
    detail: serde_json::Value,
}

/// Writes the review's next step. Two writers racing for one number hit
/// the unique (review, seq) index, which is a conflict.
async fn append_event(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    row: NewEventRow,
) -> Result<(), StoreError> {
    let seq = review_event::Entity::find()
        .filter(review_event::Column::ReviewId.eq(review_id))
        .count(db)
        .await? as i32
        + 1;
    let empty = row.detail.as_object().is_some_and(|o| o.is_empty());
    review_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        review_id: Set(review_id),
        seq: Set(seq),
        kind: Set(row.kind.as_str().into()),
        command: Set(row.command.map(|c| c.as_str().into())),
        from_state: Set(row.from.map(|s| s.as_str().into())),
        to_state: Set(row.to.as_str().into()),
        reason: Set(row.reason),
        actor_id: Set(row.actor),
        at: Set(row.at),
        report_url: Set(row.report_url),
        detail: Set((!empty).then(|| row.detail.to_string())),
    }
    .insert(db)
    .await
    .map_err(|e| match StoreError::from(e) {
        StoreError::Validation { .. } => StoreError::Conflict,
        other => other,
    })?;
    Ok(())
}

/// One page of a review's history, oldest first: up to `limit` entries
/// numbered after `after`, and how many entries there are in all.
pub async fn events_page(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    after: i32,
    limit: u64,
) -> Result<(Vec<EventRecord>, u64), StoreError> {
    let all = review_event::Entity::find().filter(review_event::Column::ReviewId.eq(review_id));
    let total = all.clone().count(db).await?;
    let rows = all
        .filter(review_event::Column::Seq.gt(after))
        .order_by_asc(review_event::Column::Seq)
        .limit(limit)
        .all(db)
        .await?;
    Ok((
        rows.into_iter().map(to_event).collect::<Result<_, _>>()?,
        total,
    ))
}

/// Every review's history, oldest first.
pub async fn events_of(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<EventRecord>>, StoreError> {
    let rows = review_event::Entity::find()
        .filter(review_event::Column::ReviewId.is_in(review_ids.iter().copied()))
        .order_by_asc(review_event::Column::ReviewId)
        .order_by_asc(review_event::Column::Seq)
        .all(db)
        .await?;
    let rows = rows
        .into_iter()
        .map(to_event)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(group_by_review(rows, |e| (e.review_id, e)))
}

/// Each review's latest change of state (scheduling, import or a
/// transition), in one statement: what the timetable and `resume` show.
pub async fn latest_events(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, EventRecord>, StoreError> {
    let setting_state: Vec<&str> = EventKind::VARIANTS
        .iter()
        .filter(|k| k.sets_state())
        .map(|k| k.as_str())
        .collect();
    let e2 = sea_orm::sea_query::Alias::new("e2");
    let latest = Query::select()
        .expr(Expr::col(review_event::Column::Seq).max())
        .from_as(review_event::Entity, e2.clone())
        .and_where(
            Expr::col((e2.clone(), review_event::Column::ReviewId))
                .equals((review_event::Entity, review_event::Column::ReviewId)),
        )
        .and_where(Expr::col((e2, review_event::Column::Kind)).is_in(setting_state.clone()))
        .to_owned();
    positional::all(
        db,
        review_event::Entity::find()
            .filter(review_event::Column::ReviewId.is_in(review_ids.iter().copied()))
            .filter(review_event::Column::Seq.in_subquery(latest)),
    )
    .await?
    .into_iter()
    .map(|r| to_event(r).map(|e| (e.review_id, e)))
    .collect()
}
