//! Findings (issue 17): each review's findings and each finding's own
//! history. Every write runs in the caller's transaction; a change takes
//! the finding's version (`UPDATE … WHERE version = ?`), so two people
//! never overwrite each other silently. A finding is recorded with the
//! client's idempotency key: `INSERT … ON CONFLICT DO NOTHING` on the
//! unique (review, author, key) index, then the row read back, so a resend
//! (even one racing the first) finds the first finding and records
//! nothing.

use crate::entities::{finding, finding_change};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::findings::{FindingChangeKind, FindingContent, FindingKind, FindingStatus};
use domain::lifecycle::{FindingsFacts, ReviewFacts, ReviewState};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// One finding as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub id: Uuid,
    pub review_id: Uuid,
    pub author_id: Uuid,
    pub idempotency_key: Uuid,
    pub kind: FindingKind,
    pub text: String,
    pub indicators: Vec<String>,
    pub session_id: Option<Uuid>,
    pub status: FindingStatus,
    pub merged_into: Option<Uuid>,
    pub version: i32,
    pub recorded_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Removed: gone from the list, kept for its history.
    pub removed: bool,
}

impl Finding {
    /// The finding as far as rights go.
    pub fn as_ref(&self) -> domain::findings::FindingRef {
        domain::findings::FindingRef {
            id: self.id,
            author_id: self.author_id,
            status: self.status,
            kind: self.kind,
        }
    }
}

/// One change in a finding's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingChange {
    pub finding_id: Uuid,
    pub kind: FindingChangeKind,
    pub by: Uuid,
    pub at: DateTime<Utc>,
    pub text: Option<String>,
    pub related: Vec<Uuid>,
}

fn corrupt(row: impl std::fmt::Display, what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!("{row}: {what}")))
}

fn to_finding(r: finding::Model) -> Result<Finding, StoreError> {
    let row = format!("finding {}", r.id);
    Ok(Finding {
        id: r.id,
        review_id: r.review_id,
        author_id: r.author_id,
        idempotency_key: r.idempotency_key,
        kind: r.kind.parse().map_err(|e| corrupt(&row, e))?,
        text: r.text,
        indicators: serde_json::from_str(&r.indicators)
            .map_err(|e| corrupt(&row, format!("indicators: {e}")))?,
        session_id: r.session_id,
        status: r.status.parse().map_err(|e| corrupt(&row, e))?,
        merged_into: r.merged_into,
        version: r.version,
        recorded_at: r.recorded_at,
        updated_at: r.updated_at,
        removed: r.removed_at.is_some(),
    })
}

fn to_change(r: finding_change::Model) -> Result<FindingChange, StoreError> {
    let row = format!("finding change {}", r.id);
    Ok(FindingChange {
        finding_id: r.finding_id,
        kind: r.kind.parse().map_err(|e| corrupt(&row, e))?,
        by: r.by_id,
        at: r.at,
        text: r.text,
        related: serde_json::from_str(&r.related)
            .map_err(|e| corrupt(&row, format!("related: {e}")))?,
    })
}

fn indicators_json(indicators: &[String]) -> Result<String, StoreError> {
    serde_json::to_string(indicators).map_err(|e| corrupt("indicators", e))
}

/// A review's findings (not removed), oldest first.
pub async fn findings_of(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<Vec<Finding>, StoreError> {
    finding::Entity::find()
        .filter(finding::Column::ReviewId.eq(review_id))
        .filter(finding::Column::RemovedAt.is_null())
        .order_by_asc(finding::Column::RecordedAt)
        .order_by_asc(finding::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_finding)
        .collect()
}

/// One finding (not removed), by id.
pub async fn finding(db: &impl ConnectionTrait, id: Uuid) -> Result<Finding, StoreError> {
    finding::Entity::find_by_id(id)
        .filter(finding::Column::RemovedAt.is_null())
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("finding {id}")))
        .and_then(to_finding)
}

/// These findings of a review (not removed), by id.
pub async fn findings_by_ids(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<Finding>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    finding::Entity::find()
        .filter(finding::Column::ReviewId.eq(review_id))
        .filter(finding::Column::Id.is_in(ids.iter().copied()))
        .filter(finding::Column::RemovedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(to_finding)
        .collect()
}

/// A finding about to be recorded.
pub struct NewFinding<'a> {
    pub review_id: Uuid,
    pub author_id: Uuid,
    pub idempotency_key: Uuid,
    pub content: &'a FindingContent,
}

/// Records a draft finding, or finds the one recorded before with the same
/// author and key (removed or not): `(finding, true)` when this call
/// recorded it, with its `RECORDED` change.
pub async fn record(
    db: &impl ConnectionTrait,
    new: NewFinding<'_>,
    now: DateTime<Utc>,
) -> Result<(finding::Model, bool), StoreError> {
    let id = Uuid::now_v7();
    finding::Entity::insert(finding::ActiveModel {
        id: Set(id),
        review_id: Set(new.review_id),
        author_id: Set(new.author_id),
        idempotency_key: Set(new.idempotency_key),
        kind: Set(new.content.kind.as_str().to_owned()),
        text: Set(new.content.text.clone()),
        indicators: Set(indicators_json(&new.content.indicators)?),
        session_id: Set(new.content.session_id),
        status: Set(FindingStatus::Draft.as_str().to_owned()),
        merged_into: Set(None),
        version: Set(1),
        recorded_at: Set(now),
        updated_at: Set(now),
        removed_at: Set(None),
    })
    .on_conflict(
        OnConflict::columns([
            finding::Column::ReviewId,
            finding::Column::AuthorId,
            finding::Column::IdempotencyKey,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    let found = finding::Entity::find()
        .filter(finding::Column::ReviewId.eq(new.review_id))
        .filter(finding::Column::AuthorId.eq(new.author_id))
        .filter(finding::Column::IdempotencyKey.eq(new.idempotency_key))
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("the finding just recorded"))?;
    let created = found.id == id;
    if created {
        add_change(
            db,
            &found_ref(&found),
            FindingChangeKind::Recorded,
            new.author_id,
            now,
            Some(&new.content.text),
            &[],
        )
        .await?;
    }
    Ok((found, created))
}

/// Whether a stored row (perhaps removed) is the same content.
pub fn same_content(row: &finding::Model, content: &FindingContent) -> bool {
    row.kind == content.kind.as_str()
        && row.text == content.text
        && indicators_json(&content.indicators).ok().as_deref() == Some(row.indicators.as_str())
        && row.session_id == content.session_id
}

/// A stored row as a finding (for the recorder's answer).
pub fn from_row(row: finding::Model) -> Result<Finding, StoreError> {
    to_finding(row)
}

struct Ref {
    id: Uuid,
    review_id: Uuid,
}

fn found_ref(row: &finding::Model) -> Ref {
    Ref {
        id: row.id,
        review_id: row.review_id,
    }
}

async fn add_change(
    db: &impl ConnectionTrait,
    finding: &Ref,
    kind: FindingChangeKind,
    by: Uuid,
    at: DateTime<Utc>,
    text: Option<&str>,
    related: &[Uuid],
) -> Result<(), StoreError> {
    finding_change::Entity::insert(finding_change::ActiveModel {
        id: Set(Uuid::now_v7()),
        finding_id: Set(finding.id),
        review_id: Set(finding.review_id),
        kind: Set(kind.as_str().to_owned()),
        by_id: Set(by),
        at: Set(at),
        text: Set(text.map(str::to_owned)),
        related: Set(serde_json::to_string(related).map_err(|e| corrupt("related", e))?),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Claims a finding's version: `UPDATE … SET version = version + 1 WHERE
/// id = ? AND version = ?` with the other columns `set`; zero rows is a
/// conflict.
async fn claim(
    db: &impl ConnectionTrait,
    f: &Finding,
    version: i32,
    now: DateTime<Utc>,
    set: impl FnOnce(
        sea_orm::UpdateMany<finding::Entity>,
    ) -> Result<sea_orm::UpdateMany<finding::Entity>, StoreError>,
) -> Result<(), StoreError> {
    let update = finding::Entity::update_many()
        .col_expr(
            finding::Column::Version,
            Expr::col(finding::Column::Version).add(1),
        )
        .col_expr(finding::Column::UpdatedAt, Expr::value(now));
    let done = set(update)?
        .filter(finding::Column::Id.eq(f.id))
        .filter(finding::Column::Version.eq(version))
        .filter(finding::Column::RemovedAt.is_null())
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::Conflict);
    }
    Ok(())
}

fn r(f: &Finding) -> Ref {
    Ref {
        id: f.id,
        review_id: f.review_id,
    }
}

/// Replaces a finding's content (`EDITED` by its author, `REWORDED` by
/// the lead).
pub async fn update(
    db: &impl ConnectionTrait,
    f: &Finding,
    version: i32,
    content: &FindingContent,
    change: FindingChangeKind,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let indicators = indicators_json(&content.indicators)?;
    claim(db, f, version, now, |u| {
        Ok(
            u.col_expr(finding::Column::Kind, Expr::value(content.kind.as_str()))
                .col_expr(finding::Column::Text, Expr::value(content.text.clone()))
                .col_expr(finding::Column::Indicators, Expr::value(indicators))
                .col_expr(finding::Column::SessionId, Expr::value(content.session_id)),
        )
    })
    .await?;
    add_change(db, &r(f), change, by, now, Some(&content.text), &[]).await
}

/// Sets a finding's status (`AGREED`, `UNAGREED`).
pub async fn set_status(
    db: &impl ConnectionTrait,
    f: &Finding,
    version: i32,
    status: FindingStatus,
    change: FindingChangeKind,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    claim(db, f, version, now, |u| {
        Ok(u.col_expr(finding::Column::Status, Expr::value(status.as_str())))
    })
    .await?;
    add_change(db, &r(f), change, by, now, None, &[]).await
}

/// Removes a finding: gone from the list, its history kept.
pub async fn remove(
    db: &impl ConnectionTrait,
    f: &Finding,
    version: i32,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    claim(db, f, version, now, |u| {
        Ok(u.col_expr(finding::Column::RemovedAt, Expr::value(Some(now))))
    })
    .await?;
    add_change(db, &r(f), FindingChangeKind::Removed, by, now, None, &[]).await
}

/// Merges `merged` into `into`: the kept finding takes `text` and
/// `indicators`; each merged one is `MERGED` into it. Versions are the
/// ones read in this transaction (the lead's `mergeFindings` names the
/// findings, not their versions): a concurrent change is a conflict.
pub async fn merge(
    db: &impl ConnectionTrait,
    into: &Finding,
    merged: &[Finding],
    text: &str,
    indicators: &[String],
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let json = indicators_json(indicators)?;
    claim(db, into, into.version, now, |u| {
        Ok(u.col_expr(finding::Column::Text, Expr::value(text))
            .col_expr(finding::Column::Indicators, Expr::value(json)))
    })
    .await?;
    let ids: Vec<Uuid> = merged.iter().map(|m| m.id).collect();
    add_change(
        db,
        &r(into),
        FindingChangeKind::Merged,
        by,
        now,
        Some(text),
        &ids,
    )
    .await?;
    for m in merged {
        claim(db, m, m.version, now, |u| {
            Ok(u.col_expr(
                finding::Column::Status,
                Expr::value(FindingStatus::Merged.as_str()),
            )
            .col_expr(finding::Column::MergedInto, Expr::value(Some(into.id))))
        })
        .await?;
        add_change(
            db,
            &r(m),
            FindingChangeKind::Merged,
            by,
            now,
            Some(&m.text),
            &[into.id],
        )
        .await?;
    }
    Ok(())
}

/// The history of a review's findings, by finding, oldest first.
pub async fn changes_of(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<HashMap<Uuid, Vec<FindingChange>>, StoreError> {
    let mut out: HashMap<Uuid, Vec<FindingChange>> = HashMap::new();
    for row in finding_change::Entity::find()
        .filter(finding_change::Column::ReviewId.eq(review_id))
        .order_by_asc(finding_change::Column::At)
        .order_by_asc(finding_change::Column::Id)
        .all(db)
        .await?
    {
        let change = to_change(row)?;
        out.entry(change.finding_id).or_default().push(change);
    }
    Ok(out)
}

/// The agreed findings' counts of a review, in one statement.
pub async fn facts(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<FindingsFacts, StoreError> {
    let rows: Vec<(String, String)> = finding::Entity::find()
        .select_only()
        .column(finding::Column::Kind)
        .column(finding::Column::Status)
        .filter(finding::Column::ReviewId.eq(review_id))
        .filter(finding::Column::RemovedAt.is_null())
        .filter(finding::Column::Status.eq(FindingStatus::Agreed.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let mut parsed = Vec::with_capacity(rows.len());
    for (kind, status) in rows {
        let row = format!("a finding of review {review_id}");
        parsed.push((
            kind.parse::<FindingKind>().map_err(|e| corrupt(&row, e))?,
            status
                .parse::<FindingStatus>()
                .map_err(|e| corrupt(&row, e))?,
        ));
    }
    Ok(domain::findings::facts_of(parsed))
}

/// The findings facts for a review's guards: `Some` only where a guard
/// reads them (`completeVisit` from `VISIT_IN_PROGRESS`, `draftReport`
/// from `VISIT_COMPLETED`), `None` elsewhere, which no guard of another
/// state looks at. The agreed findings are read in every state (one
/// statement on the `findings` review index, no rows before the visit), so
/// the review page costs the same number of statements whatever its state.
pub async fn facts_when_needed(
    db: &impl ConnectionTrait,
    review: &ReviewFacts,
    review_id: Uuid,
) -> Result<Option<FindingsFacts>, StoreError> {
    let facts = facts(db, review_id).await?;
    Ok(matches!(
        review.state,
        ReviewState::VisitInProgress | ReviewState::VisitCompleted
    )
    .then_some(facts))
}

/// The agreed findings' counts of the reviews a subquery selects, by
/// review: one statement (for `me { tasks }`).
pub async fn agreed_counts_in(
    db: &impl ConnectionTrait,
    ids: sea_orm::sea_query::SelectStatement,
) -> Result<HashMap<Uuid, FindingsFacts>, StoreError> {
    let rows: Vec<(Uuid, String)> = finding::Entity::find()
        .select_only()
        .column(finding::Column::ReviewId)
        .column(finding::Column::Kind)
        .filter(finding::Column::ReviewId.in_subquery(ids))
        .filter(finding::Column::RemovedAt.is_null())
        .filter(finding::Column::Status.eq(FindingStatus::Agreed.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let mut found: HashMap<Uuid, FindingsFacts> = HashMap::new();
    for (review_id, kind) in rows {
        let kind: FindingKind = kind
            .parse()
            .map_err(|e| corrupt(format!("a finding of review {review_id}"), e))?;
        let facts = found.entry(review_id).or_default();
        match kind {
            FindingKind::Strength => facts.agreed_strengths += 1,
            FindingKind::AreaForImprovement => facts.agreed_areas_for_improvement += 1,
            FindingKind::Evidence => {}
        }
    }
    Ok(found)
}

/// The owner of a finding's attachments.
pub fn attachments_owner(finding_id: Uuid) -> crate::attachment::Owner {
    crate::attachment::Owner {
        kind: domain::attachment::OwnerKind::Finding,
        id: finding_id,
    }
}

/// A finding by id whatever its state (removed ones too), for an
/// attachment's rights.
pub async fn finding_any(db: &impl ConnectionTrait, id: Uuid) -> Result<Finding, StoreError> {
    finding::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("finding {id}")))
        .and_then(to_finding)
}

/// The finding an author recorded with this key, removed or not.
pub async fn by_key(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    author_id: Uuid,
    key: Uuid,
) -> Result<Option<Finding>, StoreError> {
    finding::Entity::find()
        .filter(finding::Column::ReviewId.eq(review_id))
        .filter(finding::Column::AuthorId.eq(author_id))
        .filter(finding::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
        .map(to_finding)
        .transpose()
}

/// The text a finding was recorded with.
pub async fn recorded_text(
    db: &impl ConnectionTrait,
    finding_id: Uuid,
) -> Result<Option<String>, StoreError> {
    Ok(finding_change::Entity::find()
        .filter(finding_change::Column::FindingId.eq(finding_id))
        .filter(finding_change::Column::Kind.eq(FindingChangeKind::Recorded.as_str()))
        .one(db)
        .await?
        .and_then(|c| c.text))
}
