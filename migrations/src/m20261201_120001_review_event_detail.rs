//! One event model for a review's history: every change (focus edits and
//! sign-offs, team changes, dismissed conflicts, not only transitions) is
//! an event with a structured detail, stored as JSON text.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReviewEvents {
    Table,
    Kind,
    Detail,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ReviewEvents::Table)
                    .add_column(ColumnDef::new(ReviewEvents::Detail).text())
                    .to_owned(),
            )
            .await?;
        // Event kinds such as CONFLICT_DISMISSED outgrow the first
        // migration's 16 characters. PostgreSQL enforces the length and can
        // widen the column in place; SQLite neither enforces it nor can
        // alter a column, so there is nothing to do there.
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            manager
                .alter_table(
                    Table::alter()
                        .table(ReviewEvents::Table)
                        .modify_column(ColumnDef::new(ReviewEvents::Kind).string_len(32).not_null())
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ReviewEvents::Table)
                    .drop_column(ReviewEvents::Detail)
                    .to_owned(),
            )
            .await
    }
}
