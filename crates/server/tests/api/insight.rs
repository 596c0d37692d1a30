//! Programme insight and open data (issue 23, /work/contracts/insight.md),
//! on both databases with the demonstration's data: the dashboard's counts
//! and the exact reviews at risk on a fixed day, the thresholds with their
//! bounds, the collaboration network against the teams the API shows, the
//! themes across published reports, the CSV and JSON downloads parsed and
//! matched to the API, the Atom feed validated with `jing` against RFC
//! 4287's RELAX NG schema, bad addresses answered 404 or 400 with a
//! sentence, and each role's rights.

use crate::helpers::{error_code, Demo, Session, TestApp};
use crate::lifecycle::ok;
use crate::on_both_databases;
use chrono::{TimeZone, Utc};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use uuid::Uuid;

const DASHBOARD: &str = "query($p: UUID!, $d: Int! = 42) { programmeDashboard(programmeId: $p, upcomingDays: $d) { today total thresholds { focusDaysBefore teamDaysBefore selfEvaluationWorkingDaysBefore reportWorkingDaysAfter isDefault } byState { state label count } byPhase { phase count } byMonth { month count } upcomingVisits { review { id hosts { name } } firstDay lastDay days } atRisk { review { id state targetMonth hosts { name } } reasons { reason message since } } overdueActions { authority { name } count actions { reviewId description dueOn daysOverdue } } impactMeasures { review { id } reportSlug measure { name changeText } } } }";

const SET_THRESHOLDS: &str = "mutation($p: UUID!, $t: RiskThresholdsInput!) { setRiskThresholds(programmeId: $p, thresholds: $t) { focusDaysBefore teamDaysBefore selfEvaluationWorkingDaysBefore reportWorkingDaysAfter isDefault } }";

const NETWORK: &str = "query($p: UUID) { collaborationNetwork(programmeId: $p) { authorities { id name } matrix edges { from { id name } to { id name } count } total } }";

const THEMES: &str = "query($g: ThemeGrouping!, $k: ReportItemKind, $a: UUID, $y: Int, $p: UUID, $n: Int! = 20) { themesAcrossReports(groupBy: $g, kind: $k, authority: $a, year: $y, programmeId: $p, itemsPerGroup: $n) { groupBy reports groups { key label strengths areasForImprovement total items { kind text indicators theme hostNames year targetMonth programmeName slug version } } } }";

/// The demonstration (users and the Quads programme) and its programme's
/// id, the officer signed in.
async fn demo(app: &TestApp) -> (Session, Uuid) {
    let officer = app.as_demo(Demo::Officer).await;
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    let id = store::programme::programme_by_name(app.store.conn(), server::programmes::QUADS_DEMO)
        .await
        .unwrap()
        .expect("the demo programme")
        .id;
    (officer, id)
}

/// The fixed day of the dashboard test: 20 December 2024, noon.
fn fixed_day(app: &TestApp) {
    app.clock
        .set(Utc.with_ymd_and_hms(2024, 12, 20, 12, 0, 0).unwrap());
}

async fn dashboard(who: &Session, programme: Uuid) -> Value {
    let r = who.gql(DASHBOARD, json!({ "p": programme })).await;
    ok(&r)["programmeDashboard"].clone()
}

fn first_host(v: &Value) -> String {
    v["hosts"][0]["name"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn get(session: &Session, path: &str) -> reqwest::Response {
    session
        .client
        .get(format!("{}{path}", session.address))
        .send()
        .await
        .expect("request")
}

async fn the_demo_dashboard_counts_reviews_by_state_and_lists_exactly_the_reviews_at_risk_on_a_fixed_day(
    app: TestApp,
) {
    let (officer, programme) = demo(&app).await;
    fixed_day(&app);
    let d = dashboard(&officer, programme).await;
    assert_eq!(d["today"], "2024-12-20");
    assert_eq!(d["thresholds"]["isDefault"], true);
    let by_state: BTreeMap<String, i64> = d["byState"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["state"].as_str().unwrap().to_owned(),
                s["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(by_state.len(), 12, "every state, zeros included");
    let nonzero: BTreeMap<&str, i64> = by_state
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(s, n)| (s.as_str(), *n))
        .collect();
    assert_eq!(nonzero, BTreeMap::from(EXPECTED_STATES), "{d}");
    assert_eq!(d["total"], 8);
    assert_eq!(d["byPhase"], json!([{ "phase": 1, "count": 8 }]));
    assert_eq!(
        d["byMonth"],
        json!([
            { "month": "2024-10", "count": 2 },
            { "month": "2024-11", "count": 2 },
            { "month": "2025-01", "count": 2 },
            { "month": "2025-02", "count": 2 },
        ])
    );
    // The reviews at risk on 20 September 2024, with every reason.
    let at_risk: Vec<(String, String, Vec<String>)> = d["atRisk"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                first_host(&a["review"]),
                a["review"]["state"].as_str().unwrap().to_owned(),
                a["reasons"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r["reason"].as_str().unwrap().to_owned())
                    .collect(),
            )
        })
        .collect();
    let expected: Vec<(String, String, Vec<String>)> = EXPECTED_AT_RISK
        .iter()
        .map(|(h, s, rs)| {
            (
                h.to_string(),
                s.to_string(),
                rs.iter().map(|r| r.to_string()).collect(),
            )
        })
        .collect();
    assert_eq!(at_risk, expected, "{d}");
    assert_eq!(
        d["atRisk"][1]["reasons"][0]["message"],
        "Report not drafted 20 working days after the visit ended on 13 November 2024 (since 12 December 2024)"
    );
    assert_eq!(d["atRisk"][0]["reasons"][1]["since"], "2024-10-02");
    for a in d["atRisk"].as_array().unwrap() {
        for r in a["reasons"].as_array().unwrap() {
            assert!(r["since"].as_str().unwrap() <= "2024-12-20");
            assert!(r["message"].as_str().unwrap().contains("(since "));
        }
    }
    // The planned visit in January is the one upcoming within six weeks.
    let upcoming: Vec<(String, String)> = d["upcomingVisits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                first_host(&u["review"]),
                u["firstDay"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        upcoming,
        EXPECTED_UPCOMING
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<Vec<_>>(),
        "{d}"
    );
    // The published report's impact measure, linked to its report.
    let measures = d["impactMeasures"].as_array().unwrap();
    assert_eq!(measures.len(), 1, "{d}");
    assert_eq!(
        measures[0]["measure"]["changeText"],
        "+3.5 percentage points"
    );
    assert_eq!(measures[0]["reportSlug"], "shetland-islands-2025-02");
    // Nothing is overdue in 2024: the demo's actions fall due after its
    // report, published ten weeks before the demo was made. On the day it
    // was made, one action is overdue, the Shetland Islands'.
    assert_eq!(d["overdueActions"], json!([]));
    app.clock.set(Utc::now());
    let now = dashboard(&officer, programme).await;
    let overdue = now["overdueActions"].as_array().unwrap();
    assert_eq!(overdue.len(), 1, "{now}");
    assert_eq!(overdue[0]["authority"]["name"], "Shetland Islands");
    assert_eq!(overdue[0]["count"], 1);
    assert!(overdue[0]["actions"][0]["daysOverdue"].as_i64().unwrap() >= 1);
    // Every review of the demo is past its month by then: those not past
    // their drafted report and not postponed are all at risk.
    let late: BTreeSet<String> = now["atRisk"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["review"]["state"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        !late.contains("FOLLOW_UP") && !late.contains("POSTPONED"),
        "{now}"
    );
}

/// The demo's reviews by state (not zero).
const EXPECTED_STATES: [(&str, i64); 6] = [
    ("FOLLOW_UP", 1),
    ("POSTPONED", 1),
    ("SCHEDULED", 2),
    ("SELF_EVALUATION_SUBMITTED", 2),
    ("TEAM_FORMED", 1),
    ("VISIT_IN_PROGRESS", 1),
];

/// The demo's reviews at risk on 20 December 2024: first host, state and
/// reasons, by target month then host.
const EXPECTED_AT_RISK: &[(&str, &str, &[&str])] = &[
    // November's: no focus since 2 September, no team since 2 October.
    (
        "Aberdeenshire",
        "SCHEDULED",
        &["NO_AGREED_FOCUS", "NO_FORMED_TEAM"],
    ),
    // Its visit ended on 13 November: 20 working days on is 12 December.
    (
        "Orkney Islands",
        "VISIT_IN_PROGRESS",
        &["REPORT_NOT_DRAFTED"],
    ),
    // February's: no focus since 3 December.
    ("East Dunbartonshire", "SCHEDULED", &["NO_AGREED_FOCUS"]),
];

/// The visits starting within 42 days of 20 December 2024.
const EXPECTED_UPCOMING: &[(&str, &str)] = &[("Perth and Kinross", "2025-01-13")];

async fn thresholds_are_kept_per_programme_within_their_bounds_and_move_the_reviews_at_risk(
    app: TestApp,
) {
    let (officer, programme) = demo(&app).await;
    fixed_day(&app);
    let before = dashboard(&officer, programme).await["atRisk"].clone();
    // Every field out of bounds is named at once, and nothing is saved.
    let r = officer
        .gql(
            SET_THRESHOLDS,
            json!({ "p": programme, "t": { "focusDaysBefore": 0, "teamDaysBefore": 366, "selfEvaluationWorkingDaysBefore": 101, "reportWorkingDaysAfter": -1 } }),
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
        [
            "focusDaysBefore",
            "teamDaysBefore",
            "selfEvaluationWorkingDaysBefore",
            "reportWorkingDaysAfter"
        ]
    );
    let r = officer
        .gql(
            "query($p: UUID!) { riskThresholds(programmeId: $p) { focusDaysBefore teamDaysBefore isDefault } }",
            json!({ "p": programme }),
        )
        .await;
    assert_eq!(
        ok(&r)["riskThresholds"],
        json!({ "focusDaysBefore": 60, "teamDaysBefore": 30, "isDefault": true })
    );
    // Stricter thresholds put more reviews at risk, and the dashboard says
    // which thresholds it used.
    let strict = json!({ "focusDaysBefore": 120, "teamDaysBefore": 90, "selfEvaluationWorkingDaysBefore": 30, "reportWorkingDaysAfter": 5 });
    let r = officer
        .gql(SET_THRESHOLDS, json!({ "p": programme, "t": strict }))
        .await;
    assert_eq!(ok(&r)["setRiskThresholds"]["isDefault"], false);
    let d = dashboard(&officer, programme).await;
    assert_eq!(d["thresholds"]["focusDaysBefore"], 120);
    assert_eq!(d["thresholds"]["isDefault"], false);
    let reasons = |v: &Value| -> usize {
        v.as_array()
            .unwrap()
            .iter()
            .map(|a| a["reasons"].as_array().unwrap().len())
            .sum()
    };
    assert!(reasons(&d["atRisk"]) > reasons(&before), "{d}");
    // Back to the defaults: the list is as it was.
    let defaults = json!({ "focusDaysBefore": 60, "teamDaysBefore": 30, "selfEvaluationWorkingDaysBefore": 10, "reportWorkingDaysAfter": 20 });
    let r = officer
        .gql(SET_THRESHOLDS, json!({ "p": programme, "t": defaults }))
        .await;
    assert_eq!(ok(&r)["setRiskThresholds"]["isDefault"], true);
    assert_eq!(dashboard(&officer, programme).await["atRisk"], before);
}

async fn each_role_gets_what_the_contract_says_from_insight_and_open_data(app: TestApp) {
    let (_, programme) = demo(&app).await;
    let roles = [
        ("anonymous", app.anonymous()),
        ("an administrator", app.as_demo(Demo::Admin).await),
        ("a programme officer", app.as_demo(Demo::Officer).await),
        ("a host lead", app.as_demo(Demo::Lead).await),
        ("a host user", app.as_demo(Demo::Qio).await),
        ("a reviewer", app.as_demo(Demo::Reviewer).await),
    ];
    let officer_only = [
        ("programmeDashboard", "query($p: UUID!) { programmeDashboard(programmeId: $p) { total } }"),
        ("riskThresholds", "query($p: UUID!) { riskThresholds(programmeId: $p) { isDefault } }"),
        (
            "setRiskThresholds",
            "mutation($p: UUID!) { setRiskThresholds(programmeId: $p, thresholds: { focusDaysBefore: 60, teamDaysBefore: 30, selfEvaluationWorkingDaysBefore: 10, reportWorkingDaysAfter: 20 }) { isDefault } }",
        ),
        ("collaborationNetwork", "query($p: UUID!) { collaborationNetwork(programmeId: $p) { total } }"),
    ];
    let routes = [
        (
            format!("/open-data/programmes/{programme}/timetable.csv"),
            "text/csv",
        ),
        (
            format!("/open-data/programmes/{programme}/timetable.json"),
            "application/json",
        ),
        ("/open-data/reports.csv".to_owned(), "text/csv"),
        ("/open-data/reports.json".to_owned(), "application/json"),
        ("/reports/feed.atom".to_owned(), "application/atom+xml"),
    ];
    for (who, session) in &roles {
        for (operation, query) in officer_only {
            let r = session.gql(query, json!({ "p": programme })).await;
            match *who {
                "anonymous" => assert_eq!(error_code(&r), "UNAUTHENTICATED", "{who}: {operation}"),
                "a programme officer" => assert!(r["errors"].is_null(), "{who}: {operation}: {r}"),
                _ => assert_eq!(error_code(&r), "FORBIDDEN", "{who}: {operation}"),
            }
        }
        let r = session.gql(THEMES, json!({ "g": "FOCUS_THEME" })).await;
        assert_eq!(ok(&r)["themesAcrossReports"]["reports"], 1, "{who}");
        for (path, kind) in &routes {
            let response = get(session, path).await;
            assert_eq!(response.status().as_u16(), 200, "{who}: {path}");
            let content_type = response.headers()["content-type"]
                .to_str()
                .unwrap()
                .to_owned();
            assert!(
                content_type.starts_with(kind),
                "{who}: {path}: {content_type}"
            );
        }
    }
}

async fn the_collaboration_network_counts_each_authoritys_officers_in_reviews_other_authorities_host(
    app: TestApp,
) {
    let (officer, programme) = demo(&app).await;
    // What the teams say, review by review, read through the review API.
    let r = officer
        .gql(
            "query($p: UUID!) { reviews(filter: { programmeId: $p }, limit: 200) { items { state hosts { id name } team { invitation replaced organisation { id kind name } } } } }",
            json!({ "p": programme }),
        )
        .await;
    let mut expected: BTreeMap<(String, String), i64> = BTreeMap::new();
    for review in ok(&r)["reviews"]["items"].as_array().unwrap() {
        if review["state"] == "WITHDRAWN" {
            continue;
        }
        for m in review["team"].as_array().unwrap() {
            if m["invitation"] != "ACCEPTED"
                || m["replaced"] == true
                || m["organisation"]["kind"] != "LOCAL_AUTHORITY"
            {
                continue;
            }
            for host in review["hosts"].as_array().unwrap() {
                if host["id"] != m["organisation"]["id"] {
                    *expected
                        .entry((
                            m["organisation"]["name"].as_str().unwrap().to_owned(),
                            host["name"].as_str().unwrap().to_owned(),
                        ))
                        .or_default() += 1;
                }
            }
        }
    }
    assert!(!expected.is_empty(), "the demo's teams hold peers: {r}");
    let r = officer.gql(NETWORK, json!({ "p": programme })).await;
    let n = &ok(&r)["collaborationNetwork"];
    let edges: BTreeMap<(String, String), i64> = n["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                (
                    e["from"]["name"].as_str().unwrap().to_owned(),
                    e["to"]["name"].as_str().unwrap().to_owned(),
                ),
                e["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(edges, expected, "{n}");
    // The matrix says the same, with nothing on its diagonal.
    let names: Vec<String> = n["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_owned())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "authorities by name");
    let matrix = n["matrix"].as_array().unwrap();
    assert_eq!(matrix.len(), names.len());
    let mut sum = 0;
    for (i, row) in matrix.iter().enumerate() {
        let row = row.as_array().unwrap();
        assert_eq!(row.len(), names.len());
        for (j, cell) in row.iter().enumerate() {
            let c = cell.as_i64().unwrap();
            sum += c;
            let want = expected
                .get(&(names[i].clone(), names[j].clone()))
                .copied()
                .unwrap_or(0);
            assert_eq!(c, want, "{} -> {}", names[i], names[j]);
        }
        assert_eq!(row[i], 0);
    }
    assert_eq!(n["total"].as_i64().unwrap(), sum);
    // Edges largest first.
    let counts: Vec<i64> = n["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["count"].as_i64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    // Across every programme: the same here (only the Quads demo has teams
    // from authorities), never less.
    let r = officer.gql(NETWORK, json!({ "p": null })).await;
    assert!(ok(&r)["collaborationNetwork"]["total"].as_i64().unwrap() >= sum);
}

async fn the_themes_hold_the_latest_version_of_each_published_report_by_indicator_and_by_theme(
    app: TestApp,
) {
    let (_, programme) = demo(&app).await;
    let anonymous = app.anonymous();
    let slug = "shetland-islands-2025-02";
    let r = anonymous
        .gql(
            "query($s: String!) { publishedReport(slug: $s) { version latestVersion focusTheme strengths { text indicators } areasForImprovement { text indicators } } }",
            json!({ "s": slug }),
        )
        .await;
    let report = ok(&r)["publishedReport"].clone();
    assert_eq!(report["version"], 2, "the demo's report is corrected");
    let mut published: Vec<(String, String, Vec<String>)> = Vec::new();
    for (kind, list) in [
        ("STRENGTH", "strengths"),
        ("AREA_FOR_IMPROVEMENT", "areasForImprovement"),
    ] {
        for i in report[list].as_array().unwrap() {
            published.push((
                kind.to_owned(),
                i["text"].as_str().unwrap().to_owned(),
                i["indicators"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap().to_owned())
                    .collect(),
            ));
        }
    }
    assert!(!published.is_empty());
    // By quality indicator: each item under each indicator it names.
    let r = anonymous
        .gql(THEMES, json!({ "g": "QUALITY_INDICATOR", "p": programme }))
        .await;
    let t = &ok(&r)["themesAcrossReports"];
    assert_eq!(t["reports"], 1);
    let mut found: BTreeSet<(String, String, String)> = BTreeSet::new();
    for g in t["groups"].as_array().unwrap() {
        let items = g["items"].as_array().unwrap();
        assert_eq!(g["total"].as_u64().unwrap() as usize, items.len());
        let strengths = items.iter().filter(|i| i["kind"] == "STRENGTH").count();
        assert_eq!(g["strengths"].as_u64().unwrap() as usize, strengths);
        for i in items {
            assert_eq!(i["slug"], slug);
            assert_eq!(i["version"], 2, "the latest version only");
            assert_eq!(i["year"], 2025);
            assert_eq!(i["hostNames"], json!(["Shetland Islands"]));
            found.insert((
                g["key"].as_str().unwrap().to_owned(),
                i["kind"].as_str().unwrap().to_owned(),
                i["text"].as_str().unwrap().to_owned(),
            ));
        }
    }
    let mut wanted: BTreeSet<(String, String, String)> = BTreeSet::new();
    for (kind, text, indicators) in &published {
        if indicators.is_empty() {
            wanted.insert((String::new(), kind.clone(), text.clone()));
        }
        for i in indicators {
            wanted.insert((i.clone(), kind.clone(), text.clone()));
        }
    }
    assert_eq!(found, wanted);
    // By theme: one group, the report's theme, holding every item once.
    let r = anonymous.gql(THEMES, json!({ "g": "FOCUS_THEME" })).await;
    let groups = ok(&r)["themesAcrossReports"]["groups"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0]["label"], report["focusTheme"]);
    assert_eq!(
        groups[0]["total"].as_u64().unwrap() as usize,
        published.len()
    );
    // Filters: strengths only; by year; by host authority.
    let r = anonymous
        .gql(THEMES, json!({ "g": "FOCUS_THEME", "k": "STRENGTH" }))
        .await;
    let items = ok(&r)["themesAcrossReports"]["groups"][0]["items"].clone();
    assert!(items
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["kind"] == "STRENGTH"));
    let r = anonymous
        .gql(THEMES, json!({ "g": "FOCUS_THEME", "y": 2024 }))
        .await;
    assert_eq!(ok(&r)["themesAcrossReports"]["reports"], 0);
    assert_eq!(ok(&r)["themesAcrossReports"]["groups"], json!([]));
    // Bad input: every reason named.
    let r = anonymous
        .gql(THEMES, json!({ "g": "FOCUS_THEME", "y": 1999, "n": 0 }))
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    let fields: Vec<&str> = r["errors"][0]["extensions"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["year", "itemsPerGroup"]);
}

/// A CSV body parsed: its header and rows (RFC 4180, CRLF lines).
fn parse_csv(body: &str) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    assert!(body.is_empty() || body.ends_with("\r\n"), "CRLF line ends");
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.expect("an RFC 4180 record");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (header, rows)
}

async fn download(session: &Session, path: &str, kind: &str) -> String {
    let response = get(session, path).await;
    assert_eq!(response.status().as_u16(), 200, "{path}");
    let headers = response.headers().clone();
    assert!(
        headers["content-type"].to_str().unwrap().starts_with(kind),
        "{path}: {headers:?}"
    );
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    assert_eq!(headers["access-control-allow-origin"], "*");
    response.text().await.unwrap()
}

async fn the_open_data_downloads_parse_and_match_the_api(app: TestApp) {
    use store::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let (_, programme) = demo(&app).await;
    // A theme a spreadsheet would run as a formula.
    let scheduled = store::entities::review::Entity::find()
        .filter(store::entities::review::Column::ProgrammeId.eq(programme))
        .filter(store::entities::review::Column::State.eq("SCHEDULED"))
        .one(app.store.conn())
        .await
        .unwrap()
        .expect("a scheduled demo review");
    store::entities::review::Entity::update_many()
        .col_expr(
            store::entities::review::Column::Theme,
            store::sea_orm::sea_query::Expr::value("=HYPERLINK(\"http://x\",\"y\")"),
        )
        .filter(store::entities::review::Column::Id.eq(scheduled.id))
        .exec(app.store.conn())
        .await
        .unwrap();
    let anonymous = app.anonymous();
    let r = anonymous
        .gql(
            "query($p: UUID!) { reviews(filter: { programmeId: $p }, limit: 200) { total items { id phase targetMonth theme state imported hosts { name gssCode } quad { name } } } }",
            json!({ "p": programme }),
        )
        .await;
    let api: BTreeMap<String, Value> = ok(&r)["reviews"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["id"].as_str().unwrap().to_owned(), i.clone()))
        .collect();
    assert_eq!(
        api.len() as i64,
        ok(&r)["reviews"]["total"].as_i64().unwrap()
    );

    // The timetable as CSV: the documented columns, a row per review.
    let body = download(
        &anonymous,
        &format!("/open-data/programmes/{programme}/timetable.csv"),
        "text/csv",
    )
    .await;
    let (header, rows) = parse_csv(&body);
    assert_eq!(header, TIMETABLE_COLUMNS);
    assert_eq!(rows.len(), api.len());
    for row in &rows {
        let item = &api[&row["review_id"]];
        let hosts = item["hosts"].as_array().unwrap();
        let names: Vec<&str> = hosts.iter().map(|h| h["name"].as_str().unwrap()).collect();
        let codes: Vec<&str> = hosts
            .iter()
            .map(|h| h["gssCode"].as_str().unwrap())
            .collect();
        assert_eq!(row["programme_id"], programme.to_string());
        assert_eq!(row["phase"], item["phase"].to_string());
        assert_eq!(row["target_month"], item["targetMonth"].as_str().unwrap());
        assert_eq!(row["state"], item["state"].as_str().unwrap());
        assert_eq!(row["host_names"], names.join("; "));
        assert_eq!(row["host_gss_codes"], codes.join("; "));
        assert_eq!(
            row["quad_name"],
            item["quad"]["name"].as_str().unwrap_or_default()
        );
        assert_eq!(row["imported"], item["imported"].to_string());
        let theme = item["theme"].as_str().unwrap_or_default();
        if theme.starts_with('=') {
            assert_eq!(row["theme"], format!("'{theme}"), "a formula is defused");
        } else {
            assert_eq!(row["theme"], theme);
        }
    }
    assert!(body.contains("\"'=HYPERLINK("), "{body}");
    // The same as JSON, the theme as written.
    let body = download(
        &anonymous,
        &format!("/open-data/programmes/{programme}/timetable.json"),
        "application/json",
    )
    .await;
    let json: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["programme"]["id"], programme.to_string());
    let reviews = json["reviews"].as_array().unwrap();
    assert_eq!(reviews.len(), api.len());
    for r in reviews {
        let item = &api[r["review_id"].as_str().unwrap()];
        assert_eq!(r["state"], item["state"]);
        assert_eq!(r["theme"], item["theme"]);
        assert_eq!(r["target_month"], item["targetMonth"]);
        assert_eq!(
            r["hosts"].as_array().unwrap().len(),
            item["hosts"].as_array().unwrap().len()
        );
    }
    // Published reports: the rows the public index lists (published here).
    let r = anonymous
        .gql(
            "{ publishedReports(limit: 100) { items { reviewId slug version imported } } }",
            json!({}),
        )
        .await;
    let index: BTreeSet<(String, String, String)> = ok(&r)["publishedReports"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["imported"] == false)
        .map(|i| {
            (
                i["reviewId"].as_str().unwrap().to_owned(),
                i["slug"].as_str().unwrap().to_owned(),
                i["version"].to_string(),
            )
        })
        .collect();
    assert!(!index.is_empty());
    let body = download(&anonymous, "/open-data/reports.csv", "text/csv").await;
    let (header, rows) = parse_csv(&body);
    assert_eq!(header, REPORT_COLUMNS);
    let csv_rows: BTreeSet<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r["review_id"].clone(),
                r["slug"].clone(),
                r["version"].clone(),
            )
        })
        .collect();
    assert_eq!(csv_rows, index);
    let body = download(&anonymous, "/open-data/reports.json", "application/json").await;
    let json: Value = serde_json::from_str(&body).unwrap();
    let json_rows: BTreeSet<(String, String, String)> = json["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["review_id"].as_str().unwrap().to_owned(),
                r["slug"].as_str().unwrap().to_owned(),
                r["version"].to_string(),
            )
        })
        .collect();
    assert_eq!(json_rows, index);
    for (report, row) in json["reports"].as_array().unwrap().iter().zip(&rows) {
        let r = anonymous
            .gql(
                "query($s: String!) { publishedReport(slug: $s) { strengths { text } areasForImprovement { text } } }",
                json!({ "s": report["slug"] }),
            )
            .await;
        let p = &ok(&r)["publishedReport"];
        let texts = |v: &Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|i| i["text"].as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(texts(&report["strengths"]), texts(&p["strengths"]));
        assert_eq!(
            texts(&report["areas_for_improvement"]),
            texts(&p["areasForImprovement"])
        );
        assert_eq!(
            row["strengths"],
            p["strengths"].as_array().unwrap().len().to_string()
        );
        assert!(report["report_url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/reports/{}", report["slug"].as_str().unwrap())));
    }
    // Filtered: by the programme, the same; by a year with nothing, none.
    let body = download(
        &anonymous,
        &format!("/open-data/reports.csv?programme={programme}"),
        "text/csv",
    )
    .await;
    assert_eq!(parse_csv(&body).1.len(), index.len());
    let body = download(&anonymous, "/open-data/reports.csv?year=2024", "text/csv").await;
    let (header, rows) = parse_csv(&body);
    assert_eq!(header, REPORT_COLUMNS);
    assert!(rows.is_empty());
}

const TIMETABLE_COLUMNS: [&str; 13] = [
    "review_id",
    "programme_id",
    "programme_name",
    "phase",
    "target_month",
    "state",
    "state_label",
    "theme",
    "host_names",
    "host_gss_codes",
    "quad_name",
    "imported",
    "report_url",
];

const REPORT_COLUMNS: [&str; 16] = [
    "review_id",
    "slug",
    "version",
    "first_published_at",
    "published_at",
    "programme_id",
    "programme_name",
    "phase",
    "target_month",
    "theme",
    "host_names",
    "host_gss_codes",
    "strengths",
    "areas_for_improvement",
    "report_url",
    "pdf_url",
];

async fn bad_open_data_addresses_get_404_or_400_with_a_sentence_and_never_an_internal_error(
    app: TestApp,
) {
    let (officer, _) = demo(&app).await;
    let anonymous = app.anonymous();
    let nobody = Uuid::now_v7();
    let cases = [
        (
            format!("/open-data/programmes/{nobody}/timetable.csv"),
            404,
            "No such programme.",
        ),
        (
            "/open-data/programmes/not-a-programme/timetable.json".to_owned(),
            404,
            "No such programme.",
        ),
        (
            format!("/open-data/reports.csv?programme={nobody}"),
            404,
            "No such programme.",
        ),
        (
            "/open-data/reports.json?year=twenty".to_owned(),
            400,
            "year: enter a year from 2000 to 2100",
        ),
        (
            "/open-data/reports.csv?year=1999".to_owned(),
            400,
            "year: enter a year from 2000 to 2100",
        ),
        (
            "/open-data/reports.csv?programme=abc".to_owned(),
            400,
            "programme: enter a programme's id",
        ),
        (
            "/open-data/reports.csv?authority=%20".to_owned(),
            400,
            "authority: enter an authority's id",
        ),
        (
            "/open-data/reports.csv?colour=red".to_owned(),
            400,
            "Unknown parameter: colour",
        ),
        (
            "/open-data/reports.csv?year=2024&year=2025".to_owned(),
            400,
            "year: give it only once",
        ),
    ];
    for (path, status, said) in cases {
        let response = get(&anonymous, &path).await;
        assert_eq!(response.status().as_u16(), status, "{path}");
        assert!(response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain"));
        let body = response.text().await.unwrap();
        assert!(body.starts_with(said), "{path}: {body}");
    }
    // The GraphQL side: an unknown programme is NOT_FOUND, a bad number
    // VALIDATION naming it.
    let q = "query($p: UUID!, $d: Int!) { programmeDashboard(programmeId: $p, upcomingDays: $d) { total } }";
    let r = officer.gql(q, json!({ "p": nobody, "d": 42 })).await;
    assert_eq!(error_code(&r), "NOT_FOUND");
    let r = officer.gql(NETWORK, json!({ "p": nobody })).await;
    assert_eq!(error_code(&r), "NOT_FOUND");
    let r = officer
        .gql(
            "query($p: UUID!) { riskThresholds(programmeId: $p) { isDefault } }",
            json!({ "p": nobody }),
        )
        .await;
    assert_eq!(error_code(&r), "NOT_FOUND");
    let programme =
        store::programme::programme_by_name(app.store.conn(), server::programmes::QUADS_DEMO)
            .await
            .unwrap()
            .expect("the demo programme")
            .id;
    for days in [0, 367] {
        let r = officer.gql(q, json!({ "p": programme, "d": days })).await;
        assert_eq!(error_code(&r), "VALIDATION");
        assert_eq!(r["errors"][0]["extensions"]["field"], "upcomingDays");
    }
}

/// Runs `jing -c tests/atom/atom.rnc` on a feed; panics with its output
/// unless the feed is valid.
fn assert_valid_atom(feed: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("feed.atom");
    std::fs::write(&file, feed).unwrap();
    let schema = crate::helpers::repo_root().join("tests/atom/atom.rnc");
    let output = std::process::Command::new("jing")
        .arg("-c")
        .arg(&schema)
        .arg(&file)
        .output()
        .expect("jing is installed (apt-get install jing)");
    assert!(
        output.status.success(),
        "the feed is not valid Atom:\n{}\n{}\n{feed}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The `<entry>` elements of a feed, as text.
fn entries(feed: &str) -> Vec<String> {
    feed.split("<entry>")
        .skip(1)
        .map(|e| e.split("</entry>").next().unwrap().to_owned())
        .collect()
}

async fn the_atom_feed_lists_every_published_version_and_validates_against_rfc_4287_with_jing(
    app: TestApp,
) {
    let anonymous = app.anonymous();
    // Nothing published yet: a valid feed with no entries.
    let response = get(&anonymous, "/reports/feed.atom").await;
    assert_eq!(response.status().as_u16(), 200);
    let empty = response.text().await.unwrap();
    assert_valid_atom(&empty);
    assert!(entries(&empty).is_empty());
    // The demo's report, published and corrected: two entries, the
    // correction first.
    demo(&app).await;
    let response = get(&anonymous, "/reports/feed.atom").await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/atom+xml"));
    let feed = response.text().await.unwrap();
    assert_valid_atom(&feed);
    let list = entries(&feed);
    assert_eq!(list.len(), 2, "{feed}");
    assert!(
        list[0].contains("/reports/shetland-islands-2025-02/versions/2\""),
        "{feed}"
    );
    assert!(list[0].contains("corrected, version 2"), "{feed}");
    assert!(
        list[1].contains("/reports/shetland-islands-2025-02/versions/1\""),
        "{feed}"
    );
    let ids: BTreeSet<String> = list
        .iter()
        .map(|e| {
            e.split("<id>")
                .nth(1)
                .unwrap()
                .split("</id>")
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.iter().all(|i| i.starts_with("urn:uuid:")));
    // What the schema's Schematron rules say and jing does not check:
    // every entry has an author and an alternate link.
    for e in &list {
        assert!(e.contains("<author><name>"), "{e}");
        assert!(e.contains("rel=\"alternate\""), "{e}");
    }
    // The ids and dates are stable: the same feed on a later request.
    app.clock.advance(chrono::Duration::days(3));
    let again = get(&anonymous, "/reports/feed.atom")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(again, feed);
}

on_both_databases!(
    the_demo_dashboard_counts_reviews_by_state_and_lists_exactly_the_reviews_at_risk_on_a_fixed_day,
    thresholds_are_kept_per_programme_within_their_bounds_and_move_the_reviews_at_risk,
    each_role_gets_what_the_contract_says_from_insight_and_open_data,
    the_collaboration_network_counts_each_authoritys_officers_in_reviews_other_authorities_host,
    the_themes_hold_the_latest_version_of_each_published_report_by_indicator_and_by_theme,
    the_open_data_downloads_parse_and_match_the_api,
    bad_open_data_addresses_get_404_or_400_with_a_sentence_and_never_an_internal_error,
    the_atom_feed_lists_every_published_version_and_validates_against_rfc_4287_with_jing,
);
