//! The report through the API, on both databases (issue 18): the team lead
//! drafts it from the agreed findings once the visit is completed, the team
//! edits it, the host checks its factual accuracy, every host lead and a
//! programme officer approve one draft version, and it is published at a
//! public address; a correction publishes a new version and the earlier one
//! stays readable, superseded. Every bad input is refused naming what is
//! wrong and changes nothing; a racing edit is a CONFLICT.

use crate::findings::{agree, in_visit, input, recorded, MEMBER, OTHER_AUTHORITY, TEAM_LEAD};
use crate::helpers::{error_code, Demo, Session, TestApp};
use crate::lifecycle::{as_person, codes, ok, unmet_codes, version};
use crate::on_both_databases;
use crate::visit::history;
use serde_json::{json, Value};
use uuid::Uuid;

const DRAFT: &str = "reviewId reviewVersion state draftVersion isCorrection changeNote sharedWithHostAt sections { key title text } strengths { id kind text indicators findingIds position } areasForImprovement { id kind text indicators findingIds position } comments { id sectionKey itemId author { name } text status reply answeredBy { name } } openComments approvals { by { name } role authorityName draftVersion } awaitingApprovalFrom canEdit canShare canComment canAnswerComments canApprove canPublish canOpenCorrection published { slug version changeNote }";

const PUBLISHED: &str = "slug version changeNote latestVersion superseded hostNames programmeName targetMonth focusTheme keyQuestions sections { key title text } strengths { id text indicators findingIds position } areasForImprovement { id text findingIds } versions { slug version changeNote }";

/// The demo's City of Edinburgh review with a strength and an area for
/// improvement agreed, its visit completed; with a host contact.
pub async fn completed(app: &TestApp) -> (Uuid, Value, Value) {
    let (review, s, a) = agreed(app).await;
    complete(app, review).await;
    (review, s, a)
}

/// The demo's City of Edinburgh review in its visit, with a strength and
/// an area for improvement agreed.
pub async fn agreed(app: &TestApp) -> (Uuid, Value, Value) {
    let (review, _) = in_visit(app).await;
    let lead = as_person(app, TEAM_LEAD).await;
    let member = as_person(app, MEMBER).await;
    let s = recorded(
        &member,
        review,
        input("STRENGTH", "Headteachers share a clear approach.", &["1.1"]),
    )
    .await;
    let a = recorded(
        &lead,
        review,
        input(
            "AREA_FOR_IMPROVEMENT",
            "Attendance data is not yet used to plan support.",
            &["2.1"],
        ),
    )
    .await;
    ok(&agree(&lead, &s).await);
    ok(&agree(&lead, &a).await);
    (review, s, a)
}

/// Completes the visit of an `agreed` review, with a host contact.
pub async fn complete(app: &TestApp, review: Uuid) {
    let lead = as_person(app, TEAM_LEAD).await;
    let qio = app.as_demo(Demo::Qio).await;
    let r = qio
        .gql(
            "mutation($r: UUID!, $i: HostContactInput!) { addHostContact(reviewId: $r, input: $i) { reviewId } }",
            json!({ "r": review, "i": { "role": "Headteacher, Leith Academy", "name": "Morag Contact", "email": "morag.contact@example.org" } }),
        )
        .await;
    ok(&r);
    let v = version(&lead, review).await;
    let r = lead
        .gql(
            "mutation($r: UUID!, $v: Int!) { completeVisit(reviewId: $r, version: $v) { state } }",
            json!({ "r": review, "v": v }),
        )
        .await;
    assert_eq!(ok(&r)["completeVisit"]["state"], "VISIT_COMPLETED", "{r}");
}

pub async fn command(session: &Session, review: Uuid, name: &str) -> Value {
    let v = version(session, review).await;
    session
        .gql(
            &format!(
                "mutation($r: UUID!, $v: Int!) {{ {name}(reviewId: $r, version: $v) {{ state }} }}"
            ),
            json!({ "r": review, "v": v }),
        )
        .await
}

pub async fn draft(session: &Session, review: Uuid) -> Value {
    let r = session
        .gql(
            &format!("query($r: UUID!) {{ reportDraft(reviewId: $r) {{ {DRAFT} }} }}"),
            json!({ "r": review }),
        )
        .await;
    ok(&r)["reportDraft"].clone()
}

pub async fn mutate(session: &Session, name: &str, args: &str, vars: Value) -> Value {
    session
        .gql(&format!("mutation{args} {{ {name} {{ {DRAFT} }} }}"), vars)
        .await
}

pub async fn set_section(
    session: &Session,
    review: Uuid,
    v: &Value,
    key: &str,
    text: &str,
) -> Value {
    mutate(
        session,
        "updateReportSection(reviewId: $r, draftVersion: $v, key: $k, text: $t)",
        "($r: UUID!, $v: Int!, $k: ReportSectionKey!, $t: String!)",
        json!({ "r": review, "v": v, "k": key, "t": text }),
    )
    .await
}

pub async fn share(session: &Session, review: Uuid, v: &Value) -> Value {
    mutate(
        session,
        "shareReportDraft(reviewId: $r, draftVersion: $v)",
        "($r: UUID!, $v: Int!)",
        json!({ "r": review, "v": v }),
    )
    .await
}

pub async fn approve(session: &Session, review: Uuid, v: &Value) -> Value {
    mutate(
        session,
        "approveReport(reviewId: $r, draftVersion: $v)",
        "($r: UUID!, $v: Int!)",
        json!({ "r": review, "v": v }),
    )
    .await
}

/// Opens a correction of the published report as `officer`: the draft.
pub async fn open_correction(officer: &Session, review: Uuid, note: &str) -> Value {
    let r = mutate(
        officer,
        "openReportCorrection(reviewId: $r, changeNote: $n)",
        "($r: UUID!, $n: String!)",
        json!({ "r": review, "n": note }),
    )
    .await;
    ok(&r)["openReportCorrection"].clone()
}

pub async fn comment(
    session: &Session,
    review: Uuid,
    key: &str,
    item: Option<&Value>,
    text: &str,
) -> Value {
    mutate(
        session,
        "addReportComment(reviewId: $r, input: $i)",
        "($r: UUID!, $i: ReportCommentInput!)",
        json!({ "r": review, "i": { "sectionKey": key, "itemId": item, "text": text } }),
    )
    .await
}

pub async fn answer(session: &Session, c: &Value, accept: bool, reply: &str) -> Value {
    mutate(
        session,
        "answerReportComment(commentId: $c, accept: $a, reply: $t)",
        "($c: UUID!, $a: Boolean!, $t: String!)",
        json!({ "c": c, "a": accept, "t": reply }),
    )
    .await
}

pub async fn update_item(session: &Session, item: &Value, v: &Value, i: Value) -> Value {
    mutate(
        session,
        "updateReportItem(itemId: $id, draftVersion: $v, input: $i)",
        "($id: UUID!, $v: Int!, $i: ReportItemInput!)",
        json!({ "id": item, "v": v, "i": i }),
    )
    .await
}

pub async fn published(session: &Session, slug: &str, version: Option<i32>) -> Value {
    let r = session
        .gql(
            &format!("query($s: String!, $v: Int) {{ publishedReport(slug: $s, version: $v) {{ {PUBLISHED} }} }}"),
            json!({ "s": slug, "v": version }),
        )
        .await;
    ok(&r)["publishedReport"].clone()
}

fn item_input(kind: &str, text: &str, indicators: &[&str], findings: &[&Value]) -> Value {
    json!({ "kind": kind, "text": text, "indicators": indicators, "findingIds": findings })
}

/// Approves the current draft as the host lead and the programme officer.
pub async fn approve_all(app: &TestApp, review: Uuid) -> Value {
    let host_lead = app.as_demo(Demo::Lead).await;
    let officer = app.as_demo(Demo::Officer).await;
    let d = draft(&host_lead, review).await;
    ok(&approve(&host_lead, review, &d["draftVersion"]).await);
    let r = approve(&officer, review, &d["draftVersion"]).await;
    ok(&r)["approveReport"].clone()
}

/// The person's tasks on this review: their kinds (a command's name for a
/// COMMAND task).
async fn tasks_on(session: &Session, review: Uuid) -> Vec<String> {
    let r = session
        .gql("{ me { tasks { kind command path } } }", json!({}))
        .await;
    ok(&r)["me"]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| {
            t["path"]
                .as_str()
                .unwrap()
                .starts_with(&format!("/reviews/{review}"))
        })
        .map(|t| match t["command"].as_str() {
            Some(command) => command.to_owned(),
            None => t["kind"].as_str().unwrap().to_owned(),
        })
        .collect()
}

async fn outbox(app: &TestApp, template: &str) -> Vec<(String, String)> {
    use store::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    store::entities::outbox::Entity::find()
        .filter(store::entities::outbox::Column::Template.eq(template))
        .all(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.recipient, m.payload))
        .collect()
}

async fn a_review_goes_from_visit_completed_to_published_and_through_one_correction(app: TestApp) {
    let (review, s, a) = completed(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let member = as_person(&app, MEMBER).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;
    let anonymous = app.anonymous();

    // Before drafting there is no draft; a member may not draft.
    let r = lead
        .gql(
            "query($r: UUID!) { reportDraft(reviewId: $r) { draftVersion } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(ok(&r)["reportDraft"], Value::Null, "{r}");
    assert_eq!(
        error_code(&command(&member, review, "draftReport").await),
        "FORBIDDEN"
    );
    assert_eq!(tasks_on(&lead, review).await, ["DRAFT_REPORT"]);
    assert!(tasks_on(&member, review).await.is_empty());
    let r = command(&lead, review, "draftReport").await;
    assert_eq!(ok(&r)["draftReport"]["state"], "REPORT_DRAFTED", "{r}");

    // The draft is built from the agreed findings, the focus and the visit.
    let d = draft(&member, review).await;
    assert_eq!(d["draftVersion"], 1);
    assert_eq!(d["state"], "REPORT_DRAFTED");
    let keys: Vec<&str> = d["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "CONTEXT",
            "FOCUS",
            "WHAT_THE_TEAM_DID",
            "STRENGTHS",
            "AREAS_FOR_IMPROVEMENT",
            "NEXT_STEPS"
        ]
    );
    assert_eq!(d["strengths"][0]["text"], s["text"]);
    assert_eq!(d["strengths"][0]["findingIds"], json!([s["id"]]));
    assert_eq!(d["strengths"][0]["indicators"], json!(["1.1"]));
    assert_eq!(d["areasForImprovement"][0]["findingIds"], json!([a["id"]]));
    let did = d["sections"][2]["text"].as_str().unwrap();
    assert!(did.contains("headteachers (1 session)"), "{did}");
    assert!(!did.contains("Morag"), "never a contact's name: {did}");
    assert_eq!(d["sections"][5]["text"], "");
    assert_eq!(d["canEdit"], true);
    assert_eq!(d["canApprove"], false);
    let host_view = draft(&qio, review).await;
    assert_eq!(host_view["canComment"], false, "not shared yet");
    assert_eq!(host_view["canEdit"], false);

    // The team edits; a stale draft version is a conflict and loses nothing.
    let r = set_section(
        &member,
        review,
        &json!(1),
        "NEXT_STEPS",
        "Meet in six months.",
    )
    .await;
    let d = ok(&r)["updateReportSection"].clone();
    assert_eq!(d["draftVersion"], 2);
    let r = set_section(&lead, review, &json!(1), "NEXT_STEPS", "Overwrite").await;
    assert_eq!(error_code(&r), "CONFLICT", "{r}");
    assert_eq!(
        draft(&lead, review).await["sections"][5]["text"],
        "Meet in six months."
    );

    // Shared with the host: the host lead and host users are mailed.
    let r = share(&member, review, &json!(2)).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let d = ok(&share(&lead, review, &json!(2)).await)["shareReportDraft"].clone();
    assert!(d["sharedWithHostAt"].is_string());
    let mut to: Vec<String> = outbox(&app, "report_shared")
        .await
        .into_iter()
        .map(|m| m.0)
        .collect();
    to.sort();
    assert_eq!(to, [Demo::Lead.email(), Demo::Qio.email()]);

    // The host comments on an item; the comment blocks approval.
    let strength = d["strengths"][0]["id"].clone();
    let r = comment(
        &qio,
        review,
        "STRENGTHS",
        Some(&strength),
        "Leith Academy is not a primary school.",
    )
    .await;
    let d = ok(&r)["addReportComment"].clone();
    assert_eq!(d["openComments"], 1);
    let c = d["comments"][0]["id"].clone();
    assert_eq!(tasks_on(&lead, review).await, ["ANSWER_REPORT_COMMENTS"]);
    assert_eq!(tasks_on(&qio, review).await, ["CHECK_FACTUAL_ACCURACY"]);
    assert!(!tasks_on(&officer, review)
        .await
        .contains(&"APPROVE_REPORT".to_owned()));
    let r = approve(&host_lead, review, &d["draftVersion"]).await;
    assert_eq!(unmet_codes(&r), codes(&["REPORT_COMMENTS_OPEN"]), "{r}");
    let r = command(&officer, review, "publishReport").await;
    assert_eq!(
        unmet_codes(&r),
        codes(&[
            "REPORT_HOST_APPROVAL_MISSING",
            "REPORT_PROGRAMME_APPROVAL_MISSING",
            "REPORT_COMMENTS_OPEN"
        ]),
        "{r}"
    );

    // The team lead makes the change and accepts the comment, with a reply.
    let r = update_item(
        &lead,
        &strength,
        &d["draftVersion"],
        item_input(
            "STRENGTH",
            "Headteachers share a clear approach to self-evaluation.",
            &["1.1"],
            &[&s["id"]],
        ),
    )
    .await;
    let d = ok(&r)["updateReportItem"].clone();
    assert_eq!(d["strengths"][0]["id"], strength, "the id is kept");
    assert_eq!(
        error_code(&answer(&member, &c, true, "Done").await),
        "FORBIDDEN"
    );
    let r = answer(&lead, &c, true, "Corrected, thank you.").await;
    let d = ok(&r)["answerReportComment"].clone();
    assert_eq!(d["comments"][0]["status"], "ACCEPTED");
    assert_eq!(d["openComments"], 0);
    assert!(tasks_on(&lead, review).await.is_empty());
    assert_eq!(
        tasks_on(&host_lead, review).await,
        ["CHECK_FACTUAL_ACCURACY", "APPROVE_REPORT"]
    );
    assert_eq!(tasks_on(&officer, review).await, ["APPROVE_REPORT"]);
    let mails = outbox(&app, "report_comment_answered").await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].0, Demo::Qio.email());

    // Approving a stale draft version is a conflict; then both approve.
    let v = d["draftVersion"].clone();
    let r = approve(&host_lead, review, &json!(2)).await;
    assert_eq!(error_code(&r), "CONFLICT", "{r}");
    assert_eq!(error_code(&approve(&lead, review, &v).await), "FORBIDDEN");
    let d = approve_all(&app, review).await;
    assert_eq!(d["approvals"].as_array().unwrap().len(), 2);
    assert_eq!(d["awaitingApprovalFrom"], json!([]));

    // A later edit clears the approvals.
    let r = set_section(&lead, review, &v, "NEXT_STEPS", "Meet again in six months.").await;
    let d = ok(&r)["updateReportSection"].clone();
    assert_eq!(d["approvals"], json!([]));
    assert_eq!(
        d["awaitingApprovalFrom"].as_array().unwrap().len(),
        2,
        "{d}"
    );
    let r = command(&officer, review, "publishReport").await;
    assert_eq!(
        unmet_codes(&r),
        codes(&[
            "REPORT_HOST_APPROVAL_MISSING",
            "REPORT_PROGRAMME_APPROVAL_MISSING"
        ]),
        "{r}"
    );
    let d = approve_all(&app, review).await;
    assert_eq!(d["canPublish"], true, "{d}");
    assert!(tasks_on(&qio, review).await.is_empty());
    assert_eq!(tasks_on(&officer, review).await, ["PUBLISH_REPORT"]);

    // Published: an immutable public version at a readable address.
    let r = command(&officer, review, "publishReport").await;
    assert_eq!(ok(&r)["publishReport"]["state"], "REPORT_PUBLISHED", "{r}");
    let d = draft(&lead, review).await;
    let slug = d["published"][0]["slug"].as_str().unwrap().to_owned();
    assert!(slug.ends_with("-2025-01"), "{slug}");
    assert!(slug.starts_with("city-of-edinburgh"), "{slug}");
    assert_eq!(d["canEdit"], false);
    let p = published(&anonymous, &slug, None).await;
    assert_eq!(p["version"], 1);
    assert_eq!(p["superseded"], false);
    assert_eq!(
        p["strengths"][0]["findingIds"],
        json!([]),
        "findings stay private"
    );
    assert_eq!(p["strengths"][0]["id"], strength);
    assert_eq!(p["sections"][5]["text"], "Meet again in six months.");
    let mails = outbox(&app, "report_published").await;
    let to: Vec<&str> = mails.iter().map(|m| m.0.as_str()).collect();
    assert!(to.contains(&"morag.contact@example.org"), "{to:?}");
    assert!(to.contains(&"peer1@demo.quads.scot"), "{to:?}");
    assert!(mails[0].1.contains(&format!("/reports/{slug}")));

    // The published version cannot be edited.
    let r = set_section(&lead, review, &d["draftVersion"], "NEXT_STEPS", "Late").await;
    assert_eq!(unmet_codes(&r), codes(&["WRONG_STATE"]), "{r}");

    // A correction: opened by a programme officer, edited, approved,
    // published as version 2.
    let r = mutate(
        &lead,
        "openReportCorrection(reviewId: $r, changeNote: $n)",
        "($r: UUID!, $n: String!)",
        json!({ "r": review, "n": "A school was misnamed." }),
    )
    .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let d = open_correction(&officer, review, "A school was misnamed.").await;
    assert_eq!(d["isCorrection"], true);
    assert_eq!(d["changeNote"], "A school was misnamed.");
    assert_eq!(draft(&member, review).await["canEdit"], false);
    let r = set_section(&member, review, &d["draftVersion"], "NEXT_STEPS", "Mine").await;
    assert_eq!(
        error_code(&r),
        "FORBIDDEN",
        "the team lead edits a correction: {r}"
    );
    let r = update_item(
        &lead,
        &strength,
        &d["draftVersion"],
        item_input(
            "STRENGTH",
            "Headteachers share a clear, well-understood approach.",
            &["1.1"],
            &[&s["id"]],
        ),
    )
    .await;
    let d = ok(&r)["updateReportItem"].clone();
    ok(&share(&lead, review, &d["draftVersion"]).await);
    let r = mutate(
        &lead,
        "publishReportCorrection(reviewId: $r, draftVersion: $v)",
        "($r: UUID!, $v: Int!)",
        json!({ "r": review, "v": d["draftVersion"] }),
    )
    .await;
    assert_eq!(
        unmet_codes(&r),
        codes(&[
            "REPORT_HOST_APPROVAL_MISSING",
            "REPORT_PROGRAMME_APPROVAL_MISSING"
        ]),
        "{r}"
    );
    let d = approve_all(&app, review).await;
    let r = mutate(
        &lead,
        "publishReportCorrection(reviewId: $r, draftVersion: $v)",
        "($r: UUID!, $v: Int!)",
        json!({ "r": review, "v": d["draftVersion"] }),
    )
    .await;
    let d = ok(&r)["publishReportCorrection"].clone();
    assert_eq!(d["isCorrection"], false);
    assert_eq!(d["published"].as_array().unwrap().len(), 2);
    assert_eq!(d["state"], "REPORT_PUBLISHED");

    // Both versions are readable anonymously; the first says it is
    // superseded and names the latest.
    let latest = published(&anonymous, &slug, None).await;
    assert_eq!(latest["version"], 2);
    assert_eq!(latest["changeNote"], "A school was misnamed.");
    assert_eq!(
        latest["strengths"][0]["id"], strength,
        "the item's id is stable"
    );
    let first = published(&anonymous, &slug, Some(1)).await;
    assert_eq!(first["superseded"], true);
    assert_eq!(first["latestVersion"], 2);
    assert_eq!(
        first["strengths"][0]["text"],
        "Headteachers share a clear approach to self-evaluation."
    );
    assert_eq!(first["versions"].as_array().unwrap().len(), 2);
    assert_eq!(published(&anonymous, &slug, Some(3)).await, Value::Null);
    assert_eq!(
        published(&anonymous, "no-such-report", None).await,
        Value::Null
    );

    // Everything joined the history.
    let kinds: Vec<String> = history(&lead, review)
        .await
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect();
    for kind in [
        "REPORT_SHARED",
        "REPORT_COMMENT_ANSWERED",
        "REPORT_APPROVED",
        "REPORT_CORRECTION_OPENED",
        "REPORT_PUBLISHED",
    ] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
}

async fn bad_report_input_is_refused_naming_what_is_wrong_and_changes_nothing(app: TestApp) {
    let (review, s, _) = completed(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let member = as_person(&app, MEMBER).await;
    let qio = app.as_demo(Demo::Qio).await;
    let other = as_person(&app, OTHER_AUTHORITY).await;
    ok(&command(&lead, review, "draftReport").await);

    // Drafts and comments never reach anyone outside the review.
    let r = other
        .gql(
            "query($r: UUID!) { reportDraft(reviewId: $r) { draftVersion } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = app
        .anonymous()
        .gql(
            "query($r: UUID!) { reportDraft(reviewId: $r) { draftVersion } }",
            json!({ "r": review }),
        )
        .await;
    assert!(
        r["data"]["reportDraft"].is_null() && r["errors"].is_array(),
        "{r}"
    );

    // A comment before the draft is shared.
    let r = comment(&qio, review, "CONTEXT", None, "Early").await;
    assert_eq!(unmet_codes(&r), codes(&["REPORT_NOT_SHARED"]), "{r}");

    // An item: blank text, an indicator outside the framework and a
    // finding that is not agreed, all named.
    let r = mutate(
        &member,
        "addReportItem(reviewId: $r, draftVersion: $v, input: $i)",
        "($r: UUID!, $v: Int!, $i: ReportItemInput!)",
        json!({ "r": review, "v": 1, "i": item_input("STRENGTH", "  ", &["9.9"], &[&json!(Uuid::new_v4())]) }),
    )
    .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    let fields: Vec<&str> = r["errors"][0]["extensions"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["input.text", "input.indicators", "input.findingIds"],
        "{r}"
    );
    let long = "x".repeat(4001);
    let r = mutate(
        &member,
        "addReportItem(reviewId: $r, draftVersion: $v, input: $i)",
        "($r: UUID!, $v: Int!, $i: ReportItemInput!)",
        json!({ "r": review, "v": 1, "i": item_input("STRENGTH", &long, &[], &[&s["id"]]) }),
    )
    .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(
        draft(&lead, review).await["draftVersion"],
        1,
        "nothing written"
    );

    // A new item, then a comment on it after it was removed.
    let r = mutate(
        &member,
        "addReportItem(reviewId: $r, draftVersion: $v, input: $i)",
        "($r: UUID!, $v: Int!, $i: ReportItemInput!)",
        json!({ "r": review, "v": 1, "i": item_input("STRENGTH", "Partnership working is strong.", &["1.1"], &[]) }),
    )
    .await;
    let d = ok(&r)["addReportItem"].clone();
    assert_eq!(d["strengths"][1]["position"], 1);
    let added = d["strengths"][1]["id"].clone();
    let r = mutate(
        &member,
        "moveReportItem(itemId: $id, draftVersion: $v, position: $p)",
        "($id: UUID!, $v: Int!, $p: Int!)",
        json!({ "id": added, "v": d["draftVersion"], "p": 0 }),
    )
    .await;
    let d = ok(&r)["moveReportItem"].clone();
    assert_eq!(d["strengths"][0]["id"], added);
    let d = ok(&share(&lead, review, &d["draftVersion"]).await)["shareReportDraft"].clone();
    let r = mutate(
        &lead,
        "removeReportItem(itemId: $id, draftVersion: $v)",
        "($id: UUID!, $v: Int!)",
        json!({ "id": added, "v": d["draftVersion"] }),
    )
    .await;
    let d = ok(&r)["removeReportItem"].clone();
    let r = comment(
        &qio,
        review,
        "STRENGTHS",
        Some(&added),
        "About the removed one",
    )
    .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(
        r["errors"][0]["extensions"]["reasons"][0]["field"], "input.itemId",
        "{r}"
    );
    let r = comment(&qio, review, "CONTEXT", None, "").await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(draft(&lead, review).await["comments"], json!([]));

    // Only the host comments, and only the host lead and a programme
    // officer approve.
    let r = comment(&member, review, "CONTEXT", None, "From the team").await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = approve(&qio, review, &d["draftVersion"]).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");

    // A comment rejected: a blank reply is refused, then the reply is
    // kept and the comment's author is mailed.
    let r = comment(&qio, review, "CONTEXT", None, "The context is wrong.").await;
    let c = ok(&r)["addReportComment"]["comments"][0]["id"].clone();
    let r = answer(&lead, &c, false, "  ").await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(
        r["errors"][0]["extensions"]["reasons"][0]["field"], "reply",
        "{r}"
    );
    assert_eq!(draft(&lead, review).await["openComments"], 1);
    let r = answer(&lead, &c, false, "The context is as the host wrote it.").await;
    let answered = ok(&r)["answerReportComment"].clone();
    assert_eq!(answered["comments"][0]["status"], "REJECTED");
    assert_eq!(
        answered["comments"][0]["reply"],
        "The context is as the host wrote it."
    );
    assert_eq!(answered["openComments"], 0);
    assert_eq!(
        answered["draftVersion"], d["draftVersion"],
        "an answer is not an edit"
    );
    let mails = outbox(&app, "report_comment_answered").await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].0, Demo::Qio.email());
    let r = answer(&lead, &c, true, "Again").await;
    assert_eq!(unmet_codes(&r), codes(&["REPORT_COMMENT_ANSWERED"]), "{r}");
    let r = mutate(
        &lead,
        "removeReportItem(itemId: $id, draftVersion: $v)",
        "($id: UUID!, $v: Int!)",
        json!({ "id": Uuid::new_v4(), "v": d["draftVersion"] }),
    )
    .await;
    assert_eq!(error_code(&r), "NOT_FOUND", "{r}");

    // Two edits racing from the same draft version: one wins, the other is
    // a CONFLICT, and the winner's text is kept whole.
    let v = d["draftVersion"].clone();
    let (a, b) = tokio::join!(
        set_section(&lead, review, &v, "NEXT_STEPS", "From the lead"),
        set_section(&member, review, &v, "NEXT_STEPS", "From the member"),
    );
    let outcomes = [a.clone(), b.clone()];
    let won: Vec<&Value> = outcomes.iter().filter(|r| r["errors"].is_null()).collect();
    let lost: Vec<&Value> = outcomes.iter().filter(|r| !r["errors"].is_null()).collect();
    assert_eq!((won.len(), lost.len()), (1, 1), "{a} {b}");
    assert_eq!(error_code(lost[0]), "CONFLICT", "{}", lost[0]);
    let text = draft(&lead, review).await["sections"][5]["text"].clone();
    assert_eq!(
        text,
        won[0]["data"]["updateReportSection"]["sections"][5]["text"]
    );

    // Opening a correction before publication is refused.
    let officer = app.as_demo(Demo::Officer).await;
    let r = mutate(
        &officer,
        "openReportCorrection(reviewId: $r, changeNote: $n)",
        "($r: UUID!, $n: String!)",
        json!({ "r": review, "n": "Too early" }),
    )
    .await;
    assert_eq!(unmet_codes(&r), codes(&["WRONG_STATE"]), "{r}");
}

async fn two_host_users_commenting_at_the_same_moment_both_keep_their_comment(app: TestApp) {
    let (review, _, _) = completed(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    ok(&command(&lead, review, "draftReport").await);
    ok(&share(&lead, review, &json!(1)).await);

    for round in 0..3 {
        let first = format!("The context names the wrong year ({round}).");
        let second = format!("The focus omits a key question ({round}).");
        let (a, b) = tokio::join!(
            comment(&host_lead, review, "CONTEXT", None, &first),
            comment(&qio, review, "FOCUS", None, &second),
        );
        ok(&a);
        ok(&b);
    }
    let d = draft(&lead, review).await;
    assert_eq!(d["openComments"], 6, "{d}");
    assert_eq!(d["comments"].as_array().unwrap().len(), 6, "{d}");
}

async fn only_the_team_lead_may_share_the_draft_and_only_until_it_is_shared(app: TestApp) {
    let (review, _, _) = completed(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let member = as_person(&app, MEMBER).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;
    ok(&command(&lead, review, "draftReport").await);
    let may_share = |d: Value| d["canShare"].as_bool().unwrap();

    assert!(may_share(draft(&lead, review).await), "the team lead");
    for (who, session) in [
        ("a team member", &member),
        ("the host lead", &host_lead),
        ("a host user", &qio),
        ("a programme officer on the team", &officer),
    ] {
        assert!(!may_share(draft(session, review).await), "{who}");
        let r = share(session, review, &json!(1)).await;
        assert_eq!(error_code(&r), "FORBIDDEN", "{who}: {r}");
    }
    let d = ok(&share(&lead, review, &json!(1)).await)["shareReportDraft"].clone();
    assert!(!may_share(d), "shared already");

    // Published: nobody shares; a correction is shared again by the lead.
    let d = approve_all(&app, review).await;
    assert!(!may_share(d));
    ok(&command(&officer, review, "publishReport").await);
    assert!(!may_share(draft(&lead, review).await), "published");
    let r = mutate(
        &officer,
        "openReportCorrection(reviewId: $r, changeNote: $n)",
        "($r: UUID!, $n: String!)",
        json!({ "r": review, "n": "A date was wrong." }),
    )
    .await;
    let d = ok(&r)["openReportCorrection"].clone();
    assert!(!may_share(d), "the officer is not the lead");
    assert!(may_share(draft(&lead, review).await), "the correction");
    assert!(!may_share(draft(&member, review).await));
}

on_both_databases!(
    a_review_goes_from_visit_completed_to_published_and_through_one_correction,
    only_the_team_lead_may_share_the_draft_and_only_until_it_is_shared,
    bad_report_input_is_refused_naming_what_is_wrong_and_changes_nothing,
    two_host_users_commenting_at_the_same_moment_both_keep_their_comment,
);

async fn the_demo_has_a_published_report_on_literacy_corrected_once(app: TestApp) {
    app.as_demo(Demo::Officer).await;
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    let anonymous = app.anonymous();
    let r = anonymous
        .gql(
            "{ reviews(filter: { theme: \"literacy\" }) { items { id state theme hosts { name } } } }",
            json!({}),
        )
        .await;
    let items = ok(&r)["reviews"]["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 1, "{r}");
    // Published, then taken on into follow-up (issue 20).
    assert_eq!(items[0]["state"], "FOLLOW_UP");
    assert_eq!(items[0]["theme"], "Raising attainment in literacy");
    let review: Uuid = serde_json::from_value(items[0]["id"].clone()).unwrap();

    // Its team lead sees the draft: version 2 published, no correction open.
    let lead = app
        .sign_in("peer13@demo.quads.scot", server::accounts::DEMO_PASSWORD)
        .await;
    let d = draft(&lead, review).await;
    assert_eq!(d["isCorrection"], false);
    assert_eq!(d["published"].as_array().unwrap().len(), 2, "{d}");
    let slug = d["published"][0]["slug"].as_str().unwrap().to_owned();
    assert!(slug.ends_with("-2025-02"), "{slug}");
    // Strengths and areas for improvement linked to agreed findings and
    // indicators.
    for item in d["strengths"]
        .as_array()
        .unwrap()
        .iter()
        .chain(d["areasForImprovement"].as_array().unwrap())
    {
        assert_eq!(item["findingIds"].as_array().unwrap().len(), 1, "{item}");
        assert!(!item["indicators"].as_array().unwrap().is_empty(), "{item}");
    }
    assert_eq!(
        d["comments"],
        json!([]),
        "a correction starts its check afresh"
    );

    // Anyone reads both versions; the first is superseded.
    let latest = published(&anonymous, &slug, None).await;
    assert_eq!(latest["version"], 2);
    assert_eq!(latest["focusTheme"], "Raising attainment in literacy");
    assert!(latest["changeNote"].as_str().unwrap().contains("P5 to P7"));
    assert_eq!(latest["strengths"].as_array().unwrap().len(), 3);
    assert_eq!(latest["areasForImprovement"].as_array().unwrap().len(), 2);
    let first = published(&anonymous, &slug, Some(1)).await;
    assert_eq!(first["superseded"], true);
    assert_eq!(first["latestVersion"], 2);
    assert!(
        first["strengths"][1]["text"]
            .as_str()
            .unwrap()
            .contains("four years"),
        "the accepted comment's change: {first}"
    );
    assert_ne!(
        first["areasForImprovement"][0]["text"],
        latest["areasForImprovement"][0]["text"]
    );

    // The history tells the whole story.
    let kinds: Vec<String> = history(&lead, review)
        .await
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect();
    for kind in [
        "REPORT_SHARED",
        "REPORT_COMMENT_ANSWERED",
        "REPORT_APPROVED",
        "REPORT_CORRECTION_OPENED",
        "REPORT_PUBLISHED",
    ] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
}

on_both_databases!(the_demo_has_a_published_report_on_literacy_corrected_once);
