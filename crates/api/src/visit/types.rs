//! The visit plan's GraphQL types: output objects wrapping domain values,
//! and the inputs, parsed once into the domain's types.

use crate::error::{ApiError, ApiResult};
use crate::month::MonthScalar;
use crate::self_evaluation::PersonName;
use async_graphql::{Enum, InputObject, SimpleObject};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use domain::visit as v;
use uuid::Uuid;

/// What a session is.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::visit::SessionKind")]
pub enum SessionKind {
    FocusGroup,
    Meeting,
    Observation,
    TeamDeliberation,
    /// Feedback to the host.
    Feedback,
}

/// Whom a session meets.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::visit::Audience")]
pub enum Audience {
    Headteachers,
    Practitioners,
    Partners,
    YoungPeople,
    Parents,
    Officers,
}

/// One session of the visit.
#[derive(SimpleObject)]
pub struct VisitSession {
    pub id: Uuid,
    pub day: NaiveDate,
    /// `HH:MM`, London time.
    pub starts_at: String,
    /// `HH:MM`, London time.
    pub ends_at: String,
    pub kind: SessionKind,
    pub audiences: Vec<Audience>,
    pub place: Option<String>,
    /// The team members assigned, with their names.
    pub members: Vec<PersonName>,
}

impl VisitSession {
    pub(crate) fn of(s: &v::Session, name: impl Fn(Uuid) -> String) -> Self {
        VisitSession {
            id: s.id,
            day: s.day,
            starts_at: s.starts_at.format("%H:%M").to_string(),
            ends_at: s.ends_at.format("%H:%M").to_string(),
            kind: s.kind.into(),
            audiences: s.audiences.iter().map(|a| (*a).into()).collect(),
            place: s.place.clone(),
            members: s
                .members
                .iter()
                .map(|id| PersonName {
                    id: *id,
                    name: name(*id),
                })
                .collect(),
        }
    }
}

/// A host contact.
#[derive(SimpleObject)]
pub struct HostContact {
    pub id: Uuid,
    pub role: String,
    pub name: String,
    pub email: String,
}

/// A place the visit uses.
#[derive(SimpleObject)]
pub struct VisitPlace {
    pub id: Uuid,
    pub name: String,
    pub address: Option<String>,
}

/// A date or range of dates an authority cannot host a visit.
#[derive(SimpleObject)]
pub struct BlackoutDate {
    pub id: Uuid,
    pub authority_id: Uuid,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub reason: String,
}

impl From<store::visit::StoredBlackout> for BlackoutDate {
    fn from(b: store::visit::StoredBlackout) -> Self {
        BlackoutDate {
            id: b.id,
            authority_id: b.authority_id,
            first_day: b.blackout.first_day,
            last_day: b.blackout.last_day,
            reason: b.blackout.reason,
        }
    }
}

/// A date that is not a working day in the review's month, and why.
#[derive(SimpleObject)]
pub struct DayOff {
    pub date: NaiveDate,
    /// E.g. "Monday 8 March 2027 is a blackout date of City of Edinburgh
    /// Council: In-service day."
    pub reason: String,
}

/// A review's visit plan and the calendar it is made on.
#[derive(SimpleObject)]
pub struct VisitPlan {
    pub review_id: Uuid,
    /// The review's version: send it with the next change of the plan.
    pub review_version: i32,
    /// The review's target month: the visit falls in it.
    pub target_month: MonthScalar,
    /// The programme's number of visit days.
    pub length_days: i32,
    /// The visit days, earliest first (empty until set).
    pub days: Vec<NaiveDate>,
    /// Raised on every change of the plan (the calendar invitations'
    /// `SEQUENCE`).
    pub sequence: i32,
    /// When the agenda was first mailed to the host's contacts.
    pub shared_at: Option<DateTime<Utc>>,
    /// By day and time.
    pub sessions: Vec<VisitSession>,
    /// The host's contacts: for host users and programme officers; null
    /// for the team.
    pub contacts: Option<Vec<HostContact>>,
    pub places: Vec<VisitPlace>,
    /// The working days of the target month.
    pub working_days: Vec<NaiveDate>,
    /// The weekdays of the target month that are not working days (bank
    /// holidays and the hosts' blackout dates), each with why.
    pub days_off: Vec<DayOff>,
    /// Team members who may be assigned to sessions (accepted, current).
    pub assignable: Vec<PersonName>,
    /// The viewer may set the dates and sessions now.
    pub can_plan: bool,
    /// The viewer may record the host's contacts and places now.
    pub can_record_contacts: bool,
}

/// A session as entered.
#[derive(InputObject)]
pub struct VisitSessionInput {
    /// One of the visit days.
    pub day: NaiveDate,
    /// `HH:MM`, London time.
    pub starts_at: String,
    /// `HH:MM`, London time; after `startsAt`.
    pub ends_at: String,
    pub kind: SessionKind,
    /// Whom it meets; each at most once.
    pub audiences: Vec<Audience>,
    pub place: Option<String>,
    /// Accepted team members, at most 30.
    pub member_ids: Vec<Uuid>,
}

fn time(field: &'static str, raw: &str) -> ApiResult<NaiveTime> {
    let bad = || ApiError::validation(field, "Enter a time as HH:MM, e.g. 09:30");
    if raw.len() > 5 {
        return Err(bad());
    }
    NaiveTime::parse_from_str(raw.trim(), "%H:%M").map_err(|_| bad())
}

impl VisitSessionInput {
    /// The session, with `id`, its texts and lists bounded.
    pub(crate) fn parse(self, id: Uuid) -> ApiResult<v::Session> {
        if self.audiences.len() > 6 {
            return Err(ApiError::validation(
                "audiences",
                "Name each group met once.",
            ));
        }
        if self.member_ids.len() > v::MAX_SESSION_MEMBERS {
            return Err(ApiError::validation(
                "members",
                format!(
                    "A session has at most {} team members",
                    v::MAX_SESSION_MEMBERS
                ),
            ));
        }
        Ok(v::Session {
            id,
            day: self.day,
            starts_at: time("startsAt", &self.starts_at)?,
            ends_at: time("endsAt", &self.ends_at)?,
            kind: self.kind.into(),
            audiences: self.audiences.into_iter().map(Into::into).collect(),
            place: v::PLACE.parse_optional(self.place.as_deref())?,
            members: self.member_ids,
        })
    }
}

/// A host contact as entered.
#[derive(InputObject)]
pub struct HostContactInput {
    /// E.g. "Headteacher, Leith Academy".
    pub role: String,
    pub name: String,
    pub email: String,
}

/// A place as entered.
#[derive(InputObject)]
pub struct VisitPlaceInput {
    pub name: String,
    pub address: Option<String>,
}

/// A blackout as entered: one date, or a range when `lastDay` is given.
#[derive(InputObject)]
pub struct BlackoutDateInput {
    pub first_day: NaiveDate,
    pub last_day: Option<NaiveDate>,
    /// Why, e.g. "In-service day".
    pub reason: String,
}
