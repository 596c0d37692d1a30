//! Self-evaluations: one per review and host authority, made on the
//! framework version pinned when it was started, with one entry per quality
//! indicator saved under its own version (`UPDATE … WHERE version = ?`;
//! zero rows is a stale save, and the current entry is returned so both
//! texts can be shown). Documents are attachments owned by the
//! self-evaluation (evidence only) or by an entry (per indicator).

use crate::attachment::{self, Owner};
use crate::entities::{self_evaluation, self_evaluation_entry};
use crate::programme::Programme;
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::attachment::OwnerKind;
use domain::lifecycle::SelfEvaluationFacts;
use domain::self_evaluation::{EntryContent, HostEvaluation, Perspective, Requirements};
use domain::Framework;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::HashMap;
use uuid::Uuid;

/// A self-evaluation's own row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfEvaluation {
    pub id: Uuid,
    pub review_id: Uuid,
    pub authority_id: Uuid,
    /// The framework it is made on, by id and version; none when the
    /// programme had none.
    pub framework: Option<(String, i32)>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub submitted_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
}

pub(crate) fn to_self_evaluation(r: self_evaluation::Model) -> SelfEvaluation {
    SelfEvaluation {
        id: r.id,
        review_id: r.review_id,
        authority_id: r.authority_id,
        framework: r.framework_id.zip(r.framework_version),
        submitted_at: r.submitted_at,
        submitted_by: r.submitted_by,
        created_at: r.created_at,
    }
}

/// One indicator's saved entry, the host's or the team's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: Uuid,
    pub self_evaluation_id: Uuid,
    pub perspective: Perspective,
    pub indicator: String,
    pub content: EntryContent,
    /// 0 until the first save.
    pub version: i32,
    pub updated_by: Option<Uuid>,
    pub updated_at: DateTime<Utc>,
}

pub(crate) fn to_entry(r: self_evaluation_entry::Model) -> Result<Entry, StoreError> {
    let answers: Vec<String> = serde_json::from_str(&r.answers).map_err(|e| {
        StoreError::Db(sea_orm::DbErr::Custom(format!(
            "self-evaluation entry {}: answers: {e}",
            r.id
        )))
    })?;
    let perspective = r.perspective.parse().map_err(|e| {
        StoreError::Db(sea_orm::DbErr::Custom(format!(
            "self-evaluation entry {}: {e}",
            r.id
        )))
    })?;
    Ok(Entry {
        id: r.id,
        self_evaluation_id: r.self_evaluation_id,
        perspective,
        indicator: r.indicator,
        content: EntryContent {
            grade: r.grade.and_then(|g| u8::try_from(g).ok()),
            evidence: r.evidence,
            strengths: r.strengths,
            areas_for_improvement: r.areas_for_improvement,
            answers,
        },
        version: r.version,
        updated_by: r.updated_by,
        updated_at: r.updated_at,
    })
}

/// The self-evaluations of a review, one per host that has started one.
pub async fn of_review(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<Vec<SelfEvaluation>, StoreError> {
    Ok(self_evaluation::Entity::find()
        .filter(self_evaluation::Column::ReviewId.eq(review_id))
        .order_by_asc(self_evaluation::Column::CreatedAt)
        .order_by_asc(self_evaluation::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_self_evaluation)
        .collect())
}

/// One self-evaluation by id.
pub async fn by_id(db: &impl ConnectionTrait, id: Uuid) -> Result<SelfEvaluation, StoreError> {
    self_evaluation::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_self_evaluation)
        .ok_or_else(|| StoreError::not_found(format!("self-evaluation {id}")))
}

/// The self-evaluation of one host of a review, if started.
pub async fn find(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    authority_id: Uuid,
) -> Result<Option<SelfEvaluation>, StoreError> {
    Ok(self_evaluation::Entity::find()
        .filter(self_evaluation::Column::ReviewId.eq(review_id))
        .filter(self_evaluation::Column::AuthorityId.eq(authority_id))
        .one(db)
        .await?
        .map(to_self_evaluation))
}

/// The self-evaluation of one host of a review, started on `framework` if
/// there is none yet. Two first saves at once both find the one row.
pub async fn ensure(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    authority_id: Uuid,
    framework: Option<(&str, i32)>,
    now: DateTime<Utc>,
) -> Result<SelfEvaluation, StoreError> {
    if let Some(found) = find(db, review_id, authority_id).await? {
        return Ok(found);
    }
    self_evaluation::Entity::insert(self_evaluation::ActiveModel {
        id: Set(Uuid::now_v7()),
        review_id: Set(review_id),
        authority_id: Set(authority_id),
        framework_id: Set(framework.map(|f| f.0.to_owned())),
        framework_version: Set(framework.map(|f| f.1)),
        submitted_at: Set(None),
        submitted_by: Set(None),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            self_evaluation::Column::ReviewId,
            self_evaluation::Column::AuthorityId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    find(db, review_id, authority_id)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("self-evaluation of review {review_id}")))
}

/// The entries of one perspective of these self-evaluations.
pub async fn entries_of(
    db: &impl ConnectionTrait,
    self_evaluations: &[Uuid],
    perspective: Perspective,
) -> Result<Vec<Entry>, StoreError> {
    if self_evaluations.is_empty() {
        return Ok(Vec::new());
    }
    self_evaluation_entry::Entity::find()
        .filter(
            self_evaluation_entry::Column::SelfEvaluationId.is_in(self_evaluations.iter().copied()),
        )
        .filter(self_evaluation_entry::Column::Perspective.eq(perspective.as_str()))
        .order_by_asc(self_evaluation_entry::Column::Indicator)
        .all(db)
        .await?
        .into_iter()
        .map(to_entry)
        .collect()
}

/// One entry by id.
pub async fn entry(db: &impl ConnectionTrait, id: Uuid) -> Result<Entry, StoreError> {
    self_evaluation_entry::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("self-evaluation entry {id}")))
        .and_then(to_entry)
}

async fn find_entry(
    db: &impl ConnectionTrait,
    self_evaluation_id: Uuid,
    perspective: Perspective,
    indicator: &str,
) -> Result<Option<Entry>, StoreError> {
    self_evaluation_entry::Entity::find()
        .filter(self_evaluation_entry::Column::SelfEvaluationId.eq(self_evaluation_id))
        .filter(self_evaluation_entry::Column::Perspective.eq(perspective.as_str()))
        .filter(self_evaluation_entry::Column::Indicator.eq(indicator))
        .one(db)
        .await?
        .map(to_entry)
        .transpose()
}

/// The entry of one indicator, created empty (version 0) if there is none
/// yet, so documents can be attached before the first save.
pub async fn ensure_entry(
    db: &impl ConnectionTrait,
    self_evaluation_id: Uuid,
    perspective: Perspective,
    indicator: &str,
    now: DateTime<Utc>,
) -> Result<Entry, StoreError> {
    if let Some(found) = find_entry(db, self_evaluation_id, perspective, indicator).await? {
        return Ok(found);
    }
    self_evaluation_entry::Entity::insert(self_evaluation_entry::ActiveModel {
        id: Set(Uuid::now_v7()),
        self_evaluation_id: Set(self_evaluation_id),
        perspective: Set(perspective.as_str().to_owned()),
        indicator: Set(indicator.to_owned()),
        grade: Set(None),
        evidence: Set(String::new()),
        strengths: Set(String::new()),
        areas_for_improvement: Set(String::new()),
        answers: Set("[]".to_owned()),
        version: Set(0),
        updated_by: Set(None),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            self_evaluation_entry::Column::SelfEvaluationId,
            self_evaluation_entry::Column::Perspective,
            self_evaluation_entry::Column::Indicator,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    find_entry(db, self_evaluation_id, perspective, indicator)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("self-evaluation entry {indicator}")))
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Written; the entry as it now is.
    Saved(Entry),
    /// Someone saved since `expected_version`: nothing written; the entry
    /// as it is, with their text.
    Stale(Entry),
}

/// Saves one indicator of one perspective if it is still at
/// `expected_version`.
#[allow(clippy::too_many_arguments)]
pub async fn save_entry(
    db: &impl ConnectionTrait,
    self_evaluation_id: Uuid,
    perspective: Perspective,
    indicator: &str,
    expected_version: i32,
    content: &EntryContent,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<Saved, StoreError> {
    let current = ensure_entry(db, self_evaluation_id, perspective, indicator, now).await?;
    if current.version != expected_version {
        return Ok(Saved::Stale(current));
    }
    let answers = serde_json::to_string(&content.answers)
        .map_err(|e| StoreError::Db(sea_orm::DbErr::Custom(e.to_string())))?;
    let done = self_evaluation_entry::Entity::update_many()
        .col_expr(
            self_evaluation_entry::Column::Grade,
            Expr::value(content.grade.map(i32::from)),
        )
        .col_expr(
            self_evaluation_entry::Column::Evidence,
            Expr::value(content.evidence.clone()),
        )
        .col_expr(
            self_evaluation_entry::Column::Strengths,
            Expr::value(content.strengths.clone()),
        )
        .col_expr(
            self_evaluation_entry::Column::AreasForImprovement,
            Expr::value(content.areas_for_improvement.clone()),
        )
        .col_expr(self_evaluation_entry::Column::Answers, Expr::value(answers))
        .col_expr(
            self_evaluation_entry::Column::Version,
            Expr::value(expected_version + 1),
        )
        .col_expr(self_evaluation_entry::Column::UpdatedBy, Expr::value(user))
        .col_expr(self_evaluation_entry::Column::UpdatedAt, Expr::value(now))
        .filter(self_evaluation_entry::Column::Id.eq(current.id))
        .filter(self_evaluation_entry::Column::Version.eq(expected_version))
        .exec(db)
        .await?;
    let now_stored = entry(db, current.id).await?;
    Ok(if done.rows_affected == 1 {
        Saved::Saved(now_stored)
    } else {
        Saved::Stale(now_stored)
    })
}

/// Marks every self-evaluation of a review submitted (by `user`, now).
pub async fn mark_submitted(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    self_evaluation::Entity::update_many()
        .col_expr(self_evaluation::Column::SubmittedAt, Expr::value(Some(now)))
        .col_expr(
            self_evaluation::Column::SubmittedBy,
            Expr::value(Some(user)),
        )
        .filter(self_evaluation::Column::ReviewId.eq(review_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Opens every self-evaluation of a review again (reopened).
pub async fn clear_submitted(db: &impl ConnectionTrait, review_id: Uuid) -> Result<(), StoreError> {
    self_evaluation::Entity::update_many()
        .col_expr(
            self_evaluation::Column::SubmittedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            self_evaluation::Column::SubmittedBy,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(self_evaluation::Column::ReviewId.eq(review_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The owner of a self-evaluation's own documents (evidence only).
pub fn documents_owner(self_evaluation_id: Uuid) -> Owner {
    Owner {
        kind: OwnerKind::SelfEvaluation,
        id: self_evaluation_id,
    }
}

/// What `submitSelfEvaluation`'s guard reads: for each host (id, name) of
/// the review, its self-evaluation's incomplete indicators and documents.
/// A host that has not started one is judged on the programme's framework
/// with nothing filled in.
pub async fn facts(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    hosts: &[(Uuid, String)],
    programme: &Programme,
) -> Result<SelfEvaluationFacts, StoreError> {
    let started = of_review(db, review_id).await?;
    let ids: Vec<Uuid> = started.iter().map(|s| s.id).collect();
    let entries = entries_of(db, &ids, Perspective::Host).await?;
    let mut documents: HashMap<Uuid, u32> = HashMap::new();
    for d in attachment::of_owners(db, OwnerKind::SelfEvaluation, &ids).await? {
        *documents.entry(d.owner.id).or_default() += 1;
    }
    let mut frameworks: HashMap<(String, i32), Framework> = HashMap::new();
    let wanted = started
        .iter()
        .filter_map(|s| s.framework.clone())
        .chain(programme.settings.framework.clone());
    for key in wanted {
        if let std::collections::hash_map::Entry::Vacant(slot) = frameworks.entry(key.clone()) {
            slot.insert(crate::reference::framework(db, &key.0, Some(key.1)).await?);
        }
    }
    Ok(assemble_facts(&Stored {
        hosts,
        programme,
        started: &started,
        entries: &entries,
        documents: &documents,
        frameworks: &frameworks,
    }))
}

/// What one review's self-evaluation facts are made from, however they
/// were read (one review in a transaction, or every open review at once).
pub struct Stored<'a> {
    /// The review's hosts, by id and name, in their order.
    pub hosts: &'a [(Uuid, String)],
    pub programme: &'a Programme,
    /// The review's started self-evaluations.
    pub started: &'a [SelfEvaluation],
    /// Their host entries (others are ignored).
    pub entries: &'a [Entry],
    /// Documents attached to each self-evaluation as a whole, by its id.
    pub documents: &'a HashMap<Uuid, u32>,
    /// The frameworks they (and the programme) are made on.
    pub frameworks: &'a HashMap<(String, i32), Framework>,
}

/// The guard's facts from what was read; reads nothing.
pub fn assemble_facts(stored: &Stored<'_>) -> SelfEvaluationFacts {
    let settings = &stored.programme.settings;
    let own: Vec<Option<&SelfEvaluation>> = stored
        .hosts
        .iter()
        .map(|(authority, _)| stored.started.iter().find(|s| s.authority_id == *authority))
        .collect();
    let own_entries: Vec<Vec<(String, EntryContent)>> = own
        .iter()
        .map(|own| {
            own.map(|s| {
                stored
                    .entries
                    .iter()
                    .filter(|e| e.self_evaluation_id == s.id && e.perspective == Perspective::Host)
                    .map(|e| (e.indicator.clone(), e.content.clone()))
                    .collect()
            })
            .unwrap_or_default()
        })
        .collect();
    let hosts: Vec<HostEvaluation<'_>> = stored
        .hosts
        .iter()
        .zip(&own)
        .zip(&own_entries)
        .map(|(((_, name), own), entries)| {
            let key = match own {
                Some(s) => s.framework.clone(),
                None => settings.framework.clone(),
            };
            let framework = key.and_then(|k| stored.frameworks.get(&k));
            HostEvaluation {
                name,
                framework,
                graded: framework.is_some_and(|f| {
                    Requirements::of(
                        settings.rules.self_evaluation_mode,
                        settings.grading_required,
                        f,
                    )
                    .graded
                }),
                entries,
                documents: own
                    .and_then(|s| stored.documents.get(&s.id).copied())
                    .unwrap_or(0),
            }
        })
        .collect();
    domain::self_evaluation::facts(settings.rules.self_evaluation_mode, &hosts)
}

/// The self-evaluation facts for a review's guards, read only where a
/// guard reads them (`submitSelfEvaluation`, from `TEAM_FORMED`); `None`
/// elsewhere, which no guard of another state looks at.
pub async fn facts_when_needed(
    db: &impl ConnectionTrait,
    review: &domain::lifecycle::ReviewFacts,
    review_id: Uuid,
    programme: &Programme,
) -> Result<Option<SelfEvaluationFacts>, StoreError> {
    if review.state != domain::lifecycle::ReviewState::TeamFormed {
        return Ok(None);
    }
    let hosts: Vec<(Uuid, String)> = review
        .hosts
        .iter()
        .map(|h| (h.authority_id, h.name.clone()))
        .collect();
    Ok(Some(facts(db, review_id, &hosts, programme).await?))
}
