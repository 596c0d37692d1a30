//! `/graphql`: the JSON-only check (a layer), then async-graphql-axum's
//! extractor and response around Quads' own rules — at most
//! [`MAX_BATCH`] operations, the viewer from the session cookie, each
//! operation's size and alias checks, one answer budget and one deadline
//! for a whole batch — and the development-only GraphiQL page.
//!
//! In front of both sits `crate::prefilter`, which refuses over-deep or
//! control-character bodies before anything parses them.

use super::{refusal, AppState};
use api::limits::MAX_BATCH;
use async_graphql::ParseRequestError;
use async_graphql::{BatchRequest, BatchResponse};
use async_graphql_axum::rejection::GraphQLRejection;
use async_graphql_axum::{GraphQLBatchRequest, GraphQLResponse};
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use std::net::SocketAddr;

/// GraphQL is accepted only as `application/json` POSTs: a browser will not
/// send that cross-site without a CORS preflight, which Quads never grants,
/// so a forged form or `text/plain` post cannot act for a user. (The
/// extractor behind this layer would also take multipart forms.)
pub(super) async fn json_only(request: Request<Body>, next: Next) -> Response {
    let is_json = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if request.method() == Method::POST && !is_json {
        return refusal(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "GraphQL requests must be POSTed as application/json.",
        );
    }
    next.run(request).await
}

/// Runs a request, or a batch one operation after another, for the viewer.
pub(super) async fn graphql(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    request: Result<GraphQLBatchRequest, GraphQLRejection>,
) -> Response {
    let batch = match request {
        Ok(request) => request.into_inner(),
        Err(GraphQLRejection(e)) => {
            let reason = match e {
                ParseRequestError::InvalidRequest(e) => e.to_string(),
                other => other.to_string(),
            };
            return refusal(
                StatusCode::BAD_REQUEST,
                &format!("The request body is not a GraphQL request: {reason}"),
            );
        }
    };
    let operations = batch.iter().count();
    if operations > MAX_BATCH {
        return refusal(
            StatusCode::BAD_REQUEST,
            &format!(
                "A batch may hold at most {MAX_BATCH} operations; this one holds {operations}."
            ),
        );
    }
    if operations == 0 {
        return refusal(StatusCode::BAD_REQUEST, "The batch is empty.");
    }
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
    // The operations of a batch share one answer budget and one deadline.
    let deadline = tokio::time::Instant::now() + state.timeout;
    let run = |mut request: async_graphql::Request| {
        let (state, viewer) = (&state, viewer.clone());
        async move {
            // Checked against the limits and parsed once (or not at all,
            // when the document was seen before).
            let checked = state
                .documents
                .prepare(&mut request)
                .and_then(|()| state.budget.check(&mut request, operations));
            let response = match checked {
                Err(e) => async_graphql::Response::from_errors(vec![e]),
                Ok(()) => {
                    // A loader per operation: a mutation earlier in a batch
                    // is seen by a query after it.
                    let loader = api::loaders::request_loader(&state.context.store);
                    api::loaders::feed_viewer(&loader, &viewer).await;
                    let run = state.schema.execute(request.data(viewer).data(loader));
                    match tokio::time::timeout_at(deadline, run).await {
                        Ok(response) => response,
                        Err(_) => async_graphql::Response::from_errors(vec![api::cost::timed_out(
                            state.timeout,
                        )]),
                    }
                }
            };
            api::error::ensure_codes(response)
        }
    };
    let answer = match batch {
        BatchRequest::Single(request) => BatchResponse::Single(run(request).await),
        BatchRequest::Batch(requests) => {
            let mut responses = Vec::with_capacity(requests.len());
            for request in requests {
                responses.push(run(request).await);
            }
            BatchResponse::Batch(responses)
        }
    };
    // GraphQLResponse carries each operation's Set-Cookie over. Quads has
    // always answered `application/json` (which every client accepts), and
    // no answer is cached: it is someone's data.
    let mut response = GraphQLResponse(answer).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
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
