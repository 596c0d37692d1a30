//! The review lifecycle through GraphQL: programmes, scheduling, the focus
//! and its sign-offs, the team, commands with their guards, the history,
//! the demo data and the cost of the programme page.

use crate::helpers::{error_code, repo_root, Db, Demo, Session, TestApp};
use crate::on_both_databases;
use domain::identity::Role;
use domain::lifecycle::{Actor, Change, Command, Decided, PersonRef};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use uuid::Uuid;

pub const CREATE_PROGRAMME: &str = "mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id version kind rules { teamSizeMin teamSizeMax reciprocity selfEvaluationMode visitLengthDays } phases { number from to } } }";
pub const SCHEDULE: &str = "mutation($i: ScheduleReviewInput!) { scheduleReview(input: $i) { id version state hosts { name } } }";
pub const VERSION: &str = "query($r: UUID!) { review(id: $r) { version state } }";
pub const UPDATE_FOCUS: &str = "mutation($r: UUID!, $v: Int!, $i: FocusInput!) { updateFocus(reviewId: $r, version: $v, input: $i) { version focus { theme keyQuestions signOffs { asProgrammeOfficer } } } }";
pub const SIGN_OFF: &str = "mutation($r: UUID!, $v: Int!) { signOffFocus(reviewId: $r, version: $v) { version focus { signOffs { asProgrammeOfficer authority { name } } } } }";
pub const ADD_MEMBER: &str = "mutation($r: UUID!, $v: Int!, $u: UUID!, $role: TeamRole!) { addTeamMember(reviewId: $r, version: $v, input: { userId: $u, role: $role }) { version team { id affiliation role invitation user { id } } } }";
const RESPOND: &str = "mutation($m: UUID!, $v: Int!, $a: Boolean!) { respondToTeamInvitation(memberId: $m, version: $v, accept: $a) { invitation } }";

/// An organisation's id by name or short name.
pub async fn org_id(app: &TestApp, name: &str) -> Uuid {
    store::reference::organisations(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name == name || o.short_name.as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no organisation {name}"))
        .id
}

/// Creates a person with the demo password and returns their id.
pub async fn person(
    app: &TestApp,
    email: &str,
    organisation: &str,
    roles: Vec<Role>,
    lead: bool,
) -> Uuid {
    app.as_demo(Demo::Admin).await; // the demo users exist first
    let organisation = match store::reference::organisations(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name == organisation || o.short_name.as_deref() == Some(organisation))
        .unwrap()
    {
        o if o.gss_code.is_some() => {
            server::accounts::OrganisationRef::Authority(o.gss_code.unwrap().to_string())
        }
        o => server::accounts::OrganisationRef::National(o.short_name.unwrap()),
    };
    server::accounts::add_user(
        &app.store,
        server::accounts::AccountSpec {
            email: email.into(),
            name: format!("Person {email}"),
            roles,
            organisation,
            lead,
            password: server::accounts::DEMO_PASSWORD.into(),
        },
    )
    .await
    .unwrap()
    .id
}

pub async fn as_person(app: &TestApp, email: &str) -> Session {
    app.sign_in(email, server::accounts::DEMO_PASSWORD).await
}

pub async fn demo_id(app: &TestApp, who: Demo) -> Uuid {
    store::identity::user_by_email(app.store.conn(), who.email())
        .await
        .unwrap()
        .unwrap()
        .0
        .id
}

pub fn ok(r: &Value) -> &Value {
    assert!(r["errors"].is_null(), "unexpected errors: {r}");
    &r["data"]
}

pub fn unmet_codes(r: &Value) -> BTreeSet<String> {
    assert_eq!(error_code(r), "GUARD_FAILED", "{r}");
    r["errors"][0]["extensions"]["unmet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            assert!(!u["message"].as_str().unwrap().is_empty());
            u["code"].as_str().unwrap().to_string()
        })
        .collect()
}

pub fn codes(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// A CI programme with one phase, August 2025 to June 2026.
pub async fn ci_programme(officer: &Session, name: &str) -> Uuid {
    let r = officer
        .gql(
            CREATE_PROGRAMME,
            json!({ "i": { "name": name, "kind": "CI", "phases": [{ "number": 1, "from": "2025-08", "to": "2026-06" }] } }),
        )
        .await;
    serde_json::from_value(ok(&r)["createProgramme"]["id"].clone()).unwrap()
}

pub async fn schedule(officer: &Session, programme: Uuid, hosts: &[Uuid], month: &str) -> Uuid {
    let r = officer
        .gql(SCHEDULE, json!({ "i": { "programmeId": programme, "hostIds": hosts, "phase": 1, "targetMonth": month } }))
        .await;
    serde_json::from_value(ok(&r)["scheduleReview"]["id"].clone()).unwrap()
}

pub async fn version(session: &Session, review: Uuid) -> i64 {
    let r = session.gql(VERSION, json!({ "r": review })).await;
    ok(&r)["review"]["version"].as_i64().unwrap()
}

pub async fn command(session: &Session, name: &str, review: Uuid, version: i64) -> Value {
    session
        .gql(
            &format!("mutation($r: UUID!, $v: Int!) {{ {name}(reviewId: $r, version: $v) {{ state version }} }}"),
            json!({ "r": review, "v": version }),
        )
        .await
}

async fn a_review_goes_from_scheduled_to_team_formed_with_every_guard_enforced_and_the_history_shows_each_step(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let programme = ci_programme(&officer, "Collaborative Improvement 2025-26").await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let review = schedule(&officer, programme, &[edinburgh], "2025-10").await;

    // Nothing is set yet: every focus guard is listed.
    let r = command(&officer, "agreeFocus", review, 1).await;
    assert_eq!(
        unmet_codes(&r),
        codes(&[
            "FOCUS_THEME_MISSING",
            "FOCUS_KEY_QUESTION_MISSING",
            "FOCUS_HOST_SIGN_OFF_MISSING",
            "FOCUS_PROGRAMME_SIGN_OFF_MISSING"
        ])
    );
    // The checklist says the same before the click.
    let r = officer
        .gql("query($r: UUID!) { review(id: $r) { nextCommand { command allowed unmet { code } } } }", json!({ "r": review }))
        .await;
    assert_eq!(ok(&r)["review"]["nextCommand"]["command"], "AGREE_FOCUS");
    assert_eq!(
        ok(&r)["review"]["nextCommand"]["unmet"]
            .as_array()
            .unwrap()
            .len(),
        4
    );

    // The host lead sets the focus and signs; a programme officer signs.
    let focus = json!({ "theme": "Inclusion", "keyQuestions": ["How well are learners with additional support needs included?"], "scope": "Secondary" });
    let r = lead
        .gql(UPDATE_FOCUS, json!({ "r": review, "v": 1, "i": focus }))
        .await;
    assert_eq!(ok(&r)["updateFocus"]["focus"]["theme"], "Inclusion");
    let v = version(&officer, review).await;
    ok(&lead.gql(SIGN_OFF, json!({ "r": review, "v": v })).await);
    let r = command(
        &officer,
        "agreeFocus",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(
        unmet_codes(&r),
        codes(&["FOCUS_PROGRAMME_SIGN_OFF_MISSING"])
    );
    ok(&officer
        .gql(
            SIGN_OFF,
            json!({ "r": review, "v": version(&officer, review).await }),
        )
        .await);
    let r = command(
        &officer,
        "agreeFocus",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(ok(&r)["agreeFocus"]["state"], "FOCUS_AGREED");

    // formTeam lists what the empty team lacks.
    let r = command(
        &officer,
        "formTeam",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(
        unmet_codes(&r),
        codes(&[
            "TEAM_TOO_SMALL",
            "TEAM_LEAD_MISSING",
            "TEAM_ADES_MISSING",
            "TEAM_EDUCATION_SCOTLAND_MISSING"
        ])
    );

    // Six people: ADES, ES, HMI, two peers (one leads) and a host officer.
    let people = [
        (demo_id(&app, Demo::Officer).await, "MEMBER", None),
        (
            demo_id(&app, Demo::Reviewer).await,
            "MEMBER",
            Some(Demo::Reviewer.email().to_string()),
        ),
        (
            person(&app, "hmi@example.org", "HMIE", vec![Role::Reviewer], false).await,
            "MEMBER",
            Some("hmi@example.org".into()),
        ),
        (
            person(
                &app,
                "fife@example.org",
                "Fife",
                vec![Role::AuthorityUser],
                false,
            )
            .await,
            "LEAD",
            Some("fife@example.org".into()),
        ),
        (
            person(
                &app,
                "glasgow@example.org",
                "Glasgow City",
                vec![Role::AuthorityUser],
                false,
            )
            .await,
            "MEMBER",
            Some("glasgow@example.org".into()),
        ),
        (
            demo_id(&app, Demo::Qio).await,
            "MEMBER",
            Some(Demo::Qio.email().to_string()),
        ),
    ];
    let mut team = Value::Null;
    for (user, role, _) in &people {
        let r = officer
            .gql(ADD_MEMBER, json!({ "r": review, "v": version(&officer, review).await, "u": user, "role": role }))
            .await;
        team = ok(&r)["addTeamMember"]["team"].clone();
    }
    let affiliations: BTreeSet<String> = team
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["affiliation"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        affiliations,
        codes(&[
            "ADES",
            "EDUCATION_SCOTLAND",
            "HM_INSPECTORS",
            "PEER_AUTHORITY",
            "HOST"
        ])
    );
    // The same person twice is refused, naming the field.
    let r = officer
        .gql(
            ADD_MEMBER,
            json!({ "r": review, "v": version(&officer, review).await, "u": people[0].0, "role": "MEMBER" }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert_eq!(r["errors"][0]["extensions"]["field"], "userId");
    // The invitations went out through the outbox, with the pre-reading.
    let mail = store::entities::outbox::Entity::find()
        .filter(store::entities::outbox::Column::Template.eq("review_invitation"))
        .all(app.store.conn())
        .await
        .unwrap();
    assert_eq!(mail.len(), 6);
    // The outbox is read without an order, so pick a member's invitation
    // by its role rather than by its place in the answer.
    let payloads: Vec<Value> = mail
        .iter()
        .map(|m| serde_json::from_str(&m.payload).unwrap())
        .collect();
    assert_eq!(payloads.iter().filter(|p| p["role"] == "LEAD").count(), 1);
    let payload = payloads
        .iter()
        .find(|p| p["role"] == "MEMBER")
        .expect("a member's invitation");
    assert_eq!(payload["host"], "City of Edinburgh");
    assert!(payload["link"]
        .as_str()
        .unwrap()
        .ends_with(&review.to_string()));
    assert!(payload["materials"].is_array());

    let r = command(
        &officer,
        "formTeam",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(unmet_codes(&r), codes(&["TEAM_INVITATION_PENDING"]));
    // Everyone accepts (the officer answers their own).
    for (i, (_, _, email)) in people.iter().enumerate() {
        let member = team[i]["id"].clone();
        let session = match email {
            Some(e) => as_person(&app, e).await,
            None => app.as_demo(Demo::Officer).await,
        };
        let r = session
            .gql(
                RESPOND,
                json!({ "m": member, "v": version(&officer, review).await, "a": true }),
            )
            .await;
        assert_eq!(ok(&r)["respondToTeamInvitation"]["invitation"], "ACCEPTED");
    }
    // Only a programme officer forms the team.
    let r = command(&lead, "formTeam", review, version(&officer, review).await).await;
    assert_eq!(error_code(&r), "FORBIDDEN");
    let r = command(
        &officer,
        "formTeam",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(ok(&r)["formTeam"]["state"], "TEAM_FORMED");

    // Later commands are refused naming the missing data: a CI
    // self-evaluation needs a document.
    let r = command(
        &lead,
        "submitSelfEvaluation",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(
        unmet_codes(&r),
        codes(&["SELF_EVALUATION_DOCUMENT_MISSING"])
    );
    let r = command(
        &officer,
        "startVisit",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(error_code(&r), "FORBIDDEN");
    // A stale version is a conflict.
    let r = officer
        .gql("mutation($r: UUID!) { postponeReview(reviewId: $r, version: 1, reason: \"Snow\") { state } }", json!({ "r": review }))
        .await;
    assert_eq!(error_code(&r), "CONFLICT");

    // The history shows each change: the transitions with their states,
    // and every edit, sign-off and team change in between.
    let r = officer
        .gql("query($r: UUID!) { review(id: $r) { history(first: 200) { total hasNextPage items { sequence kind command fromState toState summary detail actor { email } } } latestEvent { command } } }", json!({ "r": review }))
        .await;
    let page = &ok(&r)["review"]["history"];
    let history = page["items"].as_array().unwrap().clone();
    assert_eq!(page["total"], json!(history.len()));
    assert_eq!(page["hasNextPage"], false);
    let steps: Vec<(Value, Value)> = history
        .iter()
        .filter(|e| e["toState"].is_string())
        .map(|e| (e["command"].clone(), e["toState"].clone()))
        .collect();
    assert_eq!(
        steps,
        vec![
            (json!("SCHEDULE"), json!("SCHEDULED")),
            (json!("AGREE_FOCUS"), json!("FOCUS_AGREED")),
            (json!("FORM_TEAM"), json!("TEAM_FORMED")),
        ]
    );
    let kinds: Vec<&str> = history
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    let count = |kind: &str| kinds.iter().filter(|k| **k == kind).count();
    assert_eq!(count("FOCUS_EDITED"), 1, "{kinds:?}");
    assert_eq!(count("FOCUS_SIGNED_OFF"), 2, "{kinds:?}");
    assert_eq!(count("MEMBER_ADDED"), 6, "{kinds:?}");
    assert_eq!(count("MEMBER_ANSWERED"), 6, "{kinds:?}");
    let form_team = history
        .iter()
        .find(|e| e["command"] == "FORM_TEAM")
        .unwrap();
    assert_eq!(form_team["fromState"], "FOCUS_AGREED");
    assert_eq!(form_team["actor"]["email"], Demo::Officer.email());
    let edited = history
        .iter()
        .find(|e| e["kind"] == "FOCUS_EDITED")
        .unwrap();
    assert_eq!(edited["toState"], Value::Null, "an edit leaves the state");
    assert_eq!(edited["detail"]["theme"], "Inclusion");
    assert_eq!(edited["actor"]["email"], Demo::Lead.email());
    let signed = history
        .iter()
        .find(|e| e["kind"] == "FOCUS_SIGNED_OFF")
        .unwrap();
    assert_eq!(
        signed["summary"],
        "Signed off the focus for City of Edinburgh"
    );
    assert_eq!(ok(&r)["review"]["latestEvent"]["command"], "FORM_TEAM");

    // …and downloads as CSV and JSON for those who may see it.
    let csv = officer
        .client
        .get(format!("{}/reviews/{review}/history.csv", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let text = csv.text().await.unwrap();
    assert_eq!(text.lines().count(), history.len() + 1, "{text}");
    assert_eq!(
        text.lines().next(),
        Some("sequence,kind,at,actor,actor_email,command,from,to,reason,summary,detail")
    );
    assert!(
        text.contains("\"formTeam\",\"FOCUS_AGREED\",\"TEAM_FORMED\""),
        "{text}"
    );
    assert!(text.contains(",\"FOCUS_EDITED\","), "{text}");
    let json_rows: Value = officer
        .client
        .get(format!("{}/reviews/{review}/history.json", app.address))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(json_rows.as_array().unwrap().len(), history.len());
    let edited = json_rows
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "FOCUS_EDITED")
        .unwrap();
    assert_eq!(edited["detail"]["theme"], "Inclusion");
    assert_eq!(edited["to"], Value::Null);
    let anonymous = app.anonymous();
    let r = anonymous
        .client
        .get(format!("{}/reviews/{review}/history.csv", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
}

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn bad_input_gets_a_clear_error_naming_the_field_and_loses_nothing(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI bad input").await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let field = |r: &Value| {
        r["errors"][0]["extensions"]["field"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };

    let r = officer
        .gql(SCHEDULE, json!({ "i": { "programmeId": Uuid::new_v4(), "hostIds": [edinburgh], "phase": 1, "targetMonth": "2025-10" } }))
        .await;
    assert_eq!(error_code(&r), "NOT_FOUND");
    let r = officer
        .gql(SCHEDULE, json!({ "i": { "programmeId": programme, "hostIds": [Uuid::new_v4()], "phase": 1, "targetMonth": "2025-10" } }))
        .await;
    assert_eq!(error_code(&r), "NOT_FOUND");
    let r = officer
        .gql(SCHEDULE, json!({ "i": { "programmeId": programme, "hostIds": [edinburgh], "phase": 1, "targetMonth": "2026-09" } }))
        .await;
    assert_eq!(
        (error_code(&r), field(&r).as_str()),
        ("VALIDATION", "targetMonth"),
        "{r}"
    );
    let r = officer
        .gql(SCHEDULE, json!({ "i": { "programmeId": programme, "hostIds": [edinburgh, edinburgh], "phase": 1, "targetMonth": "2025-10" } }))
        .await;
    assert_eq!(unmet_codes(&r), codes(&["HOST_DUPLICATED"]));
    let r = officer.gql("{ reviews { total } }", json!({})).await;
    assert_eq!(ok(&r)["reviews"]["total"], 0, "nothing was written");

    let review = schedule(&officer, programme, &[edinburgh], "2025-10").await;
    let r = officer
        .gql(UPDATE_FOCUS, json!({ "r": review, "v": 1, "i": { "theme": "Inclusion", "keyQuestions": ["Fine?", "  "] } }))
        .await;
    assert_eq!(
        (error_code(&r), field(&r).as_str()),
        ("VALIDATION", "keyQuestions")
    );
    let r = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { version theme } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(
        ok(&r)["review"],
        json!({ "version": 1, "theme": null }),
        "nothing was written"
    );

    let r = officer
        .gql(
            "mutation($r: UUID!) { agreeFocus(reviewId: $r, version: 1) { id } }",
            json!({ "r": Uuid::new_v4() }),
        )
        .await;
    assert_eq!(error_code(&r), "NOT_FOUND");

    let quad = "mutation($i: QuadInput!) { createQuad(input: $i) { id authorities { name } } }";
    let mut a = Vec::new();
    for n in ["Fife", "Falkirk", "Stirling", "West Lothian"] {
        a.push(org_id(&app, n).await);
    }
    let r = officer
        .gql(
            quad,
            json!({ "i": { "session": "2025-26", "name": "East", "authorityIds": a } }),
        )
        .await;
    assert_eq!(
        ok(&r)["createQuad"]["authorities"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    let mut b = Vec::new();
    for n in ["Fife", "Angus", "Moray", "Highland"] {
        b.push(org_id(&app, n).await);
    }
    let r = officer
        .gql(
            quad,
            json!({ "i": { "session": "2025-26", "name": "North", "authorityIds": b } }),
        )
        .await;
    assert_eq!(
        (error_code(&r), field(&r).as_str()),
        ("VALIDATION", "authorityIds")
    );
    let r = officer
        .gql(
            quad,
            json!({ "i": { "session": "2026-27", "name": "North", "authorityIds": b } }),
        )
        .await;
    ok(&r);
    let r = officer
        .gql("{ quads(session: \"2025-26\") { name } }", json!({}))
        .await;
    assert_eq!(
        ok(&r)["quads"].as_array().unwrap().len(),
        1,
        "the refused quad was not written"
    );
}

async fn two_officers_acting_on_the_same_version_one_succeeds_and_the_other_gets_a_conflict(
    app: TestApp,
) {
    let first = app.as_demo(Demo::Officer).await;
    person(
        &app,
        "officer2@example.org",
        "ADES",
        vec![Role::ProgrammeOfficer],
        false,
    )
    .await;
    let second = as_person(&app, "officer2@example.org").await;
    let programme = ci_programme(&first, "CI race").await;
    let review = schedule(&first, programme, &[org_id(&app, "Fife").await], "2025-11").await;
    let q = "mutation($r: UUID!) { postponeReview(reviewId: $r, version: 1, reason: \"Snow\") { state } }";
    let (a, b) = futures::join!(
        first.gql(q, json!({ "r": review })),
        second.gql(q, json!({ "r": review }))
    );
    let outcomes: BTreeSet<String> = [&a, &b]
        .iter()
        .map(|r| {
            r["errors"][0]["extensions"]["code"]
                .as_str()
                .unwrap_or("OK")
                .to_string()
        })
        .collect();
    assert_eq!(outcomes, codes(&["OK", "CONFLICT"]), "{a} {b}");
    let r = first
        .gql(
            "query($r: UUID!) { review(id: $r) { state history { items { command } } } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(ok(&r)["review"]["state"], "POSTPONED");
    assert_eq!(
        ok(&r)["review"]["history"]["items"]
            .as_array()
            .unwrap()
            .len(),
        2,
        "one postponement recorded"
    );
}

async fn anonymous_callers_see_only_the_public_fields(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI public").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "Moray").await],
        "2026-02",
    )
    .await;
    let anonymous = app.anonymous();
    let r = anonymous
        .gql(
            "query($r: UUID!) { review(id: $r) { hosts { name } phase targetMonth theme state } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(ok(&r)["review"]["hosts"][0]["name"], "Moray");
    for field in [
        "focus { keyQuestions }",
        "team { id }",
        "history { items { id } }",
        "availableCommands { command }",
    ] {
        let r = anonymous
            .gql(
                &format!("query($r: UUID!) {{ review(id: $r) {{ state {field} }} }}"),
                json!({ "r": review }),
            )
            .await;
        assert_eq!(error_code(&r), "UNAUTHENTICATED", "{field}: {r}");
        assert_eq!(
            r["data"]["review"]["state"], "SCHEDULED",
            "public fields still answer"
        );
    }
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let r = reviewer
        .gql(
            "query($r: UUID!) { review(id: $r) { team { id } } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "a reviewer not on the team");
}

async fn editing_the_focus_clears_its_sign_offs(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let programme = ci_programme(&officer, "CI focus").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "City of Edinburgh").await],
        "2025-09",
    )
    .await;
    let focus = json!({ "theme": "Numeracy", "keyQuestions": ["How well?"] });
    ok(&lead
        .gql(UPDATE_FOCUS, json!({ "r": review, "v": 1, "i": focus }))
        .await);
    ok(&lead.gql(SIGN_OFF, json!({ "r": review, "v": 2 })).await);
    let r = officer.gql(SIGN_OFF, json!({ "r": review, "v": 3 })).await;
    assert_eq!(
        ok(&r)["signOffFocus"]["focus"]["signOffs"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let r = officer.gql(UPDATE_FOCUS, json!({ "r": review, "v": 4, "i": { "theme": "Numeracy and mathematics", "keyQuestions": ["How well?"] } })).await;
    assert_eq!(ok(&r)["updateFocus"]["focus"]["signOffs"], json!([]));
    let r = command(&officer, "agreeFocus", review, 5).await;
    assert_eq!(
        unmet_codes(&r),
        codes(&[
            "FOCUS_HOST_SIGN_OFF_MISSING",
            "FOCUS_PROGRAMME_SIGN_OFF_MISSING"
        ])
    );
}

async fn a_reciprocal_pair_in_the_same_ci_phase_is_flagged_and_can_be_dismissed_with_a_reason(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI reciprocity").await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let fife = org_id(&app, "Fife").await;
    let of_fife = schedule(&officer, programme, &[fife], "2025-10").await;
    let of_edinburgh = schedule(&officer, programme, &[edinburgh], "2025-11").await;
    let fifer = person(
        &app,
        "fifer@example.org",
        "Fife",
        vec![Role::AuthorityUser],
        false,
    )
    .await;
    ok(&officer
        .gql(
            ADD_MEMBER,
            json!({ "r": of_fife, "v": version(&officer, of_fife).await, "u": demo_id(&app, Demo::Qio).await, "role": "MEMBER" }),
        )
        .await);
    ok(&officer
        .gql(
            ADD_MEMBER,
            json!({ "r": of_edinburgh, "v": version(&officer, of_edinburgh).await, "u": fifer, "role": "MEMBER" }),
        )
        .await);
    let q = "query($r: UUID!) { review(id: $r) { conflicts { id dismissed otherReviewId description } availableCommands { command } } }";
    let r = officer.gql(q, json!({ "r": of_edinburgh })).await;
    let conflicts = ok(&r)["review"]["conflicts"].as_array().unwrap().clone();
    assert_eq!(conflicts.len(), 1, "{r}");
    assert_eq!(conflicts[0]["otherReviewId"], json!(of_fife));
    let r = officer
        .gql(
            "mutation($c: UUID!, $v: Int!) { dismissConflict(id: $c, version: $v, reason: \"  \") { dismissed } }",
            json!({ "c": conflicts[0]["id"], "v": version(&officer, of_edinburgh).await }),
        )
        .await;
    assert_eq!(unmet_codes(&r), codes(&["REASON_REQUIRED"]));
    let r = officer
        .gql(
            "mutation($c: UUID!, $v: Int!) { dismissConflict(id: $c, version: $v, reason: \"Different services: no shared staff\") { dismissed dismissalReason dismissedBy { email } } }",
            json!({ "c": conflicts[0]["id"], "v": version(&officer, of_edinburgh).await }),
        )
        .await;
    assert_eq!(ok(&r)["dismissConflict"]["dismissed"], true);
    assert_eq!(
        ok(&r)["dismissConflict"]["dismissedBy"]["email"],
        Demo::Officer.email()
    );
}

async fn a_member_can_decline_and_be_replaced_and_declined_members_stay_in_the_history(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let programme = ci_programme(&officer, "CI replace").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "Angus").await],
        "2026-01",
    )
    .await;
    let r = officer
        .gql(
            ADD_MEMBER,
            json!({ "r": review, "v": version(&officer, review).await, "u": demo_id(&app, Demo::Reviewer).await, "role": "MEMBER" }),
        )
        .await;
    let member = ok(&r)["addTeamMember"]["team"][0]["id"].clone();
    // Someone else cannot answer for them.
    let r = officer
        .gql(
            RESPOND,
            json!({ "m": member, "v": version(&officer, review).await, "a": false }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN");
    let r = reviewer
        .gql(
            RESPOND,
            json!({ "m": member, "v": version(&officer, review).await, "a": false }),
        )
        .await;
    assert_eq!(ok(&r)["respondToTeamInvitation"]["invitation"], "DECLINED");
    let other = person(&app, "es2@example.org", "ES", vec![Role::Reviewer], false).await;
    let r = officer
        .gql(
            "mutation($m: UUID!, $v: Int!, $u: UUID!) { replaceTeamMember(memberId: $m, version: $v, input: { userId: $u, role: MEMBER }) { team { invitation replaced user { email } } } }",
            json!({ "m": member, "v": version(&officer, review).await, "u": other }),
        )
        .await;
    let team = ok(&r)["replaceTeamMember"]["team"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(team.len(), 2);
    assert_eq!(team[0]["replaced"], true);
    assert_eq!(team[0]["invitation"], "DECLINED");
    assert_eq!(team[1]["user"]["email"], "es2@example.org");
    // Invited by email: an account invitation and a review invitation.
    let r = officer
        .gql(
            "mutation($r: UUID!, $v: Int!, $o: UUID!) { inviteTeamMember(reviewId: $r, version: $v, input: { email: \"New.Person@example.org\", name: \"New Person\", organisationId: $o, role: MEMBER }) { team { user { email invitationPending } } } }",
            json!({ "r": review, "v": version(&officer, review).await, "o": org_id(&app, "HMIE").await }),
        )
        .await;
    assert_eq!(
        ok(&r)["inviteTeamMember"]["team"][2]["user"]["invitationPending"],
        true
    );
    let links = app.queued_links("new.person@example.org").await;
    assert_eq!(links.len(), 2, "{links:?}");
    // Both are queued in one transaction with the same time: in either order.
    assert!(
        links.iter().any(|l| l.contains("/invitation/")),
        "{links:?}"
    );
    assert!(links.iter().any(|l| l.contains("/reviews/")), "{links:?}");
}

async fn the_demo_holds_the_2021_24_programme_and_a_quads_programme_in_several_states(
    app: TestApp,
) {
    server::accounts::add_demo_users(&app.store).await.unwrap();
    let file = repo_root().join("data/programmes/ci-2021-2024.json");
    let added = server::programmes::import_programme(&app.store, &file)
        .await
        .unwrap();
    assert_eq!(
        added,
        server::programmes::Imported::Added {
            programme: "Collaborative Improvement 2021-2024".into(),
            reviews: 32
        }
    );
    assert!(matches!(
        server::programmes::import_programme(&app.store, &file)
            .await
            .unwrap(),
        server::programmes::Imported::AlreadyThere { .. }
    ));
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    let anonymous = app.anonymous();
    let r = anonymous
        .gql("{ programmes { id name kind } }", json!({}))
        .await;
    let programmes = ok(&r)["programmes"].as_array().unwrap().clone();
    assert_eq!(programmes.len(), 2);
    let ci = programmes[0]["id"].clone();
    let r = anonymous
        .gql(
            "query($p: UUID!) { reviews(filter: { programmeId: $p }, limit: 100) { total items { state imported hosts { name } } } }",
            json!({ "p": ci }),
        )
        .await;
    let page = &ok(&r)["reviews"];
    assert_eq!(page["total"], 32);
    let items = page["items"].as_array().unwrap();
    assert!(items
        .iter()
        .all(|i| i["state"] == "CLOSED" && i["imported"] == true));
    assert_eq!(
        items
            .iter()
            .filter(|i| i["hosts"].as_array().unwrap().len() == 3)
            .count(),
        3,
        "the joint island reviews"
    );
    let r = anonymous
        .gql("query($p: UUID!) { reviews(filter: { programmeId: $p, phase: 2, theme: \"senior\" }) { total } }", json!({ "p": ci }))
        .await;
    assert_eq!(ok(&r)["reviews"]["total"], 4);
    let r = anonymous
        .gql("query($p: UUID!) { reviews(filter: { programmeId: $p, monthFrom: \"2024-01\", monthTo: \"2024-06\" }, offset: 2, limit: 2) { total items { targetMonth } } }", json!({ "p": ci }))
        .await;
    assert_eq!(ok(&r)["reviews"]["total"], 6);
    assert_eq!(ok(&r)["reviews"]["items"][0]["targetMonth"], "2024-03");
    let quads = programmes[1]["id"].clone();
    let r = anonymous
        .gql(
            "query($p: UUID!) { reviews(filter: { programmeId: $p }) { items { state } } }",
            json!({ "p": quads }),
        )
        .await;
    let states: BTreeSet<String> = ok(&r)["reviews"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["state"].as_str().unwrap().to_string())
        .collect();
    // Issue 15 item 11: a review with a submitted rubric too; issue 17:
    // one in the middle of its visit; issue 18: one with its report
    // published, which issue 20 takes on into follow-up.
    assert_eq!(
        states,
        codes(&[
            "SCHEDULED",
            "POSTPONED",
            "TEAM_FORMED",
            "SELF_EVALUATION_SUBMITTED",
            "VISIT_IN_PROGRESS",
            "FOLLOW_UP"
        ])
    );
    let r = anonymous
        .gql(
            "{ quads(session: \"2024-25\") { authorities { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(ok(&r)["quads"].as_array().unwrap().len(), 8);
}

const PROGRAMME_PAGE: &str = "query($p: UUID!) { reviews(filter: { programmeId: $p }, limit: 100) { total items { id state theme targetMonth hosts { name } focus { theme keyQuestions signOffs { user { name } } } team { role affiliation invitation user { name organisation { name } } organisation { name } } latestEvent { at command toState actor { name } } } } }";

/// A programme with `n` reviews, each with a focus, a sign-off, a
/// two-person team and two events, written straight to the store.
async fn programme_with(app: &TestApp, n: usize) -> Uuid {
    use store::review::{self as reviews, NewMember};
    use store::TransactionTrait;
    let now = chrono::Utc::now();
    let txn = app.store.conn().begin().await.unwrap();
    let spec = store::programme::ProgrammeSpec {
        name: format!("Programme of {n}"),
        phases: vec![domain::programme::Phase {
            number: 1,
            from: domain::programme::Month::parse("2025-08").unwrap(),
            to: domain::programme::Month::parse("2026-06").unwrap(),
        }],
        settings: domain::programme::ProgrammeSettings::defaults_for(
            domain::lifecycle::ProgrammeKind::Ci,
        ),
    };
    let programme = store::programme::create_programme(&txn, &spec, now)
        .await
        .unwrap();
    let authorities: Vec<_> = store::reference::organisations(&txn)
        .await
        .unwrap()
        .into_iter()
        .filter(|o| o.gss_code.is_some())
        .collect();
    let officer = store::identity::user_by_email(&txn, Demo::Officer.email())
        .await
        .unwrap()
        .unwrap()
        .0;
    let reviewer = store::identity::user_by_email(&txn, Demo::Reviewer.email())
        .await
        .unwrap()
        .unwrap()
        .0;
    let po = Actor {
        user_id: officer.id,
        programme_officer: true,
        ..Actor::default()
    };
    for i in 0..n {
        let host = |a: &domain::Organisation| domain::lifecycle::AuthorityRef {
            authority_id: a.id,
            name: a.name.clone(),
        };
        let hosts = if i % 7 == 3 {
            vec![host(&authorities[i % 32]), host(&authorities[(i + 1) % 32])]
        } else {
            vec![host(&authorities[i % 32])]
        };
        let request = domain::lifecycle::ScheduleRequest {
            kind: domain::lifecycle::ProgrammeKind::Ci,
            placement: domain::lifecycle::Placement {
                programme_id: programme.id,
                quad_id: None,
                hosts,
                slot: domain::lifecycle::Slot {
                    phase: 1,
                    month: domain::programme::Month::parse("2025-10").unwrap(),
                },
                theme: None,
            },
            quad_members: Vec::new(),
        };
        let decided = domain::lifecycle::decide_schedule(&request, &po, now).unwrap();
        let review = reviews::insert_review(&txn, &decided).await.unwrap();
        let focus =
            domain::programme::Focus::parse("Inclusion", &["How well?".into()], None).unwrap();
        let decided =
            decide_and_record(&txn, &programme, review.id, Change::EditFocus(focus), &po).await;
        reviews::set_focus(&txn, &decided, review.id).await.unwrap();
        let decided =
            decide_and_record(&txn, &programme, review.id, Change::SignOffFocus, &po).await;
        reviews::add_sign_off(&txn, &decided, review.id)
            .await
            .unwrap();
        for (user, kind) in [
            (&officer, domain::OrganisationKind::Ades),
            (&reviewer, domain::OrganisationKind::EducationScotland),
        ] {
            let person = PersonRef {
                user_id: user.id,
                name: user.name.clone(),
            };
            let role = domain::lifecycle::TeamRole::Member;
            let added = decide_and_record(
                &txn,
                &programme,
                review.id,
                Change::AddMember { person, role },
                &po,
            )
            .await;
            reviews::add_member(
                &txn,
                &added,
                &NewMember {
                    review_id: review.id,
                    user_id: user.id,
                    organisation_id: user.organisation_id,
                    affiliation: domain::programme::affiliation_of(kind, user.organisation_id, &[]),
                    role: domain::lifecycle::TeamRole::Member,
                    first_time: false,
                },
            )
            .await
            .unwrap();
        }
        let review = reviews::review(&txn, review.id).await.unwrap();
        let facts = reviews::facts(&txn, &review, &programme).await.unwrap();
        let postpone = Command::Postpone {
            reason: "Later".into(),
        };
        let decided =
            domain::lifecycle::decide_command(&facts, &postpone, &po, now, now.date_naive())
                .unwrap();
        reviews::apply_event(&txn, &review, &decided).await.unwrap();
    }
    txn.commit().await.unwrap();
    programme.id
}

/// Decides `change` on the review as it is now, and records it, as the use
/// cases do: the handle the store's writes take.
async fn decide_and_record(
    txn: &store::DatabaseTransaction,
    programme: &store::programme::Programme,
    review_id: Uuid,
    change: Change,
    actor: &Actor,
) -> Decided {
    let review = store::review::review(txn, review_id).await.unwrap();
    let facts = store::review::facts(txn, &review, programme).await.unwrap();
    let decided =
        domain::lifecycle::decide_change(&facts, &change, actor, chrono::Utc::now()).unwrap();
    store::review::claim_version(txn, &decided, review.id, review.version)
        .await
        .unwrap();
    store::review::record_event(txn, &review, &decided)
        .await
        .unwrap();
    decided
}

/// Statements are counted at the connection the whole server shares, so the
/// mail dispatcher is told to poll only hourly: after its first look at
/// start-up nothing else runs while a request is measured.
async fn the_programme_page_runs_the_same_number_of_statements_for_1_10_and_100_reviews(db: Db) {
    let app = crate::helpers::spawn_app_with(db, |o| {
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "3600000".into())];
    })
    .await;
    let officer = app.as_demo(Demo::Officer).await;
    let mut counts = Vec::new();
    for n in [1, 10, 100] {
        let programme = programme_with(&app, n).await;
        // Warm up: a session touch, if one is due, happens here.
        ok(&officer.gql("{ me { id } }", json!({})).await);
        let before = app.store.statements_executed();
        let r = officer.gql(PROGRAMME_PAGE, json!({ "p": programme })).await;
        let after = app.store.statements_executed();
        let items = ok(&r)["reviews"]["items"].as_array().unwrap().clone();
        assert_eq!(items.len(), n);
        assert_eq!(items[0]["team"].as_array().unwrap().len(), 2);
        assert_eq!(items[0]["latestEvent"]["command"], "POSTPONE");
        assert_eq!(
            items[0]["focus"]["signOffs"][0]["user"]["name"],
            "Morag Officer"
        );
        counts.push(after - before);
    }
    assert!(
        counts.iter().all(|c| *c == counts[0]),
        "statements for 1, 10 and 100 reviews: {counts:?}"
    );
    assert!(counts[0] < 25, "{counts:?}");
}

on_both_databases!(
    a_review_goes_from_scheduled_to_team_formed_with_every_guard_enforced_and_the_history_shows_each_step,
    bad_input_gets_a_clear_error_naming_the_field_and_loses_nothing,
    two_officers_acting_on_the_same_version_one_succeeds_and_the_other_gets_a_conflict,
    anonymous_callers_see_only_the_public_fields,
    editing_the_focus_clears_its_sign_offs,
    a_reciprocal_pair_in_the_same_ci_phase_is_flagged_and_can_be_dismissed_with_a_reason,
    a_member_can_decline_and_be_replaced_and_declined_members_stay_in_the_history,
    the_demo_holds_the_2021_24_programme_and_a_quads_programme_in_several_states,
);

async fn a_programme_takes_its_kinds_defaults_and_a_stale_edit_is_a_conflict(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let phases = json!([{ "number": 1, "from": "2025-09", "to": "2026-06" }]);
    let r = officer
        .gql(
            CREATE_PROGRAMME,
            json!({ "i": { "name": "Quads 2025-26", "kind": "QUADS", "phases": phases } }),
        )
        .await;
    let created = ok(&r)["createProgramme"].clone();
    assert_eq!(
        created["rules"],
        json!({ "teamSizeMin": 6, "teamSizeMax": 12, "reciprocity": "EXPECTED", "selfEvaluationMode": "RUBRIC", "visitLengthDays": 3 })
    );
    let update = "mutation($id: UUID!, $v: Int!, $i: ProgrammeInput!) { updateProgramme(id: $id, version: $v, input: $i) { version rules { teamSizeMin hmiRequired frameworkId frameworkVersion } } }";
    let input = json!({ "name": "Quads 2025-26", "kind": "QUADS", "phases": phases, "rules": { "teamSizeMin": 8, "hmiRequired": true, "frameworkId": "hgios4", "frameworkVersion": 1 } });
    let r = officer
        .gql(update, json!({ "id": created["id"], "v": 1, "i": input }))
        .await;
    assert_eq!(ok(&r)["updateProgramme"]["version"], 2);
    assert_eq!(ok(&r)["updateProgramme"]["rules"]["frameworkId"], "hgios4");
    let r = officer
        .gql(update, json!({ "id": created["id"], "v": 1, "i": input }))
        .await;
    assert_eq!(error_code(&r), "CONFLICT");
    let mut bad = input.clone();
    bad["rules"]["teamSizeMax"] = json!(4);
    let r = officer
        .gql(update, json!({ "id": created["id"], "v": 2, "i": bad }))
        .await;
    assert_eq!(r["errors"][0]["extensions"]["field"], "teamSizeMax");
    bad = input.clone();
    bad["rules"]["frameworkId"] = json!("no-such-framework");
    let r = officer
        .gql(update, json!({ "id": created["id"], "v": 2, "i": bad }))
        .await;
    assert_eq!(r["errors"][0]["extensions"]["field"], "framework");
    let r = officer
        .gql(
            CREATE_PROGRAMME,
            json!({ "i": { "name": "Quads 2025-26", "kind": "CI", "phases": phases } }),
        )
        .await;
    assert_eq!(
        r["errors"][0]["extensions"]["field"], "name",
        "names are unique"
    );

    // Materials: links, for signed-in people.
    let r = officer
        .gql(
            "mutation($p: UUID!) { addMaterial(programmeId: $p, input: { title: \"Key terms\", url: \"ftp://example.org\" }) { id } }",
            json!({ "p": created["id"] }),
        )
        .await;
    assert_eq!(r["errors"][0]["extensions"]["field"], "url");
    let r = officer
        .gql(
            "mutation($p: UUID!) { addMaterial(programmeId: $p, input: { title: \"Key terms\", url: \"https://example.org/terms\" }) { id title } }",
            json!({ "p": created["id"] }),
        )
        .await;
    assert_eq!(ok(&r)["addMaterial"]["title"], "Key terms");
    let q = "query($p: UUID!) { programme(id: $p) { materials { url } } }";
    let r = app
        .as_demo(Demo::Reviewer)
        .await
        .gql(q, json!({ "p": created["id"] }))
        .await;
    assert_eq!(
        ok(&r)["programme"]["materials"][0]["url"],
        "https://example.org/terms"
    );
    let r = app.anonymous().gql(q, json!({ "p": created["id"] })).await;
    assert_eq!(error_code(&r), "UNAUTHENTICATED");
}

async fn a_quads_review_is_hosted_by_a_member_of_its_quad_and_its_team_needs_every_other_member(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let phases = json!([{ "number": 1, "from": "2025-09", "to": "2026-06" }]);
    let r = officer
        .gql(
            CREATE_PROGRAMME,
            json!({ "i": { "name": "Quads test", "kind": "QUADS", "phases": phases } }),
        )
        .await;
    let programme = ok(&r)["createProgramme"]["id"].clone();
    let mut members = Vec::new();
    for n in [
        "Aberdeen City",
        "Aberdeenshire",
        "City of Edinburgh",
        "East Dunbartonshire",
    ] {
        members.push(org_id(&app, n).await);
    }
    let r = officer
        .gql(
            "mutation($i: QuadInput!) { createQuad(input: $i) { id } }",
            json!({ "i": { "session": "2025-26", "name": "Family group 1", "authorityIds": members } }),
        )
        .await;
    let quad = ok(&r)["createQuad"]["id"].clone();
    let schedule_in = |hosts: Value, quad: Value| json!({ "i": { "programmeId": programme, "hostIds": hosts, "quadId": quad, "phase": 1, "targetMonth": "2025-11" } });
    let r = officer
        .gql(SCHEDULE, schedule_in(json!([members[2]]), Value::Null))
        .await;
    assert_eq!(r["errors"][0]["extensions"]["field"], "quadId");
    let fife = org_id(&app, "Fife").await;
    let r = officer
        .gql(SCHEDULE, schedule_in(json!([fife]), quad.clone()))
        .await;
    assert_eq!(unmet_codes(&r), codes(&["QUAD_HOST_INVALID"]));
    let r = officer
        .gql(SCHEDULE, schedule_in(json!([members[2]]), quad.clone()))
        .await;
    let review: Uuid = serde_json::from_value(ok(&r)["scheduleReview"]["id"].clone()).unwrap();
    let r = officer
        .gql("query($r: UUID!) { review(id: $r) { quad { authorities { name } } availableCommands { command allowed unmet { code } } } }", json!({ "r": review }))
        .await;
    assert_eq!(
        ok(&r)["review"]["quad"]["authorities"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    let commands: Vec<Value> = ok(&r)["review"]["availableCommands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["command"].clone())
        .collect();
    assert_eq!(
        commands,
        vec![json!("AGREE_FOCUS"), json!("WITHDRAW"), json!("POSTPONE")]
    );

    // Straight to the team guard: the quad's other three must be on it.
    {
        use store::TransactionTrait;
        let txn = app.store.conn().begin().await.unwrap();
        let stored = store::review::review(&txn, review).await.unwrap();
        let programme = store::programme::programme(&txn, stored.programme_id)
            .await
            .unwrap();
        let mut facts = store::review::facts(&txn, &stored, &programme)
            .await
            .unwrap();
        // As if the focus were agreed: only the team guard matters here.
        facts.state = domain::lifecycle::ReviewState::FocusAgreed;
        let unmet: BTreeSet<String> = domain::lifecycle::check(
            &facts,
            domain::lifecycle::CommandKind::FormTeam,
            chrono::Utc::now().date_naive(),
        )
        .into_iter()
        .filter(|u| u.code == domain::lifecycle::GuardCode::TeamQuadAuthorityMissing)
        .map(|u| u.message)
        .collect();
        assert_eq!(unmet.len(), 3, "{unmet:?}");
        assert!(unmet.iter().any(|m| m.contains("Aberdeenshire")));
        txn.rollback().await.unwrap();
    }
}

/// Why importing the programme file at `path` is refused.
async fn import_error(app: &TestApp, path: &std::path::Path) -> String {
    server::programmes::import_programme(&app.store, path)
        .await
        .expect_err("the file is refused")
        .to_string()
}

async fn importing_a_programme_file_with_an_unknown_host_names_the_file_and_field_and_writes_nothing(
    app: TestApp,
) {
    let path = app.dir.path().join("programme.json");
    std::fs::write(
        &path,
        r#"{ "programme": { "name": "Old", "kind": "CI", "phases": [{ "number": 1, "from": "2019-09", "to": "2020-06" }] },
             "visits": [{ "phase": 1, "hosts": ["Fife"], "month": "2019-10", "theme": "Numeracy" },
                        { "phase": 1, "hosts": ["Atlantis"], "month": "2019-11" }] }"#,
    )
    .unwrap();
    let err = import_error(&app, &path).await;
    assert!(
        err.contains("programme.json: visits[1].hosts[0]") && err.contains("Atlantis"),
        "{err}"
    );
    std::fs::write(
        &path,
        r#"{ "programme": { "name": "Old", "kind": "CI", "phases": [{ "number": 1, "from": "2019-09", "to": "2020-06" }] },
             "visits": [{ "phase": 1, "hosts": ["Fife"], "month": "2021-10" }] }"#,
    )
    .unwrap();
    let err = import_error(&app, &path).await;
    assert!(err.contains("visits[0].month"), "{err}");
    // A report address that is not a web link is named by its visit too.
    for bad in [
        "ftp://reports.example.org/fife.pdf",
        "https://x",
        "https://example.org/a report.pdf",
    ] {
        std::fs::write(
            &path,
            json!({
                "programme": { "name": "Old", "kind": "CI",
                    "phases": [{ "number": 1, "from": "2019-09", "to": "2020-06" }] },
                "visits": [
                    { "phase": 1, "hosts": ["Fife"], "month": "2019-10",
                      "report_url": "https://education.example.org/ci/fife.pdf" },
                    { "phase": 1, "hosts": ["Angus"], "month": "2019-11", "report_url": bad }
                ]
            })
            .to_string(),
        )
        .unwrap();
        let err = import_error(&app, &path).await;
        assert!(
            err.contains("programme.json: visits[1].report_url") && err.contains("https://"),
            "{bad}: {err}"
        );
    }
    assert!(store::programme::programmes(app.store.conn())
        .await
        .unwrap()
        .is_empty());
}

on_both_databases!(
    a_programme_takes_its_kinds_defaults_and_a_stale_edit_is_a_conflict,
    a_quads_review_is_hosted_by_a_member_of_its_quad_and_its_team_needs_every_other_member,
    importing_a_programme_file_with_an_unknown_host_names_the_file_and_field_and_writes_nothing,
);

crate::each_database!(
    the_programme_page_runs_the_same_number_of_statements_for_1_10_and_100_reviews
);

/// A multipart form with a title and a file, as a browser sends it.
pub fn upload_form(
    title: &str,
    file_name: &str,
    content_type: &str,
    bytes: &[u8],
) -> (String, Vec<u8>) {
    let boundary = "quads-test-boundary-7d1f";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n{title}\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: {content_type}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

pub async fn upload(
    app: &TestApp,
    session: &Session,
    programme: Uuid,
    file_name: &str,
    content_type: &str,
    bytes: &[u8],
) -> reqwest::Response {
    let (ct, body) = upload_form("Key terms", file_name, content_type, bytes);
    session
        .client
        .post(format!("{}/programmes/{programme}/materials", app.address))
        .header("content-type", ct)
        .header("x-requested-with", "quads")
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn an_officer_uploads_a_document_as_material_and_signed_in_people_download_it(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI uploads").await;
    let pdf = b"%PDF-1.7\n% a tiny test document\n";
    let r = upload(
        &app,
        &officer,
        programme,
        "Key terms.pdf",
        "application/pdf",
        pdf,
    )
    .await;
    assert_eq!(r.status(), 201);
    let created: Value = r.json().await.unwrap();
    let url = created["url"].as_str().unwrap().to_string();
    assert!(
        url.starts_with("/materials/") && url.ends_with("/file"),
        "{url}"
    );

    // Not what it claims, too big, or not a document: refused naming the field.
    for (name, ct, bytes) in [
        ("page.pdf", "application/pdf", b"<html>".to_vec()),
        ("page.html", "text/html", b"<html>".to_vec()),
        (
            "big.pdf",
            "application/pdf",
            [
                b"%PDF-".to_vec(),
                vec![b'x'; domain::attachment::DEFAULT_MAX_BYTES],
            ]
            .concat(),
        ),
    ] {
        let r = upload(&app, &officer, programme, name, ct, &bytes).await;
        assert!(
            r.status() == 422 || r.status() == 413,
            "{name}: {}",
            r.status()
        );
        if r.status() == 422 {
            let body: Value = r.json().await.unwrap();
            assert_eq!(body["error"]["field"], "file", "{name}");
        }
    }
    // Without the header a cross-site form cannot set, nothing is stored.
    let (ct, body) = upload_form("Forged", "x.pdf", "application/pdf", pdf);
    let r = officer
        .client
        .post(format!("{}/programmes/{programme}/materials", app.address))
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = upload(
        &app,
        &app.as_demo(Demo::Lead).await,
        programme,
        "x.pdf",
        "application/pdf",
        pdf,
    )
    .await;
    assert_eq!(r.status(), 403);
    let r = officer
        .gql(
            "query($p: UUID!) { programme(id: $p) { materials { title url } } }",
            json!({ "p": programme }),
        )
        .await;
    assert_eq!(
        ok(&r)["programme"]["materials"].as_array().unwrap().len(),
        1,
        "only the good upload"
    );

    let reviewer = app.as_demo(Demo::Reviewer).await;
    let r = reviewer
        .client
        .get(format!("{}{url}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    assert_eq!(
        r.headers()["content-disposition"],
        "attachment; filename=\"Key terms.pdf\""
    );
    assert_eq!(r.bytes().await.unwrap().as_ref(), pdf);
    let r = app
        .anonymous()
        .client
        .get(format!("{}{url}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);

    // A first-time team member's invitation links to it in full.
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "Fife").await],
        "2025-10",
    )
    .await;
    ok(&officer
        .gql(
            ADD_MEMBER,
            json!({ "r": review, "v": version(&officer, review).await, "u": demo_id(&app, Demo::Reviewer).await, "role": "MEMBER" }),
        )
        .await);
    let mail = store::entities::outbox::Entity::find()
        .filter(store::entities::outbox::Column::Template.eq("review_invitation"))
        .all(app.store.conn())
        .await
        .unwrap();
    let payload: Value = serde_json::from_str(&mail[0].payload).unwrap();
    assert_eq!(payload["materials"][0]["title"], "Key terms");
    assert_eq!(
        payload["materials"][0]["url"],
        format!(
            "{}{url}",
            app.config.public_url.as_str().trim_end_matches('/')
        )
    );
    // Removing the material removes its document.
    let r = officer
        .gql(
            "mutation($m: UUID!) { removeMaterial(id: $m) }",
            json!({ "m": created["id"] }),
        )
        .await;
    ok(&r);
    let r = reviewer
        .client
        .get(format!("{}{url}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

on_both_databases!(an_officer_uploads_a_document_as_material_and_signed_in_people_download_it);
