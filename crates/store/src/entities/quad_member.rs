use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "quad_members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub quad_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub authority_id: Uuid,
    pub session: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
