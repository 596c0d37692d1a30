use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "self_evaluation_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub self_evaluation_id: Uuid,
    /// `HOST` (the self-evaluation) or `TEAM` (the team's view of it).
    pub perspective: String,
    pub indicator: String,
    pub grade: Option<i32>,
    pub evidence: String,
    pub strengths: String,
    pub areas_for_improvement: String,
    /// A JSON array of strings, one answer per framework question.
    pub answers: String,
    pub version: i32,
    pub updated_by: Option<Uuid>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
