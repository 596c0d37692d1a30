//! Parsed GraphQL documents, kept by their text so that a document the
//! server has seen before is not parsed again. The frontend sends a few
//! dozen fixed documents (its code generation's), so nearly every request
//! finds its document here.
//!
//! A request's text is checked against [`crate::limits`] (size, aliases)
//! with the one parse the request gets; only accepted documents are kept,
//! at most [`DocumentCache::CAPACITY`] of them, so a client sending ever
//! new documents costs memory bounded by the capacity times the largest
//! text accepted (and evicts the others, which are then parsed again).

use crate::limits::{check_parsed, check_size};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Request, ServerError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The parsed documents, by their exact text.
#[derive(Default)]
pub struct DocumentCache {
    documents: Mutex<HashMap<String, Arc<ExecutableDocument>>>,
}

impl DocumentCache {
    /// The most documents kept.
    pub const CAPACITY: usize = 256;

    /// Checks `request`'s query against the limits and gives it its parsed
    /// document, from the cache or parsed now (and kept). A query that does
    /// not parse is left to the executor, which reports where it fails.
    pub fn prepare(&self, request: &mut Request) -> Result<(), ServerError> {
        check_size(&request.query)?;
        if let Some(doc) = self.get(&request.query) {
            request.set_parsed_query(ExecutableDocument::clone(&doc));
            return Ok(());
        }
        let Ok(doc) = async_graphql::parser::parse_query(&request.query) else {
            return Ok(());
        };
        check_parsed(&doc)?;
        let doc = Arc::new(doc);
        self.keep(&request.query, doc.clone());
        request.set_parsed_query(Arc::unwrap_or_clone(doc));
        Ok(())
    }

    /// How many documents are kept.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn get(&self, query: &str) -> Option<Arc<ExecutableDocument>> {
        self.lock().get(query).cloned()
    }

    fn keep(&self, query: &str, doc: Arc<ExecutableDocument>) {
        let mut documents = self.lock();
        if documents.len() >= Self::CAPACITY && !documents.contains_key(query) {
            // Any one goes: the frontend's few are back at their next use.
            if let Some(old) = documents.keys().next().cloned() {
                documents.remove(&old);
            }
        }
        documents.insert(query.to_owned(), doc);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<ExecutableDocument>>> {
        // A panic while holding the lock cannot leave the map half-changed
        // (each change is one call), so a poisoned lock is still usable.
        self.documents
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_parsed_once_and_then_served_from_the_cache() {
        let cache = DocumentCache::default();
        let query = "query A { authorities { name } }";
        let mut first = Request::new(query);
        cache.prepare(&mut first).unwrap();
        assert_eq!(cache.len(), 1);
        let mut again = Request::new(query);
        cache.prepare(&mut again).unwrap();
        assert_eq!(cache.len(), 1);
        let parsed = again.parsed_query().unwrap();
        assert_eq!(parsed.operations.iter().count(), 1);
    }

    #[test]
    fn refused_and_unparsable_documents_are_not_kept() {
        let cache = DocumentCache::default();
        let aliases = (0..16)
            .map(|i| format!("a{i}: authorities {{ name }}"))
            .collect::<Vec<_>>()
            .join(" ");
        let err = cache
            .prepare(&mut Request::new(format!("{{ {aliases} }}")))
            .unwrap_err();
        assert!(err.message.contains("16 aliases"));
        cache.prepare(&mut Request::new("{ authorities {")).unwrap();
        assert!(cache.is_empty());
        // Refused again from the cache's side too: never kept.
        assert!(cache
            .prepare(&mut Request::new(format!("{{ {aliases} }}")))
            .is_err());
    }

    #[test]
    fn the_cache_keeps_at_most_its_capacity() {
        let cache = DocumentCache::default();
        for i in 0..DocumentCache::CAPACITY + 10 {
            let mut request = Request::new(format!("query Q{i} {{ authorities {{ name }} }}"));
            cache.prepare(&mut request).unwrap();
        }
        assert_eq!(cache.len(), DocumentCache::CAPACITY);
    }
}
