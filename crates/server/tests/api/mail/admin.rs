//! The outbox in GraphQL: administrators only; listing by status; retrying
//! a failed message.

use super::mail_test;
use super::smtp::*;
use crate::helpers::{error_code, spawn_app_with, Db, Demo};
use serde_json::json;
use std::time::Duration;
use store::outbox::OutboxStatus;
use uuid::Uuid;

const LIST: &str = "query($status: OutboxStatus) { outbox(status: $status) { total items {
    id recipient template subject status attempts lastError dueAt sentAt createdAt } } }";
const RETRY: &str =
    "mutation($id: UUID!) { retryOutboxMessage(id: $id) { id status attempts lastError } }";

async fn administrators_see_the_outbox_by_status_and_can_retry_a_failed_message(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions {
        reject_pattern: Some("^nobody@".into()),
        ..SmtpOptions::default()
    });
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    queue_reset(&app.store, "ok", "someone@example.org", "Someone").await;
    queue_reset(&app.store, "bounce", "nobody@example.org", "Nobody").await;
    eventually(Duration::from_secs(15), "both are settled", || async {
        rows(&app.store)
            .await
            .iter()
            .all(|r| r.status != OutboxStatus::Pending)
    })
    .await;
    let admin = app.as_demo(Demo::Admin).await;

    let all = admin.gql(LIST, json!({})).await;
    assert_eq!(all["data"]["outbox"]["total"], 2, "{all}");
    let failed = admin.gql(LIST, json!({"status": "FAILED"})).await;
    assert_eq!(failed["data"]["outbox"]["total"], 1, "{failed}");
    let item = &failed["data"]["outbox"]["items"][0];
    assert_eq!(item["recipient"], "nobody@example.org");
    assert_eq!(item["template"], "password_reset");
    assert_eq!(item["subject"], "Reset your Quads password");
    assert_eq!(item["status"], "FAILED");
    assert_eq!(item["attempts"], 1);
    assert!(
        item["lastError"].as_str().unwrap().contains("550"),
        "{item}"
    );
    assert!(item["sentAt"].is_null());
    let sent = admin.gql(LIST, json!({"status": "SENT"})).await;
    assert_eq!(
        sent["data"]["outbox"]["items"][0]["recipient"],
        "someone@example.org"
    );
    assert!(sent["data"]["outbox"]["items"][0]["sentAt"].is_string());

    let sent_id = sent["data"]["outbox"]["items"][0]["id"].clone();
    let refused = admin.gql(RETRY, json!({"id": sent_id})).await;
    assert_eq!(error_code(&refused), "VALIDATION", "{refused}");
    let unknown = admin.gql(RETRY, json!({"id": Uuid::now_v7()})).await;
    assert_eq!(error_code(&unknown), "NOT_FOUND", "{unknown}");

    let retried = admin.gql(RETRY, json!({"id": item["id"]})).await;
    assert_eq!(
        retried["data"]["retryOutboxMessage"]["status"], "PENDING",
        "{retried}"
    );
    assert_eq!(retried["data"]["retryOutboxMessage"]["attempts"], 0);
    // The server still refuses it, so it fails again, once more.
    eventually(
        Duration::from_secs(15),
        "the retry is attempted",
        || async {
            let r = row(&app.store, "bounce").await;
            r.status == OutboxStatus::Failed && r.attempts == 1
        },
    )
    .await;
}

async fn only_administrators_may_see_or_retry_the_outbox(db: Db) {
    let app = spawn_app_with(db, |_| {}).await;
    let anonymous = app.gql(LIST, json!({})).await;
    assert_eq!(error_code(&anonymous), "UNAUTHENTICATED", "{anonymous}");
    let anonymous = app.gql(RETRY, json!({"id": Uuid::now_v7()})).await;
    assert_eq!(error_code(&anonymous), "UNAUTHENTICATED", "{anonymous}");

    for who in [Demo::Officer, Demo::Lead, Demo::Reviewer] {
        let person = app.as_demo(who).await;
        let member = person.gql(LIST, json!({})).await;
        assert_eq!(error_code(&member), "FORBIDDEN", "{member}");
        let member = person.gql(RETRY, json!({"id": Uuid::now_v7()})).await;
        assert_eq!(error_code(&member), "FORBIDDEN", "{member}");
    }
}

mail_test!(
    administrators_see_the_outbox_by_status_and_can_retry_a_failed_message,
    only_administrators_may_see_or_retry_the_outbox,
);
