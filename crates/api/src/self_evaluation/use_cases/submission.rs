//! What submission and reopening record about the self-evaluations, in the
//! lifecycle command's transaction, and the mail telling the team that a
//! submitted self-evaluation is ready to read.

use super::{context, Context};
use crate::error::ApiResult;
use crate::ApiContext;
use chrono::{DateTime, Utc};
use domain::lifecycle::{self as lc, CommandKind, InvitationStatus};
use serde_json::json;
use store::outbox::{enqueue, NewMessage};
use store::programme::Programme;
use store::review::Review;
use store::self_evaluation as stored;
use uuid::Uuid;

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
