//! Published reports for committees and the public, on both databases
//! (issue 19): the PDF stored at publication (tagged, every heading and
//! item of that version, read back with poppler's `pdftotext` and
//! `pdfinfo`), the draft PDF for the review's private audience, the public
//! index with its filters and full-text search (the committed queries in
//! `report_search_queries.json` give the same reports on SQLite and
//! PostgreSQL), imported reviews beside reports published here, and
//! nothing private reachable by anyone outside the review.

use crate::findings::{upload, OTHER_AUTHORITY, TEAM_LEAD};
use crate::helpers::{error_code, Demo, Session, TestApp};
use crate::lifecycle::{as_person, ok};
use crate::on_both_databases;
use crate::report::{
    approve_all, command, completed, draft, mutate, open_correction, set_section, share,
};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use uuid::Uuid;

const NEXT_STEPS: &str = "Young people move on to positive destinations.\nThe authority keeps improving how it plans support for attendance.";

const PUBLISHED: &str = "slug version hostNames programmeName focusTheme keyQuestions sections { key title text } strengths { text indicators } areasForImprovement { text indicators } pdfUrl";

const INDEX: &str = "query PublicReportIndex($theme: String, $authority: UUID, $year: Int, $text: String, $offset: Int!, $limit: Int!) { publishedReports(theme: $theme, authority: $authority, year: $year, text: $text, offset: $offset, limit: $limit) { total notice items { reviewId slug version hostNames programmeName targetMonth focusTheme publishedAt snippet externalUrl imported pdfUrl } } publishedReportFilters { themes authorities { id name } years } }";

/// The demo's City of Edinburgh review published as version 1, with next
/// steps the search tests look for: (review, slug).
pub async fn published_demo(app: &TestApp) -> (Uuid, String) {
    let (review, _, _) = completed(app).await;
    let lead = as_person(app, TEAM_LEAD).await;
    let officer = app.as_demo(Demo::Officer).await;
    let r = command(&lead, review, "draftReport").await;
    assert_eq!(ok(&r)["draftReport"]["state"], "REPORT_DRAFTED", "{r}");
    let d = draft(&lead, review).await;
    let r = set_section(&lead, review, &d["draftVersion"], "NEXT_STEPS", NEXT_STEPS).await;
    let d = ok(&r)["updateReportSection"].clone();
    ok(&share(&lead, review, &d["draftVersion"]).await);
    approve_all(app, review).await;
    let r = command(&officer, review, "publishReport").await;
    assert_eq!(ok(&r)["publishReport"]["state"], "REPORT_PUBLISHED", "{r}");
    let d = draft(&lead, review).await;
    (
        review,
        d["published"][0]["slug"].as_str().unwrap().to_owned(),
    )
}

async fn get(session: &Session, path: &str) -> reqwest::Response {
    session
        .client
        .get(format!("{}{path}", session.address))
        .send()
        .await
        .expect("request")
}

async fn status(session: &Session, path: &str) -> u16 {
    get(session, path).await.status().as_u16()
}

/// A PDF's bytes, checking the answer is one.
async fn pdf(session: &Session, path: &str) -> Vec<u8> {
    let response = get(session, path).await;
    assert_eq!(response.status().as_u16(), 200, "{path}");
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "application/pdf"
    );
    let bytes = response.bytes().await.unwrap().to_vec();
    assert!(bytes.starts_with(b"%PDF-"), "{path} is not a PDF");
    bytes
}

/// Runs a poppler tool on the PDF: its standard output.
fn poppler(tool: &str, bytes: &[u8], extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.pdf");
    std::fs::write(&file, bytes).unwrap();
    let out = std::process::Command::new(tool)
        .args(extra)
        .arg(&file)
        .args(if tool == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (Debian poppler-utils) must be installed: {e}"));
    assert!(out.status.success(), "{tool} failed");
    String::from_utf8(out.stdout).unwrap()
}

/// Text with every run of white space one space (lines wrap in a PDF).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every heading and item of a published version is in its PDF's text.
fn assert_pdf_holds(bytes: &[u8], p: &Value) {
    let text = flat(&poppler("pdftotext", bytes, &[]));
    let mut expected: Vec<String> = vec!["Key questions".into()];
    for v in [&p["hostNames"], &p["keyQuestions"]] {
        expected.extend(
            v.as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_owned()),
        );
    }
    expected.push(p["focusTheme"].as_str().unwrap().to_owned());
    expected.push(p["programmeName"].as_str().unwrap().to_owned());
    for s in p["sections"].as_array().unwrap() {
        expected.push(s["title"].as_str().unwrap().to_owned());
        expected.extend(s["text"].as_str().unwrap().lines().map(str::to_owned));
    }
    for kind in ["strengths", "areasForImprovement"] {
        for item in p[kind].as_array().unwrap() {
            expected.push(item["text"].as_str().unwrap().to_owned());
            for i in item["indicators"].as_array().unwrap() {
                assert!(text.contains(i.as_str().unwrap()));
            }
        }
    }
    for e in expected.iter().map(|e| flat(e)).filter(|e| !e.is_empty()) {
        assert!(text.contains(&e), "the PDF lacks {e:?}:\n{text}");
    }
    let info = poppler("pdfinfo", bytes, &[]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
        "{info}"
    );
    assert!(info.contains("Title:"), "{info}");
    assert!(
        String::from_utf8_lossy(bytes).contains("Lang(en-GB)"),
        "the document's language is en-GB"
    );
}

async fn published_report(session: &Session, slug: &str, version: Option<i32>) -> Value {
    let r = session
        .gql(
            &format!("query($s: String!, $v: Int) {{ publishedReport(slug: $s, version: $v) {{ {PUBLISHED} }} }}"),
            json!({ "s": slug, "v": version }),
        )
        .await;
    ok(&r)["publishedReport"].clone()
}

async fn publishing_stores_a_tagged_pdf_holding_the_version_and_a_correction_gets_its_own(
    app: TestApp,
) {
    let (review, slug) = published_demo(&app).await;
    let anonymous = app.anonymous();
    let officer = app.as_demo(Demo::Officer).await;
    let lead = as_person(&app, TEAM_LEAD).await;

    let v1 = published_report(&anonymous, &slug, Some(1)).await;
    assert_eq!(
        v1["pdfUrl"],
        format!("/reports/{slug}/versions/1/report.pdf")
    );
    let first = pdf(&anonymous, v1["pdfUrl"].as_str().unwrap()).await;
    assert_pdf_holds(&first, &v1);

    // A correction: version 2 has its own PDF; version 1's is unchanged.
    let d = open_correction(&officer, review, "The next steps were incomplete.").await;
    let r = set_section(
        &lead,
        review,
        &d["draftVersion"],
        "NEXT_STEPS",
        "A follow-up meeting in six months reviews the attendance plan.",
    )
    .await;
    let d = ok(&r)["updateReportSection"].clone();
    ok(&share(&lead, review, &d["draftVersion"]).await);
    let d = approve_all(&app, review).await;
    let r = mutate(
        &lead,
        "publishReportCorrection(reviewId: $r, draftVersion: $v)",
        "($r: UUID!, $v: Int!)",
        json!({ "r": review, "v": d["draftVersion"] }),
    )
    .await;
    ok(&r);
    let v2 = published_report(&anonymous, &slug, Some(2)).await;
    let second = pdf(&anonymous, v2["pdfUrl"].as_str().unwrap()).await;
    assert_pdf_holds(&second, &v2);
    assert!(flat(&poppler("pdftotext", &second, &[])).contains("follow-up meeting in six months"));
    assert!(!flat(&poppler("pdftotext", &second, &[])).contains("positive destinations"));
    assert_eq!(
        pdf(&anonymous, v1["pdfUrl"].as_str().unwrap()).await,
        first,
        "a version's PDF is the one stored at its publication"
    );

    // Unknown slugs and versions are 404, never an error of the server.
    for path in [
        format!("/reports/{slug}/versions/3/report.pdf"),
        format!("/reports/{slug}/versions/one/report.pdf"),
        format!("/reports/{slug}/versions/99999999999/report.pdf"),
        "/reports/no-such-report/versions/1/report.pdf".to_owned(),
        format!("/reports/{}/versions/1/report.pdf", "x".repeat(300)),
    ] {
        assert_eq!(status(&anonymous, &path).await, 404, "{path}");
    }
}

async fn the_draft_pdf_is_marked_draft_on_every_page_and_only_for_the_private_audience(
    app: TestApp,
) {
    let (review, _, _) = completed(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let path = format!("/reviews/{review}/report/draft.pdf");
    assert_eq!(status(&lead, &path).await, 404, "no draft yet");
    ok(&command(&lead, review, "draftReport").await);
    let d = draft(&lead, review).await;
    let r = set_section(
        &lead,
        review,
        &d["draftVersion"],
        "CONTEXT",
        &"The authority serves many schools across a wide area. ".repeat(120),
    )
    .await;
    let d = ok(&r)["updateReportSection"].clone();
    let r = lead
        .gql(
            "query($r: UUID!) { reportDraft(reviewId: $r) { draftPdfUrl } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(ok(&r)["reportDraft"]["draftPdfUrl"], path);

    let bytes = pdf(&lead, &path).await;
    let text = poppler("pdftotext", &bytes, &[]);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() > 1, "a long draft spans pages");
    for (n, page) in pages.iter().enumerate() {
        assert!(page.contains("DRAFT"), "page {} is not marked DRAFT", n + 1);
    }
    let flat_text = flat(&text);
    for s in d["sections"].as_array().unwrap() {
        assert!(flat_text.contains(s["title"].as_str().unwrap()));
    }
    assert!(flat_text.contains(d["strengths"][0]["text"].as_str().unwrap()));
    assert!(poppler("pdfinfo", &bytes, &[]).contains("Tagged:          yes"));

    // The host's users and programme officers may read it too; nobody else.
    for who in [Demo::Qio, Demo::Lead, Demo::Officer] {
        assert_eq!(status(&app.as_demo(who).await, &path).await, 200, "{who:?}");
    }
    assert_eq!(status(&app.anonymous(), &path).await, 401);
    assert_eq!(
        status(&as_person(&app, OTHER_AUTHORITY).await, &path).await,
        403
    );
    assert_eq!(
        status(&lead, &format!("/reviews/{}/report/draft.pdf", Uuid::nil())).await,
        404
    );
    assert_eq!(
        status(&lead, "/reviews/not-a-uuid/report/draft.pdf").await,
        404
    );
}

/// Publishes a search document for a demo review straight into the store
/// (the lifecycle takes one review to publication in these tests; the
/// search is what is tested here).
pub async fn publish_text(app: &TestApp, review: Uuid, slug: &str, body: &str) {
    use domain::report::{Section, SectionKey, Snapshot};
    use store::sea_orm::EntityTrait;
    let by = store::entities::user::Entity::find()
        .one(app.store.conn())
        .await
        .unwrap()
        .expect("a user")
        .id;
    let snapshot = Snapshot {
        sections: vec![Section {
            key: SectionKey::Context,
            text: body.to_owned(),
        }],
        items: Vec::new(),
    };
    store::report::publish(
        app.store.conn(),
        store::report::NewVersion {
            review_id: review,
            version: 1,
            slug,
            snapshot: &snapshot,
            change_note: None,
            by,
        },
        b"%PDF-1.7",
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    store::report::set_search_body(app.store.conn(), review, body)
        .await
        .unwrap();
}

async fn index(session: &Session, vars: Value) -> Value {
    let mut all = json!({ "offset": 0, "limit": 20 });
    for (k, v) in vars.as_object().unwrap() {
        all[k] = v.clone();
    }
    session.gql(INDEX, all).await
}

fn slugs(r: &Value) -> BTreeSet<String> {
    ok(r)["publishedReports"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["slug"].as_str().map(str::to_owned))
        .collect()
}

/// Three demo reviews other than the one published through the lifecycle.
async fn other_reviews(app: &TestApp, except: Uuid) -> Vec<Uuid> {
    let r = app
        .gql(
            "{ reviews(limit: 50) { items { id state imported } } }",
            json!({}),
        )
        .await;
    ok(&r)["reviews"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["imported"] == false)
        .map(|i| i["id"].as_str().unwrap().parse().unwrap())
        .filter(|id| *id != except)
        .take(3)
        .collect()
}

async fn the_committed_search_queries_find_the_same_reports_on_both_databases(app: TestApp) {
    let (review, slug) = published_demo(&app).await;
    let others = other_reviews(&app, review).await;
    let corpus: Value = serde_json::from_str(
        &std::fs::read_to_string(
            crate::helpers::repo_root().join("crates/server/tests/api/report_search_queries.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let mut labels = std::collections::HashMap::new();
    labels.insert("demo".to_owned(), slug.clone());
    for (n, (label, body)) in corpus["reports"].as_object().unwrap().iter().enumerate() {
        let s = format!("search-test-{label}");
        publish_text(&app, others[n], &s, body.as_str().unwrap()).await;
        labels.insert(label.clone(), s);
    }
    let anonymous = app.anonymous();
    let r = index(&anonymous, json!({ "text": "Shetland" })).await;
    let shetland = ok(&r)["publishedReports"]["items"][0]["slug"]
        .as_str()
        .unwrap();
    labels.insert("shetland".to_owned(), shetland.to_owned());
    for q in corpus["queries"].as_array().unwrap() {
        let text = q["text"].as_str().unwrap();
        let r = index(&anonymous, json!({ "text": text })).await;
        let expected: BTreeSet<String> = q["finds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| labels[l.as_str().unwrap()].clone())
            .collect();
        assert_eq!(slugs(&r), expected, "{text:?}: {r}");
        assert_eq!(
            ok(&r)["publishedReports"]["notice"],
            Value::Null,
            "{text:?}"
        );
    }

    // A snippet shows where the words are.
    let r = index(&anonymous, json!({ "text": "\"positive destinations\"" })).await;
    let row = &ok(&r)["publishedReports"]["items"][0];
    assert!(
        row["snippet"]
            .as_str()
            .unwrap()
            .contains("positive destinations"),
        "{row}"
    );
    assert_eq!(
        row["pdfUrl"],
        format!("/reports/{slug}/versions/1/report.pdf")
    );
}

async fn search_text_that_cannot_search_gives_a_notice_and_an_empty_page_never_an_error(
    app: TestApp,
) {
    published_demo(&app).await;
    let anonymous = app.anonymous();
    for text in [
        "?!.,;:-",
        "\"\"",
        "the and of",
        &"improving ".repeat(30),
        &"word ".repeat(13),
    ] {
        let r = index(&anonymous, json!({ "text": text })).await;
        let page = &ok(&r)["publishedReports"];
        assert_eq!(page["total"], 0, "{text:?}");
        assert_eq!(page["items"], json!([]), "{text:?}");
        assert!(page["notice"].as_str().unwrap().len() > 10, "{text:?}: {r}");
    }
    // Query syntax of either engine is only words here.
    for text in [
        "\"unbalanced",
        "improv*",
        "NEAR(positive destinations)",
        "positive OR attendance",
        "-attendance",
        "attendance:1",
        "^positive",
        "a & b | !c <-> d",
        "'); DROP TABLE reviews; --",
        "positive\\",
    ] {
        let r = index(&anonymous, json!({ "text": text })).await;
        assert!(r["errors"].is_null(), "{text:?}: {r}");
    }
    // Bad filters name the argument.
    let r = index(
        &anonymous,
        json!({ "limit": 0, "offset": -1, "year": 1066, "theme": "x".repeat(201) }),
    )
    .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    let fields: BTreeSet<&str> = r["errors"][0]["extensions"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["limit", "offset", "theme", "year"].into());
    // An unknown slug or version is null, not an error.
    for (s, v) in [("no-such-report", None), ("no-such-report", Some(1))] {
        let r = anonymous
            .gql(
                "query($s: String!, $v: Int) { publishedReport(slug: $s, version: $v) { slug } }",
                json!({ "s": s, "v": v }),
            )
            .await;
        assert_eq!(ok(&r)["publishedReport"], Value::Null);
    }
}

async fn the_index_filters_by_theme_authority_and_year_and_lists_imported_reviews_with_their_address(
    app: TestApp,
) {
    let (review, slug) = published_demo(&app).await;
    // An imported programme with one report address known.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("programme.json");
    std::fs::write(
        &file,
        json!({
            "programme": { "name": "Collaborative Improvement 2021-2024", "kind": "CI",
                "phases": [{ "number": 1, "from": "2021-09", "to": "2022-06" }] },
            "visits": [
                { "phase": 1, "hosts": ["Fife"], "month": "2021-10", "theme": "Support for school improvement",
                  "report_url": "https://education.example.org/ci/fife-2021.pdf" },
                { "phase": 1, "hosts": ["Inverclyde"], "month": "2022-01", "theme": "Senior Phase" },
                { "phase": 1, "hosts": ["Angus"], "month": "2022-02", "theme": "Withdrawn visit", "state": "WITHDRAWN" }
            ]
        })
        .to_string(),
    )
    .unwrap();
    server::programmes::import_programme(&app.store, &file)
        .await
        .unwrap();
    let anonymous = app.anonymous();

    let r = index(&anonymous, json!({})).await;
    let page = &ok(&r)["publishedReports"];
    // With the demonstration's Shetland Islands report.
    assert_eq!(page["total"], 4, "{r}");
    let items = page["items"].as_array().unwrap();
    let here = items.iter().find(|i| i["slug"] == slug.as_str()).unwrap();
    assert_eq!(here["reviewId"], review.to_string());
    assert_eq!(here["imported"], false);
    assert_eq!(here["version"], 1);
    assert!(here["publishedAt"].is_string());
    assert_eq!(here["externalUrl"], Value::Null);
    let fife = items
        .iter()
        .find(|i| i["hostNames"] == json!(["Fife"]))
        .unwrap();
    assert_eq!(fife["imported"], true);
    assert_eq!(fife["slug"], Value::Null);
    assert_eq!(fife["pdfUrl"], Value::Null);
    assert_eq!(
        fife["externalUrl"],
        "https://education.example.org/ci/fife-2021.pdf"
    );
    assert_eq!(fife["programmeName"], "Collaborative Improvement 2021-2024");
    let inverclyde = items
        .iter()
        .find(|i| i["hostNames"] == json!(["Inverclyde"]))
        .unwrap();
    assert_eq!(inverclyde["externalUrl"], Value::Null);
    // Newest target month first.
    let months: Vec<&str> = items
        .iter()
        .map(|i| i["targetMonth"].as_str().unwrap())
        .collect();
    let mut sorted = months.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(months, sorted);

    let filters = &ok(&r)["publishedReportFilters"];
    assert_eq!(filters["years"], json!([2025, 2022, 2021]), "{filters}");
    let names: Vec<&str> = filters["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "City of Edinburgh",
            "Fife",
            "Inverclyde",
            "Shetland Islands"
        ]
    );
    assert!(filters["themes"]
        .as_array()
        .unwrap()
        .contains(&json!("Senior Phase")));
    assert!(!filters["themes"]
        .as_array()
        .unwrap()
        .contains(&json!("Withdrawn visit")));

    // Each filter narrows the list.
    let count = |r: &Value| ok(r)["publishedReports"]["total"].as_i64().unwrap();
    // The demo's theme is about the senior phase too.
    assert_eq!(
        count(&index(&anonymous, json!({ "theme": "SENIOR PHASE" })).await),
        2
    );
    assert_eq!(
        count(&index(&anonymous, json!({ "theme": "Support for school" })).await),
        1
    );
    assert_eq!(count(&index(&anonymous, json!({ "year": 2021 })).await), 1);
    assert_eq!(count(&index(&anonymous, json!({ "year": 2030 })).await), 0);
    let fife_id = &filters["authorities"][1]["id"];
    let r = index(&anonymous, json!({ "authority": fife_id })).await;
    assert_eq!(count(&r), 1);
    assert_eq!(
        ok(&r)["publishedReports"]["items"][0]["hostNames"],
        json!(["Fife"])
    );
    let r = index(&anonymous, json!({ "authority": Uuid::nil() })).await;
    assert_eq!(count(&r), 0);
    // Paging: a page of one, the total of all.
    let r = index(&anonymous, json!({ "limit": 1, "offset": 1 })).await;
    assert_eq!(
        ok(&r)["publishedReports"]["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(count(&r), 4);
    let r = index(&anonymous, json!({ "limit": 1, "offset": 10 })).await;
    assert_eq!(ok(&r)["publishedReports"]["items"], json!([]));
    assert_eq!(count(&r), 4);
}

/// The answer refuses: an error (FORBIDDEN or UNAUTHENTICATED) or, for a
/// review's private fields, null.
fn refused(r: &Value, what: &str) {
    if r["errors"].is_array() {
        let code = error_code(r);
        assert!(
            ["FORBIDDEN", "UNAUTHENTICATED"].contains(&code),
            "{what}: {r}"
        );
    } else {
        let data = &r["data"];
        let leaves: Vec<&Value> = match data.as_object() {
            Some(o) => o.values().collect(),
            None => vec![data],
        };
        for v in leaves {
            let nothing = v.is_null()
                || v.as_object().is_some_and(|o| {
                    o.iter()
                        .filter(|(k, _)| !["id", "state", "theme"].contains(&k.as_str()))
                        .all(|(_, x)| x.is_null())
                });
            assert!(nothing, "{what} reached: {r}");
        }
    }
}

async fn nobody_outside_the_review_reaches_anything_private_by_query_or_download(app: TestApp) {
    // A finding with an attachment, a draft with a host comment: things to
    // hide.
    let (review, strength, _) = crate::report::agreed(&app).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let (code, attachment) = upload(&app, &lead, &strength).await;
    assert_eq!(code, 201, "{attachment}");
    crate::report::complete(&app, review).await;
    let attachment_path = format!("/attachments/{}", attachment["id"].as_str().unwrap());
    ok(&command(&lead, review, "draftReport").await);
    let d = draft(&lead, review).await;
    ok(&share(&lead, review, &d["draftVersion"]).await);
    let qio = app.as_demo(Demo::Qio).await;
    ok(&crate::report::comment(&qio, review, "CONTEXT", None, "A private remark.").await);
    let host = app.as_demo(Demo::Lead).await;
    let r = host
        .gql(
            "query($r: UUID!) { review(id: $r) { hosts { id } } }",
            json!({ "r": review }),
        )
        .await;
    let authority = ok(&r)["review"]["hosts"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let slug_guess = draft(&lead, review).await["published"].clone();
    assert_eq!(slug_guess, json!([]), "not published yet");

    let queries: Vec<(&str, String)> = vec![
        (
            "the draft",
            "query($r: UUID!) { reportDraft(reviewId: $r) { draftVersion comments { text } } }"
                .into(),
        ),
        (
            "findings",
            "query($r: UUID!) { reviewFindings(reviewId: $r) { findings { text } } }".into(),
        ),
        (
            "self-evaluations",
            "query($r: UUID!) { selfEvaluations(reviewId: $r) { authorityId } }".into(),
        ),
        (
            "the team's view",
            "query($r: UUID!) { selfEvaluationComparison(reviewId: $r) { authorityId } }".into(),
        ),
        (
            "the team",
            "query($r: UUID!) { review(id: $r) { id team { id role } } }".into(),
        ),
        (
            "the focus",
            "query($r: UUID!) { review(id: $r) { id focus { keyQuestions } } }".into(),
        ),
        (
            "the history",
            "query($r: UUID!) { review(id: $r) { id history { total items { kind } } } }".into(),
        ),
        (
            "the visit plan",
            "query($r: UUID!) { visitPlan(reviewId: $r) { reviewId } }".into(),
        ),
    ];
    let paths = vec![
        format!("/reviews/{review}/report/draft.pdf"),
        format!("/reviews/{review}/history.json"),
        format!("/reviews/{review}/history.csv"),
        format!("/reviews/{review}/self-evaluations/{authority}/export.csv"),
        attachment_path,
    ];
    let outsiders = [
        ("nobody", app.anonymous()),
        (
            "another authority's user",
            as_person(&app, OTHER_AUTHORITY).await,
        ),
    ];
    for (who, session) in &outsiders {
        for (what, query) in &queries {
            let r = session.gql(query, json!({ "r": review })).await;
            refused(&r, &format!("{who}: {what}"));
        }
        for path in &paths {
            let s = status(session, path).await;
            assert!([401, 403, 404].contains(&s), "{who}: {path} answered {s}");
        }
        // No version of this review's report is published, so none is
        // listed, found or reachable.
        let r = index(session, json!({ "limit": 100 })).await;
        let listed = ok(&r)["publishedReports"]["items"]
            .as_array()
            .unwrap()
            .clone();
        assert!(
            listed.iter().all(|i| i["reviewId"] != review.to_string()),
            "{who}: {r}"
        );
        for text in ["remark", "Headteachers share a clear approach"] {
            let r = index(session, json!({ "text": text })).await;
            let found = ok(&r)["publishedReports"]["items"]
                .as_array()
                .unwrap()
                .clone();
            assert!(
                found.iter().all(|i| i["reviewId"] != review.to_string()),
                "{who}: {r}"
            );
        }
        let p = slug_of_unpublished(&lead, review).await;
        for v in [None, Some(1)] {
            let r = session
                .gql(
                    "query($s: String!, $v: Int) { publishedReport(slug: $s, version: $v) { slug } }",
                    json!({ "s": p, "v": v }),
                )
                .await;
            assert_eq!(ok(&r)["publishedReport"], Value::Null, "{who}");
        }
        assert_eq!(
            status(session, &format!("/reports/{p}/versions/1/report.pdf")).await,
            404,
            "{who}"
        );
        // Issue 23: the themes across reports, the open data and the feed
        // hold nothing of the unpublished report — not its address, its
        // draft's items, the findings or the host's comment.
        for group_by in ["QUALITY_INDICATOR", "FOCUS_THEME"] {
            let r = session
                .gql(
                    "query($g: ThemeGrouping!) { themesAcrossReports(groupBy: $g) { groups { items { text slug } } } }",
                    json!({ "g": group_by }),
                )
                .await;
            let text = ok(&r).to_string();
            assert!(
                !text.contains(&p),
                "{who}: themes list the unpublished: {text}"
            );
            for private in ["Headteachers share a clear approach", "A private remark"] {
                assert!(!text.contains(private), "{who}: themes hold {private}");
            }
        }
        for path in [
            "/open-data/reports.csv",
            "/open-data/reports.json",
            "/reports/feed.atom",
        ] {
            let response = get(session, path).await;
            assert_eq!(response.status().as_u16(), 200, "{who}: {path}");
            let body = response.text().await.unwrap();
            for private in [
                p.as_str(),
                &review.to_string(),
                "Headteachers share a clear approach",
                "A private remark",
            ] {
                assert!(!body.contains(private), "{who}: {path} holds {private}");
            }
        }
    }
}

/// Issue 19, item 5: a correction being made to a published report is as
/// private as a first draft. Until it is published, nobody outside the
/// review reads its text, its version number, its draft PDF or its
/// comments; the published version stays what everyone reads.
async fn an_open_correction_stays_private_until_it_is_published(app: TestApp) {
    const CORRECTED: &str = "A corrected next step nobody outside may read yet.";
    let (review, slug) = published_demo(&app).await;
    let officer = app.as_demo(Demo::Officer).await;
    let lead = as_person(&app, TEAM_LEAD).await;
    let d = open_correction(&officer, review, "A private change note.").await;
    let r = set_section(&lead, review, &d["draftVersion"], "NEXT_STEPS", CORRECTED).await;
    let d = ok(&r)["updateReportSection"].clone();
    ok(&share(&lead, review, &d["draftVersion"]).await);
    let qio = app.as_demo(Demo::Qio).await;
    ok(&crate::report::comment(
        &qio,
        review,
        "NEXT_STEPS",
        None,
        "A private correction remark.",
    )
    .await);
    // The review's own audience has it: the draft PDF holds the correction.
    let draft_pdf = format!("/reviews/{review}/report/draft.pdf");
    let bytes = pdf(&lead, &draft_pdf).await;
    assert!(flat(&poppler("pdftotext", &bytes, &[])).contains(CORRECTED));

    let private = [
        CORRECTED,
        "A private change note.",
        "A private correction remark.",
    ];
    let outsiders = [
        ("nobody", app.anonymous()),
        (
            "another authority's user",
            as_person(&app, OTHER_AUTHORITY).await,
        ),
    ];
    for (who, session) in &outsiders {
        let r = session
            .gql(
                "query($r: UUID!) { reportDraft(reviewId: $r) { draftVersion comments { text } } }",
                json!({ "r": review }),
            )
            .await;
        refused(&r, &format!("{who}: the correction's draft"));
        // The latest published version is still version 1, as published.
        let latest = published_report(session, &slug, None).await;
        assert_eq!(latest["version"], 1, "{who}: {latest}");
        assert_eq!(published_report(session, &slug, Some(1)).await, latest);
        let text = latest.to_string();
        for p in private {
            assert!(!text.contains(p), "{who}: the public page holds {p}");
        }
        assert_eq!(
            published_report(session, &slug, Some(2)).await,
            Value::Null,
            "{who}: version 2 is not published"
        );
        assert_eq!(
            status(session, &format!("/reports/{slug}/versions/2/report.pdf")).await,
            404,
            "{who}"
        );
        let s = status(session, &draft_pdf).await;
        assert!([401, 403].contains(&s), "{who}: the draft PDF answered {s}");
        let published_pdf = pdf(session, &format!("/reports/{slug}/versions/1/report.pdf")).await;
        let published_text = flat(&poppler("pdftotext", &published_pdf, &[]));
        assert!(!published_text.contains(CORRECTED), "{who}");
        for p in private {
            let r = index(session, json!({ "text": p })).await;
            assert!(
                ok(&r)["publishedReports"]["items"]
                    .as_array()
                    .unwrap()
                    .is_empty(),
                "{who}: the search finds {p}: {r}"
            );
        }
        for path in [
            "/open-data/reports.csv",
            "/open-data/reports.json",
            "/reports/feed.atom",
        ] {
            let response = get(session, path).await;
            assert_eq!(response.status().as_u16(), 200, "{who}: {path}");
            let body = response.text().await.unwrap();
            for p in private {
                assert!(!body.contains(p), "{who}: {path} holds {p}");
            }
            assert!(
                !body.contains(&format!("/reports/{slug}/versions/2")),
                "{who}: {path} names version 2"
            );
        }
    }
}

/// The address the review's report would have once published.
async fn slug_of_unpublished(session: &Session, review: Uuid) -> String {
    let r = session
        .gql(
            "query($r: UUID!) { review(id: $r) { hosts { name } targetMonth } }",
            json!({ "r": review }),
        )
        .await;
    let rv = &ok(&r)["review"];
    let names: Vec<String> = rv["hosts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap().to_owned())
        .collect();
    let month = rv["targetMonth"].as_str().unwrap();
    let (y, m) = month.split_once('-').unwrap();
    domain::report::slug_for(&names, y.parse().unwrap(), m.parse().unwrap())
}

on_both_databases!(
    publishing_stores_a_tagged_pdf_holding_the_version_and_a_correction_gets_its_own,
    the_draft_pdf_is_marked_draft_on_every_page_and_only_for_the_private_audience,
    the_committed_search_queries_find_the_same_reports_on_both_databases,
    search_text_that_cannot_search_gives_a_notice_and_an_empty_page_never_an_error,
    the_index_filters_by_theme_authority_and_year_and_lists_imported_reviews_with_their_address,
    nobody_outside_the_review_reaches_anything_private_by_query_or_download,
    an_open_correction_stays_private_until_it_is_published,
);
