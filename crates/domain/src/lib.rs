//! Pure rules of Quads: no I/O, no async, no ORM. Every rule is unit-tested
//! beside its code.

pub mod attachment;
pub mod clock;
pub mod findings;
pub mod follow_up;
pub mod framework;
pub mod identity;
pub mod insight;
pub mod lifecycle;
pub mod organisation;
pub mod programme;
pub mod quad_comparison;
pub mod reminder;
pub mod report;
pub mod self_evaluation;
pub mod survey;
pub mod text;
pub mod throttle;
pub mod visit;

pub use clock::{Clock, ManualClock, OffsetClock, SystemClock, TestClock};
pub use framework::{Framework, FrameworkError};
pub use organisation::{GssCode, Organisation, OrganisationKind};
