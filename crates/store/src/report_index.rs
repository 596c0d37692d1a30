//! The public index of reports (issue 19): reviews whose report is
//! published here and reviews imported from an earlier programme, newest
//! target month first, filtered; a page costs a constant number of
//! statements whatever its size.

use crate::entities::{organisation, programme, published_report, review, review_host};
use crate::review::{page_with_total, theme_contains, Review};
use crate::StoreError;
use chrono::{DateTime, NaiveDate, Utc};
use domain::lifecycle::ReviewState;
use domain::report::Snapshot;
use sea_orm::sea_query::{Order, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Which index rows to list; every field optional.
#[derive(Debug, Clone, Default)]
pub struct IndexFilter {
    /// Part of the theme, any case.
    pub theme: Option<String>,
    /// A host authority.
    pub authority: Option<Uuid>,
    /// The calendar year of the target month.
    pub year: Option<i32>,
    pub programme_id: Option<Uuid>,
    /// Only these reviews (those a text search found).
    pub only: Option<Vec<Uuid>>,
}

/// A review's latest published version.
#[derive(Debug, Clone)]
pub struct Latest {
    pub slug: String,
    pub version: i32,
    pub published_at: DateTime<Utc>,
    /// Read only when asked (for snippets).
    pub snapshot: Option<Snapshot>,
}

/// The reviews the index holds: published here, or imported and not
/// withdrawn.
fn in_index() -> Condition {
    let published = Query::select()
        .column(published_report::Column::ReviewId)
        .from(published_report::Entity)
        .to_owned();
    Condition::any()
        .add(review::Column::Id.in_subquery(published))
        .add(
            Condition::all()
                .add(review::Column::Imported.eq(true))
                .add(review::Column::State.ne(ReviewState::Withdrawn.as_str())),
        )
}

fn condition(filter: &IndexFilter) -> Condition {
    let mut cond = Condition::all().add(in_index());
    if let Some(t) = theme_contains(filter.theme.as_deref()) {
        cond = cond.add(t);
    }
    if let Some(a) = filter.authority {
        let hosted = Query::select()
            .column(review_host::Column::ReviewId)
            .from(review_host::Entity)
            .and_where(review_host::Column::AuthorityId.eq(a))
            .to_owned();
        cond = cond.add(review::Column::Id.in_subquery(hosted));
    }
    if let Some(y) = filter.year {
        if let (Some(from), Some(to)) = (
            NaiveDate::from_ymd_opt(y, 1, 1),
            NaiveDate::from_ymd_opt(y, 12, 31),
        ) {
            cond = cond
                .add(review::Column::TargetMonth.gte(from))
                .add(review::Column::TargetMonth.lte(to));
        }
    }
    if let Some(p) = filter.programme_id {
        cond = cond.add(review::Column::ProgrammeId.eq(p));
    }
    if let Some(ids) = &filter.only {
        cond = cond.add(review::Column::Id.is_in(ids.iter().copied()));
    }
    cond
}

/// A page of the index and how many rows match in all: one statement
/// (two past the end).
pub async fn index_page(
    db: &impl ConnectionTrait,
    filter: &IndexFilter,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Review>, u64), StoreError> {
    if filter.only.as_ref().is_some_and(Vec::is_empty) {
        return Ok((Vec::new(), 0));
    }
    let (page, total) =
        page_with_total(db, condition(filter), Order::Desc, offset, limit, true).await?;
    Ok((page, total.unwrap_or(0)))
}

/// The latest published version of each of these reviews: one statement.
pub async fn latest_versions(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
    with_snapshots: bool,
) -> Result<HashMap<Uuid, Latest>, StoreError> {
    let mut latest: HashMap<Uuid, Latest> = HashMap::new();
    if review_ids.is_empty() {
        return Ok(latest);
    }
    let query = published_report::Entity::find()
        .filter(published_report::Column::ReviewId.is_in(review_ids.iter().copied()))
        .order_by_asc(published_report::Column::Version);
    if with_snapshots {
        for row in query.all(db).await? {
            let snapshot: Snapshot = serde_json::from_str(&row.snapshot).map_err(|e| {
                StoreError::Db(sea_orm::DbErr::Custom(format!(
                    "published report {}: {e}",
                    row.id
                )))
            })?;
            latest.insert(
                row.review_id,
                Latest {
                    slug: row.slug,
                    version: row.version,
                    published_at: row.published_at,
                    snapshot: Some(snapshot),
                },
            );
        }
    } else {
        let rows: Vec<(Uuid, String, i32, DateTime<Utc>)> = query
            .select_only()
            .column(published_report::Column::ReviewId)
            .column(published_report::Column::Slug)
            .column(published_report::Column::Version)
            .column(published_report::Column::PublishedAt)
            .into_tuple()
            .all(db)
            .await?;
        for (review_id, slug, version, published_at) in rows {
            latest.insert(
                review_id,
                Latest {
                    slug,
                    version,
                    published_at,
                    snapshot: None,
                },
            );
        }
    }
    Ok(latest)
}

/// The index's filter options: every (theme, target month) of its rows,
/// one statement.
pub async fn themes_and_months(
    db: &impl ConnectionTrait,
) -> Result<Vec<(Option<String>, NaiveDate)>, StoreError> {
    Ok(review::Entity::find()
        .select_only()
        .column(review::Column::Theme)
        .column(review::Column::TargetMonth)
        .filter(in_index())
        .into_tuple()
        .all(db)
        .await?)
}

/// The host authorities of the index's rows, by name: one statement.
pub async fn host_authorities(
    db: &impl ConnectionTrait,
) -> Result<Vec<(Uuid, String)>, StoreError> {
    let reviews = Query::select()
        .column(review::Column::Id)
        .from(review::Entity)
        .cond_where(in_index())
        .to_owned();
    let hosts = Query::select()
        .column(review_host::Column::AuthorityId)
        .from(review_host::Entity)
        .and_where(review_host::Column::ReviewId.in_subquery(reviews))
        .to_owned();
    Ok(organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Id)
        .column(organisation::Column::Name)
        .filter(organisation::Column::Id.in_subquery(hosts))
        .order_by_asc(organisation::Column::Name)
        .into_tuple()
        .all(db)
        .await?)
}

/// Programmes' names by id: one statement.
pub async fn programme_names(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, String>, StoreError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, String)> = programme::Entity::find()
        .select_only()
        .column(programme::Column::Id)
        .column(programme::Column::Name)
        .filter(programme::Column::Id.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}
