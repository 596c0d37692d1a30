//! Conflicts of interest about a review's team members: raised when a
//! member joins, dismissed once with a reason.

use super::{group_by_review, mismatch};
use crate::entities::review_conflict;
use crate::positional;
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::lifecycle::{Decided, Event};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A conflict of interest about a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub id: Uuid,
    pub review_id: Uuid,
    pub member_id: Uuid,
    pub other_review_id: Option<Uuid>,
    pub description: String,
    pub dismissed_reason: Option<String>,
    pub dismissed_by: Option<Uuid>,
    pub dismissed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

pub(super) fn to_conflict(r: review_conflict::Model) -> Conflict {
    Conflict {
        id: r.id,
        review_id: r.review_id,
        member_id: r.member_id,
        other_review_id: r.other_review_id,
        description: r.description,
        dismissed_reason: r.dismissed_reason,
        dismissed_by: r.dismissed_by,
        dismissed_at: r.dismissed_at,
        created_at: r.created_at,
    }
}

pub async fn conflicts_of(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Conflict>>, StoreError> {
    let rows = positional::all(
        db,
        review_conflict::Entity::find()
            .filter(review_conflict::Column::ReviewId.is_in(review_ids.iter().copied()))
            .order_by_asc(review_conflict::Column::CreatedAt),
    )
    .await?;
    Ok(group_by_review(rows, |r| (r.review_id, to_conflict(r))))
}

pub async fn conflict(db: &impl ConnectionTrait, id: Uuid) -> Result<Conflict, StoreError> {
    review_conflict::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_conflict)
        .ok_or_else(|| StoreError::not_found(format!("conflict {id}")))
}

pub async fn add_conflict(
    db: &impl ConnectionTrait,
    decided: &Decided,
    review_id: Uuid,
    member_id: Uuid,
    other_review_id: Option<Uuid>,
    description: String,
) -> Result<(), StoreError> {
    // A conflict is raised by the member's joining.
    if !matches!(
        decided.event(),
        Event::MemberAdded { .. } | Event::MemberInvited { .. } | Event::MemberReplaced { .. }
    ) {
        return Err(mismatch("raising a conflict"));
    }
    let now = decided.at();
    review_conflict::ActiveModel {
        id: Set(Uuid::now_v7()),
        review_id: Set(review_id),
        member_id: Set(member_id),
        other_review_id: Set(other_review_id),
        description: Set(description),
        dismissed_reason: Set(None),
        dismissed_by: Set(None),
        dismissed_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Dismisses a conflict with the reason, once.
pub async fn dismiss_conflict(
    db: &impl ConnectionTrait,
    decided: &Decided,
) -> Result<(), StoreError> {
    let Event::ConflictDismissed {
        conflict_id: id,
        reason,
        actor: by,
        at: now,
    } = decided.event()
    else {
        return Err(mismatch("dismissing a conflict"));
    };
    let (id, by, now) = (*id, *by, *now);
    let reason = reason.as_str();
    let done = review_conflict::Entity::update_many()
        .col_expr(
            review_conflict::Column::DismissedReason,
            Expr::value(reason),
        )
        .col_expr(review_conflict::Column::DismissedBy, Expr::value(by))
        .col_expr(review_conflict::Column::DismissedAt, Expr::value(now))
        .filter(review_conflict::Column::Id.eq(id))
        .filter(review_conflict::Column::DismissedAt.is_null())
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::validation(
            "id",
            "This conflict has already been dismissed",
        ));
    }
    Ok(())
}
