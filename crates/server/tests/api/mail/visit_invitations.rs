//! The visit as accepted team members receive it at a real SMTP server:
//! a calendar invitation with one event per day, a UID stable per review
//! and day, the SEQUENCE raised on every change, Europe/London times, and
//! a CANCEL for a day taken out and for the whole visit when the review is
//! postponed or withdrawn; nothing for a member who has not accepted.

use super::mail_test;
use super::smtp::*;
use crate::helpers::{spawn_app_with, Db, Demo};
use crate::lifecycle::{as_person, ok, version};
use crate::visit::{plan, set_dates, submitted_review};
use base64::Engine;
use serde_json::json;
use std::time::Duration;
use uuid::Uuid;

const MEMBER: &str = "peer2@demo.quads.scot";
const CONTACT: &str = "ann.smith@school.example.org";
/// Not on the City of Edinburgh review's team in the demo.
const PENDING: &str = "peer5@demo.quads.scot";

/// The plain text of each agenda the host's contact received.
fn agenda_mails(smtp: &SmtpServer) -> Vec<String> {
    smtp.received()
        .into_iter()
        .filter(|m| m.envelope_to == [CONTACT])
        .map(|m| m.text.unwrap_or_default())
        .collect()
}

/// The calendars `MEMBER` received so far, oldest first, with each event
/// as (UID, SEQUENCE, DTSTART, DTEND, STATUS), and the METHOD.
fn calendars(smtp: &SmtpServer) -> Vec<(String, Vec<[String; 5]>)> {
    smtp.received()
        .into_iter()
        .filter(|m| m.envelope_to == [MEMBER])
        .filter_map(|m| {
            m.attachments
                .into_iter()
                .find(|a| a.filename == "visit.ics")
        })
        .map(|a| {
            assert!(
                a.content_type.starts_with("text/calendar"),
                "{}",
                a.content_type
            );
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(a.content_base64.as_bytes())
                .unwrap();
            let text = icalendar::parser::unfold(&String::from_utf8(bytes).unwrap());
            let parsed = icalendar::parser::read_calendar(&text).unwrap();
            let method = parsed
                .properties
                .iter()
                .find(|p| p.name == "METHOD")
                .map(|p| p.val.to_string())
                .unwrap_or_default();
            assert!(
                parsed.components.iter().any(|c| c.name == "VTIMEZONE"),
                "the time-zone block: {text}"
            );
            let events = parsed
                .components
                .iter()
                .filter(|c| c.name == "VEVENT")
                .map(|e| {
                    let get = |k: &str| {
                        e.properties
                            .iter()
                            .find(|p| p.name == k)
                            .map(|p| {
                                let tz = p
                                    .params
                                    .iter()
                                    .find(|x| x.key == "TZID")
                                    .and_then(|x| x.val.as_ref())
                                    .map(|v| format!("{}:", v.as_str()))
                                    .unwrap_or_default();
                                format!("{tz}{}", p.val.as_str())
                            })
                            .unwrap_or_default()
                    };
                    [
                        get("UID"),
                        get("SEQUENCE"),
                        get("DTSTART"),
                        get("DTEND"),
                        get("STATUS"),
                    ]
                })
                .collect();
            (method, events)
        })
        .collect()
}

fn uid(review: Uuid, day: &str) -> String {
    format!("visit-{review}-{day}@quads")
}

async fn accepted_members_receive_the_visit_as_calendar_invitations_updated_and_cancelled(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let (review, _) = submitted_review(&app).await;
    let lead = as_person(&app, "peer1@demo.quads.scot").await;
    let wait_for = |n: usize| {
        let smtp = &smtp;
        async move {
            eventually(
                Duration::from_secs(20),
                "the calendar mail arrives",
                || async { calendars(smtp).len() == n },
            )
            .await;
            calendars(smtp)
        }
    };

    // Planned: one event per day, sequence 0, 09:00–17:00 London time
    // while no session is planned.
    ok(&set_dates(&lead, review, &["2025-01-06", "2025-01-07", "2025-01-08"]).await);
    let got = wait_for(1).await;
    assert_eq!(got[0].0, "REQUEST");
    assert_eq!(
        got[0].1,
        ["2025-01-06", "2025-01-07", "2025-01-08"]
            .map(|d| {
                let compact = d.replace('-', "");
                [
                    uid(review, d),
                    "0".into(),
                    format!("Europe/London:{compact}T090000"),
                    format!("Europe/London:{compact}T170000"),
                    "CONFIRMED".into(),
                ]
            })
            .to_vec()
    );

    // A session on the first day: the same events, sequence 1, the first
    // day starting with the session.
    let p = plan(&lead, review).await;
    let member = p["assignable"][0]["id"].clone();
    let r = lead
        .gql(
            "mutation($r: UUID!, $v: Int!, $i: VisitSessionInput!) { addVisitSession(reviewId: $r, version: $v, input: $i) { sequence } }",
            json!({ "r": review, "v": p["reviewVersion"], "i": {
                "day": "2025-01-06", "startsAt": "08:30", "endsAt": "10:00", "kind": "MEETING",
                "audiences": ["OFFICERS"], "place": "Waverley Court", "memberIds": [member] } }),
        )
        .await;
    assert_eq!(ok(&r)["addVisitSession"]["sequence"], 1);
    let got = wait_for(2).await;
    let update = &got[1];
    assert_eq!(update.0, "REQUEST");
    assert_eq!(update.1.len(), 3, "an update replaces, not duplicates");
    assert_eq!(update.1[0][0], uid(review, "2025-01-06"));
    assert_eq!(update.1[0][1], "1");
    assert_eq!(update.1[0][2], "Europe/London:20250106T083000");

    // The host records a contact; the team lead shares the agenda, which
    // names the team by name and organisation only.
    let qio = app.as_demo(Demo::Qio).await;
    ok(&qio
        .gql(
            "mutation($r: UUID!, $i: HostContactInput!) { addHostContact(reviewId: $r, input: $i) { contacts { id } } }",
            json!({ "r": review, "i": { "role": "Headteacher, Leith Academy", "name": "Ann Smith", "email": CONTACT } }),
        )
        .await);
    let r = lead
        .gql(
            "mutation($r: UUID!) { shareVisitAgenda(reviewId: $r) { sharedAt days { label sessions { kind meets place team { name organisation } } } } }",
            json!({ "r": review }),
        )
        .await;
    let agenda = &ok(&r)["shareVisitAgenda"];
    assert!(agenda["sharedAt"].is_string());
    assert_eq!(
        agenda["days"][0]["sessions"][0]["meets"],
        json!(["officers"])
    );
    let agendas = |n: usize| {
        let smtp = &smtp;
        async move {
            eventually(Duration::from_secs(20), "the agenda arrives", || async {
                agenda_mails(smtp).len() == n
            })
            .await;
            agenda_mails(smtp)
        }
    };
    let first = agendas(1).await;
    assert!(first[0].contains("Monday 6 January 2025"), "{}", first[0]);
    assert!(
        first[0].contains("08:30–10:00 Meeting with officers, Waverley Court"),
        "{}",
        first[0]
    );
    assert!(
        !first[0].contains("@demo.quads.scot"),
        "no team contact details: {}",
        first[0]
    );

    // The visit moves a day earlier: the 8th is cancelled, the others are
    // sent again, both at sequence 2.
    ok(&set_dates(&lead, review, &["2025-01-03", "2025-01-06", "2025-01-07"]).await);
    let got = wait_for(4).await;
    let cancel = got
        .iter()
        .find(|c| c.0 == "CANCEL")
        .expect("a cancellation");
    assert_eq!(cancel.1.len(), 1);
    assert_eq!(
        (
            cancel.1[0][0].clone(),
            cancel.1[0][1].clone(),
            cancel.1[0][4].clone()
        ),
        (uid(review, "2025-01-08"), "2".into(), "CANCELLED".into())
    );
    let request = got[2..].iter().find(|c| c.0 == "REQUEST").unwrap();
    let uids: Vec<&str> = request.1.iter().map(|e| e[0].as_str()).collect();
    assert_eq!(
        uids,
        [
            uid(review, "2025-01-03"),
            uid(review, "2025-01-06"),
            uid(review, "2025-01-07")
        ]
    );
    assert!(request.1.iter().all(|e| e[1] == "2"));
    // The host's contacts get the changed agenda.
    let changed = agendas(2).await;
    assert!(
        changed[1].contains("Friday 3 January 2025"),
        "{}",
        changed[1]
    );

    // Postponed: every day is cancelled, at a higher sequence.
    let officer = app.as_demo(Demo::Officer).await;
    let v = version(&officer, review).await;
    ok(&officer
        .gql(
            "mutation($r: UUID!, $v: Int!) { postponeReview(reviewId: $r, version: $v, reason: \"The host asked\") { state } }",
            json!({ "r": review, "v": v }),
        )
        .await);
    let got = wait_for(5).await;
    let last = &got[4];
    assert_eq!(last.0, "CANCEL");
    assert_eq!(last.1.len(), 3);
    assert!(
        last.1.iter().all(|e| e[1] == "3" && e[4] == "CANCELLED"),
        "{last:?}"
    );

    // The plan's calendar downloads for those who may see it.
    let response = lead
        .client
        .get(format!("{}/reviews/{review}/visit.ics", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let text = response.text().await.unwrap();
    assert!(text.contains("BEGIN:VTIMEZONE") && text.contains(&uid(review, "2025-01-03")));
    let outsider = app.as_demo(Demo::Admin).await;
    let status = outsider
        .client
        .get(format!("{}/reviews/{review}/visit.ics", app.address))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16();
    assert_eq!(status, 403);
}

async fn a_withdrawn_reviews_visit_days_are_cancelled_in_the_members_calendars(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let (review, _) = submitted_review(&app).await;
    let lead = as_person(&app, "peer1@demo.quads.scot").await;
    // Someone added who has not accepted yet gets no calendar.
    let officer = app.as_demo(Demo::Officer).await;
    let pending = store::identity::user_by_email(app.store.conn(), PENDING)
        .await
        .unwrap()
        .unwrap()
        .0
        .id;
    let v = version(&officer, review).await;
    ok(&officer
        .gql(
            "mutation($r: UUID!, $v: Int!, $u: UUID!) { addTeamMember(reviewId: $r, version: $v, input: { userId: $u, role: MEMBER }) { id } }",
            json!({ "r": review, "v": v, "u": pending }),
        )
        .await);
    ok(&set_dates(&lead, review, &["2025-01-06", "2025-01-07", "2025-01-08"]).await);
    eventually(
        Duration::from_secs(20),
        "the invitation arrives",
        || async { calendars(&smtp).len() == 1 },
    )
    .await;

    let v = version(&officer, review).await;
    ok(&officer
        .gql(
            "mutation($r: UUID!, $v: Int!) { withdrawReview(reviewId: $r, version: $v, reason: \"The host merged with another authority\") { state } }",
            json!({ "r": review, "v": v }),
        )
        .await);
    eventually(
        Duration::from_secs(20),
        "the cancellation arrives",
        || async { calendars(&smtp).len() == 2 },
    )
    .await;
    let got = calendars(&smtp);
    let (method, events) = &got[1];
    assert_eq!(method, "CANCEL");
    let expected: Vec<[String; 2]> = ["2025-01-06", "2025-01-07", "2025-01-08"]
        .iter()
        .map(|d| [uid(review, d), "CANCELLED".to_owned()])
        .collect();
    let seen: Vec<[String; 2]> = events
        .iter()
        .map(|e| [e[0].clone(), e[4].clone()])
        .collect();
    assert_eq!(seen, expected);
    assert!(
        events.iter().all(|e| e[1] == "1"),
        "a raised SEQUENCE: {events:?}"
    );
    assert!(
        smtp.received()
            .iter()
            .filter(|m| m.envelope_to == [PENDING])
            .all(|m| m.attachments.iter().all(|a| a.filename != "visit.ics")),
        "no calendar for a member who has not accepted"
    );
}

mail_test!(accepted_members_receive_the_visit_as_calendar_invitations_updated_and_cancelled);
mail_test!(a_withdrawn_reviews_visit_days_are_cancelled_in_the_members_calendars);
