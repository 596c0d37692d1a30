//! Follow-up through the API, on both databases (issue 20): after
//! publication the host creates actions from the published areas for
//! improvement (or records why one needs none), a host lead or programme
//! officer saves the follow-up sessions (mailed as calendar invitations),
//! the host records progress and impact, a host lead publishes a measure
//! with the report, and the review goes from REPORT_PUBLISHED to CLOSED.
//! Every bad input is refused naming the field and changes nothing; an
//! area a correction removes keeps its actions, marked superseded.

use crate::findings::{MEMBER, OTHER_AUTHORITY, TEAM_LEAD};
use crate::helpers::{error_code, Demo, Session, TestApp};
use crate::lifecycle::{as_person, codes, ok, unmet_codes};
use crate::on_both_databases;
use crate::report::{
    approve_all, command, completed, draft, mutate as report_mutate, published, share,
};
use crate::visit::history;
use chrono::{Duration, NaiveDate};
use serde_json::{json, Value};
use uuid::Uuid;

/// The follow-up tab's operation (FOLLOWUP-CONTRACT.md).
pub const FOLLOW_UP_TAB: &str = "query FollowUpTab_FollowUp($reviewId: UUID!) {
  reviewFollowUp(reviewId: $reviewId) {
    reviewId reviewVersion state publishedOn actionsOpen actionsOverdue
    canManageActions canScheduleSessions canWriteSessionNotes canRecordMeasures
    canPublishMeasures canBeginFollowUp canClose
    unmetToBegin { code message } unmetToClose { code message }
    possibleOwners { id name }
    areas { itemId text indicators superseded noActionReason
            noActionReasonBy { id name } noActionReasonAt actionCount }
    actions { id version areaItemId areaText fromSupersededVersion description
              owner { id name } dueOn status overdue dueSoon createdAt updatedAt
              createdBy { id name } canUpdate
              notes { id text notedOn createdAt author { id name }
                      attachments { id fileName contentType sizeBytes summary url } } }
    sessions { number proposedOn scheduledOn scheduled savedBy { id name } savedAt notes sequence }
    impactMeasures { id version name learnerGroup unit baselineValue baselinePeriod
                     laterValue laterPeriod noLaterValueReason change changeText published
                     recordedBy { id name } updatedAt }
  }
}";

const FIELDS: &str = "reviewId state publishedOn actionsOpen actionsOverdue canManageActions canScheduleSessions canRecordMeasures canPublishMeasures canBeginFollowUp canClose unmetToBegin { code } unmetToClose { code } possibleOwners { id name } areas { itemId superseded noActionReason actionCount } actions { id version areaItemId fromSupersededVersion description owner { id } dueOn status overdue dueSoon canUpdate notes { id text notedOn attachments { id fileName url } } } sessions { number proposedOn scheduledOn scheduled sequence notes } impactMeasures { id version name unit baselineValue laterValue change changeText published }";

pub async fn follow_up(session: &Session, review: Uuid) -> Value {
    let r = session
        .gql(FOLLOW_UP_TAB, json!({ "reviewId": review }))
        .await;
    ok(&r)["reviewFollowUp"].clone()
}

async fn mutate(session: &Session, name: &str, args: &str, vars: Value) -> Value {
    session
        .gql(&format!("mutation{args} {{ {name} {{ {FIELDS} }} }}"), vars)
        .await
}

pub async fn add_action(session: &Session, review: Uuid, input: Value) -> Value {
    mutate(
        session,
        "addFollowUpAction(reviewId: $r, input: $i)",
        "($r: UUID!, $i: FollowUpActionInput!)",
        json!({ "r": review, "i": input }),
    )
    .await
}

pub async fn update_action(session: &Session, action: &Value, input: Value) -> Value {
    mutate(
        session,
        "updateFollowUpAction(actionId: $a, version: $v, input: $i)",
        "($a: UUID!, $v: Int!, $i: FollowUpActionUpdateInput!)",
        json!({ "a": action["id"], "v": action["version"], "i": input }),
    )
    .await
}

pub async fn schedule(session: &Session, review: Uuid, number: i32, date: &str) -> Value {
    mutate(
        session,
        "scheduleFollowUpSession(reviewId: $r, number: $n, date: $d)",
        "($r: UUID!, $n: Int!, $d: NaiveDate!)",
        json!({ "r": review, "n": number, "d": date }),
    )
    .await
}

pub async fn add_measure(session: &Session, review: Uuid, input: Value) -> Value {
    mutate(
        session,
        "addImpactMeasure(reviewId: $r, input: $i)",
        "($r: UUID!, $i: ImpactMeasureInput!)",
        json!({ "r": review, "i": input }),
    )
    .await
}

async fn user_id(session: &Session) -> Value {
    let r = session.gql("{ me { id } }", json!({})).await;
    ok(&r)["me"]["id"].clone()
}

fn date(v: &Value) -> NaiveDate {
    v.as_str().unwrap().parse().unwrap()
}

/// The demo's City of Edinburgh review, its report published as
/// version 1 with one strength and one area for improvement: the review
/// and the area's item id.
pub async fn published_review(app: &TestApp) -> (Uuid, Value) {
    let (review, _, _) = completed(app).await;
    let lead = as_person(app, TEAM_LEAD).await;
    let officer = app.as_demo(Demo::Officer).await;
    let r = command(&lead, review, "draftReport").await;
    assert_eq!(ok(&r)["draftReport"]["state"], "REPORT_DRAFTED", "{r}");
    let d = draft(&lead, review).await;
    ok(&share(&lead, review, &d["draftVersion"]).await);
    approve_all(app, review).await;
    let r = command(&officer, review, "publishReport").await;
    assert_eq!(ok(&r)["publishReport"]["state"], "REPORT_PUBLISHED", "{r}");
    let area = draft(&lead, review).await["areasForImprovement"][0]["id"].clone();
    (review, area)
}

async fn outbox(app: &TestApp, template: &str) -> Vec<(String, String)> {
    use store::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    store::entities::outbox::Entity::find()
        .filter(store::entities::outbox::Column::Template.eq(template))
        .order_by_asc(store::entities::outbox::Column::CreatedAt)
        .all(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.recipient, m.payload))
        .collect()
}

/// The calendar attached to a queued message, decoded.
fn calendar_of(payload: &str) -> String {
    use base64::Engine;
    let p: Value = serde_json::from_str(payload).unwrap();
    let b64 = p["attachments"][0]["content_base64"].as_str().unwrap();
    String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap(),
    )
    .unwrap()
}

async fn tasks_on(session: &Session, review: Uuid) -> Vec<(String, Value)> {
    let r = session
        .gql("{ me { tasks { kind command path due } } }", json!({}))
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
        .map(|t| {
            let kind = t["command"]
                .as_str()
                .unwrap_or(t["kind"].as_str().unwrap())
                .to_owned();
            (kind, t["due"].clone())
        })
        .collect()
}

async fn kinds(session: &Session, review: Uuid) -> Vec<String> {
    tasks_on(session, review)
        .await
        .into_iter()
        .map(|t| t.0)
        .collect()
}

/// A progress note's document, uploaded as a browser sends it.
async fn upload(app: &TestApp, session: &Session, note: &Value) -> (u16, Value) {
    let boundary = "quads-test-boundary-fu";
    let body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"summary\"\r\n\r\nAttendance plan\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.txt\"\r\nContent-Type: text/plain\r\n\r\nAttendance plan, version 2\r\n--{boundary}--\r\n");
    let response = session
        .client
        .post(format!(
            "{}/follow-up-notes/{}/attachments",
            app.address,
            note.as_str().unwrap()
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

async fn a_review_goes_from_report_published_to_closed_through_follow_up(app: TestApp) {
    let (review, area) = published_review(&app).await;
    let qio = app.as_demo(Demo::Qio).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    let officer = app.as_demo(Demo::Officer).await;
    let member = as_person(&app, MEMBER).await;
    let anonymous = app.anonymous();
    let qio_id = user_id(&qio).await;

    // Publication started the follow-up: the area, two proposed sessions.
    let f = follow_up(&member, review).await;
    assert_eq!(f["state"], "REPORT_PUBLISHED");
    assert_eq!(f["canManageActions"], false, "the team reads");
    let published_on = date(&f["publishedOn"]);
    assert_eq!(f["areas"][0]["itemId"], area);
    assert_eq!(f["areas"][0]["actionCount"], 0);
    let proposed = date(&f["sessions"][0]["proposedOn"]);
    assert!(proposed >= published_on + Duration::days(180), "{f}");
    assert!(proposed <= published_on + Duration::days(190), "{f}");
    assert_eq!(f["sessions"][0]["scheduled"], false);
    assert!(date(&f["sessions"][1]["proposedOn"]) >= published_on + Duration::days(365));
    let f = follow_up(&qio, review).await;
    assert_eq!(f["canManageActions"], true);
    assert_eq!(f["canScheduleSessions"], false);
    assert!(f["possibleOwners"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == qio_id));
    assert_eq!(
        f["unmetToBegin"],
        json!([{ "code": "FOLLOW_UP_ACTION_MISSING", "message": "1 published area for improvement has no action and no reason why none." }, { "code": "FOLLOW_UP_SESSION_MISSING", "message": "No follow-up session is scheduled." }]),
    );

    // beginFollowUp is refused for the real reasons, not "not recorded".
    let r = command(&host_lead, review, "beginFollowUp").await;
    assert_eq!(
        unmet_codes(&r),
        codes(&["FOLLOW_UP_ACTION_MISSING", "FOLLOW_UP_SESSION_MISSING"]),
        "{r}"
    );
    assert_eq!(kinds(&qio, review).await, ["CREATE_FOLLOW_UP_ACTIONS"]);
    assert_eq!(
        kinds(&host_lead, review).await,
        ["CREATE_FOLLOW_UP_ACTIONS", "SCHEDULE_FOLLOW_UP_SESSIONS"]
    );
    assert_eq!(
        kinds(&officer, review).await,
        ["SCHEDULE_FOLLOW_UP_SESSIONS"]
    );

    // A programme officer may not create actions; a host user may.
    let due = published_on + Duration::days(10);
    let input = json!({ "areaItemId": area, "description": "Use attendance data to plan support in every secondary.", "ownerId": qio_id, "dueOn": due.to_string() });
    assert_eq!(
        error_code(&add_action(&officer, review, input.clone()).await),
        "FORBIDDEN"
    );
    let r = add_action(&qio, review, input).await;
    let f = ok(&r)["addFollowUpAction"].clone();
    let action = f["actions"][0].clone();
    assert_eq!(action["status"], "OPEN");
    assert_eq!(action["dueSoon"], true);
    assert_eq!(action["fromSupersededVersion"], false);
    assert_eq!(f["areas"][0]["actionCount"], 1);
    assert_eq!(
        f["unmetToBegin"],
        json!([{ "code": "FOLLOW_UP_SESSION_MISSING" }])
    );
    assert_eq!(
        tasks_on(&qio, review).await,
        [("UPDATE_FOLLOW_UP_ACTION".to_owned(), json!(due.to_string()))]
    );

    // Sessions: only a host lead or a programme officer saves them; each
    // save mails the team and the host a calendar invitation.
    let day = f["sessions"][0]["proposedOn"].as_str().unwrap().to_owned();
    assert_eq!(
        error_code(&schedule(&qio, review, 1, &day).await),
        "FORBIDDEN"
    );
    let r = schedule(&host_lead, review, 1, &day).await;
    let f = ok(&r)["scheduleFollowUpSession"].clone();
    assert_eq!(f["sessions"][0]["scheduledOn"], day);
    assert_eq!(f["sessions"][0]["scheduled"], true);
    assert_eq!(f["unmetToBegin"], json!([]));
    let mails = outbox(&app, "follow_up_session").await;
    let to: Vec<&str> = mails.iter().map(|m| m.0.as_str()).collect();
    assert!(to.contains(&TEAM_LEAD), "{to:?}");
    assert!(to.contains(&Demo::Qio.email()), "{to:?}");
    assert!(to.contains(&Demo::Lead.email()), "{to:?}");
    let ics = calendar_of(&mails[0].1);
    assert!(ics.contains("METHOD:REQUEST"), "{ics}");
    assert!(ics.contains("SEQUENCE:0"), "{ics}");
    assert!(
        ics.contains(&format!("UID:follow-up-{review}-1@quads")),
        "{ics}"
    );
    assert!(
        ics.contains(&format!("DTSTART;VALUE=DATE:{}", day.replace('-', ""))),
        "{ics}"
    );
    // Saving it again raises the sequence; cancelling sends a CANCEL.
    // The same weekday a week later.
    let next = (date(&json!(day)) + Duration::days(7)).to_string();
    let r = schedule(&officer, review, 1, &next).await;
    assert_eq!(
        ok(&r)["scheduleFollowUpSession"]["sessions"][0]["sequence"],
        1,
        "{r}"
    );
    // The test clock stands still, so both sends share a creation time:
    // the re-sent invitations are the ones on the new date.
    let moved = format!("DTSTART;VALUE=DATE:{}", next.replace('-', ""));
    let resent: Vec<String> = outbox(&app, "follow_up_session")
        .await
        .iter()
        .map(|m| calendar_of(&m.1))
        .filter(|ics| ics.contains(&moved))
        .collect();
    assert_eq!(resent.len(), mails.len(), "{resent:?}");
    assert!(
        resent.iter().all(|ics| ics.contains("SEQUENCE:1")),
        "{resent:?}"
    );
    let r = mutate(
        &host_lead,
        "cancelFollowUpSession(reviewId: $r, number: $n)",
        "($r: UUID!, $n: Int!)",
        json!({ "r": review, "n": 1 }),
    )
    .await;
    let f = ok(&r)["cancelFollowUpSession"].clone();
    assert_eq!(f["sessions"][0]["scheduled"], false);
    let cancelled = outbox(&app, "follow_up_session_cancelled").await;
    let ics = calendar_of(&cancelled[0].1);
    assert!(
        ics.contains("METHOD:CANCEL") && ics.contains("SEQUENCE:2"),
        "{ics}"
    );
    ok(&schedule(&host_lead, review, 1, &day).await);
    let r = mutate(
        &qio,
        "setFollowUpSessionNotes(reviewId: $r, number: $n, notes: $t)",
        "($r: UUID!, $n: Int!, $t: String!)",
        json!({ "r": review, "n": 1, "t": "Attendance plan agreed with headteachers." }),
    )
    .await;
    assert_eq!(
        ok(&r)["setFollowUpSessionNotes"]["sessions"][0]["notes"],
        "Attendance plan agreed with headteachers."
    );

    // beginFollowUp by the host lead.
    let r = command(&host_lead, review, "beginFollowUp").await;
    assert_eq!(ok(&r)["beginFollowUp"]["state"], "FOLLOW_UP", "{r}");

    // A dated progress note with a document.
    let action = follow_up(&qio, review).await["actions"][0].clone();
    let r = mutate(
        &qio,
        "addFollowUpNote(actionId: $a, input: $i)",
        "($a: UUID!, $i: FollowUpNoteInput!)",
        json!({ "a": action["id"], "i": { "text": "Data dashboards shared with all secondaries." } }),
    )
    .await;
    let note = ok(&r)["addFollowUpNote"]["actions"][0]["notes"][0].clone();
    assert_eq!(note["notedOn"], published_on.to_string());
    let (status, body) = upload(&app, &officer, &note["id"]).await;
    assert_eq!(status, 403, "{body}");
    let (status, body) = upload(&app, &qio, &note["id"]).await;
    assert_eq!(status, 201, "{body}");
    let f = follow_up(&member, review).await;
    let file = &f["actions"][0]["notes"][0]["attachments"][0];
    assert_eq!(file["fileName"], "plan.txt");
    let url = format!("{}{}", app.address, file["url"].as_str().unwrap());
    let got = member.client.get(&url).send().await.unwrap();
    assert_eq!(got.status().as_u16(), 200);
    let outsider = as_person(&app, OTHER_AUTHORITY).await;
    let got = outsider.client.get(&url).send().await.unwrap();
    assert_eq!(got.status().as_u16(), 403, "not on this review's team");

    // Closing with an open action and no impact is refused naming both.
    let r = command(&officer, review, "closeReview").await;
    assert_eq!(
        unmet_codes(&r),
        codes(&["FOLLOW_UP_ACTIONS_OPEN", "FOLLOW_UP_IMPACT_MISSING"]),
        "{r}"
    );

    // An impact measure, in percentage points; public only once a host
    // lead marks it.
    let r = add_measure(
        &qio,
        review,
        json!({ "name": "Attendance", "learnerGroup": "SIMD Q1", "unit": "PERCENT", "baselineValue": "93.2", "baselinePeriod": "2022-23", "laterValue": "95.7", "laterPeriod": "2023-24" }),
    )
    .await;
    let m = ok(&r)["addImpactMeasure"]["impactMeasures"][0].clone();
    assert_eq!(m["change"], "+2.5");
    assert_eq!(m["changeText"], "+2.5 percentage points");
    assert_eq!(m["published"], false);
    let slug = draft(&host_lead, review).await["published"][0]["slug"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(published(&anonymous, &slug, None).await["version"], 1);
    let public = "query($s: String!) { publishedReport(slug: $s) { impactMeasures { name learnerGroup unit baselineValue laterValue changeText } } }";
    let r = anonymous.gql(public, json!({ "s": slug })).await;
    assert_eq!(ok(&r)["publishedReport"]["impactMeasures"], json!([]));
    let publish = json!({ "m": m["id"], "v": m["version"], "p": true });
    let args = "($m: UUID!, $v: Int!, $p: Boolean!)";
    let name = "publishImpactMeasure(measureId: $m, version: $v, published: $p)";
    assert_eq!(
        error_code(&mutate(&qio, name, args, publish.clone()).await),
        "FORBIDDEN"
    );
    ok(&mutate(&host_lead, name, args, publish).await);
    let r = anonymous.gql(public, json!({ "s": slug })).await;
    assert_eq!(
        ok(&r)["publishedReport"]["impactMeasures"],
        json!([{ "name": "Attendance", "learnerGroup": "SIMD Q1", "unit": "PERCENT", "baselineValue": "93.2", "laterValue": "95.7", "changeText": "+2.5 percentage points" }])
    );

    // The owner marks the action done; the officer closes the review.
    let action = follow_up(&qio, review).await["actions"][0].clone();
    let r = update_action(
        &qio,
        &action,
        json!({ "description": action["description"], "ownerId": qio_id, "dueOn": action["dueOn"], "status": "DONE" }),
    )
    .await;
    assert_eq!(ok(&r)["updateFollowUpAction"]["actionsOpen"], 0);
    // A stale version is a conflict.
    let r = update_action(
        &qio,
        &action,
        json!({ "description": "x", "ownerId": qio_id, "dueOn": action["dueOn"], "status": "OPEN" }),
    )
    .await;
    assert_eq!(error_code(&r), "CONFLICT", "{r}");
    let f = follow_up(&officer, review).await;
    assert_eq!(f["canClose"], true);
    assert_eq!(f["unmetToClose"], json!([]));
    let r = command(&host_lead, review, "closeReview").await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = command(&officer, review, "closeReview").await;
    assert_eq!(ok(&r)["closeReview"]["state"], "CLOSED", "{r}");

    // Closed: follow-up can no longer change; its history tells the story.
    let r = add_action(
        &qio,
        review,
        json!({ "areaItemId": area, "description": "Late", "ownerId": qio_id, "dueOn": due.to_string() }),
    )
    .await;
    assert_eq!(unmet_codes(&r), codes(&["WRONG_STATE"]), "{r}");
    assert!(kinds(&qio, review).await.is_empty());
    let kinds: Vec<String> = history(&officer, review)
        .await
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect();
    for kind in [
        "FOLLOW_UP_ACTION_ADDED",
        "FOLLOW_UP_SESSION_SCHEDULED",
        "FOLLOW_UP_SESSION_CANCELLED",
        "FOLLOW_UP_SESSION_NOTES",
        "FOLLOW_UP_NOTE_ADDED",
        "IMPACT_MEASURE_RECORDED",
        "IMPACT_MEASURE_PUBLISHED",
        "FOLLOW_UP_ACTION_UPDATED",
    ] {
        assert!(kinds.contains(&kind.to_owned()), "{kind} in {kinds:?}");
    }
}

async fn bad_follow_up_input_is_refused_naming_the_field_and_changes_nothing(app: TestApp) {
    let (review, area) = published_review(&app).await;
    let qio = app.as_demo(Demo::Qio).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    let team_lead = as_person(&app, TEAM_LEAD).await;
    let qio_id = user_id(&qio).await;
    let outsider_id = user_id(&team_lead).await;
    let f = follow_up(&qio, review).await;
    let published_on = date(&f["publishedOn"]);
    let field = |r: &Value| -> Vec<String> {
        assert_eq!(error_code(r), "VALIDATION", "{r}");
        r["errors"][0]["extensions"]["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["field"].as_str().unwrap().to_owned())
            .collect()
    };

    // A due date before publication and an owner outside the host
    // authorities: both named at once.
    let r = add_action(
        &qio,
        review,
        json!({ "areaItemId": area, "description": "Plan", "ownerId": outsider_id, "dueOn": (published_on - Duration::days(1)).to_string() }),
    )
    .await;
    assert_eq!(field(&r), ["input.ownerId", "input.dueOn"]);
    let message = r["errors"][0]["extensions"]["reasons"][1]["message"]
        .as_str()
        .unwrap();
    assert!(message.contains("publication"), "{message}");
    // An area that is not one of the report's.
    let r = add_action(
        &qio,
        review,
        json!({ "areaItemId": Uuid::now_v7(), "description": "Plan", "ownerId": qio_id, "dueOn": published_on.to_string() }),
    )
    .await;
    assert_eq!(field(&r), ["input.areaItemId"]);

    // A later value without a baseline; a percentage outside 0–100.
    let measure = |baseline: &str, later: &str| json!({ "name": "Positive destinations", "learnerGroup": "All pupils", "unit": "PERCENT", "baselineValue": baseline, "baselinePeriod": "2022-23", "laterValue": later, "laterPeriod": "2023-24" });
    let r = add_measure(&qio, review, measure("", "95.7")).await;
    assert_eq!(field(&r), ["input.baselineValue"]);
    assert!(r["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("baseline"));
    let r = add_measure(&qio, review, measure("93.2", "100.5")).await;
    assert_eq!(field(&r), ["input.laterValue"]);
    let r = add_measure(&qio, review, measure("-3", "95")).await;
    assert_eq!(field(&r), ["input.baselineValue"]);
    let r = add_measure(&qio, review, measure("93.2", "95.7.1")).await;
    assert_eq!(field(&r), ["input.laterValue"]);

    // A session on a weekend, before publication, or a third session.
    let saturday = (0..7)
        .map(|d| published_on + Duration::days(30 + d))
        .find(|d| d.format("%u").to_string() == "6")
        .unwrap();
    let r = schedule(&host_lead, review, 1, &saturday.to_string()).await;
    assert_eq!(field(&r), ["date"]);
    let r = schedule(
        &host_lead,
        review,
        1,
        &(published_on - Duration::days(3)).to_string(),
    )
    .await;
    assert_eq!(field(&r), ["date"]);
    let r = schedule(
        &host_lead,
        review,
        3,
        &(published_on + Duration::days(40)).to_string(),
    )
    .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");

    // Nothing was written.
    let f = follow_up(&qio, review).await;
    assert_eq!(f["actions"], json!([]));
    assert_eq!(f["impactMeasures"], json!([]));
    assert_eq!(f["sessions"][0]["scheduled"], false);
    assert!(!history(&qio, review).await.iter().any(|e| e["kind"]
        .as_str()
        .unwrap()
        .starts_with("FOLLOW_UP")
        || e["kind"].as_str().unwrap().starts_with("IMPACT")));

    // A recorded reason stands for an action; closing with an open action
    // is refused naming the guard.
    let r = mutate(
        &qio,
        "setNoActionReason(reviewId: $r, itemId: $i, reason: $t)",
        "($r: UUID!, $i: UUID!, $t: String)",
        json!({ "r": review, "i": area, "t": "Already in the authority's improvement plan." }),
    )
    .await;
    let f = ok(&r)["setNoActionReason"].clone();
    assert_eq!(
        f["areas"][0]["noActionReason"],
        "Already in the authority's improvement plan."
    );
    ok(&add_action(
        &qio,
        review,
        json!({ "areaItemId": area, "description": "Plan", "ownerId": qio_id, "dueOn": published_on.to_string() }),
    )
    .await);
    let day = f["sessions"][1]["proposedOn"].as_str().unwrap().to_owned();
    ok(&schedule(&host_lead, review, 2, &day).await);
    let r = command(&host_lead, review, "beginFollowUp").await;
    assert_eq!(ok(&r)["beginFollowUp"]["state"], "FOLLOW_UP", "{r}");
    ok(&add_measure(
        &qio,
        review,
        json!({ "name": "Exclusions", "learnerGroup": "Looked-after children", "unit": "COUNT", "baselineValue": "12", "baselinePeriod": "2022-23", "noLaterValueReason": "Published in February." }),
    )
    .await);
    let officer = app.as_demo(Demo::Officer).await;
    let r = command(&officer, review, "closeReview").await;
    assert_eq!(unmet_codes(&r), codes(&["FOLLOW_UP_ACTIONS_OPEN"]), "{r}");
    let message = r["errors"][0]["extensions"]["unmet"][0]["message"]
        .as_str()
        .unwrap();
    assert!(message.contains("1 action is neither done"), "{message}");
}

async fn an_area_removed_by_a_correction_keeps_its_actions_marked_superseded(app: TestApp) {
    let (review, area) = published_review(&app).await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let qio_id = user_id(&qio).await;
    let f = follow_up(&qio, review).await;
    ok(&add_action(
        &qio,
        review,
        json!({ "areaItemId": area, "description": "Attendance plan", "ownerId": qio_id, "dueOn": f["publishedOn"] }),
    )
    .await);

    // A correction removes the area and adds another.
    let d =
        crate::report::open_correction(&officer, review, "The area for improvement was restated.")
            .await;
    let r = report_mutate(
        &lead,
        "removeReportItem(itemId: $i, draftVersion: $v)",
        "($i: UUID!, $v: Int!)",
        json!({ "i": area, "v": d["draftVersion"] }),
    )
    .await;
    let d = ok(&r)["removeReportItem"].clone();
    let r = report_mutate(
        &lead,
        "addReportItem(reviewId: $r, draftVersion: $v, input: $i)",
        "($r: UUID!, $v: Int!, $i: ReportItemInput!)",
        json!({ "r": review, "v": d["draftVersion"], "i": { "kind": "AREA_FOR_IMPROVEMENT", "text": "Support plans do not yet draw on attendance data.", "indicators": ["2.1"], "findingIds": [] } }),
    )
    .await;
    let d = ok(&r)["addReportItem"].clone();
    let new_area = d["areasForImprovement"][0]["id"].clone();
    ok(&share(&lead, review, &d["draftVersion"]).await);
    let d = approve_all(&app, review).await;
    let r = report_mutate(
        &officer,
        "publishReportCorrection(reviewId: $r, draftVersion: $v)",
        "($r: UUID!, $v: Int!)",
        json!({ "r": review, "v": d["draftVersion"] }),
    )
    .await;
    ok(&r);

    let f = follow_up(&qio, review).await;
    let areas: Vec<(Value, Value)> = f["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["itemId"].clone(), a["superseded"].clone()))
        .collect();
    assert_eq!(
        areas,
        [
            (new_area.clone(), json!(false)),
            (area.clone(), json!(true))
        ]
    );
    assert_eq!(f["actions"][0]["fromSupersededVersion"], true);
    assert_eq!(f["actions"][0]["areaItemId"], area);
    // The new area needs an action; the superseded one takes no new one.
    assert_eq!(f["unmetToBegin"][0]["code"], "FOLLOW_UP_ACTION_MISSING");
    let r = add_action(
        &qio,
        review,
        json!({ "areaItemId": area, "description": "More", "ownerId": qio_id, "dueOn": f["publishedOn"] }),
    )
    .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    // Its action is still updated and noted.
    let action = f["actions"][0].clone();
    let r = update_action(
        &qio,
        &action,
        json!({ "description": action["description"], "ownerId": qio_id, "dueOn": action["dueOn"], "status": "CARRIED_INTO_PLAN" }),
    )
    .await;
    assert_eq!(
        ok(&r)["updateFollowUpAction"]["actions"][0]["status"],
        "CARRIED_INTO_PLAN"
    );
}

async fn an_owner_sees_their_action_due_soon_and_then_overdue(app: TestApp) {
    let (review, area) = published_review(&app).await;
    let qio = app.as_demo(Demo::Qio).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    let qio_id = user_id(&qio).await;
    let f = follow_up(&host_lead, review).await;
    let due = date(&f["publishedOn"]) + Duration::days(30);
    ok(&add_action(
        &host_lead,
        review,
        json!({ "areaItemId": area, "description": "Attendance plan", "ownerId": qio_id, "dueOn": due.to_string() }),
    )
    .await);
    // Not due soon yet: no task for the owner.
    assert!(!kinds(&qio, review)
        .await
        .contains(&"UPDATE_FOLLOW_UP_ACTION".to_owned()));
    // Sessions end with time: sign in again after each move of the clock.
    app.clock.advance(Duration::days(20));
    let qio = app.as_demo(Demo::Qio).await;
    assert_eq!(
        tasks_on(&qio, review).await,
        [("UPDATE_FOLLOW_UP_ACTION".to_owned(), json!(due.to_string()))]
    );
    app.clock.advance(Duration::days(20));
    let qio = app.as_demo(Demo::Qio).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    let f = follow_up(&qio, review).await;
    assert_eq!(f["actionsOverdue"], 1);
    assert_eq!(f["actions"][0]["overdue"], true);
    assert!(kinds(&qio, review)
        .await
        .contains(&"UPDATE_FOLLOW_UP_ACTION".to_owned()));
    // The host lead is not the owner: no such task.
    assert!(!kinds(&host_lead, review)
        .await
        .contains(&"UPDATE_FOLLOW_UP_ACTION".to_owned()));
}

/// The statements a request costs.
async fn cost(app: &TestApp, who: &Session, review: Uuid) -> u64 {
    let before = app.store.statements_executed();
    follow_up(who, review).await;
    app.store.statements_executed() - before
}

async fn the_follow_up_tab_costs_the_same_statements_however_much_it_holds(db: crate::helpers::Db) {
    // Statements are counted at the connection the whole server shares:
    // the mail dispatcher polls hourly, so nothing else runs meanwhile.
    let app = crate::helpers::spawn_app_with(db, |o| {
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "3600000".into())];
    })
    .await;
    let (review, area) = published_review(&app).await;
    let qio = app.as_demo(Demo::Qio).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    let qio_id = user_id(&qio).await;
    let empty = cost(&app, &qio, review).await;
    let f = follow_up(&qio, review).await;
    for n in 0..3 {
        let r = add_action(
            &qio,
            review,
            json!({ "areaItemId": area, "description": format!("Action {n}"), "ownerId": qio_id, "dueOn": f["publishedOn"] }),
        )
        .await;
        let action = ok(&r)["addFollowUpAction"]["actions"][n]["id"].clone();
        let r = mutate(
            &qio,
            "addFollowUpNote(actionId: $a, input: $i)",
            "($a: UUID!, $i: FollowUpNoteInput!)",
            json!({ "a": action, "i": { "text": "Progress" } }),
        )
        .await;
        let note = ok(&r)["addFollowUpNote"]["actions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == action)
            .unwrap()["notes"][0]["id"]
            .clone();
        assert_eq!(upload(&app, &qio, &note).await.0, 201);
        ok(&add_measure(
            &qio,
            review,
            json!({ "name": format!("Measure {n}"), "learnerGroup": "ASN", "unit": "COUNT", "baselineValue": "10", "baselinePeriod": "2022-23" }),
        )
        .await);
    }
    ok(&schedule(
        &host_lead,
        review,
        1,
        f["sessions"][0]["proposedOn"].as_str().unwrap(),
    )
    .await);
    let full = cost(&app, &qio, review).await;
    assert_eq!(
        full, empty,
        "the same statements with nothing and with three of each"
    );
    assert_eq!(
        cost(&app, &qio, review).await,
        full,
        "and on every identical request"
    );
    assert!(full <= 20, "{full}");
}

async fn the_demo_has_a_review_in_follow_up_with_an_overdue_action_and_a_public_measure(
    app: TestApp,
) {
    app.as_demo(Demo::Officer).await;
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    let lead = as_person(&app, "lead6@demo.quads.scot").await;
    let r = lead
        .gql("{ me { reviews { items { id state } } } }", json!({}))
        .await;
    let review: Uuid = ok(&r)["me"]["reviews"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["state"] == "FOLLOW_UP")
        .expect("the demo's review in follow-up")["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let f = follow_up(&lead, review).await;
    assert_eq!(f["state"], "FOLLOW_UP");
    assert_eq!(f["actionsOverdue"], 1, "{f}");
    assert!(f["actions"].as_array().unwrap().len() >= 2);
    assert!(f["actions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["status"] == "DONE"));
    assert_eq!(f["sessions"][0]["scheduled"], true);
    let m = &f["impactMeasures"][0];
    assert_eq!(m["changeText"], "+3.5 percentage points");
    assert_eq!(m["published"], true);
    assert!(kinds(&lead, review)
        .await
        .contains(&"UPDATE_FOLLOW_UP_ACTION".to_owned()));
    // Its reminders are planned: the open action's before its due day, the
    // overdue one's weekly, the saved session's; each names its action.
    let r = lead
        .gql("{ myReminders { reviewId kind action path } }", json!({}))
        .await;
    let planned: Vec<(String, Value)> = ok(&r)["myReminders"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["reviewId"] == json!(review))
        .map(|m| (m["kind"].as_str().unwrap().to_owned(), m["action"].clone()))
        .collect();
    let open = json!(
        "Add writing attainment by SIMD quintile to the authority's improvement plan measures."
    );
    let overdue = json!("Run moderation of writing across P5 to P7 in every cluster, using the national benchmarks.");
    assert_eq!(
        planned
            .iter()
            .filter(|p| p.0 == "ACTION_DUE" && p.1 == open)
            .count(),
        3,
        "{planned:?}"
    );
    assert!(
        planned.contains(&("ACTION_OVERDUE".to_owned(), overdue)),
        "{planned:?}"
    );
    assert!(
        planned.contains(&("FOLLOW_UP_SESSION".to_owned(), Value::Null)),
        "{planned:?}"
    );
    assert!(ok(&r)["myReminders"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["reviewId"] == json!(review))
        .all(|m| m["path"] == json!(format!("/reviews/{review}/follow-up"))));
    // The measure is public with the report.
    let slug = draft(&lead, review).await["published"][0]["slug"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = app
        .anonymous()
        .gql(
            "query($s: String!) { publishedReport(slug: $s) { impactMeasures { changeText } } }",
            json!({ "s": slug }),
        )
        .await;
    assert_eq!(
        ok(&r)["publishedReport"]["impactMeasures"][0]["changeText"],
        "+3.5 percentage points"
    );
}

crate::each_database!(the_follow_up_tab_costs_the_same_statements_however_much_it_holds);

on_both_databases!(
    the_demo_has_a_review_in_follow_up_with_an_overdue_action_and_a_public_measure,
    a_review_goes_from_report_published_to_closed_through_follow_up,
    bad_follow_up_input_is_refused_naming_the_field_and_changes_nothing,
    an_area_removed_by_a_correction_keeps_its_actions_marked_superseded,
    an_owner_sees_their_action_due_soon_and_then_overdue,
);
