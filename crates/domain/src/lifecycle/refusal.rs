//! Why a command is refused: data the page can show, not strings to match.

use serde::Serialize;

/// One unmet guard: a stable code for the client and a sentence a council
/// officer can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmet {
    /// A SCREAMING_SNAKE code from [`codes`], stable across releases.
    pub code: &'static str,
    /// What is missing, in words, e.g. "City of Edinburgh Council's host
    /// lead has not signed off the focus."
    pub message: String,
}

impl Unmet {
    pub(crate) fn new(code: &'static str, message: impl Into<String>) -> Self {
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
    pub fn codes(&self) -> Vec<&'static str> {
        match self {
            Refusal::Forbidden { .. } => Vec::new(),
            Refusal::GuardFailed(unmet) => unmet.iter().map(|u| u.code).collect(),
        }
    }
}

/// The codes of unmet guards. Clients switch on these; the messages are
/// for people.
pub mod codes {
    /// The command is not available from the review's current state.
    pub const WRONG_STATE: &str = "WRONG_STATE";
    /// A reason is required and was blank.
    pub const REASON_REQUIRED: &str = "REASON_REQUIRED";
    /// `resume` does not know which state the review left.
    pub const POSTPONED_FROM_UNKNOWN: &str = "POSTPONED_FROM_UNKNOWN";

    /// `schedule` names no host authority.
    pub const HOST_REQUIRED: &str = "HOST_REQUIRED";
    /// `schedule` names a host authority twice.
    pub const HOST_DUPLICATED: &str = "HOST_DUPLICATED";
    /// A Quads review must have exactly one hosting member of the quad.
    pub const QUAD_HOST_INVALID: &str = "QUAD_HOST_INVALID";
    /// A host authority has no host lead to sign or approve.
    pub const HOST_LEAD_MISSING: &str = "HOST_LEAD_MISSING";

    /// The focus has no theme.
    pub const FOCUS_THEME_MISSING: &str = "FOCUS_THEME_MISSING";
    /// The focus has no non-blank key question.
    pub const FOCUS_KEY_QUESTION_MISSING: &str = "FOCUS_KEY_QUESTION_MISSING";
    /// A host lead has not signed off the focus.
    pub const FOCUS_HOST_SIGN_OFF_MISSING: &str = "FOCUS_HOST_SIGN_OFF_MISSING";
    /// No programme officer has signed off the focus.
    pub const FOCUS_PROGRAMME_SIGN_OFF_MISSING: &str = "FOCUS_PROGRAMME_SIGN_OFF_MISSING";
    /// The focus was agreed and is locked until a programme officer
    /// reopens it.
    pub const FOCUS_LOCKED: &str = "FOCUS_LOCKED";
    /// This party has already signed off the current focus.
    pub const FOCUS_ALREADY_SIGNED_OFF: &str = "FOCUS_ALREADY_SIGNED_OFF";
    /// The focus is already open (reopened, waiting for its sign-offs).
    pub const FOCUS_ALREADY_OPEN: &str = "FOCUS_ALREADY_OPEN";
    /// The invitation has already been answered or withdrawn.
    pub const INVITATION_ANSWERED: &str = "INVITATION_ANSWERED";

    /// Fewer members than the programme's minimum.
    pub const TEAM_TOO_SMALL: &str = "TEAM_TOO_SMALL";
    /// More members than the programme's maximum.
    pub const TEAM_TOO_LARGE: &str = "TEAM_TOO_LARGE";
    /// No team lead.
    pub const TEAM_LEAD_MISSING: &str = "TEAM_LEAD_MISSING";
    /// More than one team lead.
    pub const TEAM_LEAD_NOT_UNIQUE: &str = "TEAM_LEAD_NOT_UNIQUE";
    /// No ADES member.
    pub const TEAM_ADES_MISSING: &str = "TEAM_ADES_MISSING";
    /// No Education Scotland member.
    pub const TEAM_EDUCATION_SCOTLAND_MISSING: &str = "TEAM_EDUCATION_SCOTLAND_MISSING";
    /// No HM Inspector where the programme requires one.
    pub const TEAM_HMI_MISSING: &str = "TEAM_HMI_MISSING";
    /// An invitation is not answered yet.
    pub const TEAM_INVITATION_PENDING: &str = "TEAM_INVITATION_PENDING";
    /// A conflict of interest is unresolved.
    pub const TEAM_CONFLICT_UNRESOLVED: &str = "TEAM_CONFLICT_UNRESOLVED";
    /// A Quads review has no member from one of the quad's other
    /// authorities.
    pub const TEAM_QUAD_AUTHORITY_MISSING: &str = "TEAM_QUAD_AUTHORITY_MISSING";

    /// The software does not record the self-evaluation yet.
    pub const SELF_EVALUATION_NOT_RECORDED: &str = "SELF_EVALUATION_NOT_RECORDED";
    /// A required quality indicator is not graded with evidence.
    pub const SELF_EVALUATION_INDICATOR_MISSING: &str = "SELF_EVALUATION_INDICATOR_MISSING";
    /// No self-evaluation document is attached.
    pub const SELF_EVALUATION_DOCUMENT_MISSING: &str = "SELF_EVALUATION_DOCUMENT_MISSING";

    /// The software does not record the visit yet.
    pub const VISIT_NOT_RECORDED: &str = "VISIT_NOT_RECORDED";
    /// The visit dates are not set.
    pub const VISIT_DATES_MISSING: &str = "VISIT_DATES_MISSING";
    /// The number of visit days differs from the programme's visit length.
    pub const VISIT_LENGTH_MISMATCH: &str = "VISIT_LENGTH_MISMATCH";
    /// The first visit day has not come yet.
    pub const VISIT_NOT_STARTED_YET: &str = "VISIT_NOT_STARTED_YET";

    /// The software does not record findings yet.
    pub const FINDINGS_NOT_RECORDED: &str = "FINDINGS_NOT_RECORDED";
    /// No agreed strength.
    pub const FINDINGS_STRENGTH_MISSING: &str = "FINDINGS_STRENGTH_MISSING";
    /// No agreed area for improvement.
    pub const FINDINGS_AREA_FOR_IMPROVEMENT_MISSING: &str = "FINDINGS_AREA_FOR_IMPROVEMENT_MISSING";

    /// The software does not record the report yet.
    pub const REPORT_NOT_RECORDED: &str = "REPORT_NOT_RECORDED";
    /// No draft report exists.
    pub const REPORT_DRAFT_MISSING: &str = "REPORT_DRAFT_MISSING";
    /// A host lead has not approved the draft.
    pub const REPORT_HOST_APPROVAL_MISSING: &str = "REPORT_HOST_APPROVAL_MISSING";
    /// No programme officer has approved the draft.
    pub const REPORT_PROGRAMME_APPROVAL_MISSING: &str = "REPORT_PROGRAMME_APPROVAL_MISSING";

    /// The software does not record follow-up yet.
    pub const FOLLOW_UP_NOT_RECORDED: &str = "FOLLOW_UP_NOT_RECORDED";
    /// A published area for improvement has no action and no reason.
    pub const FOLLOW_UP_ACTION_MISSING: &str = "FOLLOW_UP_ACTION_MISSING";
    /// No follow-up session is scheduled.
    pub const FOLLOW_UP_SESSION_MISSING: &str = "FOLLOW_UP_SESSION_MISSING";
    /// An action is neither done nor carried into the improvement plan.
    pub const FOLLOW_UP_ACTIONS_OPEN: &str = "FOLLOW_UP_ACTIONS_OPEN";
    /// No impact measure has a later value or a reason why none.
    pub const FOLLOW_UP_IMPACT_MISSING: &str = "FOLLOW_UP_IMPACT_MISSING";
}
