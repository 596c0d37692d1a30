//! What the signed-in person has to do, across every review they take part
//! in (`me { tasks }`), and the list of those reviews (`me { reviews }`).
//! Both are the person's own: asked of anyone else they are `FORBIDDEN`.
//!
//! The tasks come from the domain (`lifecycle::tasks`), on the guards'
//! facts about every open review where the person can have one (those they
//! take part in; for a programme officer also those within the office's
//! reach, `lifecycle::officer_reach`), read in a constant number of
//! statements (`store::review::mine`), so no task is missed however many
//! reviews the database holds, and the reviews that need nothing from an
//! officer now are not read.

use super::{london_today, ReviewCommand, ReviewPage, ReviewView};
use crate::auth::{require_user, SessionUser};
use crate::error::{ApiError, ApiResult};
use crate::loaders::{loader, HostsOf, OrganisationKey, ProgrammeKey, TeamOf};
use crate::ApiContext;
use async_graphql::{Context, Enum, Object};
use chrono::NaiveDate;
use domain::lifecycle as lc;
use store::review::mine::{self, Participant};
use store::review::Review;

/// What a task asks of the person.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum TaskKind {
    /// Accept or decline an invitation to a review team.
    AnswerInvitation,
    /// Set the focus's theme and key questions.
    SetFocus,
    /// Sign off the focus, for a host authority or for the programme.
    SignOffFocus,
    /// Invite members until the programme's composition rules hold.
    CompleteTeam,
    /// Replace a member who declined.
    ReplaceDeclinedMember,
    /// Resolve a conflict of interest about the team.
    ResolveConflict,
    /// Complete the self-evaluation (host users, at TEAM_FORMED).
    CompleteSelfEvaluation,
    /// Record the team's view of the submitted self-evaluation.
    RecordTeamView,
    /// Set the visit's dates and sessions (the team lead).
    PlanVisit,
    /// Record blackout dates and the visit's contacts and places (the host).
    RecordVisitContacts,
    /// Record findings during the visit (accepted team members).
    RecordFindings,
    /// Agree the team's findings during the visit (the team lead).
    AgreeFindings,
    /// Answer the host's factual-accuracy comments on the draft report
    /// (the team lead).
    AnswerReportComments,
    /// Check the shared draft report's factual accuracy (host users and
    /// leads).
    CheckFactualAccuracy,
    /// Approve the current draft report (host leads, a programme officer).
    ApproveReport,
    /// Create actions from the published areas for improvement (host users
    /// and leads, at REPORT_PUBLISHED).
    CreateFollowUpActions,
    /// Update an action of yours due within two weeks or overdue (its
    /// owner); `due` is the earliest such action's due date.
    UpdateFollowUpAction,
    /// Save the dates of the follow-up sessions (host leads, programme
    /// officers).
    ScheduleFollowUpSessions,
    /// Make the command that moves the review forward (see `command`).
    Command,
}

/// One thing the signed-in person has to do on a review: offered only when
/// they may do it and the review's state and guards allow it.
pub struct Task {
    task: lc::Task,
    review: Review,
}

impl Task {
    fn kind_of(&self) -> TaskKind {
        match self.task.kind {
            lc::TaskKind::AnswerInvitation => TaskKind::AnswerInvitation,
            lc::TaskKind::SetFocus => TaskKind::SetFocus,
            lc::TaskKind::SignOffFocus => TaskKind::SignOffFocus,
            lc::TaskKind::CompleteTeam => TaskKind::CompleteTeam,
            lc::TaskKind::ReplaceDeclinedMember => TaskKind::ReplaceDeclinedMember,
            lc::TaskKind::ResolveConflict => TaskKind::ResolveConflict,
            lc::TaskKind::CompleteSelfEvaluation => TaskKind::CompleteSelfEvaluation,
            lc::TaskKind::RecordTeamView => TaskKind::RecordTeamView,
            lc::TaskKind::PlanVisit => TaskKind::PlanVisit,
            lc::TaskKind::RecordVisitContacts => TaskKind::RecordVisitContacts,
            lc::TaskKind::RecordFindings => TaskKind::RecordFindings,
            lc::TaskKind::AgreeFindings => TaskKind::AgreeFindings,
            lc::TaskKind::AnswerReportComments => TaskKind::AnswerReportComments,
            lc::TaskKind::CheckFactualAccuracy => TaskKind::CheckFactualAccuracy,
            lc::TaskKind::ApproveReport => TaskKind::ApproveReport,
            lc::TaskKind::CreateFollowUpActions => TaskKind::CreateFollowUpActions,
            lc::TaskKind::UpdateFollowUpAction => TaskKind::UpdateFollowUpAction,
            lc::TaskKind::ScheduleFollowUpSessions => TaskKind::ScheduleFollowUpSessions,
            lc::TaskKind::Command(_) => TaskKind::Command,
        }
    }
}

#[Object]
impl Task {
    /// Stable while the task is open: the kind and the review.
    async fn id(&self) -> String {
        let kind = match self.task.kind {
            lc::TaskKind::Command(command) => command.as_str().to_owned(),
            _ => format!("{:?}", self.kind_of()),
        };
        format!("{kind}-{}", self.review.id)
    }
    async fn kind(&self) -> TaskKind {
        self.kind_of()
    }
    /// For a `COMMAND` task, the command to make.
    async fn command(&self) -> Option<ReviewCommand> {
        match self.task.kind {
            lc::TaskKind::Command(command) => Some(command.into()),
            _ => None,
        }
    }
    /// What to do, e.g. "Sign off the focus".
    async fn title(&self) -> String {
        match self.task.kind {
            lc::TaskKind::AnswerInvitation => "Answer the invitation to join the team".into(),
            lc::TaskKind::SetFocus => "Set the focus".into(),
            lc::TaskKind::SignOffFocus => "Sign off the focus".into(),
            lc::TaskKind::CompleteTeam => "Complete the team".into(),
            lc::TaskKind::ReplaceDeclinedMember => "Replace a member who declined".into(),
            lc::TaskKind::ResolveConflict => "Resolve a conflict of interest".into(),
            lc::TaskKind::CompleteSelfEvaluation => "Complete the self-evaluation".into(),
            lc::TaskKind::RecordTeamView => "Record the team's view".into(),
            lc::TaskKind::PlanVisit => "Plan the visit".into(),
            lc::TaskKind::RecordVisitContacts => "Record blackout dates and contacts".into(),
            lc::TaskKind::RecordFindings => "Record findings".into(),
            lc::TaskKind::AgreeFindings => "Agree the findings".into(),
            lc::TaskKind::AnswerReportComments => "Answer factual-accuracy comments".into(),
            lc::TaskKind::CheckFactualAccuracy => "Check factual accuracy".into(),
            lc::TaskKind::ApproveReport => "Approve the draft report".into(),
            lc::TaskKind::CreateFollowUpActions => "Create actions".into(),
            lc::TaskKind::UpdateFollowUpAction => "Update an action due soon".into(),
            lc::TaskKind::ScheduleFollowUpSessions => "Schedule the follow-up sessions".into(),
            lc::TaskKind::Command(command) => command.label().into(),
        }
    }
    /// Where it stands, in a sentence.
    async fn detail(&self) -> &str {
        &self.task.detail
    }
    /// When it is due: before the visit, the first day of the review's
    /// month; null when no date binds it.
    async fn due(&self) -> Option<NaiveDate> {
        self.task.due
    }
    /// The page of the review where it is done, e.g. `/reviews/<id>/focus`.
    async fn path(&self) -> String {
        let view = match self.task.page {
            lc::TaskPage::Overview => "",
            lc::TaskPage::Focus => "/focus",
            lc::TaskPage::Team => "/team",
            lc::TaskPage::SelfEvaluation => "/self-evaluation",
            lc::TaskPage::TeamView => "/team-view",
            lc::TaskPage::Visit => "/visit",
            lc::TaskPage::Findings => "/findings",
            lc::TaskPage::Report => "/report",
            lc::TaskPage::FollowUp => "/follow-up",
        };
        format!("/reviews/{}{view}", self.review.id)
    }
    /// The review it is about.
    async fn review(&self) -> ReviewView {
        ReviewView::new(self.review.clone())
    }
}

/// The signed-in person, when `id` is theirs; `FORBIDDEN` for anyone
/// else's tasks or reviews.
fn own<'a>(ctx: &Context<'a>, id: uuid::Uuid, what: &str) -> ApiResult<&'a SessionUser> {
    let user = require_user(ctx)?;
    if user.id() == id {
        Ok(user)
    } else {
        Err(ApiError::Forbidden(format!(
            "Only the person themselves can see their {what}."
        )))
    }
}

fn participant(user: &SessionUser) -> Participant {
    let person = user.person();
    Participant {
        user_id: person.user_id,
        authority_id: person.authority_id,
        programme_officer: person.programme_officer,
    }
}

/// The person's open tasks across every review they take part in, soonest
/// month first.
pub(crate) async fn tasks_of(ctx: &Context<'_>, id: uuid::Uuid) -> ApiResult<Option<Vec<Task>>> {
    let user = own(ctx, id, "tasks")?;
    let app = ctx.data::<ApiContext>()?;
    let open = mine::open_reviews(app.store.conn(), &participant(user)).await?;
    // The review fields a task list shows read nothing more.
    let loader = loader(ctx)?;
    loader
        .feed_many(
            open.hosts
                .values()
                .flatten()
                .map(|h| (OrganisationKey(h.authority.id), h.authority.clone())),
        )
        .await;
    loader
        .feed_many(
            open.programmes
                .iter()
                .map(|p| (ProgrammeKey(p.id), p.clone())),
        )
        .await;
    loader
        .feed_many(open.reviews.iter().map(|(r, _)| {
            (
                HostsOf(r.id),
                open.hosts.get(&r.id).cloned().unwrap_or_default(),
            )
        }))
        .await;
    loader
        .feed_many(open.reviews.iter().map(|(r, _)| {
            (
                TeamOf::to_decide_access(r.id),
                open.members.get(&r.id).cloned().unwrap_or_default(),
            )
        }))
        .await;
    let now = app.clock.now();
    let today = london_today(now);
    let person = user.person();
    let mut found = Vec::new();
    for (review, facts) in &open.reviews {
        let hosts: Vec<uuid::Uuid> = facts.hosts.iter().map(|h| h.authority_id).collect();
        let accepted = open
            .members
            .get(&review.id)
            .into_iter()
            .flatten()
            .find(|m| {
                m.user_id == person.user_id
                    && m.is_current()
                    && m.invitation == lc::InvitationStatus::Accepted
            })
            .map(|m| m.role);
        let actor = lc::actor_on(&person, &hosts, accepted);
        let month: NaiveDate = review.target_month.first_day();
        for task in lc::tasks(facts, &actor, month, now, today) {
            found.push(Task {
                task,
                review: review.clone(),
            });
        }
    }
    Ok(Some(found))
}

/// A page of the reviews the person takes part in (hosted by their
/// authority, on their team; every review for a programme officer), newest
/// month first.
pub(crate) async fn reviews_of(
    ctx: &Context<'_>,
    id: uuid::Uuid,
    offset: i32,
    limit: i32,
) -> ApiResult<Option<ReviewPage>> {
    let user = own(ctx, id, "reviews")?;
    if offset < 0 {
        return Err(ApiError::validation("offset", "Offset must be 0 or more"));
    }
    if !(1..=200).contains(&limit) {
        return Err(ApiError::validation("limit", "Limit must be from 1 to 200"));
    }
    let app = ctx.data::<ApiContext>()?;
    let look_ahead = ctx.look_ahead();
    let with_total = look_ahead.field("total").exists();
    let (items, total) = mine::reviews_page(
        app.store.conn(),
        &participant(user),
        offset as u64,
        limit as u64,
        with_total,
    )
    .await?;
    let wanted = crate::loaders::Wanted::of(look_ahead.field("items"), true);
    crate::loaders::prime_reviews(ctx, &items, wanted).await?;
    Ok(Some(ReviewPage {
        items: items.into_iter().map(ReviewView::new).collect(),
        total: total.unwrap_or(0) as i64,
    }))
}
