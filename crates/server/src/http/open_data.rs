//! Open data for anyone (issue 23, docs/open-data.md): a programme's
//! timetable and the published reports as CSV and JSON, and the Atom feed
//! of published versions. No session is read. An unknown programme is 404
//! and a malformed filter 400, each with a sentence in plain text.

use super::AppState;
use api::insight::open_data::{self as od, Format, OpenDataError};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

const CSV: &str = "text/csv; charset=utf-8; header=present";
const JSON: &str = "application/json";
const ATOM: &str = "application/atom+xml; charset=utf-8";

fn open(mut response: Response, content_type: &'static str) -> Response {
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

fn download(d: od::Download, format: Format) -> Response {
    let content_type = match format {
        Format::Csv => CSV,
        Format::Json => JSON,
    };
    let mut response = open(d.body.into_response(), content_type);
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", d.file_name)) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

fn refused(e: OpenDataError) -> Response {
    let (status, message) = match e {
        OpenDataError::NotFound(m) => (StatusCode::NOT_FOUND, m),
        OpenDataError::BadRequest(m) => (StatusCode::BAD_REQUEST, m),
        OpenDataError::Internal(detail) => {
            tracing::error!(%detail, "open data failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It has been logged; please try again.".into(),
            )
        }
    };
    let mut response = (status, format!("{message}\n")).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn timetable(state: &AppState, id: &str, format: Format) -> Response {
    match od::timetable(&state.context, id, format).await {
        Ok(d) => download(d, format),
        Err(e) => refused(e),
    }
}

pub(super) async fn timetable_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    timetable(&state, &id, Format::Csv).await
}

pub(super) async fn timetable_json(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    timetable(&state, &id, Format::Json).await
}

/// The query string's pairs, decoded; at most 20 of them.
fn pairs(query: Option<String>) -> Result<Vec<(String, String)>, OpenDataError> {
    let query = query.unwrap_or_default();
    if query.len() > 2000 {
        return Err(OpenDataError::BadRequest(
            "The address is too long: use programme, authority or year.".into(),
        ));
    }
    let list: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if list.len() > 20 {
        return Err(OpenDataError::BadRequest(
            "Too many parameters: use programme, authority or year.".into(),
        ));
    }
    Ok(list)
}

async fn reports(state: &AppState, query: Option<String>, format: Format) -> Response {
    let filter = match pairs(query).and_then(|p| od::parse_reports_filter(&p)) {
        Ok(f) => f,
        Err(e) => return refused(e),
    };
    match od::reports(&state.context, &filter, format).await {
        Ok(d) => download(d, format),
        Err(e) => refused(e),
    }
}

pub(super) async fn reports_csv(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Response {
    reports(&state, query, Format::Csv).await
}

pub(super) async fn reports_json(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Response {
    reports(&state, query, Format::Json).await
}

pub(super) async fn feed(State(state): State<AppState>) -> Response {
    match od::feed(&state.context).await {
        Ok(xml) => open(xml.into_response(), ATOM),
        Err(e) => refused(e),
    }
}
