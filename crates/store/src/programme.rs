//! Programmes (phases, rules, materials) and quads.

use crate::entities::{
    material_file, programme, programme_material, programme_phase, quad, quad_member, review,
    review_host,
};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::lifecycle::{ProgrammeKind, ProgrammeRules, SelfEvaluationMode};
use domain::programme::{Month, Phase, ProgrammeSettings, Reciprocity};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A programme as the rest of Quads sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    pub id: Uuid,
    pub name: String,
    pub phases: Vec<Phase>,
    pub settings: ProgrammeSettings,
    pub version: i32,
    pub created_at: DateTime<Utc>,
}

impl Programme {
    pub fn kind(&self) -> ProgrammeKind {
        self.settings.rules.kind
    }
}

/// A programme's content, validated by the caller.
#[derive(Debug, Clone)]
pub struct ProgrammeSpec {
    pub name: String,
    pub phases: Vec<Phase>,
    pub settings: ProgrammeSettings,
}

pub fn kind_str(kind: ProgrammeKind) -> &'static str {
    match kind {
        ProgrammeKind::Ci => "CI",
        ProgrammeKind::Quads => "QUADS",
    }
}

fn parse_kind(s: &str) -> ProgrammeKind {
    if s == "QUADS" {
        ProgrammeKind::Quads
    } else {
        ProgrammeKind::Ci
    }
}

fn mode_str(mode: SelfEvaluationMode) -> &'static str {
    match mode {
        SelfEvaluationMode::Rubric => "RUBRIC",
        SelfEvaluationMode::EvidenceOnly => "EVIDENCE_ONLY",
    }
}

fn to_domain(row: programme::Model, mut phases: Vec<programme_phase::Model>) -> Programme {
    phases.sort_by_key(|p| p.number);
    let kind = parse_kind(&row.kind);
    Programme {
        id: row.id,
        name: row.name,
        phases: phases
            .into_iter()
            .map(|p| Phase {
                number: p.number as u32,
                from: Month::of(p.from_month),
                to: Month::of(p.to_month),
            })
            .collect(),
        settings: ProgrammeSettings {
            rules: ProgrammeRules {
                kind,
                team_size_min: row.team_size_min as u32,
                team_size_max: row.team_size_max as u32,
                hmi_required: row.hmi_required,
                visit_length_days: row.visit_length_days as u32,
                self_evaluation_mode: if row.self_evaluation_mode == "RUBRIC" {
                    SelfEvaluationMode::Rubric
                } else {
                    SelfEvaluationMode::EvidenceOnly
                },
            },
            grading_required: row.grading_required,
            framework: row.framework_id.zip(row.framework_version),
            public_report_required: row.public_report_required,
            reciprocity: Reciprocity::parse(&row.reciprocity).unwrap_or(Reciprocity::Flag),
        },
        version: row.version,
        created_at: row.created_at,
    }
}

fn fill(active: &mut programme::ActiveModel, spec: &ProgrammeSpec) {
    let s = &spec.settings;
    active.name = Set(spec.name.clone());
    active.kind = Set(kind_str(s.rules.kind).into());
    active.team_size_min = Set(s.rules.team_size_min as i32);
    active.team_size_max = Set(s.rules.team_size_max as i32);
    active.hmi_required = Set(s.rules.hmi_required);
    active.visit_length_days = Set(s.rules.visit_length_days as i32);
    active.self_evaluation_mode = Set(mode_str(s.rules.self_evaluation_mode).into());
    active.grading_required = Set(s.grading_required);
    active.framework_id = Set(s.framework.as_ref().map(|f| f.0.clone()));
    active.framework_version = Set(s.framework.as_ref().map(|f| f.1));
    active.public_report_required = Set(s.public_report_required);
    active.reciprocity = Set(s.reciprocity.as_str().into());
}

fn name_taken(e: StoreError) -> StoreError {
    match e {
        StoreError::Validation { .. } => {
            StoreError::validation("name", "A programme with this name already exists")
        }
        other => other,
    }
}

async fn write_phases(
    db: &impl ConnectionTrait,
    id: Uuid,
    phases: &[Phase],
) -> Result<(), StoreError> {
    programme_phase::Entity::delete_many()
        .filter(programme_phase::Column::ProgrammeId.eq(id))
        .exec(db)
        .await?;
    programme_phase::Entity::insert_many(phases.iter().map(|p| programme_phase::ActiveModel {
        programme_id: Set(id),
        number: Set(p.number as i32),
        from_month: Set(p.from.first_day()),
        to_month: Set(p.to.first_day()),
    }))
    .exec(db)
    .await?;
    Ok(())
}

pub async fn create_programme(
    db: &impl ConnectionTrait,
    spec: &ProgrammeSpec,
    now: DateTime<Utc>,
) -> Result<Programme, StoreError> {
    let taken = programme::Entity::find()
        .filter(programme::Column::Name.eq(spec.name.as_str()))
        .one(db)
        .await?;
    if taken.is_some() {
        return Err(name_taken(StoreError::validation("name", "")));
    }
    let id = Uuid::now_v7();
    let mut active = programme::ActiveModel {
        id: Set(id),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    fill(&mut active, spec);
    active.insert(db).await.map_err(|e| name_taken(e.into()))?;
    write_phases(db, id, &spec.phases).await?;
    programme(db, id).await
}

/// Replaces a programme's content if nobody changed it since `version`.
/// Its kind cannot change once it has reviews, and every review must stay
/// within the new phases.
pub async fn update_programme(
    db: &impl ConnectionTrait,
    id: Uuid,
    version: i32,
    spec: &ProgrammeSpec,
    now: DateTime<Utc>,
) -> Result<Programme, StoreError> {
    let current = programme(db, id).await?;
    if current.version != version {
        return Err(StoreError::Conflict);
    }
    let reviews = review::Entity::find()
        .filter(review::Column::ProgrammeId.eq(id))
        .all(db)
        .await?;
    if !reviews.is_empty() && current.kind() != spec.settings.rules.kind {
        return Err(StoreError::validation(
            "kind",
            "The programme has reviews, so its kind cannot change",
        ));
    }
    for r in &reviews {
        domain::programme::check_month_in_phase(
            &spec.phases,
            r.phase as u32,
            Month::of(r.target_month),
        )
        .map_err(|(_, message)| {
            StoreError::validation(
                "phases",
                format!("A review would fall outside its phase: {message}"),
            )
        })?;
    }
    let mut active = programme::ActiveModel {
        id: Set(id),
        version: Set(version + 1),
        updated_at: Set(now),
        ..Default::default()
    };
    fill(&mut active, spec);
    let updated = programme::Entity::update_many()
        .set(active)
        .filter(programme::Column::Id.eq(id))
        .filter(programme::Column::Version.eq(version))
        .exec(db)
        .await
        .map_err(|e| name_taken(e.into()))?;
    if updated.rows_affected != 1 {
        return Err(StoreError::Conflict);
    }
    write_phases(db, id, &spec.phases).await?;
    programme(db, id).await
}

/// Programmes by id with their phases, in one statement (a left join).
pub async fn programmes_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<Programme>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let phases_to_programmes: sea_orm::RelationDef =
        programme_phase::Entity::belongs_to(programme::Entity)
            .from(programme_phase::Column::ProgrammeId)
            .to(programme::Column::Id)
            .into();
    let rows = programme::Entity::find()
        .join_rev(sea_orm::JoinType::LeftJoin, phases_to_programmes)
        .select_also(programme_phase::Entity)
        .filter(programme::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(programme::Column::CreatedAt)
        .all(db)
        .await?;
    let mut order: Vec<programme::Model> = Vec::new();
    let mut phases: HashMap<Uuid, Vec<programme_phase::Model>> = HashMap::new();
    for (row, phase) in rows {
        if !order.iter().any(|r| r.id == row.id) {
            order.push(row.clone());
        }
        if let Some(phase) = phase {
            phases.entry(row.id).or_default().push(phase);
        }
    }
    Ok(order
        .into_iter()
        .map(|r| {
            let ps = phases.remove(&r.id).unwrap_or_default();
            to_domain(r, ps)
        })
        .collect())
}

async fn with_phases(
    db: &impl ConnectionTrait,
    rows: Vec<programme::Model>,
) -> Result<Vec<Programme>, StoreError> {
    let mut phases: HashMap<Uuid, Vec<programme_phase::Model>> = HashMap::new();
    for p in programme_phase::Entity::find()
        .filter(programme_phase::Column::ProgrammeId.is_in(rows.iter().map(|r| r.id)))
        .all(db)
        .await?
    {
        phases.entry(p.programme_id).or_default().push(p);
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let ps = phases.remove(&r.id).unwrap_or_default();
            to_domain(r, ps)
        })
        .collect())
}

pub async fn programmes(db: &impl ConnectionTrait) -> Result<Vec<Programme>, StoreError> {
    let rows = programme::Entity::find()
        .order_by_asc(programme::Column::CreatedAt)
        .all(db)
        .await?;
    with_phases(db, rows).await
}

pub async fn programme(db: &impl ConnectionTrait, id: Uuid) -> Result<Programme, StoreError> {
    programmes_by_ids(db, &[id])
        .await?
        .pop()
        .ok_or_else(|| StoreError::not_found(format!("programme {id}")))
}

pub async fn programme_by_name(
    db: &impl ConnectionTrait,
    name: &str,
) -> Result<Option<Programme>, StoreError> {
    let Some(row) = programme::Entity::find()
        .filter(programme::Column::Name.eq(name))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(with_phases(db, vec![row]).await?.pop())
}

// Materials

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
    material_file::ActiveModel {
        material_id: Set(id),
        file_name: Set(file_name),
        content_type: Set(content_type),
        size_bytes: Set(content.len() as i32),
        content: Set(content),
    }
    .insert(db)
    .await?;
    Ok(material(row))
}

pub async fn material_file(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<MaterialFile, StoreError> {
    let file = material_file::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("material file {id}")))?;
    let owner = programme_material::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("material {id}")))?;
    Ok(MaterialFile {
        material_id: id,
        programme_id: owner.programme_id,
        file_name: file.file_name,
        content_type: file.content_type,
        content: file.content,
    })
}

pub async fn remove_material(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    material_file::Entity::delete_by_id(id).exec(db).await?;
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

// Quads

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
