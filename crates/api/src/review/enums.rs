//! The review enums of the schema, each mirroring the domain's.

use async_graphql::Enum;

/// Where a review stands in its lifecycle.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::ReviewState")]
pub enum ReviewState {
    Scheduled,
    FocusAgreed,
    TeamFormed,
    SelfEvaluationSubmitted,
    VisitInProgress,
    VisitCompleted,
    ReportDrafted,
    ReportPublished,
    FollowUp,
    Closed,
    Withdrawn,
    Postponed,
}

/// A lifecycle command, by name.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::CommandKind")]
pub enum ReviewCommand {
    Schedule,
    AgreeFocus,
    FormTeam,
    SubmitSelfEvaluation,
    ReopenSelfEvaluation,
    StartVisit,
    CompleteVisit,
    DraftReport,
    PublishReport,
    BeginFollowUp,
    Close,
    Withdraw,
    Postpone,
    Resume,
}

/// Where a team member comes from; follows from their organisation.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::Affiliation")]
pub enum Affiliation {
    Host,
    Ades,
    EducationScotland,
    HmInspectors,
    PeerAuthority,
    Partner,
}

/// Lead or member of a review team.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::TeamRole")]
pub enum TeamRole {
    Lead,
    Member,
}

/// Where an invitation to join a team stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::InvitationStatus")]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Declined,
}

/// What kind of change a history entry records.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::EventKind")]
pub enum ReviewEventKind {
    /// Put on the timetable.
    Scheduled,
    /// Recorded from an earlier programme with its end state.
    Imported,
    /// Moved by a command.
    Transitioned,
    /// The focus was edited; its sign-offs were cleared.
    FocusEdited,
    /// A host lead or a programme officer signed off the focus.
    FocusSignedOff,
    /// A programme officer reopened the agreed focus.
    FocusReopened,
    /// Someone was invited to the team by email.
    MemberInvited,
    /// A person with an account was added to the team.
    MemberAdded,
    /// An invited person accepted or declined.
    MemberAnswered,
    /// A member was replaced by another person.
    MemberReplaced,
    /// A conflict of interest was dismissed.
    ConflictDismissed,
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
    /// A version of the report was published (a correction, or the first).
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
    /// Moved to another phase and month of the timetable, with a reason.
    Rescheduled,
}
