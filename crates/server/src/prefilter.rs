//! Checks on the raw body of a GraphQL request, made before anything parses
//! it, as a layer on the `/graphql` route so that no handler behind it can
//! skip them.
//!
//! The GraphQL parser and the JSON decoders recurse once per bracket or
//! brace: a few kilobytes of `[[[[…` overflow the stack and abort the
//! process. One pass over the bytes counts the nesting of the JSON envelope
//! (variables included) and, inside the `query` string, of the GraphQL text
//! (outside its string literals and comments), and refuses both beyond
//! [`MAX_NESTING`]. The same pass refuses control characters (other than
//! newline, carriage return and tab) in any string of the request and in any
//! string literal of the query: no field of Quads takes them, and
//! PostgreSQL refuses a NUL byte in text.

use axum::body::{Body, Bytes};
use axum::http::{Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// Deepest nesting of brackets and braces accepted, in the JSON body and in
/// the GraphQL query text alike.
pub const MAX_NESTING: usize = 64;

/// Why a body was refused, as a sentence for the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

fn too_deep(what: &str) -> Refusal {
    Refusal(format!(
        "The {what} nests brackets or braces more than {MAX_NESTING} deep."
    ))
}

fn control() -> Refusal {
    Refusal(
        "The request contains a control character (such as NUL); only newline, carriage return and tab are accepted in text."
            .into(),
    )
}

fn is_refused_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// Checks a GraphQL request body (a JSON object or a batch of them).
pub fn check_body(body: &[u8]) -> Result<(), Refusal> {
    // Kinds of the open containers: b'{' or b'['.
    let mut open: Vec<u8> = Vec::new();
    let mut expect_key = false;
    let mut value_is_query = false;
    let mut i = 0;
    while i < body.len() {
        match body[i] {
            b @ (b'{' | b'[') => {
                if open.len() >= MAX_NESTING {
                    return Err(too_deep("request body"));
                }
                open.push(b);
                expect_key = b == b'{';
                value_is_query = false;
                i += 1;
            }
            b'}' | b']' => {
                open.pop();
                expect_key = false;
                value_is_query = false;
                i += 1;
            }
            b',' => {
                expect_key = open.last() == Some(&b'{');
                value_is_query = false;
                i += 1;
            }
            b'"' => {
                let (text, next) = json_string(body, i + 1)?;
                if expect_key {
                    // Only the envelope's `query` (single or batched) is GraphQL.
                    value_is_query =
                        text == "query" && matches!(open.as_slice(), [b'{'] | [b'[', b'{']);
                    expect_key = false;
                } else {
                    if value_is_query {
                        check_query_text(&text)?;
                    }
                    value_is_query = false;
                }
                i = next;
            }
            _ => i += 1,
        }
    }
    Ok(())
}

/// Decodes the JSON string starting after its opening quote at `start`;
/// returns its text and the index after its closing quote. An unterminated
/// string ends the body (the JSON decoder will refuse it later).
fn json_string(body: &[u8], start: usize) -> Result<(String, usize), Refusal> {
    let mut out: Vec<u8> = Vec::new();
    let mut i = start;
    while i < body.len() {
        match body[i] {
            b'"' => return Ok((finish(out)?, i + 1)),
            b'\\' => {
                let Some(&escape) = body.get(i + 1) else {
                    break;
                };
                i += 2;
                let c = match escape {
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    b'b' | b'f' => return Err(control()),
                    b'u' => {
                        let (c, next) = json_unicode_escape(body, i);
                        i = next;
                        c
                    }
                    other => char::from(other),
                };
                if is_refused_control(c) {
                    return Err(control());
                }
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    Ok((finish(out)?, body.len()))
}

/// The text of a decoded string, refused if it holds a control character.
fn finish(bytes: Vec<u8>) -> Result<String, Refusal> {
    let text = String::from_utf8_lossy(&bytes).into_owned();
    if text.chars().any(is_refused_control) {
        return Err(control());
    }
    Ok(text)
}

/// `\uXXXX` (and a following low surrogate) at `i`, after the `\u`.
fn json_unicode_escape(body: &[u8], i: usize) -> (char, usize) {
    let hex = |at: usize| -> Option<u32> {
        let digits = body.get(at..at + 4)?;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let Some(first) = hex(i) else {
        return (char::REPLACEMENT_CHARACTER, i);
    };
    if (0xD800..0xDC00).contains(&first) && body.get(i + 4..i + 6) == Some(b"\\u") {
        if let Some(second) = hex(i + 6).filter(|s| (0xDC00..0xE000).contains(s)) {
            let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            return (
                char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
                i + 10,
            );
        }
    }
    (
        char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER),
        i + 4,
    )
}

/// Counts bracket and brace nesting in GraphQL text, outside string
/// literals and comments, and refuses control characters written as
/// escapes inside string literals.
pub fn check_query_text(query: &str) -> Result<(), Refusal> {
    let chars: Vec<char> = query.chars().collect();
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '#' => {
                while i < chars.len() && !matches!(chars[i], '\n' | '\r') {
                    i += 1;
                }
            }
            '"' if chars.get(i + 1..i + 3) == Some(&['"', '"']) => {
                // A block string: no escapes but \""".
                i += 3;
                while i < chars.len() {
                    if chars[i] == '\\' && chars.get(i + 1..i + 4) == Some(&['"', '"', '"']) {
                        i += 4;
                    } else if chars.get(i..i + 3) == Some(&['"', '"', '"']) {
                        i += 3;
                        break;
                    } else {
                        i += 1;
                    }
                }
                continue;
            }
            '"' => {
                i += 1;
                while i < chars.len() && !matches!(chars[i], '"' | '\n' | '\r') {
                    if chars[i] == '\\' {
                        match chars.get(i + 1) {
                            Some('b' | 'f') => return Err(control()),
                            Some('u') => {
                                let (c, next) = graphql_unicode_escape(&chars, i + 2);
                                if c.is_some_and(is_refused_control) {
                                    return Err(control());
                                }
                                i = next;
                                continue;
                            }
                            _ => i += 2,
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(too_deep("query"));
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// `\uXXXX` or `\u{X…}` in a GraphQL string, starting after the `\u`.
fn graphql_unicode_escape(chars: &[char], i: usize) -> (Option<char>, usize) {
    let (digits, next): (String, usize) = if chars.get(i) == Some(&'{') {
        let end = chars[i..]
            .iter()
            .position(|c| *c == '}')
            .map_or(chars.len(), |p| i + p);
        (chars[i + 1..end].iter().collect(), end + 1)
    } else {
        let end = (i + 4).min(chars.len());
        (chars[i..end].iter().collect(), end)
    };
    let c = u32::from_str_radix(&digits, 16)
        .ok()
        .and_then(char::from_u32);
    (c, next)
}

/// Largest GraphQL request body read; the same bound the handler had.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// How long a GraphQL request body may take to arrive (a client dripping
/// it would otherwise hold its connection and this task).
const BODY_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

fn refusal(status: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({
        "errors": [{ "message": message, "extensions": { "code": "VALIDATION" } }]
    });
    (status, Json(body)).into_response()
}

/// The layer: reads the body (up to [`MAX_BODY_BYTES`]), checks it, and
/// hands the same bytes on.
pub async fn graphql_prefilter(request: Request<Body>, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let read = tokio::time::timeout(
        BODY_READ_TIMEOUT,
        axum::body::to_bytes(body, MAX_BODY_BYTES),
    );
    let bytes: Bytes = match read.await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => {
            return refusal(
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!(
                    "A GraphQL request may be at most {} kB.",
                    MAX_BODY_BYTES / 1024
                ),
            )
        }
        Err(_) => {
            return refusal(
                StatusCode::REQUEST_TIMEOUT,
                "The request body took too long to arrive.",
            )
        }
    };
    if let Err(Refusal(reason)) = check_body(&bytes) {
        return refusal(StatusCode::BAD_REQUEST, &reason);
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envelope(query: &str) -> Vec<u8> {
        serde_json::json!({ "query": query, "variables": {} })
            .to_string()
            .into_bytes()
    }

    fn nested(open: &str, close: &str, n: usize) -> String {
        format!("{}{}", open.repeat(n), close.repeat(n))
    }

    #[test]
    fn query_nesting_up_to_the_bound_is_accepted_and_beyond_it_refused() {
        let ok = format!("{{ f(a: {}) }}", nested("[", "]", MAX_NESTING - 1));
        assert_eq!(check_body(&envelope(&ok)), Ok(()));
        let deep = format!("{{ f(a: {}) }}", nested("[", "]", MAX_NESTING));
        assert!(check_body(&envelope(&deep))
            .unwrap_err()
            .0
            .contains("query"));
        let objects = format!("{{ f(a: {}) }}", nested("{a: ", "}", 2000));
        assert!(check_body(&envelope(&objects)).is_err());
    }

    #[test]
    fn brackets_inside_query_strings_and_comments_do_not_count() {
        let q = format!(
            "{{ f(a: \"{0}\", b: \"\"\"{0}\"\"\") }} # {0}\n",
            "[".repeat(500)
        );
        assert_eq!(check_body(&envelope(&q)), Ok(()));
        let escaped = format!("{{ f(a: \"\\\"{}\") }}", "[".repeat(500));
        assert_eq!(check_body(&envelope(&escaped)), Ok(()));
    }

    #[test]
    fn brackets_written_as_json_escapes_still_count() {
        let body = format!(
            "{{\"query\": \"{{ f(a: {}) }}\"}}",
            "\\u005b".repeat(MAX_NESTING + 1)
        );
        assert!(check_body(body.as_bytes()).is_err());
        let key = format!(
            "{{\"quer\\u0079\": \"{{ f(a: {}) }}\"}}",
            "[".repeat(MAX_NESTING + 1)
        );
        assert!(check_body(key.as_bytes()).is_err());
    }

    #[test]
    fn deep_json_variables_and_batches_are_refused() {
        let vars = format!(
            "{{\"query\": \"{{ a }}\", \"variables\": {{\"v\": {}}}}}",
            nested("[", "]", MAX_NESTING)
        );
        assert!(check_body(vars.as_bytes()).unwrap_err().0.contains("body"));
        let ok = format!(
            "[{{\"query\": \"{{ a }}\", \"variables\": {{\"v\": {}}}}}]",
            nested("[", "]", 30)
        );
        assert_eq!(check_body(ok.as_bytes()), Ok(()));
        let batch = format!(
            "[{{\"query\": \"{{ f(a: {}) }}\"}}]",
            "{".repeat(MAX_NESTING + 1)
        );
        assert!(check_body(batch.as_bytes()).is_err());
    }

    #[test]
    fn brackets_in_other_strings_do_not_count() {
        let body = serde_json::json!({
            "query": "mutation($r: String!) { f(r: $r) }",
            "variables": { "r": "[".repeat(1000), "query": "{".repeat(1000) }
        })
        .to_string();
        assert_eq!(check_body(body.as_bytes()), Ok(()));
    }

    #[test]
    fn control_characters_are_refused_in_variables_and_query_literals() {
        for text in ["a\u{0}b", "\u{7}", "\u{1b}[31m", "\u{85}"] {
            let body = serde_json::json!({ "query": "{ a }", "variables": { "v": text } });
            assert!(check_body(body.to_string().as_bytes()).is_err(), "{text:?}");
        }
        for literal in ["\\u0000", "\\u{0}", "\\b", "\\u001F"] {
            let q = format!("{{ f(a: \"x{literal}\") }}");
            assert!(check_body(&envelope(&q)).is_err(), "{literal}");
        }
        let fine = serde_json::json!({
            "query": "{ f(a: \"tab\\there\") }",
            "variables": { "v": "line one\r\nline two\tend", "w": "Ünïcödé — ok" }
        });
        assert_eq!(check_body(fine.to_string().as_bytes()), Ok(()));
    }
}
