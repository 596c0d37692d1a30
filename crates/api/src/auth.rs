//! The authorisation layer. Each request carries a [`Viewer`]; rights are
//! handed out as capability values only to callers who have them, so a
//! resolver that needs a right must obtain the capability first.

use crate::error::ApiError;
use async_graphql::Context;
use chrono::{DateTime, Utc};
use domain::identity::{Role, SessionPolicy, User};
use domain::{Organisation, OrganisationKind};
use std::net::IpAddr;
use store::Store;
use uuid::Uuid;

/// A signed-in person, as the session found them.
#[derive(Debug, Clone)]
pub struct SessionUser {
    pub user: User,
    pub organisation: Organisation,
    /// The hash of this request's session token.
    pub session: String,
}

impl SessionUser {
    pub fn id(&self) -> Uuid {
        self.user.id
    }

    pub fn has(&self, role: Role) -> bool {
        self.user.has(role)
    }

    /// The authority this person works for, if they are an authority user.
    pub fn authority_id(&self) -> Option<Uuid> {
        (self.organisation.kind == OrganisationKind::LocalAuthority
            && self.has(Role::AuthorityUser))
        .then_some(self.organisation.id)
    }
}

/// Who is asking, and from where.
#[derive(Debug, Clone, Default)]
pub struct Viewer {
    pub user: Option<SessionUser>,
    /// The client's address, for throttling sign-in.
    pub client_ip: Option<IpAddr>,
    /// A session cookie was sent but no live session matched it.
    pub session_expired: bool,
}

/// Proof that the caller is an administrator.
#[derive(Debug, Clone, Copy)]
pub struct AdminCap<'a>(&'a SessionUser);

impl<'a> AdminCap<'a> {
    /// The administrator.
    pub fn user(self) -> &'a SessionUser {
        self.0
    }
}

/// Proof that the caller may invite people (an administrator, or a
/// programme officer for people joining a review).
#[derive(Debug, Clone, Copy)]
pub struct InviterCap<'a>(&'a SessionUser);

impl<'a> InviterCap<'a> {
    /// The person inviting.
    pub fn user(self) -> &'a SessionUser {
        self.0
    }
}

/// The viewer of this request (anonymous when none was attached).
pub fn viewer<'a>(ctx: &Context<'a>) -> &'a Viewer {
    static ANONYMOUS: Viewer = Viewer {
        user: None,
        client_ip: None,
        session_expired: false,
    };
    ctx.data_opt::<Viewer>().unwrap_or(&ANONYMOUS)
}

/// The signed-in user, or `UNAUTHENTICATED`.
pub fn require_user<'a>(ctx: &Context<'a>) -> Result<&'a SessionUser, ApiError> {
    let viewer = viewer(ctx);
    viewer.user.as_ref().ok_or_else(|| sign_in_required(viewer))
}

/// What a caller without a live session is told, by GraphQL and by the
/// plain HTTP routes alike.
pub fn sign_in_required(viewer: &Viewer) -> ApiError {
    ApiError::Unauthenticated(if viewer.session_expired {
        "Your session has ended. Sign in again to continue.".into()
    } else {
        "Sign in to continue.".into()
    })
}

/// An administrator's capability, or `UNAUTHENTICATED` / `FORBIDDEN`.
pub fn require_admin<'a>(ctx: &Context<'a>) -> Result<AdminCap<'a>, ApiError> {
    let user = require_user(ctx)?;
    if user.has(Role::Admin) {
        Ok(AdminCap(user))
    } else {
        Err(ApiError::Forbidden(
            "Only an administrator can do this.".into(),
        ))
    }
}

/// The capability to invite people, or `UNAUTHENTICATED` / `FORBIDDEN`.
pub fn require_inviter<'a>(ctx: &Context<'a>) -> Result<InviterCap<'a>, ApiError> {
    let user = require_user(ctx)?;
    if user.has(Role::Admin) || user.has(Role::ProgrammeOfficer) {
        Ok(InviterCap(user))
    } else {
        Err(ApiError::Forbidden(
            "Only an administrator or a programme officer can invite people.".into(),
        ))
    }
}

/// How often a live session's last-seen time is written (not every request).
const TOUCH_EVERY_SECONDS: i64 = 60;

/// Finds the viewer for a session token from the cookie: the session must
/// exist, be within its idle and absolute lifetimes, and belong to an active
/// user.
pub async fn load_viewer(
    store: &Store,
    token: Option<&str>,
    client_ip: Option<IpAddr>,
    now: DateTime<Utc>,
    policy: SessionPolicy,
) -> Result<Viewer, ApiError> {
    let mut viewer = Viewer {
        user: None,
        client_ip,
        session_expired: false,
    };
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Ok(viewer);
    };
    let hash = crate::secrets::token_hash(token);
    let db = store.conn();
    match store::identity::session_viewer(db, &hash).await? {
        Some((session, user, organisation))
            if policy.is_live(session.last_seen_at, session.expires_at, now) =>
        {
            if (now - session.last_seen_at).num_seconds() >= TOUCH_EVERY_SECONDS {
                store::identity::touch_session(db, &hash, now).await?;
            }
            viewer.user = Some(SessionUser {
                user,
                organisation,
                session: hash,
            });
        }
        Some(_) => {
            store::identity::delete_session(db, &hash).await?;
            viewer.session_expired = true;
        }
        None => viewer.session_expired = true,
    }
    Ok(viewer)
}

/// Proof that the caller is a programme officer: they run the programme,
/// schedule reviews and form teams. Its field is private: only
/// [`programme_officer`] (and so [`require_programme_officer`]) makes one,
/// so a use case that takes it cannot be reached without the check.
#[derive(Debug, Clone, Copy)]
pub struct ProgrammeOfficerCap<'a>(&'a SessionUser);

impl<'a> ProgrammeOfficerCap<'a> {
    /// The programme officer.
    pub fn user(self) -> &'a SessionUser {
        self.0
    }
}

/// A programme officer's capability for this viewer, or `UNAUTHENTICATED`
/// / `FORBIDDEN`: the one check GraphQL and the HTTP routes share.
pub fn programme_officer(viewer: &Viewer) -> Result<ProgrammeOfficerCap<'_>, ApiError> {
    let user = viewer
        .user
        .as_ref()
        .ok_or_else(|| sign_in_required(viewer))?;
    if user.has(Role::ProgrammeOfficer) {
        Ok(ProgrammeOfficerCap(user))
    } else {
        Err(ApiError::Forbidden(
            "Only a programme officer can do this.".into(),
        ))
    }
}

/// A programme officer's capability, or `UNAUTHENTICATED` / `FORBIDDEN`.
pub fn require_programme_officer<'a>(
    ctx: &Context<'a>,
) -> Result<ProgrammeOfficerCap<'a>, ApiError> {
    programme_officer(viewer(ctx))
}

impl SessionUser {
    /// The person as the domain's rights functions see them.
    pub fn person(&self) -> domain::lifecycle::Person {
        domain::lifecycle::Person {
            user_id: self.id(),
            programme_officer: self.has(Role::ProgrammeOfficer),
            authority_id: self.authority_id(),
            lead: self.user.lead,
        }
    }
}

/// The caller's rights on one review (see `domain::lifecycle::actor_on`).
/// `team_role` is their role if they accepted a place on the team.
pub fn review_actor(
    user: &SessionUser,
    hosts: &[Uuid],
    team_role: Option<domain::lifecycle::TeamRole>,
) -> domain::lifecycle::Actor {
    domain::lifecycle::actor_on(&user.person(), hosts, team_role)
}

/// The capability to see a review's private data, built by the domain
/// (`authorise_access`) from the caller and the review's hosts and team;
/// or `FORBIDDEN`.
pub fn review_access(
    user: &SessionUser,
    review_id: Uuid,
    hosts: &[Uuid],
    members: &[store::review::Member],
) -> Result<domain::lifecycle::ReviewAccess, ApiError> {
    let rights: Vec<domain::lifecycle::MemberRight> = members
        .iter()
        .map(|m| domain::lifecycle::MemberRight {
            user_id: m.user_id,
            current: m.is_current(),
            accepted_role: (m.invitation == domain::lifecycle::InvitationStatus::Accepted)
                .then_some(m.role),
        })
        .collect();
    domain::lifecycle::authorise_access(review_id, &user.person(), hosts, &rights).map_err(|r| {
        match r {
            domain::lifecycle::Refusal::Forbidden { message } => ApiError::Forbidden(message),
            domain::lifecycle::Refusal::GuardFailed(_) => {
                ApiError::internal("access refused by a guard")
            }
        }
    })
}
