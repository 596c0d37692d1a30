use crate::helpers::{error_code, TestApp};
use crate::on_both_databases;
use serde_json::json;

const AUTHORITIES: &str = "{ authorities { name gssCode ric lgbfFamilyGroup } }";

async fn the_directory_lists_the_32_authorities_with_codes_rics_and_family_groups(app: TestApp) {
    let r = app.gql(AUTHORITIES, json!({})).await;
    let list = r["data"]["authorities"].as_array().expect("a list");
    assert_eq!(list.len(), 32, "{r}");
    let edinburgh = list
        .iter()
        .find(|a| a["name"] == "City of Edinburgh")
        .expect("Edinburgh");
    assert_eq!(edinburgh["gssCode"], "S12000036");
    assert_eq!(edinburgh["ric"], "South East");
    assert_eq!(edinburgh["lgbfFamilyGroup"], 1);
    let names: Vec<&str> = list.iter().map(|a| a["name"].as_str().unwrap()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "authorities come in name order");
}

async fn authorities_filter_by_collaborative_and_family_group(app: TestApp) {
    let q = "query($ric: String, $g: Int) { authorities(ric: $ric, lgbfFamilyGroup: $g) { name ric lgbfFamilyGroup } }";
    let tayside = app.gql(q, json!({ "ric": "Tayside" })).await;
    let names: Vec<&str> = tayside["data"]["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Angus", "Dundee City", "Perth and Kinross"]);

    let both = app
        .gql(q, json!({ "ric": "Northern Alliance", "g": 1 }))
        .await;
    for a in both["data"]["authorities"].as_array().unwrap() {
        assert_eq!(a["ric"], "Northern Alliance");
        assert_eq!(a["lgbfFamilyGroup"], 1);
    }
    assert!(!both["data"]["authorities"].as_array().unwrap().is_empty());

    let bad = app.gql(q, json!({ "g": 7 })).await;
    assert_eq!(error_code(&bad), "VALIDATION");
    assert_eq!(bad["errors"][0]["extensions"]["field"], "lgbfFamilyGroup");
}

async fn one_authority_is_found_by_its_code_and_an_unknown_code_is_not_found(app: TestApp) {
    let q = "query($c: String!) { authority(gssCode: $c) { name gssCode } }";
    let found = app.gql(q, json!({ "c": "S12000041" })).await;
    assert_eq!(found["data"]["authority"]["name"], "Angus");

    let missing = app.gql(q, json!({ "c": "S12000099" })).await;
    assert_eq!(error_code(&missing), "NOT_FOUND");
    assert!(missing["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("S12000099"));

    let malformed = app.gql(q, json!({ "c": "Edinburgh" })).await;
    assert_eq!(error_code(&malformed), "VALIDATION");
    assert_eq!(malformed["errors"][0]["extensions"]["field"], "gssCode");
}

async fn frameworks_come_with_key_areas_indicators_themes_and_the_six_point_scale(app: TestApp) {
    let list = app
        .gql("{ frameworks { id version name } }", json!({}))
        .await;
    let ids: Vec<&str> = list["data"]["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["authority-illustrative", "hgios4"]);

    let q = r#"{ framework(id: "authority-illustrative", version: 1) {
        name grading questions scale { level label meaning }
        keyAreas { number title qualityIndicators { number title themes } } } }"#;
    let r = app.gql(q, json!({})).await;
    let f = &r["data"]["framework"];
    assert_eq!(f["grading"], "required");
    let levels: Vec<i64> = f["scale"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["level"].as_i64().unwrap())
        .collect();
    assert_eq!(levels, [6, 5, 4, 3, 2, 1]);
    assert_eq!(f["scale"][0]["label"], "excellent");
    assert_eq!(f["keyAreas"].as_array().unwrap().len(), 6);
    let first = &f["keyAreas"][0]["qualityIndicators"][0];
    assert_eq!(first["number"], "1.1");
    assert!(first["themes"].as_array().unwrap().len() >= 2);

    let latest = app
        .gql(r#"{ framework(id: "hgios4") { version } }"#, json!({}))
        .await;
    assert_eq!(latest["data"]["framework"]["version"], 1);
}

async fn an_unknown_framework_or_version_is_not_found(app: TestApp) {
    let r = app
        .gql(
            r#"{ framework(id: "hgios4", version: 9) { name } }"#,
            json!({}),
        )
        .await;
    assert_eq!(error_code(&r), "NOT_FOUND");
    let r = app
        .gql(r#"{ framework(id: "nope") { name } }"#, json!({}))
        .await;
    assert_eq!(error_code(&r), "NOT_FOUND");
}

async fn national_organisations_are_listed_before_authorities(app: TestApp) {
    let r = app
        .gql(
            "{ organisations { kind name shortName authority { gssCode } } }",
            json!({}),
        )
        .await;
    let list = r["data"]["organisations"].as_array().unwrap();
    assert_eq!(list.len(), 35);
    let kinds: Vec<&str> = list
        .iter()
        .take(3)
        .map(|o| o["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"ADES")
            && kinds.contains(&"EDUCATION_SCOTLAND")
            && kinds.contains(&"HM_INSPECTORS")
    );
    assert!(list[0]["authority"].is_null());
    assert!(list[3]["authority"]["gssCode"].is_string());
    let rics = app
        .gql("{ regionalImprovementCollaboratives }", json!({}))
        .await;
    assert_eq!(
        rics["data"]["regionalImprovementCollaboratives"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
}

on_both_databases!(
    the_directory_lists_the_32_authorities_with_codes_rics_and_family_groups,
    authorities_filter_by_collaborative_and_family_group,
    one_authority_is_found_by_its_code_and_an_unknown_code_is_not_found,
    frameworks_come_with_key_areas_indicators_themes_and_the_six_point_scale,
    an_unknown_framework_or_version_is_not_found,
    national_organisations_are_listed_before_authorities,
);
