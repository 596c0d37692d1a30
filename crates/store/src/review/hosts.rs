//! A review's host authorities, with their organisations and leads.

use super::group_by_review;
use crate::entities::{organisation, review_host, user};
use crate::positional::{self, width, Positional};
use crate::StoreError;
use sea_orm::sea_query::{Expr, Query, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, Iterable, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

/// Each review's host authorities, in the order they were named.
pub async fn hosts_of(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Uuid>>, StoreError> {
    let rows = positional::all(
        db,
        review_host::Entity::find()
            .filter(review_host::Column::ReviewId.is_in(review_ids.iter().copied()))
            .order_by_asc(review_host::Column::Position),
    )
    .await?;
    Ok(group_by_review(rows, |row| {
        (row.review_id, row.authority_id)
    }))
}

/// A host authority of a review, with whether it has an active lead user
/// (the focus sign-off needs one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    pub authority: domain::Organisation,
    pub has_lead: bool,
}

/// Each review's host authorities with their organisations and whether
/// each has an active lead, in the order they were named: one statement.
pub async fn hosts_with_organisations(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Host>>, StoreError> {
    if review_ids.is_empty() {
        return Ok(HashMap::new());
    }
    hosts_where(
        db,
        Expr::col((review_host::Entity, review_host::Column::ReviewId))
            .is_in(review_ids.iter().copied()),
    )
    .await
}

/// The host authorities of the reviews `which` selects (a condition on
/// `review_hosts`), with their organisations and whether each has an
/// active lead, by review then position: one statement.
pub(super) async fn hosts_where(
    db: &impl ConnectionTrait,
    which: SimpleExpr,
) -> Result<HashMap<Uuid, Vec<Host>>, StoreError> {
    let lead = Query::select()
        .expr(Expr::val(1))
        .from(user::Entity)
        .and_where(
            Expr::col((user::Entity, user::Column::OrganisationId))
                .equals((review_host::Entity, review_host::Column::AuthorityId)),
        )
        .and_where(Expr::col((user::Entity, user::Column::Lead)).eq(true))
        .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
        .to_owned();
    // The review, the organisation's columns in its entity's order, then
    // whether it has a lead: read by position below.
    let statement = Query::select()
        .column((review_host::Entity, review_host::Column::ReviewId))
        .columns(organisation::Column::iter().map(|c| (organisation::Entity, c)))
        .expr_as(
            Expr::exists(lead),
            sea_orm::sea_query::Alias::new("has_lead"),
        )
        .from(review_host::Entity)
        .inner_join(
            organisation::Entity,
            Expr::col((organisation::Entity, organisation::Column::Id))
                .equals((review_host::Entity, review_host::Column::AuthorityId)),
        )
        .and_where(which)
        .order_by(
            (review_host::Entity, review_host::Column::ReviewId),
            sea_orm::sea_query::Order::Asc,
        )
        .order_by(
            (review_host::Entity, review_host::Column::Position),
            sea_orm::sea_query::Order::Asc,
        )
        .to_owned();
    let rows = db
        .query_all(db.get_database_backend().build(&statement))
        .await?;
    let has_lead_at = 1 + width::<organisation::Model>();
    let mut map: HashMap<Uuid, Vec<Host>> = HashMap::new();
    for row in rows {
        let review_id: Uuid = row.try_get_by_index(0)?;
        let organisation = organisation::Model::read(&row, 1)?;
        map.entry(review_id).or_default().push(Host {
            authority: crate::reference::organisation_from(organisation)?,
            has_lead: row.try_get_by_index(has_lead_at)?,
        });
    }
    Ok(map)
}

/// The active leads of these authorities: the host leads a review's
/// notices go to.
pub async fn lead_ids_of(
    db: &impl ConnectionTrait,
    authorities: &[Uuid],
) -> Result<Vec<Uuid>, StoreError> {
    Ok(user::Entity::find()
        .filter(user::Column::OrganisationId.is_in(authorities.iter().copied()))
        .filter(user::Column::Lead.eq(true))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|u| u.id)
        .collect())
}
