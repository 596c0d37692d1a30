//! What every resolver can reach.

use domain::identity::SessionPolicy;
use domain::Clock;
use std::sync::Arc;
use store::Store;

/// Renders the subject line a queued message will have. The server hands
/// in the mail templates (`notify`), which the API does not depend on.
pub trait MailSubjects: Send + Sync {
    fn subject(&self, template: &str, payload_json: &str) -> String;
}

/// Shared state put into the schema's data.
#[derive(Clone)]
pub struct ApiContext {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    /// The address people reach Quads at; links in mail start with it.
    pub public_url: String,
    pub sessions: SessionPolicy,
    pub mail_subjects: Arc<dyn MailSubjects>,
    /// The largest document accepted as an attachment or a programme's
    /// material, in bytes (QUADS_ATTACHMENT_MAX_BYTES; 20 MB by default).
    pub attachment_max_bytes: usize,
}

impl ApiContext {
    /// Whether cookies must be `Secure` (Quads is reached over https).
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}
