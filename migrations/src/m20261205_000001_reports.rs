//! Reports (issue 18): each review's draft report and its published
//! versions.
//!
//! The draft is one document per review (`document`: JSON of its prose
//! sections, its strengths and areas for improvement with their stable
//! ids, findings and indicators, the factual-accuracy comments and the
//! approvals, each approval bound to a draft version), with the draft
//! version every edit raises and a revision every write raises: a write
//! claims the revision (`UPDATE … WHERE revision = ?`), so two writers
//! never overwrite each other. A published version is an immutable
//! snapshot (JSON of the sections and items) at its slug and version
//! number; the unique (slug, version) and (review, version) indexes keep
//! a version from being published twice.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReportDrafts {
    Table,
    ReviewId,
    DraftVersion,
    Revision,
    Document,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PublishedReports {
    Table,
    Id,
    ReviewId,
    Version,
    Slug,
    Snapshot,
    ChangeNote,
    PublishedAt,
    PublishedBy,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

fn ts(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReportDrafts::Table)
                    .col(
                        ColumnDef::new(ReportDrafts::ReviewId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ReportDrafts::DraftVersion)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ReportDrafts::Revision).integer().not_null())
                    .col(ColumnDef::new(ReportDrafts::Document).text().not_null())
                    .col(ts(ReportDrafts::CreatedAt))
                    .col(ts(ReportDrafts::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReportDrafts::Table, ReportDrafts::ReviewId)
                            .to(Reviews::Table, Reviews::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PublishedReports::Table)
                    .col(
                        ColumnDef::new(PublishedReports::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(PublishedReports::ReviewId).uuid().not_null())
                    .col(
                        ColumnDef::new(PublishedReports::Version)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PublishedReports::Slug)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(ColumnDef::new(PublishedReports::Snapshot).text().not_null())
                    .col(ColumnDef::new(PublishedReports::ChangeNote).text())
                    .col(ts(PublishedReports::PublishedAt))
                    .col(
                        ColumnDef::new(PublishedReports::PublishedBy)
                            .uuid()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PublishedReports::Table, PublishedReports::ReviewId)
                            .to(Reviews::Table, Reviews::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PublishedReports::Table, PublishedReports::PublishedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("published_reports_slug_version")
                    .table(PublishedReports::Table)
                    .col(PublishedReports::Slug)
                    .col(PublishedReports::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("published_reports_review_version")
                    .table(PublishedReports::Table)
                    .col(PublishedReports::ReviewId)
                    .col(PublishedReports::Version)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            PublishedReports::Table.into_iden(),
            ReportDrafts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
