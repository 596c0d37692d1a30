//! Reviews in the API: the timetable (public), one review with its focus,
//! team, conflicts and history (private to its team, host users and
//! programme officers), and the mutations that change them.

mod commands;
pub mod history;
mod mutations;
pub mod tasks;
pub mod use_cases;

pub use commands::CommandMutation;
pub use mutations::ReviewMutation;

use crate::auth::{require_user, review_access};
use crate::error::{ApiError, ApiResult, Unmet};
use crate::guard_code::GuardCode;
use crate::identity::UserView;
use crate::loaders::{
    maybe, one, ConflictsOf, HostsOf, LatestEventOf, OrganisationKey, ProgrammeKey, QuadKey,
    SignOffsOf, TeamOf, UserKey,
};
use crate::month::MonthScalar;
use crate::programme::{Programme, Quad};
use crate::reference::{Authority, Organisation};
use crate::ApiContext;
use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use domain::lifecycle as lc;
use store::review::{self as reviews, EventRecord, Member, ReviewFilter};
use uuid::Uuid;

/// Where a review stands in its lifecycle.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::ReviewState")]
pub enum ReviewState {
    Scheduled,
    FocusAgreed,
    TeamFormed,
    SelfEvaluationSubmitted,
    VisitInProgress,
    VisitCompleted,
    ReportDrafted,
    ReportPublished,
    FollowUp,
    Closed,
    Withdrawn,
    Postponed,
}

/// A lifecycle command, by name.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::CommandKind")]
pub enum ReviewCommand {
    Schedule,
    AgreeFocus,
    FormTeam,
    SubmitSelfEvaluation,
    ReopenSelfEvaluation,
    StartVisit,
    CompleteVisit,
    DraftReport,
    PublishReport,
    BeginFollowUp,
    Close,
    Withdraw,
    Postpone,
    Resume,
}

/// Where a team member comes from; follows from their organisation.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::Affiliation")]
pub enum Affiliation {
    Host,
    Ades,
    EducationScotland,
    HmInspectors,
    PeerAuthority,
    Partner,
}

/// Lead or member of a review team.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::TeamRole")]
pub enum TeamRole {
    Lead,
    Member,
}

/// Where an invitation to join a team stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::InvitationStatus")]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Declined,
}

/// What kind of change a history entry records.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::EventKind")]
pub enum ReviewEventKind {
    /// Put on the timetable.
    Scheduled,
    /// Recorded from an earlier programme with its end state.
    Imported,
    /// Moved by a command.
    Transitioned,
    /// The focus was edited; its sign-offs were cleared.
    FocusEdited,
    /// A host lead or a programme officer signed off the focus.
    FocusSignedOff,
    /// A programme officer reopened the agreed focus.
    FocusReopened,
    /// Someone was invited to the team by email.
    MemberInvited,
    /// A person with an account was added to the team.
    MemberAdded,
    /// An invited person accepted or declined.
    MemberAnswered,
    /// A member was replaced by another person.
    MemberReplaced,
    /// A conflict of interest was dismissed.
    ConflictDismissed,
    /// Moved to another phase and month of the timetable, with a reason.
    Rescheduled,
}

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

/// The Europe/London date of `now`: visit days are local dates.
pub(crate) fn london_today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&chrono_tz::Europe::London).date_naive()
}

pub(crate) fn unmet_list(unmet: Vec<lc::Unmet>) -> Vec<Unmet> {
    unmet
        .into_iter()
        .map(|u| Unmet {
            code: u.code,
            message: u.message,
        })
        .collect()
}

pub(crate) fn refusal(r: lc::Refusal) -> ApiError {
    match r {
        lc::Refusal::Forbidden { message } => ApiError::Forbidden(message),
        lc::Refusal::GuardFailed(unmet) => ApiError::GuardFailed(unmet_list(unmet)),
    }
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

/// The focus: theme, key questions, scope and sign-offs, and what the
/// viewer may do with it now.
pub struct Focus {
    review: reviews::Review,
    access: lc::ReviewAccess,
    sign_offs: Vec<SignOff>,
}

impl Focus {
    /// Whether the viewer could make `change` now (rights and guards), from
    /// the facts computed once for this request.
    async fn could(&self, ctx: &Context<'_>, change: lc::Change) -> ApiResult<bool> {
        let facts = crate::loaders::review_facts(ctx, &self.review, &self.access).await?;
        let now = ctx.data::<ApiContext>()?.clock.now();
        Ok(lc::decide_change(&facts, &change, self.access.actor(), now).is_ok())
    }
}

#[Object]
impl Focus {
    async fn theme(&self) -> Option<&str> {
        self.review.theme.as_deref()
    }
    async fn key_questions(&self) -> &[String] {
        &self.review.key_questions
    }
    async fn scope(&self) -> Option<&str> {
        self.review.scope.as_deref()
    }
    /// Sign-offs of the current focus; editing or reopening it clears them.
    async fn sign_offs(&self) -> &[SignOff] {
        &self.sign_offs
    }
    /// The focus may be edited and signed off: before it is agreed, or
    /// after a programme officer reopened it, until every host lead and a
    /// programme officer have signed it off again.
    async fn open(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        // From the batched hosts and sign-offs, not the full facts: task
        // lists ask this of many reviews at once.
        let hosts = maybe(ctx, HostsOf(self.review.id))
            .await?
            .unwrap_or_default();
        let signed =
            |authority: Option<Uuid>| self.sign_offs.iter().any(|s| s.0.authority_id == authority);
        let mut facts = lc::ReviewFacts::new(
            hosts
                .iter()
                .map(|h| lc::HostFacts {
                    authority_id: h.authority.id,
                    name: String::new(),
                    has_lead_user: true,
                    lead_signed_off_focus: signed(Some(h.authority.id)),
                    lead_approved_report: false,
                })
                .collect(),
            lc::ProgrammeRules::defaults_for(lc::ProgrammeKind::Ci),
        );
        facts.state = self.review.state;
        facts.focus.programme_officer_signed_off = signed(None);
        Ok(lc::focus_open(&facts))
    }
    /// The viewer may edit the focus now.
    async fn can_edit(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let placeholder = domain::programme::Focus {
            theme: String::new(),
            key_questions: Vec::new(),
            scope: None,
        };
        self.could(ctx, lc::Change::EditFocus(placeholder)).await
    }
    /// The viewer may sign off the focus now (and has not yet).
    async fn can_sign_off(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        self.could(ctx, lc::Change::SignOffFocus).await
    }
    /// The viewer may reopen the agreed focus now (programme officers, at
    /// FOCUS_AGREED or TEAM_FORMED, when it is fully signed off).
    async fn can_reopen(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let change = lc::Change::ReopenFocus {
            reason: "asked".into(),
        };
        self.could(ctx, change).await
    }
}

/// A sign-off of the focus by a host lead or a programme officer.
pub struct SignOff(pub reviews::SignOff);

#[Object]
impl SignOff {
    async fn user(&self, ctx: &Context<'_>) -> ApiResult<Option<UserView>> {
        Ok(maybe(ctx, UserKey(self.0.user_id)).await?.map(UserView))
    }
    /// The host authority signed for; null for a programme officer.
    async fn authority(&self, ctx: &Context<'_>) -> ApiResult<Option<Authority>> {
        match self.0.authority_id {
            Some(id) => Ok(maybe(ctx, OrganisationKey(id)).await?.map(Authority)),
            None => Ok(None),
        }
    }
    async fn as_programme_officer(&self) -> bool {
        self.0.authority_id.is_none()
    }
    async fn signed_at(&self) -> DateTime<Utc> {
        self.0.signed_at
    }
}

/// A person invited to a review team.
pub struct TeamMember(pub Member);

#[Object]
impl TeamMember {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn user(&self, ctx: &Context<'_>) -> ApiResult<UserView> {
        Ok(UserView(one(ctx, UserKey(self.0.user_id)).await?))
    }
    /// Their organisation when they were invited.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        Ok(Organisation(
            one(ctx, OrganisationKey(self.0.organisation_id)).await?,
        ))
    }
    async fn affiliation(&self) -> Affiliation {
        self.0.affiliation.into()
    }
    async fn role(&self) -> TeamRole {
        self.0.role.into()
    }
    async fn invitation(&self) -> InvitationStatus {
        self.0.invitation.into()
    }
    /// Gets the programme's pre-reading with the invitation.
    async fn first_time(&self) -> bool {
        self.0.first_time
    }
    /// Replaced by another member: no longer on the team, kept in the
    /// history.
    async fn replaced(&self) -> bool {
        self.0.replaced_by.is_some()
    }
    async fn replaced_by_member_id(&self) -> Option<Uuid> {
        self.0.replaced_by
    }
    async fn invited_at(&self) -> DateTime<Utc> {
        self.0.invited_at
    }
    async fn answered_at(&self) -> Option<DateTime<Utc>> {
        self.0.answered_at
    }
}

/// A conflict of interest about a member, e.g. a reciprocal review in the
/// same phase of a CI programme.
pub struct ConflictView(pub reviews::Conflict);

#[Object(name = "Conflict")]
impl ConflictView {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn member_id(&self) -> Uuid {
        self.0.member_id
    }
    /// The other review of the reciprocal pair.
    async fn other_review_id(&self) -> Option<Uuid> {
        self.0.other_review_id
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn dismissed(&self) -> bool {
        self.0.dismissed_at.is_some()
    }
    async fn dismissal_reason(&self) -> Option<&str> {
        self.0.dismissed_reason.as_deref()
    }
    async fn dismissed_at(&self) -> Option<DateTime<Utc>> {
        self.0.dismissed_at
    }
    async fn dismissed_by(&self, ctx: &Context<'_>) -> ApiResult<Option<UserView>> {
        match self.0.dismissed_by {
            Some(id) => Ok(maybe(ctx, UserKey(id)).await?.map(UserView)),
            None => Ok(None),
        }
    }
}

/// One page of a review's history, oldest first.
#[derive(SimpleObject)]
pub struct ReviewHistoryPage {
    pub items: Vec<ReviewEvent>,
    /// Entries in the whole history.
    pub total: i64,
    /// The number of the last entry on this page: pass it as `after` for
    /// the next page.
    pub end_cursor: Option<i32>,
    pub has_next_page: bool,
}

/// One change in a review's history.
pub struct ReviewEvent(pub EventRecord);

#[Object]
impl ReviewEvent {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// Its place in the history, from 1.
    async fn sequence(&self) -> i32 {
        self.0.seq
    }
    async fn kind(&self) -> ReviewEventKind {
        self.0.kind.into()
    }
    /// The command, for a transition (and `SCHEDULE` for scheduling).
    async fn command(&self) -> Option<ReviewCommand> {
        self.0.command.map(Into::into)
    }
    /// The state before, for a transition.
    async fn from_state(&self) -> Option<ReviewState> {
        self.0.from.map(Into::into)
    }
    /// The state entered, for the entries that set it (scheduling, import
    /// and transitions); null for changes that leave the state.
    async fn to_state(&self) -> Option<ReviewState> {
        self.0.kind.sets_state().then(|| self.0.to.into())
    }
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    /// What changed, in a sentence, e.g. "Added Ann Smith as a member".
    async fn summary(&self) -> String {
        history::summary(&self.0)
    }
    /// What changed, as data: the new focus, the person added and their
    /// role, whom a sign-off was for, … (`{}` when nothing more).
    async fn detail(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.detail.clone())
    }
    /// The person who made the change; null when no person did (the
    /// import of a published timetable: see `actorName`).
    async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<UserView>> {
        match self.0.actor.user_id() {
            Some(id) => Ok(maybe(ctx, UserKey(id)).await?.map(UserView)),
            None => Ok(None),
        }
    }
    /// Who made the change, as the history shows it: the person's name, or
    /// "Timetable import" for a review recorded from a published timetable.
    async fn actor_name(&self, ctx: &Context<'_>) -> ApiResult<String> {
        match self.0.actor {
            domain::lifecycle::EventActor::Person(id) => Ok(maybe(ctx, UserKey(id))
                .await?
                .map(|u| u.name)
                .unwrap_or_default()),
            domain::lifecycle::EventActor::Import => {
                Ok(domain::lifecycle::EventActor::IMPORT_LABEL.to_owned())
            }
        }
    }
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
    /// For an imported review: its externally published report.
    async fn report_url(&self) -> Option<&str> {
        self.0.report_url.as_deref()
    }
}

/// One page of reviews.
#[derive(SimpleObject)]
pub struct ReviewPage {
    pub items: Vec<ReviewView>,
    pub total: i64,
}

/// Which reviews to list; every field is optional.
#[derive(InputObject, Default)]
pub struct ReviewFilterInput {
    pub programme_id: Option<Uuid>,
    pub phase: Option<i32>,
    pub states: Option<Vec<ReviewState>>,
    pub host_id: Option<Uuid>,
    /// Part of the theme, any case.
    pub theme: Option<String>,
    /// The first month, inclusive.
    pub month_from: Option<MonthScalar>,
    /// The last month, inclusive.
    pub month_to: Option<MonthScalar>,
}

impl TryFrom<ReviewFilterInput> for ReviewFilter {
    type Error = ApiError;
    fn try_from(f: ReviewFilterInput) -> ApiResult<Self> {
        let filter = ReviewFilter {
            programme_id: f.programme_id,
            phase: f
                .phase
                .map(|p| {
                    u32::try_from(p)
                        .map_err(|_| ApiError::validation("phase", "Enter a phase number"))
                })
                .transpose()?,
            states: f
                .states
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            host_id: f.host_id,
            theme: domain::text::THEME_FILTER.parse_optional(f.theme.as_deref())?,
            month_from: f.month_from.map(|m| m.0),
            month_to: f.month_to.map(|m| m.0),
        };
        if let (Some(a), Some(b)) = (filter.month_from, filter.month_to) {
            if a > b {
                return Err(ApiError::validation(
                    "monthTo",
                    "The range ends before it starts",
                ));
            }
        }
        Ok(filter)
    }
}

#[derive(Default)]
pub struct ReviewQuery;

#[Object]
impl ReviewQuery {
    /// Reviews by month, filtered and paged (public: the timetable).
    async fn reviews(
        &self,
        ctx: &Context<'_>,
        filter: Option<ReviewFilterInput>,
        #[graphql(default = 0)] offset: i32,
        #[graphql(default = 50)] limit: i32,
    ) -> ApiResult<ReviewPage> {
        if offset < 0 {
            return Err(ApiError::validation("offset", "Offset must be 0 or more"));
        }
        if !(1..=200).contains(&limit) {
            return Err(ApiError::validation("limit", "Limit must be from 1 to 200"));
        }
        let filter = ReviewFilter::try_from(filter.unwrap_or_default())?;
        let app = ctx.data::<ApiContext>()?;
        let look_ahead = ctx.look_ahead();
        // No count unless the total is asked for.
        let with_total = look_ahead.field("total").exists();
        let (items, total) = reviews::reviews_page(
            app.store.conn(),
            &filter,
            offset as u64,
            limit as u64,
            with_total,
        )
        .await?;
        let signed_in = crate::auth::viewer(ctx).user.is_some();
        let wanted = crate::loaders::Wanted::of(look_ahead.field("items"), signed_in);
        crate::loaders::prime_reviews(ctx, &items, wanted).await?;
        Ok(ReviewPage {
            items: items.into_iter().map(ReviewView::new).collect(),
            total: total.unwrap_or(0) as i64,
        })
    }

    /// One review (public fields for anyone; the rest as the review
    /// allows).
    async fn review(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<ReviewView> {
        let app = ctx.data::<ApiContext>()?;
        let review = reviews::review(app.store.conn(), id).await?;
        // Everything the page asks for, read up front in a fixed order.
        let signed_in = crate::auth::viewer(ctx).user.is_some();
        let wanted = crate::loaders::Wanted::of(ctx.look_ahead(), signed_in);
        crate::loaders::prime_reviews(ctx, std::slice::from_ref(&review), wanted).await?;
        Ok(ReviewView::new(review))
    }
}

#[cfg(test)]
mod tests {
    use super::london_today;
    use chrono::{NaiveDate, TimeZone, Utc};

    #[test]
    fn today_is_the_london_date_so_a_summer_visit_starts_at_midnight_bst() {
        let late_utc = Utc.with_ymd_and_hms(2026, 6, 30, 23, 30, 0).unwrap();
        assert_eq!(
            london_today(late_utc),
            NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()
        );
        let winter = Utc.with_ymd_and_hms(2026, 1, 31, 23, 30, 0).unwrap();
        assert_eq!(
            london_today(winter),
            NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
        );
    }
}
