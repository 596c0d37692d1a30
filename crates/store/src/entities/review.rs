use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reviews")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub programme_id: Uuid,
    pub quad_id: Option<Uuid>,
    pub phase: i32,
    pub target_month: Date,
    pub theme: Option<String>,
    /// JSON array of strings.
    pub key_questions: String,
    pub scope: Option<String>,
    pub state: String,
    pub postponed_from: Option<String>,
    pub imported: bool,
    pub report_url: Option<String>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
