//! The visit: each authority's blackout dates, and per review its plan
//! (days, the iCalendar sequence, when the agenda was first shared), its
//! sessions, and the contacts and places the host records. Every write
//! runs in the caller's transaction; a change to the plan also claims the
//! review's version (see `api::visit`), so two planners never overwrite
//! each other silently.
//!
//! - `blackouts.rs`: blackout dates per authority.
//! - `plan.rs`: the days, sequence and sharing of a review's plan, and
//!   its sessions.
//! - `host.rs`: the host's contacts and places.

mod blackouts;
mod host;
mod plan;

pub use blackouts::*;
pub use host::*;
pub use plan::*;

use crate::StoreError;

/// A stored value that does not parse, naming the row.
fn corrupt(row: impl std::fmt::Display, what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!("{row}: {what}")))
}
