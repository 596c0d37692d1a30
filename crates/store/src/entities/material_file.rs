use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "material_files")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub material_id: Uuid,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i32,
    pub content: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
