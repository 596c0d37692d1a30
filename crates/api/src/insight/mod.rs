//! Programme insight (issue 23, /work/contracts/insight.md): the
//! programme dashboard with its reviews at risk and their thresholds, the
//! collaboration network (programme officers only), the themes across
//! published reports (public), and the open data and Atom feed the server's
//! routes serve (`open_data`).

mod dashboard;
pub mod open_data;
mod themes;

pub use dashboard::*;
pub use themes::*;

use crate::auth::require_programme_officer;
use crate::error::{ApiError, ApiResult};
use crate::month::MonthScalar;
use crate::reference::Authority;
use crate::review::ReviewState;
use crate::ApiContext;
use async_graphql::{Context, Object, SimpleObject};
use domain::Organisation;
use std::collections::HashMap;
use uuid::Uuid;

/// A review as the insight screens list it: its public timetable fields
/// and its hosts.
#[derive(SimpleObject, Clone)]
pub struct InsightReview {
    pub id: Uuid,
    pub phase: i32,
    pub target_month: MonthScalar,
    pub state: ReviewState,
    pub theme: Option<String>,
    pub hosts: Vec<Authority>,
}

impl InsightReview {
    pub(crate) fn of(review: &store::review::Review, hosts: &store::insight::Hosts) -> Self {
        InsightReview {
            id: review.id,
            phase: review.phase as i32,
            target_month: review.target_month.into(),
            state: review.state.into(),
            theme: review.theme.clone(),
            hosts: hosts
                .get(&review.id)
                .map(|h| h.iter().cloned().map(Authority).collect())
                .unwrap_or_default(),
        }
    }
}

/// Officers of `from` took part in reviews hosted by `to`, `count` times.
#[derive(SimpleObject)]
pub struct CollaborationEdge {
    /// The authority whose officers took part.
    pub from: Authority,
    /// The authority that hosted the review.
    pub to: Authority,
    /// Accepted, current team places of `from`'s officers in reviews
    /// hosted by `to`.
    pub count: i32,
}

/// Counts between authorities: a matrix and the same as edges.
#[derive(SimpleObject)]
pub struct CollaborationNetwork {
    /// Every authority in an edge, by name.
    pub authorities: Vec<Authority>,
    /// matrix[i][j]: the count from authorities[i] to authorities[j] (0
    /// when none; the diagonal is 0).
    pub matrix: Vec<Vec<i32>>,
    /// Non-zero counts, largest first, then by the names.
    pub edges: Vec<CollaborationEdge>,
    /// The sum of the counts.
    pub total: i32,
}

/// The network from the store's counts (pure; sorted as the contract
/// says).
pub fn network(
    counts: &[(Uuid, Uuid, i64)],
    authorities: Vec<Organisation>,
) -> CollaborationNetwork {
    let mut authorities = authorities;
    authorities.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let index: HashMap<Uuid, usize> = authorities
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i))
        .collect();
    let n = authorities.len();
    let mut matrix = vec![vec![0i32; n]; n];
    let mut edges = Vec::new();
    let mut total = 0i32;
    for (from, to, count) in counts {
        let (Some(&i), Some(&j)) = (index.get(from), index.get(to)) else {
            continue;
        };
        if i == j || *count <= 0 {
            continue;
        }
        let c = i32::try_from(*count).unwrap_or(i32::MAX);
        matrix[i][j] = matrix[i][j].saturating_add(c);
        total = total.saturating_add(c);
        edges.push((i, j, c));
    }
    edges.sort_by(|a, b| {
        b.2.cmp(&a.2)
            .then(authorities[a.0].name.cmp(&authorities[b.0].name))
            .then(authorities[a.1].name.cmp(&authorities[b.1].name))
    });
    let edges = edges
        .into_iter()
        .map(|(i, j, count)| CollaborationEdge {
            from: Authority(authorities[i].clone()),
            to: Authority(authorities[j].clone()),
            count,
        })
        .collect();
    CollaborationNetwork {
        authorities: authorities.into_iter().map(Authority).collect(),
        matrix,
        edges,
        total,
    }
}

#[derive(Default)]
pub struct InsightQuery;

#[Object]
impl InsightQuery {
    /// A programme at a glance: reviews by state, phase and month, upcoming
    /// visits, reviews at risk with every reason, overdue follow-up actions
    /// by authority and published impact measures. Programme officers
    /// only; `upcomingDays` 1-366.
    async fn programme_dashboard(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
        #[graphql(default = 42)] upcoming_days: i32,
    ) -> ApiResult<ProgrammeDashboard> {
        require_programme_officer(ctx)?;
        if !(1..=366).contains(&upcoming_days) {
            return Err(ApiError::validation(
                "upcomingDays",
                "Enter a number of days from 1 to 366",
            ));
        }
        let app = ctx.data::<ApiContext>()?;
        dashboard::dashboard(app, programme_id, upcoming_days).await
    }

    /// A programme's thresholds for the reviews-at-risk rules. Programme
    /// officers only.
    async fn risk_thresholds(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
    ) -> ApiResult<RiskThresholds> {
        require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let db = app.store.conn();
        store::programme::programme(db, programme_id).await?;
        let t = store::insight::thresholds_of(db, programme_id)
            .await?
            .unwrap_or_default();
        Ok(RiskThresholds::of(programme_id, t))
    }

    /// How many times officers of one authority took part in reviews
    /// hosted by another (in one programme, or all). Programme officers
    /// only: team membership is private.
    async fn collaboration_network(
        &self,
        ctx: &Context<'_>,
        programme_id: Option<Uuid>,
    ) -> ApiResult<CollaborationNetwork> {
        require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let db = app.store.conn();
        if let Some(p) = programme_id {
            store::programme::programme(db, p).await?;
        }
        let (counts, authorities) = store::insight::collaboration(db, programme_id).await?;
        Ok(network(&counts, authorities))
    }

    /// Strengths and areas for improvement of the latest version of every
    /// report published here, grouped by quality indicator or by focus
    /// theme. Public. `itemsPerGroup` 1-50.
    #[allow(clippy::too_many_arguments)]
    async fn themes_across_reports(
        &self,
        ctx: &Context<'_>,
        group_by: ThemeGrouping,
        kind: Option<crate::report::ReportItemKind>,
        authority: Option<Uuid>,
        year: Option<i32>,
        programme_id: Option<Uuid>,
        #[graphql(default = 20)] items_per_group: i32,
    ) -> ApiResult<ThemesAcrossReports> {
        let app = ctx.data::<ApiContext>()?;
        themes::themes(
            app,
            ThemeQuery {
                group_by,
                kind: kind.map(Into::into),
                authority,
                year,
                programme_id,
                items_per_group,
            },
        )
        .await
    }
}

#[derive(Default)]
pub struct InsightMutation;

#[Object]
impl InsightMutation {
    /// Sets a programme's thresholds for the reviews-at-risk rules (the
    /// defaults are 60, 30, 10 and 20). Every out-of-bounds field is
    /// refused at once (`VALIDATION`) and nothing is saved. Programme
    /// officers only.
    async fn set_risk_thresholds(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
        thresholds: RiskThresholdsInput,
    ) -> ApiResult<RiskThresholds> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let parsed = domain::insight::RiskThresholds::parse(
            thresholds.focus_days_before,
            thresholds.team_days_before,
            thresholds.self_evaluation_working_days_before,
            thresholds.report_working_days_after,
        )
        .map_err(|bad| {
            ApiError::Invalid(bad.into_iter().map(|(f, m)| (f.to_owned(), m)).collect())
        })?;
        let txn = app.store.begin().await?;
        store::programme::programme(&txn, programme_id).await?;
        store::insight::set_thresholds(
            &txn,
            programme_id,
            &parsed,
            officer.user().id(),
            app.clock.now(),
        )
        .await?;
        store::commit(txn).await?;
        Ok(RiskThresholds::of(programme_id, parsed))
    }
}
