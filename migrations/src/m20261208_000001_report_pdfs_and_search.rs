//! Published reports' PDFs and their full-text search (issue 19).
//!
//! `published_report_pdfs`: the PDF made when a version was published,
//! one per version, never rewritten (a correction's version has its own).
//!
//! `report_search`: one document per review with a published report (its
//! latest version's words), replaced at publication and correction. On
//! SQLite an FTS5 table with the `porter unicode61` tokenizer; on
//! PostgreSQL a table whose `document` is the `english` tsvector of the
//! body, with a GIN index.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PublishedReportPdfs {
    Table,
    PublishedReportId,
    Content,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PublishedReports {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PublishedReportPdfs::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(PublishedReportPdfs::PublishedReportId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(PublishedReportPdfs::Content)
                            .blob()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PublishedReportPdfs::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                PublishedReportPdfs::Table,
                                PublishedReportPdfs::PublishedReportId,
                            )
                            .to(PublishedReports::Table, PublishedReports::Id),
                    )
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE TABLE IF NOT EXISTS report_search ( \
                       review_id uuid PRIMARY KEY REFERENCES reviews (id), \
                       body text NOT NULL, \
                       document tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE INDEX IF NOT EXISTS report_search_document \
                     ON report_search USING gin (document)",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS report_search \
                     USING fts5(review_id UNINDEXED, body, tokenize = 'porter unicode61')",
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE IF EXISTS report_search")
            .await?;
        manager
            .drop_table(Table::drop().table(PublishedReportPdfs::Table).to_owned())
            .await
    }
}
