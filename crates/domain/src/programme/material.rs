//! A programme's materials: a title with a link, or an uploaded document
//! whose size, content and name are checked against the types allowed.

use super::Invalid;

/// A material: a title and an http(s) link.
pub fn parse_material(title: &str, url: &str) -> Result<(String, String), Invalid> {
    let title = crate::text::MATERIAL_TITLE.parse(title)?;
    let url = url.trim();
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > 10
        && url.len() <= 2000
        && !url.contains(|c: char| c.is_whitespace() || c.is_control());
    if !ok {
        return Err(("url", "Enter a link starting with https://".into()));
    }
    Ok((title, url.to_owned()))
}

/// The largest document a programme officer may upload as a material.
pub const MATERIAL_MAX_BYTES: usize = 10 * 1024 * 1024;

/// The document types a material may be: content type, the one file name
/// extension it goes by and, for the Office and OpenDocument formats (which
/// are ZIP archives), the part every such document holds. What is uploaded
/// must be what it claims to be, by its content and by its name (a
/// `guide.html` holding a PDF would open as a web page if ever served by
/// its name).
const MATERIAL_TYPES: &[(&str, &str, Option<&str>)] = &[
    ("application/pdf", "pdf", None),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
        Some("word/document.xml"),
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
        Some("ppt/presentation.xml"),
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
        Some("xl/workbook.xml"),
    ),
    (
        "application/vnd.oasis.opendocument.text",
        "odt",
        Some("content.xml"),
    ),
];

/// Whether `bytes` are a document of type `claimed`, as `infer` reads their
/// signature. An Office or OpenDocument file is a ZIP archive, which
/// `infer` names by its first entries or calls a plain ZIP; either way it
/// must be a readable archive holding the type's main `part` (a ZIP of
/// anything else is not a `.docx`).
fn content_is(claimed: &str, part: Option<&str>, bytes: &[u8]) -> bool {
    let detected = infer::get(bytes).map(|t| t.mime_type());
    match part {
        None => detected == Some(claimed),
        Some(part) => {
            matches!(detected, Some(m) if m == claimed || m == "application/zip")
                && zip::ZipArchive::new(std::io::Cursor::new(bytes))
                    .is_ok_and(|archive| archive.index_for_name(part).is_some())
        }
    }
}

/// An uploaded material's file name (kept for the download) and content
/// type, checked against its size, content and extension. Returns the
/// file name without any path.
pub fn check_material_file(
    file_name: &str,
    content_type: &str,
    bytes: &[u8],
) -> Result<String, Invalid> {
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .collect::<String>();
    if name.is_empty() || name.chars().count() > 200 {
        return Err((
            "file",
            "Choose a file with a name of up to 200 characters".into(),
        ));
    }
    if bytes.is_empty() {
        return Err(("file", "The file is empty".into()));
    }
    if bytes.len() > MATERIAL_MAX_BYTES {
        return Err((
            "file",
            format!(
                "The file must be {} MB or smaller",
                MATERIAL_MAX_BYTES / 1024 / 1024
            ),
        ));
    }
    let content_type = content_type.split(';').next().unwrap_or_default().trim();
    let Some((claimed, extension, part)) = MATERIAL_TYPES
        .iter()
        .find(|(t, _, _)| t.eq_ignore_ascii_case(content_type))
    else {
        return Err((
            "file",
            "The file must be a PDF, Word, PowerPoint, Excel or OpenDocument text document".into(),
        ));
    };
    if !content_is(claimed, *part, bytes) {
        return Err(("file", "The file's content does not match its type".into()));
    }
    let named = name
        .rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && ext.eq_ignore_ascii_case(extension));
    if !named {
        return Err((
            "file",
            format!("The file's name must end in .{extension}, as its content is that type"),
        ));
    }
    Ok(name)
}
