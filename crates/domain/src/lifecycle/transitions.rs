//! Which command leads from which state to which: the shape of the machine,
//! without its guards or rights.

use super::state::{CommandKind, ReviewState};

/// Where a command takes a review, when the command is available at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A fixed state.
    To(ReviewState),
    /// The state the review was in when it was postponed (`resume`).
    PostponedFrom,
}

/// Where `kind` takes a review that is in `from`, or `None` when the command
/// is not available from that state.
///
/// This is the one `match` of the machine: every pair not listed is
/// unavailable, which includes every command from `CLOSED` and `WITHDRAWN`
/// and `schedule` from any state (`schedule` creates a review; see
/// [`super::decide_schedule`]).
pub fn target(from: ReviewState, kind: CommandKind) -> Option<Target> {
    use CommandKind as C;
    use ReviewState as S;
    let to = match (from, kind) {
        (S::Closed | S::Withdrawn, _) | (_, C::Schedule) => return None,
        (S::Scheduled, C::AgreeFocus) => S::FocusAgreed,
        (S::FocusAgreed, C::FormTeam) => S::TeamFormed,
        (S::TeamFormed, C::SubmitSelfEvaluation) => S::SelfEvaluationSubmitted,
        (S::SelfEvaluationSubmitted, C::ReopenSelfEvaluation) => S::TeamFormed,
        (S::SelfEvaluationSubmitted, C::StartVisit) => S::VisitInProgress,
        (S::VisitInProgress, C::CompleteVisit) => S::VisitCompleted,
        (S::VisitCompleted, C::DraftReport) => S::ReportDrafted,
        (S::ReportDrafted, C::PublishReport) => S::ReportPublished,
        (S::ReportPublished, C::BeginFollowUp) => S::FollowUp,
        (S::FollowUp, C::Close) => S::Closed,
        (from, C::Withdraw) if is_before_publication(from) => S::Withdrawn,
        (from, C::Postpone) if is_before_visit(from) => S::Postponed,
        (S::Postponed, C::Resume) => return Some(Target::PostponedFrom),
        _ => return None,
    };
    Some(Target::To(to))
}

/// The states from which a command is available, for a `WRONG_STATE`
/// message that says what would be needed.
pub fn states_allowing(kind: CommandKind) -> Vec<ReviewState> {
    ReviewState::ALL
        .into_iter()
        .filter(|state| target(*state, kind).is_some())
        .collect()
}

/// Every command available from `state`, before rights and guards: the
/// buttons a page may show for a review in that state.
pub fn available_commands(state: ReviewState) -> Vec<CommandKind> {
    CommandKind::ALL
        .into_iter()
        .filter(|kind| target(state, *kind).is_some())
        .collect()
}

/// The command that moves a review forward from `state`, if any: the page
/// shows it with its unmet guards as a checklist.
pub fn next_command(state: ReviewState) -> Option<CommandKind> {
    use CommandKind as C;
    use ReviewState as S;
    match state {
        S::Scheduled => Some(C::AgreeFocus),
        S::FocusAgreed => Some(C::FormTeam),
        S::TeamFormed => Some(C::SubmitSelfEvaluation),
        S::SelfEvaluationSubmitted => Some(C::StartVisit),
        S::VisitInProgress => Some(C::CompleteVisit),
        S::VisitCompleted => Some(C::DraftReport),
        S::ReportDrafted => Some(C::PublishReport),
        S::ReportPublished => Some(C::BeginFollowUp),
        S::FollowUp => Some(C::Close),
        S::Postponed => Some(C::Resume),
        S::Closed | S::Withdrawn => None,
    }
}

/// Any state before the report is published: where `withdraw` is allowed.
fn is_before_publication(state: ReviewState) -> bool {
    use ReviewState as S;
    matches!(
        state,
        S::Scheduled
            | S::FocusAgreed
            | S::TeamFormed
            | S::SelfEvaluationSubmitted
            | S::VisitInProgress
            | S::VisitCompleted
            | S::ReportDrafted
            | S::Postponed
    )
}

/// Any working state before the visit starts: where `postpone` is allowed,
/// and the states a postponed review may return to.
pub(crate) fn is_before_visit(state: ReviewState) -> bool {
    use ReviewState as S;
    matches!(
        state,
        S::Scheduled | S::FocusAgreed | S::TeamFormed | S::SelfEvaluationSubmitted
    )
}
