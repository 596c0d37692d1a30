//! API scenarios against a real running server, on SQLite and PostgreSQL.

mod helpers;

mod database;
mod graphql_limits;
mod http;
mod mail;
mod reference;
mod schema;
