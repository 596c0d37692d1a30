//! The reviews a person takes part in — hosted by their authority, on
//! their team, or every review for a programme officer — and the guards'
//! facts about the open ones where they can have a task, each read in a
//! constant number of statements however many reviews the database holds:
//! the person's scope is a subquery (on PostgreSQL, once the reviews are read,
//! their ids as one array parameter), never a parameter per review.

use super::{facts_from, to_conflict, to_member, Conflict, FactsParts, Host, Member, Review};
use super::{group_by_review, SignOff};
use crate::entities::{focus_sign_off, organisation, review, review_conflict, review_host};
use crate::entities::{report_draft, team_member};
use crate::positional;
use crate::programme::Programme;
use crate::StoreError;
use domain::lifecycle::{officer_reach, InvitationStatus, OfficerReach, ReviewFacts, ReviewState};
use sea_orm::sea_query::{Expr, Order, Query, SelectStatement, SimpleExpr};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
};
use std::collections::{BTreeSet, HashMap};
use uuid::Uuid;

/// Who is asking, as far as which reviews are theirs goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Participant {
    pub user_id: Uuid,
    /// The local authority they are an authority user of, if any: its
    /// reviews are theirs.
    pub authority_id: Option<Uuid>,
    /// Programme officers take part in every review.
    pub programme_officer: bool,
}

/// The reviews `who` takes part in: hosted by their authority, or with
/// them on the team (invited or accepted, not declined or replaced); every
/// review for a programme officer.
fn taking_part(who: &Participant) -> Condition {
    if who.programme_officer {
        return Condition::all();
    }
    in_person(who)
}

/// The reviews `who` takes part in as a person, whatever their office:
/// hosted by their authority, or with them on the team (invited or
/// accepted).
fn in_person(who: &Participant) -> Condition {
    let on_team = Query::select()
        .column(team_member::Column::ReviewId)
        .from(team_member::Entity)
        .and_where(team_member::Column::UserId.eq(who.user_id))
        .and_where(team_member::Column::ReplacedBy.is_null())
        .and_where(team_member::Column::Invitation.ne(InvitationStatus::Declined.as_str()))
        .to_owned();
    let mut scope = Condition::any().add(review::Column::Id.in_subquery(on_team));
    if let Some(authority) = who.authority_id {
        let hosted = Query::select()
            .column(review_host::Column::ReviewId)
            .from(review_host::Entity)
            .and_where(review_host::Column::AuthorityId.eq(authority))
            .to_owned();
        scope = scope.add(review::Column::Id.in_subquery(hosted));
    }
    scope
}

/// A page of the reviews `who` takes part in, newest month first, and how
/// many there are in all when `with_total`: one statement (two when the
/// page is past the end).
pub async fn reviews_page(
    db: &impl ConnectionTrait,
    who: &Participant,
    offset: u64,
    limit: u64,
    with_total: bool,
) -> Result<(Vec<Review>, Option<u64>), StoreError> {
    super::rows::page_with_total(db, taking_part(who), Order::Desc, offset, limit, with_total).await
}

/// The open reviews where `who` can have a task, with the guards' facts
/// about each, and the rows they were made from (for the API's loaders).
#[derive(Debug, Clone, Default)]
pub struct OpenReviews {
    /// Soonest month first.
    pub reviews: Vec<(Review, ReviewFacts)>,
    pub hosts: HashMap<Uuid, Vec<Host>>,
    pub members: HashMap<Uuid, Vec<Member>>,
    pub programmes: Vec<Programme>,
}

/// The states in which nothing more happens to a review.
fn open() -> Condition {
    let finished = [ReviewState::Closed, ReviewState::Withdrawn];
    Condition::all().add(review::Column::State.is_not_in(finished.iter().map(|s| s.as_str())))
}

/// The reviews where a programme officer's office can give them a task
/// (`lifecycle::officer_reach`): in the states where any task may be
/// theirs, or where only an unresolved conflict of interest would be.
fn within_officer_reach() -> Condition {
    let (mut any, mut conflict, mut report) = (Vec::new(), Vec::new(), Vec::new());
    for state in ReviewState::ALL {
        match officer_reach(state) {
            OfficerReach::Any => any.push(state.as_str()),
            OfficerReach::UnresolvedConflict => conflict.push(state.as_str()),
            // A drafted report (its approval, its publication).
            OfficerReach::Report => report.push(state.as_str()),
            // The store records no follow-up yet (`facts_from` leaves it
            // unset), so no task waits on it; the day it does, this becomes
            // a condition on that record. (A correction of a published
            // report is the officer's own doing, on the report's page.)
            OfficerReach::FollowUp | OfficerReach::Nothing => {}
        }
    }
    let drafted = Query::select()
        .expr(Expr::val(1))
        .from(report_draft::Entity)
        .and_where(
            Expr::col((report_draft::Entity, report_draft::Column::ReviewId))
                .equals((review::Entity, review::Column::Id)),
        )
        .to_owned();
    let unresolved = Query::select()
        .expr(Expr::val(1))
        .from(review_conflict::Entity)
        .and_where(
            Expr::col((review_conflict::Entity, review_conflict::Column::ReviewId))
                .equals((review::Entity, review::Column::Id)),
        )
        .and_where(
            Expr::col((
                review_conflict::Entity,
                review_conflict::Column::DismissedAt,
            ))
            .is_null(),
        )
        .to_owned();
    Condition::any()
        .add(review::Column::State.is_in(any))
        .add(
            Condition::all()
                .add(review::Column::State.is_in(conflict))
                .add(Expr::exists(unresolved)),
        )
        .add(
            Condition::all()
                .add(review::Column::State.is_in(report))
                .add(Expr::exists(drafted)),
        )
}

/// The reviews where `who` can have a task: the ones they take part in as
/// a person, and for a programme officer those within the office's reach
/// (not every review, most of which need nothing from an officer now).
fn where_tasks_may_be(who: &Participant) -> Condition {
    let mine = in_person(who);
    if who.programme_officer {
        Condition::any().add(mine).add(within_officer_reach())
    } else {
        mine
    }
}

/// The open reviews where `who` can have a task (every one they take part
/// in as a person; for a programme officer, also those within the office's
/// reach), with their facts: at most twelve statements (three of them the
/// self-evaluations of those at `TEAM_FORMED`), whatever the number of
/// reviews, and only those reviews' rows.
pub async fn open_reviews(
    db: &impl ConnectionTrait,
    who: &Participant,
) -> Result<OpenReviews, StoreError> {
    let scope = Condition::all().add(where_tasks_may_be(who)).add(open());
    let rows = positional::all(
        db,
        review::Entity::find()
            .filter(scope.clone())
            .order_by_asc(review::Column::TargetMonth)
            .order_by_asc(review::Column::Id),
    )
    .await?;
    if rows.is_empty() {
        return Ok(OpenReviews::default());
    }
    let reviews = rows
        .into_iter()
        .map(super::to_review)
        .collect::<Result<Vec<_>, _>>()?;
    let ids = Query::select()
        .column(review::Column::Id)
        .from(review::Entity)
        .cond_where(scope)
        .to_owned();
    let team_formed = Query::select()
        .column(review::Column::Id)
        .from(review::Entity)
        .cond_where(
            Condition::all()
                .add(where_tasks_may_be(who))
                .add(review::Column::State.eq(ReviewState::TeamFormed.as_str())),
        )
        .to_owned();
    let read: Vec<Uuid> = reviews.iter().map(|r| r.id).collect();
    let among = |column: SimpleExpr| of_reviews(db.get_database_backend(), column, &read, &ids);
    let self_evaluations = super::mine_self_evaluation::read(db, team_formed).await?;
    let hosts = super::hosts::hosts_where(
        db,
        among(Expr::col((review_host::Entity, review_host::Column::ReviewId)).into()),
    )
    .await?;
    let sign_offs = sign_offs_in(
        db,
        among(Expr::col((focus_sign_off::Entity, focus_sign_off::Column::ReviewId)).into()),
    )
    .await?;
    let members = group_by_review(
        positional::all(
            db,
            team_member::Entity::find()
                .filter(among(
                    Expr::col((team_member::Entity, team_member::Column::ReviewId)).into(),
                ))
                .order_by_asc(team_member::Column::InvitedAt)
                .order_by_asc(team_member::Column::Id),
        )
        .await?
        .into_iter()
        .map(to_member)
        .collect::<Result<Vec<_>, _>>()?,
        |m| (m.review_id, m),
    );
    let plans = crate::visit::plans_in(db, ids.clone()).await?;
    let (drafts, follow_ups) = crate::follow_up::drafts_and_follow_ups_in(db, ids.clone()).await?;
    let visit_completed = Query::select()
        .column(review::Column::Id)
        .from(review::Entity)
        .cond_where(
            Condition::all()
                .add(where_tasks_may_be(who))
                .add(review::Column::State.eq(ReviewState::VisitCompleted.as_str())),
        )
        .to_owned();
    let agreed = crate::findings::agreed_counts_in(db, visit_completed).await?;
    let conflicts: HashMap<Uuid, Vec<Conflict>> = group_by_review(
        positional::all(
            db,
            review_conflict::Entity::find()
                .filter(among(
                    Expr::col((review_conflict::Entity, review_conflict::Column::ReviewId)).into(),
                ))
                .order_by_asc(review_conflict::Column::CreatedAt),
        )
        .await?,
        |r| (r.review_id, to_conflict(r)),
    );
    let programme_ids: Vec<Uuid> = reviews
        .iter()
        .map(|r| r.programme_id)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let programmes = crate::programme::programmes_by_ids(db, &programme_ids).await?;
    let quad_ids: Vec<Uuid> = reviews
        .iter()
        .filter_map(|r| r.quad_id)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let quads = crate::programme::quads_by_ids(db, &quad_ids).await?;
    let quad_authorities: BTreeSet<Uuid> = quads
        .iter()
        .flat_map(|q| q.members.iter().copied())
        .collect();
    let names: HashMap<Uuid, String> = if quad_authorities.is_empty() {
        HashMap::new()
    } else {
        organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(quad_authorities))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect()
    };
    let mut found = Vec::with_capacity(reviews.len());
    for review in reviews {
        let Some(programme) = programmes.iter().find(|p| p.id == review.programme_id) else {
            return Err(super::corrupt(
                format!("review {}", review.id),
                "its programme is missing",
            ));
        };
        let quad_members: Vec<(Uuid, String)> = review
            .quad_id
            .and_then(|q| quads.iter().find(|quad| quad.id == q))
            .map(|quad| {
                quad.members
                    .iter()
                    .map(|a| (*a, names.get(a).cloned().unwrap_or_default()))
                    .collect()
            })
            .unwrap_or_default();
        let review_hosts = hosts.get(&review.id).map(Vec::as_slice).unwrap_or_default();
        let mut facts = facts_from(&FactsParts {
            review: &review,
            programme,
            hosts: review_hosts,
            quad_members: &quad_members,
            sign_offs: sign_offs
                .get(&review.id)
                .map(Vec::as_slice)
                .unwrap_or_default(),
            members: members
                .get(&review.id)
                .map(Vec::as_slice)
                .unwrap_or_default(),
            conflicts: conflicts
                .get(&review.id)
                .map(Vec::as_slice)
                .unwrap_or_default(),
        });
        if review.state == ReviewState::TeamFormed {
            let host_names: Vec<(Uuid, String)> = review_hosts
                .iter()
                .map(|h| (h.authority.id, h.authority.name.clone()))
                .collect();
            facts.self_evaluation = Some(crate::self_evaluation::assemble_facts(
                &crate::self_evaluation::Stored {
                    hosts: &host_names,
                    programme,
                    started: self_evaluations
                        .started
                        .get(&review.id)
                        .map(Vec::as_slice)
                        .unwrap_or_default(),
                    entries: self_evaluations
                        .entries
                        .get(&review.id)
                        .map(Vec::as_slice)
                        .unwrap_or_default(),
                    documents: &self_evaluations.documents,
                    frameworks: &self_evaluations.frameworks,
                },
            ));
        }
        facts.visit = Some(domain::lifecycle::VisitFacts {
            days: plans.get(&review.id).cloned().unwrap_or_default(),
        });
        if review.state == ReviewState::VisitCompleted {
            facts.findings = Some(agreed.get(&review.id).cloned().unwrap_or_default());
        }
        crate::report::apply_facts(&mut facts, drafts.get(&review.id));
        crate::follow_up::apply_facts(&mut facts, follow_ups.get(&review.id));
        found.push((review, facts));
    }
    Ok(OpenReviews {
        reviews: found,
        hosts,
        members,
        programmes,
    })
}

/// `column` (a review's id) is one of the reviews just read: their ids
/// `read`, which `scope` selects. On PostgreSQL the ids go as one array
/// parameter, so the planner knows how few they are and looks each one's
/// rows up by its index; with the scope as a subquery it estimated far more
/// and hash-joined the whole of `team_members`, `focus_sign_offs` and
/// `review_hosts` (run E in docs/benchmarks.md). SQLite probes the indexes
/// from the subquery as it is, and takes no array.
fn of_reviews(
    backend: DbBackend,
    column: SimpleExpr,
    read: &[Uuid],
    scope: &SelectStatement,
) -> SimpleExpr {
    match backend {
        DbBackend::Postgres => {
            let mut array = String::with_capacity(2 + read.len() * 37);
            array.push('{');
            for (i, id) in read.iter().enumerate() {
                if i > 0 {
                    array.push(',');
                }
                array.push_str(&id.to_string());
            }
            array.push('}');
            Expr::cust_with_exprs(
                "$1 = ANY(CAST($2 AS uuid[]))",
                [column, Expr::val(array).into()],
            )
        }
        _ => Expr::expr(column).in_subquery(scope.clone()),
    }
}

/// The focus sign-offs of the reviews `which` selects: one statement.
async fn sign_offs_in(
    db: &impl ConnectionTrait,
    which: SimpleExpr,
) -> Result<HashMap<Uuid, Vec<SignOff>>, StoreError> {
    let rows = positional::all(
        db,
        focus_sign_off::Entity::find()
            .filter(which)
            .order_by_asc(focus_sign_off::Column::SignedAt),
    )
    .await?;
    Ok(group_by_review(rows, |r| {
        (
            r.review_id,
            SignOff {
                id: r.id,
                review_id: r.review_id,
                user_id: r.user_id,
                authority_id: r.authority_id,
                signed_at: r.signed_at,
            },
        )
    }))
}
