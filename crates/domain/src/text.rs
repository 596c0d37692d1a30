//! Bounds on every free text a person enters, declared once: how long each
//! may be, whether it may span lines, and the field it is reported under.
//!
//! Short texts (names, titles, themes, search strings) are one line: no
//! control characters at all. Long texts (key questions, scope, reasons)
//! may hold newlines (LF or CR LF) and tabs, nothing else below U+0020.

use crate::programme::Invalid;

/// One kind of free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// The GraphQL field a refusal names.
    pub field: &'static str,
    /// How the text is called in a sentence ("The theme …").
    pub label: &'static str,
    /// The most characters (Unicode scalar values) accepted, after trimming.
    pub max_chars: usize,
    /// Whether newlines and tabs are accepted.
    pub multiline: bool,
}

const fn short(field: &'static str, label: &'static str, max_chars: usize) -> Text {
    Text {
        field,
        label,
        max_chars,
        multiline: false,
    }
}

const fn long(field: &'static str, label: &'static str, max_chars: usize) -> Text {
    Text {
        field,
        label,
        max_chars,
        multiline: true,
    }
}

/// A person's name.
pub const PERSON_NAME: Text = short("name", "name", 200);
/// A programme's name.
pub const PROGRAMME_NAME: Text = short("name", "programme's name", 200);
/// A quad's name.
pub const QUAD_NAME: Text = short("name", "quad's name", 200);
/// A review's theme (scheduling, the focus, imports).
pub const THEME: Text = short("theme", "theme", 300);
/// A material's title (a link or an uploaded document).
pub const MATERIAL_TITLE: Text = short("title", "title", 300);
/// One key question of a focus.
pub const KEY_QUESTION: Text = long("keyQuestions", "key question", 1000);
/// The most key questions a focus may have.
pub const MAX_KEY_QUESTIONS: usize = 12;
/// A focus's scope.
pub const SCOPE: Text = long("scope", "scope", 4000);
/// The reason given to postpone, withdraw or reopen a review.
pub const REASON: Text = long("reason", "reason", 2000);
/// The reason a conflict of interest was dismissed.
pub const DISMISSAL_REASON: Text = long("reason", "reason", 2000);
/// A search string (people).
pub const SEARCH: Text = short("search", "search", 200);
/// The theme filter of the reviews list.
pub const THEME_FILTER: Text = short("theme", "theme filter", 300);
/// A lookup key given by the client (framework id, GSS code, session,
/// collaborative's name): nothing Quads knows is longer.
pub const LOOKUP_KEY: Text = short("id", "identifier", 100);
/// An email address (RFC 5321: 254 characters in a path).
pub const EMAIL: Text = short("email", "email address", 254);

/// Whether `c` is refused in a text of this kind.
fn refused(c: char, multiline: bool) -> bool {
    c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'))
}

impl Text {
    fn too_long(&self) -> Invalid {
        (
            self.field,
            format!(
                "The {} must be {} characters or fewer",
                self.label, self.max_chars
            ),
        )
    }

    fn control(&self) -> Invalid {
        let allowed = if self.multiline {
            " (new lines and tabs are fine)"
        } else {
            ""
        };
        (
            self.field,
            format!(
                "The {} must not contain control characters{allowed}",
                self.label
            ),
        )
    }

    /// Checks the bounds only (length, control characters); blank is
    /// accepted here, for rules that report blanks their own way.
    pub fn check(&self, raw: &str) -> Result<(), Invalid> {
        if raw.chars().any(|c| refused(c, self.multiline)) {
            return Err(self.control());
        }
        if raw.trim().chars().count() > self.max_chars {
            return Err(self.too_long());
        }
        Ok(())
    }

    /// The text trimmed, or a refusal naming the field; blank is refused.
    pub fn parse(&self, raw: &str) -> Result<String, Invalid> {
        self.check(raw)?;
        let text = raw.trim();
        if text.is_empty() {
            return Err((self.field, format!("Enter the {}", self.label)));
        }
        Ok(text.to_owned())
    }

    /// Like [`Text::parse`], but blank or absent is `None`.
    pub fn parse_optional(&self, raw: Option<&str>) -> Result<Option<String>, Invalid> {
        match raw {
            None => Ok(None),
            Some(raw) => {
                self.check(raw)?;
                let text = raw.trim();
                Ok((!text.is_empty()).then(|| text.to_owned()))
            }
        }
    }

    /// A one-line text with its inner runs of spaces made single (names).
    pub fn parse_collapsed(&self, raw: &str) -> Result<String, Invalid> {
        self.check(raw)?;
        let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return Err((self.field, format!("Enter the {}", self.label)));
        }
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_at_its_bound_is_accepted_and_one_more_character_refused_naming_the_field() {
        let at = "é".repeat(THEME.max_chars);
        assert_eq!(THEME.parse(&at), Ok(at.clone()));
        let (field, message) = THEME.parse(&format!("{at}x")).unwrap_err();
        assert_eq!(field, "theme");
        assert!(message.contains("300 characters"), "{message}");
    }

    #[test]
    fn surrounding_spaces_do_not_count_and_blank_is_refused() {
        assert_eq!(
            PERSON_NAME.parse_collapsed("  Ann   Smith "),
            Ok("Ann Smith".into())
        );
        assert!(PERSON_NAME.parse("   ").is_err());
        assert_eq!(SCOPE.parse_optional(Some("  ")), Ok(None));
        assert_eq!(SCOPE.parse_optional(None), Ok(None));
    }

    #[test]
    fn control_characters_are_refused_and_long_texts_take_newlines_and_tabs() {
        for bad in ["a\0b", "a\u{7}", "\u{1b}[2J", "a\u{85}b", "a\u{7f}"] {
            assert!(REASON.check(bad).is_err(), "{bad:?}");
            assert!(THEME.check(bad).is_err(), "{bad:?}");
        }
        assert!(REASON.check("line one\r\nline two\tend").is_ok());
        assert_eq!(THEME.check("line one\nline two").unwrap_err().0, "theme");
        assert!(THEME.check("Ünïcödé — “quoted”").is_ok());
    }
}
