//! Attachments: every uploaded document, with the kind and id of what it
//! belongs to, kept in the database so every instance serves it. The
//! caller has checked the file (`domain::attachment::check_file`) and the
//! right to add it; reading one back says whose it is, so the caller can
//! check the right to see it.

use crate::entities::attachment;
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::attachment::OwnerKind;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// What an attachment belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Owner {
    pub kind: OwnerKind,
    pub id: Uuid,
}

/// An attachment without its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub id: Uuid,
    pub owner: Owner,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub summary: Option<String>,
    pub uploaded_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
}

/// An attachment with its content, for a download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentFile {
    pub attachment: Attachment,
    pub content: Vec<u8>,
}

/// A checked upload to store.
#[derive(Debug, Clone)]
pub struct NewAttachment {
    /// The id to give it (a material's document keeps its material's id).
    pub id: Uuid,
    pub owner: Owner,
    pub file_name: String,
    pub content_type: String,
    pub summary: Option<String>,
    pub uploaded_by: Option<Uuid>,
    pub content: Vec<u8>,
}

/// The path every attachment but a material's document is downloaded from.
pub fn download_path(id: Uuid) -> String {
    format!("/attachments/{id}")
}

fn corrupt(id: Uuid, what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!("attachment {id}: {what}")))
}

/// The columns of a listing: everything but the content.
#[derive(Debug, sea_orm::FromQueryResult)]
struct Row {
    id: Uuid,
    owner_kind: String,
    owner_id: Uuid,
    file_name: String,
    content_type: String,
    size_bytes: i64,
    summary: Option<String>,
    uploaded_by: Option<Uuid>,
    created_at: DateTime<Utc>,
}

fn to_attachment(r: Row) -> Result<Attachment, StoreError> {
    Ok(Attachment {
        id: r.id,
        owner: Owner {
            kind: r.owner_kind.parse().map_err(|e| corrupt(r.id, e))?,
            id: r.owner_id,
        },
        file_name: r.file_name,
        content_type: r.content_type,
        size_bytes: r.size_bytes,
        summary: r.summary,
        uploaded_by: r.uploaded_by,
        created_at: r.created_at,
    })
}

fn listing() -> sea_orm::Select<attachment::Entity> {
    attachment::Entity::find().select_only().columns([
        attachment::Column::Id,
        attachment::Column::OwnerKind,
        attachment::Column::OwnerId,
        attachment::Column::FileName,
        attachment::Column::ContentType,
        attachment::Column::SizeBytes,
        attachment::Column::Summary,
        attachment::Column::UploadedBy,
        attachment::Column::CreatedAt,
    ])
}

/// Stores a checked upload.
pub async fn add(
    db: &impl ConnectionTrait,
    new: NewAttachment,
    now: DateTime<Utc>,
) -> Result<Attachment, StoreError> {
    let size = new.content.len() as i64;
    attachment::ActiveModel {
        id: Set(new.id),
        owner_kind: Set(new.owner.kind.as_str().to_owned()),
        owner_id: Set(new.owner.id),
        file_name: Set(new.file_name.clone()),
        content_type: Set(new.content_type.clone()),
        size_bytes: Set(size),
        summary: Set(new.summary.clone()),
        uploaded_by: Set(new.uploaded_by),
        created_at: Set(now),
        content: Set(new.content),
    }
    .insert(db)
    .await?;
    Ok(Attachment {
        id: new.id,
        owner: new.owner,
        file_name: new.file_name,
        content_type: new.content_type,
        size_bytes: size,
        summary: new.summary,
        uploaded_by: new.uploaded_by,
        created_at: now,
    })
}

/// The attachments of these owners (all of one kind), oldest first,
/// without their content.
pub async fn of_owners(
    db: &impl ConnectionTrait,
    kind: OwnerKind,
    owners: &[Uuid],
) -> Result<Vec<Attachment>, StoreError> {
    if owners.is_empty() {
        return Ok(Vec::new());
    }
    listing()
        .filter(attachment::Column::OwnerKind.eq(kind.as_str()))
        .filter(attachment::Column::OwnerId.is_in(owners.iter().copied()))
        .order_by_asc(attachment::Column::CreatedAt)
        .order_by_asc(attachment::Column::Id)
        .into_model::<Row>()
        .all(db)
        .await?
        .into_iter()
        .map(to_attachment)
        .collect()
}

/// How many attachments an owner has.
pub async fn count_of(db: &impl ConnectionTrait, owner: Owner) -> Result<u64, StoreError> {
    Ok(attachment::Entity::find()
        .filter(attachment::Column::OwnerKind.eq(owner.kind.as_str()))
        .filter(attachment::Column::OwnerId.eq(owner.id))
        .count(db)
        .await?)
}

/// One attachment without its content.
pub async fn attachment(db: &impl ConnectionTrait, id: Uuid) -> Result<Attachment, StoreError> {
    listing()
        .filter(attachment::Column::Id.eq(id))
        .into_model::<Row>()
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("attachment {id}")))
        .and_then(to_attachment)
}

/// One attachment with its content.
pub async fn file(db: &impl ConnectionTrait, id: Uuid) -> Result<AttachmentFile, StoreError> {
    let row = attachment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("attachment {id}")))?;
    with_content(row)
}

/// The oldest attachment of an owner with its content, if it has one (a
/// material has at most one document).
pub async fn first_file_of(
    db: &impl ConnectionTrait,
    owner: Owner,
) -> Result<Option<AttachmentFile>, StoreError> {
    attachment::Entity::find()
        .filter(attachment::Column::OwnerKind.eq(owner.kind.as_str()))
        .filter(attachment::Column::OwnerId.eq(owner.id))
        .order_by_asc(attachment::Column::CreatedAt)
        .one(db)
        .await?
        .map(with_content)
        .transpose()
}

fn with_content(row: attachment::Model) -> Result<AttachmentFile, StoreError> {
    let attachment = to_attachment(Row {
        id: row.id,
        owner_kind: row.owner_kind,
        owner_id: row.owner_id,
        file_name: row.file_name,
        content_type: row.content_type,
        size_bytes: row.size_bytes,
        summary: row.summary,
        uploaded_by: row.uploaded_by,
        created_at: row.created_at,
    })?;
    Ok(AttachmentFile {
        attachment,
        content: row.content,
    })
}

/// Removes one attachment; unknown is `NotFound`.
pub async fn remove(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    let done = attachment::Entity::delete_by_id(id).exec(db).await?;
    if done.rows_affected == 0 {
        return Err(StoreError::not_found(format!("attachment {id}")));
    }
    Ok(())
}

/// Removes every attachment of an owner (when the owner goes).
pub async fn remove_all_of(db: &impl ConnectionTrait, owner: Owner) -> Result<(), StoreError> {
    attachment::Entity::delete_many()
        .filter(attachment::Column::OwnerKind.eq(owner.kind.as_str()))
        .filter(attachment::Column::OwnerId.eq(owner.id))
        .exec(db)
        .await?;
    Ok(())
}
