//! Account mail end to end: the link a person follows comes from the mail
//! the SMTP server received.

use super::mail_test;
use super::smtp::*;
use crate::helpers::{spawn_app_with, token_of, Db, Demo};
use serde_json::json;
use std::time::Duration;

fn link_in(text: &str, path: &str) -> String {
    text.split_whitespace()
        .find(|w| w.contains(path))
        .map(|w| w.trim_matches(|c: char| c == '<' || c == '>' || c == '.' || c == ','))
        .unwrap_or_else(|| panic!("no {path} link in:\n{text}"))
        .to_string()
}

async fn an_invited_person_sets_a_password_from_the_emailed_link_and_me_shows_their_roles(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let admin = app.as_demo(Demo::Admin).await;
    let orgs = app
        .gql("{ organisations { id shortName } }", json!({}))
        .await;
    let hmi = orgs["data"]["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["shortName"] == "HMIE")
        .unwrap()["id"]
        .clone();
    let invited = admin
        .gql(
            "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }",
            json!({ "i": { "email": "iain.inspector@example.org", "name": "Iain Inspector", "organisationId": hmi, "roles": ["REVIEWER"] } }),
        )
        .await;
    assert!(invited["errors"].is_null(), "{invited}");

    eventually(
        Duration::from_secs(15),
        "the invitation arrives",
        || async { smtp.received_count() == 1 },
    )
    .await;
    let mail = smtp.received().remove(0);
    assert_eq!(mail.envelope_to, ["iain.inspector@example.org"]);
    assert_eq!(mail.subject, "You're invited to Quads");
    let text = mail.text.expect("a plain-text body");
    assert!(text.contains("Iain Inspector"), "{text}");
    let link = link_in(&text, "/invitation/");
    assert!(
        mail.html.expect("an HTML body").contains(&token_of(&link)),
        "the HTML body links to the same place"
    );

    let person = app.anonymous();
    let accepted = person
        .gql(
            "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email } }",
            json!({ "t": token_of(&link), "p": "inspecting since 2001" }),
        )
        .await;
    assert!(accepted["errors"].is_null(), "{accepted}");
    let me = person
        .gql(
            "{ me { email roles organisation { shortName } } }",
            json!({}),
        )
        .await;
    assert_eq!(me["data"]["me"]["roles"], json!(["REVIEWER"]));
    assert_eq!(me["data"]["me"]["organisation"]["shortName"], "HMIE");
    app.sign_in("iain.inspector@example.org", "inspecting since 2001")
        .await;
}

async fn a_forgotten_password_is_reset_from_the_emailed_link(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    app.as_demo(Demo::Lead).await;
    let anon = app.anonymous();
    anon.gql(
        "mutation { requestPasswordReset(email: \"lead@demo.quads.scot\") }",
        json!({}),
    )
    .await;
    anon.gql(
        "mutation { requestPasswordReset(email: \"stranger@example.org\") }",
        json!({}),
    )
    .await;
    eventually(
        Duration::from_secs(15),
        "the reset mail arrives",
        || async { smtp.received_count() >= 1 },
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let received = smtp.received();
    assert_eq!(received.len(), 1, "nothing is sent to an unknown address");
    assert_eq!(received[0].envelope_to, ["lead@demo.quads.scot"]);
    assert_eq!(received[0].subject, "Reset your Quads password");
    let link = link_in(received[0].text.as_deref().unwrap(), "/reset-password/");
    let r = anon
        .gql(
            "mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }",
            json!({ "t": token_of(&link), "p": "leading from the front" }),
        )
        .await;
    assert_eq!(r["data"]["resetPassword"], true, "{r}");
    app.sign_in("lead@demo.quads.scot", "leading from the front")
        .await;
}

mail_test!(
    an_invited_person_sets_a_password_from_the_emailed_link_and_me_shows_their_roles,
    a_forgotten_password_is_reset_from_the_emailed_link,
);
