use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "programmes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub team_size_min: i32,
    pub team_size_max: i32,
    pub hmi_required: bool,
    pub visit_length_days: i32,
    pub self_evaluation_mode: String,
    pub grading_required: bool,
    pub framework_id: Option<String>,
    pub framework_version: Option<i32>,
    pub public_report_required: bool,
    pub reciprocity: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
