use sea_orm::entity::prelude::*;

/// The PDF made when a version was published (issue 19).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "published_report_pdfs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub published_report_id: Uuid,
    pub content: Vec<u8>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
