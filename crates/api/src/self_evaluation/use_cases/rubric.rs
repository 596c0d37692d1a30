//! The host's rubric: every indicator of the framework with what was saved
//! and the documents supporting it, and saving one indicator with its
//! version (a stale save is a `CONFLICT` carrying the stored text).

use super::NOT_YOURS;
use super::{authorise_edit, conflict, context, framework_of, may_read, names, person};
use crate::auth::SessionUser;
use crate::error::{ApiError, ApiResult};
use crate::self_evaluation::{IndicatorView, SaveSelfEvaluationIndicatorInput, SelfEvaluationView};
use crate::ApiContext;
use domain::attachment::OwnerKind;
use domain::self_evaluation::{self as se, EntryInput, Perspective};
use domain::Framework;
use std::collections::HashMap;
use store::attachment::{self as attachments, Attachment};
use store::self_evaluation::{self as stored, Entry, Saved};
use uuid::Uuid;

/// Every indicator of `framework` with its entry (if saved) and documents.
fn indicators(
    framework: Option<&Framework>,
    graded: bool,
    entries: &[Entry],
    documents: &[Attachment],
    names: &HashMap<Uuid, String>,
) -> Vec<IndicatorView> {
    let Some(framework) = framework else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for area in &framework.key_areas {
        for qi in &area.quality_indicators {
            let entry = entries.iter().find(|e| e.indicator == qi.number).cloned();
            let docs = entry
                .as_ref()
                .map(|e| {
                    documents
                        .iter()
                        .filter(|d| d.owner.id == e.id)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            out.push(IndicatorView {
                key_area_number: area.number.clone(),
                key_area_title: area.title.clone(),
                number: qi.number.clone(),
                title: qi.title.clone(),
                themes: qi.themes.clone(),
                last_edited_by: person(
                    names,
                    entry
                        .as_ref()
                        .filter(|e| e.version > 0)
                        .and_then(|e| e.updated_by),
                ),
                entry,
                graded,
                documents: docs,
            });
        }
    }
    out
}

/// A review's self-evaluations, one per host authority (started or not).
pub async fn read(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<Vec<SelfEvaluationView>> {
    let db = app.store.conn();
    let cx = context(db, review_id).await?;
    let started = stored::of_review(db, review_id).await?;
    if !may_read(user, &cx, started.iter().find(|s| s.submitted_at.is_some())) {
        return Err(ApiError::Forbidden(NOT_YOURS.into()));
    }
    let ids: Vec<Uuid> = started.iter().map(|s| s.id).collect();
    let entries = stored::entries_of(db, &ids, Perspective::Host).await?;
    let entry_ids: Vec<Uuid> = entries.iter().map(|e| e.id).collect();
    let entry_docs =
        attachments::of_owners(db, OwnerKind::SelfEvaluationIndicator, &entry_ids).await?;
    let docs = attachments::of_owners(db, OwnerKind::SelfEvaluation, &ids).await?;
    let names = names(
        db,
        entries
            .iter()
            .filter_map(|e| e.updated_by)
            .chain(started.iter().filter_map(|s| s.submitted_by))
            .collect(),
    )
    .await?;
    let mut cache = HashMap::new();
    let mut out = Vec::new();
    for host in &cx.hosts {
        let own = started.iter().find(|s| s.authority_id == host.authority.id);
        let framework = framework_of(db, &cx, own, &mut cache).await?;
        let graded = framework
            .as_deref()
            .is_some_and(|f| cx.requirements(f).graded);
        let own_entries: Vec<Entry> = own
            .map(|s| {
                entries
                    .iter()
                    .filter(|e| e.self_evaluation_id == s.id)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        out.push(SelfEvaluationView {
            review_id,
            authority_id: host.authority.id,
            authority_name: host.authority.name.clone(),
            indicators: indicators(
                framework.as_deref(),
                graded,
                &own_entries,
                &entry_docs,
                &names,
            ),
            documents: own
                .map(|s| {
                    docs.iter()
                        .filter(|d| d.owner.id == s.id)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default(),
            submitted_by: person(&names, own.and_then(|s| s.submitted_by)),
            can_edit: authorise_edit(user, &cx, host.authority.id, own).is_ok(),
            stored: own.cloned(),
            framework,
            mode: cx.programme.settings.rules.self_evaluation_mode,
            graded,
        });
    }
    Ok(out)
}

/// Saves one indicator: rights, then the input against the framework, then
/// the version.
pub async fn save_indicator(
    app: &ApiContext,
    user: &SessionUser,
    input: SaveSelfEvaluationIndicatorInput,
) -> ApiResult<IndicatorView> {
    let txn = app.store.begin().await?;
    let cx = context(&txn, input.review_id).await?;
    let own = stored::find(&txn, input.review_id, input.authority_id).await?;
    authorise_edit(user, &cx, input.authority_id, own.as_ref())?;
    let framework = framework_of(&txn, &cx, own.as_ref(), &mut HashMap::new())
        .await?
        .ok_or_else(|| {
            ApiError::validation(
                "indicator",
                "The programme has no framework, so this self-evaluation has no indicators; \
                 attach its documents instead",
            )
        })?;
    let requirements = cx.requirements(&framework);
    let (number, content) = se::parse_entry(
        &framework,
        requirements,
        &EntryInput {
            indicator: &input.indicator,
            grade: input.grade,
            evidence: &input.evidence,
            strengths: &input.strengths,
            areas_for_improvement: &input.areas_for_improvement,
            answers: &input.answers,
        },
    )?;
    let now = app.clock.now();
    let own = stored::ensure(
        &txn,
        input.review_id,
        input.authority_id,
        Some((framework.id.as_str(), framework.version)),
        now,
    )
    .await?;
    let saved = stored::save_entry(
        &txn,
        own.id,
        Perspective::Host,
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
                "Someone else saved indicator {number} since you loaded it. Both texts are \
                     kept: yours on the page, theirs in the conflict; reconcile them and save \
                     again."
            );
            return Err(conflict(&txn, &current, message).await?);
        }
    };
    let documents =
        attachments::of_owners(&txn, OwnerKind::SelfEvaluationIndicator, &[entry.id]).await?;
    let names = names(&txn, vec![user.id()]).await?;
    store::commit(txn).await?;
    indicators(
        Some(&framework),
        requirements.graded,
        std::slice::from_ref(&entry),
        &documents,
        &names,
    )
    .into_iter()
    .find(|i| i.number == number)
    .ok_or_else(|| ApiError::internal("a saved indicator is not in its framework"))
}
