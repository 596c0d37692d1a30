//! The unresolved conflicts of interest, by review (issue 14, run E in
//! docs/benchmarks.md). `me { tasks }` asks, for each open review within
//! a programme officer's reach, whether a conflict is still unresolved;
//! PostgreSQL answered it by reading every conflict ever raised (19,000
//! at 100,000 reviews) to keep the few undismissed ones. This partial index
//! holds only those, so the question reads them alone.

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
                "CREATE INDEX IF NOT EXISTS review_conflicts_unresolved \
                 ON review_conflicts (review_id) WHERE dismissed_at IS NULL",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("review_conflicts_unresolved")
                    .table(Alias::new("review_conflicts"))
                    .to_owned(),
            )
            .await
    }
}
