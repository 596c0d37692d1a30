//! The authorisation layer. The request context holds the [`Viewer`]; rights
//! are handed out as capability values only to callers who have them, so a
//! resolver that needs a right must obtain the capability first.

use crate::error::ApiError;
use async_graphql::Context;
use uuid::Uuid;

/// A signed-in person, as the session found them.
#[derive(Debug, Clone)]
pub struct SessionUser {
    pub id: Uuid,
    pub name: String,
    pub email: String,
    pub organisation_id: Uuid,
    pub admin: bool,
    pub programme_officer: bool,
}

/// Who is asking: a signed-in user, or nobody.
#[derive(Debug, Clone, Default)]
pub struct Viewer {
    pub user: Option<SessionUser>,
}

/// Proof that the caller is an administrator.
#[derive(Debug, Clone, Copy)]
pub struct AdminCap<'a>(pub &'a SessionUser);

/// The viewer of this request (anonymous when none was attached).
pub fn viewer<'a>(ctx: &Context<'a>) -> &'a Viewer {
    static ANONYMOUS: Viewer = Viewer { user: None };
    ctx.data_opt::<Viewer>().unwrap_or(&ANONYMOUS)
}

/// The signed-in user, or `UNAUTHENTICATED`.
pub fn require_user<'a>(ctx: &Context<'a>) -> Result<&'a SessionUser, ApiError> {
    viewer(ctx)
        .user
        .as_ref()
        .ok_or_else(|| ApiError::Unauthenticated("Sign in to continue.".into()))
}

/// An administrator's capability, or `UNAUTHENTICATED` / `FORBIDDEN`.
pub fn require_admin<'a>(ctx: &Context<'a>) -> Result<AdminCap<'a>, ApiError> {
    let user = require_user(ctx)?;
    if user.admin {
        Ok(AdminCap(user))
    } else {
        Err(ApiError::Forbidden(
            "Only an administrator can do this.".into(),
        ))
    }
}
