use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_hosts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub review_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub authority_id: Uuid,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
