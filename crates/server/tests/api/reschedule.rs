//! Rescheduling a review: a programme officer moves it to another phase
//! and month with a reason before its visit starts; the history records
//! where it was and where it went, the accepted team and the host leads are
//! told by email, a stale version is a conflict and nothing is written.
//! And a review imported from a published timetable names the import, not
//! a person, as the actor of its first entry.

use crate::helpers::{error_code, repo_root, Demo, TestApp};
use crate::lifecycle::{
    ci_programme, codes, demo_id, ok, org_id, person, schedule, unmet_codes, version, ADD_MEMBER,
};
use crate::on_both_databases;
use domain::identity::Role;
use serde_json::{json, Value};
use store::sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

const RESCHEDULE: &str = "mutation($r: UUID!, $v: Int!, $i: RescheduleReviewInput!) { rescheduleReview(reviewId: $r, version: $v, input: $i) { version phase targetMonth state } }";
const HISTORY: &str = "query($r: UUID!) { review(id: $r) { history(first: 50) { items { kind reason toState detail summary actorName actor { email } } } } }";
const RESPOND: &str = "mutation($m: UUID!, $v: Int!) { respondToTeamInvitation(memberId: $m, version: $v, accept: true) { invitation } }";

fn input(month: &str, reason: &str) -> Value {
    json!({ "phase": 1, "targetMonth": month, "reason": reason })
}

async fn rescheduled_mail(app: &TestApp) -> Vec<(String, Value)> {
    store::entities::outbox::Entity::find()
        .filter(store::entities::outbox::Column::Template.eq("review_rescheduled"))
        .all(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.recipient, serde_json::from_str(&m.payload).unwrap()))
        .collect()
}

async fn an_officer_reschedules_a_review_the_history_shows_both_months_and_the_team_and_host_leads_are_told(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI rescheduling").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "City of Edinburgh").await],
        "2025-10",
    )
    .await;
    // One member accepted, one still pending: only the first is told.
    let accepted = demo_id(&app, Demo::Reviewer).await;
    let pending = person(
        &app,
        "pending@example.org",
        "HMIE",
        vec![Role::Reviewer],
        false,
    )
    .await;
    for user in [accepted, pending] {
        let r = officer
            .gql(
                ADD_MEMBER,
                json!({ "r": review, "v": version(&officer, review).await, "u": user, "role": "MEMBER" }),
            )
            .await;
        ok(&r);
    }
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let team = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { team { id user { id } } } }",
            json!({ "r": review }),
        )
        .await;
    let member = ok(&team)["review"]["team"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["user"]["id"] == json!(accepted))
        .unwrap()["id"]
        .clone();
    ok(&reviewer
        .gql(
            RESPOND,
            json!({ "m": member, "v": version(&officer, review).await }),
        )
        .await);

    let v = version(&officer, review).await;
    let r = officer
        .gql(
            RESCHEDULE,
            json!({ "r": review, "v": v, "i": input("2026-02", "  The council's budget meeting moved to January.  ") }),
        )
        .await;
    let moved = &ok(&r)["rescheduleReview"];
    assert_eq!(moved["targetMonth"], "2026-02");
    assert_eq!(moved["phase"], 1);
    assert_eq!(moved["state"], "SCHEDULED", "the state stays");
    assert_eq!(moved["version"], v + 1);

    let h = officer.gql(HISTORY, json!({ "r": review })).await;
    let items = ok(&h)["review"]["history"]["items"].as_array().unwrap();
    let last = items.last().unwrap();
    assert_eq!(last["kind"], "RESCHEDULED");
    assert_eq!(
        last["reason"],
        "The council's budget meeting moved to January."
    );
    assert_eq!(last["toState"], Value::Null);
    assert_eq!(
        last["detail"],
        json!({ "fromPhase": 1, "fromMonth": "2025-10", "toPhase": 1, "toMonth": "2026-02" })
    );
    assert_eq!(
        last["summary"],
        "Rescheduled from October 2025 (phase 1) to February 2026 (phase 1)"
    );
    assert_eq!(last["actor"]["email"], Demo::Officer.email());
    assert_eq!(last["actorName"], "Morag Officer");
    // The first entry is the scheduling, with where the review was put.
    assert_eq!(items[0]["kind"], "SCHEDULED");
    assert_eq!(
        items[0]["detail"],
        json!({ "hosts": ["City of Edinburgh"], "phase": 1, "month": "2025-10" })
    );

    // The download has it too, in its stable columns.
    let csv = officer
        .client
        .get(format!("{}/reviews/{review}/history.csv", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let line = csv.lines().last().unwrap();
    assert!(line.contains("\"RESCHEDULED\""), "{line}");
    assert!(line.contains("\"Morag Officer\""), "{line}");
    assert!(line.contains("toMonth"), "{line}");

    // The accepted member and the host lead are told, once each; the
    // pending invitee and the officer are not.
    let mail = rescheduled_mail(&app).await;
    let mut recipients: Vec<&str> = mail.iter().map(|(to, _)| to.as_str()).collect();
    recipients.sort_unstable();
    assert_eq!(recipients, [Demo::Lead.email(), Demo::Reviewer.email()]);
    let (_, payload) = &mail[0];
    assert_eq!(payload["from_month"], "October 2025");
    assert_eq!(payload["to_month"], "February 2026");
    assert_eq!(
        payload["reason"],
        "The council's budget meeting moved to January."
    );
    assert!(payload["link"]
        .as_str()
        .unwrap()
        .ends_with(&review.to_string()));
}

async fn a_reschedule_on_a_stale_version_or_outside_the_phases_changes_nothing(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI stale reschedule").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "Fife").await],
        "2025-11",
    )
    .await;
    let v = version(&officer, review).await;
    let r = officer
        .gql(
            RESCHEDULE,
            json!({ "r": review, "v": v - 1, "i": input("2026-01", "Snow") }),
        )
        .await;
    assert_eq!(error_code(&r), "CONFLICT", "{r}");
    let r = officer
        .gql(
            RESCHEDULE,
            json!({ "r": review, "v": v, "i": input("2026-09", "Later") }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(r["errors"][0]["extensions"]["field"], "targetMonth");
    let r = officer
        .gql(
            RESCHEDULE,
            json!({ "r": review, "v": v, "i": input("2025-13", "Later") }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    // The same month with no reason lists both problems.
    let r = officer
        .gql(
            RESCHEDULE,
            json!({ "r": review, "v": v, "i": input("2025-11", "  ") }),
        )
        .await;
    assert_eq!(
        unmet_codes(&r),
        codes(&["SLOT_UNCHANGED", "REASON_REQUIRED"])
    );
    // Someone who is not a programme officer learns nothing more.
    let lead = app.as_demo(Demo::Lead).await;
    let r = lead
        .gql(
            RESCHEDULE,
            json!({ "r": review, "v": v - 1, "i": input("2026-01", "Snow") }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let row = store::review::review(app.store.conn(), review)
        .await
        .unwrap();
    assert_eq!(row.target_month.to_string(), "2025-11");
    assert_eq!(i64::from(row.version), v);
    assert!(rescheduled_mail(&app).await.is_empty());
}

async fn a_review_whose_visit_has_started_cannot_be_rescheduled(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI visit started").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "Moray").await],
        "2025-11",
    )
    .await;
    // The visit's own records are a later stage: put the review there directly.
    let mut row: store::entities::review::ActiveModel =
        store::entities::review::Entity::find_by_id(review)
            .one(app.store.conn())
            .await
            .unwrap()
            .unwrap()
            .into();
    row.state = Set("VISIT_IN_PROGRESS".into());
    row.update(app.store.conn()).await.unwrap();
    let v = version(&officer, review).await;
    let r = officer
        .gql(
            RESCHEDULE,
            json!({ "r": review, "v": v, "i": input("2026-01", "Illness") }),
        )
        .await;
    assert_eq!(unmet_codes(&r), codes(&["VISIT_STARTED"]));
    let message = r["errors"][0]["extensions"]["unmet"][0]["message"]
        .as_str()
        .unwrap();
    assert!(message.contains("before its visit starts"), "{message}");
}

async fn an_imported_review_s_history_names_the_timetable_import_as_its_actor(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let file = repo_root().join("data/programmes/ci-2021-2024.json");
    server::programmes::import_programme(&app.store, &file)
        .await
        .unwrap();
    let r = officer
        .gql("{ reviews(limit: 1) { items { id } } }", json!({}))
        .await;
    let review: Uuid = serde_json::from_value(ok(&r)["reviews"]["items"][0]["id"].clone()).unwrap();
    let h = officer.gql(HISTORY, json!({ "r": review })).await;
    let first = &ok(&h)["review"]["history"]["items"][0];
    assert_eq!(first["kind"], "IMPORTED");
    assert_eq!(first["toState"], "CLOSED");
    assert_eq!(first["actor"], Value::Null);
    assert_eq!(first["actorName"], "Timetable import");
    assert!(first["detail"]["hosts"].is_array(), "{first}");
    let csv = officer
        .client
        .get(format!("{}/reviews/{review}/history.csv", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let row = csv.lines().nth(1).unwrap();
    assert!(row.starts_with("1,\"IMPORTED\","), "{row}");
    assert!(row.contains(",\"Timetable import\",\"\","), "{row}");
}

on_both_databases!(
    an_imported_review_s_history_names_the_timetable_import_as_its_actor,
    an_officer_reschedules_a_review_the_history_shows_both_months_and_the_team_and_host_leads_are_told,
    a_reschedule_on_a_stale_version_or_outside_the_phases_changes_nothing,
    a_review_whose_visit_has_started_cannot_be_rescheduled,
);
