//! What a caller asks for, and who the caller is on this review.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};
use uuid::Uuid;

use super::state::CommandKind;

/// A command on an existing review, with the data it needs.
///
/// `schedule` is not here: it creates a review, so it has no review facts to
/// decide on; see [`super::decide_schedule`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Record that the focus is agreed (the sign-offs are recorded
    /// separately, one by one).
    AgreeFocus,
    /// Record that the team is complete.
    FormTeam,
    /// Submit the host's self-evaluation.
    SubmitSelfEvaluation,
    /// Send the self-evaluation back to the host, saying why.
    ReopenSelfEvaluation {
        /// Why; shown to the host and kept in the audit trail.
        reason: String,
    },
    /// Start the visit.
    StartVisit,
    /// Finish the visit.
    CompleteVisit,
    /// Hand the draft report to the host for the factual-accuracy check.
    DraftReport,
    /// Publish the approved draft.
    PublishReport,
    /// Start follow-up.
    BeginFollowUp,
    /// Close the review.
    Close,
    /// Withdraw the review, saying why.
    Withdraw {
        /// Why; kept in the audit trail.
        reason: String,
    },
    /// Pause the review before the visit, saying why.
    Postpone {
        /// Why; kept in the audit trail.
        reason: String,
    },
    /// Return a postponed review to the state it left. Needs no data: the
    /// state is the one recorded when it was postponed.
    Resume,
}

impl Command {
    /// The command's name, without its data.
    pub fn kind(&self) -> CommandKind {
        match self {
            Command::AgreeFocus => CommandKind::AgreeFocus,
            Command::FormTeam => CommandKind::FormTeam,
            Command::SubmitSelfEvaluation => CommandKind::SubmitSelfEvaluation,
            Command::ReopenSelfEvaluation { .. } => CommandKind::ReopenSelfEvaluation,
            Command::StartVisit => CommandKind::StartVisit,
            Command::CompleteVisit => CommandKind::CompleteVisit,
            Command::DraftReport => CommandKind::DraftReport,
            Command::PublishReport => CommandKind::PublishReport,
            Command::BeginFollowUp => CommandKind::BeginFollowUp,
            Command::Close => CommandKind::Close,
            Command::Withdraw { .. } => CommandKind::Withdraw,
            Command::Postpone { .. } => CommandKind::Postpone,
            Command::Resume => CommandKind::Resume,
        }
    }

    /// The reason given, as typed, for the commands that need one.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Command::ReopenSelfEvaluation { reason }
            | Command::Withdraw { reason }
            | Command::Postpone { reason } => Some(reason),
            _ => None,
        }
    }
}

/// A member's role on a review team.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum TeamRole {
    /// The one member who leads the team and runs the visit.
    Lead,
    /// Any other member.
    Member,
}

/// The caller's rights on this review, computed by the caller from the
/// signed-in user, their organisation and the review's hosts and team.
///
/// Rights come from the review, not from a global role alone: an officer of
/// one authority is a host user at home and a team member elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Actor {
    /// Who is acting; recorded on every event.
    pub user_id: Uuid,
    /// Holds the programme officer role (ADES officers who run the
    /// programme).
    pub programme_officer: bool,
    /// The review's host authorities this user is the lead of. Only ids
    /// that are hosts of this review count.
    pub host_lead_of: Vec<Uuid>,
    /// A user of one of the review's host authorities. Host users may view
    /// and edit the host's data, but issue no lifecycle command.
    pub host_user: bool,
    /// The caller's role on the team, if they are an accepted member.
    pub team_role: Option<TeamRole>,
}

impl TeamRole {
    /// The stored name, `LEAD` or `MEMBER`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::str::FromStr for TeamRole {
    type Err = super::state::UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        super::state::parse_name("team role", s)
    }
}

impl Actor {
    /// Whether the caller is the team lead.
    pub fn is_team_lead(&self) -> bool {
        self.team_role == Some(TeamRole::Lead)
    }
}
