//! Comparing self-evaluations through the API, on both databases: a quad's
//! four authorities' submitted grades side by side (drafts never shown,
//! another framework version listed but not compared), who may compare a
//! quad, and the national distribution per indicator, hidden until five
//! submitted authorities lie outside the viewer's quad (4 hidden, 5
//! shown), each authority counted once. Also: a new framework version
//! leaves a self-evaluation on the older one as it was, and the CSV export.

use crate::helpers::{error_code, Db, Demo, Session, TestApp};
use crate::lifecycle::{as_person, ci_programme, demo_id, ok, org_id, person, schedule, SCHEDULE};
use crate::on_both_databases;
use chrono::{Duration, Utc};
use domain::identity::Role;
use domain::self_evaluation::{EntryContent, Perspective};
use serde_json::{json, Value};
use std::path::Path;
use uuid::Uuid;

const QUAD: &str = "query($q: UUID!) { quadComparison(quadId: $q) { name session framework { id version } authorities { authorityId name reviewId frameworkVersion compared } indicators { number title grades { authorityId grade } } } }";

const NATIONAL: &str = "query($f: String!, $v: Int!) { nationalDistribution(frameworkId: $f, version: $v) { hidden reason authorities framework { id version } indicators { number title counts { grade label authorities } ungraded } } }";

const FRAMEWORK: &str = "authority-illustrative";

/// The demo's 2024-25 quads (by name) with their reviews' (review, host).
struct Quads {
    /// The City of Edinburgh's quad, with a review per member.
    home: Uuid,
    home_reviews: Vec<(Uuid, Uuid)>,
    /// The other quad with a review per member (the demo submitted the
    /// first one's self-evaluation).
    second_reviews: Vec<(Uuid, Uuid)>,
    /// Quads without reviews, with their members.
    empty: Vec<(Uuid, Vec<Uuid>)>,
}

async fn demo_quads(app: &TestApp) -> Quads {
    app.as_demo(Demo::Officer).await;
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    let db = app.store.conn();
    let edinburgh = org_id(app, "City of Edinburgh").await;
    let mut home = None;
    let mut second = None;
    let mut empty = Vec::new();
    for quad in store::programme::quads(db, Some("2024-25")).await.unwrap() {
        let reviews: Vec<(Uuid, Uuid)> = store::programme::quad_reviews(db, quad.id)
            .await
            .unwrap()
            .into_iter()
            .map(|r| (r.id, r.hosts[0]))
            .collect();
        if reviews.is_empty() {
            empty.push((quad.id, quad.members));
        } else if quad.members.contains(&edinburgh) {
            home = Some((quad.id, reviews));
        } else {
            second = Some(reviews);
        }
    }
    let (home, home_reviews) = home.expect("the City of Edinburgh's quad");
    let second_reviews = second.expect("a second quad with reviews");
    assert_eq!((home_reviews.len(), second_reviews.len()), (4, 4));
    Quads {
        home,
        home_reviews,
        second_reviews,
        empty,
    }
}

/// A host's self-evaluation on `version` of the illustrative framework
/// with these grades (evidence on each), saved by the demo lead and, when
/// `submitted`, submitted `minutes` from now.
async fn self_evaluation(
    app: &TestApp,
    (review, host): (Uuid, Uuid),
    version: i32,
    grades: &[(&str, i32)],
    submitted: bool,
    minutes: i64,
) {
    let db = app.store.conn();
    let by = demo_id(app, Demo::Lead).await;
    let at = Utc::now() + Duration::minutes(minutes);
    let own = store::self_evaluation::ensure(db, review, host, Some((FRAMEWORK, version)), at)
        .await
        .unwrap();
    for (number, grade) in grades {
        // Over what the demo may have saved already.
        let current =
            store::self_evaluation::ensure_entry(db, own.id, Perspective::Host, number, at)
                .await
                .unwrap();
        let content = EntryContent {
            grade: Some(*grade as u8),
            evidence: format!("Evidence for {number}"),
            ..EntryContent::default()
        };
        store::self_evaluation::save_entry(
            db,
            own.id,
            Perspective::Host,
            number,
            current.version,
            &content,
            by,
            at,
        )
        .await
        .unwrap();
    }
    if submitted {
        store::self_evaluation::mark_submitted(db, review, by, at)
            .await
            .unwrap();
    }
}

/// Version 2 of the illustrative framework, through what `quads framework
/// import` runs: indicator 1.1 renamed.
async fn import_version_2(app: &TestApp, dir: &Path) {
    let src = crate::helpers::repo_root().join("data/frameworks/authority-illustrative.json");
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(src).unwrap()).unwrap();
    doc["version"] = json!(2);
    doc["key_areas"][0]["quality_indicators"][0]["title"] = json!("Improvement in outcomes");
    let path = dir.join("v2.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    server::seed::import_framework(&app.store, &path)
        .await
        .unwrap();
}

fn grades_of(comparison: &Value, number: &str) -> Vec<Value> {
    comparison["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["number"] == number)
        .unwrap_or_else(|| panic!("no indicator {number}"))["grades"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["grade"].clone())
        .collect()
}

async fn the_quad_compares_its_authorities_submitted_grades_side_by_side(app: TestApp) {
    let quads = demo_quads(&app).await;
    let dir = tempfile::tempdir().unwrap();
    import_version_2(&app, dir.path()).await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let aberdeen = org_id(&app, "Aberdeen City").await;
    let shire = org_id(&app, "Aberdeenshire").await;
    let dunbartonshire = org_id(&app, "East Dunbartonshire").await;
    let review_of = |host: Uuid| *quads.home_reviews.iter().find(|r| r.1 == host).unwrap();
    self_evaluation(
        &app,
        review_of(edinburgh),
        1,
        &[("1.1", 4), ("1.2", 3)],
        true,
        1,
    )
    .await;
    self_evaluation(&app, review_of(aberdeen), 1, &[("1.1", 5)], true, 2).await;
    // On the new version: listed with it, not compared.
    self_evaluation(&app, review_of(shire), 2, &[("1.1", 6)], true, 3).await;
    // A draft: never shown.
    self_evaluation(&app, review_of(dunbartonshire), 1, &[("1.1", 2)], false, 4).await;

    let lead = app.as_demo(Demo::Lead).await;
    let r = lead.gql(QUAD, json!({ "q": quads.home })).await;
    let c = &ok(&r)["quadComparison"];
    assert_eq!(c["session"], "2024-25");
    assert_eq!(c["framework"], json!({ "id": FRAMEWORK, "version": 1 }));
    let names: Vec<&str> = c["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Aberdeen City",
            "Aberdeenshire",
            "City of Edinburgh",
            "East Dunbartonshire"
        ]
    );
    let compared: Vec<(Value, Value)> = c["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["frameworkVersion"].clone(), a["compared"].clone()))
        .collect();
    assert_eq!(
        compared,
        [
            (json!(1), json!(true)),
            (json!(2), json!(false)),
            (json!(1), json!(true)),
            (Value::Null, json!(false)),
        ]
    );
    assert_eq!(
        c["authorities"][2]["reviewId"],
        json!(review_of(edinburgh).0)
    );
    assert_eq!(c["authorities"][3]["reviewId"], Value::Null);
    assert_eq!(c["indicators"].as_array().unwrap().len(), 17);
    assert_eq!(c["indicators"][0]["title"], "Improvements in performance");
    assert_eq!(
        grades_of(c, "1.1"),
        [json!(5), Value::Null, json!(4), Value::Null]
    );
    assert_eq!(
        grades_of(c, "1.2"),
        [Value::Null, Value::Null, json!(3), Value::Null]
    );

    // Reopened (no longer submitted): its grades leave the comparison,
    // which leaves one authority on each version: the later is compared.
    store::self_evaluation::clear_submitted(app.store.conn(), review_of(aberdeen).0)
        .await
        .unwrap();
    let r = lead.gql(QUAD, json!({ "q": quads.home })).await;
    let c = &ok(&r)["quadComparison"];
    assert_eq!(c["framework"]["version"], 2);
    assert_eq!(c["indicators"][0]["title"], "Improvement in outcomes");
    assert_eq!(
        grades_of(c, "1.1"),
        [Value::Null, json!(6), Value::Null, Value::Null]
    );
    assert_eq!(c["authorities"][0]["reviewId"], Value::Null);
    assert_eq!(c["authorities"][2]["compared"], false);

    // A quad with nothing submitted yet: no framework, no indicators.
    let officer = app.as_demo(Demo::Officer).await;
    let r = officer.gql(QUAD, json!({ "q": quads.empty[1].0 })).await;
    let c = &ok(&r)["quadComparison"];
    assert_eq!(c["framework"], Value::Null);
    assert_eq!(c["indicators"], json!([]));
    assert_eq!(c["authorities"].as_array().unwrap().len(), 4);
}

/// A user of an authority in a quad with no reviews, signed in.
async fn outsider(app: &TestApp, quads: &Quads) -> Session {
    let authority = quads.empty[0].1[0];
    let name = store::reference::organisations_by_ids(app.store.conn(), &[authority])
        .await
        .unwrap()[0]
        .name
        .clone();
    person(
        app,
        "outsider@example.org",
        &name,
        vec![Role::AuthorityUser],
        false,
    )
    .await;
    as_person(app, "outsider@example.org").await
}

/// Who may compare a quad: its authorities' users, its reviews' teams and
/// those who oversee; anyone else is refused with a reason.
async fn only_the_quads_authorities_its_teams_and_officers_compare_it(app: TestApp) {
    let quads = demo_quads(&app).await;
    let mut callers: Vec<(&str, Session)> = vec![("anonymous", app.anonymous())];
    for (name, who) in [
        ("admin", Demo::Admin),
        ("programme officer", Demo::Officer),
        ("host lead", Demo::Lead),
        ("host user", Demo::Qio),
        ("team member (ES)", Demo::Reviewer),
    ] {
        callers.push((name, app.as_demo(who).await));
    }
    for (name, email) in [
        (
            "user of a quad authority on the team",
            "peer1@demo.quads.scot",
        ),
        ("team member (HMIE)", "team1@demo.quads.scot"),
    ] {
        callers.push((name, as_person(&app, email).await));
    }
    callers.push(("user of another authority", outsider(&app, &quads).await));
    // The home quad; a quad whose authorities have no review yet.
    let expected: [(&str, &str); 9] = [
        ("UNAUTHENTICATED", "UNAUTHENTICATED"),
        ("OK", "OK"),
        ("OK", "OK"),
        ("OK", "FORBIDDEN"),
        ("OK", "FORBIDDEN"),
        ("OK", "FORBIDDEN"),
        ("OK", "FORBIDDEN"),
        ("OK", "FORBIDDEN"),
        ("FORBIDDEN", "FORBIDDEN"),
    ];
    let mut failures = Vec::new();
    for ((name, session), (home, second)) in callers.iter().zip(expected) {
        for (quad, want) in [(quads.home, home), (quads.empty[1].0, second)] {
            let r = session.gql(QUAD, json!({ "q": quad })).await;
            let got = if r["errors"].is_null() {
                "OK"
            } else {
                error_code(&r)
            };
            if got != want {
                failures.push(format!("{name} on {quad}: expected {want}, got {got}: {r}"));
            }
            if got == "FORBIDDEN" {
                let message = r["errors"][0]["message"].as_str().unwrap();
                assert!(message.contains("teams of its reviews"), "{message}");
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let r = callers[2].1.gql(QUAD, json!({ "q": Uuid::now_v7() })).await;
    assert_eq!(error_code(&r), "NOT_FOUND", "{r}");
}

/// The counts of each grade (6 down to 1) for one indicator.
fn counts(national: &Value, number: &str) -> Vec<i64> {
    national["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["number"] == number)
        .unwrap()["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["authorities"].as_i64().unwrap())
        .collect()
}

async fn national(session: &Session, version: i32) -> Value {
    let r = session
        .gql(NATIONAL, json!({ "f": FRAMEWORK, "v": version }))
        .await;
    ok(&r)["nationalDistribution"].clone()
}

async fn the_national_distribution_counts_each_authority_once_and_needs_five_outside_the_viewers_quad(
    app: TestApp,
) {
    let quads = demo_quads(&app).await;
    let dir = tempfile::tempdir().unwrap();
    import_version_2(&app, dir.path()).await;
    let officer = app.as_demo(Demo::Officer).await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    // An earlier submission of the City of Edinburgh in another
    // programme: only its latest counts.
    let ci = ci_programme(&officer, "Earlier programme").await;
    let earlier = schedule(&officer, ci, &[edinburgh], "2025-10").await;
    self_evaluation(&app, (earlier, edinburgh), 1, &[("1.1", 1)], true, -60).await;
    // The home quad: 4, 4, 5, 6 for 1.1; the second quad (every one
    // submitted by the demo on version 1): 3, 3, 2, 6.
    for (review, grade) in quads.home_reviews.iter().zip([4, 4, 5, 6]) {
        self_evaluation(&app, *review, 1, &[("1.1", grade), ("1.2", 4)], true, 1).await;
    }
    for (review, grade) in quads.second_reviews.iter().zip([3, 3, 2, 6]) {
        self_evaluation(&app, *review, 1, &[("1.1", grade)], true, 2).await;
    }
    // One authority of a quad with no reviews on version 2 (not counted
    // on version 1), in another programme.
    let (_, others) = &quads.empty[1];
    let on_2 = others[3];
    let later = schedule(&officer, ci, &[on_2], "2025-11").await;
    self_evaluation(&app, (later, on_2), 2, &[("1.1", 6)], true, 2).await;
    // Someone of an authority in a quad with no reviews.
    let outsider = outsider(&app, &quads).await;
    let lead = app.as_demo(Demo::Lead).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let admin = app.as_demo(Demo::Admin).await;

    // Eight counted on version 1; four of them outside the home quad.
    let n = national(&outsider, 1).await;
    assert_eq!(
        (n["hidden"].clone(), n["authorities"].clone()),
        (json!(false), json!(8))
    );
    assert_eq!(n["framework"], json!({ "id": FRAMEWORK, "version": 1 }));
    assert_eq!(n["indicators"].as_array().unwrap().len(), 17);
    assert_eq!(
        counts(&n, "1.1"),
        [2, 1, 2, 2, 1, 0],
        "the earlier 1 is not counted"
    );
    // 1.2: the home quad's four and the demo's four submitted rubrics in
    // the second quad (graded "good" throughout: the rubric, the planned
    // visit, the visit with findings and the published report's); every
    // one on version 1 has a grade for it.
    assert_eq!(counts(&n, "1.2"), [0, 0, 8, 0, 0, 0]);
    assert_eq!(n["indicators"][1]["ungraded"], 0);
    assert_eq!(n["indicators"][0]["counts"][2]["label"], "good");
    for (who, session) in [("host lead", &lead), ("team member", &reviewer)] {
        let n = national(session, 1).await;
        assert_eq!(n["hidden"], true, "{who}: {n}");
        assert_eq!(
            (n["authorities"].clone(), n["indicators"].clone()),
            (Value::Null, json!([]))
        );
        assert!(
            n["reason"]
                .as_str()
                .unwrap()
                .contains("at least 5 authorities outside your quad"),
            "{n}"
        );
    }
    assert_eq!(national(&admin, 1).await["hidden"], false);
    // Version 2: one authority, hidden from everyone.
    assert_eq!(national(&admin, 2).await["hidden"], true);

    // The threshold's edge: four outside the home quad is hidden (above),
    // five shown: a review in a quad that had none.
    let (third, members) = &quads.empty[1];
    let programme =
        store::programme::programme_by_name(app.store.conn(), server::programmes::QUADS_DEMO)
            .await
            .unwrap()
            .unwrap()
            .id;
    let host = members[0];
    let r = officer
        .gql(
            SCHEDULE,
            json!({ "i": { "programmeId": programme, "hostIds": [host], "quadId": third, "phase": 1, "targetMonth": "2025-03" } }),
        )
        .await;
    let review: Uuid = serde_json::from_value(ok(&r)["scheduleReview"]["id"].clone()).unwrap();
    self_evaluation(&app, (review, host), 1, &[("1.1", 1)], true, 5).await;
    let got = national(&lead, 1).await;
    assert_eq!(
        got["hidden"], false,
        "5 outside the host lead's quad: {got}"
    );
    let n = national(&lead, 1).await;
    assert_eq!(n["authorities"], 9);
    assert_eq!(counts(&n, "1.1"), [2, 1, 2, 2, 1, 1]);

    // Bounded input.
    let r = lead
        .gql(NATIONAL, json!({ "f": "x".repeat(101), "v": 1 }))
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    let r = lead.gql(NATIONAL, json!({ "f": "nothing", "v": 1 })).await;
    assert_eq!(error_code(&r), "NOT_FOUND", "{r}");
    let r = app
        .anonymous()
        .gql(NATIONAL, json!({ "f": FRAMEWORK, "v": 1 }))
        .await;
    assert_eq!(error_code(&r), "UNAUTHENTICATED", "{r}");
}

async fn a_new_framework_version_leaves_a_self_evaluation_on_the_older_one_as_it_was(app: TestApp) {
    let (review, host) = crate::self_evaluation::demo_review(&app, "RUBRIC").await;
    let qio = app.as_demo(Demo::Qio).await;
    let r = qio
        .gql(
            "mutation($i: SaveSelfEvaluationIndicatorInput!) { saveSelfEvaluationIndicator(input: $i) { version } }",
            json!({ "i": { "reviewId": review, "authorityId": host, "indicator": "1.1", "version": 0, "grade": 4, "evidence": "=cmd|' /C calc'!A0" } }),
        )
        .await;
    ok(&r);
    let dir = tempfile::tempdir().unwrap();
    import_version_2(&app, dir.path()).await;
    let r = qio
        .gql(
            "query($r: UUID!) { selfEvaluations(reviewId: $r) { framework { version } indicators { number title } } }",
            json!({ "r": review }),
        )
        .await;
    let se = &ok(&r)["selfEvaluations"][0];
    assert_eq!(se["framework"]["version"], 1);
    assert_eq!(se["indicators"][0]["title"], "Improvements in performance");

    // Its CSV: for its readers, as a download, one row per indicator.
    let url = format!(
        "{}/reviews/{review}/self-evaluations/{host}/export.csv",
        app.address
    );
    let response = qio.client.get(&url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.starts_with("attachment; filename=\"self-evaluation-"),
        "{disposition}"
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    let text = response.text().await.unwrap();
    let mut lines = text.split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "number,title,grade,grade_label,evidence,strengths,areas_for_improvement,answers,last_edited_by,last_edited_at"
    );
    let first = lines.next().unwrap();
    assert!(
        first.starts_with("1.1,\"Improvements in performance\",4,\"good\",\"'=cmd|' /C calc'!A0\",\"\",\"\",\"\",\"Callum QIO\",\""),
        "the formula is defused: {first}"
    );
    assert_eq!(text.matches("\r\n").count(), 18, "a header and 17 rows");
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let response = reviewer.client.get(&url).send().await.unwrap();
    assert_eq!(response.status(), 403, "the team reads it once submitted");
    let response = app.anonymous().client.get(&url).send().await.unwrap();
    assert_eq!(response.status(), 401);
    let elsewhere = format!(
        "{}/reviews/{review}/self-evaluations/{}/export.csv",
        app.address,
        org_id(&app, "Fife").await
    );
    assert_eq!(
        qio.client.get(&elsewhere).send().await.unwrap().status(),
        404
    );
}

/// One request, a fixed number of statements whatever was submitted: the
/// session, the quad, the viewer's team place (only when not a member), the
/// submitted self-evaluations, the framework, the grades, the names.
async fn a_quad_comparison_costs_the_same_few_statements_however_many_have_submitted(db: Db) {
    let app = crate::helpers::spawn_app_with(db, |o| {
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "3600000".into())];
    })
    .await;
    let quads = demo_quads(&app).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let mut costs = Vec::new();
    for (n, review) in quads.home_reviews.iter().enumerate() {
        self_evaluation(&app, *review, 1, &[("1.1", 4), ("2.1", 5)], true, n as i64).await;
        for who in [&lead, &reviewer] {
            let before = app.store.statements_executed();
            let r = who.gql(QUAD, json!({ "q": quads.home })).await;
            ok(&r);
            costs.push(app.store.statements_executed() - before);
        }
    }
    // The host lead is a member (no team lookup); the reviewer is on the team.
    assert!(costs.chunks(2).all(|c| c == [6, 7]), "{costs:?}");
}

crate::each_database!(a_quad_comparison_costs_the_same_few_statements_however_many_have_submitted);

on_both_databases!(
    the_quad_compares_its_authorities_submitted_grades_side_by_side,
    only_the_quads_authorities_its_teams_and_officers_compare_it,
    the_national_distribution_counts_each_authority_once_and_needs_five_outside_the_viewers_quad,
    a_new_framework_version_leaves_a_self_evaluation_on_the_older_one_as_it_was,
);
