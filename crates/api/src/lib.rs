//! The GraphQL API: object types, queries, mutations, authorisation and the
//! mapping of every error to an `extensions.code`.

pub mod auth;
pub mod context;
pub mod cost;
pub mod documents;
pub mod error;
pub mod findings;
pub mod follow_up;
pub mod guard_code;
pub mod identity;
pub mod insight;
pub mod limits;
pub mod loaders;
pub mod month;
pub mod outbox;
pub mod programme;
pub mod reference;
pub mod reminders;
pub mod report;
pub mod review;
pub mod schema;
pub mod secrets;
pub mod self_evaluation;
pub mod survey;
pub mod visit;

pub use context::ApiContext;
pub use error::ApiError;
pub use schema::{build_schema, QuadsSchema, SchemaOptions};
