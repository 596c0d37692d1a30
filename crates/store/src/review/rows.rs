//! The review's own row: creating it (scheduled or imported), listing and
//! reading reviews, rescheduling, claiming its version for an edit and
//! applying a transition.

use super::{corrupt, mismatch, record_event};
use crate::entities::{review, review_host};
use crate::positional::{self, width, Positional};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::lifecycle::{Decided, Event, ReviewState};
use domain::programme::Month;
use sea_orm::sea_query::{Expr, Order, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// A review's own row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub quad_id: Option<Uuid>,
    pub phase: u32,
    pub target_month: Month,
    /// The public theme; also the focus's theme.
    pub theme: Option<String>,
    pub key_questions: Vec<String>,
    pub scope: Option<String>,
    pub state: ReviewState,
    pub postponed_from: Option<ReviewState>,
    pub imported: bool,
    /// The externally published report, for imported reviews.
    pub report_url: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
}

pub(super) fn to_review(row: review::Model) -> Result<Review, StoreError> {
    let at_row = format!("review {}", row.id);
    Ok(Review {
        id: row.id,
        programme_id: row.programme_id,
        quad_id: row.quad_id,
        phase: row.phase as u32,
        target_month: Month::of(row.target_month),
        theme: row.theme,
        key_questions: serde_json::from_str(&row.key_questions)
            .map_err(|e| corrupt(&at_row, format!("key questions: {e}")))?,
        scope: row.scope,
        state: row.state.parse().map_err(|e| corrupt(&at_row, e))?,
        postponed_from: row
            .postponed_from
            .map(|s| s.parse())
            .transpose()
            .map_err(|e| corrupt(&at_row, e))?,
        imported: row.imported,
        report_url: row.report_url,
        version: row.version,
        created_at: row.created_at,
    })
}

/// Creates the review a decision to schedule or import it describes, with
/// its hosts and its first history event: `SCHEDULED` by a programme
/// officer, or `IMPORTED` (by the import, in the state it ended in) for an
/// earlier programme's review.
pub async fn insert_review(
    db: &impl ConnectionTrait,
    decided: &Decided,
) -> Result<Review, StoreError> {
    let (placement, state, imported, report_url) = match decided.event() {
        Event::Scheduled { placement, .. } => (placement, ReviewState::Scheduled, false, None),
        Event::Imported {
            placement,
            state,
            report_url,
            ..
        } => (placement, *state, true, report_url.clone()),
        _ => return Err(mismatch("creating a review")),
    };
    let now = decided.at();
    let id = Uuid::now_v7();
    let row = review::ActiveModel {
        id: Set(id),
        programme_id: Set(placement.programme_id),
        quad_id: Set(placement.quad_id),
        phase: Set(placement.slot.phase as i32),
        target_month: Set(placement.slot.month.first_day()),
        theme: Set(placement.theme.clone()),
        key_questions: Set("[]".into()),
        scope: Set(None),
        state: Set(state.as_str().into()),
        postponed_from: Set(None),
        imported: Set(imported),
        report_url: Set(report_url),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    review_host::Entity::insert_many(placement.hosts.iter().enumerate().map(|(i, h)| {
        review_host::ActiveModel {
            review_id: Set(id),
            authority_id: Set(h.authority_id),
            position: Set(i as i32),
        }
    }))
    .exec(db)
    .await?;
    let review = to_review(row)?;
    record_event(db, &review, decided).await?;
    Ok(review)
}

/// Moves the review to the phase and month a reschedule decided (after
/// [`claim_version`] and [`record_event`], like the other changes).
pub async fn reschedule(
    db: &impl ConnectionTrait,
    decided: &Decided,
    id: Uuid,
) -> Result<(), StoreError> {
    let Event::Rescheduled { to, .. } = decided.event() else {
        return Err(mismatch("rescheduling a review"));
    };
    review::Entity::update_many()
        .col_expr(review::Column::Phase, Expr::value(to.phase as i32))
        .col_expr(
            review::Column::TargetMonth,
            Expr::value(to.month.first_day()),
        )
        .filter(review::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// What a list of reviews is filtered by; every field is optional.
#[derive(Debug, Clone, Default)]
pub struct ReviewFilter {
    pub programme_id: Option<Uuid>,
    pub phase: Option<u32>,
    pub states: Vec<ReviewState>,
    pub host_id: Option<Uuid>,
    /// Part of the theme, any case.
    pub theme: Option<String>,
    pub month_from: Option<Month>,
    pub month_to: Option<Month>,
}

/// One page of reviews by month and, when `with_total`, how many match in
/// all: counted by a subquery of the same statement, so a page costs one
/// statement (two only when the page is past the end).
pub async fn reviews_page(
    db: &impl ConnectionTrait,
    filter: &ReviewFilter,
    offset: u64,
    limit: u64,
    with_total: bool,
) -> Result<(Vec<Review>, Option<u64>), StoreError> {
    let mut cond = Condition::all();
    if let Some(p) = filter.programme_id {
        cond = cond.add(review::Column::ProgrammeId.eq(p));
    }
    if let Some(p) = filter.phase {
        cond = cond.add(review::Column::Phase.eq(p as i32));
    }
    if !filter.states.is_empty() {
        cond = cond.add(review::Column::State.is_in(filter.states.iter().map(|s| s.as_str())));
    }
    if let Some(h) = filter.host_id {
        let hosted = Query::select()
            .column(review_host::Column::ReviewId)
            .from(review_host::Entity)
            .and_where(review_host::Column::AuthorityId.eq(h))
            .to_owned();
        cond = cond.add(review::Column::Id.in_subquery(hosted));
    }
    if let Some(t) = theme_contains(filter.theme.as_deref()) {
        cond = cond.add(t);
    }
    if let Some(m) = filter.month_from {
        cond = cond.add(review::Column::TargetMonth.gte(m.first_day()));
    }
    if let Some(m) = filter.month_to {
        cond = cond.add(review::Column::TargetMonth.lte(m.first_day()));
    }
    page_with_total(db, cond, Order::Asc, offset, limit, with_total).await
}

/// Part of the theme, any case; None for no (or a blank) filter.
pub(crate) fn theme_contains(theme: Option<&str>) -> Option<sea_orm::sea_query::SimpleExpr> {
    let t = theme.map(str::trim).filter(|t| !t.is_empty())?;
    let pattern = format!(
        "%{}%",
        t.to_lowercase().replace('%', "\\%").replace('_', "\\_")
    );
    Some(
        Expr::expr(sea_orm::sea_query::Func::lower(Expr::col(
            review::Column::Theme,
        )))
        .like(pattern),
    )
}

/// A page of the reviews matching `cond`, by month (`month_order`) then id,
/// and how many match in all when `with_total`: one statement, the count a
/// sub-select beside each row (two when the page is past the end).
pub(crate) async fn page_with_total(
    db: &impl ConnectionTrait,
    cond: Condition,
    month_order: Order,
    offset: u64,
    limit: u64,
    with_total: bool,
) -> Result<(Vec<Review>, Option<u64>), StoreError> {
    let mut query = review::Entity::find().filter(cond.clone());
    if with_total {
        let count = Query::select()
            .expr(Expr::col((review::Entity, review::Column::Id)).count())
            .from(review::Entity)
            .cond_where(cond.clone())
            .to_owned();
        query = query.column_as(
            sea_orm::sea_query::SimpleExpr::SubQuery(
                None,
                Box::new(sea_orm::sea_query::SubQueryStatement::SelectStatement(
                    count,
                )),
            ),
            "quads_total",
        );
    }
    let statement = sea_orm::QueryTrait::build(
        &query
            .order_by(review::Column::TargetMonth, month_order)
            .order_by_asc(review::Column::Id)
            .offset(offset)
            .limit(limit),
        db.get_database_backend(),
    );
    let rows = db.query_all(statement).await?;
    let mut total = None;
    let mut page = Vec::with_capacity(rows.len());
    // The review's columns, then the total: read by position.
    let total_at = width::<review::Model>();
    for row in &rows {
        if with_total && total.is_none() {
            total = Some(row.try_get_by_index::<i64>(total_at)?.max(0) as u64);
        }
        page.push(to_review(review::Model::read(row, 0)?)?);
    }
    if with_total && total.is_none() {
        // Past the end (or nothing matches): the count on its own.
        total = Some(review::Entity::find().filter(cond).count(db).await?);
    }
    Ok((page, total))
}

/// Every review matching `cond`, by target month then id: one statement
/// (the insight screens and the open data read a programme's reviews at
/// once).
pub async fn reviews_where(
    db: &impl ConnectionTrait,
    cond: Condition,
) -> Result<Vec<Review>, StoreError> {
    positional::all(
        db,
        review::Entity::find()
            .filter(cond)
            .order_by_asc(review::Column::TargetMonth)
            .order_by_asc(review::Column::Id),
    )
    .await?
    .into_iter()
    .map(to_review)
    .collect()
}

pub async fn reviews_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<Review>, StoreError> {
    positional::all(
        db,
        review::Entity::find().filter(review::Column::Id.is_in(ids.iter().copied())),
    )
    .await?
    .into_iter()
    .map(to_review)
    .collect()
}

pub async fn review(db: &impl ConnectionTrait, id: Uuid) -> Result<Review, StoreError> {
    reviews_by_ids(db, &[id])
        .await?
        .pop()
        .ok_or_else(|| StoreError::not_found(format!("review {id}")))
}

/// Takes the review's row for this change: bumps its version if it is
/// still at `version`, otherwise the caller's view is stale (`Conflict`).
/// Every edit of a review's focus or team goes through here first, so two
/// edits of the same version cannot both win.
pub async fn claim_version(
    db: &impl ConnectionTrait,
    decided: &Decided,
    id: Uuid,
    version: i32,
) -> Result<(), StoreError> {
    let now = decided.at();
    let done = review::Entity::update_many()
        .col_expr(
            review::Column::Version,
            Expr::col(review::Column::Version).add(1),
        )
        .col_expr(review::Column::UpdatedAt, Expr::value(now))
        .filter(review::Column::Id.eq(id))
        .filter(review::Column::Version.eq(version))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::Conflict);
    }
    Ok(())
}

/// Applies an accepted event: moves the state if the review is still in
/// the state and version the decision was made on, and appends the event
/// to the history. Zero rows updated is a conflict.
pub async fn apply_event(
    db: &impl ConnectionTrait,
    review: &Review,
    decided: &Decided,
) -> Result<(), StoreError> {
    let Event::Transitioned { from, to, at, .. } = decided.event() else {
        return Err(StoreError::Db(sea_orm::DbErr::Custom(
            "only transitions apply to an existing review".into(),
        )));
    };
    let postponed_from = (*to == ReviewState::Postponed).then(|| from.as_str().to_owned());
    let done = review::Entity::update_many()
        .col_expr(review::Column::State, Expr::value(to.as_str()))
        .col_expr(review::Column::PostponedFrom, Expr::value(postponed_from))
        .col_expr(review::Column::Version, Expr::value(review.version + 1))
        .col_expr(review::Column::UpdatedAt, Expr::value(*at))
        .filter(review::Column::Id.eq(review.id))
        .filter(review::Column::State.eq(from.as_str()))
        .filter(review::Column::Version.eq(review.version))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::Conflict);
    }
    record_event(db, review, decided).await
}
