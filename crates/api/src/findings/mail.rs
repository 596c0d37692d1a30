//! What completing the visit sends: each host lead learns that the
//! team's agreed findings can now be read, with a link to them. Queued in
//! the command's transaction.

use crate::error::ApiResult;
use crate::ApiContext;
use domain::lifecycle::{self as lc, ReviewState};
use serde_json::json;
use store::outbox::{enqueue, NewMessage};
use store::review as reviews;
use store::sea_orm::ConnectionTrait;
use uuid::Uuid;

/// After a lifecycle command: when the visit is completed, a mail to
/// every active lead of the host authorities.
pub async fn after_command(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    review_id: Uuid,
    decided: &lc::Decided,
) -> ApiResult<()> {
    let lc::Event::Transitioned { to, at, .. } = decided.event() else {
        return Ok(());
    };
    if *to != ReviewState::VisitCompleted {
        return Ok(());
    }
    let hosts = reviews::hosts_with_organisations(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    let authorities: Vec<Uuid> = hosts.iter().map(|h| h.authority.id).collect();
    let host = hosts
        .iter()
        .map(|h| h.authority.name.clone())
        .collect::<Vec<_>>()
        .join(" and ");
    let leads = reviews::lead_ids_of(db, &authorities).await?;
    let link = format!("{}/reviews/{review_id}/findings", app.public_url);
    for person in store::identity::users_by_ids(db, &leads).await? {
        if !person.active {
            continue;
        }
        enqueue(
            db,
            NewMessage {
                idempotency_key: format!("findings-readable:{review_id}:{}", person.id),
                recipient: person.email.clone(),
                template: "findings_readable".into(),
                payload: json!({
                    "name": person.name,
                    "host": host,
                    "link": link,
                }),
                due_at: *at,
            },
            *at,
        )
        .await?;
    }
    Ok(())
}
