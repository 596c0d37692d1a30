//! The kinds of history entries, as stored and shown.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

use super::state::{parse_name, UnknownName};

/// The kind of a history entry, as stored (`review_events.kind`) and shown.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum EventKind {
    /// Put on the timetable by a programme officer.
    Scheduled,
    /// Recorded from an earlier programme with its end state.
    Imported,
    /// Moved from one state to another by a command.
    Transitioned,
    /// The focus (theme, key questions, scope) was edited; its sign-offs
    /// were cleared.
    FocusEdited,
    /// A host lead or a programme officer signed off the focus.
    FocusSignedOff,
    /// A programme officer reopened the agreed focus, with a reason; its
    /// sign-offs were cleared.
    FocusReopened,
    /// Someone was invited to the team by email.
    MemberInvited,
    /// A person with an account was added to the team.
    MemberAdded,
    /// An invited person accepted or declined.
    MemberAnswered,
    /// A member was replaced by another person.
    MemberReplaced,
    /// A conflict of interest was dismissed, with a reason.
    ConflictDismissed,
    /// Moved to another phase and month of the timetable, with a reason.
    Rescheduled,
    /// The visit dates were first set.
    VisitPlanned,
    /// The visit plan changed: its dates or a session.
    VisitChanged,
    /// The team lead (or a programme officer) agreed a finding.
    FindingAgreed,
    /// An agreed finding became a draft again.
    FindingUnagreed,
    /// Findings were merged into one.
    FindingsMerged,
    /// The team lead reworded a finding.
    FindingReworded,
    /// The team lead removed a finding.
    FindingRemoved,
    /// The team lead shared the draft report with the host.
    ReportShared,
    /// The team lead answered a factual-accuracy comment.
    ReportCommentAnswered,
    /// A host lead or a programme officer approved a draft of the report.
    ReportApproved,
    /// A version of the report was published (a correction or the first).
    ReportPublished,
    /// A programme officer opened a correction of the published report.
    ReportCorrectionOpened,
    /// A follow-up action was added from an area for improvement.
    FollowUpActionAdded,
    /// A follow-up action was changed (its status, owner, due date or description).
    FollowUpActionUpdated,
    /// A progress note was added to a follow-up action.
    FollowUpNoteAdded,
    /// Why an area for improvement needs no action was recorded or cleared.
    FollowUpNoActionReason,
    /// A follow-up session was saved on a date.
    FollowUpSessionScheduled,
    /// A saved follow-up session was cancelled (proposed again).
    FollowUpSessionCancelled,
    /// A follow-up session's notes were written.
    FollowUpSessionNotes,
    /// An impact measure was added or changed.
    ImpactMeasureRecorded,
    /// An impact measure was marked for publication with the report, or unmarked.
    ImpactMeasurePublished,
}

impl EventKind {
    /// The stored name, e.g. `FOCUS_REOPENED`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether events of this kind set the review's state (and so have a
    /// state to show).
    pub fn sets_state(self) -> bool {
        match self {
            EventKind::Scheduled | EventKind::Imported | EventKind::Transitioned => true,
            EventKind::FocusEdited
            | EventKind::FocusSignedOff
            | EventKind::FocusReopened
            | EventKind::MemberInvited
            | EventKind::MemberAdded
            | EventKind::MemberAnswered
            | EventKind::MemberReplaced
            | EventKind::ConflictDismissed
            | EventKind::Rescheduled
            | EventKind::VisitPlanned
            | EventKind::VisitChanged
            | EventKind::FindingAgreed
            | EventKind::FindingUnagreed
            | EventKind::FindingsMerged
            | EventKind::FindingReworded
            | EventKind::FindingRemoved
            | EventKind::ReportShared
            | EventKind::ReportCommentAnswered
            | EventKind::ReportApproved
            | EventKind::ReportPublished
            | EventKind::ReportCorrectionOpened
            | EventKind::FollowUpActionAdded
            | EventKind::FollowUpActionUpdated
            | EventKind::FollowUpNoteAdded
            | EventKind::FollowUpNoActionReason
            | EventKind::FollowUpSessionScheduled
            | EventKind::FollowUpSessionCancelled
            | EventKind::FollowUpSessionNotes
            | EventKind::ImpactMeasureRecorded
            | EventKind::ImpactMeasurePublished => false,
        }
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for EventKind {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name("event kind", s)
    }
}
