//! Users, sessions, one-time links and sign-in throttling.
//!
//! One file per subject, all re-exported here as `store::identity`:
//!
//! - `users.rs`: creating accounts and reading them with their roles.
//! - `changes.rs`: changes to an existing account — password, activity,
//!   roles, inviter, last sign-in.
//! - `sessions.rs`: sessions, and the viewer every signed-in request starts
//!   from.
//! - `tokens.rs`: one-time links (invitations and password resets).
//! - `throttle.rs`: the sign-in throttle's counters.

mod changes;
mod sessions;
mod throttle;
mod tokens;
mod users;

pub use changes::*;
pub use sessions::*;
pub use throttle::*;
pub use tokens::*;
pub use users::*;
