//! Changing a review's team — adding, inviting and replacing members,
//! answering an invitation — and dismissing a conflict of interest. A new
//! member's invitation (and any reciprocal-review conflict) is written in
//! the same transaction.

use super::{authorise, decide, load, reread, Loaded};
use crate::auth::SessionUser;
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use chrono::{DateTime, Utc};
use domain::identity::{self as id, EmailAddress, User};
use domain::lifecycle::{self as lc, Change, Decided, PersonRef};
use domain::programme::{self as pr, Reciprocity};
use serde_json::json;
use store::outbox::{enqueue, NewMessage};
use store::programme as programmes;
use store::review::{self as reviews, NewMember, Review};
use store::sea_orm::DatabaseTransaction;
use uuid::Uuid;

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
    store::reminders::reschedule(&txn, review_id, now).await?;
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
    store::reminders::reschedule(&txn, review_id, now).await?;
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
    store::reminders::reschedule(&txn, old.review_id, now).await?;
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
    store::reminders::reschedule(&txn, member.review_id, now).await?;
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
