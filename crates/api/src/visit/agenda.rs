//! The agenda for the host: the visit's days and sessions, whom each meets
//! and where, and the team by name and organisation only (never their
//! contact details). Printable from `visitAgenda`, and mailed to the host's
//! recorded contacts when the team lead shares it and whenever the plan
//! changes after that.

use crate::auth::{review_access, SessionUser};
use crate::error::{ApiError, ApiResult};
use crate::review::refusal;
use crate::review::use_cases::load;
use crate::ApiContext;
use async_graphql::SimpleObject;
use chrono::{DateTime, NaiveDate, Utc};
use domain::lifecycle::InvitationStatus;
use domain::visit::{self as v, long_date};
use serde_json::json;
use std::collections::HashMap;
use store::outbox::{enqueue, NewMessage};
use store::review as reviews;
use store::sea_orm::ConnectionTrait;
use uuid::Uuid;

/// A team member as the host sees them: a name and an organisation.
#[derive(SimpleObject, Clone)]
pub struct AgendaPerson {
    pub name: String,
    pub organisation: String,
}

/// One session as the agenda shows it.
#[derive(SimpleObject)]
pub struct AgendaSession {
    /// `HH:MM`, London time.
    pub starts_at: String,
    pub ends_at: String,
    /// E.g. "Focus group".
    pub kind: String,
    /// Whom it meets, in words, e.g. ["headteachers", "young people"].
    pub meets: Vec<String>,
    pub place: Option<String>,
    pub team: Vec<AgendaPerson>,
}

/// One day of the agenda.
#[derive(SimpleObject)]
pub struct AgendaDay {
    pub date: NaiveDate,
    /// E.g. "Monday 6 January 2025".
    pub label: String,
    pub sessions: Vec<AgendaSession>,
}

/// The printable agenda of a visit.
#[derive(SimpleObject)]
pub struct VisitAgenda {
    /// The host authority or authorities.
    pub host: String,
    pub days: Vec<AgendaDay>,
    /// The whole team, by name and organisation.
    pub team: Vec<AgendaPerson>,
    /// When it was first shared with the host's contacts.
    pub shared_at: Option<DateTime<Utc>>,
    /// How many contacts the host has recorded: those it is mailed to
    /// once shared (their addresses are the host's, not shown here).
    pub recipients: i32,
    /// Whether the caller may share it now: the team lead or a programme
    /// officer, once the dates are set and before the visit starts.
    pub can_share: bool,
}

impl VisitAgenda {
    /// The agenda as lines of text, for the mail.
    fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for day in &self.days {
            lines.push(day.label.clone());
            if day.sessions.is_empty() {
                lines.push("  No sessions planned yet.".to_owned());
            }
            for s in &day.sessions {
                let mut line = format!("  {}–{} {}", s.starts_at, s.ends_at, s.kind);
                if !s.meets.is_empty() {
                    line.push_str(&format!(" with {}", s.meets.join(", ")));
                }
                if let Some(place) = &s.place {
                    line.push_str(&format!(", {place}"));
                }
                lines.push(line);
            }
        }
        lines
    }
}

/// The agenda of a review's visit (no days before its dates are set).
async fn build(db: &impl ConnectionTrait, review_id: Uuid) -> ApiResult<VisitAgenda> {
    let plan = store::visit::plan(db, review_id).await?;
    let (plan_days, shared_at) = match plan {
        Some(p) => (p.days, p.shared_at),
        None => (Vec::new(), None),
    };
    let hosts = reviews::hosts_with_organisations(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
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
    let mut org_ids: Vec<Uuid> = users.iter().map(|u| u.organisation_id).collect();
    org_ids.sort();
    org_ids.dedup();
    let orgs: HashMap<Uuid, String> = store::reference::organisations_by_ids(db, &org_ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let people: HashMap<Uuid, AgendaPerson> = users
        .iter()
        .map(|u| {
            (
                u.id,
                AgendaPerson {
                    name: u.name.clone(),
                    organisation: orgs.get(&u.organisation_id).cloned().unwrap_or_default(),
                },
            )
        })
        .collect();
    let sessions = store::visit::sessions_of(db, review_id).await?;
    let recipients = store::visit::contacts_of(db, review_id).await?.len();
    let days = plan_days
        .iter()
        .map(|day| AgendaDay {
            date: *day,
            label: long_date(*day),
            sessions: sessions
                .iter()
                .filter(|s| s.day == *day)
                .map(|s| AgendaSession {
                    starts_at: s.starts_at.format("%H:%M").to_string(),
                    ends_at: s.ends_at.format("%H:%M").to_string(),
                    kind: s.kind.label().to_owned(),
                    meets: s.audiences.iter().map(|a| a.label().to_owned()).collect(),
                    place: s.place.clone(),
                    team: s
                        .members
                        .iter()
                        .filter_map(|m| people.get(m).cloned())
                        .collect(),
                })
                .collect(),
        })
        .collect();
    Ok(VisitAgenda {
        host: hosts
            .iter()
            .map(|h| h.authority.name.clone())
            .collect::<Vec<_>>()
            .join(" and "),
        days,
        team: ids
            .iter()
            .filter_map(|id| people.get(id).cloned())
            .collect(),
        shared_at,
        recipients: i32::try_from(recipients).unwrap_or(i32::MAX),
        can_share: false,
    })
}

/// The agenda, for those who may see the plan.
pub(super) async fn read(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<VisitAgenda> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let hosts: Vec<Uuid> = loaded.facts.hosts.iter().map(|h| h.authority_id).collect();
    let members = reviews::members_of(&txn, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    review_access(user, review_id, &hosts, &members)?;
    let mut agenda = build(&txn, review_id).await?;
    agenda.can_share =
        !agenda.days.is_empty() && v::authorise_plan(&loaded.facts, &loaded.actor).is_ok();
    drop(txn);
    Ok(agenda)
}

/// Mails the agenda to every recorded contact, once it has been shared.
pub(super) async fn mail_if_shared(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let agenda = build(db, review_id).await?;
    if agenda.shared_at.is_none() {
        return Ok(());
    }
    let sequence = store::visit::plan(db, review_id)
        .await?
        .map(|p| p.sequence)
        .unwrap_or(0);
    let lines = agenda.lines();
    for contact in store::visit::contacts_of(db, review_id).await? {
        enqueue(
            db,
            NewMessage {
                idempotency_key: format!("visit-agenda:{review_id}:{sequence}:{}", contact.id),
                recipient: contact.email.clone(),
                template: "visit_agenda".into(),
                payload: json!({
                    "name": contact.name,
                    "host": agenda.host,
                    "lines": lines,
                    "team": agenda.team.iter().map(|p| format!("{} ({})", p.name, p.organisation)).collect::<Vec<_>>(),
                }),
                due_at: now,
            },
            now,
        )
        .await?;
    }
    Ok(())
}

/// Shares the agenda with the host's contacts (the team lead or a
/// programme officer, once the dates are set): it is mailed now, and again
/// whenever the plan changes.
pub(super) async fn share(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<VisitAgenda> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    v::authorise_plan(&loaded.facts, &loaded.actor).map_err(refusal)?;
    let plan = store::visit::plan(&txn, review_id).await?;
    if plan.as_ref().is_none_or(|p| p.days.is_empty()) {
        return Err(ApiError::validation(
            "reviewId",
            "Set the visit dates before sharing the agenda.",
        ));
    }
    if store::visit::contacts_of(&txn, review_id).await?.is_empty() {
        return Err(ApiError::validation(
            "reviewId",
            "The host has recorded no contacts to share the agenda with yet.",
        ));
    }
    store::visit::mark_shared(&txn, review_id, now).await?;
    mail_if_shared(&txn, review_id, now).await?;
    let mut agenda = build(&txn, review_id).await?;
    agenda.can_share = true;
    store::commit(txn).await?;
    Ok(agenda)
}
