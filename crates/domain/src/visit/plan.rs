//! The visit plan: its dates (the programme's number of consecutive
//! working days, in the review's target month) and its sessions (on a
//! visit day, no member in two sessions at once), and the host's contacts.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};
use uuid::Uuid;

use super::calendar::WorkingCalendar;
use super::long_date;
use crate::programme::{Invalid, Month};
use crate::text::Text;

/// The most dates a request may name (no programme visits longer).
pub const MAX_VISIT_DAYS: usize = 10;
/// The most sessions one visit may hold.
pub const MAX_SESSIONS: usize = 60;
/// The most team members assigned to one session.
pub const MAX_SESSION_MEMBERS: usize = 30;
/// The most host contacts one review may hold.
pub const MAX_CONTACTS: usize = 100;
/// Where a session takes place.
pub const PLACE: Text = Text {
    field: "place",
    label: "place",
    max_chars: 300,
    multiline: false,
};
/// The most places one review may hold.
pub const MAX_PLACES: usize = 50;
/// A place's name, as the host records it.
pub const PLACE_NAME: Text = Text {
    field: "name",
    label: "place's name",
    max_chars: 300,
    multiline: false,
};
/// A place's address.
pub const PLACE_ADDRESS: Text = Text {
    field: "address",
    label: "address",
    max_chars: 500,
    multiline: false,
};
/// A host contact's role, e.g. "Headteacher, Leith Academy".
pub const CONTACT_ROLE: Text = Text {
    field: "role",
    label: "role",
    max_chars: 200,
    multiline: false,
};

/// The visit's days, checked: sorted, consecutive working days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitDates(Vec<NaiveDate>);

impl VisitDates {
    /// The days, earliest first.
    pub fn days(&self) -> &[NaiveDate] {
        &self.0
    }

    /// Checks the days a team lead or programme officer entered: exactly
    /// `length` of them, each a working day (a clash names the date and its
    /// reason), consecutive working days, in the review's target `month`.
    /// Every problem found is in the one message.
    pub fn parse(
        days: &[NaiveDate],
        length: u32,
        month: Month,
        calendar: &WorkingCalendar,
    ) -> Result<Self, Invalid> {
        if days.len() > MAX_VISIT_DAYS {
            return Err(("days", format!("A visit has at most {MAX_VISIT_DAYS} days")));
        }
        let mut sorted = days.to_vec();
        sorted.sort();
        sorted.dedup();
        if sorted.len() != days.len() {
            return Err(("days", "Each visit day must be given once".to_owned()));
        }
        let mut problems: Vec<String> = sorted
            .iter()
            .filter_map(|d| calendar.day_off(*d).map(|off| off.sentence(*d)))
            .collect();
        if sorted.len() != length as usize {
            problems.push(format!(
                "The programme's visits last {length} working days; {} given.",
                match sorted.len() {
                    1 => "1 day was".to_owned(),
                    n => format!("{n} days were"),
                }
            ));
        }
        for pair in sorted.windows(2) {
            if let Some(skipped) = calendar.working_days_between(pair[0], pair[1]).first() {
                problems.push(format!(
                    "The visit days must be consecutive working days, but {} is a working day \
                     between {} and {}.",
                    long_date(*skipped),
                    long_date(pair[0]),
                    long_date(pair[1])
                ));
            }
        }
        let outside: Vec<String> = sorted
            .iter()
            .filter(|d| Month::of(**d) != month)
            .map(|d| long_date(*d))
            .collect();
        if !outside.is_empty() {
            problems.push(format!(
                "{} {} outside the review's month, {}. Only a programme officer can move the \
                 review to another month, by rescheduling it on the timetable.",
                outside.join(", "),
                if outside.len() == 1 { "is" } else { "are" },
                month.label()
            ));
        }
        if problems.is_empty() {
            Ok(VisitDates(sorted))
        } else {
            Err(("days", problems.join(" ")))
        }
    }
}

/// What a session is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum SessionKind {
    /// A focus group with people of one group.
    FocusGroup,
    /// A meeting.
    Meeting,
    /// Observing practice.
    Observation,
    /// The team deliberating on its own.
    TeamDeliberation,
    /// Feedback to the host.
    Feedback,
}

/// Whom a session meets.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum Audience {
    Headteachers,
    Practitioners,
    Partners,
    YoungPeople,
    Parents,
    Officers,
}

macro_rules! stored_name {
    ($ty:ty, $what:literal) => {
        impl $ty {
            /// The stored name, e.g. `FOCUS_GROUP`.
            pub fn as_str(self) -> &'static str {
                self.into()
            }
        }

        impl std::str::FromStr for $ty {
            type Err = crate::lifecycle::UnknownName;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty>::VARIANTS
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| crate::lifecycle::UnknownName::new($what, s))
            }
        }
    };
}
stored_name!(SessionKind, "session kind");
stored_name!(Audience, "audience");

impl SessionKind {
    /// As people read it, e.g. "Focus group".
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::FocusGroup => "Focus group",
            SessionKind::Meeting => "Meeting",
            SessionKind::Observation => "Observation",
            SessionKind::TeamDeliberation => "Team deliberation",
            SessionKind::Feedback => "Feedback to the host",
        }
    }
}

impl Audience {
    /// As people read it, e.g. "young people".
    pub fn label(self) -> &'static str {
        match self {
            Audience::Headteachers => "headteachers",
            Audience::Practitioners => "practitioners",
            Audience::Partners => "partners",
            Audience::YoungPeople => "young people",
            Audience::Parents => "parents",
            Audience::Officers => "officers",
        }
    }
}

/// One session of the visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    /// Its id (kept across edits).
    pub id: Uuid,
    /// The visit day it is on.
    pub day: NaiveDate,
    /// When it starts, London time.
    pub starts_at: NaiveTime,
    /// When it ends, London time.
    pub ends_at: NaiveTime,
    /// What it is.
    pub kind: SessionKind,
    /// Whom it meets, in the order given, each once.
    pub audiences: Vec<Audience>,
    /// Where, if known.
    pub place: Option<String>,
    /// The team members assigned, by user id.
    pub members: Vec<Uuid>,
}

impl Session {
    /// "Monday 1 March 2027, 09:30–11:00, Focus group".
    pub fn summary(&self) -> String {
        format!(
            "{}, {}–{}, {}",
            long_date(self.day),
            self.starts_at.format("%H:%M"),
            self.ends_at.format("%H:%M"),
            self.kind.label()
        )
    }

    fn overlaps(&self, other: &Session) -> bool {
        self.day == other.day && self.starts_at < other.ends_at && other.starts_at < self.ends_at
    }
}

/// A team member who may be assigned to sessions: accepted and current.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignable {
    /// Their user id.
    pub user_id: Uuid,
    /// Their name, for messages.
    pub name: String,
}

/// Checks a new or edited session against the plan: on a visit day, ending
/// after it starts, whom it meets and its members each given once, only
/// accepted members assigned, and none of them in another session at the
/// same time. `others` are the plan's other sessions (the edited one left
/// out). Every problem found is listed.
pub fn check_session(
    session: &Session,
    days: &[NaiveDate],
    others: &[Session],
    team: &[Assignable],
) -> Result<(), Invalid> {
    if others.len() >= MAX_SESSIONS {
        return Err((
            "day",
            format!("A visit has at most {MAX_SESSIONS} sessions"),
        ));
    }
    if session.members.len() > MAX_SESSION_MEMBERS {
        return Err((
            "members",
            format!("A session has at most {MAX_SESSION_MEMBERS} team members"),
        ));
    }
    let mut problems: Vec<(&'static str, String)> = Vec::new();
    if days.is_empty() {
        problems.push((
            "day",
            "The visit dates are not set yet; set them before adding sessions.".to_owned(),
        ));
    } else if !days.contains(&session.day) {
        problems.push((
            "day",
            format!(
                "{} is not a visit day; the visit is on {}.",
                long_date(session.day),
                days.iter()
                    .map(|d| long_date(*d))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    if session.ends_at <= session.starts_at {
        problems.push((
            "endsAt",
            format!(
                "The session must end after it starts ({}).",
                session.starts_at.format("%H:%M")
            ),
        ));
    }
    if has_repeats(&session.audiences) {
        problems.push(("audiences", "Name each group met once.".to_owned()));
    }
    if has_repeats(&session.members) {
        problems.push(("members", "Assign each team member once.".to_owned()));
    }
    let name = |id: &Uuid| team.iter().find(|m| m.user_id == *id).map(|m| &m.name);
    for member in &session.members {
        match name(member) {
            None => problems.push((
                "members",
                format!("{member} is not a team member who has accepted a place on this review."),
            )),
            Some(name) => {
                for other in others.iter().filter(|o| o.members.contains(member)) {
                    if session.overlaps(other) {
                        problems.push((
                            "members",
                            format!(
                                "{name} is already in another session at that time ({}).",
                                other.summary()
                            ),
                        ));
                    }
                }
            }
        }
    }
    match problems.first() {
        None => Ok(()),
        Some((field, _)) => Err((
            field,
            problems
                .iter()
                .map(|(_, m)| m.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )),
    }
}

fn has_repeats<T: PartialEq>(items: &[T]) -> bool {
    items
        .iter()
        .enumerate()
        .any(|(i, a)| items[..i].contains(a))
}

/// The sessions on days a new set of dates leaves out: a change of dates
/// that would strand them is refused, naming them, so nothing is lost.
pub fn stranded_sessions(new_days: &[NaiveDate], sessions: &[Session]) -> Result<(), Invalid> {
    let stranded: Vec<String> = sessions
        .iter()
        .filter(|s| !new_days.contains(&s.day))
        .map(Session::summary)
        .collect();
    if stranded.is_empty() {
        Ok(())
    } else {
        Err((
            "days",
            format!(
                "Move or remove the sessions on the days left out first: {}.",
                stranded.join("; ")
            ),
        ))
    }
}

/// A host contact: someone the host invites to a session or, later, to the
/// participant survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// Their role, e.g. "Headteacher, Leith Academy".
    pub role: String,
    /// Their name.
    pub name: String,
    /// Their email address.
    pub email: crate::identity::EmailAddress,
}

impl Contact {
    /// A contact from its input, each field bounded.
    pub fn parse(role: &str, name: &str, email: &str) -> Result<Self, Invalid> {
        let role = CONTACT_ROLE.parse(role)?;
        let name = crate::text::PERSON_NAME.parse_collapsed(name)?;
        crate::text::EMAIL.check(email)?;
        let email = crate::identity::EmailAddress::parse(email).map_err(|m| ("email", m))?;
        Ok(Contact { role, name, email })
    }
}
