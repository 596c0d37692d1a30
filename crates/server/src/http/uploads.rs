//! A programme officer's upload of a material's document.

use super::attachments::{not_from_the_application, read_form};
use super::session::SignedIn;
use super::{error_response, AppState};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

/// Uploads a document as a programme's material: a multipart form with
/// `title` and `file`, from a programme officer. The request must carry
/// `X-Requested-With`, which no cross-site form can set, on top of the
/// SameSite session cookie.
pub(super) async fn upload_material(
    State(state): State<AppState>,
    headers: HeaderMap,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    if let Some(refused) = not_from_the_application(&headers) {
        return refused;
    }
    let Ok(programme) = uuid::Uuid::parse_str(&id) else {
        return error_response(api::ApiError::NotFound("No such programme.".into()));
    };
    let max = state.context.attachment_max_bytes;
    let form = match read_form(multipart, &["title"], max).await {
        Ok(form) => form,
        Err(e) => return error_response(e),
    };
    let Some((file_name, content_type, bytes)) = form.file.clone() else {
        return error_response(api::ApiError::validation("file", "Choose a file"));
    };
    match api::programme::upload_material(
        &state.context,
        &viewer,
        programme,
        form.text("title"),
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
