//! Programme insight (issue 23): a programme's thresholds for the
//! reviews-at-risk rules. No row means the defaults (60 and 30 days before
//! the target month, 10 working days before the visit, 20 after it).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RiskThresholds {
    Table,
    ProgrammeId,
    FocusDaysBefore,
    TeamDaysBefore,
    SelfEvaluationWorkingDaysBefore,
    ReportWorkingDaysAfter,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

fn int(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c).integer().not_null().to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RiskThresholds::Table)
                    .col(
                        ColumnDef::new(RiskThresholds::ProgrammeId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(int(RiskThresholds::FocusDaysBefore))
                    .col(int(RiskThresholds::TeamDaysBefore))
                    .col(int(RiskThresholds::SelfEvaluationWorkingDaysBefore))
                    .col(int(RiskThresholds::ReportWorkingDaysAfter))
                    .col(ColumnDef::new(RiskThresholds::UpdatedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(RiskThresholds::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RiskThresholds::Table, RiskThresholds::ProgrammeId)
                            .to(Programmes::Table, Programmes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RiskThresholds::Table, RiskThresholds::UpdatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RiskThresholds::Table).to_owned())
            .await
    }
}
