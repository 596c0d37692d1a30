//! Email: the templates, the lettre transports and the outbox dispatcher
//! that delivers what the rest of Quads queues.

pub mod dispatcher;
pub mod message;
pub mod templates;
pub mod transport;

pub use dispatcher::{Dispatcher, OutboxSettings, Pass};
pub use lettre::message::Mailbox;
pub use templates::Templates;
pub use transport::{SmtpEndpoint, SmtpSettings, Transport};

/// Why mail cannot be set up.
#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// A setting that cannot work; the server stops at start with this.
    #[error("{0}")]
    Config(String),
}
