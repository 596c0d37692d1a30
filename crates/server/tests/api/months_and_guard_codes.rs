//! Months are a `Month` scalar (YYYY-MM) and unmet guards carry a
//! `GuardCode` enum: both typed in the schema, a bad month refused while the
//! request is parsed, with a clear VALIDATION error and nothing written.

use crate::helpers::{error_code, Demo, TestApp};
use crate::lifecycle::{
    ci_programme, ok, org_id, schedule, unmet_codes, CREATE_PROGRAMME, SCHEDULE,
};
use crate::on_both_databases;
use serde_json::json;
use std::collections::BTreeSet;

#[test]
fn the_schema_types_months_as_month_and_guard_codes_as_guard_code() {
    let sdl = api::schema::sdl();
    assert!(sdl.contains("scalar Month"), "{sdl}");
    assert!(sdl.contains("targetMonth: Month!"));
    assert!(sdl.contains("monthFrom: Month"));
    assert!(sdl.contains("from: Month!"));
    assert!(sdl.contains("enum GuardCode"));
    assert!(sdl.contains("code: GuardCode!"));
    assert!(sdl.contains("\tFOCUS_THEME_MISSING\n"));
}

async fn a_month_that_is_not_yyyy_mm_is_refused_clearly_and_nothing_is_written(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI months").await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let long = "2".repeat(5000);
    for bad in [
        "2025-13",
        "2025-1",
        "October 2025",
        "2025-10-01",
        "",
        long.as_str(),
    ] {
        let r = officer
            .gql(SCHEDULE, json!({ "i": { "programmeId": programme, "hostIds": [edinburgh], "phase": 1, "targetMonth": bad } }))
            .await;
        assert_eq!(error_code(&r), "VALIDATION", "{bad}: {r}");
        let message = r["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(message.contains("YYYY-MM"), "{message}");
        assert!(
            message.len() < 300,
            "the input is not repeated at length: {message}"
        );
    }
    let r = officer
        .gql("mutation($i: ScheduleReviewInput!) { scheduleReview(input: $i) { id } }", json!({ "i": { "programmeId": programme, "hostIds": [edinburgh], "phase": 1, "targetMonth": 202510 } }))
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "a number is not a month: {r}");
    let r = officer.gql("{ reviews { total } }", json!({})).await;
    assert_eq!(ok(&r)["reviews"]["total"], 0, "nothing was written");

    let r = officer
        .gql(
            r#"{ reviews(filter: { monthFrom: "2024-00" }) { total } }"#,
            json!({}),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    let r = officer
        .gql(
            CREATE_PROGRAMME,
            json!({ "i": { "name": "Bad phase", "kind": "CI", "phases": [{ "number": 1, "from": "2025-8", "to": "2026-06" }] } }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    let r = officer.gql("{ programmes { name } }", json!({})).await;
    assert!(
        !r.to_string().contains("Bad phase"),
        "no programme was created: {r}"
    );
}

async fn months_are_answered_as_yyyy_mm_and_filter_inclusively(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI answered months").await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let fife = org_id(&app, "Fife").await;
    schedule(&officer, programme, &[edinburgh], "2025-09").await;
    schedule(&officer, programme, &[fife], "2026-02").await;
    let r = officer
        .gql(
            "query($p: UUID!) { reviews(filter: { programmeId: $p, monthFrom: \"2025-09\", monthTo: \"2025-09\" }) { items { targetMonth } } programme(id: $p) { phases { from to } } }",
            json!({ "p": programme }),
        )
        .await;
    assert_eq!(
        ok(&r)["reviews"]["items"],
        json!([{ "targetMonth": "2025-09" }])
    );
    assert_eq!(
        ok(&r)["programme"]["phases"],
        json!([{ "from": "2025-08", "to": "2026-06" }])
    );
}

async fn a_guard_code_is_the_same_in_the_checklist_and_in_the_refusal(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI guard codes").await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let review = schedule(&officer, programme, &[edinburgh], "2025-10").await;
    let r = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { nextCommand { command unmet { code } } } }",
            json!({ "r": review }),
        )
        .await;
    let listed: BTreeSet<String> = ok(&r)["review"]["nextCommand"]["unmet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["code"].as_str().unwrap().to_string())
        .collect();
    let r = officer
        .gql(
            "mutation($r: UUID!) { agreeFocus(reviewId: $r, version: 1) { id } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(unmet_codes(&r), listed);
    assert!(listed.contains("FOCUS_THEME_MISSING"), "{listed:?}");
}

on_both_databases!(
    a_month_that_is_not_yyyy_mm_is_refused_clearly_and_nothing_is_written,
    months_are_answered_as_yyyy_mm_and_filter_inclusively,
    a_guard_code_is_the_same_in_the_checklist_and_in_the_refusal,
);
