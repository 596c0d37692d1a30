//! Links sent by mail: inviting people (and resending), accepting an
//! invitation by setting a first password, and password resets.

use super::sessions::start_session;
use super::{context, email_field, UserView};
use super::{InviteUserInput, INVITATION_DAYS, RESET_MINUTES, RESET_RESEND_SECONDS};
use crate::auth::{require_inviter, SessionUser};
use crate::error::{ApiError, ApiResult};
use crate::secrets::{hash_password, new_token, token_hash};
use crate::ApiContext;
use async_graphql::{Context, Object};
use chrono::{DateTime, Duration, Utc};
use domain::identity::{self as id, User};
use serde_json::json;
use store::identity::{self as users, NewUser, TokenProblem, TokenPurpose};
use store::outbox::{enqueue, NewMessage};
use uuid::Uuid;

fn link_problem(problem: TokenProblem, purpose: TokenPurpose) -> ApiError {
    let message = match (purpose, problem) {
        (TokenPurpose::Invitation, TokenProblem::Expired) => {
            "This invitation link has expired. Ask the person who invited you to send a new one, or use “Forgot your password?” to set one."
        }
        (TokenPurpose::Invitation, TokenProblem::Used) => {
            "This invitation link has already been used. Sign in, or use “Forgot your password?” if you need a new password."
        }
        (TokenPurpose::Invitation, TokenProblem::Unknown) => {
            "This invitation link is not valid. Check you copied the whole link from the email, or ask for a new invitation."
        }
        (TokenPurpose::Reset, TokenProblem::Expired) => {
            "This password reset link has expired (links last 15 minutes). Ask for a new one."
        }
        (TokenPurpose::Reset, TokenProblem::Used) => "This password reset link has already been used. Ask for a new one if you need to.",
        (TokenPurpose::Reset, TokenProblem::Unknown) => {
            "This password reset link is not valid. Check you copied the whole link from the email, or ask for a new one."
        }
    };
    ApiError::validation("token", message)
}

fn already_has_password() -> ApiError {
    ApiError::validation(
        "token",
        "This account already has a password. Sign in, or use “Forgot your password?” if you need a new one.",
    )
}

/// Checks a link and the new password before anything is written: the link
/// must be usable, its account active and the password acceptable. Returns
/// the link's hash, its user and the new password's hash; the caller uses
/// the link up in its transaction.
async fn redeem_link(
    app: &ApiContext,
    token: &str,
    purpose: TokenPurpose,
    password: String,
    now: DateTime<Utc>,
) -> ApiResult<(String, User, String)> {
    let hash = token_hash(token.trim());
    let user_id = users::peek_token(app.store.conn(), &hash, purpose, now)
        .await?
        .map_err(|p| link_problem(p, purpose))?;
    let user = users::user_by_id(app.store.conn(), user_id).await?;
    if purpose == TokenPurpose::Invitation && user.has_password {
        return Err(already_has_password());
    }
    if !user.active {
        return Err(ApiError::validation(
            "token",
            "This account has been deactivated. Contact your administrator.",
        ));
    }
    id::check_new_password(&password, &user.email)
        .map_err(|m| ApiError::validation("password", m))?;
    let password_hash = hash_password(password).await.map_err(ApiError::internal)?;
    Ok((hash, user, password_hash))
}

/// Queues the invitation mail for `user` with a new link, in `txn`.
pub(crate) async fn queue_invitation(
    txn: &impl store::sea_orm::ConnectionTrait,
    app: &ApiContext,
    user: &User,
    organisation: &str,
    inviter: &SessionUser,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    users::void_tokens(txn, user.id, TokenPurpose::Invitation, now).await?;
    users::record_inviter(txn, user.id, inviter.id()).await?;
    let (token, hash) = new_token();
    let expires = now + Duration::days(INVITATION_DAYS);
    users::create_token(
        txn,
        hash.clone(),
        user.id,
        TokenPurpose::Invitation,
        now,
        expires,
    )
    .await?;
    enqueue(
        txn,
        NewMessage {
            idempotency_key: format!("account-invitation:{hash}"),
            recipient: user.email.clone(),
            template: "account_invitation".into(),
            payload: json!({
                "name": user.name,
                "inviter_name": inviter.user.name,
                "organisation": organisation,
                "link": format!("{}/invitation/{token}", app.public_url),
                "expires_at": expires.to_rfc3339(),
            }),
            due_at: now,
        },
        now,
    )
    .await?;
    Ok(())
}

/// For a person who has not set a password yet, a new link to set one up
/// (valid [`INVITATION_DAYS`] days), made in `txn`, to go in another mail
/// to them (a review invitation), so that mail's link works. Links sent
/// earlier keep working until one is used; setting a password ends them
/// all. None for someone who has a password.
pub(crate) async fn set_up_link(
    txn: &impl store::sea_orm::ConnectionTrait,
    app: &ApiContext,
    user: &User,
    now: DateTime<Utc>,
) -> ApiResult<Option<String>> {
    if user.has_password {
        return Ok(None);
    }
    let (token, hash) = new_token();
    users::create_token(
        txn,
        hash,
        user.id,
        TokenPurpose::Invitation,
        now,
        now + Duration::days(INVITATION_DAYS),
    )
    .await?;
    Ok(Some(format!("{}/invitation/{token}", app.public_url)))
}

#[derive(Default)]
pub struct InvitationMutation;

#[Object]
impl InvitationMutation {
    /// Creates an account and emails a single-use link to set a password
    /// (valid 7 days). Administrators invite anyone; programme officers
    /// invite reviewers and authority users joining a review.
    async fn invite_user(&self, ctx: &Context<'_>, input: InviteUserInput) -> ApiResult<UserView> {
        let inviter = require_inviter(ctx)?;
        let app = context(ctx)?;
        let email = email_field(&input.email, "email")?;
        let name = id::parse_name(&input.name).map_err(|m| ApiError::validation("name", m))?;
        let roles: Vec<id::Role> = input.roles.iter().map(|r| (*r).into()).collect();
        let organisation =
            store::reference::organisations_by_ids(app.store.conn(), &[input.organisation_id])
                .await?
                .pop()
                .ok_or_else(|| {
                    ApiError::validation("organisationId", "Choose an organisation from the list")
                })?;
        id::check_roles(&roles, input.lead, organisation.kind)
            .map_err(|(f, m)| ApiError::validation(f, m))?;
        if !id::may_invite(&inviter.user().user.roles, &roles, input.lead) {
            return Err(ApiError::Forbidden(
                "Programme officers can invite reviewers and authority users; ask an administrator for other roles.".into(),
            ));
        }
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        let user = users::create_user(
            &txn,
            NewUser {
                email: email.as_str().into(),
                name,
                organisation_id: organisation.id,
                roles,
                lead: input.lead,
                password_hash: None,
            },
            now,
        )
        .await?;
        queue_invitation(&txn, app, &user, &organisation.name, inviter.user(), now).await?;
        if input.lead {
            // A new host lead is reminded as the other leads are.
            store::reminders::reschedule_hosted_by(&txn, organisation.id, now).await?;
        }
        store::commit(txn).await?;
        Ok(UserView(user))
    }

    /// Sends a new invitation link to someone who has not yet set a password;
    /// earlier links stop working. Administrators resend to anyone;
    /// programme officers to reviewers and authority users (not leads) whom
    /// they invited or who are on a review team.
    async fn resend_invitation(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<UserView> {
        let inviter = require_inviter(ctx)?;
        let app = context(ctx)?;
        let user = users::user_by_id(app.store.conn(), id).await?;
        if !inviter.user().has(id::Role::Admin) {
            let mine = users::inviter_of(app.store.conn(), id).await? == Some(inviter.user().id());
            let on_team = users::on_a_review_team(app.store.conn(), id).await?;
            if !id::may_resend_invitation(&inviter.user().user.roles, &user, mine, on_team) {
                return Err(ApiError::Forbidden(
                    "Programme officers can resend invitations only to people they invited or who are on a review team; ask an administrator.".into(),
                ));
            }
        }
        if user.has_password {
            return Err(ApiError::validation(
                "id",
                "This person has already set a password",
            ));
        }
        if !user.active {
            return Err(ApiError::validation(
                "id",
                "This account is deactivated; reactivate it first",
            ));
        }
        let organisation =
            store::reference::organisations_by_ids(app.store.conn(), &[user.organisation_id])
                .await?
                .pop()
                .map(|o| o.name)
                .unwrap_or_default();
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        queue_invitation(&txn, app, &user, &organisation, inviter.user(), now).await?;
        store::commit(txn).await?;
        Ok(UserView(user))
    }

    /// Sets a password from an invitation link and signs in. The link is used
    /// up only by this POST, never by opening it; an account that already
    /// has a password is refused (links die when a password is set).
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
        password: String,
    ) -> ApiResult<UserView> {
        let app = context(ctx)?;
        let now = app.clock.now();
        let (hash, user, password_hash) =
            redeem_link(app, &token, TokenPurpose::Invitation, password, now).await?;
        let txn = app.store.begin().await?;
        users::consume_token(&txn, &hash, TokenPurpose::Invitation, now)
            .await?
            .map_err(|p| link_problem(p, TokenPurpose::Invitation))?;
        if !users::set_first_password(&txn, user.id, password_hash, now).await? {
            return Err(already_has_password());
        }
        start_session(ctx, app, &txn, user.id, now).await?;
        store::commit(txn).await?;
        Ok(UserView(
            users::user_by_id(app.store.conn(), user.id).await?,
        ))
    }
}

#[derive(Default)]
pub struct PasswordResetMutation;

#[Object]
impl PasswordResetMutation {
    /// Emails a password reset link (valid 15 minutes) if the address has an
    /// active account. The answer is the same whether or not it has.
    async fn request_password_reset(&self, ctx: &Context<'_>, email: String) -> ApiResult<bool> {
        let app = context(ctx)?;
        let email = email_field(&email, "email")?;
        let now = app.clock.now();
        // The same statements run whether or not the address has an active
        // account, so the answer's timing does not tell (see
        // `users::create_reset_link`).
        let account = users::account_for_reset(app.store.conn(), email.as_str()).await?;
        let (user_id, name) = match account {
            Some((id, name, true)) => (Some(id), name),
            _ => (None, String::new()),
        };
        let recent = users::latest_token_at(
            app.store.conn(),
            user_id.unwrap_or(Uuid::nil()),
            TokenPurpose::Reset,
        )
        .await?;
        let target = user_id.filter(|_| {
            recent.is_none_or(|at| now - at >= Duration::seconds(RESET_RESEND_SECONDS))
        });
        let (token, hash) = new_token();
        let txn = app.store.begin().await?;
        users::create_reset_link(
            &txn,
            target,
            &hash,
            now + Duration::minutes(RESET_MINUTES),
            NewMessage {
                idempotency_key: format!("password-reset:{hash}"),
                recipient: email.as_str().to_string(),
                template: "password_reset".into(),
                payload: json!({
                    "name": name,
                    "link": format!("{}/reset-password/{token}", app.public_url),
                    "expires_in_minutes": RESET_MINUTES,
                }),
                due_at: now,
            },
            now,
        )
        .await?;
        store::commit(txn).await?;
        Ok(true)
    }

    /// Sets a new password from a reset link; every session of the account
    /// ends, so the person signs in afresh, and every other invitation or
    /// reset link of the account stops working.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        token: String,
        password: String,
    ) -> ApiResult<bool> {
        let app = context(ctx)?;
        let now = app.clock.now();
        let (hash, user, password_hash) =
            redeem_link(app, &token, TokenPurpose::Reset, password, now).await?;
        let txn = app.store.begin().await?;
        users::consume_token(&txn, &hash, TokenPurpose::Reset, now)
            .await?
            .map_err(|p| link_problem(p, TokenPurpose::Reset))?;
        users::set_password(&txn, user.id, password_hash, now, None).await?;
        store::commit(txn).await?;
        Ok(true)
    }
}
