//! Reminders as their recipients receive them at a real SMTP server, with
//! the test clock (issue 21): each arrives when due and not again, in the
//! sending window, says why it was sent and links to the setting; a moved
//! visit moves them, a submitted self-evaluation cancels its own, a kind
//! turned off is not sent; two servers on one database send each once.

use super::mail_test;
use super::smtp::*;
use crate::helpers::{spawn_app_with, Db, Demo, TestApp};
use crate::lifecycle::{as_person, ok};
use crate::reminders::{edinburgh, mine, utc, SET_WANTED, TEAM_LEAD};
use crate::visit::{set_dates, submit_self_evaluation};
use chrono::{DateTime, TimeZone, Utc};
use serde_json::json;
use std::collections::BTreeMap;
use std::time::Duration;
use store::outbox::{enqueue, NewMessage};

const HOST_LEAD: &str = "lead@demo.quads.scot";
const MEMBER: &str = "peer2@demo.quads.scot";

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// The reminders received so far: (recipient, subject, text).
fn reminders(smtp: &SmtpServer) -> Vec<(String, String, String)> {
    smtp.received()
        .into_iter()
        .filter(|m| m.subject.starts_with("Reminder:"))
        .map(|m| {
            (
                m.envelope_to.join(","),
                m.subject,
                m.text.unwrap_or_default(),
            )
        })
        .collect()
}

/// Queues a marker message due at the app's time and waits for it: once
/// it arrives, the dispatcher has made a pass (and so a reminder scan) at
/// that time.
async fn a_pass_at_this_time(app: &TestApp, smtp: &SmtpServer, n: &str) {
    let now = domain::Clock::now(&app.clock);
    let to = format!("marker-{n}@example.org");
    enqueue(
        app.store.conn(),
        NewMessage {
            idempotency_key: format!("marker-{n}"),
            recipient: to.clone(),
            template: "password_reset".into(),
            payload: reset_payload("Marker"),
            due_at: now - chrono::Duration::seconds(1),
        },
        now,
    )
    .await
    .unwrap();
    eventually(Duration::from_secs(20), "the marker arrives", || async {
        smtp.received()
            .iter()
            .any(|m| m.envelope_to == [to.clone()])
    })
    .await;
}

/// The host lead's upcoming reminders, signed in afresh (the test clock
/// jumps further than a session lasts).
async fn host_leads(app: &TestApp) -> Vec<(String, DateTime<Utc>)> {
    mine(&app.as_demo(Demo::Lead).await).await
}

async fn reminders_arrive_when_due_and_once_move_with_the_visit_and_stop_when_the_step_is_done(
    db: Db,
) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.public_url = Some("https://quads.example".into());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let (review, host) = edinburgh(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    ok(&set_dates(&lead, review, &["2025-01-20", "2025-01-21", "2025-01-22"]).await);
    let member = as_person(&app, MEMBER).await;
    ok(&member
        .gql(SET_WANTED, json!({ "k": "VISIT_STARTING", "w": false }))
        .await);
    // 14 working days before Monday 20 January 2025, leaving out Christmas,
    // Boxing Day and the 1st and 2nd of January: Friday 27 December.
    assert_eq!(
        host_leads(&app).await,
        [
            ("SELF_EVALUATION_DUE".to_owned(), at(2024, 12, 27, 8, 0)),
            ("VISIT_STARTING".to_owned(), at(2025, 1, 13, 8, 0)),
            ("SELF_EVALUATION_DUE".to_owned(), at(2025, 1, 15, 8, 0)),
        ]
    );

    // Not yet due: nothing.
    app.clock.set(at(2024, 12, 27, 7, 59));
    a_pass_at_this_time(&app, &smtp, "1").await;
    assert!(reminders(&smtp).is_empty());

    // Due: the host lead's self-evaluation reminder, saying why, with links
    // to the self-evaluation and to the reminder settings.
    app.clock.set(at(2024, 12, 27, 8, 0));
    eventually(Duration::from_secs(20), "the reminder arrives", || async {
        reminders(&smtp).len() == 1
    })
    .await;
    let (to, subject, text) = reminders(&smtp).remove(0);
    assert_eq!(to, HOST_LEAD);
    assert_eq!(
        subject,
        "Reminder: Self-evaluation due before the visit (City of Edinburgh)"
    );
    assert!(text.contains("Why you are receiving this:"), "{text}");
    assert!(text.contains("Monday 20 January 2025"), "{text}");
    assert!(
        text.contains(&format!(
            "https://quads.example/reviews/{review}/self-evaluation"
        )),
        "{text}"
    );
    assert!(
        text.contains("https://quads.example/me/reminders"),
        "{text}"
    );

    // Not again, however often the scan runs.
    app.clock.set(at(2024, 12, 27, 9, 0));
    a_pass_at_this_time(&app, &smtp, "2").await;
    assert_eq!(reminders(&smtp).len(), 1);

    // The visit moves a week later: its reminders move with it.
    let lead = as_person(&app, TEAM_LEAD).await;
    ok(&set_dates(&lead, review, &["2025-01-27", "2025-01-28", "2025-01-29"]).await);
    let moved = host_leads(&app).await;
    assert!(moved.contains(&("VISIT_STARTING".to_owned(), at(2025, 1, 20, 8, 0))));
    assert!(!moved.iter().any(|(_, t)| *t == at(2025, 1, 13, 8, 0)));

    // The self-evaluation is submitted: its reminders are cancelled.
    submit_self_evaluation(&app, review, host).await;
    assert_eq!(
        host_leads(&app).await,
        [("VISIT_STARTING".to_owned(), at(2025, 1, 20, 8, 0))]
    );

    // The old visit's reminder day passes: nothing.
    app.clock.set(at(2025, 1, 15, 12, 0));
    a_pass_at_this_time(&app, &smtp, "3").await;
    assert_eq!(reminders(&smtp).len(), 1);

    // Sunday 19 January: the visit reminder is not due until Monday.
    app.clock.set(at(2025, 1, 19, 12, 0));
    a_pass_at_this_time(&app, &smtp, "4").await;
    assert_eq!(reminders(&smtp).len(), 1);
    app.clock.set(at(2025, 1, 20, 8, 0));
    // Everyone on the team and the host lead is reminded of the visit,
    // except the member who turned these reminders off.
    eventually(Duration::from_secs(20), "the visit reminders", || async {
        reminders(&smtp).len() == 1 + 7
    })
    .await;
    let got = reminders(&smtp);
    let visit: Vec<&(String, String, String)> = got
        .iter()
        .filter(|(_, s, _)| s == "Reminder: Visit starting soon (City of Edinburgh)")
        .collect();
    assert_eq!(visit.len(), 7);
    assert!(visit
        .iter()
        .all(|(_, _, t)| t.contains("Monday 27 January 2025")));
    assert!(!visit.iter().any(|(to, _, _)| to == MEMBER));
    assert!(visit.iter().any(|(to, _, _)| to == HOST_LEAD));
    app.clock.set(at(2025, 1, 21, 9, 0));
    a_pass_at_this_time(&app, &smtp, "5").await;
    assert_eq!(reminders(&smtp).len(), 8);
    assert!(host_leads(&app).await.is_empty());
}

/// Outside the sending window a due reminder is queued for the next
/// opening, not sent at once.
async fn a_reminder_found_due_outside_the_window_waits_for_the_next_working_morning(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let (review, _) = edinburgh(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    ok(&set_dates(&lead, review, &["2025-01-20", "2025-01-21", "2025-01-22"]).await);
    // Saturday 28 December, after the Friday reminder's time.
    app.clock.set(at(2024, 12, 28, 11, 0));
    eventually(
        Duration::from_secs(20),
        "the reminder is queued",
        || async {
            rows(&app.store)
                .await
                .iter()
                .any(|r| r.template == "reminder")
        },
    )
    .await;
    let queued: Vec<_> = rows(&app.store)
        .await
        .into_iter()
        .filter(|r| r.template == "reminder")
        .collect();
    assert_eq!(queued.len(), 1);
    // Monday 30 December, 08:00 GMT.
    assert_eq!(queued[0].due_at, utc("2024-12-30T08:00:00Z"));
    a_pass_at_this_time(&app, &smtp, "sat").await;
    assert!(reminders(&smtp).is_empty());
    app.clock.set(at(2024, 12, 30, 8, 0));
    eventually(Duration::from_secs(20), "the reminder arrives", || async {
        reminders(&smtp).len() == 1
    })
    .await;
}

/// Two servers on one PostgreSQL database, both scanning with the clock
/// past the reminders' time: each reminder reaches its recipient once.
/// PostgreSQL only: SQLite serves one instance (README), and two servers
/// writing one SQLite file refuse each other's writes now and then.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "PostgreSQL suite: set QUADS_TEST_POSTGRES_URL and pass --include-ignored"]
async fn two_servers_on_one_postgresql_database_send_each_reminder_once() {
    let db = Db::Postgres;
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let url = app.config.database_url.clone();
    let smtp_url = smtp.url();
    let other = spawn_app_with(db, |o| {
        o.database_url = Some(url);
        o.smtp_url = Some(smtp_url);
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    other.clock.set(at(2024, 12, 2, 10, 0));
    let (review, _) = edinburgh(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    ok(&set_dates(&lead, review, &["2025-01-20", "2025-01-21", "2025-01-22"]).await);
    // Monday 13 January: the visit reminders (eight people) and the first
    // self-evaluation reminder are due.
    let when = at(2025, 1, 13, 8, 0);
    app.clock.set(when);
    other.clock.set(when);
    eventually(Duration::from_secs(30), "nine reminders", || async {
        reminders(&smtp).len() >= 9
    })
    .await;
    a_pass_at_this_time(&app, &smtp, "a").await;
    a_pass_at_this_time(&other, &smtp, "b").await;
    let mut count: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (to, subject, _) in reminders(&smtp) {
        *count.entry((to, subject)).or_default() += 1;
    }
    assert_eq!(count.len(), 9, "{count:?}");
    assert!(count.values().all(|n| *n == 1), "{count:?}");
}

// ------------------------------------------------------------- follow-up

const OWNER: &str = "qio@demo.quads.scot";
const ACTION: &str = "Use attendance data to plan support in every secondary.";

/// Someone's upcoming reminders of these kinds as (kind, due time), signed
/// in afresh (the test clock jumps further than a session lasts).
async fn upcoming(app: &TestApp, email: &str, kinds: &[&str]) -> Vec<(String, DateTime<Utc>)> {
    mine(&as_person(app, email).await)
        .await
        .into_iter()
        .filter(|(k, _)| kinds.contains(&k.as_str()))
        .collect()
}

const ACTION_KINDS: [&str; 3] = ["ACTION_DUE", "ACTION_OVERDUE", "ACTION_ESCALATION"];

fn kind_at(kind: &str, t: DateTime<Utc>) -> (String, DateTime<Utc>) {
    (kind.to_owned(), t)
}

/// The follow-up's reminders received so far.
fn follow_up_reminders(smtp: &SmtpServer) -> Vec<(String, String, String)> {
    reminders(smtp)
        .into_iter()
        .filter(|(_, s, _)| {
            s.starts_with("Reminder: Action") || s.starts_with("Reminder: Follow-up session")
        })
        .collect()
}

/// The reminders received so far with this title.
fn titled(smtp: &SmtpServer, title: &str) -> Vec<(String, String, String)> {
    let subject = format!("Reminder: {title} (City of Edinburgh)");
    follow_up_reminders(smtp)
        .into_iter()
        .filter(|(_, s, _)| *s == subject)
        .collect()
}

/// Sets the clock and waits until `n` reminders have arrived in all.
async fn at_time_expect(app: &TestApp, smtp: &SmtpServer, when: DateTime<Utc>, n: usize) {
    app.clock.set(when);
    eventually(
        Duration::from_secs(20),
        &format!("{n} reminders"),
        || async { follow_up_reminders(smtp).len() >= n },
    )
    .await;
    a_pass_at_this_time(app, smtp, &when.timestamp().to_string()).await;
    assert_eq!(
        follow_up_reminders(smtp).len(),
        n,
        "{:#?}",
        follow_up_reminders(smtp)
    );
}

fn says_why_and_links_to_the_follow_up_and_the_setting(text: &str, review: uuid::Uuid) {
    assert!(text.contains("Why you are receiving this:"), "{text}");
    assert!(
        text.contains(&format!("https://quads.example/reviews/{review}/follow-up")),
        "{text}"
    );
    assert!(
        text.contains("https://quads.example/me/reminders"),
        "{text}"
    );
}

async fn an_action_is_reminded_before_its_due_day_weekly_while_overdue_and_escalated_to_the_host_lead_until_it_is_done(
    db: Db,
) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.public_url = Some("https://quads.example".into());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    // Published on Monday 6 January 2025 (the clock stands there).
    let (review, area) = crate::follow_up::published_review(&app).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    let owner = as_person(&app, OWNER).await;
    let owner_id = ok(&owner.gql("{ me { id } }", json!({})).await)["me"]["id"].clone();
    assert!(upcoming(&app, OWNER, &ACTION_KINDS).await.is_empty());
    // (The setup's jumps of the clock may send reminders of its earlier
    // stages: only the follow-up's are counted here.)

    // An action due on Monday 14 April 2025.
    let r = crate::follow_up::add_action(
        &host_lead,
        review,
        json!({ "areaItemId": area, "description": ACTION, "ownerId": owner_id, "dueOn": "2025-04-14" }),
    )
    .await;
    let action = ok(&r)["addFollowUpAction"]["actions"][0].clone();
    // 30 days before is Saturday 15 March: the Friday before, 08:00 GMT;
    // 7 days before is Monday 7 April, 08:00 BST; 1 day before a Sunday:
    // the Friday. The first weekly overdue reminder a week after the due
    // day, one at a time; the escalation to the host lead two weeks after.
    assert_eq!(
        upcoming(&app, OWNER, &ACTION_KINDS).await,
        [
            kind_at("ACTION_DUE", at(2025, 3, 14, 8, 0)),
            kind_at("ACTION_DUE", at(2025, 4, 7, 7, 0)),
            kind_at("ACTION_DUE", at(2025, 4, 11, 7, 0)),
            kind_at("ACTION_OVERDUE", at(2025, 4, 21, 7, 0)),
        ]
    );
    assert_eq!(
        upcoming(&app, HOST_LEAD, &ACTION_KINDS).await,
        [kind_at("ACTION_ESCALATION", at(2025, 4, 28, 7, 0))]
    );
    // My reminders name the review and the action, and link to the
    // follow-up.
    let r = as_person(&app, OWNER)
        .await
        .gql("{ myReminders { kind reviewName action path } }", json!({}))
        .await;
    let first = &ok(&r)["myReminders"][0];
    assert_eq!(
        *first,
        json!({ "kind": "ACTION_DUE", "reviewName": "City of Edinburgh", "action": ACTION, "path": format!("/reviews/{review}/follow-up") })
    );

    // Not yet due: nothing. Due: the owner's, once, saying why.
    app.clock.set(at(2025, 3, 14, 7, 59));
    a_pass_at_this_time(&app, &smtp, "f1").await;
    assert!(follow_up_reminders(&smtp).is_empty());
    at_time_expect(&app, &smtp, at(2025, 3, 14, 8, 0), 1).await;
    let (to, _, text) = titled(&smtp, "Action due soon").remove(0);
    assert_eq!(to, OWNER);
    says_why_and_links_to_the_follow_up_and_the_setting(&text, review);
    assert!(text.contains(&format!("The action: {ACTION}")), "{text}");
    assert!(text.contains("due on Monday 14 April 2025"), "{text}");
    assert!(text.contains("30 days before"), "{text}");
    at_time_expect(&app, &smtp, at(2025, 3, 14, 12, 0), 1).await;

    // The due day moves two weeks later, to Monday 28 April: its
    // reminders move with it in the same change.
    let r = crate::follow_up::update_action(
        &as_person(&app, OWNER).await,
        &action,
        json!({ "description": ACTION, "ownerId": owner_id, "dueOn": "2025-04-28", "status": "IN_PROGRESS" }),
    )
    .await;
    let action = ok(&r)["updateFollowUpAction"]["actions"][0].clone();
    assert_eq!(
        upcoming(&app, OWNER, &ACTION_KINDS).await,
        [
            kind_at("ACTION_DUE", at(2025, 3, 28, 8, 0)),
            kind_at("ACTION_DUE", at(2025, 4, 21, 7, 0)),
            kind_at("ACTION_DUE", at(2025, 4, 25, 7, 0)),
            // Monday 5 May is a bank holiday: the Tuesday.
            kind_at("ACTION_OVERDUE", at(2025, 5, 6, 7, 0)),
        ]
    );
    assert_eq!(
        upcoming(&app, HOST_LEAD, &ACTION_KINDS).await,
        [kind_at("ACTION_ESCALATION", at(2025, 5, 12, 7, 0))]
    );
    at_time_expect(&app, &smtp, at(2025, 3, 28, 8, 0), 2).await;
    assert!(titled(&smtp, "Action due soon")[1]
        .2
        .contains("due on Monday 28 April 2025"));
    // The old due day's reminders are not sent.
    at_time_expect(&app, &smtp, at(2025, 4, 11, 12, 0), 2).await;
    at_time_expect(&app, &smtp, at(2025, 4, 21, 7, 0), 3).await;
    at_time_expect(&app, &smtp, at(2025, 4, 25, 7, 0), 4).await;
    assert_eq!(titled(&smtp, "Action due soon").len(), 4);

    // Overdue: weekly to the owner, the next planned when one is sent.
    at_time_expect(&app, &smtp, at(2025, 5, 6, 7, 0), 5).await;
    let (to, _, text) = titled(&smtp, "Action overdue").remove(0);
    assert_eq!(to, OWNER);
    says_why_and_links_to_the_follow_up_and_the_setting(&text, review);
    assert!(text.contains("every 7 days while it is overdue"), "{text}");
    assert!(text.contains(&format!("The action: {ACTION}")), "{text}");
    assert_eq!(
        upcoming(&app, OWNER, &ACTION_KINDS).await,
        [kind_at("ACTION_OVERDUE", at(2025, 5, 12, 7, 0))]
    );

    // Two weeks overdue: the owner's weekly reminder and the escalation to
    // the host lead, which cannot be turned off.
    at_time_expect(&app, &smtp, at(2025, 5, 12, 7, 0), 7).await;
    assert_eq!(titled(&smtp, "Action overdue").len(), 2);
    let escalated = titled(&smtp, "Action long overdue (to the host lead)");
    assert_eq!(escalated.len(), 1);
    let (to, _, text) = &escalated[0];
    assert_eq!(to, HOST_LEAD);
    says_why_and_links_to_the_follow_up_and_the_setting(text, review);
    assert!(text.contains("due on Monday 28 April 2025"), "{text}");
    assert!(text.contains("cannot be turned off"), "{text}");
    assert!(text.contains(&format!("The action: {ACTION}")), "{text}");
    assert!(upcoming(&app, HOST_LEAD, &ACTION_KINDS).await.is_empty());

    // Done: the pending weekly reminder is cancelled in the same change,
    // and nothing more is sent about the action.
    assert_eq!(
        upcoming(&app, OWNER, &ACTION_KINDS).await,
        [kind_at("ACTION_OVERDUE", at(2025, 5, 19, 7, 0))]
    );
    ok(&crate::follow_up::update_action(
        &as_person(&app, OWNER).await,
        &action,
        json!({ "description": ACTION, "ownerId": owner_id, "dueOn": "2025-04-28", "status": "DONE" }),
    )
    .await);
    assert!(upcoming(&app, OWNER, &ACTION_KINDS).await.is_empty());
    at_time_expect(&app, &smtp, at(2025, 5, 19, 7, 0), 7).await;
    at_time_expect(&app, &smtp, at(2025, 6, 2, 7, 0), 7).await;
}

async fn a_saved_follow_up_session_is_reminded_five_working_days_before_to_the_host_and_team_leads(
    db: Db,
) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.public_url = Some("https://quads.example".into());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let (review, _) = crate::follow_up::published_review(&app).await;
    let kinds = ["FOLLOW_UP_SESSION"];
    // Proposed, not saved: no reminder.
    assert!(upcoming(&app, HOST_LEAD, &kinds).await.is_empty());
    // Saved on Tuesday 15 July 2025: five working days before is Tuesday
    // 8 July, 08:00 BST.
    let host_lead = app.as_demo(Demo::Lead).await;
    ok(&crate::follow_up::schedule(&host_lead, review, 1, "2025-07-15").await);
    let expected = [kind_at("FOLLOW_UP_SESSION", at(2025, 7, 8, 7, 0))];
    assert_eq!(upcoming(&app, HOST_LEAD, &kinds).await, expected);
    assert_eq!(upcoming(&app, TEAM_LEAD, &kinds).await, expected);
    // Moved a week later: the reminder moves with it.
    let host_lead = app.as_demo(Demo::Lead).await;
    ok(&crate::follow_up::schedule(&host_lead, review, 1, "2025-07-22").await);
    let expected = [kind_at("FOLLOW_UP_SESSION", at(2025, 7, 15, 7, 0))];
    assert_eq!(upcoming(&app, HOST_LEAD, &kinds).await, expected);

    at_time_expect(&app, &smtp, at(2025, 7, 8, 12, 0), 0).await;
    at_time_expect(&app, &smtp, at(2025, 7, 15, 7, 0), 2).await;
    let got = titled(&smtp, "Follow-up session coming");
    let mut to: Vec<&str> = got.iter().map(|(to, _, _)| to.as_str()).collect();
    to.sort();
    assert_eq!(to, [HOST_LEAD, TEAM_LEAD]);
    for (_, _, text) in &got {
        says_why_and_links_to_the_follow_up_and_the_setting(text, review);
        assert!(text.contains("Tuesday 22 July 2025"), "{text}");
        assert!(!text.contains("The action:"), "{text}");
    }
    // Once.
    at_time_expect(&app, &smtp, at(2025, 7, 16, 9, 0), 2).await;
}

mail_test!(
    reminders_arrive_when_due_and_once_move_with_the_visit_and_stop_when_the_step_is_done,
    a_reminder_found_due_outside_the_window_waits_for_the_next_working_morning,
    an_action_is_reminded_before_its_due_day_weekly_while_overdue_and_escalated_to_the_host_lead_until_it_is_done,
    a_saved_follow_up_session_is_reminded_five_working_days_before_to_the_host_and_team_leads,
);
