//! The planners' use cases: read the plan, set the dates, save and remove
//! sessions. Each change owns one transaction: rights first (someone who
//! may not plan learns nothing), then the review's version (a stale one is
//! a `CONFLICT`), then the input against the calendar and the team; the
//! change, its history event and the review's new version are written
//! together, or nothing is.

use super::{invalid, DayOff, HostContact, VisitPlace, VisitPlan, VisitSession, VisitSessionInput};
use crate::auth::{review_access, SessionUser};
use crate::error::{ApiError, ApiResult};
use crate::review::refusal;
use crate::review::use_cases::{load, Loaded};
use crate::self_evaluation::PersonName;
use crate::ApiContext;
use chrono::{Datelike, NaiveDate};
use domain::lifecycle::{InvitationStatus, VisitChange};
use domain::visit::{self as v, VisitDates, WorkingCalendar};
use std::collections::HashMap;
use store::review as reviews;
use store::sea_orm::{ConnectionTrait, DatabaseTransaction};
use store::StoreError;
use uuid::Uuid;

/// The calendar a review's visit is planned on: Scotland's bank holidays
/// and its host authorities' blackout dates.
pub(super) async fn calendar(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
) -> ApiResult<WorkingCalendar> {
    let hosts: Vec<Uuid> = loaded.facts.hosts.iter().map(|h| h.authority_id).collect();
    let names: HashMap<Uuid, String> = loaded
        .facts
        .hosts
        .iter()
        .map(|h| (h.authority_id, h.name.clone()))
        .collect();
    let from = loaded.review.target_month.first_day();
    let blackouts = store::visit::blackouts_of(db, &hosts, Some(from)).await?;
    Ok(WorkingCalendar::new(
        store::reference::bank_holidays(db).await?,
        blackouts.into_iter().map(|b| {
            (
                names.get(&b.authority_id).cloned().unwrap_or_default(),
                b.blackout,
            )
        }),
    ))
}

/// The accepted, current team members with their names.
async fn assignable(db: &impl ConnectionTrait, review_id: Uuid) -> ApiResult<Vec<v::Assignable>> {
    let members = reviews::members_of(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    let ids: Vec<Uuid> = members
        .iter()
        .filter(|m| m.is_current() && m.invitation == InvitationStatus::Accepted)
        .map(|m| m.user_id)
        .collect();
    let users = store::identity::users_by_ids(db, &ids).await?;
    Ok(ids
        .iter()
        .map(|id| v::Assignable {
            user_id: *id,
            name: users
                .iter()
                .find(|u| u.id == *id)
                .map(|u| u.name.clone())
                .unwrap_or_default(),
        })
        .collect())
}

/// Rights, then the version, for a change of plan.
fn authorise(loaded: &Loaded, version: i32) -> ApiResult<()> {
    v::authorise_plan(&loaded.facts, &loaded.actor).map_err(refusal)?;
    if loaded.review.version != version {
        return Err(StoreError::Conflict.into());
    }
    Ok(())
}

/// Records the change in the history and claims the review's version.
async fn record(
    txn: &DatabaseTransaction,
    app: &ApiContext,
    loaded: &Loaded,
    version: i32,
    change: VisitChange,
) -> ApiResult<()> {
    let decided = v::decide_visit_change(&loaded.facts, &loaded.actor, change, app.clock.now())
        .map_err(refusal)?;
    reviews::claim_version(txn, &decided, loaded.review.id, version).await?;
    reviews::record_event(txn, &loaded.review, &decided).await?;
    Ok(())
}

/// Sets the visit days.
pub(super) async fn set_dates(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
    days: Vec<NaiveDate>,
) -> ApiResult<VisitPlan> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    authorise(&loaded, version)?;
    let calendar = calendar(&txn, &loaded).await?;
    let dates = VisitDates::parse(
        &days,
        loaded.facts.rules.visit_length_days,
        loaded.review.target_month,
        &calendar,
    )
    .map_err(invalid)?;
    let before = store::visit::plan(&txn, review_id)
        .await?
        .map(|p| p.days)
        .unwrap_or_default();
    if before == dates.days() {
        return Err(ApiError::validation(
            "days",
            "The visit is already on these days.",
        ));
    }
    let sessions = store::visit::sessions_of(&txn, review_id).await?;
    v::stranded_sessions(dates.days(), &sessions).map_err(invalid)?;
    let change = VisitChange::Dates {
        before: before.clone(),
        after: dates.days().to_vec(),
    };
    record(&txn, app, &loaded, version, change).await?;
    store::visit::set_days(&txn, review_id, dates.days(), now).await?;
    super::mail::after_change(&txn, app, review_id, &before, now).await?;
    store::reminders::reschedule(&txn, review_id, now).await?;
    store::commit(txn).await?;
    read(app, user, review_id).await
}

/// Adds a session (`session_id` none) or replaces one.
pub(super) async fn save_session(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    session_id: Option<Uuid>,
    version: i32,
    input: VisitSessionInput,
) -> ApiResult<VisitPlan> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    authorise(&loaded, version)?;
    let session = input.parse(session_id.unwrap_or_else(Uuid::now_v7))?;
    let days = store::visit::plan(&txn, review_id)
        .await?
        .map(|p| p.days)
        .unwrap_or_default();
    let mut others = store::visit::sessions_of(&txn, review_id).await?;
    let before = match session_id {
        None => None,
        Some(id) => {
            let at = others.iter().position(|s| s.id == id).ok_or_else(|| {
                ApiError::NotFound(format!("No visit session {id} exists on this review."))
            })?;
            Some(others.remove(at))
        }
    };
    let team = assignable(&txn, review_id).await?;
    v::check_session(&session, &days, &others, &team).map_err(invalid)?;
    let change = match &before {
        None => VisitChange::SessionAdded {
            session: session.summary(),
        },
        Some(old) => VisitChange::SessionChanged {
            before: old.summary(),
            after: session.summary(),
        },
    };
    record(&txn, app, &loaded, version, change).await?;
    match before {
        None => store::visit::insert_session(&txn, review_id, &session, now).await?,
        Some(_) => store::visit::update_session(&txn, &session).await?,
    }
    store::visit::touch(&txn, review_id, now).await?;
    super::mail::after_change(&txn, app, review_id, &days, now).await?;
    store::commit(txn).await?;
    read(app, user, review_id).await
}

/// Removes a session.
pub(super) async fn remove_session(
    app: &ApiContext,
    user: &SessionUser,
    session_id: Uuid,
    version: i32,
) -> ApiResult<VisitPlan> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let (review_id, session) = store::visit::session(&txn, session_id).await?;
    let loaded = load(&txn, user, review_id).await?;
    authorise(&loaded, version)?;
    let change = VisitChange::SessionRemoved {
        session: session.summary(),
    };
    record(&txn, app, &loaded, version, change).await?;
    store::visit::remove_session(&txn, session_id).await?;
    store::visit::touch(&txn, review_id, now).await?;
    super::mail::after_change(&txn, app, review_id, &[], now).await?;
    store::commit(txn).await?;
    read(app, user, review_id).await
}

/// The plan as the viewer may see it.
pub(super) async fn read(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<VisitPlan> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let hosts: Vec<Uuid> = loaded.facts.hosts.iter().map(|h| h.authority_id).collect();
    let members = reviews::members_of(&txn, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    review_access(user, review_id, &hosts, &members)?;
    let plan = store::visit::plan(&txn, review_id).await?;
    let sessions = store::visit::sessions_of(&txn, review_id).await?;
    let team = assignable(&txn, review_id).await?;
    let mut names: HashMap<Uuid, String> =
        team.iter().map(|m| (m.user_id, m.name.clone())).collect();
    let missing: Vec<Uuid> = sessions
        .iter()
        .flat_map(|s| s.members.iter().copied())
        .filter(|id| !names.contains_key(id))
        .collect();
    for u in store::identity::users_by_ids(&txn, &missing).await? {
        names.insert(u.id, u.name);
    }
    let may_see_contacts = loaded.actor.host_user || loaded.actor.programme_officer;
    let contacts = if may_see_contacts {
        Some(
            store::visit::contacts_of(&txn, review_id)
                .await?
                .into_iter()
                .map(|c| HostContact {
                    id: c.id,
                    role: c.role,
                    name: c.name,
                    email: c.email,
                })
                .collect(),
        )
    } else {
        None
    };
    let places = store::visit::places_of(&txn, review_id)
        .await?
        .into_iter()
        .map(|p| VisitPlace {
            id: p.id,
            name: p.name,
            address: p.address,
        })
        .collect();
    let calendar = calendar(&txn, &loaded).await?;
    let month = loaded.review.target_month.first_day();
    let in_month: Vec<NaiveDate> = month
        .iter_days()
        .take_while(|d| d.month() == month.month())
        .collect();
    let days_off = in_month
        .iter()
        .filter_map(|d| {
            calendar
                .day_off(*d)
                .filter(|off| *off != v::DayOff::Weekend)
                .map(|off| DayOff {
                    date: *d,
                    reason: off.sentence(*d),
                })
        })
        .collect();
    let name = |id: Uuid| names.get(&id).cloned().unwrap_or_default();
    let view = VisitPlan {
        review_id,
        review_version: loaded.review.version,
        target_month: loaded.review.target_month.into(),
        length_days: loaded.facts.rules.visit_length_days as i32,
        days: plan.as_ref().map(|p| p.days.clone()).unwrap_or_default(),
        sequence: plan.as_ref().map(|p| p.sequence).unwrap_or(0),
        shared_at: plan.as_ref().and_then(|p| p.shared_at),
        sessions: sessions.iter().map(|s| VisitSession::of(s, name)).collect(),
        contacts,
        places,
        working_days: in_month
            .iter()
            .copied()
            .filter(|d| calendar.is_working_day(*d))
            .collect(),
        days_off,
        assignable: team
            .into_iter()
            .map(|m| PersonName {
                id: m.user_id,
                name: m.name,
            })
            .collect(),
        can_plan: v::authorise_plan(&loaded.facts, &loaded.actor).is_ok(),
        can_record_contacts: v::authorise_contacts(&loaded.facts, &loaded.actor).is_ok(),
    };
    drop(txn);
    Ok(view)
}

/// The visit as a calendar file, for those who may see the plan; `None`
/// before its dates are set.
pub async fn calendar_file(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<Option<String>> {
    let db = app.store.conn();
    let hosts: Vec<Uuid> = reviews::hosts_of(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    let members = reviews::members_of(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    reviews::review(db, review_id).await?;
    review_access(user, review_id, &hosts, &members)?;
    super::mail::download(db, app, review_id, app.clock.now()).await
}
