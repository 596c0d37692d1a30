//! Findings through the API, on both databases (issue 17): team members
//! record findings during the visit, the team lead agrees, merges and
//! rewords them, and completes the visit once a strength and an area for
//! improvement are agreed; the host reads the agreed findings (never the
//! drafts) afterwards. Every bad input is refused naming what is wrong and
//! changes nothing; a resent finding is recorded once.

use crate::helpers::{error_code, Demo, Session, TestApp};
use crate::lifecycle::{as_person, codes, ok, unmet_codes, version};
use crate::on_both_databases;
use crate::visit::{history, plan, set_dates, submitted_review};
use chrono::{TimeZone, Utc};
use serde_json::{json, Value};
use uuid::Uuid;

pub const TEAM_LEAD: &str = "peer1@demo.quads.scot";
pub const MEMBER: &str = "peer2@demo.quads.scot";
pub const OTHER_MEMBER: &str = "peer3@demo.quads.scot";
/// A user of an authority that has nothing to do with the review.
pub const OTHER_AUTHORITY: &str = "peer4@demo.quads.scot";

const FINDING: &str = "id reviewId kind text indicators session { id } author { id name } status mergedIntoId version recordedAt updatedAt attachments { id url } history { kind text by { name } relatedFindingIds } canEdit";

fn findings_query() -> String {
    format!("query($r: UUID!) {{ reviewFindings(reviewId: $r) {{ reviewId reviewVersion state findings {{ {FINDING} }} indicators {{ number }} sessions {{ id }} canRecord canAgree agreedStrengths agreedAreasForImprovement }} }}")
}

fn record_mutation() -> String {
    format!("mutation($r: UUID!, $k: UUID!, $i: FindingInput!) {{ recordFinding(reviewId: $r, idempotencyKey: $k, input: $i) {{ {FINDING} }} }}")
}

fn update_mutation() -> String {
    format!("mutation($f: UUID!, $v: Int!, $i: FindingInput!) {{ updateFinding(findingId: $f, version: $v, input: $i) {{ {FINDING} }} }}")
}

fn agree_mutation(name: &str) -> String {
    format!(
        "mutation($f: UUID!, $v: Int!) {{ {name}(findingId: $f, version: $v) {{ {FINDING} }} }}"
    )
}

const REMOVE: &str = "mutation($f: UUID!, $v: Int!) { removeFinding(findingId: $f, version: $v) }";

fn merge_mutation() -> String {
    format!("mutation($into: UUID!, $ids: [UUID!]!, $t: String!) {{ mergeFindings(intoId: $into, mergedIds: $ids, text: $t) {{ {FINDING} }} }}")
}

pub fn input(kind: &str, text: &str, indicators: &[&str]) -> Value {
    json!({ "kind": kind, "text": text, "indicators": indicators })
}

/// The demo's City of Edinburgh review on the first day of its visit
/// (Monday 6 January 2025), with one session; its id and the session's.
pub async fn in_visit(app: &TestApp) -> (Uuid, Value) {
    let (review, _) = submitted_review(app).await;
    let lead = as_person(app, TEAM_LEAD).await;
    let r = set_dates(&lead, review, &["2025-01-06", "2025-01-07", "2025-01-08"]).await;
    let v = ok(&r)["setVisitDates"]["reviewVersion"].clone();
    let p = plan(&lead, review).await;
    let ann = p["assignable"][0]["id"].clone();
    let r = lead
        .gql(
            "mutation($r: UUID!, $v: Int!, $i: VisitSessionInput!) { addVisitSession(reviewId: $r, version: $v, input: $i) { sessions { id } } }",
            json!({ "r": review, "v": v, "i": {
                "day": "2025-01-06", "startsAt": "09:30", "endsAt": "11:00", "kind": "FOCUS_GROUP",
                "audiences": ["HEADTEACHERS"], "place": "Leith Academy", "memberIds": [ann],
            } }),
        )
        .await;
    let session = ok(&r)["addVisitSession"]["sessions"][0]["id"].clone();
    app.clock
        .set(Utc.with_ymd_and_hms(2025, 1, 6, 9, 0, 0).unwrap());
    let v = version(&lead, review).await;
    let r = lead
        .gql(
            "mutation($r: UUID!, $v: Int!) { startVisit(reviewId: $r, version: $v) { state } }",
            json!({ "r": review, "v": v }),
        )
        .await;
    assert_eq!(ok(&r)["startVisit"]["state"], "VISIT_IN_PROGRESS", "{r}");
    (review, session)
}

pub async fn findings(session: &Session, review: Uuid) -> Value {
    let r = session.gql(&findings_query(), json!({ "r": review })).await;
    ok(&r)["reviewFindings"].clone()
}

pub async fn record(session: &Session, review: Uuid, key: Uuid, i: Value) -> Value {
    session
        .gql(&record_mutation(), json!({ "r": review, "k": key, "i": i }))
        .await
}

pub async fn recorded(session: &Session, review: Uuid, i: Value) -> Value {
    let r = record(session, review, Uuid::new_v4(), i).await;
    ok(&r)["recordFinding"].clone()
}

pub async fn agree(session: &Session, f: &Value) -> Value {
    session
        .gql(
            &agree_mutation("agreeFinding"),
            json!({ "f": f["id"], "v": f["version"] }),
        )
        .await
}

async fn complete(session: &Session, review: Uuid) -> Value {
    let v = version(session, review).await;
    session
        .gql(
            "mutation($r: UUID!, $v: Int!) { completeVisit(reviewId: $r, version: $v) { state } }",
            json!({ "r": review, "v": v }),
        )
        .await
}

async fn my_tasks(session: &Session, review: Uuid) -> Vec<String> {
    let r = session
        .gql("{ me { tasks { kind path } } }", json!({}))
        .await;
    ok(&r)["me"]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["path"] == format!("/reviews/{review}/findings"))
        .map(|t| t["kind"].as_str().unwrap().to_owned())
        .collect()
}

fn reasons(r: &Value) -> Vec<(String, String)> {
    r["errors"][0]["extensions"]["reasons"]
        .as_array()
        .unwrap_or_else(|| panic!("a list of reasons: {r}"))
        .iter()
        .map(|x| {
            (
                x["field"].as_str().unwrap().to_owned(),
                x["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn a_review_goes_from_visit_in_progress_to_visit_completed_with_agreed_findings(
    app: TestApp,
) {
    let (review, session) = in_visit(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let member = as_person(&app, MEMBER).await;
    let host_lead = app.as_demo(Demo::Lead).await;

    assert_eq!(my_tasks(&member, review).await, ["RECORD_FINDINGS"]);
    assert_eq!(
        my_tasks(&lead, review).await,
        ["RECORD_FINDINGS", "AGREE_FINDINGS"]
    );
    assert!(my_tasks(&host_lead, review).await.is_empty());

    let view = findings(&member, review).await;
    assert_eq!(view["state"], "VISIT_IN_PROGRESS");
    assert_eq!(view["canRecord"], true);
    assert_eq!(view["canAgree"], false);
    assert_eq!(view["sessions"][0]["id"], session);
    assert!(view["indicators"].as_array().unwrap().len() > 5, "{view}");

    let mut strength = input(
        "STRENGTH",
        "  Headteachers describe a shared, well-understood approach to self-evaluation.  ",
        &["2.1", "1.1"],
    );
    strength["sessionId"] = session.clone();
    let s = recorded(&member, review, strength).await;
    assert_eq!(
        s["text"],
        "Headteachers describe a shared, well-understood approach to self-evaluation."
    );
    assert_eq!(s["indicators"], json!(["1.1", "2.1"]));
    assert_eq!(s["session"]["id"], session);
    assert_eq!(
        (s["status"].clone(), s["version"].clone()),
        (json!("DRAFT"), json!(1))
    );
    assert!(!s["author"]["name"].as_str().unwrap().is_empty());
    assert_eq!(s["canEdit"], true);
    assert_eq!(s["history"][0]["kind"], "RECORDED");
    let afi = recorded(
        &lead,
        review,
        input(
            "AREA_FOR_IMPROVEMENT",
            "Data on attendance is not yet used to plan support.",
            &["3.1"],
        ),
    )
    .await;
    let evidence = recorded(
        &member,
        review,
        input("EVIDENCE", "Focus group with six headteachers.", &[]),
    )
    .await;

    // Nothing agreed: the completion lists both missing kinds.
    let r = complete(&lead, review).await;
    assert_eq!(
        unmet_codes(&r),
        codes(&[
            "FINDINGS_STRENGTH_MISSING",
            "FINDINGS_AREA_FOR_IMPROVEMENT_MISSING"
        ]),
        "{r}"
    );
    // Only the team lead agrees; a member is refused.
    assert_eq!(error_code(&agree(&member, &s).await), "FORBIDDEN");
    let agreed = ok(&agree(&lead, &s).await)["agreeFinding"].clone();
    assert_eq!(agreed["status"], "AGREED");
    assert_eq!(
        agreed["canEdit"], true,
        "the team lead may still reword it: {agreed}"
    );
    let r = complete(&lead, review).await;
    assert_eq!(
        unmet_codes(&r),
        codes(&["FINDINGS_AREA_FOR_IMPROVEMENT_MISSING"]),
        "{r}"
    );
    ok(&agree(&lead, &afi).await);
    let counted = findings(&lead, review).await;
    assert_eq!(
        (
            counted["agreedStrengths"].clone(),
            counted["agreedAreasForImprovement"].clone()
        ),
        (json!(1), json!(1))
    );
    assert_eq!(counted["canAgree"], true);
    // The review page reads the same facts: its completion is open, not
    // refused as "not recorded".
    let r = lead
        .gql(
            "query($r: UUID!) { review(id: $r) { availableCommands { command allowed unmet { code } } } }",
            json!({ "r": review }),
        )
        .await;
    let completion = ok(&r)["review"]["availableCommands"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["command"] == "COMPLETE_VISIT")
        .cloned()
        .expect("completeVisit offered on the review page");
    assert_eq!(completion["allowed"], true, "{completion}");

    // The host sees no finding while the visit is in progress.
    let r = host_lead
        .gql(&findings_query(), json!({ "r": review }))
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");

    let r = complete(&lead, review).await;
    assert_eq!(ok(&r)["completeVisit"]["state"], "VISIT_COMPLETED", "{r}");
    let entries = history(&lead, review).await;
    let agreed_entries: Vec<&Value> = entries
        .iter()
        .filter(|e| e["kind"] == "FINDING_AGREED")
        .collect();
    assert_eq!(agreed_entries.len(), 2);
    assert!(
        agreed_entries[0]["summary"]
            .as_str()
            .unwrap()
            .starts_with("Agreed a finding (strength): “Headteachers describe"),
        "{}",
        agreed_entries[0]
    );

    // After the visit: the host reads the agreed findings, and only them.
    let host_view = findings(&host_lead, review).await;
    let ids: Vec<&Value> = host_view["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["id"])
        .collect();
    assert_eq!(ids, [&s["id"], &afi["id"]], "{host_view}");
    assert!(!host_view
        .to_string()
        .contains(evidence["id"].as_str().unwrap()));
    assert_eq!(host_view["canRecord"], false);
    assert!(host_view["findings"][0]["history"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["kind"] == "AGREED"));
    let qio = app.as_demo(Demo::Qio).await;
    assert_eq!(
        findings(&qio, review).await["findings"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // A finding after completion is refused, naming the stage.
    let r = record(
        &member,
        review,
        Uuid::new_v4(),
        input("STRENGTH", "Late thought", &[]),
    )
    .await;
    assert_eq!(unmet_codes(&r), codes(&["WRONG_STATE"]), "{r}");
    assert!(
        r["errors"][0]["extensions"]["unmet"][0]["message"]
            .as_str()
            .unwrap()
            .contains("the visit is over"),
        "{r}"
    );
    let r = agree(&lead, &evidence).await;
    assert_eq!(unmet_codes(&r), codes(&["WRONG_STATE"]), "{r}");
    assert!(my_tasks(&member, review).await.is_empty());

    // The host leads are told, through the outbox.
    use store::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let mails = store::entities::outbox::Entity::find()
        .filter(store::entities::outbox::Column::Template.eq("findings_readable"))
        .all(app.store.conn())
        .await
        .unwrap();
    let to: Vec<&str> = mails.iter().map(|m| m.recipient.as_str()).collect();
    assert_eq!(to, [Demo::Lead.email()]);
    assert!(mails[0]
        .payload
        .contains(&format!("/reviews/{review}/findings")));
}

async fn bad_findings_are_refused_naming_what_is_wrong_and_change_nothing(app: TestApp) {
    let (review, _) = in_visit(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let member = as_person(&app, MEMBER).await;
    let other_member = as_person(&app, OTHER_MEMBER).await;

    // An indicator outside the framework, a blank text and a session of
    // no visit: every reason, each with its field.
    let mut bad = input("STRENGTH", "   ", &["9.9", "1.1"]);
    bad["sessionId"] = json!(Uuid::new_v4());
    let r = record(&member, review, Uuid::new_v4(), bad).await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    let listed = reasons(&r);
    let fields: Vec<&str> = listed.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        ["input.text", "input.indicators", "input.sessionId"]
    );
    assert!(
        listed[1].1.contains("“9.9” is not a quality indicator"),
        "{r}"
    );
    assert_eq!(r["errors"][0]["extensions"]["field"], "input.text");
    // Too long, too many indicators.
    let r = record(
        &member,
        review,
        Uuid::new_v4(),
        input("STRENGTH", &"x".repeat(4001), &[]),
    )
    .await;
    assert!(reasons(&r)[0].1.contains("4000 characters or fewer"), "{r}");
    let many = vec!["1.1"; 21];
    let r = record(
        &member,
        review,
        Uuid::new_v4(),
        input("STRENGTH", "Fine", &many),
    )
    .await;
    assert!(reasons(&r)[0].1.contains("at most 20"), "{r}");
    // Someone not on the team, and the host, record nothing.
    let stranger = as_person(&app, OTHER_AUTHORITY).await;
    let r = record(
        &stranger,
        review,
        Uuid::new_v4(),
        input("STRENGTH", "Fine", &[]),
    )
    .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let host = app.as_demo(Demo::Lead).await;
    let r = record(
        &host,
        review,
        Uuid::new_v4(),
        input("STRENGTH", "Fine", &[]),
    )
    .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    assert!(findings(&lead, review).await["findings"]
        .as_array()
        .unwrap()
        .is_empty());

    // Another member's draft: only its author and the team lead change it.
    let draft = recorded(
        &member,
        review,
        input("STRENGTH", "Strong leadership", &["1.1"]),
    )
    .await;
    let as_other = findings(&other_member, review).await;
    assert_eq!(as_other["findings"][0]["canEdit"], false);
    let r = other_member
        .gql(
            &update_mutation(),
            json!({ "f": draft["id"], "v": draft["version"], "i": input("STRENGTH", "Changed", &[]) }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = other_member
        .gql(REMOVE, json!({ "f": draft["id"], "v": draft["version"] }))
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    // The author edits it; a stale version is a conflict.
    let r = member
        .gql(
            &update_mutation(),
            json!({ "f": draft["id"], "v": draft["version"], "i": input("STRENGTH", "Strong, visible leadership", &["1.1"]) }),
        )
        .await;
    let edited = ok(&r)["updateFinding"].clone();
    assert_eq!(edited["version"], 2);
    let r = member
        .gql(
            &update_mutation(),
            json!({ "f": draft["id"], "v": 1, "i": input("STRENGTH", "Stale", &[]) }),
        )
        .await;
    assert_eq!(error_code(&r), "CONFLICT", "{r}");
    // The team lead rewords it: REWORDED in its history and the review's.
    let r = lead
        .gql(
            &update_mutation(),
            json!({ "f": draft["id"], "v": 2, "i": input("STRENGTH", "Leaders are visible in schools and trusted.", &["1.1"]) }),
        )
        .await;
    let reworded = ok(&r)["updateFinding"].clone();
    let kinds: Vec<&str> = reworded["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["RECORDED", "EDITED", "REWORDED"]);
    assert_eq!(
        reworded["history"][2]["text"],
        "Leaders are visible in schools and trusted."
    );
    let entries = history(&lead, review).await;
    assert_eq!(entries.last().unwrap()["kind"], "FINDING_REWORDED");
    // Agreed, it is no longer its author's to change.
    let agreed = ok(&agree(&lead, &reworded).await)["agreeFinding"].clone();
    let r = member
        .gql(
            &update_mutation(),
            json!({ "f": agreed["id"], "v": agreed["version"], "i": input("STRENGTH", "Mine again", &[]) }),
        )
        .await;
    assert_eq!(unmet_codes(&r), codes(&["FINDING_NOT_DRAFT"]), "{r}");
    // Taken back, it is a draft again.
    let r = lead
        .gql(
            &agree_mutation("unagreeFinding"),
            json!({ "f": agreed["id"], "v": agreed["version"] }),
        )
        .await;
    let back = ok(&r)["unagreeFinding"].clone();
    assert_eq!(back["status"], "DRAFT");
    assert_eq!(entries.len() + 2, history(&lead, review).await.len());
    // Removed by its author: gone from the list.
    let r = member
        .gql(REMOVE, json!({ "f": back["id"], "v": back["version"] }))
        .await;
    assert_eq!(ok(&r)["removeFinding"], true);
    assert!(findings(&lead, review).await["findings"]
        .as_array()
        .unwrap()
        .is_empty());
}

async fn a_resent_finding_is_recorded_once_even_when_both_arrive_together(app: TestApp) {
    let (review, _) = in_visit(&app).await;
    let member = as_person(&app, MEMBER).await;
    let key = Uuid::new_v4();
    let i = input("EVIDENCE", "Pupil voice group, S3.", &["2.1"]);
    let first = ok(&record(&member, review, key, i.clone()).await)["recordFinding"].clone();
    let again = ok(&record(&member, review, key, i.clone()).await)["recordFinding"].clone();
    assert_eq!(first["id"], again["id"]);
    // The same key with other content is a conflict, not a second finding.
    let r = record(
        &member,
        review,
        key,
        input("EVIDENCE", "Something else", &[]),
    )
    .await;
    assert_eq!(error_code(&r), "CONFLICT", "{r}");

    // Two identical requests at once: one finding.
    let key = Uuid::new_v4();
    let i = input("STRENGTH", "Sent twice at once", &[]);
    let other = as_person(&app, MEMBER).await;
    let (a, b) = tokio::join!(
        record(&member, review, key, i.clone()),
        record(&other, review, key, i.clone())
    );
    assert_eq!(ok(&a)["recordFinding"]["id"], ok(&b)["recordFinding"]["id"]);
    let all = findings(&member, review).await;
    assert_eq!(all["findings"].as_array().unwrap().len(), 2, "{all}");
    use store::sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let rows = store::entities::finding::Entity::find()
        .filter(store::entities::finding::Column::ReviewId.eq(review))
        .count(app.store.conn())
        .await
        .unwrap();
    assert_eq!(rows, 2);
    // The same key from another author is another draft.
    let other_member = as_person(&app, OTHER_MEMBER).await;
    let theirs = ok(&record(&other_member, review, key, i).await)["recordFinding"].clone();
    assert_ne!(theirs["id"], ok(&a)["recordFinding"]["id"]);
}

async fn the_team_lead_merges_duplicates_keeping_each_ones_history(app: TestApp) {
    let (review, _) = in_visit(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let member = as_person(&app, MEMBER).await;
    let other_member = as_person(&app, OTHER_MEMBER).await;
    let a = recorded(
        &member,
        review,
        input("AREA_FOR_IMPROVEMENT", "Attendance data unused", &["1.1"]),
    )
    .await;
    let b = recorded(
        &other_member,
        review,
        input("AREA_FOR_IMPROVEMENT", "Attendance not analysed", &["2.1"]),
    )
    .await;
    let c = recorded(
        &lead,
        review,
        input("AREA_FOR_IMPROVEMENT", "No attendance plan", &[]),
    )
    .await;

    // Only the lead merges.
    let r = member
        .gql(
            &merge_mutation(),
            json!({ "into": a["id"], "ids": [b["id"]], "t": "x" }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = lead
        .gql(&merge_mutation(), json!({ "into": a["id"], "ids": [b["id"], c["id"]], "t": "Attendance data is not yet analysed or used to plan support." }))
        .await;
    let kept = ok(&r)["mergeFindings"].clone();
    assert_eq!(
        kept["text"],
        "Attendance data is not yet analysed or used to plan support."
    );
    assert_eq!(kept["indicators"], json!(["1.1", "2.1"]));
    assert_eq!(kept["status"], "DRAFT");
    let last = kept["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["kind"], "MERGED");
    assert_eq!(last["relatedFindingIds"], json!([b["id"], c["id"]]));
    let all = findings(&lead, review).await;
    let merged: Vec<&Value> = all["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "MERGED")
        .collect();
    assert_eq!(merged.len(), 2);
    assert!(merged.iter().all(|f| f["mergedIntoId"] == a["id"]));
    assert_eq!(
        merged[0]["history"][1]["relatedFindingIds"],
        json!([a["id"]])
    );
    assert_eq!(merged[0]["canEdit"], false);
    let entries = history(&lead, review).await;
    let last = entries.last().unwrap();
    assert_eq!(last["kind"], "FINDINGS_MERGED");
    assert!(
        last["summary"]
            .as_str()
            .unwrap()
            .starts_with("Merged 3 findings into one"),
        "{last}"
    );

    // A merged finding is merged no more, nor agreed.
    let r = lead
        .gql(
            &merge_mutation(),
            json!({ "into": a["id"], "ids": [b["id"], a["id"]], "t": "Again" }),
        )
        .await;
    assert_eq!(unmet_codes(&r), codes(&["FINDING_MERGED"]), "{r}");
    assert_eq!(
        r["errors"][0]["extensions"]["unmet"]
            .as_array()
            .unwrap()
            .len(),
        2,
        "{r}"
    );
    let r = agree(&lead, merged[0]).await;
    assert_eq!(unmet_codes(&r), codes(&["FINDING_NOT_DRAFT"]), "{r}");
    // The kept one is agreed as usual.
    let kept = findings(&lead, review).await["findings"][0].clone();
    assert_eq!(
        ok(&agree(&lead, &kept).await)["agreeFinding"]["status"],
        "AGREED"
    );
}

on_both_databases!(
    a_review_goes_from_visit_in_progress_to_visit_completed_with_agreed_findings,
    bad_findings_are_refused_naming_what_is_wrong_and_change_nothing,
    a_resent_finding_is_recorded_once_even_when_both_arrive_together,
    the_team_lead_merges_duplicates_keeping_each_ones_history,
);

/// An upload to a finding as `session`: the HTTP status and the answer.
pub async fn upload(app: &TestApp, session: &Session, finding: &Value) -> (u16, Value) {
    let boundary = "quads-test-boundary-f1nd";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\nFocus group notes\r\n--{boundary}--\r\n").as_bytes(),
    );
    let response = session
        .client
        .post(format!(
            "{}/findings/{}/attachments",
            app.address,
            finding["id"].as_str().unwrap()
        ))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header("x-requested-with", "quads")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn status_of(session: &Session, url: &str) -> u16 {
    session
        .client
        .get(url)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// What a caller got: "ok" or the error's code.
fn outcome(r: &Value) -> String {
    match r["errors"][0]["extensions"]["code"].as_str() {
        Some(code) => code.to_owned(),
        None => "ok".to_owned(),
    }
}

async fn each_role_gets_what_the_matrix_says_and_drafts_never_reach_the_host(app: TestApp) {
    let (review, _) = in_visit(&app).await;
    let callers: Vec<(&str, Session)> = vec![
        ("anonymous", app.anonymous()),
        ("admin", app.as_demo(Demo::Admin).await),
        // The demo's officer is also the team's ADES member: an officer
        // off the team is in lifecycle_matrix.rs.
        (
            "programme officer on the team",
            app.as_demo(Demo::Officer).await,
        ),
        ("host lead", app.as_demo(Demo::Lead).await),
        ("other host user", app.as_demo(Demo::Qio).await),
        (
            "user of another authority",
            as_person(&app, OTHER_AUTHORITY).await,
        ),
        ("team member", as_person(&app, MEMBER).await),
        ("team lead", as_person(&app, TEAM_LEAD).await),
    ];
    let author = as_person(&app, OTHER_MEMBER).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    const U: &str = "UNAUTHENTICATED";
    const F: &str = "FORBIDDEN";
    const OK: &str = "ok";
    let check = |operation: &str, got: Vec<String>, expected: [&str; 8]| {
        let rows: Vec<(&str, &str, &str)> = callers
            .iter()
            .zip(got.iter())
            .zip(expected.iter())
            .filter(|((_, g), e)| g.as_str() != **e)
            .map(|(((who, _), g), e)| (*who, g.as_str(), *e))
            .collect();
        assert!(
            rows.is_empty(),
            "{operation}: (caller, got, expected) {rows:?}"
        );
    };

    let mut got = Vec::new();
    for (_, s) in &callers {
        got.push(outcome(
            &s.gql(&findings_query(), json!({ "r": review })).await,
        ));
    }
    check("reviewFindings", got, [U, F, OK, F, F, F, OK, OK]);

    let mut got = Vec::new();
    for (_, s) in &callers {
        got.push(outcome(
            &record(s, review, Uuid::new_v4(), input("EVIDENCE", "Seen", &[])).await,
        ));
    }
    check("recordFinding", got, [U, F, OK, F, F, F, OK, OK]);

    // Each caller acts on a draft of their own, by another member.
    let draft = || async { recorded(&author, review, input("STRENGTH", "A draft", &[])).await };
    let mut got = Vec::new();
    for (_, s) in &callers {
        let d = draft().await;
        got.push(outcome(
            &s.gql(
                &update_mutation(),
                json!({ "f": d["id"], "v": d["version"], "i": input("STRENGTH", "Reworded", &[]) }),
            )
            .await,
        ));
    }
    check("updateFinding", got, [U, F, F, F, F, F, F, OK]);
    let mut got = Vec::new();
    for (_, s) in &callers {
        let d = draft().await;
        got.push(outcome(
            &s.gql(REMOVE, json!({ "f": d["id"], "v": d["version"] }))
                .await,
        ));
    }
    check("removeFinding", got, [U, F, F, F, F, F, F, OK]);
    let mut got = Vec::new();
    for (_, s) in &callers {
        let d = draft().await;
        got.push(outcome(&agree(s, &d).await));
    }
    check("agreeFinding", got, [U, F, OK, F, F, F, F, OK]);
    let mut got = Vec::new();
    for (_, s) in &callers {
        let d = ok(&agree(&lead, &draft().await).await)["agreeFinding"].clone();
        got.push(outcome(
            &s.gql(
                &agree_mutation("unagreeFinding"),
                json!({ "f": d["id"], "v": d["version"] }),
            )
            .await,
        ));
    }
    check("unagreeFinding", got, [U, F, OK, F, F, F, F, OK]);
    let mut got = Vec::new();
    for (_, s) in &callers {
        let (a, b) = (draft().await, draft().await);
        got.push(outcome(
            &s.gql(
                &merge_mutation(),
                json!({ "into": a["id"], "ids": [b["id"]], "t": "Merged" }),
            )
            .await,
        ));
    }
    check("mergeFindings", got, [U, F, OK, F, F, F, F, OK]);

    // Documents: the author and the team lead attach; whoever sees the
    // finding downloads.
    let mut got = Vec::new();
    for (_, s) in &callers {
        let d = draft().await;
        got.push(upload(&app, s, &d).await.0.to_string());
    }
    check(
        "POST /findings/{id}/attachments",
        got,
        ["401", "403", "403", "403", "403", "403", "403", "201"],
    );
    let secret = recorded(
        &author,
        review,
        input("EVIDENCE", "A draft the host never reads", &[]),
    )
    .await;
    let (status, doc) = upload(&app, &author, &secret).await;
    assert_eq!(status, 201, "{doc}");
    let secret_url = format!("{}{}", app.address, doc["url"].as_str().unwrap());
    let shared = recorded(
        &author,
        review,
        input("STRENGTH", "Agreed with the team", &[]),
    )
    .await;
    let (_, doc) = upload(&app, &author, &shared).await;
    let shared_url = format!("{}{}", app.address, doc["url"].as_str().unwrap());
    let shared = ok(&agree(&lead, &shared).await)["agreeFinding"].clone();
    let afi = recorded(
        &author,
        review,
        input("AREA_FOR_IMPROVEMENT", "To improve", &[]),
    )
    .await;
    ok(&agree(&lead, &afi).await);
    let mut got = Vec::new();
    for (_, s) in &callers {
        got.push(status_of(s, &secret_url).await.to_string());
    }
    check(
        "GET a draft's document during the visit",
        got,
        ["401", "403", "200", "403", "403", "403", "200", "200"],
    );
    // A removal of another's document is refused like a change.
    let r = callers[6]
        .1
        .gql(
            "mutation($id: UUID!) { removeAttachment(id: $id) }",
            json!({ "id": doc["id"] }),
        )
        .await;
    assert_eq!(outcome(&r), F, "{r}");

    let r = complete(&lead, review).await;
    assert_eq!(ok(&r)["completeVisit"]["state"], "VISIT_COMPLETED", "{r}");
    let mut got = Vec::new();
    for (_, s) in &callers {
        got.push(status_of(s, &secret_url).await.to_string());
    }
    check(
        "GET a draft's document after the visit",
        got,
        ["401", "403", "200", "403", "403", "403", "200", "200"],
    );
    let mut got = Vec::new();
    for (_, s) in &callers {
        got.push(status_of(s, &shared_url).await.to_string());
    }
    check(
        "GET an agreed finding's document after the visit",
        got,
        ["401", "403", "200", "200", "200", "403", "200", "200"],
    );
    let mut got = Vec::new();
    for (_, s) in &callers {
        got.push(outcome(
            &s.gql(&findings_query(), json!({ "r": review })).await,
        ));
    }
    check(
        "reviewFindings after the visit",
        got,
        [U, F, OK, OK, OK, F, OK, OK],
    );
    // The host's answer holds agreed findings only, and nothing of a draft.
    for host in [&callers[3].1, &callers[4].1] {
        let seen = findings(host, review).await;
        let text = seen.to_string();
        assert!(seen["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["status"] == "AGREED"));
        assert!(text.contains(shared["id"].as_str().unwrap()));
        assert!(!text.contains(secret["id"].as_str().unwrap()), "{text}");
        assert!(!text.contains("A draft the host never reads"), "{text}");
        assert!(!text.contains("\"DRAFT\""), "{text}");
    }
}

on_both_databases!(each_role_gets_what_the_matrix_says_and_drafts_never_reach_the_host);

async fn the_demo_has_a_review_in_the_middle_of_its_visit_with_drafts_and_agreed_findings(
    app: TestApp,
) {
    app.as_demo(Demo::Officer).await;
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    let lead = app
        .sign_in("peer10@demo.quads.scot", server::accounts::DEMO_PASSWORD)
        .await;
    let r = lead.gql("{ me { tasks { kind path } } }", json!({})).await;
    let path = ok(&r)["me"]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["kind"] == "AGREE_FINDINGS")
        .unwrap_or_else(|| panic!("the team lead is asked to agree findings: {r}"))["path"]
        .as_str()
        .unwrap()
        .to_owned();
    let review: Uuid = path
        .trim_start_matches("/reviews/")
        .trim_end_matches("/findings")
        .parse()
        .unwrap();
    let seen = findings(&lead, review).await;
    assert_eq!(seen["state"], "VISIT_IN_PROGRESS");
    assert_eq!(
        (
            seen["agreedStrengths"].clone(),
            seen["agreedAreasForImprovement"].clone()
        ),
        (json!(1), json!(1))
    );
    let all = seen["findings"].as_array().unwrap();
    let drafts: Vec<&Value> = all.iter().filter(|f| f["status"] == "DRAFT").collect();
    assert_eq!(drafts.len(), 4, "{seen}");
    let mut authors: Vec<&str> = drafts
        .iter()
        .map(|f| f["author"]["id"].as_str().unwrap())
        .collect();
    authors.sort();
    authors.dedup();
    assert!(authors.len() >= 3, "drafts by several members: {seen}");
    // Its host lead reads nothing yet.
    let host = app
        .sign_in("lead5@demo.quads.scot", server::accounts::DEMO_PASSWORD)
        .await;
    let r = host.gql(&findings_query(), json!({ "r": review })).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
}

on_both_databases!(
    the_demo_has_a_review_in_the_middle_of_its_visit_with_drafts_and_agreed_findings
);
