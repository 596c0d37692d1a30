//! What the report sends, queued in the change's transaction: sharing the
//! draft mails the host leads and host users; an answered comment mails
//! its author; a publication mails the team and the visit plan's host
//! contacts the public link.

use super::super::review::use_cases::Loaded;
use crate::error::ApiResult;
use crate::ApiContext;
use domain::lifecycle::InvitationStatus;
use domain::report::{CommentStatus, Draft, ReportEvent};
use serde_json::json;
use store::outbox::{enqueue, NewMessage};
use store::review as reviews;
use store::sea_orm::ConnectionTrait;
use uuid::Uuid;

fn host(loaded: &Loaded) -> String {
    loaded
        .facts
        .hosts
        .iter()
        .map(|h| h.name.clone())
        .collect::<Vec<_>>()
        .join(" and ")
}

/// After a change of the draft.
pub(crate) async fn after_change(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    loaded: &Loaded,
    draft: &Draft,
    change: &ReportEvent,
) -> ApiResult<()> {
    let now = app.clock.now();
    let review_id = loaded.review.id;
    let link = format!("{}/reviews/{review_id}/report", app.public_url);
    match change {
        ReportEvent::Shared { draft_version } => {
            let authorities: Vec<Uuid> =
                loaded.facts.hosts.iter().map(|h| h.authority_id).collect();
            let people = store::report::active_users_of(db, &authorities).await?;
            for person in store::identity::users_by_ids(db, &people).await? {
                enqueue(
                    db,
                    NewMessage {
                        idempotency_key: format!(
                            "report-shared:{review_id}:{}:{draft_version}:{}",
                            person.id,
                            draft.change_note.is_some()
                        ),
                        recipient: person.email.clone(),
                        template: "report_shared".into(),
                        payload: json!({ "name": person.name, "host": host(loaded), "link": link }),
                        due_at: now,
                    },
                    now,
                )
                .await?;
            }
        }
        ReportEvent::CommentAnswered { comment_id, .. } => {
            let Some(comment) = draft.comments.iter().find(|c| c.id == *comment_id) else {
                return Ok(());
            };
            let Ok(author) = store::identity::user_by_id(db, comment.author_id).await else {
                return Ok(());
            };
            if !author.active {
                return Ok(());
            }
            enqueue(
                db,
                NewMessage {
                    idempotency_key: format!("report-comment-answered:{comment_id}"),
                    recipient: author.email.clone(),
                    template: "report_comment_answered".into(),
                    payload: json!({
                        "name": author.name,
                        "host": host(loaded),
                        "outcome": if comment.status == CommentStatus::Accepted { "accepted" } else { "rejected" },
                        "comment": comment.text,
                        "reply": comment.reply.clone().unwrap_or_default(),
                        "link": link,
                    }),
                    due_at: now,
                },
                now,
            )
            .await?;
        }
        ReportEvent::Published { version, slug, .. } => {
            published(db, app, loaded, slug, *version).await?;
        }
        ReportEvent::Approved { .. } | ReportEvent::CorrectionOpened { .. } => {}
    }
    Ok(())
}

/// A published version: the team (accepted members) and the host
/// contacts get the public link.
pub(crate) async fn published(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    loaded: &Loaded,
    slug: &str,
    version: i32,
) -> ApiResult<()> {
    let now = app.clock.now();
    let review_id = loaded.review.id;
    let link = format!("{}/reports/{slug}", app.public_url);
    let members = reviews::members_of(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    let ids: Vec<Uuid> = members
        .iter()
        .filter(|m| m.is_current() && m.invitation == InvitationStatus::Accepted)
        .map(|m| m.user_id)
        .collect();
    let mut recipients: Vec<(String, String)> = store::identity::users_by_ids(db, &ids)
        .await?
        .into_iter()
        .filter(|u| u.active)
        .map(|u| (u.name, u.email))
        .collect();
    for c in store::visit::contacts_of(db, review_id).await? {
        if !recipients
            .iter()
            .any(|(_, e)| e.eq_ignore_ascii_case(&c.email))
        {
            recipients.push((c.name, c.email));
        }
    }
    for (name, email) in recipients {
        enqueue(
            db,
            NewMessage {
                idempotency_key: format!(
                    "report-published:{review_id}:{version}:{}",
                    email.to_lowercase()
                ),
                recipient: email.clone(),
                template: "report_published".into(),
                payload: json!({
                    "name": name,
                    "host": host(loaded),
                    "version": version,
                    "link": link,
                }),
                due_at: now,
            },
            now,
        )
        .await?;
    }
    Ok(())
}
