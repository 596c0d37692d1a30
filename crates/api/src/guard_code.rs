//! `GuardCode`: the code of an unmet guard, the domain's enum as GraphQL's.

use async_graphql::Enum;

/// What an unmet guard is about: the code a client switches on (its message
/// is for people).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::GuardCode")]
pub enum GuardCode {
    /// The command is not available from the review's current state.
    WrongState,
    /// A reason is required and was blank.
    ReasonRequired,
    /// `resume` does not know which state the review left.
    PostponedFromUnknown,
    /// The review's visit has started (or it has ended): it can no longer
    /// be rescheduled.
    VisitStarted,
    /// A reschedule names the phase and month the review is already in.
    SlotUnchanged,
    /// `schedule` names no host authority.
    HostRequired,
    /// `schedule` names a host authority twice.
    HostDuplicated,
    /// A Quads review must have exactly one hosting member of the quad.
    QuadHostInvalid,
    /// A host authority has no host lead to sign or approve.
    HostLeadMissing,
    /// The focus has no theme.
    FocusThemeMissing,
    /// The focus has no non-blank key question.
    FocusKeyQuestionMissing,
    /// A host lead has not signed off the focus.
    FocusHostSignOffMissing,
    /// No programme officer has signed off the focus.
    FocusProgrammeSignOffMissing,
    /// The focus was agreed and is locked until a programme officer
    /// reopens it.
    FocusLocked,
    /// This party has already signed off the current focus.
    FocusAlreadySignedOff,
    /// The focus is already open (reopened, waiting for its sign-offs).
    FocusAlreadyOpen,
    /// The invitation has already been answered or withdrawn.
    InvitationAnswered,
    /// Fewer members than the programme's minimum.
    TeamTooSmall,
    /// More members than the programme's maximum.
    TeamTooLarge,
    /// No team lead.
    TeamLeadMissing,
    /// More than one team lead.
    TeamLeadNotUnique,
    /// No ADES member.
    TeamAdesMissing,
    /// No Education Scotland member.
    TeamEducationScotlandMissing,
    /// No HM Inspector where the programme requires one.
    TeamHmiMissing,
    /// An invitation is not answered yet.
    TeamInvitationPending,
    /// A conflict of interest is unresolved.
    TeamConflictUnresolved,
    /// A Quads review has no member from one of the quad's other
    /// authorities.
    TeamQuadAuthorityMissing,
    /// The software does not record the self-evaluation yet.
    SelfEvaluationNotRecorded,
    /// A required quality indicator is not graded with evidence.
    SelfEvaluationIndicatorMissing,
    /// No self-evaluation document is attached.
    SelfEvaluationDocumentMissing,
    /// The software does not record the visit yet.
    VisitNotRecorded,
    /// The visit dates are not set.
    VisitDatesMissing,
    /// The number of visit days differs from the programme's visit length.
    VisitLengthMismatch,
    /// The first visit day has not come yet.
    VisitNotStartedYet,
    /// The software does not record findings yet.
    FindingsNotRecorded,
    /// No agreed strength.
    FindingsStrengthMissing,
    /// No agreed area for improvement.
    FindingsAreaForImprovementMissing,
    /// The finding is not a draft (agreed or merged).
    FindingNotDraft,
    /// The finding is not agreed.
    FindingNotAgreed,
    /// The finding was merged into another, or a merge is not possible.
    FindingMerged,
    /// The software does not record the report yet.
    ReportNotRecorded,
    /// No draft report exists.
    ReportDraftMissing,
    /// A host lead has not approved the draft.
    ReportHostApprovalMissing,
    /// No programme officer has approved the draft.
    ReportProgrammeApprovalMissing,
    /// Factual-accuracy comments are still open.
    ReportCommentsOpen,
    /// The draft has not been shared with the host.
    ReportNotShared,
    /// This party has already approved the current draft.
    ReportAlreadyApproved,
    /// The comment is not open (answered, or not on this draft).
    ReportCommentAnswered,
    /// A correction is already open.
    ReportCorrectionOpen,
    /// No correction is open.
    ReportCorrectionNotOpen,
    /// The software does not record follow-up yet.
    FollowUpNotRecorded,
    /// A published area for improvement has no action and no reason.
    FollowUpActionMissing,
    /// No follow-up session is scheduled.
    FollowUpSessionMissing,
    /// An action is neither done nor carried into the improvement plan.
    FollowUpActionsOpen,
    /// No impact measure has a later value or a reason why none.
    FollowUpImpactMissing,
    /// A review of the quad is past SCHEDULED: the quad is in use.
    QuadReviewUnderWay,
    /// A scheduled review's host would no longer be in the quad.
    QuadHostWouldLeave,
    /// A review (scheduled or withdrawn) still names the quad, so it cannot
    /// be dissolved.
    QuadHasReviews,
}
