//! Editing and dissolving quads: only while none of their reviews is past
//! SCHEDULED, each review in the way named; an authority stays in one quad
//! per session.

use crate::helpers::{error_code, Demo, Session, TestApp};
use crate::lifecycle::{org_id, version, CREATE_PROGRAMME, SCHEDULE};
use crate::on_both_databases;
use serde_json::{json, Value};
use uuid::Uuid;

const CREATE: &str = "mutation($i: QuadInput!) { createQuad(input: $i) { id } }";
const UPDATE: &str = "mutation($id: UUID!, $i: QuadUpdateInput!) { updateQuad(id: $id, input: $i) { id name session authorities { name } } }";
const DISSOLVE: &str = "mutation($id: UUID!) { dissolveQuad(id: $id) }";
const QUADS: &str = "{ quads { id name session authorities { name } } }";
const UPDATE_FOCUS: &str = "mutation($r: UUID!, $v: Int!, $i: FocusInput!) { updateFocus(reviewId: $r, version: $v, input: $i) { version } }";
const SIGN_OFF: &str =
    "mutation($r: UUID!, $v: Int!) { signOffFocus(reviewId: $r, version: $v) { version } }";
const AGREE: &str =
    "mutation($r: UUID!, $v: Int!) { agreeFocus(reviewId: $r, version: $v) { state } }";

fn ok(r: &Value) -> &Value {
    assert!(r["errors"].is_null(), "unexpected errors: {r}");
    &r["data"]
}

/// The unmet guards of a GUARD_FAILED answer, as (code, message).
fn unmet(r: &Value) -> Vec<(String, String)> {
    assert_eq!(error_code(r), "GUARD_FAILED", "{r}");
    r["errors"][0]["extensions"]["unmet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["code"].as_str().unwrap().to_owned(),
                u["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn ids(app: &TestApp, names: &[&str]) -> Vec<Uuid> {
    let mut list = Vec::new();
    for n in names {
        list.push(org_id(app, n).await);
    }
    list
}

/// The quad with this id, as the public list shows it (null once gone).
async fn listed(officer: &Session, id: &Value) -> Value {
    let r = officer.gql(QUADS, json!({})).await;
    ok(&r)["quads"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| &q["id"] == id)
        .cloned()
        .unwrap_or(Value::Null)
}

async fn a_quad_is_edited_and_dissolved_only_while_no_review_is_past_scheduled_naming_each_review_in_the_way(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let r = officer
        .gql(
            CREATE_PROGRAMME,
            json!({ "i": { "name": "Quads test", "kind": "QUADS", "phases": [{ "number": 1, "from": "2025-09", "to": "2026-06" }] } }),
        )
        .await;
    let programme = ok(&r)["createProgramme"]["id"].clone();
    let north = ids(
        &app,
        &[
            "Aberdeen City",
            "Aberdeenshire",
            "City of Edinburgh",
            "East Dunbartonshire",
        ],
    )
    .await;
    let forth = ids(&app, &["Fife", "Falkirk", "Stirling", "West Lothian"]).await;
    let r = officer
        .gql(
            CREATE,
            json!({ "i": { "session": "2025-26", "name": "North", "authorityIds": north } }),
        )
        .await;
    let quad = ok(&r)["createQuad"]["id"].clone();
    let r = officer
        .gql(
            CREATE,
            json!({ "i": { "session": "2025-26", "name": "Forth", "authorityIds": forth } }),
        )
        .await;
    let other = ok(&r)["createQuad"]["id"].clone();
    let r = officer
        .gql(SCHEDULE, json!({ "i": { "programmeId": programme, "hostIds": [north[2]], "quadId": quad, "phase": 1, "targetMonth": "2025-11" } }))
        .await;
    let review: Uuid = serde_json::from_value(ok(&r)["scheduleReview"]["id"].clone()).unwrap();

    // Only scheduled: renamed, and Aberdeen City swapped for Angus.
    let angus = org_id(&app, "Angus").await;
    let members = [angus, north[1], north[2], north[3]];
    let r = officer
        .gql(
            UPDATE,
            json!({ "id": quad, "i": { "name": "North east", "authorityIds": members } }),
        )
        .await;
    assert_eq!(
        ok(&r)["updateQuad"],
        json!({ "id": quad, "name": "North east", "session": "2025-26", "authorities": [
            { "name": "Aberdeenshire" }, { "name": "Angus" }, { "name": "City of Edinburgh" }, { "name": "East Dunbartonshire" }
        ] })
    );
    let edited = listed(&officer, &quad).await;

    // Taking the scheduled review's host out is refused, naming the review.
    let without_host = [angus, north[1], north[0], north[3]];
    let r = officer
        .gql(
            UPDATE,
            json!({ "id": quad, "i": { "name": "North east", "authorityIds": without_host } }),
        )
        .await;
    let refusal = unmet(&r);
    assert_eq!(refusal.len(), 1);
    assert_eq!(refusal[0].0, "QUAD_HOST_WOULD_LEAVE");
    assert!(
        refusal[0]
            .1
            .starts_with("The review of City of Edinburgh, November 2025 is hosted by"),
        "{refusal:?}"
    );
    // An authority in another quad that session is still refused.
    let r = officer
        .gql(UPDATE, json!({ "id": quad, "i": { "name": "North east", "authorityIds": [forth[0], north[1], north[2], north[3]] } }))
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert_eq!(r["errors"][0]["extensions"]["field"], "authorityIds");
    // Three authorities, or an unknown quad: clear errors.
    let r = officer
        .gql(
            UPDATE,
            json!({ "id": quad, "i": { "name": "North east", "authorityIds": &members[..3] } }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    let r = officer.gql(DISSOLVE, json!({ "id": Uuid::new_v4() })).await;
    assert_eq!(error_code(&r), "NOT_FOUND");
    assert_eq!(listed(&officer, &quad).await, edited, "nothing was written");

    // A scheduled review names the quad: withdraw it first.
    let r = officer.gql(DISSOLVE, json!({ "id": quad })).await;
    assert_eq!(
        unmet(&r),
        [(
            "QUAD_HAS_REVIEWS".to_owned(),
            "The review of City of Edinburgh, November 2025 is scheduled for this quad: withdraw it first".to_owned()
        )]
    );

    // Past SCHEDULED: the focus agreed, the quad cannot change at all.
    let focus =
        json!({ "theme": "Inclusion", "keyQuestions": ["How well are learners included?"] });
    ok(&lead
        .gql(
            UPDATE_FOCUS,
            json!({ "r": review, "v": version(&officer, review).await, "i": focus }),
        )
        .await);
    ok(&lead
        .gql(
            SIGN_OFF,
            json!({ "r": review, "v": version(&officer, review).await }),
        )
        .await);
    ok(&officer
        .gql(
            SIGN_OFF,
            json!({ "r": review, "v": version(&officer, review).await }),
        )
        .await);
    let r = officer
        .gql(
            AGREE,
            json!({ "r": review, "v": version(&officer, review).await }),
        )
        .await;
    assert_eq!(ok(&r)["agreeFocus"]["state"], "FOCUS_AGREED");
    let r = officer
        .gql(
            UPDATE,
            json!({ "id": quad, "i": { "name": "Renamed", "authorityIds": members } }),
        )
        .await;
    let past = (
        "QUAD_REVIEW_UNDER_WAY".to_owned(),
        "The review of City of Edinburgh, November 2025 is past Scheduled (it is focus agreed)"
            .to_owned(),
    );
    assert_eq!(unmet(&r), std::slice::from_ref(&past));
    let r = officer.gql(DISSOLVE, json!({ "id": quad })).await;
    assert_eq!(unmet(&r), [past]);
    assert_eq!(listed(&officer, &quad).await, edited, "nothing was written");

    // A quad no review names is dissolved, and its authorities are free
    // for another quad that session.
    let r = officer.gql(DISSOLVE, json!({ "id": other })).await;
    assert_eq!(ok(&r)["dissolveQuad"], other);
    assert_eq!(listed(&officer, &other).await, Value::Null);
    let r = officer
        .gql(
            CREATE,
            json!({ "i": { "session": "2025-26", "name": "Forth again", "authorityIds": forth } }),
        )
        .await;
    ok(&r);
}

on_both_databases!(
    a_quad_is_edited_and_dissolved_only_while_no_review_is_past_scheduled_naming_each_review_in_the_way
);
