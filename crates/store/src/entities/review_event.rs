use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub review_id: Uuid,
    pub seq: i32,
    pub kind: String,
    pub command: Option<String>,
    pub from_state: Option<String>,
    pub to_state: String,
    pub reason: Option<String>,
    pub actor_id: Option<Uuid>,
    pub at: DateTimeUtc,
    pub report_url: Option<String>,
    /// What changed, as JSON text; null on events written before it.
    pub detail: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
