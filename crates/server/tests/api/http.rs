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
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["cross-origin-opener-policy"], "same-origin", "{path}");
        assert_eq!(
            h["permissions-policy"], "camera=(), microphone=(), geolocation=()",
            "{path}"
        );
        assert_eq!(
            h.get_all("x-content-type-options").iter().count(),
            1,
            "{path}: each header once"
        );
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(h.contains_key("x-request-id"), "{path}");
    }
    let graphql = app
        .post_raw(
            "application/json",
            r#"{"query":"{ authorities { name } }"}"#.into(),
        )
        .await;
    assert_eq!(graphql.headers()["x-frame-options"], "DENY");
    assert_eq!(
        graphql.headers()["content-security-policy"],
        server::http::CSP,
        "an API answer carries the strict policy too"
    );
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

/// A client that sends its headers a byte at a time (slow-loris) is cut
/// off once the header timeout passes, and others are served meanwhile.
#[tokio::test]
async fn a_client_sending_its_headers_slowly_is_disconnected() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = crate::helpers::spawn_app_with(crate::helpers::Db::Sqlite, |o| {
        o.env.push(("QUADS_HEADER_READ_TIMEOUT_MS", "500".into()));
    })
    .await;
    let address = app.address.trim_start_matches("http://").to_string();
    let stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let started = std::time::Instant::now();
    let drip = tokio::spawn(async move {
        let _ = writer
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: quads\r\n")
            .await;
        for byte in b"X-Slow: "
            .iter()
            .chain([b'a'; 200].iter())
            .cycle()
            .take(400)
        {
            if writer.write_all(&[*byte]).await.is_err() {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    });
    // Meanwhile, everyone else is served.
    assert_eq!(app.get("/healthz").await.status(), 200);
    let mut answer = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        reader.read_to_end(&mut answer),
    )
    .await;
    let elapsed = started.elapsed();
    drip.abort();
    assert!(read.is_ok(), "the connection was still open after 5 s");
    assert!(
        elapsed < std::time::Duration::from_secs(3),
        "closed only after {elapsed:?}"
    );
    let text = String::from_utf8_lossy(&answer);
    assert!(!text.contains("200 OK"), "{text}");
}
