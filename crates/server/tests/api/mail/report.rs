//! The report's mail, as people receive it at a real SMTP server: the
//! shared draft reaches the host lead and host users, an answered comment
//! its author, and the publication the team and the host's contacts with
//! the public link.

use super::mail_test;
use super::smtp::*;
use crate::findings::TEAM_LEAD;
use crate::helpers::{spawn_app_with, Db, Demo};
use crate::lifecycle::{as_person, ok};
use crate::report::{answer, approve_all, command, comment, completed, draft, share};
use std::time::Duration;

async fn sharing_answering_and_publishing_the_report_mail_the_people_concerned(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let (review, _, _) = completed(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;
    ok(&command(&lead, review, "draftReport").await);
    let d = draft(&lead, review).await;
    ok(&share(&lead, review, &d["draftVersion"]).await);
    let about = |smtp: &SmtpServer, words: &str| {
        smtp.received()
            .into_iter()
            .filter(|m| m.subject.contains(words))
            .collect::<Vec<_>>()
    };
    eventually(
        Duration::from_secs(20),
        "the host's mails arrive",
        || async { about(&smtp, "ready for your factual-accuracy check").len() == 2 },
    )
    .await;
    let mut to: Vec<String> = about(&smtp, "ready for your factual-accuracy check")
        .into_iter()
        .flat_map(|m| m.envelope_to)
        .collect();
    to.sort();
    assert_eq!(to, [Demo::Lead.email(), Demo::Qio.email()]);
    let shared = about(&smtp, "ready for your factual-accuracy check").remove(0);
    assert!(shared
        .text
        .unwrap_or_default()
        .contains(&format!("/reviews/{review}/report")));

    let r = comment(&qio, review, "CONTEXT", None, "The month is wrong.").await;
    let c = ok(&r)["addReportComment"]["comments"][0]["id"].clone();
    ok(&answer(&lead, &c, false, "The month is right: January.").await);
    eventually(
        Duration::from_secs(20),
        "the answer reaches its author",
        || async { about(&smtp, "was rejected").len() == 1 },
    )
    .await;
    let answered = about(&smtp, "was rejected").remove(0);
    assert_eq!(answered.envelope_to, [Demo::Qio.email()]);
    assert!(answered
        .text
        .unwrap_or_default()
        .contains("The month is right: January."));

    approve_all(&app, review).await;
    ok(&command(&officer, review, "publishReport").await);
    let slug = draft(&lead, review).await["published"][0]["slug"]
        .as_str()
        .unwrap()
        .to_owned();
    eventually(
        Duration::from_secs(20),
        "the publication mails arrive",
        || async {
            // Each recipient's mail is sent on its own: wait for both
            // that are checked below.
            let published = about(&smtp, "is published");
            ["morag.contact@example.org", "peer1@demo.quads.scot"]
                .iter()
                .all(|to| published.iter().any(|m| m.envelope_to == [*to]))
        },
    )
    .await;
    let published = about(&smtp, "is published");
    let to: Vec<&str> = published
        .iter()
        .flat_map(|m| m.envelope_to.iter().map(String::as_str))
        .collect();
    assert!(to.contains(&"peer1@demo.quads.scot"), "the team: {to:?}");
    let text = published[0].text.clone().unwrap_or_default();
    assert!(text.contains(&format!("/reports/{slug}")), "{text}");
}

mail_test!(sharing_answering_and_publishing_the_report_mail_the_people_concerned);
