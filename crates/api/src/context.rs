//! What every resolver can reach.

use domain::Clock;
use std::sync::Arc;
use store::Store;

/// Shared state put into the schema's data.
#[derive(Clone)]
pub struct ApiContext {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    /// The address people reach Quads at; links in mail start with it.
    pub public_url: String,
}
