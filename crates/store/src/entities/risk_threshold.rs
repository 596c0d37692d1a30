use sea_orm::entity::prelude::*;

/// A programme's thresholds for the reviews-at-risk rules (no row: the
/// defaults).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "risk_thresholds")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub programme_id: Uuid,
    pub focus_days_before: i32,
    pub team_days_before: i32,
    pub self_evaluation_working_days_before: i32,
    pub report_working_days_after: i32,
    pub updated_by: Uuid,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
