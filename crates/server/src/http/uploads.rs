//! A programme officer's upload of a material's document.

use super::session::SignedIn;
use super::{error_response, refusal, AppState};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

/// Most parts accepted in an upload's multipart form.
const MAX_UPLOAD_PARTS: usize = 4;

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
