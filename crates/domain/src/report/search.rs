//! Full-text search of published reports (issue 19): what a visitor types
//! becomes a list of phrases (every one must occur; a lone word is a
//! phrase of one word), so the store can quote each for SQLite FTS5 and
//! pass each to PostgreSQL's `phraseto_tsquery` as a parameter. Words are
//! runs of letters and digits, so no character a visitor types can reach
//! either engine's query syntax.
//!
//! Both engines must answer alike: PostgreSQL's `english` configuration
//! drops common words that SQLite's `porter unicode61` keeps, so a lone
//! common word (and a phrase only of them) is dropped here for both.

use super::{ItemKind, SectionKey, Snapshot};

/// The longest search text, in characters.
pub const MAX_SEARCH_CHARS: usize = 200;
/// The most words a search may hold.
pub const MAX_SEARCH_WORDS: usize = 12;

/// PostgreSQL's `english` stop words (its `english.stop`).
const STOP_WORDS: &[&str] = &[
    "i",
    "me",
    "my",
    "myself",
    "we",
    "our",
    "ours",
    "ourselves",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "what",
    "which",
    "who",
    "whom",
    "this",
    "that",
    "these",
    "those",
    "am",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "doing",
    "a",
    "an",
    "the",
    "and",
    "but",
    "if",
    "or",
    "because",
    "as",
    "until",
    "while",
    "of",
    "at",
    "by",
    "for",
    "with",
    "about",
    "against",
    "between",
    "into",
    "through",
    "during",
    "before",
    "after",
    "above",
    "below",
    "to",
    "from",
    "up",
    "down",
    "in",
    "out",
    "on",
    "off",
    "over",
    "under",
    "again",
    "further",
    "then",
    "once",
    "here",
    "there",
    "when",
    "where",
    "why",
    "how",
    "all",
    "any",
    "both",
    "each",
    "few",
    "more",
    "most",
    "other",
    "some",
    "such",
    "no",
    "nor",
    "not",
    "only",
    "own",
    "same",
    "so",
    "than",
    "too",
    "very",
    "s",
    "t",
    "can",
    "will",
    "just",
    "don",
    "should",
    "now",
];

/// Why a text cannot be searched; its message is shown to the visitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsearchable {
    NoWords,
    OnlyCommonWords,
    TooLong,
    TooManyWords,
}

impl Unsearchable {
    pub fn message(&self) -> String {
        match self {
            Unsearchable::NoWords => {
                "Type a word to search for: punctuation alone finds nothing.".into()
            }
            Unsearchable::OnlyCommonWords => {
                "Those words are too common to search for: add a more specific word.".into()
            }
            Unsearchable::TooLong => {
                format!("The search text is too long: use at most {MAX_SEARCH_CHARS} characters.")
            }
            Unsearchable::TooManyWords => {
                format!("Search for at most {MAX_SEARCH_WORDS} words at a time.")
            }
        }
    }
}

/// A search: phrases that must all occur, each a list of lower-case words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    pub phrases: Vec<Vec<String>>,
}

fn is_stop(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Reads what a visitor typed: "double quotes" make a phrase.
pub fn parse_search(text: &str) -> Result<Search, Unsearchable> {
    if text.chars().count() > MAX_SEARCH_CHARS {
        return Err(Unsearchable::TooLong);
    }
    let mut phrases: Vec<Vec<String>> = Vec::new();
    let mut any_word = false;
    let mut count = 0;
    for (n, part) in text.split('"').enumerate() {
        let ws = words(part);
        count += ws.len();
        any_word |= !ws.is_empty();
        if n % 2 == 1 {
            if ws.iter().any(|w| !is_stop(w)) {
                phrases.push(ws);
            }
        } else {
            phrases.extend(ws.into_iter().filter(|w| !is_stop(w)).map(|w| vec![w]));
        }
    }
    if count > MAX_SEARCH_WORDS {
        return Err(Unsearchable::TooManyWords);
    }
    if !any_word {
        return Err(Unsearchable::NoWords);
    }
    if phrases.is_empty() {
        return Err(Unsearchable::OnlyCommonWords);
    }
    Ok(Search { phrases })
}

impl Search {
    /// The FTS5 query: each phrase quoted (its words hold no quote), all
    /// required.
    pub fn fts5(&self) -> String {
        self.phrases
            .iter()
            .map(|p| format!("\"{}\"", p.join(" ")))
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// Each phrase as text for `phraseto_tsquery`.
    pub fn phrase_texts(&self) -> Vec<String> {
        self.phrases.iter().map(|p| p.join(" ")).collect()
    }

    /// A passage of `paragraphs` around the first word that looks like a
    /// searched word (same first letters), at most about 240 characters.
    pub fn snippet<'a>(&self, paragraphs: impl IntoIterator<Item = &'a str>) -> Option<String> {
        let prefixes: Vec<String> = self
            .phrases
            .iter()
            .flatten()
            .filter(|w| !is_stop(w))
            .map(|w| {
                let n = w.chars().count();
                let keep = n.saturating_sub(3).max(4).min(n);
                w.chars().take(keep).collect()
            })
            .collect();
        for paragraph in paragraphs {
            let text: Vec<char> = paragraph.chars().collect();
            let mut found = None;
            let mut n = 0;
            while n < text.len() && found.is_none() {
                if !text[n].is_alphanumeric() {
                    n += 1;
                    continue;
                }
                let start = n;
                while n < text.len() && text[n].is_alphanumeric() {
                    n += 1;
                }
                let word: String = text[start..n].iter().collect::<String>().to_lowercase();
                if prefixes.iter().any(|p| word.starts_with(p.as_str())) {
                    found = Some(start);
                }
            }
            let Some(at) = found else { continue };
            let from = at.saturating_sub(80);
            let to = (from + 240).min(text.len());
            let mut s: String = text[from..to].iter().collect::<String>().trim().to_owned();
            if from > 0 {
                s = format!("…{s}");
            }
            if to < text.len() {
                s.push('…');
            }
            return Some(s);
        }
        None
    }
}

/// What a published version is searched by: title facts, key questions,
/// every section and item.
pub fn search_body(
    host_names: &[String],
    programme_name: &str,
    theme: Option<&str>,
    key_questions: &[String],
    snapshot: &Snapshot,
) -> String {
    let mut parts: Vec<&str> = host_names.iter().map(String::as_str).collect();
    parts.push(programme_name);
    parts.extend(theme);
    parts.extend(key_questions.iter().map(String::as_str));
    parts.extend(report_paragraphs(snapshot));
    parts.join("\n")
}

/// The report's text in reading order: each section's prose, then its
/// items (not the headings every report shares).
pub fn report_paragraphs(snapshot: &Snapshot) -> Vec<&str> {
    let mut out = Vec::new();
    for key in super::SECTIONS {
        if let Some(s) = snapshot.sections.iter().find(|s| s.key == *key) {
            out.extend(s.text.split('\n').filter(|p| !p.trim().is_empty()));
        }
        let kind = match key {
            SectionKey::Strengths => Some(ItemKind::Strength),
            SectionKey::AreasForImprovement => Some(ItemKind::AreaForImprovement),
            _ => None,
        };
        if let Some(kind) = kind {
            out.extend(
                snapshot
                    .items
                    .iter()
                    .filter(|i| i.kind == kind)
                    .map(|i| i.text.as_str()),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<Vec<String>> {
        parse_search(text).unwrap().phrases
    }

    #[test]
    fn words_become_required_phrases_and_quotes_make_one_phrase() {
        assert_eq!(
            phrases(r#"improving "positive destinations""#),
            vec![
                vec!["improving".to_owned()],
                vec!["positive".into(), "destinations".into()]
            ]
        );
    }

    #[test]
    fn query_syntax_typed_by_a_visitor_is_only_words() {
        let s = parse_search(r#"a* OR "b NEAR(c d)" -e:f ^g"#).unwrap();
        assert_eq!(s.fts5(), r#""b near c d" AND "e" AND "f" AND "g""#);
        let s = parse_search(r#"unbalanced "quote"#).unwrap();
        assert_eq!(s.fts5(), r#""unbalanced" AND "quote""#);
    }

    #[test]
    fn punctuation_common_words_long_texts_and_many_words_cannot_search() {
        assert_eq!(parse_search("?!.,;"), Err(Unsearchable::NoWords));
        assert_eq!(parse_search(""), Err(Unsearchable::NoWords));
        assert_eq!(
            parse_search("the and of"),
            Err(Unsearchable::OnlyCommonWords)
        );
        assert_eq!(parse_search(&"x".repeat(201)), Err(Unsearchable::TooLong));
        assert_eq!(
            parse_search(&"word ".repeat(13)),
            Err(Unsearchable::TooManyWords)
        );
    }

    #[test]
    fn the_snippet_shows_the_passage_around_the_first_matching_word() {
        let s = parse_search("improving").unwrap();
        let long = format!(
            "{} Improvement planning is strong. {}",
            "a ".repeat(100),
            "b ".repeat(200)
        );
        let snippet = s.snippet(["Nothing here.", long.as_str()]).unwrap();
        assert!(snippet.contains("Improvement planning"), "{snippet}");
        assert!(snippet.starts_with('…') && snippet.ends_with('…'));
        assert!(snippet.chars().count() <= 242);
        assert_eq!(s.snippet(["Nothing here."]), None);
    }
}
