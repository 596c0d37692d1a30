//! The contacts and places a host records for a review's visit.

use crate::entities::{host_contact, visit_place};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::visit::Contact;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

/// One recorded contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredContact {
    pub id: Uuid,
    pub review_id: Uuid,
    pub role: String,
    pub name: String,
    pub email: String,
}

/// One recorded place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPlace {
    pub id: Uuid,
    pub review_id: Uuid,
    pub name: String,
    pub address: Option<String>,
}

/// A review's contacts, in the order recorded.
pub async fn contacts_of(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<Vec<StoredContact>, StoreError> {
    Ok(host_contact::Entity::find()
        .filter(host_contact::Column::ReviewId.eq(review_id))
        .order_by_asc(host_contact::Column::CreatedAt)
        .order_by_asc(host_contact::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| StoredContact {
            id: r.id,
            review_id: r.review_id,
            role: r.role,
            name: r.name,
            email: r.email,
        })
        .collect())
}

/// Records a contact, refused beyond `max` per review.
pub async fn add_contact(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    contact: &Contact,
    max: usize,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    let held = host_contact::Entity::find()
        .filter(host_contact::Column::ReviewId.eq(review_id))
        .count(db)
        .await?;
    if held >= max as u64 {
        return Err(StoreError::validation(
            "email",
            format!("A review holds at most {max} contacts."),
        ));
    }
    let id = Uuid::now_v7();
    host_contact::Entity::insert(host_contact::ActiveModel {
        id: Set(id),
        review_id: Set(review_id),
        role: Set(contact.role.clone()),
        name: Set(contact.name.clone()),
        email: Set(contact.email.as_str().to_owned()),
        created_by: Set(user),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

/// The review a contact belongs to.
pub async fn contact_review(db: &impl ConnectionTrait, id: Uuid) -> Result<Uuid, StoreError> {
    host_contact::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|r| r.review_id)
        .ok_or_else(|| StoreError::not_found(format!("contact {id}")))
}

/// Removes a contact.
pub async fn remove_contact(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    host_contact::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// A review's places, in the order recorded.
pub async fn places_of(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<Vec<StoredPlace>, StoreError> {
    Ok(visit_place::Entity::find()
        .filter(visit_place::Column::ReviewId.eq(review_id))
        .order_by_asc(visit_place::Column::CreatedAt)
        .order_by_asc(visit_place::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| StoredPlace {
            id: r.id,
            review_id: r.review_id,
            name: r.name,
            address: r.address,
        })
        .collect())
}

/// Records a place, refused beyond `max` per review.
pub async fn add_place(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    name: &str,
    address: Option<&str>,
    max: usize,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    let held = visit_place::Entity::find()
        .filter(visit_place::Column::ReviewId.eq(review_id))
        .count(db)
        .await?;
    if held >= max as u64 {
        return Err(StoreError::validation(
            "name",
            format!("A review holds at most {max} places."),
        ));
    }
    let id = Uuid::now_v7();
    visit_place::Entity::insert(visit_place::ActiveModel {
        id: Set(id),
        review_id: Set(review_id),
        name: Set(name.to_owned()),
        address: Set(address.map(str::to_owned)),
        created_by: Set(user),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

/// The review a place belongs to.
pub async fn place_review(db: &impl ConnectionTrait, id: Uuid) -> Result<Uuid, StoreError> {
    visit_place::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|r| r.review_id)
        .ok_or_else(|| StoreError::not_found(format!("place {id}")))
}

/// Removes a place.
pub async fn remove_place(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    visit_place::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}
