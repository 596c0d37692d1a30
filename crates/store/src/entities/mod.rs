//! sea-orm entities: one per table. They never appear in the GraphQL schema.

pub mod attachment;
pub mod bank_holiday;
pub mod focus_sign_off;
pub mod framework;
pub mod one_time_token;
pub mod organisation;
pub mod outbox;
pub mod programme;
pub mod programme_material;
pub mod programme_phase;
pub mod quad;
pub mod quad_member;
pub mod review;
pub mod review_conflict;
pub mod review_event;
pub mod review_host;
pub mod self_evaluation;
pub mod self_evaluation_entry;
pub mod session;
pub mod sign_in_throttle;
pub mod team_member;
pub mod user;
pub mod user_role;
