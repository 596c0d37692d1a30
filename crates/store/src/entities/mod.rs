//! sea-orm entities: one per table. They never appear in the GraphQL schema.

pub mod bank_holiday;
pub mod framework;
pub mod one_time_token;
pub mod organisation;
pub mod outbox;
pub mod session;
pub mod sign_in_throttle;
pub mod user;
pub mod user_role;
