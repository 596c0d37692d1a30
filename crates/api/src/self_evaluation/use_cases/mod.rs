//! The self-evaluation's use cases, by responsibility: the host's rubric
//! (read, save one indicator), its documents (attach, remove, download),
//! what submission and reopening record, and the team's view beside it.
//! This module holds what they share: the review with what the rights
//! read, the rights themselves, the framework a self-evaluation is made on
//! and the names shown beside entries. Each change owns one transaction;
//! rights come first (someone who may not act learns nothing), then the
//! input, then the version.

mod documents;
mod quad;
mod rubric;
mod submission;
mod team_view;

pub use documents::{attachment_file, remove_attachment, upload, Upload};
pub use quad::{national_distribution, quad_comparison};
pub use rubric::{read, save_indicator};
pub use submission::after_command;
pub use team_view::{comparison, save_team_view};

use super::PersonName;
use crate::auth::SessionUser;
use crate::error::{ApiError, ApiResult};
use domain::lifecycle::{InvitationStatus, ReviewState};
use domain::self_evaluation::{self as se, EditRefusal, Requirements};
use domain::Framework;
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use store::programme::{self as programmes, Programme};
use store::review::{self as reviews, Host, Member, Review};
use store::sea_orm::ConnectionTrait;
use store::self_evaluation::{Entry, SelfEvaluation};
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

/// A stale save's `CONFLICT`: `message`, with what is stored now (and
/// who last saved it) in `extensions.current`.
async fn conflict(
    db: &impl ConnectionTrait,
    current: &Entry,
    message: String,
) -> ApiResult<ApiError> {
    let names = names(db, current.updated_by.into_iter().collect()).await?;
    Ok(ApiError::ConflictWith {
        message,
        current: current_json(current, &names),
    })
}
