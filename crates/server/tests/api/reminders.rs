//! Reminders through the API on both databases (issue 21): each person's
//! upcoming reminders follow the visit dates, Scotland's bank holidays, the
//! host's blackout dates and the programme's policy, changed in the same
//! transaction as the change; bad policies and turning off an essential
//! reminder are refused naming the field; two scans at once over one
//! database queue each reminder once. Escalations, like invitations,
//! cannot be turned off; an overdue action is reminded at most daily.

use crate::each_database;
use crate::helpers::{error_code, spawn_app, spawn_app_on, Db, Demo, Session, TestApp};
use crate::lifecycle::{as_person, ok};
use crate::on_both_databases;
use crate::visit::{set_dates, ADD_BLACKOUT};
use chrono::{DateTime, TimeZone, Utc};
use serde_json::{json, Value};
use uuid::Uuid;

pub const TEAM_LEAD: &str = "peer1@demo.quads.scot";
pub const MINE: &str =
    "{ myReminders { kind label dueAt aboutDay why wanted reviewId } myReminderSettings { kind wanted essential } }";
const POLICY: &str = "query($p: UUID!) { reminderPolicy(programmeId: $p) { kind offsets anchor isDefault defaultOffsets essential unit repeats } }";
const SET_POLICY: &str = "mutation($p: UUID!, $k: ReminderKind!, $o: [Int!]!, $d: Boolean) { setReminderPolicy(programmeId: $p, kind: $k, offsets: $o, useDefault: $d) { kind offsets isDefault } }";
pub const SET_WANTED: &str = "mutation($k: ReminderKind!, $w: Boolean!) { setReminderWanted(kind: $k, wanted: $w) { kind wanted essential } }";

pub fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .with_timezone(&Utc)
}

/// The signed-in person's upcoming reminders as (kind, due time).
pub async fn mine(session: &Session) -> Vec<(String, DateTime<Utc>)> {
    let r = session.gql(MINE, json!({})).await;
    ok(&r)["myReminders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["kind"].as_str().unwrap().to_owned(),
                utc(m["dueAt"].as_str().unwrap()),
            )
        })
        .collect()
}

fn of(list: &[(String, DateTime<Utc>)], kind: &str) -> Vec<DateTime<Utc>> {
    list.iter()
        .filter(|(k, _)| k == kind)
        .map(|(_, t)| *t)
        .collect()
}

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

/// The demo's City of Edinburgh review (team formed, January 2025), the
/// test clock on Monday 2 December 2024, and its host's id.
pub async fn edinburgh(app: &TestApp) -> (Uuid, Uuid) {
    let (review, host) = crate::self_evaluation::demo_review(app, "RUBRIC").await;
    app.clock.set(at(2024, 12, 2, 10));
    (review, host)
}

pub async fn programme_id(app: &TestApp) -> Uuid {
    store::programme::programme_by_name(app.store.conn(), server::programmes::QUADS_DEMO)
        .await
        .unwrap()
        .expect("the Quads demonstration")
        .id
}

async fn a_bank_holiday_and_a_blackout_date_move_a_working_day_reminder_earlier(app: TestApp) {
    let (review, host) = edinburgh(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    assert!(mine(&host_lead).await.is_empty(), "no dates, no reminders");
    ok(&set_dates(&lead, review, &["2025-01-09", "2025-01-10", "2025-01-13"]).await);
    let got = mine(&host_lead).await;
    // Five working days before Thursday 9 January 2025 skip the 1st and
    // 2nd of January (bank holidays in Scotland): Tuesday 31 December, at
    // 08:00 in London (GMT).
    assert_eq!(of(&got, "VISIT_STARTING"), [at(2024, 12, 31, 8)]);
    // 14 and 3 working days before, Christmas and Boxing Day left out too.
    assert_eq!(
        of(&got, "SELF_EVALUATION_DUE"),
        [at(2024, 12, 16, 8), at(2025, 1, 6, 8)]
    );
    let r = host_lead.gql(MINE, json!({})).await;
    let first = &ok(&r)["myReminders"][0];
    assert_eq!(first["reviewId"], json!(review));
    assert!(
        first["why"]
            .as_str()
            .unwrap()
            .contains("Thursday 9 January 2025"),
        "{first}"
    );

    // The host keeps Tuesday 31 December free: the reminder moves to the
    // working day before, in the same change.
    let qio = app.as_demo(Demo::Qio).await;
    ok(&qio
        .gql(
            ADD_BLACKOUT,
            json!({ "a": host, "i": { "firstDay": "2024-12-31", "reason": "Office closed" } }),
        )
        .await);
    let got = mine(&host_lead).await;
    assert_eq!(of(&got, "VISIT_STARTING"), [at(2024, 12, 30, 8)]);
    assert_eq!(
        of(&got, "SELF_EVALUATION_DUE"),
        [at(2024, 12, 13, 8), at(2025, 1, 6, 8)]
    );
}

async fn a_policy_change_moves_pending_reminders_in_the_same_change_and_can_go_back_to_the_default(
    app: TestApp,
) {
    let (review, _) = edinburgh(&app).await;
    let programme = programme_id(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    ok(&set_dates(&lead, review, &["2025-01-09", "2025-01-10", "2025-01-13"]).await);
    let officer = app.as_demo(Demo::Officer).await;
    let r = officer.gql(POLICY, json!({ "p": programme })).await;
    let rules = ok(&r)["reminderPolicy"].as_array().unwrap().clone();
    assert_eq!(rules.len(), 9);
    let visit = rules
        .iter()
        .find(|r| r["kind"] == "VISIT_STARTING")
        .unwrap();
    assert_eq!(
        visit,
        &json!({ "kind": "VISIT_STARTING", "offsets": [5], "anchor": "BEFORE", "isDefault": true, "defaultOffsets": [5], "essential": false, "unit": "WORKING_DAYS", "repeats": false })
    );
    let r = officer
        .gql(
            SET_POLICY,
            json!({ "p": programme, "k": "VISIT_STARTING", "o": [2, 10] }),
        )
        .await;
    let changed = ok(&r)["setReminderPolicy"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "VISIT_STARTING")
        .unwrap()
        .clone();
    assert_eq!(changed["offsets"], json!([10, 2]));
    assert_eq!(changed["isDefault"], false);
    let host_lead = app.as_demo(Demo::Lead).await;
    assert_eq!(
        of(&mine(&host_lead).await, "VISIT_STARTING"),
        [at(2024, 12, 20, 8), at(2025, 1, 7, 8)]
    );
    // Every kind can be emptied: no reminders of it.
    ok(&officer
        .gql(
            SET_POLICY,
            json!({ "p": programme, "k": "VISIT_STARTING", "o": [] }),
        )
        .await);
    assert!(of(&mine(&host_lead).await, "VISIT_STARTING").is_empty());
    ok(&officer
        .gql(
            SET_POLICY,
            json!({ "p": programme, "k": "VISIT_STARTING", "o": [], "d": true }),
        )
        .await);
    assert_eq!(
        of(&mine(&host_lead).await, "VISIT_STARTING"),
        [at(2024, 12, 31, 8)]
    );
}

async fn bad_policies_and_turning_off_an_invitation_reminder_are_refused_naming_the_field(
    app: TestApp,
) {
    let (_, _) = edinburgh(&app).await;
    let programme = programme_id(&app).await;
    let officer = app.as_demo(Demo::Officer).await;
    for (offsets, says) in [
        (json!([-1]), "cannot be negative"),
        (json!([5000]), "at most 200"),
        (json!([3, 3]), "more than once a day"),
        (json!([1, 2, 3, 4, 5, 6]), "at most 5"),
    ] {
        let r = officer
            .gql(
                SET_POLICY,
                json!({ "p": programme, "k": "SELF_EVALUATION_DUE", "o": offsets }),
            )
            .await;
        assert_eq!(error_code(&r), "VALIDATION", "{offsets}: {r}");
        assert_eq!(r["errors"][0]["extensions"]["field"], "offsets", "{r}");
        assert_eq!(
            r["errors"][0]["extensions"]["reasons"][0]["field"],
            "offsets"
        );
        assert!(
            r["errors"][0]["message"].as_str().unwrap().contains(says),
            "{r}"
        );
    }
    // An overdue action is reminded at most daily.
    let r = officer
        .gql(
            SET_POLICY,
            json!({ "p": programme, "k": "ACTION_OVERDUE", "o": [0] }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(r["errors"][0]["extensions"]["field"], "offsets");
    assert!(r["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("more than once a day"));
    let r = officer.gql(POLICY, json!({ "p": programme })).await;
    assert!(ok(&r)["reminderPolicy"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["isDefault"] == true));
    // Only programme officers see or set a policy.
    let host_lead = app.as_demo(Demo::Lead).await;
    let r = host_lead
        .gql(
            SET_POLICY,
            json!({ "p": programme, "k": "VISIT_STARTING", "o": [1] }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN");
    let r = app.anonymous().gql(POLICY, json!({ "p": programme })).await;
    assert_eq!(error_code(&r), "UNAUTHENTICATED");
    let r = officer.gql(POLICY, json!({ "p": Uuid::now_v7() })).await;
    assert_eq!(error_code(&r), "NOT_FOUND");

    // An invitation reminder cannot be turned off; others can.
    let r = host_lead
        .gql(
            SET_WANTED,
            json!({ "k": "INVITATION_UNANSWERED", "w": false }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert_eq!(r["errors"][0]["extensions"]["field"], "kind");
    let r = host_lead
        .gql(SET_WANTED, json!({ "k": "ACTION_ESCALATION", "w": false }))
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert_eq!(r["errors"][0]["extensions"]["reasons"][0]["field"], "kind");
    let r = host_lead
        .gql(SET_WANTED, json!({ "k": "VISIT_STARTING", "w": false }))
        .await;
    let settings = ok(&r)["setReminderWanted"].as_array().unwrap().clone();
    assert!(settings
        .iter()
        .any(|s| s["kind"] == "VISIT_STARTING" && s["wanted"] == false));
    assert!(settings.iter().any(|s| s["kind"] == "INVITATION_UNANSWERED"
        && s["wanted"] == true
        && s["essential"] == true));
    let r = app
        .anonymous()
        .gql(SET_WANTED, json!({ "k": "VISIT_STARTING", "w": false }))
        .await;
    assert_eq!(error_code(&r), "UNAUTHENTICATED");
}

async fn a_person_sees_a_turned_off_reminder_marked_as_not_sent_until_turned_on_again(
    app: TestApp,
) {
    let (review, _) = edinburgh(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    ok(&set_dates(&lead, review, &["2025-01-09", "2025-01-10", "2025-01-13"]).await);
    let wanted = |r: &Value| -> Vec<(String, bool)> {
        r["data"]["myReminders"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["kind"].as_str().unwrap().to_owned(),
                    m["wanted"].as_bool().unwrap(),
                )
            })
            .collect()
    };
    ok(&lead
        .gql(SET_WANTED, json!({ "k": "VISIT_STARTING", "w": false }))
        .await);
    let r = lead.gql(MINE, json!({})).await;
    assert_eq!(wanted(&r), [("VISIT_STARTING".to_owned(), false)]);
    ok(&lead
        .gql(SET_WANTED, json!({ "k": "VISIT_STARTING", "w": true }))
        .await);
    let r = lead.gql(MINE, json!({})).await;
    assert_eq!(wanted(&r), [("VISIT_STARTING".to_owned(), true)]);
}

/// The host's escalations follow its lead: a new lead (made lead, or
/// invited as one) gets them and one no longer lead (or deactivated)
/// does not, in the same change.
async fn an_escalation_goes_to_whoever_leads_the_host_authority_now(app: TestApp) {
    let (review, area) = crate::follow_up::published_review(&app).await;
    let lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let admin = app.as_demo(Demo::Admin).await;
    let lead_id = crate::lifecycle::demo_id(&app, Demo::Lead).await;
    let qio_id = crate::lifecycle::demo_id(&app, Demo::Qio).await;
    ok(&crate::follow_up::add_action(
        &lead,
        review,
        json!({ "areaItemId": area, "description": "Plan support", "ownerId": qio_id, "dueOn": "2025-04-14" }),
    )
    .await);
    let escalation = |list: Vec<(String, DateTime<Utc>)>| of(&list, "ACTION_ESCALATION");
    let two_weeks_after = [at(2025, 4, 28, 7)];
    assert_eq!(escalation(mine(&lead).await), two_weeks_after);
    assert!(escalation(mine(&qio).await).is_empty());
    let set_lead = |id: Uuid, lead: bool| {
        let admin = &admin;
        async move {
            let r = admin
                .gql(
                    "mutation($id: UUID!, $l: Boolean!) { setUserRoles(id: $id, roles: [AUTHORITY_USER], lead: $l) { lead } }",
                    json!({ "id": id, "l": lead }),
                )
                .await;
            ok(&r);
        }
    };
    // The QIO becomes a lead too, then the only one.
    set_lead(qio_id, true).await;
    assert_eq!(escalation(mine(&qio).await), two_weeks_after);
    assert_eq!(escalation(mine(&lead).await), two_weeks_after);
    set_lead(lead_id, false).await;
    assert!(escalation(mine(&lead).await).is_empty());
    assert_eq!(escalation(mine(&qio).await), two_weeks_after);
    // A lead deactivated is reminded of nothing; reactivated, again.
    let active = |name: &'static str| {
        let admin = &admin;
        async move {
            let r = admin
                .gql(
                    &format!("mutation($id: UUID!) {{ {name}(id: $id) {{ id }} }}"),
                    json!({ "id": qio_id }),
                )
                .await;
            ok(&r);
        }
    };
    active("deactivateUser").await;
    let rows = store::reminders::upcoming_of(app.store.conn(), qio_id, 100)
        .await
        .unwrap();
    assert!(!rows
        .iter()
        .any(|r| r.kind == domain::reminder::ReminderKind::ActionEscalation));
    active("reactivateUser").await;
    let qio = app.as_demo(Demo::Qio).await;
    assert_eq!(escalation(mine(&qio).await), two_weeks_after);
    // Someone invited as the authority's lead is reminded at once.
    let host = store::identity::user_by_id(app.store.conn(), lead_id)
        .await
        .unwrap()
        .organisation_id;
    let r = admin
        .gql(
            "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }",
            json!({ "i": { "email": "new.lead@example.org", "name": "Nora Newlead", "organisationId": host, "roles": ["AUTHORITY_USER"], "lead": true } }),
        )
        .await;
    let new_lead: Uuid = ok(&r)["inviteUser"]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let rows = store::reminders::upcoming_of(app.store.conn(), new_lead, 100)
        .await
        .unwrap();
    assert_eq!(
        rows.iter()
            .filter(|r| r.kind == domain::reminder::ReminderKind::ActionEscalation)
            .map(|r| r.due_at)
            .collect::<Vec<_>>(),
        two_weeks_after
    );
}

on_both_databases!(
    an_escalation_goes_to_whoever_leads_the_host_authority_now,
    a_bank_holiday_and_a_blackout_date_move_a_working_day_reminder_earlier,
    a_policy_change_moves_pending_reminders_in_the_same_change_and_can_go_back_to_the_default,
    bad_policies_and_turning_off_an_invitation_reminder_are_refused_naming_the_field,
    a_person_sees_a_turned_off_reminder_marked_as_not_sent_until_turned_on_again,
);

/// Two stores over one database (two connection pools, as two instances
/// have) scan at once, again and again: every due reminder is queued
/// exactly once and marked sent.
async fn two_scans_at_once_over_one_database_queue_each_due_reminder_once(db: Db) {
    let app = spawn_app(db).await;
    // The second instance starts before any reminder exists, its clock
    // then set with the first's, so neither dispatcher's own scan takes
    // the rows: the two scans below do.
    let other = spawn_app_on(&app).await;
    other.clock.set(at(2024, 12, 2, 10));
    let (review, _) = edinburgh(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    ok(&set_dates(&lead, review, &["2025-01-09", "2025-01-10", "2025-01-13"]).await);
    let due = at(2025, 1, 8, 9);
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use store::entities::reminder;
    let rows = reminder::Entity::find()
        .filter(reminder::Column::DueAt.lte(due))
        .all(app.store.conn())
        .await
        .unwrap();
    // Eight on the team or host lead to remind of the visit, two of the
    // self-evaluation.
    assert_eq!(rows.len(), 10, "{rows:?}");
    let (a, b) = (app.store.clone(), other.store.clone());
    let mut queued = 0;
    for _ in 0..10 {
        let (x, y) = tokio::join!(
            store::reminders::scan(a.conn(), due, "https://quads.example", 3),
            store::reminders::scan(b.conn(), due, "https://quads.example", 3),
        );
        // On SQLite a scan that finds the database locked by the other
        // gives up until the next pass; that is not a double send.
        queued += x.map(|s| s.queued).unwrap_or(0) + y.map(|s| s.queued).unwrap_or(0);
    }
    assert_eq!(queued, 10);
    let outbox: Vec<_> = crate::mail::smtp::rows(&app.store)
        .await
        .into_iter()
        .filter(|r| r.template == "reminder")
        .collect();
    assert_eq!(outbox.len(), 10);
    let mut keys: Vec<&str> = outbox.iter().map(|r| r.idempotency_key.as_str()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), 10);
    let left = reminder::Entity::find()
        .filter(reminder::Column::DueAt.lte(due))
        .filter(reminder::Column::Status.eq("PENDING"))
        .all(app.store.conn())
        .await
        .unwrap();
    assert!(left.is_empty());
}

each_database!(two_scans_at_once_over_one_database_queue_each_due_reminder_once);
