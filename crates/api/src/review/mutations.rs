//! Scheduling, the focus and its sign-offs, the team and its conflicts.

use super::{use_cases, ReviewView, TeamMember, TeamRole};
use crate::auth::{require_programme_officer, require_user};
use crate::error::{ApiError, ApiResult};
use crate::month::MonthScalar;
use crate::ApiContext;
use async_graphql::{Context, InputObject, Object};
use domain::identity::{self as id, EmailAddress};
use domain::lifecycle as lc;
use domain::programme::{self as pr, Focus, Month};
use uuid::Uuid;

fn invalid((field, message): pr::Invalid) -> ApiError {
    ApiError::validation(field, message)
}

/// A phase number and a `YYYY-MM` month, as typed values (checked against
/// the programme's phases by the use case).
fn parse_slot(phase: i32, month: Month) -> ApiResult<lc::Slot> {
    let phase =
        u32::try_from(phase).map_err(|_| ApiError::validation("phase", "Enter a phase number"))?;
    Ok(lc::Slot { phase, month })
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
    /// Within the phase.
    pub target_month: MonthScalar,
    /// If already known.
    pub theme: Option<String>,
}

/// Where a review moves on the timetable, and why.
#[derive(InputObject)]
pub struct RescheduleReviewInput {
    pub phase: i32,
    /// Within the phase.
    pub target_month: MonthScalar,
    /// Why; kept in the history and sent to the team and host leads.
    pub reason: String,
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

impl InviteTeamMemberInput {
    fn parse(self) -> ApiResult<use_cases::Invitee> {
        Ok(use_cases::Invitee {
            email: EmailAddress::parse(&self.email)
                .map_err(|m| ApiError::validation("email", m))?,
            name: id::parse_name(&self.name).map_err(|m| ApiError::validation("name", m))?,
            organisation_id: self.organisation_id,
            role: self.role.into(),
        })
    }
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
        let slot = parse_slot(input.phase, input.target_month.0)?;
        let theme = pr::parse_theme(input.theme.as_deref()).map_err(invalid)?;
        let new = use_cases::NewSchedule {
            programme_id: input.programme_id,
            host_ids: input.host_ids,
            quad_id: input.quad_id,
            slot,
            theme,
        };
        let review = use_cases::schedule(app, officer.user(), new).await?;
        Ok(ReviewView::new(review))
    }

    /// Moves a review to another phase and month of the timetable, with a
    /// reason, before its visit starts (programme officers). The history
    /// records it, and the accepted team members and host leads are
    /// emailed.
    async fn reschedule_review(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        input: RescheduleReviewInput,
    ) -> ApiResult<ReviewView> {
        let user = require_user(ctx)?;
        domain::text::REASON.check(&input.reason)?;
        let slot = parse_slot(input.phase, input.target_month.0)?;
        let app = ctx.data::<ApiContext>()?;
        let review =
            use_cases::reschedule(app, user, review_id, version, slot, input.reason).await?;
        Ok(ReviewView::new(review))
    }

    /// Sets the theme, key questions and scope, clearing every sign-off of
    /// the old focus (host users, host leads and programme officers, before
    /// the focus is agreed or after it was reopened).
    async fn update_focus(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        input: FocusInput,
    ) -> ApiResult<ReviewView> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let focus = Focus::parse(&input.theme, &input.key_questions, input.scope.as_deref())
            .map_err(invalid)?;
        let review = use_cases::edit_focus(app, user, review_id, version, focus).await?;
        Ok(ReviewView::new(review))
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
        let review = use_cases::sign_off_focus(app, user, review_id, version).await?;
        Ok(ReviewView::new(review))
    }

    /// Reopens an agreed focus with a reason (programme officers, at
    /// FOCUS_AGREED or TEAM_FORMED): its sign-offs are cleared, the state
    /// stays, and the next forward command waits for every host lead and a
    /// programme officer to sign off again.
    async fn reopen_focus(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        reason: String,
    ) -> ApiResult<ReviewView> {
        let user = require_user(ctx)?;
        domain::text::REASON.check(&reason)?;
        let app = ctx.data::<ApiContext>()?;
        let review = use_cases::reopen_focus(app, user, review_id, version, reason).await?;
        Ok(ReviewView::new(review))
    }

    /// Adds an existing user to the team, pending their answer, and emails
    /// them the review invitation (programme officers).
    async fn add_team_member(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        input: TeamMemberInput,
    ) -> ApiResult<ReviewView> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let review = use_cases::add_member(
            app,
            user,
            review_id,
            version,
            input.user_id,
            input.role.into(),
        )
        .await?;
        Ok(ReviewView::new(review))
    }

    /// Invites someone to the team by email: an account invitation if they
    /// have no account, and the review invitation (programme officers).
    async fn invite_team_member(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        input: InviteTeamMemberInput,
    ) -> ApiResult<ReviewView> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let review =
            use_cases::invite_member(app, user, review_id, version, input.parse()?).await?;
        Ok(ReviewView::new(review))
    }

    /// Accepts or declines one's own invitation to a team. A declined
    /// member no longer counts but stays in the history.
    async fn respond_to_team_invitation(
        &self,
        ctx: &Context<'_>,
        member_id: Uuid,
        version: i32,
        accept: bool,
    ) -> ApiResult<TeamMember> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let member = use_cases::answer_invitation(app, user, member_id, version, accept).await?;
        Ok(TeamMember(member))
    }

    /// Replaces a member with another person, who is invited in their place
    /// (programme officers; also after the team was formed, before the
    /// visit).
    async fn replace_team_member(
        &self,
        ctx: &Context<'_>,
        member_id: Uuid,
        version: i32,
        input: TeamMemberInput,
    ) -> ApiResult<ReviewView> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let review = use_cases::replace_member(
            app,
            user,
            member_id,
            version,
            input.user_id,
            input.role.into(),
        )
        .await?;
        Ok(ReviewView::new(review))
    }

    /// Replaces a member with someone invited by email, as
    /// `inviteTeamMember` invites: an account invitation if they have no
    /// account, and the review invitation (programme officers; also after
    /// the team was formed, before the visit).
    async fn replace_team_member_by_invite(
        &self,
        ctx: &Context<'_>,
        member_id: Uuid,
        version: i32,
        input: InviteTeamMemberInput,
    ) -> ApiResult<ReviewView> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let review =
            use_cases::replace_member_by_invite(app, user, member_id, version, input.parse()?)
                .await?;
        Ok(ReviewView::new(review))
    }

    /// Dismisses a conflict of interest, recording why (programme officers).
    async fn dismiss_conflict(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        version: i32,
        reason: String,
    ) -> ApiResult<super::ConflictView> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        domain::text::DISMISSAL_REASON.check(&reason)?;
        let conflict = use_cases::dismiss_conflict(app, user, id, version, reason).await?;
        Ok(super::ConflictView(conflict))
    }
}
