//! The visit as an iCalendar object (RFC 5545, with RFC 5546's methods):
//! one `VEVENT` per visit day, its sessions in the description, a `UID`
//! stable per review and day, the plan's `SEQUENCE` (raised on every
//! change), times in Europe/London with its `VTIMEZONE`, and `METHOD`
//! `REQUEST` for the days planned or `CANCEL` for days removed or a visit
//! called off.
//!
//! The events and their properties are built with the `icalendar` crate.
//! It has no time-zone component yet (its generic components always gain a
//! `DTSTAMP` and a `UID`, which a `VTIMEZONE` may not have), so the one
//! Europe/London definition below is inserted before the first event.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use domain::visit::{long_date, Session};
use icalendar::{Calendar, CalendarDateTime, Component, EventLike, EventStatus, Property};
use uuid::Uuid;

/// The time zone the visit's times are in.
pub const TZID: &str = "Europe/London";

/// Europe/London since 1996: GMT from the last Sunday of October, BST
/// from the last Sunday of March, both at 01:00 UTC.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/London\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0000\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:BST\r\n\
DTSTART:19810329T010000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0000\r\n\
TZNAME:GMT\r\n\
DTSTART:19961027T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// Whether the calendar asks to add or update the days, or to cancel them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Request,
    Cancel,
}

/// What a visit calendar is made of.
pub struct VisitCalendar<'a> {
    pub review_id: Uuid,
    /// The host authority or authorities, e.g. "City of Edinburgh".
    pub host: &'a str,
    /// All the visit's days (for "day 2 of 3").
    pub all_days: &'a [NaiveDate],
    /// The days this calendar is about.
    pub days: &'a [NaiveDate],
    pub sessions: &'a [Session],
    pub sequence: u32,
    /// Who organises it (the team lead), and who is invited.
    pub organiser: &'a str,
    pub attendee: Option<&'a str>,
    pub stamp: DateTime<Utc>,
    /// The review's page, for the description.
    pub link: &'a str,
}

/// The stable `UID` of one visit day.
pub fn uid(review_id: Uuid, day: NaiveDate) -> String {
    format!("visit-{review_id}-{day}@quads")
}

fn at(day: NaiveDate, time: NaiveTime) -> CalendarDateTime {
    CalendarDateTime::WithTimezone {
        date_time: day.and_time(time),
        tzid: TZID.to_owned(),
    }
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

fn session_line(s: &Session, name: &dyn Fn(Uuid) -> String) -> String {
    let met: Vec<&str> = s.audiences.iter().map(|a| a.label()).collect();
    let mut line = format!(
        "{}–{} {}",
        s.starts_at.format("%H:%M"),
        s.ends_at.format("%H:%M"),
        s.kind.label()
    );
    if !met.is_empty() {
        line.push_str(&format!(" with {}", met.join(", ")));
    }
    if let Some(place) = &s.place {
        line.push_str(&format!(", {place}"));
    }
    if !s.members.is_empty() {
        let who: Vec<String> = s.members.iter().map(|m| name(*m)).collect();
        line.push_str(&format!(" ({})", who.join(", ")));
    }
    line
}

/// The calendar, as text.
pub fn render(c: &VisitCalendar<'_>, method: Method, name: &dyn Fn(Uuid) -> String) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Quads//Visit plan//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new(
            "METHOD",
            match method {
                Method::Request => "REQUEST",
                Method::Cancel => "CANCEL",
            },
        ));
    for day in c.days {
        let today: Vec<&Session> = c.sessions.iter().filter(|s| s.day == *day).collect();
        let starts = today.iter().map(|s| s.starts_at).min().unwrap_or(hm(9, 0));
        let ends = today.iter().map(|s| s.ends_at).max().unwrap_or(hm(17, 0));
        let number = c.all_days.iter().position(|d| d == day).map(|i| i + 1);
        let summary = match number {
            Some(n) => format!(
                "Peer review visit to {} (day {n} of {})",
                c.host,
                c.all_days.len()
            ),
            None => format!("Peer review visit to {}", c.host),
        };
        let mut description = format!("{}.\n", long_date(*day));
        if today.is_empty() {
            description.push_str("No sessions are planned for this day yet.\n");
        }
        for s in &today {
            description.push_str(&session_line(s, name));
            description.push('\n');
        }
        description.push_str(&format!("\nThe visit plan: {}", c.link));
        let mut event = icalendar::Event::new();
        event
            .uid(&uid(c.review_id, *day))
            .sequence(c.sequence)
            .timestamp(c.stamp)
            .summary(&summary)
            .description(&description)
            .starts(at(*day, starts))
            .ends(at(*day, ends))
            .status(match method {
                Method::Request => EventStatus::Confirmed,
                Method::Cancel => EventStatus::Cancelled,
            })
            .append_property(Property::new(
                "ORGANIZER",
                format!("mailto:{}", c.organiser),
            ));
        if let Some(attendee) = c.attendee {
            event.append_multi_property(
                Property::new("ATTENDEE", format!("mailto:{attendee}"))
                    .add_parameter("ROLE", "REQ-PARTICIPANT")
                    .add_parameter("RSVP", "FALSE")
                    .done(),
            );
        }
        calendar.push(event.done());
    }
    let text = calendar.done().to_string();
    // The time zone goes before the first event, after the calendar's own
    // properties.
    match text.find("BEGIN:VEVENT") {
        Some(at) => format!("{}{VTIMEZONE}{}", &text[..at], &text[at..]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::visit::{Audience, SessionKind};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap()
    }

    #[test]
    fn each_day_is_an_event_in_london_time_with_its_sessions_and_a_stable_uid() {
        let review = Uuid::from_u128(7);
        let days = [day(31)];
        let all = [day(27), day(28), day(31)];
        let sessions = [Session {
            id: Uuid::from_u128(1),
            day: day(31),
            starts_at: hm(9, 30),
            ends_at: hm(11, 0),
            kind: SessionKind::FocusGroup,
            audiences: vec![Audience::YoungPeople],
            place: Some("Leith Academy".into()),
            members: vec![Uuid::from_u128(2)],
        }];
        let c = VisitCalendar {
            review_id: review,
            host: "City of Edinburgh",
            all_days: &all,
            days: &days,
            sessions: &sessions,
            sequence: 3,
            organiser: "lead@example.org",
            attendee: Some("member@example.org"),
            stamp: Utc::now(),
            link: "https://quads.example/reviews/7",
        };
        let text = render(&c, Method::Request, &|_| "Ann Smith".to_owned());
        let unfolded = icalendar::parser::unfold(&text);
        let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
        let event = parsed
            .components
            .iter()
            .find(|c| c.name == "VEVENT")
            .unwrap();
        let prop = |k: &str| {
            event
                .properties
                .iter()
                .find(|p| p.name == k)
                .map(|p| p.val.to_string())
                .unwrap()
        };
        assert_eq!(prop("UID"), format!("visit-{review}-2025-03-31@quads"));
        assert_eq!(prop("SEQUENCE"), "3");
        // 31 March 2025 is in British Summer Time: 09:30 London.
        assert_eq!(prop("DTSTART"), "20250331T093000");
        assert_eq!(prop("DTEND"), "20250331T110000");
        assert!(prop("SUMMARY").contains("(day 3 of 3)"));
        assert!(unfolded.contains("DTSTART;TZID=Europe/London:20250331T093000"));
        assert!(unfolded.contains("09:30–11:00 Focus group with young people"));
        assert!(text.contains("METHOD:REQUEST"));
        let tz = text.find("BEGIN:VTIMEZONE").unwrap();
        assert!(tz < text.find("BEGIN:VEVENT").unwrap());
        let cancel = render(&c, Method::Cancel, &|_| String::new());
        assert!(cancel.contains("METHOD:CANCEL") && cancel.contains("STATUS:CANCELLED"));
    }
}
