//! One year's reviews for `quads seed --scale`, as rows to insert: each
//! review is scheduled by the domain's decision, then given the sign-offs,
//! team, conflict and history its fate calls for.

use super::{at, People};
use anyhow::anyhow;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use domain::lifecycle::{
    self as lc, Affiliation, CommandKind, Decided, EventKind, InvitationStatus, ProgrammeKind,
    ReviewState, TeamRole,
};
use domain::programme::Month;
use domain::Organisation;
use sea_orm::ActiveValue::Set;
use store::entities::{
    focus_sign_off, review, review_conflict, review_event, review_host, team_member,
};
use uuid::Uuid;

/// The forward path, as (command, state entered).
const PATH: [(CommandKind, ReviewState); 9] = [
    (CommandKind::AgreeFocus, ReviewState::FocusAgreed),
    (CommandKind::FormTeam, ReviewState::TeamFormed),
    (
        CommandKind::SubmitSelfEvaluation,
        ReviewState::SelfEvaluationSubmitted,
    ),
    (CommandKind::StartVisit, ReviewState::VisitInProgress),
    (CommandKind::CompleteVisit, ReviewState::VisitCompleted),
    (CommandKind::DraftReport, ReviewState::ReportDrafted),
    (CommandKind::PublishReport, ReviewState::ReportPublished),
    (CommandKind::BeginFollowUp, ReviewState::FollowUp),
    (CommandKind::Close, ReviewState::Closed),
];

/// How far along the path a review is (0 = scheduled, 9 = closed), and
/// whether it then left the path (withdrawn or postponed).
#[derive(Debug, Clone, Copy)]
struct Fate {
    steps: usize,
    left: Option<ReviewState>,
}

fn fate(current_year: bool, i: usize) -> Fate {
    if current_year {
        match i % 23 {
            21 => Fate {
                steps: i % 2,
                left: Some(ReviewState::Postponed),
            },
            22 => Fate {
                steps: i % 2,
                left: Some(ReviewState::Withdrawn),
            },
            k => Fate {
                steps: k % 9,
                left: None,
            },
        }
    } else if i % 29 == 7 {
        Fate {
            steps: i % 2,
            left: Some(ReviewState::Withdrawn),
        }
    } else {
        Fate {
            steps: PATH.len(),
            left: None,
        }
    }
}

/// A year's rows, by table.
#[derive(Default)]
pub(super) struct YearRows {
    pub(super) reviews: Vec<review::ActiveModel>,
    pub(super) hosts: Vec<review_host::ActiveModel>,
    pub(super) members: Vec<team_member::ActiveModel>,
    pub(super) sign_offs: Vec<focus_sign_off::ActiveModel>,
    pub(super) conflicts: Vec<review_conflict::ActiveModel>,
    pub(super) events: Vec<review_event::ActiveModel>,
}

/// The themes reviews take in turn.
const THEMES: [&str; 6] = [
    "Improving attainment in numeracy",
    "Closing the poverty-related attainment gap",
    "Supporting learners with additional support needs",
    "Leadership of change",
    "Family learning and engagement",
    "Transitions from early learning to primary",
];

/// The rows of `count` reviews of the programme of the academic year
/// starting in `year`; `offset` numbers them after the earlier years'.
#[allow(clippy::too_many_arguments)]
pub(super) fn build_year(
    people: &People,
    authorities: &[&Organisation],
    programme_id: Uuid,
    year: i32,
    count: usize,
    offset: usize,
    current_year: bool,
) -> anyhow::Result<YearRows> {
    let mut rows = YearRows::default();
    for k in 0..count {
        let plan = plan(authorities, year, count, k, offset + k, current_year);
        let i = plan.i;
        let decided = schedule(&plan, people, authorities, programme_id)?;
        let lc::Event::Scheduled { placement, .. } = decided.event() else {
            return Err(anyhow!("review {i}: scheduling decided another event"));
        };

        for (position, h) in placement.hosts.iter().enumerate() {
            rows.hosts.push(review_host::ActiveModel {
                review_id: Set(plan.id),
                authority_id: Set(h.authority_id),
                position: Set(position as i32),
            });
        }
        push_sign_offs(&mut rows, &plan, people);
        push_team(&mut rows, &plan, people);
        let seq = push_history(&mut rows, &plan, people, &decided);
        rows.reviews
            .push(review_row(&plan, placement, programme_id, seq));
    }
    Ok(rows)
}

/// One review about to be made: its number in the run, its id and hosts,
/// when it is timetabled and scheduled, and how far it gets.
struct Plan {
    i: usize,
    id: Uuid,
    hosts: Vec<Uuid>,
    target: NaiveDate,
    scheduled_at: DateTime<Utc>,
    fate: Fate,
    theme: &'static str,
    with_focus: bool,
    state: ReviewState,
    path_state: ReviewState,
}

/// The `k`th review of the year, the `i`th of the run.
fn plan(
    authorities: &[&Organisation],
    year: i32,
    count: usize,
    k: usize,
    i: usize,
    current_year: bool,
) -> Plan {
    let a = authorities.len();
    let id = Uuid::now_v7();
    let host = authorities[i % a].id;
    let hosts: Vec<Uuid> = if i % 7 == 3 {
        vec![host, authorities[(i + 1) % a].id]
    } else {
        vec![host]
    };
    // August to June: the month within the academic year.
    let m = (k * 11 / count.max(1)) as u32; // 0..10
    let (ty, tm) = if m < 5 {
        (year, 8 + m)
    } else {
        (year + 1, m - 4)
    };
    let target = NaiveDate::from_ymd_opt(ty, tm, 1).unwrap_or_default();
    let scheduled_at = at(target - Duration::days(180), 9);
    let fate = fate(current_year, i);
    let theme = THEMES[i % THEMES.len()];
    let with_focus = fate.steps >= 1 || i.is_multiple_of(2);
    let state = fate.left.unwrap_or(if fate.steps == 0 {
        ReviewState::Scheduled
    } else {
        PATH[fate.steps - 1].1
    });
    let path_state = if fate.steps == 0 {
        ReviewState::Scheduled
    } else {
        PATH[fate.steps - 1].1
    };
    Plan {
        i,
        id,
        hosts,
        target,
        scheduled_at,
        fate,
        theme,
        with_focus,
        state,
        path_state,
    }
}

/// Each review is put on the timetable by the scheduling decision, as a
/// programme officer would: its hosts are checked and its first history
/// event is the decided one.
fn schedule(
    plan: &Plan,
    people: &People,
    authorities: &[&Organisation],
    programme_id: Uuid,
) -> anyhow::Result<Decided> {
    let i = plan.i;
    let host_refs = plan
        .hosts
        .iter()
        .map(|h| lc::AuthorityRef {
            authority_id: *h,
            name: authorities
                .iter()
                .find(|o| o.id == *h)
                .map(|o| o.name.clone())
                .unwrap_or_default(),
        })
        .collect();
    let request = lc::ScheduleRequest {
        kind: ProgrammeKind::Ci,
        placement: lc::Placement {
            programme_id,
            quad_id: None,
            hosts: host_refs,
            slot: lc::Slot {
                phase: 1,
                month: Month::of(plan.target),
            },
            theme: plan.with_focus.then(|| plan.theme.to_owned()),
        },
        quad_members: Vec::new(),
    };
    let officer = lc::Actor {
        user_id: people.officer,
        programme_officer: true,
        ..lc::Actor::default()
    };
    lc::decide_schedule(&request, &officer, plan.scheduled_at)
        .map_err(|r| anyhow!("review {i} could not be scheduled: {r:?}"))
}

/// Sign-offs, once the focus is agreed.
fn push_sign_offs(rows: &mut YearRows, plan: &Plan, people: &People) {
    let id = plan.id;
    let signed_at = plan.scheduled_at + Duration::days(20);
    if plan.fate.steps >= 1 {
        for h in &plan.hosts {
            if let Some(lead) = people.leads.get(h) {
                rows.sign_offs.push(focus_sign_off::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    review_id: Set(id),
                    user_id: Set(*lead),
                    authority_id: Set(Some(*h)),
                    signed_at: Set(signed_at),
                });
            }
        }
        rows.sign_offs.push(focus_sign_off::ActiveModel {
            id: Set(Uuid::now_v7()),
            review_id: Set(id),
            user_id: Set(people.officer),
            authority_id: Set(None),
            signed_at: Set(signed_at),
        });
    }
}

/// The team: formed (all accepted) from TEAM_FORMED on; being gathered
/// (some pending) before. Every fifth team has had a conflict of interest.
fn push_team(rows: &mut YearRows, plan: &Plan, people: &People) {
    let (i, id, hosts) = (plan.i, plan.id, &plan.hosts);
    let formed = plan.fate.steps >= 2;
    let invited_at = plan.scheduled_at + Duration::days(30);
    let size = if formed {
        6 + i % 7
    } else if i.is_multiple_of(3) {
        3
    } else {
        0
    };
    let mut team: Vec<(Uuid, Uuid, Affiliation, TeamRole)> = Vec::new();
    if size > 0 {
        let pick = |list: &Vec<(Uuid, Uuid)>, j: usize| list[(i + j) % list.len()];
        let (u, o) = pick(&people.ades, 0);
        team.push((u, o, Affiliation::Ades, TeamRole::Lead));
        let (u, o) = pick(&people.education_scotland, 0);
        team.push((u, o, Affiliation::EducationScotland, TeamRole::Member));
        if i.is_multiple_of(4) {
            let (u, o) = pick(&people.hmi, 0);
            team.push((u, o, Affiliation::HmInspectors, TeamRole::Member));
        }
        let mut j = 0;
        while team.len() < size {
            let (u, o) = people.peers[(i * 7 + j * 13) % people.peers.len()];
            j += 1;
            if hosts.contains(&o) || team.iter().any(|t| t.0 == u) {
                continue;
            }
            team.push((u, o, Affiliation::PeerAuthority, TeamRole::Member));
        }
        team.truncate(size);
    }
    let mut peer_member = None;
    for (j, (u, o, affiliation, role)) in team.iter().enumerate() {
        let member_id = Uuid::now_v7();
        let accepted = formed || j.is_multiple_of(2);
        if *affiliation == Affiliation::PeerAuthority && peer_member.is_none() {
            peer_member = Some(member_id);
        }
        rows.members.push(team_member::ActiveModel {
            id: Set(member_id),
            review_id: Set(id),
            user_id: Set(*u),
            organisation_id: Set(*o),
            affiliation: Set(affiliation.as_str().into()),
            role: Set(role.as_str().into()),
            invitation: Set(if accepted {
                InvitationStatus::Accepted
            } else {
                InvitationStatus::Pending
            }
            .as_str()
            .into()),
            first_time: Set(false),
            replaced_by: Set(None),
            invited_at: Set(invited_at),
            answered_at: Set(accepted.then(|| invited_at + Duration::days(3))),
        });
    }
    // Every fifth team has had a conflict of interest, dismissed by
    // the officer once the team is formed.
    if let (true, Some(member)) = (i.is_multiple_of(5), peer_member) {
        let raised = invited_at + Duration::days(1);
        rows.conflicts.push(review_conflict::ActiveModel {
            id: Set(Uuid::now_v7()),
            review_id: Set(id),
            member_id: Set(member),
            other_review_id: Set(None),
            description: Set(
                "The member's authority is reviewed by the host's in the same phase.".into(),
            ),
            dismissed_reason: Set(formed.then(|| "Different services; no overlap.".into())),
            dismissed_by: Set(formed.then_some(people.officer)),
            dismissed_at: Set(formed.then(|| raised + Duration::days(2))),
            created_at: Set(raised),
        });
    }
}

/// History: scheduled, then each step, then leaving the path. Returns the
/// number of the last entry, which is the review's version.
fn push_history(rows: &mut YearRows, plan: &Plan, people: &People, decided: &Decided) -> i32 {
    let (id, fate, scheduled_at) = (plan.id, plan.fate, plan.scheduled_at);
    let mut seq = 0;
    let mut event = |kind: EventKind,
                     command: Option<CommandKind>,
                     from: Option<ReviewState>,
                     to: ReviewState,
                     reason: Option<&str>,
                     when: DateTime<Utc>,
                     detail: Option<String>| {
        seq += 1;
        rows.events.push(review_event::ActiveModel {
            id: Set(Uuid::now_v7()),
            review_id: Set(id),
            seq: Set(seq),
            kind: Set(kind.as_str().into()),
            command: Set(command.map(|c| c.as_str().into())),
            from_state: Set(from.map(|s| s.as_str().into())),
            to_state: Set(to.as_str().into()),
            reason: Set(reason.map(str::to_owned)),
            actor_id: Set(Some(people.officer)),
            at: Set(when),
            report_url: Set(None),
            detail: Set(detail),
        });
    };
    event(
        decided.kind(),
        Some(CommandKind::Schedule),
        None,
        ReviewState::Scheduled,
        None,
        decided.at(),
        Some(decided.detail().to_string()),
    );
    let mut from = ReviewState::Scheduled;
    for (step, (command, to)) in PATH.iter().take(fate.steps).enumerate() {
        let when = scheduled_at + Duration::days(25 + 15 * step as i64);
        event(
            EventKind::Transitioned,
            Some(*command),
            Some(from),
            *to,
            None,
            when,
            None,
        );
        from = *to;
    }
    if let Some(left) = fate.left {
        let command = if left == ReviewState::Withdrawn {
            CommandKind::Withdraw
        } else {
            CommandKind::Postpone
        };
        event(
            EventKind::Transitioned,
            Some(command),
            Some(from),
            left,
            Some("The authority asked for a later date."),
            scheduled_at + Duration::days(60),
            None,
        );
    }
    seq
}

/// The review's own row, at the version its history reached.
fn review_row(
    plan: &Plan,
    placement: &lc::Placement,
    programme_id: Uuid,
    seq: i32,
) -> review::ActiveModel {
    let (id, state, with_focus, scheduled_at) =
        (plan.id, plan.state, plan.with_focus, plan.scheduled_at);
    let updated = scheduled_at + Duration::days(60);
    let key_questions = if with_focus {
        serde_json::json!([
            format!(
                "How well does the authority's work on {} improve outcomes?",
                plan.theme.to_lowercase()
            ),
            "How do leaders know?"
        ])
        .to_string()
    } else {
        "[]".into()
    };
    review::ActiveModel {
        id: Set(id),
        programme_id: Set(programme_id),
        quad_id: Set(None),
        phase: Set(placement.slot.phase as i32),
        target_month: Set(placement.slot.month.first_day()),
        theme: Set(placement.theme.clone()),
        key_questions: Set(key_questions),
        scope: Set(with_focus.then(|| "Primary and secondary schools".into())),
        state: Set(state.as_str().into()),
        postponed_from: Set(
            (state == ReviewState::Postponed).then(|| plan.path_state.as_str().into())
        ),
        imported: Set(false),
        report_url: Set(None),
        version: Set(seq),
        created_at: Set(scheduled_at),
        updated_at: Set(updated),
    }
}
