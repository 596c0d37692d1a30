//! The names of a review's states and of the commands that move it.
//!
//! Both are stored as text (the `reviews.state` column, the audit event's
//! `command`), so each has a stable `as_str()` and a `FromStr` that accepts
//! exactly that text back. The text and the `ALL` lists are derived from
//! the enums by strum, so adding a variant cannot leave either behind.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, IntoStaticStr, VariantArray};

/// Where a review stands in its lifecycle.
///
/// Only a command made by a named person moves a review from one state to
/// another; time never does.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    IntoStaticStr,
    VariantArray,
    EnumCount,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum ReviewState {
    /// On the programme's timetable: hosts, phase and month are known.
    Scheduled,
    /// The theme and key questions are signed off by every host lead and a
    /// programme officer.
    FocusAgreed,
    /// The team meets the programme's composition rules.
    TeamFormed,
    /// The host authority has submitted its self-evaluation.
    SelfEvaluationSubmitted,
    /// The team is on its visit.
    VisitInProgress,
    /// The visit is over and the team has agreed its findings.
    VisitCompleted,
    /// A draft report is ready for the host's factual-accuracy check.
    ReportDrafted,
    /// The report is published: public and immutable.
    ReportPublished,
    /// The host is acting on the areas for improvement.
    FollowUp,
    /// Follow-up is finished. Final.
    Closed,
    /// Withdrawn before publication. Final; the history stays.
    Withdrawn,
    /// Paused before the visit; `resume` returns it to the state it left.
    Postponed,
}

impl ReviewState {
    /// Every state, in lifecycle order, side exits last (the declaration
    /// order, derived).
    pub const ALL: [ReviewState; ReviewState::COUNT] = every(ReviewState::Scheduled);

    /// The stored name, e.g. `SELF_EVALUATION_SUBMITTED`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The name a council officer reads, e.g. "Self-evaluation submitted".
    pub fn label(self) -> &'static str {
        match self {
            ReviewState::Scheduled => "Scheduled",
            ReviewState::FocusAgreed => "Focus agreed",
            ReviewState::TeamFormed => "Team formed",
            ReviewState::SelfEvaluationSubmitted => "Self-evaluation submitted",
            ReviewState::VisitInProgress => "Visit in progress",
            ReviewState::VisitCompleted => "Visit completed",
            ReviewState::ReportDrafted => "Report drafted",
            ReviewState::ReportPublished => "Report published",
            ReviewState::FollowUp => "Follow-up",
            ReviewState::Closed => "Closed",
            ReviewState::Withdrawn => "Withdrawn",
            ReviewState::Postponed => "Postponed",
        }
    }

    /// Whether no command can move the review any more.
    pub fn is_final(self) -> bool {
        matches!(self, ReviewState::Closed | ReviewState::Withdrawn)
    }
}

impl fmt::Display for ReviewState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ReviewState {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name("review state", s)
    }
}

/// The commands of the lifecycle, by name, without their data.
///
/// Used for the audit trail, the list of commands a page may offer and the
/// checklist of unmet guards shown before the user clicks.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    IntoStaticStr,
    VariantArray,
    EnumCount,
)]
#[serde(rename_all = "camelCase")]
#[strum(serialize_all = "camelCase")]
pub enum CommandKind {
    /// Put a review on the programme's timetable (creates the review).
    Schedule,
    /// Record that the focus is agreed.
    AgreeFocus,
    /// Record that the team is complete.
    FormTeam,
    /// Submit the host's self-evaluation.
    SubmitSelfEvaluation,
    /// Send the self-evaluation back to the host before the visit.
    ReopenSelfEvaluation,
    /// Start the visit.
    StartVisit,
    /// Finish the visit with agreed findings.
    CompleteVisit,
    /// Hand the draft report to the host for the factual-accuracy check.
    DraftReport,
    /// Publish the approved report.
    PublishReport,
    /// Start follow-up on the published areas for improvement.
    BeginFollowUp,
    /// Close the review after follow-up.
    Close,
    /// Withdraw the review before publication.
    Withdraw,
    /// Pause the review before the visit.
    Postpone,
    /// Return a postponed review to the state it left.
    Resume,
}

impl CommandKind {
    /// Every command, in lifecycle order, side exits last (the declaration
    /// order, derived).
    pub const ALL: [CommandKind; CommandKind::COUNT] = every(CommandKind::Schedule);

    /// The stored name, e.g. `submitSelfEvaluation`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// What the command does, as a button or checklist heading would say it.
    pub fn label(self) -> &'static str {
        match self {
            CommandKind::Schedule => "Schedule the review",
            CommandKind::AgreeFocus => "Agree the focus",
            CommandKind::FormTeam => "Form the team",
            CommandKind::SubmitSelfEvaluation => "Submit the self-evaluation",
            CommandKind::ReopenSelfEvaluation => "Reopen the self-evaluation",
            CommandKind::StartVisit => "Start the visit",
            CommandKind::CompleteVisit => "Complete the visit",
            CommandKind::DraftReport => "Draft the report",
            CommandKind::PublishReport => "Publish the report",
            CommandKind::BeginFollowUp => "Begin follow-up",
            CommandKind::Close => "Close the review",
            CommandKind::Withdraw => "Withdraw the review",
            CommandKind::Postpone => "Postpone the review",
            CommandKind::Resume => "Resume the review",
        }
    }
}

impl fmt::Display for CommandKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CommandKind {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name("command", s)
    }
}

/// A stored name that is not a known state or command: the data is corrupt
/// or was written by a newer version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what}: {name:?}")]
pub struct UnknownName {
    /// What was being parsed ("review state", "command").
    pub what: &'static str,
    /// The text that did not parse.
    pub name: String,
}

impl UnknownName {
    pub(crate) fn new(what: &'static str, name: &str) -> Self {
        UnknownName {
            what,
            name: name.to_owned(),
        }
    }
}

/// Every variant of `T` as an array, in declaration order: `ALL` lists
/// derived from strum's `VARIANTS` (a const fn, so they stay constants).
/// `first` only fills the array before it is overwritten.
const fn every<T: VariantArray + Copy, const N: usize>(first: T) -> [T; N] {
    let mut out = [first; N];
    let mut i = 0;
    while i < N {
        out[i] = T::VARIANTS[i];
        i += 1;
    }
    out
}

/// The variant of `T` stored as `s`, or an error naming what was parsed:
/// an unknown stored name is never read as some default.
pub(crate) fn parse_name<T>(what: &'static str, s: &str) -> Result<T, UnknownName>
where
    T: VariantArray + Copy,
    &'static str: From<T>,
{
    T::VARIANTS
        .iter()
        .copied()
        .find(|v| <&'static str>::from(*v) == s)
        .ok_or_else(|| UnknownName::new(what, s))
}
