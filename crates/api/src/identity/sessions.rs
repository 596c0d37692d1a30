//! Signing in and out, sessions and their cookie, and changing one's
//! password; sign-in attempts are counted against the throttle first.

use super::SESSION_COOKIE;
use super::{context, email_field, UserView};
use crate::auth::{require_user, viewer};
use crate::error::{ApiError, ApiResult};
use crate::secrets::{hash_password, new_token, verify_password};
use crate::ApiContext;
use async_graphql::{Context, Object};
use chrono::{DateTime, Utc};
use domain::identity as id;
use domain::throttle::{self, Refusal, ThrottleKey};
use store::identity as users;
use uuid::Uuid;

/// Sets the session cookie: for the whole site, out of scripts' reach, not
/// sent on cross-site posts, and only over HTTPS when Quads is served so.
/// An empty value with no age clears it.
fn set_cookie(ctx: &Context<'_>, app: &ApiContext, value: &str, max_age: i64) {
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
pub(super) async fn start_session(
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
    set_cookie(ctx, app, &token, app.sessions.absolute.num_seconds());
    Ok(())
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
pub struct SessionMutation;

#[Object]
impl SessionMutation {
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
        set_cookie(ctx, app, "", 0);
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
}
