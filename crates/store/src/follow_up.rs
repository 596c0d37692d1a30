//! Follow-up (issue 20): one document per review from the report's first
//! publication, claimed by its revision on every write. Every write runs
//! in the caller's transaction.

use crate::entities::follow_up;
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::follow_up::FollowUp;
use domain::lifecycle::{ReviewFacts, ReviewState};
use domain::report::Draft;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;
use uuid::Uuid;

/// The follow-up as stored, with the revision a write claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub review_id: Uuid,
    pub revision: i32,
    pub follow_up: FollowUp,
}

fn corrupt(row: impl std::fmt::Display, what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!("{row}: {what}")))
}

fn to_stored(r: follow_up::Model) -> Result<Stored, StoreError> {
    let follow_up: FollowUp = serde_json::from_str(&r.document)
        .map_err(|e| corrupt(format!("follow-up {}", r.review_id), e))?;
    Ok(Stored {
        review_id: r.review_id,
        revision: r.revision,
        follow_up,
    })
}

fn json(value: &FollowUp) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| corrupt("follow-up", e))
}

/// The review's follow-up, once its report was published.
pub async fn of_review(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<Option<Stored>, StoreError> {
    follow_up::Entity::find_by_id(review_id)
        .one(db)
        .await?
        .map(to_stored)
        .transpose()
}

/// Stores the follow-up at the first publication; a second one for the
/// same review is a conflict.
pub async fn create(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    value: &FollowUp,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    follow_up::Entity::insert(follow_up::ActiveModel {
        review_id: Set(review_id),
        revision: Set(1),
        document: Set(json(value)?),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .map_err(|_| StoreError::Conflict)?;
    Ok(())
}

/// Writes the follow-up over the stored one, claiming its revision: zero
/// rows (someone wrote in between) is a conflict and nothing is written.
pub async fn save(
    db: &impl ConnectionTrait,
    stored: &Stored,
    value: &FollowUp,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let done = follow_up::Entity::update_many()
        .col_expr(
            follow_up::Column::Revision,
            Expr::col(follow_up::Column::Revision).add(1),
        )
        .col_expr(follow_up::Column::Document, Expr::value(json(value)?))
        .col_expr(follow_up::Column::UpdatedAt, Expr::value(now))
        .filter(follow_up::Column::ReviewId.eq(stored.review_id))
        .filter(follow_up::Column::Revision.eq(stored.revision))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::Conflict);
    }
    Ok(())
}

/// The review whose follow-up holds an action, note or measure with this
/// id, if any (ids are UUIDs, so a text match on the document finds them;
/// the document is then read to be sure).
pub async fn review_holding(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    let rows = follow_up::Entity::find()
        .filter(follow_up::Column::Document.contains(id.to_string()))
        .all(db)
        .await?;
    for row in rows {
        let stored = to_stored(row)?;
        let f = &stored.follow_up;
        if f.action(id).is_some()
            || f.action_of_note(id).is_some()
            || f.measures.iter().any(|m| m.id == id)
        {
            return Ok(Some(stored.review_id));
        }
    }
    Ok(None)
}

/// Whether the guards read follow-up in this state.
fn follow_up_stage(state: ReviewState) -> bool {
    matches!(state, ReviewState::ReportPublished | ReviewState::FollowUp)
}

/// The follow-up's facts for the guards, read in the caller's transaction
/// (in every state, so a review's page costs the same statements whatever
/// its stage). A published review without a follow-up document (published
/// before follow-up was recorded) stays `None`: its commands are refused
/// as not recorded.
pub async fn fill_facts(
    db: &impl ConnectionTrait,
    facts: &mut ReviewFacts,
    review_id: Uuid,
) -> Result<(), StoreError> {
    let stored = of_review(db, review_id).await?;
    apply_facts(facts, stored.as_ref().map(|s| &s.follow_up));
    Ok(())
}

/// The follow-up's facts from its document, in the states that read them.
pub fn apply_facts(facts: &mut ReviewFacts, follow_up: Option<&FollowUp>) {
    if follow_up_stage(facts.state) {
        facts.follow_up = follow_up.map(FollowUp::facts);
    }
}

/// The report drafts and follow-ups of the reviews a subquery selects, by
/// review, in one statement: a follow-up exists only where a draft was
/// published, so the drafts joined with their follow-ups hold them all.
pub async fn drafts_and_follow_ups_in(
    db: &impl ConnectionTrait,
    ids: sea_orm::sea_query::SelectStatement,
) -> Result<(HashMap<Uuid, Draft>, HashMap<Uuid, FollowUp>), StoreError> {
    use crate::entities::report_draft;
    use sea_orm::sea_query::{Alias, Query};
    let statement = Query::select()
        .column((report_draft::Entity, report_draft::Column::ReviewId))
        .column((report_draft::Entity, report_draft::Column::Document))
        .expr_as(
            Expr::col((follow_up::Entity, follow_up::Column::Document)),
            Alias::new("follow_up_document"),
        )
        .from(report_draft::Entity)
        .left_join(
            follow_up::Entity,
            Expr::col((follow_up::Entity, follow_up::Column::ReviewId))
                .equals((report_draft::Entity, report_draft::Column::ReviewId)),
        )
        .and_where(
            Expr::col((report_draft::Entity, report_draft::Column::ReviewId)).in_subquery(ids),
        )
        .to_owned();
    let rows = db
        .query_all(db.get_database_backend().build(&statement))
        .await?;
    let mut drafts = HashMap::new();
    let mut follow_ups = HashMap::new();
    for row in rows {
        let review_id: Uuid = row.try_get("", "review_id")?;
        let document: String = row.try_get("", "document")?;
        let draft: Draft = serde_json::from_str(&document)
            .map_err(|e| corrupt(format!("report draft {review_id}"), e))?;
        drafts.insert(review_id, draft);
        let follow_up: Option<String> = row.try_get("", "follow_up_document")?;
        if let Some(document) = follow_up {
            let value: FollowUp = serde_json::from_str(&document)
                .map_err(|e| corrupt(format!("follow-up {review_id}"), e))?;
            follow_ups.insert(review_id, value);
        }
    }
    Ok((drafts, follow_ups))
}

/// The active users of these authorities (host users and leads) with
/// their names, by name: who may own an action.
pub async fn host_users(
    db: &impl ConnectionTrait,
    authorities: &[Uuid],
) -> Result<Vec<(Uuid, String)>, StoreError> {
    use crate::entities::user;
    use sea_orm::QueryOrder;
    if authorities.is_empty() {
        return Ok(Vec::new());
    }
    Ok(user::Entity::find()
        .filter(user::Column::OrganisationId.is_in(authorities.iter().copied()))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Name)
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect())
}
