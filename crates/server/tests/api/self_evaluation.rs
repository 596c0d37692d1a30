//! The host's self-evaluation through the API, on both databases: the
//! rubric saved indicator by indicator with versions, submission refused
//! while an indicator is incomplete (each named), read-only once submitted,
//! reopened by a programme officer with a reason and resubmitted; the
//! evidence-only kind with its documents; the attachments' types, size
//! limit and downloads.

use crate::helpers::{error_code, spawn_app_with, Db, Demo, Session, TestApp};
use crate::lifecycle::{ok, person, unmet_codes, version};
use crate::on_both_databases;
use domain::identity::Role;
use serde_json::{json, Value};
use uuid::Uuid;

const SELF_EVALUATIONS: &str = "query($r: UUID!) { selfEvaluations(reviewId: $r) { id authorityId authorityName started mode graded submitted submittedBy { name } canEdit framework { id version } progress { complete total } indicators { number title grade evidence version complete lastEditedBy { name } lastEditedAt documents { id fileName } } documents { id fileName summary url } } }";

pub const SAVE: &str = "mutation($i: SaveSelfEvaluationIndicatorInput!) { saveSelfEvaluationIndicator(input: $i) { number grade evidence strengths areasForImprovement answers version complete lastEditedBy { name } } }";

/// The demo's Quads review of the City of Edinburgh (team formed), its
/// programme given the illustrative authority framework and `mode`.
pub async fn demo_review(app: &TestApp, mode: &str) -> (Uuid, Uuid) {
    let officer = app.as_demo(Demo::Officer).await;
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    let r = officer
        .gql("{ programmes { id name version } }", json!({}))
        .await;
    let programme = ok(&r)["programmes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == server::programmes::QUADS_DEMO)
        .unwrap()
        .clone();
    let r = officer
        .gql(
            "mutation($id: UUID!, $v: Int!, $i: ProgrammeInput!) { updateProgramme(id: $id, version: $v, input: $i) { id } }",
            json!({ "id": programme["id"], "v": programme["version"], "i": {
                "name": server::programmes::QUADS_DEMO, "kind": "QUADS",
                "phases": [{ "number": 1, "from": "2024-09", "to": "2025-06" }],
                "rules": { "teamSizeMin": 6, "frameworkId": "authority-illustrative", "frameworkVersion": 1, "selfEvaluationMode": mode },
            } }),
        )
        .await;
    ok(&r);
    let r = officer
        .gql(
            "query($p: UUID!) { reviews(filter: { programmeId: $p }) { items { id state hosts { id name } } } }",
            json!({ "p": programme["id"] }),
        )
        .await;
    let review = ok(&r)["reviews"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["state"] == "TEAM_FORMED")
        .unwrap()
        .clone();
    assert_eq!(review["hosts"][0]["name"], "City of Edinburgh");
    (
        serde_json::from_value(review["id"].clone()).unwrap(),
        serde_json::from_value(review["hosts"][0]["id"].clone()).unwrap(),
    )
}

pub fn save_input(
    review: Uuid,
    host: Uuid,
    indicator: &str,
    version: i64,
    grade: Value,
    evidence: &str,
) -> Value {
    json!({ "i": {
        "reviewId": review, "authorityId": host, "indicator": indicator, "version": version,
        "grade": grade, "evidence": evidence,
    } })
}

async fn read(session: &Session, review: Uuid) -> Value {
    let r = session.gql(SELF_EVALUATIONS, json!({ "r": review })).await;
    ok(&r)["selfEvaluations"][0].clone()
}

pub async fn submit(session: &Session, review: Uuid) -> Value {
    let v = version(session, review).await;
    session
        .gql(
            "mutation($r: UUID!, $v: Int!) { submitSelfEvaluation(reviewId: $r, version: $v) { state } }",
            json!({ "r": review, "v": v }),
        )
        .await
}

pub const NUMBERS: [&str; 17] = [
    "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4",
    "5.1", "5.2", "5.3", "6.1",
];

async fn a_host_completes_submits_and_after_a_reopening_resubmits_a_rubric(app: TestApp) {
    let (review, host) = demo_review(&app, "RUBRIC").await;
    let lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;

    let se = read(&qio, review).await;
    assert_eq!(se["authorityName"], "City of Edinburgh");
    assert_eq!(
        (se["started"].clone(), se["canEdit"].clone()),
        (json!(false), json!(true))
    );
    assert_eq!(
        se["framework"],
        json!({ "id": "authority-illustrative", "version": 1 })
    );
    assert_eq!(se["progress"], json!({ "complete": 0, "total": 17 }));
    assert_eq!(se["graded"], true);
    // Before submission the team does not see the host's draft.
    let r = reviewer.gql(SELF_EVALUATIONS, json!({ "r": review })).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");

    // Every indicator but 6.1, by the QIO and the lead.
    for (n, number) in NUMBERS.iter().take(16).enumerate() {
        let who = if n % 2 == 0 { &qio } else { &lead };
        let r = who
            .gql(
                SAVE,
                save_input(review, host, number, 0, json!(4), "Attainment data 2019-24"),
            )
            .await;
        assert_eq!(ok(&r)["saveSelfEvaluationIndicator"]["version"], 1, "{r}");
    }
    let r = submit(&lead, review).await;
    assert_eq!(
        unmet_codes(&r),
        crate::lifecycle::codes(&["SELF_EVALUATION_INDICATOR_MISSING"])
    );
    let unmet = r["errors"][0]["extensions"]["unmet"].as_array().unwrap();
    assert_eq!(unmet.len(), 1, "{r}");
    assert!(
        unmet[0]["message"]
            .as_str()
            .unwrap()
            .contains("6.1 Capacity for improvement"),
        "{r}"
    );
    // A grade without evidence is not complete either.
    let r = qio
        .gql(SAVE, save_input(review, host, "6.1", 0, json!(5), "  "))
        .await;
    assert_eq!(ok(&r)["saveSelfEvaluationIndicator"]["complete"], false);
    let r = qio
        .gql(
            SAVE,
            save_input(review, host, "6.1", 1, json!(5), "Three-year trend"),
        )
        .await;
    assert_eq!(ok(&r)["saveSelfEvaluationIndicator"]["complete"], true);
    let se = read(&qio, review).await;
    assert_eq!(se["progress"], json!({ "complete": 17, "total": 17 }));
    assert_eq!(se["indicators"][1]["lastEditedBy"]["name"], "Lindsay Lead");

    // Only a host lead submits.
    let r = submit(&qio, review).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = submit(&lead, review).await;
    assert_eq!(
        ok(&r)["submitSelfEvaluation"]["state"],
        "SELF_EVALUATION_SUBMITTED"
    );

    // Read-only once submitted; the team reads it now.
    let r = qio
        .gql(
            SAVE,
            save_input(review, host, "1.1", 1, json!(6), "Changed"),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let se = read(&reviewer, review).await;
    assert_eq!(se["submitted"], true);
    assert_eq!(se["submittedBy"]["name"], "Lindsay Lead");
    assert_eq!(se["canEdit"], false);
    assert_eq!(se["indicators"][0]["grade"], 4);
    assert_eq!(read(&qio, review).await["canEdit"], false);

    // The team was told, through the outbox, once per accepted member.
    let told = mail_to_team(&app).await;
    assert_eq!(told.len(), 7, "{told:?}");
    assert!(told.contains(&"reviewer@demo.quads.scot".to_owned()));

    // Reopened by a programme officer with a reason: back to TEAM_FORMED.
    let v = version(&officer, review).await;
    let reopen = "mutation($r: UUID!, $v: Int!, $why: String!) { reopenSelfEvaluation(reviewId: $r, version: $v, reason: $why) { state } }";
    let r = lead
        .gql(
            reopen,
            json!({ "r": review, "v": v, "why": "More evidence" }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = officer
        .gql(reopen, json!({ "r": review, "v": v, "why": " " }))
        .await;
    assert_eq!(
        unmet_codes(&r),
        crate::lifecycle::codes(&["REASON_REQUIRED"])
    );
    let r = officer
        .gql(
            reopen,
            json!({ "r": review, "v": v, "why": "Please add the 2024 attainment data" }),
        )
        .await;
    assert_eq!(ok(&r)["reopenSelfEvaluation"]["state"], "TEAM_FORMED");
    let se = read(&qio, review).await;
    assert_eq!(
        (se["submitted"].clone(), se["canEdit"].clone()),
        (json!(false), json!(true))
    );
    let r = qio
        .gql(
            SAVE,
            save_input(review, host, "1.1", 1, json!(5), "With the 2024 data"),
        )
        .await;
    assert_eq!(ok(&r)["saveSelfEvaluationIndicator"]["version"], 2);
    let r = submit(&lead, review).await;
    assert_eq!(
        ok(&r)["submitSelfEvaluation"]["state"],
        "SELF_EVALUATION_SUBMITTED"
    );

    // Both are in the history, the reopening with its reason.
    let r = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { history(first: 50) { items { command toState reason } } } }",
            json!({ "r": review }),
        )
        .await;
    let items = ok(&r)["review"]["history"]["items"]
        .as_array()
        .unwrap()
        .clone();
    let of = |command: &str| items.iter().filter(|i| i["command"] == command).count();
    assert_eq!(of("SUBMIT_SELF_EVALUATION"), 2, "{items:?}");
    assert_eq!(of("REOPEN_SELF_EVALUATION"), 1, "{items:?}");
    assert!(items
        .iter()
        .any(|i| i["reason"] == "Please add the 2024 attainment data"));
}

const COMPARISON: &str = "query($r: UUID!) { selfEvaluationComparison(reviewId: $r) { authorityName graded canEditTeamView indicators { number title selfGrade selfEvidence teamGrade teamEvidence teamVersion teamLastEditedBy { name } gradeDifference } } }";
const SAVE_TEAM_VIEW: &str = "mutation($i: SaveTeamViewIndicatorInput!) { saveTeamViewIndicator(input: $i) { number selfGrade teamGrade teamEvidence teamVersion gradeDifference teamLastEditedBy { name } } }";

async fn the_team_records_its_view_and_sees_it_beside_the_self_evaluation(app: TestApp) {
    let (review, host) = demo_review(&app, "RUBRIC").await;
    let lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let peer = crate::lifecycle::as_person(&app, "peer1@demo.quads.scot").await;
    let view = |indicator: &str, version: i64, grade: Value, evidence: &str| json!({ "i": { "reviewId": review, "authorityId": host, "indicator": indicator, "version": version, "grade": grade, "evidence": evidence } });
    // Not before the host has submitted.
    let r = reviewer
        .gql(SAVE_TEAM_VIEW, view("1.1", 0, json!(3), "Focus groups"))
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    for number in NUMBERS {
        let r = qio
            .gql(
                SAVE,
                save_input(review, host, number, 0, json!(4), "Attainment data"),
            )
            .await;
        ok(&r);
    }
    let r = submit(&lead, review).await;
    ok(&r);

    let r = reviewer
        .gql(
            SAVE_TEAM_VIEW,
            view("1.1", 0, json!(3), "Focus groups with headteachers"),
        )
        .await;
    let saved = &ok(&r)["saveTeamViewIndicator"];
    assert_eq!(
        (
            saved["selfGrade"].clone(),
            saved["teamGrade"].clone(),
            saved["gradeDifference"].clone()
        ),
        (json!(4), json!(3), json!(-1))
    );
    assert_eq!(saved["teamLastEditedBy"]["name"], "Rhona Reviewer");
    // Another member on the same version: a conflict, both texts kept.
    let r = peer
        .gql(SAVE_TEAM_VIEW, view("1.1", 0, json!(5), "The peer's view"))
        .await;
    assert_eq!(error_code(&r), "CONFLICT", "{r}");
    assert_eq!(
        r["errors"][0]["extensions"]["current"]["evidence"],
        "Focus groups with headteachers"
    );
    let r = peer
        .gql(SAVE_TEAM_VIEW, view("1.2", 0, json!(9), "x"))
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(r["errors"][0]["extensions"]["field"], "grade");

    let r = peer.gql(COMPARISON, json!({ "r": review })).await;
    let side = &ok(&r)["selfEvaluationComparison"][0];
    assert_eq!(side["authorityName"], "City of Edinburgh");
    assert_eq!(side["canEditTeamView"], true);
    assert_eq!(side["indicators"].as_array().unwrap().len(), 17);
    assert_eq!(side["indicators"][0]["selfEvidence"], "Attainment data");
    assert_eq!(
        side["indicators"][0]["teamEvidence"],
        "Focus groups with headteachers"
    );
    assert_eq!(side["indicators"][0]["gradeDifference"], -1);
    assert_eq!(side["indicators"][1]["gradeDifference"], Value::Null);

    // Never the host's before publication, and never theirs to write.
    for who in [&qio, &lead] {
        let r = who.gql(COMPARISON, json!({ "r": review })).await;
        assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
        let r = who.gql(SAVE_TEAM_VIEW, view("1.3", 0, json!(3), "x")).await;
        assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    }
    let officer = app.as_demo(Demo::Officer).await;
    let r = officer.gql(COMPARISON, json!({ "r": review })).await;
    assert_eq!(
        ok(&r)["selfEvaluationComparison"][0]["indicators"][0]["teamGrade"],
        3
    );
}

/// The recipients of queued "self-evaluation submitted" messages.
async fn mail_to_team(app: &TestApp) -> Vec<String> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    store::entities::outbox::Entity::find()
        .filter(store::entities::outbox::Column::Template.eq("self_evaluation_submitted"))
        .all(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.recipient)
        .collect()
}

async fn two_people_saving_one_indicator_get_a_conflict_and_neither_text_is_lost(app: TestApp) {
    let (review, host) = demo_review(&app, "RUBRIC").await;
    let lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    // Both loaded version 0; the QIO saves first.
    let r = qio
        .gql(
            SAVE,
            save_input(review, host, "3.2", 0, json!(4), "The QIO's evidence"),
        )
        .await;
    assert_eq!(ok(&r)["saveSelfEvaluationIndicator"]["version"], 1);
    let r = lead
        .gql(
            SAVE,
            save_input(review, host, "3.2", 0, json!(3), "The lead's evidence"),
        )
        .await;
    assert_eq!(error_code(&r), "CONFLICT", "{r}");
    let current = &r["errors"][0]["extensions"]["current"];
    assert_eq!(current["evidence"], "The QIO's evidence", "{r}");
    assert_eq!(current["version"], 1);
    assert_eq!(current["grade"], 4);
    assert_eq!(current["lastEditedBy"]["name"], "Callum QIO");
    // Nothing of the stale save was written; saved on the current version
    // it goes through.
    let se = read(&lead, review).await;
    let qi = se["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["number"] == "3.2")
        .unwrap()
        .clone();
    assert_eq!(
        (qi["evidence"].clone(), qi["version"].clone()),
        (json!("The QIO's evidence"), json!(1))
    );
    let r = lead
        .gql(
            SAVE,
            save_input(review, host, "3.2", 1, json!(3), "Both texts, reconciled"),
        )
        .await;
    assert_eq!(
        ok(&r)["saveSelfEvaluationIndicator"]["lastEditedBy"]["name"],
        "Lindsay Lead"
    );
}

async fn bad_input_to_a_self_evaluation_is_refused_naming_the_field_and_changes_nothing(
    app: TestApp,
) {
    let (review, host) = demo_review(&app, "RUBRIC").await;
    let qio = app.as_demo(Demo::Qio).await;
    person(
        &app,
        "fife@example.org",
        "Fife",
        vec![Role::AuthorityUser],
        true,
    )
    .await;
    let fife = crate::lifecycle::as_person(&app, "fife@example.org").await;
    let officer = app.as_demo(Demo::Officer).await;
    let field = |r: &Value| {
        r["errors"][0]["extensions"]["field"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    };
    for grade in [0, 7, -3] {
        let r = qio
            .gql(SAVE, save_input(review, host, "1.1", 0, json!(grade), "x"))
            .await;
        assert_eq!(
            (error_code(&r), field(&r).as_str()),
            ("VALIDATION", "grade"),
            "{r}"
        );
    }
    let r = qio
        .gql(SAVE, save_input(review, host, "9.9", 0, json!(4), "x"))
        .await;
    assert_eq!(
        (error_code(&r), field(&r).as_str()),
        ("VALIDATION", "indicator"),
        "{r}"
    );
    assert!(r["errors"][0]["message"].as_str().unwrap().contains("9.9"));
    let long = "x".repeat(10_001);
    let r = qio
        .gql(SAVE, save_input(review, host, "1.1", 0, json!(4), &long))
        .await;
    assert_eq!(
        (error_code(&r), field(&r).as_str()),
        ("VALIDATION", "evidence"),
        "{r}"
    );
    let mut too_many = save_input(review, host, "1.1", 0, json!(4), "x");
    too_many["i"]["answers"] = json!(["a", "b", "c", "d"]);
    let r = qio.gql(SAVE, too_many).await;
    assert_eq!(
        (error_code(&r), field(&r).as_str()),
        ("VALIDATION", "answers"),
        "{r}"
    );
    // A lead of another authority, and a programme officer, may not edit.
    for who in [&fife, &officer] {
        let r = who
            .gql(SAVE, save_input(review, host, "1.1", 0, json!(4), "x"))
            .await;
        assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    }
    // Nor may anyone edit a self-evaluation of an authority that is not a
    // host of the review.
    let fife_id = crate::lifecycle::org_id(&app, "Fife").await;
    let r = fife
        .gql(SAVE, save_input(review, fife_id, "1.1", 0, json!(4), "x"))
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = fife.gql(SELF_EVALUATIONS, json!({ "r": review })).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let se = read(&qio, review).await;
    assert_eq!(se["started"], false, "nothing was written: {se}");
}

/// An upload of a self-evaluation document as `session`.
pub async fn upload_document(
    app: &TestApp,
    session: &Session,
    review: Uuid,
    host: Uuid,
    fields: &[(&str, &str)],
    file: (&str, &str, &[u8]),
) -> reqwest::Response {
    let boundary = "quads-test-boundary-5e2a";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    let (file_name, content_type, bytes) = file;
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: {content_type}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    session
        .client
        .post(format!(
            "{}/reviews/{review}/self-evaluations/{host}/attachments",
            app.address
        ))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header("x-requested-with", "quads")
        .body(body)
        .send()
        .await
        .unwrap()
}

const PDF: &[u8] = b"%PDF-1.7\n% the Standards and Quality report\n";

async fn an_evidence_only_self_evaluation_needs_a_document_which_only_its_readers_download(
    app: TestApp,
) {
    let (review, host) = demo_review(&app, "EVIDENCE_ONLY").await;
    let lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;
    person(
        &app,
        "glasgow@example.org",
        "Glasgow City",
        vec![Role::AuthorityUser],
        false,
    )
    .await;
    let glasgow = crate::lifecycle::as_person(&app, "glasgow@example.org").await;

    let r = submit(&lead, review).await;
    assert_eq!(
        unmet_codes(&r),
        crate::lifecycle::codes(&["SELF_EVALUATION_DOCUMENT_MISSING"])
    );

    // Refused: a .pdf name on a body that is not a PDF, an SVG, text with
    // a NUL, and someone of another authority.
    let refused = [
        (
            "report.pdf",
            "application/pdf",
            b"<html>not a pdf</html>".as_slice(),
        ),
        (
            "logo.svg",
            "image/svg+xml",
            b"<svg xmlns='http://www.w3.org/2000/svg'/>".as_slice(),
        ),
        ("notes.txt", "text/plain", b"a\0b".as_slice()),
    ];
    for file in refused {
        let r = upload_document(&app, &qio, review, host, &[], file).await;
        assert_eq!(r.status(), 422, "{}", file.0);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["field"], "file", "{body}");
    }
    let r = upload_document(
        &app,
        &glasgow,
        review,
        host,
        &[],
        ("r.pdf", "application/pdf", PDF),
    )
    .await;
    assert_eq!(r.status(), 403);

    let r = upload_document(
        &app,
        &qio,
        review,
        host,
        &[("summary", "Standards and Quality report 2024")],
        ("S&Q report.pdf", "application/pdf", PDF),
    )
    .await;
    assert_eq!(r.status(), 201);
    let created: Value = r.json().await.unwrap();
    let url = created["url"].as_str().unwrap().to_owned();
    assert_eq!(
        url,
        format!("/attachments/{}", created["id"].as_str().unwrap())
    );
    let se = read(&qio, review).await;
    assert_eq!(se["mode"], "EVIDENCE_ONLY");
    assert_eq!(
        se["documents"][0]["summary"],
        "Standards and Quality report 2024"
    );

    let get = |s: &Session| s.client.get(format!("{}{url}", app.address)).send();
    let r = get(&qio).await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert_eq!(
        r.headers()["content-disposition"],
        "attachment; filename=\"S&Q report.pdf\""
    );
    assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
    assert_eq!(get(&app.anonymous()).await.unwrap().status(), 401);
    assert_eq!(get(&glasgow).await.unwrap().status(), 403);
    assert_eq!(
        get(&reviewer).await.unwrap().status(),
        403,
        "not submitted yet"
    );

    let r = submit(&lead, review).await;
    assert_eq!(
        ok(&r)["submitSelfEvaluation"]["state"],
        "SELF_EVALUATION_SUBMITTED"
    );
    assert_eq!(get(&reviewer).await.unwrap().status(), 200);
    // Submitted: no more documents, none removed.
    let r = upload_document(
        &app,
        &qio,
        review,
        host,
        &[],
        ("r.pdf", "application/pdf", PDF),
    )
    .await;
    assert_eq!(r.status(), 403);
    let r = qio
        .gql(
            "mutation($id: UUID!) { removeAttachment(id: $id) }",
            json!({ "id": created["id"] }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
}

async fn documents_support_one_indicator_and_are_removed_by_host_users_only(app: TestApp) {
    let (review, host) = demo_review(&app, "RUBRIC").await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
    let r = upload_document(
        &app,
        &qio,
        review,
        host,
        &[("indicator", "9.9")],
        ("c.png", "image/png", png),
    )
    .await;
    assert_eq!(r.status(), 422);
    let r = upload_document(
        &app,
        &qio,
        review,
        host,
        &[("indicator", "2.1")],
        ("chart.png", "image/png", png),
    )
    .await;
    assert_eq!(r.status(), 201);
    let id = r.json::<Value>().await.unwrap()["id"].clone();
    let se = read(&qio, review).await;
    let qi = &se["indicators"][2];
    assert_eq!(
        (qi["number"].clone(), qi["documents"][0]["fileName"].clone()),
        (json!("2.1"), json!("chart.png"))
    );
    assert_eq!(qi["version"], 0, "attaching is not a save");
    // The first save after attaching uses version 0 as read.
    let r = qio
        .gql(
            SAVE,
            save_input(review, host, "2.1", 0, json!(4), "See the chart"),
        )
        .await;
    assert_eq!(ok(&r)["saveSelfEvaluationIndicator"]["version"], 1);
    let remove = "mutation($id: UUID!) { removeAttachment(id: $id) }";
    let r = officer.gql(remove, json!({ "id": id })).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = qio.gql(remove, json!({ "id": id })).await;
    assert_eq!(ok(&r)["removeAttachment"], true);
    let r = qio.gql(remove, json!({ "id": id })).await;
    assert_eq!(error_code(&r), "NOT_FOUND", "{r}");
}

async fn one_size_limit_holds_for_attachments_and_materials_alike(db: Db) {
    let app = spawn_app_with(db, |o| {
        o.env.push(("QUADS_ATTACHMENT_MAX_BYTES", "1024".into()));
    })
    .await;
    let (review, host) = demo_review(&app, "EVIDENCE_ONLY").await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;
    let big = [PDF, &[b' '; 1024]].concat();
    let fits = [PDF, &[b' '; 900]].concat();
    let r = upload_document(
        &app,
        &qio,
        review,
        host,
        &[],
        ("big.pdf", "application/pdf", &big),
    )
    .await;
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    assert_eq!(
        body["error"]["message"], "The file must be 1 kB or smaller",
        "{body}"
    );
    let r = upload_document(
        &app,
        &qio,
        review,
        host,
        &[],
        ("ok.pdf", "application/pdf", &fits),
    )
    .await;
    assert_eq!(r.status(), 201);
    let programme = crate::lifecycle::ci_programme(&officer, "CI limit").await;
    let r = crate::lifecycle::upload(
        &app,
        &officer,
        programme,
        "big.pdf",
        "application/pdf",
        &big,
    )
    .await;
    assert_eq!(r.status(), 422);
    let r = crate::lifecycle::upload(
        &app,
        &officer,
        programme,
        "ok.pdf",
        "application/pdf",
        &fits,
    )
    .await;
    assert_eq!(r.status(), 201);
}

on_both_databases!(
    a_host_completes_submits_and_after_a_reopening_resubmits_a_rubric,
    two_people_saving_one_indicator_get_a_conflict_and_neither_text_is_lost,
    bad_input_to_a_self_evaluation_is_refused_naming_the_field_and_changes_nothing,
    an_evidence_only_self_evaluation_needs_a_document_which_only_its_readers_download,
    documents_support_one_indicator_and_are_removed_by_host_users_only,
    the_team_records_its_view_and_sees_it_beside_the_self_evaluation,
);
/// A database as the release before attachments left it: an uploaded
/// material's document in `material_files`. Migrating moves it into
/// `attachments` under the material's id, so its link still works; going
/// back down moves it back.
/// How many migrations to go down to undo the attachments migration,
/// whatever came after it.
fn down_to_attachments() -> u32 {
    use migration::MigratorTrait;
    let later = migration::Migrator::migrations()
        .iter()
        .rev()
        .take_while(|m| m.name() != "m20261202_100001_attachments_and_self_evaluations")
        .count();
    later as u32 + 1
}

async fn uploaded_materials_move_into_attachments_and_keep_their_links(db: Db) {
    use migration::MigratorTrait;
    use sea_orm::sea_query::{Alias, Query};
    use sea_orm::ConnectionTrait;
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database(db, dir.path()).await;
    let store = store::Store::connect(&url, 2).await.unwrap();
    let conn = store.conn();
    migration::Migrator::down(conn, Some(down_to_attachments()))
        .await
        .unwrap();
    let now = chrono::Utc::now();
    let spec = store::programme::ProgrammeSpec {
        name: "Before attachments".into(),
        phases: vec![domain::programme::Phase {
            number: 1,
            from: domain::programme::Month::parse("2025-08").unwrap(),
            to: domain::programme::Month::parse("2026-06").unwrap(),
        }],
        settings: domain::programme::ProgrammeSettings::defaults_for(
            domain::lifecycle::ProgrammeKind::Ci,
        ),
    };
    let programme = store::programme::create_programme(conn, &spec, now)
        .await
        .unwrap();
    let material = store::programme::add_material(
        conn,
        programme.id,
        "Key terms".into(),
        store::programme::material_file_path(uuid::Uuid::nil()),
        now,
    )
    .await
    .unwrap();
    let insert = Query::insert()
        .into_table(Alias::new("material_files"))
        .columns([
            Alias::new("material_id"),
            Alias::new("file_name"),
            Alias::new("content_type"),
            Alias::new("size_bytes"),
            Alias::new("content"),
        ])
        .values_panic([
            material.id.into(),
            "Key terms.pdf".into(),
            "application/pdf".into(),
            (PDF.len() as i32).into(),
            PDF.to_vec().into(),
        ])
        .to_owned();
    conn.execute(conn.get_database_backend().build(&insert))
        .await
        .unwrap();

    migration::Migrator::up(conn, None).await.unwrap();
    let moved = store::attachment::attachment(conn, material.id)
        .await
        .unwrap();
    assert_eq!(
        moved.owner,
        store::attachment::Owner {
            kind: domain::attachment::OwnerKind::ProgrammeMaterial,
            id: material.id,
        }
    );
    assert_eq!(
        moved.created_at.timestamp(),
        material.created_at.timestamp()
    );
    let file = store::programme::material_file(conn, material.id)
        .await
        .unwrap();
    assert_eq!(
        (
            file.file_name.as_str(),
            file.content_type.as_str(),
            file.content.as_slice()
        ),
        ("Key terms.pdf", "application/pdf", PDF)
    );

    migration::Migrator::down(conn, Some(down_to_attachments()))
        .await
        .unwrap();
    let back = conn
        .query_one(sea_orm::Statement::from_string(
            conn.get_database_backend(),
            "SELECT file_name FROM material_files",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(back.try_get_by_index::<String>(0).unwrap(), "Key terms.pdf");
    migration::Migrator::up(conn, None).await.unwrap();
    assert!(store.readiness().await.is_ok());
}

crate::each_database!(
    one_size_limit_holds_for_attachments_and_materials_alike,
    uploaded_materials_move_into_attachments_and_keep_their_links,
);
