//! The `Review` object: its public fields (the published timetable) and
//! its private ones, reached only with the domain's capability to see the
//! review, and the checklist of commands shown before the click.

use super::{
    london_today, ConflictView, Focus, ReviewCommand, ReviewEvent, ReviewHistoryPage, ReviewState,
    SignOff, TeamMember,
};
use crate::auth::{require_user, review_access};
use crate::error::{ApiError, ApiResult};
use crate::guard_code::GuardCode;
use crate::loaders::{
    maybe, one, ConflictsOf, HostsOf, LatestEventOf, ProgrammeKey, QuadKey, SignOffsOf, TeamOf,
};
use crate::month::MonthScalar;
use crate::programme::{Programme, Quad};
use crate::reference::Authority;
use crate::ApiContext;
use async_graphql::{Context, Object, SimpleObject};
use chrono::NaiveDate;
use domain::lifecycle as lc;
use store::review as reviews;
use uuid::Uuid;

/// An unmet guard: a code to switch on and a sentence to show.
#[derive(SimpleObject, Clone)]
pub struct UnmetGuard {
    pub code: GuardCode,
    pub message: String,
}

/// A command the review's state allows, with whether the viewer may make
/// it and what is still missing: the checklist shown before the click.
#[derive(SimpleObject)]
pub struct CommandCheck {
    pub command: ReviewCommand,
    /// What the button says, e.g. "Form the team".
    pub label: String,
    /// The viewer has the right to make this command.
    pub allowed: bool,
    /// Who may, when the viewer may not.
    pub forbidden_reason: Option<String>,
    /// Every unmet guard; empty when the command can be made now.
    pub unmet: Vec<UnmetGuard>,
}

// One GraphQL type, `Review`, made of two Rust types: the public fields in
// `PublicReview`, everything else in `PrivateReview`, which cannot reach the
// review's data without the capability the domain builds after the rights
// check (`ReviewAccess`). A private field that forgets to ask does not
// compile.
/// A review. Its hosts, phase, month, theme and state are public (the
/// programme's published timetable); the rest is for its team, its host
/// authorities' users and programme officers.
#[derive(async_graphql::MergedObject)]
#[graphql(name = "Review")]
pub struct ReviewView(PublicReview, PrivateReview);

impl ReviewView {
    pub fn new(review: reviews::Review) -> Self {
        let review = std::sync::Arc::new(review);
        ReviewView(
            PublicReview(review.clone()),
            PrivateReview(guarded::Guarded::new(review)),
        )
    }
}

mod guarded {
    use crate::error::{ApiError, ApiResult};
    use domain::lifecycle::ReviewAccess;
    use std::sync::Arc;
    use store::review::Review;

    /// A review's row, opened only with the capability for that review.
    pub struct Guarded(Arc<Review>);

    impl Guarded {
        pub(super) fn new(review: Arc<Review>) -> Self {
            Guarded(review)
        }

        /// The review's id, which is public.
        pub fn id(&self) -> uuid::Uuid {
            self.0.id
        }

        /// The row, for the holder of the capability to see this review.
        pub fn open(&self, access: &ReviewAccess) -> ApiResult<&Review> {
            if access.review_id() == self.0.id {
                Ok(&self.0)
            } else {
                Err(ApiError::internal("access for another review"))
            }
        }
    }
}

/// The public fields of a review.
pub struct PublicReview(std::sync::Arc<reviews::Review>);

/// The private fields of a review: the data is reached only through
/// [`PrivateReview::granted`].
pub struct PrivateReview(guarded::Guarded);

impl PrivateReview {
    /// The rights check: the domain's capability to see this review, and
    /// the review's row opened with it.
    async fn granted(&self, ctx: &Context<'_>) -> ApiResult<(&reviews::Review, lc::ReviewAccess)> {
        let user = require_user(ctx)?;
        let id = self.0.id();
        let hosts: Vec<Uuid> = maybe(ctx, HostsOf(id))
            .await?
            .unwrap_or_default()
            .iter()
            .map(|h| h.authority.id)
            .collect();
        let team = maybe(ctx, TeamOf::to_decide_access(id))
            .await?
            .unwrap_or_default();
        let access = review_access(user, id, &hosts, &team)?;
        Ok((self.0.open(&access)?, access))
    }

    async fn checks(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<(
        &reviews::Review,
        std::sync::Arc<lc::ReviewFacts>,
        lc::ReviewAccess,
    )> {
        let (review, access) = self.granted(ctx).await?;
        let facts = crate::loaders::review_facts(ctx, review, &access).await?;
        Ok((review, facts, access))
    }
}

fn command_check(
    facts: &lc::ReviewFacts,
    kind: lc::CommandKind,
    actor: &lc::Actor,
    today: NaiveDate,
) -> CommandCheck {
    let forbidden_reason = match lc::authorise(facts, kind, actor) {
        Err(lc::Refusal::Forbidden { message }) => Some(message),
        _ => None,
    };
    CommandCheck {
        command: kind.into(),
        label: kind.label().into(),
        allowed: forbidden_reason.is_none(),
        forbidden_reason,
        unmet: lc::check(facts, kind, today)
            .into_iter()
            .map(|u| UnmetGuard {
                code: u.code.into(),
                message: u.message,
            })
            .collect(),
    }
}

#[Object]
impl PublicReview {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn programme(&self, ctx: &Context<'_>) -> ApiResult<Programme> {
        Ok(Programme(
            one(ctx, ProgrammeKey(self.0.programme_id)).await?,
        ))
    }
    /// The host authority or authorities (a joint review has several).
    async fn hosts(&self, ctx: &Context<'_>) -> ApiResult<Vec<Authority>> {
        Ok(maybe(ctx, HostsOf(self.0.id))
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(|h| Authority(h.authority))
            .collect())
    }
    /// For Quads: the quad the review belongs to.
    async fn quad(&self, ctx: &Context<'_>) -> ApiResult<Option<Quad>> {
        match self.0.quad_id {
            Some(id) => Ok(maybe(ctx, QuadKey(id)).await?.map(Quad)),
            None => Ok(None),
        }
    }
    async fn phase(&self) -> i32 {
        self.0.phase as i32
    }
    async fn target_month(&self) -> MonthScalar {
        self.0.target_month.into()
    }
    async fn theme(&self) -> Option<&str> {
        self.0.theme.as_deref()
    }
    async fn state(&self) -> ReviewState {
        self.0.state.into()
    }
    /// Changes with every change to the review; commands and focus edits
    /// take it back, and a stale one is a CONFLICT.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// Recorded from an earlier programme rather than run here.
    async fn imported(&self) -> bool {
        self.0.imported
    }
    /// The externally published report, for imported reviews.
    async fn published_report_url(&self) -> Option<&str> {
        self.0.report_url.as_deref()
    }
}

#[Object]
impl PrivateReview {
    /// The focus with its sign-offs (private).
    async fn focus(&self, ctx: &Context<'_>) -> ApiResult<Option<Focus>> {
        let (review, access) = self.granted(ctx).await?;
        let sign_offs = maybe(ctx, SignOffsOf::of(&access))
            .await?
            .unwrap_or_default();
        Ok(Some(Focus {
            review: review.clone(),
            access,
            sign_offs: sign_offs.into_iter().map(SignOff).collect(),
        }))
    }
    /// Everyone invited to the team, declined and replaced members
    /// included (private).
    async fn team(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<TeamMember>>> {
        let (_, access) = self.granted(ctx).await?;
        let team = maybe(ctx, TeamOf::of(&access)).await?.unwrap_or_default();
        Ok(Some(team.into_iter().map(TeamMember).collect()))
    }
    /// Conflicts of interest about the team (private).
    async fn conflicts(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<ConflictView>>> {
        let (_, access) = self.granted(ctx).await?;
        let list = maybe(ctx, ConflictsOf::of(&access))
            .await?
            .unwrap_or_default();
        Ok(Some(list.into_iter().map(ConflictView).collect()))
    }
    /// The latest change of state: scheduling, import or a transition
    /// (private).
    async fn latest_event(&self, ctx: &Context<'_>) -> ApiResult<Option<ReviewEvent>> {
        let (_, access) = self.granted(ctx).await?;
        Ok(maybe(ctx, LatestEventOf::of(&access))
            .await?
            .map(ReviewEvent))
    }
    /// Every change, oldest first, a page at a time (private): `first`
    /// entries (1–200) after the entry numbered `after`.
    async fn history(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 50)] first: i32,
        after: Option<i32>,
    ) -> ApiResult<Option<ReviewHistoryPage>> {
        let (review, _) = self.granted(ctx).await?;
        if !(1..=200).contains(&first) {
            return Err(ApiError::validation("first", "First must be from 1 to 200"));
        }
        let after = after.unwrap_or(0);
        if after < 0 {
            return Err(ApiError::validation("after", "After must be 0 or more"));
        }
        let app = ctx.data::<ApiContext>()?;
        let (events, total) =
            reviews::events_page(app.store.conn(), review.id, after, first as u64).await?;
        let end_cursor = events.last().map(|e| e.seq);
        let has_next_page = match end_cursor {
            Some(last) => (last as u64) < total,
            None => false,
        };
        Ok(Some(ReviewHistoryPage {
            items: events.into_iter().map(ReviewEvent).collect(),
            total: total as i64,
            end_cursor,
            has_next_page,
        }))
    }
    /// The viewer may move the review to another phase and month now: a
    /// programme officer, before its visit starts (private).
    async fn can_reschedule(&self, ctx: &Context<'_>) -> ApiResult<Option<bool>> {
        let (review, facts, access) = self.checks(ctx).await?;
        let here = lc::Slot {
            phase: review.phase,
            month: review.target_month,
        };
        let change = lc::Change::Reschedule {
            from: here,
            to: here,
            reason: String::new(),
        };
        Ok(Some(
            lc::authorise_change(&facts, &change, access.actor()).is_ok()
                && lc::reschedule_open(&facts).is_ok(),
        ))
    }
    /// The viewer may add, invite and replace team members now: a
    /// programme officer, before the visit starts (private).
    async fn can_change_team(&self, ctx: &Context<'_>) -> ApiResult<Option<bool>> {
        let (_, facts, access) = self.checks(ctx).await?;
        let someone = lc::PersonRef {
            user_id: Uuid::nil(),
            name: String::new(),
        };
        let change = lc::Change::AddMember {
            person: someone,
            role: lc::TeamRole::Member,
        };
        let now = ctx.data::<ApiContext>()?.clock.now();
        Ok(Some(
            lc::decide_change(&facts, &change, access.actor(), now).is_ok(),
        ))
    }
    /// The viewer may answer their own invitation to the team now: it is
    /// still pending, and the review is not closed or withdrawn. False for
    /// everyone not invited (private).
    async fn can_answer_invitation(&self, ctx: &Context<'_>) -> ApiResult<Option<bool>> {
        let (_, facts, access) = self.checks(ctx).await?;
        let actor = access.actor();
        let change = lc::Change::AnswerInvitation {
            invitee: actor.user_id,
            accept: true,
        };
        let now = ctx.data::<ApiContext>()?.clock.now();
        Ok(Some(lc::decide_change(&facts, &change, actor, now).is_ok()))
    }
    /// The command that moves the review forward, with its checklist for
    /// the viewer (private).
    async fn next_command(&self, ctx: &Context<'_>) -> ApiResult<Option<CommandCheck>> {
        let (review, facts, access) = self.checks(ctx).await?;
        let Some(kind) = lc::next_command(review.state) else {
            return Ok(None);
        };
        let today = london_today(ctx.data::<ApiContext>()?.clock.now());
        Ok(Some(command_check(&facts, kind, access.actor(), today)))
    }
    /// Every command the state allows, each with the viewer's right and
    /// its unmet guards (private).
    async fn available_commands(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<CommandCheck>>> {
        let (review, facts, access) = self.checks(ctx).await?;
        let today = london_today(ctx.data::<ApiContext>()?.clock.now());
        Ok(Some(
            lc::available_commands(review.state)
                .into_iter()
                .map(|kind| command_check(&facts, kind, access.actor(), today))
                .collect(),
        ))
    }
}
