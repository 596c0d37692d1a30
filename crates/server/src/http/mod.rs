//! The axum router: /graphql, /healthz, /readyz, the downloads and uploads
//! and the built frontend, with request ids, tracing and security headers on
//! every response.
//!
//! - `graphql`: the `/graphql` route (JSON only, then the executor);
//! - `session`: the session cookie and the signed-in viewer of a request;
//! - `downloads`: a review's history, a self-evaluation as CSV, a
//!   material's document, a programme's survey results as CSV;
//! - `uploads`: a programme officer's upload of a material;
//! - `attachments`: the upload form, a self-evaluation's documents and
//!   the download of any attachment, a progress note's documents;
//! - `open_data`: the public timetable and reports as CSV and JSON, and
//!   the Atom feed of published reports.

mod attachments;
mod downloads;
mod graphql;
mod open_data;
mod session;
mod uploads;

pub use session::SignedIn;

use crate::config::Mode;
use api::{ApiContext, QuadsSchema};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderName, HeaderValue, Method, Request, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use downloads::{history_csv, history_json, material_file, self_evaluation_csv};
use graphql::{graphiql, graphql, graphql_get, json_only};
use std::path::PathBuf;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use uploads::upload_material;

// Largest request body accepted on /graphql (the query itself is limited
// to 10 kB; variables may add to it), and the checks made before parsing.
use crate::prefilter::{graphql_prefilter, MAX_BODY_BYTES};

/// The Content-Security-Policy the frontend lives under: nothing inline,
/// nothing from elsewhere, never framed.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/// Headers on every answer besides the [`CSP`]: no type sniffing, no
/// referrer, never framed, no opener across origins, no camera, microphone
/// or location.
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=()",
    ),
];

/// Every route the router serves besides the frontend, for the
/// authorisation matrix test.
pub const ROUTES: &[&str] = &[
    "/graphql",
    "/healthz",
    "/readyz",
    "/graphiql",
    "/reviews/{id}/history.json",
    "/reviews/{id}/history.csv",
    "/reviews/{id}/visit.ics",
    "/programmes/{id}/materials",
    "/materials/{id}/file",
    "/reviews/{id}/self-evaluations/{authority}/attachments",
    "/reviews/{id}/self-evaluations/{authority}/export.csv",
    "/findings/{id}/attachments",
    "/follow-up-notes/{id}/attachments",
    "/attachments/{id}",
    "/reports/{slug}/versions/{version}/report.pdf",
    "/reviews/{id}/report/draft.pdf",
    "/programmes/{id}/survey-results.csv",
    "/open-data/programmes/{id}/timetable.csv",
    "/open-data/programmes/{id}/timetable.json",
    "/open-data/reports.csv",
    "/open-data/reports.json",
    "/reports/feed.atom",
];

#[derive(Clone)]
pub struct AppState {
    pub schema: QuadsSchema,
    pub context: ApiContext,
    pub mode: Mode,
    /// Whose `X-Forwarded-For` names the client (see `client_ip`).
    pub trusted_proxies: crate::client_ip::TrustedProxies,
    /// The longest a GraphQL request (a whole batch) may run.
    pub timeout: std::time::Duration,
    /// Documents already parsed (and checked against the limits).
    pub documents: std::sync::Arc<api::documents::DocumentCache>,
    /// The answer budget every operation is estimated against.
    pub budget: std::sync::Arc<api::cost::AnswerBudget>,
}

pub fn router(state: AppState, frontend_dir: PathBuf) -> Router {
    let index = frontend_dir.join("index.html");
    let spa = ServeDir::new(&frontend_dir)
        .append_index_html_on_directories(true)
        .fallback(ServeFile::new(index));

    // A form's few text fields and boundaries beside the largest file.
    let upload_limit = state.context.attachment_max_bytes.saturating_add(64 * 1024);
    let mut app = Router::new()
        .route(
            "/graphql",
            post(graphql)
                .get(graphql_get)
                .layer(middleware::from_fn(json_only))
                .layer(middleware::from_fn(graphql_prefilter)),
        )
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/reviews/{id}/history.json", get(history_json))
        .route("/reviews/{id}/history.csv", get(history_csv))
        .route("/reviews/{id}/visit.ics", get(downloads::visit_calendar))
        .route(
            "/programmes/{id}/materials",
            post(upload_material).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route("/materials/{id}/file", get(material_file))
        .route(
            "/reviews/{id}/self-evaluations/{authority}/attachments",
            post(attachments::upload_self_evaluation_document)
                .layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/reviews/{id}/self-evaluations/{authority}/export.csv",
            get(self_evaluation_csv),
        )
        .route(
            "/findings/{id}/attachments",
            post(attachments::upload_finding_document).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/follow-up-notes/{id}/attachments",
            post(attachments::upload_follow_up_note_document)
                .layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route("/attachments/{id}", get(attachments::attachment_file))
        .route(
            "/reports/{slug}/versions/{version}/report.pdf",
            get(downloads::published_report_pdf),
        )
        .route(
            "/reviews/{id}/report/draft.pdf",
            get(downloads::draft_report_pdf),
        )
        .route(
            "/programmes/{id}/survey-results.csv",
            get(downloads::survey_results_csv),
        )
        .route(
            "/open-data/programmes/{id}/timetable.csv",
            get(open_data::timetable_csv),
        )
        .route(
            "/open-data/programmes/{id}/timetable.json",
            get(open_data::timetable_json),
        )
        .route("/open-data/reports.csv", get(open_data::reports_csv))
        .route("/open-data/reports.json", get(open_data::reports_json))
        .route("/reports/feed.atom", get(open_data::feed));
    if state.mode == Mode::Development {
        app = app.route("/graphiql", get(graphiql));
    }
    app = app
        .fallback_service(spa)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(cache_headers))
        // Only the development GraphiQL route sets its own policy.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ));
    for (name, value) in SECURITY_HEADERS {
        app = app.layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        ));
    }
    app.layer(CatchPanicLayer::new())
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
                let id = request
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!("request", request_id = %id, method = %request.method(), path = %request.uri().path())
            }),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

/// A GraphQL-shaped refusal for requests that never reach the executor.
fn refusal(status: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({
        "errors": [{ "message": message, "extensions": { "code": "VALIDATION" } }]
    });
    (status, Json(body)).into_response()
}

/// An API error as a plain HTTP answer.
fn error_response(e: api::ApiError) -> Response {
    let status = match e.code() {
        "UNAUTHENTICATED" => StatusCode::UNAUTHORIZED,
        "FORBIDDEN" => StatusCode::FORBIDDEN,
        "NOT_FOUND" => StatusCode::NOT_FOUND,
        "VALIDATION" => StatusCode::UNPROCESSABLE_ENTITY,
        "CONFLICT" | "GUARD_FAILED" => StatusCode::CONFLICT,
        _ => {
            tracing::error!(?e, "request failed");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    };
    let field = match &e {
        api::ApiError::Validation { field, .. } => field.clone(),
        _ => None,
    };
    let body = serde_json::json!({ "error": { "code": e.code(), "message": e.message(), "field": field } });
    (status, Json(body)).into_response()
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(state): State<AppState>) -> Response {
    match state.context.store.readiness().await {
        Ok(()) => (
            StatusCode::OK,
            Json(serde_json::json!({ "status": "ready" })),
        )
            .into_response(),
        Err(reason) => {
            tracing::warn!(%reason, "not ready");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({ "status": "not ready", "reason": reason })),
            )
                .into_response()
        }
    }
}

/// Hashed assets are cached for a year; everything else is revalidated, so
/// a new release is picked up at once.
async fn cache_headers(request: Request<axum::body::Body>, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let method = request.method().clone();
    let mut response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    // A missing asset must not be answered by the SPA's index.html (and then
    // cached for a year): it is simply not there.
    if path.starts_with("/assets/") && is_html {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    if method == Method::GET && !response.headers().contains_key(header::CACHE_CONTROL) {
        let value = if path.starts_with("/assets/") && response.status().is_success() {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}
