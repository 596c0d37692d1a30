//! Attachments: documents uploaded to something they belong to (a
//! programme's material, a self-evaluation, one indicator of it), kept in
//! the database. One allow-list of types and one size limit for all of
//! them; the type is judged by the content, and the file's name must agree
//! with it (a `guide.html` holding a PDF would open as a web page if ever
//! served by its name).

use crate::programme::Invalid;
use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

/// The size limit when the configuration sets none: 20 MB.
pub const DEFAULT_MAX_BYTES: usize = 20 * 1024 * 1024;

/// Most characters in an uploaded file's name.
pub const FILE_NAME_MAX_CHARS: usize = 200;

/// What an attachment belongs to; with the owner's id it decides who may
/// see the document and who may add or remove one.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum OwnerKind {
    /// A programme's material (owner id: the material's id).
    ProgrammeMaterial,
    /// A self-evaluation as a whole: the documents of an evidence-only
    /// self-evaluation, each with a summary (owner id: the
    /// self-evaluation's id).
    SelfEvaluation,
    /// One quality indicator of a self-evaluation: documents supporting its
    /// evidence (owner id: the indicator entry's id).
    SelfEvaluationIndicator,
    /// A finding recorded during the visit: what it is based on (owner
    /// id: the finding's id).
    Finding,
    /// A progress note of a follow-up action (owner id: the note's id).
    FollowUpNote,
}

impl OwnerKind {
    /// The stored name, e.g. `SELF_EVALUATION`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::str::FromStr for OwnerKind {
    type Err = crate::lifecycle::UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OwnerKind::VARIANTS
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| crate::lifecycle::UnknownName::new("attachment owner kind", s))
    }
}

/// How a type's content is recognised.
#[derive(Debug, Clone, Copy)]
enum Content {
    /// `infer` reads the signature as this very type.
    Signature,
    /// A ZIP archive (Office and OpenDocument) holding this main part.
    ZipWith(&'static str),
    /// Plain text: valid UTF-8 without NUL.
    Text,
}

/// The allow-list: content type, the extensions it goes by, and how its
/// content is recognised. Never SVG (a picture that runs scripts), never
/// HTML.
const TYPES: &[(&str, &[&str], Content)] = &[
    ("application/pdf", &["pdf"], Content::Signature),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        &["docx"],
        Content::ZipWith("word/document.xml"),
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        &["pptx"],
        Content::ZipWith("ppt/presentation.xml"),
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &["xlsx"],
        Content::ZipWith("xl/workbook.xml"),
    ),
    (
        "application/vnd.oasis.opendocument.text",
        &["odt"],
        Content::ZipWith("content.xml"),
    ),
    ("image/png", &["png"], Content::Signature),
    ("image/jpeg", &["jpg", "jpeg"], Content::Signature),
    ("text/plain", &["txt"], Content::Text),
];

/// The sentence naming what may be uploaded.
pub const ALLOWED: &str = "The file must be a PDF, a Word, PowerPoint, Excel or OpenDocument text \
                           document, a PNG or JPEG image, or plain text";

fn content_is(claimed: &str, content: Content, bytes: &[u8]) -> bool {
    let detected = infer::get(bytes).map(|t| t.mime_type());
    match content {
        Content::Signature => detected == Some(claimed),
        Content::ZipWith(part) => {
            matches!(detected, Some(m) if m == claimed || m == "application/zip")
                && zip::ZipArchive::new(std::io::Cursor::new(bytes))
                    .is_ok_and(|archive| archive.index_for_name(part).is_some())
        }
        Content::Text => !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok(),
    }
}

/// An upload that passed: the file name to keep (without any path) and
/// the content type to serve it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    pub file_name: String,
    pub content_type: String,
}

/// Checks an uploaded file against the size limit, the allow-list, its
/// content and its name. Every refusal names the field `file`.
pub fn check_file(
    file_name: &str,
    content_type: &str,
    bytes: &[u8],
    max_bytes: usize,
) -> Result<CheckedFile, Invalid> {
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .collect::<String>();
    if name.is_empty() || name.chars().count() > FILE_NAME_MAX_CHARS {
        return Err((
            "file",
            format!("Choose a file with a name of up to {FILE_NAME_MAX_CHARS} characters"),
        ));
    }
    if bytes.is_empty() {
        return Err(("file", "The file is empty".into()));
    }
    if bytes.len() > max_bytes {
        return Err(("file", too_large(max_bytes)));
    }
    let content_type = content_type.split(';').next().unwrap_or_default().trim();
    let Some((claimed, extensions, content)) = TYPES
        .iter()
        .find(|(t, _, _)| t.eq_ignore_ascii_case(content_type))
    else {
        return Err(("file", ALLOWED.into()));
    };
    if !content_is(claimed, *content, bytes) {
        return Err(("file", "The file's content does not match its type".into()));
    }
    let named = name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && extensions.iter().any(|e| ext.eq_ignore_ascii_case(e))
    });
    if !named {
        return Err((
            "file",
            format!(
                "The file's name must end in .{}, as its content is that type",
                extensions[0]
            ),
        ));
    }
    Ok(CheckedFile {
        file_name: name,
        content_type: claimed.to_string(),
    })
}

/// "The file must be 20 MB or smaller" (or kB below a megabyte).
pub fn too_large(max_bytes: usize) -> String {
    if max_bytes >= 1024 * 1024 {
        format!("The file must be {} MB or smaller", max_bytes / 1024 / 1024)
    } else {
        format!(
            "The file must be {} kB or smaller",
            max_bytes.div_ceil(1024)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: usize = DEFAULT_MAX_BYTES;
    const WORD: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
    const JPEG: &[u8] = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01";

    fn check(name: &str, content_type: &str, bytes: &[u8]) -> Result<CheckedFile, Invalid> {
        check_file(name, content_type, bytes, MAX)
    }

    /// A ZIP archive holding small files of these names.
    fn zip_of(names: &[&str]) -> Vec<u8> {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for name in names {
            zip.start_file(*name, options).expect("start a file");
            zip.write_all(b"<x/>").expect("write it");
        }
        zip.finish().expect("finish the archive").into_inner()
    }

    #[test]
    fn an_upload_must_be_a_document_that_is_what_it_claims() {
        let pdf = b"%PDF-1.7 ...";
        assert_eq!(
            check("C:\\docs\\Key terms.pdf", "application/pdf", pdf)
                .unwrap()
                .file_name,
            "Key terms.pdf"
        );
        assert!(check("x.pdf", "application/pdf", b"<html>").is_err());
        assert!(check("x.html", "text/html", b"<html>").is_err());
        assert!(check("x.pdf", "application/pdf", b"").is_err());
    }

    #[test]
    fn the_size_limit_is_the_one_given() {
        let pdf = [b"%PDF-1.7 ".as_slice(), &[b' '; 100]].concat();
        assert!(check_file("x.pdf", "application/pdf", &pdf, pdf.len()).is_ok());
        let err = check_file("x.pdf", "application/pdf", &pdf, pdf.len() - 1).unwrap_err();
        assert_eq!(err, ("file", "The file must be 1 kB or smaller".into()));
        let big = vec![b'%'; MAX + 1];
        assert_eq!(
            check("x.pdf", "application/pdf", &big).unwrap_err().1,
            "The file must be 20 MB or smaller"
        );
    }

    #[test]
    fn an_uploads_extension_must_match_its_detected_type() {
        let pdf = b"%PDF-1.7 ...";
        for name in [
            "guide.html",
            "guide.pdf.html",
            "guide",
            ".pdf",
            "guide.docx",
        ] {
            let err = check(name, "application/pdf", pdf).unwrap_err();
            assert!(err.1.contains(".pdf"), "{name}: {err:?}");
        }
        assert!(check("Guide.PDF", "application/pdf", pdf).is_ok());
        let docx = zip_of(&["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
        assert!(check("notes.docx", WORD, &docx).is_ok());
        assert!(check("notes.xlsx", WORD, &docx).is_err());
    }

    #[test]
    fn png_and_jpeg_images_pass_by_their_signatures() {
        assert_eq!(
            check("chart.png", "image/png", PNG).unwrap().content_type,
            "image/png"
        );
        assert!(check("photo.jpg", "image/jpeg", JPEG).is_ok());
        assert!(check("photo.JPEG", "image/jpeg", JPEG).is_ok());
        assert!(check("photo.png", "image/png", JPEG).is_err());
        assert!(check("chart.jpg", "image/png", PNG).is_err());
    }

    #[test]
    fn svg_and_html_are_never_accepted() {
        let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
        assert_eq!(
            check("logo.svg", "image/svg+xml", svg).unwrap_err().1,
            ALLOWED
        );
        assert!(check("page.html", "text/html", b"<p>hi</p>").is_err());
        // As plain text its name must say so, and it is served as text.
        assert!(check("logo.svg", "text/plain", svg).is_err());
    }

    #[test]
    fn plain_text_must_be_utf8_without_nul() {
        let ok = check(
            "notes.txt",
            "text/plain; charset=utf-8",
            "Café notes\n".as_bytes(),
        );
        assert_eq!(ok.unwrap().content_type, "text/plain");
        assert!(check("notes.txt", "text/plain", b"a\0b").is_err());
        assert!(check("notes.txt", "text/plain", b"caf\xe9").is_err());
    }

    #[test]
    fn a_zip_passes_as_a_docx_only_if_it_holds_word_document_xml() {
        let content = |names: &[&str]| check("notes.docx", WORD, &zip_of(names));
        assert!(content(&["[Content_Types].xml", "word/document.xml"]).is_ok());
        assert!(
            content(&["word/document.xml"]).is_ok(),
            "entry order is free"
        );
        for names in [
            &["notes.txt"][..],
            &["[Content_Types].xml", "word/styles.xml"],
            &["[Content_Types].xml", "xl/workbook.xml"],
            &["[Content_Types].xml", "word/document.xml.bak"],
        ] {
            let err = content(names).unwrap_err();
            assert_eq!(
                err.1, "The file's content does not match its type",
                "{names:?}"
            );
        }
        let broken = &zip_of(&["word/document.xml"])[..30];
        assert!(check("notes.docx", WORD, broken).is_err(), "a cut archive");
    }

    #[test]
    fn each_office_type_must_hold_its_own_main_part() {
        for (content_type, name, part) in [
            (
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "deck.pptx",
                "ppt/presentation.xml",
            ),
            (
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "sums.xlsx",
                "xl/workbook.xml",
            ),
            (
                "application/vnd.oasis.opendocument.text",
                "notes.odt",
                "content.xml",
            ),
        ] {
            assert!(
                check(name, content_type, &zip_of(&[part])).is_ok(),
                "{name}"
            );
            assert!(
                check(name, content_type, &zip_of(&["word/document.xml"])).is_err(),
                "{name} holding a Word document"
            );
        }
    }

    #[test]
    fn owner_kinds_read_back_from_their_stored_names() {
        for kind in OwnerKind::VARIANTS {
            assert_eq!(kind.as_str().parse::<OwnerKind>().unwrap(), *kind);
        }
        assert!("REVIEW".parse::<OwnerKind>().is_err());
    }
}
