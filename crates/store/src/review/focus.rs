//! A review's focus (theme, key questions, scope) and its sign-offs: an
//! edit of the focus clears them, as does reopening it.

use super::{group_by_review, mismatch};
use crate::entities::{focus_sign_off, review};
use crate::positional;
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::lifecycle::{Decided, Event, SignedFor};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A sign-off of the current focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOff {
    pub id: Uuid,
    pub review_id: Uuid,
    pub user_id: Uuid,
    /// The host authority signed for; `None` for a programme officer.
    pub authority_id: Option<Uuid>,
    pub signed_at: DateTime<Utc>,
}

pub async fn sign_offs_of(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<SignOff>>, StoreError> {
    let rows = positional::all(
        db,
        focus_sign_off::Entity::find()
            .filter(focus_sign_off::Column::ReviewId.is_in(review_ids.iter().copied()))
            .order_by_asc(focus_sign_off::Column::SignedAt),
    )
    .await?;
    Ok(group_by_review(rows, |r| {
        (
            r.review_id,
            SignOff {
                id: r.id,
                review_id: r.review_id,
                user_id: r.user_id,
                authority_id: r.authority_id,
                signed_at: r.signed_at,
            },
        )
    }))
}

/// Sets the focus and clears every sign-off of the old one.
pub async fn set_focus(
    db: &impl ConnectionTrait,
    decided: &Decided,
    id: Uuid,
) -> Result<(), StoreError> {
    let Event::FocusEdited {
        theme,
        key_questions,
        scope,
        ..
    } = decided.event()
    else {
        return Err(mismatch("editing the focus"));
    };
    review::Entity::update_many()
        .col_expr(review::Column::Theme, Expr::value(theme.clone()))
        .col_expr(
            review::Column::KeyQuestions,
            Expr::value(serde_json::to_string(key_questions).unwrap_or_else(|_| "[]".into())),
        )
        .col_expr(review::Column::Scope, Expr::value(scope.clone()))
        .filter(review::Column::Id.eq(id))
        .exec(db)
        .await?;
    delete_sign_offs(db, id).await
}

/// Clears every sign-off of the focus when it is reopened.
pub async fn clear_sign_offs(
    db: &impl ConnectionTrait,
    decided: &Decided,
    id: Uuid,
) -> Result<(), StoreError> {
    if !matches!(decided.event(), Event::FocusReopened { .. }) {
        return Err(mismatch("reopening the focus"));
    }
    delete_sign_offs(db, id).await
}

async fn delete_sign_offs(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    focus_sign_off::Entity::delete_many()
        .filter(focus_sign_off::Column::ReviewId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn add_sign_off(
    db: &impl ConnectionTrait,
    decided: &Decided,
    review_id: Uuid,
) -> Result<(), StoreError> {
    let Event::FocusSignedOff {
        signed_for,
        actor: user_id,
        at: now,
    } = decided.event()
    else {
        return Err(mismatch("signing off the focus"));
    };
    let authority_id = match signed_for {
        SignedFor::HostLead(authority) => Some(authority.authority_id),
        SignedFor::ProgrammeOfficer => None,
    };
    let (user_id, now) = (*user_id, *now);
    focus_sign_off::ActiveModel {
        id: Set(Uuid::now_v7()),
        review_id: Set(review_id),
        user_id: Set(user_id),
        authority_id: Set(authority_id),
        signed_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}
