//! Turning a queued row into a MIME message: addressing, the stable
//! Message-ID, the plain-text and HTML alternatives, and attachments.

use crate::templates::{RenderError, Templates};
use base64::Engine as _;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use store::outbox::OutboxRow;

/// Why a row cannot become a message. Always permanent.
#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error("the payload is not JSON: {0}")]
    Payload(String),
    #[error("`{0}` is not an email address")]
    Recipient(String),
    #[error("attachment: {0}")]
    Attachment(String),
    #[error("cannot build the message: {0}")]
    Build(String),
}

/// An attachment as a payload carries it.
#[derive(Debug, Deserialize)]
struct PayloadAttachment {
    filename: String,
    content_type: String,
    content_base64: String,
}

/// The Message-ID of the message queued under `idempotency_key`: the same
/// for every attempt, so a duplicate delivery can be recognised.
pub fn message_id(idempotency_key: &str, from: &Mailbox) -> String {
    let digest = hex::encode(Sha256::digest(idempotency_key.as_bytes()));
    format!("<{}@{}>", &digest[..40], from.email.domain())
}

/// Builds the message for `row`, from `from`.
pub fn compose(
    templates: &Templates,
    row: &OutboxRow,
    from: &Mailbox,
) -> Result<Message, ComposeError> {
    let payload: Value =
        serde_json::from_str(&row.payload).map_err(|e| ComposeError::Payload(e.to_string()))?;
    let rendered = templates.render(&row.template, &payload)?;
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|_| ComposeError::Recipient(row.recipient.clone()))?;
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(rendered.text))
        .singlepart(SinglePart::html(rendered.html));
    let attachments = match payload.get("attachments") {
        None | Some(Value::Null) => Vec::new(),
        Some(list) => serde_json::from_value::<Vec<PayloadAttachment>>(list.clone())
            .map_err(|e| ComposeError::Attachment(e.to_string()))?,
    };
    let body = if attachments.is_empty() {
        alternative
    } else {
        let mut mixed = MultiPart::mixed().multipart(alternative);
        for a in attachments {
            let content = base64::engine::general_purpose::STANDARD
                .decode(a.content_base64.as_bytes())
                .map_err(|e| ComposeError::Attachment(format!("{}: {e}", a.filename)))?;
            let content_type = ContentType::parse(&a.content_type).map_err(|e| {
                ComposeError::Attachment(format!("{}: `{}`: {e}", a.filename, a.content_type))
            })?;
            mixed = mixed.singlepart(Attachment::new(a.filename).body(content, content_type));
        }
        mixed
    };
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(rendered.subject)
        .message_id(Some(message_id(&row.idempotency_key, from)))
        .multipart(body)
        .map_err(|e| ComposeError::Build(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use serde_json::json;
    use store::outbox::OutboxStatus;

    fn row(payload: Value) -> OutboxRow {
        OutboxRow {
            id: uuid::Uuid::now_v7(),
            idempotency_key: "password-reset:42".into(),
            recipient: "ian@example.org".into(),
            template: "password_reset".into(),
            payload: payload.to_string(),
            due_at: Utc::now(),
            status: OutboxStatus::Pending,
            attempts: 0,
            lease_owner: None,
            lease_expires_at: None,
            last_error: None,
            sent_at: None,
            created_at: Utc::now(),
        }
    }

    fn from() -> Mailbox {
        "Quads <no-reply@quads.localhost>".parse().unwrap()
    }

    #[test]
    fn the_message_id_depends_only_on_the_idempotency_key() {
        assert_eq!(message_id("a", &from()), message_id("a", &from()));
        assert_ne!(message_id("a", &from()), message_id("b", &from()));
        assert!(message_id("a", &from()).ends_with("@quads.localhost>"));
    }

    #[test]
    fn a_message_carries_both_alternatives_and_its_attachments() {
        let payload = json!({
            "name": "Ian", "link": "https://q/r", "expires_in_minutes": 30,
            "attachments": [{"filename": "visit.ics", "content_type": "text/calendar",
                             "content_base64": "QkVHSU46VkNBTEVOREFS"}]
        });
        let message = compose(&Templates::new(), &row(payload), &from()).unwrap();
        let text = String::from_utf8(message.formatted()).unwrap();
        assert!(text.contains("Message-ID: <"), "{text}");
        assert!(text.contains("multipart/alternative"));
        assert!(text.contains("text/html"));
        assert!(text.contains("filename=\"visit.ics\""), "{text}");
    }

    #[test]
    fn a_bad_attachment_or_address_cannot_be_composed() {
        let payload = json!({"name": "Ian", "link": "l", "expires_in_minutes": 5,
            "attachments": [{"filename": "x", "content_type": "text/plain", "content_base64": "***"}]});
        assert!(matches!(
            compose(&Templates::new(), &row(payload), &from()),
            Err(ComposeError::Attachment(_))
        ));
        let mut r = row(json!({"name": "Ian", "link": "l", "expires_in_minutes": 5}));
        r.recipient = "not an address".into();
        assert!(matches!(
            compose(&Templates::new(), &r, &from()),
            Err(ComposeError::Recipient(_))
        ));
    }
}
