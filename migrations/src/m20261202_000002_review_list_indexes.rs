//! Two indexes for the review lists, found by the benchmark at 100,000
//! reviews (issue 14, docs/benchmarks.md). Without them PostgreSQL walks
//! `reviews_by_month` from the oldest month and filters: the current
//! programme's timetable page removed 90,000 rows (64 ms) and an officer's
//! list of open reviews 90,000 closed ones (59 ms); with them each reads
//! its page and nothing else (1 ms and 0.1 ms).
//!
//! - `reviews_by_programme_month`: a programme's reviews in timetable
//!   order, and their count from the index alone.
//! - `reviews_open_by_month`: reviews not yet final, in month order. Final
//!   reviews (closed or withdrawn) become nearly all of them over the years;
//!   a filter on any other states implies this index's condition, which
//!   PostgreSQL proves from the query's own values (SQLite does not, and
//!   keeps its current plan).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("reviews_by_programme_month")
                    .table(Alias::new("reviews"))
                    .col(Alias::new("programme_id"))
                    .col(Alias::new("target_month"))
                    .col(Alias::new("id"))
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        // Partial indexes are written the same on SQLite and PostgreSQL.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX IF NOT EXISTS reviews_open_by_month ON reviews (target_month, id) \
                 WHERE state NOT IN ('CLOSED', 'WITHDRAWN')",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in ["reviews_open_by_month", "reviews_by_programme_month"] {
            manager
                .drop_index(
                    Index::drop()
                        .name(name)
                        .table(Alias::new("reviews"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
