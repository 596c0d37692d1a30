//! A programme's materials: links and uploaded documents (whose bytes are
//! stored apart from the list), added, read and removed.

use super::programme;
use crate::entities::programme_material;
use crate::StoreError;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

/// Pre-reading or guidance for a programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub title: String,
    pub url: String,
    pub created_at: DateTime<Utc>,
}

fn material(row: programme_material::Model) -> Material {
    Material {
        id: row.id,
        programme_id: row.programme_id,
        title: row.title,
        url: row.url,
        created_at: row.created_at,
    }
}

pub async fn add_material(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
    title: String,
    url: String,
    now: DateTime<Utc>,
) -> Result<Material, StoreError> {
    programme(db, programme_id).await?;
    let row = programme_material::ActiveModel {
        id: Set(Uuid::now_v7()),
        programme_id: Set(programme_id),
        title: Set(title),
        url: Set(url),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(material(row))
}

/// An uploaded material document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MaterialFile {
    pub material_id: Uuid,
    pub programme_id: Uuid,
    pub file_name: String,
    pub content_type: String,
    pub content: Vec<u8>,
}

/// The path an uploaded material is downloaded from.
pub fn material_file_path(id: Uuid) -> String {
    format!("/materials/{id}/file")
}

/// Stores an uploaded document as a material; its link is its download
/// path. The caller has checked its name, type and size.
pub async fn add_material_file(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
    title: String,
    file_name: String,
    content_type: String,
    content: Vec<u8>,
    now: DateTime<Utc>,
) -> Result<Material, StoreError> {
    programme(db, programme_id).await?;
    let id = Uuid::now_v7();
    let row = programme_material::ActiveModel {
        id: Set(id),
        programme_id: Set(programme_id),
        title: Set(title),
        url: Set(material_file_path(id)),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    crate::attachment::add(
        db,
        crate::attachment::NewAttachment {
            id,
            owner: material_owner(id),
            file_name,
            content_type,
            summary: None,
            uploaded_by: None,
            content,
        },
        now,
    )
    .await?;
    Ok(material(row))
}

/// A material's document: an attachment owned by the material, with the
/// material's id.
fn material_owner(id: Uuid) -> crate::attachment::Owner {
    crate::attachment::Owner {
        kind: domain::attachment::OwnerKind::ProgrammeMaterial,
        id,
    }
}

pub async fn material_file(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<MaterialFile, StoreError> {
    let owner = programme_material::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("material {id}")))?;
    let file = crate::attachment::first_file_of(db, material_owner(id))
        .await?
        .ok_or_else(|| StoreError::not_found(format!("material file {id}")))?;
    Ok(MaterialFile {
        material_id: id,
        programme_id: owner.programme_id,
        file_name: file.attachment.file_name,
        content_type: file.attachment.content_type,
        content: file.content,
    })
}

pub async fn remove_material(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    crate::attachment::remove_all_of(db, material_owner(id)).await?;
    let done = programme_material::Entity::delete_by_id(id)
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(StoreError::not_found(format!("material {id}")));
    }
    Ok(())
}

pub async fn materials_of(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<Vec<Material>, StoreError> {
    Ok(programme_material::Entity::find()
        .filter(programme_material::Column::ProgrammeId.eq(programme_id))
        .order_by_asc(programme_material::Column::CreatedAt)
        .order_by_asc(programme_material::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(material)
        .collect())
}
