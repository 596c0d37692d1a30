//! The use cases that change a review. Each owns one transaction: it
//! begins it, loads the facts, asks `domain` (who may, the guards, the
//! event), persists the change with its history event, queues mail and
//! commits. Resolvers parse input, call one of these and map the result;
//! they never open a transaction themselves.
//!
//! Every change takes the version the client saw: rights are decided first
//! (someone who may not act learns nothing), then a stale version is a
//! `CONFLICT`, then the domain's guards.
//!
//! This file holds what every use case shares (reading the review and
//! deciding a change) and the lifecycle commands; `timetable.rs` schedules
//! and reschedules, `focus.rs` edits and signs off the focus, and
//! `team.rs` changes the team and dismisses conflicts. All are re-exported
//! here as `api::review::use_cases`.

mod focus;
mod team;
mod timetable;

pub use focus::*;
pub use team::*;
pub use timetable::*;

use super::refusal;
use crate::auth::{review_actor, SessionUser};
use crate::error::ApiResult;
use crate::ApiContext;
use chrono::{DateTime, Utc};
use domain::lifecycle::{self as lc, Change, Command, Decided, InvitationStatus};
use store::programme::{self as programmes, Programme};
use store::review::{self as reviews, Review};
use store::sea_orm::DatabaseTransaction;
use store::StoreError;
use uuid::Uuid;

/// A review as a change finds it, read in the change's transaction.
pub(crate) struct Loaded {
    pub(crate) review: Review,
    pub(crate) programme: Programme,
    pub(crate) facts: lc::ReviewFacts,
    pub(crate) actor: lc::Actor,
}

pub(crate) async fn load(
    txn: &DatabaseTransaction,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<Loaded> {
    let review = reviews::review(txn, review_id).await?;
    let programme = programmes::programme(txn, review.programme_id).await?;
    let facts = reviews::facts(txn, &review, &programme).await?;
    let hosts: Vec<Uuid> = facts.hosts.iter().map(|h| h.authority_id).collect();
    let team_role = facts
        .members
        .iter()
        .find(|m| m.user_id == user.id() && m.invitation == InvitationStatus::Accepted)
        .map(|m| m.role);
    let actor = review_actor(user, &hosts, team_role);
    Ok(Loaded {
        review,
        programme,
        facts,
        actor,
    })
}

/// Rights first, then the version: a caller who may not act learns
/// nothing about the review's state.
fn authorise(loaded: &Loaded, change: &Change, version: i32) -> ApiResult<()> {
    lc::authorise_change(&loaded.facts, change, &loaded.actor).map_err(refusal)?;
    if loaded.review.version != version {
        return Err(StoreError::Conflict.into());
    }
    Ok(())
}

/// Decides `change` and, if accepted, claims the review's version and
/// writes the event; the caller then writes the change's own rows.
async fn decide(
    txn: &DatabaseTransaction,
    loaded: &Loaded,
    change: &Change,
    version: i32,
    now: DateTime<Utc>,
) -> ApiResult<Decided> {
    authorise(loaded, change, version)?;
    let decided = lc::decide_change(&loaded.facts, change, &loaded.actor, now).map_err(refusal)?;
    reviews::claim_version(txn, &decided, loaded.review.id, version).await?;
    reviews::record_event(txn, &loaded.review, &decided).await?;
    Ok(decided)
}

async fn reread(app: &ApiContext, id: Uuid) -> ApiResult<Review> {
    Ok(reviews::review(app.store.conn(), id).await?)
}

/// A lifecycle command: the facts are read, the domain decides, and the
/// new state and its event are written with `UPDATE … WHERE state = ? AND
/// version = ?`.
pub async fn command(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
    command: Command,
) -> ApiResult<Review> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    lc::authorise(&loaded.facts, command.kind(), &loaded.actor).map_err(refusal)?;
    if loaded.review.version != version {
        return Err(StoreError::Conflict.into());
    }
    let now = app.clock.now();
    let decided = lc::decide_command(
        &loaded.facts,
        &command,
        &loaded.actor,
        now,
        super::london_today(now),
    )
    .map_err(refusal)?;
    reviews::apply_event(&txn, &loaded.review, &decided).await?;
    crate::self_evaluation::use_cases::after_command(
        &txn,
        app,
        &loaded.review,
        &loaded.programme,
        &decided,
    )
    .await?;
    crate::visit::mail::after_command(&txn, app, review_id, &decided).await?;
    crate::findings::mail::after_command(&txn, app, review_id, &decided).await?;
    crate::survey::use_cases::after_command(&txn, app, review_id, &loaded.programme.name, &decided)
        .await?;
    crate::report::use_cases::after_command(&txn, app, &loaded, command.kind(), now).await?;
    store::reminders::reschedule(&txn, review_id, now).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}
