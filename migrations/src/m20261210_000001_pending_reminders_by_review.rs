//! A review's pending reminders, by review (issue 21). Rescheduling a
//! review rewrites all its pending rows at once — its own and those about
//! its follow-up actions, which carry the action as their subject — so
//! the rows are found by review. This partial index holds only pending
//! rows, so the delete reads them alone.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Partial indexes are written the same on SQLite and PostgreSQL.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX IF NOT EXISTS reminders_pending_review \
                 ON reminders (review_id) WHERE status = 'PENDING'",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("reminders_pending_review")
                    .table(Alias::new("reminders"))
                    .to_owned(),
            )
            .await
    }
}
