//! Hostile input: control characters, over-long texts and addresses that
//! smuggle another recipient are refused with VALIDATION naming the field,
//! on both databases, anonymously as much as signed in.

use crate::helpers::{error_code, Demo, TestApp, SIGN_IN};
use crate::lifecycle::{ci_programme, org_id, schedule, upload, upload_form, version};
use crate::on_both_databases;
use serde_json::{json, Value};

fn field(r: &Value) -> &str {
    r["errors"][0]["extensions"]["field"]
        .as_str()
        .unwrap_or_default()
}

async fn nul_bytes_are_refused_with_validation_wherever_they_are_sent(app: TestApp) {
    let anonymous = app.anonymous();
    let sent = [
        (
            SIGN_IN,
            json!({ "e": "admin@demo.quads.scot\u{0}", "p": "x" }),
        ),
        (
            SIGN_IN,
            json!({ "e": "a@example.org", "p": "pass\u{0}word" }),
        ),
        (
            "query($t: String) { reviews(filter: { theme: $t }) { total } }",
            json!({ "t": "Incl\u{0}usion" }),
        ),
        (
            "query($i: String!) { framework(id: $i) { name } }",
            json!({ "i": "hgios4\u{0}" }),
        ),
        // Written in the query text itself, as a GraphQL escape.
        ("{ framework(id: \"hgios4\\u0000\") { name } }", json!({})),
        (
            "{ reviews(filter: { theme: \"a\\u0007\" }) { total } }",
            json!({}),
        ),
    ];
    for (query, variables) in sent {
        let r = anonymous.gql(query, variables.clone()).await;
        assert_eq!(error_code(&r), "VALIDATION", "{query} {variables}: {r}");
    }
    // The upload route takes no control character in its title either.
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI control characters").await;
    let (ct, body) = upload_form("Key\0terms", "k.pdf", "application/pdf", b"%PDF-1.7\n");
    let r = officer
        .client
        .post(format!("{}/programmes/{programme}/materials", app.address))
        .header("content-type", ct)
        .header("x-requested-with", "quads")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["field"], "title", "{body}");
    let r = anonymous.gql("{ authorities { name } }", json!({})).await;
    assert!(r["errors"].is_null(), "{r}");
}

async fn every_free_text_is_bounded_and_the_refusal_names_the_field(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let admin = app.as_demo(Demo::Admin).await;
    let programme = ci_programme(&officer, "CI bounds").await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let review = schedule(&officer, programme, &[edinburgh], "2025-10").await;
    let long = |n: usize| "x".repeat(n);
    let v = version(&officer, review).await;
    let checks = [
        (
            &officer,
            "mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }",
            json!({ "i": { "name": long(201), "kind": "CI", "phases": [{ "number": 1, "from": "2025-08", "to": "2026-06" }] } }),
            "name",
        ),
        (
            &officer,
            crate::lifecycle::SCHEDULE,
            json!({ "i": { "programmeId": programme, "hostIds": [edinburgh], "phase": 1, "targetMonth": "2025-11", "theme": long(301) } }),
            "theme",
        ),
        (
            &officer,
            "mutation($r: UUID!, $v: Int!, $i: FocusInput!) { updateFocus(reviewId: $r, version: $v, input: $i) { version } }",
            json!({ "r": review, "v": v, "i": { "theme": "Inclusion", "keyQuestions": vec!["How well?"; 13] } }),
            "keyQuestions",
        ),
        (
            &officer,
            "mutation($r: UUID!, $v: Int!, $i: FocusInput!) { updateFocus(reviewId: $r, version: $v, input: $i) { version } }",
            json!({ "r": review, "v": v, "i": { "theme": "Inclusion", "keyQuestions": [long(1001)] } }),
            "keyQuestions",
        ),
        (
            &officer,
            "mutation($r: UUID!, $v: Int!, $i: FocusInput!) { updateFocus(reviewId: $r, version: $v, input: $i) { version } }",
            json!({ "r": review, "v": v, "i": { "theme": "Inclusion", "keyQuestions": ["Fine?"], "scope": long(4001) } }),
            "scope",
        ),
        (
            &officer,
            "mutation($r: UUID!, $v: Int!, $why: String!) { postponeReview(reviewId: $r, version: $v, reason: $why) { state } }",
            json!({ "r": review, "v": v, "why": long(2001) }),
            "reason",
        ),
        (
            &officer,
            "mutation($r: UUID!, $v: Int!, $why: String!) { withdrawReview(reviewId: $r, version: $v, reason: $why) { state } }",
            json!({ "r": review, "v": v, "why": long(2001) }),
            "reason",
        ),
        (
            &officer,
            "mutation($p: UUID!, $t: String!) { addMaterial(programmeId: $p, input: { title: $t, url: \"https://example.org/guide\" }) { id } }",
            json!({ "p": programme, "t": long(301) }),
            "title",
        ),
        (
            &officer,
            "query($t: String) { reviews(filter: { theme: $t }) { total } }",
            json!({ "t": long(301) }),
            "theme",
        ),
        (
            &officer,
            "query($s: String) { users(search: $s) { total } }",
            json!({ "s": long(201) }),
            "search",
        ),
        (
            &admin,
            "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }",
            json!({ "i": { "email": "new.person@example.org", "name": long(201), "organisationId": org_id(&app, "ES").await, "roles": ["REVIEWER"] } }),
            "name",
        ),
    ];
    for (session, query, variables, expected) in checks {
        let r = session.gql(query, variables).await;
        assert_eq!(
            (error_code(&r), field(&r)),
            ("VALIDATION", expected),
            "{query}: {r}"
        );
    }
    // Nothing was changed by any of them.
    let r = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { version state focus { theme } } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(r["data"]["review"]["version"], v, "{r}");
    assert_eq!(r["data"]["review"]["state"], "SCHEDULED", "{r}");
    // A reason may span lines.
    let r = officer
        .gql(
            "mutation($r: UUID!, $v: Int!, $why: String!) { postponeReview(reviewId: $r, version: $v, reason: $why) { state } }",
            json!({ "r": review, "v": v, "why": "Snow.\r\nThe roads are closed.\tAll of them." }),
        )
        .await;
    assert_eq!(r["data"]["postponeReview"]["state"], "POSTPONED", "{r}");
}

async fn an_address_that_names_another_recipient_is_refused(app: TestApp) {
    let admin = app.as_demo(Demo::Admin).await;
    let es = org_id(&app, "ES").await;
    for email in [
        "x<other@evil.example>",
        "\"admin\"<x@evil.example>",
        "Admin <x@evil.example>",
        "a@example.org, b@evil.example",
    ] {
        let r = admin
            .gql(
                "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }",
                json!({ "i": { "email": email, "name": "Someone", "organisationId": es, "roles": ["REVIEWER"] } }),
            )
            .await;
        assert_eq!(
            (error_code(&r), field(&r)),
            ("VALIDATION", "email"),
            "{email}: {r}"
        );
    }
    assert!(app.queued_links("other@evil.example").await.is_empty());
    assert!(app.queued_links("x@evil.example").await.is_empty());
}

async fn an_upload_whose_name_does_not_match_its_content_is_refused(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI names").await;
    let pdf = b"%PDF-1.7\n% a tiny test document\n";
    let r = upload(
        &app,
        &officer,
        programme,
        "guide.html",
        "application/pdf",
        pdf,
    )
    .await;
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["field"], "file", "{body}");
    let r = upload(
        &app,
        &officer,
        programme,
        "guide.pdf",
        "application/pdf",
        pdf,
    )
    .await;
    assert_eq!(r.status(), 201);
}

/// A ZIP archive holding a small file under each name.
fn zip_of(names: &[&str]) -> Vec<u8> {
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for name in names {
        zip.start_file(*name, options).unwrap();
        zip.write_all(b"<x/>").unwrap();
    }
    zip.finish().unwrap().into_inner()
}

async fn a_zip_uploaded_as_a_word_document_is_refused_unless_it_holds_one(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI documents").await;
    let word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    let not_word = zip_of(&["[Content_Types].xml", "notes.txt"]);
    let r = upload(&app, &officer, programme, "notes.docx", word, &not_word).await;
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["field"], "file", "{body}");
    assert_eq!(
        body["error"]["message"],
        "The file's content does not match its type"
    );
    let docx = zip_of(&["[Content_Types].xml", "word/document.xml"]);
    let r = upload(&app, &officer, programme, "notes.docx", word, &docx).await;
    assert_eq!(r.status(), 201);
}

on_both_databases!(
    a_zip_uploaded_as_a_word_document_is_refused_unless_it_holds_one,
    nul_bytes_are_refused_with_validation_wherever_they_are_sent,
    every_free_text_is_bounded_and_the_refusal_names_the_field,
    an_address_that_names_another_recipient_is_refused,
    an_upload_whose_name_does_not_match_its_content_is_refused,
);
