//! What comparing self-evaluations reads (domain `quad_comparison`): the
//! submitted self-evaluations of a quad's reviews or on one framework
//! version, their hosts' grades, and which quads a person already sees side
//! by side. Each is one statement, whatever the number of reviews.

use crate::entities::{quad_member, review, self_evaluation, self_evaluation_entry, team_member};
use crate::StoreError;
use domain::lifecycle::InvitationStatus;
use domain::quad_comparison::Submitted;
use domain::self_evaluation::Perspective;
use sea_orm::sea_query::{Condition, Expr, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect,
    RelationDef,
};
use std::collections::HashSet;
use uuid::Uuid;

fn to_submitted(r: self_evaluation::Model) -> Option<Submitted> {
    Some(Submitted {
        id: r.id,
        review_id: r.review_id,
        authority_id: r.authority_id,
        framework: r.framework_id.zip(r.framework_version)?,
        submitted_at: r.submitted_at?,
    })
}

fn to_review() -> RelationDef {
    self_evaluation::Entity::belongs_to(review::Entity)
        .from(self_evaluation::Column::ReviewId)
        .to(review::Column::Id)
        .into()
}

/// The submitted ones of these self-evaluations, by submission.
async fn submitted(
    db: &impl ConnectionTrait,
    query: sea_orm::Select<self_evaluation::Entity>,
) -> Result<Vec<Submitted>, StoreError> {
    Ok(query
        .filter(self_evaluation::Column::SubmittedAt.is_not_null())
        .order_by_asc(self_evaluation::Column::SubmittedAt)
        .order_by_asc(self_evaluation::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(to_submitted)
        .collect())
}

/// The submitted self-evaluations (made on a framework) of the reviews
/// naming `quad_id`, by submission.
pub async fn in_quad(
    db: &impl ConnectionTrait,
    quad_id: Uuid,
) -> Result<Vec<Submitted>, StoreError> {
    let query = self_evaluation::Entity::find()
        .join(JoinType::InnerJoin, to_review())
        .filter(review::Column::QuadId.eq(quad_id));
    submitted(db, query).await
}

/// Every submitted self-evaluation made on one framework version, by
/// submission.
pub async fn on_framework(
    db: &impl ConnectionTrait,
    framework_id: &str,
    version: i32,
) -> Result<Vec<Submitted>, StoreError> {
    let query = self_evaluation::Entity::find()
        .filter(self_evaluation::Column::FrameworkId.eq(framework_id))
        .filter(self_evaluation::Column::FrameworkVersion.eq(version));
    submitted(db, query).await
}

/// The host's grades of these self-evaluations as (self-evaluation,
/// indicator, grade); indicators without a grade are left out.
pub async fn grades_of(
    db: &impl ConnectionTrait,
    self_evaluations: &[Uuid],
) -> Result<Vec<(Uuid, String, u8)>, StoreError> {
    if self_evaluations.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(Uuid, String, Option<i32>)> = self_evaluation_entry::Entity::find()
        .select_only()
        .column(self_evaluation_entry::Column::SelfEvaluationId)
        .column(self_evaluation_entry::Column::Indicator)
        .column(self_evaluation_entry::Column::Grade)
        .filter(
            self_evaluation_entry::Column::SelfEvaluationId.is_in(self_evaluations.iter().copied()),
        )
        .filter(self_evaluation_entry::Column::Perspective.eq(Perspective::Host.as_str()))
        .filter(self_evaluation_entry::Column::Grade.is_not_null())
        .order_by_asc(self_evaluation_entry::Column::SelfEvaluationId)
        .order_by_asc(self_evaluation_entry::Column::Indicator)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(se, indicator, grade)| Some((se, indicator, u8::try_from(grade?).ok()?)))
        .collect())
}

/// A subquery: the quads of the reviews on whose team `user` holds an
/// accepted, current place.
fn team_quads(user: Uuid) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column((review::Entity, review::Column::QuadId))
        .from(review::Entity)
        .inner_join(
            team_member::Entity,
            Expr::col((team_member::Entity, team_member::Column::ReviewId))
                .equals((review::Entity, review::Column::Id)),
        )
        .and_where(team_member::Column::UserId.eq(user))
        .and_where(team_member::Column::Invitation.eq(InvitationStatus::Accepted.as_str()))
        .and_where(team_member::Column::ReplacedBy.is_null())
        .and_where(review::Column::QuadId.is_not_null())
        .to_owned()
}

/// Whether `user` holds an accepted, current place on the team of a
/// review naming `quad_id`.
pub async fn on_a_quad_review_team(
    db: &impl ConnectionTrait,
    quad_id: Uuid,
    user: Uuid,
) -> Result<bool, StoreError> {
    let found: Option<Uuid> = review::Entity::find()
        .select_only()
        .column(review::Column::Id)
        .filter(review::Column::QuadId.eq(quad_id))
        .filter(review::Column::QuadId.in_subquery(team_quads(user)))
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// The authorities whose grades `user` (of `authority`, if any) already
/// sees side by side: the members of every quad their authority belongs
/// to, and of every quad of a review they are on the team of.
pub async fn known_to(
    db: &impl ConnectionTrait,
    authority: Option<Uuid>,
    user: Uuid,
) -> Result<HashSet<Uuid>, StoreError> {
    let mut quads = Condition::any().add(quad_member::Column::QuadId.in_subquery(team_quads(user)));
    if let Some(a) = authority {
        let own = Query::select()
            .column(quad_member::Column::QuadId)
            .from(quad_member::Entity)
            .and_where(quad_member::Column::AuthorityId.eq(a))
            .to_owned();
        quads = quads.add(quad_member::Column::QuadId.in_subquery(own));
    }
    let rows: Vec<Uuid> = quad_member::Entity::find()
        .select_only()
        .column(quad_member::Column::AuthorityId)
        .filter(quads)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().chain(authority).collect())
}
