//! A self-evaluation's documents: attaching one to the self-evaluation or
//! one of its indicators, removing one, and downloading one (for those who
//! may read what it belongs to).

use super::{authorise_edit, context, framework_of, may_read, NOT_YOURS};
use crate::auth::{sign_in_required, SessionUser, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use domain::attachment::OwnerKind;
use domain::self_evaluation::{self as se, Perspective};
use std::collections::HashMap;
use store::attachment::{self as attachments, Attachment, AttachmentFile, NewAttachment, Owner};
use store::sea_orm::ConnectionTrait;
use store::self_evaluation::{self as stored, SelfEvaluation};
use uuid::Uuid;

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
        OwnerKind::ProgrammeMaterial | OwnerKind::Finding | OwnerKind::FollowUpNote => None,
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
    if found.owner.kind == OwnerKind::Finding {
        crate::findings::use_cases::remove_attachment(&txn, user, id, found.owner.id).await?;
        store::commit(txn).await?;
        return Ok(());
    }
    if found.owner.kind == OwnerKind::FollowUpNote {
        crate::follow_up::use_cases::remove_attachment(&txn, user, id, found.owner.id).await?;
        store::commit(txn).await?;
        return Ok(());
    }
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
    if found.owner.kind == OwnerKind::Finding {
        return crate::findings::use_cases::attachment_file(app, user, &found).await;
    }
    if found.owner.kind == OwnerKind::FollowUpNote {
        return crate::follow_up::use_cases::attachment_file(app, user, &found).await;
    }
    if let Some(own) = self_evaluation_of(db, found.owner).await? {
        let cx = context(db, own.review_id).await?;
        if !may_read(user, &cx, Some(&own)) {
            return Err(ApiError::Forbidden(NOT_YOURS.into()));
        }
    }
    Ok(attachments::file(db, id).await?)
}
