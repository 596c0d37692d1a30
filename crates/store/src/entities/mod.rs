//! sea-orm entities: one per table. They never appear in the GraphQL schema.

pub mod bank_holiday;
pub mod framework;
pub mod organisation;
pub mod outbox;
