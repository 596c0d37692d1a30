//! A review's visit plan: its days, the iCalendar sequence raised on every
//! change, when the agenda was first shared, and its sessions.

use super::corrupt;
use crate::entities::{visit_plan, visit_session};
use crate::StoreError;
use chrono::{DateTime, NaiveDate, Utc};
use domain::visit::{Audience, Session};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

/// A review's plan row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub review_id: Uuid,
    /// The visit days, earliest first.
    pub days: Vec<NaiveDate>,
    /// Raised on every change of the plan (iCalendar `SEQUENCE`).
    pub sequence: i32,
    /// When the agenda was first sent to the host's contacts.
    pub shared_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

fn to_plan(r: visit_plan::Model) -> Result<Plan, StoreError> {
    let days: Vec<NaiveDate> = serde_json::from_str(&r.days)
        .map_err(|e| corrupt(format!("visit plan of review {}", r.review_id), e))?;
    Ok(Plan {
        review_id: r.review_id,
        days,
        sequence: r.sequence,
        shared_at: r.shared_at,
        updated_at: r.updated_at,
    })
}

/// The plans of these reviews (those that have one).
pub async fn plans_of(
    db: &impl ConnectionTrait,
    reviews: &[Uuid],
) -> Result<Vec<Plan>, StoreError> {
    if reviews.is_empty() {
        return Ok(Vec::new());
    }
    visit_plan::Entity::find()
        .filter(visit_plan::Column::ReviewId.is_in(reviews.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(to_plan)
        .collect()
}

/// A review's plan, if its dates were ever set.
pub async fn plan(db: &impl ConnectionTrait, review_id: Uuid) -> Result<Option<Plan>, StoreError> {
    Ok(plans_of(db, &[review_id]).await?.pop())
}

/// Sets a review's visit days (creating its plan), raising its sequence;
/// when it was shared stays as it was.
pub async fn set_days(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    days: &[NaiveDate],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let text = serde_json::to_string(days).map_err(|e| corrupt("visit days", e))?;
    let done = visit_plan::Entity::update_many()
        .col_expr(visit_plan::Column::Days, Expr::value(text.clone()))
        .col_expr(
            visit_plan::Column::Sequence,
            Expr::col(visit_plan::Column::Sequence).add(1),
        )
        .col_expr(visit_plan::Column::UpdatedAt, Expr::value(now))
        .filter(visit_plan::Column::ReviewId.eq(review_id))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        visit_plan::Entity::insert(visit_plan::ActiveModel {
            review_id: Set(review_id),
            days: Set(text),
            sequence: Set(0),
            shared_at: Set(None),
            updated_at: Set(now),
        })
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Raises a plan's sequence after a change to its sessions.
pub async fn touch(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    visit_plan::Entity::update_many()
        .col_expr(
            visit_plan::Column::Sequence,
            Expr::col(visit_plan::Column::Sequence).add(1),
        )
        .col_expr(visit_plan::Column::UpdatedAt, Expr::value(now))
        .filter(visit_plan::Column::ReviewId.eq(review_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Records that the agenda was first shared with the host's contacts.
pub async fn mark_shared(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    visit_plan::Entity::update_many()
        .col_expr(visit_plan::Column::SharedAt, Expr::value(Some(now)))
        .filter(visit_plan::Column::ReviewId.eq(review_id))
        .filter(visit_plan::Column::SharedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

fn to_session(r: visit_session::Model) -> Result<(Uuid, Session), StoreError> {
    let row = format!("visit session {}", r.id);
    let names: Vec<String> =
        serde_json::from_str(&r.audiences).map_err(|e| corrupt(&row, format!("audiences: {e}")))?;
    let audiences = names
        .iter()
        .map(|n| n.parse::<Audience>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| corrupt(&row, e))?;
    let members: Vec<Uuid> =
        serde_json::from_str(&r.members).map_err(|e| corrupt(&row, format!("members: {e}")))?;
    Ok((
        r.review_id,
        Session {
            id: r.id,
            day: r.day,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            kind: r.kind.parse().map_err(|e| corrupt(&row, e))?,
            audiences,
            place: r.place,
            members,
        },
    ))
}

/// A review's sessions, by day and time.
pub async fn sessions_of(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<Vec<Session>, StoreError> {
    visit_session::Entity::find()
        .filter(visit_session::Column::ReviewId.eq(review_id))
        .order_by_asc(visit_session::Column::Day)
        .order_by_asc(visit_session::Column::StartsAt)
        .order_by_asc(visit_session::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| to_session(r).map(|(_, s)| s))
        .collect()
}

/// One session by id, with the review it belongs to.
pub async fn session(db: &impl ConnectionTrait, id: Uuid) -> Result<(Uuid, Session), StoreError> {
    visit_session::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("visit session {id}")))
        .and_then(to_session)
}

fn columns(s: &Session) -> Result<(String, String), StoreError> {
    let audiences: Vec<&str> = s.audiences.iter().map(|a| a.as_str()).collect();
    Ok((
        serde_json::to_string(&audiences).map_err(|e| corrupt("audiences", e))?,
        serde_json::to_string(&s.members).map_err(|e| corrupt("members", e))?,
    ))
}

/// Writes a new session (already checked by the domain).
pub async fn insert_session(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    s: &Session,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let (audiences, members) = columns(s)?;
    visit_session::Entity::insert(visit_session::ActiveModel {
        id: Set(s.id),
        review_id: Set(review_id),
        day: Set(s.day),
        starts_at: Set(s.starts_at),
        ends_at: Set(s.ends_at),
        kind: Set(s.kind.as_str().to_owned()),
        audiences: Set(audiences),
        place: Set(s.place.clone()),
        members: Set(members),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Replaces a session's content (already checked by the domain).
pub async fn update_session(db: &impl ConnectionTrait, s: &Session) -> Result<(), StoreError> {
    let (audiences, members) = columns(s)?;
    visit_session::Entity::update_many()
        .col_expr(visit_session::Column::Day, Expr::value(s.day))
        .col_expr(visit_session::Column::StartsAt, Expr::value(s.starts_at))
        .col_expr(visit_session::Column::EndsAt, Expr::value(s.ends_at))
        .col_expr(visit_session::Column::Kind, Expr::value(s.kind.as_str()))
        .col_expr(visit_session::Column::Audiences, Expr::value(audiences))
        .col_expr(visit_session::Column::Place, Expr::value(s.place.clone()))
        .col_expr(visit_session::Column::Members, Expr::value(members))
        .filter(visit_session::Column::Id.eq(s.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes a session.
pub async fn remove_session(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    visit_session::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// The visit facts for a review's guards, read only where a guard reads
/// them (`startVisit`, from `SELF_EVALUATION_SUBMITTED`); `None` elsewhere,
/// which no guard of another state looks at.
pub async fn facts_when_needed(
    db: &impl ConnectionTrait,
    review: &domain::lifecycle::ReviewFacts,
    review_id: Uuid,
) -> Result<Option<domain::lifecycle::VisitFacts>, StoreError> {
    if review.state != domain::lifecycle::ReviewState::SelfEvaluationSubmitted {
        return Ok(None);
    }
    Ok(Some(domain::lifecycle::VisitFacts {
        days: plan(db, review_id)
            .await?
            .map(|p| p.days)
            .unwrap_or_default(),
    }))
}

/// The visit days of the reviews `ids` selects (those with a plan), by
/// review: one statement, for `me { tasks }`.
pub async fn plans_in(
    db: &impl ConnectionTrait,
    ids: sea_orm::sea_query::SelectStatement,
) -> Result<std::collections::HashMap<Uuid, Vec<NaiveDate>>, StoreError> {
    visit_plan::Entity::find()
        .filter(visit_plan::Column::ReviewId.in_subquery(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| to_plan(r).map(|p| (p.review_id, p.days)))
        .collect()
}
