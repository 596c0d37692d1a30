//! Scheduling, the focus and its sign-offs, the team and its conflicts.

use super::{ReviewView, TeamMember, TeamRole};
use crate::auth::{require_programme_officer, require_user, review_actor, SessionUser};
use crate::error::{ApiError, ApiResult, Unmet};
use crate::ApiContext;
use async_graphql::{Context, InputObject, Object};
use chrono::{DateTime, Utc};
use domain::identity::{self as id, EmailAddress, User};
use domain::lifecycle::{self as lc, codes, AuthorityRef};
use domain::programme::{self as pr, Focus, Month, Reciprocity};
use domain::OrganisationKind;
use serde_json::json;
use store::outbox::{enqueue, NewMessage};
use store::programme::{self as programmes, Programme};
use store::review::{self as reviews, NewMember, NewReview, Review};
use store::sea_orm::DatabaseTransaction;
use store::StoreError;
use uuid::Uuid;

fn invalid((field, message): pr::Invalid) -> ApiError {
    ApiError::validation(field, message)
}

fn locked(what: &str, review: &Review) -> ApiError {
    ApiError::GuardFailed(vec![Unmet {
        code: codes::WRONG_STATE.into(),
        message: format!(
            "The {what} can be changed only before the visit starts; this review is at “{}”.",
            review.state.label()
        ),
    }])
}

fn role_name(role: lc::TeamRole) -> &'static str {
    match role {
        lc::TeamRole::Lead => "LEAD",
        lc::TeamRole::Member => "MEMBER",
    }
}

/// A review put on the timetable.
#[derive(InputObject)]
pub struct ScheduleReviewInput {
    pub programme_id: Uuid,
    /// One host, or several for a joint review; for Quads the hosting
    /// member of the quad.
    pub host_ids: Vec<Uuid>,
    /// For Quads: the quad.
    pub quad_id: Option<Uuid>,
    pub phase: i32,
    /// YYYY-MM, within the phase.
    pub target_month: String,
    /// If already known.
    pub theme: Option<String>,
}

/// The focus as entered.
#[derive(InputObject)]
pub struct FocusInput {
    pub theme: String,
    /// At least one, none empty.
    pub key_questions: Vec<String>,
    pub scope: Option<String>,
}

/// An existing user to add to a team.
#[derive(InputObject)]
pub struct TeamMemberInput {
    pub user_id: Uuid,
    pub role: TeamRole,
}

/// Someone to invite to a team by email; they get an account invitation
/// if they have no account yet.
#[derive(InputObject)]
pub struct InviteTeamMemberInput {
    pub email: String,
    pub name: String,
    pub organisation_id: Uuid,
    pub role: TeamRole,
}

/// Adds `user` to the team in `txn`: affiliation from their organisation,
/// a reciprocal-review conflict where the programme flags them, and the
/// review invitation (with the programme's materials for a first-timer)
/// queued in the same transaction.
async fn add_member(
    txn: &DatabaseTransaction,
    app: &ApiContext,
    review: &Review,
    programme: &Programme,
    user: &User,
    role: lc::TeamRole,
    now: DateTime<Utc>,
) -> ApiResult<reviews::Member> {
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
    let hosts = reviews::hosts_of(txn, &[review.id])
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    let affiliation = pr::affiliation_of(organisation.kind, organisation.id, &hosts);
    let first_time = !reviews::has_served_before(txn, user.id).await?;
    let member = reviews::add_member(
        txn,
        &NewMember {
            review_id: review.id,
            user_id: user.id,
            organisation_id: organisation.id,
            affiliation,
            role,
            first_time,
        },
        now,
    )
    .await?;
    let host_orgs = store::reference::organisations_by_ids(txn, &hosts).await?;
    let host_names: Vec<String> = hosts
        .iter()
        .filter_map(|h| {
            host_orgs
                .iter()
                .find(|o| o.id == *h)
                .map(|o| o.name.clone())
        })
        .collect();
    if programme.settings.reciprocity == Reciprocity::Flag
        && affiliation == lc::Affiliation::PeerAuthority
    {
        let peers = reviews::peers_in_phase(txn, programme.id, review.phase).await?;
        if let Some(this) = peers.iter().find(|p| p.review_id == review.id) {
            for other in pr::reciprocal_reviews(this, organisation.id, &peers) {
                reviews::add_conflict(
                    txn,
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
                    now,
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
            }),
            due_at: now,
        },
        now,
    )
    .await?;
    Ok(member)
}

/// The review and programme for a team change by a programme officer,
/// with the review's version claimed for this change.
async fn for_team_change(
    txn: &DatabaseTransaction,
    review_id: Uuid,
    now: DateTime<Utc>,
) -> ApiResult<(Review, Programme)> {
    let review = reviews::review(txn, review_id).await?;
    if !pr::editable_before_visit(review.state) {
        return Err(locked("team", &review));
    }
    reviews::claim_version(txn, review.id, review.version, now).await?;
    let programme = programmes::programme(txn, review.programme_id).await?;
    Ok((review, programme))
}

async fn reload(app: &ApiContext, id: Uuid) -> ApiResult<ReviewView> {
    Ok(ReviewView(reviews::review(app.store.conn(), id).await?))
}

#[derive(Default)]
pub struct ReviewMutation;

#[Object]
impl ReviewMutation {
    /// Puts a review on a programme's timetable in SCHEDULED (programme
    /// officers).
    async fn schedule_review(
        &self,
        ctx: &Context<'_>,
        input: ScheduleReviewInput,
    ) -> ApiResult<ReviewView> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let db = app.store.conn();
        let programme = programmes::programme(db, input.programme_id).await?;
        let month = Month::parse(&input.target_month)
            .map_err(|m| ApiError::validation("targetMonth", m))?;
        let phase = u32::try_from(input.phase)
            .map_err(|_| ApiError::validation("phase", "Enter a phase number"))?;
        pr::check_month_in_phase(&programme.phases, phase, month).map_err(invalid)?;
        let theme = pr::parse_theme(input.theme.as_deref()).map_err(invalid)?;
        let found = store::reference::organisations_by_ids(db, &input.host_ids).await?;
        let mut hosts = Vec::with_capacity(input.host_ids.len());
        for h in &input.host_ids {
            let org = found
                .iter()
                .find(|o| o.id == *h)
                .ok_or_else(|| ApiError::NotFound(format!("No authority {h} exists.")))?;
            if org.kind != OrganisationKind::LocalAuthority {
                return Err(ApiError::validation(
                    "hostIds",
                    format!("{} is not a local authority", org.name),
                ));
            }
            hosts.push(AuthorityRef {
                authority_id: org.id,
                name: org.name.clone(),
            });
        }
        let quad_members = match (programme.kind(), input.quad_id) {
            (lc::ProgrammeKind::Quads, Some(q)) => programmes::quad(db, q).await?.members,
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
            hosts,
            quad_members,
        };
        let actor = review_actor(officer.0, &[], None);
        let now = app.clock.now();
        lc::decide_schedule(&request, &actor, now).map_err(super::refusal)?;
        let txn = app.store.begin().await?;
        let review = reviews::insert_review(
            &txn,
            &NewReview {
                programme_id: programme.id,
                quad_id: input.quad_id,
                hosts: input.host_ids.clone(),
                phase,
                target_month: month,
                theme,
                state: lc::ReviewState::Scheduled,
                imported: false,
                report_url: None,
            },
            Some(officer.0.id()),
            now,
        )
        .await?;
        store::commit(txn).await?;
        Ok(ReviewView(review))
    }

    /// Sets the theme, key questions and scope, clearing every sign-off of
    /// the old focus (host users and programme officers, before the visit).
    async fn update_focus(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        input: FocusInput,
    ) -> ApiResult<ReviewView> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let txn = app.store.begin().await?;
        let review = reviews::review(&txn, review_id).await?;
        let hosts = reviews::hosts_of(&txn, &[review.id])
            .await?
            .remove(&review.id)
            .unwrap_or_default();
        let actor = review_actor(user, &hosts, None);
        if !(actor.programme_officer || actor.host_user) {
            return Err(ApiError::Forbidden(
                "Only the host authority's users and programme officers can edit the focus.".into(),
            ));
        }
        if review.version != version {
            return Err(StoreError::Conflict.into());
        }
        let focus = Focus::parse(&input.theme, &input.key_questions, input.scope.as_deref())
            .map_err(invalid)?;
        if !pr::editable_before_visit(review.state) {
            return Err(locked("focus", &review));
        }
        reviews::claim_version(&txn, review.id, version, app.clock.now()).await?;
        reviews::set_focus(&txn, review.id, &focus).await?;
        store::commit(txn).await?;
        reload(app, review_id).await
    }

    /// Signs off the current focus: a host lead for their authority, or a
    /// programme officer for the programme.
    async fn sign_off_focus(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
    ) -> ApiResult<ReviewView> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let txn = app.store.begin().await?;
        let review = reviews::review(&txn, review_id).await?;
        let hosts = reviews::hosts_of(&txn, &[review.id])
            .await?
            .remove(&review.id)
            .unwrap_or_default();
        let actor = review_actor(user, &hosts, None);
        let signs_for = match (actor.host_lead_of.first(), actor.programme_officer) {
            (Some(h), _) => Some(*h),
            (None, true) => None,
            (None, false) => {
                return Err(ApiError::Forbidden(
                    "Only a host lead or a programme officer can sign off the focus.".into(),
                ))
            }
        };
        if review.version != version {
            return Err(StoreError::Conflict.into());
        }
        if !pr::editable_before_visit(review.state) {
            return Err(locked("focus", &review));
        }
        let mut unmet = Vec::new();
        if review.theme.as_deref().is_none_or(|t| t.trim().is_empty()) {
            unmet.push(Unmet {
                code: codes::FOCUS_THEME_MISSING.into(),
                message: "The focus has no theme yet.".into(),
            });
        }
        if review.key_questions.is_empty() {
            unmet.push(Unmet {
                code: codes::FOCUS_KEY_QUESTION_MISSING.into(),
                message: "The focus needs at least one key question.".into(),
            });
        }
        if !unmet.is_empty() {
            return Err(ApiError::GuardFailed(unmet));
        }
        let existing = reviews::sign_offs_of(&txn, &[review.id])
            .await?
            .remove(&review.id)
            .unwrap_or_default();
        if existing.iter().any(|s| s.authority_id == signs_for) {
            return Err(ApiError::validation(
                "reviewId",
                match signs_for {
                    Some(_) => "Your authority has already signed off this focus",
                    None => "A programme officer has already signed off this focus",
                },
            ));
        }
        let now = app.clock.now();
        reviews::claim_version(&txn, review.id, version, now).await?;
        reviews::add_sign_off(&txn, review.id, user.id(), signs_for, now).await?;
        store::commit(txn).await?;
        reload(app, review_id).await
    }

    /// Adds an existing user to the team, pending their answer, and emails
    /// them the review invitation (programme officers).
    async fn add_team_member(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        input: TeamMemberInput,
    ) -> ApiResult<ReviewView> {
        require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        let user = store::identity::user_by_id(&txn, input.user_id).await?;
        let (review, programme) = for_team_change(&txn, review_id, now).await?;
        add_member(
            &txn,
            app,
            &review,
            &programme,
            &user,
            input.role.into(),
            now,
        )
        .await?;
        store::commit(txn).await?;
        reload(app, review_id).await
    }

    /// Invites someone to the team by email: an account invitation if they
    /// have no account, and the review invitation (programme officers).
    async fn invite_team_member(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        input: InviteTeamMemberInput,
    ) -> ApiResult<ReviewView> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let email =
            EmailAddress::parse(&input.email).map_err(|m| ApiError::validation("email", m))?;
        let name = id::parse_name(&input.name).map_err(|m| ApiError::validation("name", m))?;
        let organisation =
            store::reference::organisations_by_ids(app.store.conn(), &[input.organisation_id])
                .await?
                .pop()
                .ok_or_else(|| {
                    ApiError::NotFound(format!("No organisation {} exists.", input.organisation_id))
                })?;
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        let (review, programme) = for_team_change(&txn, review_id, now).await?;
        let user = match store::identity::user_by_email(&txn, email.as_str()).await? {
            Some((user, _)) => user,
            None => {
                let roles = id::roles_for_invited_team_member(organisation.kind);
                let user = store::identity::create_user(
                    &txn,
                    store::identity::NewUser {
                        email: email.as_str().into(),
                        name,
                        organisation_id: organisation.id,
                        roles,
                        lead: false,
                        password_hash: None,
                    },
                    now,
                )
                .await?;
                crate::identity::queue_invitation(
                    &txn,
                    app,
                    &user,
                    &organisation.name,
                    officer.0,
                    now,
                )
                .await?;
                user
            }
        };
        add_member(
            &txn,
            app,
            &review,
            &programme,
            &user,
            input.role.into(),
            now,
        )
        .await?;
        store::commit(txn).await?;
        reload(app, review_id).await
    }

    /// Accepts or declines one's own invitation to a team. A declined
    /// member no longer counts but stays in the history.
    async fn respond_to_team_invitation(
        &self,
        ctx: &Context<'_>,
        member_id: Uuid,
        accept: bool,
    ) -> ApiResult<TeamMember> {
        let user = require_user(ctx)?;
        answer(ctx, user, member_id, accept).await
    }

    /// Replaces a member with another person, who is invited in their place
    /// (programme officers; also after the team was formed, before the
    /// visit).
    async fn replace_team_member(
        &self,
        ctx: &Context<'_>,
        member_id: Uuid,
        input: TeamMemberInput,
    ) -> ApiResult<ReviewView> {
        require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        let old = reviews::member(&txn, member_id).await?;
        let user = store::identity::user_by_id(&txn, input.user_id).await?;
        let (review, programme) = for_team_change(&txn, old.review_id, now).await?;
        let new = add_member(
            &txn,
            app,
            &review,
            &programme,
            &user,
            input.role.into(),
            now,
        )
        .await?;
        reviews::mark_replaced(&txn, old.id, new.id).await?;
        store::commit(txn).await?;
        reload(app, review.id).await
    }

    /// Dismisses a conflict of interest, recording why (programme officers).
    async fn dismiss_conflict(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        reason: String,
    ) -> ApiResult<super::ConflictView> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        domain::text::DISMISSAL_REASON.check(&reason)?;
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(ApiError::validation(
                "reason",
                "Give the reason the conflict does not matter",
            ));
        }
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        let conflict = reviews::conflict(&txn, id).await?;
        let review = reviews::review(&txn, conflict.review_id).await?;
        reviews::claim_version(&txn, review.id, review.version, now).await?;
        reviews::dismiss_conflict(&txn, id, reason, officer.0.id(), now).await?;
        store::commit(txn).await?;
        Ok(super::ConflictView(
            reviews::conflict(app.store.conn(), id).await?,
        ))
    }
}

async fn answer(
    ctx: &Context<'_>,
    user: &SessionUser,
    member_id: Uuid,
    accept: bool,
) -> ApiResult<TeamMember> {
    let app = ctx.data::<ApiContext>()?;
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let member = reviews::member(&txn, member_id).await?;
    if member.user_id != user.id() {
        return Err(ApiError::Forbidden(
            "Only the person invited can answer this invitation.".into(),
        ));
    }
    let review = reviews::review(&txn, member.review_id).await?;
    reviews::answer_invitation(&txn, member.id, accept, now).await?;
    reviews::claim_version(&txn, review.id, review.version, now).await?;
    store::commit(txn).await?;
    Ok(TeamMember(
        reviews::member(app.store.conn(), member_id).await?,
    ))
}
