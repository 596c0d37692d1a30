//! Who may do what with the follow-up, and when (issue 20): host leads and
//! host users manage actions and record measures, an action's owner updates
//! it, host leads and programme officers schedule the sessions, host leads
//! publish measures; the team and programme officers read.

use super::Action;
use crate::lifecycle::{codes, Actor, Refusal, ReviewState, Unmet};

fn forbidden(message: &str) -> Refusal {
    Refusal::Forbidden {
        message: message.into(),
    }
}

/// Whether follow-up can change in this state: after publication, until
/// the review is closed.
pub fn open(state: ReviewState) -> bool {
    matches!(state, ReviewState::ReportPublished | ReviewState::FollowUp)
}

/// Refuses a change outside [`open`] states, naming the stage.
pub fn authorise_state(state: ReviewState) -> Result<(), Refusal> {
    if open(state) {
        return Ok(());
    }
    let message = if state == ReviewState::Closed {
        "The review is closed: its follow-up can no longer change.".to_owned()
    } else {
        format!(
            "This review is at the stage “{}”: follow-up starts once the report is published.",
            state.label()
        )
    };
    Err(Refusal::GuardFailed(vec![Unmet::new(
        codes::WRONG_STATE,
        message,
    )]))
}

fn is_host(actor: &Actor) -> bool {
    actor.host_user || !actor.host_lead_of.is_empty()
}

fn is_host_lead(actor: &Actor) -> bool {
    !actor.host_lead_of.is_empty()
}

/// The review's private audience: the team, host users and leads,
/// programme officers.
pub fn authorise_view(actor: &Actor) -> Result<(), Refusal> {
    if actor.programme_officer || actor.team_role.is_some() || is_host(actor) {
        Ok(())
    } else {
        Err(forbidden(
            "Only the review's team, its host authority and programme officers can see its \
             follow-up.",
        ))
    }
}

/// Host leads and host users add actions, record reasons and update any
/// action.
pub fn may_manage_actions(actor: &Actor) -> bool {
    is_host(actor)
}

/// Host leads and host users add actions and record reasons.
pub fn authorise_manage_actions(state: ReviewState, actor: &Actor) -> Result<(), Refusal> {
    if !may_manage_actions(actor) {
        return Err(forbidden(
            "Only the host authority's users and leads create actions.",
        ));
    }
    authorise_state(state)
}

/// Host leads, host users and the action's owner update it and add notes.
pub fn may_update_action(actor: &Actor, action: &Action) -> bool {
    is_host(actor) || action.owner == actor.user_id
}

/// See [`may_update_action`].
pub fn authorise_update_action(
    state: ReviewState,
    actor: &Actor,
    action: &Action,
) -> Result<(), Refusal> {
    if !may_update_action(actor, action) {
        return Err(forbidden(
            "Only the host authority's users and leads, and the action's owner, update an action.",
        ));
    }
    authorise_state(state)
}

/// Host leads and programme officers save and cancel sessions.
pub fn may_schedule_sessions(actor: &Actor) -> bool {
    is_host_lead(actor) || actor.programme_officer
}

/// See [`may_schedule_sessions`].
pub fn authorise_schedule(state: ReviewState, actor: &Actor) -> Result<(), Refusal> {
    if !may_schedule_sessions(actor) {
        return Err(forbidden(
            "Only a host lead or a programme officer schedules the follow-up sessions.",
        ));
    }
    authorise_state(state)
}

/// Host leads, host users and programme officers write session notes.
pub fn may_write_session_notes(actor: &Actor) -> bool {
    is_host(actor) || actor.programme_officer
}

/// See [`may_write_session_notes`].
pub fn authorise_session_notes(state: ReviewState, actor: &Actor) -> Result<(), Refusal> {
    if !may_write_session_notes(actor) {
        return Err(forbidden(
            "Only the host authority's users and leads and programme officers write the \
             sessions' notes.",
        ));
    }
    authorise_state(state)
}

/// Host users and host leads record impact measures.
pub fn may_record_measures(actor: &Actor) -> bool {
    is_host(actor)
}

/// See [`may_record_measures`].
pub fn authorise_record_measures(state: ReviewState, actor: &Actor) -> Result<(), Refusal> {
    if !may_record_measures(actor) {
        return Err(forbidden(
            "Only the host authority's users and leads record impact measures.",
        ));
    }
    authorise_state(state)
}

/// Host leads mark measures for publication.
pub fn may_publish_measures(actor: &Actor) -> bool {
    is_host_lead(actor)
}

/// See [`may_publish_measures`].
pub fn authorise_publish_measures(state: ReviewState, actor: &Actor) -> Result<(), Refusal> {
    if !may_publish_measures(actor) {
        return Err(forbidden(
            "Only a host lead marks impact measures for publication.",
        ));
    }
    authorise_state(state)
}
