//! What a follow-up change sends, queued in the change's transaction: a
//! saved session goes to the accepted team and the host authorities'
//! users as a calendar invitation (`METHOD:REQUEST`, one all-day event
//! with a `UID` stable per review and session, its `SEQUENCE` raised by
//! every re-save), and a cancelled one as `METHOD:CANCEL` with the
//! sequence raised again — the visit plan's rules.

use crate::error::ApiResult;
use crate::review::use_cases::Loaded;
use crate::ApiContext;
use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use domain::follow_up::{self as fu, Change};
use domain::lifecycle::InvitationStatus;
use domain::visit::long_date;
use icalendar::{Calendar, Component, EventLike, EventStatus, Property};
use serde_json::json;
use store::outbox::{enqueue, NewMessage};
use store::sea_orm::ConnectionTrait;
use uuid::Uuid;

/// The stable `UID` of a follow-up session.
pub fn uid(review_id: Uuid, number: u8) -> String {
    format!("follow-up-{review_id}-{number}@quads")
}

fn session_label(number: u8) -> &'static str {
    if number == 1 {
        "six-month follow-up session"
    } else {
        "twelve-month follow-up session"
    }
}

/// One session as a calendar: an all-day event.
#[allow(clippy::too_many_arguments)]
pub fn render(
    review_id: Uuid,
    number: u8,
    day: NaiveDate,
    host: &str,
    sequence: u32,
    cancel: bool,
    organiser: &str,
    attendee: &str,
    stamp: DateTime<Utc>,
    link: &str,
) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Quads//Follow-up//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new(
            "METHOD",
            if cancel { "CANCEL" } else { "REQUEST" },
        ));
    let mut event = icalendar::Event::new();
    event
        .uid(&uid(review_id, number))
        .sequence(sequence)
        .timestamp(stamp)
        .summary(&format!(
            "Peer review: {} with {host}",
            session_label(number)
        ))
        .description(&format!(
            "{}.\n\nThe review's follow-up: {link}",
            long_date(day)
        ))
        .all_day(day)
        .status(if cancel {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        })
        .append_property(Property::new("ORGANIZER", format!("mailto:{organiser}")));
    event.append_multi_property(
        Property::new("ATTENDEE", format!("mailto:{attendee}"))
            .add_parameter("ROLE", "REQ-PARTICIPANT")
            .add_parameter("RSVP", "FALSE")
            .done(),
    );
    calendar.push(event.done());
    calendar.done().to_string()
}

/// The accepted, current team and the host authorities' active users:
/// (id, name, email), each once.
async fn recipients(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
) -> ApiResult<Vec<(Uuid, String, String)>> {
    let mut ids: Vec<Uuid> = loaded
        .facts
        .members
        .iter()
        .filter(|m| m.invitation == InvitationStatus::Accepted)
        .map(|m| m.user_id)
        .collect();
    let hosts: Vec<Uuid> = loaded.facts.hosts.iter().map(|h| h.authority_id).collect();
    ids.extend(store::report::active_users_of(db, &hosts).await?);
    ids.sort();
    ids.dedup();
    Ok(store::identity::users_by_ids(db, &ids)
        .await?
        .into_iter()
        .filter(|u| u.active)
        .map(|u| (u.id, u.name, u.email))
        .collect())
}

/// After a change, in its transaction: a saved or cancelled session's
/// calendar to everyone concerned.
pub(super) async fn after_change(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    loaded: &Loaded,
    f: &fu::FollowUp,
    change: &Change,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let (number, day, cancel) = match change {
        Change::SessionScheduled { number, on } => (*number, *on, false),
        Change::SessionCancelled { number, on } => (*number, *on, true),
        _ => return Ok(()),
    };
    let Some(session) = f.session(number) else {
        return Ok(());
    };
    let review_id = loaded.review.id;
    let host = loaded
        .facts
        .hosts
        .iter()
        .map(|h| h.name.clone())
        .collect::<Vec<_>>()
        .join(" and ");
    let link = format!("{}/reviews/{review_id}/follow-up", app.public_url);
    let people = recipients(db, loaded).await?;
    let organiser = people
        .iter()
        .find(|p| p.0 == loaded.actor.user_id)
        .map(|p| p.2.clone())
        .or_else(|| people.first().map(|p| p.2.clone()))
        .unwrap_or_default();
    let (template, kind, method) = if cancel {
        ("follow_up_session_cancelled", "cancel", "CANCEL")
    } else {
        ("follow_up_session", "request", "REQUEST")
    };
    for (id, name, email) in &people {
        let text = render(
            review_id,
            number,
            day,
            &host,
            session.sequence,
            cancel,
            &organiser,
            email,
            now,
            &link,
        );
        enqueue(
            db,
            NewMessage {
                idempotency_key: format!(
                    "follow-up-{kind}:{review_id}:{number}:{}:{id}",
                    session.sequence
                ),
                recipient: email.clone(),
                template: template.into(),
                payload: json!({
                    "name": name,
                    "host": host,
                    "session": session_label(number),
                    "day": long_date(day),
                    "link": link,
                    "attachments": [{
                        "filename": "follow-up.ics",
                        "content_type": format!("text/calendar; method={method}; charset=UTF-8"),
                        "content_base64": base64::engine::general_purpose::STANDARD.encode(text.as_bytes()),
                    }],
                }),
                due_at: now,
            },
            now,
        )
        .await?;
    }
    Ok(())
}
