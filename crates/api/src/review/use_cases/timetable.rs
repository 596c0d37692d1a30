//! Putting a review on the timetable and moving it to another phase and
//! month, with the notice of the move.

use super::{authorise, decide, load, reread, Loaded};
use crate::auth::{review_actor, SessionUser};
use crate::error::{ApiError, ApiResult};
use crate::review::refusal;
use crate::ApiContext;
use domain::lifecycle::{self as lc, Change, Decided, InvitationStatus};
use domain::programme as pr;
use serde_json::json;
use store::outbox::{enqueue, NewMessage};
use store::programme as programmes;
use store::review::{self as reviews, Review};
use store::sea_orm::DatabaseTransaction;
use uuid::Uuid;

/// A review a programme officer asks to put on the timetable, parsed.
pub struct NewSchedule {
    pub programme_id: Uuid,
    pub host_ids: Vec<Uuid>,
    pub quad_id: Option<Uuid>,
    pub slot: lc::Slot,
    pub theme: Option<String>,
}

fn invalid((field, message): pr::Invalid) -> ApiError {
    ApiError::validation(field, message)
}

/// `schedule`: reads the programme, its phases and the hosts, asks the
/// domain, and creates the review with its `SCHEDULED` event.
pub async fn schedule(
    app: &ApiContext,
    officer: &SessionUser,
    new: NewSchedule,
) -> ApiResult<Review> {
    let txn = app.store.begin().await?;
    let programme = programmes::programme(&txn, new.programme_id).await?;
    pr::check_month_in_phase(&programme.phases, new.slot.phase, new.slot.month).map_err(invalid)?;
    let found = store::reference::organisations_by_ids(&txn, &new.host_ids).await?;
    let mut hosts = Vec::with_capacity(new.host_ids.len());
    for h in &new.host_ids {
        let org = found
            .iter()
            .find(|o| o.id == *h)
            .ok_or_else(|| ApiError::NotFound(format!("No authority {h} exists.")))?;
        if org.kind != domain::OrganisationKind::LocalAuthority {
            return Err(ApiError::validation(
                "hostIds",
                format!("{} is not a local authority", org.name),
            ));
        }
        hosts.push(lc::AuthorityRef {
            authority_id: org.id,
            name: org.name.clone(),
        });
    }
    let quad_members = match (programme.kind(), new.quad_id) {
        (lc::ProgrammeKind::Quads, Some(q)) => programmes::quad(&txn, q).await?.members,
        (lc::ProgrammeKind::Quads, None) => {
            return Err(ApiError::validation(
                "quadId",
                "A Quads review belongs to a quad: choose it",
            ))
        }
        (lc::ProgrammeKind::Ci, Some(_)) => {
            return Err(ApiError::validation("quadId", "A CI review has no quad"))
        }
        (lc::ProgrammeKind::Ci, None) => Vec::new(),
    };
    let request = lc::ScheduleRequest {
        kind: programme.kind(),
        placement: lc::Placement {
            programme_id: programme.id,
            quad_id: new.quad_id,
            hosts,
            slot: new.slot,
            theme: new.theme,
        },
        quad_members,
    };
    let actor = review_actor(officer, &[], None);
    let decided = lc::decide_schedule(&request, &actor, app.clock.now()).map_err(refusal)?;
    let review = reviews::insert_review(&txn, &decided).await?;
    store::commit(txn).await?;
    Ok(review)
}

/// `reschedule`: moves a review to another phase and month before its
/// visit, records why, and tells the accepted team members and the host
/// leads by email, in one transaction.
pub async fn reschedule(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
    to: lc::Slot,
    reason: String,
) -> ApiResult<Review> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let from = lc::Slot {
        phase: loaded.review.phase,
        month: loaded.review.target_month,
    };
    let change = Change::Reschedule { from, to, reason };
    authorise(&loaded, &change, version)?;
    pr::check_month_in_phase(&loaded.programme.phases, to.phase, to.month).map_err(invalid)?;
    let now = app.clock.now();
    let decided = decide(&txn, &loaded, &change, version, now).await?;
    reviews::reschedule(&txn, &decided, review_id).await?;
    notify_rescheduled(&txn, app, &loaded, &decided, version + 1).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}

/// Queues the notice of a reschedule to each accepted team member and each
/// host lead, once per person.
async fn notify_rescheduled(
    txn: &DatabaseTransaction,
    app: &ApiContext,
    loaded: &Loaded,
    decided: &Decided,
    new_version: i32,
) -> ApiResult<()> {
    let lc::Event::Rescheduled {
        from, to, reason, ..
    } = decided.event()
    else {
        return Err(ApiError::internal("a reschedule decided another event"));
    };
    let review = &loaded.review;
    let hosts: Vec<Uuid> = loaded.facts.hosts.iter().map(|h| h.authority_id).collect();
    let mut ids: Vec<Uuid> = reviews::members_of(txn, &[review.id])
        .await?
        .remove(&review.id)
        .unwrap_or_default()
        .into_iter()
        .filter(|m| m.is_current() && m.invitation == InvitationStatus::Accepted)
        .map(|m| m.user_id)
        .collect();
    ids.extend(reviews::lead_ids_of(txn, &hosts).await?);
    ids.sort();
    ids.dedup();
    let host = loaded
        .facts
        .hosts
        .iter()
        .map(|h| h.name.clone())
        .collect::<Vec<_>>()
        .join(" and ");
    let now = decided.at();
    for person in store::identity::users_by_ids(txn, &ids).await? {
        if !person.active {
            continue;
        }
        enqueue(
            txn,
            NewMessage {
                idempotency_key: format!(
                    "review-rescheduled:{}:{}:{}",
                    review.id, new_version, person.id
                ),
                recipient: person.email.clone(),
                template: "review_rescheduled".into(),
                payload: json!({
                    "name": person.name,
                    "host": host,
                    "programme": loaded.programme.name,
                    "from_month": from.month.label(),
                    "from_phase": from.phase,
                    "to_month": to.month.label(),
                    "to_phase": to.phase,
                    "reason": reason,
                    "link": format!("{}/reviews/{}", app.public_url, review.id),
                }),
                due_at: now,
            },
            now,
        )
        .await?;
    }
    Ok(())
}
