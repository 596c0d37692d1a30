use crate::helpers::{error_code, spawn_app_with, Db, TestApp};
use crate::on_both_databases;
use serde_json::{json, Value};
use server::config::Mode;

async fn still_serving(app: &TestApp) {
    let r = app.gql("{ authorities { gssCode } }", json!({})).await;
    assert_eq!(
        r["data"]["authorities"].as_array().map(Vec::len),
        Some(32),
        "{r}"
    );
}

async fn malformed_graphql_gets_a_validation_error_and_the_server_keeps_serving(app: TestApp) {
    let r = app.gql("{ authorities { name ", json!({})).await;
    assert_eq!(error_code(&r), "VALIDATION");
    let r = app.gql("{ noSuchField }", json!({})).await;
    assert_eq!(error_code(&r), "VALIDATION");
    let r = app
        .gql(
            "query($c: String!) { authority(gssCode: $c) { name } }",
            json!({ "c": 5 }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    still_serving(&app).await;
}

async fn a_query_over_the_size_limit_is_refused(app: TestApp) {
    let q = format!("{{ authorities {{ name }} }} # {}", "x".repeat(11 * 1024));
    let r = app.gql(&q, json!({})).await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert!(r["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("bytes"));
    still_serving(&app).await;
}

async fn a_query_with_more_than_fifteen_aliases_is_refused(app: TestApp) {
    let fields: Vec<String> = (0..16)
        .map(|i| format!("a{i}: regionalImprovementCollaboratives"))
        .collect();
    let r = app
        .gql(&format!("{{ {} }}", fields.join(" ")), json!({}))
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert!(r["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("aliases"));
    let ok: Vec<String> = (0..15)
        .map(|i| format!("a{i}: regionalImprovementCollaboratives"))
        .collect();
    let r = app.gql(&format!("{{ {} }}", ok.join(" ")), json!({})).await;
    assert!(r["errors"].is_null(), "{r}");
}

async fn a_query_nested_too_deeply_is_refused(app: TestApp) {
    // Fragments cycle is caught by validation; deep nesting by the depth limit.
    let deep = "{ framework(id: \"hgios4\") { keyAreas { qualityIndicators { number } } } }";
    assert!(app.gql(deep, json!({})).await["errors"].is_null());
    let mut q = String::from("__typename");
    for _ in 0..14 {
        q = format!("organisations {{ authority {{ name }} {q} }}");
    }
    let r = app.gql(&format!("{{ {q} }}"), json!({})).await;
    assert_eq!(error_code(&r), "VALIDATION");
    still_serving(&app).await;
}

async fn a_batch_of_up_to_ten_runs_and_a_larger_batch_is_refused(app: TestApp) {
    let one = json!({ "query": "{ regionalImprovementCollaboratives }" });
    let ten: Vec<Value> = (0..10).map(|_| one.clone()).collect();
    let r: Value = app
        .post_raw("application/json", Value::from(ten).to_string())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(r.as_array().map(Vec::len), Some(10), "{r}");

    let r: Value = app
        .post_raw("application/json", json!([one]).to_string())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        r.as_array().map(Vec::len),
        Some(1),
        "a batch of one is answered as a batch: {r}"
    );

    let eleven: Vec<Value> = (0..11).map(|_| one.clone()).collect();
    let response = app
        .post_raw("application/json", Value::from(eleven).to_string())
        .await;
    assert_eq!(response.status(), 400);
    let r: Value = response.json().await.unwrap();
    assert_eq!(error_code(&r), "VALIDATION");
    still_serving(&app).await;
}

async fn requests_that_are_not_json_posts_are_refused(app: TestApp) {
    let body = json!({ "query": "{ authorities { name } }" }).to_string();
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ] {
        let response = app.post_raw(content_type, body.clone()).await;
        assert_eq!(response.status(), 415, "{content_type}");
        let r: Value = response.json().await.unwrap();
        assert_eq!(error_code(&r), "VALIDATION");
    }
    let response = app.get("/graphql?query=%7Bauthorities%7Bname%7D%7D").await;
    assert_eq!(response.status(), 405);
    let response = app.post_raw("application/json", "not json".into()).await;
    assert_eq!(response.status(), 400);
    let r: Value = response.json().await.unwrap();
    assert_eq!(error_code(&r), "VALIDATION");
    assert!(
        r["errors"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("The request body is not a GraphQL request"),
        "{r}"
    );
    let response = app
        .post_raw("application/json; charset=utf-8", body.clone())
        .await;
    assert_eq!(response.status(), 200, "a charset is fine");
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.headers()["cache-control"], "no-store");
}

async fn introspection_and_suggestions_are_off_in_production(app: TestApp) {
    let r = app.gql("{ __schema { types { name } } }", json!({})).await;
    assert!(r["data"]["__schema"].is_null(), "{r}");
    let r = app.gql("{ authoritie { name } }", json!({})).await;
    let message = r["errors"][0]["message"].as_str().unwrap();
    assert!(!message.contains("Did you mean"), "{message}");
    let response = app.get("/graphiql").await;
    assert_eq!(
        response.headers()["content-security-policy"],
        server::http::CSP,
        "the SPA answering /graphiql in production gets the strict policy"
    );
    let page = response.text().await.unwrap();
    assert!(
        !page.to_lowercase().contains("graphiql"),
        "GraphiQL is served in production"
    );
}

async fn healthy(app: &TestApp) {
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    still_serving(app).await;
}

fn nested(open: &str, close: &str, n: usize) -> String {
    format!("{}{}", open.repeat(n), close.repeat(n))
}

async fn deeply_nested_values_are_refused_before_parsing_and_the_server_keeps_serving(
    app: TestApp,
) {
    let shapes = [
        ("list", nested("[", "]", 2000)),
        ("object", nested("{a: ", "}", 2000)),
        ("mixed", nested("[{a: ", "}]", 1000)),
        ("just over the bound", nested("[", "]", 65)),
    ];
    for (shape, value) in shapes {
        let q = format!("{{ authorities(lgbfFamilyGroup: {value}) {{ name }} }}");
        let r = app.gql(&q, json!({})).await;
        assert_eq!(error_code(&r), "VALIDATION", "{shape}: {r}");
        assert!(
            r["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("nests"),
            "{shape}: {r}"
        );
        healthy(&app).await;
    }
    // Selection sets nest braces too.
    let q = format!("{{ {} }}", nested("a { ", "}", 2000));
    assert_eq!(error_code(&app.gql(&q, json!({})).await), "VALIDATION");
    healthy(&app).await;
}

async fn deeply_nested_variables_are_refused_and_the_server_keeps_serving(app: TestApp) {
    let query = "query($g: Int) { authorities(lgbfFamilyGroup: $g) { name } }";
    // 100 deep is within serde_json's own limit (128), 2000 beyond it.
    for depth in [65, 100, 2000] {
        let body = format!(
            "{{\"query\": {}, \"variables\": {{\"g\": {}}}}}",
            Value::from(query),
            nested("[", "]", depth)
        );
        let response = app.post_raw("application/json", body).await;
        let r: Value = response.json().await.unwrap();
        assert_eq!(error_code(&r), "VALIDATION", "{depth}: {r}");
        assert!(r["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("nests"));
        healthy(&app).await;
    }
}

async fn values_nested_thirty_deep_are_accepted(app: TestApp) {
    // Braces 30 deep in the query: inline fragments nest without adding depth.
    let q = format!(
        "{{ {}authorities {{ gssCode }}{} }}",
        "... on QueryRoot { ".repeat(28),
        " }".repeat(28)
    );
    let r = app.gql(&q, json!({})).await;
    assert_eq!(
        r["data"]["authorities"].as_array().map(Vec::len),
        Some(32),
        "{r}"
    );
    // And a variable 30 deep in the JSON body (not used by the query).
    let body = format!(
        "{{\"query\": \"{{ authorities {{ gssCode }} }}\", \"variables\": {{\"unused\": {}}}}}",
        nested("[", "]", 30)
    );
    let r: Value = app
        .post_raw("application/json", body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        r["data"]["authorities"].as_array().map(Vec::len),
        Some(32),
        "{r}"
    );
}

async fn an_anonymous_request_for_many_large_pages_is_refused_before_it_runs(app: TestApp) {
    let page =
        "reviews(limit: 200) { items { id state theme targetMonth hosts { name gssCode } } total }";
    let aliases: Vec<String> = (0..15).map(|i| format!("p{i}: {page}")).collect();
    let r = app
        .anonymous()
        .gql(&format!("{{ {} }}", aliases.join(" ")), json!({}))
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert!(r["data"].is_null(), "{r}");
    assert!(
        r["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("could return about"),
        "{r}"
    );
    // The same split over a batch of ten shares one budget.
    let batch: Vec<Value> = (0..10)
        .map(|_| json!({ "query": format!("{{ a: {page} b: {page} }}") }))
        .collect();
    let r: Value = app
        .post_raw("application/json", Value::from(batch).to_string())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(r[0]["errors"][0]["extensions"]["code"], "VALIDATION", "{r}");
    // One page of the same is fine.
    let r = app
        .anonymous()
        .gql(&format!("{{ {page} }}"), json!({}))
        .await;
    assert!(r["errors"].is_null(), "{r}");
    still_serving(&app).await;
}

on_both_databases!(
    an_anonymous_request_for_many_large_pages_is_refused_before_it_runs,
    deeply_nested_values_are_refused_before_parsing_and_the_server_keeps_serving,
    deeply_nested_variables_are_refused_and_the_server_keeps_serving,
    values_nested_thirty_deep_are_accepted,
    malformed_graphql_gets_a_validation_error_and_the_server_keeps_serving,
    a_query_over_the_size_limit_is_refused,
    a_query_with_more_than_fifteen_aliases_is_refused,
    a_query_nested_too_deeply_is_refused,
    a_batch_of_up_to_ten_runs_and_a_larger_batch_is_refused,
    requests_that_are_not_json_posts_are_refused,
    introspection_and_suggestions_are_off_in_production,
);

#[tokio::test]
async fn introspection_suggestions_and_graphiql_are_on_in_development() {
    let app = spawn_app_with(Db::Sqlite, |o| o.mode = Mode::Development).await;
    let r = app
        .gql("{ __schema { queryType { name } } }", json!({}))
        .await;
    assert_eq!(r["data"]["__schema"]["queryType"]["name"], "QueryRoot");
    let r = app.gql("{ authoritie { name } }", json!({})).await;
    assert!(
        r["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Did you mean"),
        "{r}"
    );
    let page = app.get("/graphiql").await;
    assert_eq!(page.status(), 200);
    assert_eq!(
        page.headers()["content-security-policy"],
        "frame-ancestors 'none'"
    );
    let other = app.get("/graphiql/x").await;
    assert_eq!(
        other.headers()["content-security-policy"],
        server::http::CSP
    );
    // The nesting bound holds in development too.
    let q = format!(
        "{{ authorities(lgbfFamilyGroup: {}) {{ name }} }}",
        nested("[", "]", 2000)
    );
    assert_eq!(error_code(&app.gql(&q, json!({})).await), "VALIDATION");
    healthy(&app).await;
    assert!(page.text().await.unwrap().contains("graphiql"));
}

async fn a_request_running_past_the_configured_time_is_ended_with_a_timeout_code(db: Db) {
    let app = spawn_app_with(db, |o| {
        o.env.push(("QUADS_GRAPHQL_TIMEOUT_MS", "1".into()));
    })
    .await;
    // Checking a password takes tens of milliseconds on purpose.
    let r = app
        .gql(
            crate::helpers::SIGN_IN,
            json!({ "e": "nobody@example.org", "p": "not the password" }),
        )
        .await;
    assert_eq!(error_code(&r), "TIMEOUT", "{r}");
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn a_request_running_past_the_configured_time_is_ended_with_a_timeout_code_on_sqlite() {
    a_request_running_past_the_configured_time_is_ended_with_a_timeout_code(Db::Sqlite).await
}

#[tokio::test]
#[ignore = "PostgreSQL suite: set QUADS_TEST_POSTGRES_URL and pass --include-ignored"]
async fn a_request_running_past_the_configured_time_is_ended_with_a_timeout_code_on_postgres() {
    a_request_running_past_the_configured_time_is_ended_with_a_timeout_code(Db::Postgres).await
}
