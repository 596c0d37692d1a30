//! Reminders by email: a programme's reminder policy (programme officers),
//! and each person's upcoming reminders and the kinds they turned off.

use crate::auth::{require_programme_officer, require_user};
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use async_graphql::{Context, Enum, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use domain::reminder::{self as rm, ReminderRule};
use store::reminders as stored;
use uuid::Uuid;

/// The most upcoming reminders one answer lists.
const MAX_UPCOMING: u64 = 100;

/// What a reminder is about.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ReminderKind {
    /// A review team invitation not answered (cannot be turned off).
    InvitationUnanswered,
    /// The self-evaluation is due before the first visit day.
    SelfEvaluationDue,
    /// The visit starts soon.
    VisitStarting,
    /// The report draft is due after the visit.
    ReportDraftDue,
    /// The factual-accuracy check of the shared draft is still open.
    FactualAccuracyOpen,
    /// A follow-up action is due soon (calendar days before its due day).
    ActionDue,
    /// A follow-up action is overdue: repeated every so many days.
    ActionOverdue,
    /// A follow-up action long overdue, to the host lead (cannot be turned
    /// off).
    ActionEscalation,
    /// A follow-up session is coming.
    FollowUpSession,
}

impl From<ReminderKind> for rm::ReminderKind {
    fn from(k: ReminderKind) -> Self {
        match k {
            ReminderKind::InvitationUnanswered => rm::ReminderKind::InvitationUnanswered,
            ReminderKind::SelfEvaluationDue => rm::ReminderKind::SelfEvaluationDue,
            ReminderKind::VisitStarting => rm::ReminderKind::VisitStarting,
            ReminderKind::ReportDraftDue => rm::ReminderKind::ReportDraftDue,
            ReminderKind::FactualAccuracyOpen => rm::ReminderKind::FactualAccuracyOpen,
            ReminderKind::ActionDue => rm::ReminderKind::ActionDue,
            ReminderKind::ActionOverdue => rm::ReminderKind::ActionOverdue,
            ReminderKind::ActionEscalation => rm::ReminderKind::ActionEscalation,
            ReminderKind::FollowUpSession => rm::ReminderKind::FollowUpSession,
        }
    }
}

impl From<rm::ReminderKind> for ReminderKind {
    fn from(k: rm::ReminderKind) -> Self {
        match k {
            rm::ReminderKind::InvitationUnanswered => ReminderKind::InvitationUnanswered,
            rm::ReminderKind::SelfEvaluationDue => ReminderKind::SelfEvaluationDue,
            rm::ReminderKind::VisitStarting => ReminderKind::VisitStarting,
            rm::ReminderKind::ReportDraftDue => ReminderKind::ReportDraftDue,
            rm::ReminderKind::FactualAccuracyOpen => ReminderKind::FactualAccuracyOpen,
            rm::ReminderKind::ActionDue => ReminderKind::ActionDue,
            rm::ReminderKind::ActionOverdue => ReminderKind::ActionOverdue,
            rm::ReminderKind::ActionEscalation => ReminderKind::ActionEscalation,
            rm::ReminderKind::FollowUpSession => ReminderKind::FollowUpSession,
        }
    }
}

/// Whether a kind's offsets count before or after its day.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ReminderAnchor {
    Before,
    After,
}

/// What a kind's offsets count.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ReminderUnit {
    /// Weekends, Scotland's bank holidays and blackout dates left out.
    WorkingDays,
    /// Calendar days.
    Days,
}

/// One kind's rule in a programme's policy.
#[derive(SimpleObject)]
pub struct ReminderPolicyRule {
    pub kind: ReminderKind,
    /// What it reminds of, in words.
    pub label: String,
    /// Days before or after the day it is about, largest first; for a
    /// repeated kind, its one offset is the days between reminders.
    pub offsets: Vec<i32>,
    pub unit: ReminderUnit,
    /// Repeated while its cause lasts (one offset: the interval).
    pub repeats: bool,
    pub anchor: ReminderAnchor,
    /// The programme has not changed this kind.
    pub is_default: bool,
    pub default_offsets: Vec<i32>,
    /// Escalations and invitations cannot be turned off by their recipients.
    pub essential: bool,
}

fn rules(policy: &rm::ReminderPolicy) -> Vec<ReminderPolicyRule> {
    rm::ReminderKind::ALL
        .into_iter()
        .map(|k| ReminderPolicyRule {
            kind: k.into(),
            label: k.label().into(),
            offsets: policy.rule(k).offsets,
            unit: match k.unit() {
                rm::Unit::WorkingDays => ReminderUnit::WorkingDays,
                rm::Unit::Days => ReminderUnit::Days,
            },
            repeats: k.repeats(),
            anchor: match k.anchor() {
                rm::Anchor::Before => ReminderAnchor::Before,
                rm::Anchor::After => ReminderAnchor::After,
            },
            is_default: policy.is_default(k),
            default_offsets: k.default_offsets().to_vec(),
            essential: k.essential(),
        })
        .collect()
}

/// A reminder still to come.
#[derive(SimpleObject)]
pub struct UpcomingReminder {
    pub id: Uuid,
    pub review_id: Uuid,
    /// The review, by its host authorities ("Fife and Angus").
    pub review_name: String,
    /// The follow-up action it is about, by its description (action
    /// reminders only).
    pub action: Option<String>,
    /// Where to act on it: the review's page or tab.
    pub path: String,
    pub kind: ReminderKind,
    pub label: String,
    /// When it goes out (in the 08:00–18:00 window of a working day).
    pub due_at: DateTime<Utc>,
    /// The day it is about.
    pub about_day: NaiveDate,
    /// Why it will be sent.
    pub why: String,
    /// Off: the person turned this kind off, so it will not be sent.
    pub wanted: bool,
}

/// One kind of reminder as a person has set it.
#[derive(SimpleObject)]
pub struct ReminderSetting {
    pub kind: ReminderKind,
    pub label: String,
    pub wanted: bool,
    /// Cannot be turned off.
    pub essential: bool,
}

async fn settings_of(app: &ApiContext, user: Uuid) -> ApiResult<Vec<ReminderSetting>> {
    let off = stored::opt_outs_of(app.store.conn(), user).await?;
    Ok(rm::ReminderKind::ALL
        .into_iter()
        .map(|k| ReminderSetting {
            kind: k.into(),
            label: k.label().into(),
            wanted: k.essential() || !off.contains(&k),
            essential: k.essential(),
        })
        .collect())
}

#[derive(Default)]
pub struct ReminderQuery;

#[Object]
impl ReminderQuery {
    /// A programme's reminder policy, every kind with its offsets.
    /// Programme officers only.
    async fn reminder_policy(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
    ) -> ApiResult<Vec<ReminderPolicyRule>> {
        require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        store::programme::programme(app.store.conn(), programme_id).await?;
        let policy = stored::policy_of(app.store.conn(), programme_id).await?;
        Ok(rules(&policy))
    }

    /// The signed-in person's reminders still to come, soonest first (at
    /// most 100).
    async fn my_reminders(&self, ctx: &Context<'_>) -> ApiResult<Vec<UpcomingReminder>> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let off = stored::opt_outs_of(app.store.conn(), user.id()).await?;
        let rows = stored::upcoming_of(app.store.conn(), user.id(), MAX_UPCOMING).await?;
        let described = stored::describe(app.store.conn(), &rows).await?;
        Ok(rows
            .into_iter()
            .map(|r| UpcomingReminder {
                id: r.id,
                review_id: r.review_id,
                review_name: described
                    .reviews
                    .get(&r.review_id)
                    .cloned()
                    .unwrap_or_default(),
                action: (r.subject_id != r.review_id)
                    .then(|| described.actions.get(&r.subject_id).cloned())
                    .flatten(),
                path: r.kind.path(r.review_id),
                kind: r.kind.into(),
                label: r.kind.label().into(),
                due_at: r.due_at,
                about_day: r.anchor_day,
                why: r
                    .kind
                    .why(r.offset, &domain::visit::long_date(r.anchor_day)),
                wanted: r.kind.essential() || !off.contains(&r.kind),
            })
            .collect())
    }

    /// Which kinds of reminder the signed-in person receives.
    async fn my_reminder_settings(&self, ctx: &Context<'_>) -> ApiResult<Vec<ReminderSetting>> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        settings_of(app, user.id()).await
    }
}

#[derive(Default)]
pub struct ReminderMutation;

#[Object]
impl ReminderMutation {
    /// Sets one kind's offsets in a programme's policy (`useDefault` to go
    /// back to the default), and reschedules the programme's pending
    /// reminders in the same transaction. Offsets are working days, each
    /// 0 to 200, at most 5, none twice. Programme officers only.
    async fn set_reminder_policy(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
        kind: ReminderKind,
        #[graphql(validator(max_items = 20))] offsets: Vec<i32>,
        use_default: Option<bool>,
    ) -> ApiResult<Vec<ReminderPolicyRule>> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let rule = if use_default.unwrap_or(false) {
            None
        } else {
            Some(
                ReminderRule::parse(kind.into(), &offsets).map_err(|(field, message)| {
                    ApiError::Invalid(vec![(field.to_owned(), message)])
                })?,
            )
        };
        let txn = app.store.begin().await?;
        stored::set_policy(
            &txn,
            programme_id,
            kind.into(),
            rule.as_ref(),
            officer.user().id(),
            app.clock.now(),
        )
        .await?;
        let policy = stored::policy_of(&txn, programme_id).await?;
        store::commit(txn).await?;
        Ok(rules(&policy))
    }

    /// Turns a kind of reminder on or off for the signed-in person.
    /// Invitations and escalations cannot be turned off (`VALIDATION` on
    /// `kind`).
    async fn set_reminder_wanted(
        &self,
        ctx: &Context<'_>,
        kind: ReminderKind,
        wanted: bool,
    ) -> ApiResult<Vec<ReminderSetting>> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        stored::set_wanted(
            app.store.conn(),
            user.id(),
            kind.into(),
            wanted,
            app.clock.now(),
        )
        .await
        .map_err(|e| match e {
            store::StoreError::Validation { field, message } => {
                ApiError::Invalid(vec![(field, message)])
            }
            other => other.into(),
        })?;
        settings_of(app, user.id()).await
    }
}
