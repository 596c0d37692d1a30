use crate::helpers::TestApp;
use crate::on_both_databases;

async fn health_and_readiness_answer_when_the_database_is_migrated(app: TestApp) {
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 200);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["status"], "ready");
}

async fn every_response_carries_the_security_headers_and_a_request_id(app: TestApp) {
    for path in [
        "/healthz",
        "/",
        "/authorities/S12000036",
        "/assets/app-1234abcd.js",
    ] {
        let r = app.get(path).await;
        let h = r.headers();
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(h.contains_key("x-request-id"), "{path}");
    }
    let r = app
        .client
        .get(format!("{}/healthz", app.address))
        .header("x-request-id", "req-from-the-proxy")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-request-id"], "req-from-the-proxy");
}

async fn the_frontend_is_served_with_long_lived_assets_and_an_uncached_index(app: TestApp) {
    let asset = app.get("/assets/app-1234abcd.js").await;
    assert_eq!(asset.status(), 200);
    assert_eq!(
        asset.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );

    for route in ["/", "/authorities/S12000036", "/frameworks/hgios4/1"] {
        let page = app.get(route).await;
        assert_eq!(page.status(), 200, "{route}");
        assert_eq!(page.headers()["cache-control"], "no-cache", "{route}");
        assert!(
            page.text().await.unwrap().contains("<div id=root>"),
            "{route} falls back to index.html"
        );
    }

    let missing = app.get("/assets/gone-0000.js").await;
    assert_eq!(
        missing.status(),
        404,
        "a missing asset is not answered by index.html"
    );
}

on_both_databases!(
    health_and_readiness_answer_when_the_database_is_migrated,
    every_response_carries_the_security_headers_and_a_request_id,
    the_frontend_is_served_with_long_lived_assets_and_an_uncached_index,
);
