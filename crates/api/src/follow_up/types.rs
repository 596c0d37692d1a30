//! The GraphQL types of follow-up (the contract of issue 20,
//! FOLLOWUP-CONTRACT.md). Decimal values cross as strings.

use crate::review::{ReviewState, UnmetGuard};
use crate::self_evaluation::PersonName;
use async_graphql::{Enum, InputObject, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// Where an action stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::follow_up::ActionStatus")]
pub enum FollowUpActionStatus {
    Open,
    InProgress,
    Done,
    /// Carried into the authority's improvement plan.
    CarriedIntoPlan,
}

/// An impact measure's unit: a percentage (0–100) or a count (whole, >= 0).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::follow_up::ImpactUnit")]
pub enum ImpactUnit {
    Percent,
    Count,
}

/// A review's follow-up, for its private audience.
#[derive(SimpleObject)]
pub struct FollowUp {
    pub review_id: Uuid,
    /// The review's version (for beginFollowUp / closeReview).
    pub review_version: i32,
    pub state: ReviewState,
    /// The first publication's date (Europe/London): due dates may not be
    /// before it.
    pub published_on: NaiveDate,
    /// The published report's current areas for improvement (in report
    /// order), then areas removed by a later correction that still have
    /// actions (superseded: true).
    pub areas: Vec<FollowUpArea>,
    /// Every action, ordered by due date then creation.
    pub actions: Vec<FollowUpAction>,
    /// Always two: number 1 (publication + 6 months) and 2 (+ 12 months).
    pub sessions: Vec<FollowUpSession>,
    pub impact_measures: Vec<ImpactMeasure>,
    /// The users of the host authorities (active accounts), who may own an
    /// action.
    pub possible_owners: Vec<PersonName>,
    /// Actions neither DONE nor CARRIED_INTO_PLAN.
    pub actions_open: i32,
    /// Open actions whose due date is before today.
    pub actions_overdue: i32,
    /// Host leads and host users, while REPORT_PUBLISHED or FOLLOW_UP: add
    /// actions, record "no action needed" reasons, update any action, add
    /// notes. (An action's owner may always update it: see
    /// FollowUpAction.canUpdate.)
    pub can_manage_actions: bool,
    /// Host leads and programme officers, while REPORT_PUBLISHED or
    /// FOLLOW_UP.
    pub can_schedule_sessions: bool,
    /// Host leads, host users and programme officers, while
    /// REPORT_PUBLISHED or FOLLOW_UP.
    pub can_write_session_notes: bool,
    /// Host users and host leads, while REPORT_PUBLISHED or FOLLOW_UP.
    pub can_record_measures: bool,
    /// Host leads, while REPORT_PUBLISHED or FOLLOW_UP.
    pub can_publish_measures: bool,
    /// The caller may make beginFollowUp (host lead or programme officer,
    /// state REPORT_PUBLISHED), whether or not its guards hold; see
    /// unmetToBegin.
    pub can_begin_follow_up: bool,
    /// The caller may make closeReview (programme officer, state
    /// FOLLOW_UP).
    pub can_close: bool,
    /// The guards of beginFollowUp not met now (empty when it would pass,
    /// and in other states than REPORT_PUBLISHED).
    pub unmet_to_begin: Vec<UnmetGuard>,
    /// The guards of closeReview not met now (empty when it would pass,
    /// and in other states than FOLLOW_UP).
    pub unmet_to_close: Vec<UnmetGuard>,
}

/// A published area for improvement and what follow-up it has.
#[derive(SimpleObject)]
pub struct FollowUpArea {
    /// The report item's id (stable across versions and corrections).
    pub item_id: Uuid,
    pub text: String,
    pub indicators: Vec<String>,
    /// Removed by a later correction: kept because it has actions.
    pub superseded: bool,
    /// Why it needs no action, when recorded (then it needs no action).
    pub no_action_reason: Option<String>,
    pub no_action_reason_by: Option<PersonName>,
    pub no_action_reason_at: Option<DateTime<Utc>>,
    /// Number of actions from this area.
    pub action_count: i32,
}

/// An action from an area for improvement.
#[derive(SimpleObject)]
pub struct FollowUpAction {
    pub id: Uuid,
    /// Raised by every update; updates take it (stale: CONFLICT).
    pub version: i32,
    /// The area for improvement it comes from.
    pub area_item_id: Uuid,
    pub area_text: String,
    /// The area was removed by a later correction of the report.
    pub from_superseded_version: bool,
    pub description: String,
    pub owner: PersonName,
    pub due_on: NaiveDate,
    pub status: FollowUpActionStatus,
    /// Open (OPEN or IN_PROGRESS) and dueOn before today.
    pub overdue: bool,
    /// Open and due within the next 14 days (today included), not overdue.
    pub due_soon: bool,
    pub created_by: PersonName,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Oldest first.
    pub notes: Vec<FollowUpNote>,
    /// The caller may update it and add notes (host lead/user, or its
    /// owner), in REPORT_PUBLISHED or FOLLOW_UP.
    pub can_update: bool,
}

/// A dated progress note of an action.
#[derive(SimpleObject)]
pub struct FollowUpNote {
    pub id: Uuid,
    pub text: String,
    /// The day the progress is recorded for (Europe/London).
    pub noted_on: NaiveDate,
    pub author: PersonName,
    pub created_at: DateTime<Utc>,
    pub attachments: Vec<FollowUpAttachment>,
}

/// A document attached to a progress note.
#[derive(SimpleObject)]
pub struct FollowUpAttachment {
    pub id: Uuid,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub summary: Option<String>,
    /// GET it here (signed in, the follow-up's audience): /attachments/{id}.
    pub url: String,
}

/// One of the two follow-up sessions.
#[derive(SimpleObject)]
pub struct FollowUpSession {
    /// 1 (six months) or 2 (twelve months).
    pub number: i32,
    /// Publication + 6 / + 12 months, moved to the next working day
    /// (Mon–Fri, not a Scottish bank holiday, not a host blackout date).
    pub proposed_on: NaiveDate,
    /// The saved date: null while only proposed. Only saved sessions count
    /// as scheduled.
    pub scheduled_on: Option<NaiveDate>,
    pub scheduled: bool,
    pub saved_by: Option<PersonName>,
    pub saved_at: Option<DateTime<Utc>>,
    /// The session's notes (0..=4000 characters).
    pub notes: String,
    /// The calendar invitation's SEQUENCE (raised by every re-save and
    /// cancellation).
    pub sequence: i32,
}

/// An impact measure, for the review's private audience.
#[derive(SimpleObject)]
pub struct ImpactMeasure {
    pub id: Uuid,
    pub version: i32,
    /// e.g. "Positive destinations".
    pub name: String,
    /// e.g. "All pupils", "SIMD Q1", "ASN", "Looked-after children".
    pub learner_group: String,
    pub unit: ImpactUnit,
    /// Decimal as a string, e.g. "93.2".
    pub baseline_value: String,
    /// e.g. "2022-23".
    pub baseline_period: String,
    pub later_value: Option<String>,
    pub later_period: Option<String>,
    /// Why there is no later value, when recorded.
    pub no_later_value_reason: Option<String>,
    /// laterValue − baselineValue, exact, rounded half away from zero to
    /// one decimal for PERCENT, whole for COUNT, with its sign: "+2.5",
    /// "-0.2", "0.0".
    pub change: Option<String>,
    /// As reports state it: "+2.5 percentage points" (PERCENT), "+12"
    /// (COUNT).
    pub change_text: Option<String>,
    /// Marked for publication by a host lead: shown on the
    /// PublishedReport.
    pub published: bool,
    pub recorded_by: PersonName,
    pub updated_at: DateTime<Utc>,
}

/// An impact measure as shown with the public report.
#[derive(SimpleObject)]
pub struct PublicImpactMeasure {
    pub name: String,
    pub learner_group: String,
    pub unit: ImpactUnit,
    pub baseline_value: String,
    pub baseline_period: String,
    pub later_value: Option<String>,
    pub later_period: Option<String>,
    pub change: Option<String>,
    pub change_text: Option<String>,
}

/// A new action.
#[derive(InputObject, Clone)]
pub struct FollowUpActionInput {
    /// A current published area for improvement of this review.
    pub area_item_id: Uuid,
    /// 1..=2000 characters, trimmed.
    pub description: String,
    /// A user of one of the review's host authorities.
    pub owner_id: Uuid,
    /// Not before FollowUp.publishedOn; before 2100.
    pub due_on: NaiveDate,
}

/// An action's new content.
#[derive(InputObject, Clone)]
pub struct FollowUpActionUpdateInput {
    pub description: String,
    pub owner_id: Uuid,
    pub due_on: NaiveDate,
    pub status: FollowUpActionStatus,
}

/// A progress note.
#[derive(InputObject, Clone)]
pub struct FollowUpNoteInput {
    /// 1..=4000 characters, trimmed.
    pub text: String,
    /// Null: today. Not in the future, not before publication.
    pub noted_on: Option<NaiveDate>,
}

/// An impact measure as a host user enters it.
#[derive(InputObject, Clone)]
pub struct ImpactMeasureInput {
    /// 1..=200 characters.
    pub name: String,
    /// 1..=200 characters.
    pub learner_group: String,
    pub unit: ImpactUnit,
    /// Decimal string, at most 2 decimal places; PERCENT 0..=100, COUNT
    /// whole 0..=1000000000.
    pub baseline_value: String,
    /// 1..=50 characters.
    pub baseline_period: String,
    /// Needs a baseline (always required) and laterPeriod.
    pub later_value: Option<String>,
    pub later_period: Option<String>,
    /// 0..=1000 characters; only when laterValue is null.
    pub no_later_value_reason: Option<String>,
}
