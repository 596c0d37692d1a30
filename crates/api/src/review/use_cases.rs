//! The use cases that change a review. Each owns one transaction: it
//! begins it, loads the facts, asks `domain` (who may, the guards, the
//! event), persists the change with its history event, queues mail and
//! commits. Resolvers parse input, call one of these and map the result;
//! they never open a transaction themselves.
//!
//! Every change takes the version the client saw: rights are decided first
//! (someone who may not act learns nothing), then a stale version is a
//! `CONFLICT`, then the domain's guards.

use super::refusal;
use crate::auth::{review_actor, SessionUser};
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use chrono::{DateTime, Utc};
use domain::identity::{self as id, EmailAddress, User};
use domain::lifecycle::{self as lc, Change, Command, Decided, InvitationStatus, PersonRef};
use domain::programme::{self as pr, Focus, Reciprocity};
use serde_json::json;
use store::outbox::{enqueue, NewMessage};
use store::programme::{self as programmes, Programme};
use store::review::{self as reviews, NewMember, Review};
use store::sea_orm::DatabaseTransaction;
use store::StoreError;
use uuid::Uuid;

/// A review as a change finds it, read in the change's transaction.
struct Loaded {
    review: Review,
    programme: Programme,
    facts: lc::ReviewFacts,
    actor: lc::Actor,
}

async fn load(txn: &DatabaseTransaction, user: &SessionUser, review_id: Uuid) -> ApiResult<Loaded> {
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
    store::commit(txn).await?;
    reread(app, review_id).await
}

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

/// Replaces the focus and clears its sign-offs (before agreement, or after
/// a reopening).
pub async fn edit_focus(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
    focus: Focus,
) -> ApiResult<Review> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let decided = decide(&txn, &loaded, &Change::EditFocus(focus), version, now).await?;
    reviews::set_focus(&txn, &decided, review_id).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}

/// Signs off the current focus: a host lead for their authority, a
/// programme officer for the programme.
pub async fn sign_off_focus(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
) -> ApiResult<Review> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let decided = decide(&txn, &loaded, &Change::SignOffFocus, version, now).await?;
    reviews::add_sign_off(&txn, &decided, review_id).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}

/// Reopens the agreed focus with a reason: the sign-offs are cleared, the
/// state stays, and the next forward command waits for them again.
pub async fn reopen_focus(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
    reason: String,
) -> ApiResult<Review> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let decided = decide(&txn, &loaded, &Change::ReopenFocus { reason }, version, now).await?;
    reviews::clear_sign_offs(&txn, &decided, review_id).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}

fn person(user: &User) -> PersonRef {
    PersonRef {
        user_id: user.id,
        name: user.name.clone(),
    }
}

/// Adds a person with an account to the team, pending their answer, and
/// queues their review invitation.
pub async fn add_member(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
    member: Uuid,
    role: lc::TeamRole,
) -> ApiResult<Review> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let change_for = |person| Change::AddMember { person, role };
    // Rights before anything is read about the person to add.
    authorise(&loaded, &change_for(placeholder()), version)?;
    let newcomer = store::identity::user_by_id(&txn, member).await?;
    let decided = decide(&txn, &loaded, &change_for(person(&newcomer)), version, now).await?;
    write_member(&txn, app, &loaded, &decided, &newcomer, role).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}

/// Someone invited to a team by email.
pub struct Invitee {
    pub email: EmailAddress,
    pub name: String,
    pub organisation_id: Uuid,
    pub role: lc::TeamRole,
}

/// Invites someone by email: an account and its invitation if they have
/// none, and the review invitation.
pub async fn invite_member(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
    invitee: Invitee,
) -> ApiResult<Review> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let change_for = |person, new_account| Change::InviteMember {
        person,
        role: invitee.role,
        new_account,
    };
    authorise(&loaded, &change_for(placeholder(), false), version)?;
    let (newcomer, new_account) = account_for(&txn, app, user, &invitee, now).await?;
    let change = change_for(person(&newcomer), new_account);
    let decided = decide(&txn, &loaded, &change, version, now).await?;
    write_member(&txn, app, &loaded, &decided, &newcomer, invitee.role).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}

/// The account of someone invited by email: theirs if they have one, else
/// a new one whose account invitation is queued. Called only once the
/// change is authorised.
async fn account_for(
    txn: &DatabaseTransaction,
    app: &ApiContext,
    user: &SessionUser,
    invitee: &Invitee,
    now: DateTime<Utc>,
) -> ApiResult<(User, bool)> {
    let organisation = store::reference::organisations_by_ids(txn, &[invitee.organisation_id])
        .await?
        .pop()
        .ok_or_else(|| {
            ApiError::NotFound(format!(
                "No organisation {} exists.",
                invitee.organisation_id
            ))
        })?;
    match store::identity::user_by_email(txn, invitee.email.as_str()).await? {
        Some((existing, _)) => Ok((existing, false)),
        None => {
            let created = store::identity::create_user(
                txn,
                store::identity::NewUser {
                    email: invitee.email.as_str().into(),
                    name: invitee.name.clone(),
                    organisation_id: organisation.id,
                    roles: id::roles_for_invited_team_member(organisation.kind),
                    lead: false,
                    password_hash: None,
                },
                now,
            )
            .await?;
            crate::identity::queue_invitation(txn, app, &created, &organisation.name, user, now)
                .await?;
            Ok((created, true))
        }
    }
}

/// Replaces a member with another person, who is invited in their place
/// (also after the team was formed, before the visit).
pub async fn replace_member(
    app: &ApiContext,
    user: &SessionUser,
    member_id: Uuid,
    version: i32,
    by: Uuid,
    role: lc::TeamRole,
) -> ApiResult<Review> {
    replace(
        app,
        user,
        member_id,
        version,
        role,
        Replacement::Account(by),
    )
    .await
}

/// Replaces a member with someone invited by email: an account and its
/// invitation if they have none, and the review invitation.
pub async fn replace_member_by_invite(
    app: &ApiContext,
    user: &SessionUser,
    member_id: Uuid,
    version: i32,
    invitee: Invitee,
) -> ApiResult<Review> {
    let role = invitee.role;
    replace(
        app,
        user,
        member_id,
        version,
        role,
        Replacement::Invite(invitee),
    )
    .await
}

/// Who takes a replaced member's place.
enum Replacement {
    Account(Uuid),
    Invite(Invitee),
}

async fn replace(
    app: &ApiContext,
    user: &SessionUser,
    member_id: Uuid,
    version: i32,
    role: lc::TeamRole,
    by: Replacement,
) -> ApiResult<Review> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let old = reviews::member(&txn, member_id).await?;
    let loaded = load(&txn, user, old.review_id).await?;
    let change_for = |replaced, by| Change::ReplaceMember { replaced, by, role };
    // Rights before anything is read about, or made for, the newcomer.
    authorise(&loaded, &change_for(placeholder(), placeholder()), version)?;
    let leaving = store::identity::user_by_id(&txn, old.user_id).await?;
    let newcomer = match by {
        Replacement::Account(id) => store::identity::user_by_id(&txn, id).await?,
        Replacement::Invite(invitee) => account_for(&txn, app, user, &invitee, now).await?.0,
    };
    let change = change_for(person(&leaving), person(&newcomer));
    let decided = decide(&txn, &loaded, &change, version, now).await?;
    let new = write_member(&txn, app, &loaded, &decided, &newcomer, role).await?;
    reviews::mark_replaced(&txn, &decided, old.id, new.id).await?;
    store::commit(txn).await?;
    reread(app, old.review_id).await
}

/// Accepts or declines one's own invitation to a team.
pub async fn answer_invitation(
    app: &ApiContext,
    user: &SessionUser,
    member_id: Uuid,
    version: i32,
    accept: bool,
) -> ApiResult<reviews::Member> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let member = reviews::member(&txn, member_id).await?;
    let loaded = load(&txn, user, member.review_id).await?;
    let change = Change::AnswerInvitation {
        invitee: member.user_id,
        accept,
    };
    let decided = decide(&txn, &loaded, &change, version, now).await?;
    reviews::answer_invitation(&txn, &decided, member.id).await?;
    store::commit(txn).await?;
    Ok(reviews::member(app.store.conn(), member_id).await?)
}

/// Dismisses a conflict of interest, recording why.
pub async fn dismiss_conflict(
    app: &ApiContext,
    user: &SessionUser,
    conflict_id: Uuid,
    version: i32,
    reason: String,
) -> ApiResult<reviews::Conflict> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let conflict = reviews::conflict(&txn, conflict_id).await?;
    let loaded = load(&txn, user, conflict.review_id).await?;
    let change = Change::DismissConflict {
        conflict_id,
        reason,
    };
    let decided = decide(&txn, &loaded, &change, version, now).await?;
    reviews::dismiss_conflict(&txn, &decided).await?;
    store::commit(txn).await?;
    Ok(reviews::conflict(app.store.conn(), conflict_id).await?)
}

/// Stands in for a person not read yet, when only the rights to a change
/// are being asked (they do not depend on who is added).
fn placeholder() -> PersonRef {
    PersonRef {
        user_id: Uuid::nil(),
        name: String::new(),
    }
}

fn role_name(role: lc::TeamRole) -> &'static str {
    role.as_str()
}

/// Writes a new member: affiliation from their organisation, a
/// reciprocal-review conflict where the programme flags them, and the
/// review invitation (with the programme's materials for a first-timer)
/// queued in the same transaction.
async fn write_member(
    txn: &DatabaseTransaction,
    app: &ApiContext,
    loaded: &Loaded,
    decided: &Decided,
    user: &User,
    role: lc::TeamRole,
) -> ApiResult<reviews::Member> {
    let now = decided.at();
    let review = &loaded.review;
    let programme = &loaded.programme;
    if !user.active {
        return Err(ApiError::validation(
            "userId",
            "This account is deactivated",
        ));
    }
    let organisation = store::reference::organisations_by_ids(txn, &[user.organisation_id])
        .await?
        .pop()
        .ok_or_else(|| ApiError::internal(format!("user {} has no organisation", user.id)))?;
    let hosts: Vec<Uuid> = loaded.facts.hosts.iter().map(|h| h.authority_id).collect();
    let affiliation = pr::affiliation_of(organisation.kind, organisation.id, &hosts);
    let first_time = !reviews::has_served_before(txn, user.id).await?;
    let member = reviews::add_member(
        txn,
        decided,
        &NewMember {
            review_id: review.id,
            user_id: user.id,
            organisation_id: organisation.id,
            affiliation,
            role,
            first_time,
        },
    )
    .await?;
    let host_names: Vec<String> = loaded.facts.hosts.iter().map(|h| h.name.clone()).collect();
    if programme.settings.reciprocity == Reciprocity::Flag
        && affiliation == lc::Affiliation::PeerAuthority
    {
        let peers = reviews::peers_in_phase(txn, programme.id, review.phase).await?;
        if let Some(this) = peers.iter().find(|p| p.review_id == review.id) {
            for other in pr::reciprocal_reviews(this, organisation.id, &peers) {
                reviews::add_conflict(
                    txn,
                    decided,
                    review.id,
                    member.id,
                    Some(other),
                    format!(
                        "{} is reviewed in phase {} by a team with a member from {}: {} joining this team would make the two authorities review each other in the same phase.",
                        organisation.name,
                        review.phase,
                        host_names.join(" and "),
                        user.name
                    ),
                )
                .await?;
            }
        }
    }
    let materials: Vec<serde_json::Value> = if first_time {
        programmes::materials_of(txn, programme.id)
            .await?
            .into_iter()
            .map(|m| {
                // Uploaded documents are served by Quads itself.
                let url = if m.url.starts_with('/') {
                    format!("{}{}", app.public_url, m.url)
                } else {
                    m.url
                };
                json!({ "title": m.title, "url": url })
            })
            .collect()
    } else {
        Vec::new()
    };
    let host = host_names.join(", ");
    let setup_link = crate::identity::set_up_link(txn, app, user, now).await?;
    enqueue(
        txn,
        NewMessage {
            idempotency_key: format!("review-invitation:{}", member.id),
            recipient: user.email.clone(),
            template: "review_invitation".into(),
            payload: json!({
                "name": user.name,
                "review_title": format!("{}: {} ({})", programme.name, host, review.target_month),
                "host": host,
                "role": role_name(role),
                "link": format!("{}/reviews/{}", app.public_url, review.id),
                "materials": materials,
                "setup_link": setup_link,
            }),
            due_at: now,
        },
        now,
    )
    .await?;
    Ok(member)
}
