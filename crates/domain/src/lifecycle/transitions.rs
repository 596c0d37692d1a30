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
/// This is the one `match` of the machine, exhaustive over the commands
/// (no wildcard arm): a new command does not compile until it says where it
/// leads. The side exits ask [`is_before_publication`] and
/// [`is_before_visit`], which are exhaustive over the states, so a new state
/// must say whether it can be withdrawn or postponed. Nothing leaves
/// `CLOSED` or `WITHDRAWN`, and `schedule` is never available on an existing
/// review (it creates one; see [`super::decide_schedule`]).
pub fn target(from: ReviewState, kind: CommandKind) -> Option<Target> {
    use CommandKind as C;
    use ReviewState as S;
    let only = |state: ReviewState, to: ReviewState| (from == state).then_some(Target::To(to));
    match kind {
        C::Schedule => None,
        C::AgreeFocus => only(S::Scheduled, S::FocusAgreed),
        C::FormTeam => only(S::FocusAgreed, S::TeamFormed),
        C::SubmitSelfEvaluation => only(S::TeamFormed, S::SelfEvaluationSubmitted),
        C::ReopenSelfEvaluation => only(S::SelfEvaluationSubmitted, S::TeamFormed),
        C::StartVisit => only(S::SelfEvaluationSubmitted, S::VisitInProgress),
        C::CompleteVisit => only(S::VisitInProgress, S::VisitCompleted),
        C::DraftReport => only(S::VisitCompleted, S::ReportDrafted),
        C::PublishReport => only(S::ReportDrafted, S::ReportPublished),
        C::BeginFollowUp => only(S::ReportPublished, S::FollowUp),
        C::Close => only(S::FollowUp, S::Closed),
        C::Withdraw => is_before_publication(from).then_some(Target::To(S::Withdrawn)),
        C::Postpone => is_before_visit(from).then_some(Target::To(S::Postponed)),
        C::Resume => (from == S::Postponed).then_some(Target::PostponedFrom),
    }
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
    match state {
        S::Scheduled
        | S::FocusAgreed
        | S::TeamFormed
        | S::SelfEvaluationSubmitted
        | S::VisitInProgress
        | S::VisitCompleted
        | S::ReportDrafted
        | S::Postponed => true,
        S::ReportPublished | S::FollowUp | S::Closed | S::Withdrawn => false,
    }
}

/// Any working state before the visit starts: where `postpone` is allowed,
/// and the states a postponed review may return to.
pub(crate) fn is_before_visit(state: ReviewState) -> bool {
    use ReviewState as S;
    match state {
        S::Scheduled | S::FocusAgreed | S::TeamFormed | S::SelfEvaluationSubmitted => true,
        S::VisitInProgress
        | S::VisitCompleted
        | S::ReportDrafted
        | S::ReportPublished
        | S::FollowUp
        | S::Closed
        | S::Withdrawn
        | S::Postponed => false,
    }
}
