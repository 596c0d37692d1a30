//! What a change of the visit plan sends, queued in the change's
//! transaction: each accepted team member gets the visit as a calendar
//! invitation (`METHOD:REQUEST`, one event per day, the plan's sequence),
//! and a calendar cancellation (`METHOD:CANCEL`) for days taken out of the
//! plan or for the whole visit when the review is postponed or withdrawn.

use super::ics::{self, Method, VisitCalendar};
use crate::error::ApiResult;
use crate::ApiContext;
use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use domain::lifecycle::{self as lc, InvitationStatus, ReviewState, TeamRole};
use domain::visit::long_date;
use serde_json::json;
use std::collections::HashMap;
use store::outbox::{enqueue, NewMessage};
use store::review as reviews;
use store::sea_orm::ConnectionTrait;
use uuid::Uuid;

/// The review's side of every message: its hosts, team and plan.
struct Visit {
    review_id: Uuid,
    host: String,
    days: Vec<NaiveDate>,
    sequence: u32,
    sessions: Vec<domain::visit::Session>,
    /// Accepted, current, active members: (id, name, email).
    team: Vec<(Uuid, String, String)>,
    names: HashMap<Uuid, String>,
    organiser: String,
    link: String,
}

async fn visit(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    review_id: Uuid,
) -> ApiResult<Option<Visit>> {
    let Some(plan) = store::visit::plan(db, review_id).await? else {
        return Ok(None);
    };
    let hosts = reviews::hosts_with_organisations(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    let members = reviews::members_of(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    let accepted: Vec<&reviews::Member> = members
        .iter()
        .filter(|m| m.is_current() && m.invitation == InvitationStatus::Accepted)
        .collect();
    let ids: Vec<Uuid> = accepted.iter().map(|m| m.user_id).collect();
    let users = store::identity::users_by_ids(db, &ids).await?;
    let names: HashMap<Uuid, String> = users.iter().map(|u| (u.id, u.name.clone())).collect();
    let lead = accepted
        .iter()
        .find(|m| m.role == TeamRole::Lead)
        .and_then(|m| users.iter().find(|u| u.id == m.user_id));
    let team: Vec<(Uuid, String, String)> = users
        .iter()
        .filter(|u| u.active)
        .map(|u| (u.id, u.name.clone(), u.email.clone()))
        .collect();
    let organiser = lead
        .map(|u| u.email.clone())
        .or_else(|| team.first().map(|t| t.2.clone()))
        .unwrap_or_default();
    Ok(Some(Visit {
        review_id,
        host: hosts
            .iter()
            .map(|h| h.authority.name.clone())
            .collect::<Vec<_>>()
            .join(" and "),
        days: plan.days,
        sequence: u32::try_from(plan.sequence).unwrap_or(0),
        sessions: store::visit::sessions_of(db, review_id).await?,
        team,
        names,
        organiser,
        link: format!("{}/reviews/{review_id}/visit", app.public_url),
    }))
}

fn days_in_words(days: &[NaiveDate]) -> String {
    days.iter()
        .map(|d| long_date(*d))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Queues one calendar message per team member.
async fn send(
    db: &impl ConnectionTrait,
    v: &Visit,
    days: &[NaiveDate],
    method: Method,
    why: &str,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let name = |id: Uuid| v.names.get(&id).cloned().unwrap_or_default();
    for (id, person, email) in &v.team {
        let calendar = VisitCalendar {
            review_id: v.review_id,
            host: &v.host,
            all_days: &v.days,
            days,
            sessions: &v.sessions,
            sequence: v.sequence,
            organiser: &v.organiser,
            attendee: Some(email),
            stamp: now,
            link: &v.link,
        };
        let text = ics::render(&calendar, method, &name);
        let (template, kind) = match method {
            Method::Request => ("visit_invitation", "request"),
            Method::Cancel => ("visit_cancelled", "cancel"),
        };
        enqueue(
            db,
            NewMessage {
                idempotency_key: format!("visit-{kind}:{}:{}:{id}", v.review_id, v.sequence),
                recipient: email.clone(),
                template: template.into(),
                payload: json!({
                    "name": person,
                    "host": v.host,
                    "days": days_in_words(days),
                    "why": why,
                    "link": v.link,
                    "attachments": [{
                        "filename": "visit.ics",
                        "content_type": format!(
                            "text/calendar; method={}; charset=UTF-8",
                            match method { Method::Request => "REQUEST", Method::Cancel => "CANCEL" }
                        ),
                        "content_base64": base64::engine::general_purpose::STANDARD.encode(text.as_bytes()),
                    }],
                }),
                due_at: now,
            },
            now,
        )
        .await?;
    }
    Ok(())
}

/// After a change of plan (written, its sequence raised): the visit to
/// every member, and a cancellation of the days taken out.
pub(super) async fn after_change(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    review_id: Uuid,
    before: &[NaiveDate],
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let Some(v) = visit(db, app, review_id).await? else {
        return Ok(());
    };
    let removed: Vec<NaiveDate> = before
        .iter()
        .filter(|d| !v.days.contains(d))
        .copied()
        .collect();
    if !removed.is_empty() {
        send(
            db,
            &v,
            &removed,
            Method::Cancel,
            "The visit moved to other days.",
            now,
        )
        .await?;
    }
    send(db, &v, &v.days, Method::Request, "", now).await?;
    super::agenda::mail_if_shared(db, review_id, now).await
}

/// After a lifecycle command: a postponed or withdrawn review's visit days
/// are cancelled in every member's calendar.
pub async fn after_command(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    review_id: Uuid,
    decided: &lc::Decided,
) -> ApiResult<()> {
    let lc::Event::Transitioned { to, at, .. } = decided.event() else {
        return Ok(());
    };
    let why = match to {
        ReviewState::Postponed => "The review is postponed.",
        ReviewState::Withdrawn => "The review is withdrawn.",
        _ => return Ok(()),
    };
    if store::visit::plan(db, review_id).await?.is_none() {
        return Ok(());
    }
    store::visit::touch(db, review_id, *at).await?;
    let Some(v) = visit(db, app, review_id).await? else {
        return Ok(());
    };
    send(db, &v, &v.days, Method::Cancel, why, *at).await
}

/// The visit as a calendar for one person to download: the days planned,
/// or none.
pub(super) async fn download(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    review_id: Uuid,
    now: DateTime<Utc>,
) -> ApiResult<Option<String>> {
    let Some(v) = visit(db, app, review_id).await? else {
        return Ok(None);
    };
    let name = |id: Uuid| v.names.get(&id).cloned().unwrap_or_default();
    let calendar = VisitCalendar {
        review_id,
        host: &v.host,
        all_days: &v.days,
        days: &v.days,
        sessions: &v.sessions,
        sequence: v.sequence,
        organiser: &v.organiser,
        attendee: None,
        stamp: now,
        link: &v.link,
    };
    Ok(Some(ics::render(&calendar, Method::Request, &name)))
}
