use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "findings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub review_id: Uuid,
    pub author_id: Uuid,
    /// The client's id for the draft: unique per review and author.
    pub idempotency_key: Uuid,
    pub kind: String,
    pub text: String,
    /// A JSON array of quality indicator numbers.
    pub indicators: String,
    pub session_id: Option<Uuid>,
    pub status: String,
    pub merged_into: Option<Uuid>,
    pub version: i32,
    pub recorded_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Set when removed: gone from the list, kept for its history.
    pub removed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
