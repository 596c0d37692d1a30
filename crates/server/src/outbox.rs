//! `quads outbox list|retry`: the admin view of the email outbox on the
//! command line, for when no one can sign in to the web view.

use chrono::{DateTime, Utc};
use notify::Templates;
use std::fmt::Write as _;
use store::outbox::{self, OutboxStatus};
use store::Store;
use uuid::Uuid;

/// Parses `pending`, `sent` or `failed` (any case).
pub fn parse_status(text: &str) -> Result<OutboxStatus, String> {
    OutboxStatus::parse(&text.to_uppercase())
        .ok_or_else(|| format!("`{text}` is not pending, sent or failed"))
}

/// A table of the newest `limit` messages, one per line.
pub async fn list(
    store: &Store,
    status: Option<OutboxStatus>,
    limit: u64,
) -> anyhow::Result<String> {
    let (rows, total) = outbox::list(store.conn(), status, 0, limit).await?;
    let templates = Templates::new();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<36}  {:<7}  {:>8}  {:<20}  {:<30}  {:<40}  last error",
        "id", "status", "attempts", "due", "recipient", "subject"
    );
    for row in &rows {
        let _ = writeln!(
            out,
            "{:<36}  {:<7}  {:>8}  {:<20}  {:<30}  {:<40}  {}",
            row.id,
            row.status.as_str(),
            row.attempts,
            short(row.due_at),
            row.recipient,
            templates.subject(&row.template, &row.payload),
            row.last_error.as_deref().unwrap_or("")
        );
    }
    let _ = writeln!(out, "{} of {total} message(s)", rows.len());
    Ok(out)
}

/// Puts a failed message back in the queue, due now.
pub async fn retry(store: &Store, id: Uuid, now: DateTime<Utc>) -> anyhow::Result<String> {
    let row = outbox::retry(store.conn(), id, now).await?;
    Ok(format!(
        "{} to {} is queued again; a running server sends it shortly",
        row.id, row.recipient
    ))
}

fn short(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M:%S").to_string()
}
