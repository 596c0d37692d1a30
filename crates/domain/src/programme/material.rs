//! A programme's materials: a title with a link, or an uploaded document
//! (checked as every attachment is, in `crate::attachment`).

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
