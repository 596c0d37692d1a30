//! Who may do what with the report, and when; every unmet condition listed.

use super::{correctable, drafting, CommentStatus, Draft};
use crate::lifecycle::{codes, Actor, Decided, Event, GuardCode, Refusal, ReviewState, Unmet};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

fn forbidden(message: &str) -> Refusal {
    Refusal::Forbidden {
        message: message.into(),
    }
}

fn refuse(unmet: Vec<Unmet>) -> Result<(), Refusal> {
    if unmet.is_empty() {
        Ok(())
    } else {
        Err(Refusal::GuardFailed(unmet))
    }
}

/// Whether the draft is open to change: the review is at REPORT_DRAFTED,
/// or a correction of the published report is open.
pub fn editable(state: ReviewState, draft: &Draft) -> bool {
    drafting(state) || (correctable(state) && draft.correction_open)
}

fn not_editable(state: ReviewState) -> Unmet {
    let message = if correctable(state) {
        "The report is published and cannot be changed; a programme officer opens a correction \
         to change it."
            .to_owned()
    } else {
        format!(
            "This review is at the stage “{}”: the report is drafted at “Report drafted”.",
            state.label()
        )
    };
    Unmet::new(codes::WRONG_STATE, message)
}

/// Whether the actor is on the review's private audience for the draft:
/// the team (accepted members), host users and leads, programme officers.
pub fn authorise_view(actor: &Actor) -> Result<(), Refusal> {
    if actor.programme_officer
        || actor.team_role.is_some()
        || actor.host_user
        || !actor.host_lead_of.is_empty()
    {
        Ok(())
    } else {
        Err(forbidden(
            "Only the review's team, its host authority and programme officers can see its \
             draft report.",
        ))
    }
}

/// The team lead and accepted team members edit the draft while it is
/// open; a correction of the published report, the team lead alone.
pub fn authorise_edit(state: ReviewState, draft: &Draft, actor: &Actor) -> Result<(), Refusal> {
    if actor.team_role.is_none() {
        return Err(forbidden(
            "Only the team lead and the team's members edit the draft report.",
        ));
    }
    if correctable(state) && draft.correction_open && !actor.is_team_lead() {
        return Err(forbidden(
            "Only the team lead edits a correction of the published report.",
        ));
    }
    if editable(state, draft) {
        Ok(())
    } else {
        refuse(vec![not_editable(state)])
    }
}

/// The team lead shares the open draft with the host.
pub fn authorise_share(state: ReviewState, draft: &Draft, actor: &Actor) -> Result<(), Refusal> {
    if !actor.is_team_lead() {
        return Err(forbidden(
            "Only the team lead shares the draft report with the host.",
        ));
    }
    if editable(state, draft) {
        Ok(())
    } else {
        refuse(vec![not_editable(state)])
    }
}

/// Whether sharing is the team lead's next step: they may share
/// ([`authorise_share`]) and the draft, or the open correction, is not
/// shared yet. (Sharing again is not refused: it mails the host only for
/// a draft version not shared before.)
pub fn may_share_now(state: ReviewState, draft: &Draft, actor: &Actor) -> bool {
    draft.shared_with_host_at.is_none() && authorise_share(state, draft, actor).is_ok()
}

fn is_host(actor: &Actor) -> bool {
    actor.host_user || !actor.host_lead_of.is_empty()
}

/// Host users and host leads comment once the draft is shared.
pub fn authorise_comment(state: ReviewState, draft: &Draft, actor: &Actor) -> Result<(), Refusal> {
    if !is_host(actor) {
        return Err(forbidden(
            "Only the host authority's users and leads comment on the draft's factual accuracy.",
        ));
    }
    let mut unmet = Vec::new();
    if !editable(state, draft) {
        unmet.push(not_editable(state));
    } else if draft.shared_with_host_at.is_none() {
        unmet.push(Unmet::new(
            GuardCode::ReportNotShared,
            "The team lead has not shared the draft with the host yet.",
        ));
    }
    refuse(unmet)
}

/// The team lead answers an open comment.
pub fn authorise_answer(
    state: ReviewState,
    draft: &Draft,
    actor: &Actor,
    comment_id: Uuid,
) -> Result<(), Refusal> {
    if !actor.is_team_lead() {
        return Err(forbidden(
            "Only the team lead answers factual-accuracy comments.",
        ));
    }
    let mut unmet = Vec::new();
    if !editable(state, draft) {
        unmet.push(not_editable(state));
    }
    match draft.comments.iter().find(|c| c.id == comment_id) {
        None => unmet.push(Unmet::new(
            GuardCode::ReportCommentAnswered,
            "That comment is not on the current draft.",
        )),
        Some(c) if c.status != CommentStatus::Open => unmet.push(Unmet::new(
            GuardCode::ReportCommentAnswered,
            "That comment has already been answered.",
        )),
        Some(_) => {}
    }
    refuse(unmet)
}

/// Each host lead (for their authority) and a programme officer approve
/// the current draft version, once it is shared and no comment is open.
/// `host_ids` are the review's hosts.
pub fn authorise_approve(
    state: ReviewState,
    draft: &Draft,
    actor: &Actor,
    host_ids: &[Uuid],
) -> Result<(), Refusal> {
    let roles = super::approval_roles(actor, host_ids);
    if roles.is_empty() {
        return Err(forbidden(
            "Only the host authority's lead and programme officers approve the report.",
        ));
    }
    let mut unmet = Vec::new();
    if !editable(state, draft) {
        unmet.push(not_editable(state));
    } else {
        if draft.shared_with_host_at.is_none() {
            unmet.push(Unmet::new(
                GuardCode::ReportNotShared,
                "The team lead has not shared the draft with the host for the factual-accuracy \
                 check yet.",
            ));
        }
        let open = draft.open_comments();
        if open > 0 {
            unmet.push(open_comments(open));
        }
        let all_done = roles.iter().all(|(role, authority)| {
            draft
                .current_approvals()
                .iter()
                .any(|a| a.role == *role && a.authority_id == *authority)
        });
        if all_done {
            unmet.push(Unmet::new(
                GuardCode::ReportAlreadyApproved,
                "You have already approved this draft.",
            ));
        }
    }
    refuse(unmet)
}

pub(crate) fn open_comments(open: u32) -> Unmet {
    Unmet::new(
        GuardCode::ReportCommentsOpen,
        if open == 1 {
            "1 factual-accuracy comment is still open.".to_owned()
        } else {
            format!("{open} factual-accuracy comments are still open.")
        },
    )
}

/// A programme officer opens a correction of a published report.
pub fn authorise_open_correction(
    state: ReviewState,
    draft: &Draft,
    actor: &Actor,
) -> Result<(), Refusal> {
    if !actor.programme_officer {
        return Err(forbidden(
            "Only a programme officer opens a correction of a published report.",
        ));
    }
    let mut unmet = Vec::new();
    if !correctable(state) {
        unmet.push(Unmet::new(
            codes::WRONG_STATE,
            format!(
                "This review is at the stage “{}”: only a published report (“Report published” \
                 or “Follow-up”) can be corrected.",
                state.label()
            ),
        ));
    } else if draft.correction_open {
        unmet.push(Unmet::new(
            GuardCode::ReportCorrectionOpen,
            "A correction of this report is already open.",
        ));
    }
    refuse(unmet)
}

/// Publishing a correction: the team lead or a programme officer, while a
/// correction is open, with every approval and no open comment.
pub fn authorise_publish_correction(
    state: ReviewState,
    draft: &Draft,
    actor: &Actor,
    hosts: &[(Uuid, String, bool)],
) -> Result<(), Refusal> {
    if !(actor.is_team_lead() || actor.programme_officer) {
        return Err(forbidden(
            "Only the team lead and programme officers publish a correction.",
        ));
    }
    if !(correctable(state) && draft.correction_open) {
        return refuse(vec![Unmet::new(
            GuardCode::ReportCorrectionNotOpen,
            "No correction of this report is open; a programme officer opens one first.",
        )]);
    }
    refuse(publication_unmet(draft, hosts))
}

/// What publication still needs: every host lead's and a programme
/// officer's approval of the current version, no open comment. `hosts`
/// are (authority, name, has a lead).
pub fn publication_unmet(draft: &Draft, hosts: &[(Uuid, String, bool)]) -> Vec<Unmet> {
    let mut unmet = Vec::new();
    for (id, name, has_lead) in hosts {
        if !has_lead {
            unmet.push(Unmet::new(
                codes::HOST_LEAD_MISSING,
                format!("{name} has no host lead to approve the report; name one first."),
            ));
        } else if !draft.host_approved(*id) {
            unmet.push(Unmet::new(
                codes::REPORT_HOST_APPROVAL_MISSING,
                format!("{name}'s host lead has not approved this draft of the report."),
            ));
        }
    }
    if !draft.programme_officer_approved() {
        unmet.push(Unmet::new(
            codes::REPORT_PROGRAMME_APPROVAL_MISSING,
            "No programme officer has approved this draft of the report.",
        ));
    }
    let open = draft.open_comments();
    if open > 0 {
        unmet.push(open_comments(open));
    }
    unmet
}

/// Who must still approve, in words.
pub fn awaiting_approval_from(draft: &Draft, hosts: &[(Uuid, String, bool)]) -> Vec<String> {
    let mut out: Vec<String> = hosts
        .iter()
        .filter(|(id, _, _)| !draft.host_approved(*id))
        .map(|(_, name, _)| format!("{name}'s host lead"))
        .collect();
    if !draft.programme_officer_approved() {
        out.push("A programme officer".to_owned());
    }
    out
}

/// A change to the report that joins the review's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "camelCase")]
pub enum ReportEvent {
    /// The draft was shared with the host.
    Shared { draft_version: i32 },
    /// A comment was answered.
    CommentAnswered {
        comment_id: Uuid,
        accepted: bool,
        reply: String,
    },
    /// Approved a draft version.
    Approved {
        draft_version: i32,
        role: super::ApprovalRole,
        authority_name: Option<String>,
    },
    /// A version was published (the first, or a correction).
    Published {
        version: i32,
        slug: String,
        change_note: Option<String>,
    },
    /// A correction was opened.
    CorrectionOpened { change_note: String },
}

fn excerpt(text: &str) -> String {
    let mut short: String = text.chars().take(80).collect();
    if text.chars().count() > 80 {
        short.push('…');
    }
    short.replace(['\n', '\r', '\t'], " ")
}

impl ReportEvent {
    /// What happened, in a sentence.
    pub fn summary(&self) -> String {
        match self {
            ReportEvent::Shared { draft_version } => format!(
                "Shared the draft report (version {draft_version}) with the host for the \
                 factual-accuracy check"
            ),
            ReportEvent::CommentAnswered {
                accepted, reply, ..
            } => format!(
                "{} a factual-accuracy comment: “{}”",
                if *accepted { "Accepted" } else { "Rejected" },
                excerpt(reply)
            ),
            ReportEvent::Approved {
                draft_version,
                authority_name,
                ..
            } => match authority_name {
                Some(name) => {
                    format!("Approved draft version {draft_version} of the report for {name}")
                }
                None => format!(
                    "Approved draft version {draft_version} of the report as programme officer"
                ),
            },
            ReportEvent::Published {
                version,
                change_note,
                ..
            } => match change_note {
                Some(note) => format!(
                    "Published version {version} of the report, correcting: “{}”",
                    excerpt(note)
                ),
                None => format!("Published version {version} of the report"),
            },
            ReportEvent::CorrectionOpened { change_note } => format!(
                "Opened a correction of the published report: “{}”",
                excerpt(change_note)
            ),
        }
    }

    /// As data for the history, with its sentence.
    pub fn detail(&self) -> Value {
        let mut detail = serde_json::to_value(self).unwrap_or_else(|_| json!({}));
        let change = match self {
            ReportEvent::Shared { .. } => "SHARED",
            ReportEvent::CommentAnswered { .. } => "COMMENT_ANSWERED",
            ReportEvent::Approved { .. } => "APPROVED",
            ReportEvent::Published { .. } => "PUBLISHED",
            ReportEvent::CorrectionOpened { .. } => "CORRECTION_OPENED",
        };
        detail["change"] = Value::String(change.into());
        detail["summary"] = Value::String(self.summary());
        detail
    }
}

/// The history event of a report change (the caller authorised it).
pub fn decide_report_event(actor: &Actor, change: ReportEvent, now: DateTime<Utc>) -> Decided {
    Decided::new(Event::ReportChanged {
        change,
        actor: actor.user_id,
        at: now,
    })
}
