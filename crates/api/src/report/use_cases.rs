//! The report use cases. Each change owns one transaction: rights first
//! (someone who may not act learns nothing), then the draft version the
//! client saw (a stale one is a `CONFLICT`), then the state and input; the
//! draft is written claiming its revision (a racing write is a
//! `CONFLICT`), with its history event and mail, or nothing is.

use super::types::*;
use crate::auth::SessionUser;
use crate::error::{ApiError, ApiResult};
use crate::review::refusal;
use crate::review::use_cases::{load, Loaded};
use crate::self_evaluation::PersonName;
use crate::ApiContext;
use chrono::{DateTime, Datelike, Utc};
use domain::findings::{FindingKind, FindingStatus};
use domain::lifecycle::{self as lc, CommandKind};
use domain::report::{
    self as rp, Approval, Comment, CommentStatus, Draft, Item, ItemKind, ReportEvent, SectionKey,
};
use std::collections::HashMap;
use store::report::{self as stored, Published, StoredDraft};
use store::review::{self as reviews, Review};
use store::sea_orm::{ConnectionTrait, DatabaseTransaction};
use store::StoreError;
use uuid::Uuid;

fn invalid(prefix: &str, reasons: Vec<domain::programme::Invalid>) -> ApiError {
    ApiError::Invalid(
        reasons
            .into_iter()
            .map(|(f, m)| (format!("{prefix}{f}"), m))
            .collect(),
    )
}

fn hosts_of(loaded: &Loaded) -> Vec<(Uuid, String, bool)> {
    loaded
        .facts
        .hosts
        .iter()
        .map(|h| (h.authority_id, h.name.clone(), h.has_lead_user))
        .collect()
}

fn host_ids(loaded: &Loaded) -> Vec<Uuid> {
    loaded.facts.hosts.iter().map(|h| h.authority_id).collect()
}

fn no_draft() -> ApiError {
    ApiError::NotFound(
        "This review has no draft report yet: the team lead drafts it once the visit is \
         completed."
            .into(),
    )
}

fn refs(published: &[Published]) -> Vec<PublishedReportRef> {
    published
        .iter()
        .map(|p| PublishedReportRef {
            slug: p.slug.clone(),
            version: p.version,
            published_at: p.published_at,
            change_note: p.change_note.clone(),
        })
        .collect()
}

fn sections_view(sections: &[rp::Section]) -> Vec<ReportSection> {
    rp::SECTIONS
        .iter()
        .map(|key| ReportSection {
            key: (*key).into(),
            title: key.title().to_owned(),
            text: sections
                .iter()
                .find(|s| s.key == *key)
                .map(|s| s.text.clone())
                .unwrap_or_default(),
        })
        .collect()
}

fn items_view(items: &[Item], kind: ItemKind, public: bool) -> Vec<ReportItem> {
    items
        .iter()
        .filter(|i| i.kind == kind)
        .enumerate()
        .map(|(n, i)| ReportItem {
            id: i.id,
            kind: i.kind.into(),
            text: i.text.clone(),
            indicators: i.indicators.clone(),
            finding_ids: if public {
                Vec::new()
            } else {
                i.finding_ids.clone()
            },
            position: n as i32,
        })
        .collect()
}

/// Whether the actor may publish now: the lifecycle command for the first
/// version, the correction's for a correction.
fn may_publish(loaded: &Loaded, draft: &Draft, today: chrono::NaiveDate) -> bool {
    if draft.correction_open {
        rp::authorise_publish_correction(
            loaded.facts.state,
            draft,
            &loaded.actor,
            &hosts_of(loaded),
        )
        .is_ok()
    } else {
        lc::authorise(&loaded.facts, CommandKind::PublishReport, &loaded.actor).is_ok()
            && lc::check(&loaded.facts, CommandKind::PublishReport, today).is_empty()
    }
}

async fn view(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    loaded: &Loaded,
    draft: &Draft,
) -> ApiResult<ReportDraft> {
    let mut people: Vec<Uuid> = draft
        .comments
        .iter()
        .flat_map(|c| std::iter::once(c.author_id).chain(c.answered_by))
        .chain(draft.approvals.iter().map(|a| a.by))
        .collect();
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
    let hosts = hosts_of(loaded);
    let state = loaded.facts.state;
    let actor = &loaded.actor;
    let published = stored::published_of(db, loaded.review.id).await?;
    let today = crate::review::london_today(app.clock.now());
    Ok(ReportDraft {
        review_id: loaded.review.id,
        review_version: loaded.review.version,
        state: state.into(),
        draft_version: draft.draft_version,
        is_correction: draft.correction_open,
        change_note: if draft.correction_open {
            draft.change_note.clone()
        } else {
            None
        },
        shared_with_host_at: draft.shared_with_host_at,
        sections: sections_view(&draft.sections),
        strengths: items_view(&draft.items, ItemKind::Strength, false),
        areas_for_improvement: items_view(&draft.items, ItemKind::AreaForImprovement, false),
        comments: draft
            .comments
            .iter()
            .map(|c| ReportComment {
                id: c.id,
                section_key: c.section_key.into(),
                item_id: c.item_id,
                author: name(c.author_id),
                text: c.text.clone(),
                created_at: c.created_at,
                status: c.status.into(),
                reply: c.reply.clone(),
                answered_by: c.answered_by.map(name),
                answered_at: c.answered_at,
            })
            .collect(),
        open_comments: draft.open_comments() as i32,
        approvals: draft
            .current_approvals()
            .into_iter()
            .map(|a| ReportApproval {
                by: name(a.by),
                role: a.role.into(),
                authority_name: a.authority_id.and_then(|id| {
                    hosts
                        .iter()
                        .find(|(h, _, _)| *h == id)
                        .map(|(_, n, _)| n.clone())
                }),
                draft_version: a.draft_version,
                at: a.at,
            })
            .collect(),
        awaiting_approval_from: rp::awaiting_approval_from(draft, &hosts),
        can_edit: rp::authorise_edit(state, draft, actor).is_ok(),
        can_share: rp::may_share_now(state, draft, actor),
        can_comment: rp::authorise_comment(state, draft, actor).is_ok(),
        can_answer_comments: actor.is_team_lead()
            && rp::editable(state, draft)
            && draft.open_comments() > 0,
        can_approve: rp::authorise_approve(state, draft, actor, &host_ids(loaded)).is_ok(),
        can_publish: may_publish(loaded, draft, today),
        can_open_correction: rp::authorise_open_correction(state, draft, actor).is_ok(),
        published: refs(&published),
        draft_pdf_url: super::public::draft_pdf_path(loaded.review.id),
    })
}

/// `reportDraft`: the review's private audience; null before draftReport.
pub async fn read(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<Option<ReportDraft>> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    rp::authorise_view(&loaded.actor).map_err(refusal)?;
    let answer = match stored::draft(&txn, review_id).await? {
        Some(stored) => Some(view(&txn, app, &loaded, &stored.draft).await?),
        None => None,
    };
    txn.rollback().await.map_err(StoreError::from)?;
    Ok(answer)
}

async fn answer(app: &ApiContext, user: &SessionUser, review_id: Uuid) -> ApiResult<ReportDraft> {
    read(app, user, review_id).await?.ok_or_else(no_draft)
}

/// The change's transaction, review and draft; the viewer's rights on the
/// draft checked first.
async fn open(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<(DatabaseTransaction, Loaded, StoredDraft)> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    rp::authorise_view(&loaded.actor).map_err(refusal)?;
    let stored = stored::draft(&txn, review_id).await?.ok_or_else(no_draft)?;
    Ok((txn, loaded, stored))
}

fn check_version(stored: &StoredDraft, draft_version: i32) -> ApiResult<()> {
    if stored.draft.draft_version != draft_version {
        return Err(ApiError::Conflict(format!(
            "The draft changed since you loaded it (it is at version {}, you sent {}); reload \
             it and make your change again.",
            stored.draft.draft_version, draft_version
        )));
    }
    Ok(())
}

/// Writes the draft and its history event, commits and answers.
async fn finish(
    app: &ApiContext,
    user: &SessionUser,
    txn: DatabaseTransaction,
    loaded: &Loaded,
    stored: &StoredDraft,
    draft: &Draft,
    event: Option<ReportEvent>,
) -> ApiResult<ReportDraft> {
    let now = app.clock.now();
    stored::save_draft(&txn, stored, draft, now).await?;
    if let Some(change) = event {
        let decided = rp::decide_report_event(&loaded.actor, change.clone(), now);
        reviews::record_event(&txn, &loaded.review, &decided).await?;
        super::mail::after_change(&txn, app, loaded, draft, &change).await?;
        // Sharing (and any other recorded step) may start or end the
        // factual-accuracy reminders.
        store::reminders::reschedule(&txn, loaded.review.id, now).await?;
    }
    store::commit(txn).await?;
    answer(app, user, loaded.review.id).await
}

/// An edit by the team: rights, version, state, then `edit`.
async fn edit(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    draft_version: i32,
    change: impl FnOnce(&Loaded, &mut Draft) -> ApiResult<()>,
) -> ApiResult<ReportDraft> {
    let (txn, loaded, stored) = open(app, user, review_id).await?;
    if loaded.actor.team_role.is_none() {
        rp::authorise_edit(loaded.facts.state, &stored.draft, &loaded.actor).map_err(refusal)?;
    }
    check_version(&stored, draft_version)?;
    rp::authorise_edit(loaded.facts.state, &stored.draft, &loaded.actor).map_err(refusal)?;
    let mut draft = stored.draft.clone();
    change(&loaded, &mut draft)?;
    finish(app, user, txn, &loaded, &stored, &draft, None).await
}

/// `updateReportSection`.
pub async fn update_section(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    draft_version: i32,
    key: SectionKey,
    text: String,
) -> ApiResult<ReportDraft> {
    edit(app, user, review_id, draft_version, |_, draft| {
        let text = rp::check_section_text(&text).map_err(|r| invalid("", vec![r]))?;
        draft.set_section(key, text);
        Ok(())
    })
    .await
}

async fn item_rules(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
) -> ApiResult<(Vec<String>, Vec<Uuid>)> {
    let indicators = match loaded.programme.settings.framework.clone() {
        Some((id, version)) => store::reference::framework(db, &id, Some(version))
            .await?
            .indicators()
            .map(|q| q.number.clone())
            .collect(),
        None => Vec::new(),
    };
    let agreed = store::findings::findings_of(db, loaded.review.id)
        .await?
        .into_iter()
        .filter(|f| f.status == FindingStatus::Agreed)
        .map(|f| f.id)
        .collect();
    Ok((indicators, agreed))
}

fn item_content(
    input: &ReportItemInput,
    rules: &(Vec<String>, Vec<Uuid>),
) -> ApiResult<rp::ItemContent> {
    rp::check_item(
        input.kind.into(),
        &input.text,
        &input.indicators,
        &input.finding_ids,
        &rules.0,
        &rules.1,
    )
    .map_err(|r| invalid("input.", r))
}

/// `addReportItem`.
pub async fn add_item(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    draft_version: i32,
    input: ReportItemInput,
) -> ApiResult<ReportDraft> {
    let rules = {
        let txn = app.store.begin().await?;
        let loaded = load(&txn, user, review_id).await?;
        let rules = item_rules(&txn, &loaded).await?;
        txn.rollback().await.map_err(StoreError::from)?;
        rules
    };
    edit(app, user, review_id, draft_version, |_, draft| {
        if draft.items.len() >= rp::MAX_ITEMS {
            return Err(ApiError::validation(
                "input",
                format!("A report holds at most {} items", rp::MAX_ITEMS),
            ));
        }
        let content = item_content(&input, &rules)?;
        draft.add_item(Item {
            id: Uuid::now_v7(),
            kind: content.kind,
            text: content.text,
            indicators: content.indicators,
            finding_ids: content.finding_ids,
        });
        Ok(())
    })
    .await
}

/// The review whose draft holds this item or comment, or NOT_FOUND.
async fn review_holding(app: &ApiContext, id: Uuid, what: &str) -> ApiResult<Uuid> {
    stored::review_holding(app.store.conn(), id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("No report {what} {id} exists.")))
}

fn item_gone(item_id: Uuid) -> ApiError {
    ApiError::Invalid(vec![(
        "itemId".into(),
        format!("Item {item_id} is no longer in the draft; reload it."),
    )])
}

/// `updateReportItem`.
pub async fn update_item(
    app: &ApiContext,
    user: &SessionUser,
    item_id: Uuid,
    draft_version: i32,
    input: ReportItemInput,
) -> ApiResult<ReportDraft> {
    let review_id = review_holding(app, item_id, "item").await?;
    let rules = {
        let txn = app.store.begin().await?;
        let loaded = load(&txn, user, review_id).await?;
        let rules = item_rules(&txn, &loaded).await?;
        txn.rollback().await.map_err(StoreError::from)?;
        rules
    };
    edit(app, user, review_id, draft_version, |_, draft| {
        let content = item_content(&input, &rules)?;
        if !draft.update_item(item_id, content) {
            return Err(item_gone(item_id));
        }
        Ok(())
    })
    .await
}

/// `removeReportItem`.
pub async fn remove_item(
    app: &ApiContext,
    user: &SessionUser,
    item_id: Uuid,
    draft_version: i32,
) -> ApiResult<ReportDraft> {
    let review_id = review_holding(app, item_id, "item").await?;
    edit(app, user, review_id, draft_version, |_, draft| {
        draft
            .remove_item(item_id)
            .ok_or_else(|| item_gone(item_id))?;
        Ok(())
    })
    .await
}

/// `moveReportItem`.
pub async fn move_item(
    app: &ApiContext,
    user: &SessionUser,
    item_id: Uuid,
    draft_version: i32,
    position: i32,
) -> ApiResult<ReportDraft> {
    let review_id = review_holding(app, item_id, "item").await?;
    edit(app, user, review_id, draft_version, |_, draft| {
        let Ok(position) = usize::try_from(position) else {
            return Err(ApiError::validation(
                "position",
                "The position counts from 0 among the items of its kind",
            ));
        };
        if !draft.move_item(item_id, position) {
            return Err(item_gone(item_id));
        }
        Ok(())
    })
    .await
}

/// `shareReportDraft`: the team lead, mailing the host.
pub async fn share(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    draft_version: i32,
) -> ApiResult<ReportDraft> {
    let (txn, loaded, stored) = open(app, user, review_id).await?;
    if !loaded.actor.is_team_lead() {
        rp::authorise_share(loaded.facts.state, &stored.draft, &loaded.actor).map_err(refusal)?;
    }
    check_version(&stored, draft_version)?;
    rp::authorise_share(loaded.facts.state, &stored.draft, &loaded.actor).map_err(refusal)?;
    let mut draft = stored.draft.clone();
    draft.shared_with_host_at = Some(app.clock.now());
    let event = ReportEvent::Shared { draft_version };
    finish(app, user, txn, &loaded, &stored, &draft, Some(event)).await
}

/// How often a comment is tried again when another change of the draft
/// claimed its revision first.
const COMMENT_ATTEMPTS: usize = 3;

/// `addReportComment`: host users and leads, once shared. A comment
/// depends on no draft version the commenter saw, so a racing change of
/// the draft (another host user commenting at the same moment) is not the
/// commenter's conflict: the comment is checked and written again on the
/// new revision, a few times, before `CONFLICT` is answered.
pub async fn add_comment(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    input: ReportCommentInput,
) -> ApiResult<ReportDraft> {
    let mut attempt = 1;
    loop {
        match add_comment_once(app, user, review_id, input.clone()).await {
            Err(ApiError::Conflict(_)) if attempt < COMMENT_ATTEMPTS => attempt += 1,
            answer => return answer,
        }
    }
}

async fn add_comment_once(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    input: ReportCommentInput,
) -> ApiResult<ReportDraft> {
    let (txn, loaded, stored) = open(app, user, review_id).await?;
    rp::authorise_comment(loaded.facts.state, &stored.draft, &loaded.actor).map_err(refusal)?;
    let section: SectionKey = input.section_key.into();
    let mut reasons = Vec::new();
    let text = rp::COMMENT_TEXT
        .parse(&input.text)
        .map_err(|e| reasons.push(e));
    if let Err(more) = rp::check_comment_target(&stored.draft, section, input.item_id) {
        reasons.extend(more);
    }
    let text = match text {
        Ok(text) if reasons.is_empty() => text,
        _ => return Err(invalid("input.", reasons)),
    };
    let mut draft = stored.draft.clone();
    draft.comments.push(Comment {
        id: Uuid::now_v7(),
        section_key: section,
        item_id: input.item_id,
        author_id: user.id(),
        text,
        created_at: app.clock.now(),
        status: CommentStatus::Open,
        reply: None,
        answered_by: None,
        answered_at: None,
    });
    finish(app, user, txn, &loaded, &stored, &draft, None).await
}

/// `answerReportComment`: the team lead accepts or rejects with a reply,
/// mailing the comment's author.
pub async fn answer_comment(
    app: &ApiContext,
    user: &SessionUser,
    comment_id: Uuid,
    accept: bool,
    reply: String,
) -> ApiResult<ReportDraft> {
    let review_id = review_holding(app, comment_id, "comment").await?;
    let (txn, loaded, stored) = open(app, user, review_id).await?;
    rp::authorise_answer(loaded.facts.state, &stored.draft, &loaded.actor, comment_id)
        .map_err(refusal)?;
    let reply = rp::REPLY_TEXT
        .parse(&reply)
        .map_err(|e| invalid("", vec![e]))?;
    let mut draft = stored.draft.clone();
    let now = app.clock.now();
    if let Some(c) = draft.comments.iter_mut().find(|c| c.id == comment_id) {
        c.status = if accept {
            CommentStatus::Accepted
        } else {
            CommentStatus::Rejected
        };
        c.reply = Some(reply.clone());
        c.answered_by = Some(user.id());
        c.answered_at = Some(now);
    }
    let event = ReportEvent::CommentAnswered {
        comment_id,
        accepted: accept,
        reply,
    };
    finish(app, user, txn, &loaded, &stored, &draft, Some(event)).await
}

/// `approveReport`: each host lead for their authority and a programme
/// officer, of this draft version.
pub async fn approve(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    draft_version: i32,
) -> ApiResult<ReportDraft> {
    let (txn, loaded, stored) = open(app, user, review_id).await?;
    let hosts = host_ids(&loaded);
    if rp::approval_roles(&loaded.actor, &hosts).is_empty() {
        rp::authorise_approve(loaded.facts.state, &stored.draft, &loaded.actor, &hosts)
            .map_err(refusal)?;
    }
    check_version(&stored, draft_version)?;
    rp::authorise_approve(loaded.facts.state, &stored.draft, &loaded.actor, &hosts)
        .map_err(refusal)?;
    let now = app.clock.now();
    let mut draft = stored.draft.clone();
    let mut first: Option<ReportEvent> = None;
    for (role, authority) in rp::approval_roles(&loaded.actor, &hosts) {
        let done = draft
            .current_approvals()
            .iter()
            .any(|a| a.role == role && a.authority_id == authority);
        if done {
            continue;
        }
        draft.approvals.push(Approval {
            by: user.id(),
            role,
            authority_id: authority,
            draft_version,
            at: now,
        });
        first.get_or_insert(ReportEvent::Approved {
            draft_version,
            role,
            authority_name: authority.and_then(|id| {
                loaded
                    .facts
                    .hosts
                    .iter()
                    .find(|h| h.authority_id == id)
                    .map(|h| h.name.clone())
            }),
        });
    }
    finish(app, user, txn, &loaded, &stored, &draft, first).await
}

/// `openReportCorrection`: a programme officer, on a published report.
pub async fn open_correction(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    change_note: String,
) -> ApiResult<ReportDraft> {
    let (txn, loaded, stored) = open(app, user, review_id).await?;
    rp::authorise_open_correction(loaded.facts.state, &stored.draft, &loaded.actor)
        .map_err(refusal)?;
    let note = rp::CHANGE_NOTE
        .parse(&change_note)
        .map_err(|e| invalid("", vec![e]))?;
    let latest = stored::published_of(&txn, review_id)
        .await?
        .pop()
        .ok_or_else(|| ApiError::NotFound("This review has no published report.".into()))?;
    let mut draft = stored.draft.clone();
    draft.open_correction(&latest.snapshot, note.clone());
    let event = ReportEvent::CorrectionOpened { change_note: note };
    finish(app, user, txn, &loaded, &stored, &draft, Some(event)).await
}

/// `publishReportCorrection`: the approved correction becomes version N+1.
pub async fn publish_correction(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    draft_version: i32,
) -> ApiResult<ReportDraft> {
    let (txn, loaded, stored) = open(app, user, review_id).await?;
    if !(loaded.actor.is_team_lead() || loaded.actor.programme_officer) {
        rp::authorise_publish_correction(
            loaded.facts.state,
            &stored.draft,
            &loaded.actor,
            &hosts_of(&loaded),
        )
        .map_err(refusal)?;
    }
    check_version(&stored, draft_version)?;
    rp::authorise_publish_correction(
        loaded.facts.state,
        &stored.draft,
        &loaded.actor,
        &hosts_of(&loaded),
    )
    .map_err(refusal)?;
    let mut draft = stored.draft.clone();
    let host_names: Vec<String> = loaded.facts.hosts.iter().map(|h| h.name.clone()).collect();
    let Some(event) = publish_correction_version(
        &txn,
        &loaded.review,
        &loaded.programme.name,
        &host_names,
        &mut draft,
        user.id(),
        app.clock.now(),
    )
    .await?
    else {
        return Err(ApiError::NotFound(
            "This review has no published report.".into(),
        ));
    };
    finish(app, user, txn, &loaded, &stored, &draft, Some(event)).await
}

/// After a lifecycle command, in its transaction: `draftReport` builds the
/// draft from the agreed findings; `publishReport` publishes version 1.
pub(crate) async fn after_command(
    txn: &DatabaseTransaction,
    app: &ApiContext,
    loaded: &Loaded,
    kind: CommandKind,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let host_names: Vec<String> = loaded.facts.hosts.iter().map(|h| h.name.clone()).collect();
    match kind {
        CommandKind::DraftReport => {
            create_first_draft(
                txn,
                &loaded.review,
                &loaded.programme.name,
                &host_names,
                now,
            )
            .await?;
        }
        CommandKind::PublishReport => {
            let stored = stored::draft(txn, loaded.review.id)
                .await?
                .ok_or_else(no_draft)?;
            let slug = publish_first_version(
                txn,
                &loaded.review,
                &loaded.programme.name,
                &host_names,
                &stored.draft,
                loaded.actor.user_id,
                now,
            )
            .await?;
            super::mail::published(txn, app, loaded, &slug, 1).await?;
        }
        _ => {}
    }
    Ok(())
}

/// `draftReport`'s side, in the command's transaction: the first draft,
/// built from the review's agreed findings, its focus and its visit
/// sessions (never anyone's name), and stored. The demonstration builds
/// its reports with it too.
pub async fn create_first_draft(
    txn: &impl ConnectionTrait,
    review: &Review,
    programme_name: &str,
    host_names: &[String],
    now: DateTime<Utc>,
) -> Result<Draft, StoreError> {
    let findings = store::findings::findings_of(txn, review.id)
        .await?
        .into_iter()
        .filter(|f| f.status == FindingStatus::Agreed)
        .filter_map(|f| {
            let kind = match f.kind {
                FindingKind::Strength => ItemKind::Strength,
                FindingKind::AreaForImprovement => ItemKind::AreaForImprovement,
                FindingKind::Evidence => return None,
            };
            Some(rp::FindingSource {
                id: f.id,
                kind,
                text: f.text,
                indicators: f.indicators,
            })
        })
        .collect();
    let sessions = store::visit::sessions_of(txn, review.id)
        .await?
        .into_iter()
        .map(|s| rp::SessionSource {
            kind: s.kind,
            audiences: s.audiences,
        })
        .collect();
    let visit_days = store::visit::plan(txn, review.id)
        .await?
        .map(|p| p.days.len())
        .unwrap_or(0);
    let source = rp::DraftSource {
        host_names: host_names.to_vec(),
        programme_name: programme_name.to_owned(),
        month_label: review.target_month.label(),
        theme: review.theme.clone(),
        key_questions: review.key_questions.clone(),
        sessions,
        findings,
        visit_days,
    };
    let draft = rp::build_draft(&source, Uuid::now_v7);
    stored::create_draft(txn, review.id, &draft, now).await?;
    Ok(draft)
}

/// `publishReport`'s side, in the command's transaction: `draft` becomes
/// version 1 at a free slug made of the hosts' names and the review's
/// month, which it returns, with its PDF and search document (issue 19).
/// The demonstration publishes with it too.
pub async fn publish_first_version(
    txn: &impl ConnectionTrait,
    review: &Review,
    programme_name: &str,
    host_names: &[String],
    draft: &Draft,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<String, StoreError> {
    let month = review.target_month.first_day();
    let base = rp::slug_for(host_names, month.year(), month.month());
    let slug = stored::free_slug(txn, review.id, &base).await?;
    super::public::publish_version(
        txn,
        &super::public::Heading::new(review, programme_name, host_names),
        stored::NewVersion {
            review_id: review.id,
            version: 1,
            slug: &slug,
            snapshot: &draft.snapshot(),
            change_note: None,
            by,
        },
        now,
    )
    .await?;
    crate::follow_up::use_cases::on_published(txn, review.id, &draft.snapshot(), now).await?;
    Ok(slug)
}

/// Publishes the correction open on `draft` as the next version at the
/// report's address and closes it; returns the history event, or `None`
/// when the review has no published version to correct. The caller has
/// authorised it and saves `draft`. The version gets its own PDF and
/// replaces the search document (issue 19). The demonstration corrects
/// with it too.
pub async fn publish_correction_version(
    txn: &impl ConnectionTrait,
    review: &Review,
    programme_name: &str,
    host_names: &[String],
    draft: &mut Draft,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<ReportEvent>, StoreError> {
    let review_id = review.id;
    let published = stored::published_of(txn, review_id).await?;
    let Some(latest) = published.last() else {
        return Ok(None);
    };
    let version = latest.version + 1;
    draft.correction_open = false;
    super::public::publish_version(
        txn,
        &super::public::Heading::new(review, programme_name, host_names),
        stored::NewVersion {
            review_id,
            version,
            slug: &latest.slug,
            snapshot: &draft.snapshot(),
            change_note: draft.change_note.as_deref(),
            by,
        },
        now,
    )
    .await?;
    crate::follow_up::use_cases::on_published(txn, review_id, &draft.snapshot(), now).await?;
    Ok(Some(ReportEvent::Published {
        version,
        slug: latest.slug.clone(),
        change_note: draft.change_note.clone(),
    }))
}

/// `publishedReport`: anonymous; only published versions.
pub async fn published(
    app: &ApiContext,
    slug: &str,
    version: Option<i32>,
) -> ApiResult<Option<PublishedReport>> {
    if slug.chars().count() > 200 {
        return Ok(None);
    }
    let db = app.store.conn();
    let versions = stored::published_at_slug(db, slug).await?;
    let Some(latest) = versions.last() else {
        return Ok(None);
    };
    let wanted = match version {
        None => latest,
        Some(n) => match versions.iter().find(|p| p.version == n) {
            Some(p) => p,
            None => return Ok(None),
        },
    };
    let review = reviews::review(db, wanted.review_id).await?;
    let programme = store::programme::programme(db, review.programme_id).await?;
    let hosts = reviews::hosts_with_organisations(db, &[review.id])
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    let snapshot = &wanted.snapshot;
    let impact_measures = crate::follow_up::use_cases::of_review(db, review.id)
        .await?
        .map(|s| crate::follow_up::use_cases::public_measures(&s.follow_up))
        .unwrap_or_default();
    Ok(Some(PublishedReport {
        slug: wanted.slug.clone(),
        version: wanted.version,
        published_at: wanted.published_at,
        change_note: wanted.change_note.clone(),
        latest_version: latest.version,
        superseded: wanted.version != latest.version,
        host_names: hosts.iter().map(|h| h.authority.name.clone()).collect(),
        programme_name: programme.name,
        target_month: review.target_month.into(),
        focus_theme: review.theme.clone().unwrap_or_default(),
        key_questions: review
            .key_questions
            .iter()
            .filter(|q| !q.trim().is_empty())
            .cloned()
            .collect(),
        sections: sections_view(&snapshot.sections),
        strengths: items_view(&snapshot.items, ItemKind::Strength, true),
        areas_for_improvement: items_view(&snapshot.items, ItemKind::AreaForImprovement, true),
        versions: refs(&versions),
        impact_measures,
        pdf_url: super::public::pdf_path(&wanted.slug, wanted.version),
    }))
}
