//! Why a command is refused: data the page can show, not strings to match.

use serde::Serialize;

/// One unmet guard: a stable code for the client and a sentence a council
/// officer can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmet {
    /// What is unmet, stable across releases.
    pub code: GuardCode,
    /// What is missing, in words, e.g. "City of Edinburgh Council's host
    /// lead has not signed off the focus."
    pub message: String,
}

impl Unmet {
    pub(crate) fn new(code: GuardCode, message: impl Into<String>) -> Self {
        Unmet {
            code,
            message: message.into(),
        }
    }
}

/// Why a command was not accepted.
///
/// Rights are decided first: a caller without the right gets `Forbidden`
/// whatever the state of the review, so a refusal never tells someone who
/// may not act what they would have to fix. A command that is not available
/// from the current state is a `GuardFailed` with the single code
/// `WRONG_STATE`, because "the review must be in state X" is a condition the
/// page lists like any other; the command's own guards are not listed then,
/// since they belong to a transition that does not exist from here.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The caller may not issue this command on this review.
    #[error("forbidden: {message}")]
    Forbidden {
        /// Who may issue it, e.g. "Only a programme officer may form the
        /// team."
        message: String,
    },
    /// The caller may, but one or more guards do not hold; every one is
    /// listed.
    #[error("{} unmet guard(s)", .0.len())]
    GuardFailed(Vec<Unmet>),
}

impl Refusal {
    /// The codes of the unmet guards, empty for `Forbidden`.
    pub fn codes(&self) -> Vec<GuardCode> {
        match self {
            Refusal::Forbidden { .. } => Vec::new(),
            Refusal::GuardFailed(unmet) => unmet.iter().map(|u| u.code).collect(),
        }
    }
}

/// The code of an unmet guard: what a client switches on (the message is
/// for people). Written SCREAMING_SNAKE on the wire, e.g. `TEAM_TOO_SMALL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
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

impl GuardCode {
    /// The code as written on the wire, e.g. `"TEAM_TOO_SMALL"`.
    pub fn as_str(self) -> &'static str {
        match self {
            GuardCode::WrongState => "WRONG_STATE",
            GuardCode::ReasonRequired => "REASON_REQUIRED",
            GuardCode::PostponedFromUnknown => "POSTPONED_FROM_UNKNOWN",
            GuardCode::VisitStarted => "VISIT_STARTED",
            GuardCode::SlotUnchanged => "SLOT_UNCHANGED",
            GuardCode::HostRequired => "HOST_REQUIRED",
            GuardCode::HostDuplicated => "HOST_DUPLICATED",
            GuardCode::QuadHostInvalid => "QUAD_HOST_INVALID",
            GuardCode::HostLeadMissing => "HOST_LEAD_MISSING",
            GuardCode::FocusThemeMissing => "FOCUS_THEME_MISSING",
            GuardCode::FocusKeyQuestionMissing => "FOCUS_KEY_QUESTION_MISSING",
            GuardCode::FocusHostSignOffMissing => "FOCUS_HOST_SIGN_OFF_MISSING",
            GuardCode::FocusProgrammeSignOffMissing => "FOCUS_PROGRAMME_SIGN_OFF_MISSING",
            GuardCode::FocusLocked => "FOCUS_LOCKED",
            GuardCode::FocusAlreadySignedOff => "FOCUS_ALREADY_SIGNED_OFF",
            GuardCode::FocusAlreadyOpen => "FOCUS_ALREADY_OPEN",
            GuardCode::InvitationAnswered => "INVITATION_ANSWERED",
            GuardCode::TeamTooSmall => "TEAM_TOO_SMALL",
            GuardCode::TeamTooLarge => "TEAM_TOO_LARGE",
            GuardCode::TeamLeadMissing => "TEAM_LEAD_MISSING",
            GuardCode::TeamLeadNotUnique => "TEAM_LEAD_NOT_UNIQUE",
            GuardCode::TeamAdesMissing => "TEAM_ADES_MISSING",
            GuardCode::TeamEducationScotlandMissing => "TEAM_EDUCATION_SCOTLAND_MISSING",
            GuardCode::TeamHmiMissing => "TEAM_HMI_MISSING",
            GuardCode::TeamInvitationPending => "TEAM_INVITATION_PENDING",
            GuardCode::TeamConflictUnresolved => "TEAM_CONFLICT_UNRESOLVED",
            GuardCode::TeamQuadAuthorityMissing => "TEAM_QUAD_AUTHORITY_MISSING",
            GuardCode::SelfEvaluationNotRecorded => "SELF_EVALUATION_NOT_RECORDED",
            GuardCode::SelfEvaluationIndicatorMissing => "SELF_EVALUATION_INDICATOR_MISSING",
            GuardCode::SelfEvaluationDocumentMissing => "SELF_EVALUATION_DOCUMENT_MISSING",
            GuardCode::VisitNotRecorded => "VISIT_NOT_RECORDED",
            GuardCode::VisitDatesMissing => "VISIT_DATES_MISSING",
            GuardCode::VisitLengthMismatch => "VISIT_LENGTH_MISMATCH",
            GuardCode::VisitNotStartedYet => "VISIT_NOT_STARTED_YET",
            GuardCode::FindingsNotRecorded => "FINDINGS_NOT_RECORDED",
            GuardCode::FindingsStrengthMissing => "FINDINGS_STRENGTH_MISSING",
            GuardCode::FindingsAreaForImprovementMissing => "FINDINGS_AREA_FOR_IMPROVEMENT_MISSING",
            GuardCode::FindingNotDraft => "FINDING_NOT_DRAFT",
            GuardCode::FindingNotAgreed => "FINDING_NOT_AGREED",
            GuardCode::FindingMerged => "FINDING_MERGED",
            GuardCode::ReportNotRecorded => "REPORT_NOT_RECORDED",
            GuardCode::ReportDraftMissing => "REPORT_DRAFT_MISSING",
            GuardCode::ReportHostApprovalMissing => "REPORT_HOST_APPROVAL_MISSING",
            GuardCode::ReportProgrammeApprovalMissing => "REPORT_PROGRAMME_APPROVAL_MISSING",
            GuardCode::ReportCommentsOpen => "REPORT_COMMENTS_OPEN",
            GuardCode::ReportNotShared => "REPORT_NOT_SHARED",
            GuardCode::ReportAlreadyApproved => "REPORT_ALREADY_APPROVED",
            GuardCode::ReportCommentAnswered => "REPORT_COMMENT_ANSWERED",
            GuardCode::ReportCorrectionOpen => "REPORT_CORRECTION_OPEN",
            GuardCode::ReportCorrectionNotOpen => "REPORT_CORRECTION_NOT_OPEN",
            GuardCode::FollowUpNotRecorded => "FOLLOW_UP_NOT_RECORDED",
            GuardCode::FollowUpActionMissing => "FOLLOW_UP_ACTION_MISSING",
            GuardCode::FollowUpSessionMissing => "FOLLOW_UP_SESSION_MISSING",
            GuardCode::FollowUpActionsOpen => "FOLLOW_UP_ACTIONS_OPEN",
            GuardCode::FollowUpImpactMissing => "FOLLOW_UP_IMPACT_MISSING",
            GuardCode::QuadReviewUnderWay => "QUAD_REVIEW_UNDER_WAY",
            GuardCode::QuadHostWouldLeave => "QUAD_HOST_WOULD_LEAVE",
            GuardCode::QuadHasReviews => "QUAD_HAS_REVIEWS",
        }
    }
}

/// The codes of unmet guards by their wire names (the variants of
/// [`GuardCode`]), as the guards refer to them.
pub mod codes {
    use super::GuardCode;

    pub const WRONG_STATE: GuardCode = GuardCode::WrongState;
    pub const REASON_REQUIRED: GuardCode = GuardCode::ReasonRequired;
    pub const POSTPONED_FROM_UNKNOWN: GuardCode = GuardCode::PostponedFromUnknown;
    pub const VISIT_STARTED: GuardCode = GuardCode::VisitStarted;
    pub const SLOT_UNCHANGED: GuardCode = GuardCode::SlotUnchanged;
    pub const HOST_REQUIRED: GuardCode = GuardCode::HostRequired;
    pub const HOST_DUPLICATED: GuardCode = GuardCode::HostDuplicated;
    pub const QUAD_HOST_INVALID: GuardCode = GuardCode::QuadHostInvalid;
    pub const HOST_LEAD_MISSING: GuardCode = GuardCode::HostLeadMissing;
    pub const FOCUS_THEME_MISSING: GuardCode = GuardCode::FocusThemeMissing;
    pub const FOCUS_KEY_QUESTION_MISSING: GuardCode = GuardCode::FocusKeyQuestionMissing;
    pub const FOCUS_HOST_SIGN_OFF_MISSING: GuardCode = GuardCode::FocusHostSignOffMissing;
    pub const FOCUS_PROGRAMME_SIGN_OFF_MISSING: GuardCode = GuardCode::FocusProgrammeSignOffMissing;
    pub const FOCUS_LOCKED: GuardCode = GuardCode::FocusLocked;
    pub const FOCUS_ALREADY_SIGNED_OFF: GuardCode = GuardCode::FocusAlreadySignedOff;
    pub const FOCUS_ALREADY_OPEN: GuardCode = GuardCode::FocusAlreadyOpen;
    pub const INVITATION_ANSWERED: GuardCode = GuardCode::InvitationAnswered;
    pub const TEAM_TOO_SMALL: GuardCode = GuardCode::TeamTooSmall;
    pub const TEAM_TOO_LARGE: GuardCode = GuardCode::TeamTooLarge;
    pub const TEAM_LEAD_MISSING: GuardCode = GuardCode::TeamLeadMissing;
    pub const TEAM_LEAD_NOT_UNIQUE: GuardCode = GuardCode::TeamLeadNotUnique;
    pub const TEAM_ADES_MISSING: GuardCode = GuardCode::TeamAdesMissing;
    pub const TEAM_EDUCATION_SCOTLAND_MISSING: GuardCode = GuardCode::TeamEducationScotlandMissing;
    pub const TEAM_HMI_MISSING: GuardCode = GuardCode::TeamHmiMissing;
    pub const TEAM_INVITATION_PENDING: GuardCode = GuardCode::TeamInvitationPending;
    pub const TEAM_CONFLICT_UNRESOLVED: GuardCode = GuardCode::TeamConflictUnresolved;
    pub const TEAM_QUAD_AUTHORITY_MISSING: GuardCode = GuardCode::TeamQuadAuthorityMissing;
    pub const SELF_EVALUATION_NOT_RECORDED: GuardCode = GuardCode::SelfEvaluationNotRecorded;
    pub const SELF_EVALUATION_INDICATOR_MISSING: GuardCode =
        GuardCode::SelfEvaluationIndicatorMissing;
    pub const SELF_EVALUATION_DOCUMENT_MISSING: GuardCode =
        GuardCode::SelfEvaluationDocumentMissing;
    pub const VISIT_NOT_RECORDED: GuardCode = GuardCode::VisitNotRecorded;
    pub const VISIT_DATES_MISSING: GuardCode = GuardCode::VisitDatesMissing;
    pub const VISIT_LENGTH_MISMATCH: GuardCode = GuardCode::VisitLengthMismatch;
    pub const VISIT_NOT_STARTED_YET: GuardCode = GuardCode::VisitNotStartedYet;
    pub const FINDINGS_NOT_RECORDED: GuardCode = GuardCode::FindingsNotRecorded;
    pub const FINDINGS_STRENGTH_MISSING: GuardCode = GuardCode::FindingsStrengthMissing;
    pub const FINDINGS_AREA_FOR_IMPROVEMENT_MISSING: GuardCode =
        GuardCode::FindingsAreaForImprovementMissing;
    pub const REPORT_NOT_RECORDED: GuardCode = GuardCode::ReportNotRecorded;
    pub const REPORT_DRAFT_MISSING: GuardCode = GuardCode::ReportDraftMissing;
    pub const REPORT_HOST_APPROVAL_MISSING: GuardCode = GuardCode::ReportHostApprovalMissing;
    pub const REPORT_PROGRAMME_APPROVAL_MISSING: GuardCode =
        GuardCode::ReportProgrammeApprovalMissing;
    pub const REPORT_COMMENTS_OPEN: GuardCode = GuardCode::ReportCommentsOpen;
    pub const FOLLOW_UP_NOT_RECORDED: GuardCode = GuardCode::FollowUpNotRecorded;
    pub const FOLLOW_UP_ACTION_MISSING: GuardCode = GuardCode::FollowUpActionMissing;
    pub const FOLLOW_UP_SESSION_MISSING: GuardCode = GuardCode::FollowUpSessionMissing;
    pub const FOLLOW_UP_ACTIONS_OPEN: GuardCode = GuardCode::FollowUpActionsOpen;
    pub const FOLLOW_UP_IMPACT_MISSING: GuardCode = GuardCode::FollowUpImpactMissing;
}
