use crate::helpers::{error_code, spawn_app_with, token_of, Db, Demo, TestApp, SIGN_IN};
use crate::on_both_databases;
use chrono::Duration;
use serde_json::{json, Value};

const ME: &str = "{ me { email name roles lead active organisation { name kind } } }";
const INVITE: &str =
    "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email invitationPending roles } }";
const ACCEPT: &str = "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email roles } }";
const RESET_REQUEST: &str = "mutation($e: String!) { requestPasswordReset(email: $e) }";
const RESET: &str = "mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }";

async fn organisation_id(app: &TestApp, short_or_gss: &str) -> String {
    let r = app
        .gql(
            "{ organisations { id shortName authority { gssCode } } }",
            json!({}),
        )
        .await;
    r["data"]["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["shortName"] == short_or_gss || o["authority"]["gssCode"] == short_or_gss)
        .map(|o| o["id"].as_str().unwrap().to_string())
        .expect("organisation")
}

fn invitation(email: &str, org: &str, roles: &[&str]) -> Value {
    json!({ "i": { "email": email, "name": "Fiona Ferguson", "organisationId": org, "roles": roles } })
}

async fn signing_in_sets_a_safe_session_cookie_and_me_shows_the_roles(app: TestApp) {
    app.as_demo(Demo::Admin).await; // creates the demo users
    let anon = app.anonymous();
    assert!(anon.gql(ME, json!({})).await["data"]["me"].is_null());

    let response = anon
        .client
        .post(format!("{}/graphql", app.address))
        .json(&json!({ "query": SIGN_IN, "variables": { "e": "LEAD@demo.quads.scot", "p": "demo-password-2026" } }))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("quads_session="), "{cookie}");
    let token = cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("quads_session=");
    assert_eq!(token.len(), 32, "128 random bits, hex");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/")
    );
    assert!(!cookie.contains("Secure"), "plain http: no Secure flag");

    let me = anon.gql(ME, json!({})).await;
    assert_eq!(me["data"]["me"]["email"], "lead@demo.quads.scot");
    assert_eq!(me["data"]["me"]["roles"], json!(["AUTHORITY_USER"]));
    assert_eq!(me["data"]["me"]["lead"], true);
    assert_eq!(
        me["data"]["me"]["organisation"]["name"],
        "City of Edinburgh"
    );
}

async fn a_wrong_password_and_an_unknown_email_get_the_same_answer(app: TestApp) {
    app.as_demo(Demo::Admin).await;
    let anon = app.anonymous();
    let wrong = anon
        .gql(
            SIGN_IN,
            json!({ "e": "lead@demo.quads.scot", "p": "not the password" }),
        )
        .await;
    let unknown = anon
        .gql(
            SIGN_IN,
            json!({ "e": "nobody@demo.quads.scot", "p": "not the password" }),
        )
        .await;
    assert_eq!(error_code(&wrong), "UNAUTHENTICATED");
    assert_eq!(
        wrong["errors"][0]["message"],
        unknown["errors"][0]["message"]
    );
    assert_eq!(error_code(&unknown), "UNAUTHENTICATED");
}

async fn passwords_are_stored_as_argon2id_with_owasp_parameters(app: TestApp) {
    app.as_demo(Demo::Admin).await;
    let hash = store::identity::user_by_email(app.store.conn(), "admin@demo.quads.scot")
        .await
        .unwrap()
        .unwrap()
        .1
        .unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
}

async fn sign_in_rotates_the_session_and_sign_out_ends_it(app: TestApp) {
    app.as_demo(Demo::Admin).await;
    let person = app
        .sign_in("qio@demo.quads.scot", "demo-password-2026")
        .await;
    let first_cookie = {
        let r = person
            .client
            .post(format!("{}/graphql", app.address))
            .json(&json!({ "query": SIGN_IN, "variables": { "e": "qio@demo.quads.scot", "p": "demo-password-2026" } }))
            .send()
            .await
            .unwrap();
        r.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string()
    };
    // The second sign-in ended the first session: only the newest works.
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        store::entities::session::Entity::find()
            .count(app.store.conn())
            .await
            .unwrap(),
        2
    ); // admin + qio
    let out = person.gql("mutation { signOut }", json!({})).await;
    assert_eq!(out["data"]["signOut"], true);
    assert!(person.gql(ME, json!({})).await["data"]["me"].is_null());
    // The old cookie, replayed by hand, no longer works either.
    let replay: Value = reqwest::Client::new()
        .post(format!("{}/graphql", app.address))
        .header("cookie", first_cookie)
        .json(&json!({ "query": ME }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(replay["data"]["me"].is_null(), "{replay}");
}

async fn a_session_ends_after_idling_and_at_its_absolute_expiry(app: TestApp) {
    let admin = app.as_demo(Demo::Admin).await;
    app.clock.advance(Duration::minutes(90));
    assert!(
        admin.gql(ME, json!({})).await["data"]["me"].is_object(),
        "still live after 90 idle minutes"
    );
    app.clock.advance(Duration::minutes(119));
    assert!(
        admin.gql(ME, json!({})).await["data"]["me"].is_object(),
        "each request keeps it alive"
    );
    app.clock.advance(Duration::minutes(121));
    let r = admin.gql("{ users { total } }", json!({})).await;
    assert_eq!(error_code(&r), "UNAUTHENTICATED");
    assert!(
        r["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("session has ended"),
        "{r}"
    );

    let busy = app.as_demo(Demo::Officer).await;
    for _ in 0..13 {
        app.clock.advance(Duration::minutes(59));
        let _ = busy.gql(ME, json!({})).await;
    }
    assert!(
        busy.gql(ME, json!({})).await["data"]["me"].is_null(),
        "ended 12 hours after sign-in"
    );
}

async fn repeated_failures_are_rate_limited_with_a_time_to_retry(app: TestApp) {
    app.as_demo(Demo::Admin).await;
    let anon = app.anonymous();
    for _ in 0..5 {
        let r = anon
            .gql(
                SIGN_IN,
                json!({ "e": "officer@demo.quads.scot", "p": "guess guess guess" }),
            )
            .await;
        assert_eq!(error_code(&r), "UNAUTHENTICATED");
    }
    let r = anon
        .gql(
            SIGN_IN,
            json!({ "e": "officer@demo.quads.scot", "p": "guess guess guess" }),
        )
        .await;
    let limited = anon
        .gql(
            SIGN_IN,
            json!({ "e": "officer@demo.quads.scot", "p": "demo-password-2026" }),
        )
        .await;
    assert_eq!(error_code(&r), "UNAUTHENTICATED");
    assert_eq!(
        error_code(&limited),
        "RATE_LIMITED",
        "even the right password waits: {limited}"
    );
    let wait = limited["errors"][0]["extensions"]["retryAfterSeconds"]
        .as_u64()
        .unwrap();
    assert!((1..=30).contains(&wait), "{wait}");
    app.clock.advance(Duration::seconds(31));
    let ok = anon
        .gql(
            SIGN_IN,
            json!({ "e": "officer@demo.quads.scot", "p": "demo-password-2026" }),
        )
        .await;
    assert!(ok["errors"].is_null(), "{ok}");
}

async fn an_invited_person_sets_a_password_from_the_link_and_is_signed_in(app: TestApp) {
    let admin = app.as_demo(Demo::Admin).await;
    let es = organisation_id(&app, "ES").await;
    let r = admin
        .gql(
            INVITE,
            invitation("Fiona.Ferguson@Example.org", &es, &["REVIEWER"]),
        )
        .await;
    assert_eq!(
        r["data"]["inviteUser"]["email"], "fiona.ferguson@example.org",
        "{r}"
    );
    assert_eq!(r["data"]["inviteUser"]["invitationPending"], true);

    let links = app.queued_links("fiona.ferguson@example.org").await;
    assert_eq!(links.len(), 1);
    assert!(links[0].starts_with(&format!(
        "{}/invitation/",
        app.config.public_url.as_str().trim_end_matches('/')
    )));
    let token = token_of(&links[0]);

    // Only a hash of the link's token is stored.
    use sea_orm::EntityTrait;
    let stored = store::entities::one_time_token::Entity::find()
        .all(app.store.conn())
        .await
        .unwrap();
    assert!(stored
        .iter()
        .all(|t| t.token_hash != token && t.token_hash.len() == 64));
    assert!(stored
        .iter()
        .any(|t| t.token_hash == api::secrets::token_hash(&token)));

    // Opening the link (a mail scanner's GET) uses nothing up.
    assert_eq!(app.get(&format!("/invitation/{token}")).await.status(), 200);

    let person = app.anonymous();
    let weak = person
        .gql(ACCEPT, json!({ "t": token, "p": "short" }))
        .await;
    assert_eq!(error_code(&weak), "VALIDATION");
    assert_eq!(weak["errors"][0]["extensions"]["field"], "password");

    let accepted = person
        .gql(
            ACCEPT,
            json!({ "t": token, "p": "a long enough passphrase" }),
        )
        .await;
    assert_eq!(
        accepted["data"]["acceptInvitation"]["roles"],
        json!(["REVIEWER"]),
        "{accepted}"
    );
    assert_eq!(
        person.gql(ME, json!({})).await["data"]["me"]["email"],
        "fiona.ferguson@example.org"
    );

    let again = app
        .anonymous()
        .gql(
            ACCEPT,
            json!({ "t": token, "p": "another long passphrase" }),
        )
        .await;
    assert_eq!(error_code(&again), "VALIDATION");
    assert!(again["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("already been used"));
    app.sign_in("fiona.ferguson@example.org", "a long enough passphrase")
        .await;
}

async fn expired_and_forged_invitation_links_are_refused_with_a_way_forward(app: TestApp) {
    let admin = app.as_demo(Demo::Admin).await;
    let es = organisation_id(&app, "ES").await;
    admin
        .gql(INVITE, invitation("late@example.org", &es, &["REVIEWER"]))
        .await;
    let token = token_of(&app.queued_links("late@example.org").await[0]);
    app.clock.advance(Duration::days(7) + Duration::minutes(1));
    let expired = app
        .anonymous()
        .gql(
            ACCEPT,
            json!({ "t": token, "p": "a long enough passphrase" }),
        )
        .await;
    assert_eq!(error_code(&expired), "VALIDATION");
    assert_eq!(expired["errors"][0]["extensions"]["field"], "token");
    assert!(expired["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("expired"));

    let forged = app
        .anonymous()
        .gql(
            ACCEPT,
            json!({ "t": "0".repeat(32), "p": "a long enough passphrase" }),
        )
        .await;
    assert!(forged["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("not valid"));

    // The way forward: ask for a new invitation (the admin signs in afresh:
    // a week has passed).
    drop(admin);
    let admin = app
        .sign_in("admin@demo.quads.scot", "demo-password-2026")
        .await;
    let resent = admin
        .gql("mutation($id: UUID!) { resendInvitation(id: $id) { email } }", json!({ "id": store::identity::user_by_email(app.store.conn(), "late@example.org").await.unwrap().unwrap().0.id }))
        .await;
    assert!(resent["errors"].is_null(), "{resent}");
    let fresh = token_of(app.queued_links("late@example.org").await.last().unwrap());
    let ok = app
        .anonymous()
        .gql(
            ACCEPT,
            json!({ "t": fresh, "p": "a long enough passphrase" }),
        )
        .await;
    assert!(ok["errors"].is_null(), "{ok}");
}

async fn a_password_reset_works_from_the_link_and_ends_every_session(app: TestApp) {
    let qio = app.as_demo(Demo::Qio).await;
    let anon = app.anonymous();
    assert_eq!(
        anon.gql(RESET_REQUEST, json!({ "e": "nobody@example.org" }))
            .await["data"]["requestPasswordReset"],
        true
    );
    assert!(app.queued_links("nobody@example.org").await.is_empty());
    assert_eq!(
        anon.gql(RESET_REQUEST, json!({ "e": "qio@demo.quads.scot" }))
            .await["data"]["requestPasswordReset"],
        true
    );
    let links = app.queued_links("qio@demo.quads.scot").await;
    assert_eq!(links.len(), 1);
    assert!(links[0].contains("/reset-password/"));
    let token = token_of(&links[0]);

    let r = anon
        .gql(RESET, json!({ "t": token, "p": "a brand new passphrase" }))
        .await;
    assert_eq!(r["data"]["resetPassword"], true, "{r}");
    assert!(
        qio.gql(ME, json!({})).await["data"]["me"].is_null(),
        "sessions ended"
    );
    let failed = anon
        .gql(
            SIGN_IN,
            json!({ "e": "qio@demo.quads.scot", "p": "demo-password-2026" }),
        )
        .await;
    assert_eq!(error_code(&failed), "UNAUTHENTICATED");
    app.sign_in("qio@demo.quads.scot", "a brand new passphrase")
        .await;

    let reused = anon
        .gql(RESET, json!({ "t": token, "p": "yet another passphrase" }))
        .await;
    assert!(reused["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("already been used"));
}

async fn a_reset_link_expires_after_fifteen_minutes(app: TestApp) {
    app.as_demo(Demo::Admin).await;
    let anon = app.anonymous();
    anon.gql(RESET_REQUEST, json!({ "e": "reviewer@demo.quads.scot" }))
        .await;
    let token = token_of(&app.queued_links("reviewer@demo.quads.scot").await[0]);
    app.clock.advance(Duration::minutes(16));
    let r = anon
        .gql(RESET, json!({ "t": token, "p": "a brand new passphrase" }))
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert!(r["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("expired"));
}

async fn changing_a_password_needs_the_current_one_and_ends_other_sessions(app: TestApp) {
    let here = app.as_demo(Demo::Reviewer).await;
    let elsewhere = app
        .sign_in("reviewer@demo.quads.scot", "demo-password-2026")
        .await;
    let q = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";
    let wrong = here
        .gql(
            q,
            json!({ "c": "nope nope nope", "n": "a brand new passphrase" }),
        )
        .await;
    assert_eq!(error_code(&wrong), "VALIDATION");
    assert_eq!(wrong["errors"][0]["extensions"]["field"], "currentPassword");
    let ok = here
        .gql(
            q,
            json!({ "c": "demo-password-2026", "n": "a brand new passphrase" }),
        )
        .await;
    assert_eq!(ok["data"]["changePassword"], true, "{ok}");
    assert!(
        here.gql(ME, json!({})).await["data"]["me"].is_object(),
        "this session goes on"
    );
    assert!(
        elsewhere.gql(ME, json!({})).await["data"]["me"].is_null(),
        "the other ended"
    );
}

async fn an_admin_manages_users_and_a_deactivated_user_is_signed_out_at_once(app: TestApp) {
    let admin = app.as_demo(Demo::Admin).await;
    let qio = app
        .sign_in("qio@demo.quads.scot", "demo-password-2026")
        .await;
    let page = admin
        .gql(
            r#"{ users(search: "demo.quads", limit: 2) { total items { email } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(page["data"]["users"]["total"], 5, "{page}");
    assert_eq!(page["data"]["users"]["items"].as_array().unwrap().len(), 2);
    let found = admin
        .gql(
            r#"{ users(search: "callum") { items { id email } } }"#,
            json!({}),
        )
        .await;
    let id = found["data"]["users"]["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let off = admin
        .gql(
            "mutation($id: UUID!) { deactivateUser(id: $id) { active } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(off["data"]["deactivateUser"]["active"], false);
    assert_eq!(
        error_code(&qio.gql("{ users { total } }", json!({})).await),
        "UNAUTHENTICATED"
    );
    let again = app
        .anonymous()
        .gql(
            SIGN_IN,
            json!({ "e": "qio@demo.quads.scot", "p": "demo-password-2026" }),
        )
        .await;
    assert_eq!(error_code(&again), "UNAUTHENTICATED");

    admin
        .gql(
            "mutation($id: UUID!) { reactivateUser(id: $id) { active } }",
            json!({ "id": id }),
        )
        .await;
    let roles = admin
        .gql(
            "mutation($id: UUID!) { setUserRoles(id: $id, roles: [AUTHORITY_USER, REVIEWER], lead: false) { roles } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        roles["data"]["setUserRoles"]["roles"],
        json!(["AUTHORITY_USER", "REVIEWER"])
    );
    let back = app
        .sign_in("qio@demo.quads.scot", "demo-password-2026")
        .await;
    assert_eq!(
        back.gql(ME, json!({})).await["data"]["me"]["roles"],
        json!(["AUTHORITY_USER", "REVIEWER"])
    );
}

async fn the_last_admin_cannot_remove_their_own_admin_role_or_deactivate_themselves(app: TestApp) {
    let admin = app.as_demo(Demo::Admin).await;
    let me = admin.gql("{ me { id } }", json!({})).await["data"]["me"]["id"].clone();
    let r = admin
        .gql("mutation($id: UUID!) { setUserRoles(id: $id, roles: [REVIEWER], lead: false) { roles } }", json!({ "id": me }))
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert_eq!(r["errors"][0]["extensions"]["field"], "roles");
    let r = admin
        .gql(
            "mutation($id: UUID!) { deactivateUser(id: $id) { active } }",
            json!({ "id": me }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert!(admin.gql(ME, json!({})).await["data"]["me"]["roles"]
        .to_string()
        .contains("ADMIN"));
}

async fn bad_invitations_are_refused_naming_the_field_and_nothing_is_queued(app: TestApp) {
    let admin = app.as_demo(Demo::Admin).await;
    let es = organisation_id(&app, "ES").await;
    let dup = admin
        .gql(
            INVITE,
            invitation("lead@demo.quads.scot", &es, &["REVIEWER"]),
        )
        .await;
    assert_eq!(error_code(&dup), "VALIDATION");
    assert_eq!(dup["errors"][0]["extensions"]["field"], "email");
    let bad = admin
        .gql(INVITE, invitation("not-an-email", &es, &["REVIEWER"]))
        .await;
    assert_eq!(bad["errors"][0]["extensions"]["field"], "email");
    let wrong_org = admin
        .gql(
            INVITE,
            invitation("x@example.org", &es, &["AUTHORITY_USER"]),
        )
        .await;
    assert_eq!(
        wrong_org["errors"][0]["extensions"]["field"],
        "organisationId"
    );
    assert!(app.queued_links("x@example.org").await.is_empty());
    assert!(app.queued_links("lead@demo.quads.scot").await.is_empty());
}

async fn a_programme_officer_invites_reviewers_but_not_administrators(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let es = organisation_id(&app, "ES").await;
    let ok = officer
        .gql(INVITE, invitation("sra@example.org", &es, &["REVIEWER"]))
        .await;
    assert!(ok["errors"].is_null(), "{ok}");
    let no = officer
        .gql(INVITE, invitation("boss@example.org", &es, &["ADMIN"]))
        .await;
    assert_eq!(error_code(&no), "FORBIDDEN");
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let no = reviewer
        .gql(INVITE, invitation("friend@example.org", &es, &["REVIEWER"]))
        .await;
    assert_eq!(error_code(&no), "FORBIDDEN");
}

async fn a_form_encoded_or_plain_text_mutation_is_refused(app: TestApp) {
    let body = json!({ "query": "mutation { signOut }" }).to_string();
    for content_type in ["text/plain", "application/x-www-form-urlencoded"] {
        let r = app.post_raw(content_type, body.clone()).await;
        assert_eq!(r.status(), 415);
    }
}

on_both_databases!(
    signing_in_sets_a_safe_session_cookie_and_me_shows_the_roles,
    a_wrong_password_and_an_unknown_email_get_the_same_answer,
    passwords_are_stored_as_argon2id_with_owasp_parameters,
    sign_in_rotates_the_session_and_sign_out_ends_it,
    a_session_ends_after_idling_and_at_its_absolute_expiry,
    repeated_failures_are_rate_limited_with_a_time_to_retry,
    an_invited_person_sets_a_password_from_the_link_and_is_signed_in,
    expired_and_forged_invitation_links_are_refused_with_a_way_forward,
    a_password_reset_works_from_the_link_and_ends_every_session,
    a_reset_link_expires_after_fifteen_minutes,
    changing_a_password_needs_the_current_one_and_ends_other_sessions,
    an_admin_manages_users_and_a_deactivated_user_is_signed_out_at_once,
    the_last_admin_cannot_remove_their_own_admin_role_or_deactivate_themselves,
    bad_invitations_are_refused_naming_the_field_and_nothing_is_queued,
    a_programme_officer_invites_reviewers_but_not_administrators,
    a_form_encoded_or_plain_text_mutation_is_refused,
);

#[tokio::test]
async fn the_session_cookie_is_secure_when_quads_is_reached_over_https() {
    let app = spawn_app_with(Db::Sqlite, |o| {
        o.public_url = Some("https://quads.example.scot".into())
    })
    .await;
    app.as_demo(Demo::Admin).await;
    let r = app
        .client
        .post(format!("{}/graphql", app.address))
        .json(&json!({ "query": SIGN_IN, "variables": { "e": "admin@demo.quads.scot", "p": "demo-password-2026" } }))
        .send()
        .await
        .unwrap();
    assert!(r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("; Secure"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "PostgreSQL suite: set QUADS_TEST_POSTGRES_URL and pass --include-ignored"]
async fn two_servers_sharing_postgresql_throttle_sign_in_together() {
    let first = crate::helpers::spawn_app(Db::Postgres).await;
    first.as_demo(Demo::Admin).await;
    let second = crate::helpers::spawn_app_on(&first).await;
    for i in 0..5 {
        let server = if i % 2 == 0 { &first } else { &second };
        let r = server
            .anonymous()
            .gql(
                SIGN_IN,
                json!({ "e": "lead@demo.quads.scot", "p": "wrong wrong wrong" }),
            )
            .await;
        assert_eq!(error_code(&r), "UNAUTHENTICATED");
    }
    let sixth = second
        .anonymous()
        .gql(
            SIGN_IN,
            json!({ "e": "lead@demo.quads.scot", "p": "wrong wrong wrong" }),
        )
        .await;
    assert_eq!(error_code(&sixth), "UNAUTHENTICATED");
    let limited = first
        .anonymous()
        .gql(
            SIGN_IN,
            json!({ "e": "lead@demo.quads.scot", "p": "demo-password-2026" }),
        )
        .await;
    assert_eq!(error_code(&limited), "RATE_LIMITED", "{limited}");
}
