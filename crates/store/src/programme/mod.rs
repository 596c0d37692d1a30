//! Programmes (phases, rules, materials) and quads.
//!
//! This file holds the programme's own row and its phases; `materials.rs`
//! its materials (links and uploaded documents) and `quads.rs` the quads,
//! all re-exported here as `store::programme`.

mod materials;
mod quads;

pub use materials::*;
pub use quads::*;

use crate::entities::{programme, programme_phase, review};
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
