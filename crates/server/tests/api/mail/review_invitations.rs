//! Review invitations as the invitees receive them: the pre-reading for
//! everyone who has not yet taken part in a review, the role in words, and
//! a working set-up link for someone who has no password yet.

use super::mail_test;
use super::smtp::*;
use crate::helpers::{spawn_app_with, token_of, Db, Demo, Session, TestApp};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use std::time::Duration;
use uuid::Uuid;

const ADD_MEMBER: &str = "mutation($r: UUID!, $v: Int!, $u: UUID!, $role: TeamRole!) { addTeamMember(reviewId: $r, version: $v, input: { userId: $u, role: $role }) { id } }";
const PRE_READING: &str = "Quads: the process, key terms and expectations";

fn ok(r: &Value) -> &Value {
    assert!(r["errors"].is_null(), "unexpected errors: {r}");
    &r["data"]
}

async fn user_id(app: &TestApp, email: &str) -> Uuid {
    store::identity::user_by_email(app.store.conn(), email)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no user {email}"))
        .0
        .id
}

/// The Quads demonstration's reviews: (id, state, first host's name).
async fn demo_reviews(app: &TestApp) -> Vec<(Uuid, String, String)> {
    let programme =
        store::programme::programme_by_name(app.store.conn(), server::programmes::QUADS_DEMO)
            .await
            .unwrap()
            .expect("the Quads demonstration");
    let r = app
        .anonymous()
        .gql(
            "query($p: UUID!) { reviews(filter: { programmeId: $p }) { items { id state hosts { name } } } }",
            json!({ "p": programme.id }),
        )
        .await;
    ok(&r)["reviews"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                serde_json::from_value(i["id"].clone()).unwrap(),
                i["state"].as_str().unwrap().to_string(),
                i["hosts"][0]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

async fn add(officer: &Session, review: Uuid, user: Uuid, role: &str) {
    let r = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { version } }",
            json!({ "r": review }),
        )
        .await;
    let version = ok(&r)["review"]["version"].clone();
    ok(&officer
        .gql(
            ADD_MEMBER,
            json!({ "r": review, "v": version, "u": user, "role": role }),
        )
        .await);
}

/// The one message received by `email` with `subject_start`.
fn mail_to(smtp: &SmtpServer, email: &str, subject_start: &str) -> (String, String) {
    let mut found: Vec<_> = smtp
        .received()
        .into_iter()
        .filter(|m| m.envelope_to == [email] && m.subject.starts_with(subject_start))
        .collect();
    assert_eq!(found.len(), 1, "one `{subject_start}` mail to {email}");
    let m = found.remove(0);
    (
        m.text.expect("a plain-text body"),
        m.html.expect("an HTML body"),
    )
}

fn link_in(text: &str, path: &str) -> Option<String> {
    text.split_whitespace()
        .find(|w| w.contains(path))
        .map(|w| w.trim_matches(|c: char| c == '<' || c == '>' || c == '.' || c == ','))
        .map(str::to_string)
}

async fn review_invitations_give_first_timers_the_pre_reading_name_the_role_in_words_and_carry_a_set_up_link_without_a_password(
    db: Db,
) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let officer = app.as_demo(Demo::Officer).await;
    server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap();
    let reviews = demo_reviews(&app).await;
    let edinburgh = reviews
        .iter()
        .find(|r| r.2 == "City of Edinburgh")
        .unwrap()
        .0;
    let other = reviews.iter().find(|r| r.1 == "SCHEDULED").unwrap().0;

    // Someone invited to Quads who has not set a password yet.
    let es = store::reference::organisations(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.short_name.as_deref() == Some("ES"))
        .unwrap()
        .id;
    ok(&officer
        .gql(
            "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }",
            json!({ "i": { "email": "pat.pending@example.org", "name": "Pat Pending", "organisationId": es, "roles": ["REVIEWER"] } }),
        )
        .await);

    // peer3@ accepted a place on the City of Edinburgh's team, whose visit
    // has not begun, and on no other: still a first-timer (reviewer@ is
    // also on the demo's review in the middle of its visit, so has taken
    // part). Callum has never been on a team.
    add(
        &officer,
        other,
        user_id(&app, "peer3@demo.quads.scot").await,
        "LEAD",
    )
    .await;
    add(
        &officer,
        other,
        user_id(&app, "qio@demo.quads.scot").await,
        "MEMBER",
    )
    .await;
    add(
        &officer,
        other,
        user_id(&app, "pat.pending@example.org").await,
        "MEMBER",
    )
    .await;
    // Once the City of Edinburgh's visit is over, its team have taken part.
    store::entities::review::Entity::update_many()
        .col_expr(
            store::entities::review::Column::State,
            Expr::value("VISIT_COMPLETED"),
        )
        .filter(store::entities::review::Column::Id.eq(edinburgh))
        .exec(app.store.conn())
        .await
        .unwrap();
    add(
        &officer,
        other,
        user_id(&app, "team1@demo.quads.scot").await,
        "MEMBER",
    )
    .await;

    eventually(
        Duration::from_secs(15),
        "the account invitation and four review invitations arrive",
        || async { smtp.received_count() == 5 },
    )
    .await;
    let invited = "You're invited to join the review team";

    let (text, html) = mail_to(&smtp, "peer3@demo.quads.scot", invited);
    assert!(text.contains(", as the team lead."), "{text}");
    assert!(text.contains(PRE_READING), "a first-timer: {text}");
    assert!(html.contains(PRE_READING), "{html}");
    assert!(
        link_in(&text, "/invitation/").is_none(),
        "she has a password"
    );

    let (text, _) = mail_to(&smtp, "qio@demo.quads.scot", invited);
    assert!(text.contains(", as a member."), "{text}");
    assert!(text.contains(PRE_READING), "a first-timer: {text}");

    let (text, _) = mail_to(&smtp, "team1@demo.quads.scot", invited);
    assert!(text.contains(", as a member."), "{text}");
    assert!(!text.contains(PRE_READING), "has taken part: {text}");
    assert!(!text.contains("Before the review"), "{text}");

    for m in smtp.received() {
        let text = m.text.unwrap_or_default();
        assert!(
            !text.contains("as MEMBER") && !text.contains("as LEAD"),
            "{text}"
        );
    }

    // Pat's review invitation carries a set-up link of its own that works.
    let (text, html) = mail_to(&smtp, "pat.pending@example.org", invited);
    assert!(text.contains(PRE_READING), "{text}");
    let set_up = link_in(&text, "/invitation/").expect("a set-up link");
    assert!(html.contains(&token_of(&set_up)), "{html}");
    let (account_mail, _) = mail_to(&smtp, "pat.pending@example.org", "You're invited to Quads");
    assert_ne!(
        link_in(&account_mail, "/invitation/"),
        Some(set_up.clone()),
        "a link of its own"
    );
    let pat = app.anonymous();
    ok(&pat
        .gql(
            "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email } }",
            json!({ "t": token_of(&set_up), "p": "pending no longer" }),
        )
        .await);
    let me = pat
        .gql("{ me { email invitationPending } }", json!({}))
        .await;
    assert_eq!(ok(&me)["me"]["invitationPending"], false, "{me}");
    app.sign_in("pat.pending@example.org", "pending no longer")
        .await;
}

mail_test!(
    review_invitations_give_first_timers_the_pre_reading_name_the_role_in_words_and_carry_a_set_up_link_without_a_password,
);
