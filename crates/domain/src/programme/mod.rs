//! Programmes, their phases and rules, quads, and the rules on a review's
//! data that are not lifecycle guards: the month within the programme's
//! phases, the focus's key questions, a member's affiliation, and the
//! reciprocal-review conflict of CI programmes.
//!
//! Every check returns the field at fault and a sentence, so the API can
//! answer `VALIDATION` naming the field.
//!
//! One file per subject, all re-exported here as `domain::programme`:
//!
//! - `calendar.rs`: months, a programme's phases and school sessions.
//! - `settings.rs`: what a programme sets, its name and reciprocity.
//! - `material.rs`: materials, by link or as an uploaded document.
//! - `quads.rs`: a quad's members and when it may be edited or dissolved.
//! - `review.rs`: a review's focus, theme, members' affiliation and
//!   taking part, and CI's reciprocal reviews.

mod calendar;
mod material;
mod quads;
mod review;
mod settings;

pub use calendar::*;
pub use material::*;
pub use quads::*;
pub use review::*;
pub use settings::*;

/// A field at fault and what to do about it.
pub type Invalid = (&'static str, String);

#[cfg(test)]
mod tests;
