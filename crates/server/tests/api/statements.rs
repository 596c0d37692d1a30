//! Statements per request for the frontend's own operations, loaded by name
//! from the documents its GraphQL code generation emits
//! (`frontend/src/gql/persisted-documents.json`), at 1, 10, 100 and 1,000
//! reviews (issue 14). Counted at the connection the server shares, as
//! counts, never timings: the session costs one statement, the public
//! timetable at most 3, the review page at most 12, `me { tasks }` and
//! `me { reviews }` a few, and each the same
//! whatever the number of reviews and on every identical request.

use crate::helpers::{Db, Demo, Session, TestApp};
use serde_json::{json, Value};
use uuid::Uuid;

/// The text of the frontend operation `name`, as codegen emitted it.
pub fn frontend_operation(name: &str) -> String {
    let path = crate::helpers::repo_root().join("frontend/src/gql/persisted-documents.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run `npm run codegen` in frontend/)",
            path.display()
        )
    });
    let documents: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&text).expect("persisted documents are a JSON object");
    let found: Vec<&String> = documents
        .values()
        .filter(|d| {
            ["query", "mutation"].iter().any(|kind| {
                d.contains(&format!("{kind} {name}(")) || d.contains(&format!("{kind} {name} {{"))
            })
        })
        .collect();
    assert_eq!(
        found.len(),
        1,
        "the frontend sends one operation named {name}"
    );
    found[0].clone()
}

fn ok(r: &Value) -> &Value {
    assert!(r.get("errors").is_none(), "errors: {r}");
    &r["data"]
}

/// The answer and the statements it cost.
async fn counted(app: &TestApp, who: &Session, query: &str, variables: Value) -> (Value, u64) {
    let before = app.store.statements_executed();
    let r = who.gql(query, variables).await;
    let after = app.store.statements_executed();
    (r, after - before)
}

/// The same request three times: the count must not vary.
async fn steady(app: &TestApp, who: &Session, query: &str, variables: Value) -> (Value, u64) {
    let (r, first) = counted(app, who, query, variables.clone()).await;
    for _ in 0..2 {
        let (_, again) = counted(app, who, query, variables.clone()).await;
        assert_eq!(again, first, "identical requests cost the same: {query}");
    }
    (r, first)
}

/// The richest review on a page: a formed team if there is one.
fn richest(items: &[Value]) -> Uuid {
    let rank = |state: &str| match state {
        "TEAM_FORMED" | "SELF_EVALUATION_SUBMITTED" | "VISIT_IN_PROGRESS" => 3,
        "VISIT_COMPLETED" | "REPORT_DRAFTED" | "FOCUS_AGREED" => 2,
        "SCHEDULED" => 1,
        _ => 0,
    };
    let best = items
        .iter()
        .max_by_key(|r| rank(r["state"].as_str().unwrap_or_default()))
        .expect("a review on the page");
    best["id"].as_str().unwrap().parse().unwrap()
}

/// One generated programme of `n` reviews (this academic year's, so in
/// every state): its id.
async fn scale_programme(app: &TestApp, n: usize) -> Uuid {
    server::seed::scale::generate_over(&app.store, n, 1)
        .await
        .expect("scale data");
    store::programme::programmes(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .rev()
        .find(|p| p.name.starts_with("Scale "))
        .expect("the run's programme")
        .id
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Counts {
    session: u64,
    timetable_anonymous: u64,
    timetable_officer: u64,
    my_tasks: u64,
    my_reviews: u64,
    review_page: u64,
    public_review_page: u64,
    report_index: u64,
    report_search: u64,
    dashboard: u64,
    themes: u64,
    network: u64,
    timetable_csv: u64,
    reports_csv: u64,
    feed: u64,
}

/// Issue 23's operations, as the contract writes them (/work/contracts/insight.md).
const DASHBOARD: &str = "query($p: UUID!) { programmeDashboard(programmeId: $p) { today total programme { name } thresholds { focusDaysBefore isDefault } byState { state count } byPhase { phase count } byMonth { month count } upcomingVisits { review { id hosts { name } } firstDay } atRisk { review { id state targetMonth theme hosts { id name gssCode } } reasons { reason message since } } overdueActions { authority { name } count actions { reviewId description dueOn daysOverdue } } impactMeasures { reportSlug measure { name changeText } } } }";
const THEMES: &str = "query($g: ThemeGrouping!) { themesAcrossReports(groupBy: $g) { reports groups { key label strengths areasForImprovement total items { kind text indicators theme hostNames year slug version } } } }";
const NETWORK: &str = "query($p: UUID) { collaborationNetwork(programmeId: $p) { authorities { id name } matrix edges { from { name } to { name } count } total } }";

/// The statements one GET costs.
async fn counted_get(app: &TestApp, path: &str) -> u64 {
    let before = app.store.statements_executed();
    let response = app.get(path).await;
    assert_eq!(response.status().as_u16(), 200, "{path}");
    response.text().await.unwrap();
    app.store.statements_executed() - before
}

/// The same GET three times: the count must not vary.
async fn steady_get(app: &TestApp, path: &str) -> u64 {
    let first = counted_get(app, path).await;
    for _ in 0..2 {
        assert_eq!(counted_get(app, path).await, first, "{path}");
    }
    first
}

async fn statements_per_request_stay_small_and_constant_from_1_to_1000_reviews(db: Db) {
    // Statements are counted at the connection the whole server shares:
    // the mail dispatcher polls hourly, so nothing else runs meanwhile.
    let app = crate::helpers::spawn_app_with(db, |o| {
        // Counts, not timings: a busy machine may take longer than the
        // usual request timeout to answer at 1,000 reviews.
        o.env = vec![
            ("QUADS_OUTBOX_POLL_MS", "3600000".into()),
            ("QUADS_GRAPHQL_TIMEOUT_MS", "120000".into()),
        ];
    })
    .await;
    let officer = app.as_demo(Demo::Officer).await;
    let anonymous = app.anonymous();
    let timetable = frontend_operation("ProgrammePage_Reviews");
    let review_page = frontend_operation("ReviewPage_Review");
    let public_review_page = frontend_operation("ReviewPage_PublicReview");
    let me = frontend_operation("Session_Me");
    let my_tasks = frontend_operation("MyTasks");
    let my_reviews = frontend_operation("MyReviews_List");
    let report_index = frontend_operation("PublishedReportsPage_Index");
    let mut all = Vec::new();
    let mut made = 0;
    for n in [1usize, 10, 100, 1000] {
        // One programme of n reviews (this academic year's, so in every
        // state), on top of the smaller ones before it.
        let programme = scale_programme(&app, n).await;
        // Warm up: a session touch, if one is due, happens here.
        ok(&officer.gql("{ me { id } }", json!({})).await);

        let (r, session) = steady(&app, &officer, &me, json!({})).await;
        assert_eq!(ok(&r)["me"]["email"], Demo::Officer.email());

        let page = json!({ "filter": { "programmeId": programme }, "offset": 0, "limit": 100 });
        let (r, timetable_anonymous) = steady(&app, &anonymous, &timetable, page.clone()).await;
        let items = ok(&r)["reviews"]["items"].as_array().unwrap().clone();
        assert_eq!(items.len(), n.min(100));
        assert_eq!(ok(&r)["reviews"]["total"], n);
        assert!(items
            .iter()
            .all(|i| !i["hosts"].as_array().unwrap().is_empty()));
        let (_, timetable_officer) = steady(&app, &officer, &timetable, page).await;

        // Every open review is the officer's: their tasks and their list.
        let (r, my_tasks_count) = steady(&app, &officer, &my_tasks, json!({})).await;
        assert!(!ok(&r)["me"]["tasks"].as_array().unwrap().is_empty());
        let (r, my_reviews_count) = steady(
            &app,
            &officer,
            &my_reviews,
            json!({ "offset": 0, "limit": 20 }),
        )
        .await;
        made += n;
        assert_eq!(ok(&r)["me"]["reviews"]["total"], made);
        assert_eq!(
            ok(&r)["me"]["reviews"]["items"].as_array().unwrap().len(),
            made.min(20)
        );

        let id = richest(&items);
        let (r, review) = steady(&app, &officer, &review_page, json!({ "id": id })).await;
        let shown = &ok(&r)["review"];
        assert_eq!(shown["id"], id.to_string());
        assert!(!shown["availableCommands"].as_array().unwrap().is_empty());
        let (r, public) = steady(&app, &anonymous, &public_review_page, json!({ "id": id })).await;
        assert_eq!(ok(&r)["review"]["id"], id.to_string());

        // The public index (issue 19): a report published for up to 25 of
        // this run's reviews, then a page of 20, and a search.
        for (k, item) in items.iter().take(25).enumerate() {
            let review: Uuid = item["id"].as_str().unwrap().parse().unwrap();
            crate::public_reports::publish_text(
                &app,
                review,
                &format!("scale-{n}-{k}"),
                "Attendance is monitored closely.",
            )
            .await;
        }
        let index_page = json!({ "offset": 0, "limit": 20 });
        let (r, report_index_count) =
            steady(&app, &anonymous, &report_index, index_page.clone()).await;
        assert_eq!(
            ok(&r)["publishedReports"]["items"]
                .as_array()
                .unwrap()
                .len(),
            20.min(made)
        );
        let mut search = index_page;
        search["text"] = json!("attendance");
        let (r, report_search_count) = steady(&app, &anonymous, &report_index, search).await;
        assert!(!ok(&r)["publishedReports"]["items"]
            .as_array()
            .unwrap()
            .is_empty());

        // Programme insight and open data (issue 23): the dashboard of the
        // programme of n reviews, the themes across the reports, the
        // collaboration network, and the downloads and the feed.
        let (r, dashboard) = steady(&app, &officer, DASHBOARD, json!({ "p": programme })).await;
        assert_eq!(ok(&r)["programmeDashboard"]["total"], n);
        let (r, themes) = steady(
            &app,
            &anonymous,
            THEMES,
            json!({ "g": "QUALITY_INDICATOR" }),
        )
        .await;
        assert!(ok(&r)["themesAcrossReports"]["reports"].as_u64().unwrap() > 0);
        let (r, network) = steady(&app, &officer, NETWORK, json!({ "p": programme })).await;
        ok(&r);
        let timetable_csv = steady_get(
            &app,
            &format!("/open-data/programmes/{programme}/timetable.csv"),
        )
        .await;
        let reports_csv = steady_get(&app, "/open-data/reports.csv").await;
        let feed = steady_get(&app, "/reports/feed.atom").await;

        all.push(Counts {
            session,
            timetable_anonymous,
            timetable_officer,
            my_tasks: my_tasks_count,
            my_reviews: my_reviews_count,
            review_page: review,
            public_review_page: public,
            report_index: report_index_count,
            report_search: report_search_count,
            dashboard,
            themes,
            network,
            timetable_csv,
            reports_csv,
            feed,
        });
    }
    eprintln!("statements per request at 1, 10, 100 and 1,000 reviews: {all:#?}");
    // The session is one statement: `me` reads nothing more.
    assert!(all.iter().all(|c| c.session == 1), "{all:#?}");
    assert!(all.iter().all(|c| c.timetable_anonymous <= 3), "{all:#?}");
    // Signed in: the same, plus the session.
    assert!(all.iter().all(|c| c.timetable_officer <= 4), "{all:#?}");
    assert!(all.iter().all(|c| c.review_page <= 12), "{all:#?}");
    assert!(all.iter().all(|c| c.public_review_page <= 3), "{all:#?}");
    // `me { tasks }` reads every open review's facts in one go (three of
    // its statements the self-evaluations of those at "Team formed", issue
    // 15 item 9), and the list of one's reviews costs a page and its hosts
    // (issue 14, item 5); one more reads the report drafts of those
    // reviews (with their follow-ups, issue 20) and one the agreed
    // findings of those whose visit is
    // completed (issue 18).
    assert!(all.iter().all(|c| c.my_tasks <= 13), "{all:#?}");
    assert!(all.iter().all(|c| c.my_reviews <= 4), "{all:#?}");
    // The public index: its page, the latest versions, hosts and
    // programmes of the rows, and the filters' two; a search adds one
    // (issue 19, PUBLIC-REPORTS-CONTRACT.md: at most 8).
    assert!(all.iter().all(|c| c.report_index <= 8), "{all:#?}");
    assert!(all.iter().all(|c| c.report_search <= 8), "{all:#?}");
    // Issue 23: the dashboard reads the programme, its reviews, their hosts,
    // visit plans, follow-ups and latest published versions, the bank
    // holidays and the thresholds (and the session); the themes the latest
    // versions, first publications, their reviews, hosts and programmes;
    // the network its counts and authorities; the downloads and the feed
    // a handful each.
    assert!(all.iter().all(|c| c.dashboard <= 9), "{all:#?}");
    assert!(all.iter().all(|c| c.themes <= 5), "{all:#?}");
    assert!(all.iter().all(|c| c.network <= 4), "{all:#?}");
    assert!(all.iter().all(|c| c.timetable_csv <= 5), "{all:#?}");
    assert!(all.iter().all(|c| c.reports_csv <= 5), "{all:#?}");
    assert!(all.iter().all(|c| c.feed <= 4), "{all:#?}");
    // However many reviews there are.
    assert!(all.iter().all(|c| *c == all[0]), "{all:#?}");
}

crate::each_database!(statements_per_request_stay_small_and_constant_from_1_to_1000_reviews);

/// The statements a request sends, by their text.
async fn sent(app: &TestApp, who: &Session, query: &str, variables: Value) -> Vec<String> {
    app.store.record_statements();
    let r = who.gql(query, variables).await;
    let sql = app.store.recorded_statements();
    ok(&r);
    assert!(!sql.is_empty(), "{query} sent no statement");
    sql
}

/// Issue 14, item 3: a request loads what its query asks for. No
/// frontend page reads `password_hash` (only whether there is one; signing
/// in reads it, which shows the recording sees it), and the reviews are
/// counted only when `total` is selected.
async fn requests_read_only_what_they_ask_for(db: Db) {
    let app = crate::helpers::spawn_app_with(db, |o| {
        // Only requests touch the database while statements are recorded.
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "3600000".into())];
    })
    .await;
    let programme = scale_programme(&app, 50).await;
    let anonymous = app.anonymous();
    // The demo users exist; this officer's session signs in below.
    app.as_demo(Demo::Officer).await;
    let officer = app.anonymous();
    app.store.record_statements();
    let r = officer
        .gql(
            "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }",
            json!({ "e": Demo::Officer.email(), "p": server::accounts::DEMO_PASSWORD }),
        )
        .await;
    let sign_in = app.store.recorded_statements();
    ok(&r);
    assert!(
        sign_in
            .iter()
            .any(|s| s.contains("password_hash") && !s.contains("\"password_hash\" IS NOT NULL")),
        "signing in reads the hash: {sign_in:#?}"
    );

    let page = json!({ "filter": { "programmeId": programme }, "offset": 0, "limit": 100 });
    let timetable = frontend_operation("ProgrammePage_Reviews");
    let r = anonymous.gql(&timetable, page.clone()).await;
    let id = richest(ok(&r)["reviews"]["items"].as_array().unwrap());
    let requests: Vec<(&str, &Session, String, Value)> = vec![
        (
            "the session",
            &officer,
            frontend_operation("Session_Me"),
            json!({}),
        ),
        (
            "the timetable, anonymous",
            &anonymous,
            timetable.clone(),
            page.clone(),
        ),
        (
            "the timetable, signed in",
            &officer,
            timetable.clone(),
            page.clone(),
        ),
        (
            "my tasks",
            &officer,
            frontend_operation("MyTasks"),
            json!({}),
        ),
        (
            "my reviews",
            &officer,
            frontend_operation("MyReviews_List"),
            json!({ "offset": 0, "limit": 20 }),
        ),
        (
            "the review page",
            &officer,
            frontend_operation("ReviewPage_Review"),
            json!({ "id": id }),
        ),
        (
            "the public review page",
            &anonymous,
            frontend_operation("ReviewPage_PublicReview"),
            json!({ "id": id }),
        ),
    ];
    for (what, who, query, variables) in requests {
        for sql in sent(&app, who, &query, variables).await {
            // Whether a user has a password is read as a boolean.
            let without_flag = sql.replace("\"password_hash\" IS NOT NULL", "");
            assert!(
                !without_flag.contains("password_hash"),
                "{what} reads the hash: {sql}"
            );
        }
    }

    // The frontend's timetable shows the total, so it is counted there;
    // a page of ids alone is not counted.
    let with_total = sent(&app, &anonymous, &timetable, page.clone()).await;
    assert!(
        with_total.iter().any(|s| s.contains("COUNT(")),
        "{with_total:#?}"
    );
    let ids_only = sent(
        &app,
        &anonymous,
        "query($filter: ReviewFilterInput, $offset: Int!, $limit: Int!) { reviews(filter: $filter, offset: $offset, limit: $limit) { items { id } } }",
        page,
    )
    .await;
    assert!(
        ids_only.iter().all(|s| !s.contains("COUNT(")),
        "{ids_only:#?}"
    );
}

crate::each_database!(requests_read_only_what_they_ask_for);
