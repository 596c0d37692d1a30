//! Programme insight and open data (issue 23): a programme's risk
//! thresholds, and the reads behind the dashboard, the themes across
//! reports, the collaboration network, the open-data downloads and the
//! Atom feed. Each read costs a constant number of statements whatever the
//! number of reviews.

use crate::entities::{
    follow_up, organisation, published_report, quad, review, review_host, risk_threshold,
    team_member,
};
use crate::review::{hosts_with_organisations, reviews_where, Review};
use crate::StoreError;
use chrono::{DateTime, NaiveDate, Utc};
use domain::follow_up::FollowUp;
use domain::insight::RiskThresholds;
use domain::lifecycle::{InvitationStatus, ReviewState};
use domain::report::Snapshot;
use domain::{Organisation, OrganisationKind};
use sea_orm::sea_query::{Alias, Expr, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

fn corrupt(row: impl std::fmt::Display, what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!("{row}: {what}")))
}

/// The programme's stored thresholds; `None` means the defaults.
pub async fn thresholds_of(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<Option<RiskThresholds>, StoreError> {
    Ok(risk_threshold::Entity::find_by_id(programme_id)
        .one(db)
        .await?
        .map(|r| RiskThresholds {
            focus_days_before: r.focus_days_before,
            team_days_before: r.team_days_before,
            self_evaluation_working_days_before: r.self_evaluation_working_days_before,
            report_working_days_after: r.report_working_days_after,
        }))
}

/// Replaces the programme's thresholds (the defaults are stored as no
/// row).
pub async fn set_thresholds(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
    thresholds: &RiskThresholds,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    risk_threshold::Entity::delete_many()
        .filter(risk_threshold::Column::ProgrammeId.eq(programme_id))
        .exec(db)
        .await?;
    if thresholds.is_default() {
        return Ok(());
    }
    risk_threshold::Entity::insert(risk_threshold::ActiveModel {
        programme_id: Set(programme_id),
        focus_days_before: Set(thresholds.focus_days_before),
        team_days_before: Set(thresholds.team_days_before),
        self_evaluation_working_days_before: Set(thresholds.self_evaluation_working_days_before),
        report_working_days_after: Set(thresholds.report_working_days_after),
        updated_by: Set(by),
        updated_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// The ids of a programme's reviews, as a subquery.
fn reviews_of(programme_id: Uuid) -> SelectStatement {
    Query::select()
        .column(review::Column::Id)
        .from(review::Entity)
        .and_where(review::Column::ProgrammeId.eq(programme_id))
        .to_owned()
}

/// Each review's host authorities, in the order they were named.
pub type Hosts = HashMap<Uuid, Vec<Organisation>>;

async fn hosts_of(db: &impl ConnectionTrait, reviews: &[Review]) -> Result<Hosts, StoreError> {
    let ids: Vec<Uuid> = reviews.iter().map(|r| r.id).collect();
    Ok(hosts_with_organisations(db, &ids)
        .await?
        .into_iter()
        .map(|(id, hosts)| (id, hosts.into_iter().map(|h| h.authority).collect()))
        .collect())
}

/// Everything the dashboard reads about a programme.
#[derive(Debug, Clone)]
pub struct ProgrammeInsight {
    pub reviews: Vec<Review>,
    pub hosts: Hosts,
    /// Visit days by review (those planned).
    pub visit_days: HashMap<Uuid, Vec<NaiveDate>>,
    /// Follow-ups by review (from the first publication).
    pub follow_ups: HashMap<Uuid, FollowUp>,
    /// The latest published version of each review: slug and number.
    pub latest: HashMap<Uuid, (String, i32)>,
    pub bank_holidays: Vec<(NaiveDate, String)>,
    pub thresholds: Option<RiskThresholds>,
}

/// The dashboard's reads: seven statements whatever the programme holds.
pub async fn programme_insight(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<ProgrammeInsight, StoreError> {
    let reviews = reviews_where(
        db,
        Condition::all().add(review::Column::ProgrammeId.eq(programme_id)),
    )
    .await?;
    let hosts = hosts_of(db, &reviews).await?;
    let visit_days = crate::visit::plans_in(db, reviews_of(programme_id)).await?;
    let mut follow_ups = HashMap::new();
    for row in follow_up::Entity::find()
        .filter(follow_up::Column::ReviewId.in_subquery(reviews_of(programme_id)))
        .all(db)
        .await?
    {
        let value: FollowUp = serde_json::from_str(&row.document)
            .map_err(|e| corrupt(format!("follow-up {}", row.review_id), e))?;
        follow_ups.insert(row.review_id, value);
    }
    let latest = latest_slugs(db, reviews_of(programme_id)).await?;
    let bank_holidays = crate::reference::bank_holidays(db).await?;
    let thresholds = thresholds_of(db, programme_id).await?;
    Ok(ProgrammeInsight {
        reviews,
        hosts,
        visit_days,
        follow_ups,
        latest,
        bank_holidays,
        thresholds,
    })
}

/// The latest published version (slug, number) of the reviews `ids`
/// selects: one statement.
async fn latest_slugs(
    db: &impl ConnectionTrait,
    ids: SelectStatement,
) -> Result<HashMap<Uuid, (String, i32)>, StoreError> {
    let rows: Vec<(Uuid, String, i32)> = published_report::Entity::find()
        .select_only()
        .column(published_report::Column::ReviewId)
        .column(published_report::Column::Slug)
        .column(published_report::Column::Version)
        .filter(published_report::Column::ReviewId.in_subquery(ids))
        .order_by_asc(published_report::Column::Version)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, slug, version)| (id, (slug, version)))
        .collect())
}

/// Which published reports to read; every field optional.
#[derive(Debug, Clone, Default)]
pub struct PublishedFilter {
    pub programme_id: Option<Uuid>,
    /// A host authority.
    pub authority: Option<Uuid>,
    /// The calendar year of the target month.
    pub year: Option<i32>,
}

/// A published version of a report.
#[derive(Debug, Clone)]
pub struct PublishedVersion {
    /// The row's id: stable, the Atom entry's id.
    pub id: Uuid,
    pub review_id: Uuid,
    pub version: i32,
    pub slug: String,
    pub change_note: Option<String>,
    pub published_at: DateTime<Utc>,
    /// Read only when asked.
    pub snapshot: Option<Snapshot>,
}

/// The latest published version of each report and its review.
#[derive(Debug, Clone)]
pub struct PublishedReports {
    /// Newest first publication first.
    pub reports: Vec<(Review, PublishedVersion)>,
    /// When each review's report was first published.
    pub first_published: HashMap<Uuid, DateTime<Utc>>,
    pub hosts: Hosts,
    pub programme_names: HashMap<Uuid, String>,
}

fn review_condition(filter: &PublishedFilter) -> Condition {
    let mut cond = Condition::all();
    if let Some(p) = filter.programme_id {
        cond = cond.add(review::Column::ProgrammeId.eq(p));
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
    cond
}

/// No later version of the same review exists.
fn is_latest() -> sea_orm::sea_query::SimpleExpr {
    let newer = Alias::new("newer");
    Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from_as(published_report::Entity, newer.clone())
            .and_where(
                Expr::col((newer.clone(), published_report::Column::ReviewId))
                    .equals((published_report::Entity, published_report::Column::ReviewId)),
            )
            .and_where(
                Expr::col((newer, published_report::Column::Version)).gt(Expr::col((
                    published_report::Entity,
                    published_report::Column::Version,
                ))),
            )
            .to_owned(),
    )
    .not()
}

fn to_version(
    row: published_report::Model,
    with_snapshot: bool,
) -> Result<PublishedVersion, StoreError> {
    let snapshot = if with_snapshot {
        Some(
            serde_json::from_str(&row.snapshot)
                .map_err(|e| corrupt(format!("published report {}", row.id), e))?,
        )
    } else {
        None
    };
    Ok(PublishedVersion {
        id: row.id,
        review_id: row.review_id,
        version: row.version,
        slug: row.slug,
        change_note: row.change_note,
        published_at: row.published_at,
        snapshot,
    })
}

/// The latest published version of every report the filter selects, with
/// its review, hosts and programme: five statements whatever their number.
/// Only reports published here: drafts and unpublished reviews are never
/// read.
pub async fn published_reports(
    db: &impl ConnectionTrait,
    filter: &PublishedFilter,
    with_snapshots: bool,
) -> Result<PublishedReports, StoreError> {
    let selected = Query::select()
        .column(review::Column::Id)
        .from(review::Entity)
        .cond_where(review_condition(filter))
        .to_owned();
    let versions: Vec<PublishedVersion> = published_report::Entity::find()
        .filter(published_report::Column::ReviewId.in_subquery(selected.clone()))
        .filter(is_latest())
        .all(db)
        .await?
        .into_iter()
        .map(|r| to_version(r, with_snapshots))
        .collect::<Result<_, _>>()?;
    let first: Vec<(Uuid, DateTime<Utc>)> = published_report::Entity::find()
        .select_only()
        .column(published_report::Column::ReviewId)
        .column(published_report::Column::PublishedAt)
        .filter(published_report::Column::ReviewId.in_subquery(selected))
        .filter(published_report::Column::Version.eq(1))
        .into_tuple()
        .all(db)
        .await?;
    let first_published: HashMap<Uuid, DateTime<Utc>> = first.into_iter().collect();
    let ids: Vec<Uuid> = versions.iter().map(|v| v.review_id).collect();
    let reviews = if ids.is_empty() {
        Vec::new()
    } else {
        reviews_where(
            db,
            Condition::all().add(review::Column::Id.is_in(ids.iter().copied())),
        )
        .await?
    };
    let hosts = hosts_of(db, &reviews).await?;
    let programme_ids: Vec<Uuid> = {
        let mut p: Vec<Uuid> = reviews.iter().map(|r| r.programme_id).collect();
        p.sort();
        p.dedup();
        p
    };
    let programme_names = crate::report_index::programme_names(db, &programme_ids).await?;
    let mut by_review: HashMap<Uuid, Review> = reviews.into_iter().map(|r| (r.id, r)).collect();
    let mut reports: Vec<(Review, PublishedVersion)> = versions
        .into_iter()
        .filter_map(|v| by_review.remove(&v.review_id).map(|r| (r, v)))
        .collect();
    reports.sort_by(|(a, va), (b, vb)| {
        let fa = first_published
            .get(&a.id)
            .copied()
            .unwrap_or(va.published_at);
        let fb = first_published
            .get(&b.id)
            .copied()
            .unwrap_or(vb.published_at);
        fb.cmp(&fa).then(a.id.cmp(&b.id))
    });
    Ok(PublishedReports {
        reports,
        first_published,
        hosts,
        programme_names,
    })
}

/// The newest published versions (every version, corrections included),
/// newest first, at most `limit`, with their reviews' hosts and
/// programmes: four statements.
pub async fn newest_versions(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<
    (
        Vec<(Review, PublishedVersion)>,
        Hosts,
        HashMap<Uuid, String>,
    ),
    StoreError,
> {
    let versions: Vec<PublishedVersion> = published_report::Entity::find()
        .order_by_desc(published_report::Column::PublishedAt)
        .order_by_desc(published_report::Column::Version)
        .order_by_asc(published_report::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|r| to_version(r, false))
        .collect::<Result<_, _>>()?;
    let mut ids: Vec<Uuid> = versions.iter().map(|v| v.review_id).collect();
    ids.sort();
    ids.dedup();
    let reviews = if ids.is_empty() {
        Vec::new()
    } else {
        reviews_where(
            db,
            Condition::all().add(review::Column::Id.is_in(ids.iter().copied())),
        )
        .await?
    };
    let hosts = hosts_of(db, &reviews).await?;
    let mut programme_ids: Vec<Uuid> = reviews.iter().map(|r| r.programme_id).collect();
    programme_ids.sort();
    programme_ids.dedup();
    let names = crate::report_index::programme_names(db, &programme_ids).await?;
    let by_review: HashMap<Uuid, Review> = reviews.into_iter().map(|r| (r.id, r)).collect();
    let entries = versions
        .into_iter()
        .filter_map(|v| by_review.get(&v.review_id).cloned().map(|r| (r, v)))
        .collect();
    Ok((entries, hosts, names))
}

/// A programme's timetable: every review with its hosts, quad names and
/// latest published version: five statements.
pub struct Timetable {
    pub reviews: Vec<Review>,
    pub hosts: Hosts,
    pub quad_names: HashMap<Uuid, String>,
    pub latest: HashMap<Uuid, (String, i32)>,
}

pub async fn timetable(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<Timetable, StoreError> {
    let reviews = reviews_where(
        db,
        Condition::all().add(review::Column::ProgrammeId.eq(programme_id)),
    )
    .await?;
    let hosts = hosts_of(db, &reviews).await?;
    let quads = Query::select()
        .column(review::Column::QuadId)
        .from(review::Entity)
        .and_where(review::Column::ProgrammeId.eq(programme_id))
        .to_owned();
    let quad_rows: Vec<(Uuid, String)> = quad::Entity::find()
        .select_only()
        .column(quad::Column::Id)
        .column(quad::Column::Name)
        .filter(quad::Column::Id.in_subquery(quads))
        .into_tuple()
        .all(db)
        .await?;
    let latest = latest_slugs(db, reviews_of(programme_id)).await?;
    Ok(Timetable {
        reviews,
        hosts,
        quad_names: quad_rows.into_iter().collect(),
        latest,
    })
}

/// How many times officers of one authority took part in reviews hosted
/// by another: accepted, current team places of people whose organisation
/// is a local authority, in reviews not withdrawn, once per host authority
/// other than their own. One statement for the counts, one for the
/// authorities.
pub async fn collaboration(
    db: &impl ConnectionTrait,
    programme_id: Option<Uuid>,
) -> Result<(Vec<(Uuid, Uuid, i64)>, Vec<Organisation>), StoreError> {
    let tm = team_member::Entity;
    let rh = review_host::Entity;
    let mut statement = Query::select()
        .column((tm, team_member::Column::OrganisationId))
        .column((rh, review_host::Column::AuthorityId))
        .expr_as(
            Expr::col((tm, team_member::Column::Id)).count(),
            Alias::new("places"),
        )
        .from(tm)
        .inner_join(
            rh,
            Expr::col((rh, review_host::Column::ReviewId))
                .equals((tm, team_member::Column::ReviewId)),
        )
        .inner_join(
            review::Entity,
            Expr::col((review::Entity, review::Column::Id))
                .equals((tm, team_member::Column::ReviewId)),
        )
        .inner_join(
            organisation::Entity,
            Expr::col((organisation::Entity, organisation::Column::Id))
                .equals((tm, team_member::Column::OrganisationId)),
        )
        .and_where(
            Expr::col((tm, team_member::Column::Invitation))
                .eq(InvitationStatus::Accepted.as_str()),
        )
        .and_where(Expr::col((tm, team_member::Column::ReplacedBy)).is_null())
        .and_where(
            Expr::col((organisation::Entity, organisation::Column::Kind))
                .eq(OrganisationKind::LocalAuthority.as_str()),
        )
        .and_where(
            Expr::col((review::Entity, review::Column::State)).ne(ReviewState::Withdrawn.as_str()),
        )
        .and_where(
            Expr::col((tm, team_member::Column::OrganisationId))
                .ne(Expr::col((rh, review_host::Column::AuthorityId))),
        )
        .group_by_col((tm, team_member::Column::OrganisationId))
        .group_by_col((rh, review_host::Column::AuthorityId))
        .to_owned();
    if let Some(p) = programme_id {
        statement.and_where(Expr::col((review::Entity, review::Column::ProgrammeId)).eq(p));
    }
    let rows = db
        .query_all(db.get_database_backend().build(&statement))
        .await?;
    let mut counts = Vec::with_capacity(rows.len());
    for row in rows {
        let from: Uuid = row.try_get_by_index(0)?;
        let to: Uuid = row.try_get_by_index(1)?;
        let n: i64 = row.try_get_by_index(2)?;
        counts.push((from, to, n));
    }
    let mut ids: Vec<Uuid> = counts.iter().flat_map(|(a, b, _)| [*a, *b]).collect();
    ids.sort();
    ids.dedup();
    // Read even when there is no count, so the cost never varies.
    let authorities = crate::reference::organisations_by_ids(db, &ids).await?;
    Ok((counts, authorities))
}
