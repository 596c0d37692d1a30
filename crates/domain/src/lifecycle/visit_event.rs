//! What changed in a visit plan, as the history records it (the events
//! `VISIT_PLANNED` and `VISIT_CHANGED` carry one).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// One change to a visit plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "camelCase")]
pub enum VisitChange {
    /// The visit dates were set or moved.
    Dates {
        /// The days before (empty when first set).
        before: Vec<NaiveDate>,
        /// The days now.
        after: Vec<NaiveDate>,
    },
    /// A session was added, e.g. "Monday 1 March 2027, 09:30–11:00,
    /// Focus group".
    SessionAdded {
        /// The session, in words.
        session: String,
    },
    /// A session was edited.
    SessionChanged {
        /// The session before, in words.
        before: String,
        /// The session now, in words.
        after: String,
    },
    /// A session was removed.
    SessionRemoved {
        /// The session, in words.
        session: String,
    },
}

fn dates(days: &[NaiveDate]) -> Vec<String> {
    days.iter().map(|d| d.to_string()).collect()
}

impl VisitChange {
    /// What changed, in a sentence for the history.
    pub fn summary(&self) -> String {
        let list = |days: &[NaiveDate]| {
            days.iter()
                .map(|d| crate::visit::long_date(*d))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            VisitChange::Dates { before, after } if before.is_empty() => {
                format!("Set the visit dates: {}", list(after))
            }
            VisitChange::Dates { before, after } => {
                format!("Moved the visit from {} to {}", list(before), list(after))
            }
            VisitChange::SessionAdded { session } => format!("Added a session: {session}"),
            VisitChange::SessionChanged { before, after } => {
                format!("Changed a session from {before} to {after}")
            }
            VisitChange::SessionRemoved { session } => format!("Removed a session: {session}"),
        }
    }

    /// What changed, as data for the history and its downloads, with its
    /// sentence (`summary`) as written then.
    pub fn detail(&self) -> Value {
        let mut detail = self.data();
        detail["summary"] = Value::String(self.summary());
        detail
    }

    fn data(&self) -> Value {
        match self {
            VisitChange::Dates { before, after } => json!({
                "change": "DATES",
                "before": dates(before),
                "after": dates(after),
            }),
            VisitChange::SessionAdded { session } => {
                json!({ "change": "SESSION_ADDED", "session": session })
            }
            VisitChange::SessionChanged { before, after } => {
                json!({ "change": "SESSION_CHANGED", "before": before, "after": after })
            }
            VisitChange::SessionRemoved { session } => {
                json!({ "change": "SESSION_REMOVED", "session": session })
            }
        }
    }
}
