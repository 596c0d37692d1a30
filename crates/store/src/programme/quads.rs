//! Quads: four authorities of a programme, created, read with their
//! members, edited and dissolved, and the reviews that name each.

use crate::entities::{quad, quad_member, review, review_host};
use crate::StoreError;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Four authorities for a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quad {
    pub id: Uuid,
    pub session: String,
    pub name: String,
    pub members: Vec<Uuid>,
}

/// Creates a quad; an authority already in a quad of the session is a
/// validation error on `authorityIds`.
pub async fn create_quad(
    db: &impl ConnectionTrait,
    session: &str,
    name: &str,
    members: &[Uuid],
    now: DateTime<Utc>,
) -> Result<Quad, StoreError> {
    let taken = quad_member::Entity::find()
        .filter(quad_member::Column::Session.eq(session))
        .filter(quad_member::Column::AuthorityId.is_in(members.iter().copied()))
        .all(db)
        .await?;
    if !taken.is_empty() {
        return Err(StoreError::validation(
            "authorityIds",
            format!(
                "{} of these authorities already belong to a quad in {session}; an authority is in one quad per session",
                taken.len()
            ),
        ));
    }
    let id = Uuid::now_v7();
    quad::ActiveModel {
        id: Set(id),
        session: Set(session.into()),
        name: Set(name.into()),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    quad_member::Entity::insert_many(members.iter().map(|a| quad_member::ActiveModel {
        quad_id: Set(id),
        authority_id: Set(*a),
        session: Set(session.into()),
    }))
    .exec(db)
    .await
    .map_err(|e| match StoreError::from(e) {
        StoreError::Validation { .. } => StoreError::validation(
            "authorityIds",
            "An authority is already in a quad this session",
        ),
        other => other,
    })?;
    Ok(Quad {
        id,
        session: session.into(),
        name: name.into(),
        members: members.to_vec(),
    })
}

async fn with_members(
    db: &impl ConnectionTrait,
    rows: Vec<quad::Model>,
) -> Result<Vec<Quad>, StoreError> {
    let mut members: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for m in quad_member::Entity::find()
        .filter(quad_member::Column::QuadId.is_in(rows.iter().map(|r| r.id)))
        .all(db)
        .await?
    {
        members.entry(m.quad_id).or_default().push(m.authority_id);
    }
    Ok(rows
        .into_iter()
        .map(|r| Quad {
            members: members.remove(&r.id).unwrap_or_default(),
            id: r.id,
            session: r.session,
            name: r.name,
        })
        .collect())
}

pub async fn quads(
    db: &impl ConnectionTrait,
    session: Option<&str>,
) -> Result<Vec<Quad>, StoreError> {
    let mut query = quad::Entity::find();
    if let Some(s) = session {
        query = query.filter(quad::Column::Session.eq(s));
    }
    let rows = query
        .order_by_asc(quad::Column::Session)
        .order_by_asc(quad::Column::Name)
        .all(db)
        .await?;
    with_members(db, rows).await
}

/// Quads by id with their members, in one statement (a left join).
pub async fn quads_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<Quad>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let members_to_quads: sea_orm::RelationDef = quad_member::Entity::belongs_to(quad::Entity)
        .from(quad_member::Column::QuadId)
        .to(quad::Column::Id)
        .into();
    let rows = quad::Entity::find()
        .join_rev(sea_orm::JoinType::LeftJoin, members_to_quads)
        .select_also(quad_member::Entity)
        .filter(quad::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let mut quads: Vec<Quad> = Vec::new();
    for (row, member) in rows {
        let at = match quads.iter().position(|q| q.id == row.id) {
            Some(at) => at,
            None => {
                quads.push(Quad {
                    id: row.id,
                    session: row.session,
                    name: row.name,
                    members: Vec::new(),
                });
                quads.len() - 1
            }
        };
        if let Some(m) = member {
            quads[at].members.push(m.authority_id);
        }
    }
    Ok(quads)
}

pub async fn quad(db: &impl ConnectionTrait, id: Uuid) -> Result<Quad, StoreError> {
    quads_by_ids(db, &[id])
        .await?
        .pop()
        .ok_or_else(|| StoreError::not_found(format!("quad {id}")))
}

/// A review naming a quad, for the quad's rules: its state, month and hosts
/// (in order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuadReviewRow {
    pub id: Uuid,
    pub state: String,
    pub target_month: chrono::NaiveDate,
    pub hosts: Vec<Uuid>,
}

/// Every review naming the quad, by month.
pub async fn quad_reviews(
    db: &impl ConnectionTrait,
    quad_id: Uuid,
) -> Result<Vec<QuadReviewRow>, StoreError> {
    let rows = review::Entity::find()
        .filter(review::Column::QuadId.eq(quad_id))
        .order_by_asc(review::Column::TargetMonth)
        .all(db)
        .await?;
    let mut hosts: HashMap<Uuid, Vec<(i32, Uuid)>> = HashMap::new();
    for h in review_host::Entity::find()
        .filter(review_host::Column::ReviewId.is_in(rows.iter().map(|r| r.id)))
        .all(db)
        .await?
    {
        hosts
            .entry(h.review_id)
            .or_default()
            .push((h.position, h.authority_id));
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut list = hosts.remove(&r.id).unwrap_or_default();
            list.sort();
            QuadReviewRow {
                id: r.id,
                state: r.state,
                target_month: r.target_month,
                hosts: list.into_iter().map(|(_, a)| a).collect(),
            }
        })
        .collect())
}

/// Renames a quad and sets its four authorities; an authority already in
/// another quad of the session is a validation error on `authorityIds`.
pub async fn update_quad(
    db: &impl ConnectionTrait,
    id: Uuid,
    name: &str,
    members: &[Uuid],
) -> Result<Quad, StoreError> {
    let row = quad::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("quad {id}")))?;
    let taken = quad_member::Entity::find()
        .filter(quad_member::Column::Session.eq(row.session.as_str()))
        .filter(quad_member::Column::AuthorityId.is_in(members.iter().copied()))
        .filter(quad_member::Column::QuadId.ne(id))
        .all(db)
        .await?;
    if !taken.is_empty() {
        return Err(StoreError::validation(
            "authorityIds",
            format!(
                "{} of these authorities already belong to another quad in {}; an authority is in one quad per session",
                taken.len(),
                row.session
            ),
        ));
    }
    let session = row.session.clone();
    let mut active: quad::ActiveModel = row.into();
    active.name = Set(name.into());
    active.update(db).await?;
    quad_member::Entity::delete_many()
        .filter(quad_member::Column::QuadId.eq(id))
        .exec(db)
        .await?;
    quad_member::Entity::insert_many(members.iter().map(|a| quad_member::ActiveModel {
        quad_id: Set(id),
        authority_id: Set(*a),
        session: Set(session.clone()),
    }))
    .exec(db)
    .await
    .map_err(|e| match StoreError::from(e) {
        StoreError::Validation { .. } => StoreError::validation(
            "authorityIds",
            "An authority is already in a quad this session",
        ),
        other => other,
    })?;
    quad(db, id).await
}

/// Removes a quad and its members. The caller has checked that no review
/// names it.
pub async fn dissolve_quad(db: &impl ConnectionTrait, id: Uuid) -> Result<Quad, StoreError> {
    let gone = quad(db, id).await?;
    quad_member::Entity::delete_many()
        .filter(quad_member::Column::QuadId.eq(id))
        .exec(db)
        .await?;
    quad::Entity::delete_by_id(id).exec(db).await?;
    Ok(gone)
}
