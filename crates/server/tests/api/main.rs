//! API scenarios against a real running server, on SQLite and PostgreSQL.

mod helpers;

mod authorisation;
mod database;
mod findings;
mod follow_up;
mod graphql_limits;
mod http;
mod identity;
mod input_bounds;
mod insight;
mod lifecycle;
mod lifecycle_matrix;
mod mail;
mod months_and_guard_codes;
mod people;
mod public_reports;
mod quad_comparison;
mod quads;
mod reference;
mod reminders;
mod report;
mod reschedule;
mod review_changes;
mod scale;
mod schema;
mod self_evaluation;
mod statements;
mod survey;
mod tasks;
mod visit;
