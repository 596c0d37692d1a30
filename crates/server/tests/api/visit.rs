//! The visit plan through the API, on both databases (issue 16): the team
//! lead sets the programme's number of consecutive working days and the
//! sessions, the host records contacts, places and blackout dates, and
//! `startVisit` moves the review on from the first visit day (London date,
//! from the test clock). Every bad input is refused naming what is wrong
//! and changes nothing.

use crate::helpers::{error_code, Demo, Session, TestApp};
use crate::lifecycle::{as_person, codes, ok, unmet_codes, version};
use crate::on_both_databases;
use chrono::{TimeZone, Utc};
use serde_json::{json, Value};
use uuid::Uuid;

const TEAM_LEAD: &str = "peer1@demo.quads.scot";
const TEAM_MEMBER: &str = "peer2@demo.quads.scot";

pub const PLAN: &str = "query($r: UUID!) { visitPlan(reviewId: $r) { reviewVersion targetMonth lengthDays days sequence sessions { id day startsAt endsAt kind audiences place members { id name } } contacts { id role name email } places { id name address } workingDays daysOff { date reason } assignable { id name } canPlan canRecordContacts } }";
const SET_DATES: &str = "mutation($r: UUID!, $v: Int!, $d: [NaiveDate!]!) { setVisitDates(reviewId: $r, version: $v, days: $d) { reviewVersion days sequence } }";
const ADD_SESSION: &str = "mutation($r: UUID!, $v: Int!, $i: VisitSessionInput!) { addVisitSession(reviewId: $r, version: $v, input: $i) { reviewVersion sequence sessions { id day startsAt endsAt kind audiences place members { name } } } }";
const UPDATE_SESSION: &str = "mutation($s: UUID!, $v: Int!, $i: VisitSessionInput!) { updateVisitSession(sessionId: $s, version: $v, input: $i) { reviewVersion sessions { id startsAt endsAt } } }";
const REMOVE_SESSION: &str = "mutation($s: UUID!, $v: Int!) { removeVisitSession(sessionId: $s, version: $v) { reviewVersion sessions { id } } }";
pub const ADD_BLACKOUT: &str = "mutation($a: UUID!, $i: BlackoutDateInput!) { addBlackoutDate(authorityId: $a, input: $i) { id firstDay lastDay reason } }";
const HISTORY: &str =
    "query($r: UUID!) { review(id: $r) { history(first: 50) { items { kind summary detail } } } }";

/// The demo's City of Edinburgh review with its self-evaluation submitted
/// (the illustrative rubric, every indicator graded by the QIO, submitted
/// by the host lead), and the host's id.
pub async fn submitted_review(app: &TestApp) -> (Uuid, Uuid) {
    let (review, host) = crate::self_evaluation::demo_review(app, "RUBRIC").await;
    submit_self_evaluation(app, review, host).await;
    (review, host)
}

/// The QIO grades every indicator of the illustrative rubric and the host
/// lead submits the self-evaluation.
pub async fn submit_self_evaluation(app: &TestApp, review: Uuid, host: Uuid) {
    let qio = app.as_demo(Demo::Qio).await;
    for number in crate::self_evaluation::NUMBERS {
        let r = qio
            .gql(
                "mutation($i: SaveSelfEvaluationIndicatorInput!) { saveSelfEvaluationIndicator(input: $i) { version } }",
                json!({ "i": { "reviewId": review, "authorityId": host, "indicator": number, "version": 0, "grade": 4, "evidence": "Attainment data 2019-24" } }),
            )
            .await;
        ok(&r);
    }
    let lead = app.as_demo(Demo::Lead).await;
    let v = version(&lead, review).await;
    let r = lead
        .gql(
            "mutation($r: UUID!, $v: Int!) { submitSelfEvaluation(reviewId: $r, version: $v) { state } }",
            json!({ "r": review, "v": v }),
        )
        .await;
    assert_eq!(
        ok(&r)["submitSelfEvaluation"]["state"],
        "SELF_EVALUATION_SUBMITTED"
    );
}

pub async fn plan(session: &Session, review: Uuid) -> Value {
    let r = session.gql(PLAN, json!({ "r": review })).await;
    ok(&r)["visitPlan"].clone()
}

pub async fn set_dates(session: &Session, review: Uuid, days: &[&str]) -> Value {
    let v = plan(session, review).await["reviewVersion"].clone();
    session
        .gql(SET_DATES, json!({ "r": review, "v": v, "d": days }))
        .await
}

fn message(r: &Value) -> &str {
    r["errors"][0]["message"].as_str().unwrap_or_default()
}

fn field(r: &Value) -> &str {
    r["errors"][0]["extensions"]["field"]
        .as_str()
        .unwrap_or_default()
}

async fn start_visit(session: &Session, review: Uuid) -> Value {
    let v = version(session, review).await;
    session
        .gql(
            "mutation($r: UUID!, $v: Int!) { startVisit(reviewId: $r, version: $v) { state } }",
            json!({ "r": review, "v": v }),
        )
        .await
}

pub async fn history(session: &Session, review: Uuid) -> Vec<Value> {
    let r = session.gql(HISTORY, json!({ "r": review })).await;
    ok(&r)["review"]["history"]["items"]
        .as_array()
        .unwrap()
        .clone()
}

async fn a_review_goes_from_a_submitted_self_evaluation_to_the_visit_on_its_first_day(
    app: TestApp,
) {
    let (review, _) = submitted_review(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;

    // No dates yet: the start lists that, and only that, beyond the date.
    let r = start_visit(&lead, review).await;
    assert_eq!(unmet_codes(&r), codes(&["VISIT_DATES_MISSING"]), "{r}");

    let p = plan(&lead, review).await;
    assert_eq!(
        (p["targetMonth"].clone(), p["lengthDays"].clone()),
        (json!("2025-01"), json!(3))
    );
    assert_eq!(p["canPlan"], true);
    // 1 and 2 January are bank holidays; the 3rd is the first working day.
    assert_eq!(p["workingDays"][0], "2025-01-03");
    let r = set_dates(&lead, review, &["2025-01-06", "2025-01-07", "2025-01-08"]).await;
    assert_eq!(
        ok(&r)["setVisitDates"]["days"],
        json!(["2025-01-06", "2025-01-07", "2025-01-08"])
    );
    let planned = history(&lead, review).await;
    let last = planned.last().unwrap();
    assert_eq!(last["kind"], "VISIT_PLANNED");
    assert_eq!(
        last["summary"],
        "Set the visit dates: Monday 6 January 2025, Tuesday 7 January 2025, Wednesday 8 January 2025"
    );

    // The evening before is too early.
    app.clock
        .set(Utc.with_ymd_and_hms(2025, 1, 5, 23, 59, 0).unwrap());
    let r = start_visit(&lead, review).await;
    assert_eq!(unmet_codes(&r), codes(&["VISIT_NOT_STARTED_YET"]), "{r}");
    assert!(
        r["errors"][0]["extensions"]["unmet"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Monday 6 January 2025"),
        "{r}"
    );
    // Only the team lead starts it.
    let member = as_person(&app, TEAM_MEMBER).await;
    assert_eq!(error_code(&start_visit(&member, review).await), "FORBIDDEN");
    // From midnight on the first day, London time (GMT in January).
    app.clock
        .set(Utc.with_ymd_and_hms(2025, 1, 6, 0, 0, 0).unwrap());
    let r = start_visit(&lead, review).await;
    assert_eq!(ok(&r)["startVisit"]["state"], "VISIT_IN_PROGRESS", "{r}");

    // Once started, the plan is settled.
    let p = plan(&lead, review).await;
    assert_eq!(p["canPlan"], false);
    let r = set_dates(&lead, review, &["2025-01-07", "2025-01-08", "2025-01-09"]).await;
    assert_eq!(unmet_codes(&r), codes(&["WRONG_STATE"]), "{r}");
}

async fn visit_dates_on_a_weekend_bank_holiday_or_blackout_date_are_refused_naming_each(
    app: TestApp,
) {
    let (review, host) = submitted_review(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let qio = app.as_demo(Demo::Qio).await;
    let r = qio
        .gql(
            ADD_BLACKOUT,
            json!({ "a": host, "i": { "firstDay": "2025-01-13", "lastDay": "2025-01-14", "reason": "In-service days" } }),
        )
        .await;
    ok(&r);
    let before = plan(&lead, review).await;
    let days_off: Vec<Value> = before["daysOff"].as_array().unwrap().clone();
    assert_eq!(
        days_off
            .iter()
            .map(|d| d["date"].clone())
            .collect::<Vec<_>>(),
        [
            json!("2025-01-01"),
            json!("2025-01-02"),
            json!("2025-01-13"),
            json!("2025-01-14")
        ]
    );
    assert!(days_off[3]["reason"]
        .as_str()
        .unwrap()
        .contains("In-service days"));

    // A bank holiday, a weekend day and a blackout date, each named.
    let r = set_dates(&lead, review, &["2025-01-02", "2025-01-11", "2025-01-13"]).await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(field(&r), "days");
    assert!(
        message(&r)
            .contains("Thursday 2 January 2025 is a bank holiday in Scotland (2nd January)."),
        "{r}"
    );
    assert!(
        message(&r).contains("Saturday 11 January 2025 is a weekend day."),
        "{r}"
    );
    assert!(
        message(&r).contains(
            "Monday 13 January 2025 is a blackout date of City of Edinburgh: In-service days."
        ),
        "{r}"
    );
    // Two days, or days with a working day between them.
    let r = set_dates(&lead, review, &["2025-01-06", "2025-01-07"]).await;
    assert!(
        message(&r).contains("last 3 working days; 2 days were given"),
        "{r}"
    );
    let r = set_dates(&lead, review, &["2025-01-06", "2025-01-07", "2025-01-09"]).await;
    assert!(
        message(&r).contains("Wednesday 8 January 2025 is a working day between"),
        "{r}"
    );
    // Friday, then Wednesday after the weekend and the blackout: consecutive
    // working days, but the last is outside the month: a pointer to
    // rescheduling.
    let r = set_dates(&lead, review, &["2025-01-31", "2025-02-03", "2025-02-04"]).await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert!(
        message(&r).contains(
            "Monday 3 February 2025, Tuesday 4 February 2025 are outside the review's month, January 2025"
        ),
        "{r}"
    );
    assert!(message(&r).contains("rescheduling"), "{r}");

    // A stale version is a conflict; someone else is forbidden.
    let r = lead
        .gql(
            SET_DATES,
            json!({ "r": review, "v": 1, "d": ["2025-01-06", "2025-01-07", "2025-01-08"] }),
        )
        .await;
    assert_eq!(error_code(&r), "CONFLICT", "{r}");
    for who in [as_person(&app, TEAM_MEMBER).await, qio] {
        let r = set_dates(&who, review, &["2025-01-06", "2025-01-07", "2025-01-08"]).await;
        assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    }
    // Nothing was written: no dates, no history entry.
    let after = plan(&lead, review).await;
    assert_eq!(after["days"], json!([]));
    assert!(history(&lead, review)
        .await
        .iter()
        .all(|e| e["kind"] != "VISIT_PLANNED"));
    // A programme officer may plan too; the blackout's days are skipped.
    let officer = app.as_demo(Demo::Officer).await;
    let r = set_dates(
        &officer,
        review,
        &["2025-01-09", "2025-01-10", "2025-01-15"],
    )
    .await;
    assert_eq!(ok(&r)["setVisitDates"]["sequence"], 0);
}

fn session_input(day: &str, from: &str, to: &str, members: &[&Value]) -> Value {
    json!({
        "day": day, "startsAt": from, "endsAt": to, "kind": "FOCUS_GROUP",
        "audiences": ["HEADTEACHERS", "YOUNG_PEOPLE"], "place": "Leith Academy",
        "memberIds": members,
    })
}

async fn sessions_outside_the_visit_days_or_overlapping_for_a_member_are_refused(app: TestApp) {
    let (review, _) = submitted_review(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    // Before the dates are set, no session.
    let p = plan(&lead, review).await;
    let team = p["assignable"].as_array().unwrap().clone();
    assert!(team.len() >= 6, "{p}");
    let (ann, bob) = (&team[0]["id"], &team[1]["id"]);
    let r = lead
        .gql(ADD_SESSION, json!({ "r": review, "v": p["reviewVersion"], "i": session_input("2025-01-06", "09:00", "10:30", &[ann]) }))
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert!(message(&r).contains("not set yet"), "{r}");

    let r = set_dates(&lead, review, &["2025-01-06", "2025-01-07", "2025-01-08"]).await;
    let v = ok(&r)["setVisitDates"]["reviewVersion"].clone();
    let r = lead
        .gql(ADD_SESSION, json!({ "r": review, "v": v, "i": session_input("2025-01-06", "09:00", "10:30", &[ann]) }))
        .await;
    let added = &ok(&r)["addVisitSession"];
    assert_eq!(added["sequence"], 1, "every change raises the sequence");
    let first = added["sessions"][0].clone();
    assert_eq!(
        (
            first["startsAt"].clone(),
            first["kind"].clone(),
            first["audiences"].clone()
        ),
        (
            json!("09:00"),
            json!("FOCUS_GROUP"),
            json!(["HEADTEACHERS", "YOUNG_PEOPLE"])
        )
    );
    let v = added["reviewVersion"].clone();

    // Outside the visit days.
    let r = lead
        .gql(ADD_SESSION, json!({ "r": review, "v": v, "i": session_input("2025-01-09", "09:00", "10:00", &[bob]) }))
        .await;
    assert_eq!(field(&r), "day", "{r}");
    assert!(
        message(&r).contains("Thursday 9 January 2025 is not a visit day"),
        "{r}"
    );
    // Overlapping another session for the same member.
    let r = lead
        .gql(ADD_SESSION, json!({ "r": review, "v": v, "i": session_input("2025-01-06", "10:00", "11:00", &[bob, ann]) }))
        .await;
    assert_eq!(field(&r), "members", "{r}");
    assert!(
        message(&r).contains("is already in another session at that time (Monday 6 January 2025, 09:00–10:30, Focus group)"),
        "{r}"
    );
    // Ending before it starts, a time that is not one, someone off the team.
    let r = lead
        .gql(ADD_SESSION, json!({ "r": review, "v": v, "i": session_input("2025-01-07", "11:00", "10:00", &[bob]) }))
        .await;
    assert_eq!(field(&r), "endsAt", "{r}");
    let r = lead
        .gql(ADD_SESSION, json!({ "r": review, "v": v, "i": session_input("2025-01-07", "25:00", "26:00", &[bob]) }))
        .await;
    assert_eq!(field(&r), "startsAt", "{r}");
    let stranger = json!(Uuid::now_v7());
    let r = lead
        .gql(ADD_SESSION, json!({ "r": review, "v": v, "i": session_input("2025-01-07", "09:00", "10:00", &[&stranger]) }))
        .await;
    assert!(message(&r).contains("accepted a place"), "{r}");
    // Moving the dates away from the session is refused, naming it.
    let r = lead
        .gql(
            SET_DATES,
            json!({ "r": review, "v": v, "d": ["2025-01-07", "2025-01-08", "2025-01-09"] }),
        )
        .await;
    assert!(
        message(&r).contains("Monday 6 January 2025, 09:00–10:30"),
        "{r}"
    );
    // None of that changed the plan.
    let p = plan(&lead, review).await;
    assert_eq!(p["sessions"].as_array().unwrap().len(), 1);
    assert_eq!(p["reviewVersion"], v);

    // The same member later that day, then changed and removed.
    let r = lead
        .gql(ADD_SESSION, json!({ "r": review, "v": v, "i": session_input("2025-01-06", "10:30", "11:30", &[ann, bob]) }))
        .await;
    let v = ok(&r)["addVisitSession"]["reviewVersion"].clone();
    let id = first["id"].clone();
    let r = lead
        .gql(
            UPDATE_SESSION,
            json!({ "s": id, "v": v, "i": session_input("2025-01-06", "08:30", "10:00", &[ann]) }),
        )
        .await;
    let v = ok(&r)["updateVisitSession"]["reviewVersion"].clone();
    let r = lead.gql(REMOVE_SESSION, json!({ "s": id, "v": v })).await;
    assert_eq!(
        ok(&r)["removeVisitSession"]["sessions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let kinds: Vec<String> = history(&lead, review)
        .await
        .iter()
        .filter(|e| e["kind"] == "VISIT_CHANGED")
        .map(|e| e["summary"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        kinds,
        [
            "Added a session: Monday 6 January 2025, 09:00–10:30, Focus group",
            "Added a session: Monday 6 January 2025, 10:30–11:30, Focus group",
            "Changed a session from Monday 6 January 2025, 09:00–10:30, Focus group to Monday 6 January 2025, 08:30–10:00, Focus group",
            "Removed a session: Monday 6 January 2025, 08:30–10:00, Focus group",
        ]
    );
    // A team member may read the plan but not change it.
    let member = as_person(&app, TEAM_MEMBER).await;
    let seen = plan(&member, review).await;
    assert_eq!(
        (seen["canPlan"].clone(), seen["contacts"].clone()),
        (json!(false), Value::Null)
    );
    let v = seen["reviewVersion"].clone();
    let r = member
        .gql(ADD_SESSION, json!({ "r": review, "v": v, "i": session_input("2025-01-07", "09:00", "10:00", &[ann]) }))
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
}

async fn blackout_dates_are_kept_by_the_authoritys_users_and_programme_officers(app: TestApp) {
    let (_, host) = crate::self_evaluation::demo_review(&app, "RUBRIC").await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;
    let r = qio
        .gql(
            ADD_BLACKOUT,
            json!({ "a": host, "i": { "firstDay": "2025-02-17", "reason": "In-service day" } }),
        )
        .await;
    let added = ok(&r)["addBlackoutDate"].clone();
    assert_eq!(added["lastDay"], "2025-02-17");
    let r = officer
        .gql(
            "mutation($id: UUID!, $i: BlackoutDateInput!) { updateBlackoutDate(id: $id, input: $i) { firstDay lastDay reason } }",
            json!({ "id": added["id"], "i": { "firstDay": "2025-02-17", "lastDay": "2025-02-18", "reason": "In-service days" } }),
        )
        .await;
    assert_eq!(ok(&r)["updateBlackoutDate"]["lastDay"], "2025-02-18");
    let r = qio
        .gql(
            "query($a: UUID!) { blackoutDates(authorityId: $a, from: \"2025-01-01\") { reason } }",
            json!({ "a": host }),
        )
        .await;
    assert_eq!(
        ok(&r)["blackoutDates"],
        json!([{ "reason": "In-service days" }])
    );

    // Bad input names the field and adds nothing.
    for (input, expected) in [
        (
            json!({ "firstDay": "2025-02-17", "lastDay": "2025-02-10", "reason": "x" }),
            "lastDay",
        ),
        (
            json!({ "firstDay": "2025-01-01", "lastDay": "2025-12-31", "reason": "x" }),
            "lastDay",
        ),
        (
            json!({ "firstDay": "2025-02-17", "reason": "  " }),
            "reason",
        ),
        (
            json!({ "firstDay": "2025-02-17", "reason": "x".repeat(301) }),
            "reason",
        ),
    ] {
        let r = qio
            .gql(ADD_BLACKOUT, json!({ "a": host, "i": input }))
            .await;
        assert_eq!(error_code(&r), "VALIDATION", "{r}");
        assert_eq!(field(&r), expected, "{r}");
    }
    // Another authority's user (the team lead is from Aberdeen City), and
    // the anonymous public, may not.
    let peer = as_person(&app, TEAM_LEAD).await;
    let r = peer
        .gql(
            ADD_BLACKOUT,
            json!({ "a": host, "i": { "firstDay": "2025-03-03", "reason": "x" } }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = peer
        .gql(
            "mutation($id: UUID!) { removeBlackoutDate(id: $id) }",
            json!({ "id": added["id"] }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = app
        .anonymous()
        .gql(
            "query($a: UUID!) { blackoutDates(authorityId: $a) { reason } }",
            json!({ "a": host }),
        )
        .await;
    assert_eq!(error_code(&r), "UNAUTHENTICATED", "{r}");
    let r = qio
        .gql(
            "mutation($id: UUID!) { removeBlackoutDate(id: $id) }",
            json!({ "id": added["id"] }),
        )
        .await;
    ok(&r);
    let r = qio
        .gql(
            "query($a: UUID!) { blackoutDates(authorityId: $a) { reason } }",
            json!({ "a": host }),
        )
        .await;
    assert_eq!(ok(&r)["blackoutDates"], json!([]));
}

async fn host_users_record_contacts_and_places_which_the_team_does_not_see(app: TestApp) {
    let (review, _) = crate::self_evaluation::demo_review(&app, "RUBRIC").await;
    let qio = app.as_demo(Demo::Qio).await;
    const ADD: &str = "mutation($r: UUID!, $i: HostContactInput!) { addHostContact(reviewId: $r, input: $i) { contacts { id role name email } } }";
    let r = qio
        .gql(ADD, json!({ "r": review, "i": { "role": "Headteacher, Leith Academy", "name": "Ann  Smith", "email": "Ann.Smith@School.Example.org" } }))
        .await;
    let contacts = ok(&r)["addHostContact"]["contacts"].clone();
    assert_eq!(
        (contacts[0]["name"].clone(), contacts[0]["email"].clone()),
        (json!("Ann Smith"), json!("ann.smith@school.example.org"))
    );
    for (input, expected) in [
        (
            json!({ "role": "Headteacher", "name": "A", "email": "not an address" }),
            "email",
        ),
        (
            json!({ "role": "", "name": "A", "email": "a@b.example.org" }),
            "role",
        ),
        (
            json!({ "role": "r".repeat(201), "name": "A", "email": "a@b.example.org" }),
            "role",
        ),
        (
            json!({ "role": "Headteacher", "name": " ", "email": "a@b.example.org" }),
            "name",
        ),
    ] {
        let r = qio.gql(ADD, json!({ "r": review, "i": input })).await;
        assert_eq!(error_code(&r), "VALIDATION", "{r}");
        assert_eq!(field(&r), expected, "{r}");
    }
    let r = qio
        .gql(
            "mutation($r: UUID!, $i: VisitPlaceInput!) { addVisitPlace(reviewId: $r, input: $i) { places { id name address } } }",
            json!({ "r": review, "i": { "name": "Leith Academy", "address": "20 Academy Park, Edinburgh" } }),
        )
        .await;
    let place = ok(&r)["addVisitPlace"]["places"][0].clone();
    assert_eq!(place["name"], "Leith Academy");

    // The team sees the places, not the contacts, and records neither.
    let lead = as_person(&app, TEAM_LEAD).await;
    let p = plan(&lead, review).await;
    assert_eq!(p["contacts"], Value::Null);
    assert_eq!(p["places"][0]["name"], "Leith Academy");
    let r = lead
        .gql(ADD, json!({ "r": review, "i": { "role": "Headteacher", "name": "B", "email": "b@b.example.org" } }))
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    let r = lead
        .gql(
            "mutation($p: UUID!) { removeVisitPlace(placeId: $p) { places { id } } }",
            json!({ "p": place["id"] }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");
    // Someone with no part in the review does not see the plan at all.
    let outsider = app.as_demo(Demo::Admin).await;
    let r = outsider.gql(PLAN, json!({ "r": review })).await;
    assert_eq!(error_code(&r), "FORBIDDEN", "{r}");

    let r = qio
        .gql(
            "mutation($c: UUID!) { removeHostContact(contactId: $c) { contacts { id } } }",
            json!({ "c": contacts[0]["id"] }),
        )
        .await;
    assert_eq!(ok(&r)["removeHostContact"]["contacts"], json!([]));
}

async fn my_tasks(session: &Session, review: Uuid) -> Vec<(String, String)> {
    let r = session
        .gql("{ me { tasks { kind path review { id } } } }", json!({}))
        .await;
    ok(&r)["me"]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["review"]["id"] == review.to_string())
        .map(|t| {
            (
                t["kind"].as_str().unwrap().to_owned(),
                t["path"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn the_team_lead_and_the_host_are_asked_to_plan_the_visit_until_its_dates_are_set(
    app: TestApp,
) {
    let (review, _) = crate::self_evaluation::demo_review(&app, "RUBRIC").await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let qio = app.as_demo(Demo::Qio).await;
    let visit = format!("/reviews/{review}/visit");
    assert!(my_tasks(&lead, review)
        .await
        .contains(&("PLAN_VISIT".to_owned(), visit.clone())));
    assert!(my_tasks(&qio, review)
        .await
        .contains(&("RECORD_VISIT_CONTACTS".to_owned(), visit.clone())));
    let member = as_person(&app, TEAM_MEMBER).await;
    assert!(my_tasks(&member, review)
        .await
        .iter()
        .all(|(k, _)| k != "PLAN_VISIT"));
    let r = set_dates(&lead, review, &["2025-01-06", "2025-01-07", "2025-01-08"]).await;
    ok(&r);
    assert!(my_tasks(&lead, review)
        .await
        .iter()
        .all(|(k, _)| k != "PLAN_VISIT"));
    assert!(my_tasks(&qio, review)
        .await
        .iter()
        .all(|(k, _)| k != "RECORD_VISIT_CONTACTS"));
}

const AGENDA: &str = "query($r: UUID!) { visitAgenda(reviewId: $r) { host days { date label sessions { startsAt endsAt kind meets place team { name organisation } } } team { name organisation } sharedAt recipients canShare } }";
const SHARE: &str =
    "mutation($r: UUID!) { shareVisitAgenda(reviewId: $r) { sharedAt recipients canShare } }";

async fn share_agenda(session: &Session, review: Uuid) -> Value {
    session.gql(SHARE, json!({ "r": review })).await
}

async fn agenda(session: &Session, review: Uuid) -> Value {
    let r = session.gql(AGENDA, json!({ "r": review })).await;
    ok(&r)["visitAgenda"].clone()
}

async fn the_agenda_is_shared_by_the_planners_once_the_days_and_a_contact_are_recorded(
    app: TestApp,
) {
    let (review, _) = submitted_review(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let member = as_person(&app, TEAM_MEMBER).await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;

    // No days yet: an empty agenda nobody can share.
    let a = agenda(&lead, review).await;
    assert_eq!(
        (a["host"].clone(), a["days"].clone(), a["canShare"].clone()),
        (json!("City of Edinburgh"), json!([]), json!(false))
    );
    let r = share_agenda(&lead, review).await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(
        message(&r),
        "Set the visit dates before sharing the agenda."
    );

    // Days, but no contact to share with.
    ok(&set_dates(&lead, review, &["2025-01-06", "2025-01-07", "2025-01-08"]).await);
    let r = share_agenda(&lead, review).await;
    assert_eq!(
        message(&r),
        "The host has recorded no contacts to share the agenda with yet.",
        "{r}"
    );

    // The team lead and officers may share it; the team and the host read it.
    for (who, can) in [
        (&lead, true),
        (&officer, true),
        (&member, false),
        (&qio, false),
    ] {
        let a = agenda(who, review).await;
        assert_eq!(a["canShare"], can, "{a}");
        assert_eq!(a["days"][0]["label"], "Monday 6 January 2025");
    }
    for who in [&member, &qio] {
        assert_eq!(error_code(&share_agenda(who, review).await), "FORBIDDEN");
    }
    // Nothing of that marked it shared.
    assert_eq!(agenda(&lead, review).await["sharedAt"], Value::Null);

    ok(&qio
        .gql(
            "mutation($r: UUID!, $i: HostContactInput!) { addHostContact(reviewId: $r, input: $i) { contacts { id } } }",
            json!({ "r": review, "i": { "role": "Headteacher, Leith Academy", "name": "Ann Smith", "email": "ann.smith@school.example.org" } }),
        )
        .await);
    let r = share_agenda(&lead, review).await;
    let shared = &ok(&r)["shareVisitAgenda"];
    assert_eq!(
        (shared["recipients"].clone(), shared["canShare"].clone()),
        (json!(1), json!(true))
    );
    let first = shared["sharedAt"].as_str().unwrap().to_owned();
    // Shared again later: still first shared when it was.
    app.clock
        .set(Utc.with_ymd_and_hms(2025, 1, 2, 12, 0, 0).unwrap());
    let r = share_agenda(&officer, review).await;
    assert_eq!(ok(&r)["shareVisitAgenda"]["sharedAt"], first);

    // The team by name and organisation only: no addresses anywhere.
    let a = agenda(&qio, review).await;
    assert!(!a["team"].as_array().unwrap().is_empty(), "{a}");
    assert!(!a.to_string().contains('@'), "{a}");

    // Once the visit has started the plan is settled: no more sharing.
    app.clock
        .set(Utc.with_ymd_and_hms(2025, 1, 6, 9, 0, 0).unwrap());
    ok(&start_visit(&lead, review).await);
    assert_eq!(agenda(&lead, review).await["canShare"], false);
    assert_eq!(
        unmet_codes(&share_agenda(&lead, review).await),
        codes(&["WRONG_STATE"])
    );
}

async fn the_demo_has_a_review_whose_visit_is_planned_and_its_agenda_ready_to_share(app: TestApp) {
    server::accounts::add_demo_users(&app.store).await.unwrap();
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    let host = as_person(&app, "lead4@demo.quads.scot").await;
    let r = host
        .gql(
            "{ reviews(filter: { states: [SELF_EVALUATION_SUBMITTED] }, limit: 100) { items { id hosts { name } } } }",
            json!({}),
        )
        .await;
    let review: Uuid = ok(&r)["reviews"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["hosts"][0]["name"] == "Perth and Kinross")
        .map(|i| serde_json::from_value(i["id"].clone()).unwrap())
        .expect("the demo's Perth and Kinross review at Self-evaluation submitted");
    let p = plan(&host, review).await;
    assert_eq!(p["days"].as_array().unwrap().len(), 3, "{p}");
    assert_eq!(p["sessions"].as_array().unwrap().len(), 5, "{p}");
    assert!(!p["contacts"].as_array().unwrap().is_empty(), "{p}");
    assert!(!p["places"].as_array().unwrap().is_empty(), "{p}");
    let kinds: Vec<Value> = history(&host, review)
        .await
        .iter()
        .map(|e| e["kind"].clone())
        .collect();
    assert!(kinds.contains(&json!("VISIT_PLANNED")), "{kinds:?}");
    assert!(kinds.contains(&json!("VISIT_CHANGED")), "{kinds:?}");
    // Its team lead may share the agenda, which names the team.
    let lead = as_person(&app, "peer7@demo.quads.scot").await;
    let a = agenda(&lead, review).await;
    assert_eq!(a["canShare"], true, "{a}");
    assert_eq!(a["host"], "Perth and Kinross");
    assert!(!a["team"].as_array().unwrap().is_empty(), "{a}");
}

on_both_databases!(
    a_review_goes_from_a_submitted_self_evaluation_to_the_visit_on_its_first_day,
    visit_dates_on_a_weekend_bank_holiday_or_blackout_date_are_refused_naming_each,
    sessions_outside_the_visit_days_or_overlapping_for_a_member_are_refused,
    blackout_dates_are_kept_by_the_authoritys_users_and_programme_officers,
    host_users_record_contacts_and_places_which_the_team_does_not_see,
    the_team_lead_and_the_host_are_asked_to_plan_the_visit_until_its_dates_are_set,
    the_agenda_is_shared_by_the_planners_once_the_days_and_a_contact_are_recorded,
    the_demo_has_a_review_whose_visit_is_planned_and_its_agenda_ready_to_share,
);
