//! The self-evaluation facts of every open review a person takes part in
//! that is at `TEAM_FORMED` (the one state whose guards and tasks read
//! them), in three statements however many reviews there are: the started
//! self-evaluations with how many documents each has, their host entries,
//! and the frameworks.

use crate::entities::{attachment, self_evaluation, self_evaluation_entry};
use crate::self_evaluation::{to_entry, to_self_evaluation, Entry, SelfEvaluation};
use crate::StoreError;
use domain::attachment::OwnerKind;
use domain::self_evaluation::Perspective;
use domain::Framework;
use sea_orm::sea_query::{Alias, Expr, Query, SelectStatement, SimpleExpr, SubQueryStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
};
use std::collections::HashMap;
use uuid::Uuid;

/// What the facts of the selected reviews' self-evaluations are made from.
#[derive(Debug, Default)]
pub(super) struct OpenSelfEvaluations {
    /// Started self-evaluations, by review.
    pub started: HashMap<Uuid, Vec<SelfEvaluation>>,
    /// Host entries, by review.
    pub entries: HashMap<Uuid, Vec<Entry>>,
    /// Documents attached to each self-evaluation as a whole.
    pub documents: HashMap<Uuid, u32>,
    /// Every framework version, by (id, version).
    pub frameworks: HashMap<(String, i32), Framework>,
}

/// Reads them for the reviews `ids` selects: three statements, always.
pub(super) async fn read(
    db: &impl ConnectionTrait,
    ids: SelectStatement,
) -> Result<OpenSelfEvaluations, StoreError> {
    let documents = Query::select()
        .expr(Expr::col((attachment::Entity, attachment::Column::Id)).count())
        .from(attachment::Entity)
        .and_where(
            Expr::col((attachment::Entity, attachment::Column::OwnerKind))
                .eq(OwnerKind::SelfEvaluation.as_str()),
        )
        .and_where(
            Expr::col((attachment::Entity, attachment::Column::OwnerId))
                .equals((self_evaluation::Entity, self_evaluation::Column::Id)),
        )
        .to_owned();
    let statement = Query::select()
        .columns([
            (self_evaluation::Entity, self_evaluation::Column::Id),
            (self_evaluation::Entity, self_evaluation::Column::ReviewId),
            (
                self_evaluation::Entity,
                self_evaluation::Column::AuthorityId,
            ),
            (
                self_evaluation::Entity,
                self_evaluation::Column::FrameworkId,
            ),
            (
                self_evaluation::Entity,
                self_evaluation::Column::FrameworkVersion,
            ),
            (
                self_evaluation::Entity,
                self_evaluation::Column::SubmittedAt,
            ),
            (
                self_evaluation::Entity,
                self_evaluation::Column::SubmittedBy,
            ),
            (self_evaluation::Entity, self_evaluation::Column::CreatedAt),
        ])
        .expr_as(
            SimpleExpr::SubQuery(
                None,
                Box::new(SubQueryStatement::SelectStatement(documents)),
            ),
            Alias::new("documents"),
        )
        .from(self_evaluation::Entity)
        .and_where(
            Expr::col((self_evaluation::Entity, self_evaluation::Column::ReviewId))
                .in_subquery(ids.clone()),
        )
        .to_owned();
    let rows = db
        .query_all(db.get_database_backend().build(&statement))
        .await?;
    let mut found = OpenSelfEvaluations::default();
    for row in rows {
        let model = self_evaluation::Model::from_query_result(&row, "")?;
        let count: i64 = row.try_get("", "documents")?;
        found
            .documents
            .insert(model.id, u32::try_from(count).unwrap_or(u32::MAX));
        let se = to_self_evaluation(model);
        found.started.entry(se.review_id).or_default().push(se);
    }
    let of_reviews = Query::select()
        .column(self_evaluation::Column::Id)
        .from(self_evaluation::Entity)
        .and_where(self_evaluation::Column::ReviewId.in_subquery(ids))
        .to_owned();
    let entries = self_evaluation_entry::Entity::find()
        .filter(self_evaluation_entry::Column::SelfEvaluationId.in_subquery(of_reviews))
        .filter(self_evaluation_entry::Column::Perspective.eq(Perspective::Host.as_str()))
        .order_by_asc(self_evaluation_entry::Column::Indicator)
        .all(db)
        .await?;
    let review_of: HashMap<Uuid, Uuid> = found
        .started
        .values()
        .flatten()
        .map(|s| (s.id, s.review_id))
        .collect();
    for row in entries {
        let entry = to_entry(row)?;
        // An entry of a self-evaluation started since the first statement
        // belongs to no review read here.
        if let Some(review) = review_of.get(&entry.self_evaluation_id) {
            found.entries.entry(*review).or_default().push(entry);
        }
    }
    found.frameworks = crate::reference::frameworks(db)
        .await?
        .into_iter()
        .map(|f| ((f.id.clone(), f.version), f))
        .collect();
    Ok(found)
}
