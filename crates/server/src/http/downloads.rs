//! Downloads for signed-in people: a review's history (JSON, CSV), a
//! host's self-evaluation as CSV and a programme material's document.

use super::session::SignedIn;
use super::{error_response, AppState};
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

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

pub(super) async fn history_json(
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

pub(super) async fn history_csv(
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

/// An uploaded material's document, for signed-in people, always as a
/// download.
pub(super) async fn material_file(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = uuid::Uuid::parse_str(&id) else {
        return error_response(api::ApiError::NotFound("No such document.".into()));
    };
    match api::programme::material_file(&state.context, &viewer, id).await {
        Ok(file) => {
            super::attachments::file_response(file.content, &file.content_type, &file.file_name)
        }
        Err(e) => error_response(e),
    }
}

/// A host's self-evaluation as CSV, for those who may read it (the same
/// use case and rights as `selfEvaluations`).
pub(super) async fn self_evaluation_csv(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((id, authority)): Path<(String, String)>,
) -> Response {
    let (Ok(id), Ok(authority)) = (
        uuid::Uuid::parse_str(&id),
        uuid::Uuid::parse_str(&authority),
    ) else {
        return error_response(api::ApiError::NotFound("No such self-evaluation.".into()));
    };
    match api::self_evaluation::export::csv(&state.context, &viewer, id, authority).await {
        Ok(export) => download("text/csv; charset=utf-8", export.file_name, export.csv),
        Err(e) => error_response(e),
    }
}

/// A review's visit as an iCalendar file (one event per day, Europe/London
/// times), for those who may see its plan: 401 without a session, 403
/// without the right, 404 for an unknown review or one without dates yet.
pub(super) async fn visit_calendar(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
) -> Response {
    let Ok(review) = uuid::Uuid::parse_str(&id) else {
        return error_response(api::ApiError::NotFound("No such review.".into()));
    };
    let Some(user) = viewer.user.as_ref() else {
        return error_response(api::auth::sign_in_required(&viewer));
    };
    match api::visit::calendar_file(&state.context, user, review).await {
        Ok(Some(text)) => download(
            "text/calendar; charset=utf-8",
            format!("review-{id}-visit.ics"),
            text,
        ),
        Ok(None) => error_response(api::ApiError::NotFound(
            "The visit dates are not set yet.".into(),
        )),
        Err(e) => error_response(e),
    }
}

/// A published version's PDF, for anyone: the one stored when it was
/// published; 404 for an unknown slug or version.
pub(super) async fn published_report_pdf(
    State(state): State<AppState>,
    Path((slug, version)): Path<(String, String)>,
) -> Response {
    match api::report::public::published_pdf(&state.context, &slug, &version).await {
        Ok(file) => {
            super::attachments::file_response(file.content, "application/pdf", &file.file_name)
        }
        Err(e) => error_response(e),
    }
}

/// A review's draft report as a PDF marked DRAFT, for those who may read
/// the draft: 401 without a session, 403 without the right, 404 for an
/// unknown review or one without a draft.
pub(super) async fn draft_report_pdf(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
) -> Response {
    let Ok(review) = uuid::Uuid::parse_str(&id) else {
        return error_response(api::ApiError::NotFound("No such review.".into()));
    };
    let Some(user) = viewer.user.as_ref() else {
        return error_response(api::auth::sign_in_required(&viewer));
    };
    match api::report::public::draft_pdf(&state.context, user, review).await {
        Ok(file) => {
            super::attachments::file_response(file.content, "application/pdf", &file.file_name)
        }
        Err(e) => error_response(e),
    }
}

/// Which cut of a programme's survey results to export.
#[derive(serde::Deserialize)]
pub(super) struct SurveyCut {
    phase: Option<i32>,
    review: Option<String>,
}

/// A programme's survey results as CSV (aggregated counts), with the same
/// rights as `surveyResults`: 401 without a session, 403 for a phase or a
/// review unless a programme officer, 404 for an unknown programme or
/// review.
pub(super) async fn survey_results_csv(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
    axum::extract::Query(cut): axum::extract::Query<SurveyCut>,
) -> Response {
    let not_found = || error_response(api::ApiError::NotFound("No such programme.".into()));
    let Ok(id) = uuid::Uuid::parse_str(&id) else {
        return not_found();
    };
    let review = match cut.review.as_deref().map(uuid::Uuid::parse_str) {
        None => None,
        Some(Ok(r)) => Some(r),
        Some(Err(_)) => {
            return error_response(api::ApiError::NotFound("No such review.".into()));
        }
    };
    match api::survey::export::csv(&state.context, &viewer, id, cut.phase, review).await {
        Ok(export) => download("text/csv; charset=utf-8", export.file_name, export.csv),
        Err(e) => error_response(e),
    }
}
