//! The guards: what must hold for each command, each unmet one listed.
//!
//! The focus and the team stay editable until the visit starts (a member
//! can be replaced after the team was formed), and domain.md says "the next
//! forward guard checks it again". So every forward command from
//! `formTeam` up to `startVisit` re-checks the focus, and every forward
//! command from `submitSelfEvaluation` up to `startVisit` re-checks the
//! team. `draftReport` re-checks the findings its draft is built from.

mod before_visit;
mod stages;

use chrono::NaiveDate;

use super::facts::ReviewFacts;
use super::refusal::{codes, Unmet};
use super::state::CommandKind;
use super::transitions::{is_before_visit, states_allowing, target};

/// The unmet guards of `kind` on this review today, without deciding and
/// without rights: the checklist a page shows before the user clicks.
///
/// `today` is the Europe/London date (see [`super::decide`]). Guards on a
/// command's own data (a blank reason) are not known until the command is
/// made, so only [`super::decide`] reports `REASON_REQUIRED`.
pub fn check(facts: &ReviewFacts, kind: CommandKind, today: NaiveDate) -> Vec<Unmet> {
    if target(facts.state, kind).is_none() {
        return vec![wrong_state(facts, kind)];
    }
    let mut unmet = Vec::new();
    match kind {
        // `target` refuses `schedule` on an existing review above.
        CommandKind::Schedule => {}
        CommandKind::AgreeFocus => before_visit::focus(facts, &mut unmet),
        CommandKind::FormTeam => {
            before_visit::focus(facts, &mut unmet);
            before_visit::team(facts, &mut unmet);
        }
        CommandKind::SubmitSelfEvaluation => {
            before_visit::focus(facts, &mut unmet);
            before_visit::team(facts, &mut unmet);
            stages::self_evaluation(facts, &mut unmet);
        }
        CommandKind::StartVisit => {
            before_visit::focus(facts, &mut unmet);
            before_visit::team(facts, &mut unmet);
            stages::visit(facts, today, &mut unmet);
        }
        CommandKind::CompleteVisit => stages::findings(facts, &mut unmet),
        // domain.md: the command builds the draft, so only the findings
        // it is built from are checked.
        CommandKind::DraftReport => stages::findings(facts, &mut unmet),
        CommandKind::PublishReport => stages::approvals(facts, &mut unmet),
        CommandKind::BeginFollowUp => stages::follow_up_begun(facts, &mut unmet),
        CommandKind::Close => stages::follow_up_done(facts, &mut unmet),
        CommandKind::Resume => {
            if !facts.postponed_from.is_some_and(is_before_visit) {
                unmet.push(Unmet::new(
                    codes::POSTPONED_FROM_UNKNOWN,
                    "The state this review was postponed from is not recorded, so it cannot \
                     be resumed; ask for the record to be corrected.",
                ));
            }
        }
        // Their only guard is on the reason the command carries.
        CommandKind::ReopenSelfEvaluation | CommandKind::Withdraw | CommandKind::Postpone => {}
    }
    unmet
}

/// The team's unmet composition guards (the ones `formTeam` checks), for
/// the tasks that ask for work on the team.
pub(crate) fn team(facts: &ReviewFacts) -> Vec<Unmet> {
    let mut unmet = Vec::new();
    before_visit::team(facts, &mut unmet);
    unmet
}

/// The reason a command carries, if it needs one, must not be blank.
pub(crate) fn reason(reason: Option<&str>) -> Vec<Unmet> {
    match reason {
        Some(text) if text.trim().is_empty() => vec![Unmet::new(
            codes::REASON_REQUIRED,
            "Give a reason; it is kept in the review's history.",
        )],
        _ => Vec::new(),
    }
}

fn wrong_state(facts: &ReviewFacts, kind: CommandKind) -> Unmet {
    let message = if kind == CommandKind::Schedule {
        "This review is already scheduled.".to_owned()
    } else if facts.state.is_final() {
        format!(
            "This review is {}, so nothing more can be done with it.",
            facts.state.label().to_lowercase()
        )
    } else {
        let needed: Vec<String> = states_allowing(kind)
            .into_iter()
            .map(|state| format!("“{}”", state.label()))
            .collect();
        format!(
            "This review is at the stage “{}”; “{}” needs it at {}.",
            facts.state.label(),
            kind.label(),
            one_of(&needed)
        )
    };
    Unmet::new(codes::WRONG_STATE, message)
}

/// "A", "A or B", "A, B or C".
fn one_of(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// "1 invitation has", "2 invitations have": counts in sentences.
pub(crate) fn counted(n: u32, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}
