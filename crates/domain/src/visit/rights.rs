//! Who may change what of a visit, and the history event a change of plan
//! records. The team lead and programme officers set the dates and
//! sessions, before the visit starts; host users and host leads record
//! their authority's contacts; an authority's users and programme
//! officers record its blackout dates.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::lifecycle::{
    codes, Actor, Decided, Event, Person, Refusal, ReviewFacts, ReviewState, Unmet, VisitChange,
};

/// Whether a review's visit plan may still change: before the visit
/// starts, and not while postponed.
pub fn plan_open(state: ReviewState) -> bool {
    matches!(
        state,
        ReviewState::Scheduled
            | ReviewState::FocusAgreed
            | ReviewState::TeamFormed
            | ReviewState::SelfEvaluationSubmitted
    )
}

/// The team lead or a programme officer may plan, while the plan is open.
pub fn authorise_plan(facts: &ReviewFacts, actor: &Actor) -> Result<(), Refusal> {
    if !(actor.is_team_lead() || actor.programme_officer) {
        return Err(Refusal::Forbidden {
            message: "Only the review's team lead and programme officers can plan the visit."
                .to_owned(),
        });
    }
    if !plan_open(facts.state) {
        return Err(Refusal::GuardFailed(vec![Unmet::new(
            codes::WRONG_STATE,
            format!(
                "This review is at the stage “{}”; the visit is planned before it starts.",
                facts.state.label()
            ),
        )]));
    }
    Ok(())
}

/// Decides a change to the visit plan (already checked against the
/// calendar and the team): the event for the history, `VISIT_PLANNED` when
/// the dates are first set, `VISIT_CHANGED` otherwise.
pub fn decide_visit_change(
    facts: &ReviewFacts,
    actor: &Actor,
    change: VisitChange,
    now: DateTime<Utc>,
) -> Result<Decided, Refusal> {
    authorise_plan(facts, actor)?;
    let first = matches!(&change, VisitChange::Dates { before, .. } if before.is_empty());
    let actor = actor.user_id;
    Ok(Decided::new(if first {
        Event::VisitPlanned {
            change,
            actor,
            at: now,
        }
    } else {
        Event::VisitChanged {
            change,
            actor,
            at: now,
        }
    }))
}

/// Host users and host leads record their contacts, until the review is
/// closed or withdrawn.
pub fn authorise_contacts(facts: &ReviewFacts, actor: &Actor) -> Result<(), Refusal> {
    if !actor.host_user {
        return Err(Refusal::Forbidden {
            message: "Only the host authority's users can record its contacts.".to_owned(),
        });
    }
    if facts.state.is_final() {
        return Err(Refusal::GuardFailed(vec![Unmet::new(
            codes::WRONG_STATE,
            format!(
                "This review is {}, so nothing more can be done with it.",
                facts.state.label().to_lowercase()
            ),
        )]));
    }
    Ok(())
}

/// An authority's own users and programme officers record its blackout
/// dates.
pub fn authorise_blackouts(person: &Person, authority: Uuid) -> Result<(), Refusal> {
    if person.programme_officer || person.authority_id == Some(authority) {
        Ok(())
    } else {
        Err(Refusal::Forbidden {
            message: "Only the authority's own users and programme officers can record its \
                      blackout dates."
                .to_owned(),
        })
    }
}
