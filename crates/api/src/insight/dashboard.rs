//! The programme dashboard: counts, upcoming visits, reviews at risk (the
//! domain's rules), overdue follow-up actions by authority and published
//! impact measures, from a constant number of statements.

use super::InsightReview;
use crate::error::ApiResult;
use crate::follow_up::PublicImpactMeasure;
use crate::month::MonthScalar;
use crate::programme::Programme;
use crate::reference::Authority;
use crate::review::ReviewState;
use crate::ApiContext;
use async_graphql::{Enum, InputObject, SimpleObject};
use chrono::NaiveDate;
use domain::insight::{self as ins, RiskSubject};
use domain::lifecycle::ReviewState as State;
use domain::visit::WorkingCalendar;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// How a review is at risk.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::insight::RiskReason")]
pub enum RiskReason {
    /// Still no agreed focus `focusDaysBefore` calendar days before the
    /// target month's first day.
    NoAgreedFocus,
    /// Still no formed team `teamDaysBefore` calendar days before the
    /// target month's first day.
    NoFormedTeam,
    /// Still no submitted self-evaluation `selfEvaluationWorkingDaysBefore`
    /// working days before the first visit day.
    NoSubmittedSelfEvaluation,
    /// Still no drafted report `reportWorkingDaysAfter` working days after
    /// the last visit day.
    ReportNotDrafted,
}

/// A programme's thresholds for the reviews-at-risk rules.
#[derive(SimpleObject)]
pub struct RiskThresholds {
    pub programme_id: Uuid,
    /// Calendar days before the target month's first day (default 60,
    /// 1-365).
    pub focus_days_before: i32,
    /// Calendar days before the target month's first day (default 30,
    /// 1-365).
    pub team_days_before: i32,
    /// Working days before the first visit day (default 10, 1-100).
    pub self_evaluation_working_days_before: i32,
    /// Working days after the last visit day (default 20, 1-100).
    pub report_working_days_after: i32,
    /// Every threshold is its default.
    pub is_default: bool,
}

impl RiskThresholds {
    pub fn of(programme_id: Uuid, t: ins::RiskThresholds) -> Self {
        RiskThresholds {
            programme_id,
            focus_days_before: t.focus_days_before,
            team_days_before: t.team_days_before,
            self_evaluation_working_days_before: t.self_evaluation_working_days_before,
            report_working_days_after: t.report_working_days_after,
            is_default: t.is_default(),
        }
    }
}

/// New thresholds: each within its bounds.
#[derive(InputObject)]
pub struct RiskThresholdsInput {
    pub focus_days_before: i32,
    pub team_days_before: i32,
    pub self_evaluation_working_days_before: i32,
    pub report_working_days_after: i32,
}

/// One reason a review is at risk.
#[derive(SimpleObject)]
pub struct RiskFlag {
    pub reason: RiskReason,
    /// A sentence, e.g. "No agreed focus 60 days before October 2024
    /// (since 2 August 2024)".
    pub message: String,
    /// The day the threshold passed (at risk from this day on).
    pub since: NaiveDate,
}

#[derive(SimpleObject)]
pub struct ReviewAtRisk {
    pub review: InsightReview,
    /// Every reason, in the order of RiskReason.
    pub reasons: Vec<RiskFlag>,
}

#[derive(SimpleObject)]
pub struct StateCount {
    pub state: ReviewState,
    pub label: String,
    pub count: i32,
}

#[derive(SimpleObject)]
pub struct PhaseCount {
    pub phase: i32,
    pub count: i32,
}

#[derive(SimpleObject)]
pub struct MonthCount {
    pub month: MonthScalar,
    pub count: i32,
}

#[derive(SimpleObject)]
pub struct UpcomingVisit {
    pub review: InsightReview,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    /// The number of visit days.
    pub days: i32,
}

#[derive(SimpleObject)]
pub struct OverdueAction {
    pub review_id: Uuid,
    pub action_id: Uuid,
    pub description: String,
    pub due_on: NaiveDate,
    /// Calendar days since `dueOn` (1 or more).
    pub days_overdue: i32,
}

#[derive(SimpleObject)]
pub struct OverdueActionsByAuthority {
    pub authority: Authority,
    pub count: i32,
    /// Oldest due first.
    pub actions: Vec<OverdueAction>,
}

#[derive(SimpleObject)]
pub struct ProgrammeImpactMeasure {
    pub review: InsightReview,
    /// The review's published report (its latest version).
    pub report_slug: String,
    pub measure: PublicImpactMeasure,
}

/// A programme at a glance (programme officers).
#[derive(SimpleObject)]
pub struct ProgrammeDashboard {
    pub programme: Programme,
    pub today: NaiveDate,
    pub thresholds: RiskThresholds,
    /// Reviews of the programme, imported ones included.
    pub total: i32,
    /// Every state in lifecycle order, zero counts included.
    pub by_state: Vec<StateCount>,
    /// Every phase that has reviews, ascending.
    pub by_phase: Vec<PhaseCount>,
    /// Every target month that has reviews, ascending.
    pub by_month: Vec<MonthCount>,
    /// Visits not over whose first day is within `upcomingDays` days,
    /// soonest first (not withdrawn, not postponed).
    pub upcoming_visits: Vec<UpcomingVisit>,
    /// Reviews at risk, by target month then first host's name.
    pub at_risk: Vec<ReviewAtRisk>,
    /// Open or in-progress follow-up actions past their due day, by the
    /// review's host authority (by name).
    pub overdue_actions: Vec<OverdueActionsByAuthority>,
    /// Published impact measures of the programme's reviews, by target
    /// month.
    pub impact_measures: Vec<ProgrammeImpactMeasure>,
}

fn first_host_name(r: &InsightReview) -> String {
    r.hosts
        .first()
        .map(|h| h.0.name.clone())
        .unwrap_or_default()
}

pub(super) async fn dashboard(
    app: &ApiContext,
    programme_id: Uuid,
    upcoming_days: i32,
) -> ApiResult<ProgrammeDashboard> {
    let db = app.store.conn();
    let programme = store::programme::programme(db, programme_id).await?;
    let data = store::insight::programme_insight(db, programme_id).await?;
    let today = crate::review::london_today(app.clock.now());
    let thresholds = data.thresholds.unwrap_or_default();
    let calendar = WorkingCalendar::new(data.bank_holidays.clone(), Vec::new());
    let view = |r: &store::review::Review| InsightReview::of(r, &data.hosts);

    let mut states: HashMap<State, i32> = HashMap::new();
    let mut phases: BTreeMap<u32, i32> = BTreeMap::new();
    let mut months: BTreeMap<domain::programme::Month, i32> = BTreeMap::new();
    let mut upcoming = Vec::new();
    let mut at_risk = Vec::new();
    let mut overdue: HashMap<Uuid, (Authority, Vec<OverdueAction>)> = HashMap::new();
    let mut measures = Vec::new();
    let horizon = today + chrono::Duration::days(upcoming_days.into());
    for r in &data.reviews {
        *states.entry(r.state).or_default() += 1;
        *phases.entry(r.phase).or_default() += 1;
        *months.entry(r.target_month).or_default() += 1;
        let days = data.visit_days.get(&r.id).cloned().unwrap_or_default();
        if let (Some(first), Some(last)) = (days.first(), days.last()) {
            if !matches!(r.state, State::Withdrawn | State::Postponed)
                && !r.imported
                && *last >= today
                && *first <= horizon
            {
                upcoming.push(UpcomingVisit {
                    review: view(r),
                    first_day: *first,
                    last_day: *last,
                    days: days.len() as i32,
                });
            }
        }
        let flags = ins::at_risk(
            &RiskSubject {
                state: r.state,
                imported: r.imported,
                target_month: r.target_month,
                visit_days: days,
            },
            &thresholds,
            &calendar,
            today,
        );
        if !flags.is_empty() {
            at_risk.push(ReviewAtRisk {
                review: view(r),
                reasons: flags
                    .into_iter()
                    .map(|f| RiskFlag {
                        reason: f.reason.into(),
                        message: f.message,
                        since: f.since,
                    })
                    .collect(),
            });
        }
        if let Some(f) = data.follow_ups.get(&r.id) {
            if r.state != State::Closed && r.state != State::Withdrawn {
                let late: Vec<OverdueAction> = f
                    .actions
                    .iter()
                    .filter(|a| a.overdue(today))
                    .map(|a| OverdueAction {
                        review_id: r.id,
                        action_id: a.id,
                        description: a.description.clone(),
                        due_on: a.due_on,
                        days_overdue: (today - a.due_on).num_days() as i32,
                    })
                    .collect();
                if !late.is_empty() {
                    for host in data.hosts.get(&r.id).into_iter().flatten() {
                        overdue
                            .entry(host.id)
                            .or_insert_with(|| (Authority(host.clone()), Vec::new()))
                            .1
                            .extend(late.iter().map(|a| OverdueAction {
                                review_id: a.review_id,
                                action_id: a.action_id,
                                description: a.description.clone(),
                                due_on: a.due_on,
                                days_overdue: a.days_overdue,
                            }));
                    }
                }
            }
            if let Some((slug, _)) = data.latest.get(&r.id) {
                for m in crate::follow_up::use_cases::public_measures(f) {
                    measures.push(ProgrammeImpactMeasure {
                        review: view(r),
                        report_slug: slug.clone(),
                        measure: m,
                    });
                }
            }
        }
    }
    upcoming.sort_by(|a, b| {
        a.first_day
            .cmp(&b.first_day)
            .then(first_host_name(&a.review).cmp(&first_host_name(&b.review)))
    });
    at_risk.sort_by(|a, b| {
        a.review
            .target_month
            .0
            .cmp(&b.review.target_month.0)
            .then(first_host_name(&a.review).cmp(&first_host_name(&b.review)))
            .then(a.review.id.cmp(&b.review.id))
    });
    let mut overdue: Vec<OverdueActionsByAuthority> = overdue
        .into_values()
        .map(|(authority, mut actions)| {
            actions.sort_by(|a, b| a.due_on.cmp(&b.due_on).then(a.action_id.cmp(&b.action_id)));
            OverdueActionsByAuthority {
                authority,
                count: actions.len() as i32,
                actions,
            }
        })
        .collect();
    overdue.sort_by(|a, b| a.authority.0.name.cmp(&b.authority.0.name));
    measures.sort_by(|a, b| {
        a.review
            .target_month
            .0
            .cmp(&b.review.target_month.0)
            .then(first_host_name(&a.review).cmp(&first_host_name(&b.review)))
    });
    Ok(ProgrammeDashboard {
        programme: Programme(programme),
        today,
        thresholds: RiskThresholds::of(programme_id, thresholds),
        total: data.reviews.len() as i32,
        by_state: State::ALL
            .into_iter()
            .map(|s| StateCount {
                state: s.into(),
                label: s.label().into(),
                count: states.get(&s).copied().unwrap_or(0),
            })
            .collect(),
        by_phase: phases
            .into_iter()
            .map(|(phase, count)| PhaseCount {
                phase: phase as i32,
                count,
            })
            .collect(),
        by_month: months
            .into_iter()
            .map(|(month, count)| MonthCount {
                month: month.into(),
                count,
            })
            .collect(),
        upcoming_visits: upcoming,
        at_risk,
        overdue_actions: overdue,
        impact_measures: measures,
    })
}
