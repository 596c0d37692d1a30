use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "finding_changes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub finding_id: Uuid,
    pub review_id: Uuid,
    pub kind: String,
    pub by_id: Uuid,
    pub at: DateTimeUtc,
    /// The text after the change, for changes that set one.
    pub text: Option<String>,
    /// A JSON array of finding ids (merges).
    pub related: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
