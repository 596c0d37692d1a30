//! The self-evaluation's use cases: read (with the rights to see it), save
//! one indicator, attach and remove documents, download one, and what
//! submission and reopening record. Each change owns one transaction;
//! rights come first (someone who may not act learns nothing), then the
//! input, then the version.

use super::team_view::{ComparisonIndicator, SaveTeamViewIndicatorInput, SelfEvaluationComparison};
use super::{IndicatorView, PersonName, SaveSelfEvaluationIndicatorInput, SelfEvaluationView};
use crate::auth::{sign_in_required, SessionUser, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use chrono::{DateTime, Utc};
use domain::attachment::OwnerKind;
use domain::lifecycle::{self as lc, CommandKind, InvitationStatus, ReviewState};
use domain::self_evaluation::{self as se, EditRefusal, EntryInput, Perspective, Requirements};
use domain::Framework;
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use store::attachment::{self as attachments, Attachment, AttachmentFile, NewAttachment, Owner};
use store::outbox::{enqueue, NewMessage};
use store::programme::{self as programmes, Programme};
use store::review::{self as reviews, Host, Member, Review};
use store::sea_orm::ConnectionTrait;
use store::self_evaluation::{self as stored, Entry, Saved, SelfEvaluation};
use uuid::Uuid;

/// A review with what the self-evaluation rights read.
struct Context {
    review: Review,
    programme: Programme,
    hosts: Vec<Host>,
    members: Vec<Member>,
}

impl Context {
    fn host_ids(&self) -> Vec<Uuid> {
        self.hosts.iter().map(|h| h.authority.id).collect()
    }

    fn host_name(&self, authority: Uuid) -> String {
        self.hosts
            .iter()
            .find(|h| h.authority.id == authority)
            .map(|h| h.authority.name.clone())
            .unwrap_or_else(|| "that authority".to_owned())
    }

    /// The person is a current member who accepted a place on the team.
    fn on_team(&self, user: Uuid) -> bool {
        self.members.iter().any(|m| {
            m.user_id == user && m.is_current() && m.invitation == InvitationStatus::Accepted
        })
    }

    fn requirements(&self, framework: &Framework) -> Requirements {
        let s = &self.programme.settings;
        Requirements::of(s.rules.self_evaluation_mode, s.grading_required, framework)
    }
}

async fn context(db: &impl ConnectionTrait, review_id: Uuid) -> ApiResult<Context> {
    let review = reviews::review(db, review_id).await?;
    let programme = programmes::programme(db, review.programme_id).await?;
    let hosts = reviews::hosts_with_organisations(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    let members = reviews::members_of(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    Ok(Context {
        review,
        programme,
        hosts,
        members,
    })
}

fn edit_refused(refusal: EditRefusal) -> ApiError {
    match refusal {
        EditRefusal::NotHost(m) | EditRefusal::Closed(m) => ApiError::Forbidden(m),
    }
}

/// Whether the self-evaluation of `authority` is submitted: its row says
/// so, or the review has reached the submitted state.
fn submitted(cx: &Context, own: Option<&SelfEvaluation>) -> bool {
    own.is_some_and(|s| s.submitted_at.is_some())
        || cx.review.state == ReviewState::SelfEvaluationSubmitted
}

fn authorise_edit(
    user: &SessionUser,
    cx: &Context,
    authority: Uuid,
    own: Option<&SelfEvaluation>,
) -> ApiResult<()> {
    se::authorise_edit(
        &user.person(),
        authority,
        &cx.host_name(authority),
        &cx.host_ids(),
        cx.review.state,
        submitted(cx, own),
    )
    .map_err(edit_refused)
}

fn may_read(user: &SessionUser, cx: &Context, own: Option<&SelfEvaluation>) -> bool {
    se::may_read(
        &user.person(),
        &cx.host_ids(),
        cx.on_team(user.id()),
        submitted(cx, own),
    )
}

const NOT_YOURS: &str = "Only the review's programme officers and host authority's users can see \
                         its self-evaluation, and its team once it is submitted.";

/// The framework a self-evaluation is made on: its own pinned version once
/// started, the programme's until then.
async fn framework_of(
    db: &impl ConnectionTrait,
    cx: &Context,
    own: Option<&SelfEvaluation>,
    cache: &mut HashMap<(String, i32), Arc<Framework>>,
) -> ApiResult<Option<Arc<Framework>>> {
    let key = match own {
        Some(s) => s.framework.clone(),
        None => cx.programme.settings.framework.clone(),
    };
    let Some(key) = key else {
        return Ok(None);
    };
    if let Some(f) = cache.get(&key) {
        return Ok(Some(f.clone()));
    }
    let f = Arc::new(store::reference::framework(db, &key.0, Some(key.1)).await?);
    cache.insert(key, f.clone());
    Ok(Some(f))
}

async fn names(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> ApiResult<HashMap<Uuid, String>> {
    let mut ids = ids;
    ids.sort();
    ids.dedup();
    Ok(store::identity::users_by_ids(db, &ids)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect())
}

fn person(names: &HashMap<Uuid, String>, id: Option<Uuid>) -> Option<PersonName> {
    let id = id?;
    Some(PersonName {
        id,
        name: names.get(&id).cloned().unwrap_or_default(),
    })
}

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

/// The entry as a conflict shows it: what is stored now.
fn current_json(entry: &Entry, names: &HashMap<Uuid, String>) -> serde_json::Value {
    json!({
        "indicator": entry.indicator,
        "version": entry.version,
        "grade": entry.content.grade,
        "evidence": entry.content.evidence,
        "strengths": entry.content.strengths,
        "areasForImprovement": entry.content.areas_for_improvement,
        "answers": entry.content.answers,
        "lastEditedBy": entry.updated_by.map(|id| json!({
            "id": id,
            "name": names.get(&id).cloned().unwrap_or_default(),
        })),
        "lastEditedAt": (entry.version > 0).then(|| entry.updated_at.to_rfc3339()),
    })
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
            let names = names(&txn, current.updated_by.into_iter().collect()).await?;
            return Err(ApiError::ConflictWith {
                message: format!(
                    "Someone else saved indicator {number} since you loaded it. Both texts are \
                     kept: yours on the page, theirs in the conflict; reconcile them and save \
                     again."
                ),
                current: current_json(&current, &names),
            });
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

/// An upload to a host's self-evaluation, as the upload route read it.
pub struct Upload<'a> {
    pub review_id: Uuid,
    pub authority_id: Uuid,
    /// The indicator the document supports; none for the self-evaluation's
    /// own documents (evidence only).
    pub indicator: Option<&'a str>,
    pub summary: &'a str,
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub content: Vec<u8>,
}

/// Attaches a document to a host's self-evaluation or one of its
/// indicators: rights, then the file (size, type, content, name), then the
/// count.
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
    let cx = context(&txn, upload.review_id).await?;
    let own = stored::find(&txn, upload.review_id, upload.authority_id).await?;
    authorise_edit(user, &cx, upload.authority_id, own.as_ref())?;
    let summary = se::DOCUMENT_SUMMARY.parse_optional(Some(upload.summary))?;
    let checked = domain::attachment::check_file(
        upload.file_name,
        upload.content_type,
        &upload.content,
        app.attachment_max_bytes,
    )?;
    let framework = framework_of(&txn, &cx, own.as_ref(), &mut HashMap::new()).await?;
    let number = match (
        upload.indicator.filter(|i| !i.trim().is_empty()),
        &framework,
    ) {
        (None, _) => None,
        (Some(_), None) => {
            return Err(ApiError::validation(
                "indicator",
                "The programme has no framework, so this self-evaluation has no indicators",
            ))
        }
        (Some(i), Some(f)) => Some(se::indicator(f, i)?.number.clone()),
    };
    let now = app.clock.now();
    let own = stored::ensure(
        &txn,
        upload.review_id,
        upload.authority_id,
        framework.as_deref().map(|f| (f.id.as_str(), f.version)),
        now,
    )
    .await?;
    let owner = match number {
        None => stored::documents_owner(own.id),
        Some(n) => Owner {
            kind: OwnerKind::SelfEvaluationIndicator,
            id: stored::ensure_entry(&txn, own.id, Perspective::Host, &n, now)
                .await?
                .id,
        },
    };
    if attachments::count_of(&txn, owner).await? >= se::MAX_DOCUMENTS as u64 {
        return Err(ApiError::validation(
            "file",
            format!(
                "At most {} documents can be attached here; remove one first",
                se::MAX_DOCUMENTS
            ),
        ));
    }
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

/// The self-evaluation an attachment belongs to, if it belongs to one.
async fn self_evaluation_of(
    db: &impl ConnectionTrait,
    owner: Owner,
) -> ApiResult<Option<SelfEvaluation>> {
    Ok(match owner.kind {
        OwnerKind::ProgrammeMaterial => None,
        OwnerKind::SelfEvaluation => Some(stored::by_id(db, owner.id).await?),
        OwnerKind::SelfEvaluationIndicator => {
            let entry = stored::entry(db, owner.id).await?;
            Some(stored::by_id(db, entry.self_evaluation_id).await?)
        }
    })
}

/// Removes a document from a self-evaluation (whoever may change it).
pub async fn remove_attachment(app: &ApiContext, user: &SessionUser, id: Uuid) -> ApiResult<()> {
    let txn = app.store.begin().await?;
    let found = attachments::attachment(&txn, id).await?;
    let Some(own) = self_evaluation_of(&txn, found.owner).await? else {
        return Err(ApiError::Forbidden(
            "A material's document is removed with its material.".into(),
        ));
    };
    let cx = context(&txn, own.review_id).await?;
    authorise_edit(user, &cx, own.authority_id, Some(&own))?;
    attachments::remove(&txn, id).await?;
    store::commit(txn).await?;
    Ok(())
}

/// An attachment's document, for those who may see what it belongs to: a
/// material's for anyone signed in, a self-evaluation's for its readers.
pub async fn attachment_file(
    app: &ApiContext,
    viewer: &Viewer,
    id: Uuid,
) -> ApiResult<AttachmentFile> {
    let user = viewer
        .user
        .as_ref()
        .ok_or_else(|| sign_in_required(viewer))?;
    let db = app.store.conn();
    let found = attachments::attachment(db, id).await?;
    if let Some(own) = self_evaluation_of(db, found.owner).await? {
        let cx = context(db, own.review_id).await?;
        if !may_read(user, &cx, Some(&own)) {
            return Err(ApiError::Forbidden(NOT_YOURS.into()));
        }
    }
    Ok(attachments::file(db, id).await?)
}

/// What a lifecycle command records about the self-evaluations, in its
/// transaction: submission marks every host's self-evaluation submitted
/// (read-only) and mails the team that it is ready to read; reopening
/// opens them again. Both are already history events (`TRANSITIONED`).
pub async fn after_command(
    txn: &store::DatabaseTransaction,
    app: &ApiContext,
    review: &Review,
    programme: &Programme,
    decided: &lc::Decided,
) -> ApiResult<()> {
    let lc::Event::Transitioned {
        command, actor, at, ..
    } = decided.event()
    else {
        return Ok(());
    };
    match command {
        CommandKind::SubmitSelfEvaluation => {
            let cx = context(txn, review.id).await?;
            for host in &cx.hosts {
                stored::ensure(
                    txn,
                    review.id,
                    host.authority.id,
                    programme
                        .settings
                        .framework
                        .as_ref()
                        .map(|(id, v)| (id.as_str(), *v)),
                    *at,
                )
                .await?;
            }
            stored::mark_submitted(txn, review.id, *actor, *at).await?;
            notify_team(txn, app, &cx, *at).await
        }
        CommandKind::ReopenSelfEvaluation => {
            stored::clear_submitted(txn, review.id).await?;
            Ok(())
        }
        _ => Ok(()),
    }
}

async fn notify_team(
    txn: &store::DatabaseTransaction,
    app: &ApiContext,
    cx: &Context,
    at: DateTime<Utc>,
) -> ApiResult<()> {
    let ids: Vec<Uuid> = cx
        .members
        .iter()
        .filter(|m| m.is_current() && m.invitation == InvitationStatus::Accepted)
        .map(|m| m.user_id)
        .collect();
    let host = cx
        .hosts
        .iter()
        .map(|h| h.authority.name.clone())
        .collect::<Vec<_>>()
        .join(" and ");
    for person in store::identity::users_by_ids(txn, &ids).await? {
        if !person.active {
            continue;
        }
        enqueue(
            txn,
            NewMessage {
                idempotency_key: format!(
                    "self-evaluation-submitted:{}:{}:{}",
                    cx.review.id,
                    at.timestamp_micros(),
                    person.id
                ),
                recipient: person.email.clone(),
                template: "self_evaluation_submitted".into(),
                payload: json!({
                    "name": person.name,
                    "host": host,
                    "programme": cx.programme.name,
                    "link": format!("{}/reviews/{}", app.public_url, cx.review.id),
                }),
                due_at: at,
            },
            at,
        )
        .await?;
    }
    Ok(())
}

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
            let names = names(&txn, current.updated_by.into_iter().collect()).await?;
            return Err(ApiError::ConflictWith {
                message: format!(
                    "Someone on the team saved indicator {number} since you loaded it. Both \
                     texts are kept: yours on the page, theirs in the conflict; reconcile them \
                     and save again."
                ),
                current: current_json(&current, &names),
            });
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
