//! Completing the visit, as the host lead receives it at a real SMTP
//! server: a mail saying the agreed findings can now be read, with a link
//! to them.

use super::mail_test;
use super::smtp::*;
use crate::findings::{agree, in_visit, input, recorded, MEMBER, TEAM_LEAD};
use crate::helpers::{spawn_app_with, Db, Demo};
use crate::lifecycle::{as_person, ok, version};
use serde_json::json;
use std::time::Duration;

async fn completing_the_visit_tells_the_host_lead_the_agreed_findings_can_be_read(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let (review, _) = in_visit(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let member = as_person(&app, MEMBER).await;
    for (kind, text) in [
        ("STRENGTH", "Leaders know their schools well."),
        (
            "AREA_FOR_IMPROVEMENT",
            "Attendance data is not yet used to plan support.",
        ),
    ] {
        let f = recorded(&member, review, input(kind, text, &[])).await;
        ok(&agree(&lead, &f).await);
    }
    let mails = |smtp: &SmtpServer| {
        smtp.received()
            .into_iter()
            .filter(|m| m.envelope_to == [Demo::Lead.email()])
            .filter(|m| m.subject.contains("agreed findings"))
            .collect::<Vec<_>>()
    };
    let v = version(&lead, review).await;
    let r = lead
        .gql(
            "mutation($r: UUID!, $v: Int!) { completeVisit(reviewId: $r, version: $v) { state } }",
            json!({ "r": review, "v": v }),
        )
        .await;
    assert_eq!(ok(&r)["completeVisit"]["state"], "VISIT_COMPLETED");
    eventually(
        Duration::from_secs(20),
        "the host lead's mail arrives",
        || async { mails(&smtp).len() == 1 },
    )
    .await;
    let got = mails(&smtp).remove(0);
    assert_eq!(
        got.subject,
        "The review team's agreed findings for City of Edinburgh can now be read"
    );
    let text = got.text.unwrap_or_default();
    assert!(
        text.contains(&format!("/reviews/{review}/findings")),
        "{text}"
    );
    assert!(text.contains("completed its visit"), "{text}");
    // Nobody on the team, and no other host user, gets it.
    assert!(smtp
        .received()
        .iter()
        .filter(|m| m.subject.contains("agreed findings"))
        .all(|m| m.envelope_to == [Demo::Lead.email()]));
}

mail_test!(completing_the_visit_tells_the_host_lead_the_agreed_findings_can_be_read);
