//! Reminders: one row per future reminder, rewritten in the transaction of
//! every change it depends on ([`reschedule`]); a scan ([`scan`]) that
//! turns due rows into outbox mail; each programme's policy and each
//! person's choice of the kinds they do not want.
//!
//! A row is PENDING until the scan sends it (SENT) or finds its recipient
//! turned the kind off or gone (SKIPPED). Rescheduling deletes a subject's
//! pending rows and inserts what the domain plans now, skipping any
//! occurrence already sent: a reminder is never sent twice, and a moved
//! date is a new occurrence.
//!
//! Subjects: a review's own reminders (and its follow-up sessions') have
//! the review as subject; a follow-up action's have the action, so that a
//! screen can name it. [`reschedule`] plans them all from the review and
//! its follow-up document and rewrites all the review's pending rows.

use crate::entities::{
    organisation, programme, reminder, reminder_opt_out, reminder_policy, review, review_host, user,
};
use crate::outbox::{self, NewMessage};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::follow_up::FollowUp;
use domain::lifecycle::ReviewState;
use domain::reminder::{
    self as rm, ActionSubject, Invitee, Planned, ReminderKind, ReminderPolicy, ReminderRule,
    ReviewSubject,
};
use domain::visit::{long_date, WorkingCalendar};
use sea_orm::sea_query::{LockBehavior, LockType, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, Order, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

const PENDING: &str = "PENDING";
const SENT: &str = "SENT";
const SKIPPED: &str = "SKIPPED";

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(what.to_string()))
}

// ---------------------------------------------------------------- policy

/// A programme's policy: its stored rules over the defaults.
pub async fn policy_of(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<ReminderPolicy, StoreError> {
    let rows = reminder_policy::Entity::find()
        .filter(reminder_policy::Column::ProgrammeId.eq(programme_id))
        .all(db)
        .await?;
    let mut rules = Vec::new();
    for row in rows {
        let Some(kind) = ReminderKind::parse(&row.kind) else {
            // A kind this version no longer knows: ignored, not an error.
            continue;
        };
        let offsets: Vec<i32> = serde_json::from_str(&row.offsets)
            .map_err(|e| corrupt(format!("reminder policy of {programme_id}: {e}")))?;
        rules.push((kind, ReminderRule { offsets }));
    }
    Ok(ReminderPolicy::new(rules))
}

/// Sets (or, with `None`, returns to the default) one kind's rule of a
/// programme, and reschedules the programme's open reviews in the same
/// transaction.
pub async fn set_policy(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
    kind: ReminderKind,
    rule: Option<&ReminderRule>,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    programme::Entity::find_by_id(programme_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("programme {programme_id}")))?;
    reminder_policy::Entity::delete_many()
        .filter(reminder_policy::Column::ProgrammeId.eq(programme_id))
        .filter(reminder_policy::Column::Kind.eq(kind.as_str()))
        .exec(db)
        .await?;
    if let Some(rule) = rule {
        reminder_policy::ActiveModel {
            programme_id: Set(programme_id),
            kind: Set(kind.as_str().into()),
            offsets: Set(serde_json::to_string(&rule.offsets).map_err(corrupt)?),
            updated_by: Set(by),
            updated_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    reschedule_programme(db, programme_id, now).await
}

/// Reschedules a programme's open reviews (after a change of its policy,
/// or a demonstration made).
pub async fn reschedule_programme(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let open: Vec<Uuid> = review::Entity::find()
        .select_only()
        .column(review::Column::Id)
        .filter(review::Column::ProgrammeId.eq(programme_id))
        .filter(review::Column::State.is_in(open_states()))
        .order_by_asc(review::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    for id in open {
        reschedule(db, id, now).await?;
    }
    Ok(())
}

/// The states in which a review may still have reminders.
fn open_states() -> Vec<&'static str> {
    ReviewState::ALL
        .iter()
        .filter(|s| {
            !matches!(
                s,
                ReviewState::Closed | ReviewState::Withdrawn | ReviewState::Postponed
            )
        })
        .map(|s| s.as_str())
        .collect()
}

// ---------------------------------------------------------- rescheduling

/// The calendar of a review's reminders: Scotland's bank holidays and its
/// host authorities' blackout dates.
async fn calendar_of(
    db: &impl ConnectionTrait,
    hosts: &[(Uuid, String)],
) -> Result<WorkingCalendar, StoreError> {
    let ids: Vec<Uuid> = hosts.iter().map(|(id, _)| *id).collect();
    let names: HashMap<Uuid, String> = hosts.iter().cloned().collect();
    let blackouts = crate::visit::blackouts_of(db, &ids, None).await?;
    Ok(WorkingCalendar::new(
        crate::reference::bank_holidays(db).await?,
        blackouts.into_iter().map(|b| {
            (
                names.get(&b.authority_id).cloned().unwrap_or_default(),
                b.blackout,
            )
        }),
    ))
}

/// A review's host authorities (id, name), in order.
async fn hosts_named(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<Vec<(Uuid, String)>, StoreError> {
    let ids: Vec<Uuid> = review_host::Entity::find()
        .select_only()
        .column(review_host::Column::AuthorityId)
        .filter(review_host::Column::ReviewId.eq(review_id))
        .order_by_asc(review_host::Column::Position)
        .into_tuple()
        .all(db)
        .await?;
    let names: HashMap<Uuid, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok(ids
        .into_iter()
        .map(|id| (id, names.get(&id).cloned().unwrap_or_default()))
        .collect())
}

/// Rewrites a review's own reminders from its current dates, people and
/// state, its programme's policy and its calendar. Call it in the
/// transaction of any change they depend on, after the change is written.
pub async fn reschedule(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let review = crate::review::review(db, review_id).await?;
    if !open_states().contains(&review.state.as_str()) {
        return replace_pending(db, review_id, Vec::new(), now).await;
    }
    let hosts = hosts_named(db, review_id).await?;
    let host_ids: Vec<Uuid> = hosts.iter().map(|(id, _)| *id).collect();
    let team = crate::review::members_of(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    let visit_days = crate::visit::plan(db, review_id)
        .await?
        .map(|p| p.days)
        .unwrap_or_default();
    let report_shared_at = match review.state {
        ReviewState::ReportDrafted => crate::report::draft(db, review_id)
            .await?
            .and_then(|d| d.draft.shared_with_host_at),
        _ => None,
    };
    // The follow-up document exists from publication; only its stages
    // read it.
    let (actions, follow_up_sessions) = match review.state {
        ReviewState::ReportPublished | ReviewState::FollowUp => {
            match crate::follow_up::of_review(db, review_id).await? {
                Some(stored) => follow_up_subjects(&stored.follow_up),
                None => (Vec::new(), Vec::new()),
            }
        }
        _ => (Vec::new(), Vec::new()),
    };
    let subject = ReviewSubject {
        review_id,
        state: review.state,
        visit_days,
        host_leads: crate::review::lead_ids_of(db, &host_ids).await?,
        team: team
            .iter()
            .map(|m| Invitee {
                user_id: m.user_id,
                role: m.role,
                invitation: m.invitation,
                current: m.replaced_by.is_none(),
                invited_at: m.invited_at,
            })
            .collect(),
        report_shared_at,
        actions,
        follow_up_sessions,
    };
    let policy = policy_of(db, review.programme_id).await?;
    let calendar = calendar_of(db, &hosts).await?;
    let planned = rm::plan_review(&subject, &policy, &calendar, now);
    replace_pending(db, review_id, planned, now).await
}

/// The follow-up's actions and saved sessions, as reminders need them:
/// an action done or carried into the plan is finished (nothing more to
/// remind); a session counts only once saved.
fn follow_up_subjects(f: &FollowUp) -> (Vec<ActionSubject>, Vec<chrono::NaiveDate>) {
    let actions = f
        .actions
        .iter()
        .map(|a| ActionSubject {
            id: a.id,
            owner: a.owner,
            due_on: a.due_on,
            finished: !a.status.is_open(),
        })
        .collect();
    let mut sessions: Vec<chrono::NaiveDate> =
        f.sessions.iter().filter_map(|s| s.scheduled_on).collect();
    sessions.sort();
    sessions.dedup();
    (actions, sessions)
}

/// Reschedules the open reviews hosted by `authority` (after a change of
/// its blackout dates).
pub async fn reschedule_hosted_by(
    db: &impl ConnectionTrait,
    authority: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let ids: Vec<Uuid> = review_host::Entity::find()
        .select_only()
        .column(review_host::Column::ReviewId)
        .filter(review_host::Column::AuthorityId.eq(authority))
        .filter(
            review_host::Column::ReviewId.in_subquery(
                Query::select()
                    .column(review::Column::Id)
                    .from(review::Entity)
                    .and_where(review::Column::State.is_in(open_states()))
                    .to_owned(),
            ),
        )
        .into_tuple()
        .all(db)
        .await?;
    for id in ids {
        reschedule(db, id, now).await?;
    }
    Ok(())
}

/// Replaces a review's pending reminders (its own and its actions') with
/// `planned`; an occurrence already sent (or skipped) is not written again.
async fn replace_pending(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    planned: Vec<Planned>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    reminder::Entity::delete_many()
        .filter(reminder::Column::ReviewId.eq(review_id))
        .filter(reminder::Column::Status.eq(PENDING))
        .exec(db)
        .await?;
    if planned.is_empty() {
        return Ok(());
    }
    let rows = planned.into_iter().map(|p| reminder::ActiveModel {
        id: Set(Uuid::now_v7()),
        review_id: Set(review_id),
        subject_id: Set(p.about),
        kind: Set(p.kind.as_str().into()),
        recipient_id: Set(p.recipient),
        anchor_day: Set(p.anchor),
        offset: Set(p.offset),
        due_at: Set(p.due_at),
        occurrence: Set(p.occurrence),
        status: Set(PENDING.into()),
        sent_at: Set(None),
        created_at: Set(now),
    });
    reminder::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::column(reminder::Column::Occurrence)
                .do_nothing()
                .to_owned(),
        )
        .do_nothing()
        .exec(db)
        .await?;
    Ok(())
}

// ------------------------------------------------------------------ scan

/// What a scan did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Scanned {
    pub queued: usize,
    pub skipped: usize,
}

/// Turns up to `limit` due reminders into outbox mail, in one transaction.
/// The rows are claimed with `FOR UPDATE SKIP LOCKED` on PostgreSQL, so a
/// concurrent scan in another instance takes other rows, and each is
/// marked sent only if still pending; on SQLite the one writer serialises
/// scans. The row lock is the lease: it lasts until the rows are queued and
/// marked, and a scan that dies leaves them pending. The mail's
/// idempotency key is the occurrence, so nothing is queued twice. Mail
/// queued outside the sending window is due at its next opening.
pub async fn scan<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    now: DateTime<Utc>,
    public_url: &str,
    limit: u64,
) -> Result<Scanned, StoreError> {
    let txn = db.begin().await?;
    let due_ids = Query::select()
        .column(reminder::Column::Id)
        .from(reminder::Entity)
        .and_where(reminder::Column::Status.eq(PENDING))
        .and_where(reminder::Column::DueAt.lte(now))
        .order_by(reminder::Column::DueAt, Order::Asc)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .to_owned();
    let due = reminder::Entity::find()
        .filter(reminder::Column::Id.in_subquery(due_ids))
        .order_by_asc(reminder::Column::DueAt)
        .all(&txn)
        .await?;
    let mut done = Scanned::default();
    if due.is_empty() {
        txn.commit().await?;
        return Ok(done);
    }
    let holidays = crate::reference::bank_holidays(&txn).await?;
    let opening = rm::next_opening(&WorkingCalendar::new(holidays, []), now);
    let mut repeated: Vec<Uuid> = Vec::new();
    for row in due {
        let marked = reminder::Entity::update_many()
            .col_expr(
                reminder::Column::Status,
                sea_orm::sea_query::Expr::value(SENT),
            )
            .col_expr(
                reminder::Column::SentAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(reminder::Column::Id.eq(row.id))
            .filter(reminder::Column::Status.eq(PENDING))
            .exec(&txn)
            .await?;
        if marked.rows_affected != 1 {
            continue;
        }
        if ReminderKind::parse(&row.kind).is_some_and(ReminderKind::repeats) {
            // Only the next repeat is planned at a time: plan the one after.
            repeated.push(row.review_id);
        }
        match message_for(&txn, &row, public_url, opening).await? {
            Some(message) => {
                outbox::enqueue(&txn, message, now).await?;
                done.queued += 1;
            }
            None => {
                reminder::Entity::update_many()
                    .col_expr(
                        reminder::Column::Status,
                        sea_orm::sea_query::Expr::value(SKIPPED),
                    )
                    .filter(reminder::Column::Id.eq(row.id))
                    .exec(&txn)
                    .await?;
                done.skipped += 1;
            }
        }
    }
    repeated.sort();
    repeated.dedup();
    for review_id in repeated {
        reschedule(&txn, review_id, now).await?;
    }
    txn.commit().await?;
    Ok(done)
}

/// The mail for a due reminder, or `None` when its recipient is inactive
/// or turned the kind off (an essential kind cannot be turned off).
async fn message_for(
    db: &impl ConnectionTrait,
    row: &reminder::Model,
    public_url: &str,
    due_at: DateTime<Utc>,
) -> Result<Option<NewMessage>, StoreError> {
    let Some(kind) = ReminderKind::parse(&row.kind) else {
        return Ok(None);
    };
    let Some(person) = user::Entity::find_by_id(row.recipient_id).one(db).await? else {
        return Ok(None);
    };
    if !person.active {
        return Ok(None);
    }
    if !kind.essential()
        && reminder_opt_out::Entity::find_by_id((person.id, kind.as_str().to_owned()))
            .one(db)
            .await?
            .is_some()
    {
        return Ok(None);
    }
    let hosts = hosts_named(db, row.review_id).await?;
    let review_name = hosts
        .iter()
        .map(|(_, n)| n.as_str())
        .collect::<Vec<_>>()
        .join(" and ");
    let link = format!("{public_url}{}", kind.path(row.review_id));
    let about = action_described(db, row).await?.unwrap_or_default();
    Ok(Some(NewMessage {
        idempotency_key: row.occurrence.clone(),
        recipient: person.email,
        template: "reminder".into(),
        payload: json!({
            "name": person.name,
            "title": kind.label(),
            "review": review_name,
            "why": kind.why(row.offset, &long_date(row.anchor_day)),
            "about": about,
            "essential": kind.essential(),
            "link": link,
            "settings_link": format!("{public_url}/me/reminders"),
        }),
        due_at,
    }))
}

/// The description of the follow-up action a reminder is about, if it is
/// about one (its subject is the action, not the review).
async fn action_described(
    db: &impl ConnectionTrait,
    row: &reminder::Model,
) -> Result<Option<String>, StoreError> {
    if row.subject_id == row.review_id {
        return Ok(None);
    }
    Ok(crate::follow_up::of_review(db, row.review_id)
        .await?
        .and_then(|s| {
            s.follow_up
                .action(row.subject_id)
                .map(|a| a.description.clone())
        }))
}

// ------------------------------------------------------- people's control

/// A reminder still to come, as its recipient sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upcoming {
    pub id: Uuid,
    pub review_id: Uuid,
    /// The review, or the follow-up action it is about.
    pub subject_id: Uuid,
    pub kind: ReminderKind,
    pub due_at: DateTime<Utc>,
    pub anchor_day: chrono::NaiveDate,
    pub offset: i32,
}

/// Someone's pending reminders, soonest first, at most `limit`.
pub async fn upcoming_of(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    limit: u64,
) -> Result<Vec<Upcoming>, StoreError> {
    let rows = reminder::Entity::find()
        .filter(reminder::Column::RecipientId.eq(user_id))
        .filter(reminder::Column::Status.eq(PENDING))
        .order_by_asc(reminder::Column::DueAt)
        .order_by_asc(reminder::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(Upcoming {
                id: r.id,
                review_id: r.review_id,
                subject_id: r.subject_id,
                kind: ReminderKind::parse(&r.kind)?,
                due_at: r.due_at,
                anchor_day: r.anchor_day,
                offset: r.offset,
            })
        })
        .collect())
}

/// What upcoming reminders are about, in words.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Described {
    /// Each review's host authorities, joined by "and".
    pub reviews: HashMap<Uuid, String>,
    /// Each follow-up action's description.
    pub actions: HashMap<Uuid, String>,
}

/// Names the reviews and actions of `upcoming`, in at most three
/// statements however many there are.
pub async fn describe(
    db: &impl ConnectionTrait,
    upcoming: &[Upcoming],
) -> Result<Described, StoreError> {
    let mut out = Described::default();
    let mut reviews: Vec<Uuid> = upcoming.iter().map(|u| u.review_id).collect();
    reviews.sort();
    reviews.dedup();
    if reviews.is_empty() {
        return Ok(out);
    }
    let hosts = review_host::Entity::find()
        .filter(review_host::Column::ReviewId.is_in(reviews.iter().copied()))
        .order_by_asc(review_host::Column::ReviewId)
        .order_by_asc(review_host::Column::Position)
        .all(db)
        .await?;
    let mut authorities: Vec<Uuid> = hosts.iter().map(|h| h.authority_id).collect();
    authorities.sort();
    authorities.dedup();
    let names: HashMap<Uuid, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(authorities))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    for h in hosts {
        let name = names.get(&h.authority_id).cloned().unwrap_or_default();
        out.reviews
            .entry(h.review_id)
            .and_modify(|n: &mut String| {
                n.push_str(" and ");
                n.push_str(&name);
            })
            .or_insert(name);
    }
    let mut with_actions: Vec<Uuid> = upcoming
        .iter()
        .filter(|u| u.subject_id != u.review_id)
        .map(|u| u.review_id)
        .collect();
    with_actions.sort();
    with_actions.dedup();
    if !with_actions.is_empty() {
        for row in crate::entities::follow_up::Entity::find()
            .filter(crate::entities::follow_up::Column::ReviewId.is_in(with_actions))
            .all(db)
            .await?
        {
            let f: FollowUp = serde_json::from_str(&row.document)
                .map_err(|e| corrupt(format!("follow-up {}: {e}", row.review_id)))?;
            for u in upcoming.iter().filter(|u| u.review_id == row.review_id) {
                if let Some(a) = f.action(u.subject_id) {
                    out.actions.insert(a.id, a.description.clone());
                }
            }
        }
    }
    Ok(out)
}

/// The kinds someone turned off.
pub async fn opt_outs_of(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<Vec<ReminderKind>, StoreError> {
    Ok(reminder_opt_out::Entity::find()
        .filter(reminder_opt_out::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| ReminderKind::parse(&r.kind))
        .collect())
}

/// Turns a kind on or off for someone. An essential kind cannot be turned
/// off (`Validation` on `kind`).
pub async fn set_wanted(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    kind: ReminderKind,
    wanted: bool,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    if !wanted && kind.essential() {
        return Err(StoreError::validation(
            "kind",
            format!(
                "{} reminders cannot be turned off: they are sent to everyone they concern.",
                kind.label()
            ),
        ));
    }
    reminder_opt_out::Entity::delete_many()
        .filter(reminder_opt_out::Column::UserId.eq(user_id))
        .filter(reminder_opt_out::Column::Kind.eq(kind.as_str()))
        .exec(db)
        .await?;
    if !wanted {
        reminder_opt_out::ActiveModel {
            user_id: Set(user_id),
            kind: Set(kind.as_str().into()),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
