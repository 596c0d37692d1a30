//! Persistence: sea-orm entities, the queries the rest of Quads needs, run in
//! transactions, mapping rows to domain types and back.

pub mod attachment;
pub mod db;
pub mod entities;
pub mod error;
pub mod findings;
pub mod follow_up;
pub mod identity;
pub mod insight;
pub mod outbox;
mod positional;
pub mod programme;
pub mod reference;
pub mod reminders;
pub mod report;
pub mod report_index;
pub mod review;
pub mod self_evaluation;
pub mod submitted_grades;
pub mod survey;
pub mod visit;

pub use db::{commit, Backend, Store};
pub use error::StoreError;
pub use sea_orm;
pub use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
