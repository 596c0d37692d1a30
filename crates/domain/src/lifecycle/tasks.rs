//! What a person has to do on a review now: their tasks.
//!
//! A task is offered only when the person may make the change or command it
//! leads to and the review's state and guards allow it, judged by the same
//! functions that decide the change or command ([`decide_change`],
//! [`decide`]). So a command whose stage data the software does not record
//! yet (the self-evaluation onwards: `*_NOT_RECORDED`) never becomes a
//! task, and each later stage adds its tasks by recording its data.
//!
//! Two tasks ask for work rather than one click — setting the focus and
//! completing the team — and follow from the guards they would satisfy: the
//! focus's theme and key questions, and the team's composition rules.

use chrono::{DateTime, NaiveDate, Utc};

use super::changes::{decide_change, focus_open, team_open, Change};
use super::command::{Actor, Command};
use super::decide::decide;
use super::event::SignedFor;
use super::facts::{InvitationStatus, ReviewFacts, SelfEvaluationMode};
use super::guards;
use super::refusal::codes;
use super::state::{CommandKind, ReviewState};
use super::transitions::{is_before_visit, next_command};
use crate::programme::Focus;

/// What a task asks of the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskKind {
    /// Accept or decline their invitation to the team.
    AnswerInvitation,
    /// Set the focus's theme and key questions (host users, host leads and
    /// programme officers, while the focus is open and incomplete).
    SetFocus,
    /// Sign off the focus: a host lead for their authority, a programme
    /// officer for the programme (again after a reopening).
    SignOffFocus,
    /// Invite members until the programme's composition rules hold
    /// (programme officers, once the focus is agreed).
    CompleteTeam,
    /// Replace a member who declined, the team no longer meeting the rules.
    ReplaceDeclinedMember,
    /// Dismiss or otherwise resolve a conflict of interest about the team.
    ResolveConflict,
    /// Fill in the self-evaluation until the programme's requirements hold
    /// (host leads and users, while it is open at `TEAM_FORMED`).
    CompleteSelfEvaluation,
    /// Record the team's view of the submitted self-evaluation (members
    /// with an accepted place, until the visit starts).
    RecordTeamView,
    /// Set the visit's dates and sessions (the team lead, once the team is
    /// formed, until they are set).
    PlanVisit,
    /// Record the authority's blackout dates and the visit's contacts and
    /// places (host users, before the visit dates are set).
    RecordVisitContacts,
    /// Record findings (accepted team members, during the visit).
    RecordFindings,
    /// Agree the team's findings, merging duplicates and rewording them
    /// (the team lead, during the visit).
    AgreeFindings,
    /// Answer the host's factual-accuracy comments (the team lead, while
    /// any is open).
    AnswerReportComments,
    /// Check the shared draft report's factual accuracy (host users and
    /// leads, until their authority's lead has approved it).
    CheckFactualAccuracy,
    /// Approve the current draft of the report (each host lead for their
    /// authority, a programme officer), once shared with no open comment.
    ApproveReport,
    /// Create actions from the published areas for improvement (host users
    /// and leads, at REPORT_PUBLISHED, while an area has neither an action
    /// nor a reason why none).
    CreateFollowUpActions,
    /// Update an action of theirs that is due within two weeks or overdue
    /// (its owner, after publication until the review is closed).
    UpdateFollowUpAction,
    /// Save the follow-up sessions (host leads and programme officers,
    /// after publication until closed, while one is not saved).
    ScheduleFollowUpSessions,
    /// Make the command that moves the review forward (e.g. agree the
    /// focus, form the team), every guard being met.
    Command(CommandKind),
}

/// Where the task is done: a view of the review's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskPage {
    /// The review's overview, with its next step and any invitation.
    Overview,
    /// The focus: theme, key questions and sign-offs.
    Focus,
    /// The team: members, invitations and conflicts.
    Team,
    /// The self-evaluation: the rubric or the documents, and submission.
    SelfEvaluation,
    /// The self-evaluation beside the team's view.
    TeamView,
    /// The visit plan: days, sessions, contacts and places.
    Visit,
    /// The findings: capture, and the lead's agreement.
    Findings,
    /// The report: the draft, its comments and approvals.
    Report,
    /// Follow-up: actions, sessions and impact measures.
    FollowUp,
}

/// One thing a person has to do on a review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    /// What to do.
    pub kind: TaskKind,
    /// The view of the review where it is done.
    pub page: TaskPage,
    /// When it is due: before the review's visit, the first day of its
    /// month; `None` when no date binds it.
    pub due: Option<NaiveDate>,
    /// A sentence on where it stands, e.g. "The team has 3 members; the
    /// programme needs at least 6 (declined invitations do not count)."
    pub detail: String,
}

/// The person's open tasks on one review, in a fixed order: their
/// invitation, the focus, the team, the self-evaluation and the team's
/// view, then the forward command.
///
/// `actor` is the person's rights on this review, `month` the first day of
/// the review's month (what the before-visit tasks are due by), `now` and
/// `today` as [`decide`] takes them.
pub fn tasks(
    facts: &ReviewFacts,
    actor: &Actor,
    month: NaiveDate,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Vec<Task> {
    let due = is_before_visit(facts.state).then_some(month);
    let may = |change: Change| decide_change(facts, &change, actor, now).is_ok();
    let mut found = Vec::new();
    let mut add = |kind, page, detail: String| {
        found.push(Task {
            kind,
            page,
            due,
            detail,
        })
    };

    let answer = Change::AnswerInvitation {
        invitee: actor.user_id,
        accept: true,
    };
    if may(answer) {
        add(
            TaskKind::AnswerInvitation,
            TaskPage::Overview,
            "Your invitation to join the team is waiting for your answer.".to_owned(),
        );
    }

    let focus = &facts.focus;
    let theme = focus.theme.as_deref().map(str::trim).unwrap_or_default();
    let questions = focus.key_questions.iter().any(|q| !q.trim().is_empty());
    if focus_open(facts) && (theme.is_empty() || !questions) {
        if may(Change::EditFocus(Focus {
            theme: String::new(),
            key_questions: Vec::new(),
            scope: None,
        })) {
            let detail = if theme.is_empty() {
                "The theme and key questions are not set yet."
            } else {
                "The focus needs at least one key question."
            };
            add(TaskKind::SetFocus, TaskPage::Focus, detail.to_owned());
        }
    } else if may(Change::SignOffFocus) {
        let detail = match super::changes::authorise_change(facts, &Change::SignOffFocus, actor) {
            Ok(Some(SignedFor::HostLead(authority))) => {
                format!("Theme: {theme}. You sign for {}.", authority.name)
            }
            _ => format!("Theme: {theme}. You sign for the programme."),
        };
        add(TaskKind::SignOffFocus, TaskPage::Focus, detail);
    }

    let officer_may_change_team = may(Change::AddMember {
        person: super::event::PersonRef {
            user_id: actor.user_id,
            name: String::new(),
        },
        role: super::command::TeamRole::Member,
    });
    if officer_may_change_team
        && matches!(
            facts.state,
            ReviewState::FocusAgreed | ReviewState::TeamFormed
        )
    {
        let composition: Vec<_> = guards::team(facts)
            .into_iter()
            .filter(|u| {
                u.code != codes::TEAM_INVITATION_PENDING
                    && u.code != codes::TEAM_CONFLICT_UNRESOLVED
            })
            .collect();
        if let Some(first) = composition.into_iter().next() {
            let declined = facts
                .members
                .iter()
                .any(|m| m.invitation == InvitationStatus::Declined);
            let kind = if declined {
                TaskKind::ReplaceDeclinedMember
            } else {
                TaskKind::CompleteTeam
            };
            add(kind, TaskPage::Team, first.message);
        }
    }
    if officer_may_change_team && team_open(facts.state) && facts.unresolved_conflicts > 0 {
        add(
            TaskKind::ResolveConflict,
            TaskPage::Team,
            guards::counted(
                facts.unresolved_conflicts,
                "conflict of interest is unresolved.",
                "conflicts of interest are unresolved.",
            ),
        );
    }

    if let Some(detail) = self_evaluation_to_complete(facts, actor) {
        add(
            TaskKind::CompleteSelfEvaluation,
            TaskPage::SelfEvaluation,
            detail,
        );
    }
    // The team's view is open until the end of the visit; as a task it is
    // due before the visit starts.
    if is_before_visit(facts.state)
        && crate::self_evaluation::authorise_team_view_edit(actor.team_role.is_some(), facts.state)
            .is_ok()
    {
        add(
            TaskKind::RecordTeamView,
            TaskPage::TeamView,
            "The self-evaluation is submitted: record the team's view of each indicator before \
             the visit."
                .to_owned(),
        );
    }
    visit_tasks(facts, actor, &mut add);
    findings_tasks(facts, actor, &mut add);
    report_tasks(facts, actor, &mut add);

    if let Some(command) = next_command(facts.state).and_then(forward) {
        if decide(facts, &command, actor, now, today).is_ok() {
            let kind = command.kind();
            let page = match kind {
                CommandKind::SubmitSelfEvaluation => TaskPage::SelfEvaluation,
                _ => TaskPage::Overview,
            };
            add(
                TaskKind::Command(kind),
                page,
                "Everything needed is in place.".to_owned(),
            );
        }
    }
    follow_up_tasks(facts, actor, today, &mut found);
    found
}

/// What is left of the self-evaluation, when the person may change it (a
/// user of a host authority, the same state rule as a save) and
/// `submitSelfEvaluation`'s guard would refuse for want of it.
fn self_evaluation_to_complete(facts: &ReviewFacts, actor: &Actor) -> Option<String> {
    if facts.state != ReviewState::TeamFormed
        || !actor.host_user
        || crate::self_evaluation::edit_open(facts.state, false).is_err()
    {
        return None;
    }
    let se = facts.self_evaluation.as_ref()?;
    match facts.rules.self_evaluation_mode {
        SelfEvaluationMode::Rubric => {
            let first = se.missing_indicators.first()?;
            Some(format!(
                "{} not complete yet (evidence, and a grade where graded), the first {first}.",
                guards::counted(
                    se.missing_indicators.len() as u32,
                    "quality indicator is",
                    "quality indicators are",
                )
            ))
        }
        SelfEvaluationMode::EvidenceOnly => (se.documents_attached == 0).then(|| {
            "No self-evaluation document is attached yet, such as the Standards and Quality \
             report."
                .to_owned()
        }),
    }
}

/// Which reviews can hold a task for a programme officer by their office
/// alone (not as a host lead or a member of the team: the reviews they
/// take part in that way are theirs anyway), by the review's state. The
/// store reads only these for `me { tasks }` rather than every open
/// review, and [`tasks`] still decides every task on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficerReach {
    /// A task may be theirs, whatever the other facts: the focus, the
    /// team, a conflict or the forward command.
    Any,
    /// Only resolving a conflict of interest, when one is unresolved.
    UnresolvedConflict,
    /// Only the forward command, once the report is recorded.
    Report,
    /// Only the forward command, once follow-up is recorded.
    FollowUp,
    /// Never: the forward command is the team lead's, or the review is
    /// finished.
    Nothing,
}

/// Where a programme officer's own rights can give them a task in `state`;
/// see [`OfficerReach`].
pub fn officer_reach(state: ReviewState) -> OfficerReach {
    use ReviewState as S;
    match state {
        S::Scheduled | S::FocusAgreed | S::TeamFormed => OfficerReach::Any,
        S::SelfEvaluationSubmitted | S::Postponed => OfficerReach::UnresolvedConflict,
        S::ReportDrafted => OfficerReach::Report,
        S::ReportPublished | S::FollowUp => OfficerReach::FollowUp,
        S::VisitInProgress | S::VisitCompleted | S::Closed | S::Withdrawn => OfficerReach::Nothing,
    }
}

/// Planning the visit (the team lead) and the host's part of it, from
/// the team's formation until the visit dates are set.
fn visit_tasks(
    facts: &ReviewFacts,
    actor: &Actor,
    add: &mut impl FnMut(TaskKind, TaskPage, String),
) {
    let unplanned = facts.visit.as_ref().is_some_and(|v| v.days.is_empty());
    let stage = matches!(
        facts.state,
        ReviewState::TeamFormed | ReviewState::SelfEvaluationSubmitted
    );
    if !(unplanned && stage) {
        return;
    }
    if actor.is_team_lead() && crate::visit::authorise_plan(facts, actor).is_ok() {
        add(
            TaskKind::PlanVisit,
            TaskPage::Visit,
            format!(
                "Set the visit's {} consecutive working days and its sessions.",
                facts.rules.visit_length_days
            ),
        );
    }
    if crate::visit::authorise_contacts(facts, actor).is_ok() {
        add(
            TaskKind::RecordVisitContacts,
            TaskPage::Visit,
            "Record your authority's blackout dates, and the visit's contacts and places, \
             before the team lead sets its dates."
                .to_owned(),
        );
    }
}

/// Recording findings (accepted team members) and agreeing them (the
/// team lead), during the visit.
fn findings_tasks(
    facts: &ReviewFacts,
    actor: &Actor,
    add: &mut impl FnMut(TaskKind, TaskPage, String),
) {
    if crate::findings::authorise_record(facts.state, actor).is_ok() {
        add(
            TaskKind::RecordFindings,
            TaskPage::Findings,
            "The visit is in progress: record what you find, with the quality indicators and              session it relates to."
                .to_owned(),
        );
    }
    if actor.is_team_lead() && crate::findings::authorise_lead(facts.state, actor).is_ok() {
        let detail = match &facts.findings {
            Some(f) => format!(
                "Agree the team's findings before completing the visit: {} and {} agreed so far.",
                guards::counted(f.agreed_strengths, "strength", "strengths"),
                guards::counted(
                    f.agreed_areas_for_improvement,
                    "area for improvement",
                    "areas for improvement"
                ),
            ),
            None => "Agree the team's findings, merging duplicates and settling their wording,                      before completing the visit: at least one strength and one area for                      improvement."
                .to_owned(),
        };
        add(TaskKind::AgreeFindings, TaskPage::Findings, detail);
    }
}

/// The report's factual-accuracy check and approvals, while the draft is
/// open (drafted, or a correction).
fn report_tasks(
    facts: &ReviewFacts,
    actor: &Actor,
    add: &mut impl FnMut(TaskKind, TaskPage, String),
) {
    let Some(report) = &facts.report else {
        return;
    };
    let open = report.draft_exists
        && (facts.state == ReviewState::ReportDrafted
            || (report.correction_open
                && matches!(
                    facts.state,
                    ReviewState::ReportPublished | ReviewState::FollowUp
                )));
    if !open {
        return;
    }
    if actor.is_team_lead() && report.open_comments > 0 {
        add(
            TaskKind::AnswerReportComments,
            TaskPage::Report,
            format!(
                "{} on the draft report: accept (after making the change) or reject each, with a \
                 reply.",
                guards::counted(
                    report.open_comments,
                    "factual-accuracy comment is open",
                    "factual-accuracy comments are open"
                )
            ),
        );
    }
    if !report.shared_with_host {
        return;
    }
    let hosts_approved = |ids: &[uuid::Uuid]| {
        facts
            .hosts
            .iter()
            .filter(|h| ids.contains(&h.authority_id))
            .all(|h| h.lead_approved_report)
    };
    let host_ids: Vec<uuid::Uuid> = facts.hosts.iter().map(|h| h.authority_id).collect();
    let leads_of: Vec<uuid::Uuid> = actor
        .host_lead_of
        .iter()
        .filter(|a| host_ids.contains(a))
        .copied()
        .collect();
    if (actor.host_user || !leads_of.is_empty()) && !hosts_approved(&host_ids) {
        add(
            TaskKind::CheckFactualAccuracy,
            TaskPage::Report,
            "The team has shared its draft report: check its factual accuracy and comment on \
             anything that is wrong."
                .to_owned(),
        );
    }
    let host_lead_due = !leads_of.is_empty() && !hosts_approved(&leads_of);
    let officer_due = actor.programme_officer && !report.programme_officer_approved;
    if report.open_comments == 0 && (host_lead_due || officer_due) {
        add(
            TaskKind::ApproveReport,
            TaskPage::Report,
            "The draft report is shared and every comment is answered: approve this draft \
             version."
                .to_owned(),
        );
    }
}

/// Follow-up after publication: creating actions (the host, before
/// follow-up begins), updating one's own action due soon or overdue (its
/// owner; due on the earliest such action's date), saving the sessions
/// (host leads and programme officers).
fn follow_up_tasks(facts: &ReviewFacts, actor: &Actor, today: NaiveDate, found: &mut Vec<Task>) {
    let Some(f) = &facts.follow_up else {
        return;
    };
    if !crate::follow_up::open(facts.state) {
        return;
    }
    let mut add = |kind, due, detail: String| {
        found.push(Task {
            kind,
            page: TaskPage::FollowUp,
            due,
            detail,
        })
    };
    if facts.state == ReviewState::ReportPublished
        && crate::follow_up::may_manage_actions(actor)
        && f.areas_without_action_or_reason > 0
    {
        add(
            TaskKind::CreateFollowUpActions,
            None,
            format!(
                "{} no action yet: create actions, or record why one needs none.",
                guards::counted(
                    f.areas_without_action_or_reason,
                    "published area for improvement has",
                    "published areas for improvement have"
                )
            ),
        );
    }
    let mine: Vec<NaiveDate> = f
        .open_actions
        .iter()
        .filter(|a| a.owner == actor.user_id)
        .filter(|a| (a.due_on - today).num_days() < crate::follow_up::DUE_SOON_DAYS)
        .map(|a| a.due_on)
        .collect();
    if let Some(first) = mine.iter().min().copied() {
        let overdue = mine.iter().filter(|d| **d < today).count() as u32;
        let detail = if overdue > 0 {
            format!(
                "{} overdue: record its progress or update its status.",
                guards::counted(overdue, "action of yours is", "actions of yours are")
            )
        } else {
            format!(
                "{} due within two weeks: record its progress or update its status.",
                guards::counted(
                    mine.len() as u32,
                    "action of yours is",
                    "actions of yours are"
                )
            )
        };
        add(TaskKind::UpdateFollowUpAction, Some(first), detail);
    }
    if crate::follow_up::may_schedule_sessions(actor)
        && (f.sessions_scheduled as usize) < crate::follow_up::SESSIONS.len()
    {
        add(
            TaskKind::ScheduleFollowUpSessions,
            None,
            "Save the dates of the follow-up sessions at six and twelve months.".to_owned(),
        );
    }
}

/// The forward command of this kind, when it needs no data of its own.
/// `resume` is a decision to take, not a task, so it is never offered.
fn forward(kind: CommandKind) -> Option<Command> {
    Some(match kind {
        CommandKind::AgreeFocus => Command::AgreeFocus,
        CommandKind::FormTeam => Command::FormTeam,
        CommandKind::SubmitSelfEvaluation => Command::SubmitSelfEvaluation,
        CommandKind::StartVisit => Command::StartVisit,
        CommandKind::CompleteVisit => Command::CompleteVisit,
        CommandKind::DraftReport => Command::DraftReport,
        CommandKind::PublishReport => Command::PublishReport,
        CommandKind::BeginFollowUp => Command::BeginFollowUp,
        CommandKind::Close => Command::Close,
        CommandKind::Schedule
        | CommandKind::ReopenSelfEvaluation
        | CommandKind::Withdraw
        | CommandKind::Postpone
        | CommandKind::Resume => return None,
    })
}
