//! `/graphql`: the JSON-only check, the handler that runs a request or a
//! batch for the signed-in viewer, and the development-only GraphiQL page.

use super::{refusal, AppState};
use api::limits::{check_query, MAX_BATCH};
use async_graphql::{BatchRequest, BatchResponse};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use std::net::SocketAddr;

/// Mutations are accepted only as `application/json` POSTs: a browser will
/// not send that cross-site without a CORS preflight, which Quads never
/// grants, so a forged form or `text/plain` post cannot act for a user.
pub(super) async fn graphql(
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
    let viewer = match super::session::viewer(&state, peer, &headers).await {
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

pub(super) async fn graphql_get() -> Response {
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
pub(super) async fn graphiql() -> Response {
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
