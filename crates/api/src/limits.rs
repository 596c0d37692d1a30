//! Limits checked before a request is executed: query size and aliases.
//! Depth and complexity are the schema's own limits (see `schema`).

use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{ErrorExtensions, ServerError};

/// Largest query text accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 10 * 1024;
/// Most aliases in one query.
pub const MAX_ALIASES: usize = 15;
/// Most operations in one batch.
pub const MAX_BATCH: usize = 10;
pub const MAX_DEPTH: usize = 12;

fn refusal(message: String) -> ServerError {
    let err = async_graphql::Error::new(message).extend_with(|_, e| e.set("code", "VALIDATION"));
    err.into_server_error(async_graphql::Pos::default())
}

/// Refuses a query that is too large or uses too many aliases.
pub fn check_query(query: &str) -> Result<(), ServerError> {
    check_size(query)?;
    // A query that does not parse is reported by the executor with its position.
    if let Ok(doc) = async_graphql::parser::parse_query(query) {
        check_parsed(&doc)?;
    }
    Ok(())
}

/// Refuses a query text that is too large (before parsing it).
pub fn check_size(query: &str) -> Result<(), ServerError> {
    if query.len() > MAX_QUERY_BYTES {
        return Err(refusal(format!(
            "The query is {} bytes; the most accepted is {MAX_QUERY_BYTES}.",
            query.len()
        )));
    }
    Ok(())
}

/// Refuses a parsed query that uses too many aliases.
pub fn check_parsed(doc: &ExecutableDocument) -> Result<(), ServerError> {
    let aliases = count_aliases(doc);
    if aliases > MAX_ALIASES {
        return Err(refusal(format!(
            "The query uses {aliases} aliases; the most accepted is {MAX_ALIASES}."
        )));
    }
    Ok(())
}

fn count_aliases(doc: &ExecutableDocument) -> usize {
    let in_operations: usize = doc
        .operations
        .iter()
        .map(|(_, op)| count_in(&op.node.selection_set.node))
        .sum();
    let in_fragments: usize = doc
        .fragments
        .values()
        .map(|f| count_in(&f.node.selection_set.node))
        .sum();
    in_operations + in_fragments
}

fn count_in(set: &SelectionSet) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(f) => {
                usize::from(f.node.alias.is_some()) + count_in(&f.node.selection_set.node)
            }
            Selection::InlineFragment(f) => count_in(&f.node.selection_set.node),
            Selection::FragmentSpread(_) => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_with_sixteen_aliases_is_refused_and_fifteen_accepted() {
        let fields = |n: usize| {
            (0..n)
                .map(|i| format!("a{i}: authorities {{ name }}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert!(check_query(&format!("{{ {} }}", fields(15))).is_ok());
        let err = check_query(&format!("{{ {} }}", fields(16))).unwrap_err();
        assert!(err.message.contains("16 aliases"));
    }

    #[test]
    fn aliases_inside_fragments_count_too() {
        let frag = (0..16)
            .map(|i| format!("n{i}: name"))
            .collect::<Vec<_>>()
            .join(" ");
        let q = format!("{{ authorities {{ ...F }} }} fragment F on Authority {{ {frag} }}");
        assert!(check_query(&q).is_err());
    }

    #[test]
    fn a_query_over_ten_kilobytes_is_refused() {
        let q = format!(
            "{{ authorities {{ name }} }} # {}",
            "x".repeat(MAX_QUERY_BYTES)
        );
        assert!(check_query(&q).unwrap_err().message.contains("bytes"));
    }
}
