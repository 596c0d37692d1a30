use crate::helpers::{error_code, spawn_app_with, token_of, Db, Demo, TestApp, SIGN_IN};
use crate::on_both_databases;
use chrono::Duration;
use domain::Clock;
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
    assert!(
        cookie.contains("Max-Age=43200"),
        "lives as long as the session's absolute limit: {cookie}"
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

    let out = anon
        .client
        .post(format!("{}/graphql", app.address))
        .json(&json!({ "query": "mutation { signOut }" }))
        .send()
        .await
        .unwrap();
    let cleared = out.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cleared.starts_with("quads_session=;") && cleared.contains("Max-Age=0"),
        "signing out clears the cookie: {cleared}"
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

/// Signs in from `client` (as a trusted proxy would name it in
/// `X-Forwarded-For`), without cookies.
async fn sign_in_from(app: &TestApp, client: &str, email: &str, password: &str) -> Value {
    reqwest::Client::new()
        .post(format!("{}/graphql", app.address))
        .header("x-forwarded-for", client)
        .json(&json!({ "query": SIGN_IN, "variables": { "e": email, "p": password } }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Nothing about the database in any answer.
fn assert_no_database_detail(answers: &[Value]) {
    for a in answers {
        let text = a.to_string().to_lowercase();
        for leak in [
            "duplicate",
            "constraint",
            "sqlite",
            "postgres",
            "database",
            "internal",
        ] {
            assert!(!text.contains(leak), "`{leak}` in {a}");
        }
    }
}

async fn thirty_concurrent_sign_ins_have_at_most_six_passwords_checked(app: TestApp) {
    server::accounts::add_demo_users(&app.store).await.unwrap();
    let attempts = (0..30).map(|i| {
        let session = app.anonymous();
        // The last of the burst has the right password.
        let password = if i == 29 {
            "demo-password-2026"
        } else {
            "wrong wrong wrong"
        };
        async move {
            session
                .gql(
                    SIGN_IN,
                    json!({ "e": "lead@demo.quads.scot", "p": password }),
                )
                .await
        }
    });
    let answers = futures::future::join_all(attempts).await;
    assert_no_database_detail(&answers);
    let checked = answers
        .iter()
        .filter(|a| a["errors"].is_null() || error_code(a) == "UNAUTHENTICATED")
        .count();
    let limited = answers
        .iter()
        .filter(|a| !a["errors"].is_null() && error_code(a) == "RATE_LIMITED")
        .count();
    assert!(checked <= 6, "{checked} passwords checked: {answers:?}");
    assert_eq!(checked + limited, 30, "{answers:?}");
}

async fn fifty_failures_from_one_address_leave_the_owner_signing_in_from_another(db: Db) {
    let app = spawn_app_with(db, |o| {
        o.env.push(("QUADS_TRUSTED_PROXIES", "127.0.0.1".into()))
    })
    .await;
    server::accounts::add_demo_users(&app.store).await.unwrap();
    let mut failures = 0;
    let mut limited = 0;
    while failures < 50 {
        let r = sign_in_from(
            &app,
            "203.0.113.5",
            "lead@demo.quads.scot",
            "wrong wrong wrong",
        )
        .await;
        match error_code(&r) {
            "UNAUTHENTICATED" => failures += 1,
            "RATE_LIMITED" => {
                limited += 1;
                let wait = r["errors"][0]["extensions"]["retryAfterSeconds"]
                    .as_i64()
                    .unwrap_or_else(|| panic!("a wait at the attacker's address: {r}"));
                app.clock.advance(Duration::seconds(wait + 1));
            }
            other => panic!("{other}: {r}"),
        }
    }
    assert!(limited > 0, "the attacker was slowed down");
    let owner = sign_in_from(
        &app,
        "198.51.100.7",
        "lead@demo.quads.scot",
        "demo-password-2026",
    )
    .await;
    assert!(
        owner["errors"].is_null(),
        "the owner got in at once: {owner}"
    );
}

async fn ninety_failures_from_many_addresses_lock_the_account_until_its_password_is_reset(db: Db) {
    let app = spawn_app_with(db, |o| {
        o.env.push(("QUADS_TRUSTED_PROXIES", "127.0.0.1".into()))
    })
    .await;
    server::accounts::add_demo_users(&app.store).await.unwrap();
    let email = "qio@demo.quads.scot";
    let mut answers = Vec::new();
    for address in 0..18 {
        for _ in 0..5 {
            let r = sign_in_from(
                &app,
                &format!("203.0.113.{address}"),
                email,
                "wrong wrong wrong",
            )
            .await;
            assert_eq!(error_code(&r), "UNAUTHENTICATED", "{r}");
            answers.push(r);
        }
    }
    let owner = sign_in_from(&app, "198.51.100.7", email, "demo-password-2026").await;
    assert_eq!(error_code(&owner), "RATE_LIMITED", "{owner}");
    assert!(owner["errors"][0]["extensions"]["retryAfterSeconds"].is_null());
    assert!(
        owner["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Forgot your password"),
        "{owner}"
    );
    app.clock.advance(Duration::days(2));
    let later = sign_in_from(&app, "198.51.100.7", email, "demo-password-2026").await;
    assert_eq!(
        error_code(&later),
        "RATE_LIMITED",
        "waiting does not open it: {later}"
    );

    let anon = app.anonymous();
    anon.gql(RESET_REQUEST, json!({ "e": email })).await;
    let token = token_of(app.queued_links(email).await.last().unwrap());
    let r = anon
        .gql(RESET, json!({ "t": token, "p": "a brand new passphrase" }))
        .await;
    assert_eq!(r["data"]["resetPassword"], true, "{r}");
    let back = sign_in_from(&app, "198.51.100.7", email, "a brand new passphrase").await;
    assert!(back["errors"].is_null(), "a new password opens it: {back}");
}

async fn x_forwarded_for_from_an_untrusted_peer_is_ignored(app: TestApp) {
    server::accounts::add_demo_users(&app.store).await.unwrap();
    for i in 0..6 {
        let r = sign_in_from(
            &app,
            &format!("203.0.113.{i}"),
            "reviewer@demo.quads.scot",
            "wrong wrong wrong",
        )
        .await;
        assert_eq!(error_code(&r), "UNAUTHENTICATED", "{r}");
    }
    let r = sign_in_from(
        &app,
        "198.51.100.7",
        "reviewer@demo.quads.scot",
        "demo-password-2026",
    )
    .await;
    assert_eq!(
        error_code(&r),
        "RATE_LIMITED",
        "the header did not make a new address: {r}"
    );
}

async fn an_invitation_link_dies_when_the_invitee_sets_a_password_through_a_reset(app: TestApp) {
    let admin = app.as_demo(Demo::Admin).await;
    let es = organisation_id(&app, "ES").await;
    admin
        .gql(INVITE, invitation("fiona@example.org", &es, &["REVIEWER"]))
        .await;
    let invitation_token = token_of(&app.queued_links("fiona@example.org").await[0]);
    let anon = app.anonymous();
    anon.gql(RESET_REQUEST, json!({ "e": "fiona@example.org" }))
        .await;
    let reset_token = token_of(app.queued_links("fiona@example.org").await.last().unwrap());
    let r = anon
        .gql(
            RESET,
            json!({ "t": reset_token, "p": "the owner's passphrase" }),
        )
        .await;
    assert_eq!(r["data"]["resetPassword"], true, "{r}");
    let owner = app
        .sign_in("fiona@example.org", "the owner's passphrase")
        .await;

    let stolen = app
        .anonymous()
        .gql(
            ACCEPT,
            json!({ "t": invitation_token, "p": "an intruder's passphrase" }),
        )
        .await;
    assert_eq!(error_code(&stolen), "VALIDATION", "{stolen}");
    assert_eq!(
        owner.gql(ME, json!({})).await["data"]["me"]["email"],
        "fiona@example.org",
        "the owner's session goes on"
    );
    app.sign_in("fiona@example.org", "the owner's passphrase")
        .await;
    let intruder = app
        .anonymous()
        .gql(
            SIGN_IN,
            json!({ "e": "fiona@example.org", "p": "an intruder's passphrase" }),
        )
        .await;
    assert_eq!(error_code(&intruder), "UNAUTHENTICATED");
}

async fn a_reset_link_issued_before_a_password_change_no_longer_works(app: TestApp) {
    let reviewer = app.as_demo(Demo::Reviewer).await;
    app.anonymous()
        .gql(RESET_REQUEST, json!({ "e": "reviewer@demo.quads.scot" }))
        .await;
    let token = token_of(&app.queued_links("reviewer@demo.quads.scot").await[0]);
    let changed = reviewer
        .gql(
            "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }",
            json!({ "c": "demo-password-2026", "n": "a brand new passphrase" }),
        )
        .await;
    assert_eq!(changed["data"]["changePassword"], true, "{changed}");
    let r = app
        .anonymous()
        .gql(
            RESET,
            json!({ "t": token, "p": "an intruder's passphrase" }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(r["errors"][0]["extensions"]["field"], "token");
    assert!(reviewer.gql(ME, json!({})).await["data"]["me"].is_object());
    app.sign_in("reviewer@demo.quads.scot", "a brand new passphrase")
        .await;
}

async fn accepting_an_invitation_for_an_account_that_has_a_password_is_refused(app: TestApp) {
    app.as_demo(Demo::Admin).await;
    let qio = app.as_demo(Demo::Qio).await;
    let user = store::identity::user_by_email(app.store.conn(), "qio@demo.quads.scot")
        .await
        .unwrap()
        .unwrap()
        .0;
    // A link that outlived its account's first password (made before links
    // died with a password change).
    let (token, hash) = api::secrets::new_token();
    let now = app.clock.now();
    store::identity::create_token(
        app.store.conn(),
        hash,
        user.id,
        store::identity::TokenPurpose::Invitation,
        now,
        now + Duration::days(7),
    )
    .await
    .unwrap();
    let r = app
        .anonymous()
        .gql(
            ACCEPT,
            json!({ "t": token, "p": "an intruder's passphrase" }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert!(r["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("already has a password"));
    assert!(qio.gql(ME, json!({})).await["data"]["me"].is_object());
    app.sign_in("qio@demo.quads.scot", "demo-password-2026")
        .await;
}

async fn a_reset_request_does_the_same_work_whether_or_not_the_account_exists(db: Db) {
    // The mail dispatcher stays idle, so the statements counted are the
    // request's own.
    let app = spawn_app_with(db, |o| {
        o.env.push(("QUADS_OUTBOX_POLL_MS", "3600000".into()))
    })
    .await;
    server::accounts::add_demo_users(&app.store).await.unwrap();
    let reviewer = store::identity::user_by_email(app.store.conn(), "reviewer@demo.quads.scot")
        .await
        .unwrap()
        .unwrap()
        .0;
    store::identity::set_active(app.store.conn(), reviewer.id, false, app.clock.now())
        .await
        .unwrap();
    let anon = app.anonymous();
    let mut work = Vec::new();
    for email in [
        "nobody@example.org",
        "qio@demo.quads.scot",
        "reviewer@demo.quads.scot", // deactivated
        "qio@demo.quads.scot",      // again within a minute: no second mail
        "NOBODY@example.org",
    ] {
        let before = app.store.statements_executed();
        let r = anon.gql(RESET_REQUEST, json!({ "e": email })).await;
        work.push((email, app.store.statements_executed() - before));
        assert_eq!(r["data"]["requestPasswordReset"], true, "{r}");
    }
    assert!(
        work.iter().all(|(_, n)| *n == work[0].1),
        "the same statements on every path: {work:?}"
    );
    assert_eq!(app.queued_links("qio@demo.quads.scot").await.len(), 1);
    assert!(app.queued_links("nobody@example.org").await.is_empty());
    assert!(app
        .queued_links("reviewer@demo.quads.scot")
        .await
        .is_empty());
}

async fn an_officer_resends_only_invitations_they_sent_or_for_a_review_team_and_never_an_administrators(
    app: TestApp,
) {
    let admin = app.as_demo(Demo::Admin).await;
    let officer = app.as_demo(Demo::Officer).await;
    let es = organisation_id(&app, "ES").await;
    let id_of = |r: &Value, op: &str| r["data"][op]["id"].as_str().unwrap().to_string();
    let boss = id_of(
        &admin
            .gql(INVITE, invitation("boss@example.org", &es, &["ADMIN"]))
            .await,
        "inviteUser",
    );
    let admins_reviewer = id_of(
        &admin
            .gql(INVITE, invitation("r1@example.org", &es, &["REVIEWER"]))
            .await,
        "inviteUser",
    );
    let own = id_of(
        &officer
            .gql(INVITE, invitation("r2@example.org", &es, &["REVIEWER"]))
            .await,
        "inviteUser",
    );
    let resend = "mutation($id: UUID!) { resendInvitation(id: $id) { email } }";
    let r = officer.gql(resend, json!({ "id": boss })).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    assert_eq!(app.queued_links("boss@example.org").await.len(), 1);
    let r = officer.gql(resend, json!({ "id": admins_reviewer })).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = officer.gql(resend, json!({ "id": own })).await;
    assert!(r["errors"].is_null(), "{r}");
    assert_eq!(app.queued_links("r2@example.org").await.len(), 2);

    // Once on a review team, the administrator's invitee is the officer's
    // to chase too.
    let programme = crate::lifecycle::ci_programme(&officer, "CI test").await;
    let host = crate::lifecycle::org_id(&app, "City of Edinburgh").await;
    let review = crate::lifecycle::schedule(&officer, programme, &[host], "2025-10").await;
    let added = officer
        .gql(
            "mutation($r: UUID!, $u: UUID!) { addTeamMember(reviewId: $r, version: 1, input: { userId: $u, role: MEMBER }) { id } }",
            json!({ "r": review, "u": admins_reviewer }),
        )
        .await;
    assert!(added["errors"].is_null(), "{added}");
    let r = officer.gql(resend, json!({ "id": admins_reviewer })).await;
    assert!(r["errors"].is_null(), "{r}");

    let r = admin.gql(resend, json!({ "id": boss })).await;
    assert!(r["errors"].is_null(), "administrators resend any: {r}");
}

async fn officers_search_team_candidates_and_never_administrators_or_deactivated_accounts(
    app: TestApp,
) {
    let admin = app.as_demo(Demo::Admin).await;
    let officer = app.as_demo(Demo::Officer).await;
    let es = organisation_id(&app, "ES").await;
    admin
        .gql(
            INVITE,
            invitation("pending.reviewer@example.org", &es, &["REVIEWER"]),
        )
        .await;
    admin
        .gql(
            INVITE,
            invitation("pending.admin@example.org", &es, &["ADMIN"]),
        )
        .await;
    let reviewer = store::identity::user_by_email(app.store.conn(), "reviewer@demo.quads.scot")
        .await
        .unwrap()
        .unwrap()
        .0;
    admin
        .gql(
            "mutation($id: UUID!) { deactivateUser(id: $id) { active } }",
            json!({ "id": reviewer.id }),
        )
        .await;
    let emails = |r: Value| -> Vec<String> {
        r["data"]["users"]["items"]
            .as_array()
            .unwrap_or_else(|| panic!("{r}"))
            .iter()
            .map(|u| u["email"].as_str().unwrap().to_string())
            .collect()
    };
    let q = "{ users(limit: 200) { total items { email } } }";
    let mut seen = emails(officer.gql(q, json!({})).await);
    seen.sort();
    assert_eq!(
        seen,
        [
            "lead@demo.quads.scot",
            "officer@demo.quads.scot",
            "pending.reviewer@example.org",
            "qio@demo.quads.scot",
        ]
    );
    let r = officer
        .gql(r#"{ users(search: "admin") { total } }"#, json!({}))
        .await;
    assert_eq!(r["data"]["users"]["total"], 0, "{r}");
    assert_eq!(emails(admin.gql(q, json!({})).await).len(), 7);
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
    thirty_concurrent_sign_ins_have_at_most_six_passwords_checked,
    x_forwarded_for_from_an_untrusted_peer_is_ignored,
    an_invitation_link_dies_when_the_invitee_sets_a_password_through_a_reset,
    a_reset_link_issued_before_a_password_change_no_longer_works,
    accepting_an_invitation_for_an_account_that_has_a_password_is_refused,
    an_officer_resends_only_invitations_they_sent_or_for_a_review_team_and_never_an_administrators,
    officers_search_team_candidates_and_never_administrators_or_deactivated_accounts,
    stale_address_counters_are_purged_and_account_counts_kept,
);

async fn stale_address_counters_are_purged_and_account_counts_kept(app: TestApp) {
    use domain::throttle::ThrottleKey;
    let now = app.clock.now();
    let (email, address) = ("ann@example.org".to_string(), "192.0.2.1".to_string());
    let keys = [
        ThrottleKey::Account(email.clone()),
        ThrottleKey::AccountAtAddress {
            email,
            address: address.clone(),
        },
        ThrottleKey::Address(address),
    ];
    for (key, locked) in [
        (&keys[0], None),                             // an account's count: kept
        (&keys[1], None),                             // stale: goes
        (&keys[2], Some(now + Duration::minutes(5))), // still locked: kept
    ] {
        let started = now - Duration::days(2);
        let txn = app.store.begin().await.unwrap();
        store::identity::throttle_lock(&txn, &key.storage_key(), now)
            .await
            .unwrap();
        store::identity::throttle_set(
            &txn,
            &key.storage_key(),
            Some(domain::throttle::ThrottleState {
                failures: 3,
                window_started_at: started,
                locked_until: locked,
            }),
        )
        .await
        .unwrap();
        store::commit(txn).await.unwrap();
    }
    let gone = store::identity::throttle_purge(
        app.store.conn(),
        now - domain::throttle::ADDRESS_COUNTERS_KEPT,
        now,
    )
    .await
    .unwrap();
    assert_eq!(gone, 1);
    let kept = |k: &domain::throttle::ThrottleKey| {
        let key = k.storage_key();
        let store = app.store.clone();
        async move {
            store::identity::throttle_get(store.conn(), &key)
                .await
                .unwrap()
                .is_some()
        }
    };
    for key in &keys {
        let expected = !matches!(key, domain::throttle::ThrottleKey::AccountAtAddress { .. });
        assert_eq!(kept(key).await, expected, "{key:?}");
    }
}

crate::each_database!(
    fifty_failures_from_one_address_leave_the_owner_signing_in_from_another,
    ninety_failures_from_many_addresses_lock_the_account_until_its_password_is_reset,
    a_reset_request_does_the_same_work_whether_or_not_the_account_exists,
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
