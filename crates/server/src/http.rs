//! The axum router: /graphql, /healthz, /readyz and the built frontend, with
//! request ids, tracing and security headers on every response.

use crate::config::Mode;
use api::auth::load_viewer;
use api::identity::SESSION_COOKIE;
use api::limits::{check_query, MAX_BATCH};
use api::{ApiContext, QuadsSchema};
use async_graphql::{BatchRequest, BatchResponse};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use std::net::SocketAddr;
use std::path::PathBuf;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::trace::TraceLayer;

// Largest request body accepted on /graphql (the query itself is limited
// to 10 kB; variables may add to it), and the checks made before parsing.
use crate::prefilter::{graphql_prefilter, MAX_BODY_BYTES};

/// The Content-Security-Policy the frontend lives under: nothing inline,
/// nothing from elsewhere, never framed.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/// Every route the router serves besides the frontend, for the
/// authorisation matrix test.
pub const ROUTES: &[&str] = &[
    "/graphql",
    "/healthz",
    "/readyz",
    "/graphiql",
    "/reviews/{id}/history.json",
    "/reviews/{id}/history.csv",
    "/programmes/{id}/materials",
    "/materials/{id}/file",
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
}

pub fn router(state: AppState, frontend_dir: PathBuf) -> Router {
    let index = frontend_dir.join("index.html");
    let spa = ServeDir::new(&frontend_dir)
        .append_index_html_on_directories(true)
        .fallback(ServeFile::new(index));

    let mut app = Router::new()
        .route(
            "/graphql",
            post(graphql)
                .get(graphql_get)
                .layer(middleware::from_fn(graphql_prefilter)),
        )
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/reviews/{id}/history.json", get(history_json))
        .route("/reviews/{id}/history.csv", get(history_csv))
        .route(
            "/programmes/{id}/materials",
            post(upload_material).layer(DefaultBodyLimit::max(
                domain::programme::MATERIAL_MAX_BYTES + 64 * 1024,
            )),
        )
        .route("/materials/{id}/file", get(material_file));
    if state.mode == Mode::Development {
        app = app.route("/graphiql", get(graphiql));
    }
    app.fallback_service(spa)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(cache_headers))
        .layer(middleware::from_fn(security_headers))
        .layer(CatchPanicLayer::new())
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

/// Mutations are accepted only as `application/json` POSTs: a browser will
/// not send that cross-site without a CORS preflight, which Quads never
/// grants, so a forged form or `text/plain` post cannot act for a user.
async fn graphql(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return refusal(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "GraphQL requests must be POSTed as application/json.",
        );
    }
    let batch: BatchRequest = match serde_json::from_slice(&body) {
        Ok(batch) => batch,
        Err(e) => {
            return refusal(
                StatusCode::BAD_REQUEST,
                &format!("The request body is not a GraphQL request: {e}"),
            )
        }
    };
    let requests = match batch {
        BatchRequest::Single(r) => vec![r],
        BatchRequest::Batch(list) => {
            if list.len() > MAX_BATCH {
                return refusal(
                    StatusCode::BAD_REQUEST,
                    &format!(
                        "A batch may hold at most {MAX_BATCH} operations; this one holds {}.",
                        list.len()
                    ),
                );
            }
            if list.is_empty() {
                return refusal(StatusCode::BAD_REQUEST, "The batch is empty.");
            }
            list
        }
    };
    let token = session_token(&headers);
    let client = crate::client_ip::client_ip(peer.ip(), &headers, &state.trusted_proxies);
    let viewer = match load_viewer(
        &state.context.store,
        token.as_deref(),
        Some(client),
        state.context.clock.now(),
        state.context.sessions,
    )
    .await
    {
        Ok(viewer) => viewer,
        Err(e) => {
            let error: async_graphql::Error = e.into();
            let response = async_graphql::Response::from_errors(vec![
                error.into_server_error(Default::default())
            ]);
            return Json(response).into_response();
        }
    };
    let single = requests.len() == 1 && !body.trim_ascii_start().starts_with(b"[");
    let mut responses = Vec::with_capacity(requests.len());
    let mut cookies = Vec::new();
    // The operations of a batch share one answer budget and one deadline.
    let share = api::cost::BatchShare(requests.len());
    let deadline = tokio::time::Instant::now() + state.timeout;
    for request in requests {
        let response = match check_query(&request.query) {
            Err(e) => async_graphql::Response::from_errors(vec![e]),
            Ok(()) => {
                let loader = api::loaders::request_loader(&state.context.store);
                api::loaders::feed_viewer(&loader, &viewer).await;
                let run = state
                    .schema
                    .execute(request.data(viewer.clone()).data(loader).data(share));
                match tokio::time::timeout_at(deadline, run).await {
                    Ok(response) => response,
                    Err(_) => async_graphql::Response::from_errors(vec![api::cost::timed_out(
                        state.timeout,
                    )]),
                }
            }
        };
        cookies.extend(
            response
                .http_headers
                .get_all(header::SET_COOKIE)
                .iter()
                .cloned(),
        );
        responses.push(api::error::ensure_codes(response));
    }
    let body = if single {
        BatchResponse::Single(responses.remove(0))
    } else {
        BatchResponse::Batch(responses)
    };
    let mut response = Json(body).into_response();
    for cookie in cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The session token from the `Cookie` header, if any.
fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_string())
}

/// The signed-in viewer of a plain HTTP request (the history downloads,
/// materials), from the session cookie and the client's address, as
/// `/graphql` finds them. Without a live session the request is answered
/// 401 with the same sentence the API uses, so "Sign in to continue." and
/// its siblings live in one place (`api::auth::sign_in_required`).
pub struct SignedIn(pub api::auth::Viewer);

impl axum::extract::FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Response> {
        let Some(ConnectInfo(peer)) = parts.extensions.get::<ConnectInfo<SocketAddr>>().copied()
        else {
            return Err(error_response(api::ApiError::internal("no peer address")));
        };
        let client = crate::client_ip::client_ip(peer.ip(), &parts.headers, &state.trusted_proxies);
        let viewer = load_viewer(
            &state.context.store,
            session_token(&parts.headers).as_deref(),
            Some(client),
            state.context.clock.now(),
            state.context.sessions,
        )
        .await
        .map_err(error_response)?;
        if viewer.user.is_none() {
            return Err(error_response(api::auth::sign_in_required(&viewer)));
        }
        Ok(SignedIn(viewer))
    }
}

/// A review's history as a download, through the same use case and rights
/// check as the API: 401 without a session, 403 without the right, 404 for
/// an unknown review.
async fn history(
    state: &AppState,
    viewer: &api::auth::Viewer,
    id: &str,
) -> Result<Vec<api::review::history::HistoryRow>, Response> {
    let Ok(id) = uuid::Uuid::parse_str(id) else {
        return Err(error_response(api::ApiError::NotFound(
            "No such review.".into(),
        )));
    };
    api::review::history::history(&state.context.store, viewer, id)
        .await
        .map_err(error_response)
}

fn download(content_type: &'static str, name: String, body: String) -> Response {
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

async fn history_json(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
) -> Response {
    match history(&state, &viewer, &id).await {
        Ok(rows) => download(
            "application/json",
            format!("review-{id}-history.json"),
            serde_json::to_string_pretty(&rows).unwrap_or_default(),
        ),
        Err(response) => response,
    }
}

async fn history_csv(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
) -> Response {
    match history(&state, &viewer, &id).await {
        Ok(rows) => download(
            "text/csv; charset=utf-8",
            format!("review-{id}-history.csv"),
            api::review::history::to_csv(&rows),
        ),
        Err(response) => response,
    }
}

/// An API error as a plain HTTP answer.
fn error_response(e: api::ApiError) -> Response {
    let status = match e.code() {
        "UNAUTHENTICATED" => StatusCode::UNAUTHORIZED,
        "FORBIDDEN" => StatusCode::FORBIDDEN,
        "NOT_FOUND" => StatusCode::NOT_FOUND,
        "VALIDATION" => StatusCode::UNPROCESSABLE_ENTITY,
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

/// Most parts accepted in an upload's multipart form.
const MAX_UPLOAD_PARTS: usize = 4;

/// Uploads a document as a programme's material: a multipart form with
/// `title` and `file`, from a programme officer. The request must carry
/// `X-Requested-With`, which no cross-site form can set, on top of the
/// SameSite session cookie.
async fn upload_material(
    State(state): State<AppState>,
    headers: HeaderMap,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    if !headers.contains_key("x-requested-with") {
        return refusal(
            StatusCode::FORBIDDEN,
            "Uploads must come from the Quads application.",
        );
    }
    let Ok(programme) = uuid::Uuid::parse_str(&id) else {
        return error_response(api::ApiError::NotFound("No such programme.".into()));
    };
    let Ok(mut multipart) = multipart else {
        return error_response(api::ApiError::validation(
            "file",
            "Send the document as a multipart form",
        ));
    };
    let (mut title, mut file) = (String::new(), None);
    let mut parts = 0;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                // The form has two parts; a client sending many is not ours.
                parts += 1;
                if parts > MAX_UPLOAD_PARTS {
                    return error_response(api::ApiError::validation(
                        "file",
                        format!("Send at most {MAX_UPLOAD_PARTS} form fields: title and file"),
                    ));
                }
                let name = field.name().unwrap_or_default().to_owned();
                let file_name = field.file_name().unwrap_or_default().to_owned();
                let content_type = field.content_type().unwrap_or_default().to_owned();
                match (name.as_str(), field.bytes().await) {
                    ("title", Ok(bytes)) => title = String::from_utf8_lossy(&bytes).into_owned(),
                    ("file", Ok(bytes)) => file = Some((file_name, content_type, bytes.to_vec())),
                    (_, Ok(_)) => {}
                    (_, Err(_)) => {
                        return error_response(api::ApiError::validation(
                            "file",
                            format!(
                                "The file must be {} MB or smaller",
                                domain::programme::MATERIAL_MAX_BYTES / 1024 / 1024
                            ),
                        ))
                    }
                }
            }
            Ok(None) => break,
            Err(_) => {
                return error_response(api::ApiError::validation(
                    "file",
                    format!(
                        "The file must be {} MB or smaller",
                        domain::programme::MATERIAL_MAX_BYTES / 1024 / 1024
                    ),
                ))
            }
        }
    }
    let Some((file_name, content_type, bytes)) = file else {
        return error_response(api::ApiError::validation("file", "Choose a file"));
    };
    match api::programme::upload_material(
        &state.context,
        &viewer,
        programme,
        &title,
        &file_name,
        &content_type,
        bytes,
    )
    .await
    {
        Ok(m) => (
            StatusCode::CREATED,
            Json(serde_json::json!({ "id": m.id, "title": m.title, "url": m.url })),
        )
            .into_response(),
        Err(e) => error_response(e),
    }
}

/// An uploaded material's document, for signed-in people, always as a
/// download.
async fn material_file(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = uuid::Uuid::parse_str(&id) else {
        return error_response(api::ApiError::NotFound("No such document.".into()));
    };
    match api::programme::material_file(&state.context, &viewer, id).await {
        Ok(file) => {
            let mut response = file.content.into_response();
            let h = response.headers_mut();
            if let Ok(v) = HeaderValue::from_str(&file.content_type) {
                h.insert(header::CONTENT_TYPE, v);
            }
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
            let ascii: String = file
                .file_name
                .chars()
                .map(|c| {
                    if c.is_ascii_graphic() || c == ' ' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"")) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            response
        }
        Err(e) => error_response(e),
    }
}

async fn graphql_get() -> Response {
    let mut response = refusal(
        StatusCode::METHOD_NOT_ALLOWED,
        "Use POST with Content-Type: application/json for GraphQL requests.",
    );
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("POST"));
    response
}

/// GraphiQL (development only: the route exists only then) loads its
/// scripts from a CDN and inline, so it carries its own, relaxed policy;
/// every other answer gets [`CSP`].
async fn graphiql() -> Response {
    let mut response = Html(
        async_graphql::http::GraphiQLSource::build()
            .endpoint("/graphql")
            .finish(),
    )
    .into_response();
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("frame-ancestors 'none'"),
    );
    response
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

async fn security_headers(request: Request<axum::body::Body>, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    // Only the development GraphiQL route sets its own policy.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    response
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
