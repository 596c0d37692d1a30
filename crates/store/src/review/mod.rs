//! Reviews: the timetable row, hosts, focus and sign-offs, the team,
//! conflicts and the audit trail. Every write runs in the caller's
//! transaction; a transition is applied with `UPDATE … WHERE state = ? AND
//! version = ?` and zero rows is a conflict. Every write to an existing
//! review takes the domain's `Decided` handle for it (and writes only what
//! that decision says), so nothing changes a review that the domain did not
//! decide.
//!
//! One file per part of a review, all re-exported here as `store::review`:
//!
//! - `rows.rs`: the review's own row — creating, listing, reading,
//!   rescheduling, claiming its version and applying a transition.
//! - `hosts.rs`: the host authorities and their leads.
//! - `focus.rs`: the focus and its sign-offs.
//! - `team.rs`: team members, invitations and their answers, replacements.
//! - `conflicts.rs`: conflicts of interest, raised and dismissed.
//! - `events.rs`: the history (audit trail), written and read.
//! - `facts.rs`: what the domain's guards read about a review.
//! - `mine.rs` (`store::review::mine`): the reviews a person takes part
//!   in, and the facts about the open ones (`mine_self_evaluation.rs`:
//!   their self-evaluations').

mod conflicts;
mod events;
mod facts;
mod focus;
mod hosts;
pub mod mine;
mod mine_self_evaluation;
mod rows;
mod team;

pub use conflicts::*;
pub use events::*;
pub use facts::*;
pub use focus::*;
pub use hosts::*;
pub use rows::*;
pub use team::*;

use crate::StoreError;
use std::collections::HashMap;
use uuid::Uuid;

/// A stored value that does not parse: the row is named, so the data can
/// be found and mended, and nothing is read as a default instead.
fn corrupt(row: impl std::fmt::Display, what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!("{row}: {what}")))
}

/// A write that the decision it was given does not cover: a fault in the
/// calling code, never the user's.
fn mismatch(write: &str) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!(
        "{write} needs the domain's decision to do so"
    )))
}

/// Rows gathered per review, keeping their order: the batched loaders ask
/// for many reviews at once and hand each its own list.
fn group_by_review<R, T>(rows: Vec<R>, split: impl Fn(R) -> (Uuid, T)) -> HashMap<Uuid, Vec<T>> {
    let mut map: HashMap<Uuid, Vec<T>> = HashMap::new();
    for row in rows {
        let (review, value) = split(row);
        map.entry(review).or_default().push(value);
    }
    map
}
