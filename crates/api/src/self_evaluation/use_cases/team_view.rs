//! The team's view of a submitted self-evaluation: the side-by-side per
//! indicator with the difference in grades, and saving one indicator of
//! the team's view with its version.

use super::{conflict, context, edit_refused, framework_of, names, person, Context};
use crate::auth::SessionUser;
use crate::error::{ApiError, ApiResult};
use crate::self_evaluation::team_view::{
    ComparisonIndicator, SaveTeamViewIndicatorInput, SelfEvaluationComparison,
};
use crate::ApiContext;
use domain::self_evaluation::{self as se, EntryInput, Perspective};
use domain::Framework;
use std::collections::HashMap;
use store::self_evaluation::{self as stored, Entry, Saved};
use uuid::Uuid;

fn comparison_indicators(
    framework: &Framework,
    own: &[Entry],
    team: &[Entry],
    names: &HashMap<Uuid, String>,
) -> Vec<ComparisonIndicator> {
    framework
        .indicators()
        .map(|qi| {
            let mine = own.iter().find(|e| e.indicator == qi.number);
            let theirs = team.iter().find(|e| e.indicator == qi.number);
            let self_grade = mine.and_then(|e| e.content.grade).map(i32::from);
            let team_grade = theirs.and_then(|e| e.content.grade).map(i32::from);
            ComparisonIndicator {
                number: qi.number.clone(),
                title: qi.title.clone(),
                self_grade,
                self_evidence: mine.map(|e| e.content.evidence.clone()).unwrap_or_default(),
                team_grade,
                team_evidence: theirs
                    .map(|e| e.content.evidence.clone())
                    .unwrap_or_default(),
                team_version: theirs.map(|e| e.version).unwrap_or(0),
                team_last_edited_by: person(
                    names,
                    theirs.filter(|e| e.version > 0).and_then(|e| e.updated_by),
                ),
                team_last_edited_at: theirs.filter(|e| e.version > 0).map(|e| e.updated_at),
                grade_difference: team_grade.zip(self_grade).map(|(t, s)| t - s),
            }
        })
        .collect()
}

fn may_read_team_view(user: &SessionUser, cx: &Context) -> bool {
    se::may_read_team_view(
        &user.person(),
        &cx.host_ids(),
        cx.on_team(user.id()),
        cx.review.state,
    )
}

const TEAM_VIEW_NOT_YOURS: &str = "Only the review's team and programme officers can see the \
                                   team's view, and the host's users once the report is \
                                   published.";

/// Each host's submitted self-evaluation beside the team's view.
pub async fn comparison(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<Vec<SelfEvaluationComparison>> {
    let db = app.store.conn();
    let cx = context(db, review_id).await?;
    if !may_read_team_view(user, &cx) {
        return Err(ApiError::Forbidden(TEAM_VIEW_NOT_YOURS.into()));
    }
    let started = stored::of_review(db, review_id).await?;
    let ids: Vec<Uuid> = started.iter().map(|s| s.id).collect();
    let own = stored::entries_of(db, &ids, Perspective::Host).await?;
    let team = stored::entries_of(db, &ids, Perspective::Team).await?;
    let names = names(db, team.iter().filter_map(|e| e.updated_by).collect()).await?;
    let can_edit = se::authorise_team_view_edit(cx.on_team(user.id()), cx.review.state).is_ok();
    let mut cache = HashMap::new();
    let mut out = Vec::new();
    for host in &cx.hosts {
        let mine = started.iter().find(|s| s.authority_id == host.authority.id);
        let framework = framework_of(db, &cx, mine, &mut cache).await?;
        let of = |entries: &[Entry]| -> Vec<Entry> {
            mine.map(|s| {
                entries
                    .iter()
                    .filter(|e| e.self_evaluation_id == s.id)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
        };
        out.push(SelfEvaluationComparison {
            authority_id: host.authority.id,
            authority_name: host.authority.name.clone(),
            graded: framework
                .as_deref()
                .is_some_and(|f| cx.requirements(f).graded),
            can_edit_team_view: can_edit && mine.is_some_and(|s| s.submitted_at.is_some()),
            indicators: framework
                .as_deref()
                .map(|f| comparison_indicators(f, &of(&own), &of(&team), &names))
                .unwrap_or_default(),
        });
    }
    Ok(out)
}

/// Saves one indicator of the team's view: rights (an accepted member,
/// the self-evaluation submitted, before the end of the visit), then the
/// input against the framework, then the version.
pub async fn save_team_view(
    app: &ApiContext,
    user: &SessionUser,
    input: SaveTeamViewIndicatorInput,
) -> ApiResult<ComparisonIndicator> {
    let txn = app.store.begin().await?;
    let cx = context(&txn, input.review_id).await?;
    se::authorise_team_view_edit(cx.on_team(user.id()), cx.review.state).map_err(edit_refused)?;
    let own = stored::find(&txn, input.review_id, input.authority_id)
        .await?
        .filter(|s| s.submitted_at.is_some())
        .ok_or_else(|| {
            ApiError::Forbidden(format!(
                "{} has no submitted self-evaluation on this review to give a view of.",
                cx.host_name(input.authority_id)
            ))
        })?;
    let framework = framework_of(&txn, &cx, Some(&own), &mut HashMap::new())
        .await?
        .ok_or_else(|| {
            ApiError::validation(
                "indicator",
                "This self-evaluation has no framework, so it has no indicators",
            )
        })?;
    let (number, content) = se::parse_entry(
        &framework,
        cx.requirements(&framework),
        &EntryInput {
            indicator: &input.indicator,
            grade: input.grade,
            evidence: &input.evidence,
            ..EntryInput::default()
        },
    )?;
    let now = app.clock.now();
    let saved = stored::save_entry(
        &txn,
        own.id,
        Perspective::Team,
        &number,
        input.version,
        &content,
        user.id(),
        now,
    )
    .await?;
    let entry = match saved {
        Saved::Saved(entry) => entry,
        Saved::Stale(current) => {
            let message = format!(
                "Someone on the team saved indicator {number} since you loaded it. Both \
                     texts are kept: yours on the page, theirs in the conflict; reconcile them \
                     and save again."
            );
            return Err(conflict(&txn, &current, message).await?);
        }
    };
    let own_entries = stored::entries_of(&txn, &[own.id], Perspective::Host).await?;
    let names = names(&txn, vec![user.id()]).await?;
    store::commit(txn).await?;
    comparison_indicators(
        &framework,
        &own_entries,
        std::slice::from_ref(&entry),
        &names,
    )
    .into_iter()
    .find(|i| i.number == number)
    .ok_or_else(|| ApiError::internal("a saved indicator is not in its framework"))
}
