//! Reports (issue 18): a review's draft report (one document, claimed by
//! its revision on every write) and its published versions (immutable
//! snapshots at a slug). Every write runs in the caller's transaction.

use crate::entities::{published_report, published_report_pdf, report_draft, user};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::lifecycle::{ReportFacts, ReviewFacts, ReviewState};
use domain::report::{Draft, Snapshot};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, Statement, Value,
};
use uuid::Uuid;

/// The draft as stored, with the revision a write claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDraft {
    pub review_id: Uuid,
    pub revision: i32,
    pub draft: Draft,
}

/// One published version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub review_id: Uuid,
    pub version: i32,
    pub slug: String,
    pub snapshot: Snapshot,
    pub change_note: Option<String>,
    pub published_at: DateTime<Utc>,
}

fn corrupt(row: impl std::fmt::Display, what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!("{row}: {what}")))
}

fn to_draft(r: report_draft::Model) -> Result<StoredDraft, StoreError> {
    let draft: Draft = serde_json::from_str(&r.document)
        .map_err(|e| corrupt(format!("report draft {}", r.review_id), e))?;
    Ok(StoredDraft {
        review_id: r.review_id,
        revision: r.revision,
        draft,
    })
}

fn to_published(r: published_report::Model) -> Result<Published, StoreError> {
    let snapshot: Snapshot = serde_json::from_str(&r.snapshot)
        .map_err(|e| corrupt(format!("published report {}", r.id), e))?;
    Ok(Published {
        review_id: r.review_id,
        version: r.version,
        slug: r.slug,
        snapshot,
        change_note: r.change_note,
        published_at: r.published_at,
    })
}

fn draft_json(value: &Draft) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| corrupt("report draft", e))
}

fn snapshot_json(value: &Snapshot) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| corrupt("report snapshot", e))
}

/// The review's draft, if one was built.
pub async fn draft(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<Option<StoredDraft>, StoreError> {
    report_draft::Entity::find_by_id(review_id)
        .one(db)
        .await?
        .map(to_draft)
        .transpose()
}

/// Stores the first draft. A second one for the same review is a
/// conflict (the primary key).
pub async fn create_draft(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    draft: &Draft,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    report_draft::Entity::insert(report_draft::ActiveModel {
        review_id: Set(review_id),
        draft_version: Set(draft.draft_version),
        revision: Set(1),
        document: Set(draft_json(draft)?),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .map_err(|_| StoreError::Conflict)?;
    Ok(())
}

/// Writes the draft over the stored one, claiming `revision`: zero rows
/// (someone wrote in between) is a conflict and nothing is written.
pub async fn save_draft(
    db: &impl ConnectionTrait,
    stored: &StoredDraft,
    draft: &Draft,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let done = report_draft::Entity::update_many()
        .col_expr(
            report_draft::Column::Revision,
            Expr::col(report_draft::Column::Revision).add(1),
        )
        .col_expr(
            report_draft::Column::DraftVersion,
            Expr::value(draft.draft_version),
        )
        .col_expr(
            report_draft::Column::Document,
            Expr::value(draft_json(draft)?),
        )
        .col_expr(report_draft::Column::UpdatedAt, Expr::value(now))
        .filter(report_draft::Column::ReviewId.eq(stored.review_id))
        .filter(report_draft::Column::Revision.eq(stored.revision))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::Conflict);
    }
    Ok(())
}

/// The review whose draft holds an item or a comment with this id, if
/// any (ids are UUIDs, so a text match on the document finds them; the
/// document is then read to be sure).
pub async fn review_holding(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    let rows = report_draft::Entity::find()
        .filter(report_draft::Column::Document.contains(id.to_string()))
        .all(db)
        .await?;
    for row in rows {
        let stored = to_draft(row)?;
        let d = &stored.draft;
        if d.items.iter().any(|i| i.id == id) || d.comments.iter().any(|c| c.id == id) {
            return Ok(Some(stored.review_id));
        }
    }
    Ok(None)
}

/// The review's published versions, oldest first.
pub async fn published_of(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<Vec<Published>, StoreError> {
    published_report::Entity::find()
        .filter(published_report::Column::ReviewId.eq(review_id))
        .order_by_asc(published_report::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(to_published)
        .collect()
}

/// The published versions at a slug, oldest first.
pub async fn published_at_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Vec<Published>, StoreError> {
    published_report::Entity::find()
        .filter(published_report::Column::Slug.eq(slug))
        .order_by_asc(published_report::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(to_published)
        .collect()
}

/// A slug for a review's first publication: `base`, or `base-2`, `base-3`
/// … when another review already has it.
pub async fn free_slug(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    base: &str,
) -> Result<String, StoreError> {
    let mut candidate = base.to_owned();
    for n in 2..1000 {
        let taken = published_report::Entity::find()
            .filter(published_report::Column::Slug.eq(candidate.as_str()))
            .filter(published_report::Column::ReviewId.ne(review_id))
            .one(db)
            .await?
            .is_some();
        if !taken {
            return Ok(candidate);
        }
        candidate = format!("{base}-{n}");
    }
    Err(StoreError::Conflict)
}

/// A version to publish.
pub struct NewVersion<'a> {
    pub review_id: Uuid,
    pub version: i32,
    pub slug: &'a str,
    pub snapshot: &'a Snapshot,
    pub change_note: Option<&'a str>,
    pub by: Uuid,
}

/// Publishes a version with its PDF (stored with it, never made again);
/// the same version twice is a conflict.
pub async fn publish(
    db: &impl ConnectionTrait,
    new: NewVersion<'_>,
    pdf: &[u8],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let id = Uuid::now_v7();
    published_report::Entity::insert(published_report::ActiveModel {
        id: Set(id),
        review_id: Set(new.review_id),
        version: Set(new.version),
        slug: Set(new.slug.to_owned()),
        snapshot: Set(snapshot_json(new.snapshot)?),
        change_note: Set(new.change_note.map(str::to_owned)),
        published_at: Set(now),
        published_by: Set(new.by),
    })
    .exec_without_returning(db)
    .await
    .map_err(|_| StoreError::Conflict)?;
    published_report_pdf::Entity::insert(published_report_pdf::ActiveModel {
        published_report_id: Set(id),
        content: Set(pdf.to_vec()),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The PDF stored with a published version; None for an unknown slug or
/// version (or a version published before PDFs were made).
pub async fn pdf_of(
    db: &impl ConnectionTrait,
    slug: &str,
    version: i32,
) -> Result<Option<Vec<u8>>, StoreError> {
    let Some(published) = published_report::Entity::find()
        .select_only()
        .column(published_report::Column::Id)
        .filter(published_report::Column::Slug.eq(slug))
        .filter(published_report::Column::Version.eq(version))
        .into_tuple::<Uuid>()
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(published_report_pdf::Entity::find_by_id(published)
        .one(db)
        .await?
        .map(|p| p.content))
}

/// Replaces the review's search document (its latest version's words).
pub async fn set_search_body(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    body: &str,
) -> Result<(), StoreError> {
    let backend = db.get_database_backend();
    let (delete, insert, id) = match backend {
        DatabaseBackend::Postgres => (
            "DELETE FROM report_search WHERE review_id = $1",
            "INSERT INTO report_search (review_id, body) VALUES ($1, $2)",
            Value::from(review_id),
        ),
        _ => (
            "DELETE FROM report_search WHERE review_id = ?",
            "INSERT INTO report_search (review_id, body) VALUES (?, ?)",
            Value::from(review_id.to_string()),
        ),
    };
    db.execute(Statement::from_sql_and_values(
        backend,
        delete,
        [id.clone()],
    ))
    .await?;
    db.execute(Statement::from_sql_and_values(
        backend,
        insert,
        [id, Value::from(body.to_owned())],
    ))
    .await?;
    Ok(())
}

/// The reviews whose search document holds every phrase: one statement.
/// SQLite: the FTS5 query (phrases quoted, joined by AND); PostgreSQL:
/// each phrase through `phraseto_tsquery('english', …)`, as parameters.
pub async fn search(
    db: &impl ConnectionTrait,
    search: &domain::report::search::Search,
) -> Result<Vec<Uuid>, StoreError> {
    let backend = db.get_database_backend();
    match backend {
        DatabaseBackend::Postgres => {
            let phrases = search.phrase_texts();
            let tsquery = (1..=phrases.len())
                .map(|n| format!("phraseto_tsquery('english', ${n})"))
                .collect::<Vec<_>>()
                .join(" && ");
            let sql = format!(
                "SELECT review_id FROM report_search WHERE document @@ ({tsquery}) ORDER BY review_id"
            );
            let rows = db
                .query_all(Statement::from_sql_and_values(
                    backend,
                    sql,
                    phrases.into_iter().map(Value::from),
                ))
                .await?;
            rows.iter()
                .map(|r| r.try_get_by_index::<Uuid>(0).map_err(StoreError::from))
                .collect()
        }
        _ => {
            let rows = db
                .query_all(Statement::from_sql_and_values(
                    backend,
                    "SELECT review_id FROM report_search WHERE report_search MATCH ? ORDER BY review_id",
                    [Value::from(search.fts5())],
                ))
                .await?;
            rows.iter()
                .map(|r| {
                    let text = r.try_get_by_index::<String>(0)?;
                    Uuid::parse_str(&text).map_err(|e| corrupt("report search", e))
                })
                .collect()
        }
    }
}

/// Whether the guards read the report in this state.
fn report_stage(state: ReviewState) -> bool {
    matches!(
        state,
        ReviewState::VisitCompleted
            | ReviewState::ReportDrafted
            | ReviewState::ReportPublished
            | ReviewState::FollowUp
    )
}

/// The report's facts from its draft (none yet: no draft), and each host
/// lead's approval of the current draft on the facts' hosts.
pub fn apply_facts(facts: &mut ReviewFacts, draft: Option<&Draft>) {
    if !report_stage(facts.state) {
        return;
    }
    let Some(d) = draft else {
        facts.report = Some(ReportFacts::default());
        return;
    };
    for host in &mut facts.hosts {
        host.lead_approved_report = d.host_approved(host.authority_id);
    }
    facts.report = Some(ReportFacts {
        draft_exists: true,
        programme_officer_approved: d.programme_officer_approved(),
        open_comments: d.open_comments(),
        shared_with_host: d.shared_with_host_at.is_some(),
        correction_open: d.correction_open,
    });
}

/// The report's facts for the guards, read in the caller's transaction
/// (in every state, so a review's page costs the same statements whatever
/// its stage).
pub async fn fill_facts(
    db: &impl ConnectionTrait,
    facts: &mut ReviewFacts,
    review_id: Uuid,
) -> Result<(), StoreError> {
    let stored = draft(db, review_id).await?;
    apply_facts(facts, stored.as_ref().map(|s| &s.draft));
    Ok(())
}

/// The active users of these authorities (host users and leads), for the
/// report's mail.
pub async fn active_users_of(
    db: &impl ConnectionTrait,
    authorities: &[Uuid],
) -> Result<Vec<Uuid>, StoreError> {
    if authorities.is_empty() {
        return Ok(Vec::new());
    }
    Ok(user::Entity::find()
        .filter(user::Column::OrganisationId.is_in(authorities.iter().copied()))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|u| u.id)
        .collect())
}
