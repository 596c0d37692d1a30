//! Follow-up (issue 20): after publication the host acts on the published
//! areas for improvement, meets in follow-up sessions and records the
//! impact.
//!
//! The follow-up is one document per review ([`FollowUp`]): the published
//! areas for improvement (kept, marked superseded, when a correction
//! removes one that has actions), each area's actions with their progress
//! notes, or the recorded reason an area needs none; the two follow-up
//! sessions (proposed at publication plus 6 and 12 months, scheduled only
//! once saved); and the impact measures. Everything here is pure: the
//! store keeps the document, these functions decide who may change it and
//! what it becomes.
//!
//! - `impact.rs`: the change of an impact measure, in exact decimals.
//! - `rights.rs`: who may do what, and when.

mod impact;
mod rights;

#[cfg(test)]
mod tests;

pub use impact::*;
pub use rights::*;

use crate::lifecycle::{Actor, Decided, Event, EventKind, FollowUpFacts, OpenAction};
use crate::programme::Invalid;
use crate::text::Text;
use crate::visit::{long_date, WorkingCalendar};
use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};
use uuid::Uuid;

/// An action's description.
pub const ACTION_DESCRIPTION: Text = Text {
    field: "description",
    label: "action's description",
    max_chars: 2000,
    multiline: true,
};
/// A progress note.
pub const NOTE_TEXT: Text = Text {
    field: "text",
    label: "progress note",
    max_chars: 4000,
    multiline: true,
};
/// Why an area for improvement needs no action.
pub const NO_ACTION_REASON: Text = Text {
    field: "reason",
    label: "reason",
    max_chars: 1000,
    multiline: true,
};
/// A follow-up session's notes.
pub const SESSION_NOTES: Text = Text {
    field: "notes",
    label: "session notes",
    max_chars: 4000,
    multiline: true,
};
/// An impact measure's name, e.g. "Positive destinations".
pub const MEASURE_NAME: Text = Text {
    field: "name",
    label: "measure's name",
    max_chars: 200,
    multiline: false,
};
/// The learner group, e.g. "SIMD Q1".
pub const LEARNER_GROUP: Text = Text {
    field: "learnerGroup",
    label: "learner group",
    max_chars: 200,
    multiline: false,
};
/// The baseline's period, e.g. "2022-23".
pub const BASELINE_PERIOD: Text = Text {
    field: "baselinePeriod",
    label: "baseline period",
    max_chars: 50,
    multiline: false,
};
/// The later value's period.
pub const LATER_PERIOD: Text = Text {
    field: "laterPeriod",
    label: "later period",
    max_chars: 50,
    multiline: false,
};
/// Why a measure has no later value yet.
pub const NO_LATER_VALUE_REASON: Text = Text {
    field: "noLaterValueReason",
    label: "reason there is no later value",
    max_chars: 1000,
    multiline: true,
};
/// The most actions of one review.
pub const MAX_ACTIONS: usize = 200;
/// The most notes of one action.
pub const MAX_NOTES: usize = 200;
/// The most impact measures of one review.
pub const MAX_MEASURES: usize = 50;
/// The follow-up sessions: 1 at six months, 2 at twelve.
pub const SESSIONS: [u8; 2] = [1, 2];
/// An open action due within this many days (today included) is due soon.
pub const DUE_SOON_DAYS: i64 = 14;

/// Where an action stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum ActionStatus {
    Open,
    InProgress,
    Done,
    /// Carried into the authority's improvement plan.
    CarriedIntoPlan,
}

impl ActionStatus {
    /// Neither done nor carried into the plan.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::InProgress)
    }

    /// As the history says it.
    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in progress",
            ActionStatus::Done => "done",
            ActionStatus::CarriedIntoPlan => "carried into the improvement plan",
        }
    }

    /// The stored and GraphQL name.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::str::FromStr for ActionStatus {
    type Err = crate::lifecycle::UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        <ActionStatus as VariantArray>::VARIANTS
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| crate::lifecycle::UnknownName::new("action status", s))
    }
}

/// Who recorded something, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Recorded {
    pub reason: String,
    pub by: Uuid,
    pub at: DateTime<Utc>,
}

/// A published area for improvement (its id is the report item's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Area {
    pub item_id: Uuid,
    pub text: String,
    pub indicators: Vec<String>,
    /// Removed by a later correction of the report.
    pub superseded: bool,
    /// Why it needs no action, when recorded.
    pub no_action: Option<Recorded>,
}

/// A progress note of an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub id: Uuid,
    pub text: String,
    pub noted_on: NaiveDate,
    pub author: Uuid,
    pub created_at: DateTime<Utc>,
}

/// An action from an area for improvement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    pub id: Uuid,
    pub version: i32,
    pub area_item_id: Uuid,
    pub description: String,
    pub owner: Uuid,
    pub due_on: NaiveDate,
    pub status: ActionStatus,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub notes: Vec<Note>,
}

impl Action {
    /// Open and due before `today`.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.due_on < today
    }

    /// Open, not overdue, and due within [`DUE_SOON_DAYS`] of `today`.
    pub fn due_soon(&self, today: NaiveDate) -> bool {
        self.status.is_open()
            && self.due_on >= today
            && (self.due_on - today).num_days() < DUE_SOON_DAYS
    }
}

/// A follow-up session once someone touched it (saved it or wrote notes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionRecord {
    pub number: u8,
    /// The saved date: only then is the session scheduled.
    pub scheduled_on: Option<NaiveDate>,
    pub saved_by: Option<Uuid>,
    pub saved_at: Option<DateTime<Utc>>,
    pub notes: String,
    /// The calendar invitation's SEQUENCE: raised by every save after the
    /// first and by a cancellation.
    pub sequence: u32,
    /// Invitations were ever sent (a re-save raises the sequence).
    pub sent: bool,
}

/// An impact measure. Values are exact decimals kept as their text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Measure {
    pub id: Uuid,
    pub version: i32,
    #[serde(flatten)]
    pub values: MeasureValues,
    pub published: bool,
    pub recorded_by: Uuid,
    pub updated_at: DateTime<Utc>,
}

/// What a host user enters about a measure, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasureValues {
    pub name: String,
    pub learner_group: String,
    pub unit: ImpactUnit,
    pub baseline_value: rust_decimal::Decimal,
    pub baseline_period: String,
    pub later_value: Option<rust_decimal::Decimal>,
    pub later_period: Option<String>,
    pub no_later_value_reason: Option<String>,
}

impl MeasureValues {
    /// A measure from its input, every refusal listed with its field: a
    /// later value needs a baseline and its period, a reason excludes a
    /// later value, percentages lie within 0–100.
    #[allow(clippy::too_many_arguments)]
    pub fn parse(
        name: &str,
        learner_group: &str,
        unit: ImpactUnit,
        baseline_value: &str,
        baseline_period: &str,
        later_value: Option<&str>,
        later_period: Option<&str>,
        no_later_value_reason: Option<&str>,
    ) -> Result<Self, Vec<Invalid>> {
        let mut bad = Vec::new();
        let name = MEASURE_NAME.parse(name).map_err(|e| bad.push(e)).ok();
        let group = LEARNER_GROUP
            .parse(learner_group)
            .map_err(|e| bad.push(e))
            .ok();
        let later_raw = later_value.filter(|v| !v.trim().is_empty());
        let baseline = if baseline_value.trim().is_empty() {
            bad.push((
                "baselineValue",
                if later_raw.is_some() {
                    "Enter the baseline value before a later value".to_owned()
                } else {
                    "Enter the baseline value".to_owned()
                },
            ));
            None
        } else {
            parse_value("baselineValue", unit, baseline_value)
                .map_err(|e| bad.push(e))
                .ok()
        };
        let baseline_period = BASELINE_PERIOD
            .parse(baseline_period)
            .map_err(|e| bad.push(e))
            .ok();
        let later = later_raw.and_then(|v| {
            parse_value("laterValue", unit, v)
                .map_err(|e| bad.push(e))
                .ok()
        });
        let later_period = LATER_PERIOD
            .parse_optional(later_period)
            .map_err(|e| bad.push(e))
            .ok()
            .flatten();
        let reason = NO_LATER_VALUE_REASON
            .parse_optional(no_later_value_reason)
            .map_err(|e| bad.push(e))
            .ok()
            .flatten();
        if later_raw.is_some()
            && later_period.is_none()
            && !bad.iter().any(|b| b.0 == "laterPeriod")
        {
            bad.push(("laterPeriod", "Enter the period of the later value".into()));
        }
        if later_raw.is_none() && later_period.is_some() {
            bad.push(("laterValue", "Enter the later value for its period".into()));
        }
        if later_raw.is_some() && reason.is_some() {
            bad.push((
                "noLaterValueReason",
                "Give a reason only when there is no later value".into(),
            ));
        }
        match (name, group, baseline, baseline_period) {
            (Some(name), Some(learner_group), Some(baseline_value), Some(baseline_period))
                if bad.is_empty() =>
            {
                Ok(MeasureValues {
                    name,
                    learner_group,
                    unit,
                    baseline_value,
                    baseline_period,
                    later_value: later,
                    later_period,
                    no_later_value_reason: reason,
                })
            }
            _ => Err(bad),
        }
    }

    /// The change, when there is a later value.
    pub fn change(&self) -> Option<String> {
        self.later_value
            .map(|later| change(self.unit, self.baseline_value, later))
    }

    /// The change as reports state it, when there is a later value.
    pub fn change_text(&self) -> Option<String> {
        self.later_value
            .map(|later| change_text(self.unit, self.baseline_value, later))
    }

    /// Counts for closing: a later value or a reason why none.
    pub fn has_later_value_or_reason(&self) -> bool {
        self.later_value.is_some() || self.no_later_value_reason.is_some()
    }
}

/// A review's follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FollowUp {
    /// The first publication's date in Europe/London.
    pub published_on: NaiveDate,
    pub areas: Vec<Area>,
    pub actions: Vec<Action>,
    pub sessions: Vec<SessionRecord>,
    pub measures: Vec<Measure>,
}

/// A published area for improvement as the report holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedArea {
    pub item_id: Uuid,
    pub text: String,
    pub indicators: Vec<String>,
}

/// A checked action, as added or updated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFields {
    pub description: String,
    pub owner: Uuid,
    pub due_on: NaiveDate,
}

fn due_date(published_on: NaiveDate, due_on: NaiveDate) -> Result<NaiveDate, Invalid> {
    if due_on < published_on {
        return Err((
            "dueOn",
            format!(
                "The due date must be on or after the report's publication, {}",
                long_date(published_on)
            ),
        ));
    }
    if due_on.year() >= 2100 {
        return Err(("dueOn", "Enter a date before 2100".into()));
    }
    Ok(due_on)
}

impl ActionFields {
    /// The fields checked, every refusal listed: a description, an owner
    /// among `possible_owners` (the host authorities' users), a due date
    /// not before publication.
    pub fn parse(
        follow_up: &FollowUp,
        description: &str,
        owner: Uuid,
        due_on: NaiveDate,
        possible_owners: &[Uuid],
    ) -> Result<Self, Vec<Invalid>> {
        let mut bad = Vec::new();
        let description = ACTION_DESCRIPTION
            .parse(description)
            .map_err(|e| bad.push(e))
            .ok();
        if !possible_owners.contains(&owner) {
            bad.push((
                "ownerId",
                "The owner must be a user of a host authority of this review".into(),
            ));
        }
        let due = due_date(follow_up.published_on, due_on)
            .map_err(|e| bad.push(e))
            .ok();
        match (description, due) {
            (Some(description), Some(due_on)) if bad.is_empty() => Ok(ActionFields {
                description,
                owner,
                due_on,
            }),
            _ => Err(bad),
        }
    }
}

/// What an edit of the document changed, for the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Change {
    ActionAdded {
        action_id: Uuid,
        description: String,
    },
    ActionUpdated {
        action_id: Uuid,
        description: String,
        status_from: ActionStatus,
        status_to: ActionStatus,
    },
    NoteAdded {
        action_id: Uuid,
        note_id: Uuid,
        description: String,
    },
    NoActionReason {
        item_id: Uuid,
        recorded: bool,
    },
    SessionScheduled {
        number: u8,
        on: NaiveDate,
    },
    SessionCancelled {
        number: u8,
        on: NaiveDate,
    },
    SessionNotes {
        number: u8,
    },
    MeasureRecorded {
        measure_id: Uuid,
        name: String,
        added: bool,
    },
    MeasurePublished {
        measure_id: Uuid,
        name: String,
        published: bool,
    },
}

fn excerpt(text: &str) -> String {
    let mut short: String = text.chars().take(80).collect();
    if text.chars().count() > 80 {
        short.push('…');
    }
    short.replace(['\n', '\r', '\t'], " ")
}

fn session_name(number: u8) -> &'static str {
    if number == 1 {
        "the six-month follow-up session"
    } else {
        "the twelve-month follow-up session"
    }
}

impl Change {
    /// Whether the change touches what reminders depend on: an action (its
    /// owner, due day or status) or a session's day. Such a change
    /// reschedules the review's reminders in its transaction.
    pub fn moves_reminders(&self) -> bool {
        match self {
            Change::ActionAdded { .. }
            | Change::ActionUpdated { .. }
            | Change::SessionScheduled { .. }
            | Change::SessionCancelled { .. } => true,
            Change::NoteAdded { .. }
            | Change::NoActionReason { .. }
            | Change::SessionNotes { .. }
            | Change::MeasureRecorded { .. }
            | Change::MeasurePublished { .. } => false,
        }
    }

    /// The history entry's kind.
    pub fn kind(&self) -> EventKind {
        match self {
            Change::ActionAdded { .. } => EventKind::FollowUpActionAdded,
            Change::ActionUpdated { .. } => EventKind::FollowUpActionUpdated,
            Change::NoteAdded { .. } => EventKind::FollowUpNoteAdded,
            Change::NoActionReason { .. } => EventKind::FollowUpNoActionReason,
            Change::SessionScheduled { .. } => EventKind::FollowUpSessionScheduled,
            Change::SessionCancelled { .. } => EventKind::FollowUpSessionCancelled,
            Change::SessionNotes { .. } => EventKind::FollowUpSessionNotes,
            Change::MeasureRecorded { .. } => EventKind::ImpactMeasureRecorded,
            Change::MeasurePublished { .. } => EventKind::ImpactMeasurePublished,
        }
    }

    /// What happened, in a sentence.
    pub fn summary(&self) -> String {
        match self {
            Change::ActionAdded { description, .. } => {
                format!("Added a follow-up action: “{}”", excerpt(description))
            }
            Change::ActionUpdated {
                description,
                status_from,
                status_to,
                ..
            } if status_from != status_to => format!(
                "Marked the action “{}” {} (was {})",
                excerpt(description),
                status_to.label(),
                status_from.label()
            ),
            Change::ActionUpdated { description, .. } => {
                format!("Changed the action “{}”", excerpt(description))
            }
            Change::NoteAdded { description, .. } => format!(
                "Added a progress note to the action “{}”",
                excerpt(description)
            ),
            Change::NoActionReason { recorded: true, .. } => {
                "Recorded why an area for improvement needs no action".into()
            }
            Change::NoActionReason { .. } => {
                "Cleared the reason an area for improvement needs no action".into()
            }
            Change::SessionScheduled { number, on } => {
                format!("Scheduled {} on {}", session_name(*number), long_date(*on))
            }
            Change::SessionCancelled { number, on } => {
                format!("Cancelled {} on {}", session_name(*number), long_date(*on))
            }
            Change::SessionNotes { number } => {
                format!("Wrote the notes of {}", session_name(*number))
            }
            Change::MeasureRecorded {
                name, added: true, ..
            } => format!("Added the impact measure “{}”", excerpt(name)),
            Change::MeasureRecorded { name, .. } => {
                format!("Changed the impact measure “{}”", excerpt(name))
            }
            Change::MeasurePublished {
                name,
                published: true,
                ..
            } => format!(
                "Marked the impact measure “{}” for publication with the report",
                excerpt(name)
            ),
            Change::MeasurePublished { name, .. } => format!(
                "Withdrew the impact measure “{}” from the published report",
                excerpt(name)
            ),
        }
    }

    /// As data for the history, with its sentence.
    pub fn detail(&self) -> serde_json::Value {
        let mut detail = serde_json::to_value(self).unwrap_or_else(|_| serde_json::json!({}));
        let mut out = serde_json::Map::new();
        if let serde_json::Value::Object(outer) = &mut detail {
            // {"actionAdded": {...}} -> {...} with "change": "ACTION_ADDED".
            if let Some((name, inner)) = outer.iter().next() {
                if let serde_json::Value::Object(fields) = inner {
                    out.extend(fields.clone());
                }
                let mut upper = String::new();
                for c in name.chars() {
                    if c.is_ascii_uppercase() {
                        upper.push('_');
                    }
                    upper.push(c.to_ascii_uppercase());
                }
                out.insert("change".into(), serde_json::Value::String(upper));
            }
        }
        out.insert("summary".into(), serde_json::Value::String(self.summary()));
        serde_json::Value::Object(out)
    }
}

/// The history event of a follow-up change (the caller authorised it).
pub fn decide_follow_up_event(actor: &Actor, change: Change, now: DateTime<Utc>) -> Decided {
    Decided::new(Event::FollowUpChanged {
        change,
        actor: actor.user_id,
        at: now,
    })
}

/// A refusal of an edit: bad input (field, sentence), a stale version, or
/// something that is not there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    Invalid(Vec<Invalid>),
    Stale,
    NotFound(&'static str),
}

impl From<Vec<Invalid>> for EditError {
    fn from(v: Vec<Invalid>) -> Self {
        EditError::Invalid(v)
    }
}

impl From<Invalid> for EditError {
    fn from(v: Invalid) -> Self {
        EditError::Invalid(vec![v])
    }
}

impl FollowUp {
    /// A follow-up at the first publication, with its areas.
    pub fn new(published_on: NaiveDate, areas: &[PublishedArea]) -> Self {
        let mut f = FollowUp {
            published_on,
            areas: Vec::new(),
            actions: Vec::new(),
            sessions: Vec::new(),
            measures: Vec::new(),
        };
        f.sync_areas(areas);
        f
    }

    /// After a version is published: its areas become the current ones
    /// (their text updated), and areas it no longer has are kept, marked
    /// superseded, with their actions.
    pub fn sync_areas(&mut self, published: &[PublishedArea]) {
        for area in &mut self.areas {
            area.superseded = !published.iter().any(|p| p.item_id == area.item_id);
        }
        let mut ordered = Vec::new();
        for p in published {
            let kept = self.areas.iter().find(|a| a.item_id == p.item_id);
            ordered.push(Area {
                item_id: p.item_id,
                text: p.text.clone(),
                indicators: p.indicators.clone(),
                superseded: false,
                no_action: kept.and_then(|a| a.no_action.clone()),
            });
        }
        ordered.extend(self.areas.iter().filter(|a| a.superseded).cloned());
        self.areas = ordered;
    }

    /// The area an item id names.
    pub fn area(&self, item_id: Uuid) -> Option<&Area> {
        self.areas.iter().find(|a| a.item_id == item_id)
    }

    /// The areas shown: the current ones, and superseded ones with actions.
    pub fn shown_areas(&self) -> impl Iterator<Item = &Area> {
        self.areas
            .iter()
            .filter(|a| !a.superseded || self.action_count(a.item_id) > 0)
    }

    /// The actions from an area.
    pub fn action_count(&self, item_id: Uuid) -> usize {
        self.actions
            .iter()
            .filter(|x| x.area_item_id == item_id)
            .count()
    }

    /// An action by id.
    pub fn action(&self, id: Uuid) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// The facts `beginFollowUp` and `close` need.
    pub fn facts(&self) -> FollowUpFacts {
        FollowUpFacts {
            areas_without_action_or_reason: self
                .areas
                .iter()
                .filter(|a| !a.superseded && a.no_action.is_none())
                .filter(|a| self.action_count(a.item_id) == 0)
                .count() as u32,
            sessions_scheduled: self
                .sessions
                .iter()
                .filter(|s| s.scheduled_on.is_some())
                .count() as u32,
            actions_open: self.actions.iter().filter(|a| a.status.is_open()).count() as u32,
            impact_measures_with_later_value_or_reason: self
                .measures
                .iter()
                .filter(|m| m.values.has_later_value_or_reason())
                .count() as u32,
            open_actions: self
                .actions
                .iter()
                .filter(|a| a.status.is_open())
                .map(|a| OpenAction {
                    owner: a.owner,
                    due_on: a.due_on,
                })
                .collect(),
        }
    }

    /// Adds an action from a current area.
    pub fn add_action(
        &mut self,
        area_item_id: Uuid,
        fields: ActionFields,
        by: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Change, EditError> {
        match self.area(area_item_id) {
            Some(a) if !a.superseded => {}
            _ => {
                return Err(EditError::from((
                    "areaItemId",
                    "Choose an area for improvement of the published report".to_owned(),
                )))
            }
        }
        if self.actions.len() >= MAX_ACTIONS {
            return Err(EditError::from((
                "areaItemId",
                format!("A review has at most {MAX_ACTIONS} actions"),
            )));
        }
        let id = Uuid::now_v7();
        self.actions.push(Action {
            id,
            version: 1,
            area_item_id,
            description: fields.description.clone(),
            owner: fields.owner,
            due_on: fields.due_on,
            status: ActionStatus::Open,
            created_by: by,
            created_at: now,
            updated_at: now,
            notes: Vec::new(),
        });
        Ok(Change::ActionAdded {
            action_id: id,
            description: fields.description,
        })
    }

    /// Updates an action at `version`.
    pub fn update_action(
        &mut self,
        id: Uuid,
        version: i32,
        fields: ActionFields,
        status: ActionStatus,
        now: DateTime<Utc>,
    ) -> Result<Change, EditError> {
        let action = self
            .actions
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(EditError::NotFound("No such action."))?;
        if action.version != version {
            return Err(EditError::Stale);
        }
        let from = action.status;
        action.description = fields.description;
        action.owner = fields.owner;
        action.due_on = fields.due_on;
        action.status = status;
        action.version += 1;
        action.updated_at = now;
        Ok(Change::ActionUpdated {
            action_id: id,
            description: action.description.clone(),
            status_from: from,
            status_to: status,
        })
    }

    /// Adds a dated progress note to an action: dated today unless
    /// `noted_on` says otherwise, never in the future nor before
    /// publication.
    pub fn add_note(
        &mut self,
        action_id: Uuid,
        text: &str,
        noted_on: Option<NaiveDate>,
        by: Uuid,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<(Uuid, Change), EditError> {
        let published_on = self.published_on;
        let action = self
            .actions
            .iter_mut()
            .find(|a| a.id == action_id)
            .ok_or(EditError::NotFound("No such action."))?;
        let mut bad = Vec::new();
        let text = NOTE_TEXT.parse(text).map_err(|e| bad.push(e)).ok();
        let on = noted_on.unwrap_or(today);
        if on > today {
            bad.push((
                "notedOn",
                "The note's date must not be in the future".into(),
            ));
        } else if on < published_on {
            bad.push((
                "notedOn",
                format!(
                    "The note's date must be on or after the report's publication, {}",
                    long_date(published_on)
                ),
            ));
        }
        if action.notes.len() >= MAX_NOTES {
            bad.push(("text", format!("An action has at most {MAX_NOTES} notes")));
        }
        let Some(text) = text.filter(|_| bad.is_empty()) else {
            return Err(EditError::Invalid(bad));
        };
        let id = Uuid::now_v7();
        action.notes.push(Note {
            id,
            text,
            noted_on: on,
            author: by,
            created_at: now,
        });
        action.updated_at = now;
        Ok((
            id,
            Change::NoteAdded {
                action_id,
                note_id: id,
                description: action.description.clone(),
            },
        ))
    }

    /// The action holding a note.
    pub fn action_of_note(&self, note_id: Uuid) -> Option<&Action> {
        self.actions
            .iter()
            .find(|a| a.notes.iter().any(|n| n.id == note_id))
    }

    /// Records (or, with `None`, clears) why a current area needs no
    /// action.
    pub fn set_no_action_reason(
        &mut self,
        item_id: Uuid,
        reason: Option<&str>,
        by: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Change, EditError> {
        let reason = NO_ACTION_REASON.parse_optional(reason)?;
        let area = self
            .areas
            .iter_mut()
            .find(|a| a.item_id == item_id && !a.superseded)
            .ok_or_else(|| {
                EditError::from((
                    "itemId",
                    "Choose an area for improvement of the published report".to_owned(),
                ))
            })?;
        let recorded = reason.is_some();
        area.no_action = reason.map(|reason| Recorded {
            reason,
            by,
            at: now,
        });
        Ok(Change::NoActionReason { item_id, recorded })
    }

    /// The date session `number` is proposed for: publication plus 6 (or
    /// 12) months, moved to the next working day.
    pub fn proposed_on(&self, number: u8, calendar: &WorkingCalendar) -> NaiveDate {
        let months = if number == 1 { 6 } else { 12 };
        let target = self
            .published_on
            .checked_add_months(Months::new(months))
            .unwrap_or(self.published_on);
        target
            .iter_days()
            .take(366)
            .find(|d| calendar.is_working_day(*d))
            .unwrap_or(target)
    }

    /// The record of session `number`, if touched.
    pub fn session(&self, number: u8) -> Option<&SessionRecord> {
        self.sessions.iter().find(|s| s.number == number)
    }

    fn session_mut(&mut self, number: u8) -> Result<&mut SessionRecord, EditError> {
        if !SESSIONS.contains(&number) {
            return Err(EditError::from((
                "number",
                "A review has follow-up sessions 1 and 2".to_owned(),
            )));
        }
        if self.session(number).is_none() {
            self.sessions.push(SessionRecord {
                number,
                scheduled_on: None,
                saved_by: None,
                saved_at: None,
                notes: String::new(),
                sequence: 0,
                sent: false,
            });
            self.sessions.sort_by_key(|s| s.number);
        }
        self.sessions
            .iter_mut()
            .find(|s| s.number == number)
            .ok_or(EditError::NotFound("No such session."))
    }

    /// Saves session `number` on `date`: a working day, not before
    /// publication. A re-save raises the invitation's sequence.
    pub fn schedule_session(
        &mut self,
        number: u8,
        date: NaiveDate,
        calendar: &WorkingCalendar,
        by: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Change, EditError> {
        let published_on = self.published_on;
        let session = self.session_mut(number)?;
        if date < published_on {
            return Err(EditError::from((
                "date",
                format!(
                    "A follow-up session must be on or after the report's publication, {}",
                    long_date(published_on)
                ),
            )));
        }
        if date.year() >= 2100 {
            return Err(EditError::from((
                "date",
                "Enter a date before 2100".to_owned(),
            )));
        }
        if let Some(off) = calendar.day_off(date) {
            return Err(EditError::from(("date", off.sentence(date))));
        }
        if session.sent {
            session.sequence += 1;
        }
        session.sent = true;
        session.scheduled_on = Some(date);
        session.saved_by = Some(by);
        session.saved_at = Some(now);
        Ok(Change::SessionScheduled { number, on: date })
    }

    /// Takes a saved session back to proposed; its invitations are
    /// cancelled with a raised sequence.
    pub fn cancel_session(&mut self, number: u8) -> Result<Change, EditError> {
        let session = self.session_mut(number)?;
        let Some(on) = session.scheduled_on else {
            return Err(EditError::from((
                "number",
                "This follow-up session is not scheduled".to_owned(),
            )));
        };
        session.sequence += 1;
        session.scheduled_on = None;
        session.saved_by = None;
        session.saved_at = None;
        Ok(Change::SessionCancelled { number, on })
    }

    /// Replaces a session's notes.
    pub fn set_session_notes(&mut self, number: u8, notes: &str) -> Result<Change, EditError> {
        SESSION_NOTES.check(notes)?;
        let session = self.session_mut(number)?;
        session.notes = notes.trim().to_owned();
        Ok(Change::SessionNotes { number })
    }

    /// Adds an impact measure.
    pub fn add_measure(
        &mut self,
        values: MeasureValues,
        by: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Change, EditError> {
        if self.measures.len() >= MAX_MEASURES {
            return Err(EditError::from((
                "name",
                format!("A review has at most {MAX_MEASURES} impact measures"),
            )));
        }
        let id = Uuid::now_v7();
        let name = values.name.clone();
        self.measures.push(Measure {
            id,
            version: 1,
            values,
            published: false,
            recorded_by: by,
            updated_at: now,
        });
        Ok(Change::MeasureRecorded {
            measure_id: id,
            name,
            added: true,
        })
    }

    fn measure_mut(&mut self, id: Uuid, version: i32) -> Result<&mut Measure, EditError> {
        let m = self
            .measures
            .iter_mut()
            .find(|m| m.id == id)
            .ok_or(EditError::NotFound("No such impact measure."))?;
        if m.version != version {
            return Err(EditError::Stale);
        }
        Ok(m)
    }

    /// Replaces a measure's values at `version`.
    pub fn update_measure(
        &mut self,
        id: Uuid,
        version: i32,
        values: MeasureValues,
        by: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Change, EditError> {
        let m = self.measure_mut(id, version)?;
        m.values = values;
        m.version += 1;
        m.recorded_by = by;
        m.updated_at = now;
        Ok(Change::MeasureRecorded {
            measure_id: id,
            name: m.values.name.clone(),
            added: false,
        })
    }

    /// Marks a measure for publication with the report, or not.
    pub fn publish_measure(
        &mut self,
        id: Uuid,
        version: i32,
        published: bool,
        now: DateTime<Utc>,
    ) -> Result<Change, EditError> {
        let m = self.measure_mut(id, version)?;
        m.published = published;
        m.version += 1;
        m.updated_at = now;
        Ok(Change::MeasurePublished {
            measure_id: id,
            name: m.values.name.clone(),
            published,
        })
    }

    /// The measures public with the report.
    pub fn public_measures(&self) -> impl Iterator<Item = &Measure> {
        self.measures.iter().filter(|m| m.published)
    }
}
