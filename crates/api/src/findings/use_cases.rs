//! The findings use cases. Each change owns one transaction: rights first
//! (someone who may not act learns nothing), then the finding's version (a
//! stale one is a `CONFLICT`), then the input; the change, its entry in
//! the finding's history and, for the team lead's changes (agreeing,
//! taking back, merging, rewording, removing), the review's history event
//! are written together, or nothing is.

use super::types::{Finding, FindingChange, FindingInput, ReviewFindings};
use crate::auth::{sign_in_required, SessionUser, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::reference::QualityIndicator;
use crate::review::refusal;
use crate::review::use_cases::{load, Loaded};
use crate::self_evaluation::{AttachmentView, PersonName};
use crate::visit::VisitSession;
use crate::ApiContext;
use domain::attachment::OwnerKind;
use domain::findings::{
    self as fd, FindingChangeKind, FindingContent, FindingEvent, FindingsView, FINDING_TEXT,
};
use std::collections::HashMap;
use store::attachment::{self as attachments, Attachment, AttachmentFile, NewAttachment};
use store::findings::{self as stored, Finding as Stored};
use store::review as reviews;
use store::sea_orm::{ConnectionTrait, DatabaseTransaction};
use store::StoreError;
use uuid::Uuid;

/// Most documents attached to one finding.
pub const MAX_ATTACHMENTS: u64 = 10;

/// The framework's indicators of a review (none when its programme has no
/// framework).
async fn framework_indicators(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
) -> ApiResult<Vec<domain::framework::QualityIndicator>> {
    let Some((id, version)) = loaded.programme.settings.framework.clone() else {
        return Ok(Vec::new());
    };
    let framework = store::reference::framework(db, &id, Some(version)).await?;
    Ok(framework.indicators().cloned().collect())
}

fn numbers(indicators: &[domain::framework::QualityIndicator]) -> Vec<String> {
    indicators.iter().map(|q| q.number.clone()).collect()
}

fn invalid(reasons: Vec<domain::programme::Invalid>) -> ApiError {
    ApiError::Invalid(
        reasons
            .into_iter()
            .map(|(f, m)| (format!("input.{f}"), m))
            .collect(),
    )
}

/// Checks a finding's content against the review's framework and sessions.
async fn content(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
    input: &FindingInput,
) -> ApiResult<FindingContent> {
    let indicators = framework_indicators(db, loaded).await?;
    let sessions: Vec<Uuid> = store::visit::sessions_of(db, loaded.review.id)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();
    fd::check_content(
        &fd::FindingInput {
            kind: input.kind.into(),
            text: &input.text,
            indicators: &input.indicators,
            session_id: input.session_id,
        },
        &numbers(&indicators),
        &sessions,
    )
    .map_err(invalid)
}

/// Who the viewer is on the review, for reading: the view, or FORBIDDEN.
fn view_of(loaded: &Loaded) -> ApiResult<FindingsView> {
    fd::authorise_view(loaded.facts.state, &loaded.actor).map_err(refusal)
}

/// The findings as the viewer sees them, with names, sessions,
/// attachments and history.
async fn views(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
    view: FindingsView,
    findings: Vec<Stored>,
) -> ApiResult<Vec<Finding>> {
    let findings: Vec<Stored> = findings
        .into_iter()
        .filter(|f| fd::visible(view, f.status))
        .collect();
    if findings.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = findings.iter().map(|f| f.id).collect();
    let mut changes = stored::changes_of(db, loaded.review.id).await?;
    let sessions = store::visit::sessions_of(db, loaded.review.id).await?;
    let mut people: Vec<Uuid> = findings.iter().map(|f| f.author_id).collect();
    people.extend(changes.values().flatten().map(|c| c.by));
    people.extend(sessions.iter().flat_map(|s| s.members.iter().copied()));
    people.sort();
    people.dedup();
    let names: HashMap<Uuid, String> = store::identity::users_by_ids(db, &people)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let name = |id: Uuid| PersonName {
        id,
        name: names.get(&id).cloned().unwrap_or_default(),
    };
    let mut documents: HashMap<Uuid, Vec<Attachment>> = HashMap::new();
    for a in attachments::of_owners(db, OwnerKind::Finding, &ids).await? {
        documents.entry(a.owner.id).or_default().push(a);
    }
    let state = loaded.facts.state;
    Ok(findings
        .into_iter()
        .map(|f| {
            let history: Vec<FindingChange> = changes
                .remove(&f.id)
                .unwrap_or_default()
                .into_iter()
                // A host reads the agreed finding, never its drafts.
                .filter(|c| view == FindingsView::All || c.kind == FindingChangeKind::Agreed)
                .map(|c| FindingChange {
                    at: c.at,
                    by: name(c.by),
                    kind: c.kind.into(),
                    text: c.text,
                    related_finding_ids: c.related,
                })
                .collect();
            Finding {
                id: f.id,
                review_id: f.review_id,
                kind: f.kind.into(),
                text: f.text.clone(),
                indicators: f.indicators.clone(),
                session: f.session_id.and_then(|sid| {
                    sessions
                        .iter()
                        .find(|s| s.id == sid)
                        .map(|s| VisitSession::of(s, |id| name(id).name))
                }),
                author: name(f.author_id),
                status: f.status.into(),
                merged_into_id: f.merged_into,
                version: f.version,
                recorded_at: f.recorded_at,
                updated_at: f.updated_at,
                attachments: documents
                    .remove(&f.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(AttachmentView)
                    .collect(),
                history,
                can_edit: fd::may_edit(state, &loaded.actor, &f.as_ref()),
            }
        })
        .collect())
}

/// `reviewFindings`: everything the findings screens need.
pub async fn read(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<ReviewFindings> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let view = view_of(&loaded)?;
    let all = stored::findings_of(&txn, review_id).await?;
    let counts = fd::facts_of(all.iter().map(|f| (f.kind, f.status)));
    let findings = views(&txn, &loaded, view, all).await?;
    let indicators = framework_indicators(&txn, &loaded)
        .await?
        .into_iter()
        .map(|q| QualityIndicator {
            number: q.number,
            title: q.title,
            themes: q.themes,
        })
        .collect();
    let sessions = store::visit::sessions_of(&txn, review_id).await?;
    let mut people: Vec<Uuid> = sessions
        .iter()
        .flat_map(|s| s.members.iter().copied())
        .collect();
    people.sort();
    people.dedup();
    let names: HashMap<Uuid, String> = store::identity::users_by_ids(&txn, &people)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let state = loaded.facts.state;
    let result = ReviewFindings {
        review_id,
        review_version: loaded.review.version,
        state: state.into(),
        findings,
        indicators,
        sessions: if view == FindingsView::All {
            sessions
                .iter()
                .map(|s| VisitSession::of(s, |id| names.get(&id).cloned().unwrap_or_default()))
                .collect()
        } else {
            Vec::new()
        },
        can_record: fd::authorise_record(state, &loaded.actor).is_ok(),
        can_agree: fd::authorise_lead(state, &loaded.actor).is_ok(),
        agreed_strengths: counts.agreed_strengths as i32,
        agreed_areas_for_improvement: counts.agreed_areas_for_improvement as i32,
    };
    txn.rollback().await.map_err(StoreError::from)?;
    Ok(result)
}

/// One finding as the actor now sees it, read after the change.
async fn answer(app: &ApiContext, user: &SessionUser, finding_id: Uuid) -> ApiResult<Finding> {
    let txn = app.store.begin().await?;
    let f = stored::finding_any(&txn, finding_id).await?;
    let loaded = load(&txn, user, f.review_id).await?;
    let view = view_of(&loaded)?;
    let mut found = views(&txn, &loaded, view, vec![f]).await?;
    txn.rollback().await.map_err(StoreError::from)?;
    found
        .pop()
        .ok_or_else(|| ApiError::NotFound(format!("No finding {finding_id} exists.")))
}

/// A finding and its review, loaded in the change's transaction.
async fn finding_and_review(
    txn: &DatabaseTransaction,
    user: &SessionUser,
    finding_id: Uuid,
) -> ApiResult<(Stored, Loaded)> {
    let f = stored::finding(txn, finding_id).await?;
    let loaded = load(txn, user, f.review_id).await?;
    Ok((f, loaded))
}

fn check_version(f: &Stored, version: i32) -> ApiResult<()> {
    if f.version != version {
        return Err(StoreError::Conflict.into());
    }
    Ok(())
}

/// Appends a lead's change to the review's history.
async fn review_event(
    txn: &DatabaseTransaction,
    app: &ApiContext,
    loaded: &Loaded,
    change: FindingEvent,
) -> ApiResult<()> {
    let decided = fd::decide_finding_event(&loaded.facts, &loaded.actor, change, app.clock.now())
        .map_err(refusal)?;
    reviews::record_event(txn, &loaded.review, &decided).await?;
    Ok(())
}

/// `recordFinding`: a draft, once per idempotency key.
pub async fn record(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    key: Uuid,
    input: FindingInput,
) -> ApiResult<Finding> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    if loaded.actor.team_role.is_none() {
        fd::authorise_record(loaded.facts.state, &loaded.actor).map_err(refusal)?;
    }
    // A resend finds the first finding, whatever happened since.
    if let Some(id) = existing(&txn, review_id, user.id(), key, &input).await? {
        txn.rollback().await.map_err(StoreError::from)?;
        return answer(app, user, id).await;
    }
    fd::authorise_record(loaded.facts.state, &loaded.actor).map_err(refusal)?;
    let content = content(&txn, &loaded, &input).await?;
    let (row, created) = stored::record(
        &txn,
        stored::NewFinding {
            review_id,
            author_id: user.id(),
            idempotency_key: key,
            content: &content,
        },
        now,
    )
    .await?;
    if !created && !stored::same_content(&row, &content) {
        return Err(used_key());
    }
    let id = row.id;
    store::commit(txn).await?;
    answer(app, user, id).await
}

fn used_key() -> ApiError {
    ApiError::Conflict(
        "A finding was already recorded with this idempotency key and other content; send a new \
         key for a new finding."
            .into(),
    )
}

/// The finding recorded before with this author and key, if the input is
/// the one sent then (as recorded, or as it is now); a used key with
/// other content is a CONFLICT.
async fn existing(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    author: Uuid,
    key: Uuid,
    input: &FindingInput,
) -> ApiResult<Option<Uuid>> {
    let Some(row) = stored::by_key(db, review_id, author, key).await? else {
        return Ok(None);
    };
    let text = input.text.trim();
    let as_recorded = stored::recorded_text(db, row.id).await?;
    if row.text == text || as_recorded.as_deref() == Some(text) {
        Ok(Some(row.id))
    } else {
        Err(used_key())
    }
}

/// `updateFinding`: its author while a draft (EDITED), or the team lead
/// (REWORDED when not the author).
pub async fn update(
    app: &ApiContext,
    user: &SessionUser,
    finding_id: Uuid,
    version: i32,
    input: FindingInput,
) -> ApiResult<Finding> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let (f, loaded) = finding_and_review(&txn, user, finding_id).await?;
    fd::authorise_edit(loaded.facts.state, &loaded.actor, &f.as_ref()).map_err(refusal)?;
    check_version(&f, version)?;
    let content = content(&txn, &loaded, &input).await?;
    let by_author = f.author_id == user.id();
    let change = if by_author {
        FindingChangeKind::Edited
    } else {
        FindingChangeKind::Reworded
    };
    stored::update(&txn, &f, version, &content, change, user.id(), now).await?;
    if !by_author || f.status == fd::FindingStatus::Agreed {
        review_event(
            &txn,
            app,
            &loaded,
            FindingEvent::Reworded {
                finding_id,
                before: f.text.clone(),
                after: content.text.clone(),
            },
        )
        .await?;
    }
    store::commit(txn).await?;
    answer(app, user, finding_id).await
}

/// `removeFinding`: its author while a draft, or the team lead.
pub async fn remove(
    app: &ApiContext,
    user: &SessionUser,
    finding_id: Uuid,
    version: i32,
) -> ApiResult<bool> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let (f, loaded) = finding_and_review(&txn, user, finding_id).await?;
    fd::authorise_edit(loaded.facts.state, &loaded.actor, &f.as_ref()).map_err(refusal)?;
    check_version(&f, version)?;
    stored::remove(&txn, &f, version, user.id(), now).await?;
    if f.author_id != user.id() || f.status == fd::FindingStatus::Agreed {
        review_event(
            &txn,
            app,
            &loaded,
            FindingEvent::Removed {
                finding_id,
                kind: f.kind,
                text: f.text.clone(),
            },
        )
        .await?;
    }
    store::commit(txn).await?;
    Ok(true)
}

/// `agreeFinding` (`agree`) or `unagreeFinding`.
pub async fn set_agreed(
    app: &ApiContext,
    user: &SessionUser,
    finding_id: Uuid,
    version: i32,
    agree: bool,
) -> ApiResult<Finding> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let (f, loaded) = finding_and_review(&txn, user, finding_id).await?;
    let state = loaded.facts.state;
    if agree {
        fd::authorise_agree(state, &loaded.actor, &f.as_ref())
    } else {
        fd::authorise_unagree(state, &loaded.actor, &f.as_ref())
    }
    .map_err(refusal)?;
    check_version(&f, version)?;
    let (status, change, event) = if agree {
        (
            fd::FindingStatus::Agreed,
            FindingChangeKind::Agreed,
            FindingEvent::Agreed {
                finding_id,
                kind: f.kind,
                text: f.text.clone(),
            },
        )
    } else {
        (
            fd::FindingStatus::Draft,
            FindingChangeKind::Unagreed,
            FindingEvent::Unagreed {
                finding_id,
                kind: f.kind,
                text: f.text.clone(),
            },
        )
    };
    stored::set_status(&txn, &f, version, status, change, user.id(), now).await?;
    review_event(&txn, app, &loaded, event).await?;
    store::commit(txn).await?;
    answer(app, user, finding_id).await
}

/// `mergeFindings`: folds `merged_ids` into `into_id` with the lead's
/// wording and the union of indicators.
pub async fn merge(
    app: &ApiContext,
    user: &SessionUser,
    into_id: Uuid,
    merged_ids: Vec<Uuid>,
    text: String,
) -> ApiResult<Finding> {
    if merged_ids.len() > fd::MAX_MERGED {
        return Err(ApiError::validation(
            "mergedIds",
            format!("At most {} findings are merged at once", fd::MAX_MERGED),
        ));
    }
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let (into, loaded) = finding_and_review(&txn, user, into_id).await?;
    fd::authorise_lead(loaded.facts.state, &loaded.actor).map_err(refusal)?;
    let text = FINDING_TEXT.parse(&text).map_err(|e| invalid(vec![e]))?;
    let merged = stored::findings_by_ids(&txn, loaded.review.id, &merged_ids).await?;
    let refs: Vec<fd::FindingRef> = merged.iter().map(Stored::as_ref).collect();
    fd::authorise_merge(
        loaded.facts.state,
        &loaded.actor,
        &into.as_ref(),
        &merged_ids,
        &refs,
    )
    .map_err(refusal)?;
    let framework = numbers(&framework_indicators(&txn, &loaded).await?);
    let mut lists: Vec<&[String]> = vec![&into.indicators];
    lists.extend(merged.iter().map(|m| m.indicators.as_slice()));
    let indicators = fd::merged_indicators(&framework, &lists);
    stored::merge(&txn, &into, &merged, &text, &indicators, user.id(), now).await?;
    review_event(
        &txn,
        app,
        &loaded,
        FindingEvent::Merged {
            finding_id: into_id,
            merged_ids: merged.iter().map(|m| m.id).collect(),
            text,
        },
    )
    .await?;
    store::commit(txn).await?;
    answer(app, user, into_id).await
}

/// An upload to a finding, as the upload route read it.
pub struct Upload<'a> {
    pub finding_id: Uuid,
    pub summary: &'a str,
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub content: Vec<u8>,
}

/// Attaches a document to a finding: its author while a draft, or the
/// team lead, during the visit.
pub async fn upload(
    app: &ApiContext,
    viewer: &Viewer,
    upload: Upload<'_>,
) -> ApiResult<Attachment> {
    let user = viewer
        .user
        .as_ref()
        .ok_or_else(|| sign_in_required(viewer))?;
    let txn = app.store.begin().await?;
    let (f, loaded) = finding_and_review(&txn, user, upload.finding_id).await?;
    fd::authorise_edit(loaded.facts.state, &loaded.actor, &f.as_ref()).map_err(refusal)?;
    let summary = domain::self_evaluation::DOCUMENT_SUMMARY.parse_optional(Some(upload.summary))?;
    let checked = domain::attachment::check_file(
        upload.file_name,
        upload.content_type,
        &upload.content,
        app.attachment_max_bytes,
    )?;
    let owner = stored::attachments_owner(f.id);
    if attachments::count_of(&txn, owner).await? >= MAX_ATTACHMENTS {
        return Err(ApiError::validation(
            "file",
            format!("At most {MAX_ATTACHMENTS} documents can be attached to a finding; remove one first"),
        ));
    }
    let now = app.clock.now();
    let added = attachments::add(
        &txn,
        NewAttachment {
            id: Uuid::now_v7(),
            owner,
            file_name: checked.file_name,
            content_type: checked.content_type,
            summary,
            uploaded_by: Some(user.id()),
            content: upload.content,
        },
        now,
    )
    .await?;
    store::commit(txn).await?;
    Ok(added)
}

/// Removes a finding's document (whoever may change the finding).
pub async fn remove_attachment(
    txn: &DatabaseTransaction,
    user: &SessionUser,
    attachment_id: Uuid,
    finding_id: Uuid,
) -> ApiResult<()> {
    let (f, loaded) = finding_and_review(txn, user, finding_id).await?;
    fd::authorise_edit(loaded.facts.state, &loaded.actor, &f.as_ref()).map_err(refusal)?;
    attachments::remove(txn, attachment_id).await?;
    Ok(())
}

/// A finding's document, for whoever may see the finding (its own entry,
/// MERGED ones included for the team; agreed ones for the host once the
/// visit is completed).
pub async fn attachment_file(
    app: &ApiContext,
    user: &SessionUser,
    found: &Attachment,
) -> ApiResult<AttachmentFile> {
    let txn = app.store.begin().await?;
    let f = stored::finding_any(&txn, found.owner.id).await?;
    let loaded = load(&txn, user, f.review_id).await?;
    let view = view_of(&loaded)?;
    if !fd::visible(view, f.status) || (f.removed && view != FindingsView::All) {
        return Err(ApiError::Forbidden(
            "Only those who may see this finding can download its documents.".into(),
        ));
    }
    let file = attachments::file(&txn, found.id).await?;
    txn.rollback().await.map_err(StoreError::from)?;
    Ok(file)
}
