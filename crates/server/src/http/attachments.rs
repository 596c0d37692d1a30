//! Attachments over HTTP: the multipart form every upload reads, a host's
//! upload of a self-evaluation document, and the download of any
//! attachment (always as a download, never sniffed).

use super::session::SignedIn;
use super::{error_response, refusal, AppState};
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use std::collections::HashMap;

/// Most parts accepted in an upload's multipart form.
const MAX_UPLOAD_PARTS: usize = 4;

/// An upload's form: its text fields and its one file.
pub(super) struct Form {
    pub texts: HashMap<String, String>,
    /// (file name, content type, content)
    pub file: Option<(String, String, Vec<u8>)>,
}

impl Form {
    pub fn text(&self, name: &str) -> &str {
        self.texts.get(name).map(String::as_str).unwrap_or("")
    }
}

/// Uploads must carry `X-Requested-With`, which no cross-site form can
/// set, on top of the SameSite session cookie.
/// The refusal of an upload that does not, if it does not.
pub(super) fn not_from_the_application(headers: &HeaderMap) -> Option<Response> {
    (!headers.contains_key("x-requested-with")).then(|| {
        refusal(
            StatusCode::FORBIDDEN,
            "Uploads must come from the Quads application.",
        )
    })
}

/// Reads a multipart form with the text fields `fields` and a `file`; a
/// body over the size limit (the route's body limit) is a `VALIDATION` on
/// `file` saying the limit.
pub(super) async fn read_form(
    multipart: Result<Multipart, MultipartRejection>,
    fields: &[&str],
    max_bytes: usize,
) -> Result<Form, api::ApiError> {
    let too_large = || api::ApiError::validation("file", domain::attachment::too_large(max_bytes));
    let Ok(mut multipart) = multipart else {
        return Err(api::ApiError::validation(
            "file",
            "Send the document as a multipart form",
        ));
    };
    let mut form = Form {
        texts: HashMap::new(),
        file: None,
    };
    let mut parts = 0;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                // The form has a few parts; a client sending many is not ours.
                parts += 1;
                if parts > MAX_UPLOAD_PARTS {
                    return Err(api::ApiError::validation(
                        "file",
                        format!(
                            "Send at most {MAX_UPLOAD_PARTS} form fields: {} and file",
                            fields.join(", ")
                        ),
                    ));
                }
                let name = field.name().unwrap_or_default().to_owned();
                let file_name = field.file_name().unwrap_or_default().to_owned();
                let content_type = field.content_type().unwrap_or_default().to_owned();
                match field.bytes().await {
                    Ok(bytes) if name == "file" => {
                        form.file = Some((file_name, content_type, bytes.to_vec()))
                    }
                    Ok(bytes) if fields.contains(&name.as_str()) => {
                        form.texts
                            .insert(name, String::from_utf8_lossy(&bytes).into_owned());
                    }
                    Ok(_) => {}
                    Err(_) => return Err(too_large()),
                }
            }
            Ok(None) => break,
            Err(_) => return Err(too_large()),
        }
    }
    Ok(form)
}

/// A stored document as a download: its own type, never sniffed, never
/// shown in the page, never cached by anyone but the browser.
pub(super) fn file_response(content: Vec<u8>, content_type: &str, file_name: &str) -> Response {
    let mut response = content.into_response();
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    let ascii: String = file_name
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

fn attachment_json(a: &store::attachment::Attachment) -> serde_json::Value {
    serde_json::json!({
        "id": a.id,
        "fileName": a.file_name,
        "contentType": a.content_type,
        "sizeBytes": a.size_bytes,
        "summary": a.summary,
        "url": store::attachment::download_path(a.id),
    })
}

/// A document for a host's self-evaluation: multipart `file`, optional
/// `summary` and optional `indicator` (the document supports that
/// indicator's evidence; without it, it is one of the self-evaluation's
/// own documents).
pub(super) async fn upload_self_evaluation_document(
    State(state): State<AppState>,
    headers: HeaderMap,
    SignedIn(viewer): SignedIn,
    Path((review, authority)): Path<(String, String)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    if let Some(refused) = not_from_the_application(&headers) {
        return refused;
    }
    let (Ok(review_id), Ok(authority_id)) = (
        uuid::Uuid::parse_str(&review),
        uuid::Uuid::parse_str(&authority),
    ) else {
        return error_response(api::ApiError::NotFound(
            "No such review or host authority.".into(),
        ));
    };
    let max = state.context.attachment_max_bytes;
    let form = match read_form(multipart, &["summary", "indicator"], max).await {
        Ok(form) => form,
        Err(e) => return error_response(e),
    };
    let Some((file_name, content_type, content)) = form.file.clone() else {
        return error_response(api::ApiError::validation("file", "Choose a file"));
    };
    let indicator = form.text("indicator");
    let upload = api::self_evaluation::use_cases::Upload {
        review_id,
        authority_id,
        indicator: (!indicator.trim().is_empty()).then_some(indicator),
        summary: form.text("summary"),
        file_name: &file_name,
        content_type: &content_type,
        content,
    };
    match api::self_evaluation::use_cases::upload(&state.context, &viewer, upload).await {
        Ok(a) => (StatusCode::CREATED, Json(attachment_json(&a))).into_response(),
        Err(e) => error_response(e),
    }
}

/// Any attachment, for those who may see what it belongs to, always as a
/// download.
pub(super) async fn attachment_file(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = uuid::Uuid::parse_str(&id) else {
        return error_response(api::ApiError::NotFound("No such document.".into()));
    };
    match api::self_evaluation::use_cases::attachment_file(&state.context, &viewer, id).await {
        Ok(file) => file_response(
            file.content,
            &file.attachment.content_type,
            &file.attachment.file_name,
        ),
        Err(e) => error_response(e),
    }
}

/// A document for a finding: multipart `file` and optional `summary`
/// (its author while a draft, or the team lead, during the visit).
pub(super) async fn upload_finding_document(
    State(state): State<AppState>,
    headers: HeaderMap,
    SignedIn(viewer): SignedIn,
    Path(finding): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    if let Some(refused) = not_from_the_application(&headers) {
        return refused;
    }
    let Ok(finding_id) = uuid::Uuid::parse_str(&finding) else {
        return error_response(api::ApiError::NotFound("No such finding.".into()));
    };
    let max = state.context.attachment_max_bytes;
    let form = match read_form(multipart, &["summary"], max).await {
        Ok(form) => form,
        Err(e) => return error_response(e),
    };
    let Some((file_name, content_type, content)) = form.file.clone() else {
        return error_response(api::ApiError::validation("file", "Choose a file"));
    };
    let upload = api::findings::use_cases::Upload {
        finding_id,
        summary: form.text("summary"),
        file_name: &file_name,
        content_type: &content_type,
        content,
    };
    match api::findings::use_cases::upload(&state.context, &viewer, upload).await {
        Ok(a) => (StatusCode::CREATED, Json(attachment_json(&a))).into_response(),
        Err(e) => error_response(e),
    }
}

/// A document for a follow-up action's progress note: multipart `file`
/// and optional `summary` (host leads, host users, the action's owner,
/// while follow-up is open).
pub(super) async fn upload_follow_up_note_document(
    State(state): State<AppState>,
    headers: HeaderMap,
    SignedIn(viewer): SignedIn,
    Path(note): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    if let Some(refused) = not_from_the_application(&headers) {
        return refused;
    }
    let Ok(note_id) = uuid::Uuid::parse_str(&note) else {
        return error_response(api::ApiError::NotFound("No such progress note.".into()));
    };
    let max = state.context.attachment_max_bytes;
    let form = match read_form(multipart, &["summary"], max).await {
        Ok(form) => form,
        Err(e) => return error_response(e),
    };
    let Some((file_name, content_type, content)) = form.file.clone() else {
        return error_response(api::ApiError::validation("file", "Choose a file"));
    };
    let upload = api::follow_up::use_cases::Upload {
        note_id,
        summary: form.text("summary"),
        file_name: &file_name,
        content_type: &content_type,
        content,
    };
    match api::follow_up::use_cases::upload(&state.context, &viewer, upload).await {
        Ok(a) => (StatusCode::CREATED, Json(attachment_json(&a))).into_response(),
        Err(e) => error_response(e),
    }
}
