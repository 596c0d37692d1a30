//! Accounts in the API: sign-in and sessions, invitations, password resets
//! and the administration of users.

use crate::auth::{require_admin, require_inviter, require_user, viewer, SessionUser};
use crate::error::{ApiError, ApiResult};
use crate::reference::Organisation;
use crate::secrets::{hash_password, new_token, token_hash, verify_password};
use crate::ApiContext;
use async_graphql::{Context, Enum, InputObject, Object};
use chrono::{DateTime, Duration, Utc};
use domain::identity::{self as id, EmailAddress, User};
use domain::throttle::{self, Refusal, ThrottleKey};
use serde_json::json;
use store::identity::{self as users, NewUser, TokenProblem, TokenPurpose};
use store::outbox::{enqueue, NewMessage};
use uuid::Uuid;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "quads_session";
/// How long an invitation link lasts.
pub const INVITATION_DAYS: i64 = 7;
/// How long a password-reset link lasts.
pub const RESET_MINUTES: i64 = 15;
/// A second reset mail is not sent within this many seconds of the last.
const RESET_RESEND_SECONDS: i64 = 60;

/// A global role; rights on a review come from team membership.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::identity::Role")]
pub enum Role {
    /// Manages accounts and the mail outbox.
    Admin,
    /// Runs the programme: schedules reviews, forms teams (ADES officers).
    ProgrammeOfficer,
    /// Works for a local authority; with `lead`, its Director or Head of Service.
    AuthorityUser,
    /// Joins review teams (Education Scotland, HM Inspectors, others).
    Reviewer,
}

/// A person with an account.
pub struct UserView(pub User);

#[Object(name = "User")]
impl UserView {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn email(&self) -> &str {
        &self.0.email
    }
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        // Batched when the request has a loader (lists of people).
        if ctx.data::<crate::loaders::RequestLoader>().is_ok() {
            return crate::loaders::one(
                ctx,
                crate::loaders::OrganisationKey(self.0.organisation_id),
            )
            .await
            .map(Organisation);
        }
        let store = &ctx.data::<ApiContext>()?.store;
        store::reference::organisations_by_ids(store.conn(), &[self.0.organisation_id])
            .await?
            .pop()
            .map(Organisation)
            .ok_or_else(|| ApiError::internal(format!("user {} has no organisation", self.0.id)))
    }
    async fn roles(&self) -> Vec<Role> {
        self.0.roles.iter().map(|r| (*r).into()).collect()
    }
    /// Lead (Director or Head of Service) of their authority.
    async fn lead(&self) -> bool {
        self.0.lead
    }
    /// False once an administrator has deactivated the account.
    async fn active(&self) -> bool {
        self.0.active
    }
    /// True until the person sets a password from their invitation.
    async fn invitation_pending(&self) -> bool {
        !self.0.has_password
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn last_sign_in_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_sign_in_at
    }
}

/// One page of users.
#[derive(async_graphql::SimpleObject)]
pub struct UserPage {
    pub items: Vec<UserView>,
    pub total: i64,
}

/// A person to invite.
#[derive(InputObject)]
pub struct InviteUserInput {
    pub email: String,
    pub name: String,
    pub organisation_id: Uuid,
    pub roles: Vec<Role>,
    #[graphql(default = false)]
    pub lead: bool,
}

fn context<'a>(ctx: &Context<'a>) -> ApiResult<&'a ApiContext> {
    Ok(ctx.data::<ApiContext>()?)
}

fn email_field(raw: &str, field: &str) -> ApiResult<EmailAddress> {
    EmailAddress::parse(raw).map_err(|m| ApiError::validation(field, m))
}

/// Sets the session cookie: for the whole site, out of scripts' reach, not
/// sent on cross-site posts, and only over HTTPS when Quads is served so.
/// An empty value with no age clears it.
fn cookie(ctx: &Context<'_>, app: &ApiContext, value: &str, max_age: i64) {
    let cookie = cookie::Cookie::build((SESSION_COOKIE, value))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::seconds(max_age))
        .secure(app.secure_cookies())
        .build();
    ctx.append_http_header("set-cookie", cookie.to_string());
}

/// Starts a session for `user` in the caller's transaction and sets the
/// cookie; any session this request came with is ended (rotation).
async fn start_session(
    ctx: &Context<'_>,
    app: &ApiContext,
    txn: &impl store::sea_orm::ConnectionTrait,
    user: Uuid,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    if let Some(current) = viewer(ctx).user.as_ref() {
        users::delete_session(txn, &current.session).await?;
    }
    let (token, hash) = new_token();
    users::create_session(txn, hash, user, now, now + app.sessions.absolute).await?;
    users::record_sign_in(txn, user, now).await?;
    cookie(ctx, app, &token, app.sessions.absolute.num_seconds());
    Ok(())
}

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

/// Counts a sign-in attempt against its counters before the password is
/// checked, atomically (each counter locked in one transaction, in a fixed
/// order): either it is let through, counted as a failure in advance, or it
/// is refused and nothing is counted.
async fn admit_sign_in(
    app: &ApiContext,
    keys: &[ThrottleKey],
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let txn = app.store.begin().await?;
    let mut counters = Vec::with_capacity(keys.len());
    for key in keys {
        let state = users::throttle_lock(&txn, &key.storage_key(), now).await?;
        counters.push((key.clone(), state));
    }
    match throttle::admit(&counters, now) {
        Ok(next) => {
            for (key, state) in keys.iter().zip(next) {
                users::throttle_set(&txn, &key.storage_key(), Some(state)).await?;
            }
            store::commit(txn).await?;
            // Now and then, forget the stale counters of past addresses.
            if rand::random::<u8>() < 4 {
                users::throttle_purge(app.store.conn(), now - throttle::ADDRESS_COUNTERS_KEPT, now)
                    .await?;
            }
            Ok(())
        }
        Err(refusal) => {
            // Drop the empty rows the locks made; nothing is counted.
            for (key, state) in &counters {
                if state.is_none() {
                    users::throttle_clear(&txn, &key.storage_key()).await?;
                }
            }
            store::commit(txn).await?;
            Err(match refusal {
                Refusal::Wait(seconds) => ApiError::RateLimited {
                    retry_after_seconds: seconds,
                },
                Refusal::AccountLocked => ApiError::Locked(
                    "This account has had too many failed sign-ins. Use “Forgot your password?” to set a new password, then sign in.".into(),
                ),
            })
        }
    }
}

/// Gives back what [`admit_sign_in`] counted, for an attempt that succeeded.
async fn sign_in_succeeded(
    txn: &store::DatabaseTransaction,
    keys: &[ThrottleKey],
    now: DateTime<Utc>,
) -> ApiResult<()> {
    for key in keys {
        let storage = key.storage_key();
        let state = users::throttle_lock(txn, &storage, now).await?;
        users::throttle_set(txn, &storage, throttle::after_success(key, state.as_ref())).await?;
    }
    Ok(())
}

#[derive(Default)]
pub struct IdentityQuery;

#[Object]
impl IdentityQuery {
    /// The signed-in user, or null.
    async fn me(&self, ctx: &Context<'_>) -> Option<UserView> {
        viewer(ctx).user.as_ref().map(|u| UserView(u.user.clone()))
    }

    /// One user by id (administrators).
    async fn user(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<UserView> {
        require_admin(ctx)?;
        let app = context(ctx)?;
        Ok(UserView(users::user_by_id(app.store.conn(), id).await?))
    }

    /// Users whose name or email contains `search`, by name. Administrators
    /// see every account; programme officers, finding people to put on a
    /// review team, see the active accounts (invitation pending or not) of
    /// the organisations teams come from, leads included, and no
    /// administrators.
    async fn users(
        &self,
        ctx: &Context<'_>,
        search: Option<String>,
        #[graphql(default = 0)] offset: i32,
        #[graphql(default = 50)] limit: i32,
    ) -> ApiResult<UserPage> {
        let caller = require_inviter(ctx)?;
        domain::text::SEARCH.parse_optional(search.as_deref())?;
        if offset < 0 {
            return Err(ApiError::validation("offset", "Offset must be 0 or more"));
        }
        if !(1..=200).contains(&limit) {
            return Err(ApiError::validation("limit", "Limit must be from 1 to 200"));
        }
        let app = context(ctx)?;
        let scope = if caller.0.has(id::Role::Admin) {
            users::UserScope::Everyone
        } else {
            users::UserScope::TeamCandidates
        };
        let (list, total) = users::users_page(
            app.store.conn(),
            search.as_deref(),
            scope,
            offset as u64,
            limit as u64,
        )
        .await?;
        Ok(UserPage {
            items: list.into_iter().map(UserView).collect(),
            total: total as i64,
        })
    }
}

#[derive(Default)]
pub struct IdentityMutation;

#[Object]
impl IdentityMutation {
    /// Signs in and sets the session cookie. A wrong email or password gives
    /// the same UNAUTHENTICATED answer; repeated failures give RATE_LIMITED.
    async fn sign_in(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> ApiResult<UserView> {
        let app = context(ctx)?;
        let now = app.clock.now();
        let email = email_field(&email, "email")?;
        if password.is_empty() {
            return Err(ApiError::validation("password", "Enter your password"));
        }
        let keys = ThrottleKey::for_sign_in(email.as_str(), viewer(ctx).client_ip);
        admit_sign_in(app, &keys, now).await?;

        let found = users::user_by_email(app.store.conn(), email.as_str()).await?;
        let (user, hash) = match found {
            Some((user, hash)) => (Some(user), hash),
            None => (None, None),
        };
        let verified = verify_password(password, hash).await;
        let user = match user {
            Some(user) if verified && user.active => user,
            // Already counted as a failure by `admit_sign_in`.
            _ => {
                return Err(ApiError::Unauthenticated(
                    "The email address or password is not right. Check them and try again.".into(),
                ))
            }
        };
        let txn = app.store.begin().await?;
        sign_in_succeeded(&txn, &keys, now).await?;
        start_session(ctx, app, &txn, user.id, now).await?;
        store::commit(txn).await?;
        Ok(UserView(
            users::user_by_id(app.store.conn(), user.id).await?,
        ))
    }

    /// Ends this session and clears the cookie.
    async fn sign_out(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let app = context(ctx)?;
        if let Some(user) = viewer(ctx).user.as_ref() {
            users::delete_session(app.store.conn(), &user.session).await?;
        }
        cookie(ctx, app, "", 0);
        Ok(true)
    }

    /// Changes the signed-in user's password; their other sessions end and
    /// their outstanding reset links stop working.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current_password: String,
        new_password: String,
    ) -> ApiResult<bool> {
        let me = require_user(ctx)?;
        let app = context(ctx)?;
        let stored = users::password_hash(app.store.conn(), me.id()).await?;
        if !verify_password(current_password, stored).await {
            return Err(ApiError::validation(
                "currentPassword",
                "Your current password is not right",
            ));
        }
        id::check_new_password(&new_password, &me.user.email)
            .map_err(|m| ApiError::validation("newPassword", m))?;
        let hash = hash_password(new_password)
            .await
            .map_err(ApiError::internal)?;
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        users::set_password(&txn, me.id(), hash, now, Some(&me.session)).await?;
        store::commit(txn).await?;
        Ok(true)
    }

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
        if !id::may_invite(&inviter.0.user.roles, &roles, input.lead) {
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
        queue_invitation(&txn, app, &user, &organisation.name, inviter.0, now).await?;
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
        if !inviter.0.has(id::Role::Admin) {
            let mine = users::inviter_of(app.store.conn(), id).await? == Some(inviter.0.id());
            let on_team = users::on_a_review_team(app.store.conn(), id).await?;
            if !id::may_resend_invitation(&inviter.0.user.roles, &user, mine, on_team) {
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
        queue_invitation(&txn, app, &user, &organisation, inviter.0, now).await?;
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

    /// Deactivates an account; its sessions end at once (administrators).
    async fn deactivate_user(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<UserView> {
        let admin = require_admin(ctx)?;
        let app = context(ctx)?;
        if id == admin.0.id() {
            return Err(ApiError::validation(
                "id",
                "You cannot deactivate your own account",
            ));
        }
        let user = users::user_by_id(app.store.conn(), id).await?;
        if user.has(id::Role::Admin)
            && users::active_admins_other_than(app.store.conn(), id).await? == 0
        {
            return Err(ApiError::validation(
                "id",
                "Quads needs at least one active administrator",
            ));
        }
        let now = app.clock.now();
        let txn = app.store.begin().await?;
        users::set_active(&txn, id, false, now).await?;
        users::delete_sessions_of(&txn, id, None).await?;
        store::commit(txn).await?;
        Ok(UserView(users::user_by_id(app.store.conn(), id).await?))
    }

    /// Lets a deactivated account sign in again (administrators).
    async fn reactivate_user(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<UserView> {
        require_admin(ctx)?;
        let app = context(ctx)?;
        users::user_by_id(app.store.conn(), id).await?;
        users::set_active(app.store.conn(), id, true, app.clock.now()).await?;
        Ok(UserView(users::user_by_id(app.store.conn(), id).await?))
    }

    /// Replaces a user's roles and lead flag (administrators). Quads always
    /// keeps at least one active administrator.
    async fn set_user_roles(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        roles: Vec<Role>,
        lead: bool,
    ) -> ApiResult<UserView> {
        require_admin(ctx)?;
        let app = context(ctx)?;
        let user = users::user_by_id(app.store.conn(), id).await?;
        let roles: Vec<id::Role> = roles.into_iter().map(Into::into).collect();
        let organisation =
            store::reference::organisations_by_ids(app.store.conn(), &[user.organisation_id])
                .await?
                .pop()
                .ok_or_else(|| ApiError::internal(format!("user {id} has no organisation")))?;
        id::check_roles(&roles, lead, organisation.kind)
            .map_err(|(f, m)| ApiError::validation(f, m))?;
        let loses_admin = user.has(id::Role::Admin) && !roles.contains(&id::Role::Admin);
        if loses_admin
            && user.active
            && users::active_admins_other_than(app.store.conn(), id).await? == 0
        {
            return Err(ApiError::validation(
                "roles",
                "This is the last active administrator: make someone else an administrator first",
            ));
        }
        users::set_roles(app.store.conn(), id, &roles, lead, app.clock.now()).await?;
        Ok(UserView(users::user_by_id(app.store.conn(), id).await?))
    }
}
